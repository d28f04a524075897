package realnet

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strconv"
	"time"

	"github.com/attestantio/go-eth2-client/api"
	apiv1 "github.com/attestantio/go-eth2-client/api/v1"
	eth2http "github.com/attestantio/go-eth2-client/http"
	"github.com/attestantio/go-eth2-client/spec"
	"github.com/attestantio/go-eth2-client/spec/phase0"
	"github.com/rs/zerolog"
)

// Judge reads the chain through the beacon node's standard API to tell
// what a set of validators achieved: the beacon node answers 200 to
// attestations it will never include, so only blocks count.
type Judge struct {
	url     string
	svc     *eth2http.Service
	indices []phase0.ValidatorIndex
	mine    map[phase0.ValidatorIndex]bool
	// submitted tells why a duty was missed, from what the operators
	// sent (nil: unknown).
	submitted Submissions
}

// Submissions is what the operators sent the beacon node.
type Submissions interface {
	// Attested reports whether an attestation of validator for slot was
	// accepted by the beacon node.
	Attested(slot uint64, validator phase0.ValidatorIndex) bool
	// Published returns the status of the beacon node's answer to the
	// operators' block for slot, 0 if none was sent.
	Published(slot uint64) int
}

// NewJudge reads the chain at beaconURL for the validators with indices.
func NewJudge(ctx context.Context, beaconURL string, indices []phase0.ValidatorIndex, sub Submissions) (*Judge, error) {
	svc, err := eth2http.New(ctx, eth2http.WithAddress(beaconURL), eth2http.WithTimeout(20*time.Second),
		eth2http.WithLogLevel(zerolog.Disabled), eth2http.WithEnforceJSON(true))
	if err != nil {
		return nil, fmt.Errorf("connect to the beacon node: %w", err)
	}
	j := &Judge{url: beaconURL, svc: svc.(*eth2http.Service), indices: indices, mine: map[phase0.ValidatorIndex]bool{}, submitted: sub}
	for _, i := range indices {
		j.mine[i] = true
	}
	return j, nil
}

// Miss is a duty that did not make it on chain.
type Miss struct {
	Validator phase0.ValidatorIndex
	Slot      phase0.Slot
	Duty      string // "attestation" or "proposal"
	Reason    string
}

// EpochReport is what the chain shows of an epoch's duties.
type EpochReport struct {
	Epoch phase0.Epoch
	// Attestations due, included in canonical blocks, and validators
	// reported live by the beacon node.
	Duties, Included, Live int
	// Proposals due and canonical blocks proposed by the validators.
	Proposals, Proposed int
	// InclusionDelay sums the inclusion delays of the included
	// attestations, in slots.
	InclusionDelay int
	Missed         []Miss
}

// Epoch judges epoch's duties. Call it early in the next epoch (the
// beacon node answers liveness for the current and previous epochs only):
// the blocks up to the head are searched for the attestations.
func (j *Judge) Epoch(ctx context.Context, epoch phase0.Epoch) (*EpochReport, error) {
	rep := &EpochReport{Epoch: epoch}
	duties, err := j.svc.AttesterDuties(ctx, &api.AttesterDutiesOpts{Epoch: epoch, Indices: j.indices})
	if err != nil {
		return nil, fmt.Errorf("fetch attester duties of epoch %d: %w", epoch, err)
	}
	rep.Duties = len(duties.Data)
	included, err := j.inclusions(ctx, epoch)
	if err != nil {
		return nil, err
	}
	live, err := j.liveness(ctx, epoch)
	if err != nil {
		return nil, err
	}
	for _, d := range duties.Data {
		if live[d.ValidatorIndex] {
			rep.Live++
		}
		if at, ok := included[d.ValidatorIndex]; ok {
			rep.Included++
			rep.InclusionDelay += int(at - d.Slot)
			continue
		}
		rep.Missed = append(rep.Missed, Miss{Validator: d.ValidatorIndex, Slot: d.Slot, Duty: "attestation", Reason: j.attestationMiss(d)})
	}
	if err := j.proposals(ctx, epoch, rep); err != nil {
		return nil, err
	}
	return rep, nil
}

func (j *Judge) attestationMiss(d *apiv1.AttesterDuty) string {
	switch {
	case j.submitted == nil:
		return "not in any block"
	case j.submitted.Attested(uint64(d.Slot), d.ValidatorIndex):
		return "accepted by the beacon node, in no block"
	default:
		return "not submitted"
	}
}

// inclusions finds, in the canonical blocks from the epoch's second slot up
// to the head, the first inclusion slot of each of the validators'
// attestations for the epoch.
func (j *Judge) inclusions(ctx context.Context, epoch phase0.Epoch) (map[phase0.ValidatorIndex]phase0.Slot, error) {
	committees, err := j.committees(ctx, epoch)
	if err != nil {
		return nil, err
	}
	head, err := j.headSlot(ctx)
	if err != nil {
		return nil, err
	}
	first := phase0.Slot(uint64(epoch)*SlotsPerEpoch + 1)
	last := min(head, phase0.Slot(uint64(epoch+2)*SlotsPerEpoch-1))
	found := map[phase0.ValidatorIndex]phase0.Slot{}
	for slot := first; slot <= last; slot++ {
		block, err := j.block(ctx, slot)
		if err != nil {
			return nil, err
		}
		if block == nil {
			continue
		}
		atts, err := block.Attestations()
		if err != nil {
			return nil, fmt.Errorf("read the attestations of block %d: %w", slot, err)
		}
		for _, a := range atts {
			if err := j.attesters(a, epoch, committees, slot, found); err != nil {
				return nil, fmt.Errorf("block %d: %w", slot, err)
			}
		}
	}
	return found, nil
}

type committeeKey struct {
	slot  phase0.Slot
	index phase0.CommitteeIndex
}

func (j *Judge) committees(ctx context.Context, epoch phase0.Epoch) (map[committeeKey][]phase0.ValidatorIndex, error) {
	resp, err := j.svc.BeaconCommittees(ctx, &api.BeaconCommitteesOpts{State: "head", Epoch: &epoch})
	if err != nil {
		return nil, fmt.Errorf("fetch the committees of epoch %d: %w", epoch, err)
	}
	out := map[committeeKey][]phase0.ValidatorIndex{}
	for _, c := range resp.Data {
		out[committeeKey{c.Slot, c.Index}] = c.Validators
	}
	return out, nil
}

// attesters records the validators of ours whose bits are set in an
// Electra attestation for epoch: its aggregation bits run over the
// committees named by its committee bits, in increasing order.
func (j *Judge) attesters(a *spec.VersionedAttestation, epoch phase0.Epoch, committees map[committeeKey][]phase0.ValidatorIndex, at phase0.Slot, found map[phase0.ValidatorIndex]phase0.Slot) error {
	data, err := a.Data()
	if err != nil {
		return err
	}
	if uint64(data.Slot)/SlotsPerEpoch != uint64(epoch) {
		return nil
	}
	bits, err := a.AggregationBits()
	if err != nil {
		return err
	}
	cbits, err := a.CommitteeBits()
	if err != nil {
		return err
	}
	offset := uint64(0)
	for _, ci := range cbits.BitIndices() {
		members, ok := committees[committeeKey{data.Slot, phase0.CommitteeIndex(ci)}]
		if !ok {
			return fmt.Errorf("attestation for slot %d names committee %d, which does not exist", data.Slot, ci)
		}
		for k, v := range members {
			if j.mine[v] && bits.BitAt(offset+uint64(k)) {
				if _, seen := found[v]; !seen {
					found[v] = at
				}
			}
		}
		offset += uint64(len(members))
	}
	if offset != bits.Len() {
		return fmt.Errorf("attestation for slot %d has %d aggregation bits for committees of %d", data.Slot, bits.Len(), offset)
	}
	return nil
}

// block returns the canonical block at slot, or nil if the slot is empty.
func (j *Judge) block(ctx context.Context, slot phase0.Slot) (*spec.VersionedSignedBeaconBlock, error) {
	resp, err := j.svc.SignedBeaconBlock(ctx, &api.SignedBeaconBlockOpts{Block: strconv.FormatUint(uint64(slot), 10)})
	if notFound(err) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("fetch block %d: %w", slot, err)
	}
	return resp.Data, nil
}

func notFound(err error) bool {
	var apiErr *api.Error
	return errors.As(err, &apiErr) && apiErr.StatusCode == http.StatusNotFound
}

func (j *Judge) headSlot(ctx context.Context) (phase0.Slot, error) {
	resp, err := j.svc.BeaconBlockHeader(ctx, &api.BeaconBlockHeaderOpts{Block: "head"})
	if err != nil {
		return 0, fmt.Errorf("fetch the head: %w", err)
	}
	return resp.Data.Header.Message.Slot, nil
}

// liveness asks the beacon node which of the validators were live in epoch.
func (j *Judge) liveness(ctx context.Context, epoch phase0.Epoch) (map[phase0.ValidatorIndex]bool, error) {
	resp, err := j.svc.ValidatorLiveness(ctx, &api.ValidatorLivenessOpts{Epoch: epoch, Indices: j.indices})
	if err != nil {
		return nil, fmt.Errorf("fetch liveness of epoch %d: %w", epoch, err)
	}
	out := map[phase0.ValidatorIndex]bool{}
	for _, l := range resp.Data {
		out[l.Index] = l.IsLive
	}
	return out, nil
}

// proposals checks that every proposal duty of the validators in epoch
// produced a canonical block by that validator.
func (j *Judge) proposals(ctx context.Context, epoch phase0.Epoch, rep *EpochReport) error {
	resp, err := j.svc.ProposerDuties(ctx, &api.ProposerDutiesOpts{Epoch: epoch, Indices: j.indices})
	if err != nil {
		return fmt.Errorf("fetch proposer duties of epoch %d: %w", epoch, err)
	}
	for _, d := range resp.Data {
		if !j.mine[d.ValidatorIndex] {
			continue
		}
		rep.Proposals++
		block, err := j.block(ctx, d.Slot)
		if err != nil {
			return err
		}
		var reason string
		if block == nil {
			reason = "empty slot"
			if j.submitted != nil {
				switch status := j.submitted.Published(uint64(d.Slot)); status {
				case 0:
					reason = "empty slot: no block published"
				default:
					reason = fmt.Sprintf("empty slot: block published, answered %d", status)
				}
			}
		} else if p, err := block.ProposerIndex(); err != nil || p != d.ValidatorIndex {
			reason = fmt.Sprintf("canonical block by validator %d", p)
		}
		if reason != "" {
			rep.Missed = append(rep.Missed, Miss{Validator: d.ValidatorIndex, Slot: d.Slot, Duty: "proposal", Reason: reason})
			continue
		}
		rep.Proposed++
	}
	return nil
}

// Balances returns the validators' balances in the head state, in gwei.
func (j *Judge) Balances(ctx context.Context) (map[phase0.ValidatorIndex]phase0.Gwei, error) {
	resp, err := j.svc.ValidatorBalances(ctx, &api.ValidatorBalancesOpts{State: "head", Indices: j.indices})
	if err != nil {
		return nil, fmt.Errorf("fetch balances: %w", err)
	}
	return resp.Data, nil
}

// Finalized returns the head state's finalized epoch.
func (j *Judge) Finalized(ctx context.Context) (phase0.Epoch, error) {
	resp, err := j.svc.Finality(ctx, &api.FinalityOpts{State: "head"})
	if err != nil {
		return 0, fmt.Errorf("fetch finality: %w", err)
	}
	return resp.Data.Finalized.Epoch, nil
}

// Slashings checks that no validator of the chain is slashed and that the
// beacon node holds no attester or proposer slashing in its pools.
func (j *Judge) Slashings(ctx context.Context) error {
	resp, err := j.svc.Validators(ctx, &api.ValidatorsOpts{State: "head"})
	if err != nil {
		return fmt.Errorf("fetch validators: %w", err)
	}
	var slashed []phase0.ValidatorIndex
	for idx, v := range resp.Data {
		if v.Validator.Slashed {
			slashed = append(slashed, idx)
		}
	}
	if len(slashed) > 0 {
		slices.Sort(slashed)
		return fmt.Errorf("validators %v are slashed", slashed)
	}
	for _, path := range []string{"/eth/v2/beacon/pool/attester_slashings", "/eth/v1/beacon/pool/proposer_slashings"} {
		n, err := j.poolSize(ctx, path)
		if err != nil {
			return err
		}
		if n > 0 {
			return fmt.Errorf("%s holds %d slashings", path, n)
		}
	}
	return nil
}

// poolSize counts the entries of a pool endpoint's data list.
func (j *Judge) poolSize(ctx context.Context, path string) (int, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, j.url+path, nil)
	if err != nil {
		return 0, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, fmt.Errorf("fetch %s: %w", path, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, 16<<20))
	if err != nil || resp.StatusCode != http.StatusOK {
		return 0, fmt.Errorf("fetch %s: status %d: %v %s", path, resp.StatusCode, err, bytes.TrimSpace(body))
	}
	var out struct {
		Data []json.RawMessage `json:"data"`
	}
	if err := json.Unmarshal(body, &out); err != nil {
		return 0, fmt.Errorf("parse %s: %w", path, err)
	}
	return len(out.Data), nil
}
