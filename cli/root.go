// Package cli holds the cobra commands of the keystake binary. Commands are
// thin: they parse flags, call into the packages that own the logic, and
// print results. Every failure reaches the user as one line on stderr and a
// non-zero exit status.
package cli

import (
	"fmt"
	"io"
	"log/slog"
	"strings"

	"github.com/spf13/cobra"
)

// Version is the keystake version, set at build time with
// -ldflags "-X github.com/keystake/keystake/cli.Version=...".
var Version = "dev"

// Execute runs the keystake command line with args and returns the process
// exit status: 0 on success, 1 on any error.
func Execute(args []string, stdout, stderr io.Writer) int {
	root := NewRootCommand(stdout, stderr)
	root.SetArgs(args)
	if err := root.Execute(); err != nil {
		fmt.Fprintf(stderr, "keystake: %s\n", oneLine(err))
		return 1
	}
	return 0
}

// NewRootCommand builds the command tree writing to stdout and stderr.
func NewRootCommand(stdout, stderr io.Writer) *cobra.Command {
	var logLevel string
	root := &cobra.Command{
		Use:           "keystake",
		Short:         "KeyStake: distributed validators for Ethereum",
		Version:       Version,
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRunE: func(cmd *cobra.Command, _ []string) error {
			var level slog.Level
			if err := level.UnmarshalText([]byte(logLevel)); err != nil {
				return fmt.Errorf("parse --log-level: %w", err)
			}
			slog.SetDefault(slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: level})))
			return nil
		},
	}
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.AddCommand(newKeysCommand(), newDepositCommand(), newOperatorCommand(), newDevnetCommand(), newSlashingCommand(), newExitCommand(), newDKGCommand())
	root.PersistentFlags().StringVar(&logLevel, "log-level", "info", "log level: debug, info, warn, error")
	return root
}

// oneLine flattens an error message so that a failure prints as one line.
func oneLine(err error) string {
	var msg strings.Builder
	for _, line := range strings.Split(err.Error(), "\n") {
		if line = strings.TrimSpace(line); line == "" {
			continue
		}
		if msg.Len() > 0 {
			msg.WriteString("; ")
		}
		msg.WriteString(line)
	}
	return msg.String()
}
