package keystore

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/sha256"
	"fmt"

	"golang.org/x/crypto/pbkdf2"
	"golang.org/x/crypto/scrypt"
)

// deriveKey runs the KDF of spec over the normalised password. The caller
// zeroes the returned decryption key.
func deriveKey(password []byte, spec *kdfSpec) ([]byte, error) {
	switch spec.function {
	case KDFScrypt:
		dk, err := scrypt.Key(password, spec.salt, spec.n, spec.r, spec.p, spec.dkLen)
		if err != nil {
			return nil, fmt.Errorf("scrypt: %w", err)
		}
		return dk, nil
	case KDFPBKDF2:
		return pbkdf2.Key(password, spec.salt, spec.c, spec.dkLen, sha256.New), nil
	default:
		// decode has already rejected every other function.
		return nil, fmt.Errorf("%w: kdf %s", ErrUnsupported, quote(spec.function))
	}
}

// checksum is EIP-2335's password check: SHA-256(dk[16:32] || cipherMsg).
func checksum(decryptionKey, cipherMsg []byte) [sha256.Size]byte {
	h := sha256.New()
	h.Write(decryptionKey[16:32])
	h.Write(cipherMsg)
	var out [sha256.Size]byte
	h.Sum(out[:0])
	return out
}

// aes128CTR encrypts or decrypts in with AES-128 in counter mode, keyed by
// the first 16 bytes of the decryption key.
func aes128CTR(decryptionKey, iv, in []byte) ([]byte, error) {
	block, err := aes.NewCipher(decryptionKey[:16])
	if err != nil {
		return nil, fmt.Errorf("aes: %w", err)
	}
	out := make([]byte, len(in))
	cipher.NewCTR(block, iv).XORKeyStream(out, in)
	return out, nil
}

func zero(b []byte) {
	clear(b)
}
