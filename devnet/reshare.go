package devnet

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"errors"
	"fmt"
	"path/filepath"
	"slices"

	"github.com/keystake/keystake/cluster"
	"github.com/keystake/keystake/dkg"
	"github.com/keystake/keystake/node"
	"github.com/keystake/keystake/operator"
	"github.com/keystake/keystake/tbls"
)

// ReshareOptions describe a resharing of the devnet's cluster.
type ReshareOptions struct {
	// Remove lists the operators (indices in the current cluster) that
	// hand their shares over and leave.
	Remove []int
	// Operators is the size of the new cluster (default: the current
	// size); newcomers fill the places of the removed operators and any
	// more. Threshold defaults to 2f+1.
	Operators, Threshold int
}

// Reshare hands the devnet's validators over to a new operator set with a
// resharing ceremony (package dkg, over libp2p on loopback) among the
// current operators, which deal their shares, and the new ones, which
// receive new shares of the same validator keys. The operator nodes must
// be stopped.
//
// Afterwards Configs, MetricsAddrs, Operators and Threshold describe the
// new cluster: the operators kept, in their order, with their directories,
// data and addresses, then the newcomers (new operator-<k> directories).
// Each operator's outputs land in reshare-<r>/ in its directory. A kept
// operator's operator.yaml lists the old cluster and the new one, which
// supersedes it, so its node deletes its old shares when it starts; a
// removed operator's lists the new cluster without shares (handed over),
// and Removed lists its operator.yaml.
func (nw *Network) Reshare(ctx context.Context, opts ReshareOptions) error {
	cur, err := nw.current()
	if err != nil {
		return err
	}
	defer cur.zero()
	next, err := nw.nextOperators(cur, opts)
	if err != nil {
		return err
	}
	def := &dkg.Definition{
		Name: cur.def.Name, Network: cur.def.Network, Operators: next.ops, Threshold: opts.Threshold,
		Validators: len(cur.def.Validators), ReshareFrom: cur.def, Creator: 1,
	}
	if def.Threshold == 0 {
		def.Threshold = cluster.DefaultThreshold(len(next.ops))
	}
	if err := def.Sign(next.ids[0].Signing); err != nil {
		return fmt.Errorf("sign the resharing definition: %w", err)
	}
	ids, old := nw.participants(def, cur, next)
	results, err := ceremony(ctx, def, ids, old)
	if err != nil {
		return err
	}
	defer zeroResults(results)
	nw.reshares++
	return nw.writeReshare(def, cur, next, results)
}

// running is the current cluster, with every operator's configuration and
// shares.
type running struct {
	def     *cluster.Definition
	configs []*node.Config
	shares  [][]*tbls.SecretKey
}

func (r *running) zero() {
	for _, s := range r.shares {
		for _, sk := range s {
			sk.Zero()
		}
	}
}

// current loads every operator's configuration and its shares of the
// cluster it runs.
func (nw *Network) current() (*running, error) {
	r := &running{}
	for i, path := range nw.Configs {
		cfg, err := node.LoadConfig(path)
		if err != nil {
			return nil, err
		}
		lcs, err := node.LoadClusters(cfg.Clusters, nw.ids[i])
		if err != nil {
			return nil, fmt.Errorf("operator %d: %w", i+1, err)
		}
		if len(lcs) != 1 {
			return nil, fmt.Errorf("operator %d runs %d clusters, want 1", i+1, len(lcs))
		}
		if r.def == nil {
			r.def = lcs[0].Definition
		} else if !bytes.Equal(r.def.Hash, lcs[0].Definition.Hash) {
			return nil, fmt.Errorf("operator %d runs another cluster than operator 1", i+1)
		}
		var shares []*tbls.SecretKey
		for _, v := range lcs[0].Duty.Validators {
			shares = append(shares, v.Share)
		}
		r.configs, r.shares = append(r.configs, cfg), append(r.shares, shares)
	}
	return r, nil
}

// successor is the new operator set: the kept operators (by their old
// index) and the newcomers.
type successor struct {
	ops     []cluster.Operator
	ids     []*operator.Identity
	kept    []int
	removed []int
}

func (nw *Network) nextOperators(cur *running, opts ReshareOptions) (*successor, error) {
	n := len(cur.def.Operators)
	for _, i := range opts.Remove {
		if i < 1 || i > n {
			return nil, fmt.Errorf("remove operator %d: no such operator (1..%d)", i, n)
		}
	}
	s := &successor{}
	for _, op := range cur.def.Operators {
		if slices.Contains(opts.Remove, op.Index) {
			s.removed = append(s.removed, op.Index)
			continue
		}
		s.ids, s.kept = append(s.ids, nw.ids[op.Index-1]), append(s.kept, op.Index)
		op.Index = len(s.ops) + 1
		s.ops = append(s.ops, op)
	}
	if s.kept == nil {
		return nil, errors.New("every operator removed: the old operators deal their shares, and t of them must stay to take part")
	}
	size := opts.Operators
	if size == 0 {
		size = n
	}
	for len(s.ops) < size {
		id, err := operator.Generate()
		if err != nil {
			return nil, err
		}
		nw.created++
		op := id.Public(fmt.Sprintf("operator-%d", nw.created))
		op.Index = len(s.ops) + 1
		s.ops, s.ids = append(s.ops, op), append(s.ids, id)
	}
	return s, nil
}

// participants lists the ceremony's identities and old shares in
// participant order (def.Participants).
func (nw *Network) participants(def *dkg.Definition, cur *running, next *successor) ([]*operator.Identity, [][]*tbls.SecretKey) {
	all := append(slices.Clone(nw.ids), next.ids...)
	var ids []*operator.Identity
	var old [][]*tbls.SecretKey
	for _, p := range def.Participants() {
		var id *operator.Identity
		for _, c := range all {
			if bytes.Equal(c.Signing.Public().(ed25519.PublicKey), p.IdentityKey) {
				id = c
			}
		}
		var shares []*tbls.SecretKey
		for _, op := range cur.def.Operators {
			if bytes.Equal(op.IdentityKey, p.IdentityKey) {
				shares = cur.shares[op.Index-1]
			}
		}
		ids, old = append(ids, id), append(old, shares)
	}
	return ids, old
}

// seat is where a new operator lives: its directory, addresses and the
// clusters its operator.yaml listed before.
type seat struct {
	dir, metrics string
	listen       []string
	clusters     []node.ClusterConfig
}

// seats places the new operators: a kept operator keeps its directory and
// addresses, a newcomer gets a new directory and free ports.
func (nw *Network) seats(cur *running, next *successor) ([]seat, error) {
	ports, err := freePorts(2 * (len(next.ops) - len(next.kept)))
	if err != nil {
		return nil, err
	}
	out := make([]seat, len(next.ops))
	for j, op := range next.ops {
		if j < len(next.kept) {
			k := next.kept[j] - 1
			cfg := cur.configs[k]
			out[j] = seat{dir: filepath.Dir(nw.Configs[k]), metrics: cfg.MetricsAddr, listen: cfg.P2P.Listen, clusters: cfg.Clusters}
			continue
		}
		p := ports[2*(j-len(next.kept)):]
		out[j] = seat{dir: filepath.Join(nw.Dir, op.ID), metrics: fmt.Sprintf("127.0.0.1:%d", p[1]), listen: []string{fmt.Sprintf("/ip4/127.0.0.1/tcp/%d", p[0])}}
		if err := writeIdentity(out[j].dir, next.ids[j], op.ID); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// writeReshare writes every participant's outputs and operator.yaml and
// makes the network describe the new cluster.
func (nw *Network) writeReshare(def *dkg.Definition, cur *running, next *successor, results []*dkg.Result) error {
	seats, err := nw.seats(cur, next)
	if err != nil {
		return err
	}
	out := fmt.Sprintf("reshare-%d", nw.reshares)
	var peers []node.PeerConfig
	for j, op := range next.ops {
		peers = append(peers, node.PeerConfig{Identity: cluster.Bytes(op.IdentityKey).String(), Addrs: seats[j].listen})
	}
	var configs, metrics []string
	for j, s := range seats {
		cc, err := writeResult(results[j], s.dir, filepath.Join(s.dir, out))
		if err != nil {
			return err
		}
		path, err := nw.writeConfig(s.dir, append(slices.Clone(s.clusters), cc), peers, s.listen, s.metrics)
		if err != nil {
			return err
		}
		configs, metrics = append(configs, path), append(metrics, s.metrics)
	}
	for p := len(next.ops) + 1; p <= len(results); p++ {
		k := next.removed[p-len(next.ops)-1] - 1
		cfg, dir := cur.configs[k], filepath.Dir(nw.Configs[k])
		cc, err := writeResult(results[p-1], dir, filepath.Join(dir, out))
		if err != nil {
			return err
		}
		path, err := nw.writeConfig(dir, append(slices.Clone(cfg.Clusters), cc), cfg.P2P.Peers, cfg.P2P.Listen, cfg.MetricsAddr)
		if err != nil {
			return err
		}
		nw.Removed = append(nw.Removed, path)
	}
	nw.Configs, nw.MetricsAddrs, nw.ids = configs, metrics, next.ids
	nw.Operators, nw.Threshold = len(next.ops), def.Threshold
	return nil
}
