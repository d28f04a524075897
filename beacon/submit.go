package beacon

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"sort"
	"strconv"
	"strings"

	bitfield "github.com/OffchainLabs/go-bitfield"
	"github.com/attestantio/go-eth2-client/api"
	eth2http "github.com/attestantio/go-eth2-client/http"
	"github.com/attestantio/go-eth2-client/spec"
	"github.com/attestantio/go-eth2-client/spec/electra"
	"github.com/attestantio/go-eth2-client/spec/phase0"
)

// maxCommitteeBits is the length of an Electra attestation's committee_bits
// (MAX_COMMITTEES_PER_SLOT of the mainnet preset), which go-eth2-client's
// submission passes through.
const maxCommitteeBits = 64

// SubmissionFailure is one attestation that every node that answered
// refused, with the first node's reason.
type SubmissionFailure struct {
	Index         int // position in the submitted batch
	AttesterIndex phase0.ValidatorIndex
	Message       string
}

// SubmissionError lists the attestations of a batch that no beacon node
// accepted; the others were accepted by at least one node.
type SubmissionError struct {
	Submitted int
	Failures  []SubmissionFailure // ordered by Index
	Nodes     []string            // the nodes that refused them
}

func (e *SubmissionError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "submit attestations: %d of %d refused by %s:", len(e.Failures), e.Submitted, strings.Join(e.Nodes, ", "))
	for i, f := range e.Failures {
		if i == 8 {
			fmt.Fprintf(&b, " ... (%d more)", len(e.Failures)-i)
			break
		}
		fmt.Fprintf(&b, " [%d validator %d: %s]", f.Index, f.AttesterIndex, flatten(f.Message))
	}
	return b.String()
}

// SubmitAttestations publishes single attestations through every healthy
// node at once (every node if none is healthy). It returns nil as soon as
// one node accepts the whole batch, or once every attestation has been
// accepted by some node; submissions still running then go on within ctx.
// When some attestations were refused by every node that answered, the
// error is a *SubmissionError listing them; when no node answered at all,
// a *CallError. An attestation without data or with a committee index of
// 64 or more is refused before anything is sent.
func (c *Client) SubmitAttestations(ctx context.Context, atts []*electra.SingleAttestation) error {
	if len(atts) == 0 {
		return nil
	}
	versioned, err := versionAttestations(atts)
	if err != nil {
		return fmt.Errorf("submit attestations: %w", err)
	}
	targets := c.submitTargets()
	results := make(chan submitResult, len(targets))
	for _, n := range targets {
		go func() {
			_, err := attempt(ctx, c, n, epSubmitAtts, func(ctx context.Context, svc *eth2http.Service) (struct{}, error) {
				return struct{}{}, svc.SubmitAttestations(ctx, &api.SubmitAttestationsOpts{Attestations: versioned})
			})
			results <- submitResult{n, err}
		}()
	}
	return collectSubmissions(ctx, atts, len(targets), results)
}

type submitResult struct {
	node *node
	err  error
}

// submitTargets returns the healthy nodes, or all usable ones if none is.
func (c *Client) submitTargets() []*node {
	all := c.candidates()
	now := c.now()
	var healthy []*node
	for _, n := range all {
		if !n.state().demotedUntil.After(now) {
			healthy = append(healthy, n)
		}
	}
	if len(healthy) == 0 {
		return all
	}
	return healthy
}

// collectSubmissions waits for the submissions' results, returning at the
// first full acceptance. An attestation fails only if every node that
// answered with per-attestation failures listed it and no node accepted
// the whole batch.
func collectSubmissions(ctx context.Context, atts []*electra.SingleAttestation, n int, results <-chan submitResult) error {
	cerr := &CallError{Action: fmt.Sprintf("submit %d attestations", len(atts))}
	var refused map[int]string // index -> first reason; nil until a node refuses some
	var refusers []string
	for range n {
		r := <-results
		if r.err == nil {
			return nil
		}
		cerr.Nodes = append(cerr.Nodes, &NodeError{r.node.name, errorKind(ctx, r.err), r.err})
		failed, ok := parseFailures(r.err, len(atts))
		if !ok {
			continue
		}
		refusers = append(refusers, r.node.name)
		if refused == nil {
			refused = failed
			continue
		}
		for i := range refused {
			if _, still := failed[i]; !still {
				delete(refused, i)
			}
		}
	}
	switch {
	case refused == nil:
		if len(cerr.Nodes) == 0 {
			cerr.Err = ctx.Err()
		}
		return cerr
	case len(refused) == 0:
		return nil
	}
	return newSubmissionError(atts, refused, refusers)
}

func newSubmissionError(atts []*electra.SingleAttestation, refused map[int]string, nodes []string) *SubmissionError {
	e := &SubmissionError{Submitted: len(atts), Nodes: nodes}
	for i, msg := range refused {
		e.Failures = append(e.Failures, SubmissionFailure{Index: i, AttesterIndex: atts[i].AttesterIndex, Message: msg})
	}
	sort.Slice(e.Failures, func(i, j int) bool { return e.Failures[i].Index < e.Failures[j].Index })
	return e
}

// versionAttestations wraps single attestations the way go-eth2-client
// v0.29 takes them: Electra attestations with one committee bit and the
// attester's index, which it turns back into single attestations for
// POST /eth/v2/beacon/pool/attestations.
func versionAttestations(atts []*electra.SingleAttestation) ([]*spec.VersionedAttestation, error) {
	out := make([]*spec.VersionedAttestation, len(atts))
	for i, a := range atts {
		if a == nil || a.Data == nil || a.Data.Source == nil || a.Data.Target == nil {
			return nil, fmt.Errorf("attestation %d has no data", i)
		}
		if a.CommitteeIndex >= maxCommitteeBits {
			return nil, fmt.Errorf("attestation %d has committee index %d, beyond %d", i, a.CommitteeIndex, maxCommitteeBits-1)
		}
		bits := bitfield.NewBitvector64()
		bits.SetBitAt(uint64(a.CommitteeIndex), true)
		validator := a.AttesterIndex
		out[i] = &spec.VersionedAttestation{
			Version:        spec.DataVersionElectra,
			ValidatorIndex: &validator,
			Electra: &electra.Attestation{
				Data:          a.Data,
				Signature:     a.Signature,
				CommitteeBits: bits,
			},
		}
	}
	return out, nil
}

// failureBody is the Beacon API's error body for a batch submission.
type failureBody struct {
	Code     int    `json:"code"`
	Message  string `json:"message"`
	Failures []struct {
		Index   flexInt `json:"index"`
		Message string  `json:"message"`
	} `json:"failures"`
}

// flexInt decodes an index given as a JSON number or a decimal string.
type flexInt int

func (f *flexInt) UnmarshalJSON(b []byte) error {
	s := strings.Trim(string(b), `"`)
	v, err := strconv.Atoi(s)
	if err != nil {
		return err
	}
	*f = flexInt(v)
	return nil
}

// parseFailures reads a 400 answer to a submission: the refused indices
// with their reasons. A 400 without a usable failure list refuses the whole
// batch. ok is false for any other error.
func parseFailures(err error, n int) (map[int]string, bool) {
	e, ok := apiError(err)
	if !ok || e.StatusCode != http.StatusBadRequest {
		return nil, false
	}
	var body failureBody
	_ = json.Unmarshal(e.Data, &body) // garbage leaves it empty
	failed := make(map[int]string)
	for _, f := range body.Failures {
		if i := int(f.Index); i >= 0 && i < n {
			if _, dup := failed[i]; !dup {
				failed[i] = f.Message
			}
		}
	}
	if len(failed) == 0 {
		msg := body.Message
		if msg == "" {
			msg = flatten(string(e.Data))
		}
		for i := range n {
			failed[i] = msg
		}
	}
	return failed, true
}
