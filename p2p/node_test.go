package p2p

import (
	"context"
	"crypto/ed25519"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"
)

// seqs returns "0".."n-1", the payloads the exchange test sends.
func seqs(prefix string, n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = fmt.Sprintf("%s%d", prefix, i)
	}
	return out
}

func TestClusterExchange(t *testing.T) {
	for _, tc := range []struct {
		name, listen []string
		marker       string
	}{
		{[]string{"tcp"}, tcpOnly, "/tcp/"},
		{[]string{"quic"}, quicOnly, "/quic-v1"},
	} {
		t.Run(tc.name[0], func(t *testing.T) {
			t.Parallel()
			testExchange(t, tc.listen, tc.marker)
		})
	}
}

func testExchange(t *testing.T, listen []string, marker string) {
	const nodes, direct, broadcast = 4, 100, 50
	cluster := startCluster(t, nodes, listen, nil)
	ctx := context.Background()
	for _, from := range cluster {
		for _, to := range cluster {
			if to == from {
				continue
			}
			for _, m := range seqs("a", direct) {
				if err := from.Send(ctx, to.index, protoA, []byte(m)); err != nil {
					t.Fatalf("node %d: %v", from.index, err)
				}
			}
		}
		for _, m := range seqs("b", broadcast) {
			if err := from.Broadcast(ctx, protoB, []byte(m)); err != nil {
				t.Fatalf("node %d: %v", from.index, err)
			}
		}
	}
	eventually(t, 20*time.Second, func() error {
		for _, tn := range cluster {
			if got, want := tn.inbox.total(), (nodes-1)*(direct+broadcast); got != want {
				return fmt.Errorf("node %d received %d messages, want %d", tn.index, got, want)
			}
		}
		return nil
	})
	for _, to := range cluster {
		for _, from := range cluster {
			if from == to {
				continue
			}
			if got := to.inbox.from(protoA, from.index); !slices.Equal(got, seqs("a", direct)) {
				t.Errorf("node %d from %d on A: got %v, want in order", to.index, from.index, got)
			}
			if got := to.inbox.from(protoB, from.index); !slices.Equal(got, seqs("b", broadcast)) {
				t.Errorf("node %d from %d on B: got %v, want in order", to.index, from.index, got)
			}
		}
	}
	checkStatus(t, cluster, marker)
	labels := map[string]string{"protocol": protoA, "peer": "1"}
	if got := metricValue(t, cluster[0].reg, "keystake_p2p_messages_sent_total", labels); got != direct {
		t.Errorf("node 0 sent to 1 on A: metric %v, want %d", got, direct)
	}
	labels["peer"] = "0"
	if got := metricValue(t, cluster[1].reg, "keystake_p2p_messages_received_total", labels); got != direct {
		t.Errorf("node 1 received from 0 on A: metric %v, want %d", got, direct)
	}
	if got := metricValue(t, cluster[0].reg, "keystake_p2p_messages_dropped_total", nil); got != 0 {
		t.Errorf("node 0 dropped %v messages", got)
	}
}

// checkStatus checks Peers: every other node listed by index with its ID,
// connected over the expected transport, with an RTT measured.
func checkStatus(t *testing.T, cluster []*testNode, marker string) {
	t.Helper()
	eventually(t, 10*time.Second, func() error {
		for _, tn := range cluster[0].Peers() {
			if tn.RTT <= 0 {
				return fmt.Errorf("peer %d: no RTT yet", tn.Index)
			}
		}
		return nil
	})
	status := cluster[0].Peers()
	if len(status) != len(cluster)-1 {
		t.Fatalf("node 0 lists %d peers, want %d", len(status), len(cluster)-1)
	}
	for i, st := range status {
		want := cluster[i+1]
		if st.Index != want.index || st.ID != want.ID() || !st.Connected {
			t.Errorf("status %d: %+v, want index %d ID %s connected", i, st, want.index, want.ID())
		}
		for _, a := range st.Addrs {
			if !strings.Contains(a, marker) {
				t.Errorf("peer %d connected over %s, want %s", st.Index, a, marker)
			}
		}
	}
	if got := metricValue(t, cluster[0].reg, "keystake_p2p_connected_peers", nil); got != float64(len(cluster)-1) {
		t.Errorf("connected peers gauge %v, want %d", got, len(cluster)-1)
	}
}

func TestStrangerIsRefused(t *testing.T) {
	for _, tc := range []struct {
		name   string
		listen []string
	}{{"tcp", tcpOnly}, {"quic", quicOnly}} {
		t.Run(tc.name, func(t *testing.T) { testStranger(t, tc.listen) })
	}
}

func testStranger(t *testing.T, listen []string) {
	cluster := startCluster(t, 2, listen, nil)
	// The stranger pins the cluster and keeps dialing it.
	stranger := startNode(t, newKey(t), 9, listen, clusterPeers(cluster), nil)
	ctx := context.Background()

	eventually(t, 10*time.Second, func() error {
		if got := metricValue(t, cluster[0].reg, "keystake_p2p_connections_refused_total", map[string]string{"direction": "inbound"}); got < 2 {
			return fmt.Errorf("node 0 refused %v inbound connections, want >= 2 (stranger retries)", got)
		}
		return nil
	})
	// The stranger's side of a refused connection can look connected for a
	// moment (its handshake ends before node 0 decides), so it keeps
	// trying to send for a while.
	for end := time.Now().Add(time.Second); time.Now().Before(end); time.Sleep(5 * time.Millisecond) {
		_ = stranger.Send(ctx, 0, protoA, []byte("hi"))
		_ = stranger.Broadcast(ctx, protoB, []byte("hi all"))
	}

	// A direct dial and a raw stream with the stranger's host. The dialer
	// may finish its side of the handshake before node 0 refuses, so
	// Connect can briefly succeed; nothing must get through.
	info := cluster[0].host.Peerstore().PeerInfo(cluster[0].ID())
	info.Addrs = cluster[0].host.Addrs()
	if err := stranger.host.Connect(ctx, info); err == nil {
		if s, err := stranger.host.NewStream(ctx, cluster[0].ID(), protoA); err == nil {
			_, _ = s.Write(appendFrame(nil, []byte("let me in")))
			_ = s.Close()
		}
	}
	eventually(t, 10*time.Second, func() error {
		if n := len(stranger.host.Network().ConnsToPeer(cluster[0].ID())); n != 0 {
			return fmt.Errorf("stranger has %d connections to node 0", n)
		}
		return nil
	})
	// And the cluster does not dial the stranger either.
	info = stranger.host.Peerstore().PeerInfo(stranger.ID())
	info.Addrs = stranger.host.Addrs()
	if err := cluster[0].host.Connect(ctx, info); err == nil {
		t.Error("node 0 connected to the stranger")
	}
	if got := metricValue(t, cluster[0].reg, "keystake_p2p_connections_refused_total", map[string]string{"direction": "outbound"}); got < 1 {
		t.Errorf("node 0 refused %v outbound dials, want >= 1", got)
	}
	for _, tn := range cluster {
		if n := tn.inbox.total(); n != 0 {
			t.Errorf("node %d received %d messages", tn.index, n)
		}
		if len(tn.host.Network().ConnsToPeer(stranger.ID())) != 0 {
			t.Errorf("node %d has a connection to the stranger", tn.index)
		}
	}
}

func TestBadFrames(t *testing.T) {
	const limit = 1024
	cluster := startCluster(t, 2, DefaultListenAddrs, func(c *Config) {
		for i := range c.Protocols {
			c.Protocols[i].MaxSize = limit
		}
	})
	receiver, sender := cluster[0], cluster[1]
	tests := []struct {
		name string
		wire []byte
		kind string // frame error counted; "" for none
	}{
		{"frame over the limit", appendFrame(nil, make([]byte, limit+1)), frameOversized},
		{"claimed 4 GiB", []byte{0xff, 0xff, 0xff, 0xff, 0x0f}, frameOversized},
		{"length of 11 bytes", []byte{0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80}, frameMalformed},
		{"non-minimal length", []byte{0x85, 0x00, 'h', 'e', 'l', 'l', 'o'}, frameMalformed},
		{"truncated body", []byte{10, 'a', 'b'}, frameTruncated},
	}
	ctx := context.Background()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			labels := map[string]string{"protocol": protoA, "peer": "1", "kind": tt.kind}
			before := metricValue(t, receiver.reg, "keystake_p2p_frame_errors_total", labels)
			s, err := sender.host.NewStream(ctx, receiver.ID(), protoA)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := s.Write(tt.wire); err != nil {
				t.Fatal(err)
			}
			_ = s.CloseWrite()
			eventually(t, 10*time.Second, func() error {
				if got := metricValue(t, receiver.reg, "keystake_p2p_frame_errors_total", labels); got != before+1 {
					return fmt.Errorf("frame errors %v, want %v", got, before+1)
				}
				return nil
			})
			_ = s.SetReadDeadline(time.Now().Add(10 * time.Second))
			if _, err := s.Read(make([]byte, 1)); err == nil || errors.Is(err, context.DeadlineExceeded) {
				t.Errorf("sender's stream after a bad frame: read err %v, want a reset", err)
			}
		})
	}
	if n := receiver.inbox.total(); n != 0 {
		t.Errorf("handler called %d times", n)
	}

	t.Run("garbage then a good message", func(t *testing.T) {
		s, err := sender.host.NewStream(ctx, receiver.ID(), protoB)
		if err != nil {
			t.Fatal(err)
		}
		garbage := make([]byte, 64<<10)
		for i := range garbage {
			garbage[i] = byte(i*7919) | 0x80 // all continuation bytes: malformed
		}
		_, _ = s.Write(garbage)
		_ = s.Close()
		if err := sender.Send(ctx, receiver.index, protoA, []byte("still alive")); err != nil {
			t.Fatal(err)
		}
		eventually(t, 10*time.Second, func() error {
			if got := receiver.inbox.from(protoA, sender.index); !slices.Equal(got, []string{"still alive"}) {
				return fmt.Errorf("received %q", got)
			}
			return nil
		})
	})
}

func TestSendErrors(t *testing.T) {
	cluster := startCluster(t, 2, DefaultListenAddrs, nil)
	n := cluster[0]
	ctx := context.Background()
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	tests := []struct {
		name  string
		ctx   context.Context
		to    int
		proto string
		size  int
		want  error
	}{
		{"unknown peer", ctx, 7, protoA, 1, ErrUnknownPeer},
		{"self is not a peer", ctx, 0, protoA, 1, ErrUnknownPeer},
		{"unknown protocol", ctx, 1, "/nope/1", 1, ErrUnknownProtocol},
		{"too large", ctx, 1, protoA, 64<<10 + 1, ErrMessageTooLarge},
		{"cancelled", cancelled, 1, protoA, 1, context.Canceled},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := n.Send(tt.ctx, tt.to, tt.proto, make([]byte, tt.size)); !errors.Is(err, tt.want) {
				t.Fatalf("Send: %v, want %v", err, tt.want)
			}
		})
	}
	if err := n.Broadcast(ctx, protoA, make([]byte, 64<<10+1)); !errors.Is(err, ErrMessageTooLarge) {
		t.Errorf("Broadcast too large: %v", err)
	}
	if err := n.Register(protoA, 10, func(Remote, []byte) {}); err == nil {
		t.Error("registered protoA twice")
	}
	if err := n.Close(); err != nil {
		t.Fatal(err)
	}
	if err := n.Close(); err != nil {
		t.Fatalf("second Close: %v", err)
	}
	if err := n.Send(ctx, 1, protoA, nil); !errors.Is(err, ErrClosed) {
		t.Errorf("Send after Close: %v", err)
	}
	if err := n.Register("/late/1", 10, func(Remote, []byte) {}); !errors.Is(err, ErrClosed) {
		t.Errorf("Register after Close: %v", err)
	}
}

func TestRestartReconnects(t *testing.T) {
	cluster := startCluster(t, 4, DefaultListenAddrs, nil)
	ctx := context.Background()
	// Streams to node 3 exist before it goes away.
	for _, tn := range cluster[:3] {
		if err := tn.Send(ctx, 3, protoA, []byte("before")); err != nil {
			t.Fatal(err)
		}
	}
	eventually(t, 10*time.Second, func() error {
		if got := cluster[3].inbox.total(); got != 3 {
			return fmt.Errorf("node 3 got %d messages before the restart, want 3", got)
		}
		return nil
	})
	old := cluster[3]
	addrs := old.Addrs()
	if err := old.Close(); err != nil {
		t.Fatal(err)
	}
	eventually(t, 10*time.Second, func() error {
		for _, tn := range cluster[:3] {
			if st := tn.Peers()[2]; st.Index != 3 || st.Connected {
				return fmt.Errorf("node %d still sees %+v", tn.index, st)
			}
		}
		return nil
	})
	// Messages to a peer that is down are dropped, not queued.
	if err := cluster[0].Send(ctx, 3, protoA, []byte("lost")); !errors.Is(err, ErrNotConnected) {
		t.Errorf("Send to a closed peer: %v, want ErrNotConnected", err)
	}
	// Let the others go through a few failed dials first.
	time.Sleep(600 * time.Millisecond)

	restarted := startNode(t, old.key, 3, addrs, clusterPeers(cluster), nil)
	if got := restarted.Addrs(); !slices.Equal(slices.Sorted(slices.Values(got)), slices.Sorted(slices.Values(addrs))) {
		t.Fatalf("restarted on %v, want %v", got, addrs)
	}
	cluster[3] = restarted
	waitConnected(t, cluster...)
	for _, tn := range cluster[:3] {
		if err := tn.Send(ctx, 3, protoA, []byte(fmt.Sprintf("after restart from %d", tn.index))); err != nil {
			t.Fatal(err)
		}
		if err := restarted.Send(ctx, tn.index, protoA, []byte("back")); err != nil {
			t.Fatal(err)
		}
	}
	eventually(t, 10*time.Second, func() error {
		for _, tn := range cluster[:3] {
			if got := restarted.inbox.from(protoA, tn.index); !slices.Equal(got, []string{fmt.Sprintf("after restart from %d", tn.index)}) {
				return fmt.Errorf("restarted node got %q from %d", got, tn.index)
			}
			if got := tn.inbox.from(protoA, 3); !slices.Equal(got, []string{"back"}) {
				return fmt.Errorf("node %d got %q from the restarted node", tn.index, got)
			}
		}
		return nil
	})
}

func TestSetPeers(t *testing.T) {
	nodes := make([]*testNode, 3)
	for i := range nodes {
		nodes[i] = startNode(t, newKey(t), i, DefaultListenAddrs, nil, nil)
	}
	all := clusterPeers(nodes)
	a, b, c := nodes[0], nodes[1], nodes[2]
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(a.SetPeers(all[:2])) // a does not know c yet
	must(b.SetPeers(all))
	must(c.SetPeers(all))
	waitConnected(t, a, b)
	ctx := context.Background()
	eventually(t, 10*time.Second, func() error {
		if got := metricValue(t, a.reg, "keystake_p2p_connections_refused_total", nil); got == 0 {
			return errors.New("a refused nothing from c")
		}
		return nil
	})

	must(a.SetPeers(all)) // a loads the cluster with c
	waitConnected(t, a, b, c)
	must(c.Send(ctx, 0, protoA, []byte("hello a")))
	eventually(t, 10*time.Second, func() error {
		if got := a.inbox.from(protoA, 2); len(got) != 1 {
			return fmt.Errorf("a got %q from c", got)
		}
		return nil
	})

	must(a.SetPeers([]Peer{all[0], all[2]})) // b leaves a's cluster
	if st := a.Peers(); len(st) != 1 || st[0].Index != 2 {
		t.Fatalf("a's peers after removing b: %+v", st)
	}
	eventually(t, 10*time.Second, func() error {
		if len(a.host.Network().ConnsToPeer(b.ID())) != 0 {
			return errors.New("a still connected to b")
		}
		return nil
	})
	if err := a.Send(ctx, 1, protoA, []byte("x")); !errors.Is(err, ErrUnknownPeer) {
		t.Errorf("Send to a removed peer: %v", err)
	}
	if err := a.SetPeers([]Peer{{Index: 1, IdentityKey: []byte("short")}}); err == nil {
		t.Error("SetPeers accepted a bad key")
	}
}

func TestSlowPeerDoesNotBlockOthers(t *testing.T) {
	release := make(chan struct{})
	blocked := func(Remote, []byte) { <-release }
	arrived := make(chan struct{}, 1)
	cluster := startCluster(t, 3, DefaultListenAddrs, func(c *Config) { c.QueueSize = 16 })
	// Node 2 stops reading protocol C: its handler blocks.
	const protoC = "/keystake/test-c/1.0.0"
	fast := newInbox()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(cluster[0].Register(protoC, 64<<10, func(Remote, []byte) {}))
	record := fast.handler(protoC)
	must(cluster[1].Register(protoC, 64<<10, func(from Remote, msg []byte) {
		record(from, msg)
		arrived <- struct{}{}
	}))
	must(cluster[2].Register(protoC, 64<<10, blocked))
	defer close(release) // before the nodes close (cleanups run later)

	ctx := context.Background()
	const count = 300
	msg := make([]byte, 16<<10) // 300 x 16 KiB: well over a stream's flow-control window
	for i := range count {
		copy(msg, fmt.Sprintf("%06d", i))
		start := time.Now()
		must(cluster[0].Broadcast(ctx, protoC, append([]byte(nil), msg...)))
		if d := time.Since(start); d > time.Second {
			t.Fatalf("Broadcast %d took %v", i, d)
		}
		select { // pace to the fast peer
		case <-arrived:
		case <-time.After(10 * time.Second):
			t.Fatalf("message %d did not reach the fast peer", i)
		}
	}
	for i, m := range fast.from(protoC, 0) {
		if want := fmt.Sprintf("%06d", i); m[:6] != want {
			t.Fatalf("fast peer message %d is %q", i, m[:6])
		}
	}
	dropped := metricValue(t, cluster[0].reg, "keystake_p2p_messages_dropped_total", map[string]string{"peer": "2", "reason": dropQueueFull})
	if dropped == 0 {
		t.Error("no drops counted for the slow peer")
	}
	t.Logf("dropped for the slow peer: %v of %d", dropped, count)
}

func TestNewRejectsBadConfig(t *testing.T) {
	key := newKey(t)
	other := newKey(t)
	otherPub := other.Public().(ed25519.PublicKey)
	otherID, err := PeerIDFromIdentityKey(otherPub)
	if err != nil {
		t.Fatal(err)
	}
	mismatched := append(ed25519.PrivateKey(nil), key...)
	copy(mismatched[32:], otherPub)
	tests := []struct {
		name string
		cfg  Config
	}{
		{"no identity", Config{}},
		{"identity of 32 bytes", Config{Identity: key[:32]}},
		{"public half from another key", Config{Identity: mismatched}},
		{"bad peer key", Config{Identity: key, Peers: []Peer{{Index: 1, IdentityKey: otherPub[:31]}}}},
		{"negative index", Config{Identity: key, Peers: []Peer{{Index: -1, IdentityKey: otherPub}}}},
		{"duplicate key", Config{Identity: key, Peers: []Peer{{Index: 1, IdentityKey: otherPub}, {Index: 2, IdentityKey: otherPub}}}},
		{"duplicate index", Config{Identity: key, Peers: []Peer{{Index: 1, IdentityKey: otherPub}, {Index: 1, IdentityKey: key.Public().(ed25519.PublicKey)}}}},
		{"bad address", Config{Identity: key, Peers: []Peer{{Index: 1, IdentityKey: otherPub, Addrs: []string{"127.0.0.1:9000"}}}}},
		{"address of another peer", Config{Identity: key, Peers: []Peer{{Index: 1, IdentityKey: key.Public().(ed25519.PublicKey), Addrs: []string{"/ip4/127.0.0.1/tcp/9000/p2p/" + otherID.String()}}}}},
		{"bad listen address", Config{Identity: key, ListenAddrs: []string{"nope"}}},
		{"bad backoff", Config{Identity: key, Backoff: Backoff{Base: time.Second}}},
		{"negative queue size", Config{Identity: key, QueueSize: -1}},
		{"negative write timeout", Config{Identity: key, WriteTimeout: -time.Second}},
		{"bad protocol", Config{Identity: key, Protocols: []Protocol{{ID: "x", MaxSize: 1, Handler: func(Remote, []byte) {}}}}},
		{"protocol limit too large", Config{Identity: key, Protocols: []Protocol{{ID: "/x", MaxSize: MaxFrameSize + 1, Handler: func(Remote, []byte) {}}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n, err := New(tt.cfg)
			if err == nil {
				n.Close()
				t.Fatal("New accepted the config")
			}
			t.Log(err)
		})
	}
}

func TestNewSkipsSelfAndAcceptsP2PSuffix(t *testing.T) {
	key, other := newKey(t), newKey(t)
	otherID, err := PeerIDFromIdentityKey(other.Public().(ed25519.PublicKey))
	if err != nil {
		t.Fatal(err)
	}
	n := startNode(t, key, 0, DefaultListenAddrs, []Peer{
		{Index: 0, IdentityKey: key.Public().(ed25519.PublicKey)},
		{Index: 1, IdentityKey: other.Public().(ed25519.PublicKey), Addrs: []string{"/ip4/127.0.0.1/tcp/1/p2p/" + otherID.String()}},
	}, nil)
	st := n.Peers()
	if len(st) != 1 || st[0].Index != 1 || st[0].ID != otherID || st[0].Connected {
		t.Fatalf("Peers() = %+v", st)
	}
	if want := "/ip4/127.0.0.1/tcp/1"; len(st[0].Addrs) != 1 || st[0].Addrs[0] != want {
		t.Errorf("addrs %v, want [%s]", st[0].Addrs, want)
	}
}

func TestPeerIDFromIdentityKey(t *testing.T) {
	key := newKey(t)
	n := startNode(t, key, 0, DefaultListenAddrs, nil, nil)
	id, err := PeerIDFromIdentityKey(key.Public().(ed25519.PublicKey))
	if err != nil {
		t.Fatal(err)
	}
	if id != n.ID() {
		t.Fatalf("PeerIDFromIdentityKey = %s, node ID %s", id, n.ID())
	}
	if _, err := PeerIDFromIdentityKey(make([]byte, 33)); err == nil {
		t.Error("accepted a 33-byte key")
	}
}

// A peer that completes the handshake and then hangs up (it does not pin
// this node) must be redialed on the backoff schedule, not in a loop.
func TestRefusingPeerIsRedialedWithBackoff(t *testing.T) {
	b := startNode(t, newKey(t), 1, DefaultListenAddrs, nil, nil) // pins nobody
	a := startNode(t, newKey(t), 0, DefaultListenAddrs, clusterPeers([]*testNode{b}), nil)
	const window = 2 * time.Second
	time.Sleep(window)
	refused := metricValue(t, b.reg, "keystake_p2p_connections_refused_total", nil)
	// 250 ms doubling: at most 4 dials fit in 2 s (0, 0.25, 0.75, 1.75 s).
	if refused < 1 || refused > 6 {
		t.Fatalf("b refused %v connections from a in %v, want 1..6", refused, window)
	}
	t.Logf("a dialed b %v times in %v", refused, window)
	_ = a
}
