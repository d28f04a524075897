package keystore

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// The EIP-2335 test vectors ("Test Cases"): testdata/eip2335-*.json are the
// EIP's JSON documents verbatim.
const (
	vectorPassword = "𝔱𝔢𝔰𝔱𝔭𝔞𝔰𝔰𝔴𝔬𝔯𝔡🔑"
	// vectorEncodedPassword is the EIP's "Encoded Password".
	vectorEncodedPassword = "7465737470617373776f7264f09f9491"
	vectorSecret          = "000000000019d6689c085ae165831e934ff763ae46a2a6c172b3f1b60a8ce26f"
	vectorScrypt          = "testdata/eip2335-scrypt.json"
	vectorPBKDF2          = "testdata/eip2335-pbkdf2.json"
)

func TestEIP2335VectorPassword(t *testing.T) {
	got, err := NormalizePassword(vectorPassword)
	if err != nil {
		t.Fatal(err)
	}
	if hex.EncodeToString(got) != vectorEncodedPassword {
		t.Fatalf("normalised password %x, want %s", got, vectorEncodedPassword)
	}
}

// TestEIP2335VectorsDecrypt decrypts both EIP vectors (one scrypt at the
// standard cost, one pbkdf2): the only full-cost KDF runs in the package.
func TestEIP2335VectorsDecrypt(t *testing.T) {
	for _, file := range []string{vectorScrypt, vectorPBKDF2} {
		t.Run(filepath.Base(file), func(t *testing.T) {
			k, err := Load(file)
			if err != nil {
				t.Fatalf("Load: %v", err)
			}
			secret, err := k.Decrypt(vectorPassword)
			if err != nil {
				t.Fatalf("Decrypt: %v", err)
			}
			if hex.EncodeToString(secret) != vectorSecret {
				t.Fatalf("secret %x, want %s", secret, vectorSecret)
			}
		})
	}
}

// TestEIP2335VectorsMarshal checks that parsing and re-marshalling each
// vector reproduces the EIP's document byte for byte (after compaction):
// same keys, same order, same encodings.
func TestEIP2335VectorsMarshal(t *testing.T) {
	for _, file := range []string{vectorScrypt, vectorPBKDF2} {
		t.Run(filepath.Base(file), func(t *testing.T) {
			raw, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			k, err := Parse(raw)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			got, err := k.Marshal()
			if err != nil {
				t.Fatal(err)
			}
			var want bytes.Buffer
			if err := json.Compact(&want, raw); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want.Bytes()) {
				t.Fatalf("marshal differs from the EIP:\n got %s\nwant %s", got, want.Bytes())
			}
		})
	}
}

// TestEncryptReproducesPBKDF2Vector encrypts the EIP secret with the
// vector's salt, IV and UUID as the random stream and expects the EIP's
// document exactly: KDF, cipher, checksum and JSON layout in one check.
func TestEncryptReproducesPBKDF2Vector(t *testing.T) {
	raw, err := os.ReadFile(vectorPBKDF2)
	if err != nil {
		t.Fatal(err)
	}
	var want bytes.Buffer
	if err := json.Compact(&want, raw); err != nil {
		t.Fatal(err)
	}
	random := mustHex(t, "d4e56740f876aef8c010b86a40d5f56745a118d0906a34e69aec8c0db1cb8fa3"+ // salt
		"264daa3f303d7259501c93d997d84fe6"+ // iv
		"64625def33314eeaab6f782f3ed16a83") // uuid
	k, err := Encrypt(mustHex(t, vectorSecret), vectorPassword,
		WithPBKDF2(),
		WithRandom(bytes.NewReader(random)),
		WithPath("m/12381/60/0/0"),
		WithDescription("This is a test keystore that uses PBKDF2 to secure the secret."))
	if err != nil {
		t.Fatal(err)
	}
	got, err := k.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want.Bytes()) {
		t.Fatalf("Encrypt differs from the EIP vector:\n got %s\nwant %s", got, want.Bytes())
	}
}

func mustHex(t testing.TB, s string) []byte {
	t.Helper()
	b, err := hex.DecodeString(s)
	if err != nil {
		t.Fatalf("bad hex in test: %v", err)
	}
	return b
}
