package slashing

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"
)

const testGVR = "0x0100000000000000000000000000000000000000000000000000000000000000"

var (
	testPKHex  = hexString(testPK[:])
	otherPKHex = hexString(append([]byte{2}, make([]byte, 47)...))
)

// interchange builds an interchange document from a data array in JSON.
func interchange(data string) string {
	return fmt.Sprintf(`{"metadata":{"interchange_format_version":"5","genesis_validators_root":%q},"data":%s}`, testGVR, data)
}

func TestImportInvalid(t *testing.T) {
	valid := `{"pubkey":"` + testPKHex + `","signed_blocks":[{"slot":"5"}],"signed_attestations":[{"source_epoch":"1","target_epoch":"2"}]}`
	tests := []struct {
		name, doc, want string
	}{
		{"not json", `hello`, "invalid JSON"},
		{"empty", ``, "invalid JSON"},
		{"array", `[]`, `want "{"`},
		{"truncated", interchange(`[` + valid)[:60], "invalid JSON"},
		{"trailing data", interchange(`[]`) + `{}`, "after the JSON object"},
		{"no metadata", `{"data":[]}`, "no metadata"},
		{"null metadata", `{"metadata":null,"data":[]}`, "metadata is null"},
		{"no data", `{"metadata":{"interchange_format_version":"5","genesis_validators_root":"` + testGVR + `"}}`, "no data"},
		{"null data", `{"metadata":{"interchange_format_version":"5","genesis_validators_root":"` + testGVR + `"},"data":null}`, `want "["`},
		{"metadata twice", strings.Replace(interchange(`[]`), `"data"`, `"metadata":{"interchange_format_version":"5","genesis_validators_root":"`+testGVR+`"},"data"`, 1), "twice"},
		{"version 4", strings.Replace(interchange(`[]`), `"5"`, `"4"`, 1), `interchange_format_version "4"`},
		{"version number", strings.Replace(interchange(`[]`), `"5"`, `5`, 1), "invalid JSON"},
		{"no version", `{"metadata":{"genesis_validators_root":"` + testGVR + `"},"data":[]}`, "no interchange_format_version"},
		{"no root", `{"metadata":{"interchange_format_version":"5"},"data":[]}`, "no genesis_validators_root"},
		{"short root", strings.Replace(interchange(`[]`), testGVR, testGVR[:64], 1), "genesis_validators_root"},
		{"other root", strings.Replace(interchange(`[]`), testGVR, "0x"+strings.Repeat("0", 64), 1), "genesis validators root mismatch"},
		{"no pubkey", interchange(`[{"signed_blocks":[],"signed_attestations":[]}]`), "no pubkey"},
		{"short pubkey", interchange(`[{"pubkey":"0xa99a","signed_blocks":[],"signed_attestations":[]}]`), "pubkey"},
		{"pubkey without 0x", interchange(`[{"pubkey":"` + testPKHex[2:] + `00","signed_blocks":[],"signed_attestations":[]}]`), "pubkey"},
		{"pubkey not hex", interchange(`[{"pubkey":"` + strings.Replace(testPKHex, "a", "g", 1) + `","signed_blocks":[],"signed_attestations":[]}]`), "pubkey"},
		{"slot unquoted", interchange(`[{"pubkey":"` + testPKHex + `","signed_blocks":[{"slot":5}],"signed_attestations":[]}]`), "invalid JSON"},
		{"slot negative", interchange(`[{"pubkey":"` + testPKHex + `","signed_blocks":[{"slot":"-1"}],"signed_attestations":[]}]`), "slot"},
		{"slot overflow", interchange(`[{"pubkey":"` + testPKHex + `","signed_blocks":[{"slot":"18446744073709551616"}],"signed_attestations":[]}]`), "slot"},
		{"slot missing", interchange(`[{"pubkey":"` + testPKHex + `","signed_blocks":[{}],"signed_attestations":[]}]`), "no slot"},
		{"source missing", interchange(`[{"pubkey":"` + testPKHex + `","signed_blocks":[],"signed_attestations":[{"target_epoch":"2"}]}]`), "no source_epoch"},
		{"target hex", interchange(`[{"pubkey":"` + testPKHex + `","signed_blocks":[],"signed_attestations":[{"source_epoch":"1","target_epoch":"0x2"}]}]`), "target_epoch"},
		{"bad signing root", interchange(`[{"pubkey":"` + testPKHex + `","signed_blocks":[{"slot":"1","signing_root":"0x12"}],"signed_attestations":[]}]`), "signing_root"},
		{"second validator invalid", interchange(`[` + valid + `,{"pubkey":"0x00"}]`), "data[1]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db := newTestDB(t)
			db.CheckAndRecordAttestations([]Attestation{att(0, 1, 1)})
			before := exportString(t, db)
			err := db.Import(strings.NewReader(tt.doc))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("import: %v, want an error containing %q", err, tt.want)
			}
			if exportString(t, db) != before {
				t.Fatal("a failed import changed the database")
			}
		})
	}
}

func TestImportValid(t *testing.T) {
	tests := []struct{ name, doc string }{
		{"empty data", interchange(`[]`)},
		{"minimal", interchange(`[{"pubkey":"` + testPKHex + `","signed_blocks":[{"slot":"81951"}],"signed_attestations":[{"source_epoch":"2290","target_epoch":"3008"}]}]`)},
		{"roots", interchange(`[{"pubkey":"` + testPKHex + `","signed_blocks":[{"slot":"1","signing_root":"` + testGVR + `"}],"signed_attestations":[{"source_epoch":"0","target_epoch":"1","signing_root":"` + testGVR + `"}]}]`)},
		{"unknown fields", `{"extra":[1,{"a":null}],"metadata":{"interchange_format_version":"5","genesis_validators_root":"` + testGVR + `","interchange_format":"complete"},"data":[{"pubkey":"` + testPKHex + `","signed_blocks":[],"signed_attestations":[],"note":"x"}]}`},
		{"lists missing", interchange(`[{"pubkey":"` + testPKHex + `"}]`)},
		{"data before metadata", `{"data":[],"metadata":{"interchange_format_version":"5","genesis_validators_root":"` + testGVR + `"}}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := newTestDB(t).Import(strings.NewReader(tt.doc)); err != nil {
				t.Fatal(err)
			}
			gvr, err := InterchangeGenesisValidatorsRoot(strings.NewReader(tt.doc))
			if err != nil || gvr != [32]byte{1} {
				t.Fatalf("root %x, %v", gvr, err)
			}
		})
	}
}

// TestImportMerge: an import raises the watermarks to the maximum of the
// file and of what is kept, drops the recent window, and is idempotent.
func TestImportMerge(t *testing.T) {
	db := newTestDB(t)
	mustAllow(t, db.CheckAndRecordAttestations([]Attestation{att(10, 11, 1), att(11, 12, 1)}))
	mustAllow(t, db.CheckAndRecordBlocks([]Block{blk(100, 1)}))
	older := interchange(`[{"pubkey":"` + testPKHex + `","signed_blocks":[{"slot":"50"}],"signed_attestations":[{"source_epoch":"5","target_epoch":"20"}]}]`)
	for range 2 {
		if err := db.Import(strings.NewReader(older)); err != nil {
			t.Fatal(err)
		}
		// Source 11 (kept) and target 20 (file): the component-wise maximum.
		checkRule(t, db.CheckAttestations([]Attestation{att(10, 21, 2)})[0], BelowWatermark)
		checkRule(t, db.CheckAttestations([]Attestation{att(11, 20, 2)})[0], BelowWatermark)
		checkRule(t, db.CheckAttestations([]Attestation{att(11, 12, 1)})[0], BelowWatermark) // no repeat after import
		checkRule(t, db.CheckAttestations([]Attestation{att(11, 21, 2)})[0], nil)
		checkRule(t, db.CheckBlocks([]Block{blk(100, 1)})[0], BelowWatermark)
		checkRule(t, db.CheckBlocks([]Block{blk(101, 1)})[0], nil)
	}
	want := `"signed_blocks": [
        {
          "slot": "100"
        }
      ],
      "signed_attestations": [
        {
          "source_epoch": "11",
          "target_epoch": "20"
        }
      ]`
	if got := exportString(t, db); !strings.Contains(got, want) {
		t.Fatalf("export after import:\n%s", got)
	}
	// A file without blocks for the validator leaves its blocks alone.
	attsOnly := interchange(`[{"pubkey":"` + testPKHex + `","signed_blocks":[],"signed_attestations":[{"source_epoch":"30","target_epoch":"31"}]}]`)
	if err := db.Import(strings.NewReader(attsOnly)); err != nil {
		t.Fatal(err)
	}
	checkRule(t, db.CheckBlocks([]Block{blk(101, 1)})[0], nil)
	checkRule(t, db.CheckAttestations([]Attestation{att(30, 31, 1)})[0], BelowWatermark)
}

func mustAllow(t *testing.T, errs []error) {
	t.Helper()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("request %d: %v", i, err)
		}
	}
}

// TestExport checks the exported document field by field.
func TestExport(t *testing.T) {
	db := newTestDB(t)
	other := [48]byte{2}
	mustAllow(t, db.CheckAndRecordAttestations([]Attestation{att(0, 1, 0), att(1, 2, 7), {Pubkey: other, Source: 3, Target: 4, SigningRoot: root(9)}}))
	mustAllow(t, db.CheckAndRecordBlocks([]Block{blk(1, 1), blk(2, 2), blk(3, 3), blk(4, 4), blk(5, 5)}))

	var doc struct {
		Metadata map[string]string `json:"metadata"`
		Data     []struct {
			Pubkey       string              `json:"pubkey"`
			Blocks       []map[string]string `json:"signed_blocks"`
			Attestations []map[string]string `json:"signed_attestations"`
		} `json:"data"`
	}
	if err := json.Unmarshal([]byte(exportString(t, db)), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Metadata["interchange_format_version"] != "5" || doc.Metadata["genesis_validators_root"] != testGVR {
		t.Fatalf("metadata %v", doc.Metadata)
	}
	if len(doc.Data) != 2 || doc.Data[0].Pubkey != otherPKHex || doc.Data[1].Pubkey != testPKHex {
		t.Fatalf("validators %+v", doc.Data)
	}
	v := doc.Data[1]
	wantBlocks := []map[string]string{{"slot": "1"}, {"slot": "2", "signing_root": hexRoot(root(2))}}
	if len(v.Blocks) != 5 || fmt.Sprint(v.Blocks[:2]) != fmt.Sprint(wantBlocks) {
		t.Fatalf("blocks %v", v.Blocks)
	}
	wantAtts := []map[string]string{{"source_epoch": "0", "target_epoch": "1"}, {"source_epoch": "1", "target_epoch": "2", "signing_root": hexRoot(root(7))}}
	if fmt.Sprint(v.Attestations) != fmt.Sprint(wantAtts) {
		t.Fatalf("attestations %v", v.Attestations)
	}
	if len(doc.Data[0].Blocks) != 0 || doc.Data[0].Blocks == nil {
		t.Fatalf("a validator without blocks: %v", doc.Data[0].Blocks)
	}

	// Selected validators only; one without history gets empty lists.
	var buf bytes.Buffer
	if err := db.Export(&buf, [][48]byte{testPK, {9}, testPK}); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Data) != 2 || doc.Data[0].Pubkey != hexString(append([]byte{9}, make([]byte, 47)...)) || doc.Data[1].Pubkey != testPKHex || len(doc.Data[0].Attestations) != 0 {
		t.Fatalf("selected export %+v", doc.Data)
	}
}

// TestExportImportSafe: a database importing another's export refuses
// everything the exporter refuses (it may refuse more: imports collapse).
func TestExportImportSafe(t *testing.T) {
	a := newTestDB(t)
	mustAllow(t, a.CheckAndRecordAttestations([]Attestation{att(1, 2, 1), att(2, 3, 2), att(2, 5, 3), att(3, 6, 4), att(4, 7, 5), att(4, 8, 6)}))
	mustAllow(t, a.CheckAndRecordBlocks([]Block{blk(10, 1), blk(20, 2)}))
	b := newTestDB(t)
	if err := b.Import(strings.NewReader(exportString(t, a))); err != nil {
		t.Fatal(err)
	}
	for s := uint64(0); s < 10; s++ {
		for tg := uint64(0); tg < 10; tg++ {
			for _, r := range []byte{0, 1, 6} {
				req := att(s, tg, r)
				if a.CheckAttestations([]Attestation{req})[0] != nil && b.CheckAttestations([]Attestation{req})[0] == nil {
					t.Errorf("%d→%d root %d: refused by the exporter, allowed by the importer", s, tg, r)
				}
			}
		}
	}
	for slot := uint64(0); slot < 25; slot++ {
		req := blk(slot, 2)
		if a.CheckBlocks([]Block{req})[0] != nil && b.CheckBlocks([]Block{req})[0] == nil {
			t.Errorf("block %d: refused by the exporter, allowed by the importer", slot)
		}
	}
}

func TestImportGenesisMismatch(t *testing.T) {
	db := newTestDB(t)
	doc := strings.Replace(interchange(`[]`), testGVR, "0x"+strings.Repeat("ab", 32), 1)
	if err := db.Import(strings.NewReader(doc)); !errors.Is(err, ErrGenesisMismatch) {
		t.Fatalf("import for another chain: %v", err)
	}
}
