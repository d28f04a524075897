package cli

import (
	"context"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/keystake/keystake/beaconsim"
	"github.com/keystake/keystake/devnet"
)

// TestChaos runs four operator processes against the simulator while
// killing them with SIGKILL at random moments and restarting them on their
// data dirs, with the beacon node slow and failing some calls, and
// sometimes two operators down at once (more than the cluster tolerates).
// Whatever happens, nothing slashable may reach the chain; and in every
// epoch during which at most one operator was ever down, most duties must
// be included. The schedule is drawn from a seed printed in the log
// (KEYSTAKE_CHAOS_SEED replays one). KEYSTAKE_LONG=1 runs 30 epochs instead
// of 6.
func TestChaos(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a network of processes for several epochs")
	}
	t.Setenv("KEYSTAKE_TEST_AS_CLI", "1")
	epochs := uint64(6)
	if os.Getenv("KEYSTAKE_LONG") == "1" {
		epochs = 30
	}
	seed := uint64(time.Now().UnixNano())
	if s, err := strconv.ParseUint(os.Getenv("KEYSTAKE_CHAOS_SEED"), 10, 64); err == nil {
		seed = s
	}
	t.Logf("seed %d (KEYSTAKE_CHAOS_SEED=%d replays this schedule)", seed, seed)
	rng := rand.New(rand.NewPCG(seed, 1))

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	nw, err := devnet.Build(ctx, devnet.Options{Dir: filepath.Join(t.TempDir(), "devnet"), Validators: 6, SlotDuration: 2 * time.Second, SlotsPerEpoch: 4})
	if err != nil {
		t.Fatal(err)
	}
	defer nw.Close()
	// A struggling beacon node: slow answers and some errors, but never
	// on every call.
	nw.Sim.SetFaults(
		beaconsim.Fault{Probability: 0.1, Delay: 300 * time.Millisecond},
		beaconsim.Fault{Route: beaconsim.RouteAttestationData, Probability: 0.05, Status: 503},
	)
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	procs, err := devnet.StartProcesses(nw, exe)
	if err != nil {
		t.Fatal(err)
	}
	defer procs.Stop(5 * time.Second)

	slot := nw.SlotDuration
	spe := nw.SlotsPerEpoch
	start := nw.Sim.GenesisTime()
	epochAt := func(tm time.Time) uint64 { return uint64(tm.Sub(start)/slot) / spe }
	first := epochAt(time.Now()) + 2 // the nodes have started by then
	last := first + epochs - 1
	tolerated := make(map[uint64]bool) // epochs with at most one operator down throughout
	for e := first; e <= last; e++ {
		tolerated[e] = true
	}
	down := func() int {
		n := 0
		for i := range nw.Configs {
			if !procs.Running(i) {
				n++
			}
		}
		return n
	}
	// Faults start once every node has signed for every validator.
	time.Sleep(time.Until(start.Add(time.Duration(first*spe) * slot)))
	end := start.Add(time.Duration((last+1)*spe) * slot)
	for time.Now().Before(end) {
		time.Sleep(time.Duration(rng.Int64N(int64(slot))))
		i := rng.IntN(len(nw.Configs))
		switch {
		case procs.Running(i) && (down() == 0 || rng.IntN(8) == 0):
			if err := procs.Kill(i); err != nil {
				t.Fatal(err)
			}
			t.Logf("%s: operator %d killed", time.Since(start).Round(10*time.Millisecond), i+1)
		case !procs.Running(i) && rng.IntN(3) == 0:
			if err := procs.Start(i); err != nil {
				t.Fatal(err)
			}
			t.Logf("%s: operator %d restarted", time.Since(start).Round(10*time.Millisecond), i+1)
		}
		if down() > 1 {
			tolerated[epochAt(time.Now())] = false
		}
	}
	for i := range nw.Configs {
		if !procs.Running(i) {
			if err := procs.Start(i); err != nil {
				t.Fatal(err)
			}
		}
	}

	var duties, included, due, proposed int
	for e := first; e <= last; e++ {
		st := waitFinal(t, nw.Sim, e)
		if st.Slashable != 0 || st.ProposerSlashings != 0 {
			t.Fatalf("epoch %d: %d slashable attestations, %d proposer slashings", e, st.Slashable, st.ProposerSlashings)
		}
		t.Logf("epoch %d: %d/%d attestations included, %d/%d blocks proposed, missed %v (at most one operator down: %v)",
			e, st.Included, st.Duties, st.ProposalsPublished, st.ProposalsDue, st.MissedProposals, tolerated[e])
		if tolerated[e] {
			duties, included = duties+st.Duties, included+st.Included
			due, proposed = due+st.ProposalsDue, proposed+st.ProposalsPublished
		}
	}
	for i := range nw.Configs {
		log, _ := os.ReadFile(filepath.Join(filepath.Dir(nw.Configs[i]), "node.log"))
		for _, line := range strings.Split(string(log), "\n") {
			if strings.Contains(line, "proposal failed") || strings.Contains(line, "refused") {
				t.Logf("operator %d: %s", i+1, line)
			}
		}
	}
	if s := nw.Sim.Slashings(); len(s) != 0 {
		t.Fatalf("slashings: %+v", s)
	}
	// Beacon node errors and kills mid-duty can cost a duty; a cluster
	// that tolerates one operator down must still do nearly all of them.
	if (duties > 0 && included*10 < duties*9) || (due > 0 && proposed*10 < due*8) {
		for i := range nw.Configs {
			if log, err := os.ReadFile(filepath.Join(filepath.Dir(nw.Configs[i]), "node.log")); err == nil {
				t.Logf("operator %d log:\n%s", i+1, tail(log, 40))
			}
		}
		t.Fatalf("in epochs with at most one operator down, only %d of %d attestations included and %d of %d blocks proposed", included, duties, proposed, due)
	}
}

// tail returns the last n lines of b.
func tail(b []byte, n int) []byte {
	for i := len(b) - 2; i >= 0; i-- {
		if b[i] == '\n' {
			if n--; n == 0 {
				return b[i+1:]
			}
		}
	}
	return b
}

func waitFinal(t *testing.T, sim *beaconsim.Sim, epoch uint64) beaconsim.EpochStats {
	t.Helper()
	deadline := time.Now().Add(time.Duration(epoch+3) * time.Duration(sim.SlotsPerEpoch()) * sim.SlotDuration())
	for time.Now().Before(deadline) {
		if st := sim.EpochStats(epoch); st.Final {
			return st
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("epoch %d not final in time", epoch)
	return beaconsim.EpochStats{}
}
