package devnet

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/keystake/keystake/cluster"
	"github.com/keystake/keystake/internal/blstcheck"
	"github.com/keystake/keystake/node"
	"github.com/keystake/keystake/operator"
	"github.com/keystake/keystake/tbls"
)

// clusterShares loads an operator's shares of the cluster entry at
// position entry of its operator.yaml (the last one if entry < 0), one per
// validator in the cluster's order, with the cluster.
func clusterShares(t *testing.T, path string, id *operator.Identity, entry int) ([]*tbls.SecretKey, *cluster.Definition) {
	t.Helper()
	cfg, err := node.LoadConfig(path)
	if err != nil {
		t.Fatal(err)
	}
	if entry < 0 {
		entry = len(cfg.Clusters) - 1
	}
	lcs, err := node.LoadClusters(cfg.Clusters[entry:entry+1], id)
	if err != nil {
		t.Fatal(err)
	}
	var out []*tbls.SecretKey
	for _, v := range lcs[0].Duty.Validators {
		out = append(out, v.Share)
	}
	return out, lcs[0].Definition
}

// existing lists the share files of the first cluster entry of an
// operator.yaml that still exist.
func existing(t *testing.T, path string) []string {
	t.Helper()
	cfg, err := node.LoadConfig(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, s := range cfg.Clusters[0].Shares {
		for _, p := range []string{s.Keystore, s.PasswordFile} {
			if _, err := os.Stat(p); err == nil {
				out = append(out, p)
			}
		}
	}
	return out
}

// recoverVerifies signs msg with each share (keyed by its index in the
// signing set), recovers the signature and reports whether blst accepts it
// under the validator key pk.
func recoverVerifies(t *testing.T, pk tbls.PublicKey, msg []byte, shares map[int]*tbls.SecretKey) bool {
	t.Helper()
	partials := make(map[int]tbls.Signature, len(shares))
	for i, sk := range shares {
		partials[i] = sk.Sign(msg)
	}
	sig, err := tbls.RecoverSignature(partials)
	if err != nil {
		t.Fatal(err)
	}
	return blstcheck.Verify(pk[:], msg, sig[:]) == nil
}

// TestDevnetDKGAndReshare: the validators of a devnet made by a DKG
// ceremony attest and propose with every signature accepted by the
// simulator; the cluster is then reshared to replace operator 4, and the
// new cluster (operators 1-3 and a newcomer) does the same, while the kept
// operators' nodes delete their superseded shares. The replaced operator's
// old share no longer counts toward the threshold: with two new shares it
// recovers no valid signature, where three new shares do (checked with
// blst). Three old shares still do, which is why they are deleted.
func TestDevnetDKGAndReshare(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a network for several epochs")
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	nw, err := Build(ctx, Options{Dir: filepath.Join(t.TempDir(), "devnet"), DKG: true, Validators: 6, SlotDuration: 2 * time.Second, SlotsPerEpoch: 4})
	if err != nil {
		t.Fatal(err)
	}
	defer nw.Close()
	t.Logf("DKG of %d validators among %d operators: %v", nw.Validators, nw.Operators, nw.CeremonyTime)
	ops := &operators{nw: nw, cancels: map[int]context.CancelFunc{}}
	for i := range nw.Configs {
		ops.start(t, i)
	}
	waitReady(t, nw)
	checkEpoch(t, nw, nextEpoch(nw), "DKG cluster")
	ops.stopAll()

	oldConfigs := append([]string(nil), nw.Configs...)
	oldShares := make([][]*tbls.SecretKey, 4)
	var old *cluster.Definition
	for i, path := range oldConfigs {
		oldShares[i], old = clusterShares(t, path, nw.ids[i], 0)
	}
	removedID := nw.ids[3]
	start := time.Now()
	if err := nw.Reshare(ctx, ReshareOptions{Remove: []int{4}}); err != nil {
		t.Fatal(err)
	}
	t.Logf("resharing to operators 1-3 and a newcomer: %v", time.Since(start))
	if nw.Operators != 4 || nw.Threshold != 3 || len(nw.Removed) != 1 || nw.Removed[0] != oldConfigs[3] {
		t.Fatalf("after resharing: %d operators, threshold %d, removed %v", nw.Operators, nw.Threshold, nw.Removed)
	}
	ops = &operators{nw: nw, cancels: map[int]context.CancelFunc{}}
	for i := range nw.Configs {
		ops.start(t, i)
	}
	defer ops.stopAll()
	waitReady(t, nw)
	for i := range 3 {
		if left := existing(t, oldConfigs[i]); len(left) != 0 {
			t.Errorf("operator %d kept its superseded shares: %v", i+1, left)
		}
	}
	checkEpoch(t, nw, nextEpoch(nw), "reshared cluster")
	if s := nw.Sim.Slashings(); len(s) != 0 {
		t.Fatalf("slashable attestations: %+v", s)
	}

	newShares := make([][]*tbls.SecretKey, 4)
	var reshared *cluster.Definition
	for i, path := range nw.Configs {
		newShares[i], reshared = clusterShares(t, path, nw.ids[i], -1)
	}
	if !bytes.Equal(reshared.Supersedes, old.Hash) {
		t.Fatalf("the new cluster supersedes %s, not the old one %s", reshared.Supersedes, old.Hash)
	}
	if removed, _ := clusterShares(t, oldConfigs[3], removedID, 0); !removed[0].Equal(oldShares[3][0]) {
		t.Fatal("the removed operator's old share changed")
	}
	msg := []byte("a message the cluster never agreed on")
	for v, val := range reshared.Validators {
		pk := tbls.PublicKey(val.PublicKey)
		if !recoverVerifies(t, pk, msg, map[int]*tbls.SecretKey{1: newShares[0][v], 2: newShares[1][v], 3: newShares[2][v]}) {
			t.Fatalf("validator %d: three new shares do not sign", v)
		}
		if recoverVerifies(t, pk, msg, map[int]*tbls.SecretKey{1: newShares[0][v], 2: newShares[1][v], 4: oldShares[3][v]}) {
			t.Fatalf("validator %d: the replaced operator's old share completes two new ones", v)
		}
		if !recoverVerifies(t, pk, msg, map[int]*tbls.SecretKey{1: oldShares[0][v], 2: oldShares[1][v], 4: oldShares[3][v]}) {
			t.Fatalf("validator %d: three old shares do not sign", v)
		}
	}
}

// TestDevnetReshareGrow: a DKG cluster of 4 reshared to 7 operators
// (threshold 5), operator 4 replaced and three more added, attests and
// proposes with everything accepted; the kept operators delete their
// superseded shares, the removed one, whose node does not run, keeps its
// files.
func TestDevnetReshareGrow(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a network of 7 operators for an epoch")
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	nw, err := Build(ctx, Options{Dir: filepath.Join(t.TempDir(), "devnet"), DKG: true, Validators: 4, SlotDuration: 2 * time.Second, SlotsPerEpoch: 4})
	if err != nil {
		t.Fatal(err)
	}
	defer nw.Close()
	oldConfigs := append([]string(nil), nw.Configs...)
	start := time.Now()
	if err := nw.Reshare(ctx, ReshareOptions{Remove: []int{4}, Operators: 7}); err != nil {
		t.Fatal(err)
	}
	t.Logf("resharing 4 -> 7: %v", time.Since(start))
	if nw.Operators != 7 || nw.Threshold != 5 || len(nw.Configs) != 7 {
		t.Fatalf("after resharing: %d operators, threshold %d", nw.Operators, nw.Threshold)
	}
	ops := &operators{nw: nw, cancels: map[int]context.CancelFunc{}}
	for i := range nw.Configs {
		ops.start(t, i)
	}
	defer ops.stopAll()
	waitReady(t, nw)
	for i := range 3 {
		if left := existing(t, oldConfigs[i]); len(left) != 0 {
			t.Errorf("operator %d kept its superseded shares: %v", i+1, left)
		}
	}
	if left := existing(t, oldConfigs[3]); len(left) != 2*nw.Validators {
		t.Errorf("the removed operator, not running, has %d share files, want %d", len(left), 2*nw.Validators)
	}
	checkEpoch(t, nw, nextEpoch(nw), "reshared to 7 operators")
}

// TestReshareSplitDevnet reshares a devnet whose keys were split (sealed
// shares) without running it: every new operator's configuration loads
// the new cluster, which keeps the validator keys and supersedes the old
// one; the removed operator's lists the new cluster without shares. Bad
// requests are refused before any ceremony.
func TestReshareSplitDevnet(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	nw, err := Build(ctx, Options{Dir: filepath.Join(t.TempDir(), "devnet"), Validators: 2})
	if err != nil {
		t.Fatal(err)
	}
	defer nw.Close()
	for _, tc := range []struct {
		opts ReshareOptions
		want string
	}{
		{ReshareOptions{Remove: []int{5}}, "no such operator"},
		{ReshareOptions{Remove: []int{1, 2, 3, 4}}, "every operator removed"},
	} {
		if err := nw.Reshare(ctx, tc.opts); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Fatalf("%+v: got %v, want %q", tc.opts, err, tc.want)
		}
	}
	_, old := clusterShares(t, nw.Configs[1], nw.ids[1], 0)
	removedID := nw.ids[1]
	if err := nw.Reshare(ctx, ReshareOptions{Remove: []int{2}}); err != nil {
		t.Fatal(err)
	}
	for i, path := range nw.Configs {
		shares, def := clusterShares(t, path, nw.ids[i], -1)
		if !bytes.Equal(def.Supersedes, old.Hash) || len(shares) != 2 {
			t.Fatalf("operator %d: cluster supersedes %s with %d shares", i+1, def.Supersedes, len(shares))
		}
		for v, val := range def.Validators {
			if !bytes.Equal(val.PublicKey, old.Validators[v].PublicKey) {
				t.Fatalf("validator %d's key changed", v)
			}
		}
		if i < 3 && len(mustConfig(t, path).Clusters) != 2 {
			t.Fatalf("kept operator %d does not list the old cluster beside the new one", i+1)
		}
	}
	removed := mustConfig(t, nw.Removed[0])
	if len(removed.Clusters) != 2 || len(removed.Clusters[1].Shares) != 0 {
		t.Fatalf("the removed operator's clusters: %+v", removed.Clusters)
	}
	if lcs, err := node.LoadClusters(removed.Clusters, removedID); err != nil || len(lcs) != 0 {
		t.Fatalf("the removed operator runs %d clusters, %v", len(lcs), err)
	}
}

func mustConfig(t *testing.T, path string) *node.Config {
	t.Helper()
	cfg, err := node.LoadConfig(path)
	if err != nil {
		t.Fatal(err)
	}
	return cfg
}
