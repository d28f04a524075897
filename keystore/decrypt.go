package keystore

import (
	"bytes"
	"crypto/subtle"
	"fmt"

	"github.com/keystake/keystake/tbls"
)

// Decrypt returns the secret held in k.
//
// It first validates k (see Validate), so a hostile keystore cannot make it
// spend more than the documented KDF bounds. It then derives the decryption
// key from the EIP-2335-normalised password (see NormalizePassword), checks
// the checksum (a mismatch is ErrWrongPassword and nothing is decrypted) and
// decrypts. When the pubkey field is set, the secret must be the BLS secret
// key of that public key, or the error wraps ErrPubkeyMismatch and no secret
// is returned. The caller owns the secret and should zero it when done.
func (k *Keystore) Decrypt(password string) ([]byte, error) {
	secret, err := k.decrypt(password, defaultLimits)
	if err != nil {
		return nil, fmt.Errorf("decrypt keystore: %w", err)
	}
	return secret, nil
}

func (k *Keystore) decrypt(password string, lim limits) ([]byte, error) {
	d, err := k.decode(lim)
	if err != nil {
		return nil, err
	}
	pw, err := NormalizePassword(password)
	if err != nil {
		return nil, err
	}
	dk, err := deriveKey(pw, &d.kdf)
	zero(pw)
	if err != nil {
		return nil, fmt.Errorf("derive decryption key: %w", err)
	}
	defer zero(dk)

	sum := checksum(dk, d.cipherMsg)
	if subtle.ConstantTimeCompare(sum[:], d.checksum) != 1 {
		return nil, ErrWrongPassword
	}
	secret, err := aes128CTR(dk, d.iv, d.cipherMsg)
	if err != nil {
		return nil, err
	}
	if d.pubkey != nil {
		if err := checkPubkey(secret, d.pubkey); err != nil {
			zero(secret)
			return nil, err
		}
	}
	return secret, nil
}

// checkPubkey verifies that secret is the BLS secret key of pubkey.
func checkPubkey(secret, pubkey []byte) error {
	sk, err := tbls.SecretKeyFromBytes(secret)
	if err != nil {
		return fmt.Errorf("%w: the secret is not a valid BLS12-381 secret key", ErrPubkeyMismatch)
	}
	defer sk.Zero()
	pk := sk.PublicKey()
	if !bytes.Equal(pk[:], pubkey) {
		return fmt.Errorf("%w: the secret's public key is %x", ErrPubkeyMismatch, pk[:])
	}
	return nil
}
