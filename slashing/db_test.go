package slashing

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"
)

func TestOpenGenesisRoot(t *testing.T) {
	path := filepath.Join(t.TempDir(), "slashing.db")
	a, b := [32]byte{0xaa}, [32]byte{0xbb}
	db, err := Open(path, a)
	if err != nil {
		t.Fatal(err)
	}
	if got := db.GenesisValidatorsRoot(); got != a {
		t.Fatalf("root %x", got)
	}
	db.Close()

	if _, err := Open(path, b); !errors.Is(err, ErrGenesisMismatch) || !strings.Contains(err.Error(), hexRoot(a)) || !strings.Contains(err.Error(), hexRoot(b)) {
		t.Fatalf("open for another root: %v", err)
	}
	db, err = OpenExisting(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := db.GenesisValidatorsRoot(); got != a {
		t.Fatalf("existing root %x", got)
	}
	db.Close()
	if db, err = Open(path, a); err != nil {
		t.Fatal(err)
	}
	db.Close()

	missing := filepath.Join(t.TempDir(), "none.db")
	if _, err := OpenExisting(missing); err == nil {
		t.Fatal("OpenExisting created a database")
	}
	if _, err := os.Stat(missing); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("OpenExisting left a file: %v", err)
	}
	notDB := filepath.Join(t.TempDir(), "junk.db")
	os.WriteFile(notDB, []byte("not a database"), 0o600)
	if _, err := Open(notDB, a); err == nil {
		t.Fatal("opened a file that is not a database")
	}
}

// TestOpenLocked: a second opener (another process, the CLI while the node
// runs) fails after the timeout instead of waiting forever.
func TestOpenLocked(t *testing.T) {
	path := filepath.Join(t.TempDir(), "slashing.db")
	openTest(t, path, [32]byte{})
	if _, err := Open(path, [32]byte{}); err == nil || !strings.Contains(err.Error(), "locked by another process") {
		t.Fatalf("second open: %v", err)
	}
}

// TestClosedRefuses: after Close every request is refused, without
// claiming a rule.
func TestClosedRefuses(t *testing.T) {
	db := newTestDB(t)
	db.Close()
	for _, err := range append(db.CheckAndRecordAttestations([]Attestation{att(1, 2, 1)}), db.CheckAndRecordBlocks([]Block{blk(1, 1)})...) {
		if err == nil || errors.Is(err, ErrSlashable) {
			t.Fatalf("closed database: %v", err)
		}
	}
}

// TestCorruptStateRefuses: a validator whose stored state does not decode is
// refused; the others are served.
func TestCorruptStateRefuses(t *testing.T) {
	db := newTestDB(t)
	for i, value := range [][]byte{{}, {1, 0}, append(make([]byte, 18), 1), (&attState{recent: []attRecord{{target: 5}, {target: 4}}}).encode()} {
		err := db.bolt.Update(func(tx *bolt.Tx) error { return tx.Bucket(attBucket).Put(testPK[:], value) })
		if err != nil {
			t.Fatal(err)
		}
		other := Attestation{Pubkey: [48]byte{2}, Source: 1, Target: 2 + uint64(i)}
		errs := db.CheckAndRecordAttestations([]Attestation{att(1, 2, 1), other})
		if errs[0] == nil || errors.Is(errs[0], ErrSlashable) || !errors.Is(errs[0], errCorrupt) || errs[1] != nil {
			t.Fatalf("state %x: %v", value, errs)
		}
	}
}

// TestStateEncoding round-trips states through their encodings.
func TestStateEncoding(t *testing.T) {
	as := &attState{hasLow: true, lowSource: 3, lowTarget: 9, recent: []attRecord{{4, 10, root(1)}, {5, 12, root(2)}}}
	got, err := decodeAttState(as.encode())
	if err != nil || got.hasLow != as.hasLow || got.lowSource != 3 || got.lowTarget != 9 || len(got.recent) != 2 || got.recent[1] != as.recent[1] {
		t.Fatalf("attestation state: %+v %v", got, err)
	}
	bs := &blockState{hasLow: true, lowSlot: 7, recent: []blockRecord{{8, root(3)}}}
	gotb, err := decodeBlockState(bs.encode())
	if err != nil || !gotb.hasLow || gotb.lowSlot != 7 || len(gotb.recent) != 1 || gotb.recent[0] != bs.recent[0] {
		t.Fatalf("block state: %+v %v", gotb, err)
	}
	// Values never grow: they are padded to the window.
	if a, b := len((&attState{}).encode()), len(as.encode()); a != b || a != attHeaderLen+AttestationWindow*attRecordLen {
		t.Fatalf("attestation state sizes %d and %d", a, b)
	}
	if _, err := decodeBlockState(append(bs.encode(), 0)); !errors.Is(err, errCorrupt) {
		t.Fatalf("trailing byte: %v", err)
	}
}
