package beaconsim

import (
	"crypto/sha256"
	"encoding/binary"
	"log/slog"
	"testing"

	"github.com/attestantio/go-eth2-client/spec/bellatrix"
	"github.com/attestantio/go-eth2-client/spec/capella"
	"github.com/attestantio/go-eth2-client/spec/deneb"
	"github.com/attestantio/go-eth2-client/spec/electra"
	"github.com/attestantio/go-eth2-client/spec/phase0"
	"github.com/holiman/uint256"
	dynssz "github.com/pk910/dynamic-ssz"
)

// fill returns a deterministic pseudo-random root.
func fill(tag string, i int) Root {
	var b [8]byte
	binary.LittleEndian.PutUint64(b[:], uint64(i))
	return sha256.Sum256(append([]byte(tag), b[:]...))
}

func TestRootsMatchGoEth2Client(t *testing.T) {
	for i := range 20 {
		d := AttestationData{
			Slot:            uint64(i) * 7919,
			Index:           uint64(i % 3),
			BeaconBlockRoot: fill("head", i),
			Source:          Checkpoint{Epoch: uint64(i), Root: fill("source", i)},
			Target:          Checkpoint{Epoch: uint64(i) + 1, Root: fill("target", i)},
		}
		if i == 19 {
			d.Slot, d.Source.Epoch, d.Target.Epoch = ^uint64(0), ^uint64(0)-1, ^uint64(0)
		}
		theirs, err := d.toPhase0().HashTreeRoot()
		if err != nil {
			t.Fatal(err)
		}
		if Root(theirs) != d.HashTreeRoot() {
			t.Fatalf("AttestationData %d: ours %s, go-eth2-client %x", i, d.HashTreeRoot(), theirs)
		}
		cp, err := d.toPhase0().Target.HashTreeRoot()
		if err != nil {
			t.Fatal(err)
		}
		if Root(cp) != d.Target.HashTreeRoot() {
			t.Fatalf("Checkpoint %d differs", i)
		}

		version := Version{byte(i), 0, 0, 0x51}
		gvr := fill("gvr", i)
		fd := phase0.ForkData{CurrentVersion: phase0.Version(version), GenesisValidatorsRoot: phase0.Root(gvr)}
		fdRoot, err := fd.HashTreeRoot()
		if err != nil {
			t.Fatal(err)
		}
		if Root(fdRoot) != forkDataRoot(version, gvr) {
			t.Fatalf("ForkData %d differs", i)
		}
		domain := ComputeDomain(DomainBeaconAttester, version, gvr)
		if phase0.Domain(domain) != clientDomain(t, version, gvr) {
			t.Fatalf("domain %d differs", i)
		}
		sd := phase0.SigningData{ObjectRoot: theirs, Domain: phase0.Domain(domain)}
		sdRoot, err := sd.HashTreeRoot()
		if err != nil {
			t.Fatal(err)
		}
		if Root(sdRoot) != ComputeSigningRoot(d.HashTreeRoot(), domain) {
			t.Fatalf("SigningData %d differs", i)
		}

		h := BeaconBlockHeader{Slot: uint64(i) * 3, ProposerIndex: uint64(i), ParentRoot: fill("p", i), StateRoot: fill("s", i), BodyRoot: fill("b", i)}
		ph := phase0.BeaconBlockHeader{Slot: phase0.Slot(h.Slot), ProposerIndex: phase0.ValidatorIndex(h.ProposerIndex),
			ParentRoot: phase0.Root(h.ParentRoot), StateRoot: phase0.Root(h.StateRoot), BodyRoot: phase0.Root(h.BodyRoot)}
		hRoot, err := ph.HashTreeRoot()
		if err != nil {
			t.Fatal(err)
		}
		if Root(hRoot) != h.HashTreeRoot() {
			t.Fatalf("BeaconBlockHeader %d differs", i)
		}
	}
}

// registry is List[Validator, VALIDATOR_REGISTRY_LIMIT] as a one-field
// container, whose root equals the list's root.
type registry struct {
	Validators []*phase0.Validator `ssz-max:"1099511627776"`
}

func TestValidatorsRootMatchesDynamicSSZ(t *testing.T) {
	for _, n := range []int{0, 1, 2, 3, 5, 64, 100} {
		recs := make([]validatorRecord, n)
		reg := registry{Validators: make([]*phase0.Validator, n)}
		for i := range recs {
			var pk [48]byte
			a, b := fill("pk", i), fill("pk2", i)
			copy(pk[:], a[:])
			copy(pk[32:], b[:16])
			r := validatorRecord{
				Pubkey:                     pk,
				WithdrawalCredentials:      fill("wc", i),
				EffectiveBalance:           32_000_000_000 + uint64(i),
				Slashed:                    i%2 == 1,
				ActivationEligibilityEpoch: uint64(i),
				ActivationEpoch:            uint64(i) + 1,
				ExitEpoch:                  FarFutureEpoch,
				WithdrawableEpoch:          FarFutureEpoch - uint64(i),
			}
			recs[i] = r
			reg.Validators[i] = &phase0.Validator{
				PublicKey:                  phase0.BLSPubKey(r.Pubkey),
				WithdrawalCredentials:      r.WithdrawalCredentials[:],
				EffectiveBalance:           phase0.Gwei(r.EffectiveBalance),
				Slashed:                    r.Slashed,
				ActivationEligibilityEpoch: phase0.Epoch(r.ActivationEligibilityEpoch),
				ActivationEpoch:            phase0.Epoch(r.ActivationEpoch),
				ExitEpoch:                  phase0.Epoch(r.ExitEpoch),
				WithdrawableEpoch:          phase0.Epoch(r.WithdrawableEpoch),
			}
			one, err := reg.Validators[i].HashTreeRoot()
			if err != nil {
				t.Fatal(err)
			}
			if one != r.hashTreeRoot() {
				t.Fatalf("Validator %d root differs", i)
			}
		}
		theirs, err := dynssz.NewDynSsz(nil).HashTreeRoot(&reg)
		if err != nil {
			t.Fatal(err)
		}
		if Root(theirs) != validatorsRoot(recs) {
			t.Fatalf("registry of %d: ours %s, dynamic-ssz %x", n, validatorsRoot(recs), theirs)
		}
	}
}

func TestMerkleizeEdgeCases(t *testing.T) {
	if merkleize(nil, 1) != zeroHashes[0] || merkleize(nil, 8) != zeroHashes[3] {
		t.Fatal("empty merkleization is not the zero hash")
	}
	c := [32]byte{1}
	if merkleize([][32]byte{c}, 1) != c {
		t.Fatal("a single chunk is its own root")
	}
	if merkleize([][32]byte{c}, 2) != hashPair(c, [32]byte{}) {
		t.Fatal("padding to two chunks")
	}
	defer func() {
		if recover() == nil {
			t.Fatal("more chunks than the limit must panic")
		}
	}()
	merkleize([][32]byte{c, c}, 1)
}

// TestBlindedBodyRootMatchesFullBody checks ssz.go's transactions and
// withdrawals roots: a body blinded by blindBlock must have the root
// go-eth2-client computes for the full body, for payloads with and without
// transactions and withdrawals (transactions of 0, 1, 32, 33 and 1000
// bytes).
func TestBlindedBodyRootMatchesFullBody(t *testing.T) {
	sim, err := New(Config{Validators: []Validator{{Pubkey: testPub(t)}}, Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	for i, n := range []int{0, 1, 3, 16} {
		body := sim.emptyBody()
		p := &deneb.ExecutionPayload{
			ParentHash: phase0.Hash32(fill("parent", i)), FeeRecipient: bellatrix.ExecutionAddress{byte(i), 2}, BlockNumber: uint64(i),
			GasLimit: 30_000_000, GasUsed: uint64(21000 * n), Timestamp: 1700000000, ExtraData: []byte("x"), BaseFeePerGas: uint256.NewInt(uint64(7 + i)),
			BlockHash: phase0.Hash32(fill("hash", i)), Transactions: []bellatrix.Transaction{}, Withdrawals: []*capella.Withdrawal{},
			BlobGasUsed: uint64(i), ExcessBlobGas: uint64(2 * i),
		}
		sizes := []int{0, 1, 32, 33, 1000}
		for j := range n {
			tx := make([]byte, sizes[j%len(sizes)])
			for k := range tx {
				tx[k] = byte(j + k)
			}
			p.Transactions = append(p.Transactions, tx)
			p.Withdrawals = append(p.Withdrawals, &capella.Withdrawal{Index: capella.WithdrawalIndex(j), ValidatorIndex: phase0.ValidatorIndex(3 * j), Address: bellatrix.ExecutionAddress{byte(j)}, Amount: phase0.Gwei(j * 1000)})
		}
		body.ExecutionPayload = p
		full, err := body.HashTreeRoot()
		if err != nil {
			t.Fatal(err)
		}
		blinded, err := blindBlock(&electra.BeaconBlock{Body: body}).Body.HashTreeRoot()
		if err != nil {
			t.Fatal(err)
		}
		if full != blinded {
			t.Errorf("payload with %d transactions and withdrawals: blinded body root %#x, full %#x", n, blinded, full)
		}
	}
}
