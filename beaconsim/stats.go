package beaconsim

import (
	"sort"
	"time"

	blst "github.com/supranational/blst/bindings/go"
)

// EpochStats is the simulator's account of one epoch's attester duties and
// block proposals.
type EpochStats struct {
	Epoch uint64
	// Duties is the number of attester duties of the epoch: one per active
	// validator.
	Duties int
	// Accepted counts validators whose attestation targeting this epoch was
	// accepted by the pool endpoint.
	Accepted int
	// Rejected counts rejected submissions targeting this epoch (submissions
	// too malformed to name an epoch are counted in the epoch they arrived).
	Rejected int
	// Included counts validators whose attestation targeting this epoch is in
	// a block.
	Included int
	// CorrectHead counts accepted attestations whose head vote is the block
	// the simulator had at their slot.
	CorrectHead int
	// Slashable counts slashable attestation submissions (double and
	// surround votes) targeting this epoch; proposer slashings are counted
	// in ProposerSlashings.
	Slashable int
	// Final is true once no attestation targeting this epoch can be included
	// any more (the end of the next epoch has passed).
	Final bool
	// Missed is Duties - Included once Final, 0 before.
	Missed int
	// MaxDelay is the largest delay, from the start of its slot, of an
	// accepted attestation.
	MaxDelay time.Duration
	// Justified and Finalized report the epoch's checkpoint status.
	Justified, Finalized bool

	// Block proposals of the epoch's slots (see ProposalRecord).
	// ProposalsDue counts the validator-proposed slots started so far;
	// ProposalsProduced the slots for which at least one block was
	// produced; ProposalsPublished the slots whose block was published and
	// imported; ProposalsMissed the due slots closed without a block (by
	// their deadline, so a slot in progress is in none of the last two);
	// ProposalRejections the rejected publications claiming the epoch's
	// slots; ProposerSlashings the slots where a proposer signed two
	// different blocks.
	ProposalsDue, ProposalsProduced, ProposalsPublished, ProposalsMissed int
	ProposalRejections, ProposerSlashings                                int
	// MissedProposals maps each missed slot to its ProposalRecord.MissReason.
	MissedProposals map[uint64]string

	// Aggregation and sync committee duties of the epoch's slots, summed
	// over them (see SlotDuties).
	AggregatesDue, AggregatesAccepted, AggregateRejections       int
	SyncMessagesDue, SyncMessagesAccepted, SyncMessageRejections int
	ContributionsAccepted, ContributionRejections                int
}

// epochStats is the mutable record behind EpochStats.
type epochStats struct {
	accepted    map[uint64]*acceptedRecord
	included    map[uint64]uint64
	rejected    int
	correctHead int
	slashable   int
	maxDelay    time.Duration
	justified   bool
	finalized   bool
}

// acceptedRecord is an accepted attestation as the stats keep it.
type acceptedRecord struct {
	data        AttestationData
	root        Root
	signature   [96]byte
	sig         *blst.P2Affine // signature, decoded
	delay       time.Duration
	correctHead bool
}

// AttestationRecord is the simulator's account of one validator's
// attestation targeting one epoch.
type AttestationRecord struct {
	// Data is the accepted attestation data.
	Data AttestationData
	// Delay is the arrival time after the start of the data's slot.
	Delay time.Duration
	// CorrectHead reports whether the head vote was the simulator's block
	// at that slot.
	CorrectHead bool
	// Included reports whether a block includes it, at InclusionSlot.
	Included      bool
	InclusionSlot uint64
}

// Rejection is one rejected element of an attestation submission, or one
// rejected block publication.
type Rejection struct {
	Time time.Time
	// Validator and Slot are those the element claimed: the attester, or
	// the block's proposer_index, and the slot (zero if it could not be
	// decoded).
	Validator, Slot uint64
	// Reason is the rejection code (decode, bad_signature, no_duty, ...)
	// and Message the full failure message sent to the client.
	Reason, Message string
}

// maxRejections bounds the rejection log.
const maxRejections = 1024

// simState is the simulator's mutable bookkeeping beside the chain. Guarded
// by Sim.mu.
type simState struct {
	duties    map[uint64]*epochDuties
	pool      map[poolKey]*pooledAttestation
	history   map[uint64][]signedRecord
	slashings []Slashing
	epochs    map[uint64]*epochStats
	// rejections is a ring of the last maxRejections rejections; next is
	// the slot the next one goes to.
	rejections []Rejection
	next       int
	// Block proposals (proposals.go): per-slot records, the slots awaiting
	// their proposal deadline, blocks produced for open slots (by root),
	// validly signed headers by slot, and prepared fee recipients.
	proposals     map[uint64]*proposalState
	openProposals map[uint64]struct{}
	produced      map[Root]*producedBlock
	signedHeaders map[uint64][]signedHeader
	feeRecipients map[uint64][20]byte
	// Voluntary exits in the pool (exits.go): epoch by validator index.
	exits map[uint64]uint64
	// Builder registrations (builder.go), by validator index.
	registrations map[uint64]Registration
	// slots holds the aggregation and sync committee records by slot
	// (aggregates.go, sync.go).
	slots map[uint64]*slotRecord
}

func (st *simState) logRejection(r Rejection) {
	if len(st.rejections) < maxRejections {
		st.rejections = append(st.rejections, r)
		return
	}
	st.rejections[st.next] = r
	st.next = (st.next + 1) % maxRejections
}

// Rejections returns the most recent rejections, attestation elements and
// block publications alike (at most 1024), oldest first.
func (s *Sim) Rejections() []Rejection {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]Rejection, 0, len(s.st.rejections))
	out = append(out, s.st.rejections[s.st.next:]...)
	return append(out, s.st.rejections[:s.st.next]...)
}

// Attestation returns the record of validator's accepted attestation
// targeting epoch, if there is one.
func (s *Sim) Attestation(epoch, validator uint64) (AttestationRecord, bool) {
	s.catchUp(s.clock.Now())
	s.mu.Lock()
	defer s.mu.Unlock()
	es, ok := s.st.epochs[epoch]
	if !ok {
		return AttestationRecord{}, false
	}
	a, ok := es.accepted[validator]
	if !ok {
		return AttestationRecord{}, false
	}
	slot, incl := es.included[validator]
	return AttestationRecord{Data: a.data, Delay: a.delay, CorrectHead: a.correctHead, Included: incl, InclusionSlot: slot}, true
}

func newSimState() simState {
	return simState{
		duties:  make(map[uint64]*epochDuties),
		pool:    make(map[poolKey]*pooledAttestation),
		history: make(map[uint64][]signedRecord),
		epochs:  make(map[uint64]*epochStats),

		proposals:     make(map[uint64]*proposalState),
		openProposals: make(map[uint64]struct{}),
		produced:      make(map[Root]*producedBlock),
		signedHeaders: make(map[uint64][]signedHeader),
		feeRecipients: make(map[uint64][20]byte),
		exits:         make(map[uint64]uint64),
		registrations: make(map[uint64]Registration),
		slots:         make(map[uint64]*slotRecord),
	}
}

func (st *simState) epoch(e uint64) *epochStats {
	es, ok := st.epochs[e]
	if !ok {
		es = &epochStats{accepted: make(map[uint64]*acceptedRecord), included: make(map[uint64]uint64)}
		st.epochs[e] = es
	}
	return es
}

// Stats returns one EpochStats per epoch from 0 through the current epoch,
// in order.
func (s *Sim) Stats() []EpochStats {
	s.catchUp(s.clock.Now())
	s.mu.Lock()
	defer s.mu.Unlock()
	cur := s.epochOf(s.chain.processed)
	out := make([]EpochStats, 0, cur+1)
	for e := uint64(0); e <= cur; e++ {
		out = append(out, s.epochStatsLocked(e))
	}
	return out
}

// EpochStats returns the stats of one epoch.
func (s *Sim) EpochStats(epoch uint64) EpochStats {
	s.catchUp(s.clock.Now())
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.epochStatsLocked(epoch)
}

func (s *Sim) epochStatsLocked(e uint64) EpochStats {
	es := s.st.epoch(e)
	out := EpochStats{
		Epoch:       e,
		Duties:      s.activeCount(e),
		Accepted:    len(es.accepted),
		Rejected:    es.rejected,
		Included:    len(es.included),
		CorrectHead: es.correctHead,
		Slashable:   es.slashable,
		MaxDelay:    es.maxDelay,
		Justified:   es.justified,
		Finalized:   es.finalized,
		Final:       s.epochOf(s.chain.processed) >= e+2,
	}
	if out.Final {
		out.Missed = out.Duties - out.Included
	}
	for slot := s.epochStart(e); slot < s.epochStart(e+1); slot++ {
		p, ok := s.st.proposals[slot]
		if !ok {
			continue
		}
		r := p.rec
		if r.Due {
			out.ProposalsDue++
		}
		if r.Produced > 0 {
			out.ProposalsProduced++
		}
		if r.Published {
			out.ProposalsPublished++
		}
		if r.Missed {
			out.ProposalsMissed++
			if out.MissedProposals == nil {
				out.MissedProposals = make(map[uint64]string)
			}
			out.MissedProposals[slot] = r.MissReason
		}
		if r.Slashable {
			out.ProposerSlashings++
		}
		out.ProposalRejections += r.Rejected
	}
	for slot := s.epochStart(e); slot < s.epochStart(e+1); slot++ {
		d := s.slotDutiesLocked(slot)
		out.AggregatesDue += d.AggregatesDue
		out.AggregatesAccepted += d.AggregatesAccepted
		out.AggregateRejections += d.AggregateRejections
		out.SyncMessagesDue += d.SyncMessagesDue
		out.SyncMessagesAccepted += d.SyncMessagesAccepted
		out.SyncMessageRejections += d.SyncMessageRejections
		out.ContributionsAccepted += d.ContributionsAccepted
		out.ContributionRejections += d.ContributionRejections
	}
	return out
}

// activeCount is the number of validators active in epoch, which is the
// number of attester duties of the epoch. (Counting directly keeps Stats from
// recomputing and caching the committees of old epochs.)
func (s *Sim) activeCount(epoch uint64) int {
	n := 0
	for _, v := range s.validators {
		if v.activeAt(epoch) {
			n++
		}
	}
	return n
}

// Inclusion returns the slot of the block that included validator's
// attestation targeting epoch.
func (s *Sim) Inclusion(epoch, validator uint64) (slot uint64, ok bool) {
	s.catchUp(s.clock.Now())
	s.mu.Lock()
	defer s.mu.Unlock()
	es, found := s.st.epochs[epoch]
	if !found {
		return 0, false
	}
	slot, ok = es.included[validator]
	return slot, ok
}

// sortedKeys returns m's keys in ascending order.
func sortedKeys[V any](m map[uint64]V) []uint64 {
	keys := make([]uint64, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	return keys
}
