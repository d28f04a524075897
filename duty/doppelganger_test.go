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
		{"live, signed by this node long ago", liveIn(9), map[phase0.BLSPubKey]phase0.Epoch{{1}: 7}, nil, false, true},
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
	held := tc.nodes[0]
	g := NewGuard(GuardConfig{})
	g.held[phase0.BLSPubKey(tc.keys[0].PublicKey())] = true
	held.attester.cfg.Guard = g
	tc.run(0, 1, 2, 3)
	for i := range tc.nodes {
		tc.checkSubmitted(t, i)
	}
	slashing := held.attester.cfg.Slashing.(*memSlashing)
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
		g.held[phase0.BLSPubKey(tc.keys[0].PublicKey())] = true
		n.attester.cfg.Guard = g
	}
	tc.run(0, 1, 2, 3)
	for i, n := range tc.nodes {
		if len(n.beacon.subs) != 0 {
			t.Fatalf("node %d submitted an attestation for a held validator", i+1)
		}
	}
}
