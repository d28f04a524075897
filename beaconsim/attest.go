package beaconsim

import (
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"sort"
	"strings"
	"time"

	blst "github.com/supranational/blst/bindings/go"
)

// blsDST is the domain separation tag of Ethereum's BLS signatures
// (proof-of-possession scheme, signatures in G2).
var blsDST = []byte("BLS_SIG_BLS12381G2_XMD:SHA-256_SSWU_RO_POP_")

// maxSubmissionBytes bounds a submission body.
const maxSubmissionBytes = 16 << 20

// Rejection reasons: the low-cardinality codes of the rejection metric and
// the prefix of every failure message.
const (
	reasonDecode           = "decode"
	reasonUnknownValidator = "unknown_validator"
	reasonBadSignature     = "bad_signature"
	reasonSlashable        = "slashable"
	reasonBadIndex         = "bad_index"
	reasonBadTarget        = "bad_target_epoch"
	reasonFutureSlot       = "future_slot"
	reasonTooOld           = "too_old"
	reasonInactive         = "inactive"
	reasonNoDuty           = "no_duty"
	reasonUnknownHead      = "unknown_head"
	reasonWrongTarget      = "wrong_target"
	reasonWrongSource      = "wrong_source"
)

// singleAttestation is a decoded Electra SingleAttestation.
type singleAttestation struct {
	CommitteeIndex uint64
	AttesterIndex  uint64
	Data           AttestationData
	Signature      [96]byte
}

type checkpointJSON struct {
	Epoch *string `json:"epoch"`
	Root  *string `json:"root"`
}

type attestationDataJSON struct {
	Slot            *string         `json:"slot"`
	Index           *string         `json:"index"`
	BeaconBlockRoot *string         `json:"beacon_block_root"`
	Source          *checkpointJSON `json:"source"`
	Target          *checkpointJSON `json:"target"`
}

type singleAttestationJSON struct {
	CommitteeIndex *string              `json:"committee_index"`
	AttesterIndex  *string              `json:"attester_index"`
	Data           *attestationDataJSON `json:"data"`
	Signature      *string              `json:"signature"`
}

// decodeSingleAttestation decodes one SingleAttestation JSON object
// strictly: every field present, integers as decimal strings, roots and the
// signature as 0x-prefixed hex of the exact length. Unknown fields are
// ignored, as beacon nodes do.
func decodeSingleAttestation(raw []byte) (singleAttestation, error) {
	var j singleAttestationJSON
	var out singleAttestation
	if err := json.Unmarshal(raw, &j); err != nil {
		return out, fmt.Errorf("invalid SingleAttestation JSON: %w", err)
	}
	var err error
	if out.CommitteeIndex, err = reqUint("committee_index", j.CommitteeIndex); err != nil {
		return out, err
	}
	if out.AttesterIndex, err = reqUint("attester_index", j.AttesterIndex); err != nil {
		return out, err
	}
	if j.Data == nil {
		return out, errors.New("data missing")
	}
	if out.Data, err = decodeAttestationData(j.Data); err != nil {
		return out, fmt.Errorf("data: %w", err)
	}
	if j.Signature == nil {
		return out, errors.New("signature missing")
	}
	sig, err := parseHexFixed(*j.Signature, 96)
	if err != nil {
		return out, fmt.Errorf("signature: %w", err)
	}
	copy(out.Signature[:], sig)
	return out, nil
}

func decodeAttestationData(j *attestationDataJSON) (AttestationData, error) {
	var d AttestationData
	var err error
	if d.Slot, err = reqUint("slot", j.Slot); err != nil {
		return d, err
	}
	if d.Index, err = reqUint("index", j.Index); err != nil {
		return d, err
	}
	if d.BeaconBlockRoot, err = reqRoot("beacon_block_root", j.BeaconBlockRoot); err != nil {
		return d, err
	}
	if d.Source, err = decodeCheckpoint("source", j.Source); err != nil {
		return d, err
	}
	if d.Target, err = decodeCheckpoint("target", j.Target); err != nil {
		return d, err
	}
	return d, nil
}

func decodeCheckpoint(name string, j *checkpointJSON) (Checkpoint, error) {
	var c Checkpoint
	if j == nil {
		return c, fmt.Errorf("%s missing", name)
	}
	var err error
	if c.Epoch, err = reqUint(name+".epoch", j.Epoch); err != nil {
		return c, err
	}
	if c.Root, err = reqRoot(name+".root", j.Root); err != nil {
		return c, err
	}
	return c, nil
}

func reqUint(name string, v *string) (uint64, error) {
	if v == nil {
		return 0, fmt.Errorf("%s missing", name)
	}
	n, err := parseUint(*v)
	if err != nil {
		return 0, fmt.Errorf("%s: %w", name, err)
	}
	return n, nil
}

func reqRoot(name string, v *string) (Root, error) {
	if v == nil {
		return Root{}, fmt.Errorf("%s missing", name)
	}
	r, err := parseRoot(*v)
	if err != nil {
		return Root{}, fmt.Errorf("%s: %w", name, err)
	}
	return r, nil
}

// failure is one rejected element of a submission.
type failure struct {
	Index   int    `json:"index"`
	Message string `json:"message"`
	reason  string
}

// submission is one decoded element on its way through validation.
type submission struct {
	index       int
	att         singleAttestation
	root        Root // hash_tree_root(data)
	signingRoot Root
	sig         *blst.P2Affine
	valid       bool
}

// poolKey identifies a validator's vote for a target epoch.
type poolKey struct{ validator, targetEpoch uint64 }

// pooledAttestation is an accepted attestation waiting for a block.
type pooledAttestation struct {
	key            poolKey
	validator      uint64
	committeeIndex uint64
	position       uint64 // validator_committee_index
	data           AttestationData
	dataRoot       Root
	sig            *blst.P2Affine
	sigBytes       [96]byte
	received       time.Time
}

// handleSubmitAttestations serves POST /eth/v2/beacon/pool/attestations.
//
// Contract: the Eth-Consensus-Version header must be "electra" and the body
// a non-empty JSON array of SingleAttestation; otherwise the whole request is
// a 400. Each element is then judged on its own; valid elements are accepted
// even when others fail, and failures are reported as a 400 with the
// standard indexed error body {"code":400,"message":...,"failures":[{"index",
// "message"}]}. A request whose elements are all accepted gets a 200 with no
// body.
func (s *Sim) handleSubmitAttestations(w http.ResponseWriter, r *http.Request) {
	received := s.clock.Now()
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxSubmissionBytes))
	if err != nil {
		msg := fmt.Sprintf("cannot read body: %v", err)
		s.rejectWhole(received, msg)
		writeError(w, http.StatusBadRequest, msg)
		return
	}
	failures, err := s.submitAttestations(r.Header.Get("Eth-Consensus-Version"), body, received)
	if err != nil {
		s.rejectWhole(received, err.Error())
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	if len(failures) > 0 {
		writeJSON(w, http.StatusBadRequest, map[string]any{
			"code":     http.StatusBadRequest,
			"message":  fmt.Sprintf("%d of the submitted attestations failed validation", len(failures)),
			"failures": failures,
		})
		return
	}
	w.WriteHeader(http.StatusOK)
}

// rejectWhole accounts for a submission rejected before any element could
// be read.
func (s *Sim) rejectWhole(received time.Time, msg string) {
	s.metrics.submissions.WithLabelValues(dutyAttestation, resultRejected).Inc()
	s.metrics.rejections.WithLabelValues(dutyAttestation, reasonDecode).Inc()
	s.mu.Lock()
	s.st.epoch(s.epochOf(s.slotAt(received))).rejected++
	s.st.logRejection(Rejection{Time: received, Reason: reasonDecode, Message: reasonDecode + ": " + msg})
	s.mu.Unlock()
}

// submitAttestations judges a submission body. It returns an error if the
// request as a whole is invalid, else the failures of individual elements
// (sorted by index); the valid elements are accepted into the pool.
func (s *Sim) submitAttestations(version string, body []byte, received time.Time) ([]failure, error) {
	switch {
	case version == "":
		return nil, errors.New("missing Eth-Consensus-Version header")
	case !strings.EqualFold(version, "electra"):
		return nil, fmt.Errorf("unsupported Eth-Consensus-Version %q: the chain is at electra", version)
	}
	var raws []json.RawMessage
	if err := json.Unmarshal(body, &raws); err != nil {
		return nil, fmt.Errorf("invalid JSON: expected an array of SingleAttestation: %v", err)
	}
	if len(raws) == 0 {
		return nil, errors.New("no attestations submitted")
	}

	var failures []failure
	fail := func(i int, reason, msg string) {
		failures = append(failures, failure{Index: i, Message: reason + ": " + msg, reason: reason})
	}
	subs := make([]*submission, 0, len(raws))
	decoded := make(map[int]singleAttestation)
	for i, raw := range raws {
		att, err := decodeSingleAttestation(raw)
		if err != nil {
			fail(i, reasonDecode, err.Error())
			continue
		}
		decoded[i] = att
		if att.AttesterIndex >= uint64(len(s.validators)) {
			fail(i, reasonUnknownValidator, fmt.Sprintf("attester_index %d is not in the registry of %d validators", att.AttesterIndex, len(s.validators)))
			continue
		}
		root := att.Data.HashTreeRoot()
		if s.isRepeat(att, root) {
			// The very attestation already accepted (each operator of a
			// cluster submits it): accepted again without checking again.
			s.metrics.submissions.WithLabelValues(dutyAttestation, resultAccepted).Inc()
			continue
		}
		sig := new(blst.P2Affine).Uncompress(att.Signature[:])
		if sig == nil || !sig.SigValidate(true) {
			fail(i, reasonBadSignature, "signature is not a valid G2 point in the subgroup")
			continue
		}
		subs = append(subs, &submission{
			index:       i,
			att:         att,
			root:        root,
			signingRoot: ComputeSigningRoot(root, s.AttesterDomain(att.Data.Target.Epoch)),
			sig:         sig,
		})
	}

	s.verifySignatures(subs)

	s.catchUp(received)
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, sub := range subs {
		vi := sub.att.AttesterIndex
		if !sub.valid {
			fail(sub.index, reasonBadSignature, fmt.Sprintf(
				"signature does not verify against validator %d's public key over the signing root %s (domain DOMAIN_BEACON_ATTESTER, epoch %d)",
				vi, sub.signingRoot, sub.att.Data.Target.Epoch))
			continue
		}
		if prev, ok := s.st.epoch(sub.att.Data.Target.Epoch).accepted[vi]; ok && prev.root == sub.root {
			// A resubmission of an accepted attestation: accepted again,
			// changes nothing.
			s.metrics.submissions.WithLabelValues(dutyAttestation, resultAccepted).Inc()
			continue
		}
		if found := s.detectSlashingLocked(vi, sub.att.Data, sub.root, sub.att.Signature, received); len(found) > 0 {
			fail(sub.index, reasonSlashable, found[0].describe())
			continue
		}
		if reason, msg := s.validateLocked(sub, received); reason != "" {
			fail(sub.index, reason, msg)
			continue
		}
		s.acceptLocked(sub, received)
	}
	for _, f := range failures {
		s.metrics.submissions.WithLabelValues(dutyAttestation, resultRejected).Inc()
		s.metrics.rejections.WithLabelValues(dutyAttestation, f.reason).Inc()
	}
	// Account rejections to the epoch they target when it is known and
	// plausible (so that garbage cannot grow the stats without bound), else
	// to the current epoch.
	byIndex := make(map[int]*submission, len(subs))
	for _, sub := range subs {
		byIndex[sub.index] = sub
	}
	cur := s.epochOf(s.slotAt(received))
	for _, f := range failures {
		e := cur
		rej := Rejection{Time: received, Reason: f.reason, Message: f.Message}
		if sub, ok := byIndex[f.Index]; ok {
			rej.Validator, rej.Slot = sub.att.AttesterIndex, sub.att.Data.Slot
			if sub.att.Data.Target.Epoch+2 >= cur && sub.att.Data.Target.Epoch <= cur+1 {
				e = sub.att.Data.Target.Epoch
			}
		} else if att, ok := decoded[f.Index]; ok {
			rej.Validator, rej.Slot = att.AttesterIndex, att.Data.Slot
		}
		s.st.epoch(e).rejected++
		s.st.logRejection(rej)
	}
	sort.Slice(failures, func(i, j int) bool { return failures[i].Index < failures[j].Index })
	if len(failures) > 0 {
		s.log.Debug("attestations rejected", "failures", len(failures), "first", failures[0].Message)
	}
	return failures, nil
}

// isRepeat reports whether att, with data root root, is byte for byte an
// attestation already accepted.
func (s *Sim) isRepeat(att singleAttestation, root Root) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	es, ok := s.st.epochs[att.Data.Target.Epoch]
	if !ok {
		return false
	}
	prev, ok := es.accepted[att.AttesterIndex]
	return ok && prev.root == root && prev.signature == att.Signature
}

// verifySignatures sets sub.valid for every submission. Submissions that
// sign the same root (since Electra, all attesters of a slot do) are checked
// together with a random linear combination: with random 64-bit r_i,
// e(sum r_i*pk_i, H(m)) == e(g1, sum r_i*sig_i) holds for all i at once
// (every signature was subgroup-checked on decoding), which costs two
// pairings and one hash-to-curve per group instead of per signature. A group
// that fails is re-checked one by one, so failures are exact.
func (s *Sim) verifySignatures(subs []*submission) {
	groups := make(map[Root][]*submission)
	var order []Root
	for _, sub := range subs {
		if _, ok := groups[sub.signingRoot]; !ok {
			order = append(order, sub.signingRoot)
		}
		groups[sub.signingRoot] = append(groups[sub.signingRoot], sub)
	}
	for _, root := range order {
		g := groups[root]
		if len(g) > 1 && s.batchVerify(root, g) {
			for _, sub := range g {
				sub.valid = true
			}
			continue
		}
		for _, sub := range g {
			pk := s.validators[sub.att.AttesterIndex].pk
			sub.valid = sub.sig.Verify(false, pk, false, root[:], blsDST)
		}
	}
}

func (s *Sim) batchVerify(root Root, g []*submission) bool {
	scalars := make([]byte, 8*len(g))
	if _, err := rand.Read(scalars); err != nil {
		return false // fall back to one-by-one verification
	}
	sigs := make([]*blst.P2Affine, len(g))
	pks := make([]*blst.P1Affine, len(g))
	for i, sub := range g {
		scalars[8*i] |= 1 // never zero
		sigs[i] = sub.sig
		pks[i] = s.validators[sub.att.AttesterIndex].pk
	}
	aggSig := blst.P2AffinesMult(sigs, scalars, 64)
	aggPk := blst.P1AffinesMult(pks, scalars, 64)
	if aggSig == nil || aggPk == nil {
		return false
	}
	return aggSig.ToAffine().Verify(false, aggPk.ToAffine(), false, root[:], blsDST)
}

// validateLocked checks a validly signed, non-slashable attestation against
// the simulated chain. It returns the rejection reason and message, or "".
func (s *Sim) validateLocked(sub *submission, received time.Time) (string, string) {
	d := sub.att.Data
	vi := sub.att.AttesterIndex
	epoch := d.Target.Epoch
	if d.Index != 0 {
		return reasonBadIndex, fmt.Sprintf("data.index must be 0 since Electra, got %d", d.Index)
	}
	if sub.att.CommitteeIndex >= maxCommitteesPerSlot {
		return reasonBadIndex, fmt.Sprintf("committee_index %d is not below MAX_COMMITTEES_PER_SLOT (%d)", sub.att.CommitteeIndex, maxCommitteesPerSlot)
	}
	if reason, msg := s.timelyLocked(d, received); reason != "" {
		return reason, msg
	}
	if !s.validators[vi].activeAt(epoch) {
		return reasonInactive, fmt.Sprintf("validator %d is not active in epoch %d", vi, epoch)
	}
	duty, ok := s.dutiesLocked(epoch).byValidator[vi]
	if !ok || duty.Slot != d.Slot || duty.CommitteeIndex != sub.att.CommitteeIndex {
		return reasonNoDuty, fmt.Sprintf("validator %d has no duty at slot %d in committee %d (its duty in epoch %d is slot %d committee %d)",
			vi, d.Slot, sub.att.CommitteeIndex, epoch, duty.Slot, duty.CommitteeIndex)
	}
	return s.votesLocked(d)
}

// timelyLocked checks that attestation data targets its slot's epoch, that
// the slot has started (within the clock disparity) and is in the current
// or previous epoch at received. It returns the rejection reason and
// message, or "".
func (s *Sim) timelyLocked(d AttestationData, received time.Time) (string, string) {
	epoch := d.Target.Epoch
	if epoch != s.epochOf(d.Slot) {
		return reasonBadTarget, fmt.Sprintf("target epoch %d is not the epoch of slot %d (%d)", epoch, d.Slot, s.epochOf(d.Slot))
	}
	if latest := s.slotAt(received.Add(s.clockDisparity())); d.Slot > latest {
		return reasonFutureSlot, fmt.Sprintf("slot %d has not started (current slot %d)", d.Slot, s.slotAt(received))
	}
	if cur := s.epochOf(s.slotAt(received)); epoch+1 < cur {
		return reasonTooOld, fmt.Sprintf("slot %d is in epoch %d, older than the previous epoch (current epoch %d)", d.Slot, epoch, cur)
	}
	return "", ""
}

// votesLocked checks attestation data's votes against the simulated chain:
// head a known block at or before the slot, target the epoch's boundary
// block, source the epoch's justified checkpoint. It returns the rejection
// reason and message, or "".
func (s *Sim) votesLocked(d AttestationData) (string, string) {
	epoch := d.Target.Epoch
	if b, ok := s.chain.byRoot[d.BeaconBlockRoot]; !ok || b.info.Slot > d.Slot {
		return reasonUnknownHead, fmt.Sprintf("beacon_block_root %s is not a block at or before slot %d", d.BeaconBlockRoot, d.Slot)
	}
	if want := s.boundaryRootLocked(epoch); d.Target.Root != want {
		return reasonWrongTarget, fmt.Sprintf("target root %s is not the epoch %d boundary block %s", d.Target.Root, epoch, want)
	}
	if want, ok := s.chain.sourceFor[epoch]; !ok || d.Source != want {
		return reasonWrongSource, fmt.Sprintf("source checkpoint (%d, %s) is not the justified checkpoint (%d, %s) of epoch %d",
			d.Source.Epoch, d.Source.Root, want.Epoch, want.Root, epoch)
	}
	return "", ""
}

// acceptLocked records an accepted attestation and puts it in the pool.
func (s *Sim) acceptLocked(sub *submission, received time.Time) {
	d := sub.att.Data
	vi := sub.att.AttesterIndex
	es := s.st.epoch(d.Target.Epoch)
	s.metrics.submissions.WithLabelValues(dutyAttestation, resultAccepted).Inc()
	delay := received.Sub(s.slotStart(d.Slot))
	rec := &acceptedRecord{data: d, root: sub.root, signature: sub.att.Signature, sig: sub.sig, delay: delay, correctHead: d.BeaconBlockRoot == s.blockRootAtSlotLocked(d.Slot)}
	es.accepted[vi] = rec
	es.maxDelay = max(es.maxDelay, delay)
	s.metrics.delay.WithLabelValues(dutyAttestation).Observe(delay.Seconds())
	if rec.correctHead {
		es.correctHead++
	}
	duty := s.dutiesLocked(d.Target.Epoch).byValidator[vi]
	key := poolKey{validator: vi, targetEpoch: d.Target.Epoch}
	s.st.pool[key] = &pooledAttestation{
		key:            key,
		validator:      vi,
		committeeIndex: duty.CommitteeIndex,
		position:       duty.ValidatorCommitteeIndex,
		data:           d,
		dataRoot:       sub.root,
		sig:            sub.sig,
		sigBytes:       sub.att.Signature,
		received:       received,
	}
}

// expirePoolLocked drops pooled attestations that can no longer be
// included in the block of slot or later.
func (s *Sim) expirePoolLocked(slot uint64) {
	cur := s.epochOf(slot)
	for k, p := range s.st.pool {
		if p.data.Target.Epoch+1 < cur {
			delete(s.st.pool, k)
		}
	}
}

// attestationDataLocked returns the attestation data the simulator serves for
// slot: head = the latest block at or before slot, target = the epoch's
// boundary block, source = the justified checkpoint in force for the epoch.
func (s *Sim) attestationDataLocked(slot uint64) AttestationData {
	epoch := s.epochOf(slot)
	return AttestationData{
		Slot:            slot,
		Index:           0,
		BeaconBlockRoot: s.blockRootAtSlotLocked(slot),
		Source:          s.chain.sourceFor[epoch],
		Target:          Checkpoint{Epoch: epoch, Root: s.boundaryRootLocked(epoch)},
	}
}

func attestationDataToJSON(d AttestationData) map[string]any {
	return map[string]any{
		"slot":              u64s(d.Slot),
		"index":             u64s(d.Index),
		"beacon_block_root": d.BeaconBlockRoot.String(),
		"source":            map[string]string{"epoch": u64s(d.Source.Epoch), "root": d.Source.Root.String()},
		"target":            map[string]string{"epoch": u64s(d.Target.Epoch), "root": d.Target.Root.String()},
	}
}

// handleAttestationData serves GET
// /eth/v1/validator/attestation_data?slot=&committee_index=. As Prysm does,
// only the current wall-clock slot is served: a request for any other slot
// (an attestation started late, or early) is a 400; with
// Config.PastAttestationData any started slot of the current or previous
// epoch is. committee_index must be below MAX_COMMITTEES_PER_SLOT; since
// Electra the data's index is 0 whatever committee is asked for.
func (s *Sim) handleAttestationData(w http.ResponseWriter, r *http.Request) {
	now := s.clock.Now()
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
	if ci >= maxCommitteesPerSlot {
		writeError(w, http.StatusBadRequest, fmt.Sprintf("committee_index %d is not below MAX_COMMITTEES_PER_SLOT", ci))
		return
	}
	cur := s.slotAt(now)
	if now.Before(s.cfg.GenesisTime) || slot > cur || (slot < cur && !s.cfg.PastAttestationData) {
		writeError(w, http.StatusBadRequest, fmt.Sprintf("slot %d is not the current slot %d", slot, cur))
		return
	}
	s.catchUp(now)
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.epochOf(slot)+1 < s.epochOf(cur) {
		writeError(w, http.StatusBadRequest, fmt.Sprintf("slot %d is older than the previous epoch", slot))
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"data": attestationDataToJSON(s.attestationDataLocked(slot))})
}

// AttestationData returns the attestation data the simulator serves for
// slot (which should have started).
func (s *Sim) AttestationData(slot uint64) AttestationData {
	s.catchUp(s.clock.Now())
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.attestationDataLocked(slot)
}

// handleAttestationPool serves GET /eth/v2/beacon/pool/attestations
// (optional slot and committee_index filters): the accepted attestations not
// yet included, each as an Electra Attestation with one committee bit and
// one aggregation bit.
func (s *Sim) handleAttestationPool(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	var slotF, ciF *uint64
	for name, dst := range map[string]**uint64{"slot": &slotF, "committee_index": &ciF} {
		if v := q.Get(name); v != "" {
			n, err := parseUint(v)
			if err != nil {
				writeError(w, http.StatusBadRequest, fmt.Sprintf("invalid %s: %v", name, err))
				return
			}
			*dst = &n
		}
	}
	s.catchUp(s.clock.Now())
	s.mu.Lock()
	entries := make([]*pooledAttestation, 0, len(s.st.pool))
	for _, p := range s.st.pool {
		if slotF != nil && p.data.Slot != *slotF || ciF != nil && p.committeeIndex != *ciF {
			continue
		}
		entries = append(entries, p)
	}
	sort.Slice(entries, func(i, j int) bool {
		a, b := entries[i], entries[j]
		if a.data.Slot != b.data.Slot {
			return a.data.Slot < b.data.Slot
		}
		return a.validator < b.validator
	})
	out := make([]map[string]any, 0, len(entries))
	for _, p := range entries {
		length := uint64(len(s.dutiesLocked(p.data.Target.Epoch).committee(p.data.Slot-s.epochStart(p.data.Target.Epoch), p.committeeIndex)))
		out = append(out, map[string]any{
			"aggregation_bits": hex0x(bitlistBytes(length, p.position)),
			"data":             attestationDataToJSON(p.data),
			"signature":        hex0x(p.sigBytes[:]),
			"committee_bits":   hex0x(bitvector64Bytes(p.committeeIndex)),
		})
	}
	s.mu.Unlock()
	w.Header().Set("Eth-Consensus-Version", "electra")
	writeJSON(w, http.StatusOK, map[string]any{"version": "electra", "data": out})
}

// bitlistBytes is the SSZ encoding of a bitlist of length n with only bit
// set (and the length delimiter bit at n).
func bitlistBytes(n, bit uint64) []byte {
	b := make([]byte, n/8+1)
	b[bit/8] |= 1 << (bit % 8)
	b[n/8] |= 1 << (n % 8)
	return b
}

// bitvector64Bytes is the SSZ encoding of a 64-bit bitvector with only bit
// set.
func bitvector64Bytes(bit uint64) []byte {
	b := make([]byte, 8)
	b[bit/8] |= 1 << (bit % 8)
	return b
}
