package hdkey

import (
	"encoding/hex"
	"errors"
	"strings"
	"testing"

	"github.com/tyler-smith/go-bip39"
)

const (
	abandonAbout = "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about"
	zooVote      = "zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo vote"
)

// TestSeedFromMnemonicVectors uses BIP-39's reference vectors (passphrase
// "TREZOR"); the first is also EIP-2333's test case 0 seed.
func TestSeedFromMnemonicVectors(t *testing.T) {
	tests := []struct {
		mnemonic, passphrase, seed string
	}{
		{abandonAbout, "TREZOR", eip2333Vectors[0].seed},
		{zooVote, "TREZOR", "dd48c104698c30cfe2b6142103248622fb7bb0ff692eebb00089b32d22484e1613912f0a5b694407be899ffd31ed3992c456cdf60f5d4564b8ba3f05a69890ad"},
		// Extra whitespace is canonicalised to single spaces.
		{"  " + strings.ReplaceAll(abandonAbout, " ", " \n\t") + "\n", "TREZOR", eip2333Vectors[0].seed},
	}
	for _, tc := range tests {
		seed, err := SeedFromMnemonic(tc.mnemonic, tc.passphrase)
		if err != nil {
			t.Fatalf("SeedFromMnemonic: %v", err)
		}
		if got := hex.EncodeToString(seed); got != tc.seed {
			t.Errorf("seed = %s, want %s", got, tc.seed)
		}
	}
}

// TestMnemonicToChildKey runs EIP-2333's full mnemonic -> seed -> master ->
// child stack for test case 0.
func TestMnemonicToChildKey(t *testing.T) {
	seed, err := SeedFromMnemonic(abandonAbout, "TREZOR")
	if err != nil {
		t.Fatal(err)
	}
	sk, err := DerivePath(seed, "m/0")
	if err != nil {
		t.Fatal(err)
	}
	if got := decimal(sk); got != eip2333Vectors[0].childSK {
		t.Fatalf("child_SK = %s, want %s", got, eip2333Vectors[0].childSK)
	}
}

func TestPassphraseIsNFKDNormalised(t *testing.T) {
	// U+00E9 (precomposed) and "e" + U+0301 (combining) are NFKD-equal.
	a, err := SeedFromMnemonic(abandonAbout, "caf\u00e9")
	if err != nil {
		t.Fatal(err)
	}
	b, err := SeedFromMnemonic(abandonAbout, "cafe\u0301")
	if err != nil {
		t.Fatal(err)
	}
	if hex.EncodeToString(a) != hex.EncodeToString(b) {
		t.Fatal("NFKD-equal passphrases gave different seeds")
	}
}

func TestNewMnemonic(t *testing.T) {
	m, err := NewMnemonic()
	if err != nil {
		t.Fatal(err)
	}
	if n := len(strings.Fields(m)); n != 24 {
		t.Fatalf("mnemonic has %d words, want 24", n)
	}
	if err := ValidateMnemonic(m); err != nil {
		t.Fatalf("fresh mnemonic invalid: %v", err)
	}
	m2, err := NewMnemonic()
	if err != nil {
		t.Fatal(err)
	}
	if m == m2 {
		t.Fatal("two fresh mnemonics are equal")
	}
}

func TestValidateMnemonicRejects(t *testing.T) {
	words := strings.Fields(abandonAbout)
	tests := map[string]string{
		"empty":           "",
		"11 words":        strings.Join(words[:11], " "),
		"13 words":        abandonAbout + " abandon",
		"unknown word":    strings.Replace(abandonAbout, "about", "aboutt", 1),
		"bad checksum":    strings.Replace(abandonAbout, "about", "abandon", 1),
		"bad checksum 24": strings.Replace(zooVote, "vote", "zoo", 1),
		"upper case":      strings.ToUpper(abandonAbout),
		"secret word":     strings.Replace(abandonAbout, "abandon", "hunter2", 1),
	}
	for name, m := range tests {
		t.Run(name, func(t *testing.T) {
			err := ValidateMnemonic(m)
			if !errors.Is(err, ErrInvalidMnemonic) {
				t.Fatalf("ValidateMnemonic = %v, want ErrInvalidMnemonic", err)
			}
			if _, err := SeedFromMnemonic(m, ""); !errors.Is(err, ErrInvalidMnemonic) {
				t.Fatalf("SeedFromMnemonic = %v, want ErrInvalidMnemonic", err)
			}
			if strings.Contains(err.Error(), "hunter2") || strings.Contains(err.Error(), "aboutt") {
				t.Fatalf("error quotes a mnemonic word: %v", err)
			}
		})
	}
}

// TestSeedMatchesGoBIP39 cross-checks the seed against go-bip39's own
// implementation for ASCII input.
func TestSeedMatchesGoBIP39(t *testing.T) {
	m, err := NewMnemonic()
	if err != nil {
		t.Fatal(err)
	}
	ours, err := SeedFromMnemonic(m, "passphrase")
	if err != nil {
		t.Fatal(err)
	}
	if hex.EncodeToString(ours) != hex.EncodeToString(bip39.NewSeed(m, "passphrase")) {
		t.Fatal("seed differs from go-bip39")
	}
}
