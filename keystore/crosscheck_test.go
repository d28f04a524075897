package keystore

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"testing"

	keystorev4 "github.com/wealdtech/go-eth2-wallet-encryptor-keystorev4"
)

// crossPasswords exercise the password normalisation of both sides.
var crossPasswords = []string{
	testPassword,
	"𝔱𝔢𝔰𝔱𝔭𝔞𝔰𝔰𝔴𝔬𝔯𝔡🔑",
	"caf\u00e9 \u00bd\tpass",
}

// TestCrossCheckOursToWealdtech: keystores written by Encrypt decrypt with
// wealdtech's keystorev4 given the "crypto" object.
func TestCrossCheckOursToWealdtech(t *testing.T) {
	enc := keystorev4.New()
	for name, opt := range map[string]Option{"scrypt": lightScrypt, "pbkdf2": WithPBKDF2Params(1 << 4)} {
		for _, pw := range crossPasswords {
			secret := testSecret(t)
			k, err := Encrypt(secret, pw, opt)
			if err != nil {
				t.Fatal(err)
			}
			got, err := enc.Decrypt(cryptoMap(t, k), pw)
			if err != nil {
				t.Fatalf("%s, password %q: keystorev4 Decrypt: %v", name, pw, err)
			}
			if !bytes.Equal(got, secret) {
				t.Fatalf("%s, password %q: keystorev4 recovered another secret", name, pw)
			}
			if _, err := enc.Decrypt(cryptoMap(t, k), pw+"x"); err == nil {
				t.Fatalf("%s: keystorev4 accepted a wrong password", name)
			}
		}
	}
}

// TestCrossCheckWealdtechToOurs: a "crypto" object written by keystorev4,
// wrapped in a version 4 document, decrypts with Decrypt.
func TestCrossCheckWealdtechToOurs(t *testing.T) {
	for _, cipher := range []string{"scrypt", "pbkdf2"} {
		enc := keystorev4.New(keystorev4.WithCipher(cipher), keystorev4.WithCost(t, 4))
		for _, pw := range crossPasswords {
			secret := testSecret(t)
			crypto, err := enc.Encrypt(secret, pw)
			if err != nil {
				t.Fatal(err)
			}
			pk, err := publicKeyOf(secret)
			if err != nil {
				t.Fatal(err)
			}
			doc, err := json.Marshal(map[string]any{
				"crypto":  crypto,
				"pubkey":  hex.EncodeToString(pk[:]),
				"path":    "m/12381/3600/0/0/0",
				"uuid":    "9f75a3fa-1e5a-49f9-be3d-f5a19779c6fa",
				"version": 4,
			})
			if err != nil {
				t.Fatal(err)
			}
			k, err := Parse(doc)
			if err != nil {
				t.Fatalf("%s: Parse keystorev4 output: %v", cipher, err)
			}
			got, err := k.Decrypt(pw)
			if err != nil {
				t.Fatalf("%s, password %q: Decrypt: %v", cipher, pw, err)
			}
			if !bytes.Equal(got, secret) {
				t.Fatalf("%s: recovered another secret", cipher)
			}
		}
	}
}

// cryptoMap returns k's crypto object as the generic map keystorev4 takes.
func cryptoMap(t *testing.T, k *Keystore) map[string]any {
	t.Helper()
	data, err := json.Marshal(k.Crypto)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	return m
}
