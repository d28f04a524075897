// Package seal encrypts secrets to an operator's public encryption key with
// HPKE (RFC 9180) in base mode, suite DHKEM(X25519, HKDF-SHA256),
// HKDF-SHA256, ChaCha20-Poly1305, using Go's crypto/hpke.
//
// A sealed message is the encapsulated key (32 bytes) followed by the AEAD
// ciphertext. The info string binds a ciphertext to its purpose: a share
// sealed for operator 2 of one validator does not open as anything else.
package seal

import (
	"crypto/ecdh"
	"crypto/hpke"
	"errors"
	"fmt"
)

// Sizes of the serialised forms.
const (
	PublicKeyLength  = 32
	PrivateKeyLength = 32
	// Overhead is what Seal adds to the plaintext: encapsulated key and tag.
	Overhead = 32 + 16
)

// Suite names the HPKE suite, as recorded in files that carry sealed data.
const Suite = "DHKEM(X25519,HKDF-SHA256)/HKDF-SHA256/ChaCha20Poly1305"

// ErrOpen reports a ciphertext that does not open with the given key and
// info: the wrong recipient, the wrong context, or tampering.
var ErrOpen = errors.New("cannot decrypt: wrong key, wrong context or corrupted data")

var (
	kem  = hpke.DHKEM(ecdh.X25519())
	kdf  = hpke.HKDFSHA256()
	aead = hpke.ChaCha20Poly1305()
)

// PrivateKey is an operator's X25519 decryption key.
type PrivateKey struct {
	k   hpke.PrivateKey
	raw []byte
}

// GenerateKey creates a new decryption key from the system CSPRNG.
func GenerateKey() (*PrivateKey, error) {
	k, err := ecdh.X25519().GenerateKey(nil)
	if err != nil {
		return nil, fmt.Errorf("generate X25519 key: %w", err)
	}
	return PrivateKeyFromBytes(k.Bytes())
}

// PrivateKeyFromBytes decodes a 32-byte X25519 private key.
func PrivateKeyFromBytes(b []byte) (*PrivateKey, error) {
	if len(b) != PrivateKeyLength {
		return nil, fmt.Errorf("decode encryption private key: %d bytes, want %d", len(b), PrivateKeyLength)
	}
	k, err := kem.NewPrivateKey(b)
	if err != nil {
		return nil, fmt.Errorf("decode encryption private key: %w", err)
	}
	return &PrivateKey{k: k, raw: append([]byte(nil), b...)}, nil
}

// Bytes returns the 32-byte private key; the caller should zero it when done.
func (p *PrivateKey) Bytes() []byte { return append([]byte(nil), p.raw...) }

// PublicKey returns the 32-byte X25519 public key.
func (p *PrivateKey) PublicKey() []byte { return p.k.PublicKey().Bytes() }

// Zero overwrites the retained copy of the key. The crypto/hpke value it
// wraps cannot be wiped from Go; drop all references to p after calling.
func (p *PrivateKey) Zero() {
	clear(p.raw)
	p.k = nil
}

// Seal encrypts plaintext to the X25519 public key recipient, bound to info.
func Seal(recipient, info, plaintext []byte) ([]byte, error) {
	if len(recipient) != PublicKeyLength {
		return nil, fmt.Errorf("seal: encryption public key is %d bytes, want %d", len(recipient), PublicKeyLength)
	}
	pk, err := kem.NewPublicKey(recipient)
	if err != nil {
		return nil, fmt.Errorf("seal: decode encryption public key: %w", err)
	}
	ct, err := hpke.Seal(pk, kdf, aead, info, plaintext)
	if err != nil {
		return nil, fmt.Errorf("seal: %w", err)
	}
	return ct, nil
}

// Open decrypts a message made by Seal for p's public key with the same info.
func (p *PrivateKey) Open(info, sealed []byte) ([]byte, error) {
	if p.k == nil {
		return nil, errors.New("open: private key was zeroed")
	}
	if len(sealed) < Overhead {
		return nil, fmt.Errorf("open: sealed message is %d bytes, shorter than the %d-byte overhead", len(sealed), Overhead)
	}
	pt, err := hpke.Open(p.k, kdf, aead, info, sealed)
	if err != nil {
		return nil, ErrOpen
	}
	return pt, nil
}
