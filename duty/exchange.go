package duty

import (
	"crypto/ed25519"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/attestantio/go-eth2-client/spec/phase0"
)

// Exchange sends this operator's partial signatures to the other operators
// of a cluster and collects theirs: one collector per cluster, slot and
// duty type. Attester and Proposer share one, so that one p2p protocol
// serves every duty.
type Exchange struct {
	network  Network
	timing   Timing
	now      func() time.Time
	metrics  *Metrics
	log      *slog.Logger
	clusters map[[32]byte]*Cluster

	mu         sync.Mutex
	collectors map[collectorKey]*collectorState
}

type collectorKey struct {
	cluster [32]byte
	slot    phase0.Slot
	duty    uint8
}

type collectorState struct {
	col     *collector
	changed chan struct{} // signalled (non-blocking) when partials arrive
	sent    [][]byte      // this operator's partial messages, for Resend
}

// NewExchange creates an exchange for clusters. now nil means time.Now.
func NewExchange(network Network, timing Timing, now func() time.Time, metrics *Metrics, log *slog.Logger, clusters []*Cluster) *Exchange {
	if now == nil {
		now = time.Now
	}
	if log == nil {
		log = slog.Default()
	}
	x := &Exchange{network: network, timing: timing, now: now, metrics: metrics, log: log,
		clusters: make(map[[32]byte]*Cluster), collectors: make(map[collectorKey]*collectorState)}
	for _, c := range clusters {
		x.clusters[c.Hash] = c
	}
	return x
}

// collectorFor returns the collector of (cluster, slot, duty), creating it.
func (x *Exchange) collectorFor(c *Cluster, slot phase0.Slot, duty uint8) *collectorState {
	x.mu.Lock()
	defer x.mu.Unlock()
	k := collectorKey{c.Hash, slot, duty}
	st := x.collectors[k]
	if st == nil {
		st = &collectorState{col: newCollector(c), changed: make(chan struct{}, 1)}
		x.collectors[k] = st
	}
	return st
}

// decided gives the collector its signing root and validators.
func (x *Exchange) decided(st *collectorState, root []byte, positions []uint32) {
	x.mu.Lock()
	st.col.decided(root, positions)
	x.mu.Unlock()
}

// decidedEach gives the collector its entries, each with its signing root.
func (x *Exchange) decidedEach(st *collectorState, signings []Signing) {
	x.mu.Lock()
	st.col.decidedEach(signings)
	x.mu.Unlock()
}

// share sends this operator's partials to the cluster's other operators
// and adds them to the collector.
func (x *Exchange) share(c *Cluster, slot phase0.Slot, duty uint8, st *collectorState, partials []Partial) {
	if len(partials) == 0 {
		return
	}
	msg := PartialsMsg{Cluster: c.Hash, Slot: uint64(slot), Duty: duty, Partials: partials}
	data, err := msg.MarshalBinary()
	if err != nil {
		x.log.Error("encode partial signatures", "err", err)
	} else {
		x.mu.Lock()
		st.sent = append(st.sent, data)
		x.mu.Unlock()
		for i, m := range c.Members {
			if i+1 != c.Self {
				x.network.Send(m, PartialsProtocol, data)
			}
		}
	}
	x.add(st, c.Self, partials)
}

// Resend sends the operator with identity key to, again, this operator's
// partials for the slots it still accepts (the previous, current and next
// one) in the clusters they share. Call it when the peer (re)connects: what
// was sent while it was away (restarted, cut off) is lost, and a partial it
// lacks can cost a duty.
func (x *Exchange) Resend(to ed25519.PublicKey) {
	now := x.timing.SlotAt(x.now())
	var msgs [][]byte
	x.mu.Lock()
	for k, st := range x.collectors {
		c := x.clusters[k.cluster]
		if k.slot+1 < now || k.slot > now+1 || c == nil || c.Operator(to) == 0 || c.Operator(to) == c.Self {
			continue
		}
		msgs = append(msgs, st.sent...)
	}
	x.mu.Unlock()
	for _, m := range msgs {
		x.network.Send(to, PartialsProtocol, m)
	}
}

func (x *Exchange) add(st *collectorState, operator int, partials []Partial) {
	x.mu.Lock()
	st.col.add(operator, partials)
	x.mu.Unlock()
	select {
	case st.changed <- struct{}{}:
	default:
	}
}

// recover recovers what the collector can, logging and counting operators
// found to have sent invalid partials.
func (x *Exchange) recover(st *collectorState, log *slog.Logger) {
	x.mu.Lock()
	bad := st.col.recover()
	x.mu.Unlock()
	for _, op := range bad {
		log.Warn("invalid partial signature", "operator", op)
		x.metrics.invalidPartial(op)
	}
}

// with runs f on the collector under the exchange's lock.
func (x *Exchange) with(st *collectorState, f func(col *collector)) {
	x.mu.Lock()
	defer x.mu.Unlock()
	f(st.col)
}

// knownDuty reports the duty types partial signatures are exchanged for.
func knownDuty(d uint8) bool {
	return d >= DutyAttester && d <= DutyBuilderRegistration
}

// HandlePartials takes a partial signature message from the operator with
// identity key from. Messages from non-members, for unknown clusters or
// duties, or for slots outside [current-1, current+1] are dropped with an
// error.
func (x *Exchange) HandlePartials(from []byte, data []byte) error {
	msg, err := DecodePartials(data)
	if err != nil {
		return err
	}
	c := x.clusters[msg.Cluster]
	if c == nil || !knownDuty(msg.Duty) {
		return fmt.Errorf("partials for unknown cluster %x or duty %d", msg.Cluster[:4], msg.Duty)
	}
	op := c.Operator(from)
	if op == 0 {
		return errors.New("partials from a peer that is not a member of the cluster")
	}
	now := x.timing.SlotAt(x.now())
	slot := phase0.Slot(msg.Slot)
	if slot+1 < now || slot > now+1 {
		return fmt.Errorf("partials for slot %d, current slot %d", slot, now)
	}
	x.metrics.receivedPartials(op, len(msg.Partials))
	x.add(x.collectorFor(c, slot, msg.Duty), op, msg.Partials)
	return nil
}

// prune drops collectors of slots well past.
func (x *Exchange) prune(slot phase0.Slot) {
	x.mu.Lock()
	defer x.mu.Unlock()
	for k := range x.collectors {
		if k.slot+2 < slot {
			delete(x.collectors, k)
		}
	}
}

// clusterList returns the exchange's clusters.
func (x *Exchange) clusterList() []*Cluster {
	out := make([]*Cluster, 0, len(x.clusters))
	for _, c := range x.clusters {
		out = append(out, c)
	}
	return out
}
