package beaconsim

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"net/http"
	"sort"
)

// AttesterDuty is one validator's attestation assignment for an epoch, as
// /eth/v1/validator/duties/attester/{epoch} serves it.
type AttesterDuty struct {
	Pubkey                  [48]byte
	ValidatorIndex          uint64
	Slot                    uint64
	CommitteeIndex          uint64
	CommitteeLength         uint64
	CommitteesAtSlot        uint64
	ValidatorCommitteeIndex uint64
}

// epochDuties is the committee assignment of one epoch. Committees follow the
// spec's counts exactly: committees_per_slot = max(1, min(64, active /
// SLOTS_PER_EPOCH / 128)), and committee k of the epoch (slot offset
// k / committees_per_slot, index k % committees_per_slot) holds the shuffled
// active indices [n*k/C, n*(k+1)/C) with C = committees_per_slot *
// SLOTS_PER_EPOCH. The shuffle is a seeded Fisher-Yates permutation rather
// than the spec's swap-or-not shuffle, so memberships differ from a real
// chain's, but every active validator gets exactly one duty per epoch.
type epochDuties struct {
	epoch             uint64
	committeesPerSlot uint64
	// committees[k] lists the validator indices of committee k, in committee
	// order.
	committees  [][]uint64
	byValidator map[uint64]AttesterDuty
	// active lists the active validator indices in ascending order.
	active []uint64
	// totalActiveBalance is the sum of the active validators' effective
	// balances (at least one increment, as get_total_balance does).
	totalActiveBalance uint64
}

// committeesPerSlot is get_committee_count_per_slot for n active validators.
func committeesPerSlot(n, slotsPerEpoch uint64) uint64 {
	return max(1, min(maxCommitteesPerSlot, n/slotsPerEpoch/targetCommitteeSize))
}

// dutiesLocked returns (and caches) the duties of epoch. s.mu must be held.
func (s *Sim) dutiesLocked(epoch uint64) *epochDuties {
	if d, ok := s.st.duties[epoch]; ok {
		return d
	}
	d := s.computeDuties(epoch)
	s.st.duties[epoch] = d
	return d
}

func (s *Sim) computeDuties(epoch uint64) *epochDuties {
	spe := s.cfg.SlotsPerEpoch
	var active []uint64
	var total uint64
	for _, v := range s.validators {
		if v.activeAt(epoch) {
			active = append(active, v.index)
			total += v.record.EffectiveBalance
		}
	}
	sorted := append([]uint64(nil), active...)
	s.shuffle(active, epoch)
	n := uint64(len(active))
	cps := committeesPerSlot(n, spe)
	count := cps * spe
	d := &epochDuties{
		epoch:              epoch,
		committeesPerSlot:  cps,
		committees:         make([][]uint64, count),
		byValidator:        make(map[uint64]AttesterDuty, n),
		active:             sorted,
		totalActiveBalance: max(total, effectiveBalanceIncrement),
	}
	for k := uint64(0); k < count; k++ {
		start, end := n*k/count, n*(k+1)/count
		members := active[start:end]
		d.committees[k] = members
		slot := epoch*spe + k/cps
		for pos, vi := range members {
			d.byValidator[vi] = AttesterDuty{
				Pubkey:                  s.validators[vi].record.Pubkey,
				ValidatorIndex:          vi,
				Slot:                    slot,
				CommitteeIndex:          k % cps,
				CommitteeLength:         uint64(len(members)),
				CommitteesAtSlot:        cps,
				ValidatorCommitteeIndex: uint64(pos),
			}
		}
	}
	return d
}

// committee returns the members of committee index at slot, or nil.
func (d *epochDuties) committee(slotInEpoch, index uint64) []uint64 {
	if index >= d.committeesPerSlot {
		return nil
	}
	k := slotInEpoch*d.committeesPerSlot + index
	if k >= uint64(len(d.committees)) {
		return nil
	}
	return d.committees[k]
}

// shuffle permutes indices in place, deterministically per (network, epoch).
func (s *Sim) shuffle(indices []uint64, epoch uint64) {
	seed := sha256.New()
	seed.Write([]byte("beaconsim/shuffle"))
	seed.Write(s.gvr[:])
	_ = binary.Write(seed, binary.LittleEndian, epoch)
	var key [32]byte
	copy(key[:], seed.Sum(nil))
	var counter uint64
	var buf [32]byte
	var used = len(buf)
	next := func() uint64 {
		if used+8 > len(buf) {
			var in [40]byte
			copy(in[:32], key[:])
			binary.LittleEndian.PutUint64(in[32:], counter)
			counter++
			buf = sha256.Sum256(in[:])
			used = 0
		}
		v := binary.LittleEndian.Uint64(buf[used:])
		used += 8
		return v
	}
	for i := len(indices) - 1; i > 0; i-- {
		// The modulo bias is irrelevant for a simulator.
		j := int(next() % uint64(i+1))
		indices[i], indices[j] = indices[j], indices[i]
	}
}

// attesterDependentRootLocked is the dependent_root of attester duties for epoch:
// the block root at the last slot of epoch-2 (the genesis block root for
// epochs 0 and 1).
func (s *Sim) attesterDependentRootLocked(epoch uint64) Root {
	if epoch <= 1 {
		return s.chain.genesis.info.Root
	}
	return s.blockRootAtSlotLocked(s.epochStart(epoch-1) - 1)
}

// proposerDependentRootLocked is the dependent_root of proposer duties for
// epoch: the block root at the last slot of epoch-1.
func (s *Sim) proposerDependentRootLocked(epoch uint64) Root {
	if epoch == 0 {
		return s.chain.genesis.info.Root
	}
	return s.blockRootAtSlotLocked(s.epochStart(epoch) - 1)
}

type attesterDutyJSON struct {
	Pubkey                  string `json:"pubkey"`
	ValidatorIndex          string `json:"validator_index"`
	CommitteeIndex          string `json:"committee_index"`
	CommitteeLength         string `json:"committee_length"`
	CommitteesAtSlot        string `json:"committees_at_slot"`
	ValidatorCommitteeIndex string `json:"validator_committee_index"`
	Slot                    string `json:"slot"`
}

// handleAttesterDuties serves POST /eth/v1/validator/duties/attester/{epoch}.
// The body is a JSON array of validator indices (strings or numbers). Duties
// are served for any epoch up to the current epoch + 1; an index beyond the
// registry is a 400; a known but inactive validator simply has no duty.
func (s *Sim) handleAttesterDuties(w http.ResponseWriter, r *http.Request) {
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
	s.mu.Lock()
	defer s.mu.Unlock()
	cur := s.epochOf(s.chain.processed)
	if epoch > cur+1 {
		writeError(w, http.StatusBadRequest, fmt.Sprintf("epoch %d is more than one epoch ahead of the current epoch %d", epoch, cur))
		return
	}
	d := s.dutiesLocked(epoch)
	out := make([]attesterDutyJSON, 0, len(indices))
	for _, vi := range indices {
		if vi >= uint64(len(s.validators)) {
			writeError(w, http.StatusBadRequest, fmt.Sprintf("unknown validator index %d", vi))
			return
		}
		duty, ok := d.byValidator[vi]
		if !ok {
			continue
		}
		out = append(out, attesterDutyJSON{
			Pubkey:                  hex0x(duty.Pubkey[:]),
			ValidatorIndex:          u64s(duty.ValidatorIndex),
			CommitteeIndex:          u64s(duty.CommitteeIndex),
			CommitteeLength:         u64s(duty.CommitteeLength),
			CommitteesAtSlot:        u64s(duty.CommitteesAtSlot),
			ValidatorCommitteeIndex: u64s(duty.ValidatorCommitteeIndex),
			Slot:                    u64s(duty.Slot),
		})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Slot < out[j].Slot })
	writeJSON(w, http.StatusOK, map[string]any{
		"dependent_root":       s.attesterDependentRootLocked(epoch).String(),
		"execution_optimistic": false,
		"data":                 out,
	})
}

// Duty returns validator's attester duty in epoch, if it has one.
func (s *Sim) Duty(epoch, validator uint64) (AttesterDuty, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	d, ok := s.dutiesLocked(epoch).byValidator[validator]
	return d, ok
}
