// Package devnet builds a local KeyStake network: a beacon node simulator,
// the key material and configuration of n operators, and one cluster of
// validators they run, made by splitting keys or by a DKG ceremony among
// the operators, and which a resharing can hand to another operator set. `keystake devnet` starts the operators as separate
// processes; tests run them in-process.
package devnet

import (
	"context"
	"encoding/hex"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/keystake/keystake/atomicfile"
	"github.com/keystake/keystake/beaconsim"
	"github.com/keystake/keystake/cluster"
	"github.com/keystake/keystake/dkg"
	"github.com/keystake/keystake/keysplit"
	"github.com/keystake/keystake/keystore"
	"github.com/keystake/keystake/node"
	"github.com/keystake/keystake/operator"
	"github.com/keystake/keystake/tbls"
)

// Options describe the network to build.
type Options struct {
	// Dir is where everything is written; it must not exist.
	Dir string
	// Operators (default 4) and Threshold (default 2f+1).
	Operators, Threshold int
	// Validators in the cluster (default 8).
	Validators int
	// SlotDuration (default 2 s) and SlotsPerEpoch (default 8).
	SlotDuration  time.Duration
	SlotsPerEpoch uint64
	// DKG creates the validators by a distributed key generation among
	// the operators (package dkg, over libp2p on loopback) instead of by
	// splitting keys made for the occasion.
	DKG bool
	// Links puts a proxy on every link between two operators, so that
	// tests can slow or cut them (Network.Links).
	Links bool
	// Builder has the simulator play a builder (blinded blocks) and the
	// operators register the validators with it every epoch.
	Builder bool
}

func (o *Options) defaults() {
	if o.Operators == 0 {
		o.Operators = 4
	}
	if o.Threshold == 0 {
		o.Threshold = cluster.DefaultThreshold(o.Operators)
	}
	if o.Validators == 0 {
		o.Validators = 8
	}
	if o.SlotDuration == 0 {
		o.SlotDuration = 2 * time.Second
	}
	if o.SlotsPerEpoch == 0 {
		o.SlotsPerEpoch = 8
	}
}

// Network is a built devnet.
type Network struct {
	Options
	// Sim is the running beacon node simulator.
	Sim *beaconsim.Sim
	// Observer sits between the operators and Sim and records what they
	// submit.
	Observer *Observer
	// BeaconURL is the observer's address, the operators' beacon node.
	BeaconURL string
	server    *http.Server
	// Configs are the operators' operator.yaml paths, by operator index-1.
	Configs []string
	// MetricsAddrs are the operators' metrics addresses.
	MetricsAddrs []string
	// Links are the proxies between operators (nil without Options.Links).
	Links *Links
	// Removed are the operator.yaml paths of operators a resharing
	// removed from the cluster (Reshare).
	Removed []string
	// CeremonyTime is how long the DKG ceremony took (Options.DKG).
	CeremonyTime time.Duration
	// ids are the operators' identities, by operator index-1.
	ids []*operator.Identity
	// created counts the operators ever created, for naming newcomers.
	created int
	// reshares counts the resharings done.
	reshares int
	// keys are the validators' (throwaway) secret keys, which tests use to
	// tell independently who aggregates (none with a DKG).
	keys []*tbls.SecretKey
}

// devKDF keeps devnet key files quick to open; they guard throwaway keys.
var devKDF = keystore.WithPBKDF2Params(1 << 12)

// Build writes the operators' keys, the cluster and the configurations into
// opts.Dir and starts the beacon node simulator (stopped by ctx or Close).
func Build(ctx context.Context, opts Options) (*Network, error) {
	opts.defaults()
	if _, err := os.Stat(opts.Dir); err == nil {
		return nil, fmt.Errorf("devnet directory %s already exists", opts.Dir)
	}
	ids, ops, err := identities(opts)
	if err != nil {
		return nil, err
	}
	m, err := newMaterial(ctx, opts, ids, ops)
	if err != nil {
		return nil, err
	}
	defer m.zero()
	simVals := make([]beaconsim.Validator, len(m.pubkeys))
	for i, pk := range m.pubkeys {
		simVals[i] = beaconsim.Validator{Pubkey: pk}
	}
	sim, err := beaconsim.New(beaconsim.Config{Validators: simVals, SlotDuration: opts.SlotDuration, SlotsPerEpoch: opts.SlotsPerEpoch, ValidatorProposals: true, Builder: opts.Builder})
	if err != nil {
		return nil, fmt.Errorf("create beacon node simulator: %w", err)
	}
	if err := sim.Start(ctx); err != nil {
		return nil, fmt.Errorf("start beacon node simulator: %w", err)
	}
	nw := &Network{Options: opts, Sim: sim, CeremonyTime: m.took, ids: ids, created: len(ids), keys: m.keys}
	if err := nw.observe(); err != nil {
		sim.Close()
		return nil, err
	}
	if err := nw.write(ids, ops, m); err != nil {
		nw.Close()
		return nil, err
	}
	m.keys = nil // the network keeps them (for tests) until Close
	return nw, nil
}

// observe starts the observer proxy in front of the simulator.
func (nw *Network) observe() error {
	obs, err := NewObserver(nw.Sim.URL(), nw.Sim.GenesisTime(), nw.Sim.SlotDuration())
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return fmt.Errorf("listen for the observer: %w", err)
	}
	nw.Observer, nw.BeaconURL = obs, "http://"+ln.Addr().String()
	nw.server = &http.Server{Handler: obs, ReadHeaderTimeout: 5 * time.Second}
	go nw.server.Serve(ln)
	return nil
}

// Close stops the observer, the links and the simulator.
func (nw *Network) Close() error {
	if nw.server != nil {
		nw.server.Close()
	}
	if nw.Links != nil {
		nw.Links.Close()
	}
	for _, sk := range nw.keys {
		sk.Zero()
	}
	return nw.Sim.Close()
}

// material is the validators' key material: keys to split, or the
// results of a DKG ceremony among the operators.
type material struct {
	keys    []*tbls.SecretKey
	results []*dkg.Result
	pubkeys []tbls.PublicKey
	// took is how long the ceremony took.
	took time.Duration
}

func newMaterial(ctx context.Context, opts Options, ids []*operator.Identity, ops []cluster.Operator) (*material, error) {
	m := &material{}
	if !opts.DKG {
		for range opts.Validators {
			sk := tbls.GenerateSecretKey()
			m.keys, m.pubkeys = append(m.keys, sk), append(m.pubkeys, sk.PublicKey())
		}
		return m, nil
	}
	start := time.Now()
	results, err := generate(ctx, opts, ids, ops)
	if err != nil {
		return nil, err
	}
	m.results, m.pubkeys, m.took = results, validatorKeys(results[0].Cluster), time.Since(start)
	return m, nil
}

// zero wipes the secrets.
func (m *material) zero() {
	for _, sk := range m.keys {
		sk.Zero()
	}
	zeroResults(m.results)
}

func identities(opts Options) ([]*operator.Identity, []cluster.Operator, error) {
	var ids []*operator.Identity
	var ops []cluster.Operator
	for i := 1; i <= opts.Operators; i++ {
		id, err := operator.Generate()
		if err != nil {
			return nil, nil, err
		}
		op := id.Public(fmt.Sprintf("operator-%d", i))
		op.Index = i
		ids, ops = append(ids, id), append(ops, op)
	}
	return ids, ops, nil
}

// write lays out the devnet directory:
//
//	cluster/            cluster.json and the sealed shares (split keys)
//	operator-<i>/       identity/, data/ and operator.yaml, and with a
//	                    DKG, dkg/: what the ceremony wrote for it
func (nw *Network) write(ids []*operator.Identity, ops []cluster.Operator, m *material) error {
	var clusters []node.ClusterConfig
	var err error
	if m.results != nil {
		clusters, err = nw.writeDKG(m.results)
	} else {
		clusters, err = nw.writeSplit(ops, m.keys)
	}
	if err != nil {
		return err
	}
	ports, err := freePorts(2 * len(ids))
	if err != nil {
		return err
	}
	listen := make([]string, len(ops))
	for i := range ops {
		listen[i] = fmt.Sprintf("127.0.0.1:%d", ports[2*i])
	}
	if nw.Options.Links {
		if nw.Links, err = newLinks(listen); err != nil {
			return err
		}
	}
	for i, id := range ids {
		// Operator i reaches the others directly or through its links.
		var peers []node.PeerConfig
		for j, op := range ops {
			addr := listen[j]
			if nw.Links != nil && j != i {
				addr = nw.Links.addr(i, j)
			}
			host, port, _ := strings.Cut(addr, ":")
			peers = append(peers, node.PeerConfig{
				Identity: "0x" + hex.EncodeToString(op.IdentityKey),
				Addrs:    []string{fmt.Sprintf("/ip4/%s/tcp/%s", host, port)},
			})
		}
		dir := filepath.Join(nw.Dir, fmt.Sprintf("operator-%d", i+1))
		if err := writeIdentity(dir, id, fmt.Sprintf("operator-%d", i+1)); err != nil {
			return err
		}
		metrics := fmt.Sprintf("127.0.0.1:%d", ports[2*i+1])
		path, err := nw.writeConfig(dir, []node.ClusterConfig{clusters[i]}, peers, peers[i].Addrs, metrics)
		if err != nil {
			return err
		}
		nw.Configs = append(nw.Configs, path)
		nw.MetricsAddrs = append(nw.MetricsAddrs, metrics)
	}
	return nil
}

// writeSplit splits the keys among the operators into cluster/ and returns
// each operator's cluster entry.
func (nw *Network) writeSplit(ops []cluster.Operator, keys []*tbls.SecretKey) ([]node.ClusterConfig, error) {
	gvr := nw.Sim.GenesisValidatorsRoot()
	network := devnetNetwork()
	network.GenesisValidatorsRoot = cluster.Bytes(gvr[:])
	req := keysplit.Request{
		Name:         "devnet",
		Network:      network,
		Operators:    ops,
		Threshold:    nw.Threshold,
		Seal:         true,
		FeeRecipient: make([]byte, 20),
	}
	_, files, err := keysplit.SplitAll(keys, req)
	if err != nil {
		return nil, err
	}
	if err := stageDir(filepath.Join(nw.Dir, "cluster"), files); err != nil {
		return nil, err
	}
	return splitConfigs(len(ops), len(keys)), nil
}

// splitConfigs returns each of n operators' cluster entry for the sealed
// shares of validators keys that writeSplit or WriteCluster wrote.
func splitConfigs(n, validators int) []node.ClusterConfig {
	var out []node.ClusterConfig
	for i := 1; i <= n; i++ {
		cc := node.ClusterConfig{Definition: "../cluster/cluster.json", SealedShares: []string{"../cluster/" + keysplit.SealedShareFile(i)}}
		if validators > 1 {
			cc.SealedShares = []string{fmt.Sprintf("../cluster/share-%d-*.hpke.json", i)}
		}
		out = append(out, cc)
	}
	return out
}

// writeIdentity writes an operator's identity keystores and their password
// into dir/identity.
func writeIdentity(dir string, id *operator.Identity, name string) error {
	files, err := id.Files(name, "devnet", devKDF)
	if err != nil {
		return err
	}
	files = append(files, atomicfile.File{Name: "identity.password", Data: []byte("devnet\n"), Mode: 0o600})
	return stageDir(filepath.Join(dir, "identity"), files)
}

// writeConfig writes dir/operator.yaml and returns its path.
func (nw *Network) writeConfig(dir string, clusters []node.ClusterConfig, peers []node.PeerConfig, listen []string, metrics string) (string, error) {
	return writeConfigFile(dir, &node.Config{
		DataDir:       "data",
		IdentityDir:   "identity",
		Clusters:      clusters,
		BeaconNodes:   []string{nw.BeaconURL},
		BeaconTimeout: max(nw.SlotDuration/2, 2*time.Second),
		P2P:           node.P2PConfig{Listen: listen, Peers: peers},
		MetricsAddr:   metrics,
		Builder:       nw.Builder,
	})
}

// writeConfigFile writes cfg as dir/operator.yaml and returns its path.
func writeConfigFile(dir string, cfg *node.Config) (string, error) {
	data, err := yaml.Marshal(cfg)
	if err != nil {
		return "", fmt.Errorf("encode operator.yaml: %w", err)
	}
	path := filepath.Join(dir, "operator.yaml")
	if err := atomicfile.WriteFile(path, data, 0o600); err != nil {
		return "", err
	}
	return path, nil
}

func stageDir(dir string, files []atomicfile.File) error {
	stage, err := atomicfile.NewStage(dir, false)
	if err != nil {
		return err
	}
	defer stage.Abort()
	return stage.CommitFiles(files)
}

// handedOut are the ports freePorts has returned in this process: a port
// given to an operator that is stopped for a while (a resharing restarts
// the kept ones) is free again for the kernel, but not for the devnet.
var handedOut = struct {
	sync.Mutex
	ports map[int]bool
}{ports: map[int]bool{}}

// freePorts asks the kernel for n free loopback TCP ports, none of them
// returned before.
func freePorts(n int) ([]int, error) {
	var ports []int
	var lns []net.Listener
	defer func() {
		for _, ln := range lns {
			ln.Close()
		}
	}()
	handedOut.Lock()
	defer handedOut.Unlock()
	for tries := 0; len(ports) < n; tries++ {
		if tries == 100*n {
			return nil, fmt.Errorf("find %d free ports: the kernel keeps returning ports already handed out", n)
		}
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return nil, fmt.Errorf("find a free port: %w", err)
		}
		lns = append(lns, ln) // held until all are found, so none repeats
		if port := ln.Addr().(*net.TCPAddr).Port; !handedOut.ports[port] {
			handedOut.ports[port] = true
			ports = append(ports, port)
		}
	}
	return ports, nil
}

// ClusterSpec is a cluster of operators to write for a running beacon node.
type ClusterSpec struct {
	// Dir is where the files go; it must not exist.
	Dir string
	// Operators and Threshold of the cluster.
	Operators, Threshold int
	// Keys are the validators' secret keys, split among the operators.
	Keys []*tbls.SecretKey
	// Network is the chain the validators are on.
	Network cluster.Network
	// FeeRecipient (20 bytes) of the validators' blocks.
	FeeRecipient []byte
	// BeaconURL is every operator's beacon node.
	BeaconURL string
	// BeaconTimeout bounds each beacon node call.
	BeaconTimeout time.Duration
	// Doppelganger sets doppelganger_protection; nil keeps the default (on).
	Doppelganger *bool
}

// Layout is a cluster's operators as WriteCluster wrote them.
type Layout struct {
	// Configs are the operators' operator.yaml paths, by operator index-1.
	Configs []string
	// MetricsAddrs are the operators' metrics addresses.
	MetricsAddrs []string
}

// WriteCluster creates spec.Operators operator identities, splits the keys
// among them (sealed shares) and lays out spec.Dir as a devnet's directory
// (cluster/, operator-<i>/), with free loopback ports for p2p and metrics.
func WriteCluster(spec ClusterSpec) (*Layout, error) {
	if _, err := os.Stat(spec.Dir); err == nil {
		return nil, fmt.Errorf("cluster directory %s already exists", spec.Dir)
	}
	ids, ops, err := identities(Options{Operators: spec.Operators})
	if err != nil {
		return nil, err
	}
	req := keysplit.Request{
		Name:         "devnet",
		Network:      spec.Network,
		Operators:    ops,
		Threshold:    spec.Threshold,
		Seal:         true,
		FeeRecipient: spec.FeeRecipient,
	}
	_, files, err := keysplit.SplitAll(spec.Keys, req)
	if err != nil {
		return nil, err
	}
	if err := stageDir(filepath.Join(spec.Dir, "cluster"), files); err != nil {
		return nil, err
	}
	ports, err := freePorts(2 * len(ids))
	if err != nil {
		return nil, err
	}
	var peers []node.PeerConfig
	for i, op := range ops {
		peers = append(peers, node.PeerConfig{
			Identity: "0x" + hex.EncodeToString(op.IdentityKey),
			Addrs:    []string{fmt.Sprintf("/ip4/127.0.0.1/tcp/%d", ports[2*i])},
		})
	}
	clusters := splitConfigs(len(ops), len(spec.Keys))
	var l Layout
	for i, id := range ids {
		name := fmt.Sprintf("operator-%d", i+1)
		dir := filepath.Join(spec.Dir, name)
		if err := writeIdentity(dir, id, name); err != nil {
			return nil, err
		}
		metrics := fmt.Sprintf("127.0.0.1:%d", ports[2*i+1])
		path, err := writeConfigFile(dir, &node.Config{
			DataDir:                "data",
			IdentityDir:            "identity",
			Clusters:               []node.ClusterConfig{clusters[i]},
			BeaconNodes:            []string{spec.BeaconURL},
			BeaconTimeout:          spec.BeaconTimeout,
			P2P:                    node.P2PConfig{Listen: peers[i].Addrs, Peers: peers},
			MetricsAddr:            metrics,
			DoppelgangerProtection: spec.Doppelganger,
		})
		if err != nil {
			return nil, err
		}
		l.Configs, l.MetricsAddrs = append(l.Configs, path), append(l.MetricsAddrs, metrics)
	}
	return &l, nil
}
