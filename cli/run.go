package cli

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/keystake/keystake/node"
)

func newOperatorRunCommand() *cobra.Command {
	var (
		configFile, dataDir, identityDir, metricsAddr string
		pprof, doppelganger, builder                  bool
		beaconNodes, listen                           []string
	)
	cmd := &cobra.Command{
		Use:   "run",
		Short: "Run the operator node",
		Long: `Run the operator node described by --config (operator.yaml): it loads the
identity, the clusters and this operator's shares, connects to its beacon
nodes and to the other operators, and performs the validators' duties until
interrupted.

Flags override the file, and KEYSTAKE_<FLAG> environment variables (for
example KEYSTAKE_BEACON_NODES=http://a,http://b) override the file where no
flag is given.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := applyEnv(cmd.Flags()); err != nil {
				return err
			}
			if configFile == "" {
				return fmt.Errorf("--config is required (or KEYSTAKE_CONFIG)")
			}
			cfg, err := node.LoadConfig(configFile)
			if err != nil {
				return err
			}
			f := cmd.Flags()
			if f.Changed("data-dir") {
				cfg.DataDir = dataDir
			}
			if f.Changed("identity-dir") {
				cfg.IdentityDir = identityDir
			}
			if f.Changed("metrics-addr") {
				cfg.MetricsAddr = metricsAddr
			}
			if f.Changed("doppelganger-protection") {
				cfg.DoppelgangerProtection = &doppelganger
			}
			if f.Changed("builder") {
				cfg.Builder = builder
			}
			if f.Changed("pprof") {
				cfg.Pprof = pprof
			}
			if f.Changed("beacon-nodes") {
				cfg.BeaconNodes = beaconNodes
			}
			if f.Changed("p2p-listen") {
				cfg.P2P.Listen = listen
			}
			ctx, stop := signal.NotifyContext(withContext(cmd), os.Interrupt, syscall.SIGTERM)
			defer stop()
			return runNode(ctx, cfg, slog.Default())
		},
	}
	f := cmd.Flags()
	f.StringVar(&configFile, "config", "", "operator.yaml")
	f.StringVar(&dataDir, "data-dir", "", "directory of the slashing protection and consensus databases")
	f.StringVar(&identityDir, "identity-dir", "", "identity directory made by operator init")
	f.StringVar(&metricsAddr, "metrics-addr", "", "address serving /metrics, /healthz and /readyz")
	f.BoolVar(&doppelganger, "doppelganger-protection", true, "do not sign for validators seen live on chain before the node started until the cluster is seen running them")
	f.BoolVar(&builder, "builder", false, "register the validators with the beacon nodes' builders (MEV-boost) every epoch and accept builder blocks")
	f.BoolVar(&pprof, "pprof", false, "also serve Go's profiler under /debug/pprof/ on the metrics address")
	f.StringSliceVar(&beaconNodes, "beacon-nodes", nil, "beacon node URLs, in order of preference")
	f.StringSliceVar(&listen, "p2p-listen", nil, "multiaddrs to listen on for other operators")
	return cmd
}

// applyEnv sets every flag not given on the command line from its
// KEYSTAKE_<NAME> environment variable, if set.
func applyEnv(flags *pflag.FlagSet) error {
	var err error
	flags.VisitAll(func(f *pflag.Flag) {
		if f.Changed || err != nil {
			return
		}
		name := "KEYSTAKE_" + strings.ToUpper(strings.ReplaceAll(f.Name, "-", "_"))
		if v, ok := os.LookupEnv(name); ok {
			if e := flags.Set(f.Name, v); e != nil {
				err = fmt.Errorf("%s: %w", name, e)
			}
		}
	})
	return err
}

// withContext is cobra's context or a background one.
func withContext(cmd *cobra.Command) context.Context {
	if ctx := cmd.Context(); ctx != nil {
		return ctx
	}
	return context.Background()
}

// runNode runs an operator node; tests replace it to run Byzantine ones.
var runNode = node.Run
