package beaconsim

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"math/bits"
)

// This file is the simulator's own SSZ hash_tree_root code path for the few
// containers whose roots it judges signatures with. It deliberately does not
// use go-eth2-client's generated hashing: a judge that borrowed the client's
// code would share its bugs. ssz_test.go cross-checks every root here against
// go-eth2-client's HashTreeRoot.

// Root is a 32-byte SSZ root (block root, state root, checkpoint root).
type Root [32]byte

// String returns the root as 0x-prefixed lower-case hex.
func (r Root) String() string { return "0x" + hex.EncodeToString(r[:]) }

// Version is a 4-byte fork version.
type Version [4]byte

// String returns the version as 0x-prefixed lower-case hex.
func (v Version) String() string { return "0x" + hex.EncodeToString(v[:]) }

// DomainType is a 4-byte signature domain type.
type DomainType [4]byte

// Domain is a 32-byte signature domain: DomainType || fork_data_root[:28].
type Domain [32]byte

// DomainBeaconAttester is DOMAIN_BEACON_ATTESTER.
var DomainBeaconAttester = DomainType{0x01, 0x00, 0x00, 0x00}

// Checkpoint is the SSZ container Checkpoint{epoch, root}.
type Checkpoint struct {
	Epoch uint64
	Root  Root
}

// AttestationData is the SSZ container AttestationData. Since Electra its
// Index is always 0.
type AttestationData struct {
	Slot            uint64
	Index           uint64
	BeaconBlockRoot Root
	Source          Checkpoint
	Target          Checkpoint
}

// BeaconBlockHeader is the SSZ container BeaconBlockHeader; its root is the
// block root of the block it summarises.
type BeaconBlockHeader struct {
	Slot          uint64
	ProposerIndex uint64
	ParentRoot    Root
	StateRoot     Root
	BodyRoot      Root
}

// validatorRecord is the SSZ container Validator.
type validatorRecord struct {
	Pubkey                     [48]byte
	WithdrawalCredentials      [32]byte
	EffectiveBalance           uint64
	Slashed                    bool
	ActivationEligibilityEpoch uint64
	ActivationEpoch            uint64
	ExitEpoch                  uint64
	WithdrawableEpoch          uint64
}

// validatorRegistryLimit is VALIDATOR_REGISTRY_LIMIT (2**40).
const validatorRegistryLimit = uint64(1) << 40

func hashPair(a, b [32]byte) [32]byte {
	var buf [64]byte
	copy(buf[:32], a[:])
	copy(buf[32:], b[:])
	return sha256.Sum256(buf[:])
}

func uint64Chunk(v uint64) [32]byte {
	var c [32]byte
	binary.LittleEndian.PutUint64(c[:8], v)
	return c
}

func boolChunk(v bool) [32]byte {
	var c [32]byte
	if v {
		c[0] = 1
	}
	return c
}

// zeroHashes[i] is the root of a complete tree of depth i over zero chunks.
var zeroHashes = func() [65][32]byte {
	var z [65][32]byte
	for i := 1; i < len(z); i++ {
		z[i] = hashPair(z[i-1], z[i-1])
	}
	return z
}()

// merkleize returns the SSZ merkleization of chunks padded to limit leaves
// (limit is rounded up to a power of two; limit < len(chunks) is a caller
// bug and panics).
func merkleize(chunks [][32]byte, limit uint64) [32]byte {
	if uint64(len(chunks)) > limit {
		panic("beaconsim: merkleize: more chunks than limit")
	}
	depth := 0
	if limit > 1 {
		depth = bits.Len64(limit - 1)
	}
	if len(chunks) == 0 {
		return zeroHashes[depth]
	}
	layer := make([][32]byte, len(chunks))
	copy(layer, chunks)
	for d := 0; d < depth; d++ {
		if len(layer)%2 == 1 {
			layer = append(layer, zeroHashes[d])
		}
		next := make([][32]byte, len(layer)/2)
		for i := range next {
			next[i] = hashPair(layer[2*i], layer[2*i+1])
		}
		layer = next
	}
	return layer[0]
}

func mixInLength(root [32]byte, length uint64) [32]byte {
	return hashPair(root, uint64Chunk(length))
}

// HashTreeRoot returns hash_tree_root(Checkpoint).
func (c Checkpoint) HashTreeRoot() Root {
	return hashPair(uint64Chunk(c.Epoch), c.Root)
}

// HashTreeRoot returns hash_tree_root(AttestationData).
func (d AttestationData) HashTreeRoot() Root {
	return merkleize([][32]byte{
		uint64Chunk(d.Slot),
		uint64Chunk(d.Index),
		d.BeaconBlockRoot,
		d.Source.HashTreeRoot(),
		d.Target.HashTreeRoot(),
	}, 8)
}

// HashTreeRoot returns hash_tree_root(BeaconBlockHeader), which is the block
// root of the block with that header.
func (h BeaconBlockHeader) HashTreeRoot() Root {
	return merkleize([][32]byte{
		uint64Chunk(h.Slot),
		uint64Chunk(h.ProposerIndex),
		h.ParentRoot,
		h.StateRoot,
		h.BodyRoot,
	}, 8)
}

func (v *validatorRecord) hashTreeRoot() [32]byte {
	var pk0, pk1 [32]byte
	copy(pk0[:], v.Pubkey[:32])
	copy(pk1[:], v.Pubkey[32:])
	return merkleize([][32]byte{
		hashPair(pk0, pk1),
		v.WithdrawalCredentials,
		uint64Chunk(v.EffectiveBalance),
		boolChunk(v.Slashed),
		uint64Chunk(v.ActivationEligibilityEpoch),
		uint64Chunk(v.ActivationEpoch),
		uint64Chunk(v.ExitEpoch),
		uint64Chunk(v.WithdrawableEpoch),
	}, 8)
}

// validatorsRoot returns hash_tree_root(List[Validator, VALIDATOR_REGISTRY_LIMIT]),
// the genesis_validators_root of a genesis state holding vs.
func validatorsRoot(vs []validatorRecord) Root {
	roots := make([][32]byte, len(vs))
	for i := range vs {
		roots[i] = vs[i].hashTreeRoot()
	}
	return mixInLength(merkleize(roots, validatorRegistryLimit), uint64(len(vs)))
}

// forkDataRoot returns hash_tree_root(ForkData{current_version, genesis_validators_root}).
func forkDataRoot(currentVersion Version, genesisValidatorsRoot Root) Root {
	var v [32]byte
	copy(v[:], currentVersion[:])
	return hashPair(v, genesisValidatorsRoot)
}

// ComputeDomain is the spec's compute_domain(domain_type, fork_version,
// genesis_validators_root).
func ComputeDomain(domainType DomainType, forkVersion Version, genesisValidatorsRoot Root) Domain {
	root := forkDataRoot(forkVersion, genesisValidatorsRoot)
	var d Domain
	copy(d[:4], domainType[:])
	copy(d[4:], root[:28])
	return d
}

// ComputeSigningRoot is the spec's compute_signing_root:
// hash_tree_root(SigningData{object_root, domain}).
func ComputeSigningRoot(objectRoot Root, domain Domain) Root {
	return hashPair(objectRoot, domain)
}

// Execution payload list limits (Bellatrix and Capella presets).
const (
	maxTransactionsPerPayload = uint64(1) << 20 // MAX_TRANSACTIONS_PER_PAYLOAD
	maxBytesPerTransaction    = uint64(1) << 30 // MAX_BYTES_PER_TRANSACTION
	maxWithdrawalsPerPayload  = 16              // MAX_WITHDRAWALS_PER_PAYLOAD
)

// byteListRoot returns hash_tree_root(ByteList[limit]) of b.
func byteListRoot(b []byte, limit uint64) [32]byte {
	chunks := make([][32]byte, (len(b)+31)/32)
	for i := range chunks {
		copy(chunks[i][:], b[32*i:])
	}
	return mixInLength(merkleize(chunks, (limit+31)/32), uint64(len(b)))
}

// transactionsRoot returns the transactions_root of an execution payload
// header: hash_tree_root(List[Transaction, MAX_TRANSACTIONS_PER_PAYLOAD]).
func transactionsRoot(txs [][]byte) Root {
	roots := make([][32]byte, len(txs))
	for i, tx := range txs {
		roots[i] = byteListRoot(tx, maxBytesPerTransaction)
	}
	return mixInLength(merkleize(roots, maxTransactionsPerPayload), uint64(len(txs)))
}

// Withdrawal is the SSZ container Withdrawal.
type Withdrawal struct {
	Index, ValidatorIndex uint64
	Address               [20]byte
	Amount                uint64
}

// HashTreeRoot returns hash_tree_root(Withdrawal).
func (w Withdrawal) HashTreeRoot() Root {
	var addr [32]byte
	copy(addr[:], w.Address[:])
	return merkleize([][32]byte{uint64Chunk(w.Index), uint64Chunk(w.ValidatorIndex), addr, uint64Chunk(w.Amount)}, 4)
}

// withdrawalsRoot returns the withdrawals_root of an execution payload
// header: hash_tree_root(List[Withdrawal, MAX_WITHDRAWALS_PER_PAYLOAD]).
func withdrawalsRoot(ws []Withdrawal) Root {
	roots := make([][32]byte, len(ws))
	for i, w := range ws {
		roots[i] = w.HashTreeRoot()
	}
	return mixInLength(merkleize(roots, maxWithdrawalsPerPayload), uint64(len(ws)))
}
