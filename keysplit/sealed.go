package keysplit

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/keystake/keystake/cluster"
	"github.com/keystake/keystake/seal"
	"github.com/keystake/keystake/tbls"
)

// SealedShareVersion is the format version of a sealed share file.
const SealedShareVersion = "keystake/sealed-share/v1"

// SealedShare is a key share encrypted to one operator's HPKE public key,
// safe to send over an untrusted channel. The HPKE info binds the
// ciphertext to the validator, the operator index and the public share, so
// it cannot be passed off as another share.
type SealedShare struct {
	Version         string        `json:"version"`
	Suite           string        `json:"suite"`
	ValidatorPubkey cluster.Bytes `json:"validator_pubkey"`
	OperatorIndex   int           `json:"operator_index"`
	PublicShare     cluster.Bytes `json:"public_share"`
	Recipient       cluster.Bytes `json:"recipient"`
	Ciphertext      cluster.Bytes `json:"ciphertext"`
}

// SealShare encrypts share (operator index's share of validator pubkey) to
// the X25519 public key recipient.
func SealShare(recipient []byte, pubkey tbls.PublicKey, index int, share *tbls.SecretKey) (*SealedShare, error) {
	ps := share.PublicKey()
	s := &SealedShare{
		Version:         SealedShareVersion,
		Suite:           seal.Suite,
		ValidatorPubkey: cluster.Bytes(pubkey[:]),
		OperatorIndex:   index,
		PublicShare:     cluster.Bytes(ps[:]),
		Recipient:       bytes.Clone(recipient),
	}
	secret := share.Bytes()
	defer clear(secret)
	ct, err := seal.Seal(recipient, s.info(), secret)
	if err != nil {
		return nil, err
	}
	s.Ciphertext = ct
	return s, nil
}

// info is the HPKE context: a label, the validator pubkey, the operator
// index and the public share.
func (s *SealedShare) info() []byte {
	info := []byte(SealedShareVersion)
	info = append(info, s.ValidatorPubkey...)
	info = binary.BigEndian.AppendUint32(info, uint32(s.OperatorIndex))
	return append(info, s.PublicShare...)
}

// ParseSealedShare decodes a sealed share file and checks its fields.
func ParseSealedShare(data []byte) (*SealedShare, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var s SealedShare
	if err := dec.Decode(&s); err != nil {
		return nil, fmt.Errorf("decode sealed share: %w", err)
	}
	switch {
	case s.Version != SealedShareVersion:
		return nil, fmt.Errorf("sealed share version %q is not supported (want %q)", s.Version, SealedShareVersion)
	case s.Suite != seal.Suite:
		return nil, fmt.Errorf("sealed share suite %q is not supported (want %q)", s.Suite, seal.Suite)
	case s.OperatorIndex < 1 || s.OperatorIndex > cluster.MaxOperators:
		return nil, fmt.Errorf("sealed share operator_index %d is out of range", s.OperatorIndex)
	case len(s.Recipient) != seal.PublicKeyLength:
		return nil, fmt.Errorf("sealed share recipient is %d bytes, want %d", len(s.Recipient), seal.PublicKeyLength)
	}
	if _, err := tbls.PublicKeyFromBytes(s.ValidatorPubkey); err != nil {
		return nil, fmt.Errorf("sealed share validator_pubkey: %w", err)
	}
	if _, err := tbls.PublicKeyFromBytes(s.PublicShare); err != nil {
		return nil, fmt.Errorf("sealed share public_share: %w", err)
	}
	return &s, nil
}

// Marshal returns the indented JSON of s.
func (s *SealedShare) Marshal() ([]byte, error) {
	data, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("encode sealed share: %w", err)
	}
	return append(data, '\n'), nil
}

// Open decrypts the share with the operator's HPKE private key and checks
// that it is the secret of PublicShare.
func (s *SealedShare) Open(key *seal.PrivateKey) (*tbls.SecretKey, error) {
	if !bytes.Equal(key.PublicKey(), s.Recipient) {
		return nil, errors.New("open sealed share: it is sealed to another operator's key")
	}
	secret, err := key.Open(s.info(), s.Ciphertext)
	if err != nil {
		return nil, fmt.Errorf("open sealed share %d: %w", s.OperatorIndex, err)
	}
	defer clear(secret)
	share, err := tbls.SecretKeyFromBytes(secret)
	if err != nil {
		return nil, fmt.Errorf("open sealed share %d: %w", s.OperatorIndex, err)
	}
	if ps := share.PublicKey(); !bytes.Equal(ps[:], s.PublicShare) {
		share.Zero()
		return nil, fmt.Errorf("open sealed share %d: decrypted share does not match its public share", s.OperatorIndex)
	}
	return share, nil
}
