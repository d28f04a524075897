package beaconsim

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
)

// DomainVoluntaryExit is DOMAIN_VOLUNTARY_EXIT.
var DomainVoluntaryExit = DomainType{0x04, 0x00, 0x00, 0x00}

// ExitDomain returns the signature domain of voluntary exits: since
// Deneb (EIP-7044) always the Capella fork version's, whatever the epoch.
func (s *Sim) ExitDomain() Domain {
	return ComputeDomain(DomainVoluntaryExit, s.cfg.Forks.Capella, s.gvr)
}

// voluntaryExitRoot is hash_tree_root(VoluntaryExit{epoch, validator_index}).
func voluntaryExitRoot(epoch, validator uint64) Root {
	return hashPair(uint64Chunk(epoch), uint64Chunk(validator))
}

// handleVoluntaryExit serves POST /eth/v1/beacon/pool/voluntary_exits: a
// signed exit of a known, active validator that has not asked to exit
// already, for an epoch not after the current one, with a valid signature
// (verified with blst) enters the pool. The spec's minimum service time
// (SHARD_COMMITTEE_PERIOD) is not enforced, so that a devnet's validators
// can exit.
func (s *Sim) handleVoluntaryExit(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxSubmissionBytes))
	if err != nil {
		writeError(w, http.StatusBadRequest, fmt.Sprintf("cannot read body: %v", err))
		return
	}
	var in struct {
		Message *struct {
			Epoch          *string `json:"epoch"`
			ValidatorIndex *string `json:"validator_index"`
		} `json:"message"`
		Signature *string `json:"signature"`
	}
	if err := json.Unmarshal(body, &in); err != nil || in.Message == nil || in.Signature == nil {
		writeError(w, http.StatusBadRequest, "invalid JSON: expected {message: {epoch, validator_index}, signature}")
		return
	}
	epoch, err := reqUint("epoch", in.Message.Epoch)
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	vi, err := reqUint("validator_index", in.Message.ValidatorIndex)
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	sig, err := parseHexFixed(*in.Signature, 96)
	if err != nil {
		writeError(w, http.StatusBadRequest, fmt.Sprintf("signature: %v", err))
		return
	}
	if msg := s.admitExit(epoch, vi, [96]byte(sig)); msg != "" {
		writeError(w, http.StatusBadRequest, msg)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// admitExit checks an exit and pools it; it returns why it was refused, or
// "" once pooled.
func (s *Sim) admitExit(epoch, vi uint64, sig [96]byte) string {
	s.catchUp(s.clock.Now())
	s.mu.Lock()
	defer s.mu.Unlock()
	cur := s.epochOf(s.chain.processed)
	switch {
	case vi >= uint64(len(s.validators)):
		return fmt.Sprintf("unknown validator index %d", vi)
	case epoch > cur:
		return fmt.Sprintf("exit epoch %d is after the current epoch %d", epoch, cur)
	case !s.validators[vi].activeAt(cur):
		return fmt.Sprintf("validator %d is not active", vi)
	case s.validators[vi].record.ExitEpoch != FarFutureEpoch:
		return fmt.Sprintf("validator %d is already exiting", vi)
	}
	if _, ok := s.st.exits[vi]; ok {
		return fmt.Sprintf("validator %d has already asked to exit", vi)
	}
	if !s.verifyG2(vi, sig, ComputeSigningRoot(voluntaryExitRoot(epoch, vi), s.ExitDomain())) {
		return fmt.Sprintf("invalid signature of the exit of validator %d", vi)
	}
	s.st.exits[vi] = epoch
	return ""
}

// VoluntaryExits returns the exits in the pool: epoch by validator index.
func (s *Sim) VoluntaryExits() map[uint64]uint64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make(map[uint64]uint64, len(s.st.exits))
	for vi, e := range s.st.exits {
		out[vi] = e
	}
	return out
}
