package beaconsim

import (
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strconv"
	"strings"
	"time"

	apiv1electra "github.com/attestantio/go-eth2-client/api/v1/electra"
	"github.com/attestantio/go-eth2-client/spec/bellatrix"
	"github.com/attestantio/go-eth2-client/spec/capella"
	"github.com/attestantio/go-eth2-client/spec/deneb"
	"github.com/attestantio/go-eth2-client/spec/electra"
	"github.com/attestantio/go-eth2-client/spec/phase0"
	"github.com/holiman/uint256"
	blst "github.com/supranational/blst/bindings/go"
)

// Block proposals by validators (Config.ValidatorProposals).
//
// A validator-proposed slot is opened at its start: the simulator makes no
// block and waits for the slot's proposer to fetch one from
// /eth/v3/validator/blocks/{slot}, sign it and publish it on
// /eth/v2/beacon/blocks (or v1). The first valid publication imported
// before the slot's proposal deadline becomes the slot's block; at the
// deadline a slot without one is closed as a missed proposal and stays
// empty, as on a real chain (the simulator never fills in for a proposer).

// DomainBeaconProposer is DOMAIN_BEACON_PROPOSER.
var DomainBeaconProposer = DomainType{0x00, 0x00, 0x00, 0x00}

// DomainRandao is DOMAIN_RANDAO.
var DomainRandao = DomainType{0x02, 0x00, 0x00, 0x00}

// Duty types of proposals, as metric label values.
const dutyProposal = "proposal"

// Rejection reasons of block publications (the attestation reasons
// decode, unknown_validator, bad_signature, slashable, future_slot and
// no_duty are shared).
const (
	reasonWrongProposer  = "wrong_proposer"
	reasonLate           = "late"
	reasonWrongParent    = "wrong_parent"
	reasonWrongStateRoot = "wrong_state_root"
	reasonUnknownBody    = "unknown_body"
	reasonBadRandao      = "bad_randao"
	reasonSlotTaken      = "slot_taken"
)

// Reasons a validator-proposed slot was missed (ProposalRecord.MissReason).
const (
	// MissNotProduced: no block was ever produced for the slot.
	MissNotProduced = "not_produced"
	// MissNotPublished: a block was produced but none was published.
	MissNotPublished = "not_published"
	// MissRejected: every publication was rejected; the reason of the last
	// rejection (a publication after the deadline included) follows after a
	// colon ("rejected: late").
	MissRejected = "rejected"
)

// ProposalRecord is the simulator's account of one slot's block proposal.
type ProposalRecord struct {
	Slot uint64
	// Proposer is the slot's proposer index.
	Proposer uint64
	// Due is true when the block is the proposer's to make (a proposer duty
	// was served for the slot); false when the simulator makes the slot's
	// block itself (or leaves it empty by Config.MissedSlots).
	Due bool
	// Produced counts the blocks /eth/v3/validator/blocks served for the
	// slot.
	Produced int
	// Published is true once a valid block from the proposer was imported:
	// it is the slot's block, with root Root, graffiti Graffiti and
	// execution fee recipient FeeRecipient, imported Delay after the slot's
	// start.
	Published    bool
	Root         Root
	Graffiti     [32]byte
	FeeRecipient [20]byte
	Delay        time.Duration
	// Blinded is true when the published block was served blinded
	// (Config.Builder) and published on the blinded_blocks endpoint or in
	// full.
	Blinded bool
	// Rejected counts rejected publications claiming the slot.
	Rejected int
	// Final is true once the slot's proposal deadline has passed, and for
	// the simulator's slots once they have started (nothing about the slot
	// changes any more, except that a second block may still reveal a
	// proposer slashing and late publications are still counted).
	Final bool
	// Missed is true when a due slot closed without a valid block;
	// MissReason then says why (MissNotProduced, MissNotPublished or
	// "rejected: <last reason>").
	Missed     bool
	MissReason string
	// Slashable is true when the proposer signed two different blocks for
	// the slot (see Slashings).
	Slashable bool
}

// proposalState is the mutable record behind ProposalRecord.
type proposalState struct {
	rec ProposalRecord
	// deadline is the slot's start plus the proposal deadline.
	deadline   time.Time
	lastReason string
}

// producedBlock is a block /eth/v3/validator/blocks served, kept until its
// slot is over so that its publication can be recognised.
type producedBlock struct {
	slot uint64
	// message is the full block; blinded says whether it was served
	// blinded.
	message     *electra.BeaconBlock
	blinded     bool
	included    []IncludedAttestation
	payloadHash [32]byte
	feeAddr     [20]byte
}

// signedHeader is a block header validly signed by its proposer.
type signedHeader struct {
	header BeaconBlockHeader
	root   Root
	sig    [96]byte
}

// proposalDeadline is Config.ProposalDeadline or its default, a third of the
// slot.
func (s *Sim) proposalDeadline() time.Duration {
	if s.cfg.ProposalDeadline > 0 {
		return s.cfg.ProposalDeadline
	}
	return s.cfg.SlotDuration / 3
}

// validatorProposesLocked reports whether slot's block is its proposer's to
// make.
func (s *Sim) validatorProposesLocked(slot uint64) bool {
	if !s.cfg.ValidatorProposals || slot == 0 {
		return false
	}
	return s.cfg.ProposedSlots == nil || s.cfg.ProposedSlots(slot)
}

// openProposalLocked starts slot as a validator-proposed slot.
func (s *Sim) openProposalLocked(slot uint64) {
	p := s.proposalLocked(slot)
	p.rec.Due = true
	s.st.openProposals[slot] = struct{}{}
	s.metrics.proposals.WithLabelValues("due").Inc()
}

// proposalLocked returns (and creates) the proposal record of slot.
func (s *Sim) proposalLocked(slot uint64) *proposalState {
	p, ok := s.st.proposals[slot]
	if !ok {
		p = &proposalState{
			rec:      ProposalRecord{Slot: slot, Proposer: s.proposerOfLocked(slot)},
			deadline: s.slotStart(slot).Add(s.proposalDeadline()),
		}
		s.st.proposals[slot] = p
	}
	return p
}

// closeProposalsLocked closes the open proposals whose deadline has passed
// by now: a slot without a valid block is a missed proposal. Produced
// blocks of closed slots are forgotten.
func (s *Sim) closeProposalsLocked(now time.Time) {
	for slot := range s.st.openProposals {
		p := s.st.proposals[slot]
		if now.Before(p.deadline) {
			continue
		}
		delete(s.st.openProposals, slot)
		p.rec.Final = true
		if p.rec.Published {
			continue
		}
		p.rec.Missed = true
		switch {
		case p.rec.Rejected > 0:
			p.rec.MissReason = MissRejected + ": " + p.lastReason
		case p.rec.Produced > 0:
			p.rec.MissReason = MissNotPublished
		default:
			p.rec.MissReason = MissNotProduced
		}
		s.metrics.proposals.WithLabelValues("missed").Inc()
		s.log.Info("missed block proposal", "slot", slot, "proposer", p.rec.Proposer, "reason", p.rec.MissReason)
	}
	for root, pb := range s.st.produced {
		if _, open := s.st.openProposals[pb.slot]; !open && s.slotStart(pb.slot+1).Before(now) {
			delete(s.st.produced, root)
		}
	}
}

// randaoSigningRoot is compute_signing_root(epoch, get_domain(state,
// DOMAIN_RANDAO, epoch)): the root a RANDAO reveal signs.
func (s *Sim) randaoSigningRoot(epoch uint64) Root {
	return ComputeSigningRoot(uint64Chunk(epoch), ComputeDomain(DomainRandao, s.forkVersionAt(epoch), s.gvr))
}

// ProposerDomain returns the signature domain of blocks of epoch:
// compute_domain(DOMAIN_BEACON_PROPOSER, Electra version,
// genesis_validators_root).
func (s *Sim) ProposerDomain(epoch uint64) Domain {
	return ComputeDomain(DomainBeaconProposer, s.forkVersionAt(epoch), s.gvr)
}

// RandaoDomain returns the signature domain of RANDAO reveals of epoch.
func (s *Sim) RandaoDomain(epoch uint64) Domain {
	return ComputeDomain(DomainRandao, s.forkVersionAt(epoch), s.gvr)
}

// verifyG2 reports whether sig is a valid subgroup G2 point and validator
// vi's signature over root.
func (s *Sim) verifyG2(vi uint64, sig [96]byte, root Root) bool {
	p := new(blst.P2Affine).Uncompress(sig[:])
	if p == nil || !p.SigValidate(true) {
		return false
	}
	return p.Verify(false, s.validators[vi].pk, false, root[:], blsDST)
}

type proposerDutyJSON struct {
	Pubkey         string `json:"pubkey"`
	ValidatorIndex string `json:"validator_index"`
	Slot           string `json:"slot"`
}

// handleProposerDuties serves GET /eth/v1/validator/duties/proposer/{epoch}
// for epochs up to the current epoch + 1: one duty per validator-proposed
// slot of the epoch (none when the simulator makes every block), sorted by
// slot, with dependent_root = the block root at the last slot of epoch-1
// (the genesis block root for epoch 0).
func (s *Sim) handleProposerDuties(w http.ResponseWriter, r *http.Request) {
	epoch, err := parseUint(r.PathValue("epoch"))
	if err != nil {
		writeError(w, http.StatusBadRequest, fmt.Sprintf("invalid epoch: %v", err))
		return
	}
	s.catchUp(s.clock.Now())
	s.mu.Lock()
	defer s.mu.Unlock()
	if cur := s.epochOf(s.chain.processed); epoch > cur+1 {
		writeError(w, http.StatusBadRequest, fmt.Sprintf("epoch %d is more than one epoch ahead of the current epoch %d", epoch, cur))
		return
	}
	out := []proposerDutyJSON{}
	for slot := s.epochStart(epoch); slot < s.epochStart(epoch+1); slot++ {
		if !s.validatorProposesLocked(slot) {
			continue
		}
		vi := s.proposerOfLocked(slot)
		out = append(out, proposerDutyJSON{
			Pubkey:         hex0x(s.validators[vi].record.Pubkey[:]),
			ValidatorIndex: u64s(vi),
			Slot:           u64s(slot),
		})
	}
	writeJSON(w, http.StatusOK, map[string]any{
		"dependent_root":       s.proposerDependentRootLocked(epoch).String(),
		"execution_optimistic": false,
		"data":                 out,
	})
}

// validatorProposes reports whether slot's block is its proposer's to make
// (Config.ValidatorProposals and ProposedSlots).
func (s *Sim) validatorProposes(slot uint64) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.validatorProposesLocked(slot)
}

// ProposerDuty returns the proposer of slot and whether the slot's block is
// the proposer's to make (Config.ValidatorProposals and ProposedSlots).
func (s *Sim) ProposerDuty(slot uint64) (validator uint64, due bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.proposerOfLocked(slot), s.validatorProposesLocked(slot)
}

// handlePrepareProposer serves POST /eth/v1/validator/prepare_beacon_proposer:
// a JSON array of {validator_index, fee_recipient}. Every entry must decode
// (decimal index of a known validator, 20-byte 0x address) or the whole
// request is a 400 and nothing is stored; otherwise each validator's fee
// recipient is remembered for the blocks produced for it.
func (s *Sim) handlePrepareProposer(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxSubmissionBytes))
	if err != nil {
		writeError(w, http.StatusBadRequest, fmt.Sprintf("cannot read body: %v", err))
		return
	}
	var entries []struct {
		ValidatorIndex *string `json:"validator_index"`
		FeeRecipient   *string `json:"fee_recipient"`
	}
	if err := json.Unmarshal(body, &entries); err != nil {
		writeError(w, http.StatusBadRequest, fmt.Sprintf("invalid JSON: expected an array of {validator_index, fee_recipient}: %v", err))
		return
	}
	prepared := make(map[uint64][20]byte, len(entries))
	for i, e := range entries {
		vi, err := reqUint("validator_index", e.ValidatorIndex)
		if err != nil {
			writeError(w, http.StatusBadRequest, fmt.Sprintf("entry %d: %v", i, err))
			return
		}
		if vi >= uint64(len(s.validators)) {
			writeError(w, http.StatusBadRequest, fmt.Sprintf("entry %d: unknown validator index %d", i, vi))
			return
		}
		if e.FeeRecipient == nil {
			writeError(w, http.StatusBadRequest, fmt.Sprintf("entry %d: fee_recipient missing", i))
			return
		}
		addr, err := parseHexFixed(*e.FeeRecipient, 20)
		if err != nil {
			writeError(w, http.StatusBadRequest, fmt.Sprintf("entry %d: fee_recipient: %v", i, err))
			return
		}
		prepared[vi] = [20]byte(addr)
	}
	s.mu.Lock()
	for vi, addr := range prepared {
		s.st.feeRecipients[vi] = addr
	}
	s.mu.Unlock()
	w.WriteHeader(http.StatusOK)
}

// FeeRecipient returns the fee recipient the simulator puts in blocks
// produced for validator: the one prepare_beacon_proposer registered, else
// Config.DefaultFeeRecipient.
func (s *Sim) FeeRecipient(validator uint64) [20]byte {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.feeRecipientLocked(validator)
}

func (s *Sim) feeRecipientLocked(validator uint64) [20]byte {
	if addr, ok := s.st.feeRecipients[validator]; ok {
		return addr
	}
	return s.cfg.DefaultFeeRecipient
}

// handleProduceBlock serves GET /eth/v3/validator/blocks/{slot}: an unsigned
// Electra block for the slot's proposer to sign. The slot must be the
// current or the next one and validator-proposed, the current slot's
// proposal deadline must not have passed, and randao_reveal must be the
// proposer's signature over the slot's epoch (DOMAIN_RANDAO) — unless
// skip_randao_verification is given, in which case it must be the point at
// infinity (such a block fails publication, which verifies the reveal
// again). graffiti (32 bytes) is optional; builder_boost_factor must be a
// decimal number when given: 0 asks for a full block even with
// Config.Builder, other values have no further effect.
//
// The block: proposer_index = the slot's proposer, parent_root = the head,
// state_root = the simulator's stand-in state root, a body with the reveal,
// the graffiti, up to MAX_ATTESTATIONS_ELECTRA aggregates from the pool
// (which stay in the pool until a block including them is imported), and an
// execution payload (no transactions) paying the proposer's fee recipient.
// The answer is the Beacon API's produceBlockV3 JSON (values 0), with the
// matching Eth-Consensus-Version, Eth-Execution-Payload-Blinded,
// Eth-Execution-Payload-Value and Eth-Consensus-Block-Value headers: the
// block contents with execution_payload_blinded false, or, with
// Config.Builder, the blinded block (blindBlock) with
// execution_payload_blinded true.
func (s *Sim) handleProduceBlock(w http.ResponseWriter, r *http.Request) {
	now := s.clock.Now()
	slot, err := parseUint(r.PathValue("slot"))
	if err != nil {
		writeError(w, http.StatusBadRequest, fmt.Sprintf("invalid slot: %v", err))
		return
	}
	q := r.URL.Query()
	revealBytes, err := parseHexFixed(q.Get("randao_reveal"), 96)
	if err != nil {
		writeError(w, http.StatusBadRequest, fmt.Sprintf("invalid randao_reveal: %v", err))
		return
	}
	reveal := [96]byte(revealBytes)
	var graffiti [32]byte
	if g := q.Get("graffiti"); g != "" {
		b, err := parseHexFixed(g, 32)
		if err != nil {
			writeError(w, http.StatusBadRequest, fmt.Sprintf("invalid graffiti: %v", err))
			return
		}
		graffiti = [32]byte(b)
	}
	blinded := s.cfg.Builder
	if bf := q.Get("builder_boost_factor"); bf != "" {
		factor, err := parseUint(bf)
		if err != nil {
			writeError(w, http.StatusBadRequest, fmt.Sprintf("invalid builder_boost_factor: %v", err))
			return
		}
		blinded = blinded && factor != 0
	}
	skipRandao := q.Has("skip_randao_verification")

	cur := s.slotAt(now)
	if now.Before(s.cfg.GenesisTime) || slot != cur && slot != cur+1 {
		writeError(w, http.StatusBadRequest, fmt.Sprintf("slot %d is neither the current slot %d nor the next", slot, cur))
		return
	}
	s.mu.Lock()
	due := s.validatorProposesLocked(slot)
	proposer := s.proposerOfLocked(slot)
	s.mu.Unlock()
	if !due {
		writeError(w, http.StatusBadRequest, fmt.Sprintf("slot %d has no proposer duty: the simulator makes its block itself", slot))
		return
	}
	if deadline := s.slotStart(slot).Add(s.proposalDeadline()); !now.Before(deadline) {
		writeError(w, http.StatusBadRequest, fmt.Sprintf("slot %d's proposal deadline (%v into the slot) has passed", slot, s.proposalDeadline()))
		return
	}
	epoch := s.epochOf(slot)
	if skipRandao {
		if reveal != g2Infinity {
			writeError(w, http.StatusBadRequest, "randao_reveal must be the point at infinity when skip_randao_verification is set")
			return
		}
	} else if !s.verifyG2(proposer, reveal, s.randaoSigningRoot(epoch)) {
		writeError(w, http.StatusBadRequest, fmt.Sprintf(
			"randao_reveal is not validator %d's signature over epoch %d (domain DOMAIN_RANDAO, signing root %s); validator %d is the proposer of slot %d",
			proposer, epoch, s.randaoSigningRoot(epoch), proposer, slot))
		return
	}

	s.catchUp(now)
	s.mu.Lock()
	defer s.mu.Unlock()
	b, pb, err := s.produceBlockLocked(slot, proposer, reveal, graffiti)
	if err != nil {
		writeError(w, http.StatusInternalServerError, fmt.Sprintf("produce block for slot %d: %v", slot, err))
		return
	}
	pb.blinded = blinded
	var raw []byte
	if blinded {
		raw, err = json.Marshal(blindBlock(b.signed.Message))
	} else {
		raw, err = json.Marshal(&apiv1electra.BlockContents{Block: b.signed.Message, KZGProofs: []deneb.KZGProof{}, Blobs: []deneb.Blob{}})
	}
	if err != nil {
		writeError(w, http.StatusInternalServerError, fmt.Sprintf("marshal block for slot %d: %v", slot, err))
		return
	}
	s.st.produced[b.info.Root] = pb
	s.proposalLocked(slot).rec.Produced++
	s.metrics.proposals.WithLabelValues("produced").Inc()
	h := w.Header()
	h.Set("Eth-Consensus-Version", "electra")
	h.Set("Eth-Execution-Payload-Blinded", strconv.FormatBool(blinded))
	h.Set("Eth-Execution-Payload-Value", "0")
	h.Set("Eth-Consensus-Block-Value", "0")
	writeJSON(w, http.StatusOK, map[string]any{
		"version":                   "electra",
		"execution_payload_blinded": blinded,
		"execution_payload_value":   "0",
		"consensus_block_value":     "0",
		"data":                      json.RawMessage(raw),
	})
}

// produceBlockLocked builds the unsigned block of slot for proposer on the
// current head.
func (s *Sim) produceBlockLocked(slot, proposer uint64, reveal [96]byte, graffiti [32]byte) (*block, *producedBlock, error) {
	parent := s.blockAtOrBeforeLocked(slot - 1)
	atts, included := s.packAttestationsLocked(slot)
	body := s.emptyBody()
	body.RANDAOReveal = reveal
	body.Graffiti = graffiti
	body.Attestations = atts
	feeAddr := s.feeRecipientLocked(proposer)
	payloadHash := sha256.Sum256(fmt.Appendf(nil, "beaconsim/payload/%d/%x/%x", slot, feeAddr, graffiti))
	body.ExecutionPayload = &deneb.ExecutionPayload{
		ParentHash:    s.chain.lastPayloadHash,
		FeeRecipient:  bellatrix.ExecutionAddress(feeAddr),
		BlockNumber:   slot,
		GasLimit:      30_000_000,
		Timestamp:     uint64(s.slotStart(slot).Unix()),
		ExtraData:     []byte("beaconsim"),
		BaseFeePerGas: uint256.NewInt(7),
		BlockHash:     payloadHash,
		Transactions:  []bellatrix.Transaction{},
		Withdrawals:   []*capella.Withdrawal{},
	}
	b, err := s.makeBlock(slot, proposer, parent.info.Root, body, included)
	if err != nil {
		return nil, nil, err
	}
	return b, &producedBlock{slot: slot, message: b.signed.Message, included: included, payloadHash: payloadHash, feeAddr: feeAddr}, nil
}

// blindBlock returns the blinded form of m: the execution payload replaced
// by its header, whose transactions and withdrawals roots ssz.go computes.
// The blinded body has the full body's root.
func blindBlock(m *electra.BeaconBlock) *apiv1electra.BlindedBeaconBlock {
	b := m.Body
	p := b.ExecutionPayload
	txs := make([][]byte, len(p.Transactions))
	for i, tx := range p.Transactions {
		txs[i] = tx
	}
	ws := make([]Withdrawal, len(p.Withdrawals))
	for i, w := range p.Withdrawals {
		ws[i] = Withdrawal{Index: uint64(w.Index), ValidatorIndex: uint64(w.ValidatorIndex), Address: w.Address, Amount: uint64(w.Amount)}
	}
	return &apiv1electra.BlindedBeaconBlock{
		Slot:          m.Slot,
		ProposerIndex: m.ProposerIndex,
		ParentRoot:    m.ParentRoot,
		StateRoot:     m.StateRoot,
		Body: &apiv1electra.BlindedBeaconBlockBody{
			RANDAOReveal:      b.RANDAOReveal,
			ETH1Data:          b.ETH1Data,
			Graffiti:          b.Graffiti,
			ProposerSlashings: b.ProposerSlashings,
			AttesterSlashings: b.AttesterSlashings,
			Attestations:      b.Attestations,
			Deposits:          b.Deposits,
			VoluntaryExits:    b.VoluntaryExits,
			SyncAggregate:     b.SyncAggregate,
			ExecutionPayloadHeader: &deneb.ExecutionPayloadHeader{
				ParentHash:       p.ParentHash,
				FeeRecipient:     p.FeeRecipient,
				StateRoot:        p.StateRoot,
				ReceiptsRoot:     p.ReceiptsRoot,
				LogsBloom:        p.LogsBloom,
				PrevRandao:       p.PrevRandao,
				BlockNumber:      p.BlockNumber,
				GasLimit:         p.GasLimit,
				GasUsed:          p.GasUsed,
				Timestamp:        p.Timestamp,
				ExtraData:        p.ExtraData,
				BaseFeePerGas:    p.BaseFeePerGas,
				BlockHash:        p.BlockHash,
				TransactionsRoot: phase0.Root(transactionsRoot(txs)),
				WithdrawalsRoot:  phase0.Root(withdrawalsRoot(ws)),
				BlobGasUsed:      p.BlobGasUsed,
				ExcessBlobGas:    p.ExcessBlobGas,
			},
			BLSToExecutionChanges: b.BLSToExecutionChanges,
			BlobKZGCommitments:    b.BlobKZGCommitments,
			ExecutionRequests:     b.ExecutionRequests,
		},
	}
}

// publishError is a rejected block publication.
type publishError struct {
	reason, msg string
}

func (e *publishError) Error() string { return e.reason + ": " + e.msg }

func rejectf(reason, format string, args ...any) *publishError {
	return &publishError{reason: reason, msg: fmt.Sprintf(format, args...)}
}

// decodeSignedBlockContents decodes a publication body: Electra
// SignedBlockContents as SSZ (ssz true) or JSON, with the message, body,
// execution payload and every list present, and as many KZG proofs and
// blobs as the body has blob commitments.
func decodeSignedBlockContents(body []byte, ssz bool) (*apiv1electra.SignedBlockContents, error) {
	var c apiv1electra.SignedBlockContents
	if ssz {
		if err := c.UnmarshalSSZ(body); err != nil {
			return nil, fmt.Errorf("invalid SSZ SignedBlockContents: %w", err)
		}
	} else if err := json.Unmarshal(body, &c); err != nil {
		return nil, fmt.Errorf("invalid JSON SignedBlockContents: %w", err)
	}
	sb := c.SignedBlock
	switch {
	case sb == nil:
		return nil, errors.New("signed_block missing")
	case sb.Message == nil:
		return nil, errors.New("signed_block.message missing")
	case sb.Message.Body == nil:
		return nil, errors.New("signed_block.message.body missing")
	}
	b := sb.Message.Body
	switch {
	case b.ETH1Data == nil:
		return nil, errors.New("body.eth1_data missing")
	case b.SyncAggregate == nil:
		return nil, errors.New("body.sync_aggregate missing")
	case b.ExecutionPayload == nil:
		return nil, errors.New("body.execution_payload missing")
	case b.ExecutionPayload.BaseFeePerGas == nil:
		return nil, errors.New("body.execution_payload.base_fee_per_gas missing")
	case b.ExecutionRequests == nil:
		return nil, errors.New("body.execution_requests missing")
	}
	for i, a := range b.Attestations {
		if a == nil || a.Data == nil || a.Data.Source == nil || a.Data.Target == nil {
			return nil, fmt.Errorf("body.attestations[%d] incomplete", i)
		}
	}
	if n := len(b.BlobKZGCommitments); len(c.KZGProofs) != n || len(c.Blobs) != n {
		return nil, fmt.Errorf("%d blob commitments but %d KZG proofs and %d blobs", n, len(c.KZGProofs), len(c.Blobs))
	}
	return &c, nil
}

// blockHeaderOf returns the header of a block: its body root is
// go-eth2-client's Electra BeaconBlockBody.HashTreeRoot, and the block root
// is the header's root, computed by ssz.go.
func blockHeaderOf(m *electra.BeaconBlock) (BeaconBlockHeader, error) {
	bodyRoot, err := hashBody(m.Body)
	if err != nil {
		return BeaconBlockHeader{}, err
	}
	return BeaconBlockHeader{
		Slot:          uint64(m.Slot),
		ProposerIndex: uint64(m.ProposerIndex),
		ParentRoot:    Root(m.ParentRoot),
		StateRoot:     Root(m.StateRoot),
		BodyRoot:      bodyRoot,
	}, nil
}

// hashBody roots a decoded body; a body the hasher cannot handle (a list
// over its limit) is an error, never a panic.
func hashBody(b *electra.BeaconBlockBody) (root Root, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("hash block body: %v", r)
		}
	}()
	r, err := b.HashTreeRoot()
	if err != nil {
		return Root{}, fmt.Errorf("hash block body: %w", err)
	}
	return r, nil
}

// handlePublishBlock serves POST /eth/v2/beacon/blocks (v2 true: the
// Eth-Consensus-Version header is required) and POST /eth/v1/beacon/blocks
// (the header is optional). The body is Electra SignedBlockContents, JSON
// or SSZ (Content-Type application/octet-stream). broadcast_validation, if
// given, must be gossip, consensus or consensus_and_equivocation; the
// simulator always applies every check it has.
//
// A valid block answers 200 and becomes the slot's block (head and block
// events follow); publishing the slot's block again answers 200 and changes
// nothing. Anything else answers 400 {"code":400,"message":"<reason>:
// <detail>"} and is recorded as a rejection (Rejections, metrics, the
// slot's ProposalRecord). See the package doc for the checks and reasons.
//
// With blinded true it serves POST /eth/v2/beacon/blinded_blocks and
// /eth/v1/beacon/blinded_blocks instead: the body is a
// SignedBlindedBeaconBlock, judged the same way (a blinded block has the
// root of its full block), and the simulator, which built the payload,
// reveals it: the imported block is the full block.
func (s *Sim) handlePublishBlock(v2, blinded bool) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if err := s.publishBlock(r, v2, blinded); err != nil {
			writeError(w, http.StatusBadRequest, err.Error())
			return
		}
		w.WriteHeader(http.StatusOK)
	}
}

// publishBlock judges one publication request and imports a valid block.
func (s *Sim) publishBlock(r *http.Request, v2, blinded bool) *publishError {
	version := r.Header.Get("Eth-Consensus-Version")
	var perr *publishError
	switch {
	case v2 && version == "":
		perr = rejectf(reasonDecode, "missing Eth-Consensus-Version header")
	case version != "" && !strings.EqualFold(version, "electra"):
		perr = rejectf(reasonDecode, "unsupported Eth-Consensus-Version %q: the chain is at electra", version)
	}
	if bv := r.URL.Query().Get("broadcast_validation"); perr == nil && bv != "" {
		switch bv {
		case "gossip", "consensus", "consensus_and_equivocation":
		default:
			perr = rejectf(reasonDecode, "invalid broadcast_validation %q", bv)
		}
	}
	var d decodedBlock
	if perr == nil {
		ssz := false
		if mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type")); err == nil && mt == "application/octet-stream" {
			ssz = true
		}
		body, err := io.ReadAll(http.MaxBytesReader(nil, r.Body, maxSubmissionBytes))
		if err != nil {
			perr = rejectf(reasonDecode, "cannot read body: %v", err)
		} else if d, err = decodePublication(body, ssz, blinded); err != nil {
			perr = rejectf(reasonDecode, "%v", err)
		}
	}
	var randaoOK bool
	if perr == nil {
		randaoOK, perr = s.checkBlockSignatures(d)
	}
	if perr != nil {
		s.recordProposalRejection(d.header, perr, perr.reason != reasonDecode)
		return perr
	}
	return s.importBlock(d, randaoOK)
}

// decodedBlock is what judging a publication needs of it.
type decodedBlock struct {
	header BeaconBlockHeader
	sig    [96]byte
	reveal [96]byte
}

// decodePublication decodes a publication body: Electra SignedBlockContents
// or, if blinded, SignedBlindedBeaconBlock, as SSZ or JSON.
func decodePublication(body []byte, ssz, blinded bool) (decodedBlock, error) {
	if blinded {
		sb, err := decodeSignedBlindedBlock(body, ssz)
		if err != nil {
			return decodedBlock{}, err
		}
		h, err := blindedHeaderOf(sb.Message)
		if err != nil {
			return decodedBlock{}, err
		}
		return decodedBlock{header: h, sig: sb.Signature, reveal: sb.Message.Body.RANDAOReveal}, nil
	}
	c, err := decodeSignedBlockContents(body, ssz)
	if err != nil {
		return decodedBlock{}, err
	}
	h, err := blockHeaderOf(c.SignedBlock.Message)
	if err != nil {
		return decodedBlock{}, err
	}
	return decodedBlock{header: h, sig: c.SignedBlock.Signature, reveal: c.SignedBlock.Message.Body.RANDAOReveal}, nil
}

// decodeSignedBlindedBlock decodes a blinded publication body:
// SignedBlindedBeaconBlock as SSZ (ssz true) or JSON, with the message,
// body, execution payload header and every container present.
func decodeSignedBlindedBlock(body []byte, ssz bool) (*apiv1electra.SignedBlindedBeaconBlock, error) {
	var sb apiv1electra.SignedBlindedBeaconBlock
	if ssz {
		if err := sb.UnmarshalSSZ(body); err != nil {
			return nil, fmt.Errorf("invalid SSZ SignedBlindedBeaconBlock: %w", err)
		}
	} else if err := json.Unmarshal(body, &sb); err != nil {
		return nil, fmt.Errorf("invalid JSON SignedBlindedBeaconBlock: %w", err)
	}
	switch {
	case sb.Message == nil:
		return nil, errors.New("message missing")
	case sb.Message.Body == nil:
		return nil, errors.New("message.body missing")
	}
	b := sb.Message.Body
	switch {
	case b.ETH1Data == nil:
		return nil, errors.New("body.eth1_data missing")
	case b.SyncAggregate == nil:
		return nil, errors.New("body.sync_aggregate missing")
	case b.ExecutionPayloadHeader == nil:
		return nil, errors.New("body.execution_payload_header missing")
	case b.ExecutionPayloadHeader.BaseFeePerGas == nil:
		return nil, errors.New("body.execution_payload_header.base_fee_per_gas missing")
	case b.ExecutionRequests == nil:
		return nil, errors.New("body.execution_requests missing")
	}
	for i, a := range b.Attestations {
		if a == nil || a.Data == nil || a.Data.Source == nil || a.Data.Target == nil {
			return nil, fmt.Errorf("body.attestations[%d] incomplete", i)
		}
	}
	return &sb, nil
}

// blindedHeaderOf returns the header of a blinded block (go-eth2-client
// roots the blinded body; its root is the full body's).
func blindedHeaderOf(m *apiv1electra.BlindedBeaconBlock) (h BeaconBlockHeader, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("hash blinded block body: %v", r)
		}
	}()
	bodyRoot, err := m.Body.HashTreeRoot()
	if err != nil {
		return BeaconBlockHeader{}, fmt.Errorf("hash blinded block body: %w", err)
	}
	return BeaconBlockHeader{
		Slot:          uint64(m.Slot),
		ProposerIndex: uint64(m.ProposerIndex),
		ParentRoot:    Root(m.ParentRoot),
		StateRoot:     Root(m.StateRoot),
		BodyRoot:      bodyRoot,
	}, nil
}

// checkBlockSignatures checks the proposer index and the proposer's
// signature over the block, and reports whether the body's RANDAO reveal
// verifies (none of which depends on the chain). A bad reveal is judged
// after slashing detection: the header is validly signed all the same.
func (s *Sim) checkBlockSignatures(d decodedBlock) (randaoOK bool, perr *publishError) {
	h := d.header
	if h.ProposerIndex >= uint64(len(s.validators)) {
		return false, rejectf(reasonUnknownValidator, "proposer_index %d is not in the registry of %d validators", h.ProposerIndex, len(s.validators))
	}
	epoch := s.epochOf(h.Slot)
	signingRoot := ComputeSigningRoot(h.HashTreeRoot(), s.ProposerDomain(epoch))
	if !s.verifyG2(h.ProposerIndex, d.sig, signingRoot) {
		return false, rejectf(reasonBadSignature, "signature does not verify against validator %d's public key over the signing root %s (domain DOMAIN_BEACON_PROPOSER, epoch %d)",
			h.ProposerIndex, signingRoot, epoch)
	}
	return s.verifyG2(h.ProposerIndex, d.reveal, s.randaoSigningRoot(epoch)), nil
}

// recordProposalRejection accounts for a rejected publication. known says
// whether header was decoded (the rejection is then charged to its slot).
func (s *Sim) recordProposalRejection(h BeaconBlockHeader, perr *publishError, known bool) {
	now := s.clock.Now()
	s.metrics.submissions.WithLabelValues(dutyProposal, resultRejected).Inc()
	s.metrics.rejections.WithLabelValues(dutyProposal, perr.reason).Inc()
	s.mu.Lock()
	defer s.mu.Unlock()
	rej := Rejection{Time: now, Reason: perr.reason, Message: perr.Error()}
	if known {
		rej.Validator, rej.Slot = h.ProposerIndex, h.Slot
		// Charged to the slot's record if the slot has started or is the
		// next (garbage naming far slots must not grow the records).
		if _, ok := s.st.proposals[h.Slot]; ok || h.Slot != 0 && h.Slot <= s.chain.processed+1 {
			p := s.proposalLocked(h.Slot)
			p.rec.Rejected++
			p.lastReason = perr.reason
			if p.rec.Missed {
				p.rec.MissReason = MissRejected + ": " + perr.reason
			}
		}
	}
	s.st.logRejection(rej)
	s.log.Debug("block publication rejected", "slot", h.Slot, "proposer", h.ProposerIndex, "err", perr.Error())
}

// importBlock judges a validly signed block against the chain and imports
// it. Its timeliness is judged at the moment it is judged, under the
// simulator's lock, so that closing a slot as missed and importing its
// block are strictly ordered.
func (s *Sim) importBlock(d decodedBlock, randaoOK bool) *publishError {
	h := d.header
	now := s.clock.Now()
	s.catchUp(now.Add(s.clockDisparity()))
	root := h.HashTreeRoot()
	s.mu.Lock()
	perr, dup := s.importBlockLocked(h, root, d.sig, randaoOK, s.clock.Now())
	s.mu.Unlock()
	if perr != nil {
		s.recordProposalRejection(h, perr, true)
		return perr
	}
	s.metrics.submissions.WithLabelValues(dutyProposal, resultAccepted).Inc()
	if !dup {
		s.log.Info("block imported", "slot", h.Slot, "proposer", h.ProposerIndex, "root", root)
	}
	return nil
}

// importBlockLocked judges a block whose signature verified (randaoOK
// tells whether its RANDAO reveal did) and imports it if valid. dup is true
// when the block is already the slot's block.
func (s *Sim) importBlockLocked(h BeaconBlockHeader, root Root, sig [96]byte, randaoOK bool, now time.Time) (perr *publishError, dup bool) {
	slot := h.Slot
	if sl, ok := s.detectDoubleProposalLocked(h, root, sig, now); ok {
		return rejectf(reasonSlashable, "%s", sl.describe()), false
	}
	if b, ok := s.chain.blocks[slot]; ok && b.info.Root == root {
		return nil, true
	}
	if latest := s.slotAt(now.Add(s.clockDisparity())); slot > latest || now.Add(s.clockDisparity()).Before(s.cfg.GenesisTime) {
		return rejectf(reasonFutureSlot, "slot %d has not started (current slot %d)", slot, s.slotAt(now)), false
	}
	p, ok := s.st.proposals[slot]
	if !ok || !p.rec.Due {
		return rejectf(reasonNoDuty, "slot %d has no proposer duty: the simulator makes its block itself", slot), false
	}
	if h.ProposerIndex != p.rec.Proposer {
		return rejectf(reasonWrongProposer, "validator %d is not the proposer of slot %d (validator %d is)", h.ProposerIndex, slot, p.rec.Proposer), false
	}
	if p.rec.Final || !now.Before(p.deadline) {
		return rejectf(reasonLate, "slot %d's proposal deadline (%v into the slot) has passed: imported %v into the slot",
			slot, s.proposalDeadline(), now.Sub(s.slotStart(slot))), false
	}
	if b, ok := s.chain.blocks[slot]; ok {
		return rejectf(reasonSlotTaken, "slot %d already has block %s", slot, b.info.Root), false
	}
	if want := s.blockAtOrBeforeLocked(slot - 1).info.Root; h.ParentRoot != want {
		return rejectf(reasonWrongParent, "parent_root %s is not the head %s", h.ParentRoot, want), false
	}
	if want := standInStateRoot(slot, h.ParentRoot, h.BodyRoot); h.StateRoot != want {
		return rejectf(reasonWrongStateRoot, "state_root %s is not the post-state root %s", h.StateRoot, want), false
	}
	if !randaoOK {
		return rejectf(reasonBadRandao, "randao_reveal is not validator %d's signature over epoch %d (domain DOMAIN_RANDAO)", h.ProposerIndex, s.epochOf(slot)), false
	}
	pb, ok := s.st.produced[root]
	if !ok || pb.slot != slot {
		return rejectf(reasonUnknownBody, "block %s is not one the simulator produced for slot %d (its body differs from every produced body)", root, slot), false
	}

	// The block is the produced one (same root), which is also what a
	// blinded publication stands for.
	signed := &electra.SignedBeaconBlock{Message: pb.message, Signature: sig}
	raw, err := json.Marshal(signed)
	if err != nil {
		return rejectf(reasonDecode, "marshal block: %v", err), false
	}
	b := &block{
		info: BlockInfo{
			Slot: slot, Root: root, ParentRoot: h.ParentRoot, StateRoot: h.StateRoot,
			ProposerIndex: h.ProposerIndex, Attestations: pb.included,
		},
		header: h,
		signed: signed,
		json:   raw,
		sig:    sig,
	}
	s.chain.lastPayloadHash = pb.payloadHash
	s.addBlockLocked(b)
	s.recordInclusionsLocked(slot, pb.included)
	delay := now.Sub(s.slotStart(slot))
	p.rec.Published, p.rec.Root, p.rec.Delay = true, root, delay
	p.rec.Graffiti = [32]byte(pb.message.Body.Graffiti)
	p.rec.Blinded = pb.blinded
	p.rec.FeeRecipient = pb.feeAddr
	s.metrics.proposals.WithLabelValues("published").Inc()
	s.metrics.delay.WithLabelValues(dutyProposal).Observe(delay.Seconds())
	s.announceBlockLocked(b)
	return nil, false
}

// detectDoubleProposalLocked records h, validly signed by its proposer, and
// reports the proposer slashing it makes with an earlier, different header
// of the same slot and proposer (recorded once per pair).
func (s *Sim) detectDoubleProposalLocked(h BeaconBlockHeader, root Root, sig [96]byte, now time.Time) (Slashing, bool) {
	hist := s.st.signedHeaders[h.Slot]
	var earlier *signedHeader
	for i := range hist {
		if hist[i].header.ProposerIndex != h.ProposerIndex {
			continue
		}
		if hist[i].root == root {
			return Slashing{}, false
		}
		if earlier == nil {
			earlier = &hist[i]
		}
	}
	s.st.signedHeaders[h.Slot] = append(hist, signedHeader{header: h, root: root, sig: sig})
	if earlier == nil {
		return Slashing{}, false
	}
	sl := Slashing{
		Kind: DoubleProposal, ValidatorIndex: h.ProposerIndex, Slot: h.Slot,
		EarlierBlock: earlier.header, OffendingBlock: h,
		EarlierSignature: earlier.sig, OffendingSignature: sig,
		DetectedAt: now,
	}
	s.st.slashings = append(s.st.slashings, sl)
	s.proposalLocked(h.Slot).rec.Slashable = true
	s.metrics.slashable.WithLabelValues(string(DoubleProposal)).Inc()
	s.log.Warn("slashable block proposal", "slot", h.Slot, "proposer", h.ProposerIndex, "earlier", earlier.root, "offending", root)
	return sl, true
}

// Proposal returns the simulator's account of slot's block proposal. ok is
// false for slots not yet started (and slot 0).
func (s *Sim) Proposal(slot uint64) (ProposalRecord, bool) {
	s.catchUp(s.clock.Now())
	s.mu.Lock()
	defer s.mu.Unlock()
	if slot == 0 || slot > s.chain.processed {
		return ProposalRecord{}, false
	}
	if p, ok := s.st.proposals[slot]; ok {
		r := p.rec
		if !r.Due {
			r.Final = true // the simulator's slot, decided at its start
		}
		return r, true
	}
	return ProposalRecord{Slot: slot, Proposer: s.proposerOfLocked(slot), Final: true}, true
}
