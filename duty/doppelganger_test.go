package duty

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/attestantio/go-eth2-client/spec/phase0"
)

type fakeLiveness struct {
	live map[phase0.Epoch]map[phase0.ValidatorIndex]bool
	err  error
}

func (f fakeLiveness) Liveness(_ context.Context, epoch phase0.Epoch, _ []phase0.ValidatorIndex) (map[phase0.ValidatorIndex]bool, error) {
	return f.live[epoch], f.err
}

func TestGuardAdmit(t *testing.T) {
	tm := Timing{Genesis: time.Unix(0, 0), SlotDuration: time.Second, SlotsPerEpoch: 8}
	now := func() time.Time { return tm.SlotStart(10 * 8) } // epoch 10
	v := &Validator{Pubkey: phase0.BLSPubKey{1}, Index: 5}
	liveIn := func(e phase0.Epoch) fakeLiveness {
		return fakeLiveness{live: map[phase0.Epoch]map[phase0.ValidatorIndex]bool{e: {5: true}}}
	}
	for _, c := range []struct {
		name     string
		beacon   fakeLiveness
		latest   map[phase0.BLSPubKey]phase0.Epoch
		dbErr    error
		disabled bool
		held     bool
	}{
		{"never live, no history", fakeLiveness{}, nil, nil, false, false},
		{"live in the previous epoch", liveIn(9), nil, nil, false, true},
		{"live two epochs ago", liveIn(8), nil, nil, false, true},
		{"live three epochs ago only", liveIn(7), nil, nil, false, false},
		{"live, but signed by this node recently", liveIn(9), map[phase0.BLSPubKey]phase0.Epoch{{1}: 8}, nil, false, false},
		{"live, signed by this node long ago", liveIn(9), map[phase0.BLSPubKey]phase0.Epoch{{1}: 2}, nil, false, false},
		{"liveness unknown", fakeLiveness{err: errors.New("404")}, nil, nil, false, true},
		{"slashing database unreadable", fakeLiveness{}, nil, errors.New("io"), false, true},
		{"disabled", liveIn(9), nil, nil, true, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			g := NewGuard(GuardConfig{
				Beacon: c.beacon, Timing: tm, Now: now, Disabled: c.disabled,
				LatestTargets: func([]phase0.BLSPubKey) (map[phase0.BLSPubKey]phase0.Epoch, error) { return c.latest, c.dbErr },
			})
			g.Admit(context.Background(), []*Validator{v})
			if got := g.Held(v.Pubkey); got != c.held {
				t.Fatalf("held %v, want %v", got, c.held)
			}
		})
	}
}

// TestGuardHeldNodeDoesNotSign: a node holding a validator takes part in
// the duty without signing; the other three sign, the held node submits
// their recovered signature and releases the validator.
func TestGuardHeldNodeDoesNotSign(t *testing.T) {
	tc := newTestCluster(t, 2)
	heldNode := tc.nodes[0]
	g := NewGuard(GuardConfig{})
	g.held[phase0.BLSPubKey(tc.keys[0].PublicKey())] = &held{}
	heldNode.attester.cfg.Guard = g
	tc.run(0, 1, 2, 3)
	for i := range tc.nodes {
		tc.checkSubmitted(t, i)
	}
	slashing := heldNode.attester.cfg.Slashing.(*memSlashing)
	if _, signed := slashing.signed[phase0.BLSPubKey(tc.keys[0].PublicKey())]; signed {
		t.Fatal("the held validator was recorded (signed) by the held node")
	}
	if _, signed := slashing.signed[phase0.BLSPubKey(tc.keys[1].PublicKey())]; !signed {
		t.Fatal("the free validator was not signed by the node")
	}
	if g.Held(phase0.BLSPubKey(tc.keys[0].PublicKey())) {
		t.Fatal("not released after the cluster recovered the validator's signature")
	}
}

// TestGuardHeldEverywhere: when every node holds the validator (a fresh
// cluster facing a live doppelganger), nothing is signed for it.
func TestGuardHeldEverywhere(t *testing.T) {
	tc := newTestCluster(t, 1)
	for _, n := range tc.nodes {
		g := NewGuard(GuardConfig{})
		g.held[phase0.BLSPubKey(tc.keys[0].PublicKey())] = &held{}
		n.attester.cfg.Guard = g
	}
	tc.run(0, 1, 2, 3)
	for i, n := range tc.nodes {
		if len(n.beacon.subs) != 0 {
			t.Fatalf("node %d submitted an attestation for a held validator", i+1)
		}
	}
}

// TestGuardReview: a held validator is released after a watched epoch in
// which it was not live, and kept while it is live.
func TestGuardReview(t *testing.T) {
	tm := Timing{Genesis: time.Unix(0, 0), SlotDuration: time.Second, SlotsPerEpoch: 8}
	beacon := fakeLiveness{live: map[phase0.Epoch]map[phase0.ValidatorIndex]bool{4: {5: true}, 5: {5: true}}}
	g := NewGuard(GuardConfig{Beacon: beacon, Timing: tm, Now: func() time.Time { return tm.SlotStart(5 * 8) },
		LatestTargets: func([]phase0.BLSPubKey) (map[phase0.BLSPubKey]phase0.Epoch, error) { return nil, nil }})
	v := &Validator{Pubkey: phase0.BLSPubKey{1}, Index: 5}
	g.Admit(context.Background(), []*Validator{v}) // live in epoch 4: held since epoch 5
	g.Review(context.Background(), 5)
	if !g.Held(v.Pubkey) {
		t.Fatal("released after reviewing the epoch it was held in")
	}
	beacon.live[6] = map[phase0.ValidatorIndex]bool{5: true}
	g.cfg.Beacon = beacon
	g.Review(context.Background(), 6)
	if !g.Held(v.Pubkey) {
		t.Fatal("released although live in a watched epoch")
	}
	g.Review(context.Background(), 7)
	if g.Held(v.Pubkey) {
		t.Fatal("still held after a watched epoch in which it was not live")
	}
}
