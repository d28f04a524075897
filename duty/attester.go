package duty

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sort"
	"sync"
	"time"

	apiv1 "github.com/attestantio/go-eth2-client/api/v1"
	"github.com/attestantio/go-eth2-client/spec/electra"
	"github.com/attestantio/go-eth2-client/spec/phase0"

	"github.com/keystake/keystake/consensus"
	"github.com/keystake/keystake/hotstuff"
	"github.com/keystake/keystake/signing"
	"github.com/keystake/keystake/tbls"
)

// AttesterConfig wires an Attester.
type AttesterConfig struct {
	Beacon    Beacon
	Consensus Consensus
	Slashing  Slashing
	Network   Network
	Timing    Timing
	// Domain returns DOMAIN_BEACON_ATTESTER at epoch.
	Domain  func(epoch phase0.Epoch) (phase0.Domain, error)
	Logger  *slog.Logger
	Metrics *Metrics
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// Exchange carries partial signatures; nil means a new one on Network.
	Exchange *Exchange
	// Guard holds validators back for doppelganger protection; nil: none.
	Guard *Guard
}

// Attester performs attestation duties for a set of clusters: for each
// cluster and slot, one consensus instance decides the AttestationData that
// all the cluster's validators attesting in the slot sign.
type Attester struct {
	cfg      AttesterConfig
	clusters map[[32]byte]*Cluster
	byPubkey map[phase0.BLSPubKey][]location // where each validator sits
	x        *Exchange
	// decisions are the attestation data decided per cluster and slot,
	// which aggregates must be over.
	decisions *book[*phase0.AttestationData]
}

// location is a validator's cluster and position in it.
type location struct {
	cluster  *Cluster
	position uint32
}

// NewAttester creates an attester for clusters.
func NewAttester(cfg AttesterConfig, clusters []*Cluster) *Attester {
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	if cfg.Exchange == nil {
		cfg.Exchange = NewExchange(cfg.Network, cfg.Timing, cfg.Now, cfg.Metrics, cfg.Logger, clusters)
	}
	a := &Attester{
		cfg:       cfg,
		clusters:  make(map[[32]byte]*Cluster),
		byPubkey:  make(map[phase0.BLSPubKey][]location),
		x:         cfg.Exchange,
		decisions: newBook[*phase0.AttestationData](),
	}
	for _, c := range clusters {
		a.clusters[c.Hash] = c
		for i, v := range c.Validators {
			a.byPubkey[v.Pubkey] = append(a.byPubkey[v.Pubkey], location{c, uint32(i)})
		}
	}
	return a
}

// Attest performs the attestation duties of slot (duties of any of the
// attester's validators; others are ignored), one cluster at a time in
// parallel, and returns when all are done or have failed.
func (a *Attester) Attest(ctx context.Context, slot phase0.Slot, duties []*apiv1.AttesterDuty) {
	var wg sync.WaitGroup
	for c, ds := range a.byCluster(duties) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			a.attestCluster(ctx, c, slot, ds)
		}()
	}
	wg.Wait()
	a.x.prune(slot)
	a.decisions.prune(slot - min(slot, 4))
}

// clusterDuty is a duty with the validator's position in its cluster.
type clusterDuty struct {
	position uint32
	duty     *apiv1.AttesterDuty
}

func (a *Attester) byCluster(duties []*apiv1.AttesterDuty) map[*Cluster][]clusterDuty {
	out := make(map[*Cluster][]clusterDuty)
	for _, d := range duties {
		for _, l := range a.byPubkey[d.PubKey] {
			out[l.cluster] = append(out[l.cluster], clusterDuty{l.position, d})
		}
	}
	return out
}

// attestCluster runs one cluster's attestations for slot and records the
// outcome.
func (a *Attester) attestCluster(ctx context.Context, c *Cluster, slot phase0.Slot, duties []clusterDuty) {
	deadline := a.cfg.Timing.SlotStart(slot + 1)
	ctx, cancel := context.WithDeadline(ctx, deadline)
	defer cancel()
	log := a.cfg.Logger.With("slot", slot, "cluster", fmt.Sprintf("%x", c.Hash[:4]), "validators", len(duties))
	submitted, err := a.attest(ctx, c, slot, duties, log)
	a.cfg.Metrics.attested(submitted, len(duties)-submitted)
	if err != nil {
		log.Warn("attestation duty failed", "submitted", submitted, "reason", err)
		return
	}
	log.Debug("attestations submitted", "submitted", submitted)
}

// attest agrees on the data, signs, exchanges partials and submits. It
// returns how many attestations were submitted.
func (a *Attester) attest(ctx context.Context, c *Cluster, slot phase0.Slot, duties []clusterDuty, log *slog.Logger) (int, error) {
	data, view, err := a.decide(ctx, c, slot, duties)
	if err != nil {
		return 0, err
	}
	a.decisions.put(c.Hash, slot, data)
	domain, err := a.cfg.Domain(data.Target.Epoch)
	if err != nil {
		return 0, fmt.Errorf("attester domain: %w", err)
	}
	root, err := signing.Root(data, domain)
	if err != nil {
		return 0, err
	}
	st := a.x.collectorFor(c, slot, DutyAttester)
	positions := make([]uint32, len(duties))
	for i, d := range duties {
		positions[i] = d.position
	}
	a.x.decided(st, root[:], positions)

	partials, refused, held := a.signPartials(c, data, root, duties, log)
	if len(partials) == 0 && held == 0 {
		return 0, fmt.Errorf("slashing protection refused all %d validators", refused)
	}
	a.x.share(c, slot, DutyAttester, st, partials)
	log.Debug("attestation data decided", "view", view, "head", data.BeaconBlockRoot.String(), "target", data.Target.Epoch)
	return a.collectAndSubmit(ctx, c, st, data, duties, log)
}

// decide runs consensus on the slot's AttestationData.
func (a *Attester) decide(ctx context.Context, c *Cluster, slot phase0.Slot, duties []clusterDuty) (*phase0.AttestationData, hotstuff.View, error) {
	ownData := &retried[*phase0.AttestationData]{
		fetch: func() (*phase0.AttestationData, error) { return a.cfg.Beacon.AttestationData(ctx, slot) },
		every: a.cfg.Timing.SlotDuration / 24,
		now:   a.cfg.Now,
	}
	ownData.get() // now, not when first wanted
	start := a.cfg.Timing.SlotStart(slot)
	inst := consensus.Instance{
		Key:     hotstuff.Key{Cluster: c.Hash, Slot: uint64(slot), Duty: DutyAttester},
		Members: c.Members,
		Schedule: hotstuff.Schedule{
			Start:    start,
			Base:     a.cfg.Timing.SlotDuration / 12,
			Deadline: a.cfg.Timing.SlotStart(slot + 1),
		},
		Propose: func() ([]byte, error) {
			own, err := ownData.get()
			if err != nil {
				return nil, err
			}
			return own.MarshalSSZ()
		},
		Validate: func(value []byte) error {
			own, err := ownData.get()
			if err != nil {
				return fmt.Errorf("no attestation data from our beacon node to compare: %w", err)
			}
			data, err := decodeAttestationData(value)
			if err != nil {
				return err
			}
			return a.validate(c, slot, own, data, duties)
		},
	}
	value, view, err := a.cfg.Consensus.Decide(ctx, inst)
	if err != nil {
		if _, ownErr := ownData.get(); ownErr != nil {
			err = errors.Join(err, fmt.Errorf("beacon node: %w", ownErr))
		}
		return nil, 0, err
	}
	data, err := decodeAttestationData(value)
	if err != nil {
		return nil, 0, fmt.Errorf("decided value: %w", err)
	}
	return data, view, nil
}

func decodeAttestationData(value []byte) (*phase0.AttestationData, error) {
	var data phase0.AttestationData
	if err := data.UnmarshalSSZ(value); err != nil {
		return nil, fmt.Errorf("decode attestation data: %w", err)
	}
	return &data, nil
}

// validate is the consensus hook: the proposed data must be for this slot
// and committee 0, agree with our beacon node on source and target (a guard
// against a chain split or a lying leader), and be slashing-safe for at
// least one of the validators (each is checked again before signing).
func (a *Attester) validate(c *Cluster, slot phase0.Slot, own, data *phase0.AttestationData, duties []clusterDuty) error {
	switch {
	case data.Slot != slot:
		return fmt.Errorf("attestation data for slot %d, not %d", data.Slot, slot)
	case data.Index != 0:
		return fmt.Errorf("attestation data with committee index %d, want 0 since Electra", data.Index)
	case *data.Source != *own.Source:
		return fmt.Errorf("source %d/%#x differs from our beacon node's %d/%#x", data.Source.Epoch, data.Source.Root, own.Source.Epoch, own.Source.Root)
	case *data.Target != *own.Target:
		return fmt.Errorf("target %d/%#x differs from our beacon node's %d/%#x", data.Target.Epoch, data.Target.Root, own.Target.Epoch, own.Target.Root)
	}
	domain, err := a.cfg.Domain(data.Target.Epoch)
	if err != nil {
		return err
	}
	root, err := signing.Root(data, domain)
	if err != nil {
		return err
	}
	errs := a.cfg.Slashing.CheckAttestations(records(c, data, root, duties))
	for _, err := range errs {
		if err == nil {
			return nil
		}
	}
	return fmt.Errorf("slashable for every validator: %w", errs[0])
}

func records(c *Cluster, data *phase0.AttestationData, root phase0.Root, duties []clusterDuty) []AttestationRecord {
	recs := make([]AttestationRecord, len(duties))
	for i, d := range duties {
		recs[i] = AttestationRecord{
			Pubkey: c.Validators[d.position].Pubkey,
			Source: data.Source.Epoch, Target: data.Target.Epoch,
			SigningRoot: root,
		}
	}
	return recs
}

// signPartials checks and records slashing safety for every validator in
// one transaction, then signs with the shares of those found safe. It
// returns the partials, how many validators slashing protection refused,
// and how many doppelganger protection holds back (not signed, not recorded).
func (a *Attester) signPartials(c *Cluster, data *phase0.AttestationData, root phase0.Root, duties []clusterDuty, log *slog.Logger) ([]Partial, int, int) {
	var free []clusterDuty
	for _, d := range duties {
		if !a.cfg.Guard.Held(c.Validators[d.position].Pubkey) {
			free = append(free, d)
		}
	}
	held := len(duties) - len(free)
	duties = free
	errs := a.cfg.Slashing.CheckAndRecordAttestations(records(c, data, root, duties))
	var safe []clusterDuty
	var shares []*tbls.SecretKey
	for i, d := range duties {
		if errs[i] != nil {
			log.Error("slashing protection refused to sign", "validator", c.Validators[d.position].Pubkey.String(), "err", errs[i])
			continue
		}
		safe = append(safe, d)
		shares = append(shares, c.Validators[d.position].Share)
	}
	sigs, err := tbls.SignManyRaw(shares, root[:])
	if err != nil {
		log.Error("sign attestations", "err", err)
		return nil, len(duties), held
	}
	partials := make([]Partial, len(safe))
	for i, d := range safe {
		partials[i] = Partial{Validator: d.position, Signature: sigs[i]}
	}
	return partials, len(duties) - len(safe), held
}

// collectAndSubmit recovers signatures as partials arrive and submits them:
// all together once every validator has its signature, or what is ready a
// sixth of a slot after the decision and then each as it completes, until
// the deadline.
func (a *Attester) collectAndSubmit(ctx context.Context, c *Cluster, st *collectorState, data *phase0.AttestationData, duties []clusterDuty, log *slog.Logger) (int, error) {
	byPos := make(map[uint32]*apiv1.AttesterDuty, len(duties))
	for _, d := range duties {
		byPos[d.position] = d.duty
	}
	flush := time.NewTimer(a.cfg.Timing.SlotDuration / 6)
	defer flush.Stop()
	partial := false
	submitted := 0
	for {
		a.x.recover(st, log)
		ready, complete := map[uint32]tbls.Signature(nil), false
		a.x.with(st, func(col *collector) {
			if partial || col.complete() {
				ready, complete = col.ready()
			}
		})
		for pos := range ready {
			a.cfg.Guard.Release(c.Validators[pos].Pubkey) // recovered: the cluster runs it
		}
		if len(ready) > 0 {
			if err := a.submit(ctx, c, data, ready, byPos); err != nil {
				return submitted, err
			}
			submitted += len(ready)
		}
		if complete {
			return submitted, nil
		}
		select {
		case <-st.changed:
		case <-flush.C:
			partial = true
		case <-ctx.Done():
			var n int
			var ops map[int]bool
			a.x.with(st, func(col *collector) { n, ops = col.missing() })
			return submitted, fmt.Errorf("%d validators without enough partial signatures by the deadline: none from operators %v", n, sortedKeys(ops))
		}
	}
}

func (a *Attester) submit(ctx context.Context, c *Cluster, data *phase0.AttestationData, sigs map[uint32]tbls.Signature, duties map[uint32]*apiv1.AttesterDuty) error {
	atts := make([]*electra.SingleAttestation, 0, len(sigs))
	for pos, sig := range sigs {
		d := duties[pos]
		atts = append(atts, &electra.SingleAttestation{
			CommitteeIndex: d.CommitteeIndex,
			AttesterIndex:  d.ValidatorIndex,
			Data:           data,
			Signature:      phase0.BLSSignature(sig),
		})
	}
	if err := a.cfg.Beacon.SubmitAttestations(ctx, atts); err != nil {
		return fmt.Errorf("submit %d attestations: %w", len(atts), err)
	}
	a.cfg.Metrics.submittedAt(a.cfg.Now().Sub(a.cfg.Timing.SlotStart(data.Slot)), len(atts))
	return nil
}

func sortedKeys(m map[int]bool) []int {
	out := make([]int, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Ints(out)
	return out
}

// HandlePartials passes a partial signature message to the exchange (see
// Exchange.HandlePartials).
func (a *Attester) HandlePartials(from []byte, data []byte) error {
	return a.x.HandlePartials(from, data)
}

// retried is a value fetched from the beacon node once it succeeds: a
// failed fetch is tried again when the value is next wanted, at most once
// per every, so that one failed call does not keep an operator out of a
// duty's consensus.
type retried[T any] struct {
	fetch func() (T, error)
	every time.Duration
	now   func() time.Time

	mu   sync.Mutex
	v    T
	err  error
	done bool
	last time.Time
}

func (r *retried[T]) get() (T, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if !r.done && (r.last.IsZero() || r.now().Sub(r.last) >= r.every) {
		r.last = r.now()
		r.v, r.err = r.fetch()
		r.done = r.err == nil
	}
	return r.v, r.err
}
