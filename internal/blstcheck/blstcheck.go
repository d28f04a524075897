// Package blstcheck verifies Ethereum BLS signatures with blst, the library
// beacon nodes use. Tests use it as an independent check of what KeyStake's
// own BLS code (package tbls, on herumi) produces.
package blstcheck

import (
	"errors"

	blst "github.com/supranational/blst/bindings/go"
)

// DST is Ethereum's ciphersuite: minimal public keys, proof of possession.
var DST = []byte("BLS_SIG_BLS12381G2_XMD:SHA-256_SSWU_RO_POP_")

// Verify checks a compressed signature over msg under a compressed public
// key, with subgroup checks, as a beacon node would.
func Verify(pubkey, msg, sig []byte) error {
	pk := new(blst.P1Affine).Uncompress(pubkey)
	if pk == nil || !pk.KeyValidate() {
		return errors.New("blst rejects the public key")
	}
	s := new(blst.P2Affine).Uncompress(sig)
	if s == nil {
		return errors.New("blst cannot decompress the signature")
	}
	if !s.Verify(true, pk, true, msg, DST) {
		return errors.New("blst: signature does not verify")
	}
	return nil
}
