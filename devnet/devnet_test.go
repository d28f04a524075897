package devnet

import (
	"context"
	"log/slog"
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

// TestDevnet runs four operators against the simulator for several epochs:
// every attestation duty is included, also with one operator stopped and
// after it restarts on its data dir, and nothing slashable is ever seen.
func TestDevnet(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a network for several epochs")
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	nw, err := Build(ctx, Options{Dir: filepath.Join(t.TempDir(), "devnet"), Validators: 6, SlotDuration: time.Second, SlotsPerEpoch: 4})
	if err != nil {
		t.Fatal(err)
	}
	defer nw.Close()
	ops := &operators{nw: nw, cancels: map[int]context.CancelFunc{}}
	for i := range nw.Configs {
		ops.start(t, i)
	}
	defer ops.stopAll()

	// Epoch 0 may start before the nodes are up; from epoch 1 on every
	// duty must be included.
	check := func(epoch uint64, what string) {
		st := waitEpoch(t, nw.Sim, epoch)
		if st.Duties == 0 || st.Included != st.Duties || st.Slashable != 0 {
			t.Fatalf("%s, epoch %d: %+v", what, epoch, st)
		}
		t.Logf("%s, epoch %d: %d/%d included, max delay %v", what, epoch, st.Included, st.Duties, st.MaxDelay)
	}
	check(1, "all operators up")

	ops.stop(2)
	next := uint64(nw.Sim.Head().Slot)/nw.SlotsPerEpoch + 1
	check(next, "operator 3 stopped")

	ops.start(t, 2)
	check(next+2, "operator 3 restarted")
	if s := nw.Sim.Slashings(); len(s) != 0 {
		t.Fatalf("slashable attestations: %+v", s)
	}
}
