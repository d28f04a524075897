package p2p

import (
	"bytes"
	"crypto/ed25519"
	"fmt"

	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
)

// PeerIDFromIdentityKey returns the libp2p peer ID of an operator identity
// key, the 32-byte ed25519 public key of cluster.json's
// operators[].identity_public_key. The ID embeds the key itself (identity
// multihash), so it can be checked against the key without a lookup.
func PeerIDFromIdentityKey(pub []byte) (peer.ID, error) {
	if len(pub) != ed25519.PublicKeySize {
		return "", fmt.Errorf("peer ID from identity key: %d bytes, want %d", len(pub), ed25519.PublicKeySize)
	}
	k, err := crypto.UnmarshalEd25519PublicKey(pub)
	if err != nil {
		return "", fmt.Errorf("peer ID from identity key: %w", err)
	}
	id, err := peer.IDFromPublicKey(k)
	if err != nil {
		return "", fmt.Errorf("peer ID from identity key: %w", err)
	}
	return id, nil
}

// hostKey converts an operator's ed25519 identity key into a libp2p key. It
// rejects a 64-byte key whose public half does not derive from its seed,
// which libp2p would otherwise accept as is.
func hostKey(priv ed25519.PrivateKey) (crypto.PrivKey, error) {
	if len(priv) != ed25519.PrivateKeySize {
		return nil, fmt.Errorf("identity key: %d bytes, want %d", len(priv), ed25519.PrivateKeySize)
	}
	derived := ed25519.NewKeyFromSeed(priv.Seed())
	if !bytes.Equal(derived, priv) {
		return nil, fmt.Errorf("identity key: public half does not match the seed")
	}
	k, err := crypto.UnmarshalEd25519PrivateKey(derived) // a copy, not the caller's slice
	if err != nil {
		return nil, fmt.Errorf("identity key: %w", err)
	}
	return k, nil
}
