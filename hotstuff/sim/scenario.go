package sim

import (
	"math/rand/v2"
	"time"

	"github.com/keystake/keystake/hotstuff"
)

// faultyBehaviors are the behaviours Random draws from.
var faultyBehaviors = []Behavior{Offline, Equivocate, Amnesia, Garbage, Twins, Withhold}

// Random derives a randomised scenario for n operators from seed: up to f
// faulty operators with random behaviours, a random GST (sometimes 0), lossy
// and slow links before it, duplicates, clock skew, sometimes a partition
// and honest crash-restarts (before GST, or at any time). Base is 1 s, Wait 250 ms and the
// deadline the end of a view between 3 and 10 (6 s to 55 s): termination is
// owed in most runs but not all (late GST, tight deadline), and runs that
// give up at the deadline are checked for safety only.
func Random(n int, seed uint64) Options {
	rng := rand.New(rand.NewPCG(seed, uint64(n)))
	o := Options{N: n, Seed: seed, Base: time.Second, Wait: 250 * time.Millisecond, Views: 3 + rng.IntN(8),
		Faults: map[int]Behavior{}, Wire: rng.IntN(2) == 0}
	for k := rng.IntN(hotstuff.Faults(n) + 1); len(o.Faults) < k; {
		o.Faults[rng.IntN(n)] = faultyBehaviors[rng.IntN(len(faultyBehaviors))]
	}
	o.Net = Network{
		DropPreGST:     rng.Float64() * 0.6,
		MaxDelayPreGST: time.Duration(rng.Int64N(int64(2 * time.Second))),
		MinDelay:       time.Millisecond,
		MaxDelay:       5*time.Millisecond + time.Duration(rng.Int64N(int64(95*time.Millisecond))),
		Dup:            rng.Float64() * 0.2,
		MaxSkew:        time.Duration(rng.Int64N(int64(10 * time.Millisecond))),
	}
	if rng.IntN(4) != 0 {
		o.Net.GST = time.Duration(rng.Int64N(int64(8 * time.Second)))
	}
	gst := o.Net.GST
	if gst > 0 && rng.IntN(3) == 0 {
		from := time.Duration(rng.Int64N(int64(gst)))
		o.Net.Partitions = []Partition{{From: from, Until: gst, SideA: rng.Uint64() & (1<<uint(n) - 1)}}
	}
	if gst > 0 && rng.IntN(3) == 0 {
		node := rng.IntN(n)
		if o.Faults[node] == Honest {
			at := time.Duration(rng.Int64N(int64(gst)))
			o.Crashes = append(o.Crashes, CrashSpec{Node: node, At: at, Restart: at + time.Duration(rng.Int64N(int64(gst-at)+1))})
		}
	}
	if rng.IntN(4) == 0 { // a crash at any time, maybe after GST, maybe for good
		node := rng.IntN(n)
		if o.Faults[node] == Honest {
			at := time.Duration(rng.Int64N(int64(12 * time.Second)))
			o.Crashes = append(o.Crashes, CrashSpec{Node: node, At: at, Restart: at + time.Duration(rng.Int64N(int64(4*time.Second)))})
		}
	}
	return o
}

// Leader1 returns the leader of view 1 in runs with this seed and n.
func Leader1(n int, seed uint64) int {
	return hotstuff.Leader(simKey(seed), 1, n)
}

// simKey is the instance key of a run with this seed.
func simKey(seed uint64) hotstuff.Key {
	k := hotstuff.Key{Slot: seed, Duty: 1}
	copy(k.Cluster[:], "keystake-sim")
	return k
}
