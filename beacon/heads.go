package beacon

import (
	"context"
	"errors"
	"fmt"
	"time"

	client "github.com/attestantio/go-eth2-client"
	"github.com/attestantio/go-eth2-client/api"
	apiv1 "github.com/attestantio/go-eth2-client/api/v1"
	"github.com/attestantio/go-eth2-client/spec/phase0"
)

// SubscribeHeads follows the chain's head through the head events of one
// node at a time and calls handler, from one goroutine, for each new head.
// It returns nil when ctx ends, having called handler for the last time.
//
// The stream comes from the preferred healthy node. If that node cannot be
// subscribed to, or sends no valid head event for Config.HeadTimeout, it is
// demoted and the next node is subscribed to; once every node has failed in
// turn, the round starts over after a back-off (1 s doubling to 30 s while
// no stream delivers). Heads ahead of the wall clock or more
// than two epochs behind it are dropped, as are repeats of the last head
// delivered (after a failover). handler should return quickly: events wait
// while it runs.
func (c *Client) SubscribeHeads(ctx context.Context, handler func(slot phase0.Slot, root phase0.Root)) error {
	if handler == nil {
		return errors.New("subscribe to head events: nil handler")
	}
	spec, err := c.Spec(ctx)
	if err != nil {
		if ctx.Err() != nil {
			return nil
		}
		return fmt.Errorf("subscribe to head events: %w", err)
	}
	s := &headStream{c: c, spec: spec, handler: handler, events: make(chan headEvent, 64)}
	tried := make(map[*node]bool) // nodes whose stream failed since one last delivered
	backoff := minBackoff
	for ctx.Err() == nil {
		n := c.streamNode(tried)
		if n == nil {
			// Every node failed in turn: pause, then start over.
			sleep(ctx, backoff)
			backoff = min(2*backoff, maxBackoff)
			clear(tried)
			continue
		}
		delivered, kind, err := s.follow(ctx, n)
		if ctx.Err() != nil {
			break
		}
		c.streamFailed(n, kind, err)
		if delivered {
			backoff = minBackoff
			clear(tried)
		}
		tried[n] = true
	}
	return nil
}

// streamNode is the node to subscribe to: the first candidate whose stream
// has not failed lately.
func (c *Client) streamNode(tried map[*node]bool) *node {
	for _, n := range c.candidates() {
		if !tried[n] {
			return n
		}
	}
	return nil
}

func (c *Client) streamFailed(n *node, kind string, err error) {
	c.metrics.failed(epHeadEvents, n.name, kind)
	backoff, failures := n.failed(c.now())
	c.log.Warn("head event stream failed; switching beacon node", "node", n.name, "kind", kind,
		"failures", failures, "backoff", backoff, "err", flatten(err.Error()))
}

// headStream is the state of one SubscribeHeads call.
type headStream struct {
	c       *Client
	spec    *Spec
	handler func(phase0.Slot, phase0.Root)
	events  chan headEvent
	gen     int // subscription generation: events of older ones are dropped
	last    struct {
		slot phase0.Slot
		root phase0.Root
		ok   bool
	}
}

type headEvent struct {
	gen int
	ev  *apiv1.HeadEvent
}

// follow subscribes to n's head events and delivers them until ctx ends or
// the stream fails; it reports whether any head was delivered and why the
// stream failed.
func (s *headStream) follow(ctx context.Context, n *node) (delivered bool, kind string, err error) {
	c := s.c
	sctx, cancel := context.WithCancel(ctx)
	defer cancel()
	if err := s.subscribe(sctx, n); err != nil {
		return false, errorKind(ctx, err), err
	}
	timer := time.NewTimer(c.headWait())
	defer timer.Stop()
	for {
		select {
		case <-ctx.Done():
			return delivered, KindCanceled, ctx.Err()
		case <-timer.C:
			return delivered, KindTimeout, fmt.Errorf("no head event for %v", c.headTimeout)
		case e := <-s.events:
			if e.gen != s.gen {
				continue
			}
			if err := s.check(e.ev); err != nil {
				c.metrics.failed(epHeadEvents, n.name, errorKind(ctx, err))
				c.log.Debug("head event dropped", "node", n.name, "err", err)
				continue
			}
			n.answered(c.now())
			timer.Reset(c.headTimeout)
			delivered = true
			s.deliver(e.ev)
		}
	}
}

// headWait is how long a stream may stay silent: Config.HeadTimeout, from
// genesis while the chain has not started (no block comes before it).
func (c *Client) headWait() time.Duration {
	wait := c.headTimeout
	if c.genesis != nil {
		if until := c.genesis.GenesisTime.Sub(c.now()); until > 0 {
			wait += until
		}
	}
	return wait
}

// subscribe checks the node is usable and starts go-eth2-client's event
// stream, which runs (reconnecting by itself) until sctx ends.
func (s *headStream) subscribe(sctx context.Context, n *node) error {
	c := s.c
	actx, cancel := context.WithTimeout(sctx, c.timeout)
	defer cancel()
	if err := c.ready(actx, n); err != nil {
		return err
	}
	s.gen++
	gen := s.gen
	opts := &api.EventsOpts{
		Topics: []string{"head"},
		HeadHandler: func(_ context.Context, ev *apiv1.HeadEvent) {
			select {
			case s.events <- headEvent{gen, ev}:
			case <-sctx.Done():
			}
		},
	}
	if err := n.svc.Events(sctx, opts); err != nil {
		return fmt.Errorf("subscribe to head events: %w", err)
	}
	return nil
}

// check drops heads that cannot be right or are of no use.
func (s *headStream) check(ev *apiv1.HeadEvent) error {
	if ev == nil {
		return invalidf("null head event")
	}
	if ev.Block == (phase0.Root{}) {
		return invalidf("head event with a zero block root")
	}
	cur, ok := s.c.currentSlot()
	if !ok {
		return nil
	}
	switch {
	case ev.Slot > cur+1:
		return invalidf("head at slot %d, ahead of the current slot %d", ev.Slot, cur)
	case uint64(ev.Slot)+2*s.spec.SlotsPerEpoch < uint64(cur):
		return fmt.Errorf("%w: head at slot %d, far behind the current slot %d", errLagging, ev.Slot, cur)
	}
	return nil
}

// errLagging marks a head far behind the wall clock: the node is behind.
var errLagging = fmt.Errorf("beacon node lags behind the wall clock: %w", client.ErrNotSynced)

// deliver calls the handler unless the head repeats the last one.
func (s *headStream) deliver(ev *apiv1.HeadEvent) {
	if s.last.ok && s.last.slot == ev.Slot && s.last.root == ev.Block {
		return
	}
	s.last.slot, s.last.root, s.last.ok = ev.Slot, ev.Block, true
	s.c.known.add(ev.Block)
	s.handler(ev.Slot, ev.Block)
}

// sleep waits for d or until ctx ends.
func sleep(ctx context.Context, d time.Duration) {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
	case <-t.C:
	}
}
