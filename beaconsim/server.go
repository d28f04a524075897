package beaconsim

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"

	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// routes builds the HTTP handler: every Beacon API route goes through fault
// injection and request counting; /metrics is served plainly.
func (s *Sim) routes() http.Handler {
	mux := http.NewServeMux()
	handle := func(pattern, route string, h http.HandlerFunc) {
		mux.Handle(pattern, s.instrument(route, h))
	}
	handle("GET /eth/v1/node/version", RouteNodeVersion, s.handleNodeVersion)
	handle("GET /eth/v1/node/syncing", RouteNodeSyncing, s.handleNodeSyncing)
	handle("GET /eth/v1/node/health", RouteNodeHealth, func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusOK) })
	handle("GET /eth/v1/beacon/genesis", RouteGenesis, s.handleGenesis)
	handle("GET /eth/v1/config/spec", RouteSpec, s.handleSpec)
	handle("GET /eth/v1/config/fork_schedule", RouteForkSchedule, s.handleForkSchedule)
	handle("GET /eth/v1/config/deposit_contract", RouteDepositContract, s.handleDepositContract)
	handle("GET /eth/v1/beacon/states/{state_id}/fork", RouteStateFork, s.handleStateFork)
	handle("GET /eth/v1/beacon/states/{state_id}/finality_checkpoints", RouteFinality, s.handleFinality)
	handle("GET /eth/v1/beacon/states/{state_id}/validators", RouteValidators, s.handleValidators)
	handle("POST /eth/v1/beacon/states/{state_id}/validators", RoutePostValidators, s.handleValidators)
	handle("GET /eth/v1/beacon/states/{state_id}/validators/{validator_id}", RouteValidator, s.handleValidator)
	handle("GET /eth/v1/beacon/headers/{block_id}", RouteHeader, s.handleHeader)
	handle("GET /eth/v2/beacon/blocks/{block_id}", RouteBlock, s.handleBlock)
	handle("GET /eth/v1/beacon/blocks/{block_id}/root", RouteBlockRoot, s.handleBlockRoot)
	handle("POST /eth/v1/validator/duties/attester/{epoch}", RouteAttesterDuties, s.handleAttesterDuties)
	handle("GET /eth/v1/validator/duties/proposer/{epoch}", RouteProposerDuties, s.handleProposerDuties)
	handle("GET /eth/v1/validator/attestation_data", RouteAttestationData, s.handleAttestationData)
	handle("POST /eth/v2/beacon/pool/attestations", RouteSubmitAttestations, s.handleSubmitAttestations)
	handle("GET /eth/v2/beacon/pool/attestations", RouteAttestationPool, s.handleAttestationPool)
	handle("GET /eth/v1/events", RouteEvents, s.handleEvents)
	handle("POST /eth/v1/validator/liveness/{epoch}", RouteLiveness, s.handleLiveness)
	handle("POST /eth/v1/validator/beacon_committee_subscriptions", RouteCommitteeSubscribe, s.handleCommitteeSubscriptions)
	handle("GET /eth/v2/validator/aggregate_attestation", RouteAggregateAttestation, s.handleAggregateAttestation)
	handle("POST /eth/v2/validator/aggregate_and_proofs", RouteSubmitAggregates, s.handleSubmitAggregates)
	handle("POST /eth/v1/validator/duties/sync/{epoch}", RouteSyncDuties, s.handleSyncDuties)
	handle("POST /eth/v1/validator/sync_committee_subscriptions", RouteSyncSubscribe, s.handleSyncSubscriptions)
	handle("POST /eth/v1/beacon/pool/sync_committees", RouteSubmitSyncMessages, s.handleSubmitSyncMessages)
	handle("GET /eth/v1/validator/sync_committee_contribution", RouteSyncContribution, s.handleSyncContribution)
	handle("POST /eth/v1/validator/contribution_and_proofs", RouteSubmitContributions, s.handleSubmitContributions)
	handle("POST /eth/v1/validator/prepare_beacon_proposer", RoutePrepareProposer, s.handlePrepareProposer)
	handle("GET /eth/v3/validator/blocks/{slot}", RouteProduceBlock, s.handleProduceBlock)
	handle("POST /eth/v2/beacon/blocks", RoutePublishBlock, s.handlePublishBlock(true, false))
	handle("POST /eth/v1/beacon/blocks", RoutePublishBlockV1, s.handlePublishBlock(false, false))
	handle("POST /eth/v2/beacon/blinded_blocks", RoutePublishBlinded, s.handlePublishBlock(true, true))
	handle("POST /eth/v1/beacon/blinded_blocks", RoutePublishBlindedV1, s.handlePublishBlock(false, true))
	handle("POST /eth/v1/beacon/pool/voluntary_exits", RouteVoluntaryExit, s.handleVoluntaryExit)
	handle("POST /eth/v1/validator/register_validator", RouteRegisterValidator, s.handleRegisterValidator)
	mux.Handle("GET /metrics", promhttp.HandlerFor(s.metrics.reg, promhttp.HandlerOpts{}))
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, fmt.Sprintf("no such endpoint: %s %s", r.Method, r.URL.Path))
	})
	return mux
}

// statusRecorder captures the status code of a streamed response.
type statusRecorder struct {
	http.ResponseWriter
	code int
}

func (r *statusRecorder) WriteHeader(code int) {
	if r.code == 0 {
		r.code = code
	}
	r.ResponseWriter.WriteHeader(code)
}

func (r *statusRecorder) Write(b []byte) (int, error) {
	if r.code == 0 {
		r.code = http.StatusOK
	}
	return r.ResponseWriter.Write(b)
}

func (r *statusRecorder) Flush() {
	if f, ok := r.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}

// bufferedResponse holds a response in memory until its handler has
// returned. Handlers build their answers under the simulator's lock; with
// the answer buffered, a slow or stalled client can never hold that lock by
// blocking a write.
type bufferedResponse struct {
	http.ResponseWriter
	code int
	body bytes.Buffer
}

func (b *bufferedResponse) WriteHeader(code int) {
	if b.code == 0 {
		b.code = code
	}
}

func (b *bufferedResponse) Write(p []byte) (int, error) {
	if b.code == 0 {
		b.code = http.StatusOK
	}
	return b.body.Write(p)
}

// instrument wraps a route's handler with fault injection, response
// buffering (all routes but the event stream) and request counting.
func (s *Sim) instrument(route string, h http.HandlerFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		code := http.StatusOK
		defer func() { s.metrics.requests.WithLabelValues(route, strconv.Itoa(code)).Inc() }()
		if route == RouteEvents {
			rec := &statusRecorder{ResponseWriter: w}
			if !s.injectFaults(rec, r, route) {
				h(rec, r)
			}
			if rec.code != 0 {
				code = rec.code
			}
			return
		}
		buf := &bufferedResponse{ResponseWriter: w}
		if !s.injectFaults(buf, r, route) {
			h(buf, r)
		}
		if buf.code != 0 {
			code = buf.code
		}
		w.WriteHeader(code)
		_, _ = w.Write(buf.body.Bytes())
	})
}

// writeJSON writes v as a JSON response.
func writeJSON(w http.ResponseWriter, status int, v any) {
	body, err := json.Marshal(v)
	if err != nil {
		writeError(w, http.StatusInternalServerError, fmt.Sprintf("encode response: %v", err))
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_, _ = w.Write(body)
}

// writeError writes the Beacon API's standard error body.
func writeError(w http.ResponseWriter, status int, msg string) {
	body, _ := json.Marshal(map[string]any{"code": status, "message": msg})
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_, _ = w.Write(body)
}

// u64s formats a uint64 the Beacon API way: a decimal string.
func u64s(v uint64) string { return strconv.FormatUint(v, 10) }

// hex0x formats bytes the Beacon API way: 0x-prefixed lower-case hex.
func hex0x(b []byte) string { return "0x" + hex.EncodeToString(b) }

// parseUint parses a decimal uint64 with no sign, spaces or empty string.
func parseUint(s string) (uint64, error) {
	if s == "" {
		return 0, errors.New("empty number")
	}
	if s[0] == '+' || s[0] == '-' {
		return 0, fmt.Errorf("invalid number %q", s)
	}
	v, err := strconv.ParseUint(s, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("invalid number %q", s)
	}
	return v, nil
}

// parseHexFixed parses 0x-prefixed hex of exactly n bytes.
func parseHexFixed(s string, n int) ([]byte, error) {
	rest, ok := strings.CutPrefix(s, "0x")
	if !ok {
		return nil, errors.New("hex value lacks the 0x prefix")
	}
	if len(rest) != 2*n {
		return nil, fmt.Errorf("hex value has %d characters, want %d", len(rest), 2*n)
	}
	b, err := hex.DecodeString(rest)
	if err != nil {
		return nil, fmt.Errorf("invalid hex: %w", err)
	}
	return b, nil
}

func parseRoot(s string) (Root, error) {
	b, err := parseHexFixed(s, 32)
	if err != nil {
		return Root{}, err
	}
	return Root(b), nil
}

// decodeIndexList reads a JSON array of validator indices, each a decimal
// string or a number.
func decodeIndexList(r *http.Request) ([]uint64, error) {
	body, err := io.ReadAll(http.MaxBytesReader(nil, r.Body, maxSubmissionBytes))
	if err != nil {
		return nil, fmt.Errorf("cannot read body: %w", err)
	}
	var raws []json.RawMessage
	if err := json.Unmarshal(body, &raws); err != nil {
		return nil, fmt.Errorf("invalid JSON: expected an array of validator indices: %v", err)
	}
	out := make([]uint64, 0, len(raws))
	for i, raw := range raws {
		var str string
		if err := json.Unmarshal(raw, &str); err != nil {
			str = string(raw) // a bare number
		}
		v, err := parseUint(str)
		if err != nil {
			return nil, fmt.Errorf("index %d: %v", i, err)
		}
		out = append(out, v)
	}
	return out, nil
}

func (s *Sim) handleNodeVersion(w http.ResponseWriter, _ *http.Request) {
	writeJSON(w, http.StatusOK, map[string]any{"data": map[string]string{"version": s.cfg.NodeVersion}})
}

// handleNodeSyncing reports a node that is always synced.
func (s *Sim) handleNodeSyncing(w http.ResponseWriter, _ *http.Request) {
	s.catchUp(s.clock.Now())
	s.mu.Lock()
	head := s.chain.processed
	s.mu.Unlock()
	writeJSON(w, http.StatusOK, map[string]any{"data": map[string]any{
		"head_slot":     u64s(head),
		"sync_distance": "0",
		"is_syncing":    false,
		"is_optimistic": false,
		"el_offline":    false,
	}})
}

func (s *Sim) handleGenesis(w http.ResponseWriter, _ *http.Request) {
	writeJSON(w, http.StatusOK, map[string]any{"data": map[string]string{
		"genesis_time":            strconv.FormatInt(s.cfg.GenesisTime.Unix(), 10),
		"genesis_validators_root": s.gvr.String(),
		"genesis_fork_version":    s.cfg.Forks.Genesis.String(),
	}})
}

func (s *Sim) handleSpec(w http.ResponseWriter, _ *http.Request) {
	writeJSON(w, http.StatusOK, map[string]any{"data": s.specValues()})
}

func forkJSON(f forkEntry) map[string]string {
	return map[string]string{
		"previous_version": f.Previous.String(),
		"current_version":  f.Current.String(),
		"epoch":            u64s(f.Epoch),
	}
}

func (s *Sim) handleForkSchedule(w http.ResponseWriter, _ *http.Request) {
	var out []map[string]string
	for _, f := range s.cfg.Forks.forkSchedule() {
		out = append(out, forkJSON(f))
	}
	writeJSON(w, http.StatusOK, map[string]any{"data": out})
}

func (s *Sim) handleDepositContract(w http.ResponseWriter, _ *http.Request) {
	writeJSON(w, http.StatusOK, map[string]any{"data": map[string]string{
		"chain_id": u64s(s.cfg.DepositChainID),
		"address":  hex0x(s.cfg.DepositContractAddress[:]),
	}})
}

func (s *Sim) handleStateFork(w http.ResponseWriter, r *http.Request) {
	if _, ok := s.lookupState(w, r); ok {
		writeJSON(w, http.StatusOK, map[string]any{
			"execution_optimistic": false,
			"finalized":            false,
			"data":                 forkJSON(s.cfg.Forks.stateFork()),
		})
	}
}
