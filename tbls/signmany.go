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
	if len(keys) == 0 {
		return nil, nil
	}
	out := make([]Signature, len(keys))
	err := signMany(keys, msg, func(i int, p *bls.G2) {
		copy(out[i][:], p.Serialize())
		cacheComputed(out[i], p)
	})
	return out, err
}

// signMany computes keys[i] * H(msg) and hands each to emit.
func signMany(keys []*SecretKey, msg []byte, emit func(i int, p *bls.G2)) error {
	ensureInit()
	h := bls.HashAndMapToSignature(msg)
	if h == nil {
		return errors.New("sign: hash message to the curve")
	}
	hp := bls.CastFromSign(h)
	var p bls.G2
	for i, k := range keys {
		bls.G2Mul(&p, hp, bls.CastFromSecretKey(&k.k))
		emit(i, &p)
	}
	return nil
}
