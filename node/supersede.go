package node

import (
	"bytes"
	"crypto/ed25519"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"strings"

	"github.com/keystake/keystake/cluster"
	"github.com/keystake/keystake/keysplit"
	"github.com/keystake/keystake/keystore"
	"github.com/keystake/keystake/operator"
)

// entry is one configured cluster with its verified definition.
type entry struct {
	cfg ClusterConfig
	def *cluster.Definition
	// self is this operator's index in def, 0 if it is not a member.
	self int
	// by is the configured cluster that supersedes this one, if any.
	by *entry
	// handsOver marks a cluster this operator is not a member of that
	// supersedes a configured one: this operator handed its shares over
	// and has nothing to run for it.
	handsOver bool
}

// plan reads every configured definition and works out which clusters
// are superseded by another configured one (its Supersedes is their hash).
// A superseding cluster must keep every validator of the one it replaces,
// and no cluster may be superseded twice.
func plan(cfgs []ClusterConfig, id *operator.Identity) ([]*entry, error) {
	entries := make([]*entry, 0, len(cfgs))
	byHash := make(map[string]*entry, len(cfgs))
	for _, cc := range cfgs {
		def, err := cluster.Load(cc.Definition)
		if err != nil {
			return nil, err
		}
		if prev, dup := byHash[string(def.Hash)]; dup {
			return nil, fmt.Errorf("cluster %s is configured twice (%s)", cc.Definition, prev.cfg.Definition)
		}
		e := &entry{cfg: cc, def: def, self: memberIndex(def, id)}
		byHash[string(def.Hash)] = e
		entries = append(entries, e)
	}
	for _, e := range entries {
		old := byHash[string(e.def.Supersedes)]
		if len(e.def.Supersedes) == 0 || old == nil {
			continue
		}
		if old.by != nil {
			return nil, fmt.Errorf("cluster %s is superseded by both %s and %s: keep only the one its operators agreed on", old.cfg.Definition, old.by.cfg.Definition, e.cfg.Definition)
		}
		if err := keepsValidators(old.def, e.def); err != nil {
			return nil, fmt.Errorf("cluster %s claims to supersede %s: %w", e.cfg.Definition, old.cfg.Definition, err)
		}
		old.by, e.handsOver = e, e.self == 0
	}
	return entries, nil
}

func memberIndex(def *cluster.Definition, id *operator.Identity) int {
	pub := id.Signing.Public().(ed25519.PublicKey)
	for _, op := range def.Operators {
		if bytes.Equal(op.IdentityKey, pub) {
			return op.Index
		}
	}
	return 0
}

// keepsValidators requires every validator of old to be in replacement.
func keepsValidators(old, replacement *cluster.Definition) error {
	have := make(map[string]bool, len(replacement.Validators))
	for _, v := range replacement.Validators {
		have[string(v.PublicKey)] = true
	}
	for _, v := range old.Validators {
		if !have[string(v.PublicKey)] {
			return fmt.Errorf("validator %s is missing from it", v.PublicKey)
		}
	}
	return nil
}

// checkDisjoint refuses two running clusters with a validator in common:
// two share sets of one validator would sign twice.
func checkDisjoint(active []*LoadedCluster, paths []string) error {
	seen := make(map[string]int)
	for i, lc := range active {
		for _, v := range lc.Definition.Validators {
			if j, dup := seen[string(v.PublicKey)]; dup {
				return fmt.Errorf("validator %s is in both cluster %s and cluster %s: run one of them (a reshared cluster records the cluster it supersedes)", v.PublicKey, paths[j], paths[i])
			}
			seen[string(v.PublicKey)] = i
		}
	}
	return nil
}

// retire deletes this operator's shares of every superseded cluster:
// share keystores and sealed shares that hold one of its public shares in
// that cluster, and the keystores' password files unless a running
// cluster uses them. Files that a running cluster uses, or that hold
// something else, are left alone with a warning. It runs only once every
// running cluster has been loaded and its shares checked, so the shares
// that replace the deleted ones are known to work. Each superseded cluster
// is logged once; a failure to delete is logged as an error, and the node
// still never uses the old shares.
func retire(entries []*entry, id *operator.Identity, log *slog.Logger) {
	inUse := make(map[string]bool)
	for _, e := range entries {
		if e.by == nil {
			for _, p := range sharePaths(e.cfg) {
				inUse[p] = true
			}
		}
	}
	for _, e := range entries {
		if e.by == nil {
			continue
		}
		attrs := []any{"cluster", e.def.Name, "cluster_hash", e.def.Hash.String(), "superseded_by", e.by.def.Hash.String()}
		if e.self == 0 {
			log.Info("superseded cluster not run; this operator held no shares in it", attrs...)
			continue
		}
		r := retirement{self: e.self, id: id, inUse: inUse, log: log.With(attrs...), public: publicShares(e.def, e.self)}
		r.run(e.cfg)
		switch {
		case r.failed > 0:
			log.Error("superseded cluster not run, but some of its shares could not be deleted", append(attrs, "deleted", r.deleted, "failed", r.failed)...)
		case r.deleted > 0:
			log.Warn("superseded cluster retired: its shares are deleted and the cluster that replaces it runs instead", append(attrs, "deleted_files", r.deleted)...)
		default:
			log.Info("superseded cluster not run; its shares are already deleted (remove it from the configuration)", attrs...)
		}
	}
}

// sharePaths lists the files of a cluster entry's shares: keystores,
// password files and the sealed shares its patterns match now.
func sharePaths(cc ClusterConfig) []string {
	var out []string
	for _, s := range cc.Shares {
		out = append(out, filepath.Clean(s.Keystore), filepath.Clean(s.PasswordFile))
	}
	for _, p := range cc.SealedShares {
		matches, _ := filepath.Glob(p)
		for _, m := range matches {
			out = append(out, filepath.Clean(m))
		}
	}
	return out
}

// publicShares is the set of operator self's public shares in def.
func publicShares(def *cluster.Definition, self int) map[string]bool {
	out := make(map[string]bool, len(def.Validators))
	for _, v := range def.Validators {
		out[string(v.PublicShares[self-1])] = true
	}
	return out
}

// retirement deletes one superseded cluster's shares.
type retirement struct {
	self   int
	id     *operator.Identity
	inUse  map[string]bool
	public map[string]bool
	log    *slog.Logger
	// deleted and failed count files.
	deleted, failed int
}

// run deletes the shares of the superseded cluster entry cc.
func (r *retirement) run(cc ClusterConfig) {
	for _, s := range cc.Shares {
		ks := filepath.Clean(s.Keystore)
		if !r.removeShare(ks, func(data []byte) error { return r.keystoreShare(data, s) }) {
			continue
		}
		if pw := filepath.Clean(s.PasswordFile); !r.inUse[pw] {
			r.remove(pw)
		}
	}
	for _, p := range cc.SealedShares {
		matches, _ := filepath.Glob(p)
		for _, m := range matches {
			r.removeShare(filepath.Clean(m), r.sealedShare)
		}
	}
}

// deletable removes path if it exists, no running cluster uses it, and
// check says it holds one of this operator's old shares. It reports
// whether the file is gone (or never was).
func (r *retirement) removeShare(path string, check func([]byte) error) bool {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return true
	}
	switch {
	case err != nil:
		r.log.Warn("superseded share left in place: unreadable", "file", path, "err", err)
		return false
	case r.inUse[path]:
		r.log.Warn("superseded share left in place: a running cluster uses this file", "file", path)
		return false
	}
	if err := check(data); err != nil {
		r.log.Warn("file left in place: not a share of the superseded cluster", "file", path, "err", err)
		return false
	}
	return r.remove(path)
}

func (r *retirement) remove(path string) bool {
	if err := shred(path); err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return true
		}
		r.log.Error("delete superseded share file", "file", path, "err", err)
		r.failed++
		return false
	}
	r.deleted++
	return true
}

// keystoreShare checks that data is a keystore of one of this operator's
// old public shares: by its pubkey field, or, for a keystore without one,
// by decrypting it with its configured password.
func (r *retirement) keystoreShare(data []byte, s ShareConfig) error {
	ks, err := keystore.Parse(data)
	if err != nil {
		return err
	}
	if ks.Pubkey == "" {
		sk, err := decryptShare(s)
		if err != nil {
			return err
		}
		defer sk.Zero()
		if pk := sk.PublicKey(); !r.public[string(pk[:])] {
			return fmt.Errorf("it holds none of operator %d's public shares", r.self)
		}
		return nil
	}
	pk, err := hex.DecodeString(strings.TrimPrefix(ks.Pubkey, "0x"))
	if err != nil || !r.public[string(pk)] {
		return fmt.Errorf("its pubkey %q is none of operator %d's public shares", ks.Pubkey, r.self)
	}
	return nil
}

// sealedShare checks that data is a share sealed to this operator and of
// one of its old public shares.
func (r *retirement) sealedShare(data []byte) error {
	s, err := keysplit.ParseSealedShare(data)
	if err != nil {
		return err
	}
	if !bytes.Equal(s.Recipient, r.id.Encryption.PublicKey()) || !r.public[string(s.PublicShare)] {
		return fmt.Errorf("it is not sealed to this operator or holds none of operator %d's public shares", r.self)
	}
	return nil
}

// shred overwrites a file with zeros, syncs it, removes it and syncs its
// directory, so that the old content is neither in the file nor, on
// filesystems that write in place, in the blocks it occupied.
func shred(path string) error {
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		return err
	}
	st, err := f.Stat()
	if err == nil {
		_, err = f.Write(make([]byte, st.Size()))
	}
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("overwrite %s: %w", path, err)
	}
	if err := os.Remove(path); err != nil {
		return fmt.Errorf("remove %s: %w", path, err)
	}
	dir, err := os.Open(filepath.Dir(path))
	if err != nil {
		return fmt.Errorf("sync directory of %s: %w", path, err)
	}
	defer dir.Close()
	if err := dir.Sync(); err != nil {
		return fmt.Errorf("sync directory of %s: %w", path, err)
	}
	return nil
}
