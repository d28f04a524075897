package duty

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/keystake/keystake/tbls"
)

// PartialsProtocol is the p2p protocol partial signatures travel on.
const PartialsProtocol = "/keystake/partials/2.0.0"

// Duty types, as they appear in consensus keys and partial messages.
const (
	DutyAttester uint8 = 1
	DutyRandao   uint8 = 2 // the RANDAO reveal of a block proposal
	DutyProposer uint8 = 3
	// DutySelection is the attestation aggregators' selection proofs
	// (partials only, before consensus).
	DutySelection uint8 = 4
	// DutyAggregator is consensus on a slot's aggregates and the
	// AggregateAndProof partials.
	DutyAggregator uint8 = 5
	// DutySyncMessage is consensus on the head block root and the sync
	// committee message partials.
	DutySyncMessage uint8 = 6
	// DutySyncSelection is the sync aggregators' selection proofs, one
	// entry per validator and subcommittee (partials only).
	DutySyncSelection uint8 = 7
	// DutySyncContribution is consensus on a slot's sync contributions and
	// the ContributionAndProof partials, one entry per validator and
	// subcommittee.
	DutySyncContribution uint8 = 8
	// DutyBuilderRegistration is the validators' registrations with the
	// builders, once an epoch (at the epoch's first slot).
	DutyBuilderRegistration uint8 = 9
)

// HasConsensus says whether duty type d runs consensus instances (the
// others only exchange partial signatures).
func HasConsensus(d uint8) bool {
	switch d {
	case DutyAttester, DutyProposer, DutyAggregator, DutySyncMessage, DutySyncContribution:
		return true
	}
	return false
}

// entryID is the partial message entry of validator position pos in sync
// subcommittee sub (duties with an entry per validator and subcommittee).
func entryID(pos uint32, sub uint64) uint32 { return pos<<2 | uint32(sub&3) }

// MaxPartials bounds the entries of one partial signature message (6.4 MB).
const MaxPartials = 1 << 15

// Partial is one operator's signature share for one validator. It travels
// uncompressed: the receivers decode it in a microsecond instead of a tenth
// of a millisecond, and check the subgroup only on the recovered signature
// (tbls.RecoverSignatureRaw).
type Partial struct {
	// Validator is the validator's position in the cluster definition, or
	// for duties with an entry per validator and sync subcommittee,
	// position<<2 | subcommittee.
	Validator uint32
	Signature tbls.RawSignature
}

// PartialsMsg carries an operator's partial signatures for one duty of one
// cluster. The sender is the authenticated peer it arrives from.
type PartialsMsg struct {
	Cluster  [32]byte
	Slot     uint64
	Duty     uint8
	Partials []Partial
}

const (
	partialsVersion    = 2
	partialsHeaderSize = 1 + 32 + 8 + 1 + 4
	partialEntrySize   = 4 + tbls.RawSignatureLength
)

// MarshalBinary encodes m:
// version:u8 cluster:32 slot:u64 duty:u8 count:u32 (validator:u32 signature:192)*count.
func (m *PartialsMsg) MarshalBinary() ([]byte, error) {
	if len(m.Partials) > MaxPartials {
		return nil, fmt.Errorf("encode partials: %d entries, at most %d", len(m.Partials), MaxPartials)
	}
	b := make([]byte, 0, partialsHeaderSize+len(m.Partials)*partialEntrySize)
	b = append(b, partialsVersion)
	b = append(b, m.Cluster[:]...)
	b = binary.BigEndian.AppendUint64(b, m.Slot)
	b = append(b, m.Duty)
	b = binary.BigEndian.AppendUint32(b, uint32(len(m.Partials)))
	for _, p := range m.Partials {
		b = binary.BigEndian.AppendUint32(b, p.Validator)
		b = append(b, p.Signature[:]...)
	}
	return b, nil
}

// ErrBadPartials reports a partial signature message that does not decode.
var ErrBadPartials = errors.New("malformed partial signature message")

// DecodePartials parses a message made by MarshalBinary. It checks sizes
// before allocating; signatures are not decoded as points here.
func DecodePartials(b []byte) (*PartialsMsg, error) {
	if len(b) < partialsHeaderSize {
		return nil, fmt.Errorf("%w: %d bytes, shorter than the header", ErrBadPartials, len(b))
	}
	if b[0] != partialsVersion {
		return nil, fmt.Errorf("%w: version %d", ErrBadPartials, b[0])
	}
	var m PartialsMsg
	copy(m.Cluster[:], b[1:33])
	m.Slot = binary.BigEndian.Uint64(b[33:41])
	m.Duty = b[41]
	count := binary.BigEndian.Uint32(b[42:46])
	rest := b[partialsHeaderSize:]
	if count > MaxPartials || uint64(len(rest)) != uint64(count)*partialEntrySize {
		return nil, fmt.Errorf("%w: %d entries announced in %d bytes", ErrBadPartials, count, len(rest))
	}
	m.Partials = make([]Partial, count)
	for i := range m.Partials {
		e := rest[i*partialEntrySize:]
		m.Partials[i].Validator = binary.BigEndian.Uint32(e)
		copy(m.Partials[i].Signature[:], e[4:partialEntrySize])
	}
	return &m, nil
}
