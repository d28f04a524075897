package devnet

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/keystake/keystake/cluster"
	"github.com/keystake/keystake/duty"
	"github.com/keystake/keystake/hotstuff"
)

// BenchmarkProposalLatency measures block proposals from the slot start to
// the block's import by the simulator: four in-process operators, one
// validator proposing in every slot. One op is one proposal, so run it with
// -benchtime Nx. Slots last KEYSTAKE_BENCH_SLOT (default 12s, as on
// mainnet: the consensus timeouts scale with the slot).
//
//   - leader-up: every operator runs.
//   - first-leader-down: operator 1 is stopped and only the slots whose
//     first consensus view it leads count (about one in four), so the
//     cluster must time out and move to the next leader.
func BenchmarkProposalLatency(b *testing.B) {
	slot := 12 * time.Second
	if d, err := time.ParseDuration(os.Getenv("KEYSTAKE_BENCH_SLOT")); err == nil {
		slot = d
	}
	b.Run("leader-up", func(b *testing.B) { benchProposals(b, slot, false) })
	b.Run("first-leader-down", func(b *testing.B) { benchProposals(b, slot, true) })
}

func benchProposals(b *testing.B, slot time.Duration, leaderDown bool) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	nw, err := Build(ctx, Options{Dir: filepath.Join(b.TempDir(), "devnet"), Validators: 8, SlotDuration: slot, SlotsPerEpoch: 8})
	if err != nil {
		b.Fatal(err)
	}
	defer nw.Close()
	def, err := cluster.Load(filepath.Join(nw.Dir, "cluster", "cluster.json"))
	if err != nil {
		b.Fatal(err)
	}
	ops := &operators{nw: nw, cancels: map[int]context.CancelFunc{}}
	for i := range nw.Configs {
		if !(leaderDown && i == 0) {
			ops.start(b, i)
		}
	}
	defer ops.stopAll()
	if leaderDown {
		waitReady(b, nw, 0)
	} else {
		waitReady(b, nw)
	}

	// Count from the first slot that starts after the nodes are ready.
	next := uint64(time.Since(nw.Sim.GenesisTime())/slot) + 2
	var delays []time.Duration
	missed := 0
	b.ResetTimer()
	for s := next; len(delays) < b.N; s++ {
		key := hotstuff.Key{Cluster: [32]byte(def.Hash), Slot: s, Duty: duty.DutyProposer}
		if leaderDown && hotstuff.Leader(key, 1, len(nw.Configs)) != 0 {
			continue
		}
		// The simulator has judged slot s once slot s+1 has begun.
		time.Sleep(time.Until(nw.Sim.GenesisTime().Add(time.Duration(s+1)*slot + slot/4)))
		rec, ok := nw.Sim.Proposal(s)
		if !ok || !rec.Due {
			b.Fatalf("slot %d: no proposal duty recorded", s)
		}
		if !rec.Published {
			missed++
			delays = append(delays, slot) // a miss counts as the whole slot
			continue
		}
		delays = append(delays, rec.Delay)
	}
	b.StopTimer()
	b.ReportMetric(float64(percentile(delays, 50).Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(percentile(delays, 99).Microseconds())/1000, "p99-ms")
	b.ReportMetric(float64(missed), "missed")
}
