package duty

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"strings"
	"sync"
	"testing"

	"github.com/OffchainLabs/go-bitfield"
	apiv1 "github.com/attestantio/go-eth2-client/api/v1"
	"github.com/attestantio/go-eth2-client/spec/electra"
	"github.com/attestantio/go-eth2-client/spec/phase0"

	"github.com/keystake/keystake/internal/blstcheck"
	"github.com/keystake/keystake/signing"
)

func (b *fakeBeacon) AggregateAttestation(_ context.Context, slot phase0.Slot, root phase0.Root, ci phase0.CommitteeIndex) (*electra.Attestation, error) {
	if b.aggregate == nil {
		return nil, errors.New("no aggregate")
	}
	return b.aggregate(slot, root, ci)
}

func (b *fakeBeacon) SubmitAggregateAndProofs(_ context.Context, aggs []*electra.SignedAggregateAndProof) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.aggregates = append(b.aggregates, aggs...)
	return nil
}

func (b *fakeBeacon) SubmitBeaconCommitteeSubscriptions(_ context.Context, subs []*apiv1.BeaconCommitteeSubscription) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.subscriptions = append(b.subscriptions, subs...)
	return nil
}

// testAggregate is an aggregate of committee ci over data: a committee of
// 4 with the first bit set (the signature is not checked by the cluster).
func testAggregate(data *phase0.AttestationData, ci phase0.CommitteeIndex) *electra.Attestation {
	bits := bitfield.NewBitlist(4)
	bits.SetBitAt(0, true)
	cb := bitfield.NewBitvector64()
	cb.SetBitAt(uint64(ci), true)
	return &electra.Attestation{AggregationBits: bits, Data: data, CommitteeBits: cb}
}

// aggregators gives every node of tc an Aggregator whose beacon node
// answers with aggregate.
func (tc *testCluster) aggregators(aggregate func(*phase0.AttestationData, phase0.CommitteeIndex) *electra.Attestation) []*Aggregator {
	var out []*Aggregator
	for _, n := range tc.nodes {
		n.beacon.aggregate = func(slot phase0.Slot, root phase0.Root, ci phase0.CommitteeIndex) (*electra.Attestation, error) {
			d := *n.beacon.data
			d.Slot = slot
			return aggregate(&d, ci), nil
		}
		out = append(out, NewAggregator(AggregatorConfig{
			Beacon: n.beacon, Consensus: n.mgr, Exchange: n.attester.x, Attester: n.attester,
			Timing: tc.tm, Domain: testDomains,
		}, n.attester.cfg.Exchange.clusterList()))
	}
	return out
}

// runAggregation has the given nodes attest and aggregate at slot 1.
func (tc *testCluster) runAggregation(aggs []*Aggregator, nodes ...int) {
	var wg sync.WaitGroup
	for _, i := range nodes {
		wg.Go(func() { tc.nodes[i].attester.Attest(context.Background(), 1, tc.duties(1)) })
		wg.Go(func() { aggs[i].Aggregate(context.Background(), 1, tc.duties(1)) })
	}
	wg.Wait()
}

// TestAggregateAllAggregators: committees of 4 make every validator an
// aggregator; every node subscribes them as aggregators and submits one
// aggregate each, with a selection proof and a signature that verify under
// blst, over the attestation data the cluster decided.
func TestAggregateAllAggregators(t *testing.T) {
	tc := newTestCluster(t, 4)
	aggs := tc.aggregators(testAggregate)
	tc.net.down[string(tc.nodes[3].id.Public().(ed25519.PublicKey))] = true
	tc.runAggregation(aggs, 0, 1, 2)
	selDomain, _ := testDomains(signing.DomainSelectionProof, 0)
	aapDomain, _ := testDomains(signing.DomainAggregateAndProof, 0)
	slotRoot, _ := signing.Root(signing.Uint64(1), selDomain)
	for _, i := range []int{0, 1, 2} {
		b := tc.nodes[i].beacon
		if len(b.aggregates) != len(tc.keys) {
			t.Fatalf("node %d submitted %d aggregates, want %d", i+1, len(b.aggregates), len(tc.keys))
		}
		if len(b.subscriptions) != len(tc.keys) {
			t.Fatalf("node %d sent %d subscriptions", i+1, len(b.subscriptions))
		}
		for _, s := range b.subscriptions {
			if !s.IsAggregator || s.Slot != 1 || s.CommitteesAtSlot != 3 {
				t.Fatalf("node %d: subscription %+v", i+1, s)
			}
		}
		for _, a := range b.aggregates {
			v := int(a.Message.AggregatorIndex) - 100
			pk := tc.keys[v].PublicKey()
			if err := blstcheck.Verify(pk[:], slotRoot[:], a.Message.SelectionProof[:]); err != nil {
				t.Fatalf("node %d, validator %d: selection proof: %v", i+1, v, err)
			}
			root, _ := signing.Root(a.Message, aapDomain)
			if err := blstcheck.Verify(pk[:], root[:], a.Signature[:]); err != nil {
				t.Fatalf("node %d, validator %d: aggregate and proof: %v", i+1, v, err)
			}
			if ci := a.Message.Aggregate.CommitteeBits.BitIndices(); len(ci) != 1 || ci[0] != v%3 || a.Message.Aggregate.Data.Slot != 1 {
				t.Fatalf("node %d, validator %d: aggregate of committee %v at slot %d", i+1, v, ci, a.Message.Aggregate.Data.Slot)
			}
		}
	}
}

// TestAggregateRefusesOtherData: a beacon node that hands out aggregates
// over other attestation data than the cluster decided gets nothing
// signed; the attestations themselves are still submitted.
func TestAggregateRefusesOtherData(t *testing.T) {
	tc := newTestCluster(t, 2)
	aggs := tc.aggregators(func(d *phase0.AttestationData, ci phase0.CommitteeIndex) *electra.Attestation {
		other := *d
		other.BeaconBlockRoot = phase0.Root{0xee}
		return testAggregate(&other, ci)
	})
	tc.runAggregation(aggs, 0, 1, 2, 3)
	for i := range tc.nodes {
		if n := len(tc.nodes[i].beacon.aggregates); n != 0 {
			t.Fatalf("node %d submitted %d aggregates over data the cluster did not decide", i+1, n)
		}
		tc.checkSubmitted(t, i)
	}
}

func TestValidateAggregates(t *testing.T) {
	data := &phase0.AttestationData{Slot: 5, BeaconBlockRoot: phase0.Root{1}, Source: &phase0.Checkpoint{Root: phase0.Root{2}}, Target: &phase0.Checkpoint{Root: phase0.Root{3}}}
	root, _ := data.HashTreeRoot()
	committees := map[phase0.CommitteeIndex]uint64{0: 4, 2: 4}
	other := *data
	other.Slot = 6
	tests := []struct {
		name string
		atts func() []*electra.Attestation
		err  string
	}{
		{"two committees", func() []*electra.Attestation {
			return []*electra.Attestation{testAggregate(data, 0), testAggregate(data, 2)}
		}, ""},
		{"other data", func() []*electra.Attestation { return []*electra.Attestation{testAggregate(&other, 0)} }, "not the data the cluster attested to"},
		{"committee without our aggregator", func() []*electra.Attestation { return []*electra.Attestation{testAggregate(data, 1)} }, "no aggregator of ours"},
		{"a committee twice", func() []*electra.Attestation {
			return []*electra.Attestation{testAggregate(data, 0), testAggregate(data, 0)}
		}, "two aggregates"},
		{"two committee bits", func() []*electra.Attestation {
			a := testAggregate(data, 0)
			a.CommitteeBits.SetBitAt(2, true)
			return []*electra.Attestation{a}
		}, "exactly one committee"},
		{"wrong committee length", func() []*electra.Attestation {
			a := testAggregate(data, 0)
			a.AggregationBits = bitfield.NewBitlist(5)
			a.AggregationBits.SetBitAt(1, true)
			return []*electra.Attestation{a}
		}, "aggregation bits for a committee of 4"},
		{"no bit set", func() []*electra.Attestation {
			a := testAggregate(data, 0)
			a.AggregationBits = bitfield.NewBitlist(4)
			return []*electra.Attestation{a}
		}, "no aggregation bit"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			atts := tt.atts()
			// Through the consensus value encoding, as operators see it.
			value, err := encodeList(atts)
			if err != nil {
				t.Fatal(err)
			}
			decoded, err := decodeAggregates(value)
			if err != nil {
				t.Fatal(err)
			}
			err = validateAggregates(decoded, root, committees)
			if tt.err == "" && err != nil || tt.err != "" && (err == nil || !strings.Contains(err.Error(), tt.err)) {
				t.Fatalf("got %v, want %q", err, tt.err)
			}
		})
	}
}

func TestDecodeAggregatesRejectsMalformed(t *testing.T) {
	data := &phase0.AttestationData{Source: &phase0.Checkpoint{}, Target: &phase0.Checkpoint{}}
	good, _ := encodeList([]*electra.Attestation{testAggregate(data, 0)})
	count := func(n uint32) []byte { return binary.BigEndian.AppendUint32(nil, n) }
	tests := map[string][]byte{
		"empty":          nil,
		"no items":       count(0),
		"65 items":       count(65),
		"truncated":      good[:len(good)-1],
		"trailing bytes": append(bytes.Clone(good), 0),
		"huge item":      append(count(1), 0xff, 0xff, 0xff, 0xff),
		"not SSZ":        append(count(1), append(count(3), 1, 2, 3)...),
	}
	for name, b := range tests {
		if _, err := decodeAggregates(b); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	if _, err := decodeAggregates(good); err != nil {
		t.Fatalf("good value: %v", err)
	}
}

// FuzzDecodeAggregates: the consensus value decoder never panics, and what
// it accepts encodes back to the same bytes.
func FuzzDecodeAggregates(f *testing.F) {
	data := &phase0.AttestationData{Source: &phase0.Checkpoint{}, Target: &phase0.Checkpoint{}}
	good, _ := encodeList([]*electra.Attestation{testAggregate(data, 0), testAggregate(data, 5)})
	f.Add(good)
	f.Add(good[:10])
	f.Fuzz(func(t *testing.T, b []byte) {
		atts, err := decodeAggregates(b)
		if err != nil {
			return
		}
		again, err := encodeList(atts)
		if err != nil || !bytes.Equal(again, b) {
			t.Fatalf("round trip differs: %v", err)
		}
	})
}

func TestIsAggregatorMatchesSpec(t *testing.T) {
	// A proof whose hash starts with 8 little-endian bytes divisible by 4
	// but not 8 is an aggregator in committees of 64..127 (modulo 4), not
	// in committees of 128..191 (modulo 8).
	var proof phase0.BLSSignature
	for i := 0; ; i++ {
		binary.LittleEndian.PutUint64(proof[:], uint64(i))
		h := sha256.Sum256(proof[:])
		if v := binary.LittleEndian.Uint64(h[:8]); v%4 == 0 && v%8 != 0 {
			break
		}
	}
	tests := []struct {
		length uint64
		want   bool
	}{{1, true}, {15, true}, {64, true}, {127, true}, {128, false}, {143, false}}
	for _, tt := range tests {
		if got := isAggregator(tt.length, proof); got != tt.want {
			t.Errorf("committee of %d: %v, want %v", tt.length, got, tt.want)
		}
	}
}
