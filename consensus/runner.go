package consensus

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/keystake/keystake/hotstuff"
)

// runner drives one hotstuff instance from one goroutine: messages and
// timer ticks are serialised through its channels.
type runner struct {
	m    *Manager
	inst Instance
	self int
	hs   *hotstuff.Instance[[]byte]

	inbox   chan inbound
	timerAt time.Time
	timer   *time.Timer

	decided []byte
	view    hotstuff.View
	done    bool
}

func newRunner(m *Manager, inst Instance, self int) *runner {
	return &runner{m: m, inst: inst, self: self, inbox: make(chan inbound, 1024), timer: stoppedTimer()}
}

func stoppedTimer() *time.Timer {
	t := time.NewTimer(time.Hour)
	t.Stop()
	return t
}

// deliver queues a message; it drops it if the inbox is full (the protocol
// tolerates loss). Called with the manager's lock held; never blocks.
func (r *runner) deliver(in inbound) {
	select {
	case r.inbox <- in:
	default:
	}
}

func (r *runner) config() hotstuff.Config[[]byte] {
	return hotstuff.Config[[]byte]{
		Key:       r.inst.Key,
		N:         len(r.inst.Members),
		Self:      r.self,
		Schedule:  r.inst.Schedule,
		Codec:     hotstuff.BytesCodec(),
		Send:      r.send,
		Broadcast: r.broadcast,
		Sign:      hotstuff.Ed25519Signer(r.m.cfg.Identity),
		Verify:    hotstuff.Ed25519Verifier(r.inst.Members),
		Validate:  r.inst.Validate,
		Propose:   r.inst.Propose,
		Persist:   r.m.cfg.Store.Save,
		Decide: func(v []byte, qc *hotstuff.QC) {
			r.decided, r.view, r.done = v, qc.View, true
		},
		SetTimer: func(at time.Time) { r.timerAt = at },
	}
}

func (r *runner) send(to int, msg *hotstuff.Message) {
	data, err := msg.MarshalBinary()
	if err != nil {
		r.m.cfg.Logger.Error("encode consensus message", "slot", r.inst.Key.Slot, "err", err)
		return
	}
	r.m.cfg.Network.Send(r.inst.Members[to], Protocol, data)
}

func (r *runner) broadcast(msg *hotstuff.Message) {
	data, err := msg.MarshalBinary()
	if err != nil {
		r.m.cfg.Logger.Error("encode consensus message", "slot", r.inst.Key.Slot, "err", err)
		return
	}
	for i, member := range r.inst.Members {
		if i != r.self {
			r.m.cfg.Network.Send(member, Protocol, data)
		}
	}
}

// run drives the instance until it decides, gives up or ctx ends.
func (r *runner) run(ctx context.Context) ([]byte, hotstuff.View, error) {
	start := r.m.cfg.Now()
	r.hs.Start(start)
	defer r.timer.Stop()
	for {
		if r.done {
			r.m.cfg.Metrics.observe(r.inst.Key.Duty, "decided", r.view, r.m.cfg.Now().Sub(r.inst.Schedule.Start))
			return r.decided, r.view, nil
		}
		if st := r.hs.Status(); st.GaveUp {
			r.m.cfg.Metrics.observe(r.inst.Key.Duty, "timeout", st.View, r.m.cfg.Now().Sub(r.inst.Schedule.Start))
			return nil, st.View, fmt.Errorf("slot %d: %w (reached view %d, leader operator %d)", r.inst.Key.Slot, ErrNoDecision, st.View, st.Leader+1)
		}
		r.armTimer()
		select {
		case <-ctx.Done():
			return nil, 0, fmt.Errorf("consensus for slot %d: %w", r.inst.Key.Slot, ctx.Err())
		case in := <-r.inbox:
			r.handle(in)
		case <-r.timer.C:
			r.timerAt = time.Time{}
			r.hs.Tick(r.m.cfg.Now())
		}
	}
}

// handle passes a message on if its transport sender is the operator it
// claims to come from (decided messages carry their own proof).
func (r *runner) handle(in inbound) {
	from := int(in.msg.From)
	if in.msg.Kind != hotstuff.KindDecided && (from >= len(r.inst.Members) || !bytes.Equal(r.inst.Members[from], in.from)) {
		r.m.cfg.Logger.Debug("consensus message from a peer posing as another operator", "slot", r.inst.Key.Slot, "claimed", from+1)
		return
	}
	if err := r.hs.Handle(in.msg, r.m.cfg.Now()); err != nil {
		if errors.Is(err, hotstuff.ErrInvalidValue) {
			r.m.cfg.Logger.Warn("proposed value refused", "slot", r.inst.Key.Slot, "duty", r.inst.Key.Duty, "leader", from+1, "view", in.msg.View, "err", err)
			return
		}
		r.m.cfg.Logger.Debug("consensus message dropped", "slot", r.inst.Key.Slot, "from", from+1, "kind", in.msg.Kind, "err", err)
	}
}

func (r *runner) armTimer() {
	if r.timerAt.IsZero() {
		return
	}
	r.timer.Stop()
	select {
	case <-r.timer.C:
	default:
	}
	r.timer.Reset(max(r.timerAt.Sub(r.m.cfg.Now()), 0))
}
