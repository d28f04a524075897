package tbls

// Fuzz targets for every decoder. Besides "never panic" and "accepted bytes
// round-trip", each compares acceptance with blst: both libraries must agree
// on exactly which encodings are valid.

import (
	"bytes"
	"errors"
	"math/big"
	"testing"

	blst "github.com/supranational/blst/bindings/go"
)

// fieldPrime is the BLS12-381 base field modulus.
var fieldPrime, _ = new(big.Int).SetString("1a0111ea397fe69a4b1ba7b6434bacd764774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaaab", 16)

// plusP returns enc with p added to its first 48-byte x coordinate, flags
// kept: a non-canonical encoding of the same point (nil if it overflows).
func plusP(enc []byte) []byte {
	x := new(big.Int).SetBytes(append([]byte{enc[0] & 0x1f}, enc[1:48]...))
	x.Add(x, fieldPrime)
	if x.BitLen() > 381 {
		return nil
	}
	out := bytes.Clone(enc)
	x.FillBytes(out[:48])
	out[0] |= enc[0] & 0xe0
	return out
}

func decoderSeeds(f *testing.F, valid []byte) {
	f.Add(valid)
	f.Add(valid[:len(valid)-1])
	f.Add(append(bytes.Clone(valid), 0))
	f.Add([]byte{})
	f.Add(bytesOf(0xff, len(valid)))
	f.Add(bytesOf(0x00, len(valid)))
	inf := make([]byte, len(valid))
	inf[0] = 0xc0
	f.Add(bytes.Clone(inf))
	inf[len(inf)-1] = 1
	f.Add(inf)
	flipped := bytes.Clone(valid)
	flipped[0] ^= 0x20 // the other y
	f.Add(flipped)
	uncompressed := bytes.Clone(valid)
	uncompressed[0] &^= 0x80
	f.Add(uncompressed)
	if p := plusP(valid); p != nil {
		f.Add(p)
	}
}

func FuzzPublicKeyFromBytes(f *testing.F) {
	decoderSeeds(f, pubkeyOf(f, vecKey1))
	f.Fuzz(func(t *testing.T, b []byte) {
		pk, err := PublicKeyFromBytes(b)
		blstOK := len(b) == PublicKeyLength && blstAcceptsPublicKey(b)
		if (err == nil) != blstOK {
			t.Fatalf("tbls accepts %v, blst accepts %v: %x (%v)", err == nil, blstOK, b, err)
		}
		if err != nil {
			if !errors.Is(err, ErrInvalidKey) {
				t.Fatalf("error %v does not wrap ErrInvalidKey", err)
			}
			return
		}
		if !bytes.Equal(pk[:], b) {
			t.Fatalf("round trip: %x became %x", b, pk[:])
		}
	})
}

func FuzzSignatureFromBytes(f *testing.F) {
	sk, _ := SecretKeyFromBytes(mustHexF(f, vecKey1))
	sig := sk.Sign([]byte("seed"))
	decoderSeeds(f, sig[:])
	f.Fuzz(func(t *testing.T, b []byte) {
		s, err := SignatureFromBytes(b)
		blstOK := len(b) == SignatureLength && blstAcceptsSignature(b)
		if (err == nil) != blstOK {
			t.Fatalf("tbls accepts %v, blst accepts %v: %x (%v)", err == nil, blstOK, b, err)
		}
		if err != nil {
			if !errors.Is(err, ErrInvalidSignature) {
				t.Fatalf("error %v does not wrap ErrInvalidSignature", err)
			}
			return
		}
		if !bytes.Equal(s[:], b) {
			t.Fatalf("round trip: %x became %x", b, s[:])
		}
	})
}

func FuzzSecretKeyFromBytes(f *testing.F) {
	order := "73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000001"
	f.Add(mustHexF(f, vecKey1))
	f.Add(mustHexF(f, order))                                                              // r: rejected
	f.Add(mustHexF(f, "73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000000")) // r-1: largest valid
	f.Add(mustHexF(f, "0000000000000000000000000000000000000000000000000000000000000001")) // 1
	f.Add(bytesOf(0, 32))
	f.Add(bytesOf(0xff, 32))
	f.Add(bytesOf(1, 31))
	f.Add(bytesOf(1, 33))
	f.Fuzz(func(t *testing.T, b []byte) {
		sk, err := SecretKeyFromBytes(b)
		blstOK := false
		if len(b) == SecretKeyLength {
			s := new(blst.SecretKey).Deserialize(b)
			blstOK = s != nil && s.Valid()
		}
		if (err == nil) != blstOK {
			t.Fatalf("tbls accepts %v, blst accepts %v: %x (%v)", err == nil, blstOK, b, err)
		}
		if err != nil {
			if !errors.Is(err, ErrInvalidKey) {
				t.Fatalf("error %v does not wrap ErrInvalidKey", err)
			}
			return
		}
		if got := sk.Bytes(); !bytes.Equal(got, b) {
			t.Fatalf("round trip: %x became %x", b, got)
		}
		want := new(blst.P1Affine).From(new(blst.SecretKey).Deserialize(b)).Compress()
		if pk := sk.PublicKey(); !bytes.Equal(pk[:], want) {
			t.Fatalf("public key differs from blst's for %x", b)
		}
	})
}

func blstAcceptsPublicKey(b []byte) bool {
	p := new(blst.P1Affine).Uncompress(b)
	return p != nil && p.KeyValidate()
}

func blstAcceptsSignature(b []byte) bool {
	s := new(blst.P2Affine).Uncompress(b)
	return s != nil && s.SigValidate(false)
}

func pubkeyOf(f *testing.F, privkey string) []byte {
	sk, err := SecretKeyFromBytes(mustHexF(f, privkey))
	if err != nil {
		f.Fatal(err)
	}
	pk := sk.PublicKey()
	return pk[:]
}

func mustHexF(f *testing.F, s string) []byte {
	b, ok := new(big.Int).SetString(s, 16)
	if !ok {
		f.Fatalf("bad hex %q", s)
	}
	return b.FillBytes(make([]byte, len(s)/2))
}
