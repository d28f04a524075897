package cli

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/keystake/keystake/beaconsim"
	"github.com/keystake/keystake/devnet"
	"github.com/keystake/keystake/node"
)

// TestChaos runs four operator processes against the simulator under
// random faults: operators killed with SIGKILL at random moments and
// restarted on their data dirs, cut off from the others, with every
// message they exchange delayed by up to 2 s, or turned Byzantine
// (devnet.Byzantine: equivocating, sending garbage partials, replaying);
// 2–2 partitions; the beacon node slow and failing some calls; and
// sometimes two operators faulty at once (more than the cluster
// tolerates). Whatever happens, nothing slashable may reach the chain;
// while fewer than the threshold of operators can reach each other,
// nothing signed may reach it at all; and in every epoch during which at
// most one operator was ever faulty, at least 99% of the duties must be
// done. The schedule is drawn from a seed printed in the log
// (KEYSTAKE_CHAOS_SEED replays one) and always starts with a 2–2
// partition of one epoch. KEYSTAKE_CHAOS_EPOCHS sets the length (6
// epochs; 30 with KEYSTAKE_LONG=1).
func TestChaos(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a network of processes for several epochs")
	}
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

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	nw, err := devnet.Build(ctx, devnet.Options{Dir: filepath.Join(t.TempDir(), "devnet"), Validators: 6, SlotDuration: chaosSlot, SlotsPerEpoch: 4, Links: true})
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
	t.Setenv("KEYSTAKE_TEST_AS_CLI", "1")
	t.Setenv("KEYSTAKE_TEST_BYZANTINE", nw.SlotDuration.String())
	procs, err := devnet.StartProcesses(nw, exe)
	if err != nil {
		t.Fatal(err)
	}
	defer procs.Stop(5 * time.Second)

	c := newChaos(t, nw, procs, seed)
	first := c.epochAt(time.Now()) + 2 // the nodes have started by then
	last := first + epochs - 1
	c.run(first, last)

	var all, ok chaosTally
	for e := first; e <= last; e++ {
		st := waitFinal(t, nw.Sim, e)
		if st.Slashable != 0 || st.ProposerSlashings != 0 {
			t.Fatalf("epoch %d: %d slashable attestations, %d proposer slashings", e, st.Slashable, st.ProposerSlashings)
		}
		tolerated := !c.intolerable[e]
		t.Logf("epoch %d: %d/%d attestations, %d/%d blocks (missed %v), %d/%d aggregates, %d/%d sync messages, %d contributions (at most one operator faulty: %v)",
			e, st.Included, st.Duties, st.ProposalsPublished, st.ProposalsDue, st.MissedProposals, st.AggregatesAccepted, st.AggregatesDue,
			st.SyncMessagesAccepted, st.SyncMessagesDue, st.ContributionsAccepted, tolerated)
		all.add(st)
		if tolerated {
			ok.add(st)
			if st.Included < st.Duties || st.ProposalsPublished < st.ProposalsDue || st.AggregatesAccepted < st.AggregatesDue || st.SyncMessagesAccepted < st.SyncMessagesDue {
				c.explain(e)
			}
		}
	}
	if s := nw.Sim.Slashings(); len(s) != 0 {
		t.Fatalf("slashings: %+v", s)
	}
	t.Logf("faults injected: %v", c.injected)
	t.Logf("all %d epochs: %s", epochs, all)
	t.Logf("%d epochs with at most one operator faulty: %s", ok.epochs, ok)
	c.checkBlackouts()
	if c.injected["Byzantine"] > 0 {
		t.Logf("invalid partials counted by each operator since its last start: %v", c.invalidPartials())
	}
	// A cluster that tolerates one faulty operator must do nearly every
	// duty while at most one is faulty, beacon node errors and all.
	if ok.done()*100 < ok.due()*chaosMinPercent {
		t.Fatalf("%.1f%% of the duties done with at most one operator faulty, want %d%%", pct(ok.done(), ok.due()), chaosMinPercent)
	}
}

// chaosSlot is the chaos test's slot duration, and chaosMinPercent the
// share of duties that must be done in epochs with at most one operator
// faulty.
const (
	chaosSlot       = 2 * time.Second
	chaosMinPercent = 99
)

// chaos is the state of a chaos run's fault schedule.
type chaos struct {
	t     *testing.T
	nw    *devnet.Network
	procs *devnet.Procs
	rng   *rand.Rand

	killed     []bool      // by the schedule (a process that exits by itself is a failure)
	byzantine  []bool      // turned Byzantine (SIGUSR1)
	split      bool        // a 2–2 partition is on
	recovering []time.Time // healthy again, but counted faulty until then

	// intolerable are the epochs during which more than one operator
	// was faulty at some point.
	intolerable map[uint64]bool
	// blackouts are the periods during which fewer than the threshold of
	// operators could reach each other; blackout is when the
	// current one began (zero: none).
	blackouts [][2]time.Time
	blackout  time.Time
	injected  map[string]int
}

func newChaos(t *testing.T, nw *devnet.Network, procs *devnet.Procs, seed uint64) *chaos {
	n := len(nw.Configs)
	return &chaos{
		t: t, nw: nw, procs: procs, rng: rand.New(rand.NewPCG(seed, 1)),
		killed: make([]bool, n), byzantine: make([]bool, n), recovering: make([]time.Time, n),
		intolerable: map[uint64]bool{}, injected: map[string]int{},
	}
}

func (c *chaos) epochAt(tm time.Time) uint64 {
	return uint64(tm.Sub(c.nw.Sim.GenesisTime())/c.nw.SlotDuration) / c.nw.SlotsPerEpoch
}

func (c *chaos) epochStart(e uint64) time.Time {
	return c.nw.Sim.GenesisTime().Add(time.Duration(e*c.nw.SlotsPerEpoch) * c.nw.SlotDuration)
}

func (c *chaos) logf(format string, args ...any) {
	c.t.Logf("%s: "+format, append([]any{time.Since(c.nw.Sim.GenesisTime()).Round(10 * time.Millisecond)}, args...)...)
}

// run carries out the schedule from the start of epoch first to the end
// of epoch last, then heals everything.
func (c *chaos) run(first, last uint64) {
	// Faults start once every node has signed for every validator.
	time.Sleep(time.Until(c.epochStart(first)))
	n := len(c.nw.Configs)
	end := c.epochStart(last + 1)
	i := c.rng.IntN(n)
	c.partition(i, (i+1+c.rng.IntN(n-1))%n)
	splitEnd := time.Now().Add(time.Duration(c.nw.SlotsPerEpoch) * c.nw.SlotDuration)
	for time.Now().Before(end) {
		time.Sleep(time.Duration(c.rng.Int64N(int64(2 * c.nw.SlotDuration))))
		i := c.rng.IntN(n)
		switch {
		case c.split:
			if time.Now().After(splitEnd) {
				c.heal(i)
			}
		case !c.faulty(i) && (c.faults() == 0 || c.rng.IntN(16) == 0):
			if c.faults() == 0 && c.rng.IntN(24) == 0 {
				c.partition(i, (i+1+c.rng.IntN(n-1))%n)
				splitEnd = time.Now().Add(time.Duration(1+c.rng.IntN(int(2*c.nw.SlotsPerEpoch))) * c.nw.SlotDuration)
			} else {
				c.inject(i)
			}
		case c.faulty(i) && c.recovering[i].IsZero() && c.rng.IntN(2) == 0:
			c.heal(i)
		}
		c.tick()
	}
	if c.split {
		c.heal(0)
	}
	for i := range n {
		if c.down(i) || c.byzantine[i] || c.nw.Links.Faulty(i) {
			c.heal(i)
		}
	}
	c.tick()
}

// inject makes operator i faulty in one of the ways a node fails.
func (c *chaos) inject(i int) {
	var kind string
	switch c.rng.IntN(5) {
	case 0, 1:
		if err := c.procs.Kill(i); err != nil {
			c.t.Fatal(err)
		}
		c.killed[i] = true
		kind = "killed"
	case 2:
		c.nw.Links.Isolate(i, true)
		kind = "cut off"
	case 3:
		d := time.Duration(100+c.rng.IntN(1900)) * time.Millisecond
		c.nw.Links.SetDelay(i, d)
		kind = "delayed"
		c.logf("operator %d's messages delayed by %v", i+1, d)
	case 4:
		if err := c.procs.Signal(i, syscall.SIGUSR1); err != nil {
			c.t.Fatal(err)
		}
		c.byzantine[i] = true
		kind = "Byzantine"
	}
	c.injected[kind]++
	if kind != "delayed" {
		c.logf("operator %d %s", i+1, kind)
	}
}

// partition splits the operators into {a, b} and the others.
func (c *chaos) partition(a, b int) {
	c.nw.Links.Partition(a, b)
	c.split = true
	c.injected["2–2 partition"]++
	c.logf("operators %d and %d partitioned from the others", a+1, b+1)
	c.tick()
}

// heal makes operator i (or, during a partition, every link) healthy
// again; it counts as faulty two slots longer, while a restarted process
// loads its keys, reconnects and learns its duties, and its peers redial
// with back-off.
func (c *chaos) heal(i int) {
	grace := time.Now().Add(2 * c.nw.SlotDuration)
	if c.split {
		c.nw.Links.Partition()
		c.split = false
		for j := range c.recovering {
			c.recovering[j] = grace
		}
		c.logf("partition healed")
		return
	}
	if !c.procs.Running(i) {
		if err := c.procs.Start(i); err != nil {
			c.t.Fatal(err)
		}
		c.killed[i] = false
	}
	if c.byzantine[i] {
		if err := c.procs.Signal(i, syscall.SIGUSR2); err != nil {
			c.t.Fatal(err)
		}
		c.byzantine[i] = false
	}
	c.nw.Links.Isolate(i, false)
	c.nw.Links.SetDelay(i, 0)
	c.recovering[i] = grace
	c.logf("operator %d healthy again", i+1)
}

// down reports whether operator i cannot add its share to a signature:
// stopped or cut off. A Byzantine operator still can: it sends garbage
// partials, but combines the others' valid ones with its own.
func (c *chaos) down(i int) bool {
	return !c.procs.Running(i) || c.nw.Links.Cut(i)
}

func (c *chaos) faulty(i int) bool {
	return c.split || c.down(i) || c.byzantine[i] || c.nw.Links.Faulty(i) || time.Now().Before(c.recovering[i])
}

func (c *chaos) faults() int {
	n := 0
	for i := range c.nw.Configs {
		if c.faulty(i) {
			n++
		}
	}
	return n
}

// tick notes what the current faults mean: processes that died by
// themselves, recoveries over, epochs with more than one operator
// faulty, and blackouts begun or ended.
func (c *chaos) tick() {
	now := time.Now()
	up := 0
	for i := range c.nw.Configs {
		if !c.procs.Running(i) && !c.killed[i] {
			c.t.Fatalf("operator %d exited by itself", i+1)
		}
		if !c.recovering[i].IsZero() && now.After(c.recovering[i]) {
			c.recovering[i] = time.Time{}
		}
		if !c.down(i) {
			up++
		}
	}
	if c.faults() > 1 {
		c.intolerable[c.epochAt(now)] = true
	}
	switch dark := c.split || up < c.nw.Threshold; {
	case dark && c.blackout.IsZero():
		c.blackout = now
	case !dark && !c.blackout.IsZero():
		c.blackouts = append(c.blackouts, [2]time.Time{c.blackout, now})
		c.blackout = time.Time{}
	}
}

// checkBlackouts fails the test if the beacon node accepted anything
// signed during a blackout, a slot after it began (what the operators had
// signed together before may still arrive in the first slot).
func (c *chaos) checkBlackouts() {
	var total time.Duration
	for _, b := range c.blackouts {
		from := b[0].Add(c.nw.SlotDuration)
		if !from.Before(b[1]) {
			continue
		}
		total += b[1].Sub(from)
		if s := c.nw.Observer.Signed(from, b[1]); len(s) != 0 {
			c.t.Errorf("%d signed messages accepted during the blackout from %v to %v, first %s at %v", len(s),
				b[0].Sub(c.nw.Sim.GenesisTime()), b[1].Sub(c.nw.Sim.GenesisTime()), s[0].Path, s[0].Arrived.Sub(c.nw.Sim.GenesisTime()))
		}
	}
	if total == 0 {
		c.t.Fatal("no blackout long enough to check")
	}
	c.t.Logf("%d blackouts (fewer than %d operators able to reach each other), %v in all after their first slot: nothing signed accepted",
		len(c.blackouts), c.nw.Threshold, total.Round(time.Second))
}

// invalidPartials reads each operator's keystake_partials_invalid_total,
// summed over the senders.
func (c *chaos) invalidPartials() []float64 {
	out := make([]float64, len(c.nw.Configs))
	for i, addr := range c.nw.MetricsAddrs {
		resp, err := http.Get("http://" + addr + "/metrics")
		if err != nil {
			continue
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		for _, line := range strings.Split(string(body), "\n") {
			if strings.HasPrefix(line, "keystake_partials_invalid_total{") {
				f := strings.Fields(line)
				v, _ := strconv.ParseFloat(f[len(f)-1], 64)
				out[i] += v
			}
		}
	}
	return out
}

// explain logs the operators' warnings and errors from a slot before
// epoch e to its end, each message once with its first line and count:
// why duties were missed in an epoch with at most one operator faulty.
func (c *chaos) explain(e uint64) {
	from, to := c.epochStart(e).Add(-c.nw.SlotDuration), c.epochStart(e+1)
	for i := range c.nw.Configs {
		log, _ := os.ReadFile(filepath.Join(filepath.Dir(c.nw.Configs[i]), "node.log"))
		var order []string
		first, count := map[string]string{}, map[string]int{}
		for _, line := range strings.Split(string(log), "\n") {
			if !strings.Contains(line, " level=WARN ") && !strings.Contains(line, " level=ERROR ") {
				continue
			}
			ts, _, _ := strings.Cut(strings.TrimPrefix(line, "time="), " ")
			at, err := time.Parse(time.RFC3339Nano, ts)
			if err != nil || at.Before(from) || at.After(to) {
				continue
			}
			msg := logMessage(line)
			if count[msg] == 0 {
				order = append(order, msg)
				first[msg] = line
			}
			count[msg]++
		}
		for _, msg := range order {
			c.t.Logf("epoch %d, operator %d (%d×): %s", e, i+1, count[msg], first[msg])
		}
	}
}

// logMessage returns the msg field of a text log line.
func logMessage(line string) string {
	_, rest, _ := strings.Cut(line, " msg=")
	if q, err := strconv.QuotedPrefix(rest); err == nil {
		return q
	}
	msg, _, _ := strings.Cut(rest, " ")
	return msg
}

// chaosTally adds up the simulator's verdicts over epochs.
type chaosTally struct {
	epochs, attestations, included, blocksDue, blocks                  int
	aggregatesDue, aggregates, syncDue, sync, contributions, slashable int
	missed                                                             map[string]int // proposals, by reason
}

func (c *chaosTally) add(st beaconsim.EpochStats) {
	c.epochs++
	c.attestations += st.Duties
	c.included += st.Included
	c.blocksDue += st.ProposalsDue
	c.blocks += st.ProposalsPublished
	c.aggregatesDue += st.AggregatesDue
	c.aggregates += st.AggregatesAccepted
	c.syncDue += st.SyncMessagesDue
	c.sync += st.SyncMessagesAccepted
	c.contributions += st.ContributionsAccepted
	c.slashable += st.Slashable + st.ProposerSlashings
	if c.missed == nil {
		c.missed = make(map[string]int)
	}
	for _, reason := range st.MissedProposals {
		c.missed[reason]++
	}
}

// due and done count the duties of every kind with a count due.
func (c chaosTally) due() int  { return c.attestations + c.blocksDue + c.aggregatesDue + c.syncDue }
func (c chaosTally) done() int { return c.included + c.blocks + c.aggregates + c.sync }

func (c chaosTally) String() string {
	return fmt.Sprintf("duties %d/%d done (%.1f%%): attestations %d/%d included (%.1f%%), blocks %d/%d (%.1f%%), aggregates %d/%d (%.1f%%), sync messages %d/%d (%.1f%%), %d contributions; proposals missed by reason %v; slashable %d",
		c.done(), c.due(), pct(c.done(), c.due()),
		c.included, c.attestations, pct(c.included, c.attestations), c.blocks, c.blocksDue, pct(c.blocks, c.blocksDue),
		c.aggregates, c.aggregatesDue, pct(c.aggregates, c.aggregatesDue), c.sync, c.syncDue, pct(c.sync, c.syncDue),
		c.contributions, c.missed, c.slashable)
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

// byzantineNode runs operator nodes that turn Byzantine on SIGUSR1 and
// honest again on SIGUSR2 (devnet.Byzantine), replaying a slot later.
func byzantineNode(slot time.Duration) func(context.Context, *node.Config, *slog.Logger) error {
	return func(ctx context.Context, cfg *node.Config, log *slog.Logger) error {
		b, err := devnet.NewByzantine(cfg, slot)
		if err != nil {
			return err
		}
		defer b.Close()
		sig := make(chan os.Signal, 1)
		signal.Notify(sig, syscall.SIGUSR1, syscall.SIGUSR2)
		defer signal.Stop(sig)
		go func() {
			for {
				select {
				case s := <-sig:
					b.Active.Store(s == syscall.SIGUSR1)
					log.Warn("Byzantine", "active", b.Active.Load())
				case <-ctx.Done():
					return
				}
			}
		}()
		return node.RunTampered(ctx, cfg, log, b.Tamper)
	}
}
