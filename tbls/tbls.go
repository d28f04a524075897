// Package tbls is KeyStake's BLS12-381 signature library: Ethereum's
// ciphersuite (minimal-pubkey-size, BLS_SIG_BLS12381G2_XMD:SHA-256_SSWU_RO_POP_)
// with threshold key splitting, signature recovery and batch verification.
//
// It is built on github.com/herumi/bls-eth-go-binary. The rest of KeyStake
// sees only this package's types: compressed public keys (48 bytes),
// compressed signatures (96 bytes), uncompressed partial signatures (192
// bytes, the form operators exchange) and opaque secret keys.
//
// Share indices are operator indices 1..n: share i is the key polynomial
// evaluated at x = i, and the group key sits at x = 0.
//
// Concerns by file: tbls.go keys, signing and single verification; split.go
// Shamir splitting with Feldman commitments; sum.go sums of keys and
// commitment vectors (distributed key generation); recover.go Lagrange
// recovery and aggregation; interpolate.go the choice between integer and
// field Lagrange coefficients; raw.go uncompressed partial signatures;
// batch.go randomised batch verification; cache.go the caches of
// decoded points (decoding with its subgroup check costs more than a
// recovery, and the same keys and partial signatures come back again and
// again). Functions and methods are safe for concurrent use, except that a
// SecretKey or Split must not be used while it is being zeroed.
package tbls

import (
	"crypto/subtle"
	"encoding/hex"
	"errors"
	"fmt"
	"sync"

	"github.com/herumi/bls-eth-go-binary/bls"
)

// Sizes of the serialised forms.
const (
	SecretKeyLength = 32
	PublicKeyLength = 48
	SignatureLength = 96
)

// PublicKey is a compressed G1 point.
type PublicKey [PublicKeyLength]byte

// Signature is a compressed G2 point.
type Signature [SignatureLength]byte

// String returns the 0x-prefixed hex form.
func (p PublicKey) String() string { return "0x" + hex.EncodeToString(p[:]) }

// String returns the 0x-prefixed hex form.
func (s Signature) String() string { return "0x" + hex.EncodeToString(s[:]) }

// ErrInvalidKey and ErrInvalidSignature report bytes that do not decode to a
// valid point or scalar.
var (
	ErrInvalidKey       = errors.New("invalid BLS key")
	ErrInvalidSignature = errors.New("invalid BLS signature")
)

var initOnce sync.Once

// ensureInit selects the BLS12-381 curve and Ethereum's hash-to-curve mode.
// Public keys are subgroup-checked as herumi decodes them. Signatures are
// not: herumi's switch is process-wide, and uncompressed partial signatures
// (RawSignature) are checked once, after recovery, rather than one by one.
// decodeSignature checks the subgroup itself.
func ensureInit() {
	initOnce.Do(func() {
		if err := bls.Init(bls.BLS12_381); err != nil {
			panic(fmt.Sprintf("tbls: init herumi BLS: %v", err))
		}
		if err := bls.SetETHmode(bls.EthModeDraft07); err != nil {
			panic(fmt.Sprintf("tbls: set ETH mode: %v", err))
		}
		bls.VerifyPublicKeyOrder(true)
		bls.VerifySignatureOrder(false)
	})
}

// SecretKey is a BLS secret scalar. The zero value is not usable; create one
// with GenerateSecretKey or SecretKeyFromBytes, and call Zero when done.
type SecretKey struct {
	k bls.SecretKey
}

// GenerateSecretKey returns a fresh secret key from the system CSPRNG.
func GenerateSecretKey() *SecretKey {
	ensureInit()
	var sk SecretKey
	sk.k.SetByCSPRNG()
	return &sk
}

// SecretKeyFromBytes decodes a 32-byte big-endian scalar. It rejects zero
// and values not below the group order. The input is not retained.
func SecretKeyFromBytes(b []byte) (*SecretKey, error) {
	ensureInit()
	if len(b) != SecretKeyLength {
		return nil, fmt.Errorf("%w: secret key is %d bytes, want %d", ErrInvalidKey, len(b), SecretKeyLength)
	}
	var sk SecretKey
	if err := sk.k.Deserialize(b); err != nil {
		return nil, fmt.Errorf("%w: secret key out of range", ErrInvalidKey)
	}
	if sk.k.IsZero() {
		return nil, fmt.Errorf("%w: secret key is zero", ErrInvalidKey)
	}
	return &sk, nil
}

// Bytes returns the 32-byte big-endian scalar. The caller owns the slice and
// should zero it when done.
func (sk *SecretKey) Bytes() []byte { return sk.k.Serialize() }

// PublicKey returns the compressed public key of sk.
func (sk *SecretKey) PublicKey() PublicKey {
	var pk PublicKey
	copy(pk[:], sk.k.GetPublicKey().Serialize())
	return pk
}

// Sign signs msg (the message itself, e.g. a 32-byte signing root).
func (sk *SecretKey) Sign(msg []byte) Signature {
	var sig Signature
	copy(sig[:], sk.k.SignByte(msg).Serialize())
	return sig
}

// Equal reports whether two secret keys are the same scalar, in constant time.
func (sk *SecretKey) Equal(other *SecretKey) bool {
	a, b := sk.k.Serialize(), other.k.Serialize()
	defer zero(a)
	defer zero(b)
	return subtle.ConstantTimeCompare(a, b) == 1
}

// Zero overwrites the key in memory. The key is unusable afterwards.
func (sk *SecretKey) Zero() {
	sk.k = bls.SecretKey{}
}

func zero(b []byte) {
	for i := range b {
		b[i] = 0
	}
}

// PublicKeyFromBytes decodes and validates a compressed public key
// (on the curve, in the subgroup, not the identity).
func PublicKeyFromBytes(b []byte) (PublicKey, error) {
	var pk PublicKey
	if _, err := decodePublicKey(b); err != nil {
		return pk, err
	}
	copy(pk[:], b)
	return pk, nil
}

// SignatureFromBytes decodes and validates a compressed signature
// (on the curve, in the subgroup).
func SignatureFromBytes(b []byte) (Signature, error) {
	var sig Signature
	if _, err := decodeSignature(b); err != nil {
		return sig, err
	}
	copy(sig[:], b)
	return sig, nil
}

// decodePublicKey returns the validated point for b, from the cache of
// validated keys when possible. The result is the caller's own copy.
func decodePublicKey(b []byte) (*bls.PublicKey, error) {
	ensureInit()
	if len(b) != PublicKeyLength {
		return nil, fmt.Errorf("%w: public key is %d bytes, want %d", ErrInvalidKey, len(b), PublicKeyLength)
	}
	key := PublicKey(b)
	var pk bls.PublicKey
	if publicKeyCache.get(key, &pk) {
		return &pk, nil
	}
	// Decode from the copy: cgo rejects a pointer into memory that holds Go
	// pointers, such as b inside an Entry.
	if err := pk.Deserialize(key[:]); err != nil {
		return nil, fmt.Errorf("%w: not a compressed G1 point in the subgroup", ErrInvalidKey)
	}
	if pk.IsZero() {
		return nil, fmt.Errorf("%w: public key is the identity", ErrInvalidKey)
	}
	publicKeyCache.put(key, &pk)
	return &pk, nil
}

// decodeSignature returns the validated point for b, from the cache of
// validated signatures when possible. The result is the caller's own copy.
// The identity is accepted only in its canonical encoding (0xc0, then zeros).
func decodeSignature(b []byte) (*bls.Sign, error) {
	ensureInit()
	if len(b) != SignatureLength {
		return nil, fmt.Errorf("%w: signature is %d bytes, want %d", ErrInvalidSignature, len(b), SignatureLength)
	}
	key := Signature(b)
	var sig bls.Sign
	if signatureCache.get(key, &sig) {
		return &sig, nil
	}
	if err := sig.Deserialize(key[:]); err != nil || !sig.IsValidOrder() { // from the copy, as above
		return nil, fmt.Errorf("%w: not a compressed G2 point in the subgroup", ErrInvalidSignature)
	}
	if sig.IsZero() && key != identitySignature {
		return nil, fmt.Errorf("%w: non-canonical encoding of the identity", ErrInvalidSignature)
	}
	signatureCache.put(key, &sig)
	return &sig, nil
}

// identitySignature is the only accepted encoding of the G2 identity.
var identitySignature = Signature{0: 0xc0}

// Verify checks sig over msg under pk. It returns nil only for a valid
// signature; otherwise an error saying whether decoding or checking failed.
func Verify(pk PublicKey, msg []byte, sig Signature) error {
	p, err := decodePublicKey(pk[:])
	if err != nil {
		return err
	}
	s, err := decodeSignature(sig[:])
	if err != nil {
		return err
	}
	if !s.VerifyByte(p, msg) {
		return fmt.Errorf("%w: does not verify under %s", ErrInvalidSignature, pk)
	}
	return nil
}
