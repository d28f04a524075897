package tbls

import (
	"errors"
	"testing"
)

func TestDecodeErrors(t *testing.T) {
	sk := GenerateSecretKey()
	pk, sig := sk.PublicKey(), sk.Sign([]byte("m"))
	var identityPK PublicKey
	identityPK[0] = 0xc0
	junkInfinity := identitySignature
	junkInfinity[50] = 4

	for _, c := range []struct {
		name string
		b    []byte
		want error // nil: accepted
	}{
		{"valid", pk[:], nil},
		{"empty", nil, ErrInvalidKey},
		{"47 bytes", pk[:47], ErrInvalidKey},
		{"49 bytes", append(pk[:], 0), ErrInvalidKey},
		{"a signature", sig[:], ErrInvalidKey},
		{"identity", identityPK[:], ErrInvalidKey},
		{"all ones", bytesOf(0xff, 48), ErrInvalidKey},
		{"uncompressed flag", func() []byte { b := pk; b[0] &^= 0x80; return b[:] }(), ErrInvalidKey},
		{"off subgroup", offSubgroup(t, PublicKeyLength), ErrInvalidKey},
		{"x + p", plusP(pk[:]), ErrInvalidKey},
	} {
		if c.b == nil && c.name == "x + p" {
			continue // overflowed 381 bits for this key: nothing to test
		}
		got, err := PublicKeyFromBytes(c.b)
		if !errors.Is(err, c.want) || (c.want != nil && err == nil) {
			t.Errorf("PublicKeyFromBytes(%s): %v, want %v", c.name, err, c.want)
		}
		if err == nil && string(got[:]) != string(c.b) {
			t.Errorf("PublicKeyFromBytes(%s) changed the bytes", c.name)
		}
	}

	for _, c := range []struct {
		name string
		b    []byte
		want error
	}{
		{"valid", sig[:], nil},
		{"identity", identitySignature[:], nil}, // a point; never verifies
		{"empty", nil, ErrInvalidSignature},
		{"95 bytes", sig[:95], ErrInvalidSignature},
		{"a public key", pk[:], ErrInvalidSignature},
		{"non-canonical identity", junkInfinity[:], ErrInvalidSignature},
		{"all ones", bytesOf(0xff, 96), ErrInvalidSignature},
		{"off subgroup", offSubgroup(t, SignatureLength), ErrInvalidSignature},
	} {
		_, err := SignatureFromBytes(c.b)
		if !errors.Is(err, c.want) || (c.want != nil && err == nil) {
			t.Errorf("SignatureFromBytes(%s): %v, want %v", c.name, err, c.want)
		}
	}

	order := mustHex(t, "73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000001")
	for _, c := range []struct {
		name string
		b    []byte
		ok   bool
	}{
		{"valid", sk.Bytes(), true},
		{"one", append(make([]byte, 31), 1), true},
		{"zero", make([]byte, 32), false},
		{"order", order, false},
		{"all ones", bytesOf(0xff, 32), false},
		{"31 bytes", make([]byte, 31), false},
		{"33 bytes", append(sk.Bytes(), 0), false},
	} {
		_, err := SecretKeyFromBytes(c.b)
		if (err == nil) != c.ok || (err != nil && !errors.Is(err, ErrInvalidKey)) {
			t.Errorf("SecretKeyFromBytes(%s): %v, want ok %v", c.name, err, c.ok)
		}
	}
}

func TestVerifyErrors(t *testing.T) {
	sk := GenerateSecretKey()
	msg := []byte("m")
	pk, sig := sk.PublicKey(), sk.Sign(msg)
	var identityPK PublicKey
	identityPK[0] = 0xc0
	garbage := Signature(bytesOf(0xff, 96))
	for _, c := range []struct {
		name string
		pk   PublicKey
		sig  Signature
		want error
	}{
		{"valid", pk, sig, nil},
		{"identity key", identityPK, sig, ErrInvalidKey},
		{"other key", GenerateSecretKey().PublicKey(), sig, ErrInvalidSignature},
		{"undecodable signature", pk, garbage, ErrInvalidSignature},
		{"identity signature", pk, identitySignature, ErrInvalidSignature},
	} {
		err := Verify(c.pk, msg, c.sig)
		if !errors.Is(err, c.want) || (c.want != nil && err == nil) {
			t.Errorf("Verify(%s): %v, want %v", c.name, err, c.want)
		}
		if err2 := VerifyPartial(c.pk, msg, c.sig); (err2 == nil) != (err == nil) {
			t.Errorf("VerifyPartial(%s) disagrees with Verify", c.name)
		}
	}
}
