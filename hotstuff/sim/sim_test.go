package sim

import (
	"fmt"
	"os"
	"reflect"
	"testing"
	"time"
)

// long reports whether the long sweeps are on (make test-long).
func long() bool { return os.Getenv("KEYSTAKE_LONG") == "1" }

func TestHappyPath(t *testing.T) {
	for _, n := range []int{4, 7, 10, 13} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			delta := 10 * time.Millisecond
			r := Run(Options{N: n, Seed: 1, Net: Network{MinDelay: delta, MaxDelay: delta}, Wire: true})
			if !r.OK() || !r.TerminationChecked {
				t.Fatalf("violations %v checked %v", r.Violations, r.TerminationChecked)
			}
			if len(r.Decisions) != n {
				t.Fatalf("%d decisions, want %d", len(r.Decisions), n)
			}
			if r.Last != 3*delta {
				t.Errorf("last decision at %v, want 3 one-way delays (%v)", r.Last, 3*delta)
			}
		})
	}
}

func TestRandomSweep(t *testing.T) {
	seeds := map[int]int{4: 3000, 7: 1200, 10: 500, 13: 300}
	if long() {
		seeds = map[int]int{4: 50000, 7: 20000, 10: 10000, 13: 6000}
	}
	for _, n := range []int{4, 7, 10, 13} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			checked := 0
			for seed := uint64(0); seed < uint64(seeds[n]); seed++ {
				o := Random(n, seed)
				r := Run(o)
				if !r.OK() {
					t.Fatalf("seed %d (%+v): %v", seed, o, r.Violations)
				}
				if r.TerminationChecked {
					checked++
				}
			}
			t.Logf("n=%d: %d seeds passed; termination owed (and met) in %d", n, seeds[n], checked)
		})
	}
}

// TestFirstLeaderCrashed: with view 1's leader offline, view 2's leader
// proposes as soon as a quorum reports no vote, so everyone decides one
// new-view delay plus three delays after view 1 ends.
func TestFirstLeaderCrashed(t *testing.T) {
	delta := 10 * time.Millisecond
	for _, n := range []int{4, 7, 10, 13} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			seed := uint64(0)
			for ; Leader1(n, seed) == leaderOf(n, seed, 2); seed++ {
			}
			o := Options{N: n, Seed: seed, Faults: map[int]Behavior{Leader1(n, seed): Offline},
				Net: Network{MinDelay: delta, MaxDelay: delta}, Wire: true}
			r := Run(o)
			if !r.OK() || !r.TerminationChecked || len(r.Decisions) != n-1 {
				t.Fatalf("violations %v checked %v decisions %d", r.Violations, r.TerminationChecked, len(r.Decisions))
			}
			if want := time.Second + 4*delta; r.Last != want {
				t.Errorf("last decision at %v, want %v", r.Last, want)
			}
		})
	}
}

func leaderOf(n int, seed uint64, v int) int {
	return int(hotstuffLeader(simKey(seed), v, n))
}

// TestDeterministic: the same options give the same run.
func TestDeterministic(t *testing.T) {
	for seed := uint64(0); seed < 30; seed++ {
		o := Random(7, seed)
		a, b := Run(o), Run(o)
		if !reflect.DeepEqual(a, b) {
			t.Fatalf("seed %d: two runs differ", seed)
		}
	}
}
