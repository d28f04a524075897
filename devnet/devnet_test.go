package devnet

import (
	"context"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/keystake/keystake/beaconsim"
	"github.com/keystake/keystake/node"
)

// operators runs the devnet's operator nodes in-process.
type operators struct {
	nw      *Network
	mu      sync.Mutex
	cancels map[int]context.CancelFunc
	wg      sync.WaitGroup
}

func (o *operators) start(t testing.TB, i int) {
	cfg, err := node.LoadConfig(o.nw.Configs[i])
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	o.mu.Lock()
	o.cancels[i] = cancel
	o.mu.Unlock()
	log := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn})).With("operator", i+1)
	o.wg.Add(1)
	go func() {
		defer o.wg.Done()
		if err := node.Run(ctx, cfg, log); err != nil {
			t.Errorf("operator %d: %v", i+1, err)
		}
	}()
}

func (o *operators) stop(i int) {
	o.mu.Lock()
	cancel := o.cancels[i]
	o.mu.Unlock()
	if cancel != nil {
		cancel()
	}
}

func (o *operators) stopAll() {
	for i := range o.nw.Configs {
		o.stop(i)
	}
	o.wg.Wait()
}

// waitEpoch waits until epoch's attestations can no longer be included.
func waitEpoch(t *testing.T, sim *beaconsim.Sim, epoch uint64) beaconsim.EpochStats {
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

// nextEpoch returns the first epoch that starts at least a slot from now:
// duties that sign a slot ahead (RANDAO reveals, selection proofs) are
// then already running for its first slot.
func nextEpoch(nw *Network) uint64 {
	nextSlot := uint64(time.Since(nw.Sim.GenesisTime())/nw.SlotDuration) + 1
	return nextSlot/nw.SlotsPerEpoch + 1
}

// waitReady waits until every operator's /readyz answers 200, except the
// operators listed in skip (by index).
func waitReady(t testing.TB, nw *Network, skip ...int) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for i, addr := range nw.MetricsAddrs {
		if slices.Contains(skip, i) {
			continue
		}
		for {
			resp, err := http.Get("http://" + addr + "/readyz")
			if err == nil {
				resp.Body.Close()
				if resp.StatusCode == http.StatusOK {
					break
				}
			}
			if time.Now().After(deadline) {
				t.Fatalf("operator at %s not ready: %v", addr, err)
			}
			time.Sleep(100 * time.Millisecond)
		}
	}
}

// checkEpoch waits until epoch is final and requires every attestation
// duty included, every block proposed and published, nothing slashable,
// and the observer to have seen one accepted attestation per duty.
func checkEpoch(t *testing.T, nw *Network, epoch uint64, what string) {
	t.Helper()
	st := waitEpoch(t, nw.Sim, epoch)
	if st.Duties == 0 || st.Included != st.Duties || st.Slashable != 0 || st.ProposerSlashings != 0 {
		t.Fatalf("%s, epoch %d: %+v", what, epoch, st)
	}
	if st.ProposalsDue == 0 || st.ProposalsPublished != st.ProposalsDue {
		t.Fatalf("%s, epoch %d: %d of %d blocks proposed, missed %v", what, epoch, st.ProposalsPublished, st.ProposalsDue, st.MissedProposals)
	}
	if st.AggregatesDue == 0 || st.AggregatesAccepted != st.AggregatesDue || st.AggregateRejections != 0 {
		t.Fatalf("%s, epoch %d: %d of %d aggregates accepted, %d rejected; %v", what, epoch, st.AggregatesAccepted, st.AggregatesDue, st.AggregateRejections, nw.Sim.Rejections())
	}
	if st.SyncMessagesDue == 0 || st.SyncMessagesAccepted != st.SyncMessagesDue || st.SyncMessageRejections != 0 {
		t.Fatalf("%s, epoch %d: %d of %d sync messages accepted, %d rejected; %v", what, epoch, st.SyncMessagesAccepted, st.SyncMessagesDue, st.SyncMessageRejections, nw.Sim.Rejections())
	}
	if st.ContributionsAccepted == 0 || st.ContributionRejections != 0 {
		t.Fatalf("%s, epoch %d: %d contributions accepted, %d rejected; %v", what, epoch, st.ContributionsAccepted, st.ContributionRejections, nw.Sim.Rejections())
	}
	if len(nw.keys) > 0 { // the validator keys are known: check who aggregated
		checkAggregators(t, nw, epoch, what)
	}
	first := epoch * nw.SlotsPerEpoch
	delays := nw.Observer.Delays(first, first+nw.SlotsPerEpoch)
	if len(delays) != st.Duties {
		t.Fatalf("%s, epoch %d: observer saw %d accepted attestations, simulator %d duties", what, epoch, len(delays), st.Duties)
	}
	t.Logf("%s, epoch %d: %d/%d included, %d/%d blocks, delay p50 %v p99 %v", what, epoch, st.Included, st.Duties, st.ProposalsPublished, st.ProposalsDue, percentile(delays, 50), percentile(delays, 99))
}

// TestDevnet runs four operators against the simulator for several epochs:
// every attestation duty is included, also with one operator stopped and
// after it restarts on its data dir, and nothing slashable is ever seen.
func TestDevnet(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a network for several epochs")
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	nw, err := Build(ctx, Options{Dir: filepath.Join(t.TempDir(), "devnet"), Validators: 6, SlotDuration: 2 * time.Second, SlotsPerEpoch: 4})
	if err != nil {
		t.Fatal(err)
	}
	defer nw.Close()
	ops := &operators{nw: nw, cancels: map[int]context.CancelFunc{}}
	for i := range nw.Configs {
		ops.start(t, i)
	}
	defer ops.stopAll()

	// From the first epoch that starts after every node is ready, every
	// duty must be included.
	waitReady(t, nw)
	check := func(epoch uint64, what string) { checkEpoch(t, nw, epoch, what) }
	check(nextEpoch(nw), "all operators up")

	ops.stop(2)
	next := nextEpoch(nw)
	check(next, "operator 3 stopped")

	ops.start(t, 2)
	waitReady(t, nw)
	check(nextEpoch(nw), "operator 3 restarted")
	if s := nw.Sim.Slashings(); len(s) != 0 {
		t.Fatalf("slashable attestations: %+v", s)
	}
}

// TestDevnetBuilder runs the cluster with a builder: the operators register
// every validator with it each epoch (threshold-signed, verified by the
// simulator with blst) and every block they propose is a blinded one.
func TestDevnetBuilder(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a network for an epoch")
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	nw, err := Build(ctx, Options{Dir: filepath.Join(t.TempDir(), "devnet"), Validators: 4, SlotDuration: 2 * time.Second, SlotsPerEpoch: 4, Builder: true})
	if err != nil {
		t.Fatal(err)
	}
	defer nw.Close()
	ops := &operators{nw: nw, cancels: map[int]context.CancelFunc{}}
	for i := range nw.Configs {
		ops.start(t, i)
	}
	defer ops.stopAll()
	waitReady(t, nw)
	epoch := nextEpoch(nw)
	checkEpoch(t, nw, epoch, "with a builder")
	for slot := epoch * nw.SlotsPerEpoch; slot < (epoch+1)*nw.SlotsPerEpoch; slot++ {
		if rec, ok := nw.Sim.Proposal(slot); !ok || !rec.Published || !rec.Blinded {
			t.Errorf("slot %d: proposal %+v, want a published blinded block", slot, rec)
		}
	}
	regs := nw.Sim.Registrations()
	if len(regs) != nw.Validators {
		t.Fatalf("%d validators registered, want %d", len(regs), nw.Validators)
	}
	// Renewed every epoch: the timestamp is the start of an epoch since.
	genesis := uint64(nw.Sim.GenesisTime().Unix())
	epochSecs := uint64(nw.SlotDuration.Seconds()) * nw.SlotsPerEpoch
	for vi, r := range regs {
		sinceGenesis := r.Timestamp - genesis
		if r.GasLimit != node.DefaultGasLimit || r.FeeRecipient != [20]byte{} || r.Timestamp < genesis || sinceGenesis%epochSecs != 0 || sinceGenesis/epochSecs < epoch {
			t.Errorf("validator %d: registration %+v, want gas limit %d, zero fee recipient, the start of epoch %d or later", vi, r, node.DefaultGasLimit, epoch)
		}
	}
}
