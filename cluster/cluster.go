// Package cluster defines cluster.json: the description of a distributed
// validator cluster that every operator of it loads. It names the network,
// the operators (index 1..n), the signing threshold and the validators with
// their public key shares. Its content hash lets operators confirm that they
// all run the same cluster. docs/cluster-format.md documents the format.
package cluster

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"

	"github.com/keystake/keystake/atomicfile"
)

// FormatVersion is the version string of the format this package reads and
// writes.
const FormatVersion = "keystake/cluster/v1"

// Limits on cluster sizes.
const (
	MinOperators = 3
	MaxOperators = 64
)

// Network identifies the Ethereum network the validators are on.
type Network struct {
	// Name is "mainnet", "hoodi", "sepolia" or a custom network's name.
	Name string `json:"name"`
	// ForkVersion is the network's genesis fork version (4 bytes).
	ForkVersion Bytes `json:"fork_version"`
	// GenesisValidatorsRoot (32 bytes) is set when known.
	GenesisValidatorsRoot Bytes `json:"genesis_validators_root,omitempty"`
}

// Operator is one member of the cluster.
type Operator struct {
	// Index is the operator's share index, 1..n.
	Index int `json:"index"`
	// ID is a human-readable operator name, unique in the cluster.
	ID string `json:"id"`
	// IdentityKey is the operator's identity public key (peer-to-peer and
	// consensus signatures), when known.
	IdentityKey Bytes `json:"identity_public_key,omitempty"`
	// EncryptionKey is the operator's X25519 HPKE public key, when known.
	EncryptionKey Bytes `json:"encryption_public_key,omitempty"`
}

// Validator is one distributed validator of the cluster.
type Validator struct {
	// PublicKey is the validator's BLS public key (48 bytes).
	PublicKey Bytes `json:"pubkey"`
	// PublicShares holds the public key of each operator's share, in
	// operator-index order: PublicShares[i-1] belongs to operator i.
	PublicShares []Bytes `json:"public_shares"`
	// WithdrawalCredentials (32 bytes, prefix 0x00, 0x01 or 0x02) when known.
	WithdrawalCredentials Bytes `json:"withdrawal_credentials,omitempty"`
	// FeeRecipient is the execution address (20 bytes) for block rewards.
	FeeRecipient Bytes `json:"fee_recipient"`
}

// Definition is the content of cluster.json.
type Definition struct {
	Version    string      `json:"version"`
	Name       string      `json:"name"`
	Network    Network     `json:"network"`
	Threshold  int         `json:"threshold"`
	Operators  []Operator  `json:"operators"`
	Validators []Validator `json:"validators"`
	// Supersedes is, for a cluster made by resharing another one (package
	// dkg), the hash of the cluster it replaces: the same validators, whose
	// shares in that cluster must no longer be used. Empty otherwise.
	Supersedes Bytes `json:"supersedes,omitempty"`
	// Hash is the content hash (see Definition.ComputeHash); set by Finalize.
	Hash Bytes `json:"hash"`
}

// ErrHashMismatch reports a definition whose recorded hash is not the hash
// of its content: it was edited or corrupted.
var ErrHashMismatch = errors.New("cluster hash does not match its content")

// Finalize validates d, sets its version if empty, and records its hash.
func (d *Definition) Finalize() error {
	if d.Version == "" {
		d.Version = FormatVersion
	}
	if err := d.Validate(); err != nil {
		return err
	}
	h := d.ComputeHash()
	d.Hash = h[:]
	return nil
}

// Parse decodes cluster.json strictly (unknown fields are errors), validates
// it and checks its hash.
func Parse(data []byte) (*Definition, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var d Definition
	if err := dec.Decode(&d); err != nil {
		return nil, fmt.Errorf("decode cluster definition: %w", err)
	}
	if dec.More() {
		return nil, errors.New("decode cluster definition: trailing data after the JSON object")
	}
	if err := d.Validate(); err != nil {
		return nil, err
	}
	if h := d.ComputeHash(); !bytes.Equal(d.Hash, h[:]) {
		return nil, fmt.Errorf("%w: recorded %s, computed %s", ErrHashMismatch, d.Hash, Bytes(h[:]))
	}
	return &d, nil
}

// Load reads and parses a cluster.json file.
func Load(path string) (*Definition, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read cluster definition: %w", err)
	}
	d, err := Parse(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return d, nil
}

// Marshal returns the indented JSON of d.
func (d *Definition) Marshal() ([]byte, error) {
	data, err := json.MarshalIndent(d, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("encode cluster definition: %w", err)
	}
	return append(data, '\n'), nil
}

// Save writes d to path atomically. d must have been finalized.
func (d *Definition) Save(path string) error {
	data, err := d.Marshal()
	if err != nil {
		return err
	}
	return atomicfile.WriteFile(path, data, 0o644)
}

// Operator returns the operator with the given index.
func (d *Definition) Operator(index int) (Operator, bool) {
	if index < 1 || index > len(d.Operators) {
		return Operator{}, false
	}
	return d.Operators[index-1], true
}
