// Package devnet builds a local KeyStake network: a beacon node simulator,
// the key material and configuration of n operators, and one cluster of
// validators they run. `keystake devnet` starts the operators as separate
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
	"time"

	"gopkg.in/yaml.v3"

	"github.com/keystake/keystake/atomicfile"
	"github.com/keystake/keystake/beaconsim"
	"github.com/keystake/keystake/cluster"
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
	keys := make([]*tbls.SecretKey, opts.Validators)
	simVals := make([]beaconsim.Validator, opts.Validators)
	for i := range keys {
		keys[i] = tbls.GenerateSecretKey()
		simVals[i] = beaconsim.Validator{Pubkey: keys[i].PublicKey()}
	}
	sim, err := beaconsim.New(beaconsim.Config{Validators: simVals, SlotDuration: opts.SlotDuration, SlotsPerEpoch: opts.SlotsPerEpoch, ValidatorProposals: true})
	if err != nil {
		return nil, fmt.Errorf("create beacon node simulator: %w", err)
	}
	if err := sim.Start(ctx); err != nil {
		return nil, fmt.Errorf("start beacon node simulator: %w", err)
	}
	nw := &Network{Options: opts, Sim: sim}
	if err := nw.observe(); err != nil {
		sim.Close()
		return nil, err
	}
	if err := nw.write(keys); err != nil {
		nw.Close()
		return nil, err
	}
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

// Close stops the observer and the simulator.
func (nw *Network) Close() error {
	if nw.server != nil {
		nw.server.Close()
	}
	return nw.Sim.Close()
}

func identities(n int) ([]*operator.Identity, []cluster.Operator, error) {
	var ids []*operator.Identity
	var ops []cluster.Operator
	for i := 1; i <= n; i++ {
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

// Layout is a cluster's operators as WriteCluster wrote them.
type Layout struct {
	// Configs are the operators' operator.yaml paths, by operator index-1.
	Configs []string
	// MetricsAddrs are the operators' metrics addresses.
	MetricsAddrs []string
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

// WriteCluster creates spec.Operators operator identities, splits the keys
// among them (sealed shares) and lays out spec.Dir:
//
//	cluster/            cluster.json and the sealed shares
//	operator-<i>/       identity/, data/ and operator.yaml
//
// with free loopback ports for p2p and metrics.
func WriteCluster(spec ClusterSpec) (*Layout, error) {
	if _, err := os.Stat(spec.Dir); err == nil {
		return nil, fmt.Errorf("cluster directory %s already exists", spec.Dir)
	}
	ids, ops, err := identities(spec.Operators)
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
	var l Layout
	for i, id := range ids {
		path, metrics, err := writeOperator(spec, i+1, id, peers, ports[2*i+1])
		if err != nil {
			return nil, err
		}
		l.Configs, l.MetricsAddrs = append(l.Configs, path), append(l.MetricsAddrs, metrics)
	}
	return &l, nil
}

// write lays out the devnet directory with WriteCluster.
func (nw *Network) write(keys []*tbls.SecretKey) error {
	gvr := nw.Sim.GenesisValidatorsRoot()
	l, err := WriteCluster(ClusterSpec{
		Dir:           nw.Dir,
		Operators:     nw.Operators,
		Threshold:     nw.Threshold,
		Keys:          keys,
		Network:       cluster.Network{Name: "devnet", ForkVersion: cluster.Bytes(beaconsim.DefaultForkVersions.Genesis[:]), GenesisValidatorsRoot: cluster.Bytes(gvr[:])},
		FeeRecipient:  make([]byte, 20),
		BeaconURL:     nw.BeaconURL,
		BeaconTimeout: max(nw.SlotDuration/2, 2*time.Second),
	})
	if err != nil {
		return err
	}
	nw.Configs, nw.MetricsAddrs = l.Configs, l.MetricsAddrs
	return nil
}

func writeOperator(spec ClusterSpec, i int, id *operator.Identity, peers []node.PeerConfig, metricsPort int) (path, metrics string, err error) {
	dir := filepath.Join(spec.Dir, fmt.Sprintf("operator-%d", i))
	files, err := id.Files(fmt.Sprintf("operator-%d", i), "devnet", devKDF)
	if err != nil {
		return "", "", err
	}
	files = append(files, atomicfile.File{Name: "identity.password", Data: []byte("devnet\n"), Mode: 0o600})
	if err := stageDir(filepath.Join(dir, "identity"), files); err != nil {
		return "", "", err
	}
	cc := node.ClusterConfig{Definition: "../cluster/cluster.json", SealedShares: []string{"../cluster/" + keysplit.SealedShareFile(i)}}
	if len(spec.Keys) > 1 {
		cc.SealedShares = []string{fmt.Sprintf("../cluster/share-%d-*.hpke.json", i)}
	}
	metrics = fmt.Sprintf("127.0.0.1:%d", metricsPort)
	cfg := node.Config{
		DataDir:                "data",
		IdentityDir:            "identity",
		Clusters:               []node.ClusterConfig{cc},
		BeaconNodes:            []string{spec.BeaconURL},
		BeaconTimeout:          spec.BeaconTimeout,
		P2P:                    node.P2PConfig{Listen: peers[i-1].Addrs, Peers: peers},
		MetricsAddr:            metrics,
		DoppelgangerProtection: spec.Doppelganger,
	}
	data, err := yaml.Marshal(&cfg)
	if err != nil {
		return "", "", fmt.Errorf("encode operator.yaml: %w", err)
	}
	path = filepath.Join(dir, "operator.yaml")
	if err := atomicfile.WriteFile(path, data, 0o600); err != nil {
		return "", "", err
	}
	return path, metrics, nil
}

func stageDir(dir string, files []atomicfile.File) error {
	stage, err := atomicfile.NewStage(dir, false)
	if err != nil {
		return err
	}
	defer stage.Abort()
	return stage.CommitFiles(files)
}

// freePorts asks the kernel for n free loopback TCP ports.
func freePorts(n int) ([]int, error) {
	var ports []int
	var lns []net.Listener
	defer func() {
		for _, ln := range lns {
			ln.Close()
		}
	}()
	for range n {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return nil, fmt.Errorf("find a free port: %w", err)
		}
		lns = append(lns, ln)
		ports = append(ports, ln.Addr().(*net.TCPAddr).Port)
	}
	return ports, nil
}
