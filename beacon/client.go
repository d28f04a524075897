package beacon

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"sort"
	"sync"
	"sync/atomic"
	"time"

	"github.com/attestantio/go-eth2-client/api"
	apiv1 "github.com/attestantio/go-eth2-client/api/v1"
	eth2http "github.com/attestantio/go-eth2-client/http"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"
)

// Defaults of Config.
const (
	DefaultTimeout       = 2 * time.Second
	DefaultProbeInterval = 6 * time.Second
)

// Config configures a Client.
type Config struct {
	// URLs of the beacon nodes, tried in this order: the first healthy one
	// is preferred. At least one is required.
	URLs []string
	// Timeout bounds each attempt of a call on one node (default 2 s).
	Timeout time.Duration
	// Logger receives the client's events (default slog.Default()).
	Logger *slog.Logger
	// Registerer, if set, receives the call latency histogram by endpoint
	// and node and the error counter by endpoint, node and kind.
	Registerer prometheus.Registerer
	// ProbeInterval is how often nodes that have not answered lately are
	// asked for their sync state, which keeps Healthy current and finds
	// failed nodes before a duty does (default 6 s).
	ProbeInterval time.Duration
	// HeadTimeout is how long SubscribeHeads waits for a head event before
	// it takes the stream for dead and subscribes to the next node
	// (default three slots).
	HeadTimeout time.Duration
	// BuilderBoostFactor is sent with every block request: 0 asks for a
	// locally built block even if the node has a builder; nil leaves the
	// choice to the node (it weighs builder against local blocks).
	BuilderBoostFactor *uint64
}

// Client talks to one or more beacon nodes with failover. It is safe for
// concurrent use. See the package documentation for the failover rules.
type Client struct {
	nodes         []*node
	timeout       time.Duration
	probeInterval time.Duration
	headTimeout   time.Duration
	builderBoost  *uint64
	log           *slog.Logger
	metrics       *metrics
	clock         atomic.Pointer[func() time.Time] // nil: time.Now; tests replace it

	genesis *apiv1.Genesis // the network's, from the nodes reached at New

	specMu sync.Mutex // serializes fetching the spec
	spec   atomic.Pointer[Spec]

	known knownBlocks // recent block roots the nodes have

	stop context.CancelFunc
	done chan struct{}
}

// now is the client's clock.
func (c *Client) now() time.Time {
	if f := c.clock.Load(); f != nil {
		return (*f)()
	}
	return time.Now()
}

// maxBodySize bounds a response body; larger ones are refused as garbage.
const maxBodySize = 64 << 20

// New connects to each configured beacon node and returns a client once at
// least one has answered with its genesis and the chain's spec. Nodes that
// do not answer are kept and retried later; the error, when none answers,
// names every node and why it failed. Nodes that answer with different
// genesis validators roots or genesis fork versions are refused: New fails
// naming them.
//
// ctx bounds the connection attempts only; the client then runs until
// Close is called.
func New(ctx context.Context, cfg Config) (*Client, error) {
	c, err := newClient(cfg)
	if err != nil {
		return nil, err
	}
	if err := c.connect(ctx, cfg.URLs); err != nil {
		c.stop()
		return nil, err
	}
	if err := c.start(ctx); err != nil {
		c.stop()
		return nil, err
	}
	return c, nil
}

func newClient(cfg Config) (*Client, error) {
	if len(cfg.URLs) == 0 {
		return nil, errors.New("create beacon client: no beacon node URL configured")
	}
	m, err := newMetrics(cfg.Registerer)
	if err != nil {
		return nil, err
	}
	c := &Client{
		timeout:       cfg.Timeout,
		probeInterval: cfg.ProbeInterval,
		headTimeout:   cfg.HeadTimeout,
		builderBoost:  cfg.BuilderBoostFactor,
		log:           cfg.Logger,
		metrics:       m,
		stop:          func() {},
		done:          make(chan struct{}),
	}
	if c.timeout <= 0 {
		c.timeout = DefaultTimeout
	}
	if c.probeInterval <= 0 {
		c.probeInterval = DefaultProbeInterval
	}
	if c.log == nil {
		c.log = slog.Default()
	}
	return c, nil
}

// connect creates a go-eth2-client service per URL, asks each node for its
// genesis, all at once, and checks they share one network.
func (c *Client) connect(ctx context.Context, urls []string) error {
	addrs, names, err := nodeNames(urls)
	if err != nil {
		return fmt.Errorf("create beacon client: %w", err)
	}
	life, stop := context.WithCancel(context.WithoutCancel(ctx))
	c.stop = stop
	c.nodes = make([]*node, len(addrs))
	results := make([]genesisResult, len(addrs))
	setupErrs := make([]error, len(addrs))
	var wg sync.WaitGroup
	for i, addr := range addrs {
		wg.Go(func() {
			// Creating the service pings the node, hence in parallel.
			svc, err := newService(life, addr, c.timeout)
			if err != nil {
				setupErrs[i] = fmt.Errorf("create beacon client for %s: %w", names[i], err)
				return
			}
			c.nodes[i] = &node{name: names[i], svc: svc}
			results[i].genesis, results[i].err = attempt(ctx, c, c.nodes[i], epGenesis, fetchGenesis)
		})
	}
	wg.Wait()
	if err := errors.Join(setupErrs...); err != nil {
		return err
	}
	return c.checkNetworks(results)
}

// newService creates go-eth2-client's service for one node. The service
// starts even if the node is down (it is retried later), logs nothing (this
// package logs with slog, once per event), and reads at most maxBodySize
// bytes of a response. It asks for JSON only: every endpoint used here is
// JSON (SSZ would pay only for blocks and states, which are not fetched), and
// simulators need not speak SSZ.
func newService(life context.Context, addr string, timeout time.Duration) (*eth2http.Service, error) {
	transport := http.DefaultTransport.(*http.Transport).Clone()
	transport.MaxIdleConnsPerHost = 16
	svc, err := eth2http.New(life,
		eth2http.WithAddress(addr),
		eth2http.WithTimeout(timeout),
		eth2http.WithLogLevel(zerolog.Disabled),
		eth2http.WithEnforceJSON(true),
		eth2http.WithAllowDelayedStart(true),
		eth2http.WithHTTPClient(&http.Client{Transport: limitedTransport{transport, maxBodySize}}),
	)
	if err != nil {
		return nil, err
	}
	s, ok := svc.(*eth2http.Service)
	if !ok {
		return nil, fmt.Errorf("unexpected service type %T", svc)
	}
	return s, nil
}

// genesisResult is one node's answer to the genesis probe at startup.
type genesisResult struct {
	genesis *apiv1.Genesis
	err     error
}

// checkNetworks requires at least one node to have answered and all that
// answered to agree on the network; it then records the network's genesis.
func (c *Client) checkNetworks(results []genesisResult) error {
	var unreachable []*NodeError
	var ref *apiv1.Genesis
	var refNode string
	for i, r := range results {
		n := c.nodes[i]
		if r.err != nil {
			unreachable = append(unreachable, &NodeError{n.name, errorKind(context.Background(), r.err), r.err})
			continue
		}
		if ref == nil {
			ref, refNode = r.genesis, n.name
			continue
		}
		if err := sameNetwork(ref, r.genesis); err != nil {
			return fmt.Errorf("connect to beacon nodes: %s and %s are on different networks: %s", refNode, n.name, err)
		}
	}
	if ref == nil {
		return &CallError{Action: "connect to beacon nodes", Nodes: unreachable}
	}
	c.genesis = ref
	for i, r := range results {
		if r.err == nil {
			c.nodes[i].setVerified()
		}
	}
	return nil
}

// sameNetwork reports how two genesis answers differ, or nil.
func sameNetwork(a, b *apiv1.Genesis) error {
	switch {
	case a.GenesisValidatorsRoot != b.GenesisValidatorsRoot:
		return fmt.Errorf("genesis validators root %#x != %#x", a.GenesisValidatorsRoot, b.GenesisValidatorsRoot)
	case a.GenesisForkVersion != b.GenesisForkVersion:
		return fmt.Errorf("genesis fork version %#x != %#x", a.GenesisForkVersion, b.GenesisForkVersion)
	}
	return nil
}

// start fetches the spec (needed by the sanity checks) and starts the
// health prober.
func (c *Client) start(ctx context.Context) error {
	spec, err := c.Spec(ctx)
	if err != nil {
		return err
	}
	if c.headTimeout <= 0 {
		c.headTimeout = 3 * spec.SlotDuration
	}
	life, stop := context.WithCancel(context.Background())
	prev := c.stop
	c.stop = func() { stop(); prev() }
	go c.probeLoop(life)
	return nil
}

// Close stops the client's background work: its health probes and
// go-eth2-client's periodic refreshes.
func (c *Client) Close() {
	c.stop()
	<-c.done
}

// candidates returns the nodes in the order a call tries them: healthy
// nodes in configuration order, then demoted ones, soonest-recovering
// first. Refused nodes are left out.
func (c *Client) candidates() []*node {
	now := c.now()
	var healthy, demoted []*node
	until := make(map[*node]time.Time)
	for _, n := range c.nodes {
		st := n.state()
		switch {
		case st.refused != nil:
		case st.demotedUntil.After(now):
			demoted = append(demoted, n)
			until[n] = st.demotedUntil
		default:
			healthy = append(healthy, n)
		}
	}
	sort.SliceStable(demoted, func(i, j int) bool { return until[demoted[i]].Before(until[demoted[j]]) })
	return append(healthy, demoted...)
}

// call runs fn on the candidates in turn until one succeeds, a failure is
// the caller's fault, or ctx ends. action names the call in errors.
func call[T any](ctx context.Context, c *Client, endpoint, action string, fn func(context.Context, *eth2http.Service) (T, error)) (T, error) {
	var zero T
	cerr := &CallError{Action: action}
	for _, n := range c.candidates() {
		if err := ctx.Err(); err != nil {
			cerr.Err = err
			break
		}
		v, err := attempt(ctx, c, n, endpoint, fn)
		if err == nil {
			return v, nil
		}
		kind := errorKind(ctx, err)
		cerr.Nodes = append(cerr.Nodes, &NodeError{n.name, kind, err})
		if callersFault(kind) {
			break
		}
	}
	return zero, cerr
}

// attempt runs fn on one node within the attempt timeout, after checking
// the node is on the client's network, and records the outcome: metrics,
// the node's health, and a log line when the node's health changes. A
// panic in fn (go-eth2-client decoding garbage) becomes an error.
func attempt[T any](ctx context.Context, c *Client, n *node, endpoint string, fn func(context.Context, *eth2http.Service) (T, error)) (v T, err error) {
	actx, cancel := context.WithTimeout(ctx, c.timeout)
	defer cancel()
	start := time.Now()
	defer func() {
		if r := recover(); r != nil {
			err = invalidf("panic while handling the answer: %v", r)
		}
		c.metrics.observe(endpoint, n.name, time.Since(start))
		c.record(ctx, n, endpoint, err)
	}()
	if err := c.ready(actx, n); err != nil {
		return v, err
	}
	return fn(actx, n.svc)
}

// record updates the node's health and the metrics after an attempt.
func (c *Client) record(ctx context.Context, n *node, endpoint string, err error) {
	if err == nil {
		if n.succeeded(c.now()) {
			c.log.Info("beacon node recovered", "node", n.name, "endpoint", endpoint)
		}
		return
	}
	kind := errorKind(ctx, err)
	c.metrics.failed(endpoint, n.name, kind)
	if callersFault(kind) {
		return
	}
	backoff, failures := n.failed(c.now())
	level := slog.LevelDebug
	if failures == 1 {
		level = slog.LevelWarn
	}
	c.log.Log(ctx, level, "beacon node failed; demoted", "node", n.name, "endpoint", endpoint,
		"kind", kind, "failures", failures, "backoff", backoff, "err", flatten(err.Error()))
}

// ready makes sure the node may be used: not refused, reachable (asking it
// directly when go-eth2-client holds it inactive, to learn why not), and,
// the first time, on the client's network.
func (c *Client) ready(ctx context.Context, n *node) error {
	st := n.state()
	if st.refused != nil {
		return st.refused
	}
	if !n.svc.IsActive() {
		if _, err := n.svc.NodeSyncing(ctx, &api.NodeSyncingOpts{}); err != nil {
			return fmt.Errorf("check node: %w", err)
		}
	}
	if st.verified || c.genesis == nil {
		return nil
	}
	g, err := fetchGenesis(ctx, n.svc)
	if err != nil {
		return err
	}
	if err := sameNetwork(c.genesis, g); err != nil {
		err = fmt.Errorf("%w: %v", errWrongNetwork, err)
		n.refuse(err)
		c.log.Error("beacon node refused: on another network", "node", n.name, "err", err)
		return err
	}
	n.setVerified()
	return nil
}
