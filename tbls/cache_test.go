package tbls

import (
	"errors"
	"sync"
	"testing"
)

func TestPointCacheEvictsOldest(t *testing.T) {
	c := newPointCache[int, string](3)
	put := func(k int, v string) { c.put(k, &v) }
	get := func(k int) (string, bool) {
		var v string
		ok := c.get(k, &v)
		return v, ok
	}
	put(1, "a")
	put(2, "b")
	put(3, "c")
	put(2, "ignored") // already present: no change, no eviction
	if v, ok := get(2); !ok || v != "b" {
		t.Fatalf("get(2) = %q, %v", v, ok)
	}
	put(4, "d") // evicts 1
	put(5, "e") // evicts 2
	for k, want := range map[int]bool{1: false, 2: false, 3: true, 4: true, 5: true} {
		if _, ok := get(k); ok != want {
			t.Errorf("key %d present %v, want %v", k, ok, want)
		}
	}
	c.reset()
	if _, ok := get(3); ok {
		t.Fatal("reset kept an entry")
	}
	put(6, "f")
	if v, ok := get(6); !ok || v != "f" {
		t.Fatal("cache unusable after reset")
	}
}

// Decoding through a warm cache gives the same answers as a cold decode, and
// invalid bytes are rejected every time (they are never cached).
func TestDecodeCacheConsistency(t *testing.T) {
	sk := GenerateSecretKey()
	pk := sk.PublicKey()
	sig := sk.Sign([]byte("m"))
	badPK := pk
	badPK[1] ^= 1
	for round := range 3 {
		if round == 0 {
			publicKeyCache.reset()
			signatureCache.reset()
		}
		if err := Verify(pk, []byte("m"), sig); err != nil {
			t.Fatalf("round %d: %v", round, err)
		}
		if Verify(pk, []byte("n"), sig) == nil {
			t.Fatalf("round %d: wrong message accepted", round)
		}
		if _, err := PublicKeyFromBytes(badPK[:]); !errors.Is(err, ErrInvalidKey) {
			t.Fatalf("round %d: corrupted key: %v", round, err)
		}
	}
	var got PublicKey
	p, err := decodePublicKey(pk[:])
	if err != nil {
		t.Fatal(err)
	}
	copy(got[:], p.Serialize())
	if got != pk {
		t.Fatal("cached key re-serialises differently")
	}
}

// Concurrent users of the package share the caches; run with -race.
func TestConcurrentUse(t *testing.T) {
	f := fixture()
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			entries := f.same[g*10 : g*10+40]
			if bad, err := BatchVerify(entries); err != nil {
				t.Errorf("goroutine %d: %v %v", g, bad, err)
			}
			for _, e := range entries[:5] {
				if err := Verify(e.PublicKey, e.Message, e.Signature); err != nil {
					t.Errorf("goroutine %d: %v", g, err)
				}
			}
		})
	}
	wg.Wait()
}
