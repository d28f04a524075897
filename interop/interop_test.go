package interop

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/keystake/keystake/cli"
	"github.com/keystake/keystake/deposit"
	"github.com/keystake/keystake/keystore"
	"github.com/keystake/keystake/tbls"
)

// Throwaway test material: nothing here guards any real funds.
const (
	testMnemonic = "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about"
	testAddress  = "0x1111111111111111111111111111111111111111"
	feeRecipient = "0x2222222222222222222222222222222222222222"
	asciiPass    = "interop test password"
	// EIP-2335's test vector password with a Delete and a C1 control code
	// added: NFKD and control-code stripping both matter for it.
	unicodePass = "𝔱𝔢𝔰𝔱𝔭𝔞𝔰𝔰𝔴𝔬𝔯𝔡\u007f\u0085🔑"
	// What EIP-2335 normalisation makes of unicodePass.
	unicodePassNormalized = "testpassword🔑"
	// Secrets of the keys the JavaScript side makes (below r).
	jsSecret1 = "263dbd792f5b1be47ed85f8938c0f29586af0d3ac7b977f21c278fe1462040e3"
	jsSecret2 = "4a1e3d9c0b7f2e6a5d8c1b0f3e2d7a6c9b8e1f0d2c3b4a5968778695a4b3c2d1"
)

// Genesis fork versions from the consensus specs and the networks' configs,
// written out here rather than taken from KeyStake's table.
var forkVersions = map[string]string{
	"mainnet": "00000000",
	"sepolia": "90000069",
	"hoodi":   "10000910",
}

// checker runs check.mjs under node.
type checker struct {
	node string
}

// newChecker finds node and the installed JavaScript dependencies. Without
// them the test is skipped, unless KEYSTAKE_REQUIRE_INTEROP=1 (as make test
// sets when npm is present), which turns the skip into a failure.
func newChecker(t *testing.T) *checker {
	t.Helper()
	unavailable := func(format string, args ...any) {
		t.Helper()
		if os.Getenv("KEYSTAKE_REQUIRE_INTEROP") == "1" {
			t.Fatalf("interop check required (KEYSTAKE_REQUIRE_INTEROP=1) but unavailable: "+format, args...)
		}
		t.Skipf("interop check skipped: "+format+" (install with: make interop-deps)", args...)
	}
	node, err := exec.LookPath("node")
	if err != nil {
		unavailable("node is not on PATH")
	}
	if _, err := os.Stat(filepath.Join("node_modules", ".package-lock.json")); err != nil {
		unavailable("interop/node_modules is not installed")
	}
	c := &checker{node: node}
	t.Logf("JavaScript side:\n%s", c.run(t, "versions"))
	return c
}

// exec runs check.mjs with args and returns its stdout, stderr and exit
// status.
func (c *checker) exec(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	cmd := exec.Command(c.node, append([]string{"check.mjs"}, args...)...)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	var exit *exec.ExitError
	switch {
	case err == nil:
		return stdout.String(), stderr.String(), 0
	case errors.As(err, &exit):
		return stdout.String(), stderr.String(), exit.ExitCode()
	default:
		t.Fatalf("run node check.mjs %s: %v", args[0], err)
		return "", "", -1
	}
}

// run runs check.mjs and fails the test unless the check passes.
func (c *checker) run(t *testing.T, args ...string) string {
	t.Helper()
	stdout, stderr, code := c.exec(t, args...)
	if code != 0 {
		t.Fatalf("node check.mjs %s: exit %d:\n%s", strings.Join(args, " "), code, stderr)
	}
	return stdout
}

// reject runs check.mjs and fails the test unless the check fails (exit 1)
// with a message containing want.
func (c *checker) reject(t *testing.T, want string, args ...string) {
	t.Helper()
	_, stderr, code := c.exec(t, args...)
	if code != 1 || !strings.Contains(stderr, want) {
		t.Fatalf("node check.mjs %s: exit %d, stderr %q; want exit 1 with %q", strings.Join(args, " "), code, stderr, want)
	}
}

// keystake runs the keystake command line in-process and fails the test
// unless it succeeds.
func keystake(t *testing.T, args ...string) string {
	t.Helper()
	stdout, stderr, code := runKeystake(args...)
	if code != 0 {
		t.Fatalf("keystake %s: exit %d: %s", strings.Join(args, " "), code, stderr)
	}
	return stdout
}

func runKeystake(args ...string) (string, string, int) {
	var stdout, stderr bytes.Buffer
	code := cli.Execute(args, &stdout, &stderr)
	return stdout.String(), stderr.String(), code
}

func writeFile(t *testing.T, path, content string) string {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// glob returns the one file matching pattern.
func glob(t *testing.T, pattern string) string {
	t.Helper()
	matches, err := filepath.Glob(pattern)
	if err != nil || len(matches) != 1 {
		t.Fatalf("want one file matching %s, got %v (%v)", pattern, matches, err)
	}
	return matches[0]
}

// fields splits command output into its whitespace-separated fields.
func fields(s string) []string {
	return strings.Fields(s)
}

// readDeposits decodes a deposit file as generic JSON objects.
func readDeposits(t *testing.T, path string) []map[string]any {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var entries []map[string]any
	d := json.NewDecoder(bytes.NewReader(data))
	d.UseNumber()
	if err := d.Decode(&entries); err != nil {
		t.Fatalf("decode %s: %v", path, err)
	}
	return entries
}

func writeDeposits(t *testing.T, path string, entries []map[string]any) string {
	t.Helper()
	data, err := json.Marshal(entries)
	if err != nil {
		t.Fatal(err)
	}
	return writeFile(t, path, string(data))
}

// TestKeystakeToJS checks KeyStake's output with the JavaScript libraries:
// keys new (scrypt, and pbkdf2 with several compounding validators, a
// Unicode password, and BLS withdrawal credentials) gives keystores that
// @chainsafe/bls-keystore decrypts to the keys @chainsafe/bls-keygen
// derives from the mnemonic, and deposit files whose roots and signatures
// @chainsafe/ssz and @noble/curves recompute and verify; keys split gives
// share keystores that match cluster.json's public shares and recover the
// validator key by interpolation done in JavaScript.
func TestKeystakeToJS(t *testing.T) {
	c := newChecker(t)
	dir := t.TempDir()
	mnFile := writeFile(t, filepath.Join(dir, "mnemonic.txt"), testMnemonic+"\n")
	asciiFile := writeFile(t, filepath.Join(dir, "ascii.password"), asciiPass+"\n")
	unicodeFile := writeFile(t, filepath.Join(dir, "unicode.password"), unicodePass+"\n")

	derived := fields(c.run(t, "derive-pubkey", mnFile, "m/12381/3600/0/0/0", "m/12381/3600/5/0/0", "m/12381/3600/6/0/0"))
	if len(derived) != 3 {
		t.Fatalf("derive-pubkey printed %q", derived)
	}
	pk0, pk5, pk6 := derived[0], derived[1], derived[2]

	runs := []struct {
		name     string
		network  string
		kdf      string
		password string
		flags    []string
		indices  []int
		pubkeys  []string
		blsCreds bool
		split    bool
	}{
		{name: "scrypt", network: "hoodi", kdf: "scrypt", password: asciiFile,
			flags: []string{"--withdrawal-address", testAddress}, indices: []int{0}, pubkeys: []string{pk0}, split: true},
		{name: "pbkdf2-compounding", network: "mainnet", kdf: "pbkdf2", password: unicodeFile,
			flags:   []string{"--withdrawal-address", testAddress, "--compounding", "--amount", "64", "--num-validators", "2", "--start-index", "5"},
			indices: []int{5, 6}, pubkeys: []string{pk5, pk6}},
		{name: "pbkdf2-bls-credentials", network: "sepolia", kdf: "pbkdf2", password: asciiFile,
			indices: []int{0}, pubkeys: []string{pk0}, blsCreds: true},
	}
	for _, r := range runs {
		t.Run(r.name, func(t *testing.T) {
			out := filepath.Join(dir, r.name)
			args := append([]string{"keys", "new", "--network", r.network, "--mnemonic-file", mnFile,
				"--password-file", r.password, "--kdf", r.kdf, "--out", out}, r.flags...)
			stdout := keystake(t, args...)
			for _, pk := range r.pubkeys {
				if !strings.Contains(stdout, "validator 0x"+pk+"\n") {
					t.Errorf("keys new printed %q, want validator 0x%s (derived by @chainsafe/bls-keygen)", stdout, pk)
				}
			}
			var keystores []string
			for k, i := range r.indices {
				ks := glob(t, filepath.Join(out, "keystore-m_12381_3600_"+strconv.Itoa(i)+"_0_0-*.json"))
				c.run(t, "verify-keystore", ks, r.password, r.pubkeys[k])
				keystores = append(keystores, ks)
			}
			if r.split {
				testSplit(t, c, keystores[0], r.password, filepath.Join(dir, "split"))
			}
			depositFile := glob(t, filepath.Join(out, "deposit_data-*.json"))
			c.run(t, append([]string{"verify-deposit", depositFile, forkVersions[r.network]}, r.pubkeys...)...)
			if r.blsCreds {
				want := strings.TrimSpace(c.run(t, "withdrawal-credentials", mnFile, "0"))
				if got := readDeposits(t, depositFile)[0]["withdrawal_credentials"]; got != want {
					t.Errorf("BLS withdrawal credentials %v, want %s (computed by the JS side)", got, want)
				}
			}
		})
	}
	t.Run("checker-rejects", func(t *testing.T) {
		depositFile := glob(t, filepath.Join(dir, "scrypt", "deposit_data-*.json"))
		keystorePath := glob(t, filepath.Join(dir, "pbkdf2-bls-credentials", "keystore-m_12381_3600_0_0_0-*.json"))
		testCheckerRejects(t, c, depositFile, keystorePath, asciiFile, pk5, filepath.Join(dir, "split"), dir)
	})
}

// testSplit splits a validator keystore 3-of-4 with pbkdf2 share keystores
// and checks every share and subset in JavaScript.
func testSplit(t *testing.T, c *checker, keystorePath, passwordFile, out string) {
	t.Helper()
	keystake(t, "keys", "split", "--keystore", keystorePath, "--password-file", passwordFile,
		"--network", "hoodi", "--fee-recipient", feeRecipient, "--kdf", "pbkdf2", "--out", out)
	c.run(t, "verify-shares", filepath.Join(out, "cluster.json"), out)
}

// testCheckerRejects makes sure the JavaScript checks can fail: tampered
// copies of a good hoodi deposit file, wrong keystore inputs (a wrong
// password, another validator's pubkey expected) and a cluster.json with two
// public shares swapped are rejected, each for the right reason.
func testCheckerRejects(t *testing.T, c *checker, depositFile, keystorePath, passwordFile, otherPubkey, splitDir, dir string) {
	t.Helper()
	tampered := func(name string, edit func(d map[string]any)) string {
		entries := readDeposits(t, depositFile)
		edit(entries[0])
		return writeDeposits(t, filepath.Join(dir, name+".json"), entries)
	}
	hoodi := forkVersions["hoodi"]

	// One signature byte flipped: the data root no longer matches.
	flipped := tampered("flipped-signature", func(d map[string]any) {
		sig, _ := hex.DecodeString(d["signature"].(string))
		sig[len(sig)-1] ^= 0x01
		d["signature"] = hex.EncodeToString(sig)
	})
	c.reject(t, "deposit 0", "verify-deposit", flipped, hoodi)

	// A well-formed signature by another key, with the data root made to
	// match it: only the signature check can catch this.
	otherSig := signatureOf(t, c, dir)
	swapped := tampered("swapped-signature", func(d map[string]any) {
		d["signature"] = otherSig
		d["deposit_data_root"] = dataRoot(t, d)
	})
	c.reject(t, "signature does not verify", "verify-deposit", swapped, hoodi)

	// A changed amount: the message root no longer matches.
	amount := tampered("amount", func(d map[string]any) { d["amount"] = json.Number("31000000000") })
	c.reject(t, "deposit_message_root", "verify-deposit", amount, hoodi)

	// The right file for another network.
	c.reject(t, "fork_version", "verify-deposit", depositFile, forkVersions["mainnet"])
	// Another validator expected.
	c.reject(t, "want", "verify-deposit", depositFile, hoodi, strings.Repeat("a", 96))

	wrongPw := writeFile(t, filepath.Join(dir, "wrong.password"), "not the password\n")
	c.reject(t, "decrypt", "verify-keystore", keystorePath, wrongPw)
	c.reject(t, "want "+otherPubkey, "verify-keystore", keystorePath, passwordFile, otherPubkey)

	data, err := os.ReadFile(filepath.Join(splitDir, "cluster.json"))
	if err != nil {
		t.Fatal(err)
	}
	var def map[string]any
	if err := json.Unmarshal(data, &def); err != nil {
		t.Fatal(err)
	}
	shares := def["validators"].([]any)[0].(map[string]any)["public_shares"].([]any)
	shares[0], shares[1] = shares[1], shares[0]
	swappedCluster, err := json.Marshal(def)
	if err != nil {
		t.Fatal(err)
	}
	clusterFile := writeFile(t, filepath.Join(dir, "swapped-cluster.json"), string(swappedCluster))
	c.reject(t, "is not public_shares[0]", "verify-shares", clusterFile, splitDir)
}

// signatureOf returns a valid deposit signature made by the JS side for
// another key.
func signatureOf(t *testing.T, c *checker, dir string) string {
	t.Helper()
	path := filepath.Join(dir, "other-deposit.json")
	wc := hex.EncodeToString(executionCredentials(t))
	c.run(t, "sign-deposit", forkVersions["hoodi"], "hoodi", wc, "32000000000", path, jsSecret2)
	return readDeposits(t, path)[0]["signature"].(string)
}

// dataRoot recomputes deposit_data_root of an edited deposit with
// KeyStake's SSZ code (a fixture for a negative test only).
func dataRoot(t *testing.T, d map[string]any) string {
	t.Helper()
	var (
		pk  tbls.PublicKey
		wc  [32]byte
		sig tbls.Signature
	)
	decodeInto(t, pk[:], d["pubkey"])
	decodeInto(t, wc[:], d["withdrawal_credentials"])
	decodeInto(t, sig[:], d["signature"])
	amount, err := d["amount"].(json.Number).Int64()
	if err != nil {
		t.Fatal(err)
	}
	root := deposit.DepositDataRoot(pk, wc, uint64(amount), sig)
	return hex.EncodeToString(root[:])
}

func decodeInto(t *testing.T, dst []byte, v any) {
	t.Helper()
	b, err := hex.DecodeString(v.(string))
	if err != nil || len(b) != len(dst) {
		t.Fatalf("decode %v: %d bytes, %v", v, len(b), err)
	}
	copy(dst, b)
}

// executionCredentials returns 0x01 credentials for testAddress, spelled
// out from the consensus specs: 0x01, 11 zero bytes, the address.
func executionCredentials(t *testing.T) []byte {
	t.Helper()
	addr, err := hex.DecodeString(strings.TrimPrefix(testAddress, "0x"))
	if err != nil {
		t.Fatal(err)
	}
	return append(append([]byte{0x01}, make([]byte, 11)...), addr...)
}

// TestJSToKeystake checks the reverse direction: keystores made by
// @chainsafe/bls-keystore (scrypt with a Unicode password, and pbkdf2)
// decrypt with KeyStake's keystore package to the right secret, and
// deposit files signed with @noble/curves pass keystake deposit verify on
// each known network.
func TestJSToKeystake(t *testing.T) {
	c := newChecker(t)
	dir := t.TempDir()

	t.Run("keystores", func(t *testing.T) {
		for _, tc := range []struct {
			kdf, secret, password string
			alsoOpensWith         string
		}{
			{kdf: "scrypt", secret: jsSecret1, password: unicodePass, alsoOpensWith: unicodePassNormalized},
			{kdf: "pbkdf2", secret: jsSecret2, password: asciiPass},
		} {
			pwFile := writeFile(t, filepath.Join(dir, tc.kdf+".password"), tc.password+"\n")
			path := filepath.Join(dir, "js-"+tc.kdf+".json")
			out := c.run(t, "make-keystore", tc.secret, pwFile, path, tc.kdf)
			wantPub := fields(out)[len(fields(out))-1] // "ok: FILE: KDF keystore of PUBKEY"

			k, err := keystore.Load(path)
			if err != nil {
				t.Fatalf("KeyStake rejects the %s keystore of @chainsafe/bls-keystore: %v", tc.kdf, err)
			}
			pub, err := k.PublicKey()
			if err != nil || hex.EncodeToString(pub[:]) != wantPub {
				t.Errorf("%s keystore: KeyStake reads pubkey %x (%v), want %s", tc.kdf, pub, err, wantPub)
			}
			for _, pw := range []string{tc.password, tc.alsoOpensWith} {
				if pw == "" {
					continue
				}
				secret, err := k.Decrypt(pw)
				if err != nil {
					t.Fatalf("%s keystore: KeyStake cannot decrypt it: %v", tc.kdf, err)
				}
				if got := hex.EncodeToString(secret); got != tc.secret {
					t.Errorf("%s keystore: KeyStake decrypts a different secret", tc.kdf)
				}
			}
		}
	})

	t.Run("deposits", func(t *testing.T) {
		wc := hex.EncodeToString(executionCredentials(t))
		for _, network := range []string{"mainnet", "sepolia", "hoodi"} {
			path := filepath.Join(dir, "js-deposit-"+network+".json")
			c.run(t, "sign-deposit", forkVersions[network], network, wc, "32000000000", path, jsSecret1, jsSecret2)
			stdout := keystake(t, "deposit", "verify", path, "--network", network, "--withdrawal-address", testAddress, "--amount", "32")
			if !strings.Contains(stdout, "2 deposit(s) valid for "+network) {
				t.Errorf("deposit verify %s: %q", network, stdout)
			}
			if _, _, code := runKeystake("deposit", "verify", path, "--network", otherNetwork(network)); code == 0 {
				t.Errorf("deposit verify accepts a %s deposit file for %s", network, otherNetwork(network))
			}
		}

		// A tampered JS deposit is rejected by KeyStake too.
		path := filepath.Join(dir, "js-deposit-hoodi.json")
		entries := readDeposits(t, path)
		sig, _ := hex.DecodeString(entries[1]["signature"].(string))
		sig[10] ^= 0x40
		entries[1]["signature"] = hex.EncodeToString(sig)
		bad := writeDeposits(t, filepath.Join(dir, "js-deposit-bad.json"), entries)
		if _, stderr, code := runKeystake("deposit", "verify", bad); code == 0 || !strings.Contains(stderr, "deposit 1") {
			t.Errorf("deposit verify of a tampered file: exit %d, %q", code, stderr)
		}
	})
}

func otherNetwork(n string) string {
	if n == "hoodi" {
		return "mainnet"
	}
	return "hoodi"
}
