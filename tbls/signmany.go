package tbls

import (
	"errors"

	"github.com/herumi/bls-eth-go-binary/bls"
)

// SignMany signs one message with many keys, hashing the message to the
// curve once: out[i] is keys[i].Sign(msg). This is the common case of a
// cluster whose validators all attest to the same data in a slot, and saves
// a hash-to-curve per key.
func SignMany(keys []*SecretKey, msg []byte) ([]Signature, error) {
	ensureInit()
	if len(keys) == 0 {
		return nil, nil
	}
	h := bls.HashAndMapToSignature(msg)
	if h == nil {
		return nil, errors.New("sign: hash message to the curve")
	}
	hp := bls.CastFromSign(h)
	out := make([]Signature, len(keys))
	var p bls.G2
	for i, k := range keys {
		bls.G2Mul(&p, hp, bls.CastFromSecretKey(&k.k))
		copy(out[i][:], p.Serialize())
		cacheComputed(out[i], &p)
	}
	return out, nil
}
