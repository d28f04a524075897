package hotstuff_test

import (
	"strings"
	"testing"

	"github.com/keystake/keystake/hotstuff"
	"github.com/keystake/keystake/hotstuff/sim"
)

// lockScenario is a run where the leader of view 2 ignores locks (Amnesia)
// and the network is lossy before GST, so a value can be decided by one
// honest node while the others are only locked on it.
func lockScenario(seed uint64) sim.Options {
	const n = 4
	o := sim.Random(n, seed)
	key := hotstuff.Key{Slot: seed, Duty: 1}
	copy(key.Cluster[:], "keystake-sim")
	o.Faults = map[int]sim.Behavior{hotstuff.Leader(key, 2, n): sim.Amnesia}
	o.Crashes = nil
	return o
}

// TestMutationSkipLockBreaksAgreement shows the simulator catches a broken
// locking rule: with the lock check disabled, some seed makes two honest
// nodes decide different values; with it enabled, the same seeds are safe.
func TestMutationSkipLockBreaksAgreement(t *testing.T) {
	for seed := uint64(0); seed < 3000; seed++ {
		o := lockScenario(seed)
		if r := sim.Run(o); !r.OK() {
			t.Fatalf("seed %d: correct instance violated properties: %v", seed, r.Violations)
		}
		o.Tweak = func(_ int, in *hotstuff.Instance[[]byte]) { hotstuff.SkipLockCheck(in) }
		r := sim.Run(o)
		for _, v := range r.Violations {
			if strings.HasPrefix(v, "agreement") {
				t.Logf("seed %d: mutation caught: %s", seed, v)
				return
			}
		}
	}
	t.Fatal("no seed exposed the broken locking rule")
}
