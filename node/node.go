package node

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	httppprof "net/http/pprof"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/attestantio/go-eth2-client/spec/phase0"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/keystake/keystake/beacon"
	"github.com/keystake/keystake/consensus"
	"github.com/keystake/keystake/duty"
	"github.com/keystake/keystake/hotstuff"
	"github.com/keystake/keystake/operator"
	"github.com/keystake/keystake/p2p"
	"github.com/keystake/keystake/signing"
	"github.com/keystake/keystake/slashing"
)

// Database files inside the data directory.
const (
	SlashingDBFile  = "slashing.db"
	ConsensusDBFile = "consensus.db"
)

// maxPartialsSize bounds a partial signature message on the wire.
const maxPartialsSize = 8 << 20

// Run starts the operator node described by cfg and serves until ctx ends.
// Every startup check fails with an error saying what is wrong.
func Run(ctx context.Context, cfg *Config, log *slog.Logger) error {
	return run(ctx, cfg, log, nil)
}

// Tamper stands between a node and its peers: it is given every message
// the node sends to another operator (recipient, protocol, bytes) and
// sends whatever it likes, whenever it likes, through send. It exists to
// test the other operators against a Byzantine one.
type Tamper func(to ed25519.PublicKey, protocol string, msg []byte, send func([]byte))

// RunTampered is Run with every outgoing message passed through tamper: a
// Byzantine operator, for tests.
func RunTampered(ctx context.Context, cfg *Config, log *slog.Logger, tamper Tamper) error {
	return run(ctx, cfg, log, tamper)
}

func run(ctx context.Context, cfg *Config, log *slog.Logger, tamper Tamper) error {
	if err := cfg.Validate(); err != nil {
		return fmt.Errorf("invalid configuration: %w", err)
	}
	id, err := LoadIdentity(cfg)
	if err != nil {
		return err
	}
	defer id.Zero()
	clusters, err := loadAndRetire(cfg.Clusters, id, log)
	if err != nil {
		return err
	}
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))

	bcfg := beacon.Config{URLs: cfg.BeaconNodes, Timeout: cfg.BeaconTimeout, Logger: log, Registerer: reg}
	if !cfg.Builder {
		local := uint64(0)
		bcfg.BuilderBoostFactor = &local // blocks built by the beacon node itself
	}
	bc, err := beacon.New(ctx, bcfg)
	if err != nil {
		return err
	}
	defer bc.Close()
	chain, err := chainInfo(ctx, bc, clusters)
	if err != nil {
		return err
	}
	n, err := assemble(cfg, id, clusters, bc, chain, reg, log, tamper)
	if err != nil {
		return err
	}
	defer n.close()
	return n.run(ctx, cfg.MetricsAddr, cfg.Pprof)
}

// LoadIdentity opens the operator's identity keys with the password in
// cfg's password file (identity.password beside them by default); the
// caller zeroes it when done.
func LoadIdentity(cfg *Config) (*operator.Identity, error) {
	pwFile := cfg.IdentityPasswordFile
	if pwFile == "" {
		pwFile = filepath.Join(cfg.IdentityDir, "identity.password")
	}
	pw, err := os.ReadFile(pwFile)
	if err != nil {
		return nil, fmt.Errorf("read identity password: %w", err)
	}
	return operator.Load(cfg.IdentityDir, strings.TrimRight(string(pw), "\r\n"))
}

// chain is what the node needs to know about the beacon chain.
type chain struct {
	timing duty.Timing
	gvr    phase0.Root
	spec   *beacon.Spec
}

// chainInfo reads genesis and spec and checks that the beacon node is on
// every cluster's network.
func chainInfo(ctx context.Context, bc *beacon.Client, clusters []*LoadedCluster) (*chain, error) {
	genesis, err := bc.Genesis(ctx)
	if err != nil {
		return nil, fmt.Errorf("read genesis from the beacon node: %w", err)
	}
	spec, err := bc.Spec(ctx)
	if err != nil {
		return nil, fmt.Errorf("read spec from the beacon node: %w", err)
	}
	for _, lc := range clusters {
		nw := lc.Definition.Network
		if !bytes.Equal(nw.ForkVersion, genesis.GenesisForkVersion[:]) {
			return nil, fmt.Errorf("beacon node is on another network: genesis fork version %#x, cluster %q is for %s (%s)",
				genesis.GenesisForkVersion, lc.Definition.Name, nw.Name, nw.ForkVersion)
		}
		if nw.GenesisValidatorsRoot != nil && !bytes.Equal(nw.GenesisValidatorsRoot, genesis.GenesisValidatorsRoot[:]) {
			return nil, fmt.Errorf("beacon node is on another network: genesis validators root %#x, cluster %q expects %s",
				genesis.GenesisValidatorsRoot, lc.Definition.Name, nw.GenesisValidatorsRoot)
		}
	}
	return &chain{
		timing: duty.Timing{Genesis: genesis.GenesisTime, SlotDuration: spec.SlotDuration, SlotsPerEpoch: spec.SlotsPerEpoch},
		gvr:    genesis.GenesisValidatorsRoot,
		spec:   spec,
	}, nil
}

// node is an assembled operator node.
type node struct {
	log       *slog.Logger
	reg       *prometheus.Registry
	beacon    *beacon.Client
	host      *p2p.Node
	slashing  *slashing.DB
	store     *consensus.BoltStore
	consensus *consensus.Manager
	timing    duty.Timing
	scheduler *duty.Scheduler
	clusters  []*LoadedCluster
}

func assemble(cfg *Config, id *operator.Identity, clusters []*LoadedCluster, bc *beacon.Client, ch *chain, reg *prometheus.Registry, log *slog.Logger, tamper Tamper) (n *node, err error) {
	if err := os.MkdirAll(cfg.DataDir, 0o700); err != nil {
		return nil, fmt.Errorf("create data dir: %w", err)
	}
	n = &node{log: log, reg: reg, beacon: bc, clusters: clusters, timing: ch.timing}
	defer func() {
		if err != nil {
			n.close()
		}
	}()
	if n.slashing, err = slashing.Open(filepath.Join(cfg.DataDir, SlashingDBFile), ch.gvr); err != nil {
		return nil, err
	}
	if n.store, err = consensus.OpenStore(filepath.Join(cfg.DataDir, ConsensusDBFile)); err != nil {
		return nil, err
	}
	peers, err := peerSet(id, clusters, cfg.P2P.Peers)
	if err != nil {
		return nil, err
	}
	net := &network{peers: peers, tamper: tamper}
	mgr := consensus.NewManager(consensus.Config{Identity: id.Signing, Store: n.store, Network: net, Logger: log, Metrics: consensus.NewMetrics(reg)})
	n.consensus = mgr
	var dutyClusters []*duty.Cluster
	for _, lc := range clusters {
		dutyClusters = append(dutyClusters, lc.Duty)
	}
	metrics := duty.NewMetrics(reg)
	exchange := duty.NewExchange(net, ch.timing, nil, metrics, log, dutyClusters)
	guard := duty.NewGuard(duty.GuardConfig{
		Beacon: bc, LatestTargets: latestTargets(n.slashing), Timing: ch.timing, Logger: log, Metrics: metrics,
		Disabled: cfg.DoppelgangerProtection != nil && !*cfg.DoppelgangerProtection,
	})
	attester := duty.NewAttester(duty.AttesterConfig{
		Beacon: bc, Consensus: mgr, Slashing: slashingDB{n.slashing}, Network: net,
		Timing: ch.timing, Domain: attesterDomain(ch), Logger: log, Metrics: metrics, Exchange: exchange, Guard: guard,
	}, dutyClusters)
	proposer := duty.NewProposer(duty.ProposerConfig{
		Beacon: bc, Consensus: mgr, Slashing: slashingDB{n.slashing}, Exchange: exchange,
		Timing: ch.timing, Domain: domains(ch), Graffiti: graffiti(cfg.Graffiti), Logger: log, Metrics: metrics, Guard: guard,
	}, dutyClusters)
	aggregator := duty.NewAggregator(duty.AggregatorConfig{
		Beacon: bc, Consensus: mgr, Exchange: exchange, Attester: attester,
		Timing: ch.timing, Domain: domains(ch), Logger: log, Metrics: metrics, Guard: guard,
	}, dutyClusters)
	syncCommittee := duty.NewSyncCommittee(duty.SyncConfig{
		Beacon: bc, Consensus: mgr, Exchange: exchange,
		Timing: ch.timing, Domain: domains(ch), Logger: log, Metrics: metrics, Guard: guard,
	}, dutyClusters)
	registrar, err := newRegistrar(cfg, bc, exchange, ch, log, metrics, dutyClusters)
	if err != nil {
		return nil, err
	}
	n.scheduler = duty.NewScheduler(duty.SchedulerConfig{
		Beacon: bc, Validators: bc, Attester: attester, Proposer: proposer, Aggregator: aggregator, Sync: syncCommittee,
		Registrar: registrar, Guard: guard, Clusters: dutyClusters, Timing: ch.timing, Logger: log,
	})
	// Messages for instances not started yet are buffered only for duties
	// this node performs: a known cluster, a duty with consensus, and a
	// slot around the current one. Anything else could grow the buffer
	// without bound.
	known := make(map[[32]byte]bool)
	for _, c := range dutyClusters {
		known[c.Hash] = true
	}
	accept := func(k hotstuff.Key) bool {
		now := uint64(ch.timing.SlotAt(time.Now()))
		consensusDuty := duty.HasConsensus(k.Duty)
		return known[k.Cluster] && consensusDuty && k.Index == 0 && k.Slot+1 >= now && k.Slot <= now+2
	}
	n.host, err = p2p.New(p2p.Config{
		Identity:    id.Signing,
		ListenAddrs: cfg.P2P.Listen,
		Peers:       peers.list,
		OnConnect:   func(index int) { exchange.Resend(peers.identity(index)) },
		Logger:      log,
		Metrics:     reg,
		Protocols: []p2p.Protocol{
			{ID: consensus.Protocol, MaxSize: hotstuff.Limits{}.MaxMessageSize(), Handler: func(from p2p.Remote, msg []byte) {
				if err := mgr.Handle(peers.identity(from.Index), msg, accept); err != nil {
					log.Debug("consensus message dropped", "peer", from.Index, "err", err)
				}
			}},
			{ID: duty.PartialsProtocol, MaxSize: maxPartialsSize, Handler: func(from p2p.Remote, msg []byte) {
				if err := exchange.HandlePartials(peers.identity(from.Index), msg); err != nil {
					log.Debug("partial signatures dropped", "peer", from.Index, "err", err)
				}
			}},
		},
	})
	if err != nil {
		return nil, err
	}
	net.host = n.host
	log.Info("operator node started", "peer_id", n.host.ID().String(), "listen", strings.Join(n.host.Addrs(), ","), "clusters", len(clusters))
	return n, nil
}

// newRegistrar returns the builder registrar, or nil without a builder.
func newRegistrar(cfg *Config, bc *beacon.Client, x *duty.Exchange, ch *chain, log *slog.Logger, m *duty.Metrics, clusters []*duty.Cluster) (*duty.Registrar, error) {
	if !cfg.Builder {
		return nil, nil
	}
	// The builder API's domain: the genesis fork version, a zero
	// genesis validators root.
	domain, err := signing.Domain(signing.DomainApplicationBuilder, ch.spec.GenesisForkVersion, phase0.Root{})
	if err != nil {
		return nil, fmt.Errorf("builder domain: %w", err)
	}
	gas := cfg.GasLimit
	if gas == 0 {
		gas = DefaultGasLimit
	}
	return duty.NewRegistrar(duty.RegistrarConfig{
		Beacon: bc, Exchange: x, Timing: ch.timing, Domain: domain, GasLimit: gas, Logger: log, Metrics: m,
	}, clusters), nil
}

func domains(ch *chain) func(phase0.DomainType, phase0.Epoch) (phase0.Domain, error) {
	return func(t phase0.DomainType, epoch phase0.Epoch) (phase0.Domain, error) {
		return signing.Domain(t, ch.spec.ForkVersion(epoch), ch.gvr)
	}
}

// graffiti is the configured text as block graffiti: its UTF-8 bytes,
// zero-padded (LoadConfig checks it fits in 32 bytes).
func graffiti(text string) [32]byte {
	if text == "" {
		text = "KeyStake"
	}
	var g [32]byte
	copy(g[:], text)
	return g
}

func attesterDomain(ch *chain) func(phase0.Epoch) (phase0.Domain, error) {
	return func(epoch phase0.Epoch) (phase0.Domain, error) {
		return signing.Domain(ch.spec.DomainBeaconAttester, ch.spec.ForkVersion(epoch), ch.gvr)
	}
}

// run serves until ctx ends.
func (n *node) run(ctx context.Context, metricsAddr string, pprof bool) error {
	if metricsAddr != "" {
		srv, err := n.serveMetrics(metricsAddr, pprof)
		if err != nil {
			return err
		}
		defer srv.Close()
	}
	go func() {
		err := n.beacon.SubscribeHeads(ctx, func(slot phase0.Slot, _ phase0.Root) { n.scheduler.HeadSeen(slot) })
		if err != nil && ctx.Err() == nil {
			n.log.Warn("head events ended", "err", err)
		}
	}()
	go n.prune(ctx)
	err := n.scheduler.Run(ctx)
	if errors.Is(err, context.Canceled) {
		return nil
	}
	return err
}

// keptSlots is how long consensus state is kept: long enough to restart
// within an epoch or two and still find the decisions taken.
const keptSlots = 128

// prune drops, every slot, buffered consensus messages of past slots and
// consensus state older than keptSlots.
func (n *node) prune(ctx context.Context) {
	tick := time.NewTicker(n.timing.SlotDuration)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case now := <-tick.C:
			slot := uint64(n.timing.SlotAt(now))
			if slot < 2 {
				continue
			}
			n.consensus.Prune(slot - 2)
			if slot > keptSlots {
				if err := n.store.Prune(slot - keptSlots); err != nil {
					n.log.Warn("prune consensus store", "err", err)
				}
			}
		}
	}
}

func (n *node) close() {
	if n.host != nil {
		n.host.Close()
	}
	if n.store != nil {
		n.store.Close()
	}
	if n.slashing != nil {
		n.slashing.Close()
	}
}

// serveMetrics serves /metrics, /healthz and /readyz on addr, and the
// profiler under /debug/pprof/ if pprof is set.
func (n *node) serveMetrics(addr string, pprof bool) (*http.Server, error) {
	mux := http.NewServeMux()
	mux.Handle("/metrics", promhttp.HandlerFor(n.reg, promhttp.HandlerOpts{}))
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, _ *http.Request) { fmt.Fprintln(w, "ok") })
	mux.HandleFunc("/readyz", n.readyz)
	if pprof {
		mux.HandleFunc("/debug/pprof/", httppprof.Index)
		mux.HandleFunc("/debug/pprof/profile", httppprof.Profile)
		mux.HandleFunc("/debug/pprof/trace", httppprof.Trace)
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("listen for metrics on %s: %w", addr, err)
	}
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	go srv.Serve(ln)
	n.log.Info("metrics served", "addr", ln.Addr().String())
	return srv, nil
}

// readyz reports ready when a beacon node answers and, in every cluster,
// enough peers are connected to reach the threshold.
func (n *node) readyz(w http.ResponseWriter, _ *http.Request) {
	var problems []string
	if !n.beacon.Healthy() {
		problems = append(problems, "no beacon node is answering")
	}
	connected := 0
	for _, p := range n.host.Peers() {
		if p.Connected {
			connected++
		}
	}
	for _, lc := range n.clusters {
		if need := lc.Duty.Threshold - 1; connected < need {
			problems = append(problems, fmt.Sprintf("cluster %q: %d peers connected, %d needed", lc.Definition.Name, connected, need))
		}
	}
	if len(problems) > 0 {
		http.Error(w, strings.Join(problems, "\n"), http.StatusServiceUnavailable)
		return
	}
	fmt.Fprintln(w, "ready")
}

// peers numbers the operators of all clusters (other than this one) for
// the p2p layer, which addresses peers by a unique index.
type peers struct {
	list    []p2p.Peer
	byIndex map[int]ed25519.PublicKey
	byKey   map[string]int
}

func (p *peers) identity(index int) ed25519.PublicKey { return p.byIndex[index] }

func peerSet(id *operator.Identity, clusters []*LoadedCluster, addrs []PeerConfig) (*peers, error) {
	p := &peers{byIndex: make(map[int]ed25519.PublicKey), byKey: make(map[string]int)}
	self := id.Signing.Public().(ed25519.PublicKey)
	known := make(map[string][]string)
	for _, pc := range addrs {
		key, err := parseHexKey(pc.Identity)
		if err != nil {
			return nil, fmt.Errorf("p2p.peers: %w", err)
		}
		known[string(key)] = pc.Addrs
	}
	for _, lc := range clusters {
		for _, m := range lc.Duty.Members {
			if m.Equal(self) || p.byKey[string(m)] != 0 {
				continue
			}
			index := len(p.list) + 1
			p.list = append(p.list, p2p.Peer{Index: index, IdentityKey: m, Addrs: known[string(m)]})
			p.byIndex[index], p.byKey[string(m)] = m, index
		}
	}
	return p, nil
}

func parseHexKey(s string) ([]byte, error) {
	b, err := hex.DecodeString(strings.TrimPrefix(s, "0x"))
	if err != nil || len(b) != ed25519.PublicKeySize {
		return nil, fmt.Errorf("identity %q is not a 32-byte hex key", s)
	}
	return b, nil
}

// network sends through the p2p host, addressing peers by identity key.
type network struct {
	peers  *peers
	host   *p2p.Node
	tamper Tamper // nil: none
}

func (nw *network) Send(to ed25519.PublicKey, protocol string, msg []byte) {
	index := nw.peers.byKey[string(to)]
	if index == 0 || nw.host == nil {
		return
	}
	send := func(b []byte) { _ = nw.host.Send(context.Background(), index, protocol, b) }
	if nw.tamper != nil {
		nw.tamper(to, protocol, msg, send)
		return
	}
	send(msg)
}

// slashingDB adapts slashing.DB to the duty layer.
type slashingDB struct{ db *slashing.DB }

func convert(reqs []duty.AttestationRecord) []slashing.Attestation {
	out := make([]slashing.Attestation, len(reqs))
	for i, r := range reqs {
		out[i] = slashing.Attestation{Pubkey: r.Pubkey, Source: uint64(r.Source), Target: uint64(r.Target), SigningRoot: r.SigningRoot}
	}
	return out
}

func (s slashingDB) CheckAttestations(reqs []duty.AttestationRecord) []error {
	return s.db.CheckAttestations(convert(reqs))
}

func (s slashingDB) CheckAndRecordAttestations(reqs []duty.AttestationRecord) []error {
	return s.db.CheckAndRecordAttestations(convert(reqs))
}

// latestTargets reads the slashing database for doppelganger protection.
func latestTargets(db *slashing.DB) func([]phase0.BLSPubKey) (map[phase0.BLSPubKey]phase0.Epoch, error) {
	return func(pubkeys []phase0.BLSPubKey) (map[phase0.BLSPubKey]phase0.Epoch, error) {
		keys := make([][48]byte, len(pubkeys))
		for i, pk := range pubkeys {
			keys[i] = pk
		}
		got, err := db.LatestTargets(keys)
		if err != nil {
			return nil, err
		}
		out := make(map[phase0.BLSPubKey]phase0.Epoch, len(got))
		for pk, t := range got {
			out[pk] = phase0.Epoch(t)
		}
		return out, nil
	}
}

func convertBlocks(reqs []duty.BlockRecord) []slashing.Block {
	out := make([]slashing.Block, len(reqs))
	for i, r := range reqs {
		out[i] = slashing.Block{Pubkey: r.Pubkey, Slot: uint64(r.Slot), SigningRoot: r.SigningRoot}
	}
	return out
}

func (s slashingDB) CheckBlocks(reqs []duty.BlockRecord) []error {
	return s.db.CheckBlocks(convertBlocks(reqs))
}

func (s slashingDB) CheckAndRecordBlocks(reqs []duty.BlockRecord) []error {
	return s.db.CheckAndRecordBlocks(convertBlocks(reqs))
}
