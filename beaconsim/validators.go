package beaconsim

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
)

// lookupState resolves the request's {state_id} to its slot. When it is bad
// or unknown it writes the error response and returns ok == false.
func (s *Sim) lookupState(w http.ResponseWriter, r *http.Request) (slot uint64, ok bool) {
	s.catchUp(s.clock.Now())
	s.mu.Lock()
	slot, ok, err := s.resolveStateLocked(r.PathValue("state_id"))
	s.mu.Unlock()
	switch {
	case err != nil:
		writeError(w, http.StatusBadRequest, err.Error())
		return 0, false
	case !ok:
		writeError(w, http.StatusNotFound, "state not found")
		return 0, false
	}
	return slot, true
}

// resolveStateLocked resolves a state_id to the slot of that state: head,
// genesis, finalized, justified, a slot not after the head, or a state root
// the simulator announced. ok is false for an unknown state; err is set for
// a malformed id.
func (s *Sim) resolveStateLocked(id string) (slot uint64, ok bool, err error) {
	switch id {
	case "head":
		return s.chain.processed, true, nil
	case "genesis":
		return 0, true, nil
	case "finalized":
		return s.epochStart(s.chain.finalized.Epoch), true, nil
	case "justified":
		return s.epochStart(s.chain.justified.Epoch), true, nil
	}
	if strings.HasPrefix(id, "0x") {
		r, err := parseRoot(id)
		if err != nil {
			return 0, false, fmt.Errorf("invalid state id %q: %w", id, err)
		}
		b, ok := s.chain.stateRoots[r]
		if !ok {
			return 0, false, nil
		}
		return b.info.Slot, true, nil
	}
	slot, err = parseUint(id)
	if err != nil {
		return 0, false, fmt.Errorf("invalid state id %q", id)
	}
	return slot, slot <= s.chain.processed, nil
}

// statusAt is the Beacon API validator status of rec at epoch.
func statusAt(rec validatorRecord, balance, epoch uint64) string {
	switch {
	case rec.ActivationEligibilityEpoch == FarFutureEpoch:
		return "pending_initialized"
	case epoch < rec.ActivationEpoch:
		return "pending_queued"
	case epoch < rec.ExitEpoch:
		switch {
		case rec.Slashed:
			return "active_slashed"
		case rec.ExitEpoch == FarFutureEpoch:
			return "active_ongoing"
		default:
			return "active_exiting"
		}
	case epoch < rec.WithdrawableEpoch:
		if rec.Slashed {
			return "exited_slashed"
		}
		return "exited_unslashed"
	case balance != 0:
		return "withdrawal_possible"
	default:
		return "withdrawal_done"
	}
}

// statusMatches reports whether status is selected by filter, which holds
// specific statuses (active_ongoing) or general ones (active).
func statusMatches(status string, filter map[string]bool) bool {
	if len(filter) == 0 || filter[status] {
		return true
	}
	general, _, _ := strings.Cut(status, "_")
	return filter[general]
}

func (s *Sim) validatorJSON(v *simValidator, epoch uint64) map[string]any {
	rec := v.record
	return map[string]any{
		"index":   u64s(v.index),
		"balance": u64s(v.balance),
		"status":  statusAt(rec, v.balance, epoch),
		"validator": map[string]any{
			"pubkey":                       hex0x(rec.Pubkey[:]),
			"withdrawal_credentials":       hex0x(rec.WithdrawalCredentials[:]),
			"effective_balance":            u64s(rec.EffectiveBalance),
			"slashed":                      rec.Slashed,
			"activation_eligibility_epoch": u64s(rec.ActivationEligibilityEpoch),
			"activation_epoch":             u64s(rec.ActivationEpoch),
			"exit_epoch":                   u64s(rec.ExitEpoch),
			"withdrawable_epoch":           u64s(rec.WithdrawableEpoch),
		},
	}
}

// lookupValidator resolves a validator id (an index or a 0x public key).
// ok is false for an unknown validator; err is set for a malformed id.
func (s *Sim) lookupValidator(id string) (v *simValidator, ok bool, err error) {
	if strings.HasPrefix(id, "0x") {
		b, err := parseHexFixed(id, 48)
		if err != nil {
			return nil, false, fmt.Errorf("invalid validator id %q: %w", id, err)
		}
		idx, ok := s.byPubkey[[48]byte(b)]
		if !ok {
			return nil, false, nil
		}
		return s.validators[idx], true, nil
	}
	idx, err := parseUint(id)
	if err != nil {
		return nil, false, fmt.Errorf("invalid validator id %q", id)
	}
	if idx >= uint64(len(s.validators)) {
		return nil, false, nil
	}
	return s.validators[idx], true, nil
}

// handleValidators serves GET and POST
// /eth/v1/beacon/states/{state_id}/validators. GET takes id and status query
// parameters (repeated or comma-separated); POST a JSON body {"ids": [...],
// "statuses": [...]}. Ids are indices or 0x public keys; unknown ones are
// left out; no ids means every validator. Statuses are specific or general
// (active, pending, exited, withdrawal).
func (s *Sim) handleValidators(w http.ResponseWriter, r *http.Request) {
	var ids, statuses []string
	if r.Method == http.MethodPost {
		body, err := io.ReadAll(http.MaxBytesReader(nil, r.Body, maxSubmissionBytes))
		if err != nil {
			writeError(w, http.StatusBadRequest, fmt.Sprintf("cannot read body: %v", err))
			return
		}
		var req struct {
			IDs      []string `json:"ids"`
			Statuses []string `json:"statuses"`
		}
		if len(body) > 0 {
			if err := json.Unmarshal(body, &req); err != nil {
				writeError(w, http.StatusBadRequest, fmt.Sprintf("invalid JSON body: %v", err))
				return
			}
		}
		ids, statuses = req.IDs, req.Statuses
	} else {
		q := r.URL.Query()
		ids, statuses = splitList(q["id"]), splitList(q["status"])
	}
	slot, ok := s.lookupState(w, r)
	if !ok {
		return
	}
	epoch := s.epochOf(slot)
	filter := make(map[string]bool, len(statuses))
	for _, st := range statuses {
		filter[st] = true
	}
	selected := make(map[uint64]*simValidator)
	if len(ids) == 0 {
		for _, v := range s.validators {
			selected[v.index] = v
		}
	}
	for _, id := range ids {
		v, ok, err := s.lookupValidator(id)
		if err != nil {
			writeError(w, http.StatusBadRequest, err.Error())
			return
		}
		if ok {
			selected[v.index] = v
		}
	}
	out := make([]map[string]any, 0, len(selected))
	for _, idx := range sortedKeys(selected) {
		v := selected[idx]
		if !statusMatches(statusAt(v.record, v.balance, epoch), filter) {
			continue
		}
		out = append(out, s.validatorJSON(v, epoch))
	}
	writeJSON(w, http.StatusOK, map[string]any{"execution_optimistic": false, "finalized": false, "data": out})
}

// handleValidator serves GET /eth/v1/beacon/states/{state_id}/validators/{validator_id}.
func (s *Sim) handleValidator(w http.ResponseWriter, r *http.Request) {
	slot, ok := s.lookupState(w, r)
	if !ok {
		return
	}
	v, ok, err := s.lookupValidator(r.PathValue("validator_id"))
	switch {
	case err != nil:
		writeError(w, http.StatusBadRequest, err.Error())
	case !ok:
		writeError(w, http.StatusNotFound, "validator not found")
	default:
		writeJSON(w, http.StatusOK, map[string]any{
			"execution_optimistic": false, "finalized": false, "data": s.validatorJSON(v, s.epochOf(slot)),
		})
	}
}

func splitList(vals []string) []string {
	var out []string
	for _, v := range vals {
		for _, p := range strings.Split(v, ",") {
			if p = strings.TrimSpace(p); p != "" {
				out = append(out, p)
			}
		}
	}
	return out
}

// handleLiveness serves POST /eth/v1/validator/liveness/{epoch}: a
// validator is live in an epoch if the simulator accepted an attestation of
// it targeting that epoch. The epoch must not be in the future; unknown
// indices are a 400.
func (s *Sim) handleLiveness(w http.ResponseWriter, r *http.Request) {
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
	if cur := s.epochOf(s.chain.processed); epoch > cur {
		writeError(w, http.StatusBadRequest, fmt.Sprintf("epoch %d is in the future (current epoch %d)", epoch, cur))
		return
	}
	es := s.st.epoch(epoch)
	out := make([]map[string]any, 0, len(indices))
	for _, vi := range indices {
		if vi >= uint64(len(s.validators)) {
			writeError(w, http.StatusBadRequest, fmt.Sprintf("unknown validator index %d", vi))
			return
		}
		_, live := es.accepted[vi]
		out = append(out, map[string]any{"index": u64s(vi), "is_live": live})
	}
	writeJSON(w, http.StatusOK, map[string]any{"data": out})
}
