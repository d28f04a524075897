package duty

import (
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/attestantio/go-eth2-client/spec/altair"
	"github.com/attestantio/go-eth2-client/spec/electra"
	"github.com/attestantio/go-eth2-client/spec/phase0"
)

// Preset values of aggregation (mainnet).
const (
	targetAggregatorsPerCommittee        = 16 // TARGET_AGGREGATORS_PER_COMMITTEE
	targetAggregatorsPerSyncSubcommittee = 16 // TARGET_AGGREGATORS_PER_SYNC_SUBCOMMITTEE
	syncCommitteeSubnetCount             = 4  // SYNC_COMMITTEE_SUBNET_COUNT
	syncSubcommitteeSize                 = 128
	maxCommitteesPerSlot                 = 64 // MAX_COMMITTEES_PER_SLOT
)

// selected is the spec's test of a selection proof:
// bytes_to_uint64(hash(proof)[0:8]) % max(1, modulo) == 0.
func selected(proof phase0.BLSSignature, modulo uint64) bool {
	h := sha256.Sum256(proof[:])
	return binary.LittleEndian.Uint64(h[:8])%max(1, modulo) == 0
}

// isAggregator is the spec's is_aggregator for a committee of the given
// length.
func isAggregator(committeeLength uint64, proof phase0.BLSSignature) bool {
	return selected(proof, committeeLength/targetAggregatorsPerCommittee)
}

// isSyncAggregator is the spec's is_sync_committee_aggregator.
func isSyncAggregator(proof phase0.BLSSignature) bool {
	return selected(proof, syncSubcommitteeSize/targetAggregatorsPerSyncSubcommittee)
}

// maxAggregateSize bounds one SSZ-encoded aggregate or contribution in a
// consensus value (an Electra attestation with the largest bitlist is
// about 16.6 kB).
const maxAggregateSize = 1 << 15

// encodeList encodes SSZ objects as a consensus value:
// count:u32 (length:u32 ssz)*count.
func encodeList[T interface{ MarshalSSZ() ([]byte, error) }](items []T) ([]byte, error) {
	b := binary.BigEndian.AppendUint32(nil, uint32(len(items)))
	for _, it := range items {
		enc, err := it.MarshalSSZ()
		if err != nil {
			return nil, fmt.Errorf("encode consensus value: %w", err)
		}
		b = binary.BigEndian.AppendUint32(b, uint32(len(enc)))
		b = append(b, enc...)
	}
	return b, nil
}

// decodeList parses a value made by encodeList of at most max items,
// decoding each with decode. It checks every length before allocating.
func decodeList[T any](b []byte, max int, decode func([]byte) (T, error)) ([]T, error) {
	if len(b) < 4 {
		return nil, errors.New("decode consensus value: too short")
	}
	n := binary.BigEndian.Uint32(b)
	if n == 0 || n > uint32(max) {
		return nil, fmt.Errorf("decode consensus value: %d items, want 1 to %d", n, max)
	}
	b = b[4:]
	out := make([]T, 0, n)
	for i := range n {
		if len(b) < 4 {
			return nil, fmt.Errorf("decode consensus value: item %d truncated", i)
		}
		size := binary.BigEndian.Uint32(b)
		if size > maxAggregateSize || uint64(size) > uint64(len(b)-4) {
			return nil, fmt.Errorf("decode consensus value: item %d of %d bytes in %d", i, size, len(b)-4)
		}
		v, err := decode(b[4 : 4+size])
		if err != nil {
			return nil, fmt.Errorf("decode consensus value: item %d: %w", i, err)
		}
		out = append(out, v)
		b = b[4+size:]
	}
	if len(b) != 0 {
		return nil, fmt.Errorf("decode consensus value: %d trailing bytes", len(b))
	}
	return out, nil
}

// decodeAggregates parses the consensus value of DutyAggregator: one
// Electra attestation per committee, at most MAX_COMMITTEES_PER_SLOT.
func decodeAggregates(b []byte) ([]*electra.Attestation, error) {
	return decodeList(b, maxCommitteesPerSlot, func(b []byte) (*electra.Attestation, error) {
		a := new(electra.Attestation)
		if err := a.UnmarshalSSZ(b); err != nil {
			return nil, err
		}
		if a.Data == nil || a.Data.Source == nil || a.Data.Target == nil {
			return nil, errors.New("attestation without data")
		}
		return a, nil
	})
}

// decodeContributions parses the consensus value of DutySyncContribution:
// one contribution per subcommittee, at most SYNC_COMMITTEE_SUBNET_COUNT.
func decodeContributions(b []byte) ([]*altair.SyncCommitteeContribution, error) {
	return decodeList(b, syncCommitteeSubnetCount, func(b []byte) (*altair.SyncCommitteeContribution, error) {
		c := new(altair.SyncCommitteeContribution)
		if err := c.UnmarshalSSZ(b); err != nil {
			return nil, err
		}
		return c, nil
	})
}
