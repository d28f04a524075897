package deposit

import (
	"crypto/sha256"
	"encoding/binary"

	"github.com/keystake/keystake/tbls"
)

// The SSZ hash_tree_root of the few fixed-size containers a deposit needs,
// written out by hand: every field is one or more 32-byte chunks, a field's
// root is the Merkle root of its chunks, and a container's root is the Merkle
// root of its fields' roots. Merkle trees are padded with zero chunks to a
// power of two.

// domainDeposit is the consensus-spec DOMAIN_DEPOSIT domain type (0x03000000).
var domainDeposit = [4]byte{0x03, 0x00, 0x00, 0x00}

// hashPair is sha256(a || b), one inner node of a Merkle tree.
func hashPair(a, b [32]byte) [32]byte {
	var buf [64]byte
	copy(buf[:32], a[:])
	copy(buf[32:], b[:])
	return sha256.Sum256(buf[:])
}

// merkleize returns the Merkle root of chunks after padding them with zero
// chunks to the next power of two. One chunk is its own root.
func merkleize(chunks [][32]byte) [32]byte {
	width := 1
	for width < len(chunks) {
		width *= 2
	}
	layer := make([][32]byte, width)
	copy(layer, chunks)
	for len(layer) > 1 {
		for i := 0; i < len(layer)/2; i++ {
			layer[i] = hashPair(layer[2*i], layer[2*i+1])
		}
		layer = layer[:len(layer)/2]
	}
	return layer[0]
}

// bytesRoot is the root of a fixed-length byte vector: its bytes cut into
// 32-byte chunks, the last one right-padded with zeros.
func bytesRoot(b []byte) [32]byte {
	chunks := make([][32]byte, (len(b)+31)/32)
	for i := range chunks {
		copy(chunks[i][:], b[32*i:])
	}
	return merkleize(chunks)
}

// uint64Root is the root of a uint64: its little-endian bytes in one chunk.
func uint64Root(v uint64) [32]byte {
	var c [32]byte
	binary.LittleEndian.PutUint64(c[:8], v)
	return c
}

// DepositMessageRoot is hash_tree_root(DepositMessage{pubkey,
// withdrawal_credentials, amount}), the object a deposit signature signs.
func DepositMessageRoot(pubkey tbls.PublicKey, withdrawalCredentials [32]byte, amountGwei uint64) [32]byte {
	return merkleize([][32]byte{
		bytesRoot(pubkey[:]),
		withdrawalCredentials,
		uint64Root(amountGwei),
	})
}

// DepositDataRoot is hash_tree_root(DepositData{pubkey,
// withdrawal_credentials, amount, signature}), the deposit_data_root argument
// of the deposit contract.
func DepositDataRoot(pubkey tbls.PublicKey, withdrawalCredentials [32]byte, amountGwei uint64, sig tbls.Signature) [32]byte {
	return merkleize([][32]byte{
		bytesRoot(pubkey[:]),
		withdrawalCredentials,
		uint64Root(amountGwei),
		bytesRoot(sig[:]),
	})
}

// forkDataRoot is hash_tree_root(ForkData{current_version,
// genesis_validators_root}).
func forkDataRoot(forkVersion [4]byte, genesisValidatorsRoot [32]byte) [32]byte {
	return merkleize([][32]byte{bytesRoot(forkVersion[:]), genesisValidatorsRoot})
}

// ComputeDomain is the consensus-spec compute_domain: the domain type
// followed by the first 28 bytes of the ForkData root.
func ComputeDomain(domainType, forkVersion [4]byte, genesisValidatorsRoot [32]byte) [32]byte {
	var domain [32]byte
	root := forkDataRoot(forkVersion, genesisValidatorsRoot)
	copy(domain[:4], domainType[:])
	copy(domain[4:], root[:28])
	return domain
}

// DepositDomain is the signing domain of deposits on the chain whose
// GENESIS_FORK_VERSION is forkVersion. Deposits are valid across forks, so
// the genesis validators root is zero (compute_domain's default).
func DepositDomain(forkVersion [4]byte) [32]byte {
	return ComputeDomain(domainDeposit, forkVersion, [32]byte{})
}

// SigningRoot is hash_tree_root(SigningData{object_root, domain}), the
// message a BLS signature actually signs.
func SigningRoot(objectRoot, domain [32]byte) [32]byte {
	return hashPair(objectRoot, domain)
}

// DepositSigningRoot is the message a validator key signs to deposit with
// these fields on the chain whose genesis fork version is forkVersion.
func DepositSigningRoot(pubkey tbls.PublicKey, withdrawalCredentials [32]byte, amountGwei uint64, forkVersion [4]byte) [32]byte {
	return SigningRoot(DepositMessageRoot(pubkey, withdrawalCredentials, amountGwei), DepositDomain(forkVersion))
}
