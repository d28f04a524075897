package beaconsim

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"slices"
	"testing"
	"time"

	apiv1 "github.com/attestantio/go-eth2-client/api/v1"
	"github.com/attestantio/go-eth2-client/spec/electra"
	"github.com/attestantio/go-eth2-client/spec/phase0"
	blst "github.com/supranational/blst/bindings/go"
)

// With 256 validators and one slot per epoch there are two committees per
// slot: the on-chain aggregate spans both, with two committee bits and the
// committees' bitlists concatenated.
func TestOnChainAggregateSpansCommittees(t *testing.T) {
	e := newTestEnv(t, 256, func(c *Config) { c.SlotsPerEpoch = 1 })
	e.advanceTo(1, time.Second)
	if n := e.attestAll(1); n != 256 {
		t.Fatalf("%d attesters at slot 1", n)
	}
	e.advanceTo(2, 0)
	code, body := e.do(http.MethodGet, "/eth/v2/beacon/blocks/head", nil, nil)
	if code != http.StatusOK {
		t.Fatalf("head block: %d", code)
	}
	var sb electra.SignedBeaconBlock
	decodeData(t, body, &sb)
	atts := sb.Message.Body.Attestations
	if len(atts) != 1 {
		t.Fatalf("%d on-chain attestations, want 1 aggregate", len(atts))
	}
	att := atts[0]
	if got := att.CommitteeBits.BitIndices(); !slices.Equal(got, []int{0, 1}) {
		t.Fatalf("committee bits %v", got)
	}
	if att.AggregationBits.Len() != 256 || att.AggregationBits.Count() != 256 {
		t.Fatalf("aggregation bits len %d count %d", att.AggregationBits.Len(), att.AggregationBits.Count())
	}
	// Bit i of the concatenation is the committee member at that position.
	info, _ := e.sim.Block(2)
	var pks []*blst.P1Affine
	for pos, vi := range info.Attestations[0].Validators {
		ci := uint64(0)
		if pos >= 128 {
			ci = 1
		}
		d, _ := e.sim.Duty(1, vi)
		if d.CommitteeIndex != ci || d.ValidatorCommitteeIndex != uint64(pos)%128 {
			t.Fatalf("bit %d is validator %d with duty %+v", pos, vi, d)
		}
		pks = append(pks, e.sim.validators[vi].pk)
	}
	domain := clientDomain(t, e.sim.cfg.Forks.Electra, e.sim.GenesisValidatorsRoot())
	objRoot, _ := att.Data.HashTreeRoot()
	sr, _ := (&phase0.SigningData{ObjectRoot: objRoot, Domain: domain}).HashTreeRoot()
	sig := new(blst.P2Affine).Uncompress(att.Signature[:])
	if sig == nil || !sig.FastAggregateVerify(true, pks, sr[:], blsDST) {
		t.Fatal("aggregate signature does not verify")
	}
}

// A block holds at most MAX_ATTESTATIONS_ELECTRA aggregates; the rest wait
// for the next block.
func TestBlockAttestationLimit(t *testing.T) {
	e := newTestEnv(t, 32, func(c *Config) {
		c.SlotsPerEpoch = 16
		c.MissedSlots = func(slot uint64) bool { return slot >= 2 && slot <= 10 }
	})
	total := 0
	for slot := uint64(1); slot <= 10; slot++ {
		e.advanceTo(slot, time.Second)
		total += e.attestAll(slot) // ten different data (slots 1..10)
	}
	e.advanceTo(11, 0)
	b11, _ := e.sim.Block(11)
	if len(b11.Attestations) != maxAttestationsElectra {
		t.Fatalf("block 11 has %d aggregates", len(b11.Attestations))
	}
	// The freshest data go first.
	if b11.Attestations[0].Data.Slot != 10 {
		t.Errorf("first aggregate for slot %d", b11.Attestations[0].Data.Slot)
	}
	e.advanceTo(12, 0)
	b12, _ := e.sim.Block(12)
	if len(b12.Attestations) != 2 {
		t.Fatalf("block 12 has %d aggregates, want the remaining 2", len(b12.Attestations))
	}
	if st := e.sim.EpochStats(0); st.Included != total {
		t.Fatalf("included %d of %d", st.Included, total)
	}
}

func TestStateAndBlockIDs(t *testing.T) {
	e := newTestEnv(t, 16, func(c *Config) { c.SlotsPerEpoch = 4 })
	for slot := uint64(0); slot < 5*4; slot++ {
		e.advanceTo(slot, time.Second)
		e.attestAll(slot)
	}
	e.advanceTo(5*4, time.Second)
	justified, finalized := e.sim.Checkpoints()
	head := e.sim.Head()
	var hdr apiv1.BeaconBlockHeader
	for id, want := range map[string]Root{
		"head":                   head.Root,
		"genesis":                mustBlock(t, e.sim, 0).Root,
		"finalized":              finalized.Root,
		"justified":              justified.Root,
		"7":                      mustBlock(t, e.sim, 7).Root,
		head.Root.String():       head.Root,
		head.ParentRoot.String(): head.ParentRoot,
	} {
		e.getData("/eth/v1/beacon/headers/"+id, &hdr)
		if Root(hdr.Root) != want {
			t.Errorf("header %s: %#x, want %s", id, hdr.Root, want)
		}
	}
	for _, id := range []string{"head", "genesis", "finalized", "justified", "3", head.StateRoot.String()} {
		var fork phase0.Fork
		e.getData("/eth/v1/beacon/states/"+id+"/fork", &fork)
	}
	for path, want := range map[string]int{
		"/eth/v1/beacon/headers/9999":                           http.StatusNotFound,
		"/eth/v1/beacon/headers/0x1234":                         http.StatusBadRequest,
		"/eth/v1/beacon/headers/" + (Root{1}).String():          http.StatusNotFound,
		"/eth/v1/beacon/headers/banana":                         http.StatusBadRequest,
		"/eth/v2/beacon/blocks/banana":                          http.StatusBadRequest,
		"/eth/v1/beacon/blocks/9999/root":                       http.StatusNotFound,
		"/eth/v1/beacon/states/banana/fork":                     http.StatusBadRequest,
		"/eth/v1/beacon/states/" + (Root{1}).String() + "/fork": http.StatusNotFound,
		"/eth/v1/beacon/states/9999/finality_checkpoints":       http.StatusNotFound,
		"/eth/v1/beacon/states/head/validators/9999":            http.StatusNotFound,
		"/eth/v1/beacon/states/head/validators/0xzz":            http.StatusBadRequest,
		"/eth/v1/validator/duties/proposer/x":                   http.StatusBadRequest,
	} {
		if code, body := e.do(http.MethodGet, path, nil, nil); code != want {
			t.Errorf("%s: %d %s, want %d", path, code, body, want)
		}
	}
	// The finalized block and the ones before it are reported finalized.
	var resp struct {
		Finalized bool `json:"finalized"`
	}
	for slot, want := range map[uint64]bool{0: true, head.Slot: false} {
		_, body := e.do(http.MethodGet, fmt.Sprintf("/eth/v2/beacon/blocks/%d", slot), nil, nil)
		decodeJSON(t, body, &resp)
		if resp.Finalized != want {
			t.Errorf("block %d finalized=%v", slot, resp.Finalized)
		}
	}
}

func mustBlock(t *testing.T, s *Sim, slot uint64) BlockInfo {
	t.Helper()
	b, ok := s.Block(slot)
	if !ok {
		t.Fatalf("no block at %d", slot)
	}
	return b
}

func TestProposerDutiesAndNoOpEndpoints(t *testing.T) {
	e := newTestEnv(t, 4, nil)
	code, body := e.do(http.MethodGet, "/eth/v1/validator/duties/proposer/0", nil, nil)
	var pd struct {
		DependentRoot string            `json:"dependent_root"`
		Data          []json.RawMessage `json:"data"`
	}
	decodeJSON(t, body, &pd)
	if code != http.StatusOK || len(pd.Data) != 0 || pd.DependentRoot != mustBlock(t, e.sim, 0).Root.String() {
		t.Fatalf("proposer duties: %d %s", code, body)
	}
	subs := "/eth/v1/validator/beacon_committee_subscriptions"
	if code, _ := e.do(http.MethodPost, subs, []byte(`[{"validator_index":"1","committee_index":"0","committees_at_slot":"1","slot":"1","is_aggregator":false}]`), nil); code != http.StatusOK {
		t.Errorf("%s: %d", subs, code)
	}
	for _, bad := range []string{`not json`, `[{"validator_index":"1"}]`, `[{"validator_index":"9","committee_index":"0","committees_at_slot":"1","slot":"1","is_aggregator":true}]`} {
		if code, _ := e.do(http.MethodPost, subs, []byte(bad), nil); code != http.StatusBadRequest {
			t.Errorf("%s with %s: %d", subs, bad, code)
		}
	}
	// prepare_beacon_proposer stores fee recipients, all or nothing.
	prep := "/eth/v1/validator/prepare_beacon_proposer"
	addr := "0x00000000000000000000000000000000000000aa"
	if code, body := e.do(http.MethodPost, prep, []byte(`[{"validator_index":"1","fee_recipient":"`+addr+`"}]`), nil); code != http.StatusOK {
		t.Errorf("%s: %d %s", prep, code, body)
	}
	if got := e.sim.FeeRecipient(1); got[19] != 0xaa || got[0] != 0 {
		t.Errorf("fee recipient of 1 after preparation: %x", got)
	}
	for _, bad := range []string{`not json`, `[{"validator_index":"2"}]`, `[{"validator_index":"99","fee_recipient":"` + addr + `"}]`,
		`[{"validator_index":"2","fee_recipient":"0x12"}]`, `[{"validator_index":"2","fee_recipient":"` + addr + `"},{"validator_index":"x","fee_recipient":"` + addr + `"}]`} {
		if code, _ := e.do(http.MethodPost, prep, []byte(bad), nil); code != http.StatusBadRequest {
			t.Errorf("%s with %s: %d", prep, bad, code)
		}
	}
	if got := e.sim.FeeRecipient(2); got != ([20]byte{}) {
		t.Errorf("a rejected preparation stored fee recipient %x for validator 2", got)
	}
	if code, _ := e.do(http.MethodGet, "/eth/v1/node/health", nil, nil); code != http.StatusOK {
		t.Errorf("health: %d", code)
	}
	if e.sim.GenesisTime() != testGenesis || e.sim.SlotDuration() != 12*time.Second || e.sim.SlotsPerEpoch() != 8 {
		t.Error("accessors")
	}
	if mfs, err := e.sim.Registry().Gather(); err != nil || len(mfs) == 0 {
		t.Errorf("registry: %v", err)
	}
	if code, _ := e.do(http.MethodPost, "/eth/v1/validator/liveness/5", []byte(`["1"]`), nil); code != http.StatusBadRequest {
		t.Errorf("liveness of a future epoch: %d", code)
	}
	if code, _ := e.do(http.MethodPost, "/eth/v1/validator/liveness/0", []byte(`["99"]`), nil); code != http.StatusBadRequest {
		t.Errorf("liveness of an unknown validator: %d", code)
	}
}

func TestStatusAt(t *testing.T) {
	far := FarFutureEpoch
	for _, c := range []struct {
		rec     validatorRecord
		balance uint64
		epoch   uint64
		want    string
	}{
		{validatorRecord{ActivationEligibilityEpoch: far, ActivationEpoch: far, ExitEpoch: far, WithdrawableEpoch: far}, 1, 5, "pending_initialized"},
		{validatorRecord{ActivationEpoch: 10, ExitEpoch: far, WithdrawableEpoch: far}, 1, 5, "pending_queued"},
		{validatorRecord{ExitEpoch: far, WithdrawableEpoch: far}, 1, 5, "active_ongoing"},
		{validatorRecord{ExitEpoch: 9, WithdrawableEpoch: 20}, 1, 5, "active_exiting"},
		{validatorRecord{ExitEpoch: 9, WithdrawableEpoch: 20, Slashed: true}, 1, 5, "active_slashed"},
		{validatorRecord{ExitEpoch: 3, WithdrawableEpoch: 20}, 1, 5, "exited_unslashed"},
		{validatorRecord{ExitEpoch: 3, WithdrawableEpoch: 20, Slashed: true}, 1, 5, "exited_slashed"},
		{validatorRecord{ExitEpoch: 3, WithdrawableEpoch: 4}, 1, 5, "withdrawal_possible"},
		{validatorRecord{ExitEpoch: 3, WithdrawableEpoch: 4}, 0, 5, "withdrawal_done"},
	} {
		if got := statusAt(c.rec, c.balance, c.epoch); got != c.want {
			t.Errorf("%+v: %s, want %s", c.rec, got, c.want)
		}
	}
}

// On the real clock with short slots the slot loop announces heads by
// itself. Only the arrival of events is asserted, never their timing.
func TestRealClockSlotLoop(t *testing.T) {
	_, pubs := testKeys(t, 4)
	vals := make([]Validator, len(pubs))
	for i := range pubs {
		vals[i] = Validator{Pubkey: pubs[i]}
	}
	sim, err := New(Config{Validators: vals, SlotDuration: 100 * time.Millisecond, SlotsPerEpoch: 4})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	if err := sim.Start(ctx); err != nil {
		t.Fatal(err)
	}
	if err := sim.Start(ctx); err == nil {
		t.Error("second Start succeeded")
	}
	e := &testEnv{t: t, sim: sim, url: sim.URL(), http: http.DefaultClient}
	events := e.subscribe(ctx, "head")
	// Heads for two slot boundaries after the subscription arrive without
	// any request driving the simulator.
	target := sim.slotAt(time.Now()) + 2
	for {
		ev := nextEvent(t, events)
		var he apiv1.HeadEvent
		if err := json.Unmarshal([]byte(ev.data), &he); err != nil || ev.topic != "head" {
			t.Fatalf("event %+v: %v", ev, err)
		}
		if uint64(he.Slot) >= target {
			break
		}
	}
	// Cancelling the start context stops the server.
	cancel()
	deadline := time.Now().Add(guard)
	for {
		if _, err := http.Get(sim.URL() + "/eth/v1/node/version"); err != nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("server still up after its context ended")
		}
		time.Sleep(10 * time.Millisecond)
	}
	if err := sim.Close(); err != nil {
		t.Fatal(err)
	}
}
