package beacon

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/attestantio/go-eth2-client/api"
	eth2http "github.com/attestantio/go-eth2-client/http"
	"github.com/attestantio/go-eth2-client/spec/phase0"
)

// Spec is the subset of the chain's configuration that the operator node
// uses, from /eth/v1/config/spec and /eth/v1/config/fork_schedule.
type Spec struct {
	SlotDuration         time.Duration
	SlotsPerEpoch        uint64
	MaxCommitteesPerSlot uint64
	GenesisForkVersion   phase0.Version
	// CapellaForkVersion signs voluntary exits (EIP-7044); zero if the
	// node does not say.
	CapellaForkVersion phase0.Version
	// ElectraForkEpoch is FAR_FUTURE_EPOCH if Electra is not scheduled.
	ElectraForkEpoch phase0.Epoch
	// Forks is the fork schedule in activation order; Forks[0] starts at
	// epoch 0 from the genesis fork version.
	Forks []phase0.Fork

	DomainBeaconProposer              phase0.DomainType
	DomainBeaconAttester              phase0.DomainType
	DomainRandao                      phase0.DomainType
	DomainDeposit                     phase0.DomainType
	DomainVoluntaryExit               phase0.DomainType
	DomainSelectionProof              phase0.DomainType
	DomainAggregateAndProof           phase0.DomainType
	DomainSyncCommittee               phase0.DomainType
	DomainSyncCommitteeSelectionProof phase0.DomainType
	DomainContributionAndProof        phase0.DomainType
	DomainApplicationBuilder          phase0.DomainType
}

// Bounds beyond which a spec value is taken for garbage.
const (
	maxSlotDuration  = 10 * time.Minute
	maxSlotsPerEpoch = 1 << 13
	maxCommittees    = 1 << 10
)

// EpochOf returns the epoch of a slot.
func (s *Spec) EpochOf(slot phase0.Slot) phase0.Epoch {
	return phase0.Epoch(uint64(slot) / s.SlotsPerEpoch)
}

// Spec returns the chain's configuration. It is fetched once, from the
// first node that gives a sane answer, and cached.
func (c *Client) Spec(ctx context.Context) (*Spec, error) {
	if s := c.spec.Load(); s != nil {
		return s, nil
	}
	c.specMu.Lock()
	defer c.specMu.Unlock()
	if s := c.spec.Load(); s != nil {
		return s, nil
	}
	s, err := call(ctx, c, epSpec, "fetch chain spec", func(ctx context.Context, svc *eth2http.Service) (*Spec, error) {
		return fetchSpec(ctx, svc, c.genesis.GenesisForkVersion)
	})
	if err != nil {
		return nil, err
	}
	c.spec.Store(s)
	return s, nil
}

// Fork returns the fork version active at epoch, from the fork schedule.
func (c *Client) Fork(ctx context.Context, epoch phase0.Epoch) (phase0.Version, error) {
	s, err := c.Spec(ctx)
	if err != nil {
		return phase0.Version{}, fmt.Errorf("fork version at epoch %d: %w", epoch, err)
	}
	return s.ForkVersion(epoch), nil
}

// ForkVersion returns the fork version active at epoch: that of the last
// fork of the schedule starting at or before it.
func (s *Spec) ForkVersion(epoch phase0.Epoch) phase0.Version {
	v := s.GenesisForkVersion
	for _, f := range s.Forks {
		if f.Epoch > epoch {
			break
		}
		v = f.CurrentVersion
	}
	return v
}

// fetchSpec asks one node for the spec and fork schedule and checks them.
func fetchSpec(ctx context.Context, svc *eth2http.Service, genesisFork phase0.Version) (*Spec, error) {
	resp, err := svc.Spec(ctx, &api.SpecOpts{})
	if err != nil {
		return nil, fmt.Errorf("fetch spec: %w", err)
	}
	s, err := parseSpec(resp.Data)
	if err != nil {
		return nil, err
	}
	if s.GenesisForkVersion != genesisFork {
		return nil, invalidf("spec's GENESIS_FORK_VERSION %#x differs from genesis's %#x", s.GenesisForkVersion, genesisFork)
	}
	forks, err := svc.ForkSchedule(ctx, &api.ForkScheduleOpts{})
	if err != nil {
		return nil, fmt.Errorf("fetch fork schedule: %w", err)
	}
	if s.Forks, err = checkForks(forks.Data, genesisFork); err != nil {
		return nil, err
	}
	return s, nil
}

// specReader reads typed values from go-eth2-client's parsed spec map,
// remembering the keys that are missing or of the wrong type.
type specReader struct {
	m   map[string]any
	bad []string
}

func (r *specReader) uint(key string) uint64 {
	v, ok := r.m[key].(uint64)
	if !ok {
		r.bad = append(r.bad, key)
	}
	return v
}

func (r *specReader) domain(key string) phase0.DomainType {
	v, ok := r.m[key].(phase0.DomainType)
	if !ok {
		r.bad = append(r.bad, key)
	}
	return v
}

func (r *specReader) version(key string) phase0.Version {
	v, ok := r.m[key].(phase0.Version)
	if !ok {
		r.bad = append(r.bad, key)
	}
	return v
}

// slotDuration prefers SLOT_DURATION_MS (newer specs) to SECONDS_PER_SLOT.
func (r *specReader) slotDuration() time.Duration {
	if ms, ok := r.m["SLOT_DURATION_MS"].(uint64); ok && ms <= uint64(maxSlotDuration/time.Millisecond) {
		return time.Duration(ms) * time.Millisecond
	}
	d, ok := r.m["SECONDS_PER_SLOT"].(time.Duration)
	if !ok {
		r.bad = append(r.bad, "SECONDS_PER_SLOT")
	}
	return d
}

// parseSpec takes the Spec's values from the spec map and checks them.
func parseSpec(m map[string]any) (*Spec, error) {
	r := &specReader{m: m}
	s := &Spec{
		SlotDuration:                      r.slotDuration(),
		SlotsPerEpoch:                     r.uint("SLOTS_PER_EPOCH"),
		GenesisForkVersion:                r.version("GENESIS_FORK_VERSION"),
		ElectraForkEpoch:                  phase0.Epoch(r.uint("ELECTRA_FORK_EPOCH")),
		DomainBeaconProposer:              r.domain("DOMAIN_BEACON_PROPOSER"),
		DomainBeaconAttester:              r.domain("DOMAIN_BEACON_ATTESTER"),
		DomainRandao:                      r.domain("DOMAIN_RANDAO"),
		DomainDeposit:                     r.domain("DOMAIN_DEPOSIT"),
		DomainVoluntaryExit:               r.domain("DOMAIN_VOLUNTARY_EXIT"),
		DomainSelectionProof:              r.domain("DOMAIN_SELECTION_PROOF"),
		DomainAggregateAndProof:           r.domain("DOMAIN_AGGREGATE_AND_PROOF"),
		DomainSyncCommittee:               r.domain("DOMAIN_SYNC_COMMITTEE"),
		DomainSyncCommitteeSelectionProof: r.domain("DOMAIN_SYNC_COMMITTEE_SELECTION_PROOF"),
		DomainContributionAndProof:        r.domain("DOMAIN_CONTRIBUTION_AND_PROOF"),
		DomainApplicationBuilder:          r.domain("DOMAIN_APPLICATION_BUILDER"),
	}
	if v, ok := m["CAPELLA_FORK_VERSION"].(phase0.Version); ok {
		s.CapellaForkVersion = v
	}
	s.MaxCommitteesPerSlot = 64
	if v, ok := m["MAX_COMMITTEES_PER_SLOT"].(uint64); ok {
		s.MaxCommitteesPerSlot = v
	}
	if len(r.bad) > 0 {
		sort.Strings(r.bad)
		return nil, invalidf("spec lacks %s (or has values of the wrong type)", strings.Join(r.bad, ", "))
	}
	switch {
	case s.SlotDuration <= 0 || s.SlotDuration > maxSlotDuration:
		return nil, invalidf("absurd slot duration %v", s.SlotDuration)
	case s.SlotsPerEpoch == 0 || s.SlotsPerEpoch > maxSlotsPerEpoch:
		return nil, invalidf("absurd SLOTS_PER_EPOCH %d", s.SlotsPerEpoch)
	case s.MaxCommitteesPerSlot == 0 || s.MaxCommitteesPerSlot > maxCommittees:
		return nil, invalidf("absurd MAX_COMMITTEES_PER_SLOT %d", s.MaxCommitteesPerSlot)
	}
	return s, nil
}

// checkForks orders the fork schedule by epoch (keeping the node's order
// among forks of one epoch) and checks it starts at epoch 0 from the
// genesis fork version and chains each fork to the previous one.
func checkForks(forks []*phase0.Fork, genesisFork phase0.Version) ([]phase0.Fork, error) {
	if len(forks) == 0 {
		return nil, invalidf("empty fork schedule")
	}
	out := make([]phase0.Fork, 0, len(forks))
	for _, f := range forks {
		if f == nil {
			return nil, invalidf("null entry in fork schedule")
		}
		out = append(out, *f)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Epoch < out[j].Epoch })
	if out[0].Epoch != 0 || out[0].PreviousVersion != genesisFork {
		return nil, invalidf("fork schedule does not start at epoch 0 from the genesis fork version %#x", genesisFork)
	}
	for i := 1; i < len(out); i++ {
		if out[i].PreviousVersion != out[i-1].CurrentVersion {
			return nil, invalidf("fork schedule breaks at epoch %d: previous version %#x, expected %#x",
				out[i].Epoch, out[i].PreviousVersion, out[i-1].CurrentVersion)
		}
	}
	return out, nil
}
