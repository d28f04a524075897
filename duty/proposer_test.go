package duty

import (
	"context"
	"crypto/ed25519"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/attestantio/go-eth2-client/api"
	apiv1 "github.com/attestantio/go-eth2-client/api/v1"
	apiv1electra "github.com/attestantio/go-eth2-client/api/v1/electra"
	"github.com/attestantio/go-eth2-client/spec"
	"github.com/attestantio/go-eth2-client/spec/altair"
	"github.com/attestantio/go-eth2-client/spec/bellatrix"
	"github.com/attestantio/go-eth2-client/spec/capella"
	"github.com/attestantio/go-eth2-client/spec/deneb"
	"github.com/attestantio/go-eth2-client/spec/electra"
	"github.com/attestantio/go-eth2-client/spec/phase0"
	"github.com/holiman/uint256"

	"github.com/keystake/keystake/internal/blstcheck"
	"github.com/keystake/keystake/signing"
)

var testDomains = func(t phase0.DomainType, _ phase0.Epoch) (phase0.Domain, error) {
	return signing.Domain(t, phase0.Version{1, 2, 3, 4}, phase0.Root{9})
}

var knownParent = phase0.Root{0x50}

// blockProducer makes the fake beacon's blocks; tests replace it to make a
// beacon node misbehave.
type blockProducer func(slot phase0.Slot, proposer phase0.ValidatorIndex, randao phase0.BLSSignature, graffiti [32]byte) *electra.BeaconBlock

func goodBlock(slot phase0.Slot, proposer phase0.ValidatorIndex, randao phase0.BLSSignature, graffiti [32]byte) *electra.BeaconBlock {
	return &electra.BeaconBlock{
		Slot: slot, ProposerIndex: proposer, ParentRoot: knownParent, StateRoot: phase0.Root{0x51},
		Body: &electra.BeaconBlockBody{
			RANDAOReveal: randao,
			ETH1Data:     &phase0.ETH1Data{BlockHash: make([]byte, 32)},
			Graffiti:     graffiti,
			SyncAggregate: &altair.SyncAggregate{
				SyncCommitteeBits: make([]byte, 64),
			},
			ExecutionPayload: &deneb.ExecutionPayload{
				FeeRecipient:  bellatrix.ExecutionAddress{0xfe},
				LogsBloom:     [256]byte{},
				BaseFeePerGas: uint256.NewInt(7),
				Withdrawals:   []*capella.Withdrawal{},
			},
			ExecutionRequests: &electra.ExecutionRequests{},
		},
	}
}

func (b *fakeBeacon) ProposerDuties(_ context.Context, epoch phase0.Epoch, _ []phase0.ValidatorIndex) ([]*apiv1.ProposerDuty, error) {
	if b.proposerDuties == nil {
		return nil, nil
	}
	return b.proposerDuties(epoch), nil
}

func (b *fakeBeacon) Proposal(_ context.Context, slot phase0.Slot, randao phase0.BLSSignature, graffiti [32]byte) (*api.VersionedProposal, error) {
	produce := b.produce
	if produce == nil {
		produce = goodBlock
	}
	block := produce(slot, b.proposerIndex, randao, graffiti)
	return &api.VersionedProposal{Version: spec.DataVersionElectra, Electra: &apiv1electra.BlockContents{Block: block}}, nil
}

func (b *fakeBeacon) SubmitProposal(_ context.Context, p *api.VersionedSignedProposal) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.blocks = append(b.blocks, p)
	return nil
}

func (b *fakeBeacon) BlockKnown(_ context.Context, root phase0.Root) (bool, error) {
	return root == knownParent, nil
}

func (s *memSlashing) blocks(reqs []BlockRecord, record bool) []error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.proposed == nil {
		s.proposed = make(map[string]phase0.Root)
	}
	errs := make([]error, len(reqs))
	for i, r := range reqs {
		k := fmt.Sprintf("%x/%d", r.Pubkey, r.Slot)
		if prev, ok := s.proposed[k]; ok && prev != r.SigningRoot {
			errs[i] = fmt.Errorf("double proposal at slot %d", r.Slot)
			continue
		}
		if record {
			s.proposed[k] = r.SigningRoot
		}
	}
	return errs
}

func (s *memSlashing) CheckBlocks(reqs []BlockRecord) []error { return s.blocks(reqs, false) }
func (s *memSlashing) CheckAndRecordBlocks(reqs []BlockRecord) []error {
	return s.blocks(reqs, true)
}

// proposalDuty returns validator 0's duty at the slot after the current one,
// after setting every node's fee recipient and validator index.
func (tc *testCluster) proposalDuty() *apiv1.ProposerDuty {
	slot := tc.tm.SlotAt(time.Now()) + 1
	for _, n := range tc.nodes {
		n.beacon.proposerIndex = 100
		for _, c := range n.attester.clusters {
			c.Validators[0].FeeRecipient = bellatrix.ExecutionAddress{0xfe}
		}
	}
	return &apiv1.ProposerDuty{PubKey: phase0.BLSPubKey(tc.keys[0].PublicKey()), Slot: slot, ValidatorIndex: 100}
}

// propose runs the duty on the given nodes.
func (tc *testCluster) propose(d *apiv1.ProposerDuty, nodes ...int) {
	var wg sync.WaitGroup
	for _, i := range nodes {
		wg.Add(1)
		go func() { defer wg.Done(); tc.nodes[i].proposer.Propose(context.Background(), d) }()
	}
	wg.Wait()
}

// checkProposed verifies with blst that node i published one block for the
// duty, signed by the validator, with the validator's RANDAO reveal.
func (tc *testCluster) checkProposed(t *testing.T, i int, d *apiv1.ProposerDuty) *electra.BeaconBlock {
	t.Helper()
	b := tc.nodes[i].beacon
	b.mu.Lock()
	defer b.mu.Unlock()
	if len(b.blocks) != 1 {
		t.Fatalf("node %d published %d blocks, want 1", i+1, len(b.blocks))
	}
	signed := b.blocks[0].Electra.SignedBlock
	block := signed.Message
	epoch := tc.tm.Epoch(d.Slot)
	domain, _ := testDomains(signing.DomainBeaconProposer, epoch)
	root, err := signing.Root(block, domain)
	if err != nil {
		t.Fatal(err)
	}
	if err := blstcheck.Verify(d.PubKey[:], root[:], signed.Signature[:]); err != nil {
		t.Fatalf("node %d: block signature: %v", i+1, err)
	}
	randaoDomain, _ := testDomains(signing.DomainRandao, epoch)
	randaoRoot, _ := signing.Root(signing.Uint64(epoch), randaoDomain)
	if err := blstcheck.Verify(d.PubKey[:], randaoRoot[:], block.Body.RANDAOReveal[:]); err != nil {
		t.Fatalf("node %d: RANDAO reveal: %v", i+1, err)
	}
	if block.Slot != d.Slot || block.ProposerIndex != d.ValidatorIndex {
		t.Fatalf("node %d: block for slot %d by %d", i+1, block.Slot, block.ProposerIndex)
	}
	return block
}

// TestProposerProposes: the four nodes threshold-sign the RANDAO reveal,
// agree on a block and each publishes the same block, signed by the
// validator's key.
func TestProposerProposes(t *testing.T) {
	tc := newTestCluster(t, 2)
	d := tc.proposalDuty()
	tc.propose(d, 0, 1, 2, 3)
	first := tc.checkProposed(t, 0, d)
	for i := 1; i < 4; i++ {
		if b := tc.checkProposed(t, i, d); b.Body.Graffiti != first.Body.Graffiti || b.Body.ExecutionPayload.FeeRecipient != first.Body.ExecutionPayload.FeeRecipient {
			t.Fatalf("node %d published another block", i+1)
		}
	}
}

// TestProposerOneDown: with one operator offline the other three propose.
func TestProposerOneDown(t *testing.T) {
	tc := newTestCluster(t, 1)
	tc.net.down[string(tc.nodes[3].id.Public().(ed25519.PublicKey))] = true
	d := tc.proposalDuty()
	tc.propose(d, 0, 1, 2)
	for i := 0; i < 3; i++ {
		tc.checkProposed(t, i, d)
	}
}

// TestProposerWithoutReveal: an operator that missed the others' RANDAO
// partials (say it just restarted) checks the leader's reveal itself and
// still signs, so with another operator down the cluster still proposes.
func TestProposerWithoutReveal(t *testing.T) {
	tc := newTestCluster(t, 1)
	tc.net.down[string(tc.nodes[0].id.Public().(ed25519.PublicKey))] = true
	tc.nodes[3].deaf = map[uint8]bool{DutyRandao: true}
	d := tc.proposalDuty()
	tc.propose(d, 1, 2, 3)
	for i := 1; i < 4; i++ {
		tc.checkProposed(t, i, d)
	}
}

// TestProposerRefusesBadBlocks: a block that pays another fee recipient,
// builds on an unknown parent or carries another RANDAO reveal is refused
// by every honest operator, so no block is signed.
func TestProposerRefusesBadBlocks(t *testing.T) {
	for name, produce := range map[string]blockProducer{
		"fee recipient": func(slot phase0.Slot, p phase0.ValidatorIndex, r phase0.BLSSignature, g [32]byte) *electra.BeaconBlock {
			b := goodBlock(slot, p, r, g)
			b.Body.ExecutionPayload.FeeRecipient = bellatrix.ExecutionAddress{0xba, 0xd}
			return b
		},
		"unknown parent": func(slot phase0.Slot, p phase0.ValidatorIndex, r phase0.BLSSignature, g [32]byte) *electra.BeaconBlock {
			b := goodBlock(slot, p, r, g)
			b.ParentRoot = phase0.Root{0xee}
			return b
		},
		"RANDAO reveal": func(slot phase0.Slot, p phase0.ValidatorIndex, _ phase0.BLSSignature, g [32]byte) *electra.BeaconBlock {
			return goodBlock(slot, p, phase0.BLSSignature{0xc0}, g)
		},
		"proposer": func(slot phase0.Slot, _ phase0.ValidatorIndex, r phase0.BLSSignature, g [32]byte) *electra.BeaconBlock {
			return goodBlock(slot, 7, r, g)
		},
	} {
		t.Run(name, func(t *testing.T) {
			tc := newTestCluster(t, 1)
			d := tc.proposalDuty()
			for _, n := range tc.nodes {
				n.beacon.produce = produce // every beacon node misbehaves
			}
			tc.propose(d, 0, 1, 2, 3)
			for i, n := range tc.nodes {
				if len(n.beacon.blocks) != 0 {
					t.Fatalf("node %d published a bad block", i+1)
				}
			}
		})
	}
}

// TestProposerSlashingProtection: a node that already signed another block
// for the slot refuses, and with two such nodes no block is signed.
func TestProposerSlashingProtection(t *testing.T) {
	tc := newTestCluster(t, 1)
	d := tc.proposalDuty()
	for _, i := range []int{0, 1} {
		s := tc.nodes[i].proposer.cfg.Slashing
		if err := s.CheckAndRecordBlocks([]BlockRecord{{Pubkey: d.PubKey, Slot: d.Slot, SigningRoot: phase0.Root{1}}})[0]; err != nil {
			t.Fatal(err)
		}
	}
	tc.propose(d, 0, 1, 2, 3)
	for i, n := range tc.nodes {
		if len(n.beacon.blocks) != 0 {
			t.Fatalf("node %d published a block although two operators had signed another", i+1)
		}
	}
}

func TestDecodeProposalErrors(t *testing.T) {
	good, err := encodeProposal(&api.VersionedProposal{Version: spec.DataVersionElectra,
		Electra: &apiv1electra.BlockContents{Block: goodBlock(3, 1, phase0.BLSSignature{}, [32]byte{})}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := decodeProposal(good); err != nil {
		t.Fatalf("good proposal: %v", err)
	}
	for name, b := range map[string][]byte{
		"empty":        nil,
		"unknown form": append([]byte{9}, good[1:]...),
		"truncated":    good[:len(good)-3],
		"blinded form": append([]byte{proposalBlinded}, good[1:]...),
	} {
		if _, err := decodeProposal(b); err == nil || !strings.Contains(err.Error(), "decode") {
			t.Errorf("%s: %v", name, err)
		}
	}
}

func FuzzDecodeProposal(f *testing.F) {
	good, _ := encodeProposal(&api.VersionedProposal{Version: spec.DataVersionElectra,
		Electra: &apiv1electra.BlockContents{Block: goodBlock(3, 1, phase0.BLSSignature{}, [32]byte{})}})
	f.Add(good)
	f.Add([]byte{proposalBlinded})
	f.Fuzz(func(t *testing.T, b []byte) {
		p, err := decodeProposal(b)
		if err == nil {
			_ = p.header() // complete blocks only
		}
	})
}

func (b *fakeBeacon) PrepareProposers(_ context.Context, preps []*apiv1.ProposalPreparation) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.prepared = append(b.prepared, preps...)
	return nil
}

// TestCheckReveal: with the cluster's reveal, only that one passes; without
// it, a valid signature of the validator over the epoch passes and anything
// else fails.
func TestCheckReveal(t *testing.T) {
	tc := newTestCluster(t, 1)
	p := tc.nodes[0].proposer
	var c *Cluster
	for _, cl := range tc.nodes[0].attester.clusters {
		c = cl
	}
	root := phase0.Root{0x5e}
	valid := phase0.BLSSignature(tc.keys[0].Sign(root[:]))
	other := phase0.BLSSignature(tc.keys[0].Sign([]byte("another epoch")))
	pending := &revealState{root: root, done: make(chan struct{})}
	recovered := &revealState{root: root, done: make(chan struct{}), sig: valid}
	close(recovered.done)
	for _, tc := range []struct {
		name   string
		reveal *revealState
		got    phase0.BLSSignature
		ok     bool
	}{
		{"the cluster's reveal", recovered, valid, true},
		{"another one", recovered, other, false},
		{"none of ours, valid signature", pending, valid, true},
		{"none of ours, signature of another message", pending, other, false},
		{"none of ours, garbage", pending, phase0.BLSSignature{0xc0}, false},
	} {
		if err := p.checkReveal(c, 0, tc.reveal, tc.got); (err == nil) != tc.ok {
			t.Errorf("%s: error %v, want ok %v", tc.name, err, tc.ok)
		}
	}
}
