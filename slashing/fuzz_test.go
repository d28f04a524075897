package slashing

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"
)

// FuzzImport: Import never panics; when it fails the database is unchanged;
// when it succeeds InterchangeGenesisValidatorsRoot accepts the same input,
// importing it again changes nothing, and the database still exports. Each
// input goes to a fresh database holding a little local history, so that
// imports merge with kept records.
func FuzzImport(f *testing.F) {
	paths, _ := filepath.Glob(filepath.Join("testdata", "interchange", "*.json"))
	for _, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		// Seed with the vectors' interchanges, for the zero root.
		for _, part := range strings.Split(string(data), `"interchange": `)[1:] {
			if end := strings.Index(part, `,
      "blocks"`); end > 0 {
				f.Add([]byte(part[:end]))
			}
		}
	}
	f.Add([]byte(`{"metadata":{"interchange_format_version":"5","genesis_validators_root":"0x0000000000000000000000000000000000000000000000000000000000000000"},"data":[]}`))
	f.Add([]byte(`{"data":[{"pubkey":"0x00"}],"metadata":{}}`))

	db, err := open(filepath.Join(f.TempDir(), "fuzz.db"), &[32]byte{}, true)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, doc []byte) {
		if err := db.bolt.Update(resetHistory); err != nil {
			t.Fatal(err)
		}
		var pk [48]byte
		decodeHex(pk[:], "0xa99a76ed7796f7be22d5b7e85deeb7c5677e88e511e0b337618f8c4eb61349b4bf2d153f649f7b53359fe8b94a38e44c")
		db.CheckAndRecordAttestations([]Attestation{{Pubkey: pk, Source: 3, Target: 4, SigningRoot: root(1)}, {Pubkey: pk, Source: 4, Target: 6}})
		db.CheckAndRecordBlocks([]Block{{Pubkey: pk, Slot: 12, SigningRoot: root(2)}})
		before := exportString(t, db)
		if err := db.Import(bytes.NewReader(doc)); err != nil {
			if after := exportString(t, db); after != before {
				t.Fatalf("failed import (%v) changed the database", err)
			}
			return
		}
		if _, err := InterchangeGenesisValidatorsRoot(bytes.NewReader(doc)); err != nil {
			t.Fatalf("imported, but the root reader refuses it: %v", err)
		}
		once := exportString(t, db)
		if err := db.Import(bytes.NewReader(doc)); err != nil {
			t.Fatalf("second import: %v", err)
		}
		if twice := exportString(t, db); twice != once {
			t.Fatalf("import is not idempotent:\n%s\n%s", once, twice)
		}
	})
}

// resetHistory empties the attestation and block buckets.
func resetHistory(tx *bolt.Tx) error {
	for _, name := range [][]byte{attBucket, blockBucket} {
		if err := tx.DeleteBucket(name); err != nil {
			return err
		}
		if _, err := tx.CreateBucket(name); err != nil {
			return err
		}
	}
	return nil
}
