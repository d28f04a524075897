package p2p

import (
	"context"
	"math/rand/v2"
	"time"

	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/p2p/protocol/ping"
)

// maxIdle bounds the maintenance loop's sleep, as a safety net for missed
// connection notifications.
const maxIdle = time.Second

// maintain is the node's maintenance loop: it notices connection changes
// (woken by the network's notifications), dials disconnected peers on
// their backoff schedule, and pings connected ones.
func (n *Node) maintain() {
	defer n.wg.Done()
	timer := time.NewTimer(0)
	defer timer.Stop()
	for {
		select {
		case <-n.ctx.Done():
			return
		case <-timer.C:
		case <-n.wake:
		}
		timer.Reset(n.tick(time.Now()))
	}
}

// tick does one pass of the maintenance loop at time now and returns how
// long to sleep before the next.
func (n *Node) tick(now time.Time) time.Duration {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.closed {
		return maxIdle
	}
	wait, up := maxIdle, 0
	for _, ps := range n.peers {
		connected := n.host.Network().Connectedness(ps.id) == network.Connected
		n.observeLocked(ps, connected, now)
		if connected {
			up++
			n.pingLocked(ps, now)
			continue
		}
		if ps.dialing || !ps.dialable {
			continue
		}
		if d := ps.nextDial.Sub(now); d > 0 {
			wait = min(wait, d)
			continue
		}
		ps.dialing = true
		n.goLocked(func() { n.dial(ps) })
	}
	n.met.connected.Set(float64(up))
	return wait
}

// observeLocked logs a peer's connection state changes once each and
// keeps its reconnection schedule: a connection that lasted
// StableConnection resets the schedule, and its loss makes the peer due
// for a dial at once.
func (n *Node) observeLocked(ps *peerState, connected bool, now time.Time) {
	stable := ps.connected && now.Sub(ps.connectedAt) >= StableConnection
	if stable {
		ps.attempts = 0
	}
	if connected == ps.connected {
		return
	}
	ps.connected = connected
	if connected {
		ps.connectedAt = now
		var addr string
		if conns := n.host.Network().ConnsToPeer(ps.id); len(conns) > 0 {
			addr = conns[0].RemoteMultiaddr().String()
		}
		n.log.Info("p2p: peer connected", "peer", ps.index, "peer_id", ps.id, "addr", addr)
		if n.cfg.OnConnect != nil {
			go n.cfg.OnConnect(ps.index)
		}
		return
	}
	if stable {
		ps.nextDial = now
	}
	n.log.Info("p2p: peer disconnected", "peer", ps.index, "peer_id", ps.id, "after", now.Sub(ps.connectedAt).Round(time.Millisecond))
}

// dial tries once to connect to ps and schedules the next try, which
// happens only if the peer is not connected by then.
func (n *Node) dial(ps *peerState) {
	ctx, cancel := context.WithTimeout(ps.ctx, n.cfg.DialTimeout)
	defer cancel()
	// The node keeps its own schedule; skip the swarm's per-address backoff
	// so that a restarted peer is found at the first retry.
	ctx = network.WithForceDirectDial(ctx, "keystake: pinned peer")
	err := n.host.Connect(ctx, peer.AddrInfo{ID: ps.id})

	n.mu.Lock()
	defer n.mu.Unlock()
	defer n.signal()
	ps.dialing = false
	if ps.ctx.Err() != nil {
		return
	}
	ps.attempts++
	delay := n.cfg.Backoff.Delay(ps.attempts-1, rand.Float64())
	ps.nextDial = time.Now().Add(delay)
	if err != nil {
		n.log.Debug("p2p: dial failed", "peer", ps.index, "attempt", ps.attempts, "retry_in", delay, "err", err)
	}
}

// pingLocked measures a connected peer's round-trip time every
// PingInterval; the peerstore keeps the moving average shown by Peers.
func (n *Node) pingLocked(ps *peerState, now time.Time) {
	if n.cfg.PingInterval < 0 || now.Sub(ps.lastPing) < n.cfg.PingInterval {
		return
	}
	ps.lastPing = now
	timeout := min(n.cfg.PingInterval, n.cfg.DialTimeout)
	n.goLocked(func() {
		ctx, cancel := context.WithTimeout(ps.ctx, timeout)
		defer cancel()
		res := <-ping.Ping(network.WithNoDial(ctx, "keystake: ping"), n.host, ps.id)
		if res.Error != nil && ctx.Err() == nil {
			n.log.Debug("p2p: ping failed", "peer", ps.index, "err", res.Error)
		}
	})
}
