package cli

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/keystake/keystake/deposit"
)

func newDepositCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "deposit",
		Short: "Work with launchpad deposit data files",
	}
	cmd.AddCommand(newDepositVerifyCommand())
	return cmd
}

func newDepositVerifyCommand() *cobra.Command {
	var (
		nw     networkFlags
		wd     withdrawalFlags
		amount float64
	)
	cmd := &cobra.Command{
		Use:   "verify FILE",
		Short: "Check a deposit_data-*.json file: fields, roots, signatures, network",
		Long: `Check every deposit of a launchpad deposit data file: field formats, the
withdrawal credentials and amount, the fork version against the network name,
deposit_message_root and deposit_data_root recomputed, and the BLS signature
over the deposit. Each problem is printed on its own line. --network,
--withdrawal-address and --amount add what the deposits must match.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			var expect deposit.Expectations
			network, err := nw.resolve(false)
			if err != nil {
				return err
			}
			expect.Network = network
			if wc, _, ok, err := wd.resolve(); err != nil {
				return err
			} else if ok {
				expect.WithdrawalCredentials = &wc
			}
			if cmd.Flags().Changed("amount") {
				if expect.Amount, err = gwei(amount); err != nil {
					return err
				}
			}
			data, err := os.ReadFile(args[0])
			if err != nil {
				return fmt.Errorf("read deposit file: %w", err)
			}
			if errs := deposit.VerifyFile(data, &expect); len(errs) > 0 {
				for _, e := range errs {
					fmt.Fprintln(cmd.ErrOrStderr(), e)
				}
				return fmt.Errorf("%s: %d problem(s) found", args[0], len(errs))
			}
			entries, err := deposit.ParseFile(data)
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%s: %d deposit(s) valid for %s\n", args[0], len(entries), entries[0].NetworkName)
			return nil
		},
	}
	nw.register(cmd)
	wd.register(cmd)
	cmd.Flags().Float64Var(&amount, "amount", 32, "expected amount of every deposit in ETH (checked only when given)")
	return cmd
}
