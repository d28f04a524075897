package p2p

import (
	"crypto/ed25519"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"
	ma "github.com/multiformats/go-multiaddr"
	"github.com/prometheus/client_golang/prometheus"
)

// Config configures a Node. Only Identity is required.
type Config struct {
	// Identity is this operator's ed25519 identity key; its public half is
	// the operator's identity_public_key in cluster.json.
	Identity ed25519.PrivateKey
	// ListenAddrs are multiaddrs to listen on, TCP (/tcp/PORT) and QUIC
	// (/udp/PORT/quic-v1). Default: DefaultListenAddrs (loopback only).
	ListenAddrs []string
	// Peers is the pinned set: the only identities this node connects to
	// or accepts. An entry with this node's own identity is skipped, so the
	// cluster's full operator list may be passed.
	Peers []Peer
	// Protocols are registered before any peer is admitted, so that no
	// early message finds its protocol missing. More can be added with
	// Node.Register.
	Protocols []Protocol
	// OnConnect, if set, is called from a goroutine of its own each time a
	// pinned peer becomes connected (again): messages sent while it was
	// not connected were dropped, and the caller may send what still
	// matters.
	OnConnect func(index int)
	// Logger receives connection events; nil discards them.
	Logger *slog.Logger
	// Metrics, if not nil, registers the node's Prometheus collectors.
	// Several nodes in one process need distinct registerers (for example
	// prometheus.WrapRegistererWith a node label).
	Metrics prometheus.Registerer

	// QueueSize bounds each (peer, protocol) outbound queue; when full the
	// oldest message is dropped. Default 256.
	QueueSize int
	// Backoff is the reconnection schedule. Zero: DefaultBackoff.
	Backoff Backoff
	// DialTimeout bounds one dial or stream opening. Default 10 s.
	DialTimeout time.Duration
	// WriteTimeout bounds the write of one batch of queued messages to a
	// peer; a stream that stalls longer is reset. Default 10 s.
	WriteTimeout time.Duration
	// PingInterval is how often connected peers are pinged to measure the
	// round-trip time shown by Peers. Default 10 s; negative disables.
	PingInterval time.Duration
}

// Peer is one pinned operator.
type Peer struct {
	// Index is the operator's index in the cluster definition. It names
	// the peer in Send, in handlers, logs and metrics, and must be unique.
	Index int
	// IdentityKey is the operator's 32-byte ed25519 identity public key.
	IdentityKey []byte
	// Addrs are multiaddrs to dial the operator at, with or without a
	// trailing /p2p/<id> (which must then match IdentityKey). Empty: the
	// node accepts the operator's connections but never dials it.
	Addrs []string
}

// Protocol is a message protocol with its size limit and handler; see
// Node.Register.
type Protocol struct {
	ID      string
	MaxSize int
	Handler Handler
}

// DefaultListenAddrs listens on TCP and QUIC on loopback, on ports chosen
// by the system. Operators must set ListenAddrs to be reachable.
var DefaultListenAddrs = []string{"/ip4/127.0.0.1/tcp/0", "/ip4/127.0.0.1/udp/0/quic-v1"}

// withDefaults returns c with zero fields set to their defaults, or an
// error if a set field is invalid.
func (c Config) withDefaults() (Config, error) {
	if len(c.ListenAddrs) == 0 {
		c.ListenAddrs = slices.Clone(DefaultListenAddrs)
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	if c.QueueSize == 0 {
		c.QueueSize = 256
	}
	if c.Backoff == (Backoff{}) {
		c.Backoff = DefaultBackoff
	}
	if c.DialTimeout == 0 {
		c.DialTimeout = 10 * time.Second
	}
	if c.WriteTimeout == 0 {
		c.WriteTimeout = 10 * time.Second
	}
	if c.PingInterval == 0 {
		c.PingInterval = 10 * time.Second
	}
	switch {
	case c.QueueSize < 0:
		return c, errors.New("config: negative QueueSize")
	case !c.Backoff.valid():
		return c, fmt.Errorf("config: invalid Backoff %+v", c.Backoff)
	case c.DialTimeout < 0 || c.WriteTimeout < 0:
		return c, errors.New("config: negative timeout")
	}
	return c, nil
}

// pinnedPeer is a parsed Peer.
type pinnedPeer struct {
	index int
	id    peer.ID
	addrs []ma.Multiaddr
}

// parsePeers checks and parses peers, leaving out self.
func parsePeers(peers []Peer, self peer.ID) ([]pinnedPeer, error) {
	out := make([]pinnedPeer, 0, len(peers))
	ids := make(map[peer.ID]int, len(peers))
	indices := make(map[int]bool, len(peers))
	for _, p := range peers {
		pp, err := parsePeer(p)
		if err != nil {
			return nil, err
		}
		if prev, dup := ids[pp.id]; dup {
			return nil, fmt.Errorf("peer %d: same identity key as peer %d", p.Index, prev)
		}
		ids[pp.id] = p.Index
		if indices[p.Index] {
			return nil, fmt.Errorf("peer %d: duplicate index", p.Index)
		}
		indices[p.Index] = true
		if pp.id != self {
			out = append(out, pp)
		}
	}
	return out, nil
}

func parsePeer(p Peer) (pinnedPeer, error) {
	if p.Index < 0 {
		return pinnedPeer{}, fmt.Errorf("peer %d: negative index", p.Index)
	}
	id, err := PeerIDFromIdentityKey(p.IdentityKey)
	if err != nil {
		return pinnedPeer{}, fmt.Errorf("peer %d: %w", p.Index, err)
	}
	pp := pinnedPeer{index: p.Index, id: id}
	for _, s := range p.Addrs {
		a, err := ma.NewMultiaddr(s)
		if err != nil {
			return pinnedPeer{}, fmt.Errorf("peer %d: parse address %q: %w", p.Index, s, err)
		}
		transport, addrID := peer.SplitAddr(a)
		if transport == nil {
			return pinnedPeer{}, fmt.Errorf("peer %d: address %q has no transport part", p.Index, s)
		}
		if addrID != "" && addrID != id {
			return pinnedPeer{}, fmt.Errorf("peer %d: address %q names peer %s, identity key gives %s", p.Index, s, addrID, id)
		}
		pp.addrs = append(pp.addrs, transport)
	}
	return pp, nil
}
