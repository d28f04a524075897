package tbls

import (
	"fmt"
	"testing"
)

// Benchmarks decode from cold caches unless their name says otherwise:
// the caches are reset before every operation.

func coldCaches() {
	publicKeyCache.reset()
	signatureCache.reset()
}

func BenchmarkSign(b *testing.B) {
	sk := GenerateSecretKey()
	msg := make([]byte, 32)
	for b.Loop() {
		sk.Sign(msg)
	}
}

func BenchmarkVerify(b *testing.B) {
	sk := GenerateSecretKey()
	msg := make([]byte, 32)
	pk, sig := sk.PublicKey(), sk.Sign(msg)
	b.Run("cold", func(b *testing.B) {
		for b.Loop() {
			coldCaches()
			if err := Verify(pk, msg, sig); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("cached-points", func(b *testing.B) {
		for b.Loop() {
			if err := Verify(pk, msg, sig); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func BenchmarkRecoverSignature(b *testing.B) {
	msg := make([]byte, 32)
	for _, c := range []struct {
		n, t int
		idx  []int
	}{{4, 3, []int{1, 2, 4}}, {10, 7, []int{1, 2, 4, 5, 7, 8, 10}}} {
		_, s := splitFixture(b, c.n, c.t)
		partials := map[int]Signature{}
		for _, i := range c.idx {
			partials[i] = s.Shares[i].Sign(msg)
		}
		s.Zero()
		b.Run(fmt.Sprintf("%d-of-%d/cold", c.t, c.n), func(b *testing.B) {
			for b.Loop() {
				coldCaches()
				if _, err := RecoverSignature(partials); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(fmt.Sprintf("%d-of-%d/cached-points", c.t, c.n), func(b *testing.B) {
			for b.Loop() {
				if _, err := RecoverSignature(partials); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkRecoverSignatureRaw recovers from uncompressed partials, as the
// operator node does: decoding, interpolation and the subgroup check of the
// result. 1,2,3 has integer coefficients (3,-3,1); 1,2,4 has (8,-6,1)/3;
// 7 of 10 uses the multi-scalar multiplication.
func BenchmarkRecoverSignatureRaw(b *testing.B) {
	msg := make([]byte, 32)
	for _, c := range []struct {
		n, t int
		idx  []int
	}{{4, 3, []int{1, 2, 3}}, {4, 3, []int{1, 2, 4}}, {10, 7, []int{1, 2, 4, 5, 7, 8, 10}}} {
		_, s := splitFixture(b, c.n, c.t)
		partials := map[int]RawSignature{}
		for _, i := range c.idx {
			raw, err := SignManyRaw([]*SecretKey{s.Shares[i]}, msg)
			if err != nil {
				b.Fatal(err)
			}
			partials[i] = raw[0]
		}
		s.Zero()
		b.Run(fmt.Sprintf("%d-of-%d/%v", c.t, c.n, c.idx), func(b *testing.B) {
			for b.Loop() {
				if _, err := RecoverSignatureRaw(partials); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkBatchVerifySameMessage1000(b *testing.B) {
	f := fixture()
	pks, sigs := split(f.same)
	b.Run("cold", func(b *testing.B) {
		for b.Loop() {
			coldCaches()
			if _, err := BatchVerifySameMessage(f.msg, pks, sigs); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("cached-keys", func(b *testing.B) { // share keys known, signatures fresh
		for b.Loop() {
			signatureCache.reset()
			if _, err := BatchVerifySameMessage(f.msg, pks, sigs); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("via-BatchVerify/cached-keys", func(b *testing.B) { // grouping by message
		for b.Loop() {
			signatureCache.reset()
			if _, err := BatchVerify(f.same); err != nil {
				b.Fatal(err)
			}
		}
	})
	bad := withBad(f.same, 613)
	pks, sigs = split(bad)
	b.Run("one-bad/cached-keys", func(b *testing.B) {
		for b.Loop() {
			signatureCache.reset()
			if _, err := BatchVerifySameMessage(f.msg, pks, sigs); err == nil {
				b.Fatal("bad signature accepted")
			}
		}
	})
}

func BenchmarkBatchVerifyDistinct1000(b *testing.B) {
	f := fixture()
	b.Run("cached-keys", func(b *testing.B) {
		for b.Loop() {
			signatureCache.reset()
			if _, err := BatchVerify(f.distinct); err != nil {
				b.Fatal(err)
			}
		}
	})
	bad := withBad(f.distinct, 371)
	b.Run("one-bad/cached-keys", func(b *testing.B) {
		for b.Loop() {
			signatureCache.reset()
			if _, err := BatchVerify(bad); err == nil {
				b.Fatal("bad signature accepted")
			}
		}
	})
}

// BenchmarkNaiveVerify1000 verifies the same 1000 entries one by one.
func BenchmarkNaiveVerify1000(b *testing.B) {
	f := fixture()
	for _, c := range []struct {
		name    string
		entries []Entry
	}{{"same-message/cached-keys", f.same}, {"distinct/cached-keys", f.distinct}} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				signatureCache.reset()
				for _, e := range c.entries {
					if err := Verify(e.PublicKey, e.Message, e.Signature); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}
