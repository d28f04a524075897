package duty

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"errors"
	"strings"
	"sync"
	"testing"

	"github.com/OffchainLabs/go-bitfield"
	apiv1 "github.com/attestantio/go-eth2-client/api/v1"
	"github.com/attestantio/go-eth2-client/spec/altair"
	"github.com/attestantio/go-eth2-client/spec/phase0"

	"github.com/keystake/keystake/internal/blstcheck"
	"github.com/keystake/keystake/signing"
)

// syncBeacon is a fake beacon node for sync committee duties.
type syncBeacon struct {
	*fakeBeacon
	head          phase0.Root
	mu            sync.Mutex
	messages      []*altair.SyncCommitteeMessage
	contributions []*altair.SignedContributionAndProof
	subscriptions []*apiv1.SyncCommitteeSubscription
}

func (b *syncBeacon) SyncCommitteeDuties(context.Context, phase0.Epoch, []phase0.ValidatorIndex) ([]*apiv1.SyncCommitteeDuty, error) {
	return nil, errors.New("not used")
}

func (b *syncBeacon) SubmitSyncCommitteeSubscriptions(_ context.Context, subs []*apiv1.SyncCommitteeSubscription) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.subscriptions = append(b.subscriptions, subs...)
	return nil
}

func (b *syncBeacon) HeadRoot(context.Context) (phase0.Root, error) { return b.head, nil }

func (b *syncBeacon) SubmitSyncCommitteeMessages(_ context.Context, msgs []*altair.SyncCommitteeMessage) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.messages = append(b.messages, msgs...)
	return nil
}

func testContribution(slot phase0.Slot, sub uint64, root phase0.Root) *altair.SyncCommitteeContribution {
	bits := bitfield.NewBitvector128()
	bits.SetBitAt(3, true)
	return &altair.SyncCommitteeContribution{Slot: slot, BeaconBlockRoot: root, SubcommitteeIndex: sub, AggregationBits: bits}
}

func (b *syncBeacon) SyncCommitteeContribution(_ context.Context, slot phase0.Slot, sub uint64, root phase0.Root) (*altair.SyncCommitteeContribution, error) {
	return testContribution(slot, sub, root), nil
}

func (b *syncBeacon) SubmitContributionAndProofs(_ context.Context, cs []*altair.SignedContributionAndProof) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.contributions = append(b.contributions, cs...)
	return nil
}

// syncDuties seats every validator of tc in every subcommittee.
func (tc *testCluster) syncDuties() []*apiv1.SyncCommitteeDuty {
	var out []*apiv1.SyncCommitteeDuty
	for v, sk := range tc.keys {
		d := &apiv1.SyncCommitteeDuty{PubKey: phase0.BLSPubKey(sk.PublicKey()), ValidatorIndex: phase0.ValidatorIndex(100 + v)}
		for sub := range phase0.CommitteeIndex(4) {
			d.ValidatorSyncCommitteeIndices = append(d.ValidatorSyncCommitteeIndices, sub*128+phase0.CommitteeIndex(v))
		}
		out = append(out, d)
	}
	return out
}

// expectedContributions computes with the validators' keys which
// (validator, subcommittee) pairs aggregate at slot.
func (tc *testCluster) expectedContributions(slot phase0.Slot) map[[2]uint64]bool {
	domain, _ := testDomains(signing.DomainSyncCommitteeSelectionProof, 0)
	out := make(map[[2]uint64]bool)
	for v, sk := range tc.keys {
		for sub := range uint64(4) {
			root, _ := signing.Root(&altair.SyncAggregatorSelectionData{Slot: slot, SubcommitteeIndex: sub}, domain)
			if isSyncAggregator(phase0.BLSSignature(sk.Sign(root[:]))) {
				out[[2]uint64{uint64(100 + v), sub}] = true
			}
		}
	}
	return out
}

// syncCommittees gives every node of tc a SyncCommittee whose beacon node
// has head as its head block.
func (tc *testCluster) syncCommittees(head phase0.Root) ([]*SyncCommittee, []*syncBeacon) {
	var out []*SyncCommittee
	var beacons []*syncBeacon
	for _, n := range tc.nodes {
		b := &syncBeacon{fakeBeacon: n.beacon, head: head}
		beacons = append(beacons, b)
		out = append(out, NewSyncCommittee(SyncConfig{
			Beacon: b, Consensus: n.mgr, Exchange: n.attester.x, Timing: tc.tm, Domain: testDomains,
		}, n.attester.x.clusterList()))
	}
	return out, beacons
}

func runSync(scs []*SyncCommittee, duties []*apiv1.SyncCommitteeDuty, nodes ...int) {
	var wg sync.WaitGroup
	for _, i := range nodes {
		wg.Go(func() { scs[i].Message(context.Background(), 1, duties) })
		wg.Go(func() { scs[i].Contribute(context.Background(), 1, duties) })
	}
	wg.Wait()
}

// TestSyncCommitteeDuties: with one operator down, every member's message
// over the agreed head root and exactly the contributions of the
// aggregators (as their own keys select them) are submitted, with
// signatures that verify under blst.
func TestSyncCommitteeDuties(t *testing.T) {
	var tc *testCluster
	var want map[[2]uint64]bool
	for range 10 { // 8 validators in 4 subcommittees: an aggregator but for 1.4% of clusters
		tc = newTestCluster(t, 8)
		if want = tc.expectedContributions(1); len(want) > 0 {
			break
		}
	}
	scs, beacons := tc.syncCommittees(knownParent)
	tc.net.down[string(tc.nodes[3].id.Public().(ed25519.PublicKey))] = true
	runSync(scs, tc.syncDuties(), 0, 1, 2)
	msgDomain, _ := testDomains(signing.DomainSyncCommittee, 0)
	msgRoot, _ := signing.Root(blockRoot(knownParent), msgDomain)
	capDomain, _ := testDomains(signing.DomainContributionAndProof, 0)
	for _, i := range []int{0, 1, 2} {
		b := beacons[i]
		if len(b.messages) != len(tc.keys) {
			t.Fatalf("node %d submitted %d sync messages, want %d", i+1, len(b.messages), len(tc.keys))
		}
		for _, m := range b.messages {
			pk := tc.keys[m.ValidatorIndex-100].PublicKey()
			if m.BeaconBlockRoot != knownParent || m.Slot != 1 || blstcheck.Verify(pk[:], msgRoot[:], m.Signature[:]) != nil {
				t.Fatalf("node %d: bad sync message %+v", i+1, m)
			}
		}
		got := make(map[[2]uint64]bool)
		for _, c := range b.contributions {
			m := c.Message
			got[[2]uint64{uint64(m.AggregatorIndex), m.Contribution.SubcommitteeIndex}] = true
			pk := tc.keys[m.AggregatorIndex-100].PublicKey()
			root, _ := signing.Root(m, capDomain)
			if m.Contribution.BeaconBlockRoot != knownParent || blstcheck.Verify(pk[:], root[:], c.Signature[:]) != nil {
				t.Fatalf("node %d: bad contribution and proof of %d", i+1, m.AggregatorIndex)
			}
		}
		if len(got) != len(want) || len(b.contributions) != len(want) {
			t.Fatalf("node %d: contributions %v, want %v", i+1, got, want)
		}
		for k := range want {
			if !got[k] {
				t.Fatalf("node %d: no contribution of %v", i+1, k)
			}
		}
	}
}

// TestSyncCommitteeUnknownHead: a head root that the operators' beacon
// nodes do not know is never agreed on, so nothing is signed.
func TestSyncCommitteeUnknownHead(t *testing.T) {
	tc := newTestCluster(t, 2)
	scs, beacons := tc.syncCommittees(phase0.Root{0x99})
	runSync(scs, tc.syncDuties(), 0, 1, 2, 3)
	for i, b := range beacons {
		if len(b.messages) != 0 || len(b.contributions) != 0 {
			t.Fatalf("node %d submitted %d messages and %d contributions for an unknown head", i+1, len(b.messages), len(b.contributions))
		}
	}
}

func TestValidateContributions(t *testing.T) {
	root := phase0.Root{1}
	subs := map[uint64]bool{0: true, 3: true}
	tests := []struct {
		name string
		cs   []*altair.SyncCommitteeContribution
		err  string
	}{
		{"two subcommittees", []*altair.SyncCommitteeContribution{testContribution(5, 0, root), testContribution(5, 3, root)}, ""},
		{"other slot", []*altair.SyncCommitteeContribution{testContribution(6, 0, root)}, "for slot 6"},
		{"other root", []*altair.SyncCommitteeContribution{testContribution(5, 0, phase0.Root{2})}, "not the root the cluster signed"},
		{"subcommittee without our aggregator", []*altair.SyncCommitteeContribution{testContribution(5, 1, root)}, "no aggregator of ours"},
		{"a subcommittee twice", []*altair.SyncCommitteeContribution{testContribution(5, 0, root), testContribution(5, 0, root)}, "two contributions"},
		{"no participant", []*altair.SyncCommitteeContribution{{Slot: 5, BeaconBlockRoot: root, AggregationBits: bitfield.NewBitvector128()}}, "no participant"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			value, err := encodeList(tt.cs)
			if err != nil {
				t.Fatal(err)
			}
			cs, err := decodeContributions(value)
			if err != nil {
				t.Fatal(err)
			}
			err = validateContributions(cs, 5, root, subs)
			if tt.err == "" && err != nil || tt.err != "" && (err == nil || !strings.Contains(err.Error(), tt.err)) {
				t.Fatalf("got %v, want %q", err, tt.err)
			}
		})
	}
	five, _ := encodeList([]*altair.SyncCommitteeContribution{testContribution(5, 0, root), testContribution(5, 0, root),
		testContribution(5, 0, root), testContribution(5, 0, root), testContribution(5, 0, root)})
	if _, err := decodeContributions(five); err == nil {
		t.Fatal("five contributions decoded")
	}
}

// FuzzDecodeContributions: the consensus value decoder never panics, and
// what it accepts encodes back to the same bytes.
func FuzzDecodeContributions(f *testing.F) {
	good, _ := encodeList([]*altair.SyncCommitteeContribution{testContribution(5, 0, phase0.Root{1}), testContribution(5, 2, phase0.Root{1})})
	f.Add(good)
	f.Add(good[:7])
	f.Fuzz(func(t *testing.T, b []byte) {
		cs, err := decodeContributions(b)
		if err != nil {
			return
		}
		again, err := encodeList(cs)
		if err != nil || !bytes.Equal(again, b) {
			t.Fatalf("round trip differs: %v", err)
		}
	})
}
