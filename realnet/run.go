package realnet

import (
	"context"
	"fmt"
	"io"
	"time"

	"github.com/attestantio/go-eth2-client/spec/phase0"
)

// Plan is what Run does and checks. Every duty of every epoch judged must
// be on chain, and at least one block proposed by the cluster; no
// validator may be slashed.
type Plan struct {
	// Short judges epoch 0 only (and epoch 1 if the cluster had no
	// proposal in epoch 0). Otherwise epochs 0 to 3 are judged, balances
	// must rise and the chain must finalize.
	Short bool
	// StopOperator (1-based; 0 for none) is stopped with SIGINT for epoch
	// 2 and restarted at the start of epoch 3 (full runs only).
	StopOperator int
}

// faultEpoch is the epoch the stopped operator misses.
const faultEpoch = 2

// lastEpoch is the last epoch judged, given the blocks proposed so far.
func (p Plan) lastEpoch(proposed int) phase0.Epoch {
	switch {
	case !p.Short:
		return 3
	case proposed == 0:
		return 1
	default:
		return 0
	}
}

// Result is what a run saw on chain.
type Result struct {
	Reports []*EpochReport
	// Finalized is the finalized epoch at the end.
	Finalized phase0.Epoch
	// Balances of the cluster's validators at the start and at the end.
	BalancesBefore, BalancesAfter map[phase0.ValidatorIndex]phase0.Gwei
	// Failures are the checks that failed.
	Failures []string
}

// Err is nil when every check passed.
func (r *Result) Err() error {
	if len(r.Failures) == 0 {
		return nil
	}
	return fmt.Errorf("%d checks failed: %v", len(r.Failures), r.Failures)
}

func (r *Result) failf(format string, args ...any) {
	r.Failures = append(r.Failures, fmt.Sprintf(format, args...))
}

// Run follows the chain from genesis to the end of the plan's last epoch,
// printing a line per judged epoch to w, carrying out the plan's fault, and
// returns what the chain showed. The error is for a run that could not go
// on (a program died, the beacon node failed to answer); failed checks are
// in the result.
func (n *Network) Run(ctx context.Context, plan Plan, w io.Writer) (*Result, error) {
	res := &Result{}
	var err error
	if res.BalancesBefore, err = n.Judge.Balances(ctx); err != nil {
		return res, err
	}
	proposed := 0
	for e := phase0.Epoch(0); e <= plan.lastEpoch(proposed); e++ {
		if err := n.beforeEpoch(ctx, plan, e, w); err != nil {
			return res, err
		}
		// Judge the epoch a quarter into the next: its attestations are
		// in blocks, and the beacon node still answers its liveness.
		if err := n.waitSlot(ctx, uint64(e+1)*SlotsPerEpoch+SlotsPerEpoch/4); err != nil {
			return res, err
		}
		rep, err := n.Judge.Epoch(ctx, e)
		if err != nil {
			return res, err
		}
		res.Reports = append(res.Reports, rep)
		fmt.Fprintln(w, rep.Line())
		for _, m := range rep.Missed {
			fmt.Fprintf(w, "    missed %s of validator %d at slot %d: %s\n", m.Duty, m.Validator, m.Slot, m.Reason)
		}
		checkEpoch(res, rep)
		proposed += rep.Proposed
	}
	return res, n.finish(ctx, plan, res)
}

// beforeEpoch carries out the plan's fault at the start of epoch e.
func (n *Network) beforeEpoch(ctx context.Context, plan Plan, e phase0.Epoch, w io.Writer) error {
	if plan.Short || plan.StopOperator == 0 || (e != faultEpoch && e != faultEpoch+1) {
		return nil
	}
	if err := n.waitSlot(ctx, uint64(e)*SlotsPerEpoch); err != nil {
		return err
	}
	i := plan.StopOperator - 1
	if e == faultEpoch {
		if err := n.Operators.Interrupt(i, 10*time.Second); err != nil {
			return err
		}
		fmt.Fprintf(w, "operator %d stopped (SIGINT) for epoch %d\n", plan.StopOperator, e)
		return nil
	}
	if err := n.Operators.Start(i); err != nil {
		return err
	}
	fmt.Fprintf(w, "operator %d restarted on its data dir\n", plan.StopOperator)
	return nil
}

// checkEpoch records the epoch's failures: every duty must be on chain.
func checkEpoch(res *Result, rep *EpochReport) {
	if rep.Duties == 0 {
		res.failf("epoch %d: no attester duties", rep.Epoch)
	}
	if rep.Included != rep.Duties {
		res.failf("epoch %d: %d of %d attestations included", rep.Epoch, rep.Included, rep.Duties)
	}
	if rep.Live != rep.Duties {
		res.failf("epoch %d: %d of %d validators live", rep.Epoch, rep.Live, rep.Duties)
	}
	if rep.Proposed != rep.Proposals {
		res.failf("epoch %d: %d of %d proposals on chain", rep.Epoch, rep.Proposed, rep.Proposals)
	}
}

// finish checks what holds at the end: at least one proposal, no
// slashings and, for full runs, rising balances and finality.
func (n *Network) finish(ctx context.Context, plan Plan, res *Result) error {
	proposed := 0
	for _, r := range res.Reports {
		proposed += r.Proposed
	}
	if proposed == 0 {
		res.failf("the cluster proposed no block")
	}
	if err := n.Judge.Slashings(ctx); err != nil {
		res.failf("slashings: %v", err)
	}
	var err error
	if res.Finalized, err = n.Judge.Finalized(ctx); err != nil {
		return err
	}
	if res.BalancesAfter, err = n.Judge.Balances(ctx); err != nil {
		return err
	}
	if plan.Short {
		return nil
	}
	if res.Finalized == 0 {
		res.failf("the chain has not finalized")
	}
	for _, v := range n.Indices {
		if res.BalancesAfter[v] <= res.BalancesBefore[v] {
			res.failf("validator %d: balance %d gwei at the end, %d at the start", v, res.BalancesAfter[v], res.BalancesBefore[v])
		}
	}
	return nil
}

// waitSlot waits until slot has started, checking that the chain's programs
// keep running.
func (n *Network) waitSlot(ctx context.Context, slot uint64) error {
	at := n.Chain.Genesis.Add(time.Duration(slot) * SlotDuration)
	for {
		if err := n.Chain.Exited(); err != nil {
			return err
		}
		d := time.Until(at)
		if d <= 0 {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(min(d, time.Second)):
		}
	}
}

// Line is the epoch's row of the report.
func (r *EpochReport) Line() string {
	delay := "-"
	if r.Included > 0 {
		delay = fmt.Sprintf("%.2f", float64(r.InclusionDelay)/float64(r.Included))
	}
	return fmt.Sprintf("epoch %2d | attestations due %2d included %2d live %2d (mean inclusion delay %s slots) | proposals due %d proposed %d | missed %d",
		r.Epoch, r.Duties, r.Included, r.Live, delay, r.Proposals, r.Proposed, len(r.Missed))
}

// Summary is the result's closing lines.
func (r *Result) Summary() string {
	var due, inc, props, proposed int
	for _, rep := range r.Reports {
		due, inc, props, proposed = due+rep.Duties, inc+rep.Included, props+rep.Proposals, proposed+rep.Proposed
	}
	var gain int64
	for v, after := range r.BalancesAfter {
		gain += int64(after) - int64(r.BalancesBefore[v])
	}
	s := fmt.Sprintf("attestations %d/%d included, proposals %d/%d, finalized epoch %d, balance change %+d gwei over %d validators",
		inc, due, proposed, props, r.Finalized, gain, len(r.BalancesAfter))
	if err := r.Err(); err != nil {
		return s + "\nFAILED: " + err.Error()
	}
	return s + "\nall checks passed"
}
