package cluster

import (
	"crypto/sha256"
	"encoding/binary"
	"hash"
)

// hashDomain starts every hashed encoding, so that a cluster hash is never
// the hash of anything else.
const hashDomain = "keystake cluster hash v1"

// ComputeHash returns the content hash of d: SHA-256 over a canonical binary
// encoding of every field but Hash itself. Integers are big-endian uint32;
// variable-length fields carry a uint32 length prefix; lists carry a uint32
// count. Supersedes, when set, comes last; a cluster without it hashes as
// before the field existed. docs/cluster-format.md lists the order.
func (d *Definition) ComputeHash() [32]byte {
	h := sha256.New()
	w := hashWriter{h}
	w.bytes([]byte(hashDomain))
	w.bytes([]byte(d.Version))
	w.bytes([]byte(d.Name))
	w.bytes([]byte(d.Network.Name))
	w.bytes(d.Network.ForkVersion)
	w.bytes(d.Network.GenesisValidatorsRoot)
	w.uint(d.Threshold)
	w.uint(len(d.Operators))
	for _, op := range d.Operators {
		w.uint(op.Index)
		w.bytes([]byte(op.ID))
		w.bytes(op.IdentityKey)
		w.bytes(op.EncryptionKey)
	}
	w.uint(len(d.Validators))
	for _, v := range d.Validators {
		w.bytes(v.PublicKey)
		w.uint(len(v.PublicShares))
		for _, s := range v.PublicShares {
			w.bytes(s)
		}
		w.bytes(v.WithdrawalCredentials)
		w.bytes(v.FeeRecipient)
	}
	if len(d.Supersedes) > 0 {
		w.bytes(d.Supersedes)
	}
	var sum [32]byte
	h.Sum(sum[:0])
	return sum
}

type hashWriter struct{ h hash.Hash }

func (w hashWriter) uint(v int) {
	var b [4]byte
	binary.BigEndian.PutUint32(b[:], uint32(v))
	w.h.Write(b[:])
}

func (w hashWriter) bytes(b []byte) {
	w.uint(len(b))
	w.h.Write(b)
}
