package realnet

import (
	"context"
	"encoding/hex"
	"fmt"
	"io"
	"net"
	"net/http"
	"path/filepath"
	"strconv"
	"sync"
	"time"

	"github.com/attestantio/go-eth2-client/api"
	eth2http "github.com/attestantio/go-eth2-client/http"
	"github.com/attestantio/go-eth2-client/spec/phase0"
	"github.com/rs/zerolog"

	"github.com/keystake/keystake/cluster"
	"github.com/keystake/keystake/devnet"
	"github.com/keystake/keystake/tbls"
)

// The cluster's validators: the interop keys the validator client leaves.
const (
	// ClientValidators run in the Prysm validator client: 0..47.
	ClientValidators = 48
	// Operators and Threshold of the KeyStake cluster.
	Operators, Threshold = 4, 3
)

// Fee recipients: the beacon node's default, and the cluster's (in
// cluster.json, so blocks the cluster signs must pay it).
const (
	beaconFeeRecipient  = "0x00000000000000000000000000000000000000fe"
	clusterFeeRecipient = "0x00000000000000000000000000000000000000ee"
)

// Options describe a devnet run.
type Options struct {
	// Dir is the working folder: genesis, databases, key shares, logs. It
	// must exist and be empty.
	Dir string
	// CacheDir holds the built binaries (bin/geth-<version>, bin/prysm-<version>).
	CacheDir string
	// Keystake is the keystake binary the operators run.
	Keystake string
	// GenesisDelay is the time between writing the genesis and the chain's
	// start (default 25 s).
	GenesisDelay time.Duration
	// Log receives progress lines.
	Log io.Writer
}

// Network is a running devnet: the chain and the KeyStake cluster.
type Network struct {
	Chain *Chain
	// Layout is the operators' configuration.
	Layout *devnet.Layout
	// Operators are the operator processes.
	Operators *devnet.Procs
	// Indices are the cluster's validator indices.
	Indices []phase0.ValidatorIndex
	// Judge reads the chain.
	Judge *Judge

	watch  *watcher
	server *http.Server
}

// Start builds or reuses the binaries, starts the chain and starts the
// cluster's operators against the beacon node (through a proxy that
// records what they submit).
func Start(ctx context.Context, opts Options) (*Network, error) {
	if opts.GenesisDelay == 0 {
		opts.GenesisDelay = 25 * time.Second
	}
	bins, err := EnsureBinaries(ctx, opts.CacheDir, opts.Log)
	if err != nil {
		return nil, err
	}
	chain, err := StartChain(ctx, ChainOptions{
		Dir: opts.Dir, Bins: bins, GenesisDelay: opts.GenesisDelay,
		ClientValidators: ClientValidators, FeeRecipient: beaconFeeRecipient, Log: opts.Log,
	})
	if err != nil {
		return nil, err
	}
	n := &Network{Chain: chain}
	if err := n.startCluster(ctx, opts); err != nil {
		n.Close()
		return nil, err
	}
	return n, nil
}

func (n *Network) startCluster(ctx context.Context, opts Options) error {
	svc, err := eth2http.New(ctx, eth2http.WithAddress(n.Chain.BeaconURL), eth2http.WithTimeout(20*time.Second),
		eth2http.WithLogLevel(zerolog.Disabled), eth2http.WithEnforceJSON(true))
	if err != nil {
		return fmt.Errorf("connect to the beacon node: %w", err)
	}
	genesis, err := svc.(*eth2http.Service).Genesis(ctx, &api.GenesisOpts{})
	if err != nil {
		return fmt.Errorf("fetch the genesis: %w", err)
	}
	keys, err := InteropKeys(ClientValidators, GenesisValidators)
	if err != nil {
		return err
	}
	if n.Indices, err = validatorIndices(ctx, svc.(*eth2http.Service), keys); err != nil {
		return err
	}
	if n.watch, err = newWatcher(n.Chain.BeaconURL, n.Chain.Genesis); err != nil {
		return err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return fmt.Errorf("listen for the proxy: %w", err)
	}
	n.server = &http.Server{Handler: n.watch, ReadHeaderTimeout: 5 * time.Second}
	go n.server.Serve(ln)
	gvr := genesis.Data.GenesisValidatorsRoot
	fee, _ := hex.DecodeString(clusterFeeRecipient[2:])
	n.Layout, err = devnet.WriteCluster(devnet.ClusterSpec{
		Dir:           filepath.Join(opts.Dir, "cluster"),
		Operators:     Operators,
		Threshold:     Threshold,
		Keys:          keys,
		Network:       cluster.Network{Name: "realnet", ForkVersion: GenesisForkVersion[:], GenesisValidatorsRoot: gvr[:]},
		FeeRecipient:  fee,
		BeaconURL:     "http://" + ln.Addr().String(),
		BeaconTimeout: 2 * time.Second,
	})
	for _, k := range keys {
		k.Zero()
	}
	if err != nil {
		return err
	}
	if n.Operators, err = devnet.StartOperators(n.Layout, opts.Keystake); err != nil {
		return err
	}
	n.Judge, err = NewJudge(ctx, n.Chain.BeaconURL, n.Indices, n.watch)
	return err
}

// validatorIndices finds the keys' validators in the beacon node's genesis
// state: every key must be there.
func validatorIndices(ctx context.Context, svc *eth2http.Service, keys []*tbls.SecretKey) ([]phase0.ValidatorIndex, error) {
	pubkeys := make([]phase0.BLSPubKey, len(keys))
	for i, k := range keys {
		pubkeys[i] = phase0.BLSPubKey(k.PublicKey())
	}
	resp, err := svc.Validators(ctx, &api.ValidatorsOpts{State: "head", PubKeys: pubkeys})
	if err != nil {
		return nil, fmt.Errorf("find the cluster's validators: %w", err)
	}
	byKey := map[phase0.BLSPubKey]phase0.ValidatorIndex{}
	for idx, v := range resp.Data {
		byKey[v.Validator.PublicKey] = idx
	}
	out := make([]phase0.ValidatorIndex, len(keys))
	for i, pk := range pubkeys {
		idx, ok := byKey[pk]
		if !ok {
			return nil, fmt.Errorf("validator %#x is not in the genesis state", pk[:8])
		}
		out[i] = idx
	}
	return out, nil
}

// Close stops the operators (SIGINT, SIGKILL after 10 s), the proxy and the
// chain.
func (n *Network) Close() error {
	if n.Operators != nil {
		n.Operators.Stop(10 * time.Second)
	}
	if n.server != nil {
		n.server.Close()
	}
	return n.Chain.Stop()
}

// OperatorLog is operator i's (1-based) log file.
func (n *Network) OperatorLog(i int) string {
	return filepath.Join(filepath.Dir(n.Layout.Configs[i-1]), "node.log")
}

// watcher is the proxy between the operators and the beacon node: it
// records the attestations the beacon node accepted (devnet.Observer) and
// the answers to the blocks published, by wall-clock slot.
type watcher struct {
	*devnet.Observer
	genesis time.Time

	mu     sync.Mutex
	blocks map[uint64]int // slot -> status of the last publication
}

func newWatcher(beaconURL string, genesis time.Time) (*watcher, error) {
	obs, err := devnet.NewObserver(beaconURL, genesis, SlotDuration)
	if err != nil {
		return nil, fmt.Errorf("create the proxy: %w", err)
	}
	return &watcher{Observer: obs, genesis: genesis, blocks: map[uint64]int{}}, nil
}

func (w *watcher) ServeHTTP(rw http.ResponseWriter, r *http.Request) {
	switch r.URL.Path {
	case "/eth/v2/beacon/blocks", "/eth/v2/beacon/blinded_blocks", "/eth/v1/beacon/blocks", "/eth/v1/beacon/blinded_blocks":
	default:
		w.Observer.ServeHTTP(rw, r)
		return
	}
	slot := uint64(time.Since(w.genesis) / SlotDuration)
	rec := &statusWriter{ResponseWriter: rw}
	w.Observer.ServeHTTP(rec, r)
	w.mu.Lock()
	w.blocks[slot] = rec.status
	w.mu.Unlock()
}

// Attested implements Submissions.
func (w *watcher) Attested(slot uint64, v phase0.ValidatorIndex) bool {
	return w.Observer.Accepted(slot, strconv.FormatUint(uint64(v), 10))
}

// Published implements Submissions.
func (w *watcher) Published(slot uint64) int {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.blocks[slot]
}

type statusWriter struct {
	http.ResponseWriter
	status int
}

func (s *statusWriter) WriteHeader(code int) {
	if s.status == 0 {
		s.status = code
	}
	s.ResponseWriter.WriteHeader(code)
}

func (s *statusWriter) Write(b []byte) (int, error) {
	if s.status == 0 {
		s.status = http.StatusOK
	}
	return s.ResponseWriter.Write(b)
}
