package p2p

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"sync"
	"time"

	"github.com/libp2p/go-libp2p"
	"github.com/libp2p/go-libp2p/core/connmgr"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/peerstore"
	"github.com/libp2p/go-libp2p/core/protocol"
	"github.com/libp2p/go-libp2p/p2p/muxer/yamux"
	"github.com/libp2p/go-libp2p/p2p/security/noise"
	quic "github.com/libp2p/go-libp2p/p2p/transport/quic"
	"github.com/libp2p/go-libp2p/p2p/transport/tcp"
)

// ErrClosed is returned by the methods of a closed Node.
var ErrClosed = errors.New("p2p node closed")

// Node is one operator's libp2p host, connected to the other operators of
// its cluster and to nobody else. Its methods are safe for concurrent use.
type Node struct {
	host  host.Host
	cfg   Config // with defaults
	log   *slog.Logger
	met   *metrics
	gater *gater

	ctx    context.Context // cancelled by Close
	cancel context.CancelFunc
	wg     sync.WaitGroup // every goroutine the node started
	wake   chan struct{}  // nudges the maintenance loop; capacity 1

	setPeers sync.Mutex // serialises SetPeers

	mu      sync.Mutex
	closed  bool
	peers   map[peer.ID]*peerState
	byIndex map[int]*peerState
	protos  map[protocol.ID]*proto
}

// peerState is the node's view of one pinned peer. Fields below the line
// are guarded by Node.mu.
type peerState struct {
	index  int
	id     peer.ID
	ctx    context.Context // cancelled when the peer is unpinned or the node closes
	cancel context.CancelFunc

	addrs       []string  // configured, for status
	dialable    bool      // has configured addresses
	connected   bool      // as last seen by the maintenance loop
	connectedAt time.Time // when connected became true
	attempts    int       // dials since the last stable connection
	nextDial    time.Time
	dialing     bool
	lastPing    time.Time
	writers     map[protocol.ID]*writer
}

// New starts a node: it listens on cfg.ListenAddrs over TCP and QUIC
// (Noise security, yamux multiplexing over TCP), admits only the pinned
// peers, and keeps dialing each pinned peer that is not connected. Close
// releases it.
func New(cfg Config) (*Node, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, fmt.Errorf("start p2p node: %w", err)
	}
	key, err := hostKey(cfg.Identity)
	if err != nil {
		return nil, fmt.Errorf("start p2p node: %w", err)
	}
	self, err := peer.IDFromPrivateKey(key)
	if err != nil {
		return nil, fmt.Errorf("start p2p node: %w", err)
	}
	pinned, err := parsePeers(cfg.Peers, self)
	if err != nil {
		return nil, fmt.Errorf("start p2p node: %w", err)
	}
	met, err := newMetrics(cfg.Metrics)
	if err != nil {
		return nil, fmt.Errorf("start p2p node: %w", err)
	}
	// The gater admits nobody until the protocols are registered.
	g := &gater{log: cfg.Logger, refused: func(dir string) { met.refused.WithLabelValues(dir).Inc() }}
	g.set(nil)
	h, err := libp2p.New(
		libp2p.Identity(key),
		libp2p.ListenAddrStrings(cfg.ListenAddrs...),
		libp2p.NoTransports,
		libp2p.Transport(tcp.NewTCPTransport),
		libp2p.Transport(quic.NewTransport),
		libp2p.Security(noise.ID, noise.New),
		libp2p.Muxer(yamux.ID, yamux.DefaultTransport),
		libp2p.ConnectionGater(g),
		libp2p.ConnectionManager(&connmgr.NullConnMgr{}),
		libp2p.DisableRelay(),
		libp2p.DisableMetrics(),
		// A closed set of peers that are sometimes down is not a black hole.
		libp2p.UDPBlackHoleSuccessCounter(nil),
		libp2p.IPv6BlackHoleSuccessCounter(nil),
		libp2p.Ping(true),
	)
	if err != nil {
		return nil, fmt.Errorf("start p2p node: create libp2p host: %w", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	n := &Node{
		host: h, cfg: cfg, log: cfg.Logger, met: met, gater: g,
		ctx: ctx, cancel: cancel, wake: make(chan struct{}, 1),
		peers: map[peer.ID]*peerState{}, byIndex: map[int]*peerState{}, protos: map[protocol.ID]*proto{},
	}
	for _, p := range cfg.Protocols {
		if err := n.Register(p.ID, p.MaxSize, p.Handler); err != nil {
			cancel()
			_ = h.Close()
			return nil, fmt.Errorf("start p2p node: %w", err)
		}
	}
	g.set(pinned)
	n.applyPeers(pinned)
	h.Network().Notify(&network.NotifyBundle{
		ConnectedF:    func(network.Network, network.Conn) { n.signal() },
		DisconnectedF: func(network.Network, network.Conn) { n.signal() },
	})
	n.wg.Add(1)
	go n.maintain()
	n.log.Info("p2p: node started", "peer_id", self, "listen", h.Addrs(), "pinned_peers", len(pinned))
	return n, nil
}

// ID returns the node's peer ID.
func (n *Node) ID() peer.ID { return n.host.ID() }

// Addrs returns the multiaddrs the node listens on (ports resolved),
// without the /p2p suffix.
func (n *Node) Addrs() []string {
	var out []string
	for _, a := range n.host.Addrs() {
		out = append(out, a.String())
	}
	return out
}

// SetPeers replaces the pinned set, for a node that loads a new cluster
// definition without restarting. Connections to peers that are no longer
// pinned are closed and their queued messages dropped; new peers are
// dialed at once; peers in both sets keep their connections and streams
// (their addresses are updated). On error nothing changes.
func (n *Node) SetPeers(peers []Peer) error {
	pinned, err := parsePeers(peers, n.host.ID())
	if err != nil {
		return fmt.Errorf("set peers: %w", err)
	}
	n.setPeers.Lock()
	defer n.setPeers.Unlock()
	n.mu.Lock()
	closed := n.closed
	n.mu.Unlock()
	if closed {
		return fmt.Errorf("set peers: %w", ErrClosed)
	}
	n.gater.set(pinned) // first, so that removed peers cannot come back
	for _, id := range n.applyPeers(pinned) {
		if err := n.host.Network().ClosePeer(id); err != nil {
			n.log.Debug("p2p: close unpinned peer", "peer_id", id, "err", err)
		}
		n.host.Peerstore().ClearAddrs(id)
	}
	n.signal()
	return nil
}

// applyPeers makes the node's peer states match pinned and returns the IDs
// of peers it unpinned. A peer whose index changed is replaced, so that no
// stream or metric keeps the old index.
func (n *Node) applyPeers(pinned []pinnedPeer) (removed []peer.ID) {
	n.mu.Lock()
	defer n.mu.Unlock()
	keep := make(map[peer.ID]bool, len(pinned))
	for _, p := range pinned {
		keep[p.id] = true
		if ps, ok := n.peers[p.id]; ok && ps.index != p.index {
			n.removePeerLocked(ps)
		}
	}
	for id, ps := range n.peers {
		if !keep[id] {
			n.removePeerLocked(ps)
			removed = append(removed, id)
		}
	}
	for _, p := range pinned {
		n.host.Peerstore().ClearAddrs(p.id)
		n.host.Peerstore().AddAddrs(p.id, p.addrs, peerstore.PermanentAddrTTL)
		ps, ok := n.peers[p.id]
		if !ok {
			ctx, cancel := context.WithCancel(n.ctx)
			ps = &peerState{index: p.index, id: p.id, ctx: ctx, cancel: cancel, writers: map[protocol.ID]*writer{}}
			n.peers[p.id] = ps
			n.byIndex[p.index] = ps
		}
		ps.addrs = ps.addrs[:0]
		for _, a := range p.addrs {
			ps.addrs = append(ps.addrs, a.String())
		}
		ps.dialable = len(p.addrs) > 0
		ps.nextDial = time.Time{}
	}
	n.met.pinned.Set(float64(len(n.peers)))
	return removed
}

func (n *Node) removePeerLocked(ps *peerState) {
	ps.cancel()
	delete(n.peers, ps.id)
	if n.byIndex[ps.index] == ps {
		delete(n.byIndex, ps.index)
	}
}

// PeerStatus describes one pinned peer.
type PeerStatus struct {
	// Index is the operator index, ID the peer ID.
	Index int
	ID    peer.ID
	// Connected reports at least one open connection.
	Connected bool
	// Addrs are the remote addresses of the open connections, or the
	// configured addresses when not connected.
	Addrs []string
	// RTT is the smoothed ping round-trip time; 0 if not measured yet.
	RTT time.Duration
}

// Peers returns the status of every pinned peer, ordered by index.
func (n *Node) Peers() []PeerStatus {
	n.mu.Lock()
	out := make([]PeerStatus, 0, len(n.peers))
	for _, ps := range n.peers {
		out = append(out, PeerStatus{Index: ps.index, ID: ps.id, Addrs: slices.Clone(ps.addrs)})
	}
	n.mu.Unlock()
	for i := range out {
		st := &out[i]
		conns := n.host.Network().ConnsToPeer(st.ID)
		st.Connected = len(conns) > 0
		if st.Connected {
			st.Addrs = st.Addrs[:0]
			for _, c := range conns {
				st.Addrs = append(st.Addrs, c.RemoteMultiaddr().String())
			}
		}
		st.RTT = n.host.Peerstore().LatencyEWMA(st.ID)
	}
	slices.SortFunc(out, func(a, b PeerStatus) int { return a.Index - b.Index })
	return out
}

// Close stops the node: it closes every connection and listener, stops the
// reconnection loop and the senders, and waits for running handlers to
// return. Queued messages are dropped. Close is idempotent.
func (n *Node) Close() error {
	n.mu.Lock()
	if n.closed {
		n.mu.Unlock()
		return nil
	}
	n.closed = true
	for id := range n.protos {
		n.host.RemoveStreamHandler(id)
	}
	n.mu.Unlock()
	n.cancel()
	err := n.host.Close()
	n.wg.Wait()
	n.log.Info("p2p: node closed", "peer_id", n.host.ID())
	if err != nil {
		return fmt.Errorf("close p2p node: %w", err)
	}
	return nil
}

// signal wakes the maintenance loop without blocking.
func (n *Node) signal() {
	select {
	case n.wake <- struct{}{}:
	default:
	}
}

// goLocked starts f as a node goroutine; n.mu is held and n not closed.
func (n *Node) goLocked(f func()) {
	n.wg.Add(1)
	go func() {
		defer n.wg.Done()
		f()
	}()
}
