package cli

import (
	"bytes"
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
	"github.com/keystake/keystake/keysplit"
	"github.com/keystake/keystake/operator"
	"github.com/keystake/keystake/p2p"
	"github.com/keystake/keystake/tbls"
)

func newDKGCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "dkg",
		Short: "Create validator keys together with the other operators (distributed key generation)",
	}
	cmd.AddCommand(newDKGInitCommand(), newDKGRunCommand(), newDKGReshareCommand())
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
		out, reshareFrom                  string
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
Send the file to every operator, then each runs keystake dkg run.

With --reshare-from CLUSTER.json the definition reshares that cluster's
validators to --operators instead (keystake dkg reshare): the validator keys,
network, withdrawal credentials and fee recipient stay those of the cluster,
and no deposit is made.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if reshareFrom != "" {
				def, err := reshareDefinition(cmd, reshareFrom, operatorsFile, name, threshold)
				if err != nil {
					return err
				}
				return writeDefinition(cmd.OutOrStdout(), def, id, out, force)
			}
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
	f.StringVar(&reshareFrom, "reshare-from", "", "cluster.json of an existing cluster whose validators to reshare to --operators")
	f.BoolVar(&force, "force", false, "replace --out if it exists")
	_ = cmd.MarkFlagRequired("operators")
	return cmd
}

// reshareDefinition builds the definition of a resharing of the cluster in
// file to the operators in operatorsFile. Flags that the cluster decides
// are refused.
func reshareDefinition(cmd *cobra.Command, file, operatorsFile, name string, threshold int) (*dkg.Definition, error) {
	for _, flag := range []string{"network", "fork-version", "withdrawal-address", "compounding", "fee-recipient", "amount", "num-validators"} {
		if cmd.Flags().Changed(flag) {
			return nil, fmt.Errorf("--%s cannot be used with --reshare-from: the cluster decides it", flag)
		}
	}
	old, err := cluster.Load(file)
	if err != nil {
		return nil, fmt.Errorf("--reshare-from: %w", err)
	}
	ops, err := splitOperators(operatorsFile, 0)
	if err != nil {
		return nil, err
	}
	if !cmd.Flags().Changed("name") {
		name = old.Name
	}
	def := &dkg.Definition{
		Name: name, Network: old.Network, Operators: ops, Threshold: threshold,
		Validators: len(old.Validators), ReshareFrom: old,
	}
	if def.Threshold == 0 {
		def.Threshold = cluster.DefaultThreshold(len(ops))
	}
	return def, nil
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
	var f ceremonyFlags
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
		RunE: func(cmd *cobra.Command, _ []string) error { return f.run(cmd, false) },
	}
	f.register(cmd)
	return cmd
}

func newDKGReshareCommand() *cobra.Command {
	var f ceremonyFlags
	cmd := &cobra.Command{
		Use:   "reshare",
		Short: "Take part in a resharing: hand a cluster's validators over to a new operator set",
		Long: `Run this operator's side of a resharing described by --definition (made by
dkg init --reshare-from): the operators of the existing cluster deal their
shares, the new operators receive new ones, and the validator public keys
stay the same. Every old and new operator runs it at the same time; at
least the old threshold of old operators must take part correctly.

An operator of the existing cluster gives --shares-dir, the directory with
its share keystores and password files (share-<i>-<v>.json and
share-<i>-<v>.password as dkg run writes them, or share-<i>.json for a
one-validator cluster from keys split).

--peers indices are participant indices: the new operators 1..n, then
the old operators that are not among them, numbered n+1, n+2, ... in their
old order. On success --dir receives the new cluster.json and, for a new
operator, its share keystores; no deposit is made. The new cluster.json
records the hash of the cluster it supersedes. Add it to operator.yaml beside
the old cluster: the node then runs only the new one and deletes this
operator's old shares once the new ones are loaded and checked. An old
operator that is not in the new cluster receives cluster.json only; listed
without shares beside the old cluster, it makes the node delete the old
shares too: t old shares kept by t old operators would still sign.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return f.run(cmd, true) },
	}
	f.register(cmd)
	cmd.Flags().StringVar(&f.sharesDir, "shares-dir", "", "directory of this operator's share keystores in the existing cluster (old operators)")
	return cmd
}

// ceremonyFlags are the flags of dkg run and dkg reshare.
type ceremonyFlags struct {
	id                identityFlags
	defFile, dir, kdf string
	sharesDir         string
	listen, peers     []string
	phase, connect    time.Duration
	force             bool
}

func (f *ceremonyFlags) register(cmd *cobra.Command) {
	f.id.register(cmd)
	fl := cmd.Flags()
	fl.StringVar(&f.defFile, "definition", "", "ceremony definition made by dkg init (required)")
	fl.StringVar(&f.dir, "dir", "", "output directory (required; must not exist unless --force)")
	fl.StringSliceVar(&f.listen, "listen", []string{"/ip4/0.0.0.0/tcp/9100"}, "multiaddrs to listen on for the other operators")
	fl.StringSliceVar(&f.peers, "peers", nil, "other operators' addresses: INDEX=MULTIADDR or MULTIADDR/p2p/<peer id>")
	fl.DurationVar(&f.connect, "connect-timeout", 2*time.Minute, "how long to wait for every operator to be online")
	fl.DurationVar(&f.phase, "timeout", 30*time.Second, "timeout of each later phase")
	fl.StringVar(&f.kdf, "kdf", "scrypt", "share keystore key derivation: scrypt or pbkdf2")
	fl.BoolVar(&f.force, "force", false, "replace --dir if it exists")
	_ = cmd.MarkFlagRequired("definition")
	_ = cmd.MarkFlagRequired("dir")
}

// run takes part in the ceremony and writes the outputs.
func (f *ceremonyFlags) run(cmd *cobra.Command, reshare bool) error {
	opts, err := kdfOption(f.kdf)
	if err != nil {
		return err
	}
	def, err := dkg.LoadDefinition(f.defFile)
	if err != nil {
		return err
	}
	switch {
	case reshare && def.ReshareFrom == nil:
		return fmt.Errorf("%s is not a resharing (use keystake dkg run)", f.defFile)
	case !reshare && def.ReshareFrom != nil:
		return fmt.Errorf("%s is a resharing (use keystake dkg reshare)", f.defFile)
	}
	addrs, err := parsePeers(def, f.peers)
	if err != nil {
		return err
	}
	identity, err := f.id.load()
	if err != nil {
		return err
	}
	defer identity.Zero()
	old, err := f.oldShares(def, identity)
	if err != nil {
		return err
	}
	stage, err := atomicfile.NewStage(f.dir, f.force)
	if err != nil {
		return err
	}
	defer stage.Abort()
	ctx, stop := signal.NotifyContext(withContext(cmd), os.Interrupt, syscall.SIGTERM)
	defer stop()
	start := time.Now()
	res, err := dkg.Run(ctx, dkg.RunConfig{
		Definition: def, Identity: identity, ListenAddrs: f.listen, Peers: addrs, OldShares: old,
		Timeouts: dkg.Timeouts{Connect: f.connect, Phase: f.phase}, Logger: slog.Default(),
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
	slog.Info("ceremony outputs written", "dir", f.dir, "duration", time.Since(start).Round(time.Millisecond))
	return printDKGResult(cmd.OutOrStdout(), res, f.dir)
}

// oldShares loads, for an operator of a cluster being reshared, its share
// of every validator from --shares-dir.
func (f *ceremonyFlags) oldShares(def *dkg.Definition, id *operator.Identity) ([]*tbls.SecretKey, error) {
	if def.ReshareFrom == nil {
		return nil, nil
	}
	i := 0
	for _, op := range def.ReshareFrom.Operators {
		if bytes.Equal(op.IdentityKey, id.Signing.Public().(ed25519.PublicKey)) {
			i = op.Index
		}
	}
	if i == 0 {
		if f.sharesDir != "" {
			return nil, errors.New("--shares-dir given, but this operator is not in the cluster being reshared")
		}
		return nil, nil
	}
	if f.sharesDir == "" {
		return nil, fmt.Errorf("--shares-dir is required: this is operator %d of the cluster being reshared", i)
	}
	n := len(def.ReshareFrom.Validators)
	shares := make([]*tbls.SecretKey, 0, n)
	for v := 1; v <= n; v++ {
		ks, pw := filepath.Join(f.sharesDir, dkg.ShareFile(i, v)), filepath.Join(f.sharesDir, dkg.PasswordFile(i, v))
		if _, err := os.Stat(ks); err != nil && n == 1 {
			ks, pw = filepath.Join(f.sharesDir, keysplit.ShareFile(i)), filepath.Join(f.sharesDir, keysplit.PasswordFile(i))
		}
		sk, err := decryptKeystore(ks, pw)
		if err != nil {
			return nil, fmt.Errorf("share of validator %d: %w", v, err)
		}
		shares = append(shares, sk)
	}
	return shares, nil
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
		if n := len(def.Participants()); err != nil || i < 1 || i > n {
			return 0, "", fmt.Errorf("operator index %q is not in 1..%d", before, n)
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
	for _, op := range def.Participants() {
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
	switch {
	case len(res.Shares) == 0:
		fmt.Fprintf(w, "cluster %s: cluster.json written to %s; this operator is not in the new cluster\n", res.Cluster.Hash, dir)
	case len(res.Deposits) == 0:
		fmt.Fprintf(w, "cluster %s: cluster.json and share keystores written to %s\n", res.Cluster.Hash, dir)
	default:
		fmt.Fprintf(w, "cluster %s: cluster.json, share keystores and deposit data written to %s\n", res.Cluster.Hash, dir)
	}
	return nil
}
