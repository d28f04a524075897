package beaconsim

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"testing"
	"time"

	"github.com/attestantio/go-eth2-client/spec/phase0"
	blst "github.com/supranational/blst/bindings/go"
)

// testKeys returns n deterministic secret keys and their compressed public
// keys. The secrets are k+1, k+2, ... for a fixed large k (weak keys, fine
// for tests), so the public keys follow from repeated point additions
// instead of one scalar multiplication each.
func testKeys(t testing.TB, n int) ([]*blst.SecretKey, [][48]byte) {
	t.Helper()
	base := new(big.Int).SetBytes([]byte("beaconsim test keys"))
	keys := make([]*blst.SecretKey, n)
	points := make([]*blst.P1, n)
	g := blst.P1Generator()
	var acc *blst.P1
	for i := range keys {
		var be [32]byte
		new(big.Int).Add(base, big.NewInt(int64(i)+1)).FillBytes(be[:])
		keys[i] = new(blst.SecretKey).Deserialize(be[:])
		if keys[i] == nil {
			t.Fatalf("secret key %d", i)
		}
		if acc == nil {
			acc = new(blst.P1)
			acc.FromAffine(new(blst.P1Affine).From(keys[i]))
		} else {
			acc = acc.Add(g)
		}
		p := *acc
		points[i] = &p
	}
	pubs := make([][48]byte, n)
	for i, a := range blst.P1sToAffine(points) {
		pubs[i] = [48]byte(a.Compress())
	}
	return keys, pubs
}

func pubkeyOf(sk *blst.SecretKey) [48]byte {
	return [48]byte(new(blst.P1Affine).From(sk).Compress())
}

// testGenesis is a fixed, whole-second genesis time for fake clocks.
var testGenesis = time.Unix(1_700_000_000, 0)

type testEnv struct {
	t     testing.TB
	sim   *Sim
	clock *FakeClock
	keys  []*blst.SecretKey
	url   string
	http  *http.Client
}

// newTestEnv starts a simulator with n active validators on a fake clock
// standing at genesis. mutate may adjust the config.
func newTestEnv(t testing.TB, n int, mutate func(*Config)) *testEnv {
	t.Helper()
	keys, pubs := testKeys(t, n)
	vals := make([]Validator, n)
	for i := range keys {
		vals[i] = Validator{Pubkey: pubs[i]}
	}
	clock := NewFakeClock(testGenesis)
	cfg := Config{
		Validators:    vals,
		GenesisTime:   testGenesis,
		SlotDuration:  12 * time.Second,
		SlotsPerEpoch: 8,
		Clock:         clock,
		Logger:        slog.New(slog.DiscardHandler),
	}
	if mutate != nil {
		mutate(&cfg)
	}
	sim, err := New(cfg)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	if err := sim.Start(ctx); err != nil {
		cancel()
		t.Fatalf("Start: %v", err)
	}
	t.Cleanup(func() {
		cancel()
		_ = sim.Close()
	})
	return &testEnv{t: t, sim: sim, clock: clock, keys: keys, url: sim.URL(), http: &http.Client{Timeout: 30 * time.Second}}
}

// advanceTo moves the fake clock to offset into slot.
func (e *testEnv) advanceTo(slot uint64, offset time.Duration) {
	e.clock.Set(e.sim.slotStart(slot).Add(offset))
}

// do sends a request and returns status and body.
func (e *testEnv) do(method, path string, body []byte, headers map[string]string) (int, []byte) {
	e.t.Helper()
	var rd io.Reader
	if body != nil {
		rd = bytes.NewReader(body)
	}
	req, err := http.NewRequest(method, e.url+path, rd)
	if err != nil {
		e.t.Fatalf("request: %v", err)
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	for k, v := range headers {
		req.Header.Set(k, v)
	}
	resp, err := e.http.Do(req)
	if err != nil {
		e.t.Fatalf("%s %s: %v", method, path, err)
	}
	defer resp.Body.Close()
	out, err := io.ReadAll(resp.Body)
	if err != nil {
		e.t.Fatalf("read %s: %v", path, err)
	}
	return resp.StatusCode, out
}

// getData GETs path, requires a 200 and decodes the "data" field into v.
func (e *testEnv) getData(path string, v any) {
	e.t.Helper()
	code, body := e.do(http.MethodGet, path, nil, nil)
	if code != http.StatusOK {
		e.t.Fatalf("GET %s: %d %s", path, code, body)
	}
	decodeData(e.t, body, v)
}

func (e *testEnv) postData(path string, req any, v any) {
	e.t.Helper()
	b, _ := json.Marshal(req)
	code, body := e.do(http.MethodPost, path, b, nil)
	if code != http.StatusOK {
		e.t.Fatalf("POST %s: %d %s", path, code, body)
	}
	decodeData(e.t, body, v)
}

func decodeJSON(t testing.TB, body []byte, v any) {
	t.Helper()
	if err := json.Unmarshal(body, v); err != nil {
		t.Fatalf("decode %s: %v", body, err)
	}
}

func decodeData(t testing.TB, body []byte, v any) {
	t.Helper()
	var wrapper struct {
		Data json.RawMessage `json:"data"`
	}
	if err := json.Unmarshal(body, &wrapper); err != nil {
		t.Fatalf("decode %s: %v", body, err)
	}
	if err := json.Unmarshal(wrapper.Data, v); err != nil {
		t.Fatalf("decode data %s: %v", wrapper.Data, err)
	}
}

// clientDomain computes the attester domain the way a client does, with
// go-eth2-client's ForkData hashing (independent of beaconsim's ssz.go).
func clientDomain(t testing.TB, forkVersion Version, gvr Root) phase0.Domain {
	t.Helper()
	fd := phase0.ForkData{CurrentVersion: phase0.Version(forkVersion), GenesisValidatorsRoot: phase0.Root(gvr)}
	root, err := fd.HashTreeRoot()
	if err != nil {
		t.Fatal(err)
	}
	var d phase0.Domain
	copy(d[:4], DomainBeaconAttester[:])
	copy(d[4:], root[:28])
	return d
}

// clientSign signs attestation data the way a client does, with
// go-eth2-client's hashing.
func clientSign(t testing.TB, sk *blst.SecretKey, data *phase0.AttestationData, domain phase0.Domain) phase0.BLSSignature {
	t.Helper()
	objRoot, err := data.HashTreeRoot()
	if err != nil {
		t.Fatal(err)
	}
	sd := phase0.SigningData{ObjectRoot: objRoot, Domain: domain}
	root, err := sd.HashTreeRoot()
	if err != nil {
		t.Fatal(err)
	}
	return phase0.BLSSignature(new(blst.P2Affine).Sign(sk, root[:], blsDST).Compress())
}

// attestation builds a SingleAttestation JSON object for validator vi
// signing data.
func (e *testEnv) attestation(vi uint64, committeeIndex uint64, data *phase0.AttestationData) map[string]any {
	e.t.Helper()
	domain := clientDomain(e.t, e.sim.cfg.Forks.Electra, e.sim.GenesisValidatorsRoot())
	sig := clientSign(e.t, e.keys[vi], data, domain)
	return map[string]any{
		"committee_index": fmt.Sprint(committeeIndex),
		"attester_index":  fmt.Sprint(vi),
		"data":            data,
		"signature":       fmt.Sprintf("%#x", sig),
	}
}

// submit POSTs attestations and returns the status and decoded error body.
func (e *testEnv) submit(atts ...map[string]any) (int, indexedError) {
	e.t.Helper()
	b, _ := json.Marshal(atts)
	code, body := e.do(http.MethodPost, "/eth/v2/beacon/pool/attestations", b, map[string]string{"Eth-Consensus-Version": "electra"})
	var ie indexedError
	if code != http.StatusOK {
		if err := json.Unmarshal(body, &ie); err != nil {
			e.t.Fatalf("error body %q: %v", body, err)
		}
	}
	return code, ie
}

type indexedError struct {
	Code     int    `json:"code"`
	Message  string `json:"message"`
	Failures []struct {
		Index   int    `json:"index"`
		Message string `json:"message"`
	} `json:"failures"`
}

// dutyOf fetches validator vi's attester duty for epoch through the API.
func (e *testEnv) attestationData(slot uint64) *phase0.AttestationData {
	e.t.Helper()
	var d phase0.AttestationData
	e.getData(fmt.Sprintf("/eth/v1/validator/attestation_data?slot=%d&committee_index=0", slot), &d)
	return &d
}

// attestAll makes every validator with a duty at slot attest correctly,
// requiring acceptance.
func (e *testEnv) attestAll(slot uint64) int {
	e.t.Helper()
	data := e.attestationData(slot)
	var atts []map[string]any
	for vi := range e.keys {
		duty, ok := e.sim.Duty(e.sim.epochOf(slot), uint64(vi))
		if !ok || duty.Slot != slot {
			continue
		}
		atts = append(atts, e.attestation(uint64(vi), duty.CommitteeIndex, data))
	}
	if len(atts) == 0 {
		return 0
	}
	if code, ie := e.submit(atts...); code != http.StatusOK {
		e.t.Fatalf("attestations at slot %d rejected: %d %+v", slot, code, ie)
	}
	return len(atts)
}
