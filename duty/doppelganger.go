package duty

import (
	"context"
	"log/slog"
	"sync"
	"time"

	"github.com/attestantio/go-eth2-client/spec/phase0"
)

// Doppelganger protection. A validator key that signs in two places is
// slashed; the usual way for that to happen is a validator client that
// still runs the original key after it was split and given to a cluster.
// So when a node first sees a validator active, it decides whether it may
// sign for it:
//
//   - it may if its slashing database has any attestation of the
//     validator: the node has been running it with its cluster, and the
//     validator's liveness while the node was away (a restart, however
//     long) is the cluster's doing. Holding it then would only take one
//     more operator out of a cluster that may already miss one;
//   - otherwise (a node taking the validator up for the first time, as in
//     a fresh cluster) it asks its beacon node whether the validator was
//     live in the DoppelgangerEpochs epochs before the current one; if so,
//     or if it cannot find out, the validator is held.
//
// A held validator's duties still run (consensus, partial signatures from
// the other operators, submission of what they recover), but this node
// does not sign for it. It is released as soon as the cluster recovers one
// of its signatures without this node, which proves the other operators
// run it (from then on this node signing adds no risk that is not already
// there), or once an epoch since it was held has passed in which the
// validator was not live (Review): whatever signed it before has stopped.
// A fresh cluster facing a running doppelganger therefore stays silent
// until an operator looks. The protection can be turned off (Disabled).
const DoppelgangerEpochs = 2

// LivenessBeacon reports which validators the chain saw live in an epoch.
type LivenessBeacon interface {
	Liveness(ctx context.Context, epoch phase0.Epoch, indices []phase0.ValidatorIndex) (map[phase0.ValidatorIndex]bool, error)
}

// GuardConfig wires a Guard.
type GuardConfig struct {
	Beacon LivenessBeacon
	// LatestTargets returns the highest attestation target the slashing
	// database records per validator (absent: none).
	LatestTargets func(pubkeys []phase0.BLSPubKey) (map[phase0.BLSPubKey]phase0.Epoch, error)
	Timing        Timing
	Logger        *slog.Logger
	Metrics       *Metrics
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// Disabled turns the protection off: every validator may be signed for.
	Disabled bool
}

// Guard holds the validators this node must not sign for yet. A nil Guard
// holds nothing.
type Guard struct {
	cfg  GuardConfig
	mu   sync.Mutex
	held map[phase0.BLSPubKey]*held
}

// held is a held validator: its index and the epoch it was held in.
type held struct {
	index phase0.ValidatorIndex
	since phase0.Epoch
}

// NewGuard creates a guard.
func NewGuard(cfg GuardConfig) *Guard {
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	return &Guard{cfg: cfg, held: make(map[phase0.BLSPubKey]*held)}
}

// Admit decides, for validators that just became active, whether this node
// may sign for them (see the rules above). Failures to find out hold the
// validators concerned.
func (g *Guard) Admit(ctx context.Context, vals []*Validator) {
	if g == nil || g.cfg.Disabled || len(vals) == 0 {
		return
	}
	epoch := g.cfg.Timing.Epoch(g.cfg.Timing.SlotAt(g.cfg.Now()))
	pubkeys := make([]phase0.BLSPubKey, len(vals))
	for i, v := range vals {
		pubkeys[i] = v.Pubkey
	}
	latest, err := g.cfg.LatestTargets(pubkeys)
	if err != nil {
		g.hold(vals, epoch, "slashing database unreadable", err)
		return
	}
	var unknown []*Validator
	for _, v := range vals {
		if _, ok := latest[v.Pubkey]; !ok {
			unknown = append(unknown, v)
		}
	}
	live, err := g.liveBefore(ctx, epoch, unknown)
	if err != nil {
		g.hold(unknown, epoch, "liveness unknown", err)
		return
	}
	var seen []*Validator
	for _, v := range unknown {
		if live[v.Index] {
			seen = append(seen, v)
		}
	}
	g.hold(seen, epoch, "live on chain before this node started", nil)
}

// Review releases the held validators that were not live in epoch, an
// epoch that began when they were already held. Call it once the epoch's
// attestations have had time to be seen (the middle of the next epoch).
func (g *Guard) Review(ctx context.Context, epoch phase0.Epoch) {
	if g == nil {
		return
	}
	g.mu.Lock()
	var pks []phase0.BLSPubKey
	var indices []phase0.ValidatorIndex
	for pk, h := range g.held {
		if h.since < epoch {
			pks = append(pks, pk)
			indices = append(indices, h.index)
		}
	}
	g.mu.Unlock()
	if len(pks) == 0 {
		return
	}
	live, err := g.cfg.Beacon.Liveness(ctx, epoch, indices)
	if err != nil {
		g.cfg.Logger.Warn("doppelganger protection: liveness unknown", "epoch", epoch, "err", err)
		return
	}
	for i, pk := range pks {
		if !live[indices[i]] {
			g.release(pk, "not live in a watched epoch")
		}
	}
}

// liveBefore asks which validators were live in the epochs before epoch.
func (g *Guard) liveBefore(ctx context.Context, epoch phase0.Epoch, vals []*Validator) (map[phase0.ValidatorIndex]bool, error) {
	live := make(map[phase0.ValidatorIndex]bool)
	if len(vals) == 0 {
		return live, nil
	}
	indices := make([]phase0.ValidatorIndex, len(vals))
	for i, v := range vals {
		indices[i] = v.Index
	}
	for back := phase0.Epoch(1); back <= DoppelgangerEpochs && back <= epoch; back++ {
		got, err := g.cfg.Beacon.Liveness(ctx, epoch-back, indices)
		if err != nil {
			return nil, err
		}
		for i, l := range got {
			live[i] = live[i] || l
		}
	}
	return live, nil
}

func (g *Guard) hold(vals []*Validator, epoch phase0.Epoch, reason string, err error) {
	if len(vals) == 0 {
		return
	}
	g.mu.Lock()
	for _, v := range vals {
		g.held[v.Pubkey] = &held{index: v.Index, since: epoch}
	}
	n := len(g.held)
	g.mu.Unlock()
	g.cfg.Metrics.doppelgangerHeld(n)
	g.cfg.Logger.Error("doppelganger protection: not signing for validators until the cluster is seen running them without this node",
		"validators", len(vals), "first", vals[0].Pubkey.String(), "reason", reason, "err", err)
}

// Held reports whether this node must not sign for the validator.
func (g *Guard) Held(pk phase0.BLSPubKey) bool {
	if g == nil {
		return false
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.held[pk] != nil
}

// Release lets this node sign for a held validator: the cluster was seen
// recovering its signature without this node.
func (g *Guard) Release(pk phase0.BLSPubKey) {
	if g != nil {
		g.release(pk, "the cluster signs for it")
	}
}

func (g *Guard) release(pk phase0.BLSPubKey, reason string) {
	g.mu.Lock()
	was := g.held[pk] != nil
	delete(g.held, pk)
	n := len(g.held)
	g.mu.Unlock()
	if was {
		g.cfg.Metrics.doppelgangerHeld(n)
		g.cfg.Logger.Info("doppelganger protection: signing for the validator from now on", "validator", pk.String(), "reason", reason)
	}
}
