// These tests drive the aggregation and sync committee endpoints with
// go-eth2-client's HTTP client, signing with blst and hashing with
// go-eth2-client's SSZ, independently of the simulator's own code.

package beaconsim

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/OffchainLabs/go-bitfield"
	"github.com/attestantio/go-eth2-client/api"
	apiv1 "github.com/attestantio/go-eth2-client/api/v1"
	"github.com/attestantio/go-eth2-client/spec"
	"github.com/attestantio/go-eth2-client/spec/altair"
	"github.com/attestantio/go-eth2-client/spec/electra"
	"github.com/attestantio/go-eth2-client/spec/phase0"
	blst "github.com/supranational/blst/bindings/go"
)

// clientSigner signs the way a validator client does: domains and object
// roots from go-eth2-client, signatures from blst.
type clientSigner struct {
	t    *testing.T
	e    *testEnv
	keys []*blst.SecretKey
}

func (c clientSigner) domain(dt DomainType) phase0.Domain {
	d := clientDomain(c.t, c.e.sim.cfg.Forks.Electra, c.e.sim.GenesisValidatorsRoot())
	copy(d[:4], dt[:])
	return d
}

type hashable interface{ HashTreeRoot() ([32]byte, error) }

type sszUint64 uint64

func (u sszUint64) HashTreeRoot() ([32]byte, error) { return uint64Chunk(uint64(u)), nil }

type sszRoot phase0.Root

func (r sszRoot) HashTreeRoot() ([32]byte, error) { return r, nil }

func (c clientSigner) sign(vi uint64, obj hashable, dt DomainType) phase0.BLSSignature {
	c.t.Helper()
	root, err := obj.HashTreeRoot()
	if err != nil {
		c.t.Fatal(err)
	}
	sr, err := (&phase0.SigningData{ObjectRoot: root, Domain: c.domain(dt)}).HashTreeRoot()
	if err != nil {
		c.t.Fatal(err)
	}
	return phase0.BLSSignature(new(blst.P2Affine).Sign(c.keys[vi], sr[:], blsDST).Compress())
}

func TestAggregationThroughEth2Client(t *testing.T) {
	// 256 validators, 8 slots: one committee of 32 per slot, so
	// is_aggregator's modulo is 2 and some members are not aggregators.
	e := newTestEnv(t, 256, nil)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	c := newEth2Client(t, ctx, e.url)
	cs := clientSigner{t, e, e.keys}
	const slot = 1
	e.advanceTo(slot, 4*time.Second)
	if n := e.attestAll(slot); n != 32 {
		t.Fatalf("%d attesters at slot %d, want 32", n, slot)
	}
	data := e.attestationData(slot)
	dataRoot, _ := data.HashTreeRoot()

	resp, err := c.AggregateAttestation(ctx, &api.AggregateAttestationOpts{Slot: slot, AttestationDataRoot: dataRoot, CommitteeIndex: 0})
	if err != nil {
		t.Fatalf("AggregateAttestation: %v", err)
	}
	agg := resp.Data.Electra
	if agg == nil || agg.AggregationBits.Count() != 32 || agg.AggregationBits.Len() != 32 || !agg.CommitteeBits.BitAt(0) || agg.CommitteeBits.Count() != 1 {
		t.Fatalf("aggregate: %+v", resp.Data)
	}
	if _, err := c.AggregateAttestation(ctx, &api.AggregateAttestationOpts{Slot: slot, AttestationDataRoot: phase0.Root{1}, CommitteeIndex: 0}); err == nil || !strings.Contains(err.Error(), "404") {
		t.Fatalf("aggregate for an unknown data root: %v", err)
	}

	// Members and their selection proofs.
	committee := e.sim.dutiesAt(t, slot)
	var aggregator, other uint64 = 1 << 62, 1 << 62
	proofs := map[uint64]phase0.BLSSignature{}
	for _, vi := range committee {
		proofs[vi] = cs.sign(vi, sszUint64(slot), DomainSelectionProof)
		if isAggregator(32, proofs[vi]) {
			aggregator = min(aggregator, vi)
		} else {
			other = min(other, vi)
		}
	}
	if aggregator > 255 || other > 255 {
		t.Fatalf("need an aggregator and a non-aggregator among %v", committee)
	}
	err = c.SubmitBeaconCommitteeSubscriptions(ctx, []*apiv1.BeaconCommitteeSubscription{
		{ValidatorIndex: phase0.ValidatorIndex(aggregator), Slot: slot, CommitteeIndex: 0, CommitteesAtSlot: 1, IsAggregator: true},
		{ValidatorIndex: phase0.ValidatorIndex(other), Slot: slot, CommitteeIndex: 0, CommitteesAtSlot: 1, IsAggregator: false},
	})
	if err != nil {
		t.Fatalf("SubmitBeaconCommitteeSubscriptions: %v", err)
	}

	signed := func(vi uint64, a *electra.Attestation, proof phase0.BLSSignature) *spec.VersionedSignedAggregateAndProof {
		msg := &electra.AggregateAndProof{AggregatorIndex: phase0.ValidatorIndex(vi), Aggregate: a, SelectionProof: proof}
		return &spec.VersionedSignedAggregateAndProof{Version: spec.DataVersionElectra,
			Electra: &electra.SignedAggregateAndProof{Message: msg, Signature: cs.sign(vi, msg, DomainAggregateAndProof)}}
	}
	submit := func(s *spec.VersionedSignedAggregateAndProof) error {
		return c.SubmitAggregateAttestations(ctx, &api.SubmitAggregateAttestationsOpts{SignedAggregateAndProofs: []*spec.VersionedSignedAggregateAndProof{s}})
	}
	good := signed(aggregator, agg, proofs[aggregator])
	for range 2 { // a resubmission is accepted again and counts once
		if err := submit(good); err != nil {
			t.Fatalf("valid aggregate: %v", err)
		}
	}

	// Failures, each with its reason.
	copyAgg := func(f func(a *electra.Attestation)) *electra.Attestation {
		a := *agg
		a.AggregationBits = bitfield.Bitlist(append([]byte(nil), agg.AggregationBits...))
		f(&a)
		return &a
	}
	outsider := uint64(0)
	for d, ok := e.sim.Duty(0, outsider); ok && d.Slot == slot; d, ok = e.sim.Duty(0, outsider) {
		outsider++
	}
	tests := []struct {
		name, reason string
		s            *spec.VersionedSignedAggregateAndProof
	}{
		{"bad outer signature", reasonBadSignature, func() *spec.VersionedSignedAggregateAndProof {
			s := signed(aggregator, agg, proofs[aggregator])
			s.Electra.Signature = proofs[aggregator]
			return s
		}()},
		{"not an aggregator", reasonNotAggregator, signed(other, agg, proofs[other])},
		{"selection proof of another slot", reasonBadSelectionProof, signed(aggregator, agg, cs.sign(aggregator, sszUint64(slot+1), DomainSelectionProof))},
		{"not in the committee", reasonNoDuty, signed(outsider, agg, cs.sign(outsider, sszUint64(slot), DomainSelectionProof))},
		{"two committee bits", reasonBadIndex, signed(aggregator, copyAgg(func(a *electra.Attestation) {
			a.CommitteeBits = bitfield.NewBitvector64()
			a.CommitteeBits.SetBitAt(0, true)
			a.CommitteeBits.SetBitAt(1, true)
		}), proofs[aggregator])},
		{"bits of another length", reasonBadAggregationBits, signed(aggregator, copyAgg(func(a *electra.Attestation) {
			a.AggregationBits = bitfield.NewBitlist(31)
			a.AggregationBits.SetBitAt(0, true)
		}), proofs[aggregator])},
		{"a bit more than signed", reasonBadAggregateSignature, signed(aggregator, copyAgg(func(a *electra.Attestation) {
			a.AggregationBits.SetBitAt(0, false)
		}), proofs[aggregator])},
		{"unknown aggregator", reasonUnknownValidator, signed(aggregator, agg, proofs[aggregator])},
	}
	tests[len(tests)-1].s.Electra.Message.AggregatorIndex = 9999
	for _, tt := range tests {
		err := submit(tt.s)
		if err == nil || !strings.Contains(err.Error(), tt.reason+":") {
			t.Errorf("%s: %v, want a %s rejection", tt.name, err, tt.reason)
		}
	}
	got := e.sim.SlotDuties(slot)
	want := SlotDuties{AggregatesDue: 1, AggregatesAccepted: 1, AggregateRejections: len(tests), SyncMessagesDue: got.SyncMessagesDue}
	if got != want {
		t.Fatalf("slot duties %+v, want %+v", got, want)
	}
	if a := e.sim.Aggregators(slot); len(a) != 1 || a[0] != aggregator {
		t.Fatalf("aggregators %v, want [%d]", a, aggregator)
	}
	if st := e.sim.EpochStats(0); st.AggregatesAccepted != 1 || st.AggregatesDue != 1 || st.AggregateRejections != len(tests) {
		t.Fatalf("epoch stats %+v", st)
	}
}

// dutiesAt returns the members of committee 0 at slot.
func (s *Sim) dutiesAt(t *testing.T, slot uint64) []uint64 {
	t.Helper()
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]uint64(nil), s.dutiesLocked(s.epochOf(slot)).committee(slot%s.cfg.SlotsPerEpoch, 0)...)
}

func TestSyncCommitteeThroughEth2Client(t *testing.T) {
	// 64 validators, the last one pending: 512 seats drawn from 63.
	const n = 64
	e := newTestEnv(t, n, func(c *Config) { c.Validators[n-1].Status = StatusPending })
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	c := newEth2Client(t, ctx, e.url)
	cs := clientSigner{t, e, e.keys}

	all := make([]phase0.ValidatorIndex, n)
	for i := range all {
		all[i] = phase0.ValidatorIndex(i)
	}
	dresp, err := c.SyncCommitteeDuties(ctx, &api.SyncCommitteeDutiesOpts{Epoch: 0, Indices: all})
	if err != nil {
		t.Fatalf("SyncCommitteeDuties: %v", err)
	}
	seats := e.sim.SyncCommittee()
	if len(seats) != 512 {
		t.Fatalf("%d seats", len(seats))
	}
	bySeat := map[uint64]uint64{}
	for _, d := range dresp.Data {
		if d.ValidatorIndex == n-1 {
			t.Fatal("pending validator has a sync duty")
		}
		for _, p := range d.ValidatorSyncCommitteeIndices {
			bySeat[uint64(p)] = uint64(d.ValidatorIndex)
		}
	}
	for i, vi := range seats {
		if bySeat[uint64(i)] != vi {
			t.Fatalf("seat %d: duties say %d, committee %d", i, bySeat[uint64(i)], vi)
		}
	}
	if err := c.SubmitSyncCommitteeSubscriptions(ctx, []*apiv1.SyncCommitteeSubscription{{ValidatorIndex: 1, SyncCommitteeIndices: []phase0.CommitteeIndex{0}, UntilEpoch: 1}}); err != nil {
		t.Fatalf("SubmitSyncCommitteeSubscriptions: %v", err)
	}

	const slot = 1
	e.advanceTo(slot, 4*time.Second)
	rresp, err := c.BeaconBlockRoot(ctx, &api.BeaconBlockRootOpts{Block: "head"})
	if err != nil {
		t.Fatal(err)
	}
	head := *rresp.Data
	members := map[uint64]bool{}
	for _, vi := range seats {
		members[vi] = true
	}
	var msgs []*altair.SyncCommitteeMessage
	for vi := range members {
		msgs = append(msgs, &altair.SyncCommitteeMessage{Slot: slot, BeaconBlockRoot: head, ValidatorIndex: phase0.ValidatorIndex(vi),
			Signature: cs.sign(vi, sszRoot(head), DomainSyncCommittee)})
	}
	// A bad signature first (the member may still send its message).
	bad := *msgs[0]
	bad.Signature = msgs[1].Signature
	if err := c.SubmitSyncCommitteeMessages(ctx, []*altair.SyncCommitteeMessage{&bad}); err == nil || !strings.Contains(err.Error(), reasonBadSignature+":") {
		t.Fatalf("bad signature: %v", err)
	}
	if err := c.SubmitSyncCommitteeMessages(ctx, msgs); err != nil {
		t.Fatalf("SubmitSyncCommitteeMessages: %v", err)
	}
	if d := e.sim.SlotDuties(slot); d.SyncMessagesDue != len(members) || d.SyncMessagesAccepted != len(members) {
		t.Fatalf("sync messages: %+v, %d members", d, len(members))
	}

	// The contribution of subcommittee 0 names every seat and verifies
	// (checked here with blst over the seats' keys, repeats included).
	cresp, err := c.SyncCommitteeContribution(ctx, &api.SyncCommitteeContributionOpts{Slot: slot, SubcommitteeIndex: 0, BeaconBlockRoot: head})
	if err != nil {
		t.Fatalf("SyncCommitteeContribution: %v", err)
	}
	contrib := cresp.Data
	if contrib.AggregationBits.Count() != 128 {
		t.Fatalf("contribution has %d bits", contrib.AggregationBits.Count())
	}
	var pks []*blst.P1Affine
	for i := range 128 {
		pks = append(pks, e.sim.validators[seats[i]].pk)
	}
	sroot, _ := (&phase0.SigningData{ObjectRoot: head, Domain: cs.domain(DomainSyncCommittee)}).HashTreeRoot()
	if sig := new(blst.P2Affine).Uncompress(contrib.Signature[:]); sig == nil || !sig.FastAggregateVerify(true, pks, sroot[:], blsDST) {
		t.Fatal("contribution signature does not verify")
	}

	// An aggregator of subcommittee 0, a member that is not one, and a
	// validator without a seat in it.
	selProof := func(vi, sub uint64) phase0.BLSSignature {
		return cs.sign(vi, &altair.SyncAggregatorSelectionData{Slot: slot, SubcommitteeIndex: sub}, DomainSyncCommitteeSelectionProof)
	}
	in0 := map[uint64]bool{}
	for i := range 128 {
		in0[seats[i]] = true
	}
	aggregator, other, outsider := -1, -1, -1
	for vi := range uint64(n - 1) {
		switch {
		case !in0[vi] && outsider < 0:
			outsider = int(vi)
		case in0[vi] && isSyncCommitteeAggregator(selProof(vi, 0)) && aggregator < 0:
			aggregator = int(vi)
		case in0[vi] && !isSyncCommitteeAggregator(selProof(vi, 0)) && other < 0:
			other = int(vi)
		}
	}
	if aggregator < 0 || other < 0 || outsider < 0 {
		t.Fatalf("aggregator %d, other %d, outsider %d", aggregator, other, outsider)
	}
	signed := func(vi int, c *altair.SyncCommitteeContribution, proof phase0.BLSSignature) *altair.SignedContributionAndProof {
		m := &altair.ContributionAndProof{AggregatorIndex: phase0.ValidatorIndex(vi), Contribution: c, SelectionProof: proof}
		return &altair.SignedContributionAndProof{Message: m, Signature: cs.sign(uint64(vi), m, DomainContributionAndProof)}
	}
	good := signed(aggregator, contrib, selProof(uint64(aggregator), 0))
	for range 2 {
		if err := c.SubmitSyncCommitteeContributions(ctx, []*altair.SignedContributionAndProof{good}); err != nil {
			t.Fatalf("valid contribution: %v", err)
		}
	}
	tampered := func(f func(c *altair.SyncCommitteeContribution)) *altair.SyncCommitteeContribution {
		cc := *contrib
		cc.AggregationBits = bitfield.Bitvector128(append([]byte(nil), contrib.AggregationBits...))
		f(&cc)
		return &cc
	}
	tests := []struct {
		name, reason string
		s            *altair.SignedContributionAndProof
	}{
		{"bad outer signature", reasonBadSignature, func() *altair.SignedContributionAndProof {
			s := signed(aggregator, contrib, selProof(uint64(aggregator), 0))
			s.Signature = msgs[0].Signature
			return s
		}()},
		{"not an aggregator", reasonNotAggregator, signed(other, contrib, selProof(uint64(other), 0))},
		{"selection proof of another subcommittee", reasonBadSelectionProof, signed(aggregator, contrib, selProof(uint64(aggregator), 1))},
		{"no seat in the subcommittee", reasonNoDuty, signed(outsider, contrib, selProof(uint64(outsider), 0))},
		{"no participants", reasonNoParticipants, signed(aggregator, tampered(func(c *altair.SyncCommitteeContribution) {
			c.AggregationBits = bitfield.NewBitvector128()
		}), selProof(uint64(aggregator), 0))},
		{"a bit less than signed", reasonBadAggregateSignature, signed(aggregator, tampered(func(c *altair.SyncCommitteeContribution) {
			c.AggregationBits.SetBitAt(5, false)
		}), selProof(uint64(aggregator), 0))},
		{"subcommittee 4", reasonBadIndex, signed(aggregator, tampered(func(c *altair.SyncCommitteeContribution) { c.SubcommitteeIndex = 4 }), selProof(uint64(aggregator), 4))},
	}
	for _, tt := range tests {
		err := c.SubmitSyncCommitteeContributions(ctx, []*altair.SignedContributionAndProof{tt.s})
		if err == nil || !strings.Contains(err.Error(), tt.reason+":") {
			t.Errorf("%s: %v, want a %s rejection", tt.name, err, tt.reason)
		}
	}

	// Sync message failures.
	genesis := phase0.Root(mustBlock(t, e.sim, 0).Root)
	msgTests := []struct {
		name, reason string
		m            *altair.SyncCommitteeMessage
	}{
		{"a second message", reasonDuplicate, &altair.SyncCommitteeMessage{Slot: slot, BeaconBlockRoot: genesis, ValidatorIndex: msgs[0].ValidatorIndex,
			Signature: cs.sign(uint64(msgs[0].ValidatorIndex), sszRoot(genesis), DomainSyncCommittee)}},
		{"not a member", reasonNoDuty, &altair.SyncCommitteeMessage{Slot: slot, BeaconBlockRoot: head, ValidatorIndex: n - 1, Signature: cs.sign(n-1, sszRoot(head), DomainSyncCommittee)}},
		{"unknown head", reasonUnknownHead, &altair.SyncCommitteeMessage{Slot: slot, BeaconBlockRoot: phase0.Root{7}, ValidatorIndex: msgs[0].ValidatorIndex, Signature: msgs[0].Signature}},
		{"future slot", reasonFutureSlot, &altair.SyncCommitteeMessage{Slot: slot + 2, BeaconBlockRoot: head, ValidatorIndex: msgs[0].ValidatorIndex, Signature: msgs[0].Signature}},
	}
	for _, tt := range msgTests {
		err := c.SubmitSyncCommitteeMessages(ctx, []*altair.SyncCommitteeMessage{tt.m})
		if err == nil || !strings.Contains(err.Error(), tt.reason+":") {
			t.Errorf("%s: %v, want a %s rejection", tt.name, err, tt.reason)
		}
	}
	// The future slot's rejection is accounted to the slot it claims.
	if d := e.sim.SlotDuties(slot + 2); d.SyncMessageRejections != 1 {
		t.Fatalf("slot %d: %+v", slot+2, d)
	}
	got := e.sim.SlotDuties(slot)
	want := SlotDuties{SyncMessagesDue: len(members), SyncMessagesAccepted: len(members), ContributionsAccepted: 1,
		SyncMessageRejections: len(msgTests), ContributionRejections: len(tests)}
	if got != want {
		t.Fatalf("slot duties %+v, want %+v", got, want)
	}
	if cs := e.sim.Contributions(slot); len(cs) != 1 || cs[0] != (Contribution{uint64(aggregator), 0}) {
		t.Fatalf("contributions %v", cs)
	}

	// A slot later the messages of slot 1 are too old.
	e.advanceTo(slot+1, 4*time.Second)
	err = c.SubmitSyncCommitteeMessages(ctx, msgs[:1])
	if err == nil || !strings.Contains(err.Error(), fmt.Sprint(reasonTooOld, ":")) {
		t.Fatalf("late message: %v", err)
	}
}
