package slashing

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

var testPK = [48]byte{0xa9, 0x9a, 0x76, 0xed, 0x77, 0x96, 0xf7, 0xbe}

// newTestDB opens a fresh database without fsync (tests only).
func newTestDB(t testing.TB) *DB {
	t.Helper()
	db, err := open(filepath.Join(t.TempDir(), "slashing.db"), &[32]byte{1}, true)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func root(b byte) [32]byte { return [32]byte{b} }

func att(source, target uint64, r byte) Attestation {
	return Attestation{Pubkey: testPK, Source: source, Target: target, SigningRoot: root(r)}
}

func blk(slot uint64, r byte) Block { return Block{Pubkey: testPK, Slot: slot, SigningRoot: root(r)} }

// TestAttestationRules records a history, then checks one request: nil
// (allowed) or the rule that refuses it. Root 0 is an unknown signing root.
func TestAttestationRules(t *testing.T) {
	tests := []struct {
		name    string
		history []Attestation
		req     Attestation
		want    error
	}{
		{"first", nil, att(0, 0, 1), nil},
		{"source after target", nil, att(2, 1, 1), SourceAfterTarget},
		{"repeat", []Attestation{att(1, 2, 1)}, att(1, 2, 1), nil},
		{"double vote", []Attestation{att(1, 2, 1)}, att(1, 2, 2), DoubleVote},
		{"double vote, unknown new root", []Attestation{att(1, 2, 1)}, att(1, 2, 0), DoubleVote},
		{"double vote, unknown recorded root", []Attestation{att(1, 2, 0)}, att(1, 2, 0), DoubleVote},
		{"double vote, other source same root", []Attestation{att(1, 2, 1)}, att(0, 2, 1), DoubleVote},
		{"next", []Attestation{att(1, 2, 1)}, att(2, 3, 2), nil},
		{"same source", []Attestation{att(1, 2, 1)}, att(1, 3, 2), nil},
		{"surrounding", []Attestation{att(2, 3, 1), att(5, 6, 1)}, att(3, 7, 2), SurroundingVote},
		{"surrounded", []Attestation{att(2, 3, 1), att(2, 10, 1)}, att(3, 5, 2), SurroundedVote},
		{"out of order, safe", []Attestation{att(1, 2, 1), att(1, 5, 1)}, att(1, 3, 2), nil},
		{"out of order, surrounded", []Attestation{att(1, 2, 1), att(1, 5, 1)}, att(2, 4, 2), SurroundedVote},
		{"target at lowest", []Attestation{att(3, 5, 1), att(6, 7, 1)}, att(4, 5, 2), DoubleVote},
		{"target below lowest", []Attestation{att(3, 5, 1)}, att(3, 4, 2), BelowWatermark},
		{"source below lowest", []Attestation{att(3, 5, 1)}, att(2, 6, 2), BelowWatermark},
		{"evicted record cannot repeat", []Attestation{att(0, 1, 1), att(1, 2, 1), att(2, 3, 1), att(3, 4, 1), att(4, 5, 1)}, att(0, 1, 1), BelowWatermark},
		{"evicted source is a watermark", []Attestation{att(3, 4, 1), att(4, 5, 1), att(4, 6, 1), att(4, 7, 1), att(4, 8, 1)}, att(2, 9, 1), BelowWatermark},
		{"above the window's oldest", []Attestation{att(0, 1, 1), att(1, 2, 1), att(2, 3, 1), att(2, 8, 1), att(2, 9, 1)}, att(2, 4, 2), nil},
		{"other validator", []Attestation{att(1, 2, 1)}, Attestation{Pubkey: [48]byte{2}, Source: 1, Target: 2}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db := newTestDB(t)
			for i, err := range db.CheckAndRecordAttestations(tt.history) {
				if err != nil {
					t.Fatalf("history %d: %v", i, err)
				}
			}
			checked := db.CheckAttestations([]Attestation{tt.req})[0]
			err := db.CheckAndRecordAttestations([]Attestation{tt.req})[0]
			checkRule(t, err, tt.want)
			checkRule(t, checked, tt.want)
		})
	}
}

func TestBlockRules(t *testing.T) {
	tests := []struct {
		name    string
		history []Block
		req     Block
		want    error
	}{
		{"first", nil, blk(0, 1), nil},
		{"repeat", []Block{blk(10, 1)}, blk(10, 1), nil},
		{"double proposal", []Block{blk(10, 1)}, blk(10, 2), DoubleProposal},
		{"double proposal, unknown root", []Block{blk(10, 0)}, blk(10, 0), DoubleProposal},
		{"below lowest", []Block{blk(10, 1)}, blk(9, 1), BelowWatermark},
		{"next", []Block{blk(10, 1)}, blk(11, 1), nil},
		{"between", []Block{blk(10, 1), blk(20, 1)}, blk(15, 1), nil},
		{"evicted block cannot repeat", []Block{blk(1, 1), blk(2, 1), blk(3, 1), blk(4, 1), blk(5, 1)}, blk(1, 1), BelowWatermark},
		{"above the evicted", []Block{blk(1, 1), blk(2, 1), blk(3, 1), blk(7, 1), blk(8, 1)}, blk(5, 1), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db := newTestDB(t)
			for i, err := range db.CheckAndRecordBlocks(tt.history) {
				if err != nil {
					t.Fatalf("history %d: %v", i, err)
				}
			}
			checked := db.CheckBlocks([]Block{tt.req})[0]
			err := db.CheckAndRecordBlocks([]Block{tt.req})[0]
			checkRule(t, err, tt.want)
			checkRule(t, checked, tt.want)
		})
	}
}

func checkRule(t *testing.T, err, want error) {
	t.Helper()
	switch {
	case want == nil && err != nil:
		t.Fatalf("refused: %v", err)
	case want == nil:
	case !errors.Is(err, ErrSlashable) || !errors.Is(err, want):
		t.Fatalf("error %v, want %v", err, want)
	}
}

// TestBatchSeesEarlierRequests: a batch is checked in order, each request
// against the history and the requests before it.
func TestBatchSeesEarlierRequests(t *testing.T) {
	db := newTestDB(t)
	errs := db.CheckAndRecordAttestations([]Attestation{
		att(1, 2, 1), att(1, 2, 2), att(1, 2, 1), att(2, 3, 1), att(1, 4, 1),
	})
	want := []error{nil, DoubleVote, nil, nil, SurroundingVote}
	for i := range want {
		checkRule(t, errs[i], want[i])
	}
	// Nothing refused was recorded: (1,2,root 2) is still a double vote,
	// (2,3,root 1) a repeat, (1,4) surrounding.
	errs = db.CheckAttestations([]Attestation{att(1, 2, 2), att(2, 3, 1), att(1, 4, 1)})
	for i, want := range []error{DoubleVote, nil, SurroundingVote} {
		checkRule(t, errs[i], want)
	}
	if got := db.CheckAndRecordAttestations(nil); len(got) != 0 {
		t.Fatalf("empty batch: %v", got)
	}
}

// TestCheckRecordsNothing: the read-only checks leave the database as it was.
func TestCheckRecordsNothing(t *testing.T) {
	db := newTestDB(t)
	before := exportString(t, db)
	for _, err := range db.CheckAttestations([]Attestation{att(1, 2, 1), att(2, 3, 1)}) {
		checkRule(t, err, nil)
	}
	for _, err := range db.CheckBlocks([]Block{blk(5, 1)}) {
		checkRule(t, err, nil)
	}
	if exportString(t, db) != before {
		t.Fatal("a check recorded something")
	}
}

// TestErrorMessages: errors name the validator by a prefix, the rule and the
// conflicting record.
func TestErrorMessages(t *testing.T) {
	db := newTestDB(t)
	db.CheckAndRecordAttestations([]Attestation{att(2, 3, 0xab), att(4, 9, 1)})
	db.CheckAndRecordBlocks([]Block{blk(10, 0xcd)})
	tests := []struct {
		err  error
		want []string
	}{
		{db.CheckAttestations([]Attestation{att(2, 3, 1)})[0], []string{"0xa99a76ed7796…", "attestation source 2 target 3", "double vote", "source 2 target 3 with signing root 0xab00000000000000…"}},
		{db.CheckAttestations([]Attestation{att(3, 10, 1)})[0], []string{"surrounding vote", "surrounds attestation source 4 target 9"}},
		{db.CheckAttestations([]Attestation{att(5, 8, 1)})[0], []string{"surrounded vote", "surrounded by attestation source 4 target 9"}},
		{db.CheckAttestations([]Attestation{att(1, 4, 1)})[0], []string{"below watermark", "source 1 is below the lowest recorded source 2"}},
		{db.CheckAttestations([]Attestation{att(5, 4, 1)})[0], []string{"source after target"}},
		{db.CheckBlocks([]Block{blk(10, 1)})[0], []string{"block at slot 10", "double proposal", "slot 10 with signing root 0xcd00"}},
		{db.CheckBlocks([]Block{blk(9, 1)})[0], []string{"below watermark", "slot 9 is not above the lowest recorded slot 10"}},
	}
	for i, tt := range tests {
		if tt.err == nil {
			t.Fatalf("%d: allowed", i)
		}
		msg := tt.err.Error()
		for _, w := range tt.want {
			if !strings.Contains(msg, w) {
				t.Errorf("%d: %q does not contain %q", i, msg, w)
			}
		}
		if strings.Contains(msg, fmt.Sprintf("%x", testPK[:16])) {
			t.Errorf("%d: %q names the whole public key", i, msg)
		}
		var se *SlashableError
		if !errors.As(tt.err, &se) || se.Pubkey != testPK {
			t.Errorf("%d: not a *SlashableError for the validator: %#v", i, tt.err)
		}
	}
}

func TestLatestTargets(t *testing.T) {
	db := newTestDB(t)
	other := [48]byte{0xbb}
	for _, a := range []Attestation{att(1, 2, 1), att(2, 5, 2), att(5, 7, 3), att(5, 6, 4)} {
		if err := db.CheckAndRecordAttestations([]Attestation{a})[0]; err != nil {
			t.Fatal(err)
		}
	}
	got, err := db.LatestTargets([][48]byte{testPK, other})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[testPK] != 7 {
		t.Fatalf("latest targets %v, want only %x: 7", got, testPK[:2])
	}
}
