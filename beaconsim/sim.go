package beaconsim

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"runtime"
	"sync"
	"time"

	blst "github.com/supranational/blst/bindings/go"
)

// ValidatorStatus is the status a configured validator starts in. The
// simulator never activates or exits validators by itself.
type ValidatorStatus string

// Validator statuses a Config may ask for.
const (
	// StatusActive is active_ongoing from genesis (the default).
	StatusActive ValidatorStatus = "active_ongoing"
	// StatusPending is pending_queued for ever: known, never active.
	StatusPending ValidatorStatus = "pending_queued"
	// StatusExited is exited_unslashed from genesis: known, never active.
	StatusExited ValidatorStatus = "exited_unslashed"
)

// Validator is one member of the simulated validator set. Its index is its
// position in Config.Validators.
type Validator struct {
	// Pubkey is the compressed BLS12-381 G1 public key.
	Pubkey [48]byte
	// Balance in Gwei; 0 means 32 ETH.
	Balance uint64
	// WithdrawalCredentials; zero means 0x00 || sha256(pubkey)[1:].
	WithdrawalCredentials [32]byte
	// Status; "" means StatusActive.
	Status ValidatorStatus
}

// Config configures a Sim. The zero value of every field has a documented
// default; only Validators is required.
type Config struct {
	// Validators is the validator set, in index order. Every public key must
	// be a valid, distinct G1 point.
	Validators []Validator
	// GenesisTime; zero means the clock's Now() at New, truncated to the
	// second.
	GenesisTime time.Time
	// SlotDuration; zero means 12 s. It must be a positive whole number of
	// milliseconds. See specValues for how a sub-second duration is
	// announced.
	SlotDuration time.Duration
	// SlotsPerEpoch; zero means 32.
	SlotsPerEpoch uint64
	// Forks; zero means DefaultForkVersions.
	Forks ForkVersions
	// GenesisValidatorsRoot overrides the computed root. By default it is
	// hash_tree_root of the genesis validator registry built from
	// Validators, as a real genesis state would have it.
	GenesisValidatorsRoot *Root
	// DepositChainID; zero means 1337.
	DepositChainID uint64
	// DepositContractAddress; zero means 0x4242…42.
	DepositContractAddress [20]byte
	// Clock; nil means RealClock.
	Clock Clock
	// ListenAddr for Start; "" means 127.0.0.1:0.
	ListenAddr string
	// Logger; nil means slog.Default().
	Logger *slog.Logger
	// Faults injected from the start; see Fault and SetFaults.
	Faults []Fault
	// Seed of the fault injector's random choices.
	Seed uint64
	// MissedSlots, if set, reports the slots for which no block is made. It
	// is called with the simulator's lock held and must not call the Sim.
	MissedSlots func(slot uint64) bool
	// ValidatorProposals makes validators propose: every slot that
	// ProposedSlots selects gets a proposer duty, and its block is the one
	// the proposer fetches from /eth/v3/validator/blocks, signs and
	// publishes before ProposalDeadline (else the slot stays empty, a
	// missed proposal). False (the default) keeps the simulator making
	// every block itself and serving no proposer duties.
	ValidatorProposals bool
	// ProposedSlots, with ValidatorProposals, selects the slots whose block
	// is the proposer's to make; nil means every slot after genesis. The
	// simulator makes the other slots' blocks (subject to MissedSlots). It
	// is called with the simulator's lock held and must not call the Sim.
	ProposedSlots func(slot uint64) bool
	// ProposalDeadline is how far into its slot a validator-proposed block
	// must be imported; zero means a third of the slot. It must not exceed
	// SlotDuration.
	ProposalDeadline time.Duration
	// DefaultFeeRecipient is the execution fee recipient of blocks produced
	// for validators that have no prepare_beacon_proposer registration.
	DefaultFeeRecipient [20]byte
	// Builder, with ValidatorProposals, makes /eth/v3/validator/blocks
	// answer blinded blocks (an execution payload header instead of the
	// payload), as a beacon node with a builder does, unless the request's
	// builder_boost_factor is 0. The simulator plays the builder: it reveals
	// the payload when the signed blinded block is published on
	// /eth/v2/beacon/blinded_blocks.
	Builder bool
	// NodeVersion served by /eth/v1/node/version; "" means
	// "beaconsim/v0.1.0 (KeyStake beacon node simulator)".
	NodeVersion string
	// PastAttestationData also serves attestation data for started slots
	// of the current and previous epochs, as some beacon nodes do; by
	// default only the current slot is served, as Prysm does.
	PastAttestationData bool
}

// simValidator is a validator with its decoded key and registry record.
type simValidator struct {
	index  uint64
	pk     *blst.P1Affine
	record validatorRecord
	// balance is the actual balance in Gwei.
	balance uint64
}

func (v *simValidator) activeAt(epoch uint64) bool {
	return v.record.ActivationEpoch <= epoch && epoch < v.record.ExitEpoch
}

// Sim is a beacon node simulator. Create it with New, serve it with Start,
// stop it with Close. All methods are safe for concurrent use.
type Sim struct {
	cfg        Config
	log        *slog.Logger
	clock      Clock
	validators []*simValidator
	byPubkey   map[[48]byte]uint64
	gvr        Root
	metrics    *metrics
	faults     *faultInjector
	events     *broker
	handler    http.Handler
	sync       *syncCommittee

	mu    sync.Mutex
	chain chainState
	st    simState

	runMu    sync.Mutex
	started  bool
	closed   bool
	listener net.Listener
	server   *http.Server
	cancel   context.CancelFunc
	wg       sync.WaitGroup
}

// New validates cfg, fills in defaults and builds the genesis state. It does
// not listen: call Start (or mount Handler yourself).
func New(cfg Config) (*Sim, error) {
	if len(cfg.Validators) == 0 {
		return nil, errors.New("beaconsim: config: no validators")
	}
	if cfg.Clock == nil {
		cfg.Clock = RealClock{}
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	if cfg.SlotDuration == 0 {
		cfg.SlotDuration = 12 * time.Second
	}
	if cfg.SlotDuration < 0 || cfg.SlotDuration%time.Millisecond != 0 {
		return nil, fmt.Errorf("beaconsim: config: slot duration %v is not a positive whole number of milliseconds", cfg.SlotDuration)
	}
	if cfg.ProposalDeadline < 0 || cfg.ProposalDeadline > cfg.SlotDuration {
		return nil, fmt.Errorf("beaconsim: config: proposal deadline %v is not within the slot (%v)", cfg.ProposalDeadline, cfg.SlotDuration)
	}
	if cfg.SlotsPerEpoch == 0 {
		cfg.SlotsPerEpoch = 32
	}
	if cfg.GenesisTime.IsZero() {
		cfg.GenesisTime = cfg.Clock.Now().Truncate(time.Second)
	}
	if cfg.Forks == (ForkVersions{}) {
		cfg.Forks = DefaultForkVersions
	}
	if cfg.DepositChainID == 0 {
		cfg.DepositChainID = 1337
	}
	if cfg.DepositContractAddress == ([20]byte{}) {
		for i := range cfg.DepositContractAddress {
			cfg.DepositContractAddress[i] = 0x42
		}
	}
	if cfg.ListenAddr == "" {
		cfg.ListenAddr = "127.0.0.1:0"
	}
	if cfg.NodeVersion == "" {
		cfg.NodeVersion = "beaconsim/v0.1.0 (KeyStake beacon node simulator)"
	}

	s := &Sim{
		cfg:      cfg,
		log:      cfg.Logger.With("component", "beaconsim"),
		clock:    cfg.Clock,
		byPubkey: make(map[[48]byte]uint64, len(cfg.Validators)),
	}
	vals, err := decodeValidators(cfg.Validators)
	if err != nil {
		return nil, err
	}
	records := make([]validatorRecord, len(vals))
	for i, sv := range vals {
		if _, dup := s.byPubkey[sv.record.Pubkey]; dup {
			return nil, fmt.Errorf("beaconsim: config: validator %d: duplicate public key %#x", i, sv.record.Pubkey)
		}
		s.byPubkey[sv.record.Pubkey] = uint64(i)
		records[i] = sv.record
	}
	s.validators = vals
	if cfg.GenesisValidatorsRoot != nil {
		s.gvr = *cfg.GenesisValidatorsRoot
	} else {
		s.gvr = validatorsRoot(records)
	}

	s.metrics = newMetrics(cfg.SlotDuration)
	s.faults = newFaultInjector(cfg.Seed, cfg.Faults)
	s.events = newBroker()
	s.st = newSimState()
	s.sync = s.newSyncCommittee()
	if err := s.initChain(); err != nil {
		return nil, fmt.Errorf("beaconsim: genesis: %w", err)
	}
	s.handler = s.routes()
	return s, nil
}

// decodeValidators decodes and checks every configured validator, spreading
// the public key checks (decompression and subgroup check, ~0.15 ms each)
// over the available cores.
func decodeValidators(cfgs []Validator) ([]*simValidator, error) {
	out := make([]*simValidator, len(cfgs))
	errs := make([]error, len(cfgs))
	workers := min(runtime.GOMAXPROCS(0), max(1, len(cfgs)/64))
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(cfgs); i += workers {
				out[i], errs[i] = newSimValidator(uint64(i), cfgs[i])
			}
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			return nil, fmt.Errorf("beaconsim: config: validator %d: %w", i, err)
		}
	}
	return out, nil
}

func newSimValidator(index uint64, v Validator) (*simValidator, error) {
	pk := new(blst.P1Affine).Uncompress(v.Pubkey[:])
	if pk == nil || !pk.KeyValidate() {
		return nil, fmt.Errorf("public key %#x is not a valid G1 point", v.Pubkey)
	}
	balance := v.Balance
	if balance == 0 {
		balance = minActivationBalance
	}
	wc := v.WithdrawalCredentials
	if wc == ([32]byte{}) {
		wc = sha256.Sum256(v.Pubkey[:])
		wc[0] = 0x00
	}
	maxEB := minActivationBalance
	if wc[0] == 0x02 {
		maxEB = maxEffectiveBalanceElecra
	}
	eb := min(balance-balance%effectiveBalanceIncrement, maxEB)
	rec := validatorRecord{
		Pubkey:                     v.Pubkey,
		WithdrawalCredentials:      wc,
		EffectiveBalance:           eb,
		ActivationEligibilityEpoch: 0,
		ActivationEpoch:            0,
		ExitEpoch:                  FarFutureEpoch,
		WithdrawableEpoch:          FarFutureEpoch,
	}
	switch v.Status {
	case "", StatusActive:
	case StatusPending:
		rec.ActivationEpoch = FarFutureEpoch
	case StatusExited:
		rec.ExitEpoch = 0
		rec.WithdrawableEpoch = 256
	default:
		return nil, fmt.Errorf("unsupported status %q", v.Status)
	}
	return &simValidator{index: index, pk: pk, record: rec, balance: balance}, nil
}

// Start listens on Config.ListenAddr, serves the Beacon API and runs the
// slot loop until ctx is done or Close is called. It may be called once.
func (s *Sim) Start(ctx context.Context) error {
	s.runMu.Lock()
	defer s.runMu.Unlock()
	if s.started || s.closed {
		return errors.New("beaconsim: Start called twice or after Close")
	}
	ln, err := net.Listen("tcp", s.cfg.ListenAddr)
	if err != nil {
		return fmt.Errorf("beaconsim: listen on %s: %w", s.cfg.ListenAddr, err)
	}
	ctx, cancel := context.WithCancel(ctx)
	s.started, s.listener, s.cancel = true, ln, cancel
	s.server = &http.Server{
		Handler:           s.handler,
		ReadHeaderTimeout: 10 * time.Second,
		BaseContext:       func(net.Listener) context.Context { return ctx },
	}
	s.wg.Add(2)
	go func() {
		defer s.wg.Done()
		if err := s.server.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			s.log.Error("serve", "err", err)
		}
	}()
	go func() {
		defer s.wg.Done()
		s.slotLoop(ctx)
	}()
	go func() {
		<-ctx.Done()
		s.shutdown()
	}()
	s.log.Info("beacon node simulator started", "url", s.urlLocked(), "validators", len(s.validators),
		"genesis", s.cfg.GenesisTime, "slot", s.cfg.SlotDuration, "slots_per_epoch", s.cfg.SlotsPerEpoch)
	return nil
}

// Close stops the server and the slot loop and ends event streams. It is
// idempotent.
func (s *Sim) Close() error {
	s.runMu.Lock()
	if s.closed {
		s.runMu.Unlock()
		return nil
	}
	s.closed = true
	cancel := s.cancel
	s.runMu.Unlock()
	s.events.close()
	if cancel != nil {
		cancel()
	}
	s.shutdown()
	s.wg.Wait()
	return nil
}

func (s *Sim) shutdown() {
	s.events.close()
	s.runMu.Lock()
	srv := s.server
	s.runMu.Unlock()
	if srv == nil {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	if err := srv.Shutdown(ctx); err != nil {
		_ = srv.Close()
	}
}

// URL returns the base URL (http://host:port) once Start has succeeded, or
// "" before.
func (s *Sim) URL() string {
	s.runMu.Lock()
	defer s.runMu.Unlock()
	return s.urlLocked()
}

func (s *Sim) urlLocked() string {
	if s.listener == nil {
		return ""
	}
	return "http://" + s.listener.Addr().String()
}

// Handler returns the simulator's HTTP handler (Beacon API and /metrics) for
// callers that serve it themselves. Blocks are then made lazily, whenever a
// request or a report method looks at the chain; head events need Start.
func (s *Sim) Handler() http.Handler { return s.handler }

// GenesisValidatorsRoot returns the genesis validators root the simulator
// signs and verifies with.
func (s *Sim) GenesisValidatorsRoot() Root { return s.gvr }

// GenesisTime returns the genesis time.
func (s *Sim) GenesisTime() time.Time { return s.cfg.GenesisTime }

// SlotDuration returns the slot duration.
func (s *Sim) SlotDuration() time.Duration { return s.cfg.SlotDuration }

// SlotsPerEpoch returns SLOTS_PER_EPOCH.
func (s *Sim) SlotsPerEpoch() uint64 { return s.cfg.SlotsPerEpoch }

// AttesterDomain returns the signature domain of attestations whose target is
// epoch: compute_domain(DOMAIN_BEACON_ATTESTER, Electra version,
// genesis_validators_root).
func (s *Sim) AttesterDomain(epoch uint64) Domain {
	return ComputeDomain(DomainBeaconAttester, s.forkVersionAt(epoch), s.gvr)
}

// forkVersionAt is the fork version in force at epoch: Electra throughout.
func (s *Sim) forkVersionAt(uint64) Version { return s.cfg.Forks.Electra }

// slotAt returns the slot in progress at t; before genesis it is 0.
func (s *Sim) slotAt(t time.Time) uint64 {
	if t.Before(s.cfg.GenesisTime) {
		return 0
	}
	return uint64(t.Sub(s.cfg.GenesisTime) / s.cfg.SlotDuration)
}

// slotStart returns the start time of slot.
func (s *Sim) slotStart(slot uint64) time.Time {
	return s.cfg.GenesisTime.Add(time.Duration(slot) * s.cfg.SlotDuration)
}

func (s *Sim) epochOf(slot uint64) uint64 { return slot / s.cfg.SlotsPerEpoch }

func (s *Sim) epochStart(epoch uint64) uint64 { return epoch * s.cfg.SlotsPerEpoch }

// slotLoop makes each slot's block at the slot's start so that head events
// go out on time, and closes a validator-proposed slot at its proposal
// deadline. Everything else also catches up lazily, so the loop only
// matters for timeliness.
func (s *Sim) slotLoop(ctx context.Context) {
	for {
		now := s.clock.Now()
		s.catchUp(now)
		slot := s.slotAt(now)
		next := s.slotStart(slot + 1)
		if now.Before(s.cfg.GenesisTime) {
			next = s.cfg.GenesisTime
		} else if deadline := s.slotStart(slot).Add(s.proposalDeadline()); now.Before(deadline) && s.validatorProposes(slot) {
			next = deadline
		}
		select {
		case <-s.clock.After(next.Sub(now)):
		case <-ctx.Done():
			return
		}
	}
}
