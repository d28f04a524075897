package tbls

import (
	"errors"
	"fmt"
	"slices"

	"github.com/herumi/bls-eth-go-binary/bls"
)

// ErrEmpty reports an operation given nothing to work on.
var ErrEmpty = errors.New("empty input")

// RecoverSignature combines partial signatures, keyed by share index, into
// the signature of the group key. It fails on an invalid index, fewer than 2
// partials, or a partial that does not decode.
//
// Like RecoverSecretKey and RecoverPublicKey, it interpolates at x = 0
// through ALL the points it is given, in ascending index order. With t or
// more points on the same degree t-1 polynomial, every choice gives the same,
// correct result; passing exactly t is simply the cheapest (each extra point
// costs one more scalar multiplication). With fewer than t points the result
// is a wrong value, not an error: the threshold is not known here. Partials
// are not checked either, and one bad partial yields a bad group signature:
// verify partials first (BatchVerify, VerifyPartial), or verify the result
// under the group public key.
func RecoverSignature(partials map[int]Signature) (Signature, error) {
	var sig Signature
	xs, err := recoveryPoints(partials)
	if err != nil {
		return sig, fmt.Errorf("recover signature: %w", err)
	}
	ys := make([]bls.G2, len(xs))
	for k := range xs {
		i := xs[k].index
		partial := partials[i]
		s, err := decodeSignature(partial[:])
		if err != nil {
			return sig, fmt.Errorf("recover signature from share %d: %w", i, err)
		}
		ys[k] = *bls.CastFromSign(s)
	}
	var out bls.G2
	interpolateG2(&out, xs, ys)
	copy(sig[:], out.Serialize())
	cacheComputed(sig, &out)
	return sig, nil
}

// RecoverSecretKey recombines secret shares, keyed by share index, into the
// group secret key, with the rules of RecoverSignature. It fails on an invalid
// index, fewer than 2 shares, a nil or zero share, or a zero result.
func RecoverSecretKey(shares map[int]*SecretKey) (*SecretKey, error) {
	xs, err := recoveryPoints(shares)
	if err != nil {
		return nil, fmt.Errorf("recover secret key: %w", err)
	}
	ys := make([]bls.Fr, len(xs))
	defer zeroScalars(ys)
	for k := range xs {
		i := xs[k].index
		share := shares[i]
		if share == nil || share.k.IsZero() {
			return nil, fmt.Errorf("recover secret key from share %d: %w: nil or zero", i, ErrInvalidKey)
		}
		ys[k] = *bls.CastFromSecretKey(&share.k)
	}
	sk := new(SecretKey)
	if err := bls.FrLagrangeInterpolation(bls.CastFromSecretKey(&sk.k), scalars(xs), ys); err != nil {
		return nil, fmt.Errorf("recover secret key: interpolate: %w", err)
	}
	if sk.k.IsZero() {
		return nil, fmt.Errorf("recover secret key: %w: result is zero", ErrInvalidKey)
	}
	return sk, nil
}

// RecoverPublicKey recombines share public keys, keyed by share index, into
// the group public key, with the rules of RecoverSignature. It fails on an invalid
// index, fewer than 2 keys, a key that does not decode, or an identity result.
func RecoverPublicKey(publicShares map[int]PublicKey) (PublicKey, error) {
	var pk PublicKey
	xs, err := recoveryPoints(publicShares)
	if err != nil {
		return pk, fmt.Errorf("recover public key: %w", err)
	}
	ys := make([]bls.G1, len(xs))
	for k := range xs {
		i := xs[k].index
		share := publicShares[i]
		p, err := decodePublicKey(share[:])
		if err != nil {
			return pk, fmt.Errorf("recover public key from share %d: %w", i, err)
		}
		ys[k] = *bls.CastFromPublicKey(p)
	}
	var out bls.G1
	bls.G1MulVec(&out, ys, lagrangeAtZero(xs))
	if out.IsZero() {
		return pk, fmt.Errorf("recover public key: %w: result is the identity", ErrInvalidKey)
	}
	copy(pk[:], out.Serialize())
	return pk, nil
}

// point is a share index with its field element.
type point struct {
	index int
	x     bls.Fr
}

// recoveryPoints validates the indices of m and returns them in ascending
// order, so that results do not depend on map iteration order.
func recoveryPoints[V any](m map[int]V) ([]point, error) {
	if len(m) < 2 {
		return nil, fmt.Errorf("%w: %d given, want at least 2", ErrTooFewShares, len(m))
	}
	indices := make([]int, 0, len(m))
	for i := range m {
		if err := checkIndex(i); err != nil {
			return nil, err
		}
		indices = append(indices, i)
	}
	slices.Sort(indices)
	ensureInit()
	pts := make([]point, len(indices))
	for k, i := range indices {
		pts[k] = point{index: i, x: indexScalar(i)}
	}
	return pts, nil
}

// lagrangeAtZero returns the Lagrange basis polynomials of the points'
// abscissae evaluated at 0: l_k = prod_{j != k} x_j / (x_j - x_k). The
// abscissae are distinct share indices, so no denominator is zero. A
// multi-scalar multiplication with these coefficients is about a third
// faster here than mcl's own interpolation, which multiplies point by point.
func lagrangeAtZero(pts []point) []bls.Fr {
	ls := make([]bls.Fr, len(pts))
	for k := range pts {
		var num, den, diff bls.Fr
		num.SetInt64(1)
		den.SetInt64(1)
		for j := range pts {
			if j == k {
				continue
			}
			bls.FrMul(&num, &num, &pts[j].x)
			bls.FrSub(&diff, &pts[j].x, &pts[k].x)
			bls.FrMul(&den, &den, &diff)
		}
		bls.FrDiv(&ls[k], &num, &den)
	}
	return ls
}

func scalars(pts []point) []bls.Fr {
	xs := make([]bls.Fr, len(pts))
	for k := range pts {
		xs[k] = pts[k].x
	}
	return xs
}

// VerifyPartial checks a partial signature under the public key of its
// share. It is Verify, named for the threshold setting.
func VerifyPartial(publicShare PublicKey, msg []byte, partial Signature) error {
	return Verify(publicShare, msg, partial)
}

// Aggregate adds signatures (plain BLS aggregation, no randomisation). The
// result verifies under the sum of the public keys for a common message, or
// with AggregateVerify semantics for distinct ones. It fails on an empty
// slice or a signature that does not decode.
func Aggregate(sigs []Signature) (Signature, error) {
	var out Signature
	if len(sigs) == 0 {
		return out, fmt.Errorf("aggregate signatures: %w", ErrEmpty)
	}
	var sum bls.Sign
	for k := range sigs {
		s, err := decodeSignature(sigs[k][:])
		if err != nil {
			return out, fmt.Errorf("aggregate signature %d: %w", k, err)
		}
		if k == 0 {
			sum = *s
		} else {
			sum.Add(s)
		}
	}
	copy(out[:], sum.Serialize())
	return out, nil
}
