package beaconsim

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"sort"
	"time"

	blst "github.com/supranational/blst/bindings/go"
)

// syncCommittee is the simulator's one sync committee: SYNC_COMMITTEE_SIZE
// seats, each held by a validator drawn, with replacement, from the
// validators active at genesis. It never rotates.
type syncCommittee struct {
	seats []uint64 // validator index of each seat
	// positions maps each member to its seats, ascending.
	positions map[uint64][]uint64
}

// newSyncCommittee draws the sync committee: seat i goes to
// active[LE64(sha256("beaconsim/sync" || genesis_validators_root ||
// LE64(i))[:8]) mod len(active)], active being the validators active at
// epoch 0 in index order. As with the spec's sampling (which also draws
// with replacement), a validator may hold several seats; with fewer than
// 512 validators every one of them holds several.
func (s *Sim) newSyncCommittee() *syncCommittee {
	var active []uint64
	for _, v := range s.validators {
		if v.activeAt(0) {
			active = append(active, v.index)
		}
	}
	sc := &syncCommittee{positions: make(map[uint64][]uint64)}
	if len(active) == 0 {
		return sc
	}
	sc.seats = make([]uint64, syncCommitteeSize)
	for i := range sc.seats {
		h := sha256.New()
		h.Write([]byte("beaconsim/sync"))
		h.Write(s.gvr[:])
		_ = binary.Write(h, binary.LittleEndian, uint64(i))
		vi := active[binary.LittleEndian.Uint64(h.Sum(nil)[:8])%uint64(len(active))]
		sc.seats[i] = vi
		sc.positions[vi] = append(sc.positions[vi], uint64(i))
	}
	return sc
}

// memberAt reports whether validator sits in the sync committee and is
// active in epoch.
func (s *Sim) memberAt(validator, epoch uint64) bool {
	return len(s.sync.positions[validator]) > 0 && s.validators[validator].activeAt(epoch)
}

// inSubcommittee reports whether validator holds a seat of subcommittee.
func (s *Sim) inSubcommittee(validator, subcommittee uint64) bool {
	for _, p := range s.sync.positions[validator] {
		if p/syncSubcommitteeSize == subcommittee {
			return true
		}
	}
	return false
}

// SyncCommittee returns the validator index of each of the sync
// committee's seats (empty if no validator was active at genesis).
func (s *Sim) SyncCommittee() []uint64 { return append([]uint64(nil), s.sync.seats...) }

type syncDutyJSON struct {
	Pubkey                        string   `json:"pubkey"`
	ValidatorIndex                string   `json:"validator_index"`
	ValidatorSyncCommitteeIndices []string `json:"validator_sync_committee_indices"`
}

// handleSyncDuties serves POST /eth/v1/validator/duties/sync/{epoch}: for
// each asked validator that sits in the sync committee and is active in
// the epoch, its seats. Epochs up to one sync committee period ahead of the
// current epoch are served (the committee never changes); an index beyond
// the registry is a 400.
func (s *Sim) handleSyncDuties(w http.ResponseWriter, r *http.Request) {
	epoch, err := parseUint(r.PathValue("epoch"))
	if err != nil {
		writeError(w, http.StatusBadRequest, fmt.Sprintf("invalid epoch: %v", err))
		return
	}
	indices, err := decodeIndexList(r)
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	s.catchUp(s.clock.Now())
	if cur := s.epochOf(s.slotAt(s.clock.Now())); epoch > cur+epochsPerSyncCommitteePeriod {
		writeError(w, http.StatusBadRequest, fmt.Sprintf("epoch %d is more than a sync committee period ahead of the current epoch %d", epoch, cur))
		return
	}
	out := make([]syncDutyJSON, 0)
	for _, vi := range indices {
		if vi >= uint64(len(s.validators)) {
			writeError(w, http.StatusBadRequest, fmt.Sprintf("unknown validator index %d", vi))
			return
		}
		if !s.memberAt(vi, epoch) {
			continue
		}
		d := syncDutyJSON{Pubkey: hex0x(s.validators[vi].record.Pubkey[:]), ValidatorIndex: u64s(vi)}
		for _, p := range s.sync.positions[vi] {
			d.ValidatorSyncCommitteeIndices = append(d.ValidatorSyncCommitteeIndices, u64s(p))
		}
		out = append(out, d)
	}
	writeJSON(w, http.StatusOK, map[string]any{"execution_optimistic": false, "data": out})
}

// handleSyncSubscriptions serves POST
// /eth/v1/validator/sync_committee_subscriptions: a JSON array of
// {validator_index, sync_committee_indices, until_epoch} with every field
// present; accepted without effect (there are no subnets).
func (s *Sim) handleSyncSubscriptions(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(http.MaxBytesReader(nil, r.Body, maxSubmissionBytes))
	if err != nil {
		writeError(w, http.StatusBadRequest, fmt.Sprintf("cannot read body: %v", err))
		return
	}
	var subs []struct {
		ValidatorIndex       *string  `json:"validator_index"`
		SyncCommitteeIndices []string `json:"sync_committee_indices"`
		UntilEpoch           *string  `json:"until_epoch"`
	}
	if err := json.Unmarshal(body, &subs); err != nil {
		writeError(w, http.StatusBadRequest, fmt.Sprintf("invalid JSON: expected an array of subscriptions: %v", err))
		return
	}
	for i, sub := range subs {
		vi, err := reqUint("validator_index", sub.ValidatorIndex)
		if err == nil {
			_, err = reqUint("until_epoch", sub.UntilEpoch)
		}
		for _, idx := range sub.SyncCommitteeIndices {
			if n, perr := parseUint(idx); err == nil && (perr != nil || n >= syncCommitteeSize) {
				err = fmt.Errorf("sync committee index %q", idx)
			}
		}
		if err == nil && vi >= uint64(len(s.validators)) {
			err = fmt.Errorf("unknown validator index %d", vi)
		}
		if err != nil {
			writeError(w, http.StatusBadRequest, fmt.Sprintf("subscription %d: %v", i, err))
			return
		}
	}
	w.WriteHeader(http.StatusOK)
}

// syncMessage is an accepted sync committee message.
type syncMessage struct {
	root     Root
	sig      *blst.P2Affine
	sigBytes [96]byte
}

// SyncCommitteeMessage is the container of the same name, decoded.
type SyncCommitteeMessage struct {
	Slot            uint64
	BeaconBlockRoot Root
	ValidatorIndex  uint64
	Signature       [96]byte
}

func decodeSyncMessage(raw []byte) (SyncCommitteeMessage, error) {
	var j struct {
		Slot            *string `json:"slot"`
		BeaconBlockRoot *string `json:"beacon_block_root"`
		ValidatorIndex  *string `json:"validator_index"`
		Signature       *string `json:"signature"`
	}
	var m SyncCommitteeMessage
	if err := json.Unmarshal(raw, &j); err != nil {
		return m, fmt.Errorf("invalid SyncCommitteeMessage JSON: %w", err)
	}
	var err error
	if m.Slot, err = reqUint("slot", j.Slot); err != nil {
		return m, err
	}
	if m.BeaconBlockRoot, err = reqRoot("beacon_block_root", j.BeaconBlockRoot); err != nil {
		return m, err
	}
	if m.ValidatorIndex, err = reqUint("validator_index", j.ValidatorIndex); err != nil {
		return m, err
	}
	m.Signature, err = reqSignature("signature", j.Signature)
	return m, err
}

// syncJob is one decoded sync committee message on its way through
// validation.
type syncJob struct {
	index  int
	msg    SyncCommitteeMessage
	sig    *blst.P2Affine
	repeat bool
	reason string
	text   string
}

// currentSlot checks that slot is the current slot at received,
// allowing the clock disparity either way (the gossip rule of sync
// committee messages and contributions).
func (s *Sim) currentSlot(slot uint64, received time.Time) (string, string) {
	d := s.clockDisparity()
	if slot > s.slotAt(received.Add(d)) || received.Add(d).Before(s.cfg.GenesisTime) {
		return reasonFutureSlot, fmt.Sprintf("slot %d has not started (current slot %d)", slot, s.slotAt(received))
	}
	if slot < s.slotAt(received.Add(-d)) {
		return reasonTooOld, fmt.Sprintf("slot %d is over (current slot %d)", slot, s.slotAt(received))
	}
	return "", ""
}

// handleSubmitSyncMessages serves POST /eth/v1/beacon/pool/sync_committees.
// The body must be a non-empty JSON array of SyncCommitteeMessage, or the
// request is a 400 as a whole; each element is then judged on its own (see
// the package documentation) and failures are reported as an indexed 400.
func (s *Sim) handleSubmitSyncMessages(w http.ResponseWriter, r *http.Request) {
	received := s.clock.Now()
	raws, err := readSubmission(r, "SyncCommitteeMessage", false)
	if err != nil {
		s.rejectWholeDuty(dutySyncMessage, received, err.Error())
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	jobs := make([]*syncJob, len(raws))
	for i, raw := range raws {
		jobs[i] = &syncJob{index: i}
		if jobs[i].msg, err = decodeSyncMessage(raw); err != nil {
			jobs[i].reason, jobs[i].text = reasonDecode, err.Error()
		}
	}
	s.catchUp(received)
	s.mu.Lock()
	for _, j := range jobs {
		if j.reason == "" {
			j.reason, j.text = s.prepareSyncMessageLocked(j, received)
		}
	}
	s.mu.Unlock()
	s.verifySyncMessages(jobs)
	s.mu.Lock()
	failures := s.recordSyncMessagesLocked(jobs, received)
	s.mu.Unlock()
	writeFailures(w, failures, "sync committee messages")
}

func (s *Sim) prepareSyncMessageLocked(j *syncJob, received time.Time) (string, string) {
	m := j.msg
	if m.ValidatorIndex >= uint64(len(s.validators)) {
		return reasonUnknownValidator, fmt.Sprintf("validator_index %d is not in the registry of %d validators", m.ValidatorIndex, len(s.validators))
	}
	if !s.memberAt(m.ValidatorIndex, s.epochOf(m.Slot)) {
		return reasonNoDuty, fmt.Sprintf("validator %d is not an active sync committee member at slot %d", m.ValidatorIndex, m.Slot)
	}
	if reason, text := s.currentSlot(m.Slot, received); reason != "" {
		return reason, text
	}
	if b, ok := s.chain.byRoot[m.BeaconBlockRoot]; !ok || b.info.Slot > m.Slot {
		return reasonUnknownHead, fmt.Sprintf("beacon_block_root %s is not a block at or before slot %d", m.BeaconBlockRoot, m.Slot)
	}
	if rec, ok := s.st.slots[m.Slot]; ok {
		if prev, ok := rec.syncMessages[m.ValidatorIndex]; ok {
			if prev.root == m.BeaconBlockRoot && prev.sigBytes == m.Signature {
				j.repeat = true
				return "", ""
			}
			return reasonDuplicate, fmt.Sprintf("validator %d already has a sync committee message for slot %d", m.ValidatorIndex, m.Slot)
		}
	}
	j.sig = new(blst.P2Affine).Uncompress(m.Signature[:])
	if j.sig == nil || !j.sig.SigValidate(true) {
		return reasonBadSignature, "signature is not a valid G2 point in the subgroup"
	}
	return "", ""
}

// verifySyncMessages verifies the prepared messages' signatures: those
// signing the same block root (a slot's members all do) together, by a
// random linear combination, and one by one only if that fails.
func (s *Sim) verifySyncMessages(jobs []*syncJob) {
	groups := make(map[Root][]*syncJob)
	for _, j := range jobs {
		if j.reason != "" || j.repeat {
			continue
		}
		root := ComputeSigningRoot(j.msg.BeaconBlockRoot, s.domain(DomainSyncCommittee, s.epochOf(j.msg.Slot)))
		groups[root] = append(groups[root], j)
	}
	for root, g := range groups {
		pks := make([]*blst.P1Affine, len(g))
		sigs := make([]*blst.P2Affine, len(g))
		for i, j := range g {
			pks[i], sigs[i] = s.validators[j.msg.ValidatorIndex].pk, j.sig
		}
		if len(g) > 1 && batchVerifySameRoot(root, pks, sigs) {
			continue
		}
		for i, j := range g {
			if !sigs[i].Verify(false, pks[i], false, root[:], blsDST) {
				j.reason, j.text = reasonBadSignature, fmt.Sprintf("signature does not verify against validator %d's key over block root %s (DOMAIN_SYNC_COMMITTEE)", j.msg.ValidatorIndex, j.msg.BeaconBlockRoot)
			}
		}
	}
}

// batchVerifySameRoot checks that every sigs[i] is pks[i]'s signature of
// root with one random linear combination (signatures subgroup-checked
// already).
func batchVerifySameRoot(root Root, pks []*blst.P1Affine, sigs []*blst.P2Affine) bool {
	scalars := make([]byte, 8*len(sigs))
	if _, err := rand.Read(scalars); err != nil {
		return false
	}
	for i := range sigs {
		scalars[8*i] |= 1
	}
	aggSig := blst.P2AffinesMult(sigs, scalars, 64)
	aggPk := blst.P1AffinesMult(pks, scalars, 64)
	if aggSig == nil || aggPk == nil {
		return false
	}
	return aggSig.ToAffine().Verify(false, aggPk.ToAffine(), false, root[:], blsDST)
}

func (s *Sim) recordSyncMessagesLocked(jobs []*syncJob, received time.Time) []failure {
	var failures []failure
	for _, j := range jobs {
		m := j.msg
		if j.reason != "" {
			failures = append(failures, failure{Index: j.index, Message: j.reason + ": " + j.text, reason: j.reason})
			s.metrics.submissions.WithLabelValues(dutySyncMessage, resultRejected).Inc()
			s.metrics.rejections.WithLabelValues(dutySyncMessage, j.reason).Inc()
			s.st.slotLocked(s.plausibleSlot(m.Slot, received)).syncRejections++
			s.st.logRejection(Rejection{Time: received, Validator: m.ValidatorIndex, Slot: m.Slot, Reason: j.reason, Message: j.reason + ": " + j.text})
			continue
		}
		s.metrics.submissions.WithLabelValues(dutySyncMessage, resultAccepted).Inc()
		rec := s.st.slotLocked(m.Slot)
		if _, ok := rec.syncMessages[m.ValidatorIndex]; !ok && !j.repeat {
			rec.syncMessages[m.ValidatorIndex] = &syncMessage{root: m.BeaconBlockRoot, sig: j.sig, sigBytes: m.Signature}
			s.metrics.delay.WithLabelValues(dutySyncMessage).Observe(received.Sub(s.slotStart(m.Slot)).Seconds())
		}
	}
	return failures
}

// handleSyncContribution serves GET
// /eth/v1/validator/sync_committee_contribution?slot=&subcommittee_index=&beacon_block_root=:
// the contribution of the subcommittee's accepted messages for that slot
// and root. A member holding several seats of the subcommittee has each of
// their bits set and its signature counted once per seat, as
// process_sync_aggregate expects. 404 when no such message was accepted.
func (s *Sim) handleSyncContribution(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	slot, err := parseUint(q.Get("slot"))
	if err != nil {
		writeError(w, http.StatusBadRequest, fmt.Sprintf("invalid slot: %v", err))
		return
	}
	sub, err := parseUint(q.Get("subcommittee_index"))
	if err != nil || sub >= syncCommitteeSubnetCount {
		writeError(w, http.StatusBadRequest, fmt.Sprintf("invalid subcommittee_index %q", q.Get("subcommittee_index")))
		return
	}
	root, err := parseRoot(q.Get("beacon_block_root"))
	if err != nil {
		writeError(w, http.StatusBadRequest, fmt.Sprintf("invalid beacon_block_root: %v", err))
		return
	}
	s.mu.Lock()
	c, ok := s.contributionLocked(slot, sub, root)
	s.mu.Unlock()
	if !ok {
		writeError(w, http.StatusNotFound, fmt.Sprintf("no sync committee message of subcommittee %d at slot %d for block %s", sub, slot, root))
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"data": contributionJSON(c)})
}

func (s *Sim) contributionLocked(slot, sub uint64, root Root) (*SyncCommitteeContribution, bool) {
	rec, ok := s.st.slots[slot]
	if !ok || len(s.sync.seats) == 0 {
		return nil, false
	}
	c := &SyncCommitteeContribution{Slot: slot, BeaconBlockRoot: root, SubcommitteeIndex: sub}
	var agg blst.P2Aggregate
	n := 0
	for i := range uint64(syncSubcommitteeSize) {
		m := rec.syncMessages[s.sync.seats[sub*syncSubcommitteeSize+i]]
		if m == nil || m.root != root {
			continue
		}
		agg.Add(m.sig, false)
		c.AggregationBits[i/8] |= 1 << (i % 8)
		n++
	}
	if n == 0 {
		return nil, false
	}
	c.Signature = [96]byte(agg.ToAffine().Compress())
	return c, true
}

func contributionJSON(c *SyncCommitteeContribution) map[string]any {
	return map[string]any{
		"slot":               u64s(c.Slot),
		"beacon_block_root":  c.BeaconBlockRoot.String(),
		"subcommittee_index": u64s(c.SubcommitteeIndex),
		"aggregation_bits":   hex0x(c.AggregationBits[:]),
		"signature":          hex0x(c.Signature[:]),
	}
}

// signedContribution is a decoded SignedContributionAndProof.
type signedContribution struct {
	Message   ContributionAndProof
	Signature [96]byte
}

func decodeSignedContribution(raw []byte) (signedContribution, error) {
	var j struct {
		Message *struct {
			AggregatorIndex *string `json:"aggregator_index"`
			Contribution    *struct {
				Slot              *string `json:"slot"`
				BeaconBlockRoot   *string `json:"beacon_block_root"`
				SubcommitteeIndex *string `json:"subcommittee_index"`
				AggregationBits   *string `json:"aggregation_bits"`
				Signature         *string `json:"signature"`
			} `json:"contribution"`
			SelectionProof *string `json:"selection_proof"`
		} `json:"message"`
		Signature *string `json:"signature"`
	}
	var out signedContribution
	if err := json.Unmarshal(raw, &j); err != nil {
		return out, fmt.Errorf("invalid SignedContributionAndProof JSON: %w", err)
	}
	if j.Message == nil || j.Message.Contribution == nil {
		return out, errors.New("message or contribution missing")
	}
	m, c, jc := &out.Message, &out.Message.Contribution, j.Message.Contribution
	var err error
	if m.AggregatorIndex, err = reqUint("aggregator_index", j.Message.AggregatorIndex); err != nil {
		return out, err
	}
	if m.SelectionProof, err = reqSignature("selection_proof", j.Message.SelectionProof); err != nil {
		return out, err
	}
	if out.Signature, err = reqSignature("signature", j.Signature); err != nil {
		return out, err
	}
	if c.Slot, err = reqUint("contribution.slot", jc.Slot); err != nil {
		return out, err
	}
	if c.BeaconBlockRoot, err = reqRoot("contribution.beacon_block_root", jc.BeaconBlockRoot); err != nil {
		return out, err
	}
	if c.SubcommitteeIndex, err = reqUint("contribution.subcommittee_index", jc.SubcommitteeIndex); err != nil {
		return out, err
	}
	if c.Signature, err = reqSignature("contribution.signature", jc.Signature); err != nil {
		return out, err
	}
	if jc.AggregationBits == nil {
		return out, errors.New("contribution.aggregation_bits missing")
	}
	bits, err := parseHexFixed(*jc.AggregationBits, syncSubcommitteeAggregationLength)
	if err != nil {
		return out, fmt.Errorf("contribution.aggregation_bits: %w", err)
	}
	c.AggregationBits = [syncSubcommitteeAggregationLength]byte(bits)
	return out, nil
}

// contributionJob is one decoded contribution on its way through
// validation.
type contributionJob struct {
	index  int
	c      signedContribution
	pks    []*blst.P1Affine // the participants' keys, one per set bit
	repeat bool
	reason string
	text   string
}

// handleSubmitContributions serves POST
// /eth/v1/validator/contribution_and_proofs. The body must be a non-empty
// JSON array of SignedContributionAndProof, or the request is a 400 as a
// whole; each element is then judged on its own (see the package
// documentation) and failures are reported as an indexed 400.
func (s *Sim) handleSubmitContributions(w http.ResponseWriter, r *http.Request) {
	received := s.clock.Now()
	raws, err := readSubmission(r, "SignedContributionAndProof", false)
	if err != nil {
		s.rejectWholeDuty(dutyContribution, received, err.Error())
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	jobs := make([]*contributionJob, len(raws))
	for i, raw := range raws {
		jobs[i] = &contributionJob{index: i}
		if jobs[i].c, err = decodeSignedContribution(raw); err != nil {
			jobs[i].reason, jobs[i].text = reasonDecode, err.Error()
		}
	}
	s.catchUp(received)
	s.mu.Lock()
	for _, j := range jobs {
		if j.reason == "" {
			j.reason, j.text = s.prepareContributionLocked(j, received)
		}
	}
	s.mu.Unlock()
	for _, j := range jobs {
		if j.reason == "" && !j.repeat {
			j.reason, j.text = s.verifyContribution(j)
		}
	}
	s.mu.Lock()
	failures := s.recordContributionsLocked(jobs, received)
	s.mu.Unlock()
	writeFailures(w, failures, "contributions")
}

func (s *Sim) prepareContributionLocked(j *contributionJob, received time.Time) (string, string) {
	m := &j.c.Message
	c := &m.Contribution
	if m.AggregatorIndex >= uint64(len(s.validators)) {
		return reasonUnknownValidator, fmt.Sprintf("aggregator_index %d is not in the registry of %d validators", m.AggregatorIndex, len(s.validators))
	}
	if c.SubcommitteeIndex >= syncCommitteeSubnetCount {
		return reasonBadIndex, fmt.Sprintf("subcommittee_index %d is not below SYNC_COMMITTEE_SUBNET_COUNT", c.SubcommitteeIndex)
	}
	if !s.memberAt(m.AggregatorIndex, s.epochOf(c.Slot)) || !s.inSubcommittee(m.AggregatorIndex, c.SubcommitteeIndex) {
		return reasonNoDuty, fmt.Sprintf("validator %d has no seat in sync subcommittee %d at slot %d", m.AggregatorIndex, c.SubcommitteeIndex, c.Slot)
	}
	if reason, text := s.currentSlot(c.Slot, received); reason != "" {
		return reason, text
	}
	if b, ok := s.chain.byRoot[c.BeaconBlockRoot]; !ok || b.info.Slot > c.Slot {
		return reasonUnknownHead, fmt.Sprintf("beacon_block_root %s is not a block at or before slot %d", c.BeaconBlockRoot, c.Slot)
	}
	for i := range uint64(syncSubcommitteeSize) {
		if bitSet(c.AggregationBits[:], i) {
			j.pks = append(j.pks, s.validators[s.sync.seats[c.SubcommitteeIndex*syncSubcommitteeSize+i]].pk)
		}
	}
	if len(j.pks) == 0 {
		return reasonNoParticipants, "aggregation_bits has no bit set"
	}
	if rec, ok := s.st.slots[c.Slot]; ok {
		if sig, ok := rec.contributions[contributionKey{m.AggregatorIndex, c.SubcommitteeIndex}]; ok && sig == j.c.Signature {
			j.repeat = true
		}
	}
	return "", ""
}

// verifyContribution checks a contribution's three signatures: the
// selection proof (and that it selects the aggregator), the aggregator's
// signature of the ContributionAndProof, and the contribution's aggregate
// signature of the participants' messages.
func (s *Sim) verifyContribution(j *contributionJob) (string, string) {
	m := &j.c.Message
	c := &m.Contribution
	epoch := s.epochOf(c.Slot)
	pk := s.validators[m.AggregatorIndex].pk
	sel := SyncAggregatorSelectionData{Slot: c.Slot, SubcommitteeIndex: c.SubcommitteeIndex}
	if !verifySig(m.SelectionProof, pk, ComputeSigningRoot(sel.HashTreeRoot(), s.domain(DomainSyncCommitteeSelectionProof, epoch))) {
		return reasonBadSelectionProof, fmt.Sprintf("selection proof does not verify against validator %d's key over slot %d subcommittee %d (DOMAIN_SYNC_COMMITTEE_SELECTION_PROOF)", m.AggregatorIndex, c.Slot, c.SubcommitteeIndex)
	}
	if !isSyncCommitteeAggregator(m.SelectionProof) {
		return reasonNotAggregator, fmt.Sprintf("the selection proof does not select validator %d as a sync subcommittee aggregator", m.AggregatorIndex)
	}
	if !verifySig(j.c.Signature, pk, ComputeSigningRoot(m.HashTreeRoot(), s.domain(DomainContributionAndProof, epoch))) {
		return reasonBadSignature, fmt.Sprintf("signature does not verify against validator %d's key over the ContributionAndProof (DOMAIN_CONTRIBUTION_AND_PROOF)", m.AggregatorIndex)
	}
	if !verifyAggregateSig(c.Signature, j.pks, ComputeSigningRoot(c.BeaconBlockRoot, s.domain(DomainSyncCommittee, epoch))) {
		return reasonBadAggregateSignature, fmt.Sprintf("contribution signature does not verify for the %d seats its bits name", len(j.pks))
	}
	return "", ""
}

func (s *Sim) recordContributionsLocked(jobs []*contributionJob, received time.Time) []failure {
	var failures []failure
	for _, j := range jobs {
		m := &j.c.Message
		slot := m.Contribution.Slot
		if j.reason != "" {
			failures = append(failures, failure{Index: j.index, Message: j.reason + ": " + j.text, reason: j.reason})
			s.metrics.submissions.WithLabelValues(dutyContribution, resultRejected).Inc()
			s.metrics.rejections.WithLabelValues(dutyContribution, j.reason).Inc()
			s.st.slotLocked(s.plausibleSlot(slot, received)).contributionRejections++
			s.st.logRejection(Rejection{Time: received, Validator: m.AggregatorIndex, Slot: slot, Reason: j.reason, Message: j.reason + ": " + j.text})
			continue
		}
		s.metrics.submissions.WithLabelValues(dutyContribution, resultAccepted).Inc()
		rec := s.st.slotLocked(slot)
		key := contributionKey{m.AggregatorIndex, m.Contribution.SubcommitteeIndex}
		if _, ok := rec.contributions[key]; !ok {
			rec.contributions[key] = j.c.Signature
			s.metrics.delay.WithLabelValues(dutyContribution).Observe(received.Sub(s.slotStart(slot)).Seconds())
		}
	}
	return failures
}

// SlotDuties is the simulator's account of one slot's aggregation and sync
// committee duties.
type SlotDuties struct {
	// AggregatesDue counts the validators announced as aggregators of the
	// slot by beacon committee subscriptions (is_aggregator true, matching
	// their attester duty); AggregatesAccepted the aggregators whose
	// SignedAggregateAndProof for the slot was accepted.
	AggregatesDue, AggregatesAccepted int
	// SyncMessagesDue counts the sync committee members active at the slot
	// once the slot has started; SyncMessagesAccepted the members whose
	// message for the slot was accepted.
	SyncMessagesDue, SyncMessagesAccepted int
	// ContributionsAccepted counts the (aggregator, subcommittee) pairs
	// whose SignedContributionAndProof for the slot was accepted. The
	// simulator cannot tell how many were due: that takes the validators'
	// keys (see the package documentation).
	ContributionsAccepted int
	// Rejected submissions claiming the slot, by duty.
	AggregateRejections, SyncMessageRejections, ContributionRejections int
}

// SlotDuties returns the account of slot's aggregation and sync committee
// duties.
func (s *Sim) SlotDuties(slot uint64) SlotDuties {
	s.catchUp(s.clock.Now())
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.slotDutiesLocked(slot)
}

func (s *Sim) slotDutiesLocked(slot uint64) SlotDuties {
	var out SlotDuties
	if slot <= s.slotAt(s.clock.Now()) {
		epoch := s.epochOf(slot)
		for vi := range s.sync.positions {
			if s.validators[vi].activeAt(epoch) {
				out.SyncMessagesDue++
			}
		}
	}
	rec, ok := s.st.slots[slot]
	if !ok {
		return out
	}
	out.AggregatesDue, out.AggregatesAccepted = len(rec.aggregators), len(rec.aggregates)
	out.SyncMessagesAccepted, out.ContributionsAccepted = len(rec.syncMessages), len(rec.contributions)
	out.AggregateRejections, out.SyncMessageRejections, out.ContributionRejections = rec.aggregateRejections, rec.syncRejections, rec.contributionRejections
	return out
}

// Aggregators returns the validators whose aggregate for slot was
// accepted, ascending.
func (s *Sim) Aggregators(slot uint64) []uint64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []uint64
	if rec, ok := s.st.slots[slot]; ok {
		out = sortedKeys(rec.aggregates)
	}
	return out
}

// Contribution is an accepted sync committee contribution's aggregator and
// subcommittee.
type Contribution struct{ Aggregator, Subcommittee uint64 }

// Contributions returns the contributions accepted for slot, ordered.
func (s *Sim) Contributions(slot uint64) []Contribution {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []Contribution
	if rec, ok := s.st.slots[slot]; ok {
		for k := range rec.contributions {
			out = append(out, Contribution{k.aggregator, k.subcommittee})
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Aggregator != out[j].Aggregator {
			return out[i].Aggregator < out[j].Aggregator
		}
		return out[i].Subcommittee < out[j].Subcommittee
	})
	return out
}
