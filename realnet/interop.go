package realnet

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"math/big"
	"slices"

	"github.com/keystake/keystake/tbls"
)

// curveOrder is r, the order of BLS12-381's G1 and G2 subgroups.
var curveOrder, _ = new(big.Int).SetString("73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000001", 16)

// InteropKey is interop validator i's secret key, as interop genesis
// states (prysmctl --num-validators, every client's interop mode) derive
// it: the SHA-256 of i as a 32-byte little-endian integer, read as a
// little-endian integer, modulo r.
func InteropKey(i uint64) (*tbls.SecretKey, error) {
	var in [32]byte
	binary.LittleEndian.PutUint64(in[:8], i)
	h := sha256.Sum256(in[:])
	slices.Reverse(h[:]) // little-endian to big-endian
	k := new(big.Int).SetBytes(h[:])
	k.Mod(k, curveOrder)
	b := k.FillBytes(make([]byte, 32))
	sk, err := tbls.SecretKeyFromBytes(b)
	clear(h[:])
	clear(b)
	if err != nil {
		return nil, fmt.Errorf("derive interop key %d: %w", i, err)
	}
	return sk, nil
}

// InteropKeys returns interop keys from..to-1.
func InteropKeys(from, to uint64) ([]*tbls.SecretKey, error) {
	var keys []*tbls.SecretKey
	for i := from; i < to; i++ {
		sk, err := InteropKey(i)
		if err != nil {
			return nil, err
		}
		keys = append(keys, sk)
	}
	return keys, nil
}
