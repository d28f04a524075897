package cli

import (
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"runtime/pprof"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/keystake/keystake/devnet"
)

func newDevnetCommand() *cobra.Command {
	var (
		opts            devnet.Options
		plan            devnet.Plan
		dir, cpuProfile string
		real            realFlags
	)
	cmd := &cobra.Command{
		Use:   "devnet",
		Short: "Run a local network: a beacon node simulator and a cluster of operators",
		Long: `Run KeyStake on an embedded local network: a beacon node simulator
(standard Beacon API, Electra) and --operators operator nodes, each a separate
'keystake operator run' process on 127.0.0.1, running one cluster of
--validators distributed validators. A line per slot shows the attestations
due and accepted by the beacon node, their delay from the slot start, and
which operators are up; a line per epoch shows what was included.

With --dkg the operators create the validators together by a distributed
key generation (the ceremony of 'keystake dkg run', over libp2p on
127.0.0.1) before they start, instead of receiving shares of keys split for
the occasion; each operator's outputs land in operator-<i>/dkg.

--kill N kills operator N with SIGKILL in the middle of the second epoch, to
show the cluster goes on; --restart brings it back an epoch later on its data
dir. Runs until Ctrl-C (or --duration); everything it wrote is removed on
exit unless --dir is given.

--real runs the cluster against a real chain instead: geth, a Prysm beacon
node and validator client (built on first use into --cache-dir), interop
validators 48..63 split among the operators, judged by the chain's blocks.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx, stop := signal.NotifyContext(withContext(cmd), os.Interrupt, syscall.SIGTERM)
			defer stop()
			if real.on {
				return runRealDevnet(ctx, real, dir, cmd.OutOrStdout())
			}
			if plan.Kill < 0 || plan.Kill > opts.Operators {
				return fmt.Errorf("--kill %d: no such operator (1..%d)", plan.Kill, opts.Operators)
			}
			exe, err := os.Executable()
			if err != nil {
				return fmt.Errorf("find the keystake binary: %w", err)
			}
			if cpuProfile != "" {
				stopProfile, err := startCPUProfile(cpuProfile)
				if err != nil {
					return err
				}
				defer stopProfile()
			}
			opts.Dir = dir
			if dir == "" {
				tmp, err := os.MkdirTemp("", "keystake-devnet-")
				if err != nil {
					return err
				}
				defer os.RemoveAll(tmp)
				opts.Dir = filepath.Join(tmp, "devnet")
			}
			nw, err := devnet.Build(ctx, opts)
			if err != nil {
				return err
			}
			defer nw.Close()
			procs, err := devnet.StartProcesses(nw, exe)
			if err != nil {
				return err
			}
			defer procs.Stop(5 * time.Second)
			out := cmd.OutOrStdout()
			fmt.Fprintf(out, "devnet in %s: beacon node %s, %d validators, %d operators (threshold %d), slots of %v\n",
				nw.Dir, nw.BeaconURL, nw.Validators, nw.Operators, nw.Threshold, nw.SlotDuration)
			if opts.DKG {
				fmt.Fprintf(out, "validators created by a DKG ceremony among the operators in %v\n", nw.CeremonyTime.Round(time.Millisecond))
			}
			for i, addr := range nw.MetricsAddrs {
				fmt.Fprintf(out, "operator %d: metrics http://%s/metrics, log %s\n", i+1, addr, filepath.Join(filepath.Dir(nw.Configs[i]), "node.log"))
			}
			sum := devnet.Watch(ctx, nw, procs, plan, out)
			fmt.Fprintf(out, "watched %d slots: %d/%d attestations accepted, %d/%d blocks published\n",
				sum.Slots, sum.AttestationsAccepted, sum.AttestationsDue, sum.BlocksPublished, sum.BlocksDue)
			fmt.Fprintf(out, "stopped: %d/%d attestations included in finished epochs, %d/%d blocks proposed, %d slashable\n",
				sum.Included, sum.Duties, sum.Proposed, sum.Proposals, sum.Slashable+sum.ProposerSlashings)
			fmt.Fprintf(out, "aggregates %d/%d, sync messages %d/%d, contributions %d, %d rejected\n",
				sum.Aggregates, sum.AggregatesDue, sum.SyncMessages, sum.SyncMessagesDue, sum.Contributions, sum.DutyRejections)
			if len(sum.Delays) > 0 {
				fmt.Fprintf(out, "delay from slot start to acceptance: p50 %v, p99 %v over %d attestations\n",
					sum.P50().Round(time.Millisecond), sum.P99().Round(time.Millisecond), len(sum.Delays))
			}
			if sum.Attestations > 0 && plan.Kill == 0 {
				fmt.Fprintf(out, "operator CPU: %v per validator attestation per node (%v over %d attestations)\n",
					sum.CPUPerAttestation(nw.Operators).Round(10*time.Microsecond), sum.CPU.Round(time.Millisecond), sum.Attestations)
			}
			if sum.Slashable > 0 {
				return fmt.Errorf("the beacon node saw %d slashable attestations", sum.Slashable)
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.IntVar(&opts.Validators, "validators", 8, "validators in the cluster")
	f.IntVar(&opts.Operators, "operators", 4, "operators in the cluster")
	f.IntVar(&opts.Threshold, "threshold", 0, "signing threshold (default 2f+1)")
	f.DurationVar(&opts.SlotDuration, "slot-time", 2*time.Second, "slot duration")
	f.Uint64Var(&opts.SlotsPerEpoch, "slots-per-epoch", 8, "slots per epoch")
	f.BoolVar(&opts.DKG, "dkg", false, "create the validators by a distributed key generation among the operators")
	f.BoolVar(&opts.Builder, "builder", false, "the simulator plays a builder: blinded blocks, and the operators register the validators every epoch")
	f.IntVar(&plan.Kill, "kill", 0, "operator to kill (SIGKILL) in the middle of the second epoch")
	f.BoolVar(&plan.Restart, "restart", false, "restart the killed operator an epoch later")
	f.DurationVar(&plan.Duration, "duration", 0, "stop after this long (default: until Ctrl-C)")
	f.StringVar(&dir, "dir", "", "keep the devnet's files in this new directory")
	f.StringVar(&cpuProfile, "cpuprofile", "", "write a CPU profile of this process (the simulator and observer) to this file")
	_ = f.MarkHidden("cpuprofile")
	real.register(f)
	return cmd
}

// startCPUProfile profiles this process into path until the returned
// function is called.
func startCPUProfile(path string) (func(), error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("create CPU profile: %w", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("start CPU profile: %w", err)
	}
	return func() { pprof.StopCPUProfile(); f.Close() }, nil
}
