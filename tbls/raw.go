package tbls

import (
	"encoding/hex"
	"errors"
	"fmt"

	"github.com/herumi/bls-eth-go-binary/bls"
)

// RawSignatureLength is the size of an uncompressed signature.
const RawSignatureLength = 192

// RawSignature is an uncompressed G2 point: the form in which operators
// exchange partial signatures. Decoding one takes about 1 µs where a
// compressed signature takes about 110 µs (a square root and a subgroup
// check), and RecoverSignatureRaw checks the subgroup once, on the recovered
// signature, instead of on each of the t partials. The saving is most of a
// node's work per validator and slot.
type RawSignature [RawSignatureLength]byte

// String returns the 0x-prefixed hex form.
func (s RawSignature) String() string { return "0x" + hex.EncodeToString(s[:]) }

// SignManyRaw is SignMany with uncompressed results.
func SignManyRaw(keys []*SecretKey, msg []byte) ([]RawSignature, error) {
	if len(keys) == 0 {
		return nil, nil
	}
	out := make([]RawSignature, len(keys))
	err := signMany(keys, msg, func(i int, p *bls.G2) {
		copy(out[i][:], bls.CastToSign(p).SerializeUncompressed())
	})
	return out, err
}

// decodeRaw decodes an uncompressed point, checking that it is on the curve
// but not that it is in the subgroup.
func decodeRaw(raw *RawSignature) (bls.G2, error) {
	ensureInit()
	var sig bls.Sign
	b := *raw // cgo may not see memory that holds Go pointers
	if err := sig.DeserializeUncompressed(b[:]); err != nil {
		return bls.G2{}, fmt.Errorf("%w: not an uncompressed G2 point", ErrInvalidSignature)
	}
	return *bls.CastFromSign(&sig), nil
}

// errNotInSubgroup reports a point on the curve outside the group of
// signatures.
var errNotInSubgroup = errors.New("point not in the subgroup")

// RecoverSignatureRaw is RecoverSignature for uncompressed partials, with
// the same rules, and one more check: the recovered point must be in the
// subgroup. It returns the compressed group signature. Partials are only
// checked to be on the curve, so a partial outside the subgroup yields an
// error here, and a wrong partial inside it a signature that does not
// verify: verify the result under the group public key.
func RecoverSignatureRaw(partials map[int]RawSignature) (Signature, error) {
	var sig Signature
	xs, err := recoveryPoints(partials)
	if err != nil {
		return sig, fmt.Errorf("recover signature: %w", err)
	}
	ys := make([]bls.G2, len(xs))
	for k := range xs {
		i := xs[k].index
		partial := partials[i]
		if ys[k], err = decodeRaw(&partial); err != nil {
			return sig, fmt.Errorf("recover signature from share %d: %w", i, err)
		}
	}
	var out bls.G2
	interpolateG2(&out, xs, ys)
	if !bls.CastToSign(&out).IsValidOrder() {
		return sig, fmt.Errorf("recover signature: %w: %w", ErrInvalidSignature, errNotInSubgroup)
	}
	copy(sig[:], out.Serialize())
	cacheComputed(sig, &out)
	return sig, nil
}

// VerifyPartialRaw checks an uncompressed partial signature under the public
// key of its share: on the curve, in the subgroup, and valid.
func VerifyPartialRaw(publicShare PublicKey, msg []byte, partial RawSignature) error {
	p, err := decodePublicKey(publicShare[:])
	if err != nil {
		return err
	}
	g, err := decodeRaw(&partial)
	if err != nil {
		return err
	}
	s := bls.CastToSign(&g)
	if !s.IsValidOrder() {
		return fmt.Errorf("%w: %w", ErrInvalidSignature, errNotInSubgroup)
	}
	if !s.VerifyByte(p, msg) {
		return fmt.Errorf("%w: does not verify under %s", ErrInvalidSignature, publicShare)
	}
	return nil
}
