package hotstuff

import (
	"encoding/binary"
	"fmt"
	"math/bits"
)

// Wire format (all integers big-endian), version 1:
//
//	message = version:u8 kind:u8 key:49 from:u16 view:u32 phase:u8
//	          lastVoted:u32 valueHash:32 valueLen:u32 value:valueLen hasQC:u8 [qc]
//	          sigLen:u8 sig:sigLen
//	qc      = view:u32 phase:u8 valueHash:32 signers:u64 count:u8
//	          count*(sigLen:u8 sig:sigLen)
//	key     = cluster:32 slot:u64 duty:u8 index:u64
//
// The encoding is canonical: DecodeMessage accepts only bytes that
// MarshalBinary of the decoded message reproduces exactly (no trailing
// bytes, hasQC in {0,1}, count equal to the number of signer bits).

// wireVersion is the first byte of every encoded message.
const wireVersion = 1

// Fixed part of a message: version, kind, key, from, view, phase,
// lastVoted, valueHash, valueLen.
const msgHeaderSize = 1 + 1 + keySize + 2 + 4 + 1 + 4 + 32 + 4

// Limits bounds what an instance accepts. The zero value means the
// defaults (DefaultLimits).
type Limits struct {
	// MaxValueSize bounds an encoded value in bytes. For large duties
	// (blocks) prefer deciding on a hash or a blinded block and carrying
	// the body alongside.
	MaxValueSize int
	// MaxSigSize bounds one signature in bytes (at most 255).
	MaxSigSize int
	// MaxFutureViews: messages for views up to this many views ahead of
	// the current one are buffered; beyond, dropped.
	MaxFutureViews int
	// MaxBufferedPerPeer caps buffered future-view messages per sender.
	MaxBufferedPerPeer int
}

// DefaultLimits are the limits used where a field of Limits is zero.
var DefaultLimits = Limits{
	MaxValueSize:       1 << 20,
	MaxSigSize:         96,
	MaxFutureViews:     2,
	MaxBufferedPerPeer: 8,
}

// withDefaults fills zero fields from DefaultLimits.
func (l Limits) withDefaults() Limits {
	if l.MaxValueSize <= 0 {
		l.MaxValueSize = DefaultLimits.MaxValueSize
	}
	if l.MaxSigSize <= 0 || l.MaxSigSize > 255 {
		l.MaxSigSize = DefaultLimits.MaxSigSize
	}
	if l.MaxFutureViews <= 0 {
		l.MaxFutureViews = DefaultLimits.MaxFutureViews
	}
	if l.MaxBufferedPerPeer <= 0 {
		l.MaxBufferedPerPeer = DefaultLimits.MaxBufferedPerPeer
	}
	return l
}

// MaxMessageSize returns the largest encoded message the limits allow.
func (l Limits) MaxMessageSize() int {
	l = l.withDefaults()
	qc := 4 + 1 + 32 + 8 + 1 + MaxOperators*(1+l.MaxSigSize)
	return msgHeaderSize + l.MaxValueSize + 1 + qc + 1 + l.MaxSigSize
}

// MarshalBinary returns m's canonical wire form. It fails only if a field
// cannot be represented (a signature longer than 255 bytes, more than 255
// certificate signatures, a value longer than 4 GiB).
func (m *Message) MarshalBinary() ([]byte, error) {
	if len(m.Sig) > 255 || len(m.Value) > 1<<32-1 {
		return nil, fmt.Errorf("%w: field too long to encode", ErrTooLarge)
	}
	if m.QC != nil {
		if len(m.QC.Sigs) > 255 {
			return nil, fmt.Errorf("%w: too many certificate signatures", ErrTooLarge)
		}
		for _, s := range m.QC.Sigs {
			if len(s) > 255 {
				return nil, fmt.Errorf("%w: certificate signature too long", ErrTooLarge)
			}
		}
	}
	return m.appendTo(make([]byte, 0, m.encodedSize())), nil
}

// encodedSize returns the length of m's wire form.
func (m *Message) encodedSize() int {
	n := msgHeaderSize + len(m.Value) + 1 + 1 + len(m.Sig)
	if m.QC != nil {
		n += 4 + 1 + 32 + 8 + 1
		for _, s := range m.QC.Sigs {
			n += 1 + len(s)
		}
	}
	return n
}

// appendTo appends m's wire form to b. Lengths must already fit.
func (m *Message) appendTo(b []byte) []byte {
	b = append(b, wireVersion, byte(m.Kind))
	b = appendKey(b, m.Key)
	b = binary.BigEndian.AppendUint16(b, m.From)
	b = binary.BigEndian.AppendUint32(b, uint32(m.View))
	b = append(b, byte(m.Phase))
	b = binary.BigEndian.AppendUint32(b, uint32(m.LastVoted))
	b = append(b, m.ValueHash[:]...)
	b = binary.BigEndian.AppendUint32(b, uint32(len(m.Value)))
	b = append(b, m.Value...)
	if m.QC == nil {
		b = append(b, 0)
	} else {
		b = append(b, 1)
		b = appendQC(b, m.QC)
	}
	b = append(b, byte(len(m.Sig)))
	return append(b, m.Sig...)
}

// appendQC appends q's wire form to b.
func appendQC(b []byte, q *QC) []byte {
	b = binary.BigEndian.AppendUint32(b, uint32(q.View))
	b = append(b, byte(q.Phase))
	b = append(b, q.ValueHash[:]...)
	b = binary.BigEndian.AppendUint64(b, q.Signers)
	b = append(b, byte(len(q.Sigs)))
	for _, s := range q.Sigs {
		b = append(b, byte(len(s)))
		b = append(b, s...)
	}
	return b
}

// reader is a bounds-checked cursor over a byte slice.
type reader struct {
	b   []byte
	err error
}

// take returns the next n bytes, or nil after recording an error.
func (r *reader) take(n int) []byte {
	if r.err != nil {
		return nil
	}
	if n < 0 || n > len(r.b) {
		r.err = fmt.Errorf("%w: truncated", ErrMalformed)
		return nil
	}
	out := r.b[:n:n]
	r.b = r.b[n:]
	return out
}

func (r *reader) u8() uint8 {
	if b := r.take(1); b != nil {
		return b[0]
	}
	return 0
}

func (r *reader) u16() uint16 {
	if b := r.take(2); b != nil {
		return binary.BigEndian.Uint16(b)
	}
	return 0
}

func (r *reader) u32() uint32 {
	if b := r.take(4); b != nil {
		return binary.BigEndian.Uint32(b)
	}
	return 0
}

func (r *reader) u64() uint64 {
	if b := r.take(8); b != nil {
		return binary.BigEndian.Uint64(b)
	}
	return 0
}

func (r *reader) hash() (h Hash) {
	copy(h[:], r.take(32))
	return h
}

// sig reads a length-prefixed signature of at most max bytes.
func (r *reader) sig(max int) []byte {
	n := int(r.u8())
	if r.err == nil && n > max {
		r.err = fmt.Errorf("%w: signature of %d bytes", ErrTooLarge, n)
		return nil
	}
	return clone(r.take(n))
}

func clone(b []byte) []byte {
	if len(b) == 0 {
		return nil
	}
	return append([]byte(nil), b...)
}

// DecodeMessage parses one message from its wire form, enforcing lim
// (zero fields mean defaults) and the structural rules of Check. It never
// panics and allocates at most about len(b) bytes.
func DecodeMessage(b []byte, lim Limits) (*Message, error) {
	lim = lim.withDefaults()
	if len(b) > lim.MaxMessageSize() {
		return nil, fmt.Errorf("%w: %d bytes", ErrTooLarge, len(b))
	}
	r := &reader{b: b}
	if v := r.u8(); r.err == nil && v != wireVersion {
		return nil, fmt.Errorf("%w: version %d", ErrMalformed, v)
	}
	m := &Message{Kind: Kind(r.u8())}
	copy(m.Key.Cluster[:], r.take(32))
	m.Key.Slot = r.u64()
	m.Key.Duty = r.u8()
	m.Key.Index = r.u64()
	m.From = r.u16()
	m.View = View(r.u32())
	m.Phase = Phase(r.u8())
	m.LastVoted = View(r.u32())
	m.ValueHash = r.hash()
	vlen := r.u32()
	if r.err == nil && uint64(vlen) > uint64(lim.MaxValueSize) {
		return nil, fmt.Errorf("%w: value of %d bytes", ErrTooLarge, vlen)
	}
	m.Value = clone(r.take(int(vlen)))
	switch r.u8() {
	case 0:
	case 1:
		m.QC = decodeQC(r, lim)
	default:
		if r.err == nil {
			r.err = fmt.Errorf("%w: bad certificate flag", ErrMalformed)
		}
	}
	m.Sig = r.sig(lim.MaxSigSize)
	if r.err != nil {
		return nil, r.err
	}
	if len(r.b) != 0 {
		return nil, fmt.Errorf("%w: %d trailing bytes", ErrMalformed, len(r.b))
	}
	if err := m.Check(lim); err != nil {
		return nil, err
	}
	return m, nil
}

// decodeQC reads a certificate; errors are recorded in r.
func decodeQC(r *reader, lim Limits) *QC {
	q := &QC{View: View(r.u32()), Phase: Phase(r.u8()), ValueHash: r.hash(), Signers: r.u64()}
	count := int(r.u8())
	if r.err != nil {
		return nil
	}
	if count != bits.OnesCount64(q.Signers) {
		r.err = fmt.Errorf("%w: %d signatures for %d signers", ErrMalformed, count, q.Count())
		return nil
	}
	q.Sigs = make([][]byte, 0, count)
	for i := 0; i < count && r.err == nil; i++ {
		q.Sigs = append(q.Sigs, r.sig(lim.MaxSigSize))
	}
	return q
}

// Check enforces the structural rules of m's kind, without any
// cryptography or instance state: which fields may be set, phases and
// views in range, sizes within lim, and that a carried value hashes to
// ValueHash.
func (m *Message) Check(lim Limits) error {
	lim = lim.withDefaults()
	if len(m.Value) > lim.MaxValueSize || len(m.Sig) > lim.MaxSigSize {
		return fmt.Errorf("%w: value or signature", ErrTooLarge)
	}
	if m.View == 0 {
		return fmt.Errorf("%w: view 0", ErrMalformed)
	}
	if m.LastVoted != 0 && (m.Kind != KindNewView || m.LastVoted > m.View) {
		return fmt.Errorf("%w: last-voted view", ErrMalformed)
	}
	if m.QC != nil {
		if err := m.QC.check(lim); err != nil {
			return err
		}
	}
	switch m.Kind {
	case KindProposal:
		return m.checkProposal()
	case KindVote:
		return m.checkVote()
	case KindNewView:
		return m.checkNewView()
	case KindDecided:
		return m.checkDecided()
	}
	return fmt.Errorf("%w: kind %d", ErrMalformed, m.Kind)
}

func (m *Message) checkProposal() error {
	switch {
	case m.Phase != 0 || len(m.Sig) == 0:
		return fmt.Errorf("%w: proposal fields", ErrMalformed)
	case HashValue(m.Value) != m.ValueHash:
		return fmt.Errorf("%w: proposal value hash", ErrMalformed)
	case m.QC != nil && (m.QC.Phase != PhasePrepare || m.QC.View >= m.View || m.QC.ValueHash != m.ValueHash):
		return fmt.Errorf("%w: proposal justification", ErrMalformed)
	}
	return nil
}

func (m *Message) checkVote() error {
	if (m.Phase != PhasePrepare && m.Phase != PhaseCommit) || len(m.Value) != 0 || m.QC != nil || len(m.Sig) == 0 {
		return fmt.Errorf("%w: vote fields", ErrMalformed)
	}
	return nil
}

func (m *Message) checkNewView() error {
	if m.Phase != 0 || len(m.Sig) == 0 {
		return fmt.Errorf("%w: new-view fields", ErrMalformed)
	}
	if m.QC == nil {
		if len(m.Value) != 0 || m.ValueHash != (Hash{}) {
			return fmt.Errorf("%w: new-view value without lock", ErrMalformed)
		}
		return nil
	}
	if m.QC.Phase != PhasePrepare || m.QC.View >= m.View || m.QC.ValueHash != m.ValueHash || HashValue(m.Value) != m.ValueHash {
		return fmt.Errorf("%w: new-view lock", ErrMalformed)
	}
	return nil
}

func (m *Message) checkDecided() error {
	q := m.QC
	if q == nil || q.Phase != PhaseCommit || q.View != m.View || q.ValueHash != m.ValueHash ||
		m.Phase != 0 || len(m.Sig) != 0 || HashValue(m.Value) != m.ValueHash {
		return fmt.Errorf("%w: decided fields", ErrMalformed)
	}
	return nil
}

// check enforces a certificate's structure (not its signatures).
func (q *QC) check(lim Limits) error {
	if q.View == 0 || (q.Phase != PhasePrepare && q.Phase != PhaseCommit) || len(q.Sigs) != q.Count() {
		return fmt.Errorf("%w: certificate fields", ErrBadCertificate)
	}
	for _, s := range q.Sigs {
		if len(s) == 0 || len(s) > lim.MaxSigSize {
			return fmt.Errorf("%w: certificate signature size", ErrBadCertificate)
		}
	}
	return nil
}
