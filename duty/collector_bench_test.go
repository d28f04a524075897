package duty

import (
	"crypto/ed25519"
	"testing"

	"github.com/keystake/keystake/tbls"
)

// BenchmarkCollector1000 measures operator 1's work to recover and verify
// 1,000 validators' signatures from its own partials and those of operators
// 2 and 3 (3 of 4).
func BenchmarkCollector1000(b *testing.B) {
	const validators = 1000
	c := &Cluster{Threshold: 3, Members: make([]ed25519.PublicKey, 4), Self: 1}
	shares := make([][]*tbls.SecretKey, 4)
	positions := make([]uint32, validators)
	for v := range validators {
		sk := tbls.GenerateSecretKey()
		split, err := tbls.SplitSecret(sk, 4, 3)
		if err != nil {
			b.Fatal(err)
		}
		c.Validators = append(c.Validators, &Validator{PublicShares: split.PublicShares, Pubkey: [48]byte(sk.PublicKey())})
		for op := 1; op <= 3; op++ {
			shares[op] = append(shares[op], split.Shares[op])
		}
		positions[v] = uint32(v)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		// Fresh partials every round, as in every slot: none is in the
		// decode cache.
		b.StopTimer()
		root := []byte{byte(i), byte(i >> 8), 1, 2, 3}
		partials := make([][]Partial, 4)
		for op := 1; op <= 3; op++ {
			for v, share := range shares[op] {
				partials[op] = append(partials[op], Partial{Validator: uint32(v), Signature: rawSign(share, root)})
			}
		}
		b.StartTimer()
		col := newCollector(c)
		col.decided(root, positions)
		for op := 1; op <= 3; op++ {
			col.add(op, partials[op])
		}
		if bad := col.recover(); len(bad) != 0 || !col.complete() {
			b.Fatal("recovery failed")
		}
	}
}
