package sim

import (
	"fmt"
	"testing"
	"time"
)

// byzantineOptions makes f operators of the cluster faulty with behaviour
// b, starting with the leaders of views 1 and 2, on Random's network.
func byzantineOptions(n int, seed uint64, b Behavior) Options {
	o := Random(n, seed)
	o.Faults = map[int]Behavior{}
	f := (n - 1) / 3
	for _, id := range []int{Leader1(n, seed), leaderOf(n, seed, 2)} {
		if len(o.Faults) < f {
			o.Faults[id] = b
		}
	}
	for id := 0; len(o.Faults) < f; id++ {
		if _, ok := o.Faults[id]; !ok {
			o.Faults[id] = b
		}
	}
	for _, c := range o.Crashes { // keep the crash-restart only if it hits an honest node
		if _, bad := o.Faults[c.Node]; bad {
			o.Crashes = nil
		}
	}
	return o
}

// TestByzantine runs every faulty behaviour with f faulty operators that
// lead the first views, over many seeds and all cluster sizes.
func TestByzantine(t *testing.T) {
	seeds := map[int]uint64{4: 600, 7: 200, 10: 80, 13: 50}
	if long() {
		seeds = map[int]uint64{4: 10000, 7: 4000, 10: 2000, 13: 1200}
	}
	for _, b := range []Behavior{Offline, Equivocate, Amnesia, Garbage, Twins, Withhold} {
		for _, n := range []int{4, 7, 10, 13} {
			t.Run(fmt.Sprintf("%s/%d", b, n), func(t *testing.T) {
				checked := 0
				for seed := uint64(0); seed < seeds[n]; seed++ {
					o := byzantineOptions(n, seed, b)
					r := Run(o)
					if !r.OK() {
						t.Fatalf("seed %d faults %v: %v", seed, o.Faults, r.Violations)
					}
					if r.TerminationChecked {
						checked++
					}
				}
				if checked == 0 {
					t.Errorf("termination never checked")
				}
			})
		}
	}
}

// TestTooManyFaultsStaysSafe: with more than f operators offline nothing can
// be decided, and nothing wrong must be.
func TestTooManyFaultsStaysSafe(t *testing.T) {
	for seed := uint64(0); seed < 50; seed++ {
		o := Random(4, seed)
		o.Faults = map[int]Behavior{0: Offline, 1: Offline}
		o.Crashes = nil
		r := Run(o)
		if !r.OK() || r.TerminationChecked || len(r.Decisions) != 0 {
			t.Fatalf("seed %d: %v checked=%v decisions=%d", seed, r.Violations, r.TerminationChecked, len(r.Decisions))
		}
	}
}

// TestCrashRestart crashes honest operators at many points of the first
// views and restarts them from their persisted state: never a second,
// different vote, and everyone decides.
func TestCrashRestart(t *testing.T) {
	for seed := uint64(0); seed < 200; seed++ {
		n := 4 + 3*int(seed%4)
		o := Random(n, seed)
		o.Faults = nil
		o.Views = 10
		o.Net.GST = 4 * time.Second
		var crashes []CrashSpec
		for node := 0; node < n; node += 2 {
			at := ms(int64(seed*37+uint64(node)*101) % 3000)
			crashes = append(crashes, CrashSpec{Node: node, At: at, Restart: at + ms(int64(seed*13)%900+1)})
		}
		o.Crashes = crashes
		r := Run(o)
		if !r.OK() || !r.TerminationChecked {
			t.Fatalf("seed %d: %v (checked %v)", seed, r.Violations, r.TerminationChecked)
		}
	}
}

// TestRejectionsCovered checks that the Byzantine behaviours actually
// exercise every validation path they aim at.
func TestRejectionsCovered(t *testing.T) {
	total := map[string]int{}
	for _, b := range []Behavior{Equivocate, Amnesia, Garbage, Twins} {
		for seed := uint64(0); seed < 150; seed++ {
			o := byzantineOptions(4, seed, b)
			o.Wire = true
			for k, v := range Run(o).Rejected {
				total[k] += v
			}
		}
	}
	t.Logf("rejections: %v", total)
	for _, want := range []string{"undecodable", "wrong instance key", "unknown sender", "bad signature",
		"bad certificate", "view too far ahead", "per-peer buffer full", "proposal from non-leader",
		"equivocation", "duplicate", "proposal conflicts with lock", "stale view"} {
		if total[want] == 0 {
			t.Errorf("no message rejected for %q", want)
		}
	}
}
