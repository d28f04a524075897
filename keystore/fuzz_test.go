package keystore

import (
	"errors"
	"os"
	"testing"
)

// fuzzLimits bound the KDF work one fuzz input may cause (scrypt n*r <=
// 1024, n*r*p <= 4096, pbkdf2 c <= 1024), so that inputs asking for more
// are rejected before any derivation, exactly as defaultLimits do in
// production.
var fuzzLimits = limits{
	scryptMemory: 128 << 10,
	scryptWork:   1 << 12,
	pbkdf2Iter:   1 << 10,
}

// FuzzParseDecrypt feeds arbitrary bytes to Parse and, when they parse, to
// decryption with an arbitrary password. It must never panic; a parsed
// keystore must survive a Marshal/Parse round trip unchanged; a successful
// decryption of a keystore with a pubkey must yield a 32-byte secret.
func FuzzParseDecrypt(f *testing.F) {
	for _, file := range []string{vectorScrypt, vectorPBKDF2} {
		data, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data, vectorPassword)
	}
	for _, opt := range []Option{lightScrypt, WithPBKDF2Params(16)} {
		data, err := lightKeystore(f, testPassword, opt).Marshal()
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data, testPassword)
		f.Add(data, "wrong")
		f.Add(data[:len(data)-3], testPassword)
	}
	f.Add([]byte(`{"version":4}`), "")
	f.Add([]byte(`null`), "\xff")

	f.Fuzz(func(t *testing.T, data []byte, password string) {
		k, err := Parse(data)
		if err != nil {
			if !errors.Is(err, ErrInvalid) && !errors.Is(err, ErrUnsupported) {
				t.Fatalf("Parse error of unexpected class: %v", err)
			}
			return
		}
		checkRoundTrip(t, k)
		secret, err := k.decrypt(password, fuzzLimits)
		if err == nil && k.Pubkey != "" && len(secret) != 32 {
			t.Fatalf("decrypted a %d-byte secret for a keystore with a pubkey", len(secret))
		}
	})
}

func checkRoundTrip(t *testing.T, k *Keystore) {
	t.Helper()
	data, err := k.Marshal()
	if err != nil {
		t.Fatalf("Marshal of a parsed keystore: %v", err)
	}
	again, err := Parse(data)
	if err != nil {
		t.Fatalf("Parse of a marshalled keystore: %v", err)
	}
	if *again != *k {
		t.Fatalf("round trip changed the keystore:\n got %+v\nwant %+v", again, k)
	}
}
