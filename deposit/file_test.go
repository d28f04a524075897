package deposit

import (
	"bytes"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/keystake/keystake/tbls"
)

// TestMarshalMatchesPublishedLayout: re-encoding the staking-deposit-cli
// example gives its exact bytes, modulo whitespace: same field order, bare
// lower-case hex, amount as a number.
func TestMarshalMatchesPublishedLayout(t *testing.T) {
	b, err := Marshal(loadVector(t, stakingDepositCLIHolesky))
	if err != nil {
		t.Fatal(err)
	}
	var want bytes.Buffer
	if err := json.Compact(&want, []byte(stakingDepositCLIHolesky)); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b, want.Bytes()) {
		t.Errorf("Marshal gave\n%s\nwant\n%s", b, want.Bytes())
	}
}

func TestRoundTrip(t *testing.T) {
	dir := t.TempDir()
	addr, err := ParseAddress("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed")
	if err != nil {
		t.Fatal(err)
	}
	wc := CompoundingWithdrawalCredentials(addr)
	var entries []*Data
	for i := 0; i < 3; i++ {
		d, err := Sign(tbls.GenerateSecretKey(), wc, uint64(32+i*100)*GweiPerETH, Hoodi)
		if err != nil {
			t.Fatal(err)
		}
		entries = append(entries, d)
	}
	now := time.Unix(1700000000, 0)
	path, err := WriteFile(dir, entries, now)
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(dir, "deposit_data-1700000000.json"); path != want {
		t.Errorf("path %s, want %s", path, want)
	}
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if info.Mode().Perm() != FileMode {
		t.Errorf("mode %v, want %v", info.Mode().Perm(), FileMode)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	parsed, err := ParseFile(b)
	if err != nil {
		t.Fatal(err)
	}
	if len(parsed) != len(entries) {
		t.Fatalf("read %d deposits, wrote %d", len(parsed), len(entries))
	}
	for i := range parsed {
		if *parsed[i] != *entries[i] {
			t.Errorf("deposit %d changed in the round trip:\n%+v\n%+v", i, parsed[i], entries[i])
		}
	}
	expect := &Expectations{Network: &Hoodi, WithdrawalCredentials: &wc,
		Pubkeys: []tbls.PublicKey{entries[2].PublicKey, entries[0].PublicKey, entries[1].PublicKey}}
	for _, err := range Verify(parsed, expect) {
		t.Error(err)
	}
	for _, err := range VerifyFile(b, expect) {
		t.Error(err)
	}

	// Same second again: never replaced.
	if _, err := WriteFile(dir, entries, now); !errors.Is(err, fs.ErrExist) {
		t.Errorf("second write in the same second: %v, want fs.ErrExist", err)
	}
	assertOnlyFiles(t, dir, "deposit_data-1700000000.json")
}

func TestWriteFileRefusesInvalid(t *testing.T) {
	dir := t.TempDir()
	entries := loadVector(t, ethStakingSmithMainnetBLS)
	entries[1].DepositDataRoot[0] ^= 1
	_, err := WriteFile(dir, entries, time.Unix(1, 0))
	if !errors.Is(err, ErrRootMismatch) || !strings.Contains(err.Error(), "deposit 1 (pubkey 0x8b9fc088..): deposit_data_root") {
		t.Errorf("WriteFile = %v, want the deposit 1 root mismatch", err)
	}
	if _, err := WriteFile(dir, nil, time.Unix(1, 0)); !errors.Is(err, ErrFormat) {
		t.Errorf("WriteFile(no deposits) = %v, want ErrFormat", err)
	}
	if _, err := WriteFile(filepath.Join(dir, "missing"), loadVector(t, ethStakingSmithMainnetBLS), time.Unix(1, 0)); err == nil {
		t.Error("WriteFile into a missing directory succeeded")
	}
	assertOnlyFiles(t, dir)
}

func assertOnlyFiles(t *testing.T, dir string, want ...string) {
	t.Helper()
	des, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, de := range des {
		got = append(got, de.Name())
	}
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("directory holds %v, want %v (no temporary files left)", got, want)
	}
}

// validObject is the first staking-deposit-cli deposit as a JSON object
// with one field replaced (by raw JSON) or removed (empty replacement).
func validObject(t *testing.T, field, raw string) string {
	t.Helper()
	var objs []map[string]json.RawMessage
	if err := json.Unmarshal([]byte(stakingDepositCLIHolesky), &objs); err != nil {
		t.Fatal(err)
	}
	obj := objs[0]
	if raw == "" {
		delete(obj, field)
	} else {
		obj[field] = json.RawMessage(raw)
	}
	b, err := json.Marshal(obj)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestParseFileErrors(t *testing.T) {
	good := validObject(t, "network_name", `"holesky"`)
	tests := []struct {
		name  string
		input string
		want  string
	}{
		{"empty input", ``, "not a JSON array"},
		{"truncated", stakingDepositCLIHolesky[:len(stakingDepositCLIHolesky)/2], "unexpected end of JSON input"},
		{"trailing garbage", "[" + good + "] x", "not a JSON array"},
		{"object, not array", good, "not a JSON array"},
		{"empty array", `[]`, "no deposits"},
		{"null", `null`, "no deposits"},
		{"entry not an object", `[` + good + `, 7]`, "deposit 1: is not a JSON object"},
		{"entry null", `[null]`, "deposit 0: is not a JSON object"},
		{"missing pubkey", `[` + validObject(t, "pubkey", "") + `]`, "deposit 0: pubkey is missing"},
		{"missing amount", `[` + validObject(t, "amount", "") + `]`, "deposit 0 (pubkey 0x96219595..): amount is missing"},
		{"missing network_name", `[` + validObject(t, "network_name", "") + `]`, "network_name is missing"},
		{"pubkey 0x prefix", `[` + validObject(t, "pubkey", `"0x962195958e742b8dc5b2a25adede82fc5cd661827cb1e1237025e3d7847801aa5584d5bfdc6893413264cccfbff541"`) + `]`,
			"pubkey has a 0x prefix; the launchpad expects bare hex"},
		{"pubkey short", `[` + validObject(t, "pubkey", `"962195"`) + `]`, "pubkey is 6 hex digits, want 96 (48 bytes)"},
		{"pubkey number", `[` + validObject(t, "pubkey", `12`) + `]`, "pubkey must be a JSON string, got 12"},
		{"signature not hex", `[` + validObject(t, "signature", `"`+strings.Repeat("zz", 96)+`"`) + `]`,
			"deposit 0 (pubkey 0x96219595..): signature is not hex"},
		{"root too long", `[` + validObject(t, "deposit_data_root", `"`+strings.Repeat("00", 33)+`"`) + `]`,
			"deposit_data_root is 66 hex digits, want 64 (32 bytes)"},
		{"fork_version short", `[` + validObject(t, "fork_version", `"010170"`) + `]`, "fork_version is 6 hex digits, want 8"},
		{"amount as string", `[` + validObject(t, "amount", `"32000000000"`) + `]`, `amount must be a JSON number of Gwei, got "32000000000"`},
		{"amount fraction", `[` + validObject(t, "amount", `32000000000.5`) + `]`, "amount must be a whole, non-negative number"},
		{"amount exponent", `[` + validObject(t, "amount", `3.2e10`) + `]`, "amount must be a whole, non-negative number"},
		{"amount negative", `[` + validObject(t, "amount", `-1`) + `]`, "amount must be a whole, non-negative number"},
		{"amount overflow", `[` + validObject(t, "amount", `18446744073709551616`) + `]`, "below 2^64"},
		{"amount null", `[` + validObject(t, "amount", `null`) + `]`, "amount must be a JSON number of Gwei, got null"},
		{"version not string", `[` + validObject(t, "deposit_cli_version", `2.7`) + `]`, "deposit_cli_version must be a JSON string"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			entries, err := ParseFile([]byte(tt.input))
			if err == nil {
				t.Fatalf("parsed %d deposits", len(entries))
			}
			if !errors.Is(err, ErrFormat) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q\nwant ErrFormat mentioning %q", err, tt.want)
			}
		})
	}
}

func TestParseFileReportsEveryProblem(t *testing.T) {
	input := `[` + validObject(t, "amount", `"x"`) + `,` + validObject(t, "pubkey", `"00"`) + `]`
	_, err := ParseFile([]byte(input))
	for _, want := range []string{"deposit 0 (pubkey 0x96219595..): amount", "deposit 1: pubkey is 2 hex digits"} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("error %v\nwant it to mention %q", err, want)
		}
	}
}

// VerifyFile reports parse problems and verifies the deposits that parsed.
func TestVerifyFileMixesParseAndContentErrors(t *testing.T) {
	var objs []json.RawMessage
	if err := json.Unmarshal([]byte(ethStakingSmithMainnetBLS), &objs); err != nil {
		t.Fatal(err)
	}
	var second map[string]any
	if err := json.Unmarshal(objs[1], &second); err != nil {
		t.Fatal(err)
	}
	second["amount"] = 31000000000 // still a valid amount, no longer signed
	b, _ := json.Marshal(second)
	objs[1] = b
	objs[2] = json.RawMessage(`{"pubkey": 1}`)
	input, _ := json.Marshal(objs)
	errs := VerifyFile(input, &Expectations{Network: &Mainnet})
	all := joinErrs(errs)
	for _, want := range []string{
		"deposit 2: pubkey must be a JSON string",
		"deposit 1 (pubkey 0x8b9fc088..): deposit_message_root is 0xc17da3de",
		"deposit 1 (pubkey 0x8b9fc088..): signature signs deposit_message_root",
	} {
		if !strings.Contains(all, want) {
			t.Errorf("VerifyFile does not mention %q:\n%s", want, all)
		}
	}
	if strings.Contains(all, "deposit 0") {
		t.Errorf("deposit 0 is valid but was flagged:\n%s", all)
	}
}

func TestMarshalRefusesNil(t *testing.T) {
	if _, err := Marshal([]*Data{loadVector(t, ethStakingSmithMainnetExecution)[0], nil}); err == nil ||
		!strings.Contains(err.Error(), "deposit 1 is nil") {
		t.Errorf("Marshal(nil entry) = %v", err)
	}
}

func TestDataJSON(t *testing.T) {
	d := loadVector(t, ethStakingSmithMainnetExecution)[0]
	b, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	wantPrefix := `{"pubkey":"8666389c3fe6ff0bca9adba81504f380b9e2c719419760d561836472fafe295cb50696524e19cba084e1d788d66c80d6",` +
		`"withdrawal_credentials":"0100000000000000000000000000000000000000000000000000000000000001","amount":32000000000,"signature":"a1f3ece1`
	if !strings.HasPrefix(string(b), wantPrefix) ||
		!strings.HasSuffix(string(b), `"fork_version":"00000000","network_name":"mainnet","deposit_cli_version":"2.7.0"}`) {
		t.Errorf("MarshalJSON = %s", b)
	}
	var back Data
	if err := json.Unmarshal(b, &back); err != nil || back != *d {
		t.Errorf("UnmarshalJSON: %v, %+v", err, back)
	}
	if err := json.Unmarshal([]byte(`{"pubkey":"00"}`), &back); !errors.Is(err, ErrFormat) ||
		!strings.Contains(err.Error(), "deposit: pubkey is 2 hex digits") {
		t.Errorf("UnmarshalJSON(bad) = %v", err)
	}
}
