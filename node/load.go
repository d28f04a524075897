package node

import (
	"crypto/ed25519"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"

	"github.com/attestantio/go-eth2-client/spec/phase0"

	"github.com/keystake/keystake/cluster"
	"github.com/keystake/keystake/duty"
	"github.com/keystake/keystake/keysplit"
	"github.com/keystake/keystake/keystore"
	"github.com/keystake/keystake/operator"
	"github.com/keystake/keystake/tbls"
)

// LoadedCluster is a cluster definition with this operator's shares.
type LoadedCluster struct {
	Definition *cluster.Definition
	Duty       *duty.Cluster
}

// LoadClusters loads every configured cluster that this operator runs and
// its shares, and checks that they fit together: the operator is a member,
// there is one share per validator, each share matches the public share
// the definition lists for this operator, and no validator is in two of
// them. A cluster superseded by another configured one (a resharing of it,
// see cluster.Definition.Supersedes) is not run and its shares are not
// read; nor is a superseding cluster this operator is not a member of (it
// handed its shares over).
func LoadClusters(cfgs []ClusterConfig, id *operator.Identity) ([]*LoadedCluster, error) {
	out, _, err := loadClusters(cfgs, id)
	return out, err
}

// loadAndRetire loads the clusters as LoadClusters does, then deletes this
// operator's shares of the superseded ones (see retire).
func loadAndRetire(cfgs []ClusterConfig, id *operator.Identity, log *slog.Logger) ([]*LoadedCluster, error) {
	out, entries, err := loadClusters(cfgs, id)
	if err != nil {
		return nil, err
	}
	retire(entries, id, log)
	if len(out) == 0 {
		return nil, errors.New("no cluster left to run: every configured cluster is superseded or handed over to other operators")
	}
	return out, nil
}

func loadClusters(cfgs []ClusterConfig, id *operator.Identity) ([]*LoadedCluster, []*entry, error) {
	entries, err := plan(cfgs, id)
	if err != nil {
		return nil, nil, err
	}
	var out []*LoadedCluster
	var paths []string
	for _, e := range entries {
		if e.by != nil || e.handsOver {
			continue
		}
		lc, err := loadCluster(e, id)
		if err != nil {
			return nil, nil, err
		}
		out = append(out, lc)
		paths = append(paths, e.cfg.Definition)
	}
	if err := checkDisjoint(out, paths); err != nil {
		return nil, nil, err
	}
	return out, entries, nil
}

func loadCluster(e *entry, id *operator.Identity) (*LoadedCluster, error) {
	cc, def := e.cfg, e.def
	if e.self == 0 {
		pub := id.Signing.Public().(ed25519.PublicKey)
		return nil, fmt.Errorf("cluster %s: this operator's identity key %x is not among its operators", cc.Definition, pub[:8])
	}
	if len(cc.Shares) == 0 && len(cc.SealedShares) == 0 {
		return nil, fmt.Errorf("cluster %s: no shares configured", cc.Definition)
	}
	shares, err := loadShares(cc, id)
	if err != nil {
		return nil, fmt.Errorf("cluster %s: %w", cc.Definition, err)
	}
	dc, err := dutyCluster(def, e.self, shares)
	if err != nil {
		return nil, fmt.Errorf("cluster %s: %w", cc.Definition, err)
	}
	return &LoadedCluster{Definition: def, Duty: dc}, nil
}

// loadedShare is a decrypted share and where it came from.
type loadedShare struct {
	key    *tbls.SecretKey
	source string
}

func loadShares(cc ClusterConfig, id *operator.Identity) ([]loadedShare, error) {
	var shares []loadedShare
	for _, s := range cc.Shares {
		sk, err := decryptShare(s)
		if err != nil {
			return nil, err
		}
		shares = append(shares, loadedShare{sk, s.Keystore})
	}
	paths, err := expand(cc.SealedShares)
	if err != nil {
		return nil, err
	}
	for _, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("read sealed share: %w", err)
		}
		sealed, err := keysplit.ParseSealedShare(data)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		sk, err := sealed.Open(id.Encryption)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		shares = append(shares, loadedShare{sk, path})
	}
	return shares, nil
}

// expand replaces glob patterns by the files they match; a pattern that
// matches nothing is an error.
func expand(patterns []string) ([]string, error) {
	var out []string
	for _, p := range patterns {
		matches, err := filepath.Glob(p)
		if err != nil {
			return nil, fmt.Errorf("sealed share pattern %s: %w", p, err)
		}
		if len(matches) == 0 {
			return nil, fmt.Errorf("sealed share %s: no such file", p)
		}
		out = append(out, matches...)
	}
	return out, nil
}

func decryptShare(s ShareConfig) (*tbls.SecretKey, error) {
	pw, err := os.ReadFile(s.PasswordFile)
	if err != nil {
		return nil, fmt.Errorf("read share password: %w", err)
	}
	ks, err := keystore.Load(s.Keystore)
	if err != nil {
		return nil, err
	}
	secret, err := ks.Decrypt(strings.TrimRight(string(pw), "\r\n"))
	if err != nil {
		return nil, fmt.Errorf("decrypt share %s: %w", s.Keystore, err)
	}
	defer clear(secret)
	return tbls.SecretKeyFromBytes(secret)
}

// dutyCluster matches each validator of def with its share.
func dutyCluster(def *cluster.Definition, self int, shares []loadedShare) (*duty.Cluster, error) {
	dc := &duty.Cluster{Threshold: def.Threshold, Self: self}
	copy(dc.Hash[:], def.Hash)
	for _, op := range def.Operators {
		if len(op.IdentityKey) != ed25519.PublicKeySize {
			return nil, fmt.Errorf("operator %d has no ed25519 identity key", op.Index)
		}
		dc.Members = append(dc.Members, ed25519.PublicKey(op.IdentityKey))
	}
	byPublic := make(map[tbls.PublicKey]int, len(shares))
	for i, s := range shares {
		byPublic[s.key.PublicKey()] = i
	}
	used := make([]bool, len(shares))
	for _, v := range def.Validators {
		dv := &duty.Validator{PublicShares: make(map[int]tbls.PublicKey)}
		copy(dv.Pubkey[:], v.PublicKey)
		copy(dv.FeeRecipient[:], v.FeeRecipient)
		for i, ps := range v.PublicShares {
			dv.PublicShares[i+1] = tbls.PublicKey(ps)
		}
		i, ok := byPublic[dv.PublicShares[self]]
		if !ok || used[i] {
			return nil, fmt.Errorf("no share for validator %s: none of the configured shares matches operator %d's public share", phase0.BLSPubKey(dv.Pubkey), self)
		}
		dv.Share, used[i] = shares[i].key, true
		dc.Validators = append(dc.Validators, dv)
	}
	for i, u := range used {
		if !u {
			return nil, fmt.Errorf("share %s does not match this operator's public share of any validator in the cluster", shares[i].source)
		}
	}
	if len(dc.Validators) == 0 {
		return nil, errors.New("no validators")
	}
	return dc, nil
}
