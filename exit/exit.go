// Package exit makes a distributed validator's voluntary exit: each
// operator signs the exit message with its key share into a partial exit
// file (Sign), and anyone holding t of those files and the cluster
// definition recovers the validator's signed exit (Combine), which is then
// submitted to a beacon node or kept.
//
// Who decides: every operator decides for itself whether to sign, when the
// validator's owner asks it by whatever channel they agreed on; a partial
// exit is worthless alone, so the exit happens only when t operators have
// agreed. Nothing needs to be online at the same time, and an exit can be
// prepared in advance (a signed exit stays valid: since EIP-7044 it is
// signed with the Capella fork version whatever the current fork).
//
// A voluntary exit is not slashable, so it bypasses slashing protection.
package exit

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"

	"github.com/attestantio/go-eth2-client/spec/phase0"

	"github.com/keystake/keystake/cluster"
	"github.com/keystake/keystake/signing"
	"github.com/keystake/keystake/tbls"
)

// Network is what the exit's signing domain depends on.
type Network struct {
	// CapellaForkVersion is the fork version exits are signed with
	// (EIP-7044).
	CapellaForkVersion phase0.Version `json:"capella_fork_version"`
	// GenesisValidatorsRoot identifies the chain.
	GenesisValidatorsRoot phase0.Root `json:"genesis_validators_root"`
}

// Partial is one operator's share of a validator's exit signature: the
// content of a partial exit file.
type Partial struct {
	ClusterHash     cluster.Bytes         `json:"cluster_hash"`
	ValidatorPubkey phase0.BLSPubKey      `json:"validator_pubkey"`
	Exit            *phase0.VoluntaryExit `json:"exit"`
	Network         Network               `json:"network"`
	Operator        int                   `json:"operator"`
	Signature       tbls.Signature        `json:"-"`
}

// partialJSON is Partial without its JSON methods, with the signature in
// hex.
type partialJSON struct {
	plainPartial
	Signature string `json:"partial_signature"`
}

type plainPartial Partial

// MarshalJSON encodes the partial with its signature in hex.
func (p *Partial) MarshalJSON() ([]byte, error) {
	return json.Marshal(partialJSON{plainPartial: plainPartial(*p), Signature: p.Signature.String()})
}

// UnmarshalJSON decodes what MarshalJSON makes; the signature must be a
// valid compressed point.
func (p *Partial) UnmarshalJSON(b []byte) error {
	var raw partialJSON
	if err := json.Unmarshal(b, &raw); err != nil {
		return err
	}
	var sig cluster.Bytes
	if err := sig.UnmarshalText([]byte(raw.Signature)); err != nil {
		return fmt.Errorf("partial_signature: %w", err)
	}
	s, err := tbls.SignatureFromBytes(sig)
	if err != nil {
		return fmt.Errorf("partial_signature: %w", err)
	}
	*p = Partial(raw.plainPartial)
	p.Signature = s
	return nil
}

// SigningRoot is the root a validator signs to exit: the exit message under
// DOMAIN_VOLUNTARY_EXIT at the Capella fork version.
func SigningRoot(e *phase0.VoluntaryExit, nw Network) (phase0.Root, error) {
	domain, err := signing.Domain(signing.DomainVoluntaryExit, nw.CapellaForkVersion, nw.GenesisValidatorsRoot)
	if err != nil {
		return phase0.Root{}, err
	}
	return signing.Root(e, domain)
}

// Sign makes operator's partial exit for validator v of def with its share.
func Sign(def *cluster.Definition, operator int, v phase0.BLSPubKey, share *tbls.SecretKey, e *phase0.VoluntaryExit, nw Network) (*Partial, error) {
	root, err := SigningRoot(e, nw)
	if err != nil {
		return nil, fmt.Errorf("exit signing root: %w", err)
	}
	sigs, err := tbls.SignMany([]*tbls.SecretKey{share}, root[:])
	if err != nil {
		return nil, fmt.Errorf("sign exit: %w", err)
	}
	p := &Partial{ClusterHash: def.Hash, ValidatorPubkey: v, Exit: e, Network: nw, Operator: operator, Signature: sigs[0]}
	if err := check(def, p, root); err != nil {
		return nil, fmt.Errorf("sign exit: the share does not match the cluster definition: %w", err)
	}
	return p, nil
}

// Combine checks each partial against the operator's public share in def,
// recovers the validator's exit signature from t valid ones and verifies
// it. Every partial must be for the same cluster, validator, exit and
// network; an invalid partial is named in the error unless t valid ones
// remain.
func Combine(def *cluster.Definition, partials []*Partial) (*phase0.SignedVoluntaryExit, error) {
	if len(partials) == 0 {
		return nil, errors.New("combine exit: no partial exits")
	}
	first := partials[0]
	if first.Exit == nil {
		return nil, errors.New("combine exit: partial without an exit message")
	}
	root, err := SigningRoot(first.Exit, first.Network)
	if err != nil {
		return nil, err
	}
	good := make(map[int]tbls.Signature)
	var bad []error
	for _, p := range partials {
		if err := sameExit(first, p); err != nil {
			return nil, fmt.Errorf("combine exit: operator %d: %w", p.Operator, err)
		}
		if err := check(def, p, root); err != nil {
			bad = append(bad, fmt.Errorf("operator %d: %w", p.Operator, err))
			continue
		}
		good[p.Operator] = p.Signature
	}
	if len(good) < def.Threshold {
		return nil, fmt.Errorf("combine exit: %d valid partial exits, %d needed: %w", len(good), def.Threshold, errors.Join(bad...))
	}
	subset := make(map[int]tbls.Signature, def.Threshold)
	for op, s := range good {
		if len(subset) < def.Threshold {
			subset[op] = s
		}
	}
	sig, err := tbls.RecoverSignature(subset)
	if err != nil {
		return nil, fmt.Errorf("combine exit: %w", err)
	}
	if err := tbls.Verify(tbls.PublicKey(first.ValidatorPubkey), root[:], sig); err != nil {
		return nil, fmt.Errorf("combine exit: recovered signature: %w", err)
	}
	return &phase0.SignedVoluntaryExit{Message: first.Exit, Signature: phase0.BLSSignature(sig)}, nil
}

func sameExit(a, b *Partial) error {
	switch {
	case b.Exit == nil:
		return errors.New("no exit message")
	case string(a.ClusterHash) != string(b.ClusterHash):
		return errors.New("partial exits of different clusters")
	case a.ValidatorPubkey != b.ValidatorPubkey:
		return errors.New("partial exits of different validators")
	case *a.Exit != *b.Exit:
		return fmt.Errorf("exit at epoch %d of validator %d, others at epoch %d of validator %d", b.Exit.Epoch, b.Exit.ValidatorIndex, a.Exit.Epoch, a.Exit.ValidatorIndex)
	case a.Network != b.Network:
		return errors.New("partial exits for different networks")
	}
	return nil
}

// check verifies p against the public share def lists for its operator.
func check(def *cluster.Definition, p *Partial, root phase0.Root) error {
	if string(p.ClusterHash) != string(def.Hash) {
		return errors.New("partial exit of another cluster")
	}
	v := findValidator(def, p.ValidatorPubkey)
	if v == nil {
		return fmt.Errorf("validator %s is not in cluster %q", p.ValidatorPubkey, def.Name)
	}
	if p.Operator < 1 || p.Operator > len(v.PublicShares) {
		return fmt.Errorf("no operator %d in the cluster", p.Operator)
	}
	share := tbls.PublicKey(v.PublicShares[p.Operator-1])
	if err := tbls.VerifyPartial(share, root[:], p.Signature); err != nil {
		return fmt.Errorf("invalid partial signature: %w", err)
	}
	return nil
}

func findValidator(def *cluster.Definition, pk phase0.BLSPubKey) *cluster.Validator {
	for i := range def.Validators {
		if string(def.Validators[i].PublicKey) == string(pk[:]) {
			return &def.Validators[i]
		}
	}
	return nil
}

// ReadPartial reads a partial exit file.
func ReadPartial(path string) (*Partial, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read partial exit: %w", err)
	}
	var p Partial
	if err := json.Unmarshal(data, &p); err != nil {
		return nil, fmt.Errorf("decode partial exit %s: %w", path, err)
	}
	return &p, nil
}
