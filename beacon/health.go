package beacon

import (
	"context"
	"sync"
	"time"

	apiv1 "github.com/attestantio/go-eth2-client/api/v1"
)

// Healthy reports whether at least one beacon node answered within the
// last three probe intervals; for readiness checks.
func (c *Client) Healthy() bool {
	cutoff := c.now().Add(-3 * c.probeInterval)
	for _, n := range c.nodes {
		st := n.state()
		if st.refused == nil && st.lastOK.After(cutoff) {
			return true
		}
	}
	return false
}

// probeLoop asks nodes that have not answered within the probe interval for
// their sync state, until ctx ends.
func (c *Client) probeLoop(ctx context.Context) {
	defer close(c.done)
	t := time.NewTicker(c.probeInterval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			c.probe(ctx)
		}
	}
}

func (c *Client) probe(ctx context.Context) {
	var wg sync.WaitGroup
	cutoff := c.now().Add(-c.probeInterval / 2)
	for _, n := range c.nodes {
		st := n.state()
		if st.refused != nil || st.lastOK.After(cutoff) {
			continue
		}
		wg.Go(func() {
			// Failures demote the node (in attempt); answers keep the client
			// healthy but leave a demotion to run its course.
			_, _ = probeAttempt(ctx, c, n)
		})
	}
	wg.Wait()
}

func probeAttempt(ctx context.Context, c *Client, n *node) (*apiv1.SyncState, error) {
	actx, cancel := context.WithTimeout(ctx, c.timeout)
	defer cancel()
	start := time.Now()
	s, err := c.probeNode(actx, n)
	c.metrics.observe(epHealthProbe, n.name, time.Since(start))
	if err == nil {
		n.answered(c.now())
		return s, nil
	}
	kind := errorKind(ctx, err)
	c.metrics.failed(epHealthProbe, n.name, kind)
	if kind != KindCanceled {
		backoff, failures := n.failed(c.now())
		if failures == 1 {
			c.log.Warn("beacon node failed a health probe; demoted", "node", n.name, "kind", kind, "backoff", backoff, "err", flatten(err.Error()))
		}
	}
	return nil, err
}

func (c *Client) probeNode(ctx context.Context, n *node) (*apiv1.SyncState, error) {
	if err := c.ready(ctx, n); err != nil {
		return nil, err
	}
	return c.syncState(ctx, n.svc)
}
