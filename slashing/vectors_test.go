package slashing

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// The EIP-3076 interchange test vectors (testdata/interchange/README.md):
// start from an empty database, then for each step import the interchange
// (it must succeed or fail as should_succeed says) and try its blocks and
// attestations in order; a signing must be allowed exactly when its
// should_succeed is true. should_succeed is the answer for a database that
// collapses imports into watermarks, which this one does;
// should_succeed_complete, the answer for one that keeps every imported
// message, is read but not used.

type vectorFile struct {
	Name  string       `json:"name"`
	GVR   string       `json:"genesis_validators_root"`
	Steps []vectorStep `json:"steps"`
	// The older single-step layout keeps the step's fields at the top.
	vectorStep
}

type vectorStep struct {
	ShouldSucceed         *bool               `json:"should_succeed"`
	ContainsSlashableData bool                `json:"contains_slashable_data"`
	AllowPartialImport    bool                `json:"allow_partial_import"`
	Interchange           json.RawMessage     `json:"interchange"`
	Blocks                []vectorBlock       `json:"blocks"`
	Attestations          []vectorAttestation `json:"attestations"`
}

type vectorBlock struct {
	Pubkey                string   `json:"pubkey"`
	Slot                  flexUint `json:"slot"`
	SigningRoot           string   `json:"signing_root"`
	ShouldSucceed         bool     `json:"should_succeed"`
	ShouldSucceedComplete *bool    `json:"should_succeed_complete"`
}

type vectorAttestation struct {
	Pubkey                string   `json:"pubkey"`
	Source                flexUint `json:"source_epoch"`
	Target                flexUint `json:"target_epoch"`
	SigningRoot           string   `json:"signing_root"`
	ShouldSucceed         bool     `json:"should_succeed"`
	ShouldSucceedComplete *bool    `json:"should_succeed_complete"`
}

// flexUint reads a JSON number or a decimal string.
type flexUint uint64

func (u *flexUint) UnmarshalJSON(b []byte) error {
	v, err := strconv.ParseUint(strings.Trim(string(b), `"`), 10, 64)
	*u = flexUint(v)
	return err
}

func loadVectors(t *testing.T) map[string]vectorFile {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("testdata", "interchange", "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	vectors := make(map[string]vectorFile)
	for _, path := range paths {
		if filepath.Base(path) == "schema.json" {
			continue
		}
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		var v vectorFile
		if err := json.Unmarshal(data, &v); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		if len(v.Steps) == 0 && v.Interchange != nil {
			v.Steps = []vectorStep{v.vectorStep}
		}
		if len(v.Steps) == 0 {
			t.Fatalf("%s: no steps", path)
		}
		vectors[strings.TrimSuffix(filepath.Base(path), ".json")] = v
	}
	if len(vectors) < 26 {
		t.Fatalf("found %d vectors, want the 26 of testdata/interchange", len(vectors))
	}
	return vectors
}

func mustHex(t *testing.T, dst []byte, s string) {
	t.Helper()
	if s == "" {
		return
	}
	if err := decodeHex(dst, s); err != nil {
		t.Fatalf("vector hex %q: %v", s, err)
	}
}

// TestInterchangeVectors runs every vector twice: one request per call with
// the database closed and reopened after each step, and each step's
// requests as one batch, which must answer the same.
func TestInterchangeVectors(t *testing.T) {
	for name, v := range loadVectors(t) {
		t.Run(name, func(t *testing.T) {
			t.Run("one-by-one", func(t *testing.T) { runVector(t, v, false) })
			t.Run("batched", func(t *testing.T) { runVector(t, v, true) })
		})
	}
}

func runVector(t *testing.T, v vectorFile, batched bool) {
	var gvr [32]byte
	mustHex(t, gvr[:], v.GVR)
	path := filepath.Join(t.TempDir(), "slashing.db")
	db := openTest(t, path, gvr)
	for i, step := range v.Steps {
		before := exportString(t, db)
		err := db.Import(bytes.NewReader(step.Interchange))
		if want := step.ShouldSucceed == nil || *step.ShouldSucceed; (err == nil) != want {
			t.Fatalf("step %d: import error %v, want success %v", i, err, want)
		}
		if err != nil && exportString(t, db) != before {
			t.Fatalf("step %d: a failed import changed the database", i)
		}
		checkVectorBlocks(t, db, i, step.Blocks, batched)
		checkVectorAttestations(t, db, i, step.Attestations, batched)
		if !batched {
			db.Close()
			db = openTest(t, path, gvr)
		}
	}
}

func checkVectorBlocks(t *testing.T, db *DB, step int, blocks []vectorBlock, batched bool) {
	t.Helper()
	reqs := make([]Block, len(blocks))
	for j, b := range blocks {
		mustHex(t, reqs[j].Pubkey[:], b.Pubkey)
		mustHex(t, reqs[j].SigningRoot[:], b.SigningRoot)
		reqs[j].Slot = uint64(b.Slot)
	}
	var errs []error
	if batched {
		checked := db.CheckBlocks(reqs)
		errs = db.CheckAndRecordBlocks(reqs)
		compareErrs(t, checked, errs)
	} else {
		for _, r := range reqs {
			checked := db.CheckBlocks([]Block{r})
			errs = append(errs, db.CheckAndRecordBlocks([]Block{r})...)
			compareErrs(t, checked, errs[len(errs)-1:])
		}
	}
	for j, b := range blocks {
		if (errs[j] == nil) != b.ShouldSucceed {
			t.Errorf("step %d block %d (slot %d): error %v, want success %v", step, j, b.Slot, errs[j], b.ShouldSucceed)
		}
	}
}

func checkVectorAttestations(t *testing.T, db *DB, step int, atts []vectorAttestation, batched bool) {
	t.Helper()
	reqs := make([]Attestation, len(atts))
	for j, a := range atts {
		mustHex(t, reqs[j].Pubkey[:], a.Pubkey)
		mustHex(t, reqs[j].SigningRoot[:], a.SigningRoot)
		reqs[j].Source, reqs[j].Target = uint64(a.Source), uint64(a.Target)
	}
	var errs []error
	if batched {
		checked := db.CheckAttestations(reqs)
		errs = db.CheckAndRecordAttestations(reqs)
		compareErrs(t, checked, errs)
	} else {
		for _, r := range reqs {
			checked := db.CheckAttestations([]Attestation{r})
			errs = append(errs, db.CheckAndRecordAttestations([]Attestation{r})...)
			compareErrs(t, checked, errs[len(errs)-1:])
		}
	}
	for j, a := range atts {
		if (errs[j] == nil) != a.ShouldSucceed {
			t.Errorf("step %d attestation %d (%d→%d): error %v, want success %v", step, j, a.Source, a.Target, errs[j], a.ShouldSucceed)
		}
	}
}

// compareErrs checks that the read-only check answered as the recording one.
func compareErrs(t *testing.T, checked, recorded []error) {
	t.Helper()
	for i := range checked {
		if (checked[i] == nil) != (recorded[i] == nil) {
			t.Errorf("request %d: check says %v, check-and-record says %v", i, checked[i], recorded[i])
		}
	}
}

func openTest(t testing.TB, path string, gvr [32]byte) *DB {
	t.Helper()
	db, err := Open(path, gvr)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func exportString(t testing.TB, db *DB) string {
	t.Helper()
	var buf bytes.Buffer
	if err := db.Export(&buf, nil); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func hexString(b []byte) string { return "0x" + hex.EncodeToString(b) }
