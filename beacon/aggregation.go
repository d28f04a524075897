package beacon

import (
	"context"
	"fmt"

	"github.com/attestantio/go-eth2-client/api"
	apiv1 "github.com/attestantio/go-eth2-client/api/v1"
	eth2http "github.com/attestantio/go-eth2-client/http"
	"github.com/attestantio/go-eth2-client/spec"
	"github.com/attestantio/go-eth2-client/spec/altair"
	"github.com/attestantio/go-eth2-client/spec/electra"
	"github.com/attestantio/go-eth2-client/spec/phase0"
)

// SyncCommitteeSize and SyncSubcommitteeSize are SYNC_COMMITTEE_SIZE and
// the size of one of its SYNC_COMMITTEE_SUBNET_COUNT subcommittees (the
// mainnet preset, which go-eth2-client's SSZ types are built for).
const (
	SyncCommitteeSize    = 512
	SyncSubcommitteeSize = 128
)

// AggregateAttestation returns the beacon node's aggregate of the
// attestations of committee index at slot whose data has root dataRoot.
// The answer is checked: Electra, data with that root (go-eth2-client
// checks it), exactly the committee's bit set.
func (c *Client) AggregateAttestation(ctx context.Context, slot phase0.Slot, dataRoot phase0.Root, index phase0.CommitteeIndex) (*electra.Attestation, error) {
	action := fmt.Sprintf("fetch aggregate attestation for slot %d committee %d", slot, index)
	return call(ctx, c, epAggregate, action, func(ctx context.Context, svc *eth2http.Service) (*electra.Attestation, error) {
		resp, err := svc.AggregateAttestation(ctx, &api.AggregateAttestationOpts{Slot: slot, AttestationDataRoot: dataRoot, CommitteeIndex: index})
		if err != nil {
			return nil, fmt.Errorf("fetch aggregate attestation: %w", err)
		}
		a := resp.Data
		switch {
		case a == nil || a.Version != spec.DataVersionElectra || a.Electra == nil || a.Electra.Data == nil:
			return nil, invalidf("aggregate attestation is not an Electra attestation")
		case a.Electra.CommitteeBits.Len() != maxCommitteeBits || a.Electra.CommitteeBits.Count() != 1 || !a.Electra.CommitteeBits.BitAt(uint64(index)):
			return nil, invalidf("aggregate attestation for other committees than %d", index)
		}
		return a.Electra, nil
	})
}

// SubmitAggregateAndProofs publishes signed Electra aggregates through
// every healthy node at once (every node if none is healthy); it returns
// nil once one node accepted them all.
func (c *Client) SubmitAggregateAndProofs(ctx context.Context, aggs []*electra.SignedAggregateAndProof) error {
	if len(aggs) == 0 {
		return nil
	}
	versioned := make([]*spec.VersionedSignedAggregateAndProof, len(aggs))
	for i, a := range aggs {
		versioned[i] = &spec.VersionedSignedAggregateAndProof{Version: spec.DataVersionElectra, Electra: a}
	}
	return broadcast(ctx, c, epSubmitAggregates, fmt.Sprintf("submit %d aggregates", len(aggs)), func(ctx context.Context, svc *eth2http.Service) error {
		return svc.SubmitAggregateAttestations(ctx, &api.SubmitAggregateAttestationsOpts{SignedAggregateAndProofs: versioned})
	})
}

// SubmitBeaconCommitteeSubscriptions asks every healthy node to subscribe
// to the subnets of the given committees (aggregators need their
// attestations).
func (c *Client) SubmitBeaconCommitteeSubscriptions(ctx context.Context, subs []*apiv1.BeaconCommitteeSubscription) error {
	if len(subs) == 0 {
		return nil
	}
	return broadcast(ctx, c, epCommitteeSubs, fmt.Sprintf("submit %d beacon committee subscriptions", len(subs)), func(ctx context.Context, svc *eth2http.Service) error {
		return svc.SubmitBeaconCommitteeSubscriptions(ctx, subs)
	})
}

// SyncCommitteeDuties returns the sync committee duties of the given
// validators in an epoch: each for one of them, once, with at least one
// position, every position inside the committee.
func (c *Client) SyncCommitteeDuties(ctx context.Context, epoch phase0.Epoch, indices []phase0.ValidatorIndex) ([]*apiv1.SyncCommitteeDuty, error) {
	if len(indices) == 0 {
		return nil, nil
	}
	action := fmt.Sprintf("fetch sync committee duties for epoch %d", epoch)
	return call(ctx, c, epSyncDuties, action, func(ctx context.Context, svc *eth2http.Service) ([]*apiv1.SyncCommitteeDuty, error) {
		resp, err := svc.SyncCommitteeDuties(ctx, &api.SyncCommitteeDutiesOpts{Epoch: epoch, Indices: indices})
		if err != nil {
			return nil, fmt.Errorf("fetch sync committee duties: %w", err)
		}
		return resp.Data, checkSyncDuties(indices, resp.Data)
	})
}

func checkSyncDuties(indices []phase0.ValidatorIndex, duties []*apiv1.SyncCommitteeDuty) error {
	asked := make(map[phase0.ValidatorIndex]bool, len(indices))
	for _, i := range indices {
		asked[i] = true
	}
	seen := make(map[phase0.ValidatorIndex]bool, len(duties))
	for _, d := range duties {
		switch {
		case d == nil:
			return invalidf("null sync committee duty")
		case !asked[d.ValidatorIndex]:
			return invalidf("sync committee duty for validator %d, which was not asked for", d.ValidatorIndex)
		case seen[d.ValidatorIndex]:
			return invalidf("two sync committee duties for validator %d", d.ValidatorIndex)
		case len(d.ValidatorSyncCommitteeIndices) == 0:
			return invalidf("sync committee duty of validator %d without a position", d.ValidatorIndex)
		}
		for _, p := range d.ValidatorSyncCommitteeIndices {
			if p >= SyncCommitteeSize {
				return invalidf("sync committee position %d of validator %d beyond %d", p, d.ValidatorIndex, SyncCommitteeSize)
			}
		}
		seen[d.ValidatorIndex] = true
	}
	return nil
}

// SubmitSyncCommitteeSubscriptions asks every healthy node to subscribe to
// the sync committee subnets of the given members.
func (c *Client) SubmitSyncCommitteeSubscriptions(ctx context.Context, subs []*apiv1.SyncCommitteeSubscription) error {
	if len(subs) == 0 {
		return nil
	}
	return broadcast(ctx, c, epSyncSubs, fmt.Sprintf("submit %d sync committee subscriptions", len(subs)), func(ctx context.Context, svc *eth2http.Service) error {
		return svc.SubmitSyncCommitteeSubscriptions(ctx, subs)
	})
}

// HeadRoot returns the root of the preferred node's head block.
func (c *Client) HeadRoot(ctx context.Context) (phase0.Root, error) {
	root, err := call(ctx, c, epHeadRoot, "fetch head block root", func(ctx context.Context, svc *eth2http.Service) (phase0.Root, error) {
		resp, err := svc.BeaconBlockRoot(ctx, &api.BeaconBlockRootOpts{Block: "head"})
		if err != nil {
			return phase0.Root{}, fmt.Errorf("fetch head block root: %w", err)
		}
		if resp.Data == nil || *resp.Data == (phase0.Root{}) {
			return phase0.Root{}, invalidf("zero head block root")
		}
		return *resp.Data, nil
	})
	if err == nil {
		c.known.add(root)
	}
	return root, err
}

// SubmitSyncCommitteeMessages publishes sync committee messages through
// every healthy node at once; nil once one node accepted them all.
func (c *Client) SubmitSyncCommitteeMessages(ctx context.Context, msgs []*altair.SyncCommitteeMessage) error {
	if len(msgs) == 0 {
		return nil
	}
	return broadcast(ctx, c, epSubmitSyncMsgs, fmt.Sprintf("submit %d sync committee messages", len(msgs)), func(ctx context.Context, svc *eth2http.Service) error {
		return svc.SubmitSyncCommitteeMessages(ctx, msgs)
	})
}

// SyncCommitteeContribution returns the beacon node's contribution of a
// sync subcommittee at slot for the block root; go-eth2-client checks slot
// and root, this the subcommittee.
func (c *Client) SyncCommitteeContribution(ctx context.Context, slot phase0.Slot, subcommittee uint64, root phase0.Root) (*altair.SyncCommitteeContribution, error) {
	action := fmt.Sprintf("fetch sync committee contribution for slot %d subcommittee %d", slot, subcommittee)
	return call(ctx, c, epContribution, action, func(ctx context.Context, svc *eth2http.Service) (*altair.SyncCommitteeContribution, error) {
		resp, err := svc.SyncCommitteeContribution(ctx, &api.SyncCommitteeContributionOpts{Slot: slot, SubcommitteeIndex: subcommittee, BeaconBlockRoot: root})
		if err != nil {
			return nil, fmt.Errorf("fetch sync committee contribution: %w", err)
		}
		if resp.Data == nil || resp.Data.SubcommitteeIndex != subcommittee || resp.Data.AggregationBits.Len() != SyncSubcommitteeSize {
			return nil, invalidf("contribution for another subcommittee or of another size")
		}
		return resp.Data, nil
	})
}

// SubmitContributionAndProofs publishes signed sync committee
// contributions through every healthy node at once; nil once one node
// accepted them all.
func (c *Client) SubmitContributionAndProofs(ctx context.Context, cs []*altair.SignedContributionAndProof) error {
	if len(cs) == 0 {
		return nil
	}
	return broadcast(ctx, c, epSubmitContribs, fmt.Sprintf("submit %d contributions", len(cs)), func(ctx context.Context, svc *eth2http.Service) error {
		return svc.SubmitSyncCommitteeContributions(ctx, cs)
	})
}

// broadcast runs a submission on every healthy node at once (every usable
// node if none is healthy) and returns nil as soon as one succeeds; the
// others go on within ctx. When all fail, the error names each node.
func broadcast(ctx context.Context, c *Client, endpoint, action string, fn func(context.Context, *eth2http.Service) error) error {
	targets := c.submitTargets()
	results := make(chan submitResult, len(targets))
	for _, n := range targets {
		go func() {
			_, err := attempt(ctx, c, n, endpoint, func(ctx context.Context, svc *eth2http.Service) (struct{}, error) {
				return struct{}{}, fn(ctx, svc)
			})
			results <- submitResult{n, err}
		}()
	}
	cerr := &CallError{Action: action}
	for range targets {
		r := <-results
		if r.err == nil {
			return nil
		}
		cerr.Nodes = append(cerr.Nodes, &NodeError{r.node.name, errorKind(ctx, r.err), r.err})
	}
	if len(cerr.Nodes) == 0 {
		cerr.Err = ctx.Err()
	}
	return cerr
}
