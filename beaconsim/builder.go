package beaconsim

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
)

// DomainApplicationBuilder is the builder API's DOMAIN_APPLICATION_BUILDER.
var DomainApplicationBuilder = DomainType{0x00, 0x00, 0x00, 0x01}

// BuilderDomain returns the signature domain of builder registrations: the
// genesis fork version and a zero genesis validators root.
func (s *Sim) BuilderDomain() Domain {
	return ComputeDomain(DomainApplicationBuilder, s.cfg.Forks.Genesis, Root{})
}

// Registration is a validator's builder registration as the simulator
// took it.
type Registration struct {
	FeeRecipient [20]byte
	GasLimit     uint64
	Timestamp    uint64
}

// registrationRoot is hash_tree_root(ValidatorRegistrationV1).
func registrationRoot(feeRecipient [20]byte, gasLimit, timestamp uint64, pubkey [48]byte) Root {
	var fee, pk0, pk1 [32]byte
	copy(fee[:], feeRecipient[:])
	copy(pk0[:], pubkey[:32])
	copy(pk1[:], pubkey[32:])
	return merkleize([][32]byte{fee, uint64Chunk(gasLimit), uint64Chunk(timestamp), hashPair(pk0, pk1)}, 4)
}

// handleRegisterValidator serves POST /eth/v1/validator/register_validator:
// every registration must be of a known validator and validly signed
// (blst); one bad entry refuses the whole request. A registration replaces
// the validator's earlier one unless its timestamp is older.
func (s *Sim) handleRegisterValidator(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxSubmissionBytes))
	if err != nil {
		writeError(w, http.StatusBadRequest, fmt.Sprintf("cannot read body: %v", err))
		return
	}
	var in []registrationJSON
	if err := json.Unmarshal(body, &in); err != nil {
		writeError(w, http.StatusBadRequest, fmt.Sprintf("invalid JSON: expected an array of {message, signature}: %v", err))
		return
	}
	regs := make(map[uint64]Registration, len(in))
	for i, e := range in {
		vi, reg, msg := s.checkRegistration(e)
		if msg != "" {
			writeError(w, http.StatusBadRequest, fmt.Sprintf("registration %d: %s", i, msg))
			return
		}
		regs[vi] = reg
	}
	s.mu.Lock()
	for vi, reg := range regs {
		if old, ok := s.st.registrations[vi]; !ok || reg.Timestamp >= old.Timestamp {
			s.st.registrations[vi] = reg
		}
	}
	s.mu.Unlock()
	w.WriteHeader(http.StatusOK)
}

type registrationJSON struct {
	Message *struct {
		FeeRecipient *string `json:"fee_recipient"`
		GasLimit     *string `json:"gas_limit"`
		Timestamp    *string `json:"timestamp"`
		Pubkey       *string `json:"pubkey"`
	} `json:"message"`
	Signature *string `json:"signature"`
}

// checkRegistration parses and verifies one registration; it returns why
// it is refused, or "".
func (s *Sim) checkRegistration(e registrationJSON) (uint64, Registration, string) {
	if e.Message == nil {
		return 0, Registration{}, "message missing"
	}
	feeS, gasS, tsS, pkS, sigS := e.Message.FeeRecipient, e.Message.GasLimit, e.Message.Timestamp, e.Message.Pubkey, e.Signature
	var reg Registration
	gas, err := reqUint("gas_limit", gasS)
	if err != nil {
		return 0, reg, err.Error()
	}
	ts, err := reqUint("timestamp", tsS)
	if err != nil {
		return 0, reg, err.Error()
	}
	if feeS == nil || pkS == nil || sigS == nil {
		return 0, reg, "fee_recipient, pubkey or signature missing"
	}
	fee, err := parseHexFixed(*feeS, 20)
	if err != nil {
		return 0, reg, fmt.Sprintf("fee_recipient: %v", err)
	}
	pk, err := parseHexFixed(*pkS, 48)
	if err != nil {
		return 0, reg, fmt.Sprintf("pubkey: %v", err)
	}
	sig, err := parseHexFixed(*sigS, 96)
	if err != nil {
		return 0, reg, fmt.Sprintf("signature: %v", err)
	}
	vi, ok := s.byPubkey[[48]byte(pk)]
	if !ok {
		return 0, reg, fmt.Sprintf("unknown validator %#x", pk)
	}
	reg = Registration{FeeRecipient: [20]byte(fee), GasLimit: gas, Timestamp: ts}
	root := ComputeSigningRoot(registrationRoot(reg.FeeRecipient, gas, ts, [48]byte(pk)), s.BuilderDomain())
	if !s.verifyG2(vi, [96]byte(sig), root) {
		return 0, reg, fmt.Sprintf("invalid signature of validator %d", vi)
	}
	return vi, reg, ""
}

// Registrations returns the latest builder registration of every validator
// that registered, by index.
func (s *Sim) Registrations() map[uint64]Registration {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make(map[uint64]Registration, len(s.st.registrations))
	for vi, r := range s.st.registrations {
		out[vi] = r
	}
	return out
}
