// These tests drive the simulator with go-eth2-client's own HTTP client,
// exactly as KeyStake's operator node talks to a beacon node.

package beaconsim

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/OffchainLabs/go-bitfield"
	client "github.com/attestantio/go-eth2-client"
	"github.com/attestantio/go-eth2-client/api"
	apiv1 "github.com/attestantio/go-eth2-client/api/v1"
	eth2http "github.com/attestantio/go-eth2-client/http"
	"github.com/attestantio/go-eth2-client/spec"
	"github.com/attestantio/go-eth2-client/spec/electra"
	"github.com/attestantio/go-eth2-client/spec/phase0"
	"github.com/rs/zerolog"
	blst "github.com/supranational/blst/bindings/go"
)

func newEth2Client(t *testing.T, ctx context.Context, url string) *eth2http.Service {
	t.Helper()
	svc, err := eth2http.New(ctx,
		eth2http.WithAddress(url),
		eth2http.WithLogLevel(zerolog.Disabled),
		eth2http.WithTimeout(10*time.Second),
	)
	if err != nil {
		t.Fatalf("go-eth2-client: %v", err)
	}
	return svc.(*eth2http.Service)
}

// clientAttestation builds the Electra attestation a validator client
// hands to SubmitAttestations: one aggregation bit at the validator's
// committee position, one committee bit, signed over the domain the client
// computed itself.
func clientAttestation(t *testing.T, sk *blst.SecretKey, duty *apiv1.AttesterDuty, data *phase0.AttestationData, domain phase0.Domain) *spec.VersionedAttestation {
	t.Helper()
	aggBits := bitfield.NewBitlist(duty.CommitteeLength)
	aggBits.SetBitAt(duty.ValidatorCommitteeIndex, true)
	committeeBits := bitfield.NewBitvector64()
	committeeBits.SetBitAt(uint64(duty.CommitteeIndex), true)
	vi := duty.ValidatorIndex
	return &spec.VersionedAttestation{
		Version:        spec.DataVersionElectra,
		ValidatorIndex: &vi,
		Electra: &electra.Attestation{
			AggregationBits: aggBits,
			Data:            data,
			Signature:       clientSign(t, sk, data, domain),
			CommitteeBits:   committeeBits,
		},
	}
}

func TestEth2ClientAgainstSimulator(t *testing.T) {
	const n = 64
	e := newTestEnv(t, n, nil)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	c := newEth2Client(t, ctx, e.url)

	// Static data.
	genesis, err := c.Genesis(ctx, &api.GenesisOpts{})
	if err != nil || !genesis.Data.GenesisTime.Equal(testGenesis) || Root(genesis.Data.GenesisValidatorsRoot) != e.sim.GenesisValidatorsRoot() {
		t.Fatalf("Genesis: %v %+v", err, genesis)
	}
	if d, err := c.SlotDuration(ctx); err != nil || d != 12*time.Second {
		t.Fatalf("SlotDuration: %v %v", d, err)
	}
	if spe, err := c.SlotsPerEpoch(ctx); err != nil || spe != 8 {
		t.Fatalf("SlotsPerEpoch: %v %v", spe, err)
	}
	specResp, err := c.Spec(ctx, &api.SpecOpts{})
	if err != nil || specResp.Data["ELECTRA_FORK_EPOCH"] != uint64(0) || specResp.Data["ELECTRA_FORK_VERSION"] != phase0.Version(DefaultForkVersions.Electra) {
		t.Fatalf("Spec: %v electra epoch %v version %v", err, specResp.Data["ELECTRA_FORK_EPOCH"], specResp.Data["ELECTRA_FORK_VERSION"])
	}
	if tac, err := c.TargetAggregatorsPerCommittee(ctx); err != nil || tac != 16 {
		t.Fatalf("TargetAggregatorsPerCommittee: %v %v", tac, err)
	}
	forks, err := c.ForkSchedule(ctx, &api.ForkScheduleOpts{})
	if err != nil || len(forks.Data) != 6 {
		t.Fatalf("ForkSchedule: %v %+v", err, forks)
	}
	if f, err := c.Fork(ctx, &api.ForkOpts{State: "head"}); err != nil || Version(f.Data.CurrentVersion) != DefaultForkVersions.Electra {
		t.Fatalf("Fork: %v %+v", err, f)
	}
	if dc, err := c.DepositContract(ctx, &api.DepositContractOpts{}); err != nil || dc.Data.ChainID != 1337 {
		t.Fatalf("DepositContract: %v %+v", err, dc)
	}
	if v, err := c.NodeVersion(ctx, &api.NodeVersionOpts{}); err != nil || !strings.Contains(v.Data, "beaconsim") {
		t.Fatalf("NodeVersion: %v %+v", err, v)
	}
	if !c.IsSynced() {
		t.Fatal("client does not consider the simulator synced")
	}

	// The client computes the signing domain itself from the fork schedule
	// and genesis; it must agree with the simulator's.
	domain, err := c.Domain(ctx, phase0.DomainType(DomainBeaconAttester), 0)
	if err != nil || Domain(domain) != e.sim.AttesterDomain(0) {
		t.Fatalf("Domain: %v %#x vs %#x", err, domain, e.sim.AttesterDomain(0))
	}

	// Validators by public key.
	pubkeys := make([]phase0.BLSPubKey, n)
	byPub := make(map[phase0.BLSPubKey]int)
	for i, k := range e.keys {
		pubkeys[i] = phase0.BLSPubKey(pubkeyOf(k))
		byPub[pubkeys[i]] = i
	}
	vals, err := c.Validators(ctx, &api.ValidatorsOpts{State: "head", PubKeys: pubkeys})
	if err != nil || len(vals.Data) != n {
		t.Fatalf("Validators: %v, %d", err, len(vals.Data))
	}
	indices := make([]phase0.ValidatorIndex, 0, n)
	for idx, v := range vals.Data {
		if byPub[v.Validator.PublicKey] != int(idx) || v.Status != apiv1.ValidatorStateActiveOngoing {
			t.Fatalf("validator %d: %+v", idx, v)
		}
		indices = append(indices, idx)
	}

	// Duties: everyone exactly once, committee index below 64.
	dutiesResp, err := c.AttesterDuties(ctx, &api.AttesterDutiesOpts{Epoch: 0, Indices: indices})
	if err != nil {
		t.Fatalf("AttesterDuties: %v", err)
	}
	checkDuties(t, dutiesResp.Data, 0, 8, n, 1)
	if _, ok := dutiesResp.Metadata["dependent_root"].(phase0.Root); !ok {
		t.Errorf("no dependent_root in metadata: %+v", dutiesResp.Metadata)
	}

	// Head events through the client's SSE support.
	heads := make(chan *apiv1.HeadEvent, 64)
	if err := c.Events(ctx, &api.EventsOpts{Topics: []string{"head"}, HeadHandler: func(_ context.Context, ev *apiv1.HeadEvent) { heads <- ev }}); err != nil {
		t.Fatalf("Events: %v", err)
	}
	// The client connects after a second of real time.
	deadline := time.Now().Add(guard)
	for e.sim.events.count() == 0 {
		if time.Now().After(deadline) {
			t.Fatal("the client never subscribed")
		}
		time.Sleep(20 * time.Millisecond)
	}

	// Slot 2: everyone with a duty attests through the client.
	const slot = 2
	e.advanceTo(slot, 4*time.Second)
	select {
	case ev := <-heads:
		if ev.Slot != 1 && ev.Slot != slot {
			t.Fatalf("head event for slot %d", ev.Slot)
		}
	case <-time.After(guard):
		t.Fatal("no head event")
	}
	var atts []*spec.VersionedAttestation
	var attesters []uint64
	for _, d := range dutiesResp.Data {
		if d.Slot != slot {
			continue
		}
		ad, err := c.AttestationData(ctx, &api.AttestationDataOpts{Slot: slot, CommitteeIndex: d.CommitteeIndex})
		if err != nil {
			t.Fatalf("AttestationData: %v", err)
		}
		atts = append(atts, clientAttestation(t, e.keys[d.ValidatorIndex], d, ad.Data, domain))
		attesters = append(attesters, uint64(d.ValidatorIndex))
	}
	if err := c.SubmitAttestations(ctx, &api.SubmitAttestationsOpts{Attestations: atts}); err != nil {
		t.Fatalf("SubmitAttestations: %v", err)
	}
	s := phase0.Slot(slot)
	pool, err := c.AttestationPool(ctx, &api.AttestationPoolOpts{Slot: &s})
	if err != nil || len(pool.Data) != len(atts) {
		t.Fatalf("AttestationPool: %v %d", err, len(pool.Data))
	}

	// A bad signature is a 400 naming the element.
	bad := *atts[0].Electra
	bad.Signature = atts[1].Electra.Signature
	vi0 := *atts[0].ValidatorIndex
	err = c.SubmitAttestations(ctx, &api.SubmitAttestationsOpts{Attestations: []*spec.VersionedAttestation{
		atts[1], {Version: spec.DataVersionElectra, ValidatorIndex: &vi0, Electra: &bad},
	}})
	var apiErr *api.Error
	if !errors.As(err, &apiErr) || apiErr.StatusCode != http.StatusBadRequest ||
		!strings.Contains(string(apiErr.Data), `"index":1`) || !strings.Contains(string(apiErr.Data), reasonBadSignature) {
		t.Fatalf("bad signature: %v", err)
	}

	// The next block includes them; the client decodes it.
	e.advanceTo(slot+1, 0)
	block, err := c.SignedBeaconBlock(ctx, &api.SignedBeaconBlockOpts{Block: fmt.Sprint(slot + 1)})
	if err != nil || block.Data.Version != spec.DataVersionElectra {
		t.Fatalf("SignedBeaconBlock: %v", err)
	}
	onChain := block.Data.Electra.Message.Body.Attestations
	if len(onChain) != 1 || onChain[0].AggregationBits.Count() != uint64(len(attesters)) || onChain[0].Data.Slot != slot {
		t.Fatalf("block attestations %+v", onChain)
	}
	root, err := c.BeaconBlockRoot(ctx, &api.BeaconBlockRootOpts{Block: "head"})
	if err != nil {
		t.Fatal(err)
	}
	if want, _ := block.Data.Electra.Message.HashTreeRoot(); *root.Data != want {
		t.Fatalf("head root %#x, block hashes to %#x", *root.Data, want)
	}
	hdr, err := c.BeaconBlockHeader(ctx, &api.BeaconBlockHeaderOpts{Block: "head"})
	if err != nil || hdr.Data.Root != *root.Data {
		t.Fatalf("BeaconBlockHeader: %v", err)
	}
	for _, vi := range attesters {
		if incl, ok := e.sim.Inclusion(0, vi); !ok || incl != slot+1 {
			t.Fatalf("validator %d not included", vi)
		}
	}
	live, err := c.ValidatorLiveness(ctx, &api.ValidatorLivenessOpts{Epoch: 0, Indices: []phase0.ValidatorIndex{phase0.ValidatorIndex(attesters[0])}})
	if err != nil || len(live.Data) != 1 || !live.Data[0].IsLive {
		t.Fatalf("ValidatorLiveness: %v %+v", err, live)
	}

	// Slashable votes through the client are rejected and flagged.
	d0 := dutiesResp.Data[0]
	for _, d := range dutiesResp.Data {
		if uint64(d.ValidatorIndex) == attesters[0] {
			d0 = d
		}
	}
	double := *onChain[0].Data
	double.BeaconBlockRoot = phase0.Root(e.sim.Head().Root)
	err = c.SubmitAttestations(ctx, &api.SubmitAttestationsOpts{Attestations: []*spec.VersionedAttestation{
		clientAttestation(t, e.keys[d0.ValidatorIndex], d0, &double, domain),
	}})
	if !errors.As(err, &apiErr) || apiErr.StatusCode != 400 || !strings.Contains(string(apiErr.Data), "double_vote") {
		t.Fatalf("double vote: %v", err)
	}
	if sl := e.sim.Slashings(); len(sl) != 1 || sl[0].Kind != DoubleVote || sl[0].ValidatorIndex != uint64(d0.ValidatorIndex) {
		t.Fatalf("slashings %+v", sl)
	}

	// Injected failures reach the client as errors.
	e.sim.SetFaults(Fault{Route: RouteAttesterDuties, Status: http.StatusServiceUnavailable})
	_, err = c.AttesterDuties(ctx, &api.AttesterDutiesOpts{Epoch: 0, Indices: indices})
	if !errors.As(err, &apiErr) || apiErr.StatusCode != http.StatusServiceUnavailable {
		t.Fatalf("injected 503: %v", err)
	}
	e.sim.SetFaults(Fault{Route: RouteAttestationData, Garbage: true})
	if _, err := c.AttestationData(ctx, &api.AttestationDataOpts{Slot: slot + 1}); err == nil {
		t.Fatal("garbage attestation data accepted by the client")
	}
	e.sim.SetFaults()
	if _, err := c.AttestationData(ctx, &api.AttestationDataOpts{Slot: slot + 1}); err != nil {
		t.Fatalf("after clearing faults: %v", err)
	}
}

func TestEth2ClientSubSecondSlots(t *testing.T) {
	e := newTestEnv(t, 4, func(c *Config) { c.SlotDuration = 500 * time.Millisecond })
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	c := newEth2Client(t, ctx, e.url)
	if _, err := c.SlotDuration(ctx); !errors.Is(err, eth2http.ErrIncorrectType) {
		t.Fatalf("SlotDuration with 500 ms slots: %v, want ErrIncorrectType", err)
	}
	sp, err := c.Spec(ctx, &api.SpecOpts{})
	if err != nil || sp.Data["SLOT_DURATION_MS"] != uint64(500) {
		t.Fatalf("SLOT_DURATION_MS: %v %v", err, sp.Data["SLOT_DURATION_MS"])
	}
}

func TestEth2ClientSeesUnavailableNode(t *testing.T) {
	e := newTestEnv(t, 4, func(c *Config) {
		c.Faults = []Fault{{Route: RouteNodeSyncing, Status: http.StatusServiceUnavailable}}
	})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	if _, err := eth2http.New(ctx, eth2http.WithAddress(e.url), eth2http.WithLogLevel(zerolog.Disabled)); !errors.Is(err, client.ErrNotActive) {
		t.Fatalf("client against a node failing /node/syncing: %v", err)
	}
	e.sim.SetFaults()
	if _, err := eth2http.New(ctx, eth2http.WithAddress(e.url), eth2http.WithLogLevel(zerolog.Disabled)); err != nil {
		t.Fatalf("after recovery: %v", err)
	}
}
