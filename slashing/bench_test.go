package slashing

import (
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"testing"
)

// benchKeys returns n random-looking public keys, as real ones are.
func benchKeys(n int) [][48]byte {
	rng := rand.New(rand.NewPCG(1, 2))
	keys := make([][48]byte, n)
	for i := range keys {
		for j := 0; j < 48; j += 8 {
			v := rng.Uint64()
			for k := range 8 {
				keys[i][j+k] = byte(v >> (8 * k))
			}
		}
	}
	return keys
}

// benchDB returns a database where every validator has a full window of
// attestations and a watermark, and the last recorded target.
func benchDB(b *testing.B, keys [][48]byte, sync bool) (*DB, uint64) {
	b.Helper()
	db, err := open(filepath.Join(b.TempDir(), "slashing.db"), &[32]byte{1}, !sync)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	var e uint64
	for e = 1; e <= AttestationWindow+2; e++ {
		recordEpoch(b, db, keys, e, make([]Attestation, len(keys)))
	}
	return db, e - 1
}

// recordEpoch records the attestations of every validator at target e, as
// after Electra: all sign the same data.
func recordEpoch(b *testing.B, db *DB, keys [][48]byte, e uint64, reqs []Attestation) {
	r := [32]byte{byte(e), byte(e >> 8), byte(e >> 16), 0xa7}
	for j, pk := range keys {
		reqs[j] = Attestation{Pubkey: pk, Source: e - 1, Target: e, SigningRoot: r}
	}
	for _, err := range db.CheckAndRecordAttestations(reqs) {
		if err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCheckAndRecordAttestations: one batch per iteration, every
// validator attesting to the next epoch, committed with fsync (sync=true, as
// in production) or without (to separate the disk's share).
func BenchmarkCheckAndRecordAttestations(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		for _, sync := range []bool{true, false} {
			b.Run(fmt.Sprintf("validators=%d/sync=%v", n, sync), func(b *testing.B) {
				keys := benchKeys(n)
				db, e := benchDB(b, keys, sync)
				reqs := make([]Attestation, n)
				pages := writtenPages(db)
				b.ResetTimer()
				for range b.N {
					e++
					recordEpoch(b, db, keys, e, reqs)
				}
				b.StopTimer()
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/validator")
				b.ReportMetric(float64(writtenPages(db)-pages)/float64(b.N), "pages/batch")
			})
		}
	}
}

// BenchmarkCheckAttestations: the read-only check of a proposal for every
// validator (the consensus validate hook).
func BenchmarkCheckAttestations(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprintf("validators=%d", n), func(b *testing.B) {
			keys := benchKeys(n)
			db, e := benchDB(b, keys, false)
			reqs := make([]Attestation, n)
			for j, pk := range keys {
				reqs[j] = Attestation{Pubkey: pk, Source: e, Target: e + 1}
			}
			b.ResetTimer()
			for range b.N {
				for _, err := range db.CheckAttestations(reqs) {
					if err != nil {
						b.Fatal(err)
					}
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/validator")
		})
	}
}

func writtenPages(db *DB) int64 {
	st := db.bolt.Stats()
	return st.TxStats.GetWrite()
}
