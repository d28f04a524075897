package p2p

import (
	"log/slog"
	"strings"
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
	pinned  atomic.Pointer[map[peer.ID]pin]
	log     *slog.Logger
	refused func(direction string)
}

// pin is what the gater knows of a pinned peer: its operator index and
// the addresses configured for it (nil: any address, when none or a DNS
// name is configured).
type pin struct {
	index int
	addrs map[string]bool
}

// set replaces the pinned set.
func (g *gater) set(peers []pinnedPeer) {
	m := make(map[peer.ID]pin, len(peers))
	for _, p := range peers {
		pn := pin{index: p.index}
		for _, a := range p.addrs {
			if strings.HasPrefix(a.String(), "/dns") {
				// Dialed at what the name resolves to: not pinned.
				pn.addrs = nil
				break
			}
			if pn.addrs == nil {
				pn.addrs = make(map[string]bool, len(p.addrs))
			}
			pn.addrs[a.String()] = true
		}
		m[p.id] = pn
	}
	g.pinned.Store(&m)
}

// index returns the operator index of a pinned peer.
func (g *gater) index(p peer.ID) (int, bool) {
	pn, ok := (*g.pinned.Load())[p]
	return pn.index, ok
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

// InterceptAddrDial allows dialing a pinned peer only at the addresses
// configured for it, so that addresses a peer advertises (identify) can
// never make this node dial elsewhere.
func (g *gater) InterceptAddrDial(p peer.ID, addr ma.Multiaddr) bool {
	pn, ok := (*g.pinned.Load())[p]
	return ok && (pn.addrs == nil || pn.addrs[addr.String()])
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
