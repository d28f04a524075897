package beacon

import (
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/attestantio/go-eth2-client/spec/phase0"
)

// The fake network: mainnet-like spec, Electra from genesis, and a genesis
// time that puts the wall clock in fakeSlot.
const (
	fakeSlot           = 100 // slot 4 of epoch 3
	fakeSlotsPerEpoch  = 32
	fakeSecondsPerSlot = 12
)

var (
	fakeGVR      = phase0.Root{0x4b, 0x53}
	fakeGenesisV = phase0.Version{0x10, 0, 0, 0x51}
	fakeElectraV = phase0.Version{0x60, 0, 0, 0x51}
	blockRoot    = phase0.Root{0xbb, 1}
	targetRoot   = phase0.Root{0xcc, 2}
	sourceRoot   = phase0.Root{0xdd, 3}
)

// fakeNode is a beacon node speaking the standard JSON for the endpoints
// the client uses. Its answers can be replaced per path while it runs.
type fakeNode struct {
	srv         *httptest.Server
	genesisTime time.Time
	gvr         phase0.Root
	forkVersion phase0.Version

	mu        sync.Mutex
	calls     map[string]int
	overrides map[string]http.HandlerFunc // by path; "*" for every path
	submitted [][]byte                    // bodies of attestation submissions
	heads     chan string                 // head event payloads to stream
}

func newFakeNode(t *testing.T) *fakeNode {
	t.Helper()
	f := &fakeNode{
		genesisTime: time.Now().Add(-fakeSlot*fakeSecondsPerSlot*time.Second - time.Second),
		gvr:         fakeGVR,
		forkVersion: fakeGenesisV,
		calls:       make(map[string]int),
		overrides:   make(map[string]http.HandlerFunc),
		heads:       make(chan string, 16),
	}
	f.srv = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(f.srv.Close)
	return f
}

func (f *fakeNode) URL() string { return f.srv.URL }

// set replaces the answers at path ("*": every path); nil restores them.
func (f *fakeNode) set(path string, h http.HandlerFunc) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if h == nil {
		delete(f.overrides, path)
		return
	}
	f.overrides[path] = h
}

func (f *fakeNode) count(path string) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.calls[path]
}

func (f *fakeNode) submissions() [][]byte {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([][]byte(nil), f.submitted...)
}

func (f *fakeNode) serve(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	f.calls[r.URL.Path]++
	h := f.overrides[r.URL.Path]
	if h == nil {
		h = f.overrides["*"]
	}
	f.mu.Unlock()
	if h != nil {
		h(w, r)
		return
	}
	f.standard(w, r)
}

func (f *fakeNode) standard(w http.ResponseWriter, r *http.Request) {
	p := r.URL.Path
	switch {
	case p == "/eth/v1/node/syncing":
		writeData(w, `{"head_slot":"100","sync_distance":"0","is_syncing":false,"is_optimistic":false,"el_offline":false}`)
	case p == "/eth/v1/node/version":
		writeData(w, `{"version":"fake/v0.0.1"}`)
	case p == "/eth/v1/beacon/genesis":
		writeData(w, fmt.Sprintf(`{"genesis_time":"%d","genesis_validators_root":"%#x","genesis_fork_version":"%#x"}`,
			f.genesisTime.Unix(), f.gvr, f.forkVersion))
	case p == "/eth/v1/config/spec":
		writeData(w, f.spec())
	case p == "/eth/v1/config/fork_schedule":
		writeData(w, fmt.Sprintf(`[{"previous_version":"%#x","current_version":"%#x","epoch":"0"},
			{"previous_version":"%#x","current_version":"%#x","epoch":"0"}]`, f.forkVersion, f.forkVersion, f.forkVersion, fakeElectraV))
	case p == "/eth/v1/beacon/states/head/validators" && r.Method == http.MethodPost:
		f.validators(w, r)
	case strings.HasPrefix(p, "/eth/v1/validator/duties/attester/") && r.Method == http.MethodPost:
		f.duties(w, r)
	case p == "/eth/v1/validator/attestation_data":
		writeData(w, attestationDataJSON(r.URL.Query().Get("slot"), 3, 2))
	case p == "/eth/v2/beacon/pool/attestations" && r.Method == http.MethodPost:
		body, _ := io.ReadAll(r.Body)
		f.mu.Lock()
		f.submitted = append(f.submitted, body)
		f.mu.Unlock()
		w.WriteHeader(http.StatusOK)
	case p == "/eth/v1/events":
		f.events(w, r)
	default:
		http.Error(w, `{"code":404,"message":"not found"}`, http.StatusNotFound)
	}
}

func writeData(w http.ResponseWriter, data string) {
	w.Header().Set("Content-Type", "application/json")
	fmt.Fprintf(w, `{"data":%s}`, data)
}

func (f *fakeNode) spec() string {
	kv := map[string]string{
		"CONFIG_NAME":                           "fake",
		"SECONDS_PER_SLOT":                      fmt.Sprint(fakeSecondsPerSlot),
		"SLOTS_PER_EPOCH":                       fmt.Sprint(fakeSlotsPerEpoch),
		"MAX_COMMITTEES_PER_SLOT":               "64",
		"GENESIS_FORK_VERSION":                  fmt.Sprintf("%#x", f.forkVersion),
		"ELECTRA_FORK_VERSION":                  fmt.Sprintf("%#x", fakeElectraV),
		"ELECTRA_FORK_EPOCH":                    "0",
		"DOMAIN_BEACON_PROPOSER":                "0x00000000",
		"DOMAIN_BEACON_ATTESTER":                "0x01000000",
		"DOMAIN_RANDAO":                         "0x02000000",
		"DOMAIN_DEPOSIT":                        "0x03000000",
		"DOMAIN_VOLUNTARY_EXIT":                 "0x04000000",
		"DOMAIN_SELECTION_PROOF":                "0x05000000",
		"DOMAIN_AGGREGATE_AND_PROOF":            "0x06000000",
		"DOMAIN_SYNC_COMMITTEE":                 "0x07000000",
		"DOMAIN_SYNC_COMMITTEE_SELECTION_PROOF": "0x08000000",
		"DOMAIN_CONTRIBUTION_AND_PROOF":         "0x09000000",
		"FAR_FUTURE_EPOCH":                      "18446744073709551615",
	}
	b, _ := json.Marshal(kv)
	return string(b)
}

// pubkey returns the test public key of validator i.
func pubkey(i int) phase0.BLSPubKey {
	var k phase0.BLSPubKey
	k[0], k[1] = 0xa0, byte(i)
	return k
}

func validatorJSON(index int, key phase0.BLSPubKey) string {
	return fmt.Sprintf(`{"index":"%d","balance":"32000000000","status":"active_ongoing","validator":{"pubkey":"%#x",
		"withdrawal_credentials":"0x%064x","effective_balance":"32000000000","slashed":false,
		"activation_eligibility_epoch":"0","activation_epoch":"0","exit_epoch":"18446744073709551615",
		"withdrawable_epoch":"18446744073709551615"}}`, index, key, 0)
}

// validators knows validators 1-9 as pubkey(i).
func (f *fakeNode) validators(w http.ResponseWriter, r *http.Request) {
	var body struct {
		IDs []string `json:"ids"`
	}
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
		http.Error(w, `{"code":400,"message":"bad body"}`, http.StatusBadRequest)
		return
	}
	var out []string
	for _, id := range body.IDs {
		for i := 1; i <= 9; i++ {
			if k := pubkey(i); id == fmt.Sprintf("%#x", k) {
				out = append(out, validatorJSON(i, k))
			}
		}
	}
	w.Header().Set("Content-Type", "application/json")
	fmt.Fprintf(w, `{"execution_optimistic":false,"finalized":false,"data":[%s]}`, strings.Join(out, ","))
}

// duties gives validator i a duty at slot epoch*32 + i%32, in committee 0.
func (f *fakeNode) duties(w http.ResponseWriter, r *http.Request) {
	var epoch uint64
	fmt.Sscan(strings.TrimPrefix(r.URL.Path, "/eth/v1/validator/duties/attester/"), &epoch)
	var ids []string
	if err := json.NewDecoder(r.Body).Decode(&ids); err != nil {
		http.Error(w, `{"code":400,"message":"bad body"}`, http.StatusBadRequest)
		return
	}
	var out []string
	for _, id := range ids {
		var i int
		fmt.Sscan(id, &i)
		out = append(out, dutyJSON(i, epoch*fakeSlotsPerEpoch+uint64(i%fakeSlotsPerEpoch)))
	}
	w.Header().Set("Content-Type", "application/json")
	fmt.Fprintf(w, `{"dependent_root":"%#x","execution_optimistic":false,"data":[%s]}`, blockRoot, strings.Join(out, ","))
}

func dutyJSON(index int, slot uint64) string {
	return fmt.Sprintf(`{"pubkey":"%#x","validator_index":"%d","committee_index":"0","committee_length":"128",
		"committees_at_slot":"1","validator_committee_index":"%d","slot":"%d"}`, pubkey(index), index, index, slot)
}

func attestationDataJSON(slot string, target, source int) string {
	return fmt.Sprintf(`{"slot":"%s","index":"0","beacon_block_root":"%#x","source":{"epoch":"%d","root":"%#x"},
		"target":{"epoch":"%d","root":"%#x"}}`, slot, blockRoot, source, sourceRoot, target, targetRoot)
}

// headJSON is a head event's payload.
func headJSON(slot int, root phase0.Root) string {
	return fmt.Sprintf(`{"slot":"%d","block":"%#x","state":"%#x","epoch_transition":false,`+
		`"previous_duty_dependent_root":"%#x","current_duty_dependent_root":"%#x","execution_optimistic":false}`,
		slot, root, targetRoot, sourceRoot, sourceRoot)
}

// events streams the payloads sent to f.heads as head events.
func (f *fakeNode) events(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/event-stream")
	w.WriteHeader(http.StatusOK)
	fl := w.(http.Flusher)
	fl.Flush()
	for {
		select {
		case <-r.Context().Done():
			return
		case h := <-f.heads:
			fmt.Fprintf(w, "event: head\ndata: %s\n\n", h)
			fl.Flush()
		}
	}
}

// Behaviours for fakeNode.set.

// status answers every request with code and a JSON error body.
func status(code int) http.HandlerFunc {
	return func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(code)
		fmt.Fprintf(w, `{"code":%d,"message":"fake failure"}`, code)
	}
}

// stall answers nothing until the client gives up (or 5 s pass). It reads
// the body first: the server notices the client leaving only then.
func stall(w http.ResponseWriter, r *http.Request) {
	_, _ = io.Copy(io.Discard, r.Body)
	select {
	case <-r.Context().Done():
	case <-time.After(5 * time.Second):
	}
}

// raw answers 200 with the given JSON body.
func raw(body string) http.HandlerFunc {
	return func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, body)
	}
}

// quiet is a logger for tests that only want errors shown.
func quiet(t *testing.T) *slog.Logger {
	return slog.New(slog.NewTextHandler(testWriter{t}, &slog.HandlerOptions{Level: testLogLevel}))
}

type testWriter struct{ t *testing.T }

func (w testWriter) Write(p []byte) (int, error) {
	w.t.Helper()
	w.t.Log(strings.TrimSpace(string(p)))
	return len(p), nil
}

var testLogLevel = slog.LevelError
