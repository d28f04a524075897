package devnet

import (
	"crypto/sha256"
	"encoding/binary"
	"slices"
	"testing"

	"github.com/attestantio/go-eth2-client/spec/altair"
	"github.com/attestantio/go-eth2-client/spec/phase0"

	"github.com/keystake/keystake/beaconsim"
	"github.com/keystake/keystake/signing"
)

// selects is the spec's aggregator test of a selection proof.
func selects(proof []byte, modulo uint64) bool {
	h := sha256.Sum256(proof)
	return binary.LittleEndian.Uint64(h[:8])%max(1, modulo) == 0
}

// checkAggregators computes with the validators' own keys (not through
// the cluster's shares) who aggregates in each slot of epoch, and requires
// the simulator to have accepted exactly their aggregates and
// contributions.
func checkAggregators(t *testing.T, nw *Network, epoch uint64, what string) {
	t.Helper()
	gvr := phase0.Root(nw.Sim.GenesisValidatorsRoot())
	fork := phase0.Version(beaconsim.DefaultForkVersions.Electra)
	selDomain, _ := signing.Domain(signing.DomainSelectionProof, fork, gvr)
	syncDomain, _ := signing.Domain(signing.DomainSyncCommitteeSelectionProof, fork, gvr)
	seats := nw.Sim.SyncCommittee()
	for slot := epoch * nw.SlotsPerEpoch; slot < (epoch+1)*nw.SlotsPerEpoch; slot++ {
		var wantAggs []uint64
		root, _ := signing.Root(signing.Uint64(slot), selDomain)
		for v := range nw.keys {
			d, ok := nw.Sim.Duty(epoch, uint64(v))
			if !ok || d.Slot != slot {
				continue
			}
			proof := nw.keys[v].Sign(root[:])
			if selects(proof[:], d.CommitteeLength/16) {
				wantAggs = append(wantAggs, uint64(v))
			}
		}
		if got := nw.Sim.Aggregators(slot); !slices.Equal(got, wantAggs) {
			t.Fatalf("%s, slot %d: aggregates accepted from %v, aggregators %v", what, slot, got, wantAggs)
		}
		var wantContribs []beaconsim.Contribution
		for v := range nw.keys {
			for sub := uint64(0); sub < 4; sub++ {
				if !slices.Contains(seats[sub*128:(sub+1)*128], uint64(v)) {
					continue
				}
				r, _ := signing.Root(&altair.SyncAggregatorSelectionData{Slot: phase0.Slot(slot), SubcommitteeIndex: sub}, syncDomain)
				if proof := nw.keys[v].Sign(r[:]); selects(proof[:], 128/16) {
					wantContribs = append(wantContribs, beaconsim.Contribution{Aggregator: uint64(v), Subcommittee: sub})
				}
			}
		}
		if got := nw.Sim.Contributions(slot); !slices.Equal(got, wantContribs) {
			t.Fatalf("%s, slot %d: contributions accepted %v, due %v", what, slot, got, wantContribs)
		}
	}
}
