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

// Summary totals a run.
type Summary struct {
	Duties, Included, Slashable int
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
		fmt.Fprintln(w, slotLine(nw, procs, slot))
		for st := nw.Sim.EpochStats(reported); st.Final && reported*nw.SlotsPerEpoch+nw.SlotsPerEpoch <= slot; st = nw.Sim.EpochStats(reported) {
			if reported > start/nw.SlotsPerEpoch {
				sum.Duties, sum.Included, sum.Slashable = sum.Duties+st.Duties, sum.Included+st.Included, sum.Slashable+st.Slashable
				fmt.Fprintf(w, "epoch %d: %d/%d attestations included, %d slashable\n", st.Epoch, st.Included, st.Duties, st.Slashable)
			}
			reported++
		}
		carryOut(plan, procs, slot+1, killAt, nw.SlotsPerEpoch, w)
	}
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

func slotLine(nw *Network, procs *Procs, slot uint64) string {
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
	return line + " | operators up " + strings.Join(up, " ")
}
