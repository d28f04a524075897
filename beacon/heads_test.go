package beacon

import (
	"context"
	"net/http"
	"sync"
	"testing"
	"time"

	"github.com/attestantio/go-eth2-client/spec/phase0"
)

// headRecorder collects the heads a subscription delivers.
type headRecorder struct {
	mu    sync.Mutex
	heads []phase0.Slot
	roots []phase0.Root
}

func (h *headRecorder) handle(slot phase0.Slot, root phase0.Root) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.heads = append(h.heads, slot)
	h.roots = append(h.roots, root)
}

func (h *headRecorder) slots() []phase0.Slot {
	h.mu.Lock()
	defer h.mu.Unlock()
	return append([]phase0.Slot(nil), h.heads...)
}

// waitFor polls until cond holds or 10 s pass.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// subscribe runs SubscribeHeads until the test ends and checks it returns.
func subscribe(t *testing.T, c *Client, rec *headRecorder) {
	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan error, 1)
	go func() { done <- c.SubscribeHeads(ctx, rec.handle) }()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("SubscribeHeads returned %v", err)
			}
		case <-time.After(5 * time.Second):
			t.Error("SubscribeHeads did not return after its context ended")
		}
	})
}

// TestHeads checks heads are delivered in order, and that garbage, heads
// ahead of the clock or far behind it, and repeats are dropped.
func TestHeads(t *testing.T) {
	f := newFakeNode(t)
	c := newTestClient(t, Config{HeadTimeout: 30 * time.Second}, f)
	rec := &headRecorder{}
	subscribe(t, c, rec)

	r := func(b byte) phase0.Root { return phase0.Root{0xbb, b} }
	for _, payload := range []string{
		headJSON(99, r(1)),
		`{"slot":"oops"}`,            // undecodable
		headJSON(500, r(2)),          // ahead of the clock
		headJSON(2, r(3)),            // far behind: a lagging node
		headJSON(100, phase0.Root{}), // zero root
		headJSON(100, r(4)),          //
		headJSON(100, r(4)),          // repeat
		headJSON(100, r(5)),          // same slot, new block (reorg)
		`not json at all`,            //
		headJSON(101, r(6)),          //
	} {
		f.heads <- payload
	}
	want := []phase0.Slot{99, 100, 100, 101}
	waitFor(t, "heads", func() bool { return len(rec.slots()) >= len(want) })
	time.Sleep(50 * time.Millisecond)
	got := rec.slots()
	if len(got) != len(want) {
		t.Fatalf("heads %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("heads %v, want %v", got, want)
		}
	}
	if rec.roots[2] != r(5) {
		t.Errorf("third head root %#x, want %#x", rec.roots[2], r(5))
	}
	if n := c.errorCount(epHeadEvents, f, KindInvalid); n != 2 {
		t.Errorf("invalid heads counted %v, want 2 (ahead, zero root)", n)
	}
	if n := c.errorCount(epHeadEvents, f, KindNotSynced); n != 1 {
		t.Errorf("lagging heads counted %v, want 1", n)
	}
}

// TestHeadsFailover checks a silent stream is given up for the next node,
// and a node whose events endpoint fails is skipped.
func TestHeadsFailover(t *testing.T) {
	silent, broken, good := newFakeNode(t), newFakeNode(t), newFakeNode(t)
	c := newTestClient(t, Config{HeadTimeout: 1500 * time.Millisecond}, silent, broken, good)
	broken.set("/eth/v1/events", status(http.StatusInternalServerError))
	rec := &headRecorder{}
	subscribe(t, c, rec)

	// The good node keeps announcing heads; only it should be heard.
	stop := make(chan struct{})
	defer close(stop)
	go func() {
		for i := 0; ; i++ {
			select {
			case good.heads <- headJSON(fakeSlot, phase0.Root{0xbb, byte(i)}):
			case <-stop:
				return
			}
			time.Sleep(100 * time.Millisecond)
		}
	}()
	waitFor(t, "a head from the good node", func() bool { return len(rec.slots()) > 0 })
	if c.errorCount(epHeadEvents, silent, KindTimeout) != 1 {
		t.Error("silent stream not counted as a timeout")
	}
	if c.errorCount(epHeadEvents, broken, KindTimeout) != 1 {
		t.Error("broken stream not counted as a timeout")
	}
}

// TestHeadsBeforeGenesis: before genesis no block comes, so a silent
// stream is not a failure; the head timeout runs from genesis.
func TestHeadsBeforeGenesis(t *testing.T) {
	f := newFakeNode(t)
	f.genesisTime = time.Now().Add(time.Hour)
	c := newTestClient(t, Config{HeadTimeout: 200 * time.Millisecond}, f)
	if w := c.headWait(); w < time.Hour-time.Minute || w > time.Hour+time.Second {
		t.Fatalf("head wait %v an hour before genesis", w)
	}
	rec := &headRecorder{}
	subscribe(t, c, rec)
	time.Sleep(time.Second)
	if n := c.errorCount(epHeadEvents, f, KindTimeout); n != 0 {
		t.Fatalf("%v head timeouts before genesis", n)
	}
	// Once the chain has started, the timeout applies as usual.
	later := func() time.Time { return f.genesisTime.Add(time.Minute) }
	c.clock.Store(&later)
	if w := c.headWait(); w != 200*time.Millisecond {
		t.Fatalf("head wait %v after genesis", w)
	}
}

func TestSubscribeHeadsNilHandler(t *testing.T) {
	c := newTestClient(t, Config{}, newFakeNode(t))
	if err := c.SubscribeHeads(t.Context(), nil); err == nil {
		t.Error("nil handler accepted")
	}
}
