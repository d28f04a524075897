package devnet

import (
	"context"
	"fmt"
	"io"
	"strings"
	"time"
)

// Plan is what Watch does besides reporting.
type Plan struct {
	// Kill is the operator (1-based) to kill with SIGKILL in the middle of
	// the second epoch; 0 kills nobody.
	Kill int
	// Restart restarts the killed operator on its data dir an epoch later.
	Restart bool
	// Duration ends the run; 0 runs until ctx ends.
	Duration time.Duration
}

// Summary totals the finished epochs of a run (the epoch the run started
// in is left out), and the slots watched.
type Summary struct {
	// Slots is the number of slots reported, in which AttestationsDue
	// attestations were due and AttestationsAccepted accepted (whether
	// or not a block has included them yet), and BlocksDue blocks due
	// and BlocksPublished published.
	Slots, AttestationsDue, AttestationsAccepted, BlocksDue, BlocksPublished int
	Duties, Included, Slashable                                              int
	// Proposals due and published, and proposer slashings, in the
	// finished epochs.
	Proposals, Proposed, ProposerSlashings int
	// Aggregation and sync committee duties in the finished epochs:
	// aggregates announced and accepted, sync messages due and accepted,
	// contributions accepted, and the rejections of all three.
	AggregatesDue, Aggregates, SyncMessagesDue, SyncMessages, Contributions, DutyRejections int
	// Delays are the accepted attestations' delays from their slot start.
	Delays []time.Duration
	// CPU is the operators' CPU time, summed, from the first finished
	// epoch's report to the last one's, during which Attestations
	// attestations were due.
	CPU          time.Duration
	Attestations int
}

// P50 and P99 are percentiles of the delays.
func (s Summary) P50() time.Duration { return percentile(s.Delays, 50) }
func (s Summary) P99() time.Duration { return percentile(s.Delays, 99) }

// CPUPerAttestation is the CPU time one operator spent per attestation.
func (s Summary) CPUPerAttestation(operators int) time.Duration {
	if s.Attestations == 0 {
		return 0
	}
	return s.CPU / time.Duration(operators*s.Attestations)
}

// Watch prints a line per slot (attestations due and accepted, delay
// percentiles, operators up) and one per finished epoch, carries out plan,
// and returns the totals of the finished epochs when ctx ends or the
// duration is over.
func Watch(ctx context.Context, nw *Network, procs *Procs, plan Plan, w io.Writer) Summary {
	if plan.Duration > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, plan.Duration)
		defer cancel()
	}
	start := uint64(time.Since(nw.Sim.GenesisTime())/nw.SlotDuration) + 1
	killAt := (start/nw.SlotsPerEpoch+2)*nw.SlotsPerEpoch - nw.SlotsPerEpoch/2
	var sum Summary
	var cpuStart time.Duration
	counted := 0
	reported := start / nw.SlotsPerEpoch
	for slot := start; ; slot++ {
		// Report slot at the end of the following slot, when its
		// attestations are in.
		at := nw.Sim.GenesisTime().Add(time.Duration(slot+2) * nw.SlotDuration)
		select {
		case <-ctx.Done():
			return sum
		case <-time.After(time.Until(at)):
		}
		line, st := slotLine(nw, procs, slot)
		fmt.Fprintln(w, line)
		sum.Slots++
		sum.AttestationsDue, sum.AttestationsAccepted = sum.AttestationsDue+st.due, sum.AttestationsAccepted+st.accepted
		sum.BlocksDue, sum.BlocksPublished = sum.BlocksDue+st.blockDue, sum.BlocksPublished+st.blockPublished
		for st := nw.Sim.EpochStats(reported); st.Final && reported*nw.SlotsPerEpoch+nw.SlotsPerEpoch <= slot; st = nw.Sim.EpochStats(reported) {
			if reported > start/nw.SlotsPerEpoch {
				sum.Duties, sum.Included, sum.Slashable = sum.Duties+st.Duties, sum.Included+st.Included, sum.Slashable+st.Slashable
				sum.Proposals, sum.Proposed = sum.Proposals+st.ProposalsDue, sum.Proposed+st.ProposalsPublished
				sum.ProposerSlashings += st.ProposerSlashings
				sum.AggregatesDue, sum.Aggregates = sum.AggregatesDue+st.AggregatesDue, sum.Aggregates+st.AggregatesAccepted
				sum.SyncMessagesDue, sum.SyncMessages = sum.SyncMessagesDue+st.SyncMessagesDue, sum.SyncMessages+st.SyncMessagesAccepted
				sum.Contributions += st.ContributionsAccepted
				sum.DutyRejections += st.AggregateRejections + st.SyncMessageRejections + st.ContributionRejections
				sum.Delays = append(sum.Delays, nw.Observer.Delays(reported*nw.SlotsPerEpoch, (reported+1)*nw.SlotsPerEpoch)...)
				cpu := total(procs.CPU())
				if counted == 0 {
					cpuStart = cpu
				} else {
					sum.CPU, sum.Attestations = cpu-cpuStart, sum.Attestations+st.Duties
				}
				counted++
				fmt.Fprintf(w, "epoch %d: %d/%d attestations included, %d/%d blocks proposed, %d/%d aggregates, %d/%d sync messages, %d contributions, %d slashable\n",
					st.Epoch, st.Included, st.Duties, st.ProposalsPublished, st.ProposalsDue, st.AggregatesAccepted, st.AggregatesDue,
					st.SyncMessagesAccepted, st.SyncMessagesDue, st.ContributionsAccepted, st.Slashable+st.ProposerSlashings)
			}
			reported++
		}
		carryOut(plan, procs, slot+1, killAt, nw.SlotsPerEpoch, w)
	}
}

func total(ds []time.Duration) time.Duration {
	var t time.Duration
	for _, d := range ds {
		t += d
	}
	return t
}

func carryOut(plan Plan, procs *Procs, slot, killAt, perEpoch uint64, w io.Writer) {
	if plan.Kill == 0 {
		return
	}
	switch {
	case slot == killAt:
		if err := procs.Kill(plan.Kill - 1); err != nil {
			fmt.Fprintf(w, "kill operator %d: %v\n", plan.Kill, err)
			return
		}
		fmt.Fprintf(w, "operator %d killed (SIGKILL)\n", plan.Kill)
	case plan.Restart && slot == killAt+perEpoch:
		if err := procs.Start(plan.Kill - 1); err != nil {
			fmt.Fprintf(w, "restart operator %d: %v\n", plan.Kill, err)
			return
		}
		fmt.Fprintf(w, "operator %d restarted on its data dir\n", plan.Kill)
	}
}

// slotCounts are a slot's attestations due and accepted, and its block
// due and published (0 or 1).
type slotCounts struct{ due, accepted, blockDue, blockPublished int }

func slotLine(nw *Network, procs *Procs, slot uint64) (string, slotCounts) {
	epoch := slot / nw.SlotsPerEpoch
	due := 0
	for v := 0; v < nw.Validators; v++ {
		if d, ok := nw.Sim.Duty(epoch, uint64(v)); ok && d.Slot == slot {
			due++
		}
	}
	st := nw.Observer.Slot(slot)
	var up []string
	for i := range nw.Configs {
		if procs.Healthy(i) {
			up = append(up, fmt.Sprint(i+1))
		} else {
			up = append(up, "-")
		}
	}
	line := fmt.Sprintf("slot %4d epoch %3d | attestations due %3d accepted %3d", slot, epoch, due, st.Accepted)
	if st.Accepted > 0 {
		line += fmt.Sprintf(" | delay p50 %4dms p99 %4dms", st.P50.Milliseconds(), st.P99.Milliseconds())
	}
	if st.Rejected > 0 {
		line += fmt.Sprintf(" | %d rejected", st.Rejected)
	}
	if d := nw.Sim.SlotDuties(slot); d.AggregatesDue+d.SyncMessagesDue > 0 {
		line += fmt.Sprintf(" | aggregates %d/%d sync %d/%d contributions %d", d.AggregatesAccepted, d.AggregatesDue, d.SyncMessagesAccepted, d.SyncMessagesDue, d.ContributionsAccepted)
		if r := d.AggregateRejections + d.SyncMessageRejections + d.ContributionRejections; r > 0 {
			line += fmt.Sprintf(" (%d rejected)", r)
		}
	}
	counts := slotCounts{due: due, accepted: st.Accepted}
	if p, ok := nw.Sim.Proposal(slot); ok && p.Due {
		counts.blockDue = 1
		switch {
		case p.Published:
			counts.blockPublished = 1
			line += fmt.Sprintf(" | block by %d after %dms", p.Proposer, p.Delay.Milliseconds())
		case p.Missed:
			line += fmt.Sprintf(" | block missed (%s)", p.MissReason)
		}
	}
	return line + " | operators up " + strings.Join(up, " "), counts
}
