package realnet

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"math/big"
	"os"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/vm/runtime"
	"github.com/ethereum/go-ethereum/params"
)

type artifactCode struct {
	Bytecode         string `json:"bytecode"`
	DeployedBytecode string `json:"deployedBytecode"`
}

func readDepositArtifact(t *testing.T) artifactCode {
	t.Helper()
	data, err := os.ReadFile("../contracts/build/TestDepositContract.json")
	if err != nil {
		t.Fatal(err)
	}
	var a artifactCode
	if err := json.Unmarshal(data, &a); err != nil {
		t.Fatal(err)
	}
	return a
}

func genesisAlloc(t *testing.T) map[string]genesisAccount {
	t.Helper()
	data, err := ExecutionGenesis(map[string]string{"0x00000000000000000000000000000000000000Fe": "1000"})
	if err != nil {
		t.Fatal(err)
	}
	var g struct {
		Config map[string]any            `json:"config"`
		Alloc  map[string]genesisAccount `json:"alloc"`
	}
	if err := json.Unmarshal(data, &g); err != nil {
		t.Fatal(err)
	}
	if g.Config["chainId"].(float64) != ChainID || g.Config["depositContractAddress"] != DepositContractAddress {
		t.Fatalf("config %v", g.Config)
	}
	if g.Alloc["0x00000000000000000000000000000000000000fe"].Balance != "1000" {
		t.Fatalf("prefunded account missing: %v", g.Alloc)
	}
	return g.Alloc
}

// The embedded deposit contract is what the compiled artifact holds: go
// generate has been run after the last compilation.
func TestDepositContractCodeMatchesArtifact(t *testing.T) {
	a := readDepositArtifact(t)
	if got := strings.TrimSpace(depositContractCode); got != a.DeployedBytecode {
		t.Fatal("realnet/deposit_contract.hex differs from contracts/build/TestDepositContract.json: run go generate ./realnet")
	}
}

// The genesis deposit contract has the code and storage a deployment of the
// contract leaves behind, as go-ethereum's EVM runs its constructor.
func TestDepositContractGenesisMatchesDeployment(t *testing.T) {
	a := readDepositArtifact(t)
	initCode, err := hex.DecodeString(a.Bytecode)
	if err != nil {
		t.Fatal(err)
	}
	cfg := &runtime.Config{ChainConfig: params.MergedTestChainConfig, Time: 1, BlockNumber: big.NewInt(1)}
	code, addr, _, err := runtime.Create(initCode, cfg)
	if err != nil {
		t.Fatalf("deploy: %v", err)
	}
	acct := genesisAlloc(t)[strings.ToLower(DepositContractAddress)]
	if got := common.FromHex(acct.Code); !bytes.Equal(got, code) {
		t.Fatal("genesis code differs from the deployed code")
	}
	for slot := 0; slot < 80; slot++ {
		key := common.BigToHash(big.NewInt(int64(slot)))
		want := cfg.State.GetState(addr, key)
		got := common.HexToHash(acct.Storage[slotKey(slot)])
		if got != want {
			t.Fatalf("storage slot %d: genesis %x, deployment %x", slot, got, want)
		}
	}
	if len(acct.Storage) != depositTreeDepth-1 {
		t.Fatalf("genesis sets %d slots, want %d", len(acct.Storage), depositTreeDepth-1)
	}
	// And the contract answers the empty tree's root.
	ret, _, err := runtime.Call(addr, common.FromHex("0xc5f2892f"), cfg) // get_deposit_root()
	if err != nil {
		t.Fatal(err)
	}
	if root := EmptyDepositRoot(); !bytes.Equal(ret, root[:]) {
		t.Fatalf("get_deposit_root() = %x, want %x", ret, root)
	}
}

// The Prague system contracts are at the addresses and with the code
// go-ethereum's Prague rules use.
func TestSystemContracts(t *testing.T) {
	alloc := genesisAlloc(t)
	want := map[common.Address][]byte{
		params.BeaconRootsAddress:        params.BeaconRootsCode,
		params.HistoryStorageAddress:     params.HistoryStorageCode,
		params.WithdrawalQueueAddress:    params.WithdrawalQueueCode,
		params.ConsolidationQueueAddress: params.ConsolidationQueueCode,
	}
	for addr, code := range want {
		acct, ok := alloc[strings.ToLower(addr.Hex())]
		if !ok {
			t.Errorf("no account at %s", addr)
			continue
		}
		if !bytes.Equal(common.FromHex(acct.Code), code) {
			t.Errorf("code at %s differs from go-ethereum's", addr)
		}
	}
	if len(alloc) != len(want)+2 {
		t.Errorf("alloc has %d accounts, want %d", len(alloc), len(want)+2)
	}
}

// Interop keys give the public keys every client's interop mode and
// prysmctl's genesis use.
func TestInteropKeys(t *testing.T) {
	want := []string{
		"a99a76ed7796f7be22d5b7e85deeb7c5677e88e511e0b337618f8c4eb61349b4bf2d153f649f7b53359fe8b94a38e44c",
		"b89bebc699769726a318c8e9971bd3171297c61aea4a6578a7a4f94b547dcba5bac16a89108b6b6a1fe3695d1a874a0b",
		"a3a32b0f8b4ddb83f1a0a853d81dd725dfe577d4f4c3db8ece52ce2b026eca84815c1a7e8e92a4de3d755733bf7e4a9b",
	}
	keys, err := InteropKeys(0, uint64(len(want)))
	if err != nil {
		t.Fatal(err)
	}
	for i, k := range keys {
		pk := k.PublicKey()
		if got := hex.EncodeToString(pk[:]); got != want[i] {
			t.Errorf("interop key %d: public key %s, want %s", i, got, want[i])
		}
	}
}

func TestConsensusConfig(t *testing.T) {
	cfg := string(ConsensusConfig())
	for _, line := range []string{
		"GENESIS_FORK_VERSION: 0x10000038", "ELECTRA_FORK_VERSION: 0x60000038", "ELECTRA_FORK_EPOCH: 0",
		"FULU_FORK_EPOCH: 18446744073709551615", "SECONDS_PER_SLOT: 3", "DEPOSIT_CHAIN_ID: 1337",
		"DEPOSIT_CONTRACT_ADDRESS: " + DepositContractAddress,
	} {
		if !strings.Contains(cfg, line+"\n") {
			t.Errorf("config.yaml lacks %q", line)
		}
	}
}
