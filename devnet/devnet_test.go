package devnet

import (
	"context"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
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

func (o *operators) start(t *testing.T, i int) {
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
	cancel()
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

func nextEpoch(nw *Network) uint64 {
	return uint64(time.Since(nw.Sim.GenesisTime())/nw.SlotDuration)/nw.SlotsPerEpoch + 1
}

// waitReady waits until every operator's /readyz answers 200.
func waitReady(t *testing.T, nw *Network) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for _, addr := range nw.MetricsAddrs {
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
	check := func(epoch uint64, what string) {
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
		checkAggregators(t, nw, epoch, what)
		first := epoch * nw.SlotsPerEpoch
		delays := nw.Observer.Delays(first, first+nw.SlotsPerEpoch)
		if len(delays) != st.Duties {
			t.Fatalf("%s, epoch %d: observer saw %d accepted attestations, simulator %d duties", what, epoch, len(delays), st.Duties)
		}
		t.Logf("%s, epoch %d: %d/%d included, delay p50 %v p99 %v", what, epoch, st.Included, st.Duties, percentile(delays, 50), percentile(delays, 99))
	}
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
