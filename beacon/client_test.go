package beacon

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/attestantio/go-eth2-client/spec/phase0"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"
)

// newTestClient connects a client to the fake nodes with short timeouts.
func newTestClient(t *testing.T, cfg Config, nodes ...*fakeNode) *Client {
	t.Helper()
	c, err := New(t.Context(), testConfig(t, cfg, nodes...))
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	t.Cleanup(c.Close)
	return c
}

func testConfig(t *testing.T, cfg Config, nodes ...*fakeNode) Config {
	for _, n := range nodes {
		cfg.URLs = append(cfg.URLs, n.URL())
	}
	if cfg.Timeout == 0 {
		cfg.Timeout = 300 * time.Millisecond
	}
	if cfg.Logger == nil {
		cfg.Logger = quiet(t)
	}
	if cfg.Registerer == nil {
		cfg.Registerer = prometheus.NewRegistry()
	}
	return cfg
}

func (c *Client) errorCount(endpoint string, n *fakeNode, kind string) float64 {
	return testCounter(c, endpoint, nodeName(n), kind)
}

// setClock replaces the client's clock.
func (c *Client) setClock(f func() time.Time) { c.clock.Store(&f) }

func testCounter(c *Client, endpoint, node, kind string) float64 {
	return testutil.ToFloat64(c.metrics.errors.WithLabelValues(endpoint, node, kind))
}

func nodeName(n *fakeNode) string {
	_, name, _ := normalizeURL(n.URL())
	return name
}

func TestReadsFromOneNode(t *testing.T) {
	f := newFakeNode(t)
	c := newTestClient(t, Config{}, f)
	ctx := t.Context()

	g, err := c.Genesis(ctx)
	if err != nil || g.GenesisValidatorsRoot != fakeGVR || g.GenesisForkVersion != fakeGenesisV {
		t.Fatalf("Genesis = %+v, %v", g, err)
	}
	s, err := c.Spec(ctx)
	if err != nil {
		t.Fatalf("Spec: %v", err)
	}
	if s.SlotDuration != 12*time.Second || s.SlotsPerEpoch != 32 || s.ElectraForkEpoch != 0 ||
		s.DomainBeaconAttester != (phase0.DomainType{1, 0, 0, 0}) || s.DomainApplicationBuilder != (phase0.DomainType{0, 0, 0, 1}) {
		t.Errorf("Spec = %+v", s)
	}
	if v, err := c.Fork(ctx, 5); err != nil || v != fakeElectraV {
		t.Errorf("Fork(5) = %#x, %v; want Electra %#x", v, err, fakeElectraV)
	}

	vals, err := c.Validators(ctx, []phase0.BLSPubKey{pubkey(1), pubkey(2), pubkey(42)})
	if err != nil {
		t.Fatalf("Validators: %v", err)
	}
	if len(vals) != 2 || vals[pubkey(1)].Index != 1 || vals[pubkey(2)].Index != 2 {
		t.Errorf("Validators = %v; want 1 and 2 only", vals)
	}
	if vals, err := c.Validators(ctx, nil); err != nil || len(vals) != 0 {
		t.Errorf("Validators(nil) = %v, %v", vals, err)
	}

	duties, err := c.AttesterDuties(ctx, 3, []phase0.ValidatorIndex{1, 2})
	if err != nil || len(duties) != 2 || duties[0].Slot != 97 || duties[1].ValidatorIndex != 2 {
		t.Fatalf("AttesterDuties = %v, %v", duties, err)
	}

	data, err := c.AttestationData(ctx, fakeSlot)
	if err != nil || data.Slot != fakeSlot || data.Target.Epoch != 3 || data.BeaconBlockRoot != blockRoot {
		t.Fatalf("AttestationData = %+v, %v", data, err)
	}

	sync, err := c.Syncing(ctx)
	if err != nil || sync.HeadSlot != fakeSlot || sync.IsSyncing {
		t.Fatalf("Syncing = %+v, %v", sync, err)
	}
	if !c.Healthy() {
		t.Error("Healthy = false after successful calls")
	}
}

// TestFailover puts a failing, a slow and a garbage node before a good
// one: the call succeeds from the good node, each bad node's failure is
// counted by kind, and the next call goes to the good node first.
func TestFailover(t *testing.T) {
	failing, slow, garbage, good := newFakeNode(t), newFakeNode(t), newFakeNode(t), newFakeNode(t)
	c := newTestClient(t, Config{}, failing, slow, garbage, good)

	const path = "/eth/v1/validator/attestation_data"
	failing.set("*", status(http.StatusInternalServerError))
	slow.set("*", stall)
	garbage.set(path, raw(`{"data":`+attestationDataJSON("99", 3, 2)+`}`))

	data, err := c.AttestationData(t.Context(), fakeSlot)
	if err != nil || data.Slot != fakeSlot {
		t.Fatalf("AttestationData = %+v, %v", data, err)
	}
	for _, tc := range []struct {
		node *fakeNode
		kind string
	}{{failing, KindHTTP5xx}, {slow, KindTimeout}, {garbage, KindInvalid}} {
		if got := c.errorCount(epAttData, tc.node, tc.kind); got != 1 {
			t.Errorf("errors{%s, %s} = %v, want 1", nodeName(tc.node), tc.kind, got)
		}
	}

	before := []int{failing.count(path), slow.count(path), garbage.count(path)}
	if _, err := c.AttestationData(t.Context(), fakeSlot); err != nil {
		t.Fatalf("second AttestationData: %v", err)
	}
	after := []int{failing.count(path), slow.count(path), garbage.count(path)}
	if before[0] != after[0] || before[1] != after[1] || before[2] != after[2] {
		t.Errorf("demoted nodes were asked again: calls %v -> %v", before, after)
	}
	if good.count(path) != 2 {
		t.Errorf("good node answered %d calls, want 2", good.count(path))
	}
}

// TestDemotionEnds checks a failed node is tried last during its back-off
// and first again once the back-off is over and it answers.
func TestDemotionEnds(t *testing.T) {
	first, second := newFakeNode(t), newFakeNode(t)
	c := newTestClient(t, Config{}, first, second)
	now := time.Now()
	c.setClock(func() time.Time { return now })

	const path = "/eth/v1/node/syncing"
	first.set(path, status(http.StatusServiceUnavailable))
	if _, err := c.Syncing(t.Context()); err != nil {
		t.Fatalf("Syncing: %v", err)
	}
	if got := c.candidates(); got[0].name != nodeName(second) {
		t.Fatalf("after a failure, first candidate is %s, want %s", got[0].name, nodeName(second))
	}
	first.set(path, nil)
	now = now.Add(minBackoff + time.Millisecond)
	if got := c.candidates(); got[0].name != nodeName(first) {
		t.Fatalf("after the back-off, first candidate is %s, want %s", got[0].name, nodeName(first))
	}
	n := first.count(path)
	if _, err := c.Syncing(t.Context()); err != nil || first.count(path) != n+1 {
		t.Fatalf("Syncing after back-off: %v, first node calls %d -> %d", err, n, first.count(path))
	}
	if st := c.nodes[0].state(); st.failures != 0 {
		t.Errorf("failures = %d after success, want 0", st.failures)
	}
}

func TestBackoffDoubles(t *testing.T) {
	n := &node{}
	now := time.Now()
	want := []time.Duration{time.Second, 2 * time.Second, 4 * time.Second, 8 * time.Second, 16 * time.Second, 30 * time.Second, 30 * time.Second}
	for i, w := range want {
		if got, _ := n.failed(now); got != w {
			t.Errorf("failure %d: back-off %v, want %v", i+1, got, w)
		}
	}
	for range 100 {
		n.failed(now)
	}
	if got, _ := n.failed(now); got != maxBackoff {
		t.Errorf("after many failures back-off %v, want %v", got, maxBackoff)
	}
}

// TestAllNodesFail checks the error of a call no node completes names
// every node with the kind of its failure.
func TestAllNodesFail(t *testing.T) {
	a, b := newFakeNode(t), newFakeNode(t)
	c := newTestClient(t, Config{}, a, b)
	a.set("*", status(http.StatusInternalServerError))
	b.set("*", stall)

	_, err := c.AttesterDuties(t.Context(), 3, []phase0.ValidatorIndex{1})
	var ce *CallError
	if !errors.As(err, &ce) {
		t.Fatalf("AttesterDuties error = %v, want *CallError", err)
	}
	if len(ce.Nodes) != 2 || ce.Nodes[0].Kind != KindHTTP5xx || ce.Nodes[1].Kind != KindTimeout {
		t.Errorf("node errors = %v", ce.Nodes)
	}
	msg := err.Error()
	for _, want := range []string{"fetch attester duties for epoch 3", nodeName(a), nodeName(b), "500"} {
		if !strings.Contains(msg, want) {
			t.Errorf("error %q lacks %q", msg, want)
		}
	}
	if strings.Contains(msg, "\n") {
		t.Errorf("error spans lines: %q", msg)
	}
}

// TestBadRequestNotRetried checks a 400 on a read is the caller's fault:
// the next node is not asked and the node is not demoted.
func TestBadRequestNotRetried(t *testing.T) {
	a, b := newFakeNode(t), newFakeNode(t)
	c := newTestClient(t, Config{}, a, b)
	const path = "/eth/v1/validator/duties/attester/3"
	a.set(path, status(http.StatusBadRequest))

	_, err := c.AttesterDuties(t.Context(), 3, []phase0.ValidatorIndex{1})
	var ce *CallError
	if !errors.As(err, &ce) || len(ce.Nodes) != 1 || ce.Nodes[0].Kind != KindBadRequest {
		t.Fatalf("error = %v, want one bad_request", err)
	}
	if b.count(path) != 0 {
		t.Errorf("second node asked %d times", b.count(path))
	}
	if st := c.nodes[0].state(); st.failures != 0 {
		t.Errorf("node demoted for the caller's fault (failures %d)", st.failures)
	}
}

// TestCallerDeadline checks the caller's deadline bounds the whole call and
// that running out of it demotes nobody.
func TestCallerDeadline(t *testing.T) {
	a, b := newFakeNode(t), newFakeNode(t)
	c := newTestClient(t, Config{Timeout: 5 * time.Second}, a, b)
	a.set("*", stall)

	ctx, cancel := context.WithTimeout(t.Context(), 100*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err := c.AttestationData(ctx, fakeSlot)
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("error = %v, want deadline exceeded", err)
	}
	if d := time.Since(start); d > 4*time.Second {
		t.Errorf("call took %v, beyond the caller's deadline and close to the attempt timeout", d)
	}
	if b.count("/eth/v1/validator/attestation_data") != 0 {
		t.Error("second node asked after the caller's deadline")
	}
	if st := c.nodes[0].state(); st.failures != 0 {
		t.Errorf("node demoted for the caller's deadline (failures %d)", st.failures)
	}
}

func TestNewErrors(t *testing.T) {
	closed := httptest.NewServer(http.NotFoundHandler())
	closedURL := closed.URL
	closed.Close()

	tests := []struct {
		name  string
		setup func(t *testing.T) Config
		want  []string
	}{
		{"no URL", func(*testing.T) Config { return Config{} }, []string{"no beacon node URL"}},
		{"bad scheme", func(*testing.T) Config { return Config{URLs: []string{"ftp://x"}} }, []string{"scheme"}},
		{"twice", func(t *testing.T) Config {
			f := newFakeNode(t)
			return Config{URLs: []string{f.URL(), f.URL()}}
		}, []string{"configured twice"}},
		{"all unreachable", func(t *testing.T) Config {
			failing := newFakeNode(t)
			failing.set("*", status(http.StatusInternalServerError))
			return Config{URLs: []string{closedURL, failing.URL()}}
		}, []string{"connect to beacon nodes", closedURL, "refused", "500"}},
		{"different genesis validators root", func(t *testing.T) Config {
			a, b := newFakeNode(t), newFakeNode(t)
			b.gvr = phase0.Root{0xff}
			return Config{URLs: []string{a.URL(), b.URL()}}
		}, []string{"different networks", "genesis validators root"}},
		{"different genesis fork version", func(t *testing.T) Config {
			a, b := newFakeNode(t), newFakeNode(t)
			b.forkVersion = phase0.Version{0, 0, 0, 1}
			return Config{URLs: []string{a.URL(), b.URL()}}
		}, []string{"different networks", "genesis fork version"}},
		{"garbage spec", func(t *testing.T) Config {
			f := newFakeNode(t)
			f.set("/eth/v1/config/spec", raw(`{"data":{"SLOTS_PER_EPOCH":"0"}}`))
			return Config{URLs: []string{f.URL()}}
		}, []string{"fetch chain spec", "spec lacks DOMAIN_AGGREGATE_AND_PROOF"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cfg := tc.setup(t)
			cfg.Timeout, cfg.Logger = 300*time.Millisecond, quiet(t)
			c, err := New(t.Context(), cfg)
			if err == nil {
				c.Close()
				t.Fatal("New succeeded")
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q lacks %q", err, w)
				}
			}
		})
	}
}

// TestNewWithSomeNodesDown checks New starts with one node reachable and
// names the networks of nodes reachable at startup only.
func TestNewWithSomeNodesDown(t *testing.T) {
	down, up := newFakeNode(t), newFakeNode(t)
	down.set("*", stall)
	c := newTestClient(t, Config{}, down, up)
	if got := c.candidates(); got[0].name != nodeName(up) {
		t.Errorf("first candidate %s, want the reachable %s", got[0].name, nodeName(up))
	}
	if c.errorCount(epGenesis, down, KindTimeout) != 1 {
		t.Error("startup timeout not counted")
	}
}

// TestLateNodeOnOtherNetwork checks a node that comes up after New on
// another network is refused at its first use and never asked again.
func TestLateNodeOnOtherNetwork(t *testing.T) {
	late, good := newFakeNode(t), newFakeNode(t)
	late.set("*", status(http.StatusServiceUnavailable))
	c := newTestClient(t, Config{}, late, good)
	now := time.Now()
	c.setClock(func() time.Time { return now })

	late.gvr = phase0.Root{0xee}
	late.set("*", nil)
	now = now.Add(maxBackoff)
	if _, err := c.AttestationData(t.Context(), fakeSlot); err != nil {
		t.Fatalf("AttestationData: %v", err)
	}
	if c.errorCount(epAttData, late, KindWrongNetwork) != 1 {
		t.Error("late node on another network not counted as wrong_network")
	}
	if st := c.nodes[0].state(); st.refused == nil {
		t.Fatal("late node not refused")
	}
	for _, n := range c.candidates() {
		if n.name == nodeName(late) {
			t.Error("refused node still a candidate")
		}
	}
}

func TestHealthy(t *testing.T) {
	f := newFakeNode(t)
	c := newTestClient(t, Config{ProbeInterval: time.Second}, f)
	if !c.Healthy() {
		t.Fatal("Healthy = false right after New")
	}
	later := time.Now().Add(3*time.Second + time.Millisecond)
	c.setClock(func() time.Time { return later })
	if c.Healthy() {
		t.Error("Healthy = true with no answer for three probe intervals")
	}
}

// TestProbeDemotes checks the health probe finds a dead node before any
// call does.
func TestProbeDemotes(t *testing.T) {
	a, b := newFakeNode(t), newFakeNode(t)
	c := newTestClient(t, Config{ProbeInterval: time.Second}, a, b)
	a.set("*", status(http.StatusInternalServerError))
	later := time.Now().Add(time.Minute)
	c.setClock(func() time.Time { return later })
	c.probe(t.Context())
	if st := c.nodes[0].state(); st.failures != 1 {
		t.Errorf("dead node failures after probe = %d, want 1", st.failures)
	}
	if st := c.nodes[1].state(); st.failures != 0 || !st.lastOK.Equal(later) {
		t.Errorf("live node after probe: %+v", st)
	}
}

func TestMetricsRegistration(t *testing.T) {
	f := newFakeNode(t)
	reg := prometheus.NewRegistry()
	newTestClient(t, Config{Registerer: reg}, f)
	if _, err := New(t.Context(), testConfig(t, Config{Registerer: reg}, f)); err == nil {
		t.Error("second client on one registry: no error")
	}
	n, err := testutil.GatherAndCount(reg, "keystake_beacon_call_seconds")
	if err != nil || n == 0 {
		t.Errorf("latency series = %d, %v", n, err)
	}
}

func TestNodeNames(t *testing.T) {
	tests := []struct {
		in        []string
		wantAddrs []string
		wantNames []string
		wantErr   string
	}{
		{in: []string{"localhost:5052"}, wantAddrs: []string{"http://localhost:5052"}, wantNames: []string{"http://localhost:5052"}},
		{in: []string{"https://user:secret@bn.example/key/abc?x=1"}, wantAddrs: []string{"https://user:secret@bn.example/key/abc?x=1"}, wantNames: []string{"https://bn.example"}},
		{in: []string{"http://h/a", "http://h/b"}, wantAddrs: []string{"http://h/a", "http://h/b"}, wantNames: []string{"http://h", "http://h#2"}},
		{in: []string{"http://h", " http://h "}, wantErr: "twice"},
		{in: []string{""}, wantErr: "empty"},
		{in: []string{"http://"}, wantErr: "no host"},
		{in: []string{"ws://h"}, wantErr: "scheme"},
	}
	for _, tc := range tests {
		addrs, names, err := nodeNames(tc.in)
		if tc.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Errorf("nodeNames(%q) error = %v, want %q", tc.in, err, tc.wantErr)
			}
			continue
		}
		if err != nil || strings.Join(addrs, " ") != strings.Join(tc.wantAddrs, " ") || strings.Join(names, " ") != strings.Join(tc.wantNames, " ") {
			t.Errorf("nodeNames(%q) = %q, %q, %v", tc.in, addrs, names, err)
		}
		for _, n := range names {
			if strings.Contains(n, "secret") || strings.Contains(n, "key") {
				t.Errorf("name %q leaks credentials or path", n)
			}
		}
	}
}
