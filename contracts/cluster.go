package contracts

import (
	"fmt"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/keystake/keystake/cluster"
)

// PublicKeyLength is the length of a BLS public key or public share in
// the contracts' events.
const PublicKeyLength = 48

// OperatorKeys is an operator's public keys as registered on chain
// (OperatorRegistry.getOperator).
type OperatorKeys struct {
	IdentityKey   [32]byte
	EncryptionKey [32]byte
}

// ValidatorCluster builds the cluster definition an operator node loads for
// a stage 1 validator from chain data alone: the ValidatorRegistered event,
// the committee's registered keys and the owner's fee recipient
// (ValidatorRegistry.feeRecipientOf). Operator i of the definition is
// ev.OperatorIds[i-1], named "operator-<id>", with public share i. The
// definition is validated and finalized, so an event whose threshold is not
// 2f+1 or whose public shares do not recover its pubkey is an error (the
// contract cannot check BLS keys; the node must).
func ValidatorCluster(ev *ValidatorRegistryValidatorRegistered, keys map[uint64]OperatorKeys, feeRecipient common.Address, network cluster.Network) (*cluster.Definition, error) {
	n := len(ev.OperatorIds)
	if len(ev.PublicShares) != n*PublicKeyLength {
		return nil, fmt.Errorf("validator registration: %d bytes of public shares for %d operators", len(ev.PublicShares), n)
	}
	if t := cluster.DefaultThreshold(n); ev.Threshold == nil || !ev.Threshold.IsInt64() || ev.Threshold.Int64() != int64(t) {
		return nil, fmt.Errorf("validator registration: threshold %v for %d operators, want %d", ev.Threshold, n, t)
	}
	def := &cluster.Definition{
		Name:      "validator-" + common.Bytes2Hex(ev.Pubkey[:4]),
		Network:   network,
		Threshold: int(ev.Threshold.Int64()),
	}
	v := cluster.Validator{PublicKey: cluster.Bytes(ev.Pubkey), FeeRecipient: cluster.Bytes(feeRecipient.Bytes())}
	for i, id := range ev.OperatorIds {
		k, ok := keys[id]
		if !ok {
			return nil, fmt.Errorf("validator registration: no keys for operator %d", id)
		}
		def.Operators = append(def.Operators, cluster.Operator{
			Index:         i + 1,
			ID:            "operator-" + strconv.FormatUint(id, 10),
			IdentityKey:   cluster.Bytes(k.IdentityKey[:]),
			EncryptionKey: cluster.Bytes(k.EncryptionKey[:]),
		})
		v.PublicShares = append(v.PublicShares, cluster.Bytes(ev.PublicShares[i*PublicKeyLength:(i+1)*PublicKeyLength]))
	}
	def.Validators = []cluster.Validator{v}
	if err := def.Finalize(); err != nil {
		return nil, fmt.Errorf("validator registration: %w", err)
	}
	return def, nil
}
