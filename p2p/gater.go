package p2p

import (
	"log/slog"
	"sync/atomic"

	"github.com/libp2p/go-libp2p/core/control"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	ma "github.com/multiformats/go-multiaddr"
)

// gater is the host's connection gater: it admits only connections whose
// authenticated remote identity is in the pinned set. Outbound dials to
// other peers are refused before dialing; inbound connections are accepted
// at the socket and decided once the Noise handshake has authenticated the
// remote key (InterceptSecured), before any stream can be opened.
//
// The pinned set is swapped atomically, so the gater never takes the
// node's lock from inside libp2p.
type gater struct {
	pinned  atomic.Pointer[map[peer.ID]int] // peer ID -> operator index
	log     *slog.Logger
	refused func(direction string)
}

// set replaces the pinned set.
func (g *gater) set(peers []pinnedPeer) {
	m := make(map[peer.ID]int, len(peers))
	for _, p := range peers {
		m[p.id] = p.index
	}
	g.pinned.Store(&m)
}

// index returns the operator index of a pinned peer.
func (g *gater) index(p peer.ID) (int, bool) {
	i, ok := (*g.pinned.Load())[p]
	return i, ok
}

// InterceptPeerDial refuses dials to peers outside the pinned set.
func (g *gater) InterceptPeerDial(p peer.ID) bool {
	if _, ok := g.index(p); ok {
		return true
	}
	g.refused("outbound")
	g.log.Warn("p2p: refused dial to unpinned peer", "peer_id", p)
	return false
}

// InterceptAddrDial allows what InterceptPeerDial allowed.
func (g *gater) InterceptAddrDial(p peer.ID, _ ma.Multiaddr) bool {
	_, ok := g.index(p)
	return ok
}

// InterceptAccept allows every inbound socket: the remote identity is not
// known yet, InterceptSecured decides.
func (g *gater) InterceptAccept(network.ConnMultiaddrs) bool { return true }

// InterceptSecured admits a connection only if the key the remote proved in
// the handshake is pinned.
func (g *gater) InterceptSecured(dir network.Direction, p peer.ID, addrs network.ConnMultiaddrs) bool {
	if _, ok := g.index(p); ok {
		return true
	}
	d := "inbound"
	if dir == network.DirOutbound {
		d = "outbound"
	}
	g.refused(d)
	g.log.Warn("p2p: refused connection from unpinned identity", "peer_id", p, "direction", d, "remote_addr", addrs.RemoteMultiaddr())
	return false
}

// InterceptUpgraded allows what InterceptSecured allowed.
func (g *gater) InterceptUpgraded(network.Conn) (bool, control.DisconnectReason) { return true, 0 }
