package beaconsim

import (
	"fmt"
	"testing"

	blst "github.com/supranational/blst/bindings/go"
)

// BenchmarkVerifySignatures measures signature checking of one submission of
// n attestations over the same data (what one slot of an Electra committee
// produces): batched with random linear combination, and one by one.
func BenchmarkVerifySignatures(b *testing.B) {
	for _, n := range []int{1, 16, 128, 512} {
		e := newTestEnv(b, n, func(c *Config) { c.SlotsPerEpoch = 1 })
		e.advanceTo(1, 0)
		data := e.sim.AttestationData(1)
		root := data.HashTreeRoot()
		signingRoot := ComputeSigningRoot(root, e.sim.AttesterDomain(1))
		subs := make([]*submission, n)
		for i := range subs {
			sig := new(blst.P2Affine).Sign(e.keys[i], signingRoot[:], blsDST)
			subs[i] = &submission{att: singleAttestation{AttesterIndex: uint64(i), Data: data}, root: root, signingRoot: signingRoot, sig: sig}
		}
		b.Run(fmt.Sprintf("batch/%d", n), func(b *testing.B) {
			for b.Loop() {
				e.sim.verifySignatures(subs)
			}
			for _, s := range subs {
				if !s.valid {
					b.Fatal("valid signature rejected")
				}
			}
		})
		b.Run(fmt.Sprintf("single/%d", n), func(b *testing.B) {
			for b.Loop() {
				for _, s := range subs {
					s.valid = s.sig.Verify(false, e.sim.validators[s.att.AttesterIndex].pk, false, signingRoot[:], blsDST)
				}
			}
		})
	}
}
