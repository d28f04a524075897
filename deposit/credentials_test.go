package deposit

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"testing"

	"github.com/keystake/keystake/tbls"
)

// Checksummed addresses as published: the deposit contracts (Lodestar's
// network configs, the launchpad's envVars.ts), the launchpad's EIP-7251 and
// EIP-7002 system contracts, EIP-55's first example, and eth-staking-smith's
// valid-address test.
var publishedChecksummed = []string{
	"0x00000000219ab540356cBB839Cbe05303d7705Fa",
	"0x7f02C3E3c98b133055B8B348B2Ac625669Ed295D",
	"0x0000BBdDc7CE488642fb579F8B00f3a590007251",
	"0x00000961Ef480Eb55e80D19ad83579A64c007002",
	"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
	"0xD4BB555d3B0D7fF17c606161B44E372689C14F4B",
}

func TestAddressChecksumRoundTrip(t *testing.T) {
	for _, s := range publishedChecksummed {
		a, err := ParseAddress(s)
		if err != nil {
			t.Errorf("ParseAddress(%s): %v", s, err)
			continue
		}
		if a.String() != s {
			t.Errorf("String() = %s, want %s", a, s)
		}
	}
	for _, n := range KnownNetworks() {
		if _, err := ParseAddress(n.DepositContract); err != nil {
			t.Errorf("%s deposit contract: %v", n.Name, err)
		}
	}
}

func TestParseAddress(t *testing.T) {
	tests := []struct {
		in      string
		wantErr string // "" for success
	}{
		{"0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed", ""},       // all lower: no checksum
		{"0x5AAEB6053F3E94C9B9A09F33669435E7EF1BEAED", ""},       // all upper: no checksum
		{"5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", ""},         // no prefix
		{"0X5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", ""},       // upper-case prefix
		{"0x5aAeb6053f3E94C9b9A09f33669435E7Ef1BeAed", "EIP-55"}, // one letter's case wrong
		{"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAe", "39 hex digits, want 40"},
		{"0x01D4BB555d3B0D7fF17c606161B44E372689C14F4B", "42 hex digits, want 40"},
		{"", "0 hex digits"},
		{"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeg", "'g' at digit 39 is not hex"},
		{"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeA d", "' ' at digit 38 is not hex"},
	}
	for _, tt := range tests {
		a, err := ParseAddress(tt.in)
		if tt.wantErr == "" {
			if err != nil {
				t.Errorf("ParseAddress(%q): %v", tt.in, err)
			} else if want := "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed"; "0x"+hex.EncodeToString(a[:]) != want {
				t.Errorf("ParseAddress(%q) = %x", tt.in, a)
			}
			continue
		}
		if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
			t.Errorf("ParseAddress(%q) error = %v, want it to mention %q", tt.in, err, tt.wantErr)
		}
	}
}

func TestWithdrawalCredentialLayouts(t *testing.T) {
	// The 0x01 credentials of the published vectors, rebuilt from their
	// addresses.
	addr1, err := ParseAddress("0x0000000000000000000000000000000000000001")
	if err != nil {
		t.Fatal(err)
	}
	addr2, err := ParseAddress("0x3a1933a872f82459eab4fd39fbc6605364104a4c")
	if err != nil {
		t.Fatal(err)
	}
	pk := tbls.GenerateSecretKey().PublicKey()
	sum := sha256.Sum256(pk[:])
	tests := []struct {
		name string
		got  [32]byte
		want string
	}{
		{"0x01 eth-staking-smith mainnet", ExecutionWithdrawalCredentials(addr1),
			"0100000000000000000000000000000000000000000000000000000000000001"},
		{"0x01 eth-staking-smith holesky", ExecutionWithdrawalCredentials(addr2),
			"0100000000000000000000003a1933a872f82459eab4fd39fbc6605364104a4c"},
		{"0x02", CompoundingWithdrawalCredentials(addr2),
			"0200000000000000000000003a1933a872f82459eab4fd39fbc6605364104a4c"},
		{"0x00", mustBLSCredentials(t, pk), "00" + hex.EncodeToString(sum[1:])},
	}
	for _, tt := range tests {
		if got := hex.EncodeToString(tt.got[:]); got != tt.want {
			t.Errorf("%s: got %s, want %s", tt.name, got, tt.want)
		}
		if err := CheckWithdrawalCredentials(tt.got); err != nil {
			t.Errorf("%s: CheckWithdrawalCredentials: %v", tt.name, err)
		}
	}
	if a, ok := WithdrawalAddress(CompoundingWithdrawalCredentials(addr2)); !ok || a != addr2 {
		t.Errorf("WithdrawalAddress(0x02) = %s, %v", a, ok)
	}
	if _, ok := WithdrawalAddress(mustBLSCredentials(t, pk)); ok {
		t.Error("WithdrawalAddress(0x00) reports an address")
	}
}

func TestBLSWithdrawalCredentialsRejectsInvalidKey(t *testing.T) {
	var bad tbls.PublicKey
	bad[0] = 0xff
	if _, err := BLSWithdrawalCredentials(bad); err == nil {
		t.Error("accepted a pubkey that is not a curve point")
	}
}

func TestCheckWithdrawalCredentials(t *testing.T) {
	padded := ExecutionWithdrawalCredentials(Address{1})
	padded[5] = 0x01
	tests := []struct {
		name    string
		wc      [32]byte
		wantErr string
	}{
		{"unknown prefix 0x03", [32]byte{0x03}, "unknown prefix 0x03"},
		{"unknown prefix 0xff", [32]byte{0xff}, "unknown prefix 0xff"},
		{"0x01 with non-zero padding", padded, "bytes 1-11 to be zero, found 0x00000000010000000000"},
	}
	for _, tt := range tests {
		err := CheckWithdrawalCredentials(tt.wc)
		if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
			t.Errorf("%s: error %v, want %q", tt.name, err, tt.wantErr)
		}
	}
}
