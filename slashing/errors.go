package slashing

import (
	"encoding/hex"
	"errors"
	"fmt"
)

// ErrSlashable is matched by errors.Is for every request refused by a
// slashing protection rule. The error is a *SlashableError with the details.
var ErrSlashable = errors.New("refused by slashing protection")

// ErrGenesisMismatch reports a database or an interchange for another chain
// (another genesis validators root).
var ErrGenesisMismatch = errors.New("genesis validators root mismatch")

// Rule names the slashing protection rule that refused a request. A Rule is
// also an error, so that errors.Is(err, DoubleVote) tests for one rule.
type Rule uint8

// The rules; see the package documentation.
const (
	DoubleVote Rule = iota + 1
	SurroundingVote
	SurroundedVote
	SourceAfterTarget
	DoubleProposal
	BelowWatermark
)

var ruleNames = map[Rule]string{
	DoubleVote:        "double vote",
	SurroundingVote:   "surrounding vote",
	SurroundedVote:    "surrounded vote",
	SourceAfterTarget: "source after target",
	DoubleProposal:    "double proposal",
	BelowWatermark:    "below watermark",
}

// String returns the rule's name.
func (r Rule) String() string {
	if name, ok := ruleNames[r]; ok {
		return name
	}
	return fmt.Sprintf("rule(%d)", uint8(r))
}

// Error returns the rule's name.
func (r Rule) Error() string { return r.String() }

// Record is a recorded block or attestation, or a watermark, that a refused
// request conflicts with.
type Record struct {
	Slot           uint64   // blocks
	Source, Target uint64   // attestations
	SigningRoot    [32]byte // zero when unknown
	// Watermark says the record stands for older or imported history: its
	// signing root is unknown and its values are lower bounds.
	Watermark bool
}

// SlashableError is a request refused by a rule: which validator, which
// rule, the request and the record it conflicts with.
type SlashableError struct {
	Pubkey [48]byte
	Rule   Rule
	// Block says the request was a block (Slot); else an attestation
	// (Source, Target).
	Block          bool
	Slot           uint64
	Source, Target uint64
	// Conflict is the record that refuses the request; unset for
	// SourceAfterTarget.
	Conflict Record
}

// Is matches ErrSlashable and the error's Rule.
func (e *SlashableError) Is(target error) bool {
	if target == ErrSlashable {
		return true
	}
	r, ok := target.(Rule)
	return ok && r == e.Rule
}

func (e *SlashableError) Error() string {
	return fmt.Sprintf("validator %s: %s refused (%s): %s", pubkeyPrefix(e.Pubkey), e.request(), e.Rule, e.reason())
}

func (e *SlashableError) request() string {
	if e.Block {
		return fmt.Sprintf("block at slot %d", e.Slot)
	}
	return fmt.Sprintf("attestation source %d target %d", e.Source, e.Target)
}

func (e *SlashableError) reason() string {
	c := e.Conflict
	switch e.Rule {
	case SourceAfterTarget:
		return "source epoch is after target epoch"
	case DoubleVote:
		return fmt.Sprintf("already signed %s", describeAttestation(c))
	case SurroundingVote:
		return fmt.Sprintf("it surrounds %s", describeAttestation(c))
	case SurroundedVote:
		return fmt.Sprintf("it is surrounded by %s", describeAttestation(c))
	case DoubleProposal:
		return fmt.Sprintf("already signed %s", describeBlock(c))
	case BelowWatermark:
		if e.Block {
			return fmt.Sprintf("slot %d is not above the lowest recorded slot %d", e.Slot, c.Slot)
		}
		if e.Target <= c.Target {
			return fmt.Sprintf("target %d is not above the lowest recorded target %d", e.Target, c.Target)
		}
		return fmt.Sprintf("source %d is below the lowest recorded source %d", e.Source, c.Source)
	}
	return "refused"
}

func describeAttestation(c Record) string {
	if c.Watermark {
		return fmt.Sprintf("the watermark (source %d, target %d, signing root unknown)", c.Source, c.Target)
	}
	return fmt.Sprintf("attestation source %d target %d with signing root %s", c.Source, c.Target, rootString(c.SigningRoot))
}

func describeBlock(c Record) string {
	if c.Watermark {
		return fmt.Sprintf("the watermark block at slot %d (signing root unknown)", c.Slot)
	}
	return fmt.Sprintf("block at slot %d with signing root %s", c.Slot, rootString(c.SigningRoot))
}

// pubkeyPrefix names a validator in messages: 0x and its first 6 bytes.
func pubkeyPrefix(pk [48]byte) string {
	return "0x" + hex.EncodeToString(pk[:6]) + "…"
}

func rootString(r [32]byte) string {
	if r == ([32]byte{}) {
		return "unknown"
	}
	return "0x" + hex.EncodeToString(r[:8]) + "…"
}
