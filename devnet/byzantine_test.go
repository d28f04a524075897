package devnet

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/keystake/keystake/node"
)

// TestByzantineOperator runs three honest operators with a Byzantine
// fourth: every duty of every kind is still done, nothing slashable is
// signed, and the honest operators name the fourth for its invalid
// partial signatures. Slots of 4 s: the replays double the traffic and
// the garbage partials cost verifications, which 2 s slots on a shared
// machine cannot always absorb.
func TestByzantineOperator(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a network for several epochs")
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	nw, err := Build(ctx, Options{Dir: filepath.Join(t.TempDir(), "devnet"), Validators: 6, SlotDuration: 4 * time.Second, SlotsPerEpoch: 4})
	if err != nil {
		t.Fatal(err)
	}
	defer nw.Close()
	ops := &operators{nw: nw, cancels: map[int]context.CancelFunc{}}
	for i := range 3 {
		ops.start(t, i)
	}
	defer ops.stopAll()
	bad := startByzantine(t, nw, 3)

	waitReady(t, nw)
	first := nextEpoch(nw)
	for e := first; e < first+2; e++ {
		checkEpoch(t, nw, e, "one operator Byzantine")
	}
	if s := nw.Sim.Slashings(); len(s) != 0 {
		t.Fatalf("slashings: %+v", s)
	}
	t.Logf("the Byzantine operator equivocated %d times, sent %d messages of garbage partials, replayed %d messages",
		bad.Equivocated.Load(), bad.Corrupted.Load(), bad.Replayed.Load())
	if bad.Equivocated.Load() == 0 || bad.Corrupted.Load() == 0 || bad.Replayed.Load() == 0 {
		t.Fatal("the Byzantine operator did not get to misbehave in every way")
	}
	for i := range 3 {
		if n := invalidPartials(t, nw.MetricsAddrs[i], "4"); n == 0 {
			t.Errorf("operator %d counted no invalid partials from operator 4", i+1)
		}
	}
}

// startByzantine runs operator i in-process as a Byzantine node.
func startByzantine(t *testing.T, nw *Network, i int) *Byzantine {
	cfg, err := node.LoadConfig(nw.Configs[i])
	if err != nil {
		t.Fatal(err)
	}
	b, err := NewByzantine(cfg, nw.SlotDuration)
	if err != nil {
		t.Fatal(err)
	}
	b.Active.Store(true)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		log := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelError})).With("operator", i+1)
		if err := node.RunTampered(ctx, cfg, log, b.Tamper); err != nil {
			t.Errorf("Byzantine operator: %v", err)
		}
	}()
	t.Cleanup(func() { cancel(); <-done; b.Close() })
	return b
}

// invalidPartials reads an operator's count of invalid partials from the
// given operator.
func invalidPartials(t *testing.T, addr, from string) float64 {
	t.Helper()
	resp, err := http.Get("http://" + addr + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	prefix := `keystake_partials_invalid_total{operator="` + from + `"} `
	var n float64
	for _, line := range strings.Split(string(body), "\n") {
		if v, ok := strings.CutPrefix(line, prefix); ok {
			if n, err = strconv.ParseFloat(v, 64); err != nil {
				t.Fatalf("parse %q: %v", line, err)
			}
		}
	}
	return n
}
