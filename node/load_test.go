package node

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/keystake/keystake/cluster"
	"github.com/keystake/keystake/keysplit"
	"github.com/keystake/keystake/keystore"
	"github.com/keystake/keystake/operator"
	"github.com/keystake/keystake/tbls"
)

// fixture is a split 3-of-4 validator whose operators have identities,
// written to a directory.
type fixture struct {
	dir string
	ids []*operator.Identity
	def *cluster.Definition
}

func newFixture(t *testing.T, seal bool) *fixture {
	t.Helper()
	var ids []*operator.Identity
	for range 4 {
		id, err := operator.Generate()
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id)
	}
	return splitFixture(t, tbls.GenerateSecretKey(), ids, seal, nil)
}

// splitFixture splits sk 3-of-4 among ids; with supersedes set, the
// cluster records that it replaces the cluster of that hash, as a
// resharing's does.
func splitFixture(t *testing.T, sk *tbls.SecretKey, ids []*operator.Identity, seal bool, supersedes []byte) *fixture {
	t.Helper()
	f := &fixture{dir: t.TempDir(), ids: ids}
	req := keysplit.Request{
		Name: "test", Network: cluster.Network{Name: "hoodi", ForkVersion: cluster.Bytes{0x10, 0, 9, 0x10}},
		Threshold: 3, FeeRecipient: make([]byte, 20), Seal: seal,
		KeystoreOptions: []keystore.Option{keystore.WithScryptParams(1<<10, 8, 1)},
	}
	for i, id := range ids {
		op := id.Public(fmt.Sprintf("op-%d", i+1))
		op.Index = i + 1
		req.Operators = append(req.Operators, op)
	}
	def, files, err := keysplit.Split(sk, req)
	if err != nil {
		t.Fatal(err)
	}
	for _, file := range files {
		if err := os.WriteFile(filepath.Join(f.dir, file.Name), file.Data, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	if supersedes != nil {
		def.Supersedes = supersedes
		if err := def.Finalize(); err != nil {
			t.Fatal(err)
		}
		if err := def.Save(filepath.Join(f.dir, "cluster.json")); err != nil {
			t.Fatal(err)
		}
	}
	f.def = def
	return f
}

func (f *fixture) config(i int) ClusterConfig {
	return ClusterConfig{
		Definition: filepath.Join(f.dir, "cluster.json"),
		Shares:     []ShareConfig{{Keystore: filepath.Join(f.dir, keysplit.ShareFile(i)), PasswordFile: filepath.Join(f.dir, keysplit.PasswordFile(i))}},
	}
}

func TestLoadClusters(t *testing.T) {
	f := newFixture(t, false)
	got, err := LoadClusters([]ClusterConfig{f.config(2)}, f.ids[1])
	if err != nil {
		t.Fatal(err)
	}
	dc := got[0].Duty
	if dc.Self != 2 || dc.Threshold != 3 || len(dc.Members) != 4 || len(dc.Validators) != 1 {
		t.Fatalf("loaded %+v", dc)
	}
	if pk := dc.Validators[0].Share.PublicKey(); pk != dc.Validators[0].PublicShares[2] {
		t.Fatal("share is not operator 2's")
	}
}

func TestLoadSealed(t *testing.T) {
	f := newFixture(t, true)
	cc := ClusterConfig{Definition: filepath.Join(f.dir, "cluster.json"), SealedShares: []string{filepath.Join(f.dir, keysplit.SealedShareFile(3))}}
	if _, err := LoadClusters([]ClusterConfig{cc}, f.ids[2]); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadClusters([]ClusterConfig{cc}, f.ids[1]); err == nil {
		t.Fatal("operator 2 opened operator 3's sealed share")
	}
}

func TestLoadRejects(t *testing.T) {
	f := newFixture(t, false)
	other := newFixture(t, false)
	stranger, _ := operator.Generate()
	edited := filepath.Join(t.TempDir(), "cluster.json")
	data, _ := os.ReadFile(filepath.Join(f.dir, "cluster.json"))
	if err := os.WriteFile(edited, []byte(strings.Replace(string(data), `"name": "test"`, `"name": "edit"`, 1)), 0o600); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		cfgs []ClusterConfig
		id   *operator.Identity
		want string
	}{
		{"not a member", []ClusterConfig{f.config(1)}, stranger, "not among its operators"},
		{"another operator's share", []ClusterConfig{f.config(2)}, f.ids[0], "no share for validator"},
		{"share of another cluster", []ClusterConfig{{Definition: f.config(1).Definition, Shares: other.config(1).Shares}}, f.ids[0], "no share for validator"},
		{"extra share", []ClusterConfig{{Definition: f.config(1).Definition, Shares: append(f.config(1).Shares, f.config(2).Shares...)}}, f.ids[0], "does not match"},
		{"edited definition", []ClusterConfig{{Definition: edited, Shares: f.config(1).Shares}}, f.ids[0], "hash does not match"},
		{"wrong password", []ClusterConfig{{Definition: f.config(1).Definition, Shares: []ShareConfig{{Keystore: f.config(1).Shares[0].Keystore, PasswordFile: f.config(2).Shares[0].PasswordFile}}}}, f.ids[0], "wrong password"},
		{"configured twice", []ClusterConfig{f.config(1), f.config(1)}, f.ids[0], "configured twice"},
	}
	for _, c := range cases {
		if _, err := LoadClusters(c.cfgs, c.id); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: got %v, want an error containing %q", c.name, err, c.want)
		}
	}
}

func TestLoadConfig(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "operator.yaml")
	yaml := `data_dir: data
identity_dir: id
clusters:
  - definition: c/cluster.json
    shares:
      - {keystore: c/share-1.json, password_file: c/share-1.password}
beacon_nodes: [http://127.0.0.1:5052]
p2p:
  listen: [/ip4/127.0.0.1/tcp/9000]
`
	if err := os.WriteFile(path, []byte(yaml), 0o600); err != nil {
		t.Fatal(err)
	}
	cfg, err := LoadConfig(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := cfg.Validate(); err != nil {
		t.Fatal(err)
	}
	if cfg.Clusters[0].Shares[0].Keystore != filepath.Join(dir, "c/share-1.json") || cfg.DataDir != filepath.Join(dir, "data") {
		t.Fatalf("paths not resolved: %+v", cfg)
	}
	if err := os.WriteFile(path, []byte(yaml+"unknown_key: 1\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadConfig(path); err == nil {
		t.Fatal("unknown key accepted")
	}
	if err := (&Config{}).Validate(); err == nil || !strings.Contains(err.Error(), "data_dir") {
		t.Fatalf("empty config: %v", err)
	}
}

func TestLoadSealedGlob(t *testing.T) {
	f := newFixture(t, true)
	cc := ClusterConfig{Definition: filepath.Join(f.dir, "cluster.json"), SealedShares: []string{filepath.Join(f.dir, "share-3*.hpke.json")}}
	if _, err := LoadClusters([]ClusterConfig{cc}, f.ids[2]); err != nil {
		t.Fatal(err)
	}
	cc.SealedShares = []string{filepath.Join(f.dir, "nothing-*.json")}
	if _, err := LoadClusters([]ClusterConfig{cc}, f.ids[2]); err == nil || !strings.Contains(err.Error(), "no such file") {
		t.Fatalf("pattern matching nothing: %v", err)
	}
}
