package contracts

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// DKGResult is what a mini-pool's four operators approve before its
// initiator submits it (MiniPool.submitDKGResult).
type DKGResult struct {
	MiniPool              common.Address
	Pubkey                []byte   // group public key, 48 bytes
	PublicShares          []byte   // 4 x 48 bytes, committee order
	WithdrawalCredentials [32]byte // 0x01 credentials to MiniPool
	DepositDataRoot       [32]byte // the 1 ETH deposit
	TopUpDataRoot         [32]byte // the 31 ETH top-up
}

var (
	eip712DomainTypeHash = crypto.Keccak256Hash([]byte("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"))
	dkgResultTypeHash    = crypto.Keccak256Hash([]byte("DKGResult(address miniPool,bytes32 pubkeyHash,bytes32 publicSharesHash,bytes32 withdrawalCredentials,bytes32 depositDataRoot,bytes32 topUpDataRoot)"))
	miniPoolDomainName   = crypto.Keccak256Hash([]byte("KeyStake MiniPool"))
	miniPoolDomainVer    = crypto.Keccak256Hash([]byte("1"))
)

// Digest returns the EIP-712 digest of r on chain chainID: the 32 bytes an
// operator's registered signer signs (secp256k1, 65-byte r||s||v with v 27
// or 28) to approve r. MiniPool.dkgResultDigest computes the same value.
func (r *DKGResult) Digest(chainID *big.Int) [32]byte {
	domain := crypto.Keccak256(
		eip712DomainTypeHash[:], miniPoolDomainName[:], miniPoolDomainVer[:],
		common.LeftPadBytes(chainID.Bytes(), 32), common.LeftPadBytes(r.MiniPool[:], 32),
	)
	structHash := crypto.Keccak256(
		dkgResultTypeHash[:], common.LeftPadBytes(r.MiniPool[:], 32),
		crypto.Keccak256(r.Pubkey), crypto.Keccak256(r.PublicShares),
		r.WithdrawalCredentials[:], r.DepositDataRoot[:], r.TopUpDataRoot[:],
	)
	var out [32]byte
	copy(out[:], crypto.Keccak256([]byte{0x19, 0x01}, domain, structHash))
	return out
}
