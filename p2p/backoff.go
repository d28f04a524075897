package p2p

import "time"

// Backoff is the reconnection schedule for a pinned peer that is not
// connected: after the k-th dial (k = 1, 2, ...) since the peer was last
// stably connected, the next dial waits Delay(k-1, r) with r uniform in
// [0, 1). A connection that lasts StableConnection resets k, and its loss
// is followed by an immediate dial. Counting dials rather than failures
// keeps a peer that completes the handshake and then hangs up (it does not
// pin this node) on the same slowing schedule as one that is down.
type Backoff struct {
	// Base is the first delay; each failure doubles it up to Max.
	Base, Max time.Duration
	// Jitter in [0, 1] is the fraction by which a delay is shortened at
	// random, so that operators restarted together do not dial in step.
	Jitter float64
}

// StableConnection is how long a connection must last to reset the
// reconnection schedule.
const StableConnection = 5 * time.Second

// DefaultBackoff waits 250 ms, 500 ms, 1 s, then 2 s, each shortened by up
// to 20%. The cap is low because the peers are the few operators of the
// cluster: while one is missing the cluster has lost its margin, so a peer
// back from a network outage must be found within a second or two, and a
// dial every 2 s per absent peer costs next to nothing.
var DefaultBackoff = Backoff{Base: 250 * time.Millisecond, Max: 2 * time.Second, Jitter: 0.2}

// Delay returns the wait before dial attempt+1, where attempt is the number
// of dials so far minus one (0 after the first). r in
// [0, 1) draws the jitter; the result lies in [d*(1-Jitter), d] with
// d = min(Max, Base*2^attempt), and is never negative. Delay is a pure
// function: the reconnection loop supplies r.
func (b Backoff) Delay(attempt int, r float64) time.Duration {
	d := b.Base
	for i := 0; i < attempt && d < b.Max; i++ {
		if d > b.Max/2 {
			d = b.Max
		} else {
			d *= 2
		}
	}
	d = min(d, b.Max)
	j := min(max(b.Jitter, 0), 1) * min(max(r, 0), 1)
	short := float64(d) * (1 - j)
	if short >= float64(d) { // no jitter, or rounding: avoid float overflow
		return max(d, 0)
	}
	return max(time.Duration(short), 0)
}

// valid reports whether b is a usable schedule.
func (b Backoff) valid() bool {
	return b.Base > 0 && b.Max >= b.Base && b.Jitter >= 0 && b.Jitter <= 1
}
