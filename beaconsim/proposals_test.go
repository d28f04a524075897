package beaconsim

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/attestantio/go-eth2-client/api"
	apiv1 "github.com/attestantio/go-eth2-client/api/v1"
	apiv1electra "github.com/attestantio/go-eth2-client/api/v1/electra"
	apiv2 "github.com/attestantio/go-eth2-client/api/v2"
	eth2http "github.com/attestantio/go-eth2-client/http"
	"github.com/attestantio/go-eth2-client/spec"
	"github.com/attestantio/go-eth2-client/spec/bellatrix"
	"github.com/attestantio/go-eth2-client/spec/deneb"
	"github.com/attestantio/go-eth2-client/spec/electra"
	"github.com/attestantio/go-eth2-client/spec/phase0"
	"github.com/keystake/keystake/tbls"
	"github.com/prometheus/client_golang/prometheus/testutil"
	"github.com/rs/zerolog"
)

// proposalEnv is a test simulator whose validators propose, with the
// validators' keys as KeyStake's tbls keys (the same scalars as e.keys).
type proposalEnv struct {
	*testEnv
	tkeys []*tbls.SecretKey
}

func newProposalEnv(t *testing.T, n int, mutate func(*Config)) *proposalEnv {
	t.Helper()
	e := newTestEnv(t, n, func(c *Config) {
		c.ValidatorProposals = true
		if mutate != nil {
			mutate(c)
		}
	})
	pe := &proposalEnv{testEnv: e}
	for i, k := range e.keys {
		tk, err := tbls.SecretKeyFromBytes(k.Serialize())
		if err != nil {
			t.Fatalf("tbls key %d: %v", i, err)
		}
		if [48]byte(tk.PublicKey()) != e.sim.validators[i].record.Pubkey {
			t.Fatalf("tbls and blst disagree on validator %d's public key", i)
		}
		pe.tkeys = append(pe.tkeys, tk)
	}
	return pe
}

// clientSigningRoot is compute_signing_root with go-eth2-client's hashing
// (independent of the simulator's ssz.go).
func clientSigningRoot(t testing.TB, objectRoot [32]byte, domain phase0.Domain) [32]byte {
	t.Helper()
	root, err := (&phase0.SigningData{ObjectRoot: objectRoot, Domain: domain}).HashTreeRoot()
	if err != nil {
		t.Fatal(err)
	}
	return root
}

// clientDomainOf computes a domain the way a client does, with
// go-eth2-client's ForkData hashing.
func clientDomainOf(t testing.TB, dt DomainType, sim *Sim) phase0.Domain {
	t.Helper()
	d := clientDomain(t, sim.cfg.Forks.Electra, sim.GenesisValidatorsRoot())
	copy(d[:4], dt[:])
	return d
}

// randaoReveal is validator vi's RANDAO reveal for epoch.
func (e *proposalEnv) randaoReveal(vi, epoch uint64) phase0.BLSSignature {
	var obj [32]byte
	obj[0], obj[1], obj[2], obj[3], obj[4], obj[5], obj[6], obj[7] = byte(epoch), byte(epoch>>8), byte(epoch>>16), byte(epoch>>24), byte(epoch>>32), byte(epoch>>40), byte(epoch>>48), byte(epoch>>56)
	root := clientSigningRoot(e.t, obj, clientDomainOf(e.t, DomainRandao, e.sim))
	return phase0.BLSSignature(e.tkeys[vi].Sign(root[:]))
}

// signBlock signs block with validator vi's key, hashing with go-eth2-client.
func (e *proposalEnv) signBlock(vi uint64, block *electra.BeaconBlock) *electra.SignedBeaconBlock {
	root, err := block.HashTreeRoot()
	if err != nil {
		e.t.Fatal(err)
	}
	sr := clientSigningRoot(e.t, root, clientDomainOf(e.t, DomainBeaconProposer, e.sim))
	return &electra.SignedBeaconBlock{Message: block, Signature: phase0.BLSSignature(e.tkeys[vi].Sign(sr[:]))}
}

// produce fetches an unsigned block over raw HTTP and decodes it.
func (e *proposalEnv) produce(slot uint64, reveal phase0.BLSSignature, graffiti string) (*electra.BeaconBlock, int, string) {
	e.t.Helper()
	var g [32]byte
	copy(g[:], graffiti)
	code, body := e.do(http.MethodGet, fmt.Sprintf("/eth/v3/validator/blocks/%d?randao_reveal=%#x&graffiti=%#x", slot, reveal, g), nil, nil)
	if code != http.StatusOK {
		return nil, code, string(body)
	}
	var bc apiv1electra.BlockContents
	decodeData(e.t, body, &bc)
	return bc.Block, code, ""
}

// publish posts a signed block as JSON to /eth/v2/beacon/blocks.
func (e *proposalEnv) publish(sb *electra.SignedBeaconBlock) (int, string) {
	e.t.Helper()
	b, err := json.Marshal(&apiv1electra.SignedBlockContents{SignedBlock: sb, KZGProofs: []deneb.KZGProof{}, Blobs: []deneb.Blob{}})
	if err != nil {
		e.t.Fatal(err)
	}
	code, body := e.do(http.MethodPost, "/eth/v2/beacon/blocks", b, map[string]string{"Eth-Consensus-Version": "electra"})
	return code, string(body)
}

func TestValidatorProposalThroughEth2Client(t *testing.T) {
	const n = 16
	e := newProposalEnv(t, n, func(c *Config) { c.PastAttestationData = true })
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	c := newEth2Client(t, ctx, e.url)
	svc, err := eth2http.New(ctx, eth2http.WithAddress(e.url), eth2http.WithLogLevel(zerolog.Disabled),
		eth2http.WithTimeout(10*time.Second), eth2http.WithEnforceJSON(true))
	if err != nil {
		t.Fatal(err)
	}
	cJSON := svc.(*eth2http.Service)

	e.advanceTo(1, 500*time.Millisecond)
	attested := e.attestAll(0)
	if attested == 0 {
		t.Fatal("no attester duty at slot 0")
	}

	// Proposer duties: one per slot after genesis, the proposers the
	// simulator reports, dependent on the genesis block.
	duties, err := c.ProposerDuties(ctx, &api.ProposerDutiesOpts{Epoch: 0})
	if err != nil {
		t.Fatalf("ProposerDuties: %v", err)
	}
	if len(duties.Data) != 7 {
		t.Fatalf("%d proposer duties in epoch 0, want 7", len(duties.Data))
	}
	for i, d := range duties.Data {
		vi, due := e.sim.ProposerDuty(uint64(d.Slot))
		if uint64(d.Slot) != uint64(i)+1 || uint64(d.ValidatorIndex) != vi || !due || [48]byte(d.PubKey) != e.sim.validators[vi].record.Pubkey {
			t.Fatalf("duty %d: %+v (simulator: validator %d due %v)", i, d, vi, due)
		}
	}
	if dr := duties.Metadata["dependent_root"]; fmt.Sprintf("%#x", dr) != mustBlock(t, e.sim, 0).Root.String() {
		t.Fatalf("dependent_root %v, want the genesis root", dr)
	}
	proposer := uint64(duties.Data[0].ValidatorIndex)
	other := (proposer + 1) % n

	fee := bellatrix.ExecutionAddress{0xfe, 0xe1}
	if err := c.SubmitProposalPreparations(ctx, []*apiv1.ProposalPreparation{{ValidatorIndex: phase0.ValidatorIndex(proposer), FeeRecipient: fee}}); err != nil {
		t.Fatalf("SubmitProposalPreparations: %v", err)
	}

	// The client derives the domains itself; they agree with the simulator's.
	for _, dt := range []DomainType{DomainRandao, DomainBeaconProposer} {
		d, err := c.Domain(ctx, phase0.DomainType(dt), 0)
		if err != nil || Domain(d) != ComputeDomain(dt, e.sim.cfg.Forks.Electra, e.sim.gvr) || d != clientDomainOf(t, dt, e.sim) {
			t.Fatalf("domain %x: %v %x", dt, err, d)
		}
	}

	// A RANDAO reveal by another validator is refused.
	var graffiti [32]byte
	copy(graffiti[:], "keystake proposal")
	_, err = c.Proposal(ctx, &api.ProposalOpts{Slot: 1, RandaoReveal: e.randaoReveal(other, 0), Graffiti: graffiti})
	if err == nil || !strings.Contains(err.Error(), "randao_reveal is not validator") {
		t.Fatalf("Proposal with another validator's reveal: %v", err)
	}
	// So is a reveal over the wrong epoch.
	if _, code, msg := e.produce(1, e.randaoReveal(proposer, 1), ""); code != http.StatusBadRequest || !strings.Contains(msg, "randao_reveal") {
		t.Fatalf("reveal over epoch 1: %d %s", code, msg)
	}

	reveal := e.randaoReveal(proposer, 0)
	prop, err := c.Proposal(ctx, &api.ProposalOpts{Slot: 1, RandaoReveal: reveal, Graffiti: graffiti})
	if err != nil {
		t.Fatalf("Proposal: %v", err)
	}
	if prop.Data.Version != spec.DataVersionElectra || prop.Data.Blinded || prop.Data.Electra == nil || prop.Data.ExecutionValue.Sign() != 0 {
		t.Fatalf("proposal: %+v", prop.Data)
	}
	blk := prop.Data.Electra.Block
	genesisRoot := mustBlock(t, e.sim, 0).Root
	if uint64(blk.ProposerIndex) != proposer || blk.Slot != 1 || Root(blk.ParentRoot) != genesisRoot ||
		blk.Body.Graffiti != graffiti || blk.Body.ExecutionPayload.FeeRecipient != fee || blk.Body.RANDAOReveal != reveal {
		t.Fatalf("produced block: %+v", blk)
	}
	if len(blk.Body.Attestations) == 0 {
		t.Fatal("the produced block includes none of the pool's attestations")
	}

	// The simulator's header root (ssz.go) of the block agrees with
	// go-eth2-client's BeaconBlock root.
	clientRoot, err := blk.HashTreeRoot()
	if err != nil {
		t.Fatal(err)
	}
	h, err := blockHeaderOf(blk)
	if err != nil || h.HashTreeRoot() != Root(clientRoot) {
		t.Fatalf("block root: simulator %s, go-eth2-client %#x (%v)", h.HashTreeRoot(), clientRoot, err)
	}
	if h.StateRoot != standInStateRoot(1, genesisRoot, h.BodyRoot) {
		t.Fatal("state root is not the simulator's")
	}

	// Signed by the wrong key: refused, recorded.
	wrong := e.signBlock(other, blk)
	err = c.SubmitProposal(ctx, &api.SubmitProposalOpts{Proposal: &api.VersionedSignedProposal{
		Version: spec.DataVersionElectra,
		Electra: &apiv1electra.SignedBlockContents{SignedBlock: wrong, KZGProofs: []deneb.KZGProof{}, Blobs: []deneb.Blob{}},
	}})
	if err == nil || !strings.Contains(err.Error(), "bad_signature") {
		t.Fatalf("SubmitProposal signed by another validator: %v", err)
	}
	if rej := e.sim.Rejections(); len(rej) == 0 || rej[len(rej)-1].Reason != reasonBadSignature || rej[len(rej)-1].Slot != 1 {
		t.Fatalf("rejections: %+v", rej)
	}

	// Signed by the proposer, published as JSON (as the operator node
	// does): the slot's block, the head.
	signed := e.signBlock(proposer, blk)
	contents := &apiv1electra.SignedBlockContents{SignedBlock: signed, KZGProofs: []deneb.KZGProof{}, Blobs: []deneb.Blob{}}
	bv := apiv2.BroadcastValidationConsensusAndEquivocation
	if err := cJSON.SubmitProposal(ctx, &api.SubmitProposalOpts{
		Proposal:            &api.VersionedSignedProposal{Version: spec.DataVersionElectra, Electra: contents},
		BroadcastValidation: &bv,
	}); err != nil {
		t.Fatalf("SubmitProposal (JSON): %v", err)
	}
	// The same block again, as SSZ (go-eth2-client's default): accepted,
	// nothing changes.
	if err := c.SubmitProposal(ctx, &api.SubmitProposalOpts{Proposal: &api.VersionedSignedProposal{Version: spec.DataVersionElectra, Electra: contents}}); err != nil {
		t.Fatalf("SubmitProposal again (SSZ): %v", err)
	}
	head := e.sim.Head()
	if head.Slot != 1 || head.Root != Root(clientRoot) || head.ProposerIndex != proposer || len(head.Attestations) != len(blk.Body.Attestations) {
		t.Fatalf("head after publication: %+v", head)
	}
	for vi := range uint64(n) {
		if d, _ := e.sim.Duty(0, vi); d.Slot == 0 {
			if slot, ok := e.sim.Inclusion(0, vi); !ok || slot != 1 {
				t.Errorf("validator %d's slot 0 attestation: included %v at %d, want slot 1", vi, ok, slot)
			}
		}
	}
	got, err := c.SignedBeaconBlock(ctx, &api.SignedBeaconBlockOpts{Block: "head"})
	if err != nil || got.Data.Electra == nil || got.Data.Electra.Signature != signed.Signature || got.Data.Electra.Message.Body.Graffiti != graffiti ||
		got.Data.Electra.Message.Body.ExecutionPayload.FeeRecipient != fee {
		t.Fatalf("SignedBeaconBlock(head): %v", err)
	}
	hdr, err := c.BeaconBlockHeader(ctx, &api.BeaconBlockHeaderOpts{Block: "1"})
	if err != nil || hdr.Data.Header.Signature != signed.Signature || hdr.Data.Root != clientRoot {
		t.Fatalf("BeaconBlockHeader(1): %v", err)
	}
	rec, ok := e.sim.Proposal(1)
	if !ok || !rec.Due || !rec.Published || rec.Produced != 1 || rec.Rejected != 1 || rec.Proposer != proposer || rec.Root != Root(clientRoot) ||
		rec.Graffiti != graffiti || rec.FeeRecipient != [20]byte(fee) || rec.Delay != 500*time.Millisecond || rec.Missed {
		t.Fatalf("Proposal(1): %+v", rec)
	}

	// A second, different block signed by the proposer for the same slot:
	// a proposer slashing, refused and recorded.
	var graffiti2 [32]byte
	copy(graffiti2[:], "second thoughts")
	prop2, err := c.Proposal(ctx, &api.ProposalOpts{Slot: 1, RandaoReveal: reveal, Graffiti: graffiti2})
	if err != nil {
		t.Fatalf("second Proposal: %v", err)
	}
	signed2 := e.signBlock(proposer, prop2.Data.Electra.Block)
	err = cJSON.SubmitProposal(ctx, &api.SubmitProposalOpts{Proposal: &api.VersionedSignedProposal{
		Version: spec.DataVersionElectra,
		Electra: &apiv1electra.SignedBlockContents{SignedBlock: signed2, KZGProofs: []deneb.KZGProof{}, Blobs: []deneb.Blob{}},
	}})
	if err == nil || !strings.Contains(err.Error(), "slashable") {
		t.Fatalf("second block for slot 1: %v", err)
	}
	sls := e.sim.Slashings()
	if len(sls) != 1 || sls[0].Kind != DoubleProposal || sls[0].ValidatorIndex != proposer || sls[0].Slot != 1 ||
		sls[0].EarlierBlock.HashTreeRoot() != Root(clientRoot) || sls[0].OffendingSignature != [96]byte(signed2.Signature) {
		t.Fatalf("slashings: %+v", sls)
	}
	if e.sim.Head().Root != Root(clientRoot) {
		t.Fatal("the slashable block changed the head")
	}
	st := e.sim.EpochStats(0)
	if st.ProposalsDue != 1 || st.ProposalsProduced != 1 || st.ProposalsPublished != 1 || st.ProposalsMissed != 0 ||
		st.ProposerSlashings != 1 || st.ProposalRejections != 2 || st.Slashable != 0 {
		t.Fatalf("epoch stats: %+v", st)
	}
	m := e.sim.metrics
	if testutil.ToFloat64(m.proposals.WithLabelValues("published")) != 1 || testutil.ToFloat64(m.slashable.WithLabelValues(string(DoubleProposal))) != 1 ||
		testutil.ToFloat64(m.rejections.WithLabelValues(dutyProposal, reasonBadSignature)) != 1 {
		t.Fatal("proposal metrics")
	}
}

func TestProposalMissed(t *testing.T) {
	e := newProposalEnv(t, 8, nil)
	deadline := 4 * time.Second // a third of the 12 s slot

	// Slot 1: nothing at all.
	e.advanceTo(1, deadline-time.Millisecond)
	if rec, _ := e.sim.Proposal(1); rec.Missed || rec.Final {
		t.Fatalf("slot 1 closed before its deadline: %+v", rec)
	}
	e.advanceTo(1, deadline)
	if rec, ok := e.sim.Proposal(1); !ok || !rec.Due || !rec.Missed || !rec.Final || rec.MissReason != MissNotProduced {
		t.Fatalf("slot 1: %+v", rec)
	}
	if _, ok := e.sim.Block(1); ok {
		t.Fatal("the simulator made a block for a missed validator slot")
	}
	p1, _ := e.sim.ProposerDuty(1)
	if _, code, msg := e.produce(1, e.randaoReveal(p1, 0), ""); code != http.StatusBadRequest || !strings.Contains(msg, "deadline") {
		t.Fatalf("producing after the deadline: %d %s", code, msg)
	}

	// Slot 2: produced, never published.
	e.advanceTo(2, time.Second)
	p2, _ := e.sim.ProposerDuty(2)
	if _, code, msg := e.produce(2, e.randaoReveal(p2, 0), "two"); code != http.StatusOK {
		t.Fatalf("produce slot 2: %d %s", code, msg)
	}
	// Slot 4 is neither current nor next.
	p4, _ := e.sim.ProposerDuty(4)
	if _, code, _ := e.produce(4, e.randaoReveal(p4, 0), ""); code != http.StatusBadRequest {
		t.Fatalf("produce slot 4 during slot 2: %d", code)
	}
	// Slot 3, the next one, may be produced ahead, and published too early.
	p3, _ := e.sim.ProposerDuty(3)
	blk3, code, msg := e.produce(3, e.randaoReveal(p3, 0), "three")
	if code != http.StatusOK {
		t.Fatalf("produce slot 3 ahead: %d %s", code, msg)
	}
	signed3 := e.signBlock(p3, blk3)
	if code, msg := e.publish(signed3); code != http.StatusBadRequest || !strings.Contains(msg, reasonFutureSlot) {
		t.Fatalf("publishing slot 3 during slot 2: %d %s", code, msg)
	}

	// Slot 3: published after the deadline.
	e.advanceTo(3, deadline+time.Millisecond)
	if code, msg := e.publish(signed3); code != http.StatusBadRequest || !strings.Contains(msg, reasonLate) {
		t.Fatalf("late publication: %d %s", code, msg)
	}
	e.advanceTo(4, 0)
	for slot, reason := range map[uint64]string{1: MissNotProduced, 2: MissNotPublished, 3: MissRejected + ": " + reasonLate} {
		if rec, _ := e.sim.Proposal(slot); !rec.Missed || rec.MissReason != reason {
			t.Errorf("slot %d: %+v, want missed (%s)", slot, rec, reason)
		}
	}
	st := e.sim.EpochStats(0)
	if st.ProposalsDue != 4 || st.ProposalsProduced != 2 || st.ProposalsPublished != 0 || st.ProposalsMissed != 3 ||
		st.ProposalRejections != 2 || len(st.MissedProposals) != 3 || st.MissedProposals[2] != MissNotPublished {
		t.Fatalf("epoch stats: %+v", st)
	}
	if head := e.sim.Head(); head.Slot != 0 {
		t.Fatalf("head at slot %d, want genesis", head.Slot)
	}
	if got := testutil.ToFloat64(e.sim.metrics.proposals.WithLabelValues("missed")); got != 3 {
		t.Fatalf("missed metric %v", got)
	}
}

func TestPublicationChecks(t *testing.T) {
	e := newProposalEnv(t, 8, func(c *Config) {
		c.ProposedSlots = func(slot uint64) bool { return slot != 2 }
	})
	e.advanceTo(1, time.Second)
	p, _ := e.sim.ProposerDuty(1)
	other := (p + 1) % 8
	blk, code, msg := e.produce(1, e.randaoReveal(p, 0), "checks")
	if code != http.StatusOK {
		t.Fatalf("produce: %d %s", code, msg)
	}
	mutated := func(f func(b *electra.BeaconBlock)) *electra.BeaconBlock {
		cp := *blk
		body := *blk.Body
		cp.Body = &body
		f(&cp)
		return &cp
	}
	cases := []struct {
		name   string
		signed *electra.SignedBeaconBlock
		reason string
	}{
		{"wrong proposer", e.signBlock(other, mutated(func(b *electra.BeaconBlock) { b.ProposerIndex = phase0.ValidatorIndex(other) })), reasonWrongProposer},
		{"unknown proposer", e.signBlock(p, mutated(func(b *electra.BeaconBlock) { b.ProposerIndex = 99 })), reasonUnknownValidator},
		{"wrong parent", e.signBlock(p, mutated(func(b *electra.BeaconBlock) { b.ParentRoot = phase0.Root{1} })), reasonWrongParent},
		{"wrong state root", e.signBlock(p, mutated(func(b *electra.BeaconBlock) { b.StateRoot = phase0.Root{2} })), reasonWrongStateRoot},
		{"body not produced", e.signBlock(p, mutated(func(b *electra.BeaconBlock) {
			b.Body.Graffiti = [32]byte{'x'}
			h, _ := blockHeaderOf(b)
			b.StateRoot = phase0.Root(standInStateRoot(1, Root(b.ParentRoot), h.BodyRoot))
		})), reasonUnknownBody},
		{"bad randao", e.signBlock(p, mutated(func(b *electra.BeaconBlock) {
			b.Body.RANDAOReveal = e.randaoReveal(p, 1)
			h, _ := blockHeaderOf(b)
			b.StateRoot = phase0.Root(standInStateRoot(1, Root(b.ParentRoot), h.BodyRoot))
		})), reasonBadRandao},
	}
	for _, tc := range cases {
		// The mutated blocks are different headers of one slot, mostly by
		// one proposer: forget the signed headers before each so that the
		// check under test, not double-proposal detection, answers.
		e.sim.mu.Lock()
		clear(e.sim.st.signedHeaders)
		e.sim.mu.Unlock()
		if code, msg := e.publish(tc.signed); code != http.StatusBadRequest || !strings.Contains(msg, tc.reason) {
			t.Errorf("%s: %d %s, want reason %s", tc.name, code, msg, tc.reason)
		}
	}
	// Bad requests as a whole.
	good, _ := json.Marshal(&apiv1electra.SignedBlockContents{SignedBlock: e.signBlock(p, blk), KZGProofs: []deneb.KZGProof{}, Blobs: []deneb.Blob{}})
	for name, req := range map[string]struct {
		path, version, query string
		body                 []byte
	}{
		"no version header":   {"/eth/v2/beacon/blocks", "", "", good},
		"wrong version":       {"/eth/v2/beacon/blocks", "deneb", "", good},
		"bad broadcast":       {"/eth/v2/beacon/blocks", "electra", "?broadcast_validation=everything", good},
		"not JSON":            {"/eth/v2/beacon/blocks", "electra", "", []byte(`{`)},
		"no signed block":     {"/eth/v1/beacon/blocks", "", "", []byte(`{"kzg_proofs":[],"blobs":[]}`)},
		"blob count mismatch": {"/eth/v1/beacon/blocks", "", "", []byte(strings.Replace(string(good), `"blobs":[]`, `"blobs":["0x00"]`, 1))},
		"null block":          {"/eth/v1/beacon/blocks", "", "", []byte(`{"signed_block":null,"kzg_proofs":[],"blobs":[]}`)},
	} {
		hdr := map[string]string{}
		if req.version != "" {
			hdr["Eth-Consensus-Version"] = req.version
		}
		if code, body := e.do(http.MethodPost, req.path+req.query, req.body, hdr); code != http.StatusBadRequest || !strings.Contains(string(body), reasonDecode) {
			t.Errorf("%s: %d %s", name, code, body)
		}
	}
	// Every decoded rejection was charged to slot 1; the undecodable
	// requests to no slot.
	if rec, _ := e.sim.Proposal(1); rec.Published || rec.Rejected != len(cases) {
		t.Fatalf("slot 1 record: %+v, want %d rejections", rec, len(cases))
	}
	// A block produced with skip_randao_verification carries the point at
	// infinity and fails publication.
	code, body := e.do(http.MethodGet, fmt.Sprintf("/eth/v3/validator/blocks/1?randao_reveal=%#x&skip_randao_verification=", g2Infinity), nil, nil)
	if code != http.StatusOK {
		t.Fatalf("produce with skip_randao_verification: %d %s", code, body)
	}
	var bc apiv1electra.BlockContents
	decodeData(t, body, &bc)
	e.sim.mu.Lock()
	clear(e.sim.st.signedHeaders)
	e.sim.mu.Unlock()
	if code, msg := e.publish(e.signBlock(p, bc.Block)); code != http.StatusBadRequest || !strings.Contains(msg, reasonBadRandao) {
		t.Fatalf("publishing an infinity reveal: %d %s", code, msg)
	}
	// Finally the v1 endpoint, without a version header, takes the good
	// block.
	e.sim.mu.Lock()
	clear(e.sim.st.signedHeaders)
	e.sim.mu.Unlock()
	if code, body := e.do(http.MethodPost, "/eth/v1/beacon/blocks", good, nil); code != http.StatusOK {
		t.Fatalf("v1 publication: %d %s", code, body)
	}
	if rec, _ := e.sim.Proposal(1); !rec.Published {
		t.Fatalf("slot 1 after v1 publication: %+v", rec)
	}
	// Slot 2 is the simulator's: no duty, no production.
	e.advanceTo(2, 0)
	if _, ok := e.sim.Block(2); !ok {
		t.Fatal("the simulator did not make slot 2's block")
	}
	p2, due := e.sim.ProposerDuty(2)
	if _, code, _ := e.produce(2, e.randaoReveal(p2, 0), ""); due || code != http.StatusBadRequest {
		t.Fatalf("slot 2: due %v, produce %d", due, code)
	}
	noDuty := e.signBlock(p2, mutated(func(b *electra.BeaconBlock) {
		b.Slot, b.ProposerIndex = 2, phase0.ValidatorIndex(p2)
		b.Body.RANDAOReveal = e.randaoReveal(p2, 0)
	}))
	if code, msg := e.publish(noDuty); code != http.StatusBadRequest || !strings.Contains(msg, reasonNoDuty) {
		t.Fatalf("publishing for the simulator's slot 2: %d %s", code, msg)
	}
}

func TestProposerDutiesOffByDefault(t *testing.T) {
	e := newTestEnv(t, 4, nil)
	e.advanceTo(1, 0)
	var duties []json.RawMessage
	e.getData("/eth/v1/validator/duties/proposer/0", &duties)
	if len(duties) != 0 {
		t.Fatalf("proposer duties with ValidatorProposals off: %d", len(duties))
	}
	if code, _ := e.do(http.MethodGet, "/eth/v1/validator/duties/proposer/2", nil, nil); code != http.StatusBadRequest {
		t.Fatalf("proposer duties two epochs ahead: %d", code)
	}
	if code, body := e.do(http.MethodGet, fmt.Sprintf("/eth/v3/validator/blocks/1?randao_reveal=%#x", g2Infinity), nil, nil); code != http.StatusBadRequest {
		t.Fatalf("produce with ValidatorProposals off: %d %s", code, body)
	}
	if rec, ok := e.sim.Proposal(1); !ok || rec.Due || rec.Missed {
		t.Fatalf("Proposal(1) of a simulator-made slot: %+v", rec)
	}
	if _, err := New(Config{Validators: e.sim.cfg.Validators, SlotDuration: time.Second, ProposalDeadline: 2 * time.Second}); err == nil {
		t.Fatal("a proposal deadline beyond the slot was accepted")
	}
}

func TestProposedBlockEventsAndDeadlineWake(t *testing.T) {
	e := newProposalEnv(t, 8, func(c *Config) {
		c.ProposedSlots = func(slot uint64) bool { return slot >= 2 }
	})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	events := e.subscribe(ctx, "head,block")
	waitLoop := func() {
		t.Helper()
		if !e.clock.BlockUntil(1, guard) {
			t.Fatal("slot loop not waiting on the clock")
		}
	}
	// Slot 1 is the simulator's: its block is announced at the slot's start.
	waitLoop()
	e.advanceTo(1, 0)
	if ev := nextEvent(t, events); ev.topic != "head" || !strings.Contains(ev.data, `"slot":"1"`) {
		t.Fatalf("slot 1 event: %+v", ev)
	}
	nextEvent(t, events) // block
	// Slot 2 is the proposer's: nothing is announced until it publishes.
	waitLoop()
	e.advanceTo(2, 0)
	waitLoop()
	e.advanceTo(2, time.Second)
	p, _ := e.sim.ProposerDuty(2)
	blk, code, msg := e.produce(2, e.randaoReveal(p, 0), "evented")
	if code != http.StatusOK {
		t.Fatalf("produce: %d %s", code, msg)
	}
	if code, msg := e.publish(e.signBlock(p, blk)); code != http.StatusOK {
		t.Fatalf("publish: %d %s", code, msg)
	}
	head, block := nextEvent(t, events), nextEvent(t, events)
	var he apiv1.HeadEvent
	if err := json.Unmarshal([]byte(head.data), &he); err != nil || head.topic != "head" || block.topic != "block" {
		t.Fatalf("events after publication: %+v %+v (%v)", head, block, err)
	}
	if info := e.sim.Head(); he.Slot != 2 || Root(he.Block) != info.Root || info.ProposerIndex != p {
		t.Fatalf("head event %+v, head %+v", he, info)
	}
	// Slot 3 is never published: the slot loop wakes at its deadline and
	// closes it as missed, before anything else looks.
	waitLoop()
	e.advanceTo(3, 0)
	waitLoop()
	missed := e.sim.metrics.proposals.WithLabelValues("missed")
	e.advanceTo(3, 4*time.Second)
	waitLoop()
	if got := testutil.ToFloat64(missed); got != 1 {
		t.Fatalf("missed proposals after slot 3's deadline: %v", got)
	}
}

func TestBlindedProposalThroughEth2Client(t *testing.T) {
	e := newProposalEnv(t, 8, func(c *Config) { c.Builder = true })
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	c := newEth2Client(t, ctx, e.url)
	e.advanceTo(1, time.Second)
	p, _ := e.sim.ProposerDuty(1)
	fee := bellatrix.ExecutionAddress{0xb1, 0x1d}
	if err := c.SubmitProposalPreparations(ctx, []*apiv1.ProposalPreparation{{ValidatorIndex: phase0.ValidatorIndex(p), FeeRecipient: fee}}); err != nil {
		t.Fatal(err)
	}
	reveal := e.randaoReveal(p, 0)

	// builder_boost_factor 0 asks for a local (full) block.
	zero := uint64(0)
	local, err := c.Proposal(ctx, &api.ProposalOpts{Slot: 1, RandaoReveal: reveal, BuilderBoostFactor: &zero})
	if err != nil || local.Data.Blinded || local.Data.Electra == nil {
		t.Fatalf("Proposal with builder_boost_factor 0: %v", err)
	}

	prop, err := c.Proposal(ctx, &api.ProposalOpts{Slot: 1, RandaoReveal: reveal, Graffiti: [32]byte{'b'}})
	if err != nil {
		t.Fatalf("Proposal: %v", err)
	}
	if !prop.Data.Blinded || prop.Data.ElectraBlinded == nil || prop.Data.Electra != nil {
		t.Fatalf("not a blinded proposal: %+v", prop.Data)
	}
	bb := prop.Data.ElectraBlinded
	if uint64(bb.ProposerIndex) != p || bb.Body.ExecutionPayloadHeader.FeeRecipient != fee || bb.Body.Graffiti != [32]byte{'b'} {
		t.Fatalf("blinded block: %+v", bb)
	}
	root, err := bb.HashTreeRoot()
	if err != nil {
		t.Fatal(err)
	}
	sr := clientSigningRoot(t, root, clientDomainOf(t, DomainBeaconProposer, e.sim))
	signed := &apiv1electra.SignedBlindedBeaconBlock{Message: bb, Signature: phase0.BLSSignature(e.tkeys[p].Sign(sr[:]))}

	// Signed by another validator: refused.
	other := (p + 1) % 8
	bad := &apiv1electra.SignedBlindedBeaconBlock{Message: bb, Signature: phase0.BLSSignature(e.tkeys[other].Sign(sr[:]))}
	err = c.SubmitBlindedProposal(ctx, &api.SubmitBlindedProposalOpts{Proposal: &api.VersionedSignedBlindedProposal{Version: spec.DataVersionElectra, Electra: bad}})
	if err == nil || !strings.Contains(err.Error(), reasonBadSignature) {
		t.Fatalf("blinded block signed by another validator: %v", err)
	}

	if err := c.SubmitBlindedProposal(ctx, &api.SubmitBlindedProposalOpts{Proposal: &api.VersionedSignedBlindedProposal{Version: spec.DataVersionElectra, Electra: signed}}); err != nil {
		t.Fatalf("SubmitBlindedProposal: %v", err)
	}
	// The simulator revealed the payload: the head is the full block, with
	// the blinded block's root and signature.
	head := e.sim.Head()
	if head.Slot != 1 || head.Root != Root(root) || head.ProposerIndex != p {
		t.Fatalf("head %+v, want the blinded block's root %#x", head, root)
	}
	got, err := c.SignedBeaconBlock(ctx, &api.SignedBeaconBlockOpts{Block: "head"})
	if err != nil || got.Data.Electra == nil || got.Data.Electra.Signature != signed.Signature ||
		got.Data.Electra.Message.Body.ExecutionPayload.FeeRecipient != fee {
		t.Fatalf("SignedBeaconBlock(head): %v", err)
	}
	if fullRoot, err := got.Data.Electra.Message.HashTreeRoot(); err != nil || fullRoot != root {
		t.Fatalf("full block root %#x, blinded %#x (%v)", fullRoot, root, err)
	}
	if rec, _ := e.sim.Proposal(1); !rec.Published || !rec.Blinded || rec.Produced != 2 || rec.FeeRecipient != [20]byte(fee) {
		t.Fatalf("Proposal(1): %+v", rec)
	}
	// The local block, signed too, is a second block for the slot.
	localSigned := e.signBlock(p, local.Data.Electra.Block)
	if code, msg := e.publish(localSigned); code != http.StatusBadRequest || !strings.Contains(msg, reasonSlashable) {
		t.Fatalf("the local block after the blinded one: %d %s", code, msg)
	}
}
