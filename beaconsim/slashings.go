package beaconsim

import (
	"fmt"
	"time"
)

// SlashingKind names a slashable pair of attestations, as
// is_slashable_attestation_data defines them.
type SlashingKind string

const (
	// DoubleVote: two different data with the same target epoch.
	DoubleVote SlashingKind = "double_vote"
	// SurroundVote: one vote's source-target span strictly surrounds the
	// other's.
	SurroundVote SlashingKind = "surround_vote"
	// DoubleProposal: two different blocks signed by the same proposer for
	// the same slot (a proposer slashing).
	DoubleProposal SlashingKind = "double_proposal"
)

// Slashing is slashable evidence the simulator found among the validly
// signed messages it received: two attestations by the same validator that
// is_slashable_attestation_data flags (DoubleVote, SurroundVote), or two
// different block headers signed by the same proposer for the same slot
// (DoubleProposal). The simulator records it, rejects the offending (later)
// submission with reason "slashable", and never puts it on the chain.
type Slashing struct {
	Kind           SlashingKind
	ValidatorIndex uint64
	// Earlier is the attestation data signed first; Offending the one whose
	// submission revealed the conflict (zero for DoubleProposal).
	Earlier, Offending AttestationData
	// Slot, EarlierBlock and OffendingBlock are the slot and the two signed
	// headers of a DoubleProposal (zero for votes).
	Slot                         uint64
	EarlierBlock, OffendingBlock BeaconBlockHeader
	// EarlierSignature and OffendingSignature are the signatures over the
	// earlier and the offending message.
	EarlierSignature, OffendingSignature [96]byte
	DetectedAt                           time.Time
}

func (sl Slashing) describe() string {
	if sl.Kind == DoubleProposal {
		return fmt.Sprintf("%s by validator %d: block %s for slot %d conflicts with block %s it signed earlier for the same slot",
			sl.Kind, sl.ValidatorIndex, sl.OffendingBlock.HashTreeRoot(), sl.Slot, sl.EarlierBlock.HashTreeRoot())
	}
	return fmt.Sprintf("%s by validator %d: data (source %d, target %d, root %s) conflicts with earlier signed data (source %d, target %d, root %s)",
		sl.Kind, sl.ValidatorIndex,
		sl.Offending.Source.Epoch, sl.Offending.Target.Epoch, sl.Offending.HashTreeRoot(),
		sl.Earlier.Source.Epoch, sl.Earlier.Target.Epoch, sl.Earlier.HashTreeRoot())
}

// signedRecord is one distinct attestation data a validator has validly
// signed.
type signedRecord struct {
	data AttestationData
	root Root
	sig  [96]byte
}

// surrounds reports whether a's span strictly surrounds b's.
func surrounds(a, b AttestationData) bool {
	return a.Source.Epoch < b.Source.Epoch && b.Target.Epoch < a.Target.Epoch
}

// slashableKind returns the kind of conflict between two distinct data, or
// "".
func slashableKind(a, b AttestationData) SlashingKind {
	switch {
	case a.Target.Epoch == b.Target.Epoch:
		return DoubleVote
	case surrounds(a, b) || surrounds(b, a):
		return SurroundVote
	}
	return ""
}

// detectSlashingLocked compares a validly signed attestation with
// everything validator has signed before, records it in the validator's
// history, and records and returns the slashings it makes. A pair is
// reported once, however often it is resubmitted.
func (s *Sim) detectSlashingLocked(validator uint64, data AttestationData, root Root, sig [96]byte, now time.Time) []Slashing {
	hist := s.st.history[validator]
	seen := false
	var found []Slashing
	for _, r := range hist {
		if r.root == root {
			seen = true
			continue
		}
		kind := slashableKind(r.data, data)
		if kind == "" {
			continue
		}
		found = append(found, Slashing{
			Kind: kind, ValidatorIndex: validator,
			Earlier: r.data, Offending: data,
			EarlierSignature: r.sig, OffendingSignature: sig,
			DetectedAt: now,
		})
	}
	if !seen {
		s.st.history[validator] = append(hist, signedRecord{data: data, root: root, sig: sig})
	}
	if len(found) == 0 {
		return nil
	}
	if !seen {
		// A new conflicting data: record its slashings. (A resubmission of
		// already-recorded offending data is still rejected, but not
		// counted twice.)
		s.st.slashings = append(s.st.slashings, found...)
		for _, sl := range found {
			s.metrics.slashable.WithLabelValues(string(sl.Kind)).Inc()
			s.log.Warn("slashable attestation", "kind", sl.Kind, "validator", validator,
				"earlier_target", sl.Earlier.Target.Epoch, "offending_target", sl.Offending.Target.Epoch)
		}
		s.st.epoch(data.Target.Epoch).slashable++
	}
	return found
}

// Slashings returns every slashable pair detected so far, in detection
// order.
func (s *Sim) Slashings() []Slashing {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Slashing(nil), s.st.slashings...)
}
