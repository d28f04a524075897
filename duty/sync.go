package duty

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sort"
	"sync"
	"time"

	apiv1 "github.com/attestantio/go-eth2-client/api/v1"
	"github.com/attestantio/go-eth2-client/spec/altair"
	"github.com/attestantio/go-eth2-client/spec/phase0"

	"github.com/keystake/keystake/consensus"
	"github.com/keystake/keystake/hotstuff"
	"github.com/keystake/keystake/signing"
)

// SyncBeacon is what sync committee duties need from this operator's
// beacon node.
type SyncBeacon interface {
	SyncCommitteeDuties(ctx context.Context, epoch phase0.Epoch, indices []phase0.ValidatorIndex) ([]*apiv1.SyncCommitteeDuty, error)
	SubmitSyncCommitteeSubscriptions(ctx context.Context, subs []*apiv1.SyncCommitteeSubscription) error
	// HeadRoot returns the root of the beacon node's head block.
	HeadRoot(ctx context.Context) (phase0.Root, error)
	// BlockKnown says whether the beacon node has the block with root.
	BlockKnown(ctx context.Context, root phase0.Root) (bool, error)
	SubmitSyncCommitteeMessages(ctx context.Context, msgs []*altair.SyncCommitteeMessage) error
	SyncCommitteeContribution(ctx context.Context, slot phase0.Slot, subcommittee uint64, root phase0.Root) (*altair.SyncCommitteeContribution, error)
	SubmitContributionAndProofs(ctx context.Context, cs []*altair.SignedContributionAndProof) error
}

// SyncConfig wires a SyncCommittee.
type SyncConfig struct {
	Beacon    SyncBeacon
	Consensus Consensus
	Exchange  *Exchange
	Timing    Timing
	// Domain returns the domain of a domain type at an epoch.
	Domain  func(t phase0.DomainType, epoch phase0.Epoch) (phase0.Domain, error)
	Logger  *slog.Logger
	Metrics *Metrics
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// Guard holds validators back for doppelganger protection; nil: none.
	Guard *Guard
}

// SyncCommittee performs the sync committee duties of a set of clusters.
// Every slot, one consensus instance per cluster decides the head block
// root that all the cluster's members sign (DOMAIN_SYNC_COMMITTEE), at the
// same moment as attestations (the slot's block or a third of the slot).
// The sync selection proofs (SyncAggregatorSelectionData, one per member
// and subcommittee it sits in) are threshold-signed a slot ahead; at two
// thirds of the slot, one consensus instance per cluster decides the
// contributions of its aggregators' subcommittees, each checked to be for
// the root the cluster signed; then every aggregator's
// ContributionAndProof is threshold-signed and submitted.
type SyncCommittee struct {
	cfg      SyncConfig
	byPubkey map[phase0.BLSPubKey][]location
	// roots are the head block roots decided per cluster and slot.
	roots *book[phase0.Root]
}

// NewSyncCommittee creates the sync committee duties of clusters.
func NewSyncCommittee(cfg SyncConfig, clusters []*Cluster) *SyncCommittee {
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	s := &SyncCommittee{cfg: cfg, byPubkey: make(map[phase0.BLSPubKey][]location), roots: newBook[phase0.Root]()}
	for _, c := range clusters {
		for i, v := range c.Validators {
			s.byPubkey[v.Pubkey] = append(s.byPubkey[v.Pubkey], location{c, uint32(i)})
		}
	}
	return s
}

// syncDuty is a member's duty with its position in its cluster.
type syncDuty struct {
	position uint32
	duty     *apiv1.SyncCommitteeDuty
}

// subcommittees returns the subcommittees the member has a seat in,
// ascending.
func (d syncDuty) subcommittees() []uint64 {
	seen := make(map[uint64]bool)
	var out []uint64
	for _, p := range d.duty.ValidatorSyncCommitteeIndices {
		if sub := uint64(p) / syncSubcommitteeSize; !seen[sub] {
			seen[sub] = true
			out = append(out, sub)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

func (s *SyncCommittee) byCluster(duties []*apiv1.SyncCommitteeDuty) map[*Cluster][]syncDuty {
	out := make(map[*Cluster][]syncDuty)
	for _, d := range duties {
		for _, l := range s.byPubkey[d.PubKey] {
			out[l.cluster] = append(out[l.cluster], syncDuty{l.position, d})
		}
	}
	return out
}

func (s *SyncCommittee) held(c *Cluster) func(uint32) bool {
	return func(pos uint32) bool { return s.cfg.Guard.Held(c.Validators[pos].Pubkey) }
}

// Subscribe asks the beacon node to follow the members' sync committee
// subnets until the end of epoch until.
func (s *SyncCommittee) Subscribe(ctx context.Context, duties []*apiv1.SyncCommitteeDuty, until phase0.Epoch) {
	subs := make([]*apiv1.SyncCommitteeSubscription, 0, len(duties))
	for _, d := range duties {
		subs = append(subs, &apiv1.SyncCommitteeSubscription{ValidatorIndex: d.ValidatorIndex, SyncCommitteeIndices: d.ValidatorSyncCommitteeIndices, UntilEpoch: until})
	}
	if err := s.cfg.Beacon.SubmitSyncCommitteeSubscriptions(ctx, subs); err != nil {
		s.cfg.Logger.Warn("submit sync committee subscriptions", "err", err)
	}
}

// Message performs the sync committee messages of slot for the members
// among duties, one cluster at a time in parallel, and returns when all
// are done or have failed (by the end of the slot).
func (s *SyncCommittee) Message(ctx context.Context, slot phase0.Slot, duties []*apiv1.SyncCommitteeDuty) {
	var wg sync.WaitGroup
	for c, ds := range s.byCluster(duties) {
		wg.Go(func() {
			ctx, cancel := context.WithDeadline(ctx, s.cfg.Timing.SlotStart(slot+1))
			defer cancel()
			log := s.cfg.Logger.With("slot", slot, "cluster", fmt.Sprintf("%x", c.Hash[:4]))
			n, err := s.message(ctx, c, slot, ds, log)
			s.cfg.Metrics.duty("sync_message", n, len(ds)-n)
			if err != nil {
				log.Warn("sync committee message duty failed", "members", len(ds), "submitted", n, "reason", err)
			}
		})
	}
	wg.Wait()
	s.roots.prune(slot - min(slot, 4))
}

func (s *SyncCommittee) message(ctx context.Context, c *Cluster, slot phase0.Slot, duties []syncDuty, log *slog.Logger) (int, error) {
	root, err := s.decideRoot(ctx, c, slot)
	if err != nil {
		return 0, fmt.Errorf("consensus on the head block root: %w", err)
	}
	s.roots.put(c.Hash, slot, root)
	domain, err := s.cfg.Domain(signing.DomainSyncCommittee, s.cfg.Timing.Epoch(slot))
	if err != nil {
		return 0, fmt.Errorf("sync committee domain: %w", err)
	}
	sr, err := signing.Root(blockRoot(root), domain)
	if err != nil {
		return 0, err
	}
	signings := make([]Signing, len(duties))
	for i, d := range duties {
		signings[i] = Signing{Entry: d.position, Validator: d.position, Root: sr[:]}
	}
	sigs, signErr := s.cfg.Exchange.thresholdSign(ctx, c, slot, DutySyncMessage, signings, s.held(c), log)
	var msgs []*altair.SyncCommitteeMessage
	for _, d := range duties {
		if sig, ok := sigs[d.position]; ok {
			msgs = append(msgs, &altair.SyncCommitteeMessage{Slot: slot, BeaconBlockRoot: root, ValidatorIndex: d.duty.ValidatorIndex, Signature: phase0.BLSSignature(sig)})
		}
	}
	if len(msgs) > 0 {
		if err := s.cfg.Beacon.SubmitSyncCommitteeMessages(ctx, msgs); err != nil {
			return 0, fmt.Errorf("submit %d sync committee messages: %w", len(msgs), err)
		}
	}
	return len(msgs), signErr
}

// blockRoot is a block root as a signed object: its hash_tree_root is
// itself.
type blockRoot phase0.Root

func (r blockRoot) HashTreeRoot() ([32]byte, error) { return r, nil }

// decideRoot runs consensus on the head block root of slot: the leader
// proposes its beacon node's head, every operator checks that its own
// beacon node has that block.
func (s *SyncCommittee) decideRoot(ctx context.Context, c *Cluster, slot phase0.Slot) (phase0.Root, error) {
	inst := consensus.Instance{
		Key:     hotstuff.Key{Cluster: c.Hash, Slot: uint64(slot), Duty: DutySyncMessage},
		Members: c.Members,
		Schedule: hotstuff.Schedule{
			Start:    s.cfg.Timing.SlotStart(slot),
			Base:     s.cfg.Timing.SlotDuration / 12,
			Deadline: s.cfg.Timing.SlotStart(slot + 1),
		},
		Propose: func() ([]byte, error) {
			root, err := s.cfg.Beacon.HeadRoot(ctx)
			return root[:], err
		},
		Validate: func(value []byte) error {
			if len(value) != len(phase0.Root{}) {
				return fmt.Errorf("head block root of %d bytes", len(value))
			}
			known, err := s.cfg.Beacon.BlockKnown(ctx, phase0.Root(value))
			if err != nil {
				return fmt.Errorf("look up the head block: %w", err)
			}
			if !known {
				return fmt.Errorf("block %#x unknown to our beacon node", value)
			}
			return nil
		},
	}
	value, _, err := s.cfg.Consensus.Decide(ctx, inst)
	if err != nil {
		return phase0.Root{}, err
	}
	if len(value) != len(phase0.Root{}) {
		return phase0.Root{}, fmt.Errorf("decided head block root of %d bytes", len(value))
	}
	return phase0.Root(value), nil
}

// syncAggregator is a member that aggregates for a subcommittee, with its
// selection proof.
type syncAggregator struct {
	syncDuty
	sub   uint64
	proof phase0.BLSSignature
}

// Contribute performs the sync contributions of slot for the members among
// duties, one cluster at a time in parallel. Call it up to a slot ahead,
// so that the selection proofs are ready at two thirds of the slot; it
// returns when every cluster's duty is done or has failed, by the end of
// the slot.
func (s *SyncCommittee) Contribute(ctx context.Context, slot phase0.Slot, duties []*apiv1.SyncCommitteeDuty) {
	var wg sync.WaitGroup
	for c, ds := range s.byCluster(duties) {
		wg.Go(func() {
			ctx, cancel := context.WithDeadline(ctx, s.cfg.Timing.SlotStart(slot+1))
			defer cancel()
			log := s.cfg.Logger.With("slot", slot, "cluster", fmt.Sprintf("%x", c.Hash[:4]))
			aggs, err := s.selectAggregators(ctx, c, slot, ds, log)
			if err != nil {
				s.cfg.Metrics.duty("sync_selection", 0, 1)
				log.Warn("sync aggregator selection failed", "reason", err)
			}
			if len(aggs) == 0 {
				return
			}
			n, err := s.contribute(ctx, c, slot, aggs, log)
			s.cfg.Metrics.duty("sync_contribution", n, len(aggs)-n)
			if err != nil {
				log.Warn("sync contribution duty failed", "aggregators", len(aggs), "submitted", n, "reason", err)
			}
		})
	}
	wg.Wait()
}

// selectAggregators threshold-signs the selection proofs of every member
// and subcommittee it sits in (until the aggregation time) and returns
// the aggregators among them.
func (s *SyncCommittee) selectAggregators(ctx context.Context, c *Cluster, slot phase0.Slot, duties []syncDuty, log *slog.Logger) ([]syncAggregator, error) {
	domain, err := s.cfg.Domain(signing.DomainSyncCommitteeSelectionProof, s.cfg.Timing.Epoch(slot))
	if err != nil {
		return nil, fmt.Errorf("sync selection proof domain: %w", err)
	}
	roots := make(map[uint64][]byte)
	var signings []Signing
	var members []syncAggregator
	for _, d := range duties {
		for _, sub := range d.subcommittees() {
			if roots[sub] == nil {
				r, err := signing.Root(&altair.SyncAggregatorSelectionData{Slot: slot, SubcommitteeIndex: sub}, domain)
				if err != nil {
					return nil, err
				}
				roots[sub] = r[:]
			}
			signings = append(signings, Signing{Entry: entryID(d.position, sub), Validator: d.position, Root: roots[sub]})
			members = append(members, syncAggregator{syncDuty: d, sub: sub})
		}
	}
	sctx, cancel := context.WithDeadline(ctx, s.cfg.Timing.AggregationTime(slot))
	defer cancel()
	proofs, signErr := s.cfg.Exchange.thresholdSign(sctx, c, slot, DutySyncSelection, signings, s.held(c), log)
	var out []syncAggregator
	for _, m := range members {
		if p, ok := proofs[entryID(m.position, m.sub)]; ok && isSyncAggregator(phase0.BLSSignature(p)) {
			m.proof = phase0.BLSSignature(p)
			out = append(out, m)
		}
	}
	if signErr != nil {
		return out, fmt.Errorf("sync selection proofs: %w", signErr)
	}
	return out, nil
}

// contribute waits for the aggregation time and the root the cluster
// signed, agrees on the contributions, signs and submits every
// aggregator's ContributionAndProof. It returns how many were submitted.
func (s *SyncCommittee) contribute(ctx context.Context, c *Cluster, slot phase0.Slot, aggs []syncAggregator, log *slog.Logger) (int, error) {
	if !sleepUntil(ctx, s.cfg.Now, s.cfg.Timing.AggregationTime(slot)) {
		return 0, ctx.Err()
	}
	root, err := s.roots.wait(ctx, c.Hash, slot)
	if err != nil {
		return 0, errors.New("no head block root decided for the slot")
	}
	subs := make(map[uint64]bool)
	for _, a := range aggs {
		subs[a.sub] = true
	}
	decided, err := s.decideContributions(ctx, c, slot, root, subs)
	if err != nil {
		return 0, fmt.Errorf("consensus on the contributions: %w", err)
	}
	msgs, signings, err := s.contributionMessages(slot, aggs, decided)
	if err != nil {
		return 0, err
	}
	sigs, signErr := s.cfg.Exchange.thresholdSign(ctx, c, slot, DutySyncContribution, signings, s.held(c), log)
	var out []*altair.SignedContributionAndProof
	for e, sig := range sigs {
		out = append(out, &altair.SignedContributionAndProof{Message: msgs[e], Signature: phase0.BLSSignature(sig)})
	}
	if len(out) > 0 {
		if err := s.cfg.Beacon.SubmitContributionAndProofs(ctx, out); err != nil {
			return 0, fmt.Errorf("submit %d contributions: %w", len(out), err)
		}
	}
	return len(out), signErr
}

// decideContributions runs consensus on the slot's contributions, one per
// subcommittee with an aggregator of the cluster.
func (s *SyncCommittee) decideContributions(ctx context.Context, c *Cluster, slot phase0.Slot, root phase0.Root, subs map[uint64]bool) ([]*altair.SyncCommitteeContribution, error) {
	inst := consensus.Instance{
		Key:     hotstuff.Key{Cluster: c.Hash, Slot: uint64(slot), Duty: DutySyncContribution},
		Members: c.Members,
		Schedule: hotstuff.Schedule{
			Start:    s.cfg.Timing.AggregationTime(slot),
			Base:     s.cfg.Timing.SlotDuration / 12,
			Deadline: s.cfg.Timing.SlotStart(slot + 1),
		},
		Propose: func() ([]byte, error) {
			var cs []*altair.SyncCommitteeContribution
			var errs []error
			for sub := range subs {
				contrib, err := s.cfg.Beacon.SyncCommitteeContribution(ctx, slot, sub, root)
				if err != nil {
					errs = append(errs, err)
					continue
				}
				cs = append(cs, contrib)
			}
			if len(cs) == 0 {
				return nil, fmt.Errorf("no contribution from the beacon node: %w", errors.Join(errs...))
			}
			return encodeList(cs)
		},
		Validate: func(value []byte) error {
			cs, err := decodeContributions(value)
			if err != nil {
				return err
			}
			return validateContributions(cs, slot, root, subs)
		},
	}
	value, _, err := s.cfg.Consensus.Decide(ctx, inst)
	if err != nil {
		return nil, err
	}
	return decodeContributions(value)
}

// validateContributions is the consensus hook: each contribution is for
// the slot and the block root the cluster's members signed, for a
// subcommittee of the cluster's aggregators (none twice), with at least
// one participant.
func validateContributions(cs []*altair.SyncCommitteeContribution, slot phase0.Slot, root phase0.Root, subs map[uint64]bool) error {
	seen := make(map[uint64]bool)
	for i, c := range cs {
		switch {
		case c.Slot != slot:
			return fmt.Errorf("contribution %d for slot %d, not %d", i, c.Slot, slot)
		case c.BeaconBlockRoot != root:
			return fmt.Errorf("contribution %d for block %#x, not the root the cluster signed (%#x)", i, c.BeaconBlockRoot, root)
		case !subs[c.SubcommitteeIndex]:
			return fmt.Errorf("contribution %d for subcommittee %d, which has no aggregator of ours", i, c.SubcommitteeIndex)
		case seen[c.SubcommitteeIndex]:
			return fmt.Errorf("two contributions for subcommittee %d", c.SubcommitteeIndex)
		case c.AggregationBits.Count() == 0:
			return fmt.Errorf("contribution %d has no participant", i)
		}
		seen[c.SubcommitteeIndex] = true
	}
	return nil
}

// contributionMessages builds every aggregator's ContributionAndProof over
// its subcommittee's decided contribution, keyed by entry, with the
// signing roots.
func (s *SyncCommittee) contributionMessages(slot phase0.Slot, aggs []syncAggregator, decided []*altair.SyncCommitteeContribution) (map[uint32]*altair.ContributionAndProof, []Signing, error) {
	bySub := make(map[uint64]*altair.SyncCommitteeContribution, len(decided))
	for _, c := range decided {
		bySub[c.SubcommitteeIndex] = c
	}
	domain, err := s.cfg.Domain(signing.DomainContributionAndProof, s.cfg.Timing.Epoch(slot))
	if err != nil {
		return nil, nil, fmt.Errorf("contribution and proof domain: %w", err)
	}
	msgs := make(map[uint32]*altair.ContributionAndProof)
	var signings []Signing
	for _, a := range aggs {
		contrib := bySub[a.sub]
		if contrib == nil {
			continue
		}
		m := &altair.ContributionAndProof{AggregatorIndex: a.duty.ValidatorIndex, Contribution: contrib, SelectionProof: a.proof}
		root, err := signing.Root(m, domain)
		if err != nil {
			return nil, nil, err
		}
		e := entryID(a.position, a.sub)
		msgs[e] = m
		signings = append(signings, Signing{Entry: e, Validator: a.position, Root: root[:]})
	}
	if len(signings) == 0 {
		return nil, nil, errors.New("no decided contribution for any aggregator's subcommittee")
	}
	return msgs, signings, nil
}
