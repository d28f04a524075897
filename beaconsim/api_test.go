package beaconsim

import (
	"encoding/json"
	"fmt"
	"maps"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	apiv1 "github.com/attestantio/go-eth2-client/api/v1"
	"github.com/attestantio/go-eth2-client/spec"
	"github.com/attestantio/go-eth2-client/spec/electra"
	"github.com/attestantio/go-eth2-client/spec/phase0"
	blst "github.com/supranational/blst/bindings/go"
)

func TestGenesisSpecAndForks(t *testing.T) {
	e := newTestEnv(t, 4, nil)

	var g apiv1.Genesis
	e.getData("/eth/v1/beacon/genesis", &g)
	if !g.GenesisTime.Equal(testGenesis) {
		t.Errorf("genesis time %v, want %v", g.GenesisTime, testGenesis)
	}
	if Root(g.GenesisValidatorsRoot) != e.sim.GenesisValidatorsRoot() || g.GenesisValidatorsRoot == (phase0.Root{}) {
		t.Errorf("genesis validators root %#x", g.GenesisValidatorsRoot)
	}
	if Version(g.GenesisForkVersion) != DefaultForkVersions.Genesis {
		t.Errorf("genesis fork version %#x", g.GenesisForkVersion)
	}

	var specMap map[string]string
	e.getData("/eth/v1/config/spec", &specMap)
	for k, want := range map[string]string{
		"SLOTS_PER_EPOCH":         "8",
		"SECONDS_PER_SLOT":        "12",
		"SLOT_DURATION_MS":        "12000",
		"ELECTRA_FORK_EPOCH":      "0",
		"ELECTRA_FORK_VERSION":    "0x60000051",
		"MAX_COMMITTEES_PER_SLOT": "64",
		"TARGET_COMMITTEE_SIZE":   "128",
		"DOMAIN_BEACON_ATTESTER":  "0x01000000",
		"FULU_FORK_EPOCH":         "18446744073709551615",
	} {
		if specMap[k] != want {
			t.Errorf("spec %s = %q, want %q", k, specMap[k], want)
		}
	}

	var forks []*phase0.Fork
	e.getData("/eth/v1/config/fork_schedule", &forks)
	if len(forks) != 6 || Version(forks[5].CurrentVersion) != DefaultForkVersions.Electra || forks[5].Epoch != 0 {
		t.Fatalf("fork schedule %+v", forks)
	}
	for i := 1; i < len(forks); i++ {
		if forks[i].PreviousVersion != forks[i-1].CurrentVersion {
			t.Errorf("fork %d previous version does not chain", i)
		}
	}
	var fork phase0.Fork
	e.getData("/eth/v1/beacon/states/head/fork", &fork)
	if Version(fork.CurrentVersion) != DefaultForkVersions.Electra || Version(fork.PreviousVersion) != DefaultForkVersions.Electra {
		t.Errorf("state fork %+v", fork)
	}

	var dc apiv1.DepositContract
	e.getData("/eth/v1/config/deposit_contract", &dc)
	if dc.ChainID != 1337 || fmt.Sprintf("%#x", dc.Address) != "0x4242424242424242424242424242424242424242" {
		t.Errorf("deposit contract %+v", dc)
	}
	var ver struct{ Version string }
	e.getData("/eth/v1/node/version", &ver)
	if !strings.Contains(ver.Version, "beaconsim") {
		t.Errorf("version %q", ver.Version)
	}
	var sync apiv1.SyncState
	e.getData("/eth/v1/node/syncing", &sync)
	if sync.IsSyncing {
		t.Error("simulator reports syncing")
	}
	if code, _ := e.do(http.MethodGet, "/eth/v1/nope", nil, nil); code != http.StatusNotFound {
		t.Errorf("unknown endpoint: %d", code)
	}
}

func TestSubSecondSlotsOmitSecondsPerSlot(t *testing.T) {
	e := newTestEnv(t, 2, func(c *Config) { c.SlotDuration = 500 * time.Millisecond })
	var specMap map[string]string
	e.getData("/eth/v1/config/spec", &specMap)
	if _, ok := specMap["SECONDS_PER_SLOT"]; ok {
		t.Error("SECONDS_PER_SLOT served for a 500 ms slot")
	}
	if specMap["SLOT_DURATION_MS"] != "500" {
		t.Errorf("SLOT_DURATION_MS = %q", specMap["SLOT_DURATION_MS"])
	}
	if _, err := New(Config{Validators: []Validator{{Pubkey: testPub(t)}}, SlotDuration: 1500 * time.Microsecond}); err == nil {
		t.Error("a slot duration that is not whole milliseconds was accepted")
	}
}

func testPub(t *testing.T) [48]byte {
	_, pubs := testKeys(t, 1)
	return pubs[0]
}

func TestConfigValidation(t *testing.T) {
	if _, err := New(Config{}); err == nil {
		t.Error("no validators accepted")
	}
	if _, err := New(Config{Validators: []Validator{{Pubkey: [48]byte{1}}}}); err == nil {
		t.Error("an invalid public key accepted")
	}
	pk := testPub(t)
	if _, err := New(Config{Validators: []Validator{{Pubkey: pk}, {Pubkey: pk}}}); err == nil {
		t.Error("duplicate public keys accepted")
	}
	if _, err := New(Config{Validators: []Validator{{Pubkey: pk, Status: "weird"}}}); err == nil {
		t.Error("unknown status accepted")
	}
}

func TestValidatorsByPubkeyAndStatus(t *testing.T) {
	e := newTestEnv(t, 5, func(c *Config) {
		c.Validators[3].Status = StatusPending
		c.Validators[4].Status = StatusExited
		c.Validators[1].Balance = 33_500_000_000
	})
	pk := func(i int) string { return fmt.Sprintf("%#x", pubkeyOf(e.keys[i])) }

	var vals []*apiv1.Validator
	e.postData("/eth/v1/beacon/states/head/validators", map[string]any{"ids": []string{pk(1), pk(3), "4", "0x" + strings.Repeat("ab", 48)}}, &vals)
	if len(vals) != 3 {
		t.Fatalf("got %d validators, want 3 (unknown pubkeys are left out)", len(vals))
	}
	want := map[phase0.ValidatorIndex]apiv1.ValidatorState{1: apiv1.ValidatorStateActiveOngoing, 3: apiv1.ValidatorStatePendingQueued, 4: apiv1.ValidatorStateExitedUnslashed}
	for _, v := range vals {
		if v.Status != want[v.Index] {
			t.Errorf("validator %d status %v, want %v", v.Index, v.Status, want[v.Index])
		}
	}
	if vals[0].Balance != 33_500_000_000 || vals[0].Validator.EffectiveBalance != 32_000_000_000 {
		t.Errorf("balances %d / %d", vals[0].Balance, vals[0].Validator.EffectiveBalance)
	}

	e.postData("/eth/v1/beacon/states/head/validators", map[string]any{"statuses": []string{"active"}}, &vals)
	if len(vals) != 3 {
		t.Errorf("active filter: %d validators", len(vals))
	}
	e.getData("/eth/v1/beacon/states/genesis/validators?id=0,2&status=active_ongoing", &vals)
	if len(vals) != 2 || vals[0].Index != 0 || vals[1].Index != 2 {
		t.Errorf("GET ids: %+v", vals)
	}
	var one apiv1.Validator
	e.getData("/eth/v1/beacon/states/head/validators/"+pk(2), &one)
	if one.Index != 2 {
		t.Errorf("single validator %d", one.Index)
	}
	if code, _ := e.do(http.MethodPost, "/eth/v1/beacon/states/head/validators", []byte(`{"ids":["0xzz"]}`), nil); code != http.StatusBadRequest {
		t.Errorf("malformed id: %d", code)
	}
	if code, _ := e.do(http.MethodGet, "/eth/v1/beacon/states/999/validators", nil, nil); code != http.StatusNotFound {
		t.Errorf("future state: %d", code)
	}
}

// dutiesFor fetches attester duties for every validator.
func (e *testEnv) dutiesFor(epoch uint64, n int) []*apiv1.AttesterDuty {
	e.t.Helper()
	ids := make([]string, n)
	for i := range ids {
		ids[i] = fmt.Sprint(i)
	}
	var duties []*apiv1.AttesterDuty
	e.postData(fmt.Sprintf("/eth/v1/validator/duties/attester/%d", epoch), ids, &duties)
	return duties
}

func TestAttesterDutiesCounts(t *testing.T) {
	// 1 slot per epoch and 8,448 validators: 66 committees per slot by the
	// raw formula, so the MAX_COMMITTEES_PER_SLOT cap of 64 applies.
	if testing.Short() {
		t.Skip("a large validator set")
	}
	const n = 8448
	e := newTestEnv(t, n, func(c *Config) { c.SlotsPerEpoch = 1 })
	for epoch := uint64(0); epoch <= 1; epoch++ {
		checkDuties(t, e.dutiesFor(epoch, n), epoch, 1, n, 64)
	}
	// 4 slots per epoch: 16 committees per slot.
	e = newTestEnv(t, n, func(c *Config) { c.SlotsPerEpoch = 4 })
	checkDuties(t, e.dutiesFor(0, n), 0, 4, n, 16)
}

func TestAttesterDutiesSmall(t *testing.T) {
	e := newTestEnv(t, 50, func(c *Config) { c.Validators[7].Status = StatusPending })
	duties := e.dutiesFor(0, 50)
	checkDuties(t, duties, 0, 8, 49, 1)
	for _, d := range duties {
		if d.ValidatorIndex == 7 {
			t.Error("a pending validator got a duty")
		}
	}
	// Next epoch is served, the one after is not.
	checkDuties(t, e.dutiesFor(1, 50), 1, 8, 49, 1)
	if code, _ := e.do(http.MethodPost, "/eth/v1/validator/duties/attester/2", []byte(`["1"]`), nil); code != http.StatusBadRequest {
		t.Errorf("epoch 2 at genesis: %d", code)
	}
	if code, _ := e.do(http.MethodPost, "/eth/v1/validator/duties/attester/0", []byte(`["50"]`), nil); code != http.StatusBadRequest {
		t.Errorf("unknown index: %d", code)
	}
	var numeric []*apiv1.AttesterDuty
	e.postData("/eth/v1/validator/duties/attester/0", []int{1, 2}, &numeric)
	if len(numeric) != 2 {
		t.Errorf("numeric indices: %d duties", len(numeric))
	}
}

// checkDuties asserts that the duties give each of n validators exactly one
// slot in the epoch, with committee counts per the spec.
func checkDuties(t *testing.T, duties []*apiv1.AttesterDuty, epoch, spe uint64, n int, wantCPS uint64) {
	t.Helper()
	if len(duties) != n {
		t.Fatalf("epoch %d: %d duties for %d active validators", epoch, len(duties), n)
	}
	seen := make(map[phase0.ValidatorIndex]bool)
	type key struct {
		slot phase0.Slot
		ci   phase0.CommitteeIndex
	}
	members := make(map[key]map[uint64]bool)
	lengths := make(map[key]uint64)
	for _, d := range duties {
		if seen[d.ValidatorIndex] {
			t.Fatalf("validator %d has two duties", d.ValidatorIndex)
		}
		seen[d.ValidatorIndex] = true
		if uint64(d.Slot)/spe != epoch {
			t.Fatalf("duty slot %d outside epoch %d", d.Slot, epoch)
		}
		if d.CommitteeIndex >= 64 || uint64(d.CommitteeIndex) >= d.CommitteesAtSlot {
			t.Fatalf("committee index %d (of %d)", d.CommitteeIndex, d.CommitteesAtSlot)
		}
		if d.CommitteesAtSlot != wantCPS {
			t.Fatalf("committees_at_slot %d, want %d", d.CommitteesAtSlot, wantCPS)
		}
		k := key{d.Slot, d.CommitteeIndex}
		if members[k] == nil {
			members[k] = make(map[uint64]bool)
		}
		if members[k][d.ValidatorCommitteeIndex] {
			t.Fatalf("two validators at position %d of committee %+v", d.ValidatorCommitteeIndex, k)
		}
		members[k][d.ValidatorCommitteeIndex] = true
		if l, ok := lengths[k]; ok && l != d.CommitteeLength {
			t.Fatalf("committee %+v has inconsistent lengths", k)
		}
		lengths[k] = d.CommitteeLength
		if d.ValidatorCommitteeIndex >= d.CommitteeLength {
			t.Fatalf("position %d beyond committee length %d", d.ValidatorCommitteeIndex, d.CommitteeLength)
		}
	}
	if uint64(len(members)) != wantCPS*spe && n >= int(wantCPS*spe) {
		t.Fatalf("%d committees, want %d", len(members), wantCPS*spe)
	}
	for k, m := range members {
		if uint64(len(m)) != lengths[k] {
			t.Fatalf("committee %+v: %d members, length %d", k, len(m), lengths[k])
		}
	}
}

func TestAttestationDataAndSubmission(t *testing.T) {
	e := newTestEnv(t, 64, nil)
	e.advanceTo(1, 4*time.Second)

	data := e.attestationData(1)
	head := e.sim.Head()
	if data.Slot != 1 || data.Index != 0 || Root(data.BeaconBlockRoot) != head.Root || head.Slot != 1 {
		t.Fatalf("attestation data %+v, head %+v", data, head)
	}
	if data.Target.Epoch != 0 || data.Source.Epoch != 0 || data.Source.Root != (phase0.Root{}) {
		t.Fatalf("checkpoints %+v %+v", data.Source, data.Target)
	}
	genesis, _ := e.sim.Block(0)
	if Root(data.Target.Root) != genesis.Root {
		t.Fatalf("target root %#x, want the genesis block %s", data.Target.Root, genesis.Root)
	}
	// Any committee index below 64 gives the same data since Electra.
	var other phase0.AttestationData
	e.getData("/eth/v1/validator/attestation_data?slot=1&committee_index=63", &other)
	if other.String() != data.String() {
		t.Error("data differs by committee index")
	}
	// Only the current slot is served, as Prysm does: slot 2 has not
	// started, slot 0 is over.
	for _, q := range []string{"slot=1&committee_index=64", "slot=2&committee_index=0", "slot=0&committee_index=0", "slot=x&committee_index=0", "committee_index=0"} {
		if code, _ := e.do(http.MethodGet, "/eth/v1/validator/attestation_data?"+q, nil, nil); code != http.StatusBadRequest {
			t.Errorf("%s: %d, want 400", q, code)
		}
	}

	var atts []map[string]any
	var attesters []uint64
	for vi := range uint64(64) {
		duty, _ := e.sim.Duty(0, vi)
		if duty.Slot == 1 {
			atts = append(atts, e.attestation(vi, duty.CommitteeIndex, data))
			attesters = append(attesters, vi)
		}
	}
	if len(atts) == 0 {
		t.Fatal("no duties at slot 1")
	}
	if code, ie := e.submit(atts...); code != http.StatusOK {
		t.Fatalf("submission: %d %+v", code, ie)
	}
	// Idempotent resubmission.
	if code, ie := e.submit(atts[0]); code != http.StatusOK {
		t.Fatalf("resubmission: %d %+v", code, ie)
	}
	// A repeat is recognised byte for byte: the accepted data with another
	// (invalid) signature is still checked and refused.
	forged := maps.Clone(atts[0])
	forged["signature"] = "0x" + strings.Repeat("ab", 96)
	if code, _ := e.submit(forged); code != http.StatusBadRequest {
		t.Fatalf("accepted data with a forged signature: %d, want 400", code)
	}

	// The pool shows them in Electra form.
	code, body := e.do(http.MethodGet, "/eth/v2/beacon/pool/attestations?slot=1", nil, nil)
	if code != http.StatusOK {
		t.Fatalf("pool: %d %s", code, body)
	}
	var pool []*spec.VersionedAttestation
	decodeData(t, body, &pool)
	if len(pool) != len(atts) || pool[0].Version != spec.DataVersionElectra {
		t.Fatalf("pool has %d attestations (want %d)", len(pool), len(atts))
	}
	for _, p := range pool {
		if p.Electra.AggregationBits.Count() != 1 || p.Electra.CommitteeBits.Count() != 1 {
			t.Fatalf("pool entry bits %x %x", p.Electra.AggregationBits, p.Electra.CommitteeBits)
		}
	}

	// The block of slot 2 includes them, aggregated.
	e.advanceTo(2, 0)
	b, ok := e.sim.Block(2)
	if !ok || len(b.Attestations) != 1 {
		t.Fatalf("block 2: %+v", b)
	}
	if got := b.Attestations[0].Validators; len(got) != len(attesters) {
		t.Fatalf("included %v, want %v", got, attesters)
	}
	for _, vi := range attesters {
		if slot, ok := e.sim.Inclusion(0, vi); !ok || slot != 2 {
			t.Errorf("validator %d inclusion %d %v", vi, slot, ok)
		}
	}
	checkBlockFromAPI(t, e, 2, attesters)
	if rec, ok := e.sim.Attestation(0, attesters[0]); !ok || !rec.Included || rec.InclusionSlot != 2 || rec.Delay != 4*time.Second ||
		!rec.CorrectHead || rec.Data.Slot != 1 {
		t.Errorf("attestation record %+v %v", rec, ok)
	}
	if _, ok := e.sim.Attestation(0, 63); ok && !slices.Contains(attesters, 63) {
		t.Error("record for a validator that did not attest")
	}

	st := e.sim.EpochStats(0)
	if st.Duties != 64 || st.Accepted != len(atts) || st.Included != len(atts) || st.CorrectHead != len(atts) || st.Rejected != 1 || st.Final { // the forged signature
		t.Errorf("stats %+v", st)
	}
	if st.MaxDelay != 4*time.Second {
		t.Errorf("max delay %v, want 4s", st.MaxDelay)
	}
	if code, _ := e.do(http.MethodGet, "/eth/v2/beacon/pool/attestations?slot=1", nil, nil); code != http.StatusOK {
		t.Fatal("pool after inclusion")
	}
}

// checkBlockFromAPI fetches the block of slot through the API, checks that
// its root is the root the simulator announces and that its aggregate
// signature verifies for the attesters.
func checkBlockFromAPI(t *testing.T, e *testEnv, slot uint64, attesters []uint64) {
	t.Helper()
	code, body := e.do(http.MethodGet, fmt.Sprintf("/eth/v2/beacon/blocks/%d", slot), nil, nil)
	if code != http.StatusOK {
		t.Fatalf("block %d: %d %s", slot, code, body)
	}
	var sb electra.SignedBeaconBlock
	decodeData(t, body, &sb)
	root, err := sb.Message.HashTreeRoot()
	if err != nil {
		t.Fatal(err)
	}
	var rootResp struct{ Root phase0.Root }
	e.getData(fmt.Sprintf("/eth/v1/beacon/blocks/%d/root", slot), &rootResp)
	if rootResp.Root != root {
		t.Fatalf("block root endpoint %#x, block hashes to %#x", rootResp.Root, root)
	}
	var hdr apiv1.BeaconBlockHeader
	e.getData(fmt.Sprintf("/eth/v1/beacon/headers/%#x", root), &hdr)
	if hdr.Root != root || hdr.Header.Message.Slot != phase0.Slot(slot) {
		t.Fatalf("header %+v", hdr)
	}
	if len(sb.Message.Body.Attestations) != 1 {
		t.Fatalf("block has %d attestations", len(sb.Message.Body.Attestations))
	}
	att := sb.Message.Body.Attestations[0]
	if att.AggregationBits.Count() != uint64(len(attesters)) {
		t.Fatalf("aggregation bits count %d, want %d", att.AggregationBits.Count(), len(attesters))
	}
	pks := make([]*blst.P1Affine, len(attesters))
	for i, vi := range attesters {
		pks[i] = e.sim.validators[vi].pk
	}
	sig := new(blst.P2Affine).Uncompress(att.Signature[:])
	domain := clientDomain(t, e.sim.cfg.Forks.Electra, e.sim.GenesisValidatorsRoot())
	objRoot, _ := att.Data.HashTreeRoot()
	sr, _ := (&phase0.SigningData{ObjectRoot: objRoot, Domain: domain}).HashTreeRoot()
	if sig == nil || !sig.FastAggregateVerify(true, pks, sr[:], blsDST) {
		t.Fatal("the block's aggregate signature does not verify")
	}
}

// TestPastAttestationData: with Config.PastAttestationData, started slots
// of the current and previous epochs are served too, never future ones.
func TestPastAttestationData(t *testing.T) {
	e := newTestEnv(t, 64, func(c *Config) { c.PastAttestationData = true })
	e.advanceTo(3, time.Second)
	if d := e.attestationData(1); d.Slot != 1 {
		t.Fatalf("data for slot %d, want 1", d.Slot)
	}
	if code, _ := e.do(http.MethodGet, "/eth/v1/validator/attestation_data?slot=4&committee_index=0", nil, nil); code != http.StatusBadRequest {
		t.Errorf("future slot: %d, want 400", code)
	}
}

func TestBadSignatureIsReportedByIndex(t *testing.T) {
	e := newTestEnv(t, 32, nil)
	e.advanceTo(3, time.Second)
	data := e.attestationData(3)
	var good []map[string]any
	var vis []uint64
	for vi := range uint64(32) {
		if d, _ := e.sim.Duty(0, vi); d.Slot == 3 {
			good = append(good, e.attestation(vi, d.CommitteeIndex, data))
			vis = append(vis, vi)
		}
	}
	if len(good) < 2 {
		t.Fatalf("need two attesters at slot 3, have %d", len(good))
	}
	// Element 1 is signed by the wrong key; element 2 is not even a point.
	bad := e.attestation(vis[1], 0, data)
	wrongKey := clientSign(t, e.keys[(vis[1]+1)%32], data, clientDomain(t, e.sim.cfg.Forks.Electra, e.sim.GenesisValidatorsRoot()))
	bad["signature"] = fmt.Sprintf("%#x", wrongKey)
	garbled := e.attestation(vis[0], 0, data)
	garbled["signature"] = "0x" + strings.Repeat("11", 96)
	code, ie := e.submit(good[0], bad, garbled)
	if code != http.StatusBadRequest || ie.Code != 400 || len(ie.Failures) != 2 {
		t.Fatalf("got %d %+v", code, ie)
	}
	if ie.Failures[0].Index != 1 || !strings.HasPrefix(ie.Failures[0].Message, reasonBadSignature) ||
		ie.Failures[1].Index != 2 || !strings.HasPrefix(ie.Failures[1].Message, reasonBadSignature) {
		t.Fatalf("failures %+v", ie.Failures)
	}
	// The valid element was accepted regardless.
	if st := e.sim.EpochStats(0); st.Accepted != 1 || st.Rejected != 2 {
		t.Fatalf("stats %+v", st)
	}
}

func TestRejectionReasons(t *testing.T) {
	e := newTestEnv(t, 64, nil)
	e.advanceTo(9, time.Second) // epoch 1
	data := e.attestationData(9)
	// Slashing detection runs before these checks, so every case that
	// signs different data uses a validator of its own.
	var atSlot9, elsewhere []uint64
	for v := range uint64(64) {
		if d, _ := e.sim.Duty(1, v); d.Slot == 9 {
			atSlot9 = append(atSlot9, v)
		} else {
			elsewhere = append(elsewhere, v)
		}
	}
	duty := func(v uint64) uint64 { d, _ := e.sim.Duty(1, v); return d.CommitteeIndex }
	mut := func(f func(d *phase0.AttestationData)) *phase0.AttestationData {
		c := *data
		src, tgt := *data.Source, *data.Target
		c.Source, c.Target = &src, &tgt
		f(&c)
		return &c
	}
	genesis, _ := e.sim.Block(0)
	old := &phase0.AttestationData{Slot: 1, BeaconBlockRoot: phase0.Root(genesis.Root),
		Source: &phase0.Checkpoint{}, Target: &phase0.Checkpoint{Epoch: 0, Root: phase0.Root(genesis.Root)}}
	cases := []struct {
		name   string
		att    map[string]any
		reason string
		at     uint64 // slot to submit in
	}{
		{"no duty at this slot", e.attestation(elsewhere[0], 0, data), reasonNoDuty, 9},
		{"wrong committee", e.attestation(atSlot9[0], duty(atSlot9[0])+1, data), reasonNoDuty, 9},
		{"committee index 64", e.attestation(atSlot9[0], 64, data), reasonBadIndex, 9},
		{"data index", e.attestation(elsewhere[1], 0, mut(func(d *phase0.AttestationData) { d.Index = 1 })), reasonBadIndex, 9},
		{"future slot", e.attestation(elsewhere[2], 0, mut(func(d *phase0.AttestationData) { d.Slot = 15 })), reasonFutureSlot, 9},
		{"target epoch", e.attestation(elsewhere[3], 0, mut(func(d *phase0.AttestationData) { d.Target.Epoch = 0 })), reasonBadTarget, 9},
		{"unknown head", e.attestation(atSlot9[1], duty(atSlot9[1]), mut(func(d *phase0.AttestationData) { d.BeaconBlockRoot[0] ^= 1 })), reasonUnknownHead, 9},
		{"wrong target", e.attestation(atSlot9[2], duty(atSlot9[2]), mut(func(d *phase0.AttestationData) { d.Target.Root[0] ^= 1 })), reasonWrongTarget, 9},
		{"wrong source", e.attestation(atSlot9[3], duty(atSlot9[3]), mut(func(d *phase0.AttestationData) { d.Source.Epoch = 1 })), reasonWrongSource, 9},
		{"unknown validator", e.attestation(atSlot9[4], 0, data), reasonUnknownValidator, 9},
		{"too old", e.attestation(elsewhere[4], 0, old), reasonTooOld, 17},
	}
	cases[9].att["attester_index"] = "1000"
	for _, c := range cases {
		e.advanceTo(c.at, time.Second)
		code, ie := e.submit(c.att)
		if code != http.StatusBadRequest || len(ie.Failures) != 1 || ie.Failures[0].Index != 0 || !strings.HasPrefix(ie.Failures[0].Message, c.reason) {
			t.Errorf("%s: %d %+v, want reason %s", c.name, code, ie, c.reason)
		}
	}
	if len(e.sim.Slashings()) != 0 {
		t.Errorf("unexpected slashings %+v", e.sim.Slashings())
	}
	rejections := e.sim.Rejections()
	if len(rejections) != len(cases) {
		t.Fatalf("%d rejections logged, want %d", len(rejections), len(cases))
	}
	for i, r := range rejections {
		if r.Reason != cases[i].reason || !strings.HasPrefix(r.Message, r.Reason+": ") {
			t.Errorf("rejection %d: %+v, want reason %s", i, r, cases[i].reason)
		}
	}
	if r := rejections[0]; r.Validator != elsewhere[0] || r.Slot != 9 {
		t.Errorf("first rejection names validator %d slot %d", r.Validator, r.Slot)
	}
	// Whole-request errors.
	for _, c := range []struct {
		body, version string
	}{
		{`[]`, "electra"},
		{`{"not":"an array"}`, "electra"},
		{`[{}]`, ""},
		{`[{}]`, "deneb"},
		{`null`, "electra"},
		{`[`, "electra"},
	} {
		code, body := e.do(http.MethodPost, "/eth/v2/beacon/pool/attestations", []byte(c.body), map[string]string{"Eth-Consensus-Version": c.version})
		if code != http.StatusBadRequest || !json.Valid(body) {
			t.Errorf("body %s version %q: %d %s", c.body, c.version, code, body)
		}
	}
	// A malformed element is reported by index.
	code, ie := e.submit(map[string]any{"committee_index": "0"}, map[string]any{"attester_index": "x"})
	if code != http.StatusBadRequest || len(ie.Failures) != 2 || ie.Failures[1].Index != 1 || !strings.HasPrefix(ie.Failures[0].Message, reasonDecode) {
		t.Errorf("malformed elements: %d %+v", code, ie)
	}
}

func TestSlashableSubmissionsAreFlagged(t *testing.T) {
	e := newTestEnv(t, 16, func(c *Config) { c.SlotsPerEpoch = 4 })
	// Find a validator with duties in epochs 1..3, attest honestly in
	// epoch 1 and 3, then double vote in epoch 3 and surround in epoch 3.
	vi := uint64(5)
	honest := func(epoch uint64) (*phase0.AttestationData, AttesterDuty) {
		d, _ := e.sim.Duty(epoch, vi)
		e.advanceTo(d.Slot, time.Second)
		data := e.attestationData(d.Slot)
		if code, ie := e.submit(e.attestation(vi, d.CommitteeIndex, data)); code != http.StatusOK {
			t.Fatalf("honest attestation in epoch %d: %d %+v", epoch, code, ie)
		}
		return data, d
	}
	honest(1)
	data3, duty3 := honest(3)

	// Double vote: same target, different head.
	double := *data3
	double.BeaconBlockRoot = phase0.Root(e.sim.Head().ParentRoot)
	code, ie := e.submit(e.attestation(vi, duty3.CommitteeIndex, &double))
	if code != http.StatusBadRequest || len(ie.Failures) != 1 || !strings.HasPrefix(ie.Failures[0].Message, reasonSlashable+": double_vote") {
		t.Fatalf("double vote: %d %+v", code, ie)
	}
	// Resubmitting the offending data is rejected again but recorded once;
	// resubmitting the accepted data is still fine.
	e.submit(e.attestation(vi, duty3.CommitteeIndex, &double))
	if code, ie := e.submit(e.attestation(vi, duty3.CommitteeIndex, data3)); code != http.StatusOK {
		t.Fatalf("resubmitting the accepted data: %d %+v", code, ie)
	}

	// Surround vote: source 0, target 4 surrounds (source s, target 3) when
	// s > 0; build a vote surrounded by the epoch-3 vote instead, which
	// always works: source 1 (> data3's source) and target 2 (< 3).
	surrounded := phase0.AttestationData{
		Slot: phase0.Slot(2 * 4), Index: 0, BeaconBlockRoot: data3.BeaconBlockRoot,
		Source: &phase0.Checkpoint{Epoch: data3.Source.Epoch + 1, Root: data3.BeaconBlockRoot},
		Target: &phase0.Checkpoint{Epoch: 2, Root: data3.BeaconBlockRoot},
	}
	if data3.Source.Epoch+1 >= 2 {
		t.Fatalf("test assumes an early source, got %d", data3.Source.Epoch)
	}
	code, ie = e.submit(e.attestation(vi, 0, &surrounded))
	if code != http.StatusBadRequest || len(ie.Failures) != 1 || !strings.HasPrefix(ie.Failures[0].Message, reasonSlashable+": surround_vote") {
		t.Fatalf("surround vote: %d %+v", code, ie)
	}

	// The surrounded vote conflicts with both signed epoch-3 data: two pairs.
	sl := e.sim.Slashings()
	if len(sl) != 3 || sl[0].Kind != DoubleVote || sl[1].Kind != SurroundVote || sl[2].Kind != SurroundVote || sl[0].ValidatorIndex != vi {
		t.Fatalf("slashings %+v", sl)
	}
	if sl[0].Earlier.HashTreeRoot() == sl[0].Offending.HashTreeRoot() || sl[0].Earlier.Target.Epoch != 3 {
		t.Fatalf("double vote record %+v", sl[0])
	}
	code, body := e.do(http.MethodGet, "/metrics", nil, nil)
	if code != http.StatusOK || !strings.Contains(string(body), `beaconsim_slashable_submissions_total{kind="double_vote"} 1`) ||
		!strings.Contains(string(body), `beaconsim_slashable_submissions_total{kind="surround_vote"} 2`) {
		t.Fatalf("metrics: %d\n%s", code, body)
	}
	// The offending data never reaches a block.
	e.advanceTo(4*4+1, 0)
	for s := uint64(1); s <= 17; s++ {
		b, _ := e.sim.Block(s)
		for _, a := range b.Attestations {
			if a.Data.BeaconBlockRoot == Root(double.BeaconBlockRoot) && a.Data.Target.Epoch == 3 {
				t.Fatal("double vote included")
			}
		}
	}
}

func TestJustificationAndFinalization(t *testing.T) {
	e := newTestEnv(t, 16, func(c *Config) { c.SlotsPerEpoch = 4 })
	for slot := uint64(0); slot < 6*4; slot++ {
		e.advanceTo(slot, time.Second)
		e.attestAll(slot)
	}
	e.advanceTo(6*4, time.Second)
	justified, finalized := e.sim.Checkpoints()
	if justified.Epoch != 5 || finalized.Epoch != 4 {
		t.Fatalf("justified %d finalized %d, want 5 and 4", justified.Epoch, finalized.Epoch)
	}
	if justified.Root != e.sim.AttestationData(20).Target.Root {
		t.Error("justified root is not epoch 5's boundary block")
	}
	// Source of epoch-6 attestations is the justified checkpoint.
	if d := e.sim.AttestationData(24); d.Source != justified {
		t.Errorf("source %+v, want %+v", d.Source, justified)
	}
	stats := e.sim.Stats()
	for _, st := range stats[:5] {
		if !st.Final || st.Missed != 0 || st.Included != 16 {
			t.Errorf("epoch %d stats %+v", st.Epoch, st)
		}
	}
	var fin struct {
		Finalized struct{ Epoch string } `json:"finalized"`
	}
	e.getData("/eth/v1/beacon/states/head/finality_checkpoints", &fin)
	if fin.Finalized.Epoch != "4" {
		t.Errorf("finality endpoint %+v", fin)
	}
}

func TestMissedDutiesAreCounted(t *testing.T) {
	e := newTestEnv(t, 16, func(c *Config) {
		c.SlotsPerEpoch = 4
		c.MissedSlots = func(slot uint64) bool { return slot == 2 }
	})
	for slot := uint64(0); slot < 4; slot++ {
		e.advanceTo(slot, time.Second)
		if slot%2 == 0 {
			e.attestAll(slot)
		}
	}
	e.advanceTo(2*4, 0)
	if _, ok := e.sim.Block(2); ok {
		t.Fatal("slot 2 should be empty")
	}
	st := e.sim.EpochStats(0)
	if !st.Final || st.Included != st.Accepted || st.Missed != 16-st.Accepted || st.Accepted == 0 || st.Accepted == 16 {
		t.Fatalf("stats %+v", st)
	}
	if code, _ := e.do(http.MethodGet, "/eth/v2/beacon/blocks/2", nil, nil); code != http.StatusNotFound {
		t.Errorf("empty slot block: %d", code)
	}
	var live []*apiv1.ValidatorLiveness
	e.postData("/eth/v1/validator/liveness/0", []string{"0", "1", "2", "3"}, &live)
	if len(live) != 4 {
		t.Fatalf("liveness %+v", live)
	}
	for _, l := range live {
		_, included := e.sim.Inclusion(0, uint64(l.Index))
		if l.IsLive != included {
			t.Errorf("liveness of %d: %v", l.Index, l.IsLive)
		}
	}
}
