package beaconsim

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"net/http"
	"sort"
	"strings"
	"time"

	"github.com/OffchainLabs/go-bitfield"
	"github.com/attestantio/go-eth2-client/spec/altair"
	"github.com/attestantio/go-eth2-client/spec/bellatrix"
	"github.com/attestantio/go-eth2-client/spec/capella"
	"github.com/attestantio/go-eth2-client/spec/deneb"
	"github.com/attestantio/go-eth2-client/spec/electra"
	"github.com/attestantio/go-eth2-client/spec/phase0"
	"github.com/holiman/uint256"
	blst "github.com/supranational/blst/bindings/go"
)

// The simulated chain has no forks and no reorgs: at most one block per
// slot, made by the simulator itself at the slot's start (unless
// Config.MissedSlots skips it) or, for validator-proposed slots, published
// by the slot's proposer (proposals.go). A block's root is the hash_tree_root of its header, computed by
// ssz.go; the body root comes from go-eth2-client's Electra
// BeaconBlockBody.HashTreeRoot, so that a block fetched from
// /eth/v2/beacon/blocks hashes to the root every other endpoint announces.
// State roots are stand-ins (there is no state to download): sha256 of a
// domain tag, the slot, the parent root and the body root. The simulator's
// own blocks are not signed: their signature, RANDAO reveal and sync
// aggregate signature are the G2 point at infinity.

// IncludedAttestation is one on-chain (Electra) aggregate of a block.
type IncludedAttestation struct {
	Data AttestationData
	// CommitteeBits lists the committee indices whose members' bits appear
	// in the aggregation bits, ascending.
	CommitteeBits []uint64
	// Validators lists the attesting validator indices, in aggregation bit
	// order.
	Validators []uint64
	// Signature is the aggregate signature.
	Signature [96]byte
}

// BlockInfo describes one block of the simulated chain.
type BlockInfo struct {
	Slot          uint64
	Root          Root
	ParentRoot    Root
	StateRoot     Root
	ProposerIndex uint64
	Attestations  []IncludedAttestation
}

type block struct {
	info   BlockInfo
	header BeaconBlockHeader
	signed *electra.SignedBeaconBlock
	// sig is the block's signature: the proposer's for a published block,
	// the G2 point at infinity for the simulator's own (zero for genesis).
	sig [96]byte
	// json caches the marshalled SignedBeaconBlock.
	json json.RawMessage
}

// chainState is the chain and its checkpoints. Guarded by Sim.mu.
type chainState struct {
	genesis    *block
	head       *block
	blocks     map[uint64]*block // by slot
	byRoot     map[Root]*block
	stateRoots map[Root]*block
	// processed is the highest slot whose block (or miss) has been made.
	processed uint64
	// Justification, as the spec's process_justification_and_finalization
	// keeps it.
	justified, prevJustified, finalized Checkpoint
	bits                                [4]bool
	// sourceFor[e] is the source checkpoint attestations targeting e must
	// carry: current_justified_checkpoint as of the start of epoch e.
	sourceFor       map[uint64]Checkpoint
	lastPayloadHash [32]byte
}

// g2Infinity is the compressed encoding of the G2 point at infinity.
var g2Infinity = func() (b [96]byte) { b[0] = 0xc0; return b }()

func (s *Sim) initChain() error {
	s.chain = chainState{
		blocks:     make(map[uint64]*block),
		byRoot:     make(map[Root]*block),
		stateRoots: make(map[Root]*block),
		sourceFor:  map[uint64]Checkpoint{0: {}},
	}
	body := s.emptyBody()
	// The spec's genesis block has an all-zero body.
	body.RANDAOReveal = phase0.BLSSignature{}
	body.SyncAggregate.SyncCommitteeSignature = phase0.BLSSignature{}
	b, err := s.makeBlock(0, 0, Root{}, body, nil)
	if err != nil {
		return err
	}
	s.chain.genesis = b
	s.addBlockLocked(b)
	return nil
}

func (s *Sim) emptyBody() *electra.BeaconBlockBody {
	var graffiti [32]byte
	copy(graffiti[:], "beaconsim")
	return &electra.BeaconBlockBody{
		RANDAOReveal: g2Infinity,
		ETH1Data: &phase0.ETH1Data{
			DepositCount: uint64(len(s.validators)),
			BlockHash:    make([]byte, 32),
		},
		Graffiti:              graffiti,
		ProposerSlashings:     []*phase0.ProposerSlashing{},
		AttesterSlashings:     []*electra.AttesterSlashing{},
		Attestations:          []*electra.Attestation{},
		Deposits:              []*phase0.Deposit{},
		VoluntaryExits:        []*phase0.SignedVoluntaryExit{},
		SyncAggregate:         &altair.SyncAggregate{SyncCommitteeBits: bitfield.NewBitvector512(), SyncCommitteeSignature: g2Infinity},
		ExecutionPayload:      &deneb.ExecutionPayload{BaseFeePerGas: uint256.NewInt(0), ExtraData: []byte{}, Transactions: []bellatrix.Transaction{}, Withdrawals: []*capella.Withdrawal{}},
		BLSToExecutionChanges: []*capella.SignedBLSToExecutionChange{},
		BlobKZGCommitments:    []deneb.KZGCommitment{},
		ExecutionRequests:     &electra.ExecutionRequests{},
	}
}

// makeBlock assembles, roots and marshals a block.
func (s *Sim) makeBlock(slot, proposer uint64, parent Root, body *electra.BeaconBlockBody, atts []IncludedAttestation) (*block, error) {
	bodyRoot, err := body.HashTreeRoot()
	if err != nil {
		return nil, fmt.Errorf("hash block body of slot %d: %w", slot, err)
	}
	stateRoot := standInStateRoot(slot, parent, bodyRoot)
	header := BeaconBlockHeader{Slot: slot, ProposerIndex: proposer, ParentRoot: parent, StateRoot: stateRoot, BodyRoot: bodyRoot}
	signed := &electra.SignedBeaconBlock{
		Message: &electra.BeaconBlock{
			Slot:          phase0.Slot(slot),
			ProposerIndex: phase0.ValidatorIndex(proposer),
			ParentRoot:    phase0.Root(parent),
			StateRoot:     phase0.Root(stateRoot),
			Body:          body,
		},
		Signature: g2Infinity,
	}
	if slot == 0 {
		signed.Signature = phase0.BLSSignature{}
	}
	raw, err := json.Marshal(signed)
	if err != nil {
		return nil, fmt.Errorf("marshal block of slot %d: %w", slot, err)
	}
	return &block{
		info: BlockInfo{
			Slot: slot, Root: header.HashTreeRoot(), ParentRoot: parent, StateRoot: stateRoot,
			ProposerIndex: proposer, Attestations: atts,
		},
		header: header,
		signed: signed,
		sig:    [96]byte(signed.Signature),
		json:   raw,
	}, nil
}

func standInStateRoot(slot uint64, parent Root, bodyRoot [32]byte) Root {
	h := sha256.New()
	h.Write([]byte("beaconsim/state"))
	_ = binary.Write(h, binary.LittleEndian, slot)
	h.Write(parent[:])
	h.Write(bodyRoot[:])
	var r Root
	copy(r[:], h.Sum(nil))
	return r
}

func (s *Sim) addBlockLocked(b *block) {
	s.chain.blocks[b.info.Slot] = b
	s.chain.byRoot[b.info.Root] = b
	s.chain.stateRoots[b.info.StateRoot] = b
	s.chain.head = b
}

// blockAtOrBeforeLocked returns the latest block at or before slot.
func (s *Sim) blockAtOrBeforeLocked(slot uint64) *block {
	for {
		if b, ok := s.chain.blocks[slot]; ok {
			return b
		}
		if slot == 0 {
			return s.chain.genesis
		}
		slot--
	}
}

// blockRootAtSlotLocked is get_block_root_at_slot on the simulated chain.
func (s *Sim) blockRootAtSlotLocked(slot uint64) Root {
	return s.blockAtOrBeforeLocked(slot).info.Root
}

// boundaryRootLocked is get_block_root(state, epoch): the root of the block
// at the epoch's first slot or, if that slot is empty, of the latest before.
func (s *Sim) boundaryRootLocked(epoch uint64) Root {
	return s.blockRootAtSlotLocked(s.epochStart(epoch))
}

// catchUp makes every block (and runs every epoch transition) due by now.
func (s *Sim) catchUp(now time.Time) {
	target := s.slotAt(now)
	s.mu.Lock()
	defer s.mu.Unlock()
	for s.chain.processed < target {
		slot := s.chain.processed + 1
		if slot%s.cfg.SlotsPerEpoch == 0 {
			s.processEpochLocked(slot / s.cfg.SlotsPerEpoch)
		}
		s.processSlotLocked(slot)
		s.chain.processed = slot
	}
	s.closeProposalsLocked(s.clock.Now())
}

// processEpochLocked runs the transition into epoch n: justification and
// finalization of the epoch that just ended (as
// process_justification_and_finalization does, counting attestations
// included in blocks), then the bookkeeping of the new epoch.
func (s *Sim) processEpochLocked(n uint64) {
	c := n - 1 // the epoch that just ended
	ch := &s.chain
	oldFinalized := ch.finalized
	if c > 1 {
		oldPrev, oldCur := ch.prevJustified, ch.justified
		ch.prevJustified = ch.justified
		ch.bits = [4]bool{false, ch.bits[0], ch.bits[1], ch.bits[2]}
		total := s.dutiesLocked(c).totalActiveBalance
		if 3*s.targetBalanceLocked(c-1) >= 2*total {
			ch.justified = Checkpoint{Epoch: c - 1, Root: s.boundaryRootLocked(c - 1)}
			ch.bits[1] = true
		}
		if 3*s.targetBalanceLocked(c) >= 2*total {
			ch.justified = Checkpoint{Epoch: c, Root: s.boundaryRootLocked(c)}
			ch.bits[0] = true
		}
		b := ch.bits
		switch {
		case b[1] && b[2] && b[3] && oldPrev.Epoch+3 == c:
			ch.finalized = oldPrev
		case b[1] && b[2] && oldPrev.Epoch+2 == c:
			ch.finalized = oldPrev
		}
		switch {
		case b[0] && b[1] && b[2] && oldCur.Epoch+2 == c:
			ch.finalized = oldCur
		case b[0] && b[1] && oldCur.Epoch+1 == c:
			ch.finalized = oldCur
		}
		s.st.epoch(ch.justified.Epoch).justified = true
		s.metrics.justifiedEpoch.Set(float64(ch.justified.Epoch))
		if ch.finalized != oldFinalized {
			s.st.epoch(ch.finalized.Epoch).finalized = true
			s.metrics.finalizedEpoch.Set(float64(ch.finalized.Epoch))
			fb := s.chain.byRoot[ch.finalized.Root]
			var state Root
			if fb != nil {
				state = fb.info.StateRoot
			}
			s.events.publish(topicFinalizedCheckpoint, map[string]any{
				"block":                ch.finalized.Root.String(),
				"state":                state.String(),
				"epoch":                u64s(ch.finalized.Epoch),
				"execution_optimistic": false,
			})
		}
	}
	ch.sourceFor[n] = ch.justified
	// Duties older than the inclusion window are no longer needed by
	// validation; their counts live on in the epoch stats.
	for e := range s.st.duties {
		if e+2 < n {
			delete(s.st.duties, e)
		}
	}
}

// targetBalanceLocked is the effective balance of the validators whose
// attestation targeting epoch has been included (every accepted attestation
// has the correct target, so every included one counts).
func (s *Sim) targetBalanceLocked(epoch uint64) uint64 {
	es, ok := s.st.epochs[epoch]
	if !ok {
		return 0
	}
	var sum uint64
	for vi := range es.included {
		sum += s.validators[vi].record.EffectiveBalance
	}
	return sum
}

// proposerOfLocked picks the (purely nominal) proposer of slot among the
// active validators.
func (s *Sim) proposerOfLocked(slot uint64) uint64 {
	active := s.dutiesLocked(s.epochOf(slot)).active
	if len(active) == 0 {
		return 0
	}
	h := sha256.New()
	h.Write([]byte("beaconsim/proposer"))
	h.Write(s.gvr[:])
	_ = binary.Write(h, binary.LittleEndian, slot)
	return active[binary.LittleEndian.Uint64(h.Sum(nil)[:8])%uint64(len(active))]
}

// processSlotLocked makes the block of slot (unless the slot is to be
// missed), packing the pool's attestations into it, and announces it.
func (s *Sim) processSlotLocked(slot uint64) {
	s.expirePoolLocked(slot)
	if s.validatorProposesLocked(slot) {
		s.openProposalLocked(slot)
		return
	}
	if s.cfg.MissedSlots != nil && s.cfg.MissedSlots(slot) {
		s.log.Debug("slot missed by configuration", "slot", slot)
		return
	}
	parent := s.chain.head
	atts, included := s.packAttestationsLocked(slot)
	body := s.emptyBody()
	body.Attestations = atts
	start := s.slotStart(slot)
	payloadHash := sha256.Sum256(fmt.Appendf(nil, "beaconsim/payload/%d", slot))
	body.ExecutionPayload = &deneb.ExecutionPayload{
		ParentHash:    s.chain.lastPayloadHash,
		BlockNumber:   slot,
		GasLimit:      30_000_000,
		Timestamp:     uint64(start.Unix()),
		ExtraData:     []byte("beaconsim"),
		BaseFeePerGas: uint256.NewInt(7),
		BlockHash:     payloadHash,
		Transactions:  []bellatrix.Transaction{},
		Withdrawals:   []*capella.Withdrawal{},
	}
	b, err := s.makeBlock(slot, s.proposerOfLocked(slot), parent.info.Root, body, included)
	if err != nil {
		s.log.Error("cannot make block; slot left empty", "slot", slot, "err", err)
		return
	}
	s.chain.lastPayloadHash = payloadHash
	s.addBlockLocked(b)
	s.recordInclusionsLocked(slot, included)
	s.announceBlockLocked(b)
}

// recordInclusionsLocked accounts for the attestations a new block of slot
// includes and takes them out of the pool.
func (s *Sim) recordInclusionsLocked(slot uint64, included []IncludedAttestation) {
	for _, ia := range included {
		es := s.st.epoch(ia.Data.Target.Epoch)
		root := ia.Data.HashTreeRoot()
		for _, vi := range ia.Validators {
			key := poolKey{validator: vi, targetEpoch: ia.Data.Target.Epoch}
			if p, ok := s.st.pool[key]; ok && p.dataRoot == root {
				delete(s.st.pool, key)
			}
			if _, dup := es.included[vi]; !dup {
				es.included[vi] = slot
				s.metrics.included.Inc()
			}
		}
	}
}

// announceBlockLocked updates the head gauge and emits the head and block
// events of b, the new head.
func (s *Sim) announceBlockLocked(b *block) {
	slot := b.info.Slot
	s.metrics.headSlot.Set(float64(slot))
	epoch := s.epochOf(slot)
	s.events.publish(topicHead, map[string]any{
		"slot":                         u64s(slot),
		"block":                        b.info.Root.String(),
		"state":                        b.info.StateRoot.String(),
		"epoch_transition":             slot%s.cfg.SlotsPerEpoch == 0,
		"previous_duty_dependent_root": s.attesterDependentRootLocked(epoch).String(),
		"current_duty_dependent_root":  s.proposerDependentRootLocked(epoch).String(),
		"execution_optimistic":         false,
	})
	s.events.publish(topicBlock, map[string]any{
		"slot":                 u64s(slot),
		"block":                b.info.Root.String(),
		"execution_optimistic": false,
	})
}

// packAttestationsLocked selects up to MAX_ATTESTATIONS_ELECTRA on-chain
// aggregates from the pool for the block of slot, leaving the pool as it is
// (recordInclusionsLocked takes them out once a block including them is on
// the chain). Attestations are
// includable from the slot after theirs until the end of the epoch after
// theirs (Deneb's EIP-7045 window). Attestations with the same data are
// aggregated into one Electra attestation across committees, as
// compute_on_chain_aggregate does: committee_bits marks the committees and
// aggregation_bits concatenates their bitlists in committee order.
func (s *Sim) packAttestationsLocked(slot uint64) ([]*electra.Attestation, []IncludedAttestation) {
	type group struct {
		root    Root
		data    AttestationData
		members []*pooledAttestation
	}
	groups := make(map[Root]*group)
	for _, p := range s.st.pool {
		if p.data.Slot >= slot {
			continue
		}
		g, ok := groups[p.dataRoot]
		if !ok {
			g = &group{root: p.dataRoot, data: p.data}
			groups[p.dataRoot] = g
		}
		g.members = append(g.members, p)
	}
	ordered := make([]*group, 0, len(groups))
	for _, g := range groups {
		ordered = append(ordered, g)
	}
	sort.Slice(ordered, func(i, j int) bool {
		a, b := ordered[i], ordered[j]
		if a.data.Slot != b.data.Slot {
			return a.data.Slot > b.data.Slot
		}
		if len(a.members) != len(b.members) {
			return len(a.members) > len(b.members)
		}
		return strings.Compare(a.root.String(), b.root.String()) < 0
	})
	if len(ordered) > maxAttestationsElectra {
		ordered = ordered[:maxAttestationsElectra]
	}
	var atts []*electra.Attestation
	var infos []IncludedAttestation
	for _, g := range ordered {
		att, info := s.aggregateLocked(g.data, g.members)
		atts = append(atts, att)
		infos = append(infos, info)
	}
	if atts == nil {
		atts = []*electra.Attestation{}
	}
	return atts, infos
}

func (s *Sim) aggregateLocked(data AttestationData, members []*pooledAttestation) (*electra.Attestation, IncludedAttestation) {
	sort.Slice(members, func(i, j int) bool {
		a, b := members[i], members[j]
		if a.committeeIndex != b.committeeIndex {
			return a.committeeIndex < b.committeeIndex
		}
		return a.position < b.position
	})
	d := s.dutiesLocked(data.Target.Epoch)
	slotInEpoch := data.Slot - s.epochStart(data.Target.Epoch)
	var committees []uint64
	offsets := make(map[uint64]uint64)
	var total uint64
	for _, p := range members {
		if _, ok := offsets[p.committeeIndex]; ok {
			continue
		}
		committees = append(committees, p.committeeIndex)
		offsets[p.committeeIndex] = total
		total += uint64(len(d.committee(slotInEpoch, p.committeeIndex)))
	}
	aggBits := bitfield.NewBitlist(total)
	committeeBits := bitfield.NewBitvector64()
	for _, ci := range committees {
		committeeBits.SetBitAt(ci, true)
	}
	var agg blst.P2Aggregate
	info := IncludedAttestation{Data: data, CommitteeBits: committees}
	for _, p := range members {
		aggBits.SetBitAt(offsets[p.committeeIndex]+p.position, true)
		agg.Add(p.sig, false)
		info.Validators = append(info.Validators, p.validator)
	}
	copy(info.Signature[:], agg.ToAffine().Compress())
	return &electra.Attestation{
		AggregationBits: aggBits,
		Data:            data.toPhase0(),
		Signature:       phase0.BLSSignature(info.Signature),
		CommitteeBits:   committeeBits,
	}, info
}

func (d AttestationData) toPhase0() *phase0.AttestationData {
	return &phase0.AttestationData{
		Slot:            phase0.Slot(d.Slot),
		Index:           phase0.CommitteeIndex(d.Index),
		BeaconBlockRoot: phase0.Root(d.BeaconBlockRoot),
		Source:          &phase0.Checkpoint{Epoch: phase0.Epoch(d.Source.Epoch), Root: phase0.Root(d.Source.Root)},
		Target:          &phase0.Checkpoint{Epoch: phase0.Epoch(d.Target.Epoch), Root: phase0.Root(d.Target.Root)},
	}
}

// Block returns the block at slot, if there is one (slots may be empty).
func (s *Sim) Block(slot uint64) (BlockInfo, bool) {
	s.catchUp(s.clock.Now())
	s.mu.Lock()
	defer s.mu.Unlock()
	b, ok := s.chain.blocks[slot]
	if !ok {
		return BlockInfo{}, false
	}
	return b.info, true
}

// Head returns the head block.
func (s *Sim) Head() BlockInfo {
	s.catchUp(s.clock.Now())
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.chain.head.info
}

// Checkpoints returns the current justified and finalized checkpoints.
func (s *Sim) Checkpoints() (justified, finalized Checkpoint) {
	s.catchUp(s.clock.Now())
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.chain.justified, s.chain.finalized
}

// resolveBlockLocked resolves a block_id: head, genesis, finalized,
// justified, a slot or a 0x block root. ok is false if there is no such
// block; err is set if the id is malformed.
func (s *Sim) resolveBlockLocked(id string) (b *block, ok bool, err error) {
	switch id {
	case "head":
		return s.chain.head, true, nil
	case "genesis":
		return s.chain.genesis, true, nil
	case "finalized":
		b, ok = s.chain.byRoot[s.chain.finalized.Root]
		if !ok {
			return s.chain.genesis, true, nil
		}
		return b, true, nil
	case "justified":
		b, ok = s.chain.byRoot[s.chain.justified.Root]
		if !ok {
			return s.chain.genesis, true, nil
		}
		return b, true, nil
	}
	if strings.HasPrefix(id, "0x") {
		r, err := parseRoot(id)
		if err != nil {
			return nil, false, fmt.Errorf("invalid block id %q: %w", id, err)
		}
		b, ok = s.chain.byRoot[r]
		return b, ok, nil
	}
	slot, err := parseUint(id)
	if err != nil {
		return nil, false, fmt.Errorf("invalid block id %q", id)
	}
	b, ok = s.chain.blocks[slot]
	return b, ok, nil
}

// isFinalizedLocked reports whether b is at or before the finalized
// checkpoint's block.
func (s *Sim) isFinalizedLocked(b *block) bool {
	fb, ok := s.chain.byRoot[s.chain.finalized.Root]
	if !ok {
		return b == s.chain.genesis
	}
	return b.info.Slot <= fb.info.Slot
}

// lookupBlock resolves the request's {block_id}. When it is bad or unknown
// it writes the error response and returns ok == false.
func (s *Sim) lookupBlock(w http.ResponseWriter, r *http.Request) (b *block, finalized, ok bool) {
	s.catchUp(s.clock.Now())
	s.mu.Lock()
	b, ok, err := s.resolveBlockLocked(r.PathValue("block_id"))
	if ok {
		finalized = s.isFinalizedLocked(b)
	}
	s.mu.Unlock()
	switch {
	case err != nil:
		writeError(w, http.StatusBadRequest, err.Error())
		return nil, false, false
	case !ok:
		writeError(w, http.StatusNotFound, "block not found")
		return nil, false, false
	}
	return b, finalized, true
}

// handleBlock serves GET /eth/v2/beacon/blocks/{block_id} in JSON (also when
// SSZ is preferred, which the Accept header allows).
func (s *Sim) handleBlock(w http.ResponseWriter, r *http.Request) {
	b, finalized, ok := s.lookupBlock(w, r)
	if ok {
		w.Header().Set("Eth-Consensus-Version", "electra")
		writeJSON(w, http.StatusOK, map[string]any{
			"version":              "electra",
			"execution_optimistic": false,
			"finalized":            finalized,
			"data":                 b.json,
		})
	}
}

// handleBlockRoot serves GET /eth/v1/beacon/blocks/{block_id}/root.
func (s *Sim) handleBlockRoot(w http.ResponseWriter, r *http.Request) {
	b, finalized, ok := s.lookupBlock(w, r)
	if ok {
		writeJSON(w, http.StatusOK, map[string]any{
			"execution_optimistic": false,
			"finalized":            finalized,
			"data":                 map[string]string{"root": b.info.Root.String()},
		})
	}
}

// handleHeader serves GET /eth/v1/beacon/headers/{block_id}.
func (s *Sim) handleHeader(w http.ResponseWriter, r *http.Request) {
	b, finalized, ok := s.lookupBlock(w, r)
	if ok {
		h := b.header
		sig := b.sig
		writeJSON(w, http.StatusOK, map[string]any{
			"execution_optimistic": false,
			"finalized":            finalized,
			"data": map[string]any{
				"root":      b.info.Root.String(),
				"canonical": true,
				"header": map[string]any{
					"message": map[string]string{
						"slot":           u64s(h.Slot),
						"proposer_index": u64s(h.ProposerIndex),
						"parent_root":    h.ParentRoot.String(),
						"state_root":     h.StateRoot.String(),
						"body_root":      h.BodyRoot.String(),
					},
					"signature": hex0x(sig[:]),
				},
			},
		})
	}
}

// handleFinality serves GET /eth/v1/beacon/states/{state_id}/finality_checkpoints
// for the head state (the only state whose checkpoints the simulator keeps;
// other state ids are resolved but answered with the head's checkpoints).
func (s *Sim) handleFinality(w http.ResponseWriter, r *http.Request) {
	s.catchUp(s.clock.Now())
	s.mu.Lock()
	_, ok, err := s.resolveStateLocked(r.PathValue("state_id"))
	ch := s.chain
	s.mu.Unlock()
	switch {
	case err != nil:
		writeError(w, http.StatusBadRequest, err.Error())
	case !ok:
		writeError(w, http.StatusNotFound, "state not found")
	default:
		cp := func(c Checkpoint) map[string]string {
			return map[string]string{"epoch": u64s(c.Epoch), "root": c.Root.String()}
		}
		writeJSON(w, http.StatusOK, map[string]any{
			"execution_optimistic": false,
			"finalized":            false,
			"data": map[string]any{
				"previous_justified": cp(ch.prevJustified),
				"current_justified":  cp(ch.justified),
				"finalized":          cp(ch.finalized),
			},
		})
	}
}
