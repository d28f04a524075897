package tbls

import (
	"fmt"

	"github.com/herumi/bls-eth-go-binary/bls"
)

// SumSecretKeys returns the sum of keys modulo the group order. It is how a
// distributed key generation adds up the shares every dealer gave one
// operator. It fails on an empty slice, a nil or zero key, or a zero sum.
// The inputs are neither retained nor modified.
func SumSecretKeys(keys []*SecretKey) (*SecretKey, error) {
	ensureInit()
	if len(keys) == 0 {
		return nil, fmt.Errorf("sum secret keys: %w", ErrEmpty)
	}
	sum := new(SecretKey)
	for i, k := range keys {
		if k == nil || k.k.IsZero() {
			sum.Zero()
			return nil, fmt.Errorf("sum secret keys: key %d: %w: nil or zero", i, ErrInvalidKey)
		}
		sum.k.Add(&k.k)
	}
	if sum.k.IsZero() {
		return nil, fmt.Errorf("sum secret keys: %w: sum is zero", ErrInvalidKey)
	}
	return sum, nil
}

// SumPublicKeys returns the sum of G1 points: the public key of the sum of
// their secret keys. It fails on an empty slice, a key that does not decode,
// or an identity sum.
func SumPublicKeys(pks []PublicKey) (PublicKey, error) {
	var out PublicKey
	if len(pks) == 0 {
		return out, fmt.Errorf("sum public keys: %w", ErrEmpty)
	}
	var sum bls.PublicKey
	for i := range pks {
		p, err := decodePublicKey(pks[i][:])
		if err != nil {
			return out, fmt.Errorf("sum public keys: key %d: %w", i, err)
		}
		sum.Add(p)
	}
	if sum.IsZero() {
		return out, fmt.Errorf("sum public keys: %w: sum is the identity", ErrInvalidKey)
	}
	copy(out[:], sum.Serialize())
	return out, nil
}

// SumCommitments adds Feldman commitment vectors coefficient by coefficient:
// out[j] = sum_d commitments[d][j]. The result commits to the sum of the
// committed polynomials, so PublicShare(out, i) is the public key of the
// sum of the dealers' shares i. Every vector must have the same length, at
// least 2.
func SumCommitments(commitments [][]PublicKey) ([]PublicKey, error) {
	if len(commitments) == 0 {
		return nil, fmt.Errorf("sum commitments: %w", ErrEmpty)
	}
	t := len(commitments[0])
	if t < 2 || t > MaxIndex {
		return nil, fmt.Errorf("sum commitments: %w: %d coefficients, want 2..%d", ErrInvalidThreshold, t, MaxIndex)
	}
	out := make([]PublicKey, t)
	column := make([]PublicKey, len(commitments))
	for j := range t {
		for d, c := range commitments {
			if len(c) != t {
				return nil, fmt.Errorf("sum commitments: vector %d: %w: %d coefficients, want %d", d, ErrLengthMismatch, len(c), t)
			}
			column[d] = c[j]
		}
		sum, err := SumPublicKeys(column)
		if err != nil {
			return nil, fmt.Errorf("sum commitments: coefficient %d: %w", j, err)
		}
		out[j] = sum
	}
	return out, nil
}
