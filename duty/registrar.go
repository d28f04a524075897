package duty

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/attestantio/go-eth2-client/api"
	apiv1 "github.com/attestantio/go-eth2-client/api/v1"
	"github.com/attestantio/go-eth2-client/spec"
	"github.com/attestantio/go-eth2-client/spec/phase0"

	"github.com/keystake/keystake/signing"
)

// RegistrarBeacon is what builder registrations need from the beacon node.
type RegistrarBeacon interface {
	SubmitValidatorRegistrations(ctx context.Context, regs []*api.VersionedSignedValidatorRegistration) error
}

// RegistrarConfig wires a Registrar.
type RegistrarConfig struct {
	Beacon   RegistrarBeacon
	Exchange *Exchange
	Timing   Timing
	// Domain is DOMAIN_APPLICATION_BUILDER under the genesis fork version
	// and a zero genesis validators root, as the builder API defines it.
	Domain phase0.Domain
	// GasLimit is the block gas limit the validators ask builders for.
	GasLimit uint64
	Logger   *slog.Logger
	Metrics  *Metrics
}

// Registrar signs, by threshold, each validator's registration with the
// builders (MEV-boost) once an epoch and hands them to the beacon node. A
// registration is not slashable, but every operator must sign the same
// one: it names the fee recipient from cluster.json, the gas limit (the
// same setting on every operator) and, as its timestamp, the epoch's start
// time, so that the operators agree on it without a round of consensus.
type Registrar struct {
	cfg      RegistrarConfig
	clusters []*Cluster
}

// NewRegistrar creates a registrar for clusters.
func NewRegistrar(cfg RegistrarConfig, clusters []*Cluster) *Registrar {
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	return &Registrar{cfg: cfg, clusters: clusters}
}

// Register signs and submits the registrations of every validator of every
// cluster for epoch; call it at the epoch's first slot. It returns once
// they are submitted or the slot after has begun.
func (r *Registrar) Register(ctx context.Context, epoch phase0.Epoch) {
	slot := r.cfg.Timing.EpochStart(epoch)
	ctx, cancel := context.WithDeadline(ctx, r.cfg.Timing.SlotStart(slot+1))
	defer cancel()
	for _, c := range r.clusters {
		log := r.cfg.Logger.With("epoch", epoch, "cluster", fmt.Sprintf("%x", c.Hash[:4]), "validators", len(c.Validators))
		n, err := r.register(ctx, c, epoch, log)
		r.cfg.Metrics.duty("builder_registration", n, len(c.Validators)-n)
		if err != nil {
			log.Warn("builder registrations failed", "submitted", n, "reason", err)
			continue
		}
		log.Debug("builder registrations submitted")
	}
}

// registration returns validator pos's registration of c for epoch.
func (r *Registrar) registration(c *Cluster, pos uint32, epoch phase0.Epoch) *apiv1.ValidatorRegistration {
	return &apiv1.ValidatorRegistration{
		FeeRecipient: c.Validators[pos].FeeRecipient,
		GasLimit:     r.cfg.GasLimit,
		Timestamp:    r.cfg.Timing.SlotStart(r.cfg.Timing.EpochStart(epoch)).Truncate(time.Second),
		Pubkey:       c.Validators[pos].Pubkey,
	}
}

func (r *Registrar) register(ctx context.Context, c *Cluster, epoch phase0.Epoch, log *slog.Logger) (int, error) {
	slot := r.cfg.Timing.EpochStart(epoch)
	msgs := make([]*apiv1.ValidatorRegistration, len(c.Validators))
	signings := make([]Signing, len(c.Validators))
	for i := range c.Validators {
		pos := uint32(i)
		msgs[i] = r.registration(c, pos, epoch)
		root, err := signing.Root(msgs[i], r.cfg.Domain)
		if err != nil {
			return 0, fmt.Errorf("registration root of validator %d: %w", i, err)
		}
		signings[i] = Signing{Entry: pos, Validator: pos, Root: root[:]}
	}
	sigs, signErr := r.cfg.Exchange.thresholdSign(ctx, c, slot, DutyBuilderRegistration, signings, nil, log)
	regs := make([]*api.VersionedSignedValidatorRegistration, 0, len(sigs))
	for pos, sig := range sigs {
		regs = append(regs, &api.VersionedSignedValidatorRegistration{
			Version: spec.BuilderVersionV1,
			V1:      &apiv1.SignedValidatorRegistration{Message: msgs[pos], Signature: phase0.BLSSignature(sig)},
		})
	}
	if len(regs) > 0 {
		if err := r.cfg.Beacon.SubmitValidatorRegistrations(ctx, regs); err != nil {
			return 0, fmt.Errorf("submit builder registrations: %w", err)
		}
	}
	return len(regs), signErr
}
