package beacon

import (
	"errors"
	"log/slog"
	"math/big"
	"net/http"
	"strings"
	"testing"
	"time"

	apiv1 "github.com/attestantio/go-eth2-client/api/v1"
	"github.com/attestantio/go-eth2-client/spec/electra"
	"github.com/attestantio/go-eth2-client/spec/phase0"

	"github.com/keystake/keystake/beaconsim"
	"github.com/keystake/keystake/signing"
	"github.com/keystake/keystake/tbls"
)

// Simulated network for the integration tests: 1 s slots, 8 per epoch.
const (
	simValidators    = 32
	simSlotsPerEpoch = 8
	simSlot          = time.Second
)

// simKeys returns deterministic validator keys (secrets 1000+i).
func simKeys(t *testing.T, n int) []*tbls.SecretKey {
	t.Helper()
	keys := make([]*tbls.SecretKey, n)
	for i := range keys {
		var b [32]byte
		big.NewInt(int64(1000 + i)).FillBytes(b[:])
		k, err := tbls.SecretKeyFromBytes(b[:])
		if err != nil {
			t.Fatal(err)
		}
		keys[i] = k
	}
	return keys
}

// startSim runs a simulator of the keys' validators whose genesis lies a
// little more than one epoch in the past.
func startSim(t *testing.T, keys []*tbls.SecretKey, genesis time.Time, faults ...beaconsim.Fault) *beaconsim.Sim {
	t.Helper()
	vals := make([]beaconsim.Validator, len(keys))
	for i, k := range keys {
		vals[i] = beaconsim.Validator{Pubkey: k.PublicKey()}
	}
	sim, err := beaconsim.New(beaconsim.Config{
		Validators:    vals,
		GenesisTime:   genesis,
		SlotDuration:  simSlot,
		SlotsPerEpoch: simSlotsPerEpoch,
		Logger:        slog.New(slog.DiscardHandler),
		Faults:        faults,
		// The test signs the duties of slots already past.
		PastAttestationData: true,
	})
	if err != nil {
		t.Fatalf("beaconsim.New: %v", err)
	}
	if err := sim.Start(t.Context()); err != nil {
		t.Fatalf("beaconsim Start: %v", err)
	}
	t.Cleanup(func() { sim.Close() })
	return sim
}

func simGenesis() time.Time {
	return time.Now().Truncate(time.Second).Add(-(simSlotsPerEpoch + 3) * simSlot)
}

// TestAgainstBeaconsim exercises the whole API against the simulator,
// behind a node answering 500 and one answering garbage: validators,
// duties, attestation data, signed submissions accepted and refused, head
// events, sync state.
func TestAgainstBeaconsim(t *testing.T) {
	if testing.Short() {
		t.Skip("integration test")
	}
	keys := simKeys(t, simValidators)
	genesis := simGenesis()
	failing := startSim(t, keys, genesis, beaconsim.Fault{Route: beaconsim.RouteAttestationData, Status: http.StatusInternalServerError})
	garbage := startSim(t, keys, genesis, beaconsim.Fault{Route: beaconsim.RouteAttestationData, Garbage: true})
	good := startSim(t, keys, genesis)

	c, err := New(t.Context(), Config{
		URLs:    []string{failing.URL(), garbage.URL(), good.URL()},
		Timeout: time.Second,
		Logger:  quiet(t),
	})
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	defer c.Close()
	ctx := t.Context()

	g, err := c.Genesis(ctx)
	if err != nil || g.GenesisValidatorsRoot != phase0.Root(good.GenesisValidatorsRoot()) || !g.GenesisTime.Equal(genesis) {
		t.Fatalf("Genesis = %+v, %v", g, err)
	}
	spec, err := c.Spec(ctx)
	if err != nil || spec.SlotDuration != simSlot || spec.SlotsPerEpoch != simSlotsPerEpoch {
		t.Fatalf("Spec = %+v, %v", spec, err)
	}
	electraVersion := phase0.Version(beaconsim.DefaultForkVersions.Electra)
	if v, err := c.Fork(ctx, 1); err != nil || v != electraVersion {
		t.Fatalf("Fork(1) = %#x, %v; want %#x", v, err, electraVersion)
	}

	// Heads arrive while the rest runs.
	heads := make(chan phase0.Slot, 64)
	go c.SubscribeHeads(ctx, func(slot phase0.Slot, _ phase0.Root) {
		select {
		case heads <- slot:
		default:
		}
	})

	pubkeys := make([]phase0.BLSPubKey, len(keys))
	for i, k := range keys {
		pubkeys[i] = phase0.BLSPubKey(k.PublicKey())
	}
	unknown := phase0.BLSPubKey(simKeys(t, simValidators+1)[simValidators].PublicKey())
	vals, err := c.Validators(ctx, append(pubkeys, unknown))
	if err != nil || len(vals) != simValidators {
		t.Fatalf("Validators: %d, %v", len(vals), err)
	}
	indices := make([]phase0.ValidatorIndex, len(keys))
	for i, pk := range pubkeys {
		indices[i] = vals[pk].Index
		if vals[pk].Status != apiv1.ValidatorStateActiveOngoing {
			t.Errorf("validator %d status %v", i, vals[pk].Status)
		}
	}

	sync, err := c.Syncing(ctx)
	if err != nil {
		t.Fatalf("Syncing: %v", err)
	}
	epoch := spec.EpochOf(sync.HeadSlot)
	duties, err := c.AttesterDuties(ctx, epoch, indices)
	if err != nil || len(duties) != simValidators {
		t.Fatalf("AttesterDuties(%d): %d, %v", epoch, len(duties), err)
	}

	atts := signDuties(t, c, keys, duties, sync.HeadSlot)
	if len(atts) == 0 {
		t.Fatal("no duty at a started slot of the epoch")
	}
	if err := c.SubmitAttestations(ctx, atts); err != nil {
		t.Fatalf("SubmitAttestations: %v", err)
	}

	// A bad signature is refused by every node; the typed error says which.
	bad := *atts[0]
	bad.Signature = atts[len(atts)-1].Signature
	if len(atts) == 1 {
		bad.Signature = phase0.BLSSignature(keys[0].Sign([]byte("not the signing root")))
	}
	err = c.SubmitAttestations(ctx, []*electra.SingleAttestation{atts[0], &bad})
	var se *SubmissionError
	if !errors.As(err, &se) || len(se.Failures) != 1 || se.Failures[0].Index != 1 {
		t.Fatalf("submitting a bad signature: %v, want a *SubmissionError for index 1", err)
	}

	for _, n := range []*beaconsim.Sim{failing, garbage} {
		_, name, _ := normalizeURL(n.URL())
		if st := nodeByName(c, name).state(); st.failures == 0 && st.lastOK.IsZero() {
			t.Errorf("faulty simulator %s neither demoted nor used", name)
		}
	}
	for _, tc := range []struct {
		sim  *beaconsim.Sim
		ep   string
		kind string
	}{{failing, epAttData, KindHTTP5xx}, {garbage, epAttData, KindInvalid}} {
		_, name, _ := normalizeURL(tc.sim.URL())
		if n := testCounter(c, tc.ep, name, tc.kind); n < 1 {
			t.Errorf("errors{%s, %s, %s} = %v, want >= 1", tc.ep, name, tc.kind, n)
		}
	}

	select {
	case slot := <-heads:
		if slot+1 < sync.HeadSlot {
			t.Errorf("head slot %d long before the node's head %d", slot, sync.HeadSlot)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("no head event")
	}
	if !c.Healthy() {
		t.Error("not healthy")
	}
}

// signDuties signs, for every duty at a slot up to head, the attestation
// data of that slot.
func signDuties(t *testing.T, c *Client, keys []*tbls.SecretKey, duties []*apiv1.AttesterDuty, head phase0.Slot) []*electra.SingleAttestation {
	t.Helper()
	ctx := t.Context()
	g, _ := c.Genesis(ctx)
	spec, _ := c.Spec(ctx)
	byIndex := make(map[phase0.ValidatorIndex]*tbls.SecretKey, len(keys))
	for i, k := range keys {
		byIndex[phase0.ValidatorIndex(i)] = k
	}
	var atts []*electra.SingleAttestation
	for _, d := range duties {
		if d.Slot > head {
			continue
		}
		data, err := c.AttestationData(ctx, d.Slot)
		if err != nil {
			t.Fatalf("AttestationData(%d): %v", d.Slot, err)
		}
		fork, err := c.Fork(ctx, spec.EpochOf(d.Slot))
		if err != nil {
			t.Fatal(err)
		}
		domain, err := signing.Domain(spec.DomainBeaconAttester, fork, g.GenesisValidatorsRoot)
		if err != nil {
			t.Fatal(err)
		}
		root, err := signing.Root(data, domain)
		if err != nil {
			t.Fatal(err)
		}
		atts = append(atts, &electra.SingleAttestation{
			CommitteeIndex: d.CommitteeIndex,
			AttesterIndex:  d.ValidatorIndex,
			Data:           data,
			Signature:      phase0.BLSSignature(byIndex[d.ValidatorIndex].Sign(root[:])),
		})
	}
	return atts
}

func nodeByName(c *Client, name string) *node {
	for _, n := range c.nodes {
		if n.name == name {
			return n
		}
	}
	return nil
}

// TestBeaconsimOtherNetwork checks New refuses simulators of different
// validator sets (different genesis validators roots).
func TestBeaconsimOtherNetwork(t *testing.T) {
	if testing.Short() {
		t.Skip("integration test")
	}
	genesis := simGenesis()
	a := startSim(t, simKeys(t, 4), genesis)
	b := startSim(t, simKeys(t, 5), genesis)
	_, err := New(t.Context(), Config{URLs: []string{a.URL(), b.URL()}, Timeout: time.Second, Logger: quiet(t)})
	if err == nil || !strings.Contains(err.Error(), "different networks") {
		t.Fatalf("New with two networks: %v", err)
	}
}
