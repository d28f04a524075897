package node

import (
	"bytes"
	"encoding/json"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/keystake/keystake/keysplit"
	"github.com/keystake/keystake/operator"
	"github.com/keystake/keystake/tbls"
)

// reshared is a validator split among operators 1-4, then resplit to
// operators 1-3 and a newcomer, the new cluster superseding the old one:
// what a resharing that replaces operator 4 leaves on disk.
type reshared struct {
	old, new *fixture
	sk       *tbls.SecretKey
}

func newReshared(t *testing.T, seal bool) *reshared {
	t.Helper()
	sk := tbls.GenerateSecretKey()
	var ids []*operator.Identity
	for range 5 {
		id, err := operator.Generate()
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id)
	}
	old := splitFixture(t, sk, ids[:4], seal, nil)
	next := splitFixture(t, sk, []*operator.Identity{ids[0], ids[1], ids[2], ids[4]}, seal, old.def.Hash)
	return &reshared{old: old, new: next, sk: sk}
}

// sealedConfig configures operator i's sealed share by a glob pattern.
func (f *fixture) sealedConfig(i int) ClusterConfig {
	return ClusterConfig{
		Definition:   filepath.Join(f.dir, "cluster.json"),
		SealedShares: []string{filepath.Join(f.dir, strings.Replace(keysplit.SealedShareFile(i), ".hpke", "*.hpke", 1))},
	}
}

// shareFiles lists the share files of a cluster entry that exist.
func shareFiles(cc ClusterConfig) []string {
	var out []string
	for _, p := range sharePaths(cc) {
		if _, err := os.Stat(p); err == nil {
			out = append(out, p)
		}
	}
	return out
}

// logBuffer records log lines.
type logBuffer struct{ bytes.Buffer }

func (b *logBuffer) logger() *slog.Logger {
	return slog.New(slog.NewTextHandler(&b.Buffer, &slog.HandlerOptions{Level: slog.LevelDebug}))
}

func (b *logBuffer) count(msg string) int { return strings.Count(b.String(), `msg="`+msg) }

// TestSupersededSharesDeleted: an operator configured with a cluster and
// its resharing runs the new cluster only, deletes its old shares (and
// only those) once, and on the next start finds nothing more to delete.
func TestSupersededSharesDeleted(t *testing.T) {
	for _, seal := range []bool{false, true} {
		name := "keystores"
		if seal {
			name = "sealed shares"
		}
		t.Run(name, func(t *testing.T) {
			r := newReshared(t, seal)
			cfg := func(f *fixture, i int) ClusterConfig {
				if seal {
					return f.sealedConfig(i)
				}
				return f.config(i)
			}
			oldCC, newCC := cfg(r.old, 2), cfg(r.new, 2)
			oldFiles := shareFiles(oldCC)
			if len(oldFiles) == 0 {
				t.Fatal("the fixture has no old share files")
			}
			// Operator 3's old share sits beside operator 2's: not ours,
			// never deleted.
			others := shareFiles(cfg(r.old, 3))
			var logs logBuffer
			got, err := loadAndRetire([]ClusterConfig{oldCC, newCC}, r.old.ids[1], logs.logger())
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != 1 || !bytes.Equal(got[0].Definition.Hash, r.new.def.Hash) {
				t.Fatalf("running %d clusters, want the new one only", len(got))
			}
			if share := got[0].Duty.Validators[0].Share; share.PublicKey() != tbls.PublicKey(r.new.def.Validators[0].PublicShares[1]) {
				t.Fatal("the running share is not operator 2's new share")
			}
			if left := shareFiles(oldCC); len(left) != 0 {
				t.Fatalf("old share files left: %v", left)
			}
			if len(shareFiles(newCC)) == 0 || len(shareFiles(cfg(r.old, 3))) != len(others) {
				t.Fatal("files other than operator 2's old shares were deleted")
			}
			if n := logs.count("superseded cluster retired"); n != 1 {
				t.Fatalf("retirement logged %d times:\n%s", n, logs.String())
			}
			// Restart: the old entry is still configured, its files are gone.
			logs.Reset()
			got, err = loadAndRetire([]ClusterConfig{oldCC, newCC}, r.old.ids[1], logs.logger())
			if err != nil || len(got) != 1 {
				t.Fatalf("restart: %d clusters, %v", len(got), err)
			}
			if logs.count("superseded cluster retired") != 0 || logs.count("superseded cluster not run; its shares are already deleted") != 1 {
				t.Fatalf("restart logs:\n%s", logs.String())
			}
		})
	}
}

// TestSupersedeKeepsOldSharesOnFailure: nothing is deleted when the new
// cluster cannot be loaded and checked, or does not supersede the old one
// properly; both clusters of one validator are refused unless one
// supersedes the other.
func TestSupersedeKeepsOldSharesOnFailure(t *testing.T) {
	r := newReshared(t, false)
	unrelated := splitFixture(t, r.sk, r.new.ids, false, nil)
	lacking := splitFixture(t, tbls.GenerateSecretKey(), r.new.ids, false, r.old.def.Hash)
	twice := splitFixture(t, r.sk, r.new.ids, false, r.old.def.Hash)
	brokenNew := r.new.config(2)
	brokenNew.Shares[0].PasswordFile = r.new.config(3).Shares[0].PasswordFile
	cases := []struct {
		name string
		cfgs []ClusterConfig
		want string
	}{
		{"new share does not open", []ClusterConfig{r.old.config(2), brokenNew}, "wrong password"},
		{"new share missing", []ClusterConfig{r.old.config(2), {Definition: r.new.config(2).Definition}}, "no shares configured"},
		{"same validator, no supersedes", []ClusterConfig{r.old.config(2), unrelated.config(2)}, "is in both cluster"},
		{"supersedes without the validator", []ClusterConfig{r.old.config(2), lacking.config(2)}, "is missing from it"},
		{"superseded twice", []ClusterConfig{r.old.config(2), r.new.config(2), twice.config(2)}, "superseded by both"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			before := shareFiles(r.old.config(2))
			var logs logBuffer
			if _, err := loadAndRetire(c.cfgs, r.old.ids[1], logs.logger()); err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("got %v, want an error containing %q", err, c.want)
			}
			if after := shareFiles(r.old.config(2)); len(after) != len(before) || len(before) != 2 {
				t.Fatalf("old share files before %v, after %v", before, after)
			}
		})
	}
}

// TestSupersededHandedOver: the replaced operator, given the new cluster
// it is not a member of, deletes its old shares and has nothing to run;
// with another cluster configured, it runs that one.
func TestSupersededHandedOver(t *testing.T) {
	r := newReshared(t, false)
	leaving := r.old.ids[3]
	handedOver := ClusterConfig{Definition: r.new.config(1).Definition}
	var logs logBuffer
	_, err := loadAndRetire([]ClusterConfig{r.old.config(4), handedOver}, leaving, logs.logger())
	if err == nil || !strings.Contains(err.Error(), "no cluster left to run") {
		t.Fatalf("got %v, want no cluster left to run", err)
	}
	if left := shareFiles(r.old.config(4)); len(left) != 0 {
		t.Fatalf("the leaving operator's old shares are left: %v", left)
	}
	if logs.count("superseded cluster retired") != 1 {
		t.Fatalf("logs:\n%s", logs.String())
	}
	other := splitFixture(t, tbls.GenerateSecretKey(), r.old.ids, false, nil)
	got, err := loadAndRetire([]ClusterConfig{r.old.config(4), handedOver, other.config(4)}, leaving, logs.logger())
	if err != nil || len(got) != 1 || !bytes.Equal(got[0].Definition.Hash, other.def.Hash) {
		t.Fatalf("with another cluster: %d clusters, %v", len(got), err)
	}
	// A cluster that does not supersede a configured one still needs
	// this operator among its members.
	if _, err := LoadClusters([]ClusterConfig{handedOver}, leaving); err == nil || !strings.Contains(err.Error(), "not among its operators") {
		t.Fatalf("new cluster alone: %v", err)
	}
}

// TestSupersedeLeavesForeignFiles: a superseded cluster's entry that names
// files holding something other than this operator's old shares (here
// another operator's keystore, and a share the new cluster uses) leaves
// them in place; keystores without a pubkey are checked by decrypting them.
func TestSupersedeLeavesForeignFiles(t *testing.T) {
	for _, stripped := range []bool{false, true} {
		t.Run(map[bool]string{false: "by pubkey", true: "by decryption"}[stripped], func(t *testing.T) {
			r := newReshared(t, false)
			if stripped {
				for _, i := range []int{2, 3} {
					stripPubkey(t, r.old.config(i).Shares[0].Keystore)
				}
			}
			foreign := r.old.config(2)
			foreign.Shares = append(foreign.Shares, r.old.config(3).Shares...)
			foreign.Shares = append(foreign.Shares, r.new.config(2).Shares...)
			var logs logBuffer
			got, err := loadAndRetire([]ClusterConfig{foreign, r.new.config(2)}, r.old.ids[1], logs.logger())
			if err != nil || len(got) != 1 {
				t.Fatalf("%d clusters, %v", len(got), err)
			}
			if left := shareFiles(r.old.config(2)); len(left) != 0 {
				t.Fatalf("operator 2's old share left: %v", left)
			}
			if len(shareFiles(r.old.config(3))) != 2 || len(shareFiles(r.new.config(2))) != 2 {
				t.Fatal("a file that is not operator 2's old share was deleted")
			}
			if logs.count("file left in place: not a share of the superseded cluster") != 1 || logs.count("superseded share left in place: a running cluster uses this file") != 1 {
				t.Fatalf("logs:\n%s", logs.String())
			}
		})
	}
}

// stripPubkey removes the optional pubkey field of a keystore file.
func stripPubkey(t *testing.T, path string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	m["pubkey"] = ""
	if data, err = json.Marshal(m); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
}

// TestShred: the file's blocks are overwritten before it is removed (seen
// through a hard link, which keeps them).
func TestShred(t *testing.T) {
	dir := t.TempDir()
	path, link := filepath.Join(dir, "share.json"), filepath.Join(dir, "link")
	if err := os.WriteFile(path, []byte("secret share"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Link(path, link); err != nil {
		t.Skipf("no hard links here: %v", err)
	}
	if err := shred(path); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Fatalf("file still there: %v", err)
	}
	data, err := os.ReadFile(link)
	if err != nil || !bytes.Equal(data, make([]byte, len("secret share"))) {
		t.Fatalf("content left: %q, %v", data, err)
	}
	if err := shred(path); !os.IsNotExist(err) {
		t.Fatalf("shred of a missing file: %v", err)
	}
}
