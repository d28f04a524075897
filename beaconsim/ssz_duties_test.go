package beaconsim

import (
	"testing"

	"github.com/OffchainLabs/go-bitfield"
	"github.com/attestantio/go-eth2-client/spec/altair"
	"github.com/attestantio/go-eth2-client/spec/electra"
	"github.com/attestantio/go-eth2-client/spec/phase0"
)

func sigFill(tag string, i int) [96]byte {
	var s [96]byte
	for k := range 3 {
		r := fill(tag, 3*i+k)
		copy(s[32*k:], r[:])
	}
	return s
}

// TestDutyRootsMatchGoEth2Client checks the roots of the aggregation and
// sync committee containers against go-eth2-client's, over bitlists of
// many lengths (empty, within a chunk, across chunks).
func TestDutyRootsMatchGoEth2Client(t *testing.T) {
	for i, n := range []uint64{0, 1, 7, 8, 9, 255, 256, 257, 2048, 5000} {
		bits := bitfield.NewBitlist(n)
		for k := uint64(0); k < n; k += uint64(i + 2) {
			bits.SetBitAt(k, true)
		}
		cb := bitfield.NewBitvector64()
		cb.SetBitAt(uint64(i*5%64), true)
		d := AttestationData{Slot: uint64(i), BeaconBlockRoot: fill("head", i), Source: Checkpoint{1, fill("s", i)}, Target: Checkpoint{2, fill("t", i)}}
		ours := ElectraAttestation{AggregationBits: []byte(bits), Data: d, Signature: sigFill("sig", i), CommitteeBits: [8]byte(cb)}
		theirs := &electra.Attestation{AggregationBits: bits, Data: d.toPhase0(), Signature: phase0.BLSSignature(ours.Signature), CommitteeBits: cb}
		want, err := theirs.HashTreeRoot()
		if err != nil {
			t.Fatal(err)
		}
		if got, err := ours.HashTreeRoot(); err != nil || got != Root(want) {
			t.Fatalf("Attestation with %d bits: ours %s (%v), go-eth2-client %x", n, got, err, want)
		}
		aap := AggregateAndProof{AggregatorIndex: uint64(i) * 1013, Aggregate: ours, SelectionProof: sigFill("proof", i)}
		theirAAP := &electra.AggregateAndProof{AggregatorIndex: phase0.ValidatorIndex(aap.AggregatorIndex), Aggregate: theirs, SelectionProof: phase0.BLSSignature(aap.SelectionProof)}
		want, err = theirAAP.HashTreeRoot()
		if err != nil {
			t.Fatal(err)
		}
		if got, err := aap.HashTreeRoot(); err != nil || got != Root(want) {
			t.Fatalf("AggregateAndProof %d: ours %s (%v), go-eth2-client %x", i, got, err, want)
		}

		sel := SyncAggregatorSelectionData{Slot: uint64(i) * 77, SubcommitteeIndex: uint64(i % 4)}
		want, _ = (&altair.SyncAggregatorSelectionData{Slot: phase0.Slot(sel.Slot), SubcommitteeIndex: sel.SubcommitteeIndex}).HashTreeRoot()
		if sel.HashTreeRoot() != Root(want) {
			t.Fatalf("SyncAggregatorSelectionData %d differs", i)
		}
		sbits := bitfield.NewBitvector128()
		for k := uint64(0); k < 128; k += uint64(i + 3) {
			sbits.SetBitAt(k, true)
		}
		c := SyncCommitteeContribution{Slot: uint64(i), BeaconBlockRoot: fill("root", i), SubcommitteeIndex: uint64(i % 4), AggregationBits: [16]byte(sbits), Signature: sigFill("c", i)}
		tc := &altair.SyncCommitteeContribution{Slot: phase0.Slot(c.Slot), BeaconBlockRoot: phase0.Root(c.BeaconBlockRoot), SubcommitteeIndex: c.SubcommitteeIndex, AggregationBits: sbits, Signature: phase0.BLSSignature(c.Signature)}
		want, _ = tc.HashTreeRoot()
		if c.HashTreeRoot() != Root(want) {
			t.Fatalf("SyncCommitteeContribution %d differs", i)
		}
		cap := ContributionAndProof{AggregatorIndex: uint64(i), Contribution: c, SelectionProof: sigFill("sp", i)}
		want, _ = (&altair.ContributionAndProof{AggregatorIndex: phase0.ValidatorIndex(i), Contribution: tc, SelectionProof: phase0.BLSSignature(cap.SelectionProof)}).HashTreeRoot()
		if cap.HashTreeRoot() != Root(want) {
			t.Fatalf("ContributionAndProof %d differs", i)
		}
	}
}

func TestBitlistRootRejectsMalformed(t *testing.T) {
	for _, b := range [][]byte{nil, {}, {0x05, 0x00}} {
		if _, err := bitlistRoot(b, 64); err == nil {
			t.Errorf("bitlist %x accepted", b)
		}
	}
	if _, err := bitlistRoot([]byte{0x00, 0x01}, 7); err == nil {
		t.Error("bitlist of 8 bits accepted under a limit of 7")
	}
}

func TestAggregatorSelection(t *testing.T) {
	// modulo 1: everyone; modulo 2 and 8: about that fraction of proofs.
	tests := []struct {
		name   string
		is     func([96]byte) bool
		lo, hi int // of 800 proofs
	}{
		{"committee of 31 (modulo 1)", func(p [96]byte) bool { return isAggregator(31, p) }, 800, 800},
		{"committee of 32 (modulo 2)", func(p [96]byte) bool { return isAggregator(32, p) }, 330, 470},
		{"sync subcommittee (modulo 8)", isSyncCommitteeAggregator, 60, 140},
	}
	for _, tt := range tests {
		n := 0
		for i := range 800 {
			if tt.is(sigFill("selection", i)) {
				n++
			}
		}
		if n < tt.lo || n > tt.hi {
			t.Errorf("%s: %d of 800 selected, want %d..%d", tt.name, n, tt.lo, tt.hi)
		}
	}
}
