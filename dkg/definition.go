package dkg

import (
	"bytes"
	"crypto/ed25519"
	"crypto/rand"
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"hash"
	"os"
	"slices"

	"github.com/keystake/keystake/cluster"
	"github.com/keystake/keystake/deposit"
)

// DefinitionVersion is the version string of the definition format.
const DefinitionVersion = "keystake/dkg/v1"

// MaxValidators bounds the validators of one ceremony, so that every
// message fits the protocol's frame limit.
const MaxValidators = 1000

// Domain strings keep the hashes and signatures of this package apart from
// every other hash and signature made with the same keys.
const (
	definitionHashDomain = "keystake dkg definition hash v1"
	definitionSigDomain  = "keystake dkg definition signature v1"
)

// ErrDefinitionHash reports a definition whose recorded hash is not the hash
// of its content: it was edited after it was signed, or corrupted.
var ErrDefinitionHash = errors.New("definition hash does not match its content")

// Definition describes a ceremony: who takes part, the threshold, how many
// validators to create and what their deposits say. Every operator runs the
// ceremony from the same file; Hash identifies it and the operators refuse
// to run with peers whose hash differs.
//
// The creator is one of the operators: Signature is its identity key's
// ed25519 signature over Hash, so a definition cannot be altered once
// distributed without the change being detected.
type Definition struct {
	Version   string             `json:"version"`
	Name      string             `json:"name"`
	Network   cluster.Network    `json:"network"`
	Operators []cluster.Operator `json:"operators"`
	Threshold int                `json:"threshold"`
	// Validators is the number of validators the ceremony creates.
	Validators int `json:"num_validators"`
	// WithdrawalCredentials are 32 bytes with prefix 0x01 or 0x02.
	WithdrawalCredentials cluster.Bytes `json:"withdrawal_credentials"`
	// FeeRecipient is a 20-byte execution address.
	FeeRecipient cluster.Bytes `json:"fee_recipient"`
	// DepositAmount is each validator's deposit in Gwei.
	DepositAmount uint64 `json:"deposit_amount_gwei"`
	// Nonce (16 random bytes) makes every definition unique, so that
	// messages of one ceremony never count in another with the same
	// parameters.
	Nonce cluster.Bytes `json:"nonce"`
	// Creator is the index of the operator who signed the definition.
	Creator int `json:"creator"`
	// ReshareFrom, when set, makes the ceremony a resharing: the existing
	// cluster's operators deal their shares of its validators to
	// Operators, with Threshold, and the validators' public keys stay the
	// same. Validators must then equal its number of validators, Network
	// be its network, and the deposit fields stay empty (the validators
	// have made their deposits).
	ReshareFrom *cluster.Definition `json:"reshare_from,omitempty"`
	// Hash is the content hash of every field above (see ComputeHash).
	Hash cluster.Bytes `json:"hash"`
	// Signature is the creator's ed25519 signature over Hash.
	Signature cluster.Bytes `json:"creator_signature"`
}

// Sign validates d, fills in a fresh nonce if it has none, records its hash
// and signs it with the creator's identity key, which must be the identity
// key of operator d.Creator.
func (d *Definition) Sign(creator ed25519.PrivateKey) error {
	if d.Version == "" {
		d.Version = DefinitionVersion
	}
	if len(d.Nonce) == 0 {
		d.Nonce = make(cluster.Bytes, 16)
		if _, err := rand.Read(d.Nonce); err != nil {
			return fmt.Errorf("generate definition nonce: %w", err)
		}
	}
	if err := d.Validate(); err != nil {
		return err
	}
	op := d.Operators[d.Creator-1]
	if !bytes.Equal(creator.Public().(ed25519.PublicKey), op.IdentityKey) {
		return fmt.Errorf("sign definition: the key is not the identity key of creator operator %d (%s)", op.Index, op.ID)
	}
	h := d.ComputeHash()
	d.Hash = h[:]
	d.Signature = ed25519.Sign(creator, definitionSigned(h))
	return nil
}

func definitionSigned(h [32]byte) []byte {
	return append([]byte(definitionSigDomain), h[:]...)
}

// Verify checks that d is valid, that Hash is the hash of its content and
// that Signature is the creator's signature over it.
func (d *Definition) Verify() error {
	if err := d.Validate(); err != nil {
		return err
	}
	h := d.ComputeHash()
	if !bytes.Equal(d.Hash, h[:]) {
		return fmt.Errorf("%w: recorded %s, content hashes to %s", ErrDefinitionHash, d.Hash, cluster.Bytes(h[:]))
	}
	key := ed25519.PublicKey(d.Operators[d.Creator-1].IdentityKey)
	if !ed25519.Verify(key, definitionSigned(h), d.Signature) {
		return fmt.Errorf("definition signature does not verify under creator operator %d's identity key", d.Creator)
	}
	return nil
}

// Validate checks that d is well formed. It does not check Hash or
// Signature (Verify does).
func (d *Definition) Validate() error {
	if d.Version != DefinitionVersion {
		return fmt.Errorf("definition version %q is not supported (want %q)", d.Version, DefinitionVersion)
	}
	if d.Name == "" {
		return errors.New("definition name is empty")
	}
	if _, err := d.DepositNetwork(); err != nil {
		return err
	}
	if err := cluster.ValidateThreshold(len(d.Operators), d.Threshold); err != nil {
		return err
	}
	if err := validateOperators(d.Operators); err != nil {
		return err
	}
	if d.Validators < 1 || d.Validators > MaxValidators {
		return fmt.Errorf("num_validators %d: want 1..%d", d.Validators, MaxValidators)
	}
	if d.ReshareFrom != nil {
		if err := d.validateReshare(); err != nil {
			return fmt.Errorf("reshare_from: %w", err)
		}
	} else if err := d.validateDeposit(); err != nil {
		return err
	}
	if len(d.Nonce) != 16 {
		return fmt.Errorf("nonce is %d bytes, want 16", len(d.Nonce))
	}
	if d.Creator < 1 || d.Creator > len(d.Operators) {
		return fmt.Errorf("creator %d is not an operator index (1..%d)", d.Creator, len(d.Operators))
	}
	return nil
}

// validateOperators requires indices 1..n in order, unique names and both
// keys of every operator, unique across operators.
func validateOperators(ops []cluster.Operator) error {
	names := make(map[string]bool)
	keys := make(map[string]bool)
	for i, op := range ops {
		switch {
		case op.Index != i+1:
			return fmt.Errorf("operator %d has index %d: operators must be listed with indices 1..n in order", i+1, op.Index)
		case op.ID == "":
			return fmt.Errorf("operator %d has an empty id", op.Index)
		case names[op.ID]:
			return fmt.Errorf("operator %d: duplicate operator id %q", op.Index, op.ID)
		case len(op.IdentityKey) != ed25519.PublicKeySize:
			return fmt.Errorf("operator %d (%s): identity_public_key is %d bytes, want %d", op.Index, op.ID, len(op.IdentityKey), ed25519.PublicKeySize)
		case len(op.EncryptionKey) != 32:
			return fmt.Errorf("operator %d (%s): encryption_public_key is %d bytes, want 32", op.Index, op.ID, len(op.EncryptionKey))
		case keys[string(op.IdentityKey)] || keys[string(op.EncryptionKey)]:
			return fmt.Errorf("operator %d (%s): a key is used twice", op.Index, op.ID)
		}
		names[op.ID] = true
		keys[string(op.IdentityKey)], keys[string(op.EncryptionKey)] = true, true
	}
	return nil
}

func (d *Definition) validateDeposit() error {
	if len(d.WithdrawalCredentials) != 32 {
		return fmt.Errorf("withdrawal_credentials are %d bytes, want 32", len(d.WithdrawalCredentials))
	}
	wc := [32]byte(d.WithdrawalCredentials)
	if wc[0] != deposit.ExecutionWithdrawalPrefix && wc[0] != deposit.CompoundingWithdrawalPrefix {
		return fmt.Errorf("withdrawal_credentials prefix %#02x: want 0x01 or 0x02 (an execution address)", wc[0])
	}
	if err := deposit.CheckWithdrawalCredentials(wc); err != nil {
		return fmt.Errorf("withdrawal_credentials: %w", err)
	}
	if len(d.FeeRecipient) != 20 {
		return fmt.Errorf("fee_recipient is %d bytes, want 20", len(d.FeeRecipient))
	}
	if err := deposit.CheckAmount(wc, d.DepositAmount); err != nil {
		return fmt.Errorf("deposit_amount_gwei: %w", err)
	}
	return nil
}

// validateReshare checks the cluster being reshared and that the
// definition matches it.
func (d *Definition) validateReshare() error {
	old := d.ReshareFrom
	if err := old.Validate(); err != nil {
		return err
	}
	if h := old.ComputeHash(); !bytes.Equal(old.Hash, h[:]) {
		return cluster.ErrHashMismatch
	}
	if len(old.Validators) != d.Validators {
		return fmt.Errorf("the cluster has %d validators, the definition %d", len(old.Validators), d.Validators)
	}
	if old.Network.Name != d.Network.Name || !bytes.Equal(old.Network.ForkVersion, d.Network.ForkVersion) {
		return fmt.Errorf("the cluster is on network %s, the definition on %s", old.Network.Name, d.Network.Name)
	}
	if len(d.WithdrawalCredentials) != 0 || len(d.FeeRecipient) != 0 || d.DepositAmount != 0 {
		return errors.New("a resharing takes withdrawal credentials and fee recipient from the cluster and makes no deposit")
	}
	for _, op := range old.Operators {
		if len(op.IdentityKey) != ed25519.PublicKeySize || len(op.EncryptionKey) != 32 {
			return fmt.Errorf("operator %d (%s) lacks an identity or encryption key", op.Index, op.ID)
		}
		if i := d.OperatorIndex(ed25519.PublicKey(op.IdentityKey)); i != 0 && !bytes.Equal(d.Operators[i-1].EncryptionKey, op.EncryptionKey) {
			return fmt.Errorf("operator %d (%s) has another encryption key in the new operators", op.Index, op.ID)
		}
	}
	return nil
}

// Participants lists everyone taking part, numbered as on the network and
// in messages: the operators (indices 1..n, their share indices) and then,
// when resharing, the existing cluster's operators that are not among them.
func (d *Definition) Participants() []cluster.Operator {
	out := slices.Clone(d.Operators)
	if d.ReshareFrom == nil {
		return out
	}
	for _, op := range d.ReshareFrom.Operators {
		if d.OperatorIndex(ed25519.PublicKey(op.IdentityKey)) == 0 {
			op.Index = len(out) + 1
			out = append(out, op)
		}
	}
	return out
}

// oldIndex returns participant p's operator index in the cluster being
// reshared, or 0 if it has none.
func (d *Definition) oldIndex(p int) int {
	parts := d.Participants()
	if d.ReshareFrom == nil || p < 1 || p > len(parts) {
		return 0
	}
	for _, op := range d.ReshareFrom.Operators {
		if bytes.Equal(op.IdentityKey, parts[p-1].IdentityKey) {
			return op.Index
		}
	}
	return 0
}

// DepositNetwork returns the network the deposits are signed for.
func (d *Definition) DepositNetwork() (deposit.Network, error) {
	if len(d.Network.ForkVersion) != 4 {
		return deposit.Network{}, fmt.Errorf("network fork_version is %d bytes, want 4", len(d.Network.ForkVersion))
	}
	fv := [4]byte(d.Network.ForkVersion)
	if known, err := deposit.NetworkByName(d.Network.Name); err == nil {
		if known.ForkVersion != fv {
			return deposit.Network{}, fmt.Errorf("network %s has fork version %#x, not %s", known.Name, known.ForkVersion, d.Network.ForkVersion)
		}
		return known, nil
	}
	nw, err := deposit.CustomNetwork(d.Network.Name, fv)
	if err != nil {
		return deposit.Network{}, fmt.Errorf("network: %w", err)
	}
	return nw, nil
}

// ComputeHash returns the content hash of d: SHA-256 over a canonical
// binary encoding of every field but Hash and Signature, in declaration
// order, the cluster being reshared by its hash (empty if none). Integers
// are big-endian (uint32, the amount uint64); byte and text fields carry a
// uint32 length prefix; lists a uint32 count.
func (d *Definition) ComputeHash() [32]byte {
	w := hashWriter{sha256.New()}
	w.bytes([]byte(definitionHashDomain))
	w.bytes([]byte(d.Version))
	w.bytes([]byte(d.Name))
	w.bytes([]byte(d.Network.Name))
	w.bytes(d.Network.ForkVersion)
	w.bytes(d.Network.GenesisValidatorsRoot)
	w.uint32(len(d.Operators))
	for _, op := range d.Operators {
		w.uint32(op.Index)
		w.bytes([]byte(op.ID))
		w.bytes(op.IdentityKey)
		w.bytes(op.EncryptionKey)
	}
	w.uint32(d.Threshold)
	w.uint32(d.Validators)
	w.bytes(d.WithdrawalCredentials)
	w.bytes(d.FeeRecipient)
	var amount [8]byte
	binary.BigEndian.PutUint64(amount[:], d.DepositAmount)
	w.h.Write(amount[:])
	w.bytes(d.Nonce)
	w.uint32(d.Creator)
	var reshared []byte
	if d.ReshareFrom != nil {
		reshared = d.ReshareFrom.Hash
	}
	w.bytes(reshared)
	var sum [32]byte
	w.h.Sum(sum[:0])
	return sum
}

type hashWriter struct{ h hash.Hash }

func (w hashWriter) uint32(v int) {
	var b [4]byte
	binary.BigEndian.PutUint32(b[:], uint32(v))
	w.h.Write(b[:])
}

func (w hashWriter) bytes(b []byte) {
	w.uint32(len(b))
	w.h.Write(b)
}

// Marshal returns the indented JSON of d.
func (d *Definition) Marshal() ([]byte, error) {
	b, err := json.MarshalIndent(d, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("encode definition: %w", err)
	}
	return append(b, '\n'), nil
}

// ParseDefinition decodes a definition strictly (unknown fields are errors)
// and verifies it: content, hash and creator signature.
func ParseDefinition(data []byte) (*Definition, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var d Definition
	if err := dec.Decode(&d); err != nil {
		return nil, fmt.Errorf("decode definition: %w", err)
	}
	if dec.More() {
		return nil, errors.New("decode definition: trailing data after the JSON object")
	}
	if err := d.Verify(); err != nil {
		return nil, err
	}
	return &d, nil
}

// LoadDefinition reads and verifies a definition file.
func LoadDefinition(path string) (*Definition, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read definition: %w", err)
	}
	d, err := ParseDefinition(data)
	if err != nil {
		return nil, fmt.Errorf("definition %s: %w", path, err)
	}
	return d, nil
}

// ParticipantIndex returns the index in Participants of the participant
// whose identity key is key, or 0 if it takes no part.
func (d *Definition) ParticipantIndex(key ed25519.PublicKey) int {
	for _, op := range d.Participants() {
		if bytes.Equal(op.IdentityKey, key) {
			return op.Index
		}
	}
	return 0
}

// OperatorIndex returns the index of the operator whose identity key is key,
// or 0 if it takes no part in the ceremony.
func (d *Definition) OperatorIndex(key ed25519.PublicKey) int {
	for _, op := range d.Operators {
		if bytes.Equal(op.IdentityKey, key) {
			return op.Index
		}
	}
	return 0
}
