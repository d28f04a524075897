package beacon

import (
	"context"
	"fmt"

	"github.com/attestantio/go-eth2-client/api"
	apiv1 "github.com/attestantio/go-eth2-client/api/v1"
	eth2http "github.com/attestantio/go-eth2-client/http"
	"github.com/attestantio/go-eth2-client/spec/phase0"
)

// Genesis returns the network's genesis, as the nodes reached at New agreed
// on it (New fetches it, so this never fails). The result is shared: do not
// modify it.
func (c *Client) Genesis(context.Context) (*apiv1.Genesis, error) {
	return c.genesis, nil
}

// fetchGenesis asks one node for the genesis and checks it.
func fetchGenesis(ctx context.Context, svc *eth2http.Service) (*apiv1.Genesis, error) {
	resp, err := svc.Genesis(ctx, &api.GenesisOpts{})
	if err != nil {
		return nil, fmt.Errorf("fetch genesis: %w", err)
	}
	g := resp.Data
	switch {
	case g == nil:
		return nil, invalidf("genesis without data")
	case g.GenesisTime.IsZero() || g.GenesisTime.Unix() <= 0:
		return nil, invalidf("genesis time %v", g.GenesisTime)
	case g.GenesisValidatorsRoot == phase0.Root{}:
		return nil, invalidf("zero genesis validators root")
	}
	return g, nil
}

// Syncing returns the preferred node's sync state.
func (c *Client) Syncing(ctx context.Context) (*apiv1.SyncState, error) {
	return call(ctx, c, epSyncing, "fetch sync state", c.syncState)
}

// syncState asks one node for its sync state and checks its head is not
// ahead of the wall clock.
func (c *Client) syncState(ctx context.Context, svc *eth2http.Service) (*apiv1.SyncState, error) {
	resp, err := svc.NodeSyncing(ctx, &api.NodeSyncingOpts{})
	if err != nil {
		return nil, fmt.Errorf("fetch sync state: %w", err)
	}
	s := resp.Data
	if s == nil {
		return nil, invalidf("sync state without data")
	}
	if cur, ok := c.currentSlot(); ok && s.HeadSlot > cur+1 {
		return nil, invalidf("head slot %d is ahead of the current slot %d", s.HeadSlot, cur)
	}
	return s, nil
}

// currentSlot returns the wall-clock slot, if the spec is known and the
// chain has started.
func (c *Client) currentSlot() (phase0.Slot, bool) {
	s := c.spec.Load()
	if s == nil || c.genesis == nil {
		return 0, false
	}
	since := c.now().Sub(c.genesis.GenesisTime)
	if since < 0 {
		return 0, true
	}
	return phase0.Slot(since / s.SlotDuration), true
}

// Validators returns the validators with the given public keys in the head
// state; keys unknown to the chain are absent from the map.
func (c *Client) Validators(ctx context.Context, pubkeys []phase0.BLSPubKey) (map[phase0.BLSPubKey]*apiv1.Validator, error) {
	if len(pubkeys) == 0 {
		// go-eth2-client would fetch the whole state.
		return map[phase0.BLSPubKey]*apiv1.Validator{}, nil
	}
	action := fmt.Sprintf("fetch %d validators", len(pubkeys))
	return call(ctx, c, epValidators, action, func(ctx context.Context, svc *eth2http.Service) (map[phase0.BLSPubKey]*apiv1.Validator, error) {
		resp, err := svc.Validators(ctx, &api.ValidatorsOpts{State: "head", PubKeys: pubkeys})
		if err != nil {
			return nil, fmt.Errorf("fetch validators: %w", err)
		}
		return checkValidators(resp.Data, pubkeys)
	})
}

// checkValidators keys the answer by public key and checks it holds only
// validators that were asked about, once each.
func checkValidators(got map[phase0.ValidatorIndex]*apiv1.Validator, asked []phase0.BLSPubKey) (map[phase0.BLSPubKey]*apiv1.Validator, error) {
	want := make(map[phase0.BLSPubKey]bool, len(asked))
	for _, k := range asked {
		want[k] = true
	}
	out := make(map[phase0.BLSPubKey]*apiv1.Validator, len(got))
	for idx, v := range got {
		if v == nil || v.Validator == nil {
			return nil, invalidf("validator %d without data", idx)
		}
		k := v.Validator.PublicKey
		switch {
		case !want[k]:
			return nil, invalidf("validator %d (%#x) was not asked for", idx, k[:8])
		case out[k] != nil:
			return nil, invalidf("validator %#x given twice (indices %d and %d)", k[:8], out[k].Index, idx)
		}
		out[k] = v
	}
	return out, nil
}

// AttesterDuties returns the attester duties of the given validators in an
// epoch. Every duty returned is in the epoch, for one of the validators,
// one per validator, and places the validator inside its committee.
func (c *Client) AttesterDuties(ctx context.Context, epoch phase0.Epoch, indices []phase0.ValidatorIndex) ([]*apiv1.AttesterDuty, error) {
	if len(indices) == 0 {
		return nil, nil
	}
	action := fmt.Sprintf("fetch attester duties for epoch %d", epoch)
	spec, err := c.Spec(ctx)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", action, err)
	}
	return call(ctx, c, epDuties, action, func(ctx context.Context, svc *eth2http.Service) ([]*apiv1.AttesterDuty, error) {
		resp, err := svc.AttesterDuties(ctx, &api.AttesterDutiesOpts{Epoch: epoch, Indices: indices})
		if err != nil {
			return nil, fmt.Errorf("fetch attester duties: %w", err)
		}
		if err := checkDuties(spec, epoch, indices, resp.Data); err != nil {
			return nil, err
		}
		return resp.Data, nil
	})
}

// checkDuties checks attester duties against the request and the spec.
func checkDuties(spec *Spec, epoch phase0.Epoch, indices []phase0.ValidatorIndex, duties []*apiv1.AttesterDuty) error {
	asked := make(map[phase0.ValidatorIndex]bool, len(indices))
	for _, i := range indices {
		asked[i] = true
	}
	seen := make(map[phase0.ValidatorIndex]bool, len(duties))
	for _, d := range duties {
		if d == nil {
			return invalidf("null attester duty")
		}
		switch {
		case spec.EpochOf(d.Slot) != epoch:
			return invalidf("attester duty at slot %d is outside epoch %d", d.Slot, epoch)
		case !asked[d.ValidatorIndex]:
			return invalidf("attester duty for validator %d, which was not asked for", d.ValidatorIndex)
		case seen[d.ValidatorIndex]:
			return invalidf("two attester duties for validator %d", d.ValidatorIndex)
		case d.CommitteesAtSlot == 0 || d.CommitteesAtSlot > spec.MaxCommitteesPerSlot:
			return invalidf("attester duty with %d committees at slot", d.CommitteesAtSlot)
		case uint64(d.CommitteeIndex) >= d.CommitteesAtSlot:
			return invalidf("attester duty in committee %d of %d", d.CommitteeIndex, d.CommitteesAtSlot)
		case d.CommitteeLength == 0 || d.ValidatorCommitteeIndex >= d.CommitteeLength:
			return invalidf("attester duty at position %d of a committee of %d", d.ValidatorCommitteeIndex, d.CommitteeLength)
		}
		seen[d.ValidatorIndex] = true
	}
	return nil
}

// AttestationData returns the attestation data to sign at slot, for
// committee index 0 (since Electra the index is not part of the data). The
// data is checked: its slot is the one asked for, its target epoch is the
// slot's epoch, and its source epoch is not after the target's.
func (c *Client) AttestationData(ctx context.Context, slot phase0.Slot) (*phase0.AttestationData, error) {
	action := fmt.Sprintf("fetch attestation data for slot %d", slot)
	spec, err := c.Spec(ctx)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", action, err)
	}
	return call(ctx, c, epAttData, action, func(ctx context.Context, svc *eth2http.Service) (*phase0.AttestationData, error) {
		resp, err := svc.AttestationData(ctx, &api.AttestationDataOpts{Slot: slot})
		if err != nil {
			return nil, fmt.Errorf("fetch attestation data: %w", err)
		}
		if err := checkAttestationData(spec, slot, resp.Data); err != nil {
			return nil, err
		}
		return resp.Data, nil
	})
}

func checkAttestationData(spec *Spec, slot phase0.Slot, d *phase0.AttestationData) error {
	epoch := spec.EpochOf(slot)
	switch {
	case d == nil || d.Source == nil || d.Target == nil:
		return invalidf("attestation data without source or target")
	case d.Slot != slot:
		return invalidf("attestation data for slot %d, not %d", d.Slot, slot)
	case d.Index != 0 && epoch >= spec.ElectraForkEpoch:
		return invalidf("attestation data with committee index %d after Electra", d.Index)
	case d.Target.Epoch != epoch:
		return invalidf("attestation data with target epoch %d for slot %d of epoch %d", d.Target.Epoch, slot, epoch)
	case d.Source.Epoch > d.Target.Epoch:
		return invalidf("attestation data with source epoch %d after target epoch %d", d.Source.Epoch, d.Target.Epoch)
	case d.BeaconBlockRoot == phase0.Root{} || d.Target.Root == phase0.Root{}:
		return invalidf("attestation data with a zero block or target root")
	}
	return nil
}
