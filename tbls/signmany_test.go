package tbls

import "testing"

func TestSignMany(t *testing.T) {
	keys := []*SecretKey{GenerateSecretKey(), GenerateSecretKey(), GenerateSecretKey()}
	for _, msg := range [][]byte{nil, []byte("signing root"), make([]byte, 1000)} {
		sigs, err := SignMany(keys, msg)
		if err != nil {
			t.Fatal(err)
		}
		for i, k := range keys {
			if sigs[i] != k.Sign(msg) {
				t.Fatalf("key %d: SignMany differs from Sign", i)
			}
		}
	}
	if sigs, err := SignMany(nil, []byte("x")); err != nil || sigs != nil {
		t.Fatalf("no keys: %v, %v", sigs, err)
	}
}

func BenchmarkSignMany100(b *testing.B) {
	keys := make([]*SecretKey, 100)
	for i := range keys {
		keys[i] = GenerateSecretKey()
	}
	msg := []byte("attestation signing root........")
	b.ResetTimer()
	for b.Loop() {
		if _, err := SignMany(keys, msg); err != nil {
			b.Fatal(err)
		}
	}
}
