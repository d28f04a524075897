package tbls

import (
	"errors"
	"fmt"

	"github.com/herumi/bls-eth-go-binary/bls"
)

// MaxIndex is the largest share (operator) index, and so the largest number
// of shares, this package accepts. Indices run from 1 to MaxIndex.
const MaxIndex = 255

// Errors of threshold splitting and recovery. Returned errors wrap them.
var (
	ErrInvalidIndex     = errors.New("invalid share index")
	ErrInvalidThreshold = errors.New("invalid threshold")
	ErrShareMismatch    = errors.New("share does not match the commitments")
	ErrTooFewShares     = errors.New("too few shares")
)

// Split is the result of splitting a secret key with SplitSecret.
//
// Shares and PublicShares are keyed by operator index 1..n. Commitments are
// Feldman commitments to the polynomial's coefficients: Commitments[j] is
// g1^a_j for j = 0..Threshold-1, so Commitments[0] is the group public key.
// Commitments and PublicShares are public; Shares are secret and should be
// wiped with Zero once distributed.
type Split struct {
	Threshold    int
	Shares       map[int]*SecretKey
	PublicShares map[int]PublicKey
	Commitments  []PublicKey
}

// SplitSecret splits sk into n Shamir shares, any t of which recover it:
// share i is f(i) for the random polynomial f of degree t-1 with f(0) = sk,
// whose other coefficients come from the system CSPRNG. It requires
// 2 <= t <= n <= MaxIndex; choosing n and t for fault tolerance (such as
// n = 3f+1, t = 2f+1) is the caller's business. The polynomial is wiped
// before SplitSecret returns; sk is neither retained nor modified.
func SplitSecret(sk *SecretKey, n, t int) (*Split, error) {
	if err := checkSplitParams(n, t); err != nil {
		return nil, fmt.Errorf("split secret: %w", err)
	}
	ensureInit()
	if sk == nil || sk.k.IsZero() {
		return nil, fmt.Errorf("split secret: %w: key is nil or zero", ErrInvalidKey)
	}
	poly := make([]bls.Fr, t)
	defer zeroScalars(poly)
	shares, err := sampleShares(sk, poly, n)
	if err != nil {
		return nil, fmt.Errorf("split secret: %w", err)
	}
	s := &Split{
		Threshold:    t,
		Shares:       shares,
		PublicShares: make(map[int]PublicKey, n),
		Commitments:  make([]PublicKey, t),
	}
	for i, share := range shares {
		s.PublicShares[i] = share.PublicKey()
	}
	for j := range poly {
		s.Commitments[j] = scalarPublicKey(&poly[j])
	}
	return s, nil
}

// scalarPublicKey returns g1^a in compressed form.
func scalarPublicKey(a *bls.Fr) PublicKey {
	var pk PublicKey
	copy(pk[:], bls.CastToSecretKey(a).GetPublicKey().Serialize())
	return pk
}

func checkSplitParams(n, t int) error {
	switch {
	case t < 2:
		return fmt.Errorf("%w: t = %d, want t >= 2", ErrInvalidThreshold, t)
	case n > MaxIndex:
		return fmt.Errorf("%w: n = %d, want n <= %d", ErrInvalidThreshold, n, MaxIndex)
	case t > n:
		return fmt.Errorf("%w: t = %d exceeds n = %d", ErrInvalidThreshold, t, n)
	}
	return nil
}

// sampleShares fills poly with sk and t-1 random coefficients (the leading
// one non-zero, so that the degree is exactly t-1) and evaluates it at
// 1..n. It resamples in the (probability ~n/2^255) event of a zero share,
// which SecretKeyFromBytes would not accept back.
func sampleShares(sk *SecretKey, poly []bls.Fr, n int) (map[int]*SecretKey, error) {
	const attempts = 4
	for range attempts {
		poly[0] = *bls.CastFromSecretKey(&sk.k)
		for j := 1; j < len(poly); j++ {
			poly[j].SetByCSPRNG()
		}
		if poly[len(poly)-1].IsZero() {
			continue
		}
		shares, err := evaluateShares(poly, n)
		if err != nil {
			return nil, err
		}
		if shares != nil {
			return shares, nil
		}
	}
	return nil, errors.New("sample polynomial: no usable polynomial drawn")
}

// evaluateShares returns f(i) for i = 1..n, or nil if one of them is zero.
func evaluateShares(poly []bls.Fr, n int) (map[int]*SecretKey, error) {
	shares := make(map[int]*SecretKey, n)
	for i := 1; i <= n; i++ {
		x := indexScalar(i)
		share := new(SecretKey)
		if err := bls.FrEvaluatePolynomial(bls.CastFromSecretKey(&share.k), poly, &x); err != nil {
			zeroShares(shares)
			return nil, fmt.Errorf("evaluate polynomial at %d: %w", i, err)
		}
		if share.k.IsZero() {
			zeroShares(shares)
			return nil, nil
		}
		shares[i] = share
	}
	return shares, nil
}

// Zero wipes the secret shares and removes them from s.Shares. The public
// parts (PublicShares, Commitments) stay. The polynomial itself is never kept
// in a Split: SplitSecret wipes it before returning.
func (s *Split) Zero() {
	zeroShares(s.Shares)
}

func zeroShares(shares map[int]*SecretKey) {
	for i, share := range shares {
		if share != nil {
			share.Zero()
		}
		delete(shares, i)
	}
}

func zeroScalars(xs []bls.Fr) {
	for i := range xs {
		xs[i].Clear()
	}
}

// indexScalar returns the share index i as a field element.
func indexScalar(i int) bls.Fr {
	var x bls.Fr
	x.SetInt64(int64(i))
	return x
}

func checkIndex(i int) error {
	if i < 1 || i > MaxIndex {
		return fmt.Errorf("%w: %d is outside 1..%d", ErrInvalidIndex, i, MaxIndex)
	}
	return nil
}

// PublicShare evaluates the commitment polynomial at index, giving the public
// key of share index: prod_j Commitments[j]^(index^j). It fails on an invalid
// index, fewer than 2 or more than MaxIndex commitments, a commitment that is
// not a valid public key, or an identity result.
func PublicShare(commitments []PublicKey, index int) (PublicKey, error) {
	var pk PublicKey
	if err := checkIndex(index); err != nil {
		return pk, fmt.Errorf("public share: %w", err)
	}
	coeffs, err := decodeCommitments(commitments)
	if err != nil {
		return pk, fmt.Errorf("public share %d: %w", index, err)
	}
	x := indexScalar(index)
	var y bls.G1
	if err := bls.G1EvaluatePolynomial(&y, coeffs, &x); err != nil {
		return pk, fmt.Errorf("public share %d: evaluate commitments: %w", index, err)
	}
	if y.IsZero() {
		return pk, fmt.Errorf("public share %d: %w: identity", index, ErrInvalidKey)
	}
	copy(pk[:], y.Serialize())
	return pk, nil
}

func decodeCommitments(commitments []PublicKey) ([]bls.G1, error) {
	if len(commitments) < 2 || len(commitments) > MaxIndex {
		return nil, fmt.Errorf("%w: %d commitments, want 2..%d", ErrInvalidThreshold, len(commitments), MaxIndex)
	}
	coeffs := make([]bls.G1, len(commitments))
	for j := range commitments {
		p, err := decodePublicKey(commitments[j][:])
		if err != nil {
			return nil, fmt.Errorf("decode commitment %d: %w", j, err)
		}
		coeffs[j] = *bls.CastFromPublicKey(p)
	}
	return coeffs, nil
}

// VerifyShare checks a share received from a dealer against its Feldman
// commitments: g1^share must equal PublicShare(commitments, index). It
// returns nil only for a matching share, an error wrapping ErrShareMismatch
// for a non-matching one, and other errors for invalid inputs.
func VerifyShare(index int, share *SecretKey, commitments []PublicKey) error {
	ensureInit()
	if share == nil || share.k.IsZero() {
		return fmt.Errorf("verify share %d: %w: share is nil or zero", index, ErrInvalidKey)
	}
	want, err := PublicShare(commitments, index)
	if err != nil {
		return fmt.Errorf("verify share %d: %w", index, err)
	}
	if share.PublicKey() != want {
		return fmt.Errorf("verify share %d: %w", index, ErrShareMismatch)
	}
	return nil
}
