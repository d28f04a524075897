package duty

import (
	"context"
	"log/slog"
	"strings"
	"sync"
	"time"

	apiv1 "github.com/attestantio/go-eth2-client/api/v1"
	"github.com/attestantio/go-eth2-client/spec/phase0"
)

// Validators resolves validator public keys to their beacon chain state.
type Validators interface {
	Validators(ctx context.Context, pubkeys []phase0.BLSPubKey) (map[phase0.BLSPubKey]*apiv1.Validator, error)
}

// SchedulerConfig wires a Scheduler.
type SchedulerConfig struct {
	Beacon     Beacon
	Validators Validators
	Attester   *Attester
	// Proposer performs block proposals; nil means none.
	Proposer *Proposer
	// Aggregator performs attestation aggregation; nil means none.
	Aggregator *Aggregator
	// Sync performs sync committee duties; nil means none.
	Sync *SyncCommittee
	// Registrar registers the validators with the builders at the start
	// of every epoch; nil means none (no builder).
	Registrar *Registrar
	// Guard decides, when a validator becomes active, whether this node
	// may sign for it (doppelganger protection); nil: always.
	Guard    *Guard
	Clusters []*Cluster
	Timing   Timing
	Logger   *slog.Logger
	// Now is the clock; nil means time.Now.
	Now func() time.Time
}

// Scheduler learns the duties of the clusters' validators half an epoch ahead and
// starts each attestation at the attestation time of its slot (a third into
// the slot), or as soon as the slot's block is seen if that is earlier.
type Scheduler struct {
	cfg   SchedulerConfig
	heads heads

	refreshMu sync.Mutex // serialises refresh, which updates validators

	mu       sync.Mutex
	duties   map[phase0.Epoch]map[phase0.Slot][]*apiv1.AttesterDuty
	fetching map[phase0.Epoch]bool // next epoch's duties being fetched
	// proposals are the proposal duties by epoch and slot, and launched
	// the slots whose proposal has started.
	proposals map[phase0.Epoch]map[phase0.Slot]*apiv1.ProposerDuty
	launched  map[phase0.Slot]bool
	// aggregating are the slots whose aggregation has started.
	aggregating map[phase0.Slot]bool
	// syncDuties are the sync committee duties by epoch (present once
	// fetched), and contributing the slots whose contributions have
	// started.
	syncDuties   map[phase0.Epoch][]*apiv1.SyncCommitteeDuty
	contributing map[phase0.Slot]bool
}

// NewScheduler creates a scheduler.
func NewScheduler(cfg SchedulerConfig) *Scheduler {
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	return &Scheduler{
		cfg:         cfg,
		heads:       heads{seen: make(map[phase0.Slot]chan struct{})},
		duties:      make(map[phase0.Epoch]map[phase0.Slot][]*apiv1.AttesterDuty),
		fetching:    make(map[phase0.Epoch]bool),
		proposals:   make(map[phase0.Epoch]map[phase0.Slot]*apiv1.ProposerDuty),
		launched:    make(map[phase0.Slot]bool),
		aggregating: make(map[phase0.Slot]bool),

		syncDuties:   make(map[phase0.Epoch][]*apiv1.SyncCommitteeDuty),
		contributing: make(map[phase0.Slot]bool),
	}
}

// HeadSeen tells the scheduler that the block of slot arrived (a head
// event), so that the slot's attestations can start early.
func (s *Scheduler) HeadSeen(slot phase0.Slot) { s.heads.mark(slot) }

// Run performs duties from the next slot on (from the genesis slot when
// started before genesis) until ctx ends.
func (s *Scheduler) Run(ctx context.Context) error {
	slot := s.firstSlot()
	var wg sync.WaitGroup
	defer wg.Wait()
	for {
		if !s.sleepUntil(ctx, s.cfg.Timing.SlotStart(slot)) {
			return ctx.Err()
		}
		epoch := s.cfg.Timing.Epoch(slot)
		if !s.known(epoch) {
			s.refresh(ctx, epoch)
		}
		for _, d := range s.proposalsToStart(slot) {
			wg.Add(1)
			go func() { defer wg.Done(); s.cfg.Proposer.Propose(ctx, d) }()
		}
		for sl, duties := range s.aggregationsToStart(slot) {
			wg.Add(1)
			go func() {
				defer wg.Done()
				if s.sleepUntil(ctx, s.selectionTime(sl)) {
					s.cfg.Aggregator.Aggregate(ctx, sl, duties)
				}
			}()
		}
		if duties := s.syncDutiesOf(epoch); len(duties) > 0 {
			wg.Add(1)
			go func(slot phase0.Slot) {
				defer wg.Done()
				if s.waitAttestationTime(ctx, slot) {
					s.cfg.Sync.Message(ctx, slot, duties)
				}
			}(slot)
		}
		for sl, duties := range s.contributionsToStart(slot) {
			wg.Add(1)
			go func() {
				defer wg.Done()
				if s.sleepUntil(ctx, s.selectionTime(sl)) {
					s.cfg.Sync.Contribute(ctx, sl, duties)
				}
			}()
		}
		if s.cfg.Registrar != nil && slot == s.cfg.Timing.EpochStart(epoch) {
			wg.Add(1)
			go func() { defer wg.Done(); s.cfg.Registrar.Register(ctx, epoch) }()
		}
		if epoch > 0 && slot == s.cfg.Timing.EpochStart(epoch)+phase0.Slot(s.cfg.Timing.SlotsPerEpoch/2) {
			wg.Add(1)
			go func() { defer wg.Done(); s.cfg.Guard.Review(ctx, epoch-1) }()
		}
		if s.dueForNextEpoch(slot) {
			wg.Add(1)
			go func() { defer wg.Done(); s.fetchNextEpoch(ctx, slot) }()
		}
		if duties := s.dutiesOf(epoch)[slot]; len(duties) > 0 {
			wg.Add(1)
			go func(slot phase0.Slot) {
				defer wg.Done()
				s.attest(ctx, slot, duties)
			}(slot)
		}
		s.prune(epoch)
		slot++
	}
}

// firstSlot is the first slot Run performs: the next one, or the genesis
// slot itself before genesis (its attestations are due like any other's).
func (s *Scheduler) firstSlot() phase0.Slot {
	now := s.cfg.Now()
	if now.Before(s.cfg.Timing.Genesis) {
		return 0
	}
	return s.cfg.Timing.SlotAt(now) + 1
}

// dueForNextEpoch says whether to fetch the next epoch's duties during
// slot: from the middle of the epoch on, until they are known. The first
// slot of an epoch then never waits for them, and the fetch (and the beacon
// node's work to answer it) does not coincide with an epoch's first
// attestations, the busiest moment.
func (s *Scheduler) dueForNextEpoch(slot phase0.Slot) bool {
	t := s.cfg.Timing
	epoch := t.Epoch(slot)
	if slot < t.EpochStart(epoch)+phase0.Slot(t.SlotsPerEpoch/2) {
		return false
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.knownLocked(epoch+1) || s.fetching[epoch+1] {
		return false
	}
	s.fetching[epoch+1] = true
	return true
}

// fetchNextEpoch fetches the next epoch's duties two thirds into slot,
// after the slot's attestations.
func (s *Scheduler) fetchNextEpoch(ctx context.Context, slot phase0.Slot) {
	epoch := s.cfg.Timing.Epoch(slot) + 1
	defer func() {
		s.mu.Lock()
		delete(s.fetching, epoch)
		s.mu.Unlock()
	}()
	at := s.cfg.Timing.SlotStart(slot).Add(2 * s.cfg.Timing.SlotDuration / 3)
	if s.sleepUntil(ctx, at) {
		s.refresh(ctx, epoch)
	}
}

// attest waits for the slot's block or its attestation time, then attests.
func (s *Scheduler) attest(ctx context.Context, slot phase0.Slot, duties []*apiv1.AttesterDuty) {
	if s.waitAttestationTime(ctx, slot) {
		s.cfg.Attester.Attest(ctx, slot, duties)
	}
}

// waitAttestationTime waits for the slot's block or its attestation time
// (false if ctx ends first). Sync committee messages go out then too.
func (s *Scheduler) waitAttestationTime(ctx context.Context, slot phase0.Slot) bool {
	wait := s.cfg.Timing.AttestationTime(slot).Sub(s.cfg.Now())
	timer := time.NewTimer(max(wait, 0))
	defer timer.Stop()
	select {
	case <-timer.C:
	case <-s.heads.wait(slot):
	case <-ctx.Done():
		return false
	}
	return true
}

func (s *Scheduler) sleepUntil(ctx context.Context, t time.Time) bool {
	timer := time.NewTimer(max(t.Sub(s.cfg.Now()), 0))
	defer timer.Stop()
	select {
	case <-timer.C:
		return true
	case <-ctx.Done():
		return false
	}
}

// known says whether epoch's duties have been fetched.
func (s *Scheduler) known(epoch phase0.Epoch) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.knownLocked(epoch)
}

// proposalsToStart returns the proposal duties of slot and of the next
// slot not started yet, marking them started: a proposal starts a slot
// early, to have its RANDAO reveal ready at the slot start.
func (s *Scheduler) proposalsToStart(slot phase0.Slot) []*apiv1.ProposerDuty {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []*apiv1.ProposerDuty
	for _, sl := range []phase0.Slot{slot, slot + 1} {
		if d := s.proposals[s.cfg.Timing.Epoch(sl)][sl]; d != nil && !s.launched[sl] {
			s.launched[sl] = true
			out = append(out, d)
		}
	}
	return out
}

// selectionTime is when the selection proofs of slot's aggregators are
// signed: two thirds into the slot before, after that slot's block and
// attestations, the latency-critical work, and a slot ahead of need, so
// that the beacon node learns its aggregators before their slot.
func (s *Scheduler) selectionTime(slot phase0.Slot) time.Time {
	if slot == 0 {
		return s.cfg.Timing.Genesis
	}
	return s.cfg.Timing.AggregationTime(slot - 1)
}

// aggregationsToStart returns the attester duties of slot and of the next
// slot whose aggregation has not started, marking it started: aggregation
// starts a slot early, so that selection proofs and committee
// subscriptions are out before the slot.
func (s *Scheduler) aggregationsToStart(slot phase0.Slot) map[phase0.Slot][]*apiv1.AttesterDuty {
	if s.cfg.Aggregator == nil {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make(map[phase0.Slot][]*apiv1.AttesterDuty)
	for _, sl := range []phase0.Slot{slot, slot + 1} {
		if duties := s.duties[s.cfg.Timing.Epoch(sl)][sl]; len(duties) > 0 && !s.aggregating[sl] {
			s.aggregating[sl] = true
			out[sl] = duties
		}
	}
	return out
}

// contributionsToStart returns, for slot and the next slot whose sync
// contributions have not started, the epoch's sync duties, marking the
// slot started: contributions start a slot early, for their selection
// proofs.
func (s *Scheduler) contributionsToStart(slot phase0.Slot) map[phase0.Slot][]*apiv1.SyncCommitteeDuty {
	if s.cfg.Sync == nil {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make(map[phase0.Slot][]*apiv1.SyncCommitteeDuty)
	for _, sl := range []phase0.Slot{slot, slot + 1} {
		if duties := s.syncDuties[s.cfg.Timing.Epoch(sl)]; len(duties) > 0 && !s.contributing[sl] {
			s.contributing[sl] = true
			out[sl] = duties
		}
	}
	return out
}

func (s *Scheduler) syncDutiesOf(epoch phase0.Epoch) []*apiv1.SyncCommitteeDuty {
	if s.cfg.Sync == nil {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.syncDuties[epoch]
}

func (s *Scheduler) dutiesOf(epoch phase0.Epoch) map[phase0.Slot][]*apiv1.AttesterDuty {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.duties[epoch]
}

// refresh resolves validators not yet active and fetches epoch's duties.
// Failures are logged; the next slot of the epoch tries again.
func (s *Scheduler) refresh(ctx context.Context, epoch phase0.Epoch) {
	s.refreshMu.Lock()
	defer s.refreshMu.Unlock()
	s.resolve(ctx)
	var indices []phase0.ValidatorIndex
	for _, c := range s.cfg.Clusters {
		for _, v := range c.Validators {
			if v.Active {
				indices = append(indices, v.Index)
			}
		}
	}
	if len(indices) == 0 {
		return
	}
	if s.dutiesOf(epoch) == nil {
		s.fetchAttesterDuties(ctx, epoch, indices)
	}
	if s.cfg.Proposer != nil {
		s.prepareProposers(ctx)
		s.fetchProposerDuties(ctx, epoch, indices)
	}
	if s.cfg.Sync != nil && s.syncDutiesOf(epoch) == nil {
		s.fetchSyncDuties(ctx, epoch, indices)
	}
}

func (s *Scheduler) fetchSyncDuties(ctx context.Context, epoch phase0.Epoch, indices []phase0.ValidatorIndex) {
	duties, err := s.cfg.Sync.cfg.Beacon.SyncCommitteeDuties(ctx, epoch, indices)
	if err != nil {
		s.cfg.Logger.Warn("fetch sync committee duties", "epoch", epoch, "err", err)
		return
	}
	if duties == nil {
		duties = []*apiv1.SyncCommitteeDuty{}
	}
	s.mu.Lock()
	s.syncDuties[epoch] = duties
	s.mu.Unlock()
	if len(duties) > 0 {
		s.cfg.Sync.Subscribe(ctx, duties, epoch+1)
		s.cfg.Logger.Debug("sync committee duties", "epoch", epoch, "members", len(duties))
	}
}

// prepareProposers registers the active validators' fee recipients with
// the beacon node, so that the blocks it builds for them pay what the
// cluster definition says (and what every operator's validation expects).
func (s *Scheduler) prepareProposers(ctx context.Context) {
	var preps []*apiv1.ProposalPreparation
	for _, c := range s.cfg.Clusters {
		for _, v := range c.Validators {
			if v.Active {
				preps = append(preps, &apiv1.ProposalPreparation{ValidatorIndex: v.Index, FeeRecipient: v.FeeRecipient})
			}
		}
	}
	if err := s.cfg.Proposer.cfg.Beacon.PrepareProposers(ctx, preps); err != nil {
		s.cfg.Logger.Warn("register fee recipients", "err", err)
	}
}

func (s *Scheduler) fetchAttesterDuties(ctx context.Context, epoch phase0.Epoch, indices []phase0.ValidatorIndex) {
	duties, err := s.cfg.Beacon.AttesterDuties(ctx, epoch, indices)
	if err != nil {
		s.cfg.Logger.Warn("fetch attester duties", "epoch", epoch, "err", err)
		return
	}
	bySlot := make(map[phase0.Slot][]*apiv1.AttesterDuty)
	for _, d := range duties {
		bySlot[d.Slot] = append(bySlot[d.Slot], d)
	}
	s.mu.Lock()
	s.duties[epoch] = bySlot
	s.mu.Unlock()
	s.cfg.Logger.Debug("attester duties", "epoch", epoch, "duties", len(duties))
}

func (s *Scheduler) fetchProposerDuties(ctx context.Context, epoch phase0.Epoch, indices []phase0.ValidatorIndex) {
	duties, err := s.cfg.Proposer.cfg.Beacon.ProposerDuties(ctx, epoch, indices)
	if err != nil {
		s.cfg.Logger.Warn("fetch proposer duties", "epoch", epoch, "err", err)
		return
	}
	bySlot := make(map[phase0.Slot]*apiv1.ProposerDuty, len(duties))
	for _, d := range duties {
		bySlot[d.Slot] = d
	}
	s.mu.Lock()
	s.proposals[epoch] = bySlot
	s.mu.Unlock()
	if len(duties) > 0 {
		s.cfg.Logger.Info("proposer duties", "epoch", epoch, "slots", len(duties))
	}
}

// resolve looks up the index and status of validators not active yet.
func (s *Scheduler) resolve(ctx context.Context) {
	var pending []phase0.BLSPubKey
	for _, c := range s.cfg.Clusters {
		for _, v := range c.Validators {
			if !v.Active {
				pending = append(pending, v.Pubkey)
			}
		}
	}
	if len(pending) == 0 {
		return
	}
	states, err := s.cfg.Validators.Validators(ctx, pending)
	if err != nil {
		s.cfg.Logger.Warn("look up validators", "err", err)
		return
	}
	var activated []*Validator
	for _, c := range s.cfg.Clusters {
		for _, v := range c.Validators {
			if st := states[v.Pubkey]; st != nil && strings.HasPrefix(st.Status.String(), "active") {
				v.Index = st.Index
				activated = append(activated, v)
			}
		}
	}
	// Decide on signing before the validators get duties.
	s.cfg.Guard.Admit(ctx, activated)
	for _, v := range activated {
		v.Active = true
	}
}

func (s *Scheduler) prune(epoch phase0.Epoch) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for e := range s.duties {
		if e+1 < epoch {
			delete(s.duties, e)
		}
	}
	for e := range s.proposals {
		if e+1 < epoch {
			delete(s.proposals, e)
		}
	}
	for sl := range s.launched {
		if s.cfg.Timing.Epoch(sl)+1 < epoch {
			delete(s.launched, sl)
		}
	}
	for sl := range s.aggregating {
		if s.cfg.Timing.Epoch(sl)+1 < epoch {
			delete(s.aggregating, sl)
		}
	}
	for sl := range s.contributing {
		if s.cfg.Timing.Epoch(sl)+1 < epoch {
			delete(s.contributing, sl)
		}
	}
	for e := range s.syncDuties {
		if e+1 < epoch {
			delete(s.syncDuties, e)
		}
	}
	s.heads.prune(s.cfg.Timing.EpochStart(epoch))
}

// heads tracks which slots' blocks have been seen.
type heads struct {
	mu   sync.Mutex
	seen map[phase0.Slot]chan struct{}
}

func (h *heads) ch(slot phase0.Slot) chan struct{} {
	c := h.seen[slot]
	if c == nil {
		c = make(chan struct{})
		h.seen[slot] = c
	}
	return c
}

func (h *heads) mark(slot phase0.Slot) {
	h.mu.Lock()
	defer h.mu.Unlock()
	c := h.ch(slot)
	select {
	case <-c:
	default:
		close(c)
	}
}

func (h *heads) wait(slot phase0.Slot) <-chan struct{} {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.ch(slot)
}

func (h *heads) prune(before phase0.Slot) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for s := range h.seen {
		if s+64 < before {
			delete(h.seen, s)
		}
	}
}

func (s *Scheduler) knownLocked(epoch phase0.Epoch) bool {
	_, syncKnown := s.syncDuties[epoch]
	return s.duties[epoch] != nil && (s.cfg.Proposer == nil || s.proposals[epoch] != nil) && (s.cfg.Sync == nil || syncKnown)
}
