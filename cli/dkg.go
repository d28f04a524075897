package cli

import (
	"crypto/ed25519"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"maps"
	"os"
	"os/signal"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/multiformats/go-multiaddr"
	"github.com/spf13/cobra"

	"github.com/keystake/keystake/atomicfile"
	"github.com/keystake/keystake/cluster"
	"github.com/keystake/keystake/dkg"
	"github.com/keystake/keystake/operator"
	"github.com/keystake/keystake/p2p"
)

func newDKGCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "dkg",
		Short: "Create validator keys together with the other operators (distributed key generation)",
	}
	cmd.AddCommand(newDKGInitCommand(), newDKGRunCommand())
	return cmd
}

// identityFlags locate an operator identity directory and its password.
type identityFlags struct{ dir, passwordFile string }

func (f *identityFlags) register(cmd *cobra.Command) {
	cmd.Flags().StringVar(&f.dir, "identity-dir", "", "operator identity directory made by operator init (required)")
	cmd.Flags().StringVar(&f.passwordFile, "identity-password-file", "", "password of the identity keystores (default: identity.password in --identity-dir)")
	_ = cmd.MarkFlagRequired("identity-dir")
}

func (f *identityFlags) load() (*operator.Identity, error) {
	pwFile := f.passwordFile
	if pwFile == "" {
		pwFile = filepath.Join(f.dir, IdentityPasswordFile)
	}
	pw, err := readPassword(pwFile)
	if err != nil {
		return nil, fmt.Errorf("identity password: %w", err)
	}
	id, err := operator.Load(f.dir, pw)
	if err != nil {
		return nil, fmt.Errorf("load identity from %s: %w", f.dir, err)
	}
	return id, nil
}

func newDKGInitCommand() *cobra.Command {
	var (
		nw                                networkFlags
		wd                                withdrawalFlags
		id                                identityFlags
		operatorsFile, name, feeRecipient string
		out                               string
		threshold, validators             int
		amountETH                         float64
		force                             bool
	)
	cmd := &cobra.Command{
		Use:   "init",
		Short: "Write a signed ceremony definition for the operators to run",
		Long: `Write a DKG ceremony definition (JSON) to --out: the operators from
--operators (a JSON list of the objects operator init prints), the threshold
(default 2f+1), the number of validators, their withdrawal credentials, fee
recipient, deposit amount and network, and a random nonce.

The creator must be one of the operators: the definition's hash is signed
with the identity key in --identity-dir, and every operator checks that
signature and runs the ceremony only with peers that hold the same hash.
Send the file to every operator, then each runs keystake dkg run.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			network, err := nw.resolve(true)
			if err != nil {
				return err
			}
			wc, _, ok, err := wd.resolve()
			if err != nil {
				return err
			}
			if !ok {
				return errors.New("--withdrawal-address is required: a distributed key has no BLS withdrawal key")
			}
			_, fee, err := splitAddresses(wd, feeRecipient)
			if err != nil {
				return err
			}
			ops, err := splitOperators(operatorsFile, 0)
			if err != nil {
				return err
			}
			def := &dkg.Definition{
				Name: name, Network: clusterNetwork(*network), Operators: ops,
				Threshold: threshold, Validators: validators,
				WithdrawalCredentials: wc[:], FeeRecipient: fee,
			}
			if def.Threshold == 0 {
				def.Threshold = cluster.DefaultThreshold(len(ops))
			}
			if def.DepositAmount, err = gwei(amountETH); err != nil {
				return err
			}
			return writeDefinition(cmd.OutOrStdout(), def, id, out, force)
		},
	}
	nw.register(cmd)
	wd.register(cmd)
	id.register(cmd)
	f := cmd.Flags()
	f.StringVar(&operatorsFile, "operators", "", "JSON list of the operators' public keys, as operator init prints them (required)")
	f.StringVar(&name, "name", "cluster", "cluster name")
	f.StringVar(&feeRecipient, "fee-recipient", "", "execution address for block rewards (default: the withdrawal address)")
	f.IntVar(&threshold, "threshold", 0, "shares needed to sign (default 2f+1 of n = 3f+1)")
	f.IntVar(&validators, "num-validators", 1, "number of validators to create")
	f.Float64Var(&amountETH, "amount", 32, "deposit amount per validator in ETH")
	f.StringVar(&out, "out", "dkg-definition.json", "definition file to write")
	f.BoolVar(&force, "force", false, "replace --out if it exists")
	_ = cmd.MarkFlagRequired("operators")
	return cmd
}

// writeDefinition signs def with the identity, which must be one of its
// operators, and writes it.
func writeDefinition(w io.Writer, def *dkg.Definition, idf identityFlags, out string, force bool) error {
	id, err := idf.load()
	if err != nil {
		return err
	}
	defer id.Zero()
	if def.Creator = def.OperatorIndex(id.Signing.Public().(ed25519.PublicKey)); def.Creator == 0 {
		return fmt.Errorf("the identity in %s is not one of the operators: the creator must take part", idf.dir)
	}
	if err := def.Sign(id.Signing); err != nil {
		return err
	}
	data, err := def.Marshal()
	if err != nil {
		return err
	}
	if _, err := os.Stat(out); err == nil && !force {
		return fmt.Errorf("%s exists (use --force to replace it)", out)
	}
	if err := atomicfile.WriteFile(out, data, 0o644); err != nil {
		return fmt.Errorf("write definition: %w", err)
	}
	warnClusterSize(len(def.Operators))
	slog.Info("ceremony definition written", "file", out, "operators", len(def.Operators), "threshold", def.Threshold, "validators", def.Validators)
	fmt.Fprintf(w, "definition %s written to %s\n", def.Hash, out)
	return nil
}

func newDKGRunCommand() *cobra.Command {
	var (
		id                identityFlags
		defFile, dir, kdf string
		listen, peers     []string
		phase, connect    time.Duration
		force             bool
	)
	cmd := &cobra.Command{
		Use:   "run",
		Short: "Take part in a ceremony: create the validator keys with the other operators",
		Long: `Run this operator's side of the ceremony described by --definition, over
libp2p with the other operators: they must all run it at the same time.

--listen gives the multiaddrs to listen on; --peers says where the other
operators are, each as INDEX=MULTIADDR (operator index in the definition)
or as a multiaddr ending in /p2p/<peer id>. A pair of operators needs only
one side to know the other's address.

On success --dir receives cluster.json (identical for every operator),
this operator's share keystores share-<i>-<v>.json with their random
passwords share-<i>-<v>.password, and deposit_data-<time>.json signed by
threshold. Nothing is written if the ceremony fails: the error names the
phase and the operators that are missing or at fault.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			opts, err := kdfOption(kdf)
			if err != nil {
				return err
			}
			def, err := dkg.LoadDefinition(defFile)
			if err != nil {
				return err
			}
			addrs, err := parsePeers(def, peers)
			if err != nil {
				return err
			}
			identity, err := id.load()
			if err != nil {
				return err
			}
			defer identity.Zero()
			stage, err := atomicfile.NewStage(dir, force)
			if err != nil {
				return err
			}
			defer stage.Abort()
			ctx, stop := signal.NotifyContext(withContext(cmd), os.Interrupt, syscall.SIGTERM)
			defer stop()
			start := time.Now()
			res, err := dkg.Run(ctx, dkg.RunConfig{
				Definition: def, Identity: identity, ListenAddrs: listen, Peers: addrs,
				Timeouts: dkg.Timeouts{Connect: connect, Phase: phase}, Logger: slog.Default(),
			})
			if err != nil {
				return fmt.Errorf("ceremony %s failed: %w", def.Name, err)
			}
			defer res.Zero()
			files, err := res.Files(time.Now(), opts...)
			if err != nil {
				return err
			}
			if err := stage.CommitFiles(files); err != nil {
				return err
			}
			slog.Info("ceremony outputs written", "dir", dir, "duration", time.Since(start).Round(time.Millisecond))
			return printDKGResult(cmd.OutOrStdout(), res, dir)
		},
	}
	id.register(cmd)
	f := cmd.Flags()
	f.StringVar(&defFile, "definition", "", "ceremony definition made by dkg init (required)")
	f.StringVar(&dir, "dir", "", "output directory (required; must not exist unless --force)")
	f.StringSliceVar(&listen, "listen", []string{"/ip4/0.0.0.0/tcp/9100"}, "multiaddrs to listen on for the other operators")
	f.StringSliceVar(&peers, "peers", nil, "other operators' addresses: INDEX=MULTIADDR or MULTIADDR/p2p/<peer id>")
	f.DurationVar(&connect, "connect-timeout", 2*time.Minute, "how long to wait for every operator to be online")
	f.DurationVar(&phase, "timeout", 30*time.Second, "timeout of each later phase")
	f.StringVar(&kdf, "kdf", "scrypt", "share keystore key derivation: scrypt or pbkdf2")
	f.BoolVar(&force, "force", false, "replace --dir if it exists")
	_ = cmd.MarkFlagRequired("definition")
	_ = cmd.MarkFlagRequired("dir")
	return cmd
}

// parsePeers maps --peers entries to operator indices.
func parsePeers(def *dkg.Definition, entries []string) (map[int][]string, error) {
	out := make(map[int][]string)
	for _, e := range entries {
		index, addr, err := peerEntry(def, e)
		if err != nil {
			return nil, fmt.Errorf("--peers %q: %w", e, err)
		}
		out[index] = append(out[index], addr)
	}
	return out, nil
}

func peerEntry(def *dkg.Definition, e string) (int, string, error) {
	if before, after, ok := strings.Cut(e, "="); ok {
		i, err := strconv.Atoi(before)
		if err != nil || i < 1 || i > len(def.Operators) {
			return 0, "", fmt.Errorf("operator index %q is not in 1..%d", before, len(def.Operators))
		}
		if _, err := multiaddr.NewMultiaddr(after); err != nil {
			return 0, "", fmt.Errorf("multiaddr: %w", err)
		}
		return i, after, nil
	}
	ma, err := multiaddr.NewMultiaddr(e)
	if err != nil {
		return 0, "", fmt.Errorf("multiaddr: %w", err)
	}
	id, err := ma.ValueForProtocol(multiaddr.P_P2P)
	if err != nil {
		return 0, "", errors.New("a multiaddr without an operator index must end in /p2p/<peer id>")
	}
	for _, op := range def.Operators {
		pid, err := p2p.PeerIDFromIdentityKey(op.IdentityKey)
		if err == nil && pid.String() == id {
			return op.Index, e, nil
		}
	}
	return 0, "", fmt.Errorf("peer id %s is not an operator of the definition", id)
}

func printDKGResult(w io.Writer, res *dkg.Result, dir string) error {
	for _, v := range res.Cluster.Validators {
		fmt.Fprintf(w, "validator %s\n", v.PublicKey)
	}
	for _, d := range slices.Sorted(maps.Keys(res.Excluded)) {
		fmt.Fprintf(w, "dealer %d excluded: %s\n", d, res.Excluded[d])
	}
	fmt.Fprintf(w, "cluster %s: cluster.json, share keystores and deposit data written to %s\n", res.Cluster.Hash, dir)
	return nil
}
