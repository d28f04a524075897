package cli

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/keystake/keystake/cluster"
	"github.com/keystake/keystake/deposit"
)

// networkFlags select the Ethereum network: a known name, or a custom name
// with its genesis fork version.
type networkFlags struct {
	name        string
	forkVersion string
}

func (f *networkFlags) register(cmd *cobra.Command) {
	cmd.Flags().StringVar(&f.name, "network", "", "network: mainnet, hoodi, sepolia, or a custom name with --fork-version")
	cmd.Flags().StringVar(&f.forkVersion, "fork-version", "", "genesis fork version of a custom network, e.g. 0x10000038")
}

// resolve returns the selected network. required says whether --network
// must be given.
func (f *networkFlags) resolve(required bool) (*deposit.Network, error) {
	if f.name == "" {
		if f.forkVersion != "" {
			return nil, errors.New("--fork-version needs --network to name the custom network")
		}
		if required {
			return nil, errors.New("--network is required (mainnet, hoodi, sepolia, or a custom name with --fork-version)")
		}
		return nil, nil
	}
	if f.forkVersion == "" {
		nw, err := deposit.NetworkByName(f.name)
		if err != nil {
			return nil, fmt.Errorf("--network %q: %w (a custom network needs --fork-version)", f.name, err)
		}
		return &nw, nil
	}
	fv, err := deposit.ParseForkVersion(f.forkVersion)
	if err != nil {
		return nil, fmt.Errorf("--fork-version: %w", err)
	}
	if known, err := deposit.NetworkByName(f.name); err == nil {
		if known.ForkVersion != fv {
			return nil, fmt.Errorf("--fork-version %s is not %s's fork version %#x", f.forkVersion, known.Name, known.ForkVersion)
		}
		return &known, nil
	}
	nw, err := deposit.CustomNetwork(f.name, fv)
	if err != nil {
		return nil, fmt.Errorf("custom network: %w", err)
	}
	return &nw, nil
}

func clusterNetwork(nw deposit.Network) cluster.Network {
	return cluster.Network{Name: nw.Name, ForkVersion: cluster.Bytes(nw.ForkVersion[:])}
}

// withdrawalFlags choose execution-layer withdrawal credentials.
type withdrawalFlags struct {
	address     string
	compounding bool
}

func (f *withdrawalFlags) register(cmd *cobra.Command) {
	cmd.Flags().StringVar(&f.address, "withdrawal-address", "", "execution address for withdrawals (0x01 credentials, or 0x02 with --compounding)")
	cmd.Flags().BoolVar(&f.compounding, "compounding", false, "use 0x02 compounding withdrawal credentials (balances up to 2048 ETH)")
}

// resolve returns the credentials and the address, or ok=false when no
// address was given.
func (f *withdrawalFlags) resolve() (wc [32]byte, addr deposit.Address, ok bool, err error) {
	if f.address == "" {
		if f.compounding {
			return wc, addr, false, errors.New("--compounding needs --withdrawal-address")
		}
		return wc, addr, false, nil
	}
	addr, err = deposit.ParseAddress(f.address)
	if err != nil {
		return wc, addr, false, fmt.Errorf("--withdrawal-address: %w", err)
	}
	if f.compounding {
		return deposit.CompoundingWithdrawalCredentials(addr), addr, true, nil
	}
	return deposit.ExecutionWithdrawalCredentials(addr), addr, true, nil
}

// readPassword reads a password file. One trailing line break is removed;
// the password itself is never echoed in errors.
func readPassword(path string) (string, error) {
	if path == "" {
		return "", errors.New("a password file is required")
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return "", fmt.Errorf("read password file: %w", err)
	}
	pw := strings.TrimSuffix(strings.TrimSuffix(string(data), "\n"), "\r")
	if pw == "" {
		return "", fmt.Errorf("password file %s is empty", path)
	}
	return pw, nil
}
