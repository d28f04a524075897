package cli

import (
	"context"
	"fmt"
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

// TestChaos runs four operator processes against the simulator under
// random faults: operators killed with SIGKILL at random moments and
// restarted on their data dirs, cut off from the others, or with every
// message they exchange delayed by up to 2 s; the beacon node slow and
// failing some calls; and sometimes two operators faulty at once (more
// than the cluster tolerates). Whatever happens, nothing slashable may
// reach the chain; and in every epoch during which at most one operator
// was ever faulty, most duties must be included. The schedule is drawn
// from a seed printed in the log (KEYSTAKE_CHAOS_SEED replays one).
// KEYSTAKE_LONG=1 runs 30 epochs instead of 6.
func TestChaos(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a network of processes for several epochs")
	}
	t.Setenv("KEYSTAKE_TEST_AS_CLI", "1")
	epochs := uint64(6)
	if os.Getenv("KEYSTAKE_LONG") == "1" {
		epochs = 30
	}
	if n, err := strconv.ParseUint(os.Getenv("KEYSTAKE_CHAOS_EPOCHS"), 10, 64); err == nil && n > 0 {
		epochs = n
	}
	seed := uint64(time.Now().UnixNano())
	if s, err := strconv.ParseUint(os.Getenv("KEYSTAKE_CHAOS_SEED"), 10, 64); err == nil {
		seed = s
	}
	t.Logf("seed %d (KEYSTAKE_CHAOS_SEED=%d replays this schedule)", seed, seed)
	rng := rand.New(rand.NewPCG(seed, 1))

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	nw, err := devnet.Build(ctx, devnet.Options{Dir: filepath.Join(t.TempDir(), "devnet"), Validators: 6, SlotDuration: 2 * time.Second, SlotsPerEpoch: 4, Links: true})
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
	tolerated := make(map[uint64]bool) // epochs with at most one operator faulty throughout
	for e := first; e <= last; e++ {
		tolerated[e] = true
	}
	links := nw.Links
	// An operator counts as faulty until two slots after it is healthy
	// again: a restarted process must load its keys, reconnect and learn
	// its duties, and its peers redial with back-off.
	recovering := make([]time.Time, len(nw.Configs))
	faulty := func(i int) bool {
		return !procs.Running(i) || links.Faulty(i) || time.Now().Before(recovering[i])
	}
	faults := func() int {
		n := 0
		for i := range nw.Configs {
			if faulty(i) {
				n++
			}
		}
		return n
	}
	logf := func(format string, args ...any) {
		t.Logf("%s: "+format, append([]any{time.Since(start).Round(10 * time.Millisecond)}, args...)...)
	}
	// Faults start once every node has signed for every validator.
	time.Sleep(time.Until(start.Add(time.Duration(first*spe) * slot)))
	end := start.Add(time.Duration((last+1)*spe) * slot)
	for time.Now().Before(end) {
		time.Sleep(time.Duration(rng.Int64N(int64(2 * slot))))
		i := rng.IntN(len(nw.Configs))
		switch {
		case !faulty(i) && (faults() == 0 || rng.IntN(16) == 0):
			switch rng.IntN(4) {
			case 0, 1:
				if err := procs.Kill(i); err != nil {
					t.Fatal(err)
				}
				logf("operator %d killed", i+1)
			case 2:
				links.Isolate(i, true)
				logf("operator %d cut off", i+1)
			case 3:
				d := time.Duration(100+rng.IntN(1900)) * time.Millisecond
				links.SetDelay(i, d)
				logf("operator %d's messages delayed by %v", i+1, d)
			}
		case faulty(i) && recovering[i].IsZero() && rng.IntN(2) == 0:
			if !procs.Running(i) {
				if err := procs.Start(i); err != nil {
					t.Fatal(err)
				}
			}
			links.Isolate(i, false)
			links.SetDelay(i, 0)
			recovering[i] = time.Now().Add(2 * slot)
			logf("operator %d healthy again", i+1)
		}
		for i := range recovering {
			if !recovering[i].IsZero() && time.Now().After(recovering[i]) {
				recovering[i] = time.Time{}
			}
		}
		if faults() > 1 {
			tolerated[epochAt(time.Now())] = false
		}
	}
	for i := range nw.Configs {
		links.Isolate(i, false)
		links.SetDelay(i, 0)
		if !procs.Running(i) {
			if err := procs.Start(i); err != nil {
				t.Fatal(err)
			}
		}
	}

	var all, ok chaosTally
	for e := first; e <= last; e++ {
		st := waitFinal(t, nw.Sim, e)
		if st.Slashable != 0 || st.ProposerSlashings != 0 {
			t.Fatalf("epoch %d: %d slashable attestations, %d proposer slashings", e, st.Slashable, st.ProposerSlashings)
		}
		t.Logf("epoch %d: %d/%d attestations included, %d/%d blocks proposed, missed %v (at most one operator faulty: %v)",
			e, st.Included, st.Duties, st.ProposalsPublished, st.ProposalsDue, st.MissedProposals, tolerated[e])
		all.add(st)
		if tolerated[e] {
			ok.add(st)
		}
	}
	if s := nw.Sim.Slashings(); len(s) != 0 {
		t.Fatalf("slashings: %+v", s)
	}
	t.Logf("all %d epochs: %s", epochs, all)
	t.Logf("%d epochs with at most one operator faulty: %s", ok.epochs, ok)
	// Beacon node errors and faults mid-duty can cost a duty; a cluster
	// that tolerates one faulty operator must still do nearly all of them.
	if (ok.duties > 0 && ok.included*10 < ok.duties*9) || (ok.due > 0 && ok.proposed*10 < ok.due*8) {
		for i := range nw.Configs {
			log, _ := os.ReadFile(filepath.Join(filepath.Dir(nw.Configs[i]), "node.log"))
			for _, line := range strings.Split(string(log), "\n") {
				if strings.Contains(line, "failed") || strings.Contains(line, "refused") {
					t.Logf("operator %d: %s", i+1, line)
				}
			}
		}
		t.Fatalf("too many duties missed with at most one operator faulty")
	}
}

// chaosTally adds up the simulator's verdicts over epochs.
type chaosTally struct {
	epochs, duties, included, due, proposed, slashable int
	missed                                             map[string]int // proposals, by reason
}

func (c *chaosTally) add(st beaconsim.EpochStats) {
	c.epochs++
	c.duties += st.Duties
	c.included += st.Included
	c.due += st.ProposalsDue
	c.proposed += st.ProposalsPublished
	c.slashable += st.Slashable + st.ProposerSlashings
	if c.missed == nil {
		c.missed = make(map[string]int)
	}
	for _, reason := range st.MissedProposals {
		c.missed[reason]++
	}
}

func (c chaosTally) String() string {
	return fmt.Sprintf("attestations %d/%d included (%.1f%%), blocks %d/%d proposed (%.1f%%), proposals missed by reason %v, slashable %d",
		c.included, c.duties, pct(c.included, c.duties), c.proposed, c.due, pct(c.proposed, c.due), c.missed, c.slashable)
}

func pct(a, b int) float64 {
	if b == 0 {
		return 100
	}
	return 100 * float64(a) / float64(b)
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
