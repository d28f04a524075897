package hotstuff

import (
	"fmt"
	"testing"
)

// BenchmarkVerifyQC measures verifying a certificate of Quorum(n) ed25519
// signatures (uncached), the cost compared against one BLS aggregate check.
func BenchmarkVerifyQC(b *testing.B) {
	for _, n := range []int{4, 7, 10, 13} {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			c := newCluster(b, n, 0)
			var signers []int
			for i := 0; i < Quorum(n); i++ {
				signers = append(signers, i)
			}
			q := c.qc(3, PhaseCommit, "value", signers...)
			verify := Ed25519Verifier(c.pubs)
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if err := VerifyQC(c.key, q, n, verify); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
