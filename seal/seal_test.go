package seal

import (
	"bytes"
	"errors"
	"testing"
)

func TestSealOpen(t *testing.T) {
	alice, err := GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	bob, err := GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	secret := []byte("0123456789abcdef0123456789abcdef")
	info := []byte("share 2 of validator X")
	ct, err := Seal(alice.PublicKey(), info, secret)
	if err != nil {
		t.Fatal(err)
	}
	if len(ct) != len(secret)+Overhead {
		t.Fatalf("sealed length %d, want %d", len(ct), len(secret)+Overhead)
	}
	if bytes.Contains(ct, secret) {
		t.Fatal("plaintext visible in ciphertext")
	}
	got, err := alice.Open(info, ct)
	if err != nil || !bytes.Equal(got, secret) {
		t.Fatalf("open: %v", err)
	}

	tampered := bytes.Clone(ct)
	tampered[len(tampered)-1] ^= 1
	cases := []struct {
		name string
		key  *PrivateKey
		info []byte
		ct   []byte
	}{
		{"wrong recipient", bob, info, ct},
		{"wrong context", alice, []byte("share 3 of validator X"), ct},
		{"tampered", alice, info, tampered},
	}
	for _, c := range cases {
		if _, err := c.key.Open(c.info, c.ct); !errors.Is(err, ErrOpen) {
			t.Errorf("%s: got %v, want ErrOpen", c.name, err)
		}
	}
	if _, err := alice.Open(info, ct[:Overhead-1]); err == nil {
		t.Error("truncated ciphertext accepted")
	}
}

func TestKeyRoundTrip(t *testing.T) {
	k, err := GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	k2, err := PrivateKeyFromBytes(k.Bytes())
	if err != nil || !bytes.Equal(k.PublicKey(), k2.PublicKey()) {
		t.Fatalf("round trip: %v", err)
	}
	if _, err := PrivateKeyFromBytes(make([]byte, 31)); err == nil {
		t.Fatal("short key accepted")
	}
	if _, err := Seal(make([]byte, 31), nil, nil); err == nil {
		t.Fatal("short public key accepted")
	}
	k.Zero()
	if _, err := k.Open(nil, make([]byte, Overhead)); err == nil {
		t.Fatal("zeroed key opened a message")
	}
}

// FuzzOpen feeds arbitrary ciphertexts: Open never panics and opens only
// the one genuine message.
func FuzzOpen(f *testing.F) {
	k, err := GenerateKey()
	if err != nil {
		f.Fatal(err)
	}
	ct, _ := Seal(k.PublicKey(), []byte("i"), []byte("p"))
	f.Add([]byte("i"), ct)
	f.Fuzz(func(t *testing.T, info, sealed []byte) {
		pt, err := k.Open(info, sealed)
		if err == nil && (string(info) != "i" || string(pt) != "p") {
			t.Fatalf("forged message opened: %q", pt)
		}
	})
}
