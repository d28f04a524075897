package dkg

import (
	"bytes"
	"strings"
	"testing"

	"github.com/keystake/keystake/operator"
	"github.com/keystake/keystake/tbls"
)

// reshareSetup runs a 3-of-4 DKG of two validators, then defines a
// resharing to operators 1, 2, 3 and a newcomer with threshold newT, and
// returns the definition, the participants' identities and shares being
// reshared (participant 5 is old operator 4, leaving), and the old cluster's
// validator keys.
func reshareSetup(t *testing.T, newT int, extra int) (*Definition, []*operator.Identity, [][]*tbls.SecretKey, [][]byte) {
	t.Helper()
	oldDef, oldIDs := testDefinition(t, 4, 3, 2)
	net := newTestNet(t, oldDef, oldIDs)
	net.run()
	checkOutcome(t, net, seq(1, 4))
	old := net.cs[0].Result().Cluster
	def := &Definition{Name: "reshared", Network: oldDef.Network, Threshold: newT, Validators: 2, Creator: 1, ReshareFrom: old}
	ids := []*operator.Identity{oldIDs[0], oldIDs[1], oldIDs[2]}
	for range 1 + extra {
		id, err := operator.Generate()
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id)
	}
	for i, id := range ids {
		op := id.Public("new-" + string(rune('a'+i)))
		op.Index = i + 1
		if i < 3 {
			op.ID = old.Operators[i].ID
		}
		def.Operators = append(def.Operators, op)
	}
	if err := def.Sign(ids[0].Signing); err != nil {
		t.Fatal(err)
	}
	ids = append(ids, oldIDs[3])
	shares := make([][]*tbls.SecretKey, len(ids))
	for p := range ids {
		if i := def.oldIndex(p + 1); i != 0 {
			shares[p] = net.cs[i-1].Result().Shares
		}
	}
	var keys [][]byte
	for _, v := range old.Validators {
		keys = append(keys, v.PublicKey)
	}
	return def, ids, shares, keys
}

func TestReshare(t *testing.T) {
	tests := []struct {
		name        string
		newT, extra int
	}{
		{"replace an operator, 3 of 4", 3, 0},
		{"grow to 5 of 7", 5, 3},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			def, ids, old, keys := reshareSetup(t, tc.newT, tc.extra)
			n := len(def.Operators)
			if len(ids) != n+1 || def.oldIndex(n+1) != 4 {
				t.Fatalf("participants: %d, last one's old index %d", len(ids), def.oldIndex(n+1))
			}
			net := newReshareNet(t, def, ids, old)
			net.run()
			for i, err := range net.errs {
				if err != nil {
					t.Fatalf("participant %d: %v", i+1, err)
				}
			}
			results := make([]*Result, n)
			for i := range n {
				results[i] = net.cs[i].Result()
			}
			// Dealers are the old operators 1, 2, 3 (participants 1-3) and
			// old operator 4 (participant n+1).
			checkResults(t, def, results, []int{1, 2, 3, n + 1})
			for v, val := range results[0].Cluster.Validators {
				if !bytes.Equal(val.PublicKey, keys[v]) {
					t.Fatalf("validator %d: key changed to %s", v, val.PublicKey)
				}
			}
			if got := results[0].Cluster.Supersedes; !bytes.Equal(got, def.ReshareFrom.Hash) {
				t.Fatalf("the reshared cluster supersedes %s, want the old cluster's hash %s", got, def.ReshareFrom.Hash)
			}
			leaving := net.cs[n].Result()
			if leaving == nil || len(leaving.Shares) != 0 || !bytes.Equal(leaving.ClusterJSON, results[0].ClusterJSON) {
				t.Fatal("the leaving operator did not see the same new cluster, or got shares")
			}
			// Old and new shares are of different polynomials: an old
			// share of operator 4 does not complete t-1 new ones.
			if tc.newT == 3 {
				mixed := map[int]*tbls.SecretKey{1: results[0].Shares[0], 2: results[1].Shares[0], 4: old[n][0]}
				sk, err := tbls.RecoverSecretKey(mixed)
				if err == nil && sk.PublicKey() == tbls.PublicKey(keys[0]) {
					t.Fatal("old and new shares combine")
				}
			}
		})
	}
}

// TestReshareDealerWithWrongConstant: dealer 2 deals polynomials that do
// not start at its share; it justifies the complaints with shares that do
// match its commitments, but is excluded all the same, and the others
// carry the resharing.
func TestReshareDealerWithWrongConstant(t *testing.T) {
	def, ids, old, keys := reshareSetup(t, 3, 0)
	net := newReshareNet(t, def, ids, old)
	net.cs[1].old = []*tbls.SecretKey{tbls.GenerateSecretKey(), tbls.GenerateSecretKey()}
	net.run()
	results := make([]*Result, 4)
	for i := range 4 {
		if net.errs[i] != nil {
			t.Fatalf("participant %d: %v", i+1, net.errs[i])
		}
		results[i] = net.cs[i].Result()
	}
	checkResults(t, def, results, []int{1, 3, 5})
	if reason := results[0].Excluded[2]; !strings.Contains(reason, "does not start at the dealer's share") {
		t.Fatalf("dealer 2 excluded for %q", reason)
	}
	if !bytes.Equal(results[0].Cluster.Validators[1].PublicKey, keys[1]) {
		t.Fatal("validator key changed")
	}
}

func TestReshareRejects(t *testing.T) {
	def, ids, old, _ := reshareSetup(t, 3, 0)
	tests := []struct {
		name string
		p    int
		old  []*tbls.SecretKey
		want string
	}{
		{"someone else's shares", 1, old[1], "is not operator 1's share"},
		{"shares for a newcomer", 4, old[0], "holds none"},
		{"too few shares", 2, old[1][:1], "1 shares given for the 2 validators"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := New(Config{Definition: def, Index: tc.p, Identity: ids[tc.p-1].Signing, Encryption: ids[tc.p-1].Encryption, OldShares: tc.old})
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %v, want %q", err, tc.want)
			}
		})
	}
	edited := *def
	edited.Validators = 3
	if err := edited.Sign(ids[0].Signing); err == nil || !strings.Contains(err.Error(), "the cluster has 2 validators") {
		t.Fatalf("validator count mismatch: %v", err)
	}
	edited = *def
	edited.DepositAmount = 32
	if err := edited.Sign(ids[0].Signing); err == nil || !strings.Contains(err.Error(), "makes no deposit") {
		t.Fatalf("deposit fields: %v", err)
	}
}
