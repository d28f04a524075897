package sim

import (
	"fmt"
	"testing"
	"time"
)

// BenchmarkDecision measures how many instances per second one core decides
// when it simulates all n operators of the happy path with real ed25519
// signatures and the wire codec: every signature made and verified, every
// message encoded and decoded. node-decisions/s multiplies by n: the rate
// one operator's core could sustain for its own share of the work.
func BenchmarkDecision(b *testing.B) {
	for _, n := range []int{4, 7, 10, 13} {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			delta := 10 * time.Millisecond
			msgs := 0
			for i := 0; i < b.N; i++ {
				r := Run(Options{N: n, Seed: uint64(i), Ed25519: true, Wire: true,
					Net: Network{MinDelay: delta, MaxDelay: delta}})
				if len(r.Decisions) != n {
					b.Fatal("not decided")
				}
				msgs += r.Messages
			}
			sec := b.Elapsed().Seconds()
			b.ReportMetric(float64(b.N)/sec, "decisions/s")
			b.ReportMetric(float64(b.N*n)/sec, "node-decisions/s")
			b.ReportMetric(float64(msgs)/float64(b.N), "msgs/decision")
		})
	}
}

// BenchmarkLatency reports decision latency in one-way message delays
// (fixed delay, no loss): the happy path, and view 1's leader offline
// (latency after view 1's 1 s timeout).
func BenchmarkLatency(b *testing.B) {
	delta := 10 * time.Millisecond
	for _, n := range []int{4, 7, 10, 13} {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			var happy, crashed time.Duration
			for i := 0; i < b.N; i++ {
				seed := uint64(i)
				happy = Run(Options{N: n, Seed: seed, Net: Network{MinDelay: delta, MaxDelay: delta}}).Last
				for Leader1(n, seed) == leaderOf(n, seed, 2) {
					seed++
				}
				crashed = Run(Options{N: n, Seed: seed, Faults: map[int]Behavior{Leader1(n, seed): Offline},
					Net: Network{MinDelay: delta, MaxDelay: delta}}).Last
			}
			b.ReportMetric(float64(happy)/float64(delta), "happy-delays")
			b.ReportMetric(float64(crashed-time.Second)/float64(delta), "crashed-leader-delays-after-timeout")
		})
	}
}
