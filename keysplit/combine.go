package keysplit

import (
	"bytes"
	"fmt"

	"github.com/keystake/keystake/cluster"
	"github.com/keystake/keystake/tbls"
)

// Combine recovers a validator's secret key from at least t of its shares.
// Each share is matched to its operator by its public key, which must be one
// of the public shares of a validator in def; all shares must belong to the
// same validator, with no operator twice. The recovered key is checked
// against the validator's public key. It returns the key and the index of
// the validator in def.Validators.
func Combine(def *cluster.Definition, shares []*tbls.SecretKey) (*tbls.SecretKey, int, error) {
	if len(shares) < def.Threshold {
		return nil, 0, fmt.Errorf("combine: %d shares given, the cluster needs at least %d", len(shares), def.Threshold)
	}
	validator := -1
	byIndex := make(map[int]*tbls.SecretKey, len(shares))
	for k, share := range shares {
		ps := share.PublicKey()
		v, op, ok := findShare(def, ps)
		if !ok {
			return nil, 0, fmt.Errorf("combine: share %d (public key %s) is not a share of any validator in the cluster", k+1, ps)
		}
		if validator >= 0 && v != validator {
			return nil, 0, fmt.Errorf("combine: share %d belongs to validator %d, the others to validator %d", k+1, v, validator)
		}
		if _, dup := byIndex[op]; dup {
			return nil, 0, fmt.Errorf("combine: share %d is operator %d's share, given twice", k+1, op)
		}
		validator = v
		byIndex[op] = share
	}
	sk, err := tbls.RecoverSecretKey(byIndex)
	if err != nil {
		return nil, 0, fmt.Errorf("combine: recover key: %w", err)
	}
	if pk := sk.PublicKey(); !bytes.Equal(pk[:], def.Validators[validator].PublicKey) {
		sk.Zero()
		return nil, 0, fmt.Errorf("combine: recovered key %s is not the validator's %s", pk, def.Validators[validator].PublicKey)
	}
	return sk, validator, nil
}

// findShare locates a public share in def: validator and operator index.
func findShare(def *cluster.Definition, ps tbls.PublicKey) (validator, operator int, ok bool) {
	for v, val := range def.Validators {
		for i, s := range val.PublicShares {
			if bytes.Equal(s, ps[:]) {
				return v, i + 1, true
			}
		}
	}
	return 0, 0, false
}
