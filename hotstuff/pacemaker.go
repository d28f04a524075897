package hotstuff

import (
	"crypto/sha256"
	"encoding/binary"
	"math"
	"time"
)

// Schedule is the wall-clock plan of an instance: pure data, shared by all
// operators of the cluster, so that every operator computes the same view
// from the same time without talking to the others.
//
// View v (1-based) lasts Base*v: it starts at Start + Base*(v-1)*v/2 and
// ends where view v+1 starts. With Base = 1s the views end at 1s, 3s, 6s,
// 10s, ... after Start. Because the boundaries are anchored to Start (the
// duty's start time), a node that joins late or restarts lands in the same
// view as everyone else, and growing views eventually outlast any unknown
// network delay.
type Schedule struct {
	// Start is when view 1 begins (the duty's start time).
	Start time.Time
	// Base is the length of view 1; view v lasts Base*v. Must be > 0.
	Base time.Duration
	// Wait is the leader's view-change grace step: in view v >= 2, a
	// leader that holds no certificate of view v-1 and has not heard from
	// all operators waits until ViewStart(v) + Wait*(v-1) before
	// proposing, to learn the highest lock of every correct operator.
	// Zero means Base/4.
	Wait time.Duration
	// Deadline is when the instance gives up (the duty is worthless
	// after it).
	Deadline time.Time
}

// maxView bounds view arithmetic; no realistic schedule gets near it.
const maxView View = 1 << 20

// wait returns the effective grace step.
func (s Schedule) wait() time.Duration {
	if s.Wait > 0 {
		return s.Wait
	}
	return s.Base / 4
}

// offset returns Base*(v-1)*v/2, saturating at math.MaxInt64.
func (s Schedule) offset(v View) time.Duration {
	if v <= 1 || s.Base <= 0 {
		return 0
	}
	tri := uint64(v-1) * uint64(v) / 2
	if tri > uint64(math.MaxInt64/int64(s.Base)) {
		return math.MaxInt64
	}
	return time.Duration(tri) * s.Base
}

// ViewStart returns when view v begins. ViewStart(1) == Start.
func (s Schedule) ViewStart(v View) time.Time { return s.Start.Add(s.offset(v)) }

// ViewEnd returns when view v ends (= ViewStart(v+1)).
func (s Schedule) ViewEnd(v View) time.Time { return s.ViewStart(v + 1) }

// ViewAt returns the view in progress at t: 0 before Start, else the v
// with ViewStart(v) <= t < ViewEnd(v).
func (s Schedule) ViewAt(t time.Time) View {
	if t.Before(s.Start) || s.Base <= 0 {
		return 0
	}
	x := float64(t.Sub(s.Start)) / float64(s.Base)
	// v(v-1)/2 <= x < v(v+1)/2  =>  v ~ (1 + sqrt(1+8x)) / 2.
	v := View(math.Min(float64(maxView), math.Floor((1+math.Sqrt(1+8*x))/2)))
	if v < 1 {
		v = 1
	}
	for v > 1 && t.Before(s.ViewStart(v)) {
		v--
	}
	for v < maxView && !t.Before(s.ViewEnd(v)) {
		v++
	}
	return v
}

// Grace returns when the leader of view v stops waiting for more new-view
// messages (see Wait). For view 1 it is Start: nobody can be locked yet.
func (s Schedule) Grace(v View) time.Time {
	if v <= 1 {
		return s.Start
	}
	return s.ViewStart(v).Add(s.wait() * time.Duration(v-1))
}

// Leader returns the operator index (0-based) that leads view v of the
// instance k among n operators: (sha256(domain || key) + v - 1) mod n.
// The hash makes the first leader uniform and unpredictable across slots
// and duties, so a crashed operator leads 1/n of the first views; the
// rotation by view makes the next view skip it, and guarantees that any
// f+1 consecutive views include one led by a correct operator.
func Leader(k Key, v View, n int) int {
	if n <= 0 {
		return 0
	}
	b := make([]byte, 0, len(domain)+6+keySize)
	b = append(b, domain+"leader"...)
	b = appendKey(b, k)
	h := sha256.Sum256(b)
	first := binary.BigEndian.Uint64(h[:8]) % uint64(n)
	return int((first + uint64(v) + uint64(n) - 1) % uint64(n))
}
