package beaconsim

import (
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"math/bits"
)

// This file extends ssz.go with the containers of aggregation and sync
// committee duties. As there, the roots are the simulator's own; ssz_test.go
// cross-checks them against go-eth2-client.

// Signature domains of aggregation and sync committee duties.
var (
	DomainSelectionProof              = DomainType{0x05, 0x00, 0x00, 0x00}
	DomainAggregateAndProof           = DomainType{0x06, 0x00, 0x00, 0x00}
	DomainSyncCommittee               = DomainType{0x07, 0x00, 0x00, 0x00}
	DomainSyncCommitteeSelectionProof = DomainType{0x08, 0x00, 0x00, 0x00}
	DomainContributionAndProof        = DomainType{0x09, 0x00, 0x00, 0x00}
)

// Preset values of aggregation and sync committees (mainnet; the SSZ shapes
// of clients' types depend on them, so they are not scaled down).
const (
	targetAggregatorsPerCommittee     = 16  // TARGET_AGGREGATORS_PER_COMMITTEE
	targetAggregatorsPerSyncSubcomm   = 16  // TARGET_AGGREGATORS_PER_SYNC_SUBCOMMITTEE
	syncCommitteeSize                 = 512 // SYNC_COMMITTEE_SIZE
	syncCommitteeSubnetCount          = 4   // SYNC_COMMITTEE_SUBNET_COUNT
	syncSubcommitteeSize              = syncCommitteeSize / syncCommitteeSubnetCount
	attestationAggregationBitsLimit   = maxValidatorsPerCommittee * maxCommitteesPerSlot
	epochsPerSyncCommitteePeriod      = 256 // EPOCHS_PER_SYNC_COMMITTEE_PERIOD
	attestationPropagationSlotRange   = 32  // ATTESTATION_PROPAGATION_SLOT_RANGE
	syncSubcommitteeAggregationLength = syncSubcommitteeSize / 8
)

// signatureRoot is hash_tree_root(BLSSignature): Vector[byte, 96] in three
// chunks.
func signatureRoot(sig [96]byte) [32]byte {
	var c [3][32]byte
	copy(c[0][:], sig[0:32])
	copy(c[1][:], sig[32:64])
	copy(c[2][:], sig[64:96])
	return merkleize(c[:], 3)
}

// packedRoot merkleizes bytes packed into chunks, padded to limit chunks.
func packedRoot(b []byte, limitChunks uint64) [32]byte {
	chunks := make([][32]byte, (len(b)+31)/32)
	for i := range chunks {
		copy(chunks[i][:], b[32*i:])
	}
	return merkleize(chunks, limitChunks)
}

// errBitlist reports a bitlist without its length delimiter or longer than
// its limit.
var errBitlist = errors.New("malformed bitlist")

// bitlistLen returns the number of bits of an SSZ-encoded bitlist (the
// position of its delimiter bit).
func bitlistLen(b []byte) (uint64, error) {
	if len(b) == 0 || b[len(b)-1] == 0 {
		return 0, errBitlist
	}
	last := b[len(b)-1]
	return uint64(len(b)-1)*8 + uint64(bits.Len8(last)) - 1, nil
}

// bitlistRoot returns hash_tree_root(Bitlist[limit]) of an SSZ-encoded
// bitlist (with its delimiter bit).
func bitlistRoot(b []byte, limit uint64) ([32]byte, error) {
	n, err := bitlistLen(b)
	if err != nil || n > limit {
		return [32]byte{}, errBitlist
	}
	data := append([]byte(nil), b...)
	data[n/8] &^= 1 << (n % 8)
	data = data[:(n+7)/8]
	return mixInLength(packedRoot(data, (limit+255)/256), n), nil
}

// bitSet reports whether bit i of an SSZ bitfield (bitlist or bitvector)
// is set.
func bitSet(b []byte, i uint64) bool {
	return i/8 < uint64(len(b)) && b[i/8]&(1<<(i%8)) != 0
}

// ElectraAttestation is the SSZ container Attestation since Electra: an
// aggregate over one or more committees of a slot.
type ElectraAttestation struct {
	// AggregationBits is the SSZ-encoded bitlist (with its delimiter bit).
	AggregationBits []byte
	Data            AttestationData
	Signature       [96]byte
	// CommitteeBits is the SSZ-encoded Bitvector[MAX_COMMITTEES_PER_SLOT].
	CommitteeBits [8]byte
}

// HashTreeRoot returns hash_tree_root(Attestation), or an error for a
// malformed aggregation bitlist.
func (a *ElectraAttestation) HashTreeRoot() (Root, error) {
	agg, err := bitlistRoot(a.AggregationBits, attestationAggregationBitsLimit)
	if err != nil {
		return Root{}, err
	}
	var cb [32]byte
	copy(cb[:], a.CommitteeBits[:])
	return merkleize([][32]byte{agg, a.Data.HashTreeRoot(), signatureRoot(a.Signature), cb}, 4), nil
}

// AggregateAndProof is the SSZ container AggregateAndProof (Electra).
type AggregateAndProof struct {
	AggregatorIndex uint64
	Aggregate       ElectraAttestation
	SelectionProof  [96]byte
}

// HashTreeRoot returns hash_tree_root(AggregateAndProof).
func (a *AggregateAndProof) HashTreeRoot() (Root, error) {
	agg, err := a.Aggregate.HashTreeRoot()
	if err != nil {
		return Root{}, err
	}
	return merkleize([][32]byte{uint64Chunk(a.AggregatorIndex), agg, signatureRoot(a.SelectionProof)}, 3), nil
}

// SyncAggregatorSelectionData is the SSZ container of the same name.
type SyncAggregatorSelectionData struct {
	Slot, SubcommitteeIndex uint64
}

// HashTreeRoot returns hash_tree_root(SyncAggregatorSelectionData).
func (d SyncAggregatorSelectionData) HashTreeRoot() Root {
	return hashPair(uint64Chunk(d.Slot), uint64Chunk(d.SubcommitteeIndex))
}

// SyncCommitteeContribution is the SSZ container of the same name.
type SyncCommitteeContribution struct {
	Slot              uint64
	BeaconBlockRoot   Root
	SubcommitteeIndex uint64
	// AggregationBits is Bitvector[SYNC_COMMITTEE_SIZE // SYNC_COMMITTEE_SUBNET_COUNT].
	AggregationBits [syncSubcommitteeAggregationLength]byte
	Signature       [96]byte
}

// HashTreeRoot returns hash_tree_root(SyncCommitteeContribution).
func (c *SyncCommitteeContribution) HashTreeRoot() Root {
	var bitsChunk [32]byte
	copy(bitsChunk[:], c.AggregationBits[:])
	return merkleize([][32]byte{
		uint64Chunk(c.Slot), c.BeaconBlockRoot, uint64Chunk(c.SubcommitteeIndex), bitsChunk, signatureRoot(c.Signature),
	}, 5)
}

// ContributionAndProof is the SSZ container of the same name.
type ContributionAndProof struct {
	AggregatorIndex uint64
	Contribution    SyncCommitteeContribution
	SelectionProof  [96]byte
}

// HashTreeRoot returns hash_tree_root(ContributionAndProof).
func (c *ContributionAndProof) HashTreeRoot() Root {
	return merkleize([][32]byte{uint64Chunk(c.AggregatorIndex), c.Contribution.HashTreeRoot(), signatureRoot(c.SelectionProof)}, 3)
}

// selectedBy reports whether a selection proof makes its signer an
// aggregator with the given modulo: bytes_to_uint64(hash(proof)[0:8]) %
// modulo == 0 (little-endian, as the spec's bytes_to_uint64).
func selectedBy(proof [96]byte, modulo uint64) bool {
	h := sha256.Sum256(proof[:])
	return binary.LittleEndian.Uint64(h[:8])%max(1, modulo) == 0
}

// isAggregator is the spec's is_aggregator for a committee of the given
// length: modulo max(1, length // TARGET_AGGREGATORS_PER_COMMITTEE).
func isAggregator(committeeLength uint64, proof [96]byte) bool {
	return selectedBy(proof, committeeLength/targetAggregatorsPerCommittee)
}

// isSyncCommitteeAggregator is the spec's is_sync_committee_aggregator.
func isSyncCommitteeAggregator(proof [96]byte) bool {
	return selectedBy(proof, syncCommitteeSize/syncCommitteeSubnetCount/targetAggregatorsPerSyncSubcomm)
}
