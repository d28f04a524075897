// Package consensus runs hotstuff instances for the operator node: it gives
// each instance a goroutine, a real timer, a durable store and the network,
// and routes incoming messages to the instance they belong to.
//
// The protocol itself lives in package hotstuff, which does no I/O; this
// package is the driver its Config describes. Values are opaque byte strings
// (the duty layer's SSZ encoding of what is signed).
package consensus

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/keystake/keystake/hotstuff"
)

// Protocol is the p2p protocol consensus messages travel on.
const Protocol = "/keystake/consensus/1.0.0"

// Store keeps instance safety state across crashes. Save must be durable
// when it returns.
type Store interface {
	Load(k hotstuff.Key) (*hotstuff.State, error)
	Save(st hotstuff.State) error
}

// Network sends messages to other operators, addressed by identity public
// key. Delivery is best effort.
type Network interface {
	Send(to ed25519.PublicKey, protocol string, msg []byte)
}

// Config wires a Manager.
type Config struct {
	Identity ed25519.PrivateKey
	Store    Store
	Network  Network
	Logger   *slog.Logger
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// Metrics records decisions; nil records nothing.
	Metrics *Metrics
	// MaxPending bounds buffered messages for instances not started yet
	// (per instance key); zero means 256.
	MaxPending int
}

// Manager runs consensus instances and routes messages to them. It is safe
// for concurrent use.
type Manager struct {
	cfg Config

	mu      sync.Mutex
	running map[hotstuff.Key]*runner
	pending map[hotstuff.Key][]inbound
}

type inbound struct {
	from ed25519.PublicKey
	msg  *hotstuff.Message
}

// NewManager creates a manager.
func NewManager(cfg Config) *Manager {
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	if cfg.MaxPending == 0 {
		cfg.MaxPending = 256
	}
	return &Manager{cfg: cfg, running: make(map[hotstuff.Key]*runner), pending: make(map[hotstuff.Key][]inbound)}
}

// Instance describes one decision to take.
type Instance struct {
	Key hotstuff.Key
	// Members are the identity keys of the cluster's operators in operator
	// index order (operator i at Members[i-1]).
	Members  []ed25519.PublicKey
	Schedule hotstuff.Schedule
	// Propose returns this operator's candidate value.
	Propose func() ([]byte, error)
	// Validate checks a proposed value; nil error means vote for it.
	Validate func([]byte) error
}

// ErrNoDecision is returned when the deadline passes without a decision.
var ErrNoDecision = errors.New("no consensus before the deadline")

// Decide runs the instance until it decides, its schedule's deadline passes
// or ctx ends. It returns the decided value and the view it was decided in.
func (m *Manager) Decide(ctx context.Context, inst Instance) ([]byte, hotstuff.View, error) {
	self, err := selfIndex(inst.Members, m.cfg.Identity)
	if err != nil {
		return nil, 0, err
	}
	r, err := m.start(inst, self)
	if err != nil {
		return nil, 0, err
	}
	defer m.stop(inst.Key)
	return r.run(ctx)
}

// selfIndex finds this operator among the members (0-based).
func selfIndex(members []ed25519.PublicKey, id ed25519.PrivateKey) (int, error) {
	pub := id.Public().(ed25519.PublicKey)
	for i, m := range members {
		if bytes.Equal(m, pub) {
			return i, nil
		}
	}
	return 0, errors.New("this operator is not a member of the cluster")
}

// start creates the instance's runner and hands it the messages that
// arrived before it existed.
func (m *Manager) start(inst Instance, self int) (*runner, error) {
	restored, err := m.cfg.Store.Load(inst.Key)
	if err != nil {
		return nil, err
	}
	r := newRunner(m, inst, self)
	hs, err := hotstuff.New(r.config(), restored)
	if err != nil {
		return nil, fmt.Errorf("create consensus instance for slot %d: %w", inst.Key.Slot, err)
	}
	r.hs = hs
	m.mu.Lock()
	defer m.mu.Unlock()
	if _, dup := m.running[inst.Key]; dup {
		return nil, fmt.Errorf("consensus instance for slot %d duty %d already running", inst.Key.Slot, inst.Key.Duty)
	}
	m.running[inst.Key] = r
	for _, in := range m.pending[inst.Key] {
		r.deliver(in)
	}
	delete(m.pending, inst.Key)
	return r, nil
}

func (m *Manager) stop(k hotstuff.Key) {
	m.mu.Lock()
	delete(m.running, k)
	m.mu.Unlock()
}

// Handle takes a message received from the operator with identity key from.
// Messages for instances not yet started are buffered (bounded) until
// Accept says the key is of interest; others are dropped.
func (m *Manager) Handle(from ed25519.PublicKey, data []byte, accept func(hotstuff.Key) bool) error {
	msg, err := hotstuff.DecodeMessage(data, hotstuff.Limits{})
	if err != nil {
		return fmt.Errorf("decode consensus message: %w", err)
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if r, ok := m.running[msg.Key]; ok {
		r.deliver(inbound{from: from, msg: msg})
		return nil
	}
	if accept != nil && !accept(msg.Key) {
		return fmt.Errorf("consensus message for slot %d: not expected", msg.Key.Slot)
	}
	if len(m.pending[msg.Key]) >= m.cfg.MaxPending {
		return fmt.Errorf("consensus message for slot %d: buffer full", msg.Key.Slot)
	}
	m.pending[msg.Key] = append(m.pending[msg.Key], inbound{from: from, msg: msg})
	return nil
}

// Prune drops buffered messages of slots before slot.
func (m *Manager) Prune(slot uint64) {
	m.mu.Lock()
	defer m.mu.Unlock()
	for k := range m.pending {
		if k.Slot < slot {
			delete(m.pending, k)
		}
	}
}
