package duty

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/attestantio/go-eth2-client/api"
	apiv1 "github.com/attestantio/go-eth2-client/api/v1"
	"github.com/attestantio/go-eth2-client/spec/phase0"

	"github.com/keystake/keystake/consensus"
	"github.com/keystake/keystake/hotstuff"
	"github.com/keystake/keystake/signing"
	"github.com/keystake/keystake/tbls"
)

// ProposerConfig wires a Proposer.
type ProposerConfig struct {
	Beacon    ProposerBeacon
	Consensus Consensus
	Slashing  BlockSlashing
	Exchange  *Exchange
	Timing    Timing
	// Domain returns the domain of a domain type at an epoch.
	Domain   func(t phase0.DomainType, epoch phase0.Epoch) (phase0.Domain, error)
	Graffiti [32]byte
	Logger   *slog.Logger
	Metrics  *Metrics
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// Guard holds validators back for doppelganger protection; nil: none.
	Guard *Guard
}

// Proposer performs block proposal duties. A proposal is latency-critical:
// the block must be out well within the first third of its slot. So the
// RANDAO reveal, which only depends on the epoch, is threshold-signed
// during the slot before; consensus on the block starts at the slot start
// with views a sixteenth of a slot long at first (0.75 s for 12 s slots), so
// that a slow or crashed leader is replaced in time; and the whole duty
// gives up at a third of the slot, after which a block would come too late
// to be attested.
type Proposer struct {
	cfg      ProposerConfig
	byPubkey map[phase0.BLSPubKey]location
}

// NewProposer creates a proposer for clusters.
func NewProposer(cfg ProposerConfig, clusters []*Cluster) *Proposer {
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	p := &Proposer{cfg: cfg, byPubkey: make(map[phase0.BLSPubKey]location)}
	for _, c := range clusters {
		for i, v := range c.Validators {
			p.byPubkey[v.Pubkey] = location{c, uint32(i)}
		}
	}
	return p
}

// Propose performs one proposal duty of one of the proposer's validators
// (others are ignored). Call it during the slot before the duty's slot; it
// returns once the block is submitted or the duty has failed.
func (p *Proposer) Propose(ctx context.Context, duty *apiv1.ProposerDuty) {
	loc, ok := p.byPubkey[duty.PubKey]
	if !ok {
		return
	}
	if p.cfg.Guard.Held(duty.PubKey) {
		p.cfg.Logger.Warn("block proposal skipped: validator held by doppelganger protection", "slot", duty.Slot, "validator", duty.PubKey.String())
		return
	}
	deadline := p.cfg.Timing.SlotStart(duty.Slot).Add(p.cfg.Timing.SlotDuration / 3)
	ctx, cancel := context.WithDeadline(ctx, deadline)
	defer cancel()
	log := p.cfg.Logger.With("slot", duty.Slot, "validator", duty.PubKey.String(), "cluster", fmt.Sprintf("%x", loc.cluster.Hash[:4]))
	root, err := p.propose(ctx, loc.cluster, loc.position, duty, log)
	if err != nil {
		p.cfg.Metrics.proposed(false)
		log.Warn("block proposal failed", "reason", err)
		return
	}
	p.cfg.Metrics.proposed(true)
	log.Info("block proposed", "root", fmt.Sprintf("%#x", root), "after", p.cfg.Now().Sub(p.cfg.Timing.SlotStart(duty.Slot)).Round(time.Millisecond))
}

func (p *Proposer) propose(ctx context.Context, c *Cluster, pos uint32, duty *apiv1.ProposerDuty, log *slog.Logger) (phase0.Root, error) {
	reveal, err := p.startRandao(ctx, c, pos, duty.Slot, log)
	if err != nil {
		return phase0.Root{}, fmt.Errorf("RANDAO reveal: %w", err)
	}
	prop, err := p.decide(ctx, c, pos, duty, reveal)
	if err != nil {
		if _, rerr := reveal.get(); rerr != nil {
			err = fmt.Errorf("%w; RANDAO reveal: %v", err, rerr)
		}
		return phase0.Root{}, fmt.Errorf("consensus on the block: %w", err)
	}
	root, err := p.signingRoot(prop)
	if err != nil {
		return phase0.Root{}, err
	}
	rec := BlockRecord{Pubkey: duty.PubKey, Slot: duty.Slot, SigningRoot: root}
	if err := p.cfg.Slashing.CheckAndRecordBlocks([]BlockRecord{rec})[0]; err != nil {
		return phase0.Root{}, fmt.Errorf("slashing protection refused to sign: %w", err)
	}
	sig, err := p.thresholdSign(ctx, c, pos, duty.Slot, DutyProposer, root, log)
	if err != nil {
		return phase0.Root{}, fmt.Errorf("block signature: %w", err)
	}
	if err := p.cfg.Beacon.SubmitProposal(ctx, prop.signed(phase0.BLSSignature(sig))); err != nil {
		return phase0.Root{}, err
	}
	return root, nil
}

// revealState is the cluster's RANDAO reveal for a proposal, recovered in
// the background: root is what it signs, done closes once it is recovered
// or recovery has failed.
type revealState struct {
	root phase0.Root
	done chan struct{}
	sig  phase0.BLSSignature
	err  error
}

// get returns the reveal, or why there is none (yet).
func (r *revealState) get() (phase0.BLSSignature, error) {
	select {
	case <-r.done:
		return r.sig, r.err
	default:
		return phase0.BLSSignature{}, errors.New("not recovered yet")
	}
}

// wait returns the reveal once recovery has ended, or ctx's error.
func (r *revealState) wait(ctx context.Context) (phase0.BLSSignature, error) {
	select {
	case <-r.done:
		return r.sig, r.err
	case <-ctx.Done():
		return phase0.BLSSignature{}, ctx.Err()
	}
}

// startRandao threshold-signs the epoch of slot, the block's RANDAO reveal,
// recovering it in the background until ctx ends. An operator that cannot
// recover it (it restarted and missed the others' partials) still takes
// part in consensus on the block, checking the leader's reveal instead.
func (p *Proposer) startRandao(ctx context.Context, c *Cluster, pos uint32, slot phase0.Slot, log *slog.Logger) (*revealState, error) {
	epoch := p.cfg.Timing.Epoch(slot)
	domain, err := p.cfg.Domain(signing.DomainRandao, epoch)
	if err != nil {
		return nil, fmt.Errorf("RANDAO domain: %w", err)
	}
	root, err := signing.Root(signing.Uint64(epoch), domain)
	if err != nil {
		return nil, err
	}
	r := &revealState{root: root, done: make(chan struct{})}
	go func() {
		defer close(r.done)
		sig, err := p.thresholdSign(ctx, c, pos, slot, DutyRandao, root, log)
		r.sig, r.err = phase0.BLSSignature(sig), err
	}()
	return r, nil
}

// checkReveal checks the RANDAO reveal of a proposed block: equal to the
// cluster's if this operator has it, else a valid signature of the
// validator over the epoch.
func (p *Proposer) checkReveal(c *Cluster, pos uint32, reveal *revealState, got phase0.BLSSignature) error {
	if own, err := reveal.get(); err == nil {
		if got != own {
			return errors.New("block with another RANDAO reveal than the cluster's")
		}
		return nil
	}
	root := reveal.root // a copy: cgo must not see the struct's pointers
	if err := tbls.Verify(tbls.PublicKey(c.Validators[pos].Pubkey), root[:], tbls.Signature(got)); err != nil {
		return fmt.Errorf("block with an invalid RANDAO reveal: %w", err)
	}
	return nil
}

// thresholdSign signs root with this operator's share of validator pos,
// shares the partial and waits for the validator's signature to be
// recovered from the cluster's partials.
func (p *Proposer) thresholdSign(ctx context.Context, c *Cluster, pos uint32, slot phase0.Slot, duty uint8, root phase0.Root, log *slog.Logger) (tbls.Signature, error) {
	x := p.cfg.Exchange
	st := x.collectorFor(c, slot, duty)
	x.decided(st, root[:], []uint32{pos})
	raw, err := tbls.SignManyRaw([]*tbls.SecretKey{c.Validators[pos].Share}, root[:])
	if err != nil {
		return tbls.Signature{}, err
	}
	x.share(c, slot, duty, st, []Partial{{Validator: pos, Signature: raw[0]}})
	for {
		x.recover(st, log)
		var ready map[uint32]tbls.Signature
		x.with(st, func(col *collector) { ready, _ = col.ready() })
		if sig, ok := ready[pos]; ok {
			return sig, nil
		}
		select {
		case <-st.changed:
		case <-ctx.Done():
			var ops map[int]bool
			x.with(st, func(col *collector) { _, ops = col.missing() })
			return tbls.Signature{}, fmt.Errorf("not enough partial signatures by the deadline: none from operators %v", sortedKeys(ops))
		}
	}
}

// decide runs consensus on the block: the leader proposes what its beacon
// node produced, every operator validates it against its own view.
func (p *Proposer) decide(ctx context.Context, c *Cluster, pos uint32, duty *apiv1.ProposerDuty, reveal *revealState) (*proposal, error) {
	start := p.cfg.Timing.SlotStart(duty.Slot)
	fetch := func() (*api.VersionedProposal, error) {
		randao, err := reveal.wait(ctx)
		if err != nil {
			return nil, fmt.Errorf("RANDAO reveal: %w", err)
		}
		return p.cfg.Beacon.Proposal(ctx, duty.Slot, randao, p.cfg.Graffiti)
	}
	// Every operator asks its beacon node for a block at the slot start,
	// leader of the first view or not, so that whoever leads a later view
	// has its block at hand; a failed fetch is tried again when needed.
	own := make(chan *api.VersionedProposal, 1)
	go func() {
		defer close(own)
		select {
		case <-time.After(start.Sub(p.cfg.Now())):
		case <-ctx.Done():
			return
		}
		if vp, err := fetch(); err == nil {
			own <- vp
		}
	}()
	inst := consensus.Instance{
		Key:     hotstuff.Key{Cluster: c.Hash, Slot: uint64(duty.Slot), Duty: DutyProposer},
		Members: c.Members,
		Schedule: hotstuff.Schedule{
			Start:    start,
			Base:     p.cfg.Timing.SlotDuration / 16,
			Deadline: start.Add(p.cfg.Timing.SlotDuration / 3),
		},
		Propose: func() ([]byte, error) {
			// Without the reveal there is no block yet; the leader tries
			// again on the next event rather than block the instance.
			if _, err := reveal.get(); err != nil {
				return nil, err
			}
			vp, ok := <-own
			if !ok {
				var err error
				if vp, err = fetch(); err != nil {
					return nil, err
				}
			}
			return encodeProposal(vp)
		},
		Validate: func(value []byte) error {
			prop, err := decodeProposal(value)
			if err != nil {
				return err
			}
			return p.validate(ctx, c, pos, duty, reveal, prop)
		},
	}
	value, _, err := p.cfg.Consensus.Decide(ctx, inst)
	if err != nil {
		return nil, err
	}
	return decodeProposal(value)
}

// validate is the consensus hook: the block must be for the duty's slot and
// validator, carry the cluster's RANDAO reveal and the validator's fee
// recipient, build on a block this operator's beacon node knows, and be
// slashing-safe.
func (p *Proposer) validate(ctx context.Context, c *Cluster, pos uint32, duty *apiv1.ProposerDuty, reveal *revealState, prop *proposal) error {
	b := prop.header()
	switch {
	case b.slot != duty.Slot:
		return fmt.Errorf("block for slot %d, not %d", b.slot, duty.Slot)
	case b.proposer != duty.ValidatorIndex:
		return fmt.Errorf("block by validator %d, not %d", b.proposer, duty.ValidatorIndex)
	case b.feeRecipient != c.Validators[pos].FeeRecipient:
		return fmt.Errorf("block pays fee recipient %s, not %s", b.feeRecipient, c.Validators[pos].FeeRecipient)
	}
	if err := p.checkReveal(c, pos, reveal, b.randao); err != nil {
		return err
	}
	known, err := p.cfg.Beacon.BlockKnown(ctx, b.parent)
	if err != nil {
		return fmt.Errorf("look up the parent block: %w", err)
	}
	if !known {
		return fmt.Errorf("parent block %#x unknown to our beacon node", b.parent)
	}
	root, err := p.signingRoot(prop)
	if err != nil {
		return err
	}
	return p.cfg.Slashing.CheckBlocks([]BlockRecord{{Pubkey: duty.PubKey, Slot: duty.Slot, SigningRoot: root}})[0]
}

// signingRoot is the block's signing root under DOMAIN_BEACON_PROPOSER.
func (p *Proposer) signingRoot(prop *proposal) (phase0.Root, error) {
	domain, err := p.cfg.Domain(signing.DomainBeaconProposer, p.cfg.Timing.Epoch(prop.header().slot))
	if err != nil {
		return phase0.Root{}, fmt.Errorf("proposer domain: %w", err)
	}
	return signing.Root(prop.object(), domain)
}
