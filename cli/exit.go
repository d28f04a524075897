package cli

import (
	"encoding/json"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/attestantio/go-eth2-client/spec/phase0"
	"github.com/spf13/cobra"

	"github.com/keystake/keystake/atomicfile"
	"github.com/keystake/keystake/beacon"
	"github.com/keystake/keystake/cluster"
	"github.com/keystake/keystake/exit"
	"github.com/keystake/keystake/node"
)

func newExitCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "exit",
		Short: "Voluntary exits of distributed validators, signed by threshold",
		Long: `A distributed validator exits when t of its operators agree: each operator
signs the exit with its share into a partial exit file ('exit sign'), and
anyone with t of those files recovers the signed exit and submits it or keeps
it ('exit combine'). Each operator decides for itself, when the validator's
owner asks; a partial exit alone can do nothing.`,
	}
	cmd.AddCommand(newExitSignCommand(), newExitCombineCommand())
	return cmd
}

func newExitSignCommand() *cobra.Command {
	var (
		configFile, validator, out string
		epoch                      int64
		force                      bool
	)
	cmd := &cobra.Command{
		Use:   "sign",
		Short: "Sign a validator's exit with this operator's share",
		Long: `Sign the voluntary exit of --validator with this operator's key share, using
the operator node's configuration (--config: identity, clusters, shares and
beacon nodes), and write the partial exit to --out for 'exit combine'. The
exit takes effect at --epoch (default: the current epoch).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			var pk phase0.BLSPubKey
			if err := decodeFixedHex(pk[:], validator); err != nil {
				return fmt.Errorf("--validator: %w", err)
			}
			cfg, err := node.LoadConfig(configFile)
			if err != nil {
				return err
			}
			var at *phase0.Epoch
			if epoch >= 0 {
				e := phase0.Epoch(epoch)
				at = &e
			}
			ctx, stop := signal.NotifyContext(withContext(cmd), os.Interrupt, syscall.SIGTERM)
			defer stop()
			p, err := node.SignExit(ctx, cfg, pk, at, slog.Default())
			if err != nil {
				return err
			}
			data, err := json.MarshalIndent(p, "", "  ")
			if err != nil {
				return err
			}
			if err := writeNew(out, append(data, '\n'), force); err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "operator %d signed the exit of validator %d at epoch %d: %s\n", p.Operator, p.Exit.ValidatorIndex, p.Exit.Epoch, out)
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&configFile, "config", "", "the operator node's operator.yaml (required)")
	f.StringVar(&validator, "validator", "", "the validator's public key, 0x-prefixed (required)")
	f.Int64Var(&epoch, "epoch", -1, "epoch the exit takes effect (default: the current epoch)")
	f.StringVar(&out, "out", "partial-exit.json", "partial exit file to write")
	f.BoolVar(&force, "force", false, "replace the output file if it exists")
	_ = cmd.MarkFlagRequired("config")
	_ = cmd.MarkFlagRequired("validator")
	return cmd
}

func newExitCombineCommand() *cobra.Command {
	var (
		clusterFile, out string
		beaconNodes      []string
		force            bool
	)
	cmd := &cobra.Command{
		Use:   "combine PARTIAL_EXIT...",
		Short: "Recover a validator's signed exit from operators' partial exits",
		Long: `Check each partial exit against its operator's public share in --cluster,
recover the validator's signed voluntary exit from t valid ones (an invalid
one is named), verify it, and write it to --out (the standard signed
voluntary exit JSON) and/or submit it to --beacon-nodes.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if out == "" && len(beaconNodes) == 0 {
				return fmt.Errorf("nothing to do: give --out, --beacon-nodes or both")
			}
			def, err := cluster.Load(clusterFile)
			if err != nil {
				return err
			}
			var partials []*exit.Partial
			for _, path := range args {
				p, err := exit.ReadPartial(path)
				if err != nil {
					return err
				}
				partials = append(partials, p)
			}
			signed, err := exit.Combine(def, partials)
			if err != nil {
				return err
			}
			if out != "" {
				data, err := json.MarshalIndent(signed, "", "  ")
				if err != nil {
					return err
				}
				if err := writeNew(out, append(data, '\n'), force); err != nil {
					return err
				}
				fmt.Fprintf(cmd.OutOrStdout(), "signed exit of validator %d at epoch %d written to %s\n", signed.Message.ValidatorIndex, signed.Message.Epoch, out)
			}
			if len(beaconNodes) > 0 {
				ctx, stop := signal.NotifyContext(withContext(cmd), os.Interrupt, syscall.SIGTERM)
				defer stop()
				bc, err := beacon.New(ctx, beacon.Config{URLs: beaconNodes, Logger: slog.Default()})
				if err != nil {
					return err
				}
				defer bc.Close()
				if err := bc.SubmitVoluntaryExit(ctx, signed); err != nil {
					return err
				}
				fmt.Fprintf(cmd.OutOrStdout(), "signed exit of validator %d submitted\n", signed.Message.ValidatorIndex)
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&clusterFile, "cluster", "", "the validator's cluster.json (required)")
	f.StringVar(&out, "out", "", "file to write the signed exit to")
	f.StringSliceVar(&beaconNodes, "beacon-nodes", nil, "beacon node URLs to submit the signed exit to")
	f.BoolVar(&force, "force", false, "replace the output file if it exists")
	_ = cmd.MarkFlagRequired("cluster")
	return cmd
}

// writeNew writes data to path atomically, refusing to replace a file
// unless force.
func writeNew(path string, data []byte, force bool) error {
	if !force {
		if _, err := os.Stat(path); err == nil {
			return fmt.Errorf("%s exists (use --force to replace it)", path)
		}
	}
	return atomicfile.WriteFile(path, data, 0o644)
}
