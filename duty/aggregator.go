package duty

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	apiv1 "github.com/attestantio/go-eth2-client/api/v1"
	"github.com/attestantio/go-eth2-client/spec/electra"
	"github.com/attestantio/go-eth2-client/spec/phase0"

	"github.com/keystake/keystake/consensus"
	"github.com/keystake/keystake/hotstuff"
	"github.com/keystake/keystake/signing"
)

// AggregatorBeacon is what attestation aggregation needs from this
// operator's beacon node.
type AggregatorBeacon interface {
	AggregateAttestation(ctx context.Context, slot phase0.Slot, dataRoot phase0.Root, index phase0.CommitteeIndex) (*electra.Attestation, error)
	SubmitAggregateAndProofs(ctx context.Context, aggs []*electra.SignedAggregateAndProof) error
	SubmitBeaconCommitteeSubscriptions(ctx context.Context, subs []*apiv1.BeaconCommitteeSubscription) error
}

// AggregatorConfig wires an Aggregator.
type AggregatorConfig struct {
	Beacon    AggregatorBeacon
	Consensus Consensus
	Exchange  *Exchange
	// Attester is where the attestation data each cluster decided comes
	// from: an aggregate is only signed over that data.
	Attester *Attester
	Timing   Timing
	// Domain returns the domain of a domain type at an epoch.
	Domain  func(t phase0.DomainType, epoch phase0.Epoch) (phase0.Domain, error)
	Logger  *slog.Logger
	Metrics *Metrics
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// Guard holds validators back for doppelganger protection; nil: none.
	Guard *Guard
}

// Aggregator performs attestation aggregation for a set of clusters. For
// each cluster and slot with attester duties: the selection proofs (the
// slot signed with DOMAIN_SELECTION_PROOF) are threshold-signed before
// anything is agreed, which tells every operator which validators
// aggregate; at two thirds of the slot, one consensus instance decides the
// aggregates of all the cluster's aggregators (one per committee), each
// checked to be over the attestation data the cluster decided; then every
// aggregator's AggregateAndProof is threshold-signed and submitted.
type Aggregator struct {
	cfg      AggregatorConfig
	byPubkey map[phase0.BLSPubKey][]location
}

// NewAggregator creates an aggregator for clusters.
func NewAggregator(cfg AggregatorConfig, clusters []*Cluster) *Aggregator {
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	g := &Aggregator{cfg: cfg, byPubkey: make(map[phase0.BLSPubKey][]location)}
	for _, c := range clusters {
		for i, v := range c.Validators {
			g.byPubkey[v.Pubkey] = append(g.byPubkey[v.Pubkey], location{c, uint32(i)})
		}
	}
	return g
}

// Aggregate performs the aggregation duties that come with the attester
// duties of slot, one cluster at a time in parallel. Call it up to a slot
// ahead, so that the selection proofs and the committee subscriptions are
// out before the slot; it returns when every cluster's duty is done or has
// failed, by the end of the slot.
func (g *Aggregator) Aggregate(ctx context.Context, slot phase0.Slot, duties []*apiv1.AttesterDuty) {
	byCluster := make(map[*Cluster][]clusterDuty)
	for _, d := range duties {
		for _, l := range g.byPubkey[d.PubKey] {
			byCluster[l.cluster] = append(byCluster[l.cluster], clusterDuty{l.position, d})
		}
	}
	var wg sync.WaitGroup
	for c, ds := range byCluster {
		wg.Go(func() { g.aggregateCluster(ctx, c, slot, ds) })
	}
	wg.Wait()
}

func (g *Aggregator) aggregateCluster(ctx context.Context, c *Cluster, slot phase0.Slot, duties []clusterDuty) {
	ctx, cancel := context.WithDeadline(ctx, g.cfg.Timing.SlotStart(slot+1))
	defer cancel()
	log := g.cfg.Logger.With("slot", slot, "cluster", fmt.Sprintf("%x", c.Hash[:4]))
	aggregators, err := g.selectAggregators(ctx, c, slot, duties, log)
	if err != nil {
		g.cfg.Metrics.duty("aggregator_selection", 0, 1)
		log.Warn("aggregator selection failed", "reason", err)
	}
	if len(aggregators) == 0 {
		return
	}
	submitted, err := g.aggregate(ctx, c, slot, aggregators, log)
	g.cfg.Metrics.duty("aggregator", submitted, len(aggregators)-submitted)
	if err != nil {
		log.Warn("aggregation duty failed", "aggregators", len(aggregators), "submitted", submitted, "reason", err)
		return
	}
	log.Debug("aggregates submitted", "submitted", submitted)
}

// aggregatorDuty is a validator that aggregates, with its selection proof.
type aggregatorDuty struct {
	clusterDuty
	proof phase0.BLSSignature
}

// selectAggregators threshold-signs the duties' selection proofs (until the
// aggregation time), subscribes the beacon node to the committees with
// the aggregators among them, and returns the aggregators. Validators
// whose proof was not recovered in time are left out, with an error.
func (g *Aggregator) selectAggregators(ctx context.Context, c *Cluster, slot phase0.Slot, duties []clusterDuty, log *slog.Logger) ([]aggregatorDuty, error) {
	domain, err := g.cfg.Domain(signing.DomainSelectionProof, g.cfg.Timing.Epoch(slot))
	if err != nil {
		return nil, fmt.Errorf("selection proof domain: %w", err)
	}
	root, err := signing.Root(signing.Uint64(slot), domain)
	if err != nil {
		return nil, err
	}
	signings := make([]Signing, len(duties))
	for i, d := range duties {
		signings[i] = Signing{Entry: d.position, Validator: d.position, Root: root[:]}
	}
	sctx, cancel := context.WithDeadline(ctx, g.cfg.Timing.AggregationTime(slot))
	defer cancel()
	proofs, signErr := g.cfg.Exchange.thresholdSign(sctx, c, slot, DutySelection, signings, g.held(c), log)
	var out []aggregatorDuty
	subs := make([]*apiv1.BeaconCommitteeSubscription, 0, len(duties))
	for _, d := range duties {
		proof, ok := proofs[d.position]
		agg := ok && isAggregator(d.duty.CommitteeLength, phase0.BLSSignature(proof))
		if agg {
			out = append(out, aggregatorDuty{d, phase0.BLSSignature(proof)})
		}
		subs = append(subs, &apiv1.BeaconCommitteeSubscription{ValidatorIndex: d.duty.ValidatorIndex, Slot: slot,
			CommitteeIndex: d.duty.CommitteeIndex, CommitteesAtSlot: d.duty.CommitteesAtSlot, IsAggregator: agg})
	}
	if err := g.cfg.Beacon.SubmitBeaconCommitteeSubscriptions(ctx, subs); err != nil {
		log.Warn("submit beacon committee subscriptions", "err", err)
	}
	if signErr != nil {
		return out, fmt.Errorf("selection proofs: %w", signErr)
	}
	return out, nil
}

// held says whether doppelganger protection holds the validator at a
// position of c.
func (g *Aggregator) held(c *Cluster) func(uint32) bool {
	return func(pos uint32) bool { return g.cfg.Guard.Held(c.Validators[pos].Pubkey) }
}

// aggregate waits for the aggregation time and the cluster's attestation
// data, agrees on the aggregates, signs and submits every aggregator's
// AggregateAndProof. It returns how many were submitted.
func (g *Aggregator) aggregate(ctx context.Context, c *Cluster, slot phase0.Slot, aggs []aggregatorDuty, log *slog.Logger) (int, error) {
	if !sleepUntil(ctx, g.cfg.Now, g.cfg.Timing.AggregationTime(slot)) {
		return 0, ctx.Err()
	}
	data, err := g.cfg.Attester.decisions.wait(ctx, c.Hash, slot)
	if err != nil {
		return 0, errors.New("no attestation data decided for the slot")
	}
	dataRoot, err := data.HashTreeRoot()
	if err != nil {
		return 0, fmt.Errorf("hash attestation data: %w", err)
	}
	committees := make(map[phase0.CommitteeIndex]uint64)
	for _, a := range aggs {
		committees[a.duty.CommitteeIndex] = a.duty.CommitteeLength
	}
	decided, err := g.decide(ctx, c, slot, dataRoot, committees)
	if err != nil {
		return 0, fmt.Errorf("consensus on the aggregates: %w", err)
	}
	msgs, signings, err := g.messages(slot, aggs, decided)
	if err != nil {
		return 0, err
	}
	sigs, signErr := g.cfg.Exchange.thresholdSign(ctx, c, slot, DutyAggregator, signings, g.held(c), log)
	var out []*electra.SignedAggregateAndProof
	for pos, sig := range sigs {
		out = append(out, &electra.SignedAggregateAndProof{Message: msgs[pos], Signature: phase0.BLSSignature(sig)})
	}
	if len(out) > 0 {
		if err := g.cfg.Beacon.SubmitAggregateAndProofs(ctx, out); err != nil {
			return 0, fmt.Errorf("submit %d aggregates: %w", len(out), err)
		}
	}
	return len(out), signErr
}

// decide runs consensus on the slot's aggregates, one per committee with
// an aggregator of the cluster: the leader proposes its beacon node's
// aggregates for the decided data root, every operator checks them.
func (g *Aggregator) decide(ctx context.Context, c *Cluster, slot phase0.Slot, dataRoot phase0.Root, committees map[phase0.CommitteeIndex]uint64) ([]*electra.Attestation, error) {
	inst := consensus.Instance{
		Key:     hotstuff.Key{Cluster: c.Hash, Slot: uint64(slot), Duty: DutyAggregator},
		Members: c.Members,
		Schedule: hotstuff.Schedule{
			Start:    g.cfg.Timing.AggregationTime(slot),
			Base:     g.cfg.Timing.SlotDuration / 12,
			Deadline: g.cfg.Timing.SlotStart(slot + 1),
		},
		Propose: func() ([]byte, error) {
			var atts []*electra.Attestation
			var errs []error
			for ci := range committees {
				a, err := g.cfg.Beacon.AggregateAttestation(ctx, slot, dataRoot, ci)
				if err != nil {
					errs = append(errs, err)
					continue
				}
				atts = append(atts, a)
			}
			if len(atts) == 0 {
				return nil, fmt.Errorf("no aggregate from the beacon node: %w", errors.Join(errs...))
			}
			return encodeList(atts)
		},
		Validate: func(value []byte) error {
			atts, err := decodeAggregates(value)
			if err != nil {
				return err
			}
			return validateAggregates(atts, dataRoot, committees)
		},
	}
	value, _, err := g.cfg.Consensus.Decide(ctx, inst)
	if err != nil {
		return nil, err
	}
	return decodeAggregates(value)
}

// validateAggregates is the consensus hook: each aggregate is over the
// attestation data the cluster decided (by root), for one committee of
// the cluster's aggregators (no committee twice), with as many aggregation
// bits as the committee has members and at least one set.
func validateAggregates(atts []*electra.Attestation, dataRoot phase0.Root, committees map[phase0.CommitteeIndex]uint64) error {
	seen := make(map[phase0.CommitteeIndex]bool)
	for i, a := range atts {
		root, err := a.Data.HashTreeRoot()
		if err != nil {
			return fmt.Errorf("aggregate %d: hash data: %w", i, err)
		}
		if root != dataRoot {
			return fmt.Errorf("aggregate %d over data %#x, not the data the cluster attested to (%#x)", i, root, dataRoot)
		}
		if a.CommitteeBits.Len() != maxCommitteesPerSlot || a.CommitteeBits.Count() != 1 {
			return fmt.Errorf("aggregate %d does not name exactly one committee", i)
		}
		ci := phase0.CommitteeIndex(a.CommitteeBits.BitIndices()[0])
		length, ok := committees[ci]
		switch {
		case !ok:
			return fmt.Errorf("aggregate %d for committee %d, which has no aggregator of ours", i, ci)
		case seen[ci]:
			return fmt.Errorf("two aggregates for committee %d", ci)
		case a.AggregationBits.Len() != length:
			return fmt.Errorf("aggregate %d has %d aggregation bits for a committee of %d", i, a.AggregationBits.Len(), length)
		case a.AggregationBits.Count() == 0:
			return fmt.Errorf("aggregate %d has no aggregation bit set", i)
		}
		seen[ci] = true
	}
	return nil
}

// messages builds every aggregator's AggregateAndProof over its
// committee's decided aggregate, with its signing root. Aggregators whose
// committee has no decided aggregate are left out.
func (g *Aggregator) messages(slot phase0.Slot, aggs []aggregatorDuty, decided []*electra.Attestation) (map[uint32]*electra.AggregateAndProof, []Signing, error) {
	byCommittee := make(map[phase0.CommitteeIndex]*electra.Attestation, len(decided))
	for _, a := range decided {
		byCommittee[phase0.CommitteeIndex(a.CommitteeBits.BitIndices()[0])] = a
	}
	domain, err := g.cfg.Domain(signing.DomainAggregateAndProof, g.cfg.Timing.Epoch(slot))
	if err != nil {
		return nil, nil, fmt.Errorf("aggregate and proof domain: %w", err)
	}
	msgs := make(map[uint32]*electra.AggregateAndProof)
	var signings []Signing
	for _, a := range aggs {
		att := byCommittee[a.duty.CommitteeIndex]
		if att == nil {
			continue
		}
		m := &electra.AggregateAndProof{AggregatorIndex: a.duty.ValidatorIndex, Aggregate: att, SelectionProof: a.proof}
		root, err := signing.Root(m, domain)
		if err != nil {
			return nil, nil, err
		}
		msgs[a.position] = m
		signings = append(signings, Signing{Entry: a.position, Validator: a.position, Root: root[:]})
	}
	if len(signings) == 0 {
		return nil, nil, errors.New("no decided aggregate for any aggregator's committee")
	}
	return msgs, signings, nil
}

// sleepUntil waits until t on the clock now, or ctx's end (false).
func sleepUntil(ctx context.Context, now func() time.Time, t time.Time) bool {
	timer := time.NewTimer(max(t.Sub(now()), 0))
	defer timer.Stop()
	select {
	case <-timer.C:
		return true
	case <-ctx.Done():
		return false
	}
}
