package cli

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/spf13/pflag"

	"github.com/keystake/keystake/realnet"
)

// realFlags are the options of `keystake devnet --real`.
type realFlags struct {
	on, short bool
	stop      int
	cacheDir  string
}

func (r *realFlags) register(f *pflag.FlagSet) {
	f.BoolVar(&r.on, "real", false, "run against a real devnet (geth and a Prysm beacon node and validator client) instead of the simulator")
	f.BoolVar(&r.short, "short", false, "with --real: judge epoch 0 only (and epoch 1 if the cluster proposed no block in epoch 0)")
	f.IntVar(&r.stop, "stop-operator", 2, "with --real: operator stopped (SIGINT) for epoch 3 and restarted after; 0 for none")
	f.StringVar(&r.cacheDir, "cache-dir", filepath.Join(".cache", "realnet"), "with --real: where geth and Prysm are built and kept")
}

// runRealDevnet starts the real devnet in dir (a temporary folder, removed
// at the end, when empty), runs the plan, prints the per-epoch table and
// stops everything.
func runRealDevnet(ctx context.Context, r realFlags, dir string, out io.Writer) error {
	if r.stop < 0 || r.stop > realnet.Operators {
		return fmt.Errorf("--stop-operator %d: no such operator (1..%d)", r.stop, realnet.Operators)
	}
	exe, err := os.Executable()
	if err != nil {
		return fmt.Errorf("find the keystake binary: %w", err)
	}
	if dir == "" {
		if dir, err = os.MkdirTemp("", "keystake-realnet-"); err != nil {
			return fmt.Errorf("create the devnet folder: %w", err)
		}
		defer os.RemoveAll(dir)
	} else if err := os.Mkdir(dir, 0o700); err != nil {
		return fmt.Errorf("create the devnet folder: %w", err)
	}
	start := time.Now()
	n, err := realnet.Start(ctx, realnet.Options{Dir: dir, CacheDir: r.cacheDir, Keystake: exe, Log: out})
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "devnet in %s: geth %s, beacon node %s (logs in %s), genesis in %v\n",
		dir, n.Chain.GethURL, n.Chain.BeaconURL, n.Chain.Logs, time.Until(n.Chain.Genesis).Round(time.Second))
	fmt.Fprintf(out, "cluster: %d operators (threshold %d) running validators %d..%d; operator logs beside each operator.yaml in %s\n",
		realnet.Operators, realnet.Threshold, n.Indices[0], n.Indices[len(n.Indices)-1], filepath.Join(dir, "cluster"))
	plan := realnet.Plan{Short: r.short, StopOperator: r.stop}
	res, err := n.Run(ctx, plan, out)
	if cerr := n.Close(); cerr != nil {
		fmt.Fprintln(out, cerr)
	}
	if err != nil {
		return err
	}
	fmt.Fprintln(out, res.Summary())
	fmt.Fprintf(out, "wall time %v\n", time.Since(start).Round(time.Second))
	return res.Err()
}
