package hotstuff

import (
	"crypto/ed25519"
	"encoding/binary"
	"errors"
	"fmt"
	"math/bits"
)

// domain prefixes every signing payload and hash input of this package, so
// identity-key signatures made here are useless anywhere else.
const domain = "keystake/hotstuff/v1/"

// VotePayload returns the bytes an operator signs to vote for valueHash in
// (key, view, phase). Certificates are sets of such signatures.
func VotePayload(k Key, v View, p Phase, valueHash Hash) []byte {
	b := make([]byte, 0, len(domain)+4+keySize+4+1+32)
	b = append(b, domain+"vote"...)
	b = appendKey(b, k)
	b = binary.BigEndian.AppendUint32(b, uint32(v))
	b = append(b, byte(p))
	return append(b, valueHash[:]...)
}

// ProposalPayload returns the bytes the leader of view v signs to propose
// valueHash with the justification justify (nil for none).
func ProposalPayload(k Key, v View, valueHash Hash, justify *QC) []byte {
	d := justify.Digest()
	b := make([]byte, 0, len(domain)+8+keySize+4+64)
	b = append(b, domain+"proposal"...)
	b = appendKey(b, k)
	b = binary.BigEndian.AppendUint32(b, uint32(v))
	b = append(b, valueHash[:]...)
	return append(b, d[:]...)
}

// NewViewPayload returns the bytes an operator signs when it enters view v
// reporting the last view it voted in and its lock (nil for none).
func NewViewPayload(k Key, v, lastVoted View, lock *QC) []byte {
	d := lock.Digest()
	b := make([]byte, 0, len(domain)+7+keySize+8+32)
	b = append(b, domain+"newview"...)
	b = appendKey(b, k)
	b = binary.BigEndian.AppendUint32(b, uint32(v))
	b = binary.BigEndian.AppendUint32(b, uint32(lastVoted))
	return append(b, d[:]...)
}

// signingPayload returns the payload m.Sig must sign, or nil for kinds
// without a sender signature.
func signingPayload(m *Message) []byte {
	switch m.Kind {
	case KindProposal:
		return ProposalPayload(m.Key, m.View, m.ValueHash, m.QC)
	case KindVote:
		return VotePayload(m.Key, m.View, m.Phase, m.ValueHash)
	case KindNewView:
		return NewViewPayload(m.Key, m.View, m.LastVoted, m.QC)
	}
	return nil
}

// VerifyFunc reports whether sig is operator's signature over payload.
type VerifyFunc func(operator int, payload, sig []byte) bool

// VerifyQC checks that q is a valid certificate of instance k among n
// operators: at least Quorum(n) distinct signers, all of them operators,
// every signature valid over VotePayload. It is what a node that receives
// a decision out of band (for example the duty layer, to prove what was
// decided) runs.
func VerifyQC(k Key, q *QC, n int, verify VerifyFunc) error {
	if q == nil {
		return fmt.Errorf("%w: missing", ErrBadCertificate)
	}
	if err := q.check(DefaultLimits.withDefaults()); err != nil {
		return err
	}
	if n < MaxOperators && q.Signers>>uint(n) != 0 {
		return fmt.Errorf("%w: signer outside the cluster", ErrBadCertificate)
	}
	if q.Count() < Quorum(n) {
		return fmt.Errorf("%w: %d signers, need %d", ErrBadCertificate, q.Count(), Quorum(n))
	}
	payload := VotePayload(k, q.View, q.Phase, q.ValueHash)
	rest := q.Signers
	for _, sig := range q.Sigs {
		i := bits.TrailingZeros64(rest)
		rest &^= 1 << uint(i)
		if !verify(i, payload, sig) {
			return fmt.Errorf("%w: signature of operator %d", ErrBadCertificate, i)
		}
	}
	return nil
}

// Ed25519Signer returns a signing function for the operator's identity key.
// Ed25519 signatures are deterministic, 64 bytes, and verify in about 50 µs.
func Ed25519Signer(priv ed25519.PrivateKey) func(payload []byte) ([]byte, error) {
	return func(payload []byte) ([]byte, error) {
		if len(priv) != ed25519.PrivateKeySize {
			return nil, errors.New("hotstuff: bad ed25519 private key")
		}
		return ed25519.Sign(priv, payload), nil
	}
}

// Ed25519Verifier returns a VerifyFunc over the operators' identity keys,
// indexed by operator.
func Ed25519Verifier(pubs []ed25519.PublicKey) VerifyFunc {
	return func(op int, payload, sig []byte) bool {
		if op < 0 || op >= len(pubs) || len(pubs[op]) != ed25519.PublicKeySize || len(sig) != ed25519.SignatureSize {
			return false
		}
		return ed25519.Verify(pubs[op], payload, sig)
	}
}
