package duty

import (
	"context"
	"sync"
	"testing"
	"time"

	apiv1 "github.com/attestantio/go-eth2-client/api/v1"
	"github.com/attestantio/go-eth2-client/spec/phase0"
)

// TestSchedulerAttests runs the four nodes' schedulers: validators start
// unresolved, get their indices from the beacon node, and every node
// submits the attestations of the duty slot.
func TestSchedulerAttests(t *testing.T) {
	tc := newTestCluster(t, 2)
	dutySlot := tc.tm.SlotAt(time.Now()) + 2
	index := make(map[phase0.BLSPubKey]phase0.ValidatorIndex)
	for v, sk := range tc.keys {
		index[phase0.BLSPubKey(sk.PublicKey())] = phase0.ValidatorIndex(100 + v)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 4*tc.tm.SlotDuration)
	defer cancel()
	var wg sync.WaitGroup
	for _, n := range tc.nodes {
		n.beacon.index = index
		n.beacon.duties = func(epoch phase0.Epoch) []*apiv1.AttesterDuty {
			if tc.tm.Epoch(dutySlot) != epoch {
				return nil
			}
			return tc.duties(dutySlot)
		}
		c := n.attester.clusters[[32]byte{7}]
		for _, v := range c.Validators {
			v.Active, v.Index = false, 0
		}
		s := NewScheduler(SchedulerConfig{Beacon: n.beacon, Validators: n.beacon, Attester: n.attester, Clusters: []*Cluster{c}, Timing: tc.tm})
		wg.Add(1)
		go func() { defer wg.Done(); _ = s.Run(ctx) }()
	}
	wg.Wait()
	for i, n := range tc.nodes {
		n.beacon.mu.Lock()
		got := len(n.beacon.subs)
		n.beacon.mu.Unlock()
		if got != 2 {
			t.Fatalf("node %d submitted %d attestations, want 2", i+1, got)
		}
		for _, v := range n.attester.clusters[[32]byte{7}].Validators {
			if !v.Active || v.Index < 100 {
				t.Fatalf("node %d: validator %s not resolved", i+1, v.Pubkey)
			}
		}
	}
}

// TestDueForNextEpoch: the next epoch's duties are fetched from the middle
// of the epoch on, once at a time, and not again once known.
func TestDueForNextEpoch(t *testing.T) {
	s := NewScheduler(SchedulerConfig{Timing: Timing{Genesis: time.Unix(0, 0), SlotDuration: time.Second, SlotsPerEpoch: 8}})
	for _, c := range []struct {
		slot phase0.Slot
		want bool
	}{
		{8, false}, {11, false}, // first half of epoch 1
		{12, true},  // middle: fetch epoch 2
		{13, false}, // still fetching
	} {
		if got := s.dueForNextEpoch(c.slot); got != c.want {
			t.Fatalf("slot %d: due %v, want %v", c.slot, got, c.want)
		}
	}
	s.mu.Lock()
	delete(s.fetching, 2) // the fetch failed
	s.mu.Unlock()
	if !s.dueForNextEpoch(14) {
		t.Fatal("not retried after a failed fetch")
	}
	s.mu.Lock()
	delete(s.fetching, 2)
	s.duties[2] = map[phase0.Slot][]*apiv1.AttesterDuty{}
	s.mu.Unlock()
	if s.dueForNextEpoch(15) {
		t.Fatal("fetched again once known")
	}
	one := NewScheduler(SchedulerConfig{Timing: Timing{Genesis: time.Unix(0, 0), SlotDuration: time.Second, SlotsPerEpoch: 1}})
	if !one.dueForNextEpoch(5) {
		t.Fatal("one slot per epoch: next epoch not fetched")
	}
}

// TestSchedulerFirstSlot: a node started before genesis performs the
// genesis slot's duties; one started later, the next slot's.
func TestSchedulerFirstSlot(t *testing.T) {
	genesis := time.Unix(1000, 0)
	for _, c := range []struct {
		now  time.Time
		want phase0.Slot
	}{
		{genesis.Add(-time.Minute), 0},
		{genesis.Add(-time.Millisecond), 0},
		{genesis, 1},
		{genesis.Add(5*time.Second + time.Millisecond), 6},
	} {
		s := NewScheduler(SchedulerConfig{Timing: Timing{Genesis: genesis, SlotDuration: time.Second, SlotsPerEpoch: 8}, Now: func() time.Time { return c.now }})
		if got := s.firstSlot(); got != c.want {
			t.Errorf("at %v from genesis: first slot %d, want %d", c.now.Sub(genesis), got, c.want)
		}
	}
}

// TestSchedulerProposes: the schedulers register the fee recipients, learn
// the proposal duty and the four nodes publish the slot's block.
func TestSchedulerProposes(t *testing.T) {
	tc := newTestCluster(t, 1)
	d := tc.proposalDuty()
	d.Slot++ // a slot ahead, so that the scheduler starts it a slot early
	ctx, cancel := context.WithTimeout(context.Background(), 4*tc.tm.SlotDuration)
	defer cancel()
	var wg sync.WaitGroup
	for _, n := range tc.nodes {
		n.beacon.proposerDuties = func(epoch phase0.Epoch) []*apiv1.ProposerDuty {
			if tc.tm.Epoch(d.Slot) != epoch {
				return nil
			}
			return []*apiv1.ProposerDuty{d}
		}
		c := n.attester.clusters[[32]byte{7}]
		s := NewScheduler(SchedulerConfig{Beacon: n.beacon, Validators: n.beacon, Attester: n.attester, Proposer: n.proposer, Clusters: []*Cluster{c}, Timing: tc.tm})
		wg.Add(1)
		go func() { defer wg.Done(); _ = s.Run(ctx) }()
	}
	wg.Wait()
	for i, n := range tc.nodes {
		tc.checkProposed(t, i, d)
		if len(n.beacon.prepared) == 0 || n.beacon.prepared[0].FeeRecipient != n.attester.clusters[[32]byte{7}].Validators[0].FeeRecipient {
			t.Fatalf("node %d registered fee recipients %v", i+1, n.beacon.prepared)
		}
	}
}
