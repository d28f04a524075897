package cli

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/keystake/keystake/slashing"
)

const (
	slashingRoot  = "0x04700007fabc8282644aed6d1c7c9e21d38a03a0c4ba193f3afe428824b3a673"
	slashingPK    = "0xb845089a1457f811bfc000588fbb4e713669be8ce060ea6be3c6ece09afc3794106c91ca73acda5e5457122d58723bed"
	slashingOther = "0xa99a76ed7796f7be22d5b7e85deeb7c5677e88e511e0b337618f8c4eb61349b4bf2d153f649f7b53359fe8b94a38e44c"
)

func slashingInterchange(root string) string {
	return fmt.Sprintf(`{"metadata":{"interchange_format_version":"5","genesis_validators_root":%q},"data":[
 {"pubkey":%q,"signed_blocks":[{"slot":"81952","signing_root":"0x4ff6f743a43f3b4f95350831aeaf0a122a1a392922c45d804280284a69eb850b"},{"slot":"81951"}],
  "signed_attestations":[{"source_epoch":"2290","target_epoch":"3007"},{"source_epoch":"2290","target_epoch":"3008"}]},
 {"pubkey":%q,"signed_blocks":[],"signed_attestations":[{"source_epoch":"10","target_epoch":"11"}]}]}`, root, slashingPK, slashingOther)
}

func mustPubkey(t *testing.T, s string) (pk [48]byte) {
	t.Helper()
	if err := decodeFixedHex(pk[:], s); err != nil {
		t.Fatal(err)
	}
	return pk
}

// TestSlashingImportExport imports an interchange into a new data
// directory, checks that the node's database then refuses what the file
// covers, and exports it back: all, selected validators, no overwrite
// without --force.
func TestSlashingImportExport(t *testing.T) {
	dir := t.TempDir()
	dataDir := filepath.Join(dir, "node")
	file := writeFile(t, dir, "interchange.json", slashingInterchange(slashingRoot))

	out := mustRun(t, "slashing", "import", file, "--data-dir", dataDir)
	dbPath := filepath.Join(dataDir, "slashing.db")
	if !strings.Contains(out, "imported") || !strings.Contains(out, dbPath) {
		t.Fatalf("import output %q", out)
	}
	// Importing again is harmless; the given root must match.
	mustRun(t, "slashing", "import", file, "--data-dir", dataDir, "--genesis-validators-root", slashingRoot)

	db, err := slashing.OpenExisting(dbPath)
	if err != nil {
		t.Fatal(err)
	}
	if got := fmt.Sprintf("0x%x", db.GenesisValidatorsRoot()); got != slashingRoot {
		t.Fatalf("database root %s", got)
	}
	pk := mustPubkey(t, slashingPK)
	errs := db.CheckAttestations([]slashing.Attestation{{Pubkey: pk, Source: 2290, Target: 3008}, {Pubkey: pk, Source: 2290, Target: 3009}})
	if !errors.Is(errs[0], slashing.ErrSlashable) || errs[1] != nil {
		t.Fatalf("after import: %v", errs)
	}
	if err := db.CheckBlocks([]slashing.Block{{Pubkey: pk, Slot: 81952}})[0]; !errors.Is(err, slashing.BelowWatermark) {
		t.Fatalf("block at the imported slot: %v", err)
	}
	db.Close()

	exported := filepath.Join(dir, "out.json")
	out = mustRun(t, "slashing", "export", exported, "--data-dir", dataDir)
	if !strings.Contains(out, "2 validator(s)") {
		t.Fatalf("export output %q", out)
	}
	doc := readInterchange(t, exported)
	if doc.Metadata.Root != slashingRoot || len(doc.Data) != 2 {
		t.Fatalf("export %+v", doc)
	}
	v := doc.Data[1]
	if v.Pubkey != slashingPK || fmt.Sprint(v.Blocks) != "[map[slot:81952]]" || fmt.Sprint(v.Attestations) != "[map[source_epoch:2290 target_epoch:3008]]" {
		t.Fatalf("exported validator %+v", v)
	}

	mustFail(t, "already exists", "slashing", "export", exported, "--data-dir", dataDir)
	mustRun(t, "slashing", "export", exported, "--data-dir", dataDir, "--force", "--pubkey", slashingOther)
	if doc := readInterchange(t, exported); len(doc.Data) != 1 || doc.Data[0].Pubkey != slashingOther {
		t.Fatalf("selected export %+v", doc)
	}
	// The exported file imports into another node.
	mustRun(t, "slashing", "import", exported, "--data-dir", filepath.Join(dir, "node2"))
}

type testInterchange struct {
	Metadata struct {
		Root string `json:"genesis_validators_root"`
	} `json:"metadata"`
	Data []struct {
		Pubkey       string              `json:"pubkey"`
		Blocks       []map[string]string `json:"signed_blocks"`
		Attestations []map[string]string `json:"signed_attestations"`
	} `json:"data"`
}

func readInterchange(t *testing.T, path string) testInterchange {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var doc testInterchange
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	return doc
}

func TestSlashingFailures(t *testing.T) {
	dir := t.TempDir()
	dataDir := filepath.Join(dir, "node")
	good := writeFile(t, dir, "good.json", slashingInterchange(slashingRoot))
	otherChain := writeFile(t, dir, "other.json", slashingInterchange("0x"+strings.Repeat("11", 32)))
	broken := writeFile(t, dir, "broken.json", strings.Replace(slashingInterchange(slashingRoot), `"81951"`, `81951`, 1))
	dbPath := filepath.Join(dataDir, "slashing.db")

	mustFail(t, "required flag", "slashing", "import", good)
	mustFail(t, "invalid JSON", "slashing", "import", broken, "--data-dir", dataDir)
	mustFail(t, "genesis validators root mismatch", "slashing", "import", good, "--data-dir", dataDir, "--genesis-validators-root", "0x"+strings.Repeat("22", 32))
	mustFail(t, "--genesis-validators-root", "slashing", "import", good, "--data-dir", dataDir, "--genesis-validators-root", "0x12")
	if _, err := os.Stat(dbPath); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("a failed import created the database: %v", err)
	}
	mustFail(t, "no such file", "slashing", "export", filepath.Join(dir, "out.json"), "--data-dir", dataDir)
	if _, err := os.Stat(dataDir); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("export created the data directory: %v", err)
	}

	mustRun(t, "slashing", "import", good, "--data-dir", dataDir)
	mustFail(t, "genesis validators root mismatch", "slashing", "import", otherChain, "--data-dir", dataDir)
	mustFail(t, "--pubkey", "slashing", "export", filepath.Join(dir, "out.json"), "--data-dir", dataDir, "--pubkey", "0xb845")

	// While a node holds the database, the commands refuse rather than wait.
	db, err := slashing.OpenExisting(dbPath)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	mustFail(t, "locked by another process", "slashing", "export", filepath.Join(dir, "out.json"), "--data-dir", dataDir)
}
