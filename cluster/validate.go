package cluster

import (
	"bytes"
	"errors"
	"fmt"

	"github.com/keystake/keystake/tbls"
)

// Validate checks that d is a well-formed, internally consistent cluster. It
// does not check the hash (Parse does).
func (d *Definition) Validate() error {
	if d.Version != FormatVersion {
		return fmt.Errorf("cluster version %q is not supported (want %q)", d.Version, FormatVersion)
	}
	if err := d.Network.validate(); err != nil {
		return err
	}
	n := len(d.Operators)
	if err := ValidateThreshold(n, d.Threshold); err != nil {
		return err
	}
	if err := validateOperators(d.Operators); err != nil {
		return err
	}
	if len(d.Validators) == 0 {
		return errors.New("cluster has no validators")
	}
	seen := make(map[string]int)
	for i, v := range d.Validators {
		if err := v.validate(n, d.Threshold); err != nil {
			return fmt.Errorf("validator %d: %w", i, err)
		}
		if j, dup := seen[string(v.PublicKey)]; dup {
			return fmt.Errorf("validator %d: same pubkey as validator %d", i, j)
		}
		seen[string(v.PublicKey)] = i
	}
	if d.Supersedes != nil && len(d.Supersedes) != 32 {
		return fmt.Errorf("supersedes is %d bytes, want a 32-byte cluster hash", len(d.Supersedes))
	}
	return nil
}

// ValidateThreshold checks a cluster size n and signing threshold t: at
// least MinOperators operators, 2 <= t <= n, and t a strict majority so that
// two disjoint groups of operators can never both sign.
func ValidateThreshold(n, t int) error {
	switch {
	case n < MinOperators:
		return fmt.Errorf("%d operators: a cluster needs at least %d (recommended 3f+1: 4, 7, 10, 13)", n, MinOperators)
	case n > MaxOperators:
		return fmt.Errorf("%d operators: at most %d are supported", n, MaxOperators)
	case t < 2 || t > n:
		return fmt.Errorf("threshold %d: must be between 2 and the number of operators (%d)", t, n)
	case 2*t <= n:
		return fmt.Errorf("threshold %d of %d: must be more than half the operators, or two groups could sign conflicting messages", t, n)
	}
	return nil
}

// DefaultThreshold is the threshold for n operators: 2f+1 where f =
// floor((n-1)/3) is the number of faulty operators n tolerates; 3 of 4,
// 5 of 7, 7 of 10, 9 of 13.
func DefaultThreshold(n int) int {
	return n - (n-1)/3
}

func (nw Network) validate() error {
	if nw.Name == "" {
		return errors.New("network name is empty")
	}
	if len(nw.ForkVersion) != 4 {
		return fmt.Errorf("network fork_version is %d bytes, want 4", len(nw.ForkVersion))
	}
	if nw.GenesisValidatorsRoot != nil && len(nw.GenesisValidatorsRoot) != 32 {
		return fmt.Errorf("network genesis_validators_root is %d bytes, want 32", len(nw.GenesisValidatorsRoot))
	}
	return nil
}

func validateOperators(ops []Operator) error {
	ids := make(map[string]bool)
	keys := make(map[string]bool)
	for i, op := range ops {
		if op.Index != i+1 {
			return fmt.Errorf("operator %d has index %d: operators must be listed with indices 1..n in order", i+1, op.Index)
		}
		if op.ID == "" {
			return fmt.Errorf("operator %d has an empty id", op.Index)
		}
		if ids[op.ID] {
			return fmt.Errorf("operator %d: duplicate operator id %q", op.Index, op.ID)
		}
		ids[op.ID] = true
		if op.EncryptionKey != nil && len(op.EncryptionKey) != 32 {
			return fmt.Errorf("operator %d: encryption_public_key is %d bytes, want 32", op.Index, len(op.EncryptionKey))
		}
		for _, k := range []Bytes{op.IdentityKey, op.EncryptionKey} {
			if len(k) == 0 {
				continue
			}
			if keys[string(k)] {
				return fmt.Errorf("operator %d: duplicate operator key %s", op.Index, k)
			}
			keys[string(k)] = true
		}
	}
	return nil
}

// validate checks a validator's keys. Because the threshold t is a strict
// majority, the first t and the last t public shares together cover every
// operator: both sets must recover the validator's public key, so a share
// that is not on the key's polynomial is caught.
func (v Validator) validate(n, t int) error {
	pk, err := tbls.PublicKeyFromBytes(v.PublicKey)
	if err != nil {
		return fmt.Errorf("pubkey: %w", err)
	}
	if len(v.PublicShares) != n {
		return fmt.Errorf("%s has %d public shares, want one per operator (%d)", pk, len(v.PublicShares), n)
	}
	shares := make(map[int]tbls.PublicKey, n)
	for i, b := range v.PublicShares {
		ps, err := tbls.PublicKeyFromBytes(b)
		if err != nil {
			return fmt.Errorf("public share of operator %d: %w", i+1, err)
		}
		shares[i+1] = ps
	}
	for _, first := range []int{1, n - t + 1} {
		subset := make(map[int]tbls.PublicKey, t)
		for i := first; i < first+t; i++ {
			subset[i] = shares[i]
		}
		got, err := tbls.RecoverPublicKey(subset)
		if err != nil {
			return fmt.Errorf("recover pubkey from public shares %d..%d: %w", first, first+t-1, err)
		}
		if got != pk {
			return fmt.Errorf("public shares %d..%d recover %s, not the validator pubkey %s", first, first+t-1, got, pk)
		}
	}
	if wc := v.WithdrawalCredentials; wc != nil {
		if len(wc) != 32 {
			return fmt.Errorf("withdrawal_credentials is %d bytes, want 32", len(wc))
		}
		if wc[0] > 2 {
			return fmt.Errorf("withdrawal_credentials prefix 0x%02x is unknown (want 0x00, 0x01 or 0x02)", wc[0])
		}
		if wc[0] != 0 && !bytes.Equal(wc[1:12], make([]byte, 11)) {
			return fmt.Errorf("withdrawal_credentials 0x%02x must have 11 zero bytes before the address", wc[0])
		}
	}
	if len(v.FeeRecipient) != 20 {
		return fmt.Errorf("fee_recipient is %d bytes, want a 20-byte address", len(v.FeeRecipient))
	}
	return nil
}
