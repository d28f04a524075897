package slashing

import (
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
)

// Window sizes: how many of a validator's latest records are kept exactly,
// with their signing roots, above the watermark.
const (
	AttestationWindow = 4
	BlockWindow       = 4
)

// Attestation is a request to sign an attestation: the validator's public
// key, the source and target epochs of its AttestationData and its signing
// root (zero when unknown: then it never counts as a repeat).
type Attestation struct {
	Pubkey         [48]byte
	Source, Target uint64
	SigningRoot    [32]byte
}

// Block is a request to sign a block: the proposer's public key, the slot and
// the signing root (zero when unknown).
type Block struct {
	Pubkey      [48]byte
	Slot        uint64
	SigningRoot [32]byte
}

type attRecord struct {
	source, target uint64
	root           [32]byte
}

// attState is one validator's attestation history as kept: recent holds the
// records with the highest targets in ascending target order, at most
// AttestationWindow of them; when hasLow, (lowSource, lowTarget) is a record
// with unknown root standing for everything older or imported.
type attState struct {
	hasLow               bool
	lowSource, lowTarget uint64
	recent               []attRecord
}

// check applies the rules to a request. It returns repeat when the request
// is already recorded with the same signing root, or the refusal.
func (st *attState) check(a Attestation) (repeat bool, err error) {
	refuse := func(rule Rule, c Record) error {
		return &SlashableError{Pubkey: a.Pubkey, Rule: rule, Source: a.Source, Target: a.Target, Conflict: c}
	}
	if a.Source > a.Target {
		return false, refuse(SourceAfterTarget, Record{})
	}
	for _, r := range st.recent {
		if r.target != a.Target {
			continue
		}
		if r.root != ([32]byte{}) && r.root == a.SigningRoot && r.source == a.Source {
			return true, nil
		}
		return false, refuse(DoubleVote, r.record())
	}
	if minSource, minTarget, ok := st.lowest(); ok && (a.Target <= minTarget || a.Source < minSource) {
		return false, refuse(BelowWatermark, Record{Source: minSource, Target: minTarget, Watermark: st.hasLow})
	}
	for _, r := range st.recent {
		if a.Source < r.source && a.Target > r.target {
			return false, refuse(SurroundingVote, r.record())
		}
		if a.Source > r.source && a.Target < r.target {
			return false, refuse(SurroundedVote, r.record())
		}
	}
	return false, nil
}

// lowest returns the lowest source and the lowest target over the
// watermark and the recent records (EIP-3076 conditions 4 and 5).
func (st *attState) lowest() (minSource, minTarget uint64, ok bool) {
	minSource, minTarget, ok = st.lowSource, st.lowTarget, st.hasLow
	for _, r := range st.recent {
		if !ok || r.source < minSource {
			minSource = r.source
		}
		if !ok || r.target < minTarget {
			minTarget = r.target
		}
		ok = true
	}
	return minSource, minTarget, ok
}

func (r attRecord) record() Record {
	return Record{Source: r.source, Target: r.target, SigningRoot: r.root}
}

// add records a checked attestation; the oldest record beyond the window
// folds into the watermark.
func (st *attState) add(a Attestation) {
	i, _ := slices.BinarySearchFunc(st.recent, a.Target, func(r attRecord, t uint64) int { return cmpUint(r.target, t) })
	st.recent = slices.Insert(st.recent, i, attRecord{source: a.Source, target: a.Target, root: a.SigningRoot})
	for len(st.recent) > AttestationWindow {
		st.absorb(st.recent[0].source, st.recent[0].target)
		st.recent = st.recent[1:]
	}
}

// absorb raises the watermark to cover (source, target).
func (st *attState) absorb(source, target uint64) {
	if !st.hasLow {
		st.hasLow, st.lowSource, st.lowTarget = true, source, target
		return
	}
	st.lowSource = max(st.lowSource, source)
	st.lowTarget = max(st.lowTarget, target)
}

// collapse folds everything kept, and (source, target) from an import, into
// the watermark.
func (st *attState) collapse(source, target uint64) {
	for _, r := range st.recent {
		st.absorb(r.source, r.target)
	}
	st.recent = nil
	st.absorb(source, target)
}

type blockRecord struct {
	slot uint64
	root [32]byte
}

// blockState is one validator's block history as kept: recent blocks in
// ascending slot order, at most BlockWindow, and when hasLow a watermark
// block with unknown root at lowSlot standing for everything older.
type blockState struct {
	hasLow  bool
	lowSlot uint64
	recent  []blockRecord
}

func (st *blockState) check(b Block) (repeat bool, err error) {
	refuse := func(rule Rule, c Record) error {
		return &SlashableError{Pubkey: b.Pubkey, Rule: rule, Block: true, Slot: b.Slot, Conflict: c}
	}
	for _, r := range st.recent {
		if r.slot != b.Slot {
			continue
		}
		if r.root != ([32]byte{}) && r.root == b.SigningRoot {
			return true, nil
		}
		return false, refuse(DoubleProposal, Record{Slot: r.slot, SigningRoot: r.root})
	}
	if st.hasLow && b.Slot <= st.lowSlot {
		return false, refuse(BelowWatermark, Record{Slot: st.lowSlot, Watermark: true})
	}
	if !st.hasLow && len(st.recent) > 0 && b.Slot < st.recent[0].slot {
		return false, refuse(BelowWatermark, Record{Slot: st.recent[0].slot, SigningRoot: st.recent[0].root})
	}
	return false, nil
}

func (st *blockState) add(b Block) {
	i, _ := slices.BinarySearchFunc(st.recent, b.Slot, func(r blockRecord, s uint64) int { return cmpUint(r.slot, s) })
	st.recent = slices.Insert(st.recent, i, blockRecord{slot: b.Slot, root: b.SigningRoot})
	for len(st.recent) > BlockWindow {
		st.absorb(st.recent[0].slot)
		st.recent = st.recent[1:]
	}
}

func (st *blockState) absorb(slot uint64) {
	if !st.hasLow || slot > st.lowSlot {
		st.hasLow, st.lowSlot = true, slot
	}
}

func (st *blockState) collapse(slot uint64) {
	for _, r := range st.recent {
		st.absorb(r.slot)
	}
	st.recent = nil
	st.absorb(slot)
}

func cmpUint(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// Encodings. An attestation state is: version (1), flags (1: bit 0 hasLow),
// lowSource (8), lowTarget (8), count (1), then per record source (8),
// target (8), signing root (32), in strictly ascending target order. A block
// state is: version, flags, lowSlot (8), count, then per record slot (8),
// signing root (32), in strictly ascending slot order. Integers big-endian.
// Records are padded with zeros to the window size, so that a validator's
// value never grows: bbolt pages then stay densely packed.
const (
	stateVersion   = 1
	attHeaderLen   = 19
	attRecordLen   = 48
	blockHeaderLen = 11
	blockRecordLen = 40
)

var errCorrupt = errors.New("corrupt record")

func (st *attState) encode() []byte {
	buf := make([]byte, attHeaderLen+attRecordLen*max(len(st.recent), AttestationWindow))
	buf[0] = stateVersion
	if st.hasLow {
		buf[1] = 1
	}
	binary.BigEndian.PutUint64(buf[2:], st.lowSource)
	binary.BigEndian.PutUint64(buf[10:], st.lowTarget)
	buf[18] = byte(len(st.recent))
	for i, r := range st.recent {
		p := buf[attHeaderLen+i*attRecordLen:]
		binary.BigEndian.PutUint64(p, r.source)
		binary.BigEndian.PutUint64(p[8:], r.target)
		copy(p[16:], r.root[:])
	}
	return buf
}

func decodeAttState(b []byte) (*attState, error) {
	if len(b) < attHeaderLen || b[0] != stateVersion || b[1] > 1 {
		return nil, fmt.Errorf("attestation state: %w", errCorrupt)
	}
	n := int(b[18])
	if len(b) < attHeaderLen+n*attRecordLen || (len(b)-attHeaderLen)%attRecordLen != 0 {
		return nil, fmt.Errorf("attestation state: %w", errCorrupt)
	}
	st := &attState{
		hasLow:    b[1] == 1,
		lowSource: binary.BigEndian.Uint64(b[2:]),
		lowTarget: binary.BigEndian.Uint64(b[10:]),
		recent:    make([]attRecord, n, n+1),
	}
	for i := range st.recent {
		p := b[attHeaderLen+i*attRecordLen:]
		r := &st.recent[i]
		r.source, r.target = binary.BigEndian.Uint64(p), binary.BigEndian.Uint64(p[8:])
		copy(r.root[:], p[16:48])
		if (i > 0 && r.target <= st.recent[i-1].target) || (st.hasLow && r.target <= st.lowTarget) {
			return nil, fmt.Errorf("attestation state: records out of order: %w", errCorrupt)
		}
	}
	return st, nil
}

func (st *blockState) encode() []byte {
	buf := make([]byte, blockHeaderLen+blockRecordLen*max(len(st.recent), BlockWindow))
	buf[0] = stateVersion
	if st.hasLow {
		buf[1] = 1
	}
	binary.BigEndian.PutUint64(buf[2:], st.lowSlot)
	buf[10] = byte(len(st.recent))
	for i, r := range st.recent {
		p := buf[blockHeaderLen+i*blockRecordLen:]
		binary.BigEndian.PutUint64(p, r.slot)
		copy(p[8:], r.root[:])
	}
	return buf
}

func decodeBlockState(b []byte) (*blockState, error) {
	if len(b) < blockHeaderLen || b[0] != stateVersion || b[1] > 1 {
		return nil, fmt.Errorf("block state: %w", errCorrupt)
	}
	n := int(b[10])
	if len(b) < blockHeaderLen+n*blockRecordLen || (len(b)-blockHeaderLen)%blockRecordLen != 0 {
		return nil, fmt.Errorf("block state: %w", errCorrupt)
	}
	st := &blockState{hasLow: b[1] == 1, lowSlot: binary.BigEndian.Uint64(b[2:]), recent: make([]blockRecord, n, n+1)}
	for i := range st.recent {
		p := b[blockHeaderLen+i*blockRecordLen:]
		r := &st.recent[i]
		r.slot = binary.BigEndian.Uint64(p)
		copy(r.root[:], p[8:40])
		if (i > 0 && r.slot <= st.recent[i-1].slot) || (st.hasLow && r.slot <= st.lowSlot) {
			return nil, fmt.Errorf("block state: records out of order: %w", errCorrupt)
		}
	}
	return st, nil
}
