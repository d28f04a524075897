package beacon

import (
	"context"
	"errors"
	"fmt"
	"net/http"

	"github.com/attestantio/go-eth2-client/api"
	apiv1 "github.com/attestantio/go-eth2-client/api/v1"
	eth2http "github.com/attestantio/go-eth2-client/http"
	"github.com/attestantio/go-eth2-client/spec"
	"github.com/attestantio/go-eth2-client/spec/phase0"
)

// ProposerDuties returns the block proposal duties of the given validators
// in an epoch: every duty returned is in the epoch and for one of them, at
// most one per slot.
func (c *Client) ProposerDuties(ctx context.Context, epoch phase0.Epoch, indices []phase0.ValidatorIndex) ([]*apiv1.ProposerDuty, error) {
	if len(indices) == 0 {
		return nil, nil
	}
	action := fmt.Sprintf("fetch proposer duties for epoch %d", epoch)
	spec, err := c.Spec(ctx)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", action, err)
	}
	return call(ctx, c, epPropDuties, action, func(ctx context.Context, svc *eth2http.Service) ([]*apiv1.ProposerDuty, error) {
		resp, err := svc.ProposerDuties(ctx, &api.ProposerDutiesOpts{Epoch: epoch, Indices: indices})
		if err != nil {
			return nil, fmt.Errorf("fetch proposer duties: %w", err)
		}
		return checkProposerDuties(spec, epoch, indices, resp.Data)
	})
}

// checkProposerDuties keeps the duties of the asked validators (the
// endpoint answers for the whole epoch) after checking every duty.
func checkProposerDuties(spec *Spec, epoch phase0.Epoch, indices []phase0.ValidatorIndex, duties []*apiv1.ProposerDuty) ([]*apiv1.ProposerDuty, error) {
	asked := make(map[phase0.ValidatorIndex]bool, len(indices))
	for _, i := range indices {
		asked[i] = true
	}
	seen := make(map[phase0.Slot]bool, len(duties))
	var out []*apiv1.ProposerDuty
	for _, d := range duties {
		switch {
		case d == nil:
			return nil, invalidf("null proposer duty")
		case spec.EpochOf(d.Slot) != epoch:
			return nil, invalidf("proposer duty at slot %d is outside epoch %d", d.Slot, epoch)
		case seen[d.Slot]:
			return nil, invalidf("two proposer duties for slot %d", d.Slot)
		}
		seen[d.Slot] = true
		if asked[d.ValidatorIndex] {
			out = append(out, d)
		}
	}
	return out, nil
}

// Proposal asks for an unsigned block to propose at slot with the given
// RANDAO reveal and graffiti. The block is checked to be for the slot and
// at Electra (full or blinded); the block's own content is for the caller
// (the cluster's consensus) to validate.
func (c *Client) Proposal(ctx context.Context, slot phase0.Slot, randao phase0.BLSSignature, graffiti [32]byte) (*api.VersionedProposal, error) {
	action := fmt.Sprintf("fetch block proposal for slot %d", slot)
	return call(ctx, c, epProposal, action, func(ctx context.Context, svc *eth2http.Service) (*api.VersionedProposal, error) {
		resp, err := svc.Proposal(ctx, &api.ProposalOpts{Slot: slot, RandaoReveal: randao, Graffiti: graffiti, BuilderBoostFactor: c.builderBoost})
		if err != nil {
			return nil, fmt.Errorf("fetch block proposal: %w", err)
		}
		p := resp.Data
		if p == nil {
			return nil, invalidf("proposal without data")
		}
		if p.Version != spec.DataVersionElectra {
			return nil, invalidf("proposal at fork %s, want electra", p.Version)
		}
		got, err := p.Slot()
		if err != nil {
			return nil, invalidf("proposal: %v", err)
		}
		if got != slot {
			return nil, invalidf("proposal for slot %d, not %d", got, slot)
		}
		return p, nil
	})
}

// SubmitProposal publishes a signed block through every usable node in
// turn until one accepts it. The beacon node's own gossip then spreads it;
// a second node is tried only if the first fails.
func (c *Client) SubmitProposal(ctx context.Context, p *api.VersionedSignedProposal) error {
	slot, err := p.Slot()
	if err != nil {
		return fmt.Errorf("submit proposal: %w", err)
	}
	action := fmt.Sprintf("submit block proposal for slot %d", slot)
	_, err = call(ctx, c, epSubmitProp, action, func(ctx context.Context, svc *eth2http.Service) (struct{}, error) {
		if p.Blinded {
			// A builder's block goes through the blinded endpoint, where
			// the node has the builder reveal the payload.
			blinded := &api.VersionedSignedBlindedProposal{Version: p.Version, Electra: p.ElectraBlinded}
			return struct{}{}, svc.SubmitBlindedProposal(ctx, &api.SubmitBlindedProposalOpts{Proposal: blinded})
		}
		return struct{}{}, svc.SubmitProposal(ctx, &api.SubmitProposalOpts{Proposal: p})
	})
	return err
}

// BlockKnown reports whether the preferred node has the block with this
// root; a node answering 404 does not have it. Roots announced in head
// events or found before answer at once, without a request.
func (c *Client) BlockKnown(ctx context.Context, root phase0.Root) (bool, error) {
	if c.known.has(root) {
		return true, nil
	}
	action := fmt.Sprintf("look up block %#x", root[:4])
	known, err := call(ctx, c, epHeader, action, func(ctx context.Context, svc *eth2http.Service) (bool, error) {
		_, err := svc.BeaconBlockHeader(ctx, &api.BeaconBlockHeaderOpts{Block: fmt.Sprintf("%#x", root)})
		var apiErr *api.Error
		if errors.As(err, &apiErr) && apiErr.StatusCode == http.StatusNotFound {
			return false, nil
		}
		if err != nil {
			return false, fmt.Errorf("fetch block header: %w", err)
		}
		return true, nil
	})
	if known {
		c.known.add(root)
	}
	return known, err
}

// Liveness reports which of the validators were live (seen attesting or
// proposing) in epoch, as the beacon node knows it.
func (c *Client) Liveness(ctx context.Context, epoch phase0.Epoch, indices []phase0.ValidatorIndex) (map[phase0.ValidatorIndex]bool, error) {
	if len(indices) == 0 {
		return map[phase0.ValidatorIndex]bool{}, nil
	}
	action := fmt.Sprintf("fetch liveness for epoch %d", epoch)
	return call(ctx, c, epLiveness, action, func(ctx context.Context, svc *eth2http.Service) (map[phase0.ValidatorIndex]bool, error) {
		resp, err := svc.ValidatorLiveness(ctx, &api.ValidatorLivenessOpts{Epoch: epoch, Indices: indices})
		if err != nil {
			return nil, fmt.Errorf("fetch liveness: %w", err)
		}
		asked := make(map[phase0.ValidatorIndex]bool, len(indices))
		for _, i := range indices {
			asked[i] = true
		}
		out := make(map[phase0.ValidatorIndex]bool, len(resp.Data))
		for _, l := range resp.Data {
			if l == nil || !asked[l.Index] {
				return nil, invalidf("liveness of a validator that was not asked for")
			}
			out[l.Index] = l.IsLive
		}
		return out, nil
	})
}

// SubmitVoluntaryExit publishes a signed voluntary exit through the first
// node that accepts it.
func (c *Client) SubmitVoluntaryExit(ctx context.Context, e *phase0.SignedVoluntaryExit) error {
	if e == nil || e.Message == nil {
		return errors.New("submit voluntary exit: no exit")
	}
	action := fmt.Sprintf("submit voluntary exit of validator %d", e.Message.ValidatorIndex)
	_, err := call(ctx, c, epSubmitExit, action, func(ctx context.Context, svc *eth2http.Service) (struct{}, error) {
		return struct{}{}, svc.SubmitVoluntaryExit(ctx, e)
	})
	return err
}

// PrepareProposers tells every usable node, in turn until one accepts,
// which fee recipient each validator's blocks must pay.
func (c *Client) PrepareProposers(ctx context.Context, preps []*apiv1.ProposalPreparation) error {
	if len(preps) == 0 {
		return nil
	}
	action := fmt.Sprintf("prepare %d proposers", len(preps))
	_, err := call(ctx, c, epPrepare, action, func(ctx context.Context, svc *eth2http.Service) (struct{}, error) {
		return struct{}{}, svc.SubmitProposalPreparations(ctx, preps)
	})
	return err
}

// SubmitValidatorRegistrations hands the validators' builder registrations
// to every usable node in turn until one accepts them (the node passes them
// on to its builders).
func (c *Client) SubmitValidatorRegistrations(ctx context.Context, regs []*api.VersionedSignedValidatorRegistration) error {
	if len(regs) == 0 {
		return nil
	}
	action := fmt.Sprintf("submit %d builder registrations", len(regs))
	_, err := call(ctx, c, epRegister, action, func(ctx context.Context, svc *eth2http.Service) (struct{}, error) {
		return struct{}{}, svc.SubmitValidatorRegistrations(ctx, regs)
	})
	return err
}
