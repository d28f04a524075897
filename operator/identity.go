// Package operator holds what makes an operator node itself: its identity
// key (ed25519: peer-to-peer authentication and consensus signatures) and
// its encryption key (X25519, to which key shares are sealed with HPKE).
//
// Both keys are kept in an identity directory as EIP-2335 keystores
// encrypted with one password:
//
//	identity-key.json    the ed25519 seed (32 bytes)
//	encryption-key.json  the X25519 private key (32 bytes)
//	operator.json        the public parts, as a cluster.Operator entry
package operator

import (
	"bytes"
	"crypto/ed25519"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"github.com/keystake/keystake/atomicfile"
	"github.com/keystake/keystake/cluster"
	"github.com/keystake/keystake/keystore"
	"github.com/keystake/keystake/seal"
)

// File names inside an identity directory.
const (
	IdentityKeyFile   = "identity-key.json"
	EncryptionKeyFile = "encryption-key.json"
	PublicFile        = "operator.json"
)

// Identity is an operator's key pair set.
type Identity struct {
	// Signing is the ed25519 identity key.
	Signing ed25519.PrivateKey
	// Encryption opens shares sealed to this operator.
	Encryption *seal.PrivateKey
}

// Generate creates a new identity from the system CSPRNG.
func Generate() (*Identity, error) {
	_, signing, err := ed25519.GenerateKey(nil)
	if err != nil {
		return nil, fmt.Errorf("generate identity key: %w", err)
	}
	enc, err := seal.GenerateKey()
	if err != nil {
		return nil, err
	}
	return &Identity{Signing: signing, Encryption: enc}, nil
}

// Public returns the operator's public description under the name id, as it
// appears in cluster.json (index left 0 for the cluster to assign).
func (id *Identity) Public(name string) cluster.Operator {
	return cluster.Operator{
		ID:            name,
		IdentityKey:   cluster.Bytes(id.Signing.Public().(ed25519.PublicKey)),
		EncryptionKey: cluster.Bytes(id.Encryption.PublicKey()),
	}
}

// Zero wipes the private keys.
func (id *Identity) Zero() {
	clear(id.Signing)
	id.Encryption.Zero()
}

// Files returns the identity directory's content: both keys encrypted with
// password, and operator.json with the public parts under name.
func (id *Identity) Files(name, password string, opts ...keystore.Option) ([]atomicfile.File, error) {
	seed := id.Signing.Seed()
	defer clear(seed)
	idKS, err := encryptKey(seed, password, "KeyStake operator identity key (ed25519)", opts)
	if err != nil {
		return nil, fmt.Errorf("encrypt identity key: %w", err)
	}
	encRaw := id.Encryption.Bytes()
	defer clear(encRaw)
	encKS, err := encryptKey(encRaw, password, "KeyStake operator encryption key (X25519, HPKE)", opts)
	if err != nil {
		return nil, fmt.Errorf("encrypt encryption key: %w", err)
	}
	pub, err := json.MarshalIndent(id.Public(name), "", "  ")
	if err != nil {
		return nil, fmt.Errorf("encode operator.json: %w", err)
	}
	return []atomicfile.File{
		{Name: IdentityKeyFile, Data: idKS, Mode: 0o600},
		{Name: EncryptionKeyFile, Data: encKS, Mode: 0o600},
		{Name: PublicFile, Data: append(pub, '\n'), Mode: 0o644},
	}, nil
}

func encryptKey(secret []byte, password, description string, opts []keystore.Option) ([]byte, error) {
	opts = append([]keystore.Option{keystore.WithNonBLSSecret(), keystore.WithDescription(description)}, opts...)
	ks, err := keystore.Encrypt(secret, password, opts...)
	if err != nil {
		return nil, err
	}
	return ks.Marshal()
}

// Load decrypts the identity in dir with password and checks it against
// operator.json when that file is present.
func Load(dir, password string) (*Identity, error) {
	seed, err := decryptKey(filepath.Join(dir, IdentityKeyFile), password)
	if err != nil {
		return nil, err
	}
	defer clear(seed)
	if len(seed) != ed25519.SeedSize {
		return nil, fmt.Errorf("identity key in %s is %d bytes, want %d", dir, len(seed), ed25519.SeedSize)
	}
	encRaw, err := decryptKey(filepath.Join(dir, EncryptionKeyFile), password)
	if err != nil {
		return nil, err
	}
	defer clear(encRaw)
	enc, err := seal.PrivateKeyFromBytes(encRaw)
	if err != nil {
		return nil, fmt.Errorf("encryption key in %s: %w", dir, err)
	}
	id := &Identity{Signing: ed25519.NewKeyFromSeed(seed), Encryption: enc}
	if err := id.checkPublic(filepath.Join(dir, PublicFile)); err != nil {
		id.Zero()
		return nil, err
	}
	return id, nil
}

func decryptKey(path, password string) ([]byte, error) {
	ks, err := keystore.Load(path)
	if err != nil {
		return nil, err
	}
	secret, err := ks.Decrypt(password)
	if err != nil {
		return nil, fmt.Errorf("decrypt %s: %w", path, err)
	}
	return secret, nil
}

// checkPublic compares the keys with operator.json, if it exists.
func (id *Identity) checkPublic(path string) error {
	data, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("read %s: %w", path, err)
	}
	var pub cluster.Operator
	if err := json.Unmarshal(data, &pub); err != nil {
		return fmt.Errorf("decode %s: %w", path, err)
	}
	want := id.Public(pub.ID)
	if !bytes.Equal(pub.IdentityKey, want.IdentityKey) || !bytes.Equal(pub.EncryptionKey, want.EncryptionKey) {
		return fmt.Errorf("%s does not match the keys beside it", path)
	}
	return nil
}
