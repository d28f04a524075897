package hdkey

import (
	"crypto/pbkdf2"
	"crypto/sha512"
	"errors"
	"fmt"
	"strings"

	"github.com/tyler-smith/go-bip39"
	"golang.org/x/text/unicode/norm"
)

// ErrInvalidMnemonic reports a mnemonic with a wrong word count, a word
// outside the BIP-39 English word list, or a bad checksum. Its messages
// never contain the mnemonic's words.
var ErrInvalidMnemonic = errors.New("invalid mnemonic")

const (
	mnemonicEntropyBits = 256 // 24 words
	bip39Iterations     = 2048
	bip39SeedLength     = 64
)

// NewMnemonic returns a fresh 24-word BIP-39 English mnemonic carrying 256
// bits of entropy from the system CSPRNG.
func NewMnemonic() (string, error) {
	entropy, err := bip39.NewEntropy(mnemonicEntropyBits)
	if err != nil {
		return "", fmt.Errorf("generate mnemonic entropy: %w", err)
	}
	defer zero(entropy)
	m, err := bip39.NewMnemonic(entropy)
	if err != nil {
		return "", fmt.Errorf("encode mnemonic: %w", err)
	}
	return m, nil
}

// ValidateMnemonic checks that mnemonic is a BIP-39 English mnemonic of 12,
// 15, 18, 21 or 24 words with a correct checksum. Words may be separated by
// any run of whitespace. Errors wrap ErrInvalidMnemonic and name a bad word
// by its position only.
func ValidateMnemonic(mnemonic string) error {
	words := strings.Fields(norm.NFKD.String(mnemonic))
	switch len(words) {
	case 12, 15, 18, 21, 24:
	default:
		return fmt.Errorf("validate mnemonic: %w: %d words, want 12, 15, 18, 21 or 24", ErrInvalidMnemonic, len(words))
	}
	for i, w := range words {
		if _, ok := bip39.GetWordIndex(w); !ok {
			return fmt.Errorf("validate mnemonic: %w: word %d is not in the BIP-39 English word list", ErrInvalidMnemonic, i+1)
		}
	}
	entropy, err := bip39.EntropyFromMnemonic(strings.Join(words, " "))
	if err != nil {
		// The words are all known, so only the checksum can be wrong; the
		// library's own error is not passed on as it may quote a word.
		return fmt.Errorf("validate mnemonic: %w: checksum mismatch", ErrInvalidMnemonic)
	}
	zero(entropy)
	return nil
}

// SeedFromMnemonic validates mnemonic (see ValidateMnemonic) and returns its
// 64-byte BIP-39 seed: PBKDF2-HMAC-SHA512 with 2048 iterations over the
// NFKD forms of the mnemonic (words joined by single spaces) and of
// "mnemonic"+passphrase. The caller should zero the seed when done. Go
// strings cannot be scrubbed, so copies of the mnemonic and passphrase may
// linger in memory until collected.
func SeedFromMnemonic(mnemonic, passphrase string) ([]byte, error) {
	if err := ValidateMnemonic(mnemonic); err != nil {
		return nil, err
	}
	sentence := strings.Join(strings.Fields(norm.NFKD.String(mnemonic)), " ")
	salt := []byte("mnemonic" + norm.NFKD.String(passphrase))
	defer zero(salt)
	seed, err := pbkdf2.Key(sha512.New, sentence, salt, bip39Iterations, bip39SeedLength)
	if err != nil {
		return nil, fmt.Errorf("derive BIP-39 seed: %w", err)
	}
	return seed, nil
}
