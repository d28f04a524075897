package duty

import (
	"time"

	"github.com/attestantio/go-eth2-client/spec/phase0"
)

// Timing is the chain's clock: genesis and slot lengths.
type Timing struct {
	Genesis       time.Time
	SlotDuration  time.Duration
	SlotsPerEpoch uint64
}

// SlotStart returns when slot begins.
func (t Timing) SlotStart(slot phase0.Slot) time.Time {
	return t.Genesis.Add(time.Duration(slot) * t.SlotDuration)
}

// SlotAt returns the slot in progress at now (0 before genesis).
func (t Timing) SlotAt(now time.Time) phase0.Slot {
	if now.Before(t.Genesis) {
		return 0
	}
	return phase0.Slot(now.Sub(t.Genesis) / t.SlotDuration)
}

// Epoch returns slot's epoch.
func (t Timing) Epoch(slot phase0.Slot) phase0.Epoch {
	return phase0.Epoch(uint64(slot) / t.SlotsPerEpoch)
}

// EpochStart returns the first slot of epoch.
func (t Timing) EpochStart(epoch phase0.Epoch) phase0.Slot {
	return phase0.Slot(uint64(epoch) * t.SlotsPerEpoch)
}

// AttestationTime is when an attestation is due: a third into the slot.
func (t Timing) AttestationTime(slot phase0.Slot) time.Time {
	return t.SlotStart(slot).Add(t.SlotDuration / 3)
}

// AggregationTime is when aggregates and sync contributions are due: two
// thirds into the slot.
func (t Timing) AggregationTime(slot phase0.Slot) time.Time {
	return t.SlotStart(slot).Add(2 * t.SlotDuration / 3)
}
