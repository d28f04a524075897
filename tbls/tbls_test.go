package tbls

import (
	"bytes"
	"testing"
)

func TestSignVerify(t *testing.T) {
	sk := GenerateSecretKey()
	defer sk.Zero()
	msg := []byte("attestation signing root")
	sig := sk.Sign(msg)
	if err := Verify(sk.PublicKey(), msg, sig); err != nil {
		t.Fatalf("valid signature rejected: %v", err)
	}
	if err := Verify(sk.PublicKey(), []byte("other"), sig); err == nil {
		t.Fatal("signature over another message accepted")
	}
	back, err := SecretKeyFromBytes(sk.Bytes())
	if err != nil || !back.Equal(sk) {
		t.Fatalf("secret key round trip: %v", err)
	}
	if _, err := SecretKeyFromBytes(make([]byte, 32)); err == nil {
		t.Fatal("zero secret key accepted")
	}
	if _, err := PublicKeyFromBytes(bytes.Repeat([]byte{0xff}, 48)); err == nil {
		t.Fatal("garbage public key accepted")
	}
}
