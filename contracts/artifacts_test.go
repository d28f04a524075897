package contracts

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"sort"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
)

// artifact is the part of a build/<Contract>.json file the tests read.
type artifact struct {
	ContractName string          `json:"contractName"`
	Compiler     string          `json:"compiler"`
	ABI          json.RawMessage `json:"abi"`
	Bytecode     string          `json:"bytecode"`
}

var boundContracts = map[string]*bind.MetaData{
	"OperatorRegistry":    OperatorRegistryMetaData,
	"ValidatorRegistry":   ValidatorRegistryMetaData,
	"MiniPoolFactory":     MiniPoolFactoryMetaData,
	"MiniPool":            MiniPoolMetaData,
	"StakingPool":         StakingPoolMetaData,
	"KsETH":               KsETHMetaData,
	"Oracle":              OracleMetaData,
	"TestDepositContract": TestDepositContractMetaData,
	"TestToken":           TestTokenMetaData,
	"ReentrantWithdrawer": ReentrantWithdrawerMetaData,
}

func readArtifact(t *testing.T, path string) artifact {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var a artifact
	if err := json.Unmarshal(b, &a); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return a
}

// abiSignatures lists an ABI's constructor, functions (with their
// outputs and mutability), events and errors as strings.
func abiSignatures(t *testing.T, j []byte) []string {
	t.Helper()
	parsed, err := abi.JSON(bytes.NewReader(j))
	if err != nil {
		t.Fatal(err)
	}
	out := []string{"constructor" + parsed.Constructor.Sig}
	for _, m := range parsed.Methods {
		var outputs []string
		for _, o := range m.Outputs {
			outputs = append(outputs, o.Type.String())
		}
		out = append(out, fmt.Sprintf("%s %s -> %v", m.Sig, m.StateMutability, outputs))
	}
	for _, e := range parsed.Events {
		out = append(out, fmt.Sprintf("event %s %v", e.Sig, e.Inputs))
	}
	for _, e := range parsed.Errors {
		out = append(out, "error "+e.Sig)
	}
	sort.Strings(out)
	return out
}

// TestBindingsMatchArtifacts: bindings.go carries the ABI and bytecode of
// build/ for every contract (abigen was run on the current artifacts).
func TestBindingsMatchArtifacts(t *testing.T) {
	for name, md := range boundContracts {
		a := readArtifact(t, filepath.Join("build", name+".json"))
		if md.Bin != "0x"+a.Bytecode {
			t.Errorf("%s: bindings.go bytecode differs from build/%s.json: run make contracts", name, name)
		}
		if !reflect.DeepEqual(abiSignatures(t, []byte(md.ABI)), abiSignatures(t, a.ABI)) {
			t.Errorf("%s: bindings.go ABI differs from build/%s.json: run make contracts", name, name)
		}
	}
}

// TestArtifactsUpToDate recompiles src/ with the pinned solc and checks
// that build/ holds exactly the result. It needs node and contracts'
// node_modules (make contracts-deps); without them it is skipped, unless
// KEYSTAKE_REQUIRE_INTEROP=1 (set by make test when npm is present), which
// turns the skip into a failure.
func TestArtifactsUpToDate(t *testing.T) {
	node, err := exec.LookPath("node")
	if err == nil {
		_, err = os.Stat(filepath.Join("node_modules", ".package-lock.json"))
	}
	if err != nil {
		if os.Getenv("KEYSTAKE_REQUIRE_INTEROP") == "1" {
			t.Fatalf("contracts compile check required (KEYSTAKE_REQUIRE_INTEROP=1) but unavailable: %v", err)
		}
		t.Skipf("contracts compile check skipped: %v (install with: make contracts-deps)", err)
	}
	out := t.TempDir()
	cmd := exec.Command(node, "compile.mjs", out)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("node compile.mjs: %v\n%s", err, stderr.String())
	}
	t.Logf("compile.mjs:\n%s", stderr.String())
	fresh, err := os.ReadDir(out)
	if err != nil {
		t.Fatal(err)
	}
	committed, err := filepath.Glob(filepath.Join("build", "*"))
	if err != nil {
		t.Fatal(err)
	}
	if len(committed) != len(fresh) {
		t.Errorf("build/ has %d files, a fresh compile %d: run make contracts", len(committed), len(fresh))
	}
	for _, f := range fresh {
		want, err := os.ReadFile(filepath.Join(out, f.Name()))
		if err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(filepath.Join("build", f.Name()))
		if err != nil {
			t.Errorf("build/%s missing: run make contracts", f.Name())
			continue
		}
		if !bytes.Equal(got, want) {
			t.Errorf("build/%s is stale: run make contracts", f.Name())
		}
	}
}
