package dkg

import (
	"context"
	"crypto/ed25519"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/keystake/keystake/operator"
	"github.com/keystake/keystake/p2p"
	"github.com/keystake/keystake/tbls"
)

// ProtocolID is the p2p protocol of ceremony messages.
const ProtocolID = "/keystake/dkg/1.0.0"

// Timeouts bound the phases of a ceremony run over the network.
type Timeouts struct {
	// Connect bounds the hello phase: every operator must be online,
	// connected and announce the same definition. Default 2 minutes.
	Connect time.Duration
	// Phase bounds each later phase. The response and finish phases get
	// twice as long, because operators still waiting out a missing deal or
	// justification enter them up to one Phase later. Default 30 s.
	Phase time.Duration
}

func (t Timeouts) withDefaults() Timeouts {
	if t.Connect <= 0 {
		t.Connect = 2 * time.Minute
	}
	if t.Phase <= 0 {
		t.Phase = 30 * time.Second
	}
	return t
}

// of returns the timeout of phase p.
func (t Timeouts) of(p Phase) time.Duration {
	switch p {
	case PhaseHello:
		return t.Connect
	case PhaseResponse, PhaseFinish:
		return 2 * t.Phase
	}
	return t.Phase
}

// RunConfig configures Run.
type RunConfig struct {
	// Definition is the verified ceremony definition.
	Definition *Definition
	// Identity is this operator's identity; its identity key must be one
	// of the definition's operators.
	Identity *operator.Identity
	// ListenAddrs are the multiaddrs to listen on (p2p.Config.ListenAddrs).
	ListenAddrs []string
	// Peers maps participant indices (Definition.Participants) to the
	// multiaddrs to dial them at. Participants without addresses are
	// accepted but not dialed.
	Peers map[int][]string
	// OldShares are, when resharing, this operator's shares of the
	// reshared cluster's validators (Config.OldShares).
	OldShares []*tbls.SecretKey
	// Timeouts bound the phases.
	Timeouts Timeouts
	// ResendInterval is how often messages peers may still need are sent
	// again (delivery is best effort). Default 500 ms.
	ResendInterval time.Duration
	// Logger receives the ceremony's events; nil discards them.
	Logger *slog.Logger
	// OnListen, if set, is called with the addresses the node listens on.
	OnListen func(addrs []string)
}

type inbound struct {
	from int
	msg  []byte
}

// Run takes part in the ceremony over libp2p and returns this operator's
// result once every operator has checked the outcome, or an error naming
// the phase and the operators at fault. It writes nothing: the caller
// stores the result (Result.Files).
func Run(ctx context.Context, cfg RunConfig) (*Result, error) {
	log := cfg.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	def := cfg.Definition
	self := def.ParticipantIndex(cfg.Identity.Signing.Public().(ed25519.PublicKey))
	if self == 0 {
		return nil, errors.New("run ceremony: this identity is not an operator of the definition")
	}
	c, err := New(Config{Definition: def, Index: self, Identity: cfg.Identity.Signing, Encryption: cfg.Identity.Encryption, Logger: log, OldShares: cfg.OldShares})
	if err != nil {
		return nil, err
	}
	inbox := make(chan inbound, 4*len(def.Participants()))
	stop := make(chan struct{})
	node, err := p2p.New(p2p.Config{
		Identity:    cfg.Identity.Signing,
		ListenAddrs: cfg.ListenAddrs,
		Peers:       peersOf(def, cfg.Peers),
		Logger:      log,
		Protocols: []p2p.Protocol{{ID: ProtocolID, MaxSize: MaxMessageSize, Handler: func(from p2p.Remote, msg []byte) {
			select {
			case inbox <- inbound{from.Index, msg}:
			case <-stop:
			}
		}}},
	})
	if err != nil {
		return nil, fmt.Errorf("start p2p node: %w", err)
	}
	defer node.Close()
	// Unblock handlers waiting on a full inbox before Close waits for them.
	defer close(stop)
	log.Info("ceremony started", "ceremony", def.Name, "operator", self, "validators", def.Validators, "listen", node.Addrs())
	if cfg.OnListen != nil {
		cfg.OnListen(node.Addrs())
	}
	d := &driver{c: c, node: node, log: log, timeouts: cfg.Timeouts.withDefaults(), resend: cfg.ResendInterval}
	return d.loop(ctx, inbox)
}

// peersOf pins every participant of the definition, under its index.
func peersOf(def *Definition, addrs map[int][]string) []p2p.Peer {
	parts := def.Participants()
	peers := make([]p2p.Peer, 0, len(parts))
	for _, op := range parts {
		peers = append(peers, p2p.Peer{Index: op.Index, IdentityKey: op.IdentityKey, Addrs: addrs[op.Index]})
	}
	return peers
}

// driver runs a Ceremony's phases against the clock and the network.
type driver struct {
	c        *Ceremony
	node     *p2p.Node
	log      *slog.Logger
	timeouts Timeouts
	resend   time.Duration
}

func (d *driver) loop(ctx context.Context, inbox <-chan inbound) (*Result, error) {
	out, err := d.c.Start()
	if err != nil {
		return nil, err
	}
	d.broadcast(ctx, out)
	if d.resend <= 0 {
		d.resend = 500 * time.Millisecond
	}
	ticker := time.NewTicker(d.resend)
	defer ticker.Stop()
	timer := time.NewTimer(d.timeouts.of(PhaseHello))
	defer timer.Stop()
	for !d.c.Finished() {
		expired := false
		select {
		case <-ctx.Done():
			return nil, d.interrupted(ctx)
		case m := <-inbox:
			if err := d.c.Receive(m.from, m.msg); err != nil {
				d.log.Warn("message refused", "from", m.from, "err", err)
			}
		case <-ticker.C:
			d.broadcast(ctx, d.c.Resend())
		case <-timer.C:
			expired = true
		}
		if err := d.advance(ctx, expired, timer); err != nil {
			return nil, err
		}
	}
	d.linger(ctx)
	return d.c.Result(), nil
}

// linger sends this operator's last messages again and gives the network
// one resend interval to deliver them before the node closes: a peer that
// misses the done message would otherwise wait out its done phase's
// timeout (and then succeed all the same).
func (d *driver) linger(ctx context.Context) {
	d.broadcast(ctx, d.c.Resend())
	select {
	case <-ctx.Done():
	case <-time.After(d.resend):
	}
}

// advance closes every phase that is ready (or has expired), broadcasting
// what it produces and restarting the timer for each new phase.
func (d *driver) advance(ctx context.Context, expired bool, timer *time.Timer) error {
	for d.c.Ready() || expired {
		if expired {
			d.log.Warn("phase timed out", "phase", d.c.Phase().String(), "missing", d.c.Missing())
		}
		out, err := d.c.Advance(expired)
		if err != nil {
			return err
		}
		if ctx.Err() != nil {
			return d.interrupted(ctx)
		}
		expired = false
		d.broadcast(ctx, out)
		timer.Reset(d.timeouts.of(d.c.Phase()))
	}
	return nil
}

// interrupted wipes the ceremony's secrets and says where it stopped.
func (d *driver) interrupted(ctx context.Context) error {
	d.c.wipe()
	return fmt.Errorf("ceremony interrupted in the %s phase: %w", d.c.Phase(), ctx.Err())
}

func (d *driver) broadcast(ctx context.Context, msgs [][]byte) {
	for _, m := range msgs {
		if err := d.node.Broadcast(ctx, ProtocolID, m); err != nil {
			d.log.Debug("broadcast failed", "err", err)
		}
	}
}
