package hotstuff

import (
	"encoding/binary"
	"fmt"
)

// stateVersion is the first byte of an encoded State.
const stateVersion = 1

// MarshalBinary encodes the state for the persistence layer:
//
//	version:u8 key:49 votedView:u32 votedPhase:u8
//	hasLock:u8 [qc valueLen:u32 value] hasDecision:u8 [qc valueLen:u32 value]
func (s State) MarshalBinary() ([]byte, error) {
	b := []byte{stateVersion}
	b = appendKey(b, s.Key)
	b = binary.BigEndian.AppendUint32(b, uint32(s.VotedView))
	b = append(b, byte(s.VotedPhase))
	b = appendCertified(b, s.Lock, s.LockValue)
	return appendCertified(b, s.Decision, s.Value), nil
}

// appendCertified appends an optional certificate with its value.
func appendCertified(b []byte, q *QC, value []byte) []byte {
	if q == nil {
		return append(b, 0)
	}
	b = appendQC(append(b, 1), q)
	b = binary.BigEndian.AppendUint32(b, uint32(len(value)))
	return append(b, value...)
}

// UnmarshalState decodes what State.MarshalBinary produced.
func UnmarshalState(b []byte, lim Limits) (*State, error) {
	lim = lim.withDefaults()
	r := &reader{b: b}
	if v := r.u8(); r.err == nil && v != stateVersion {
		return nil, fmt.Errorf("%w: state version %d", ErrMalformed, v)
	}
	s := &State{}
	copy(s.Key.Cluster[:], r.take(32))
	s.Key.Slot = r.u64()
	s.Key.Duty = r.u8()
	s.Key.Index = r.u64()
	s.VotedView = View(r.u32())
	s.VotedPhase = Phase(r.u8())
	s.Lock, s.LockValue = readCertified(r, lim)
	s.Decision, s.Value = readCertified(r, lim)
	if r.err == nil && len(r.b) != 0 {
		r.err = fmt.Errorf("%w: trailing state bytes", ErrMalformed)
	}
	if r.err != nil {
		return nil, r.err
	}
	return s, nil
}

// readCertified reads an optional certificate with its value.
func readCertified(r *reader, lim Limits) (*QC, []byte) {
	switch r.u8() {
	case 0:
		return nil, nil
	case 1:
	default:
		if r.err == nil {
			r.err = fmt.Errorf("%w: state flag", ErrMalformed)
		}
		return nil, nil
	}
	q := decodeQC(r, lim)
	n := r.u32()
	if r.err == nil && uint64(n) > uint64(lim.MaxValueSize) {
		r.err = fmt.Errorf("%w: state value", ErrTooLarge)
	}
	v := clone(r.take(int(n)))
	if r.err == nil {
		if err := q.check(lim); err != nil {
			r.err = err
		}
	}
	return q, v
}
