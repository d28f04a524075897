package beaconsim

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	apiv1 "github.com/attestantio/go-eth2-client/api/v1"
)

// guard bounds every wait on real time in these tests. It is a failure
// guard only: nothing asserts on how fast things happen.
const guard = 20 * time.Second

type sseEvent struct {
	topic string
	data  string
}

// subscribe opens an event stream and returns a channel of its events.
func (e *testEnv) subscribe(ctx context.Context, topics string) <-chan sseEvent {
	e.t.Helper()
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, e.url+"/eth/v1/events?topics="+topics, nil)
	req.Header.Set("Accept", "text/event-stream")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		e.t.Fatalf("events: %v", err)
	}
	if resp.StatusCode != http.StatusOK || resp.Header.Get("Content-Type") != "text/event-stream" {
		e.t.Fatalf("events: %d %s", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	ch := make(chan sseEvent, 64)
	go func() {
		defer resp.Body.Close()
		defer close(ch)
		sc := bufio.NewScanner(resp.Body)
		var ev sseEvent
		for sc.Scan() {
			line := sc.Text()
			switch {
			case strings.HasPrefix(line, "event: "):
				ev.topic = strings.TrimPrefix(line, "event: ")
			case strings.HasPrefix(line, "data: "):
				ev.data = strings.TrimPrefix(line, "data: ")
			case line == "":
				ch <- ev
				ev = sseEvent{}
			}
		}
	}()
	return ch
}

func nextEvent(t *testing.T, ch <-chan sseEvent) sseEvent {
	t.Helper()
	select {
	case ev, ok := <-ch:
		if !ok {
			t.Fatal("event stream closed")
		}
		return ev
	case <-time.After(guard):
		t.Fatal("no event")
	}
	return sseEvent{}
}

func TestHeadEventsAtEachSlot(t *testing.T) {
	e := newTestEnv(t, 16, func(c *Config) { c.SlotsPerEpoch = 4 })
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	events := e.subscribe(ctx, "head,block")
	// The slot loop is parked on the clock; moving it lets the loop make
	// blocks 1..4 and announce each.
	for slot := uint64(1); slot <= 4; slot++ {
		if !e.clock.BlockUntil(1, guard) {
			t.Fatal("slot loop not waiting on the clock")
		}
		e.advanceTo(slot, 0)
		head := nextEvent(t, events)
		block := nextEvent(t, events)
		if head.topic != "head" || block.topic != "block" {
			t.Fatalf("slot %d: topics %q %q", slot, head.topic, block.topic)
		}
		var he apiv1.HeadEvent
		if err := json.Unmarshal([]byte(head.data), &he); err != nil {
			t.Fatalf("head event %s: %v", head.data, err)
		}
		var be apiv1.BlockEvent
		if err := json.Unmarshal([]byte(block.data), &be); err != nil {
			t.Fatalf("block event %s: %v", block.data, err)
		}
		info, ok := e.sim.Block(slot)
		if !ok || uint64(he.Slot) != slot || Root(he.Block) != info.Root || Root(be.Block) != info.Root || Root(he.State) != info.StateRoot {
			t.Fatalf("slot %d: head event %+v, block %+v", slot, he, info)
		}
		if he.EpochTransition != (slot%4 == 0) {
			t.Errorf("slot %d: epoch_transition %v", slot, he.EpochTransition)
		}
	}
	if code, _ := e.do(http.MethodGet, "/eth/v1/events?topics=chain_reorg", nil, nil); code != http.StatusBadRequest {
		t.Errorf("unsupported topic: %d", code)
	}
	if code, _ := e.do(http.MethodGet, "/eth/v1/events", nil, nil); code != http.StatusBadRequest {
		t.Errorf("no topic: %d", code)
	}
}

func TestFinalizedCheckpointEvent(t *testing.T) {
	e := newTestEnv(t, 8, func(c *Config) { c.SlotsPerEpoch = 2 })
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	events := e.subscribe(ctx, "finalized_checkpoint")
	for slot := uint64(0); slot < 5*2; slot++ {
		e.advanceTo(slot, time.Second)
		e.attestAll(slot)
	}
	e.advanceTo(5*2, time.Second)
	ev := nextEvent(t, events)
	var fc apiv1.FinalizedCheckpointEvent
	if err := json.Unmarshal([]byte(ev.data), &fc); err != nil || ev.topic != "finalized_checkpoint" {
		t.Fatalf("event %+v: %v", ev, err)
	}
	if _, fin := e.sim.Checkpoints(); fc.Epoch == 0 || uint64(fc.Epoch) > fin.Epoch {
		t.Fatalf("finalized event epoch %d, checkpoint %d", fc.Epoch, fin.Epoch)
	}
}

func TestStatusAndGarbageFaults(t *testing.T) {
	e := newTestEnv(t, 4, nil)
	remove := e.sim.AddFault(Fault{Route: RouteGenesis, Status: http.StatusServiceUnavailable, Count: 2})
	for i := range 2 {
		code, body := e.do(http.MethodGet, "/eth/v1/beacon/genesis", nil, nil)
		var eb struct {
			Code    int
			Message string
		}
		if code != http.StatusServiceUnavailable || json.Unmarshal(body, &eb) != nil || eb.Code != 503 {
			t.Fatalf("call %d: %d %s", i, code, body)
		}
	}
	if code, _ := e.do(http.MethodGet, "/eth/v1/beacon/genesis", nil, nil); code != http.StatusOK {
		t.Fatalf("after Count calls: %d", code)
	}
	remove()

	e.sim.SetFaults(Fault{Route: RouteSpec, Garbage: true})
	code, body := e.do(http.MethodGet, "/eth/v1/config/spec", nil, nil)
	if code != http.StatusOK || json.Valid(body) {
		t.Fatalf("garbage: %d %q", code, body)
	}
	// Other routes are unaffected.
	if code, _ := e.do(http.MethodGet, "/eth/v1/node/version", nil, nil); code != http.StatusOK {
		t.Fatalf("unfaulted route: %d", code)
	}
	e.sim.SetFaults()

	// A window on the simulator's clock.
	e.sim.SetFaults(Fault{Status: 500, Start: testGenesis.Add(time.Minute), End: testGenesis.Add(2 * time.Minute)})
	for _, c := range []struct {
		at   time.Duration
		want int
	}{{0, 200}, {time.Minute, 500}, {90 * time.Second, 500}, {2 * time.Minute, 200}} {
		e.clock.Set(testGenesis.Add(c.at))
		if code, _ := e.do(http.MethodGet, "/eth/v1/node/version", nil, nil); code != c.want {
			t.Errorf("at +%v: %d, want %d", c.at, code, c.want)
		}
	}
	e.sim.SetFaults()

	// A fraction of calls.
	e.sim.SetFaults(Fault{Route: RouteNodeVersion, Status: 500, Probability: 0.3})
	failed := 0
	for range 200 {
		if code, _ := e.do(http.MethodGet, "/eth/v1/node/version", nil, nil); code == 500 {
			failed++
		}
	}
	if failed < 30 || failed > 90 {
		t.Errorf("%d of 200 calls failed with probability 0.3", failed)
	}
	_, metricsBody := e.do(http.MethodGet, "/metrics", nil, nil)
	if !strings.Contains(string(metricsBody), fmt.Sprintf(`beaconsim_faults_injected_total{kind="status",route="getNodeVersion"} %d`, failed+2)) {
		t.Errorf("fault metric missing:\n%s", metricsBody)
	}
}

func TestLatencyFaultWaitsOnTheSimulatorClock(t *testing.T) {
	e := newTestEnv(t, 4, nil)
	e.sim.SetFaults(Fault{Route: RouteNodeSyncing, Delay: 3 * time.Second})
	if !e.clock.BlockUntil(1, guard) { // the slot loop
		t.Fatal("slot loop not waiting")
	}
	done := make(chan int, 1)
	go func() {
		code, _ := e.do(http.MethodGet, "/eth/v1/node/syncing", nil, nil)
		done <- code
	}()
	if !e.clock.BlockUntil(2, guard) {
		t.Fatal("delayed request not waiting on the clock")
	}
	select {
	case <-done:
		t.Fatal("answered before the delay elapsed")
	default:
	}
	e.clock.Advance(2 * time.Second)
	select {
	case <-done:
		t.Fatal("answered before the delay elapsed")
	default:
	}
	e.clock.Advance(time.Second)
	select {
	case code := <-done:
		if code != http.StatusOK {
			t.Fatalf("delayed answer %d", code)
		}
	case <-time.After(guard):
		t.Fatal("no answer after the delay")
	}
}

func TestMetricsCountSubmissions(t *testing.T) {
	e := newTestEnv(t, 16, nil)
	e.advanceTo(2, 2*time.Second)
	n := e.attestAll(2)
	_, body := e.do(http.MethodGet, "/metrics", nil, nil)
	text := string(body)
	for _, want := range []string{
		fmt.Sprintf(`beaconsim_duty_submissions_total{duty="attestation",result="accepted"} %d`, n),
		fmt.Sprintf(`beaconsim_duty_submission_delay_seconds_count{duty="attestation"} %d`, n),
		fmt.Sprintf(`beaconsim_duty_submission_delay_seconds_bucket{duty="attestation",le="2"} %d`, n),
		`beaconsim_duty_submission_delay_seconds_bucket{duty="attestation",le="1"} 0`,
		`beaconsim_http_requests_total{code="200",route="submitPoolAttestationsV2"} 1`,
		`beaconsim_head_slot 2`,
	} {
		if !strings.Contains(text, want) {
			t.Errorf("metrics lack %q", want)
		}
	}
	if t.Failed() {
		t.Log(text)
	}
}

func TestCatchUpOverManyEpochsAndClose(t *testing.T) {
	e := newTestEnv(t, 8, func(c *Config) { c.SlotsPerEpoch = 4 })
	e.advanceTo(400, 0)
	head := e.sim.Head()
	if head.Slot != 400 {
		t.Fatalf("head %d", head.Slot)
	}
	stats := e.sim.Stats()
	if len(stats) != 101 || stats[98].Missed != 8 || !stats[98].Final || stats[99].Final {
		t.Fatalf("stats len %d, %+v", len(stats), stats[99])
	}
	if err := e.sim.Close(); err != nil {
		t.Fatal(err)
	}
	if err := e.sim.Close(); err != nil {
		t.Fatal("second Close:", err)
	}
	if _, err := http.Get(e.url + "/eth/v1/node/version"); err == nil {
		t.Error("server still answering after Close")
	}
}
