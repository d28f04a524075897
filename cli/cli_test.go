package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/keystake/keystake/cluster"
	"github.com/keystake/keystake/deposit"
	"github.com/keystake/keystake/hdkey"
	"github.com/keystake/keystake/internal/blstcheck"
	"github.com/keystake/keystake/keysplit"
	"github.com/keystake/keystake/keystore"
	"github.com/keystake/keystake/operator"
	"github.com/keystake/keystake/seal"
	"github.com/keystake/keystake/tbls"
)

const (
	testMnemonic = "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about"
	testAddress  = "0x1111111111111111111111111111111111111111"
	testPassword = "correct horse battery staple"
)

// run executes keystake with args and returns stdout, stderr and the exit
// status.
func run(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := Execute(args, &stdout, &stderr)
	return stdout.String(), stderr.String(), code
}

// mustRun fails the test unless keystake succeeds.
func mustRun(t *testing.T, args ...string) string {
	t.Helper()
	stdout, stderr, code := run(t, args...)
	if code != 0 {
		t.Fatalf("keystake %s: exit %d: %s", strings.Join(args, " "), code, stderr)
	}
	return stdout
}

// mustFail checks that keystake fails with a one-line error containing want.
func mustFail(t *testing.T, want string, args ...string) {
	t.Helper()
	_, stderr, code := run(t, args...)
	if code == 0 {
		t.Fatalf("keystake %s succeeded, want failure", strings.Join(args, " "))
	}
	lines := strings.Split(strings.TrimSpace(stderr), "\n")
	last := lines[len(lines)-1]
	if !strings.HasPrefix(last, "keystake: ") || !strings.Contains(last, want) {
		t.Fatalf("keystake %s: error %q, want a line containing %q", strings.Join(args, " "), stderr, want)
	}
	for _, secret := range []string{testPassword, testMnemonic} {
		if strings.Contains(stderr, secret) {
			t.Fatalf("secret leaked in error output: %q", stderr)
		}
	}
}

func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// newValidator runs keys new from the test mnemonic and returns the key
// directory, the keystore path and the password file.
func newValidator(t *testing.T, dir string) (keysDir, keystorePath, pwFile string) {
	t.Helper()
	pwFile = writeFile(t, dir, "password.txt", testPassword+"\n")
	mnFile := writeFile(t, dir, "mnemonic.txt", testMnemonic+"\n")
	keysDir = filepath.Join(dir, "validator_keys")
	out := mustRun(t, "keys", "new", "--network", "hoodi", "--withdrawal-address", testAddress,
		"--mnemonic-file", mnFile, "--password-file", pwFile, "--kdf", "pbkdf2", "--out", keysDir)
	if strings.Contains(out, "New mnemonic") {
		t.Fatal("an existing mnemonic was reported as new")
	}
	matches, _ := filepath.Glob(filepath.Join(keysDir, "keystore-m_12381_3600_0_0_0-*.json"))
	if len(matches) != 1 {
		t.Fatalf("keystores written: %v", matches)
	}
	return keysDir, matches[0], pwFile
}

// TestKeysRoundTrip runs the whole key flow through the command line: keys
// new, deposit verify, keys split, every 3-subset of shares signs and
// recovers a signature that verifies under blst against the original key,
// keys combine recovers the original key, and 2 shares do not.
func TestKeysRoundTrip(t *testing.T) {
	dir := t.TempDir()
	keysDir, ksPath, pwFile := newValidator(t, dir)

	deposits, _ := filepath.Glob(filepath.Join(keysDir, "deposit_data-*.json"))
	if len(deposits) != 1 {
		t.Fatalf("deposit files: %v", deposits)
	}
	out := mustRun(t, "deposit", "verify", deposits[0], "--network", "hoodi", "--withdrawal-address", testAddress, "--amount", "32")
	if !strings.Contains(out, "1 deposit(s) valid for hoodi") {
		t.Fatalf("deposit verify: %q", out)
	}

	// The keystore holds the key of m/12381/3600/0/0/0 of the mnemonic.
	seed, _ := hdkey.SeedFromMnemonic(testMnemonic, "")
	want, _ := hdkey.DerivePath(seed, hdkey.SigningKeyPath(0))
	pk := want.PublicKey()

	splitDir := filepath.Join(dir, "split")
	mustRun(t, "keys", "split", "--keystore", ksPath, "--password-file", pwFile, "--network", "hoodi",
		"--withdrawal-address", testAddress, "--kdf", "pbkdf2", "--out", splitDir)
	def, err := cluster.Load(filepath.Join(splitDir, "cluster.json"))
	if err != nil {
		t.Fatal(err)
	}
	if def.Threshold != 3 || len(def.Operators) != 4 || !bytes.Equal(def.Validators[0].PublicKey, pk[:]) {
		t.Fatalf("cluster: threshold %d, %d operators, pubkey %s", def.Threshold, len(def.Operators), def.Validators[0].PublicKey)
	}

	shares := make(map[int]*tbls.SecretKey)
	for i := 1; i <= 4; i++ {
		shares[i] = decryptShare(t, splitDir, i)
	}
	msg := []byte("attestation signing root")
	for _, set := range [][]int{{1, 2, 3}, {1, 2, 4}, {1, 3, 4}, {2, 3, 4}} {
		partials := make(map[int]tbls.Signature)
		for _, i := range set {
			partials[i] = shares[i].Sign(msg)
		}
		sig, err := tbls.RecoverSignature(partials)
		if err != nil {
			t.Fatal(err)
		}
		if err := blstcheck.Verify(pk[:], msg, sig[:]); err != nil {
			t.Fatalf("shares %v: %v", set, err)
		}
	}

	newPw := writeFile(t, dir, "new.txt", "another password")
	recovered := filepath.Join(dir, "recovered.json")
	share := func(i int) string { return filepath.Join(splitDir, keysplit.ShareFile(i)) }
	mustFail(t, "at least 3", "keys", "combine", "--cluster", filepath.Join(splitDir, "cluster.json"),
		"--share", share(1), "--share", share(2), "--new-password-file", newPw, "--out", recovered)
	if _, err := os.Stat(recovered); err == nil {
		t.Fatal("a failed combine wrote its output")
	}
	mustRun(t, "keys", "combine", "--cluster", filepath.Join(splitDir, "cluster.json"),
		"--share", share(4), "--share", share(2), "--share", share(1), "--kdf", "pbkdf2", "--new-password-file", newPw, "--out", recovered)
	ks, err := keystore.Load(recovered)
	if err != nil {
		t.Fatal(err)
	}
	secret, err := ks.Decrypt("another password")
	if err != nil {
		t.Fatal(err)
	}
	got, _ := tbls.SecretKeyFromBytes(secret)
	if !got.Equal(want) {
		t.Fatal("combined key differs from the original")
	}
}

func decryptShare(t *testing.T, dir string, i int) *tbls.SecretKey {
	t.Helper()
	ks, err := keystore.Load(filepath.Join(dir, keysplit.ShareFile(i)))
	if err != nil {
		t.Fatal(err)
	}
	pw, err := os.ReadFile(filepath.Join(dir, keysplit.PasswordFile(i)))
	if err != nil {
		t.Fatal(err)
	}
	secret, err := ks.Decrypt(strings.TrimSpace(string(pw)))
	if err != nil {
		t.Fatal(err)
	}
	sk, err := tbls.SecretKeyFromBytes(secret)
	if err != nil {
		t.Fatal(err)
	}
	return sk
}

// TestSplitSealed splits to operators' HPKE keys from an --operator-keys file.
func TestSplitSealed(t *testing.T) {
	dir := t.TempDir()
	_, ksPath, pwFile := newValidator(t, dir)
	var ops []cluster.Operator
	var keys []*seal.PrivateKey
	for i := 1; i <= 4; i++ {
		k, err := seal.GenerateKey()
		if err != nil {
			t.Fatal(err)
		}
		keys = append(keys, k)
		ops = append(ops, cluster.Operator{ID: fmt.Sprintf("acme-%d", i), EncryptionKey: k.PublicKey()})
	}
	opsJSON, _ := json.Marshal(ops)
	opsFile := writeFile(t, dir, "operators.json", string(opsJSON))
	out := filepath.Join(dir, "sealed")
	mustRun(t, "keys", "split", "--keystore", ksPath, "--password-file", pwFile, "--network", "hoodi",
		"--fee-recipient", testAddress, "--operator-keys", opsFile, "--out", out)
	entries, _ := os.ReadDir(out)
	if len(entries) != 5 {
		t.Fatalf("sealed output: %v", entries)
	}
	def, err := cluster.Load(filepath.Join(out, "cluster.json"))
	if err != nil {
		t.Fatal(err)
	}
	if def.Operators[2].ID != "acme-3" || !bytes.Equal(def.Operators[2].EncryptionKey, keys[2].PublicKey()) {
		t.Fatalf("operator 3 in cluster.json: %+v", def.Operators[2])
	}
	var shares []*tbls.SecretKey
	for i := 1; i <= 3; i++ {
		data, err := os.ReadFile(filepath.Join(out, keysplit.SealedShareFile(i)))
		if err != nil {
			t.Fatal(err)
		}
		s, err := keysplit.ParseSealedShare(data)
		if err != nil {
			t.Fatal(err)
		}
		sk, err := s.Open(keys[i-1])
		if err != nil {
			t.Fatal(err)
		}
		shares = append(shares, sk)
	}
	if _, _, err := keysplit.Combine(def, shares); err != nil {
		t.Fatalf("sealed shares do not combine: %v", err)
	}
}

// TestBadInput checks that each bad input fails with a clear one-line error
// and leaves no output behind.
func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	keysDir, ksPath, pwFile := newValidator(t, dir)
	wrongPw := writeFile(t, dir, "wrong.txt", "wrong password")
	emptyPw := writeFile(t, dir, "empty.txt", "\n")
	data, _ := os.ReadFile(ksPath)
	truncated := writeFile(t, dir, "truncated.json", string(data[:len(data)/2]))
	unknownKDF := writeFile(t, dir, "unknown-kdf.json", strings.Replace(string(data), `"pbkdf2"`, `"argon2"`, 1))
	dupOps := writeFile(t, dir, "dup.json", `[{"id":"a","encryption_public_key":"0x`+strings.Repeat("11", 32)+`"},{"id":"a","encryption_public_key":"0x`+strings.Repeat("22", 32)+`"},{"id":"c","encryption_public_key":"0x`+strings.Repeat("33", 32)+`"},{"id":"d","encryption_public_key":"0x`+strings.Repeat("44", 32)+`"}]`)
	out := filepath.Join(dir, "out")
	split := func(extra ...string) []string {
		return append([]string{"keys", "split", "--keystore", ksPath, "--password-file", pwFile, "--network", "hoodi",
			"--fee-recipient", testAddress, "--kdf", "pbkdf2", "--out", out}, extra...)
	}
	cases := []struct {
		name string
		want string
		args []string
	}{
		{"wrong password", "wrong password", split("--password-file", wrongPw)},
		{"empty password", "is empty", split("--password-file", emptyPw)},
		{"truncated keystore", "keystore", split("--keystore", truncated)},
		{"unknown kdf", "argon2", split("--keystore", unknownKDF)},
		{"threshold 1", "threshold 1", split("--threshold", "1")},
		{"threshold above n", "threshold 5", split("--threshold", "5")},
		{"threshold not a majority", "more than half", split("--threshold", "2")},
		{"two operators", "at least 3", split("--operators", "2", "--threshold", "2")},
		{"duplicate operators", "duplicate operator id", split("--operator-keys", dupOps)},
		{"no network", "--network is required", []string{"keys", "split", "--keystore", ksPath, "--password-file", pwFile, "--fee-recipient", testAddress, "--out", out}},
		{"unknown network", "unknown", split("--network", "nonet")},
		{"bad address", "withdrawal-address", split("--withdrawal-address", "0x1234")},
		{"existing output", "already exists", split("--out", keysDir)},
		{"keys new without password", "password", []string{"keys", "new", "--network", "hoodi", "--out", out}},
		{"keys new bad amount", "amount", []string{"keys", "new", "--network", "hoodi", "--password-file", pwFile, "--amount", "0.5", "--out", out}},
		{"bad kdf flag", "--kdf", split("--kdf", "md5")},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			mustFail(t, c.want, c.args...)
			if _, err := os.Stat(out); err == nil {
				t.Fatal("failed command left its output directory")
			}
			if leftovers, _ := filepath.Glob(filepath.Join(dir, ".out.tmp-*")); len(leftovers) > 0 {
				t.Fatalf("staging directory left behind: %v", leftovers)
			}
		})
	}
}

// TestCombineRejectsForeignShare gives combine a share of another cluster.
func TestCombineRejectsForeignShare(t *testing.T) {
	dir := t.TempDir()
	_, ksPath, pwFile := newValidator(t, dir)
	a, b := filepath.Join(dir, "a"), filepath.Join(dir, "b")
	for _, out := range []string{a, b} {
		mustRun(t, "keys", "split", "--keystore", ksPath, "--password-file", pwFile, "--network", "hoodi",
			"--fee-recipient", testAddress, "--kdf", "pbkdf2", "--out", out)
	}
	newPw := writeFile(t, dir, "new.txt", "x")
	mustFail(t, "not a share of any validator", "keys", "combine", "--cluster", filepath.Join(a, "cluster.json"),
		"--share", filepath.Join(a, "share-1.json"), "--share", filepath.Join(a, "share-2.json"),
		"--share", filepath.Join(b, "share-3.json"), "--new-password-file", newPw, "--out", filepath.Join(dir, "r.json"))
}

// TestDepositVerifyReports checks that deposit verify names what is wrong.
func TestDepositVerifyReports(t *testing.T) {
	dir := t.TempDir()
	keysDir, _, _ := newValidator(t, dir)
	files, _ := filepath.Glob(filepath.Join(keysDir, "deposit_data-*.json"))
	data, _ := os.ReadFile(files[0])
	entries, err := deposit.ParseFile(data)
	if err != nil {
		t.Fatal(err)
	}
	entries[0].Amount = 31 * deposit.GweiPerETH
	bad, _ := deposit.Marshal(entries)
	badFile := writeFile(t, dir, "bad.json", string(bad))
	_, stderr, code := run(t, "deposit", "verify", badFile)
	if code == 0 || !strings.Contains(stderr, "deposit_message_root") {
		t.Fatalf("tampered amount: exit %d, %q", code, stderr)
	}
	mustFail(t, "problem", "deposit", "verify", files[0], "--network", "mainnet")
	mustFail(t, "read deposit file", "deposit", "verify", filepath.Join(dir, "missing.json"))
}

func TestNewMnemonicPrinted(t *testing.T) {
	dir := t.TempDir()
	pw := writeFile(t, dir, "pw", testPassword)
	out := mustRun(t, "keys", "new", "--network", "sepolia", "--password-file", pw, "--kdf", "pbkdf2", "--out", filepath.Join(dir, "k"))
	lines := strings.Split(strings.TrimSpace(out), "\n")
	mnemonic := lines[len(lines)-1]
	if err := hdkey.ValidateMnemonic(mnemonic); err != nil {
		t.Fatalf("printed mnemonic is not valid: %v", err)
	}
}

// TestOperatorInit creates an operator identity, checks the printed public
// keys against the saved keys, and uses them to seal a share.
func TestOperatorInit(t *testing.T) {
	dir := t.TempDir()
	idDir := filepath.Join(dir, "op1")
	out := mustRun(t, "operator", "init", "--dir", idDir, "--name", "acme", "--kdf", "pbkdf2")
	var pub cluster.Operator
	if err := json.Unmarshal([]byte(out), &pub); err != nil {
		t.Fatalf("printed public keys %q: %v", out, err)
	}
	pw, err := readPassword(filepath.Join(idDir, IdentityPasswordFile))
	if err != nil {
		t.Fatal(err)
	}
	id, err := operator.Load(idDir, pw)
	if err != nil {
		t.Fatal(err)
	}
	if want := id.Public("acme"); pub.ID != "acme" || !bytes.Equal(pub.IdentityKey, want.IdentityKey) || !bytes.Equal(pub.EncryptionKey, want.EncryptionKey) {
		t.Fatalf("printed %+v, saved keys give %+v", pub, want)
	}
	mustFail(t, "already exists", "operator", "init", "--dir", idDir)
}
