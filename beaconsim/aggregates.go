package beaconsim

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"sort"
	"time"

	blst "github.com/supranational/blst/bindings/go"
)

// Rejection reasons of aggregation and sync committee submissions, beside
// those of attestations.
const (
	reasonBadAggregationBits    = "bad_aggregation_bits"
	reasonBadSelectionProof     = "bad_selection_proof"
	reasonNotAggregator         = "not_aggregator"
	reasonBadAggregateSignature = "bad_aggregate_signature"
	reasonDuplicate             = "duplicate"
	reasonNoParticipants        = "no_participants"
)

// Duty types of the metrics, beside dutyAttestation.
const (
	dutyAggregate    = "aggregate"
	dutySyncMessage  = "sync_message"
	dutyContribution = "contribution"
)

// slotRecord is the simulator's account of one slot's aggregation and sync
// committee duties. Guarded by Sim.mu.
type slotRecord struct {
	// aggregators are the validators a beacon committee subscription
	// announced as aggregators of the slot (with is_aggregator true),
	// among those with an attester duty at the slot in that committee.
	aggregators map[uint64]bool
	// aggregates maps each aggregator to the signature of its accepted
	// SignedAggregateAndProof.
	aggregates map[uint64][96]byte
	// syncMessages are the accepted sync committee messages by validator.
	syncMessages map[uint64]*syncMessage
	// contributions maps each (aggregator, subcommittee) to the signature
	// of its accepted SignedContributionAndProof.
	contributions map[contributionKey][96]byte
	// Rejected submissions claiming the slot.
	aggregateRejections, syncRejections, contributionRejections int
}

type contributionKey struct{ aggregator, subcommittee uint64 }

// slotLocked returns the record of slot, creating it.
func (st *simState) slotLocked(slot uint64) *slotRecord {
	r := st.slots[slot]
	if r == nil {
		r = &slotRecord{
			aggregators:   make(map[uint64]bool),
			aggregates:    make(map[uint64][96]byte),
			syncMessages:  make(map[uint64]*syncMessage),
			contributions: make(map[contributionKey][96]byte),
		}
		st.slots[slot] = r
	}
	return r
}

// plausibleSlot returns slot if it is within an epoch of the current slot
// at received, else the current slot: rejections are accounted there, so
// that garbage cannot grow the records without bound.
func (s *Sim) plausibleSlot(slot uint64, received time.Time) uint64 {
	cur := s.slotAt(received)
	if slot+s.cfg.SlotsPerEpoch >= cur && slot <= cur+s.cfg.SlotsPerEpoch {
		return slot
	}
	return cur
}

type committeeSubscriptionJSON struct {
	ValidatorIndex   *string `json:"validator_index"`
	CommitteeIndex   *string `json:"committee_index"`
	CommitteesAtSlot *string `json:"committees_at_slot"`
	Slot             *string `json:"slot"`
	IsAggregator     *bool   `json:"is_aggregator"`
}

// handleCommitteeSubscriptions serves POST
// /eth/v1/validator/beacon_committee_subscriptions. The body must be a JSON
// array of subscriptions with every field present and validators in the
// registry, or the request is a 400. Subnets do not exist in the
// simulator; what it keeps is the aggregator announcements: a subscription
// with is_aggregator true for a slot of the current or next epoch, matching
// the validator's attester duty (slot and committee), makes the validator
// an aggregator due at that slot (EpochStats.AggregatesDue).
func (s *Sim) handleCommitteeSubscriptions(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(http.MaxBytesReader(nil, r.Body, maxSubmissionBytes))
	if err != nil {
		writeError(w, http.StatusBadRequest, fmt.Sprintf("cannot read body: %v", err))
		return
	}
	var subs []committeeSubscriptionJSON
	if err := json.Unmarshal(body, &subs); err != nil {
		writeError(w, http.StatusBadRequest, fmt.Sprintf("invalid JSON: expected an array of subscriptions: %v", err))
		return
	}
	type claim struct{ validator, slot, committee uint64 }
	var claims []claim
	for i, sub := range subs {
		var c claim
		var err error
		if c.validator, err = reqUint("validator_index", sub.ValidatorIndex); err == nil {
			if c.committee, err = reqUint("committee_index", sub.CommitteeIndex); err == nil {
				if _, err = reqUint("committees_at_slot", sub.CommitteesAtSlot); err == nil {
					c.slot, err = reqUint("slot", sub.Slot)
				}
			}
		}
		if err == nil && sub.IsAggregator == nil {
			err = errors.New("is_aggregator missing")
		}
		if err == nil && c.validator >= uint64(len(s.validators)) {
			err = fmt.Errorf("unknown validator index %d", c.validator)
		}
		if err != nil {
			writeError(w, http.StatusBadRequest, fmt.Sprintf("subscription %d: %v", i, err))
			return
		}
		if *sub.IsAggregator {
			claims = append(claims, c)
		}
	}
	s.catchUp(s.clock.Now())
	s.mu.Lock()
	defer s.mu.Unlock()
	cur := s.epochOf(s.chain.processed)
	for _, c := range claims {
		epoch := s.epochOf(c.slot)
		if epoch+1 < cur || epoch > cur+1 {
			continue
		}
		if d, ok := s.dutiesLocked(epoch).byValidator[c.validator]; ok && d.Slot == c.slot && d.CommitteeIndex == c.committee {
			s.st.slotLocked(c.slot).aggregators[c.validator] = true
		}
	}
	w.WriteHeader(http.StatusOK)
}

// handleAggregateAttestation serves GET
// /eth/v2/validator/aggregate_attestation?slot=&attestation_data_root=&committee_index=:
// the Electra aggregate of the accepted attestations of that committee at
// that slot whose data has that root (one committee bit; aggregation bits
// over the committee; the aggregate of their signatures). 404 when none was
// accepted.
func (s *Sim) handleAggregateAttestation(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	slot, err := parseUint(q.Get("slot"))
	if err != nil {
		writeError(w, http.StatusBadRequest, fmt.Sprintf("invalid slot: %v", err))
		return
	}
	ci, err := parseUint(q.Get("committee_index"))
	if err != nil {
		writeError(w, http.StatusBadRequest, fmt.Sprintf("invalid committee_index: %v", err))
		return
	}
	dataRoot, err := parseRoot(q.Get("attestation_data_root"))
	if err != nil {
		writeError(w, http.StatusBadRequest, fmt.Sprintf("invalid attestation_data_root: %v", err))
		return
	}
	s.catchUp(s.clock.Now())
	s.mu.Lock()
	att, status, msg := s.committeeAggregateLocked(slot, ci, dataRoot)
	s.mu.Unlock()
	if status != http.StatusOK {
		writeError(w, status, msg)
		return
	}
	w.Header().Set("Eth-Consensus-Version", "electra")
	writeJSON(w, http.StatusOK, map[string]any{"version": "electra", "data": electraAttestationJSON(att)})
}

// committeeAggregateLocked builds the aggregate of committee ci at slot over the
// attestation data with root dataRoot, or returns an HTTP status and
// message saying why there is none.
func (s *Sim) committeeAggregateLocked(slot, ci uint64, dataRoot Root) (*ElectraAttestation, int, string) {
	epoch := s.epochOf(slot)
	if epoch > s.epochOf(s.chain.processed)+1 {
		return nil, http.StatusBadRequest, fmt.Sprintf("slot %d is beyond the next epoch", slot)
	}
	committee := s.dutiesLocked(epoch).committee(slot-s.epochStart(epoch), ci)
	if committee == nil {
		return nil, http.StatusBadRequest, fmt.Sprintf("no committee %d at slot %d", ci, slot)
	}
	es := s.st.epochs[epoch]
	bits := make([]byte, len(committee)/8+1)
	bits[len(committee)/8] |= 1 << (len(committee) % 8)
	var agg blst.P2Aggregate
	n := 0
	for pos, vi := range committee {
		if es == nil {
			break
		}
		rec := es.accepted[vi]
		if rec == nil || rec.data.Slot != slot || rec.root != dataRoot {
			continue
		}
		agg.Add(rec.sig, false)
		bits[pos/8] |= 1 << (pos % 8)
		n++
	}
	if n == 0 {
		return nil, http.StatusNotFound, fmt.Sprintf("no attestation of committee %d at slot %d with data root %s", ci, slot, dataRoot)
	}
	var data AttestationData
	for _, vi := range committee {
		if rec := es.accepted[vi]; rec != nil && rec.root == dataRoot && rec.data.Slot == slot {
			data = rec.data
			break
		}
	}
	att := &ElectraAttestation{AggregationBits: bits, Data: data, Signature: [96]byte(agg.ToAffine().Compress())}
	att.CommitteeBits[ci/8] |= 1 << (ci % 8)
	return att, http.StatusOK, ""
}

func electraAttestationJSON(a *ElectraAttestation) map[string]any {
	return map[string]any{
		"aggregation_bits": hex0x(a.AggregationBits),
		"data":             attestationDataToJSON(a.Data),
		"signature":        hex0x(a.Signature[:]),
		"committee_bits":   hex0x(a.CommitteeBits[:]),
	}
}

type electraAttestationJSONIn struct {
	AggregationBits *string              `json:"aggregation_bits"`
	Data            *attestationDataJSON `json:"data"`
	Signature       *string              `json:"signature"`
	CommitteeBits   *string              `json:"committee_bits"`
}

type signedAggregateJSON struct {
	Message *struct {
		AggregatorIndex *string                   `json:"aggregator_index"`
		Aggregate       *electraAttestationJSONIn `json:"aggregate"`
		SelectionProof  *string                   `json:"selection_proof"`
	} `json:"message"`
	Signature *string `json:"signature"`
}

// signedAggregate is a decoded SignedAggregateAndProof (Electra).
type signedAggregate struct {
	Message   AggregateAndProof
	Signature [96]byte
}

func reqSignature(name string, v *string) ([96]byte, error) {
	if v == nil {
		return [96]byte{}, fmt.Errorf("%s missing", name)
	}
	b, err := parseHexFixed(*v, 96)
	if err != nil {
		return [96]byte{}, fmt.Errorf("%s: %w", name, err)
	}
	return [96]byte(b), nil
}

// reqHex parses 0x-prefixed hex of at most max bytes.
func reqHex(name string, v *string, max int) ([]byte, error) {
	if v == nil {
		return nil, fmt.Errorf("%s missing", name)
	}
	if len(*v) < 2 || len(*v)%2 != 0 || len(*v) > 2+2*max {
		return nil, fmt.Errorf("%s: not hex of at most %d bytes", name, max)
	}
	return parseHexFixed(*v, len(*v)/2-1)
}

// decodeSignedAggregate decodes one SignedAggregateAndProof JSON object
// strictly, as decodeSingleAttestation does.
func decodeSignedAggregate(raw []byte) (signedAggregate, error) {
	var j signedAggregateJSON
	var out signedAggregate
	if err := json.Unmarshal(raw, &j); err != nil {
		return out, fmt.Errorf("invalid SignedAggregateAndProof JSON: %w", err)
	}
	if j.Message == nil || j.Message.Aggregate == nil || j.Message.Aggregate.Data == nil {
		return out, errors.New("message, aggregate or data missing")
	}
	var err error
	m := &out.Message
	if m.AggregatorIndex, err = reqUint("aggregator_index", j.Message.AggregatorIndex); err != nil {
		return out, err
	}
	if m.SelectionProof, err = reqSignature("selection_proof", j.Message.SelectionProof); err != nil {
		return out, err
	}
	if out.Signature, err = reqSignature("signature", j.Signature); err != nil {
		return out, err
	}
	a := j.Message.Aggregate
	if m.Aggregate.Data, err = decodeAttestationData(a.Data); err != nil {
		return out, fmt.Errorf("aggregate.data: %w", err)
	}
	if m.Aggregate.Signature, err = reqSignature("aggregate.signature", a.Signature); err != nil {
		return out, err
	}
	if m.Aggregate.AggregationBits, err = reqHex("aggregate.aggregation_bits", a.AggregationBits, attestationAggregationBitsLimit/8+1); err != nil {
		return out, err
	}
	if _, err := bitlistLen(m.Aggregate.AggregationBits); err != nil {
		return out, fmt.Errorf("aggregate.aggregation_bits: %w", err)
	}
	if a.CommitteeBits == nil {
		return out, errors.New("aggregate.committee_bits missing")
	}
	cb, err := parseHexFixed(*a.CommitteeBits, 8)
	if err != nil {
		return out, fmt.Errorf("aggregate.committee_bits: %w", err)
	}
	m.Aggregate.CommitteeBits = [8]byte(cb)
	return out, nil
}

// aggregateJob is one decoded aggregate on its way through validation.
type aggregateJob struct {
	index     int
	agg       signedAggregate
	committee []uint64
	repeat    bool
	reason    string
	msg       string
}

// handleSubmitAggregates serves POST /eth/v2/validator/aggregate_and_proofs.
// The request must carry Eth-Consensus-Version: electra and a non-empty
// JSON array of SignedAggregateAndProof; otherwise it is a 400 as a whole.
// Each element is judged on its own, failures reported as for attestations
// (an indexed 400). See the package documentation for the checks.
func (s *Sim) handleSubmitAggregates(w http.ResponseWriter, r *http.Request) {
	received := s.clock.Now()
	raws, err := readSubmission(r, "SignedAggregateAndProof", true)
	if err != nil {
		s.rejectWholeDuty(dutyAggregate, received, err.Error())
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	jobs := make([]*aggregateJob, len(raws))
	for i, raw := range raws {
		jobs[i] = &aggregateJob{index: i}
		if jobs[i].agg, err = decodeSignedAggregate(raw); err != nil {
			jobs[i].reason, jobs[i].msg = reasonDecode, err.Error()
		}
	}
	s.catchUp(received)
	s.mu.Lock()
	for _, j := range jobs {
		if j.reason == "" {
			j.reason, j.msg = s.prepareAggregateLocked(j, received)
		}
	}
	s.mu.Unlock()
	for _, j := range jobs {
		if j.reason == "" && !j.repeat {
			j.reason, j.msg = s.verifyAggregate(j)
		}
	}
	s.mu.Lock()
	failures := s.recordAggregatesLocked(jobs, received)
	s.mu.Unlock()
	writeFailures(w, failures, "aggregates")
}

// readSubmission reads a duty submission body: a non-empty JSON array
// (and, if versioned, the Eth-Consensus-Version header electra).
func readSubmission(r *http.Request, what string, versioned bool) ([]json.RawMessage, error) {
	if versioned {
		if v := r.Header.Get("Eth-Consensus-Version"); v != "electra" {
			return nil, fmt.Errorf("unsupported Eth-Consensus-Version %q: the chain is at electra", v)
		}
	}
	body, err := io.ReadAll(http.MaxBytesReader(nil, r.Body, maxSubmissionBytes))
	if err != nil {
		return nil, fmt.Errorf("cannot read body: %v", err)
	}
	var raws []json.RawMessage
	if err := json.Unmarshal(body, &raws); err != nil {
		return nil, fmt.Errorf("invalid JSON: expected an array of %s: %v", what, err)
	}
	if len(raws) == 0 {
		return nil, fmt.Errorf("no %s submitted", what)
	}
	return raws, nil
}

// writeFailures answers a judged submission: 200 with no body, or the
// indexed 400.
func writeFailures(w http.ResponseWriter, failures []failure, what string) {
	if len(failures) == 0 {
		w.WriteHeader(http.StatusOK)
		return
	}
	sort.Slice(failures, func(i, j int) bool { return failures[i].Index < failures[j].Index })
	writeJSON(w, http.StatusBadRequest, map[string]any{
		"code":     http.StatusBadRequest,
		"message":  fmt.Sprintf("%d of the submitted %s failed validation", len(failures), what),
		"failures": failures,
	})
}

// rejectWholeDuty accounts for a duty submission rejected as a whole.
func (s *Sim) rejectWholeDuty(duty string, received time.Time, msg string) {
	s.metrics.submissions.WithLabelValues(duty, resultRejected).Inc()
	s.metrics.rejections.WithLabelValues(duty, reasonDecode).Inc()
	s.mu.Lock()
	defer s.mu.Unlock()
	rec := s.st.slotLocked(s.slotAt(received))
	switch duty {
	case dutyAggregate:
		rec.aggregateRejections++
	case dutySyncMessage:
		rec.syncRejections++
	default:
		rec.contributionRejections++
	}
	s.st.logRejection(Rejection{Time: received, Reason: reasonDecode, Message: reasonDecode + ": " + msg})
}

// prepareAggregateLocked runs the checks of an aggregate that need the
// simulator's state and looks up its committee.
func (s *Sim) prepareAggregateLocked(j *aggregateJob, received time.Time) (string, string) {
	m := &j.agg.Message
	a := &m.Aggregate
	d := a.Data
	if m.AggregatorIndex >= uint64(len(s.validators)) {
		return reasonUnknownValidator, fmt.Sprintf("aggregator_index %d is not in the registry of %d validators", m.AggregatorIndex, len(s.validators))
	}
	ci, ok := singleBit(a.CommitteeBits[:])
	if !ok {
		return reasonBadIndex, "committee_bits must have exactly one bit set"
	}
	if d.Index != 0 {
		return reasonBadIndex, fmt.Sprintf("data.index must be 0 since Electra, got %d", d.Index)
	}
	if reason, msg := s.timelyLocked(d, received); reason != "" {
		return reason, msg
	}
	epoch := d.Target.Epoch
	j.committee = s.dutiesLocked(epoch).committee(d.Slot-s.epochStart(epoch), ci)
	if j.committee == nil {
		return reasonBadIndex, fmt.Sprintf("no committee %d at slot %d", ci, d.Slot)
	}
	if duty, ok := s.dutiesLocked(epoch).byValidator[m.AggregatorIndex]; !ok || duty.Slot != d.Slot || duty.CommitteeIndex != ci {
		return reasonNoDuty, fmt.Sprintf("aggregator %d is not in committee %d at slot %d", m.AggregatorIndex, ci, d.Slot)
	}
	n, _ := bitlistLen(a.AggregationBits)
	if n != uint64(len(j.committee)) {
		return reasonBadAggregationBits, fmt.Sprintf("aggregation_bits has %d bits for a committee of %d", n, len(j.committee))
	}
	if !anyBit(a.AggregationBits, n) {
		return reasonBadAggregationBits, "aggregation_bits has no bit set"
	}
	if reason, msg := s.votesLocked(d); reason != "" {
		return reason, msg
	}
	if prev, ok := s.st.slots[d.Slot]; ok {
		if sig, ok := prev.aggregates[m.AggregatorIndex]; ok && sig == j.agg.Signature {
			j.repeat = true
		}
	}
	return "", ""
}

// singleBit returns the index of the only bit set in b.
func singleBit(b []byte) (uint64, bool) {
	found, n := uint64(0), 0
	for i := range uint64(len(b)) * 8 {
		if bitSet(b, i) {
			found, n = i, n+1
		}
	}
	return found, n == 1
}

// anyBit reports whether one of the first n bits of b is set.
func anyBit(b []byte, n uint64) bool {
	for i := range n {
		if bitSet(b, i) {
			return true
		}
	}
	return false
}

// verifyAggregate checks an aggregate's three signatures: the selection
// proof (and that it selects the aggregator), the aggregator's signature
// of the AggregateAndProof, and the aggregate signature of the committee
// members its bits name.
func (s *Sim) verifyAggregate(j *aggregateJob) (string, string) {
	m := &j.agg.Message
	d := m.Aggregate.Data
	epoch := s.epochOf(d.Slot)
	pk := s.validators[m.AggregatorIndex].pk
	slotRoot := ComputeSigningRoot(uint64Chunk(d.Slot), s.domain(DomainSelectionProof, epoch))
	if !verifySig(m.SelectionProof, pk, slotRoot) {
		return reasonBadSelectionProof, fmt.Sprintf("selection proof does not verify against validator %d's key over slot %d (DOMAIN_SELECTION_PROOF)", m.AggregatorIndex, d.Slot)
	}
	if !isAggregator(uint64(len(j.committee)), m.SelectionProof) {
		return reasonNotAggregator, fmt.Sprintf("the selection proof does not select validator %d in a committee of %d", m.AggregatorIndex, len(j.committee))
	}
	root, err := m.HashTreeRoot()
	if err != nil {
		return reasonDecode, err.Error()
	}
	if !verifySig(j.agg.Signature, pk, ComputeSigningRoot(root, s.domain(DomainAggregateAndProof, epoch))) {
		return reasonBadSignature, fmt.Sprintf("signature does not verify against validator %d's key over the AggregateAndProof (DOMAIN_AGGREGATE_AND_PROOF)", m.AggregatorIndex)
	}
	var pks []*blst.P1Affine
	for pos, vi := range j.committee {
		if bitSet(m.Aggregate.AggregationBits, uint64(pos)) {
			pks = append(pks, s.validators[vi].pk)
		}
	}
	dataRoot := ComputeSigningRoot(d.HashTreeRoot(), s.AttesterDomain(d.Target.Epoch))
	if !verifyAggregateSig(m.Aggregate.Signature, pks, dataRoot) {
		return reasonBadAggregateSignature, fmt.Sprintf("aggregate signature does not verify for the %d attesters its bits name", len(pks))
	}
	return "", ""
}

// domain is compute_domain(t, fork version at epoch, genesis validators root).
func (s *Sim) domain(t DomainType, epoch uint64) Domain {
	return ComputeDomain(t, s.forkVersionAt(epoch), s.gvr)
}

// verifySig verifies a compressed signature (decoded with its subgroup
// check) under pk over root.
func verifySig(sig [96]byte, pk *blst.P1Affine, root Root) bool {
	p := new(blst.P2Affine).Uncompress(sig[:])
	return p != nil && p.SigValidate(true) && p.Verify(false, pk, false, root[:], blsDST)
}

// verifyAggregateSig verifies a compressed aggregate signature of pks (a
// key may repeat) over root.
func verifyAggregateSig(sig [96]byte, pks []*blst.P1Affine, root Root) bool {
	p := new(blst.P2Affine).Uncompress(sig[:])
	return len(pks) > 0 && p != nil && p.SigValidate(true) && p.FastAggregateVerify(false, pks, root[:], blsDST)
}

// recordAggregatesLocked records the accepted aggregates and accounts for
// the failures, which it returns.
func (s *Sim) recordAggregatesLocked(jobs []*aggregateJob, received time.Time) []failure {
	var failures []failure
	for _, j := range jobs {
		m := &j.agg.Message
		slot := m.Aggregate.Data.Slot
		if j.reason != "" {
			failures = append(failures, failure{Index: j.index, Message: j.reason + ": " + j.msg, reason: j.reason})
			s.metrics.submissions.WithLabelValues(dutyAggregate, resultRejected).Inc()
			s.metrics.rejections.WithLabelValues(dutyAggregate, j.reason).Inc()
			s.st.slotLocked(s.plausibleSlot(slot, received)).aggregateRejections++
			s.st.logRejection(Rejection{Time: received, Validator: m.AggregatorIndex, Slot: slot, Reason: j.reason, Message: j.reason + ": " + j.msg})
			continue
		}
		s.metrics.submissions.WithLabelValues(dutyAggregate, resultAccepted).Inc()
		rec := s.st.slotLocked(slot)
		if _, ok := rec.aggregates[m.AggregatorIndex]; !ok {
			rec.aggregates[m.AggregatorIndex] = j.agg.Signature
			s.metrics.delay.WithLabelValues(dutyAggregate).Observe(received.Sub(s.slotStart(slot)).Seconds())
		}
	}
	if len(failures) > 0 {
		s.log.Debug("aggregates rejected", "failures", len(failures), "first", failures[0].Message)
	}
	return failures
}
