package realnet

import (
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

// The devnet's chain: every fork through Electra (Prague on the execution
// layer) from genesis, the mainnet preset, 3 s slots.
const (
	// ChainID is the execution chain's id and the deposit network id.
	ChainID = 1337
	// SlotDuration is the consensus chain's SECONDS_PER_SLOT. Prysm
	// divides it by INTERVALS_PER_SLOT (3) in whole seconds for the
	// proposer boost cut-off and for whether a block came early: with 2 s
	// slots both are 0, every block counts as late and weakly attested, and
	// the next proposer orphans it (about every other block, whoever
	// proposed it). 3 s is the shortest slot with mainnet's proportions.
	SlotDuration = 3 * time.Second
	// SlotsPerEpoch comes with the mainnet preset.
	SlotsPerEpoch = 32
	// GenesisValidators is the number of interop validators in the genesis
	// state.
	GenesisValidators = 64
	// DepositContractAddress is where the genesis places the deposit
	// contract.
	DepositContractAddress = "0x4242424242424242424242424242424242424242"
)

// GenesisForkVersion is the consensus chain's GENESIS_FORK_VERSION.
var GenesisForkVersion = [4]byte{0x10, 0x00, 0x00, 0x38}

// The Prague system contracts, at the addresses and with the runtime code
// their EIPs specify (the code their deployment transactions leave behind;
// their storage starts empty).
var systemContracts = []struct{ name, address, code string }{
	{"EIP-4788 beacon roots", "0x000F3df6D732807Ef1319fB7B8bB8522d0Beac02",
		"0x3373fffffffffffffffffffffffffffffffffffffffe14604d57602036146024575f5ffd5b5f35801560495762001fff810690815414603c575f5ffd5b62001fff01545f5260205ff35b5f5ffd5b62001fff42064281555f359062001fff015500"},
	{"EIP-2935 block hashes", "0x0000F90827F1C53a10cb7A02335B175320002935",
		"0x3373fffffffffffffffffffffffffffffffffffffffe14604657602036036042575f35600143038111604257611fff81430311604257611fff9006545f5260205ff35b5f5ffd5b5f35611fff60014303065500"},
	{"EIP-7002 withdrawal requests", "0x00000961Ef480Eb55e80D19ad83579A64c007002",
		"0x3373fffffffffffffffffffffffffffffffffffffffe1460cb5760115f54807fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff146101f457600182026001905f5b5f82111560685781019083028483029004916001019190604d565b909390049250505036603814608857366101f457346101f4575f5260205ff35b34106101f457600154600101600155600354806003026004013381556001015f35815560010160203590553360601b5f5260385f601437604c5fa0600101600355005b6003546002548082038060101160df575060105b5f5b8181146101835782810160030260040181604c02815460601b8152601401816001015481526020019060020154807fffffffffffffffffffffffffffffffff00000000000000000000000000000000168252906010019060401c908160381c81600701538160301c81600601538160281c81600501538160201c81600401538160181c81600301538160101c81600201538160081c81600101535360010160e1565b910180921461019557906002556101a0565b90505f6002555f6003555b5f54807fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff14156101cd57505f5b6001546002828201116101e25750505f6101e8565b01600290035b5f555f600155604c025ff35b5f5ffd"},
	{"EIP-7251 consolidation requests", "0x0000BBdDc7CE488642fb579F8B00f3a590007251",
		"0x3373fffffffffffffffffffffffffffffffffffffffe1460d35760115f54807fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff1461019a57600182026001905f5b5f82111560685781019083028483029004916001019190604d565b9093900492505050366060146088573661019a573461019a575f5260205ff35b341061019a57600154600101600155600354806004026004013381556001015f358155600101602035815560010160403590553360601b5f5260605f60143760745fa0600101600355005b6003546002548082038060021160e7575060025b5f5b8181146101295782810160040260040181607402815460601b815260140181600101548152602001816002015481526020019060030154905260010160e9565b910180921461013b5790600255610146565b90505f6002555f6003555b5f54807fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff141561017357505f5b6001546001828201116101885750505f61018e565b01600190035b5f555f6001556074025ff35b5f5ffd"},
}

// depositContractCode is the runtime code of contracts/src/test/TestDepositContract.sol,
// from its compiled artifact (go generate rewrites it).
//
//go:generate go run gen_deposit.go
//go:embed deposit_contract.hex
var depositContractCode string

// depositTreeDepth is the deposit contract's Merkle tree depth.
const depositTreeDepth = 32

// zeroHashesSlot is the storage slot of the deposit contract's
// _zeroHashes[0]: it follows _branch (slots 0..31).
const zeroHashesSlot = depositTreeDepth

// ZeroHashes are the roots of empty deposit trees of height 0..32: the
// first 32 are what the deposit contract's constructor stores.
func ZeroHashes() [depositTreeDepth + 1][32]byte {
	var z [depositTreeDepth + 1][32]byte
	for h := 0; h < depositTreeDepth; h++ {
		z[h+1] = sha256.Sum256(append(z[h][:], z[h][:]...))
	}
	return z
}

// EmptyDepositRoot is what get_deposit_root() answers before any deposit:
// the empty tree's root mixed in with a zero count.
func EmptyDepositRoot() [32]byte {
	z := ZeroHashes()
	return sha256.Sum256(append(z[depositTreeDepth][:], make([]byte, 32)...))
}

// genesisAccount is one account of a geth genesis alloc.
type genesisAccount struct {
	Balance string            `json:"balance"`
	Code    string            `json:"code,omitempty"`
	Storage map[string]string `json:"storage,omitempty"`
}

// ExecutionGenesis is the geth genesis (genesis.json) of the devnet's
// execution chain, before prysmctl sets its time: chain id ChainID, every
// fork from block 0 or time 0 through Prague, a Cancun and Prague blob
// schedule, the deposit contract at DepositContractAddress with the storage
// its constructor leaves, the Prague system contracts, and prefunded
// accounts (address to wei, decimal).
func ExecutionGenesis(prefunded map[string]string) ([]byte, error) {
	alloc := map[string]genesisAccount{}
	for _, c := range systemContracts {
		alloc[strings.ToLower(c.address)] = genesisAccount{Balance: "0x0", Code: c.code}
	}
	code := "0x" + strings.TrimPrefix(strings.TrimSpace(depositContractCode), "0x")
	if _, err := hex.DecodeString(code[2:]); err != nil || len(code) < 4 {
		return nil, fmt.Errorf("deposit contract code is not hex: %v", err)
	}
	storage := map[string]string{}
	z := ZeroHashes()
	for h := 1; h < depositTreeDepth; h++ {
		storage[slotKey(zeroHashesSlot+h)] = "0x" + hex.EncodeToString(z[h][:])
	}
	alloc[strings.ToLower(DepositContractAddress)] = genesisAccount{Balance: "0x0", Code: code, Storage: storage}
	for addr, wei := range prefunded {
		alloc[strings.ToLower(addr)] = genesisAccount{Balance: wei}
	}
	config := map[string]any{
		"chainId": ChainID, "homesteadBlock": 0, "eip150Block": 0, "eip155Block": 0, "eip158Block": 0,
		"byzantiumBlock": 0, "constantinopleBlock": 0, "petersburgBlock": 0, "istanbulBlock": 0,
		"berlinBlock": 0, "londonBlock": 0, "mergeNetsplitBlock": 0, "terminalTotalDifficulty": 0,
		"shanghaiTime": 0, "cancunTime": 0, "pragueTime": 0,
		"blobSchedule": map[string]any{
			"cancun": map[string]int{"target": 3, "max": 6, "baseFeeUpdateFraction": 3338477},
			"prague": map[string]int{"target": 6, "max": 9, "baseFeeUpdateFraction": 5007716},
		},
		"depositContractAddress": DepositContractAddress,
	}
	g := map[string]any{
		"config": config, "nonce": "0x0", "timestamp": "0x0", "extraData": "0x",
		"gasLimit": "0x2255100", "difficulty": "0x0", "baseFeePerGas": "0x3b9aca00",
		"mixHash":  "0x0000000000000000000000000000000000000000000000000000000000000000",
		"coinbase": "0x0000000000000000000000000000000000000000",
		"alloc":    alloc,
	}
	out, err := json.MarshalIndent(g, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("encode the execution genesis: %w", err)
	}
	return out, nil
}

// slotKey is a storage slot number as a 32-byte hex key.
func slotKey(slot int) string {
	return fmt.Sprintf("0x%064x", slot)
}

// ConsensusConfig is the consensus chain's config.yaml: the mainnet preset,
// every fork through Electra at epoch 0, Fulu never, SlotDuration slots,
// the deposit contract and chain ids, no blob parameter changes.
func ConsensusConfig() []byte {
	v := func(fork byte) string { return fmt.Sprintf("0x%02x%06x", fork, 0x38) }
	return fmt.Appendf(nil, `CONFIG_NAME: 'keystake-devnet'
PRESET_BASE: 'mainnet'
MIN_GENESIS_ACTIVE_VALIDATOR_COUNT: %d
MIN_GENESIS_TIME: 0
GENESIS_DELAY: 0
GENESIS_FORK_VERSION: %#x
ALTAIR_FORK_VERSION: %s
ALTAIR_FORK_EPOCH: 0
BELLATRIX_FORK_VERSION: %s
BELLATRIX_FORK_EPOCH: 0
CAPELLA_FORK_VERSION: %s
CAPELLA_FORK_EPOCH: 0
DENEB_FORK_VERSION: %s
DENEB_FORK_EPOCH: 0
ELECTRA_FORK_VERSION: %s
ELECTRA_FORK_EPOCH: 0
FULU_FORK_VERSION: %s
FULU_FORK_EPOCH: 18446744073709551615
TERMINAL_TOTAL_DIFFICULTY: 0
SECONDS_PER_SLOT: %d
SECONDS_PER_ETH1_BLOCK: %d
ETH1_FOLLOW_DISTANCE: 12
DEPOSIT_CHAIN_ID: %d
DEPOSIT_NETWORK_ID: %d
DEPOSIT_CONTRACT_ADDRESS: %s
BLOB_SCHEDULE: []
`, GenesisValidators, GenesisForkVersion[:], v(0x20), v(0x30), v(0x40), v(0x50), v(0x60), v(0x70),
		int(SlotDuration.Seconds()), int(SlotDuration.Seconds()), ChainID, ChainID, DepositContractAddress)
}
