package duty

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"fmt"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/attestantio/go-eth2-client/api"
	apiv1 "github.com/attestantio/go-eth2-client/api/v1"
	"github.com/attestantio/go-eth2-client/spec/electra"
	"github.com/attestantio/go-eth2-client/spec/phase0"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/keystake/keystake/consensus"
	"github.com/keystake/keystake/internal/blstcheck"
	"github.com/keystake/keystake/signing"
	"github.com/keystake/keystake/tbls"
)

var testDomain = func(phase0.Epoch) (phase0.Domain, error) {
	return signing.Domain(signing.DomainBeaconAttester, phase0.Version{1, 2, 3, 4}, phase0.Root{9})
}

// fakeBeacon serves fixed attestation data and records submissions.
type fakeBeacon struct {
	data   *phase0.AttestationData
	duties func(phase0.Epoch) []*apiv1.AttesterDuty
	index  map[phase0.BLSPubKey]phase0.ValidatorIndex
	mu     sync.Mutex
	subs   []*electra.SingleAttestation

	proposerDuties func(phase0.Epoch) []*apiv1.ProposerDuty
	proposerIndex  phase0.ValidatorIndex
	produce        blockProducer
	blocks         []*api.VersionedSignedProposal
	prepared       []*apiv1.ProposalPreparation

	aggregate     func(slot phase0.Slot, root phase0.Root, ci phase0.CommitteeIndex) (*electra.Attestation, error)
	aggregates    []*electra.SignedAggregateAndProof
	subscriptions []*apiv1.BeaconCommitteeSubscription
}

func (b *fakeBeacon) AttesterDuties(_ context.Context, epoch phase0.Epoch, _ []phase0.ValidatorIndex) ([]*apiv1.AttesterDuty, error) {
	if b.duties == nil {
		return nil, nil
	}
	return b.duties(epoch), nil
}

func (b *fakeBeacon) Validators(_ context.Context, pubkeys []phase0.BLSPubKey) (map[phase0.BLSPubKey]*apiv1.Validator, error) {
	out := make(map[phase0.BLSPubKey]*apiv1.Validator)
	for _, pk := range pubkeys {
		out[pk] = &apiv1.Validator{Index: b.index[pk], Status: apiv1.ValidatorStateActiveOngoing}
	}
	return out, nil
}

func (b *fakeBeacon) AttestationData(_ context.Context, slot phase0.Slot) (*phase0.AttestationData, error) {
	d := *b.data
	d.Slot = slot
	return &d, nil
}

func (b *fakeBeacon) SubmitAttestations(_ context.Context, atts []*electra.SingleAttestation) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.subs = append(b.subs, atts...)
	return nil
}

// memSlashing is a minimal slashing database: one signing root per target.
type memSlashing struct {
	mu       sync.Mutex
	signed   map[phase0.BLSPubKey]map[phase0.Epoch]phase0.Root
	proposed map[string]phase0.Root // pubkey/slot -> signing root
}

func (s *memSlashing) check(r AttestationRecord, record bool) error {
	if s.signed == nil {
		s.signed = make(map[phase0.BLSPubKey]map[phase0.Epoch]phase0.Root)
	}
	if prev, ok := s.signed[r.Pubkey][r.Target]; ok && prev != r.SigningRoot {
		return fmt.Errorf("double vote at target %d", r.Target)
	}
	if record {
		if s.signed[r.Pubkey] == nil {
			s.signed[r.Pubkey] = make(map[phase0.Epoch]phase0.Root)
		}
		s.signed[r.Pubkey][r.Target] = r.SigningRoot
	}
	return nil
}

func (s *memSlashing) batch(reqs []AttestationRecord, record bool) []error {
	s.mu.Lock()
	defer s.mu.Unlock()
	errs := make([]error, len(reqs))
	for i, r := range reqs {
		errs[i] = s.check(r, record)
	}
	return errs
}

func (s *memSlashing) CheckAttestations(reqs []AttestationRecord) []error {
	return s.batch(reqs, false)
}
func (s *memSlashing) CheckAndRecordAttestations(reqs []AttestationRecord) []error {
	return s.batch(reqs, true)
}

// memNet routes both protocols between in-memory nodes.
type memNet struct {
	mu    sync.Mutex
	nodes map[string]*testNode
	down  map[string]bool
}

type testNode struct {
	id       ed25519.PrivateKey
	mgr      *consensus.Manager
	attester *Attester
	proposer *Proposer
	beacon   *fakeBeacon
	reg      *prometheus.Registry
	net      *memNet
	// corrupt, when set, replaces this node's outgoing partials.
	corrupt bool
	// deaf drops the partials of these duty types sent to this node.
	deaf map[uint8]bool
}

func (n *testNode) Send(to ed25519.PublicKey, protocol string, msg []byte) {
	n.net.mu.Lock()
	target := n.net.nodes[string(to)]
	down := n.net.down[string(to)] || n.net.down[string(n.id.Public().(ed25519.PublicKey))]
	n.net.mu.Unlock()
	if target == nil || down {
		return
	}
	from := n.id.Public().(ed25519.PublicKey)
	switch protocol {
	case consensus.Protocol:
		_ = target.mgr.Handle(from, bytes.Clone(msg), nil)
	case PartialsProtocol:
		if m, err := DecodePartials(msg); err == nil && target.deaf[m.Duty] {
			return
		}
		if n.corrupt {
			m, _ := DecodePartials(msg)
			for i := range m.Partials {
				m.Partials[i].Signature = rawSign(tbls.GenerateSecretKey(), []byte("junk"))
			}
			msg, _ = m.MarshalBinary()
		}
		_ = target.attester.HandlePartials(from, msg)
	}
}

type testCluster struct {
	keys  []*tbls.SecretKey
	nodes []*testNode
	net   *memNet
	tm    Timing
}

func newTestCluster(t *testing.T, validators int) *testCluster {
	const n, threshold = 4, 3
	tc := &testCluster{net: &memNet{nodes: map[string]*testNode{}, down: map[string]bool{}}}
	tc.tm = Timing{Genesis: time.Now().Add(-100 * time.Millisecond), SlotDuration: 1200 * time.Millisecond, SlotsPerEpoch: 8}
	var members []ed25519.PublicKey
	var ids []ed25519.PrivateKey
	for i := 0; i < n; i++ {
		pub, priv, _ := ed25519.GenerateKey(nil)
		members, ids = append(members, pub), append(ids, priv)
	}
	clusters := make([]*Cluster, n)
	for i := range clusters {
		clusters[i] = &Cluster{Hash: [32]byte{7}, Threshold: threshold, Members: members, Self: i + 1}
	}
	for v := 0; v < validators; v++ {
		sk := tbls.GenerateSecretKey()
		tc.keys = append(tc.keys, sk)
		split, err := tbls.SplitSecret(sk, n, threshold)
		if err != nil {
			t.Fatal(err)
		}
		for i := range clusters {
			clusters[i].Validators = append(clusters[i].Validators, &Validator{
				Pubkey: phase0.BLSPubKey(sk.PublicKey()), Index: phase0.ValidatorIndex(100 + v), Active: true,
				Share: split.Shares[i+1], PublicShares: split.PublicShares,
			})
		}
	}
	data := &phase0.AttestationData{
		BeaconBlockRoot: phase0.Root{1},
		Source:          &phase0.Checkpoint{Epoch: 0, Root: phase0.Root{2}},
		Target:          &phase0.Checkpoint{Epoch: 0, Root: phase0.Root{3}},
	}
	dir := t.TempDir()
	for i := 0; i < n; i++ {
		store, err := consensus.OpenStore(filepath.Join(dir, fmt.Sprintf("c%d.db", i)))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { store.Close() })
		node := &testNode{id: ids[i], beacon: &fakeBeacon{data: data}, reg: prometheus.NewRegistry(), net: tc.net}
		node.mgr = consensus.NewManager(consensus.Config{Identity: ids[i], Store: store, Network: node})
		metrics := NewMetrics(node.reg)
		x := NewExchange(node, tc.tm, nil, metrics, nil, []*Cluster{clusters[i]})
		slashing := &memSlashing{}
		node.attester = NewAttester(AttesterConfig{
			Beacon: node.beacon, Consensus: node.mgr, Slashing: slashing, Network: node,
			Timing: tc.tm, Domain: testDomain, Metrics: metrics, Exchange: x,
		}, []*Cluster{clusters[i]})
		node.proposer = NewProposer(ProposerConfig{
			Beacon: node.beacon, Consensus: node.mgr, Slashing: slashing, Exchange: x,
			Timing: tc.tm, Domain: testDomains, Metrics: metrics, Graffiti: [32]byte{'k', 's'},
		}, []*Cluster{clusters[i]})
		tc.net.nodes[string(members[i])] = node
		tc.nodes = append(tc.nodes, node)
	}
	return tc
}

func (tc *testCluster) duties(slot phase0.Slot) []*apiv1.AttesterDuty {
	var out []*apiv1.AttesterDuty
	for v, sk := range tc.keys {
		out = append(out, &apiv1.AttesterDuty{PubKey: phase0.BLSPubKey(sk.PublicKey()), Slot: slot, ValidatorIndex: phase0.ValidatorIndex(100 + v),
			CommitteeIndex: phase0.CommitteeIndex(v % 3), CommitteesAtSlot: 3, CommitteeLength: 4, ValidatorCommitteeIndex: uint64(v / 3)})
	}
	return out
}

// run has the given nodes attest at slot 1 and returns when all are done.
func (tc *testCluster) run(nodes ...int) {
	var wg sync.WaitGroup
	for _, i := range nodes {
		wg.Add(1)
		go func() {
			defer wg.Done()
			tc.nodes[i].attester.Attest(context.Background(), 1, tc.duties(1))
		}()
	}
	wg.Wait()
}

// checkSubmitted verifies, with blst, that node i submitted one valid
// attestation per validator.
func (tc *testCluster) checkSubmitted(t *testing.T, i int) {
	t.Helper()
	b := tc.nodes[i].beacon
	b.mu.Lock()
	defer b.mu.Unlock()
	if len(b.subs) != len(tc.keys) {
		t.Fatalf("node %d submitted %d attestations, want %d", i+1, len(b.subs), len(tc.keys))
	}
	seen := make(map[phase0.ValidatorIndex]bool)
	for _, att := range b.subs {
		v := int(att.AttesterIndex) - 100
		if seen[att.AttesterIndex] || v < 0 || v >= len(tc.keys) {
			t.Fatalf("node %d: unexpected or repeated attester %d", i+1, att.AttesterIndex)
		}
		seen[att.AttesterIndex] = true
		if att.CommitteeIndex != phase0.CommitteeIndex(v%3) || att.Data.Slot != att.Data.Slot {
			t.Fatalf("node %d: attestation %d has committee %d, slot %d", i+1, v, att.CommitteeIndex, att.Data.Slot)
		}
		dom, _ := testDomain(0)
		root, _ := signing.Root(att.Data, dom)
		pk := tc.keys[v].PublicKey()
		if err := blstcheck.Verify(pk[:], root[:], att.Signature[:]); err != nil {
			t.Fatalf("node %d, validator %d: %v", i+1, v, err)
		}
	}
}

func TestAttestAllUp(t *testing.T) {
	tc := newTestCluster(t, 5)
	tc.run(0, 1, 2, 3)
	for i := range tc.nodes {
		tc.checkSubmitted(t, i)
	}
}

func TestAttestOneDown(t *testing.T) {
	tc := newTestCluster(t, 3)
	down := tc.nodes[2].id.Public().(ed25519.PublicKey)
	tc.net.down[string(down)] = true
	tc.run(0, 1, 3)
	for _, i := range []int{0, 1, 3} {
		tc.checkSubmitted(t, i)
	}
}

// TestAttestInvalidPartials: one operator sends invalid partial signatures;
// the others still recover every signature from the honest partials.
func TestAttestInvalidPartials(t *testing.T) {
	tc := newTestCluster(t, 4)
	tc.nodes[0].corrupt = true
	tc.run(0, 1, 2, 3)
	for _, i := range []int{1, 2, 3} {
		tc.checkSubmitted(t, i)
	}
}

// TestCollectorFindsBadOperator: the lowest-indexed operator's partials are
// invalid, so the optimistic recovery fails; the collector names the
// operator and recovers from the other three.
func TestCollectorFindsBadOperator(t *testing.T) {
	tc := newTestCluster(t, 3)
	c := tc.nodes[1].attester.clusters[[32]byte{7}]
	root := []byte("signing root of the slot's data..")
	col := newCollector(c)
	col.add(1, nil) // before the decision: kept for later
	col.decided(root, []uint32{0, 1, 2})
	for op := 1; op <= 4; op++ {
		var ps []Partial
		for v := 0; v < 3; v++ {
			share := tbls.GenerateSecretKey() // wrong key for operator 1
			if op != 1 {
				share = tc.nodes[op-1].attester.clusters[[32]byte{7}].Validators[v].Share
			}
			ps = append(ps, Partial{Validator: uint32(v), Signature: rawSign(share, root)})
		}
		col.add(op, ps)
	}
	bad := col.recover()
	if len(bad) == 0 || bad[0] != 1 {
		t.Fatalf("bad operators %v, want [1]", bad)
	}
	sigs, complete := col.ready()
	if !complete || len(sigs) != 3 {
		t.Fatalf("recovered %d of 3 (complete %v)", len(sigs), complete)
	}
	for v, sig := range sigs {
		if sig != tc.keys[v].Sign(root) {
			t.Fatalf("validator %d: recovered signature is not the validator's", v)
		}
	}
	n, missing := col.missing()
	if n != 0 || len(missing) != 0 {
		t.Fatalf("missing %d, operators %v", n, missing)
	}
}

func TestValidateRejects(t *testing.T) {
	tc := newTestCluster(t, 1)
	a := tc.nodes[0].attester
	c := a.clusters[[32]byte{7}]
	own, _ := tc.nodes[0].beacon.AttestationData(context.Background(), 1)
	duties := []clusterDuty{{0, tc.duties(1)[0]}}
	mutate := func(f func(d *phase0.AttestationData)) *phase0.AttestationData {
		d := *own
		src, tgt := *own.Source, *own.Target
		d.Source, d.Target = &src, &tgt
		f(&d)
		return &d
	}
	cases := map[string]*phase0.AttestationData{
		"other slot":      mutate(func(d *phase0.AttestationData) { d.Slot = 2 }),
		"committee index": mutate(func(d *phase0.AttestationData) { d.Index = 1 }),
		"other source":    mutate(func(d *phase0.AttestationData) { d.Source.Root = phase0.Root{8} }),
		"other target":    mutate(func(d *phase0.AttestationData) { d.Target.Epoch = 5 }),
	}
	for name, d := range cases {
		if err := a.validate(c, 1, own, d, duties); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	if err := a.validate(c, 1, own, mutate(func(d *phase0.AttestationData) { d.BeaconBlockRoot = phase0.Root{4} }), duties); err != nil {
		t.Errorf("another head with the same source and target refused: %v", err)
	}
}

// rawSign signs msg with sk, uncompressed, as operators exchange partials.
func rawSign(sk *tbls.SecretKey, msg []byte) tbls.RawSignature {
	sigs, err := tbls.SignManyRaw([]*tbls.SecretKey{sk}, msg)
	if err != nil {
		panic(err)
	}
	return sigs[0]
}

func FuzzDecodePartials(f *testing.F) {
	good, _ := (&PartialsMsg{Slot: 3, Duty: DutyAttester, Partials: []Partial{{Validator: 1}}}).MarshalBinary()
	f.Add(good)
	f.Add([]byte{1})
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := DecodePartials(data)
		if err != nil {
			return
		}
		again, err := m.MarshalBinary()
		if err != nil || !bytes.Equal(again, data) {
			t.Fatalf("round trip changed the message")
		}
	})
}

func TestRetried(t *testing.T) {
	now := time.Unix(100, 0)
	calls := 0
	r := &retried[int]{
		fetch: func() (int, error) {
			calls++
			if calls < 3 {
				return 0, fmt.Errorf("attempt %d failed", calls)
			}
			return 7, nil
		},
		every: time.Second,
		now:   func() time.Time { return now },
	}
	for _, c := range []struct {
		advance time.Duration
		v       int
		calls   int
	}{
		{0, 0, 1},           // first fetch fails
		{0, 0, 1},           // too soon to retry
		{time.Second, 0, 2}, // retried, fails again
		{time.Second, 7, 3}, // retried, succeeds
		{time.Second, 7, 3}, // kept
	} {
		now = now.Add(c.advance)
		v, _ := r.get()
		if v != c.v || calls != c.calls {
			t.Fatalf("after %v: value %d after %d calls, want %d after %d", c.advance, v, calls, c.v, c.calls)
		}
	}
}
