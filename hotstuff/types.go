package hotstuff

import (
	"crypto/sha256"
	"encoding/binary"
	"math/bits"
)

// Key identifies one single-shot consensus instance: the cluster, the slot
// and the duty. Index tells apart instances of the same duty type in one slot
// (for example the validator index of a block proposal); it is 0 when the
// duty is decided once per cluster and slot.
//
// Every signed message carries the key, so a signature made for one
// instance can never be replayed into another.
type Key struct {
	Cluster [32]byte
	Slot    uint64
	Duty    uint8
	Index   uint64
}

// keySize is the length of Key's wire form.
const keySize = 32 + 8 + 1 + 8

// appendKey appends k's fixed-size wire form to b.
func appendKey(b []byte, k Key) []byte {
	b = append(b, k.Cluster[:]...)
	b = binary.BigEndian.AppendUint64(b, k.Slot)
	b = append(b, k.Duty)
	return binary.BigEndian.AppendUint64(b, k.Index)
}

// View numbers the rounds of an instance, starting at 1. View 0 means "not
// started yet".
type View uint32

// Phase is the voting phase of a vote or certificate.
type Phase uint8

// The two voting phases of HotStuff-2. A prepare certificate (2f+1 prepare
// votes) is what replicas lock on; a commit certificate (2f+1 commit votes
// of the same view) decides.
const (
	PhasePrepare Phase = 1
	PhaseCommit  Phase = 2
)

// String names the phase.
func (p Phase) String() string {
	switch p {
	case PhasePrepare:
		return "prepare"
	case PhaseCommit:
		return "commit"
	}
	return "phase?"
}

// Hash is a SHA-256 digest. A value is identified by the hash of its
// encoding (see HashValue); votes and certificates carry only the hash.
type Hash [32]byte

// HashValue returns the identifier of an encoded value.
func HashValue(encoded []byte) Hash { return sha256.Sum256(encoded) }

// Kind is the type of a Message.
type Kind uint8

// Message kinds.
const (
	// KindProposal: the view's leader proposes Value, justified by QC (the
	// highest prepare certificate it knows, or none).
	KindProposal Kind = 1
	// KindVote: a prepare or commit vote for ValueHash in View.
	KindVote Kind = 2
	// KindNewView: sent by every node when it enters a view >= 2 (the
	// timeout of the previous view) or restarts; carries the sender's lock
	// (QC) and the locked value so the new leader can re-propose it.
	KindNewView Kind = 3
	// KindDecided: a commit certificate (QC) and the decided Value, sent by
	// a node that decided so that others decide at once. Unsigned: the
	// certificate is the proof.
	KindDecided Kind = 4
)

// String names the kind.
func (k Kind) String() string {
	switch k {
	case KindProposal:
		return "proposal"
	case KindVote:
		return "vote"
	case KindNewView:
		return "new-view"
	case KindDecided:
		return "decided"
	}
	return "kind?"
}

// MaxOperators is the largest cluster an instance supports (the signer
// bitmap of a certificate is 64 bits).
const MaxOperators = 64

// QC is a quorum certificate: the signatures of at least Quorum(n)
// operators on the same (key, View, Phase, ValueHash) vote. Signers is a
// bitmap (bit i = operator i) and Sigs holds one signature per set bit, in
// increasing operator order.
//
// A QC is immutable once built: the instance shares pointers to it freely.
type QC struct {
	View      View
	Phase     Phase
	ValueHash Hash
	Signers   uint64
	Sigs      [][]byte
}

// Count returns the number of signers.
func (q *QC) Count() int { return bits.OnesCount64(q.Signers) }

// Digest returns the hash of the certificate's encoding.
func (q *QC) Digest() Hash {
	if q == nil {
		return Hash{}
	}
	return sha256.Sum256(appendQC(nil, q))
}

// higher reports whether a is a strictly higher certificate than b (nil is
// the lowest).
func higher(a, b *QC) bool {
	if a == nil {
		return false
	}
	return b == nil || a.View > b.View
}

// qcView returns q's view, or 0 for nil.
func qcView(q *QC) View {
	if q == nil {
		return 0
	}
	return q.View
}

// Message is the unit the transport carries. Which fields are set depends
// on Kind (see Kind's constants); Check enforces it. From is the sender's
// operator index (0-based). Sig is the sender's identity-key signature over
// the kind's signing payload (see the *Payload functions); empty for
// KindDecided.
type Message struct {
	Kind  Kind
	Key   Key
	From  uint16
	View  View
	Phase Phase
	// LastVoted (KindNewView only) is the highest view in which the
	// sender has cast any vote, 0 if none.
	LastVoted View
	ValueHash Hash
	Value     []byte
	QC        *QC
	Sig       []byte
}

// Quorum returns the certificate size for n operators: the smallest q with
// 2q - n >= f+1, so any two quorums share an honest operator. For
// n = 3f+1 it is 2f+1.
func Quorum(n int) int { return (n+Faults(n))/2 + 1 }

// Faults returns f, the number of faulty operators n tolerates: (n-1)/3.
func Faults(n int) int { return (n - 1) / 3 }
