// Package hdkey derives BLS12-381 keys from a seed as EIP-2333 defines, walks
// EIP-2334 paths, and turns BIP-39 mnemonics into seeds.
//
// Every derived key is a *tbls.SecretKey; callers should Zero it when done.
// Intermediate secrets (Lamport keys, HKDF outputs) are overwritten before
// the functions return, as far as Go allows: the scalar reduction modulo r
// uses math/big, which is neither constant-time nor fully scrubbable, a
// trade-off every Go implementation of EIP-2333 makes for offline derivation.
package hdkey

import (
	"crypto/hkdf"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"

	"github.com/keystake/keystake/tbls"
)

// MinSeedLength is the shortest seed EIP-2333 accepts (256 bits).
const MinSeedLength = 32

// ErrSeedTooShort reports a seed shorter than MinSeedLength.
var ErrSeedTooShort = errors.New("seed shorter than 256 bits")

const (
	// lamportChunks is the number of 32-byte Lamport secrets per half
	// (HKDF-SHA256 can expand to at most 255 digests).
	lamportChunks = 255
	// hkdfModRLength is L = ceil(3 * ceil(log2(r)) / 16) = 48.
	hkdfModRLength = 48
	keygenSalt     = "BLS-SIG-KEYGEN-SALT-"
)

// curveOrder is r, the order of the BLS12-381 G1/G2 subgroups.
var curveOrder, _ = new(big.Int).SetString(
	"52435875175126190479447740508185965837690552500527637822603658699938581184513", 10)

// DeriveMasterSK returns the EIP-2333 master secret key of seed
// (derive_master_SK). The seed must be at least 32 bytes; a BIP-39 seed
// (64 bytes, see SeedFromMnemonic) is the intended input.
func DeriveMasterSK(seed []byte) (*tbls.SecretKey, error) {
	if len(seed) < MinSeedLength {
		return nil, fmt.Errorf("derive master key: %w (got %d bytes)", ErrSeedTooShort, len(seed))
	}
	skBytes, err := hkdfModR(seed, nil)
	if err != nil {
		return nil, fmt.Errorf("derive master key: %w", err)
	}
	return secretKeyFromScalar(skBytes)
}

// DeriveChildSK returns the child of parent at index (derive_child_SK of
// EIP-2333). parent is not modified.
func DeriveChildSK(parent *tbls.SecretKey, index uint32) (*tbls.SecretKey, error) {
	parentBytes := parent.Bytes()
	defer zero(parentBytes)
	lamportPK, err := parentSKToLamportPK(parentBytes, index)
	if err != nil {
		return nil, fmt.Errorf("derive child key %d: %w", index, err)
	}
	skBytes, err := hkdfModR(lamportPK[:], nil)
	if err != nil {
		return nil, fmt.Errorf("derive child key %d: %w", index, err)
	}
	return secretKeyFromScalar(skBytes)
}

// secretKeyFromScalar converts a 32-byte big-endian scalar in [1, r) to a
// tbls key and zeroes the input.
func secretKeyFromScalar(b []byte) (*tbls.SecretKey, error) {
	defer zero(b)
	sk, err := tbls.SecretKeyFromBytes(b)
	if err != nil {
		return nil, fmt.Errorf("convert derived scalar: %w", err)
	}
	return sk, nil
}

// ikmToLamportSK is IKM_to_lamport_SK: 255 32-byte chunks of
// HKDF-Expand(HKDF-Extract(salt, IKM), "", 255*32). The caller zeroes the
// result.
func ikmToLamportSK(ikm, salt []byte) ([]byte, error) {
	prk, err := hkdf.Extract(sha256.New, ikm, salt)
	if err != nil {
		return nil, fmt.Errorf("hkdf extract: %w", err)
	}
	defer zero(prk)
	okm, err := hkdf.Expand(sha256.New, prk, "", lamportChunks*sha256.Size)
	if err != nil {
		return nil, fmt.Errorf("hkdf expand: %w", err)
	}
	return okm, nil
}

// parentSKToLamportPK is parent_SK_to_lamport_PK: the SHA-256 of the
// concatenated hashes of both Lamport secret halves, derived from the parent
// key and from its bitwise negation.
func parentSKToLamportPK(parentSK []byte, index uint32) ([sha256.Size]byte, error) {
	var salt [4]byte
	binary.BigEndian.PutUint32(salt[:], index)

	notIKM := make([]byte, len(parentSK))
	defer zero(notIKM)
	for i, b := range parentSK {
		notIKM[i] = ^b
	}

	compressed := sha256.New()
	for _, ikm := range [][]byte{parentSK, notIKM} {
		lamportSK, err := ikmToLamportSK(ikm, salt[:])
		if err != nil {
			return [sha256.Size]byte{}, err
		}
		for i := 0; i < len(lamportSK); i += sha256.Size {
			h := sha256.Sum256(lamportSK[i : i+sha256.Size])
			compressed.Write(h[:])
		}
		zero(lamportSK)
	}
	var out [sha256.Size]byte
	compressed.Sum(out[:0])
	return out, nil
}

// hkdfModR is HKDF_mod_r (the KeyGen of the IETF BLS draft v4+): it hashes
// ikm into a non-zero scalar modulo r, returned as 32 big-endian bytes that
// the caller zeroes.
func hkdfModR(ikm, keyInfo []byte) ([]byte, error) {
	ikmZero := make([]byte, len(ikm)+1) // IKM || I2OSP(0, 1)
	defer zero(ikmZero)
	copy(ikmZero, ikm)

	info := make([]byte, len(keyInfo)+2) // key_info || I2OSP(L, 2)
	copy(info, keyInfo)
	binary.BigEndian.PutUint16(info[len(keyInfo):], hkdfModRLength)

	salt := []byte(keygenSalt)
	sk := new(big.Int)
	defer zeroBig(sk)
	for sk.Sign() == 0 {
		s := sha256.Sum256(salt)
		salt = s[:]
		okm, err := hkdf.Key(sha256.New, ikmZero, salt, string(info), hkdfModRLength)
		if err != nil {
			return nil, fmt.Errorf("hkdf: %w", err)
		}
		sk.SetBytes(okm)
		zero(okm)
		sk.Mod(sk, curveOrder)
	}
	out := make([]byte, tbls.SecretKeyLength)
	sk.FillBytes(out)
	return out, nil
}

func zero(b []byte) {
	clear(b)
}

// zeroBig overwrites the words backing x.
func zeroBig(x *big.Int) {
	clear(x.Bits())
	x.SetInt64(0)
}
