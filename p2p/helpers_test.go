package p2p

import (
	"crypto/ed25519"
	"crypto/rand"
	"fmt"
	"log/slog"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// Test protocols.
const (
	protoA = "/keystake/test-a/1.0.0"
	protoB = "/keystake/test-b/1.0.0"
)

var (
	tcpOnly  = []string{"/ip4/127.0.0.1/tcp/0"}
	quicOnly = []string{"/ip4/127.0.0.1/udp/0/quic-v1"}
)

// testNode is a started Node with its key, metrics registry and inbox.
type testNode struct {
	*Node
	key   ed25519.PrivateKey
	index int
	reg   *prometheus.Registry
	inbox *inbox
}

// inbox records every delivered message by protocol and sender index.
type inbox struct {
	mu   sync.Mutex
	msgs map[string]map[int][]string
}

func newInbox() *inbox { return &inbox{msgs: map[string]map[int][]string{}} }

func (b *inbox) handler(protocol string) Handler {
	return func(from Remote, msg []byte) {
		b.mu.Lock()
		defer b.mu.Unlock()
		if b.msgs[protocol] == nil {
			b.msgs[protocol] = map[int][]string{}
		}
		b.msgs[protocol][from.Index] = append(b.msgs[protocol][from.Index], string(msg))
	}
}

// from returns a copy of what arrived on protocol from sender index i.
func (b *inbox) from(protocol string, i int) []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]string(nil), b.msgs[protocol][i]...)
}

func (b *inbox) total() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	n := 0
	for _, bySender := range b.msgs {
		for _, m := range bySender {
			n += len(m)
		}
	}
	return n
}

func newKey(t testing.TB) ed25519.PrivateKey {
	t.Helper()
	_, k, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// testLogger logs to t when KEYSTAKE_P2P_LOG is set, and never after the
// test ends.
func testLogger(t testing.TB) *slog.Logger {
	if os.Getenv("KEYSTAKE_P2P_LOG") == "" {
		return slog.New(slog.DiscardHandler)
	}
	w := &testWriter{t: t}
	t.Cleanup(func() { w.mu.Lock(); w.done = true; w.mu.Unlock() })
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: slog.LevelDebug}))
}

type testWriter struct {
	mu   sync.Mutex
	t    testing.TB
	done bool
}

func (w *testWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if !w.done {
		w.t.Log(strings.TrimSuffix(string(p), "\n"))
	}
	return len(p), nil
}

// startNode starts a node with test protocols A and B (64 KiB limit)
// recorded in its inbox. Close runs at cleanup.
func startNode(t testing.TB, key ed25519.PrivateKey, index int, listen []string, peers []Peer, tweak func(*Config)) *testNode {
	t.Helper()
	tn := &testNode{key: key, index: index, reg: prometheus.NewRegistry(), inbox: newInbox()}
	cfg := Config{
		Identity:    key,
		ListenAddrs: listen,
		Peers:       peers,
		Logger:      testLogger(t).With("node", index),
		Metrics:     tn.reg,
		Protocols: []Protocol{
			{ID: protoA, MaxSize: 64 << 10, Handler: tn.inbox.handler(protoA)},
			{ID: protoB, MaxSize: 64 << 10, Handler: tn.inbox.handler(protoB)},
		},
		PingInterval: 200 * time.Millisecond,
		DialTimeout:  5 * time.Second,
	}
	if tweak != nil {
		tweak(&cfg)
	}
	n, err := New(cfg)
	if err != nil {
		t.Fatalf("start node %d: %v", index, err)
	}
	tn.Node = n
	t.Cleanup(func() { _ = n.Close() })
	return tn
}

// startCluster starts n nodes that pin each other: first unpinned to learn
// their ports, then with SetPeers.
func startCluster(t testing.TB, n int, listen []string, tweak func(*Config)) []*testNode {
	t.Helper()
	nodes := make([]*testNode, n)
	for i := range nodes {
		nodes[i] = startNode(t, newKey(t), i, listen, nil, tweak)
	}
	peers := clusterPeers(nodes)
	for _, tn := range nodes {
		if err := tn.SetPeers(peers); err != nil {
			t.Fatal(err)
		}
	}
	waitConnected(t, nodes...)
	return nodes
}

// clusterPeers lists every node as a Peer (each node skips itself).
func clusterPeers(nodes []*testNode) []Peer {
	peers := make([]Peer, len(nodes))
	for i, tn := range nodes {
		peers[i] = Peer{Index: tn.index, IdentityKey: tn.key.Public().(ed25519.PublicKey), Addrs: tn.Addrs()}
	}
	return peers
}

// waitConnected waits until every node sees all its pinned peers connected.
func waitConnected(t testing.TB, nodes ...*testNode) {
	t.Helper()
	eventually(t, 20*time.Second, func() error {
		for _, tn := range nodes {
			for _, st := range tn.Peers() {
				if !st.Connected {
					return fmt.Errorf("node %d: peer %d not connected", tn.index, st.Index)
				}
			}
		}
		return nil
	})
}

// eventually polls cond until it returns nil or the (generous) timeout
// passes.
func eventually(t testing.TB, timeout time.Duration, cond func() error) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		err := cond()
		if err == nil {
			return
		}
		if time.Now().After(deadline) {
			if os.Getenv("KEYSTAKE_P2P_PANIC") != "" { // with GOTRACEBACK=all: every goroutine
				panic(fmt.Sprintf("after %v: %v", timeout, err))
			}
			t.Fatalf("after %v: %v", timeout, err)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// metricValue sums the samples of a counter or gauge whose labels include
// labels.
func metricValue(t testing.TB, reg *prometheus.Registry, name string, labels map[string]string) float64 {
	t.Helper()
	families, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	sum := 0.0
	for _, f := range families {
		if f.GetName() != name {
			continue
		}
	metric:
		for _, m := range f.GetMetric() {
			have := map[string]string{}
			for _, l := range m.GetLabel() {
				have[l.GetName()] = l.GetValue()
			}
			for k, v := range labels {
				if have[k] != v {
					continue metric
				}
			}
			sum += m.GetCounter().GetValue() + m.GetGauge().GetValue()
		}
	}
	return sum
}
