package cli

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/keystake/keystake/atomicfile"
	"github.com/keystake/keystake/cluster"
	"github.com/keystake/keystake/deposit"
	"github.com/keystake/keystake/hdkey"
	"github.com/keystake/keystake/keygen"
	"github.com/keystake/keystake/keysplit"
	"github.com/keystake/keystake/keystore"
	"github.com/keystake/keystake/tbls"
)

func newKeysCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "keys",
		Short: "Create, split and combine validator keys",
	}
	cmd.AddCommand(newKeysNewCommand(), newKeysSplitCommand(), newKeysCombineCommand())
	return cmd
}

// kdfOption maps --kdf to keystore options.
func kdfOption(kdf string) ([]keystore.Option, error) {
	switch kdf {
	case "scrypt":
		return nil, nil
	case "pbkdf2":
		return []keystore.Option{keystore.WithPBKDF2()}, nil
	default:
		return nil, fmt.Errorf("--kdf %q: want scrypt or pbkdf2", kdf)
	}
}

func newKeysNewCommand() *cobra.Command {
	var (
		nw           networkFlags
		wd           withdrawalFlags
		count, start uint32
		amountETH    float64
		passwordFile string
		mnemonicFile string
		kdf          string
		out          string
		force        bool
	)
	cmd := &cobra.Command{
		Use:   "new",
		Short: "Create validator keys from a new or existing mnemonic: keystores and deposit data",
		Long: `Create validator keys as the staking deposit tools do: signing keys at
m/12381/3600/i/0/0 (EIP-2334), EIP-2335 keystores encrypted with the password
in --password-file, and a deposit_data-<time>.json for the launchpad.

Without --mnemonic-file a new 24-word mnemonic is generated and printed once:
write it down, it is the only way to recover the keys. Without
--withdrawal-address the deposits use BLS (0x00) withdrawal credentials.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			network, err := nw.resolve(true)
			if err != nil {
				return err
			}
			req := keygen.Request{Start: start, Count: count, Network: *network, Now: time.Now()}
			if req.AmountGwei, err = gwei(amountETH); err != nil {
				return err
			}
			if wc, _, ok, err := wd.resolve(); err != nil {
				return err
			} else if ok {
				req.WithdrawalCredentials = &wc
			}
			if req.KeystoreOptions, err = kdfOption(kdf); err != nil {
				return err
			}
			if req.Password, err = readPassword(passwordFile); err != nil {
				return fmt.Errorf("--password-file: %w", err)
			}
			mnemonic, generated, err := loadOrCreateMnemonic(mnemonicFile)
			if err != nil {
				return err
			}
			if req.Seed, err = hdkey.SeedFromMnemonic(mnemonic, ""); err != nil {
				return err
			}
			defer clear(req.Seed)
			stage, err := atomicfile.NewStage(out, force)
			if err != nil {
				return err
			}
			defer stage.Abort()
			files, deposits, err := keygen.Generate(req)
			if err != nil {
				return err
			}
			if err := stage.CommitFiles(files); err != nil {
				return err
			}
			slog.Info("validator keys created", "dir", out, "validators", len(deposits), "network", network.Name)
			return printNewKeys(cmd.OutOrStdout(), out, deposits, mnemonic, generated)
		},
	}
	nw.register(cmd)
	wd.register(cmd)
	cmd.Flags().Uint32Var(&count, "num-validators", 1, "number of validators to create")
	cmd.Flags().Uint32Var(&start, "start-index", 0, "first validator index i in m/12381/3600/i/0/0")
	cmd.Flags().Float64Var(&amountETH, "amount", 32, "deposit amount per validator in ETH")
	cmd.Flags().StringVar(&passwordFile, "password-file", "", "file holding the keystore password (required)")
	cmd.Flags().StringVar(&mnemonicFile, "mnemonic-file", "", "file holding an existing mnemonic (default: generate a new one)")
	cmd.Flags().StringVar(&kdf, "kdf", "scrypt", "keystore key derivation: scrypt or pbkdf2")
	cmd.Flags().StringVar(&out, "out", "validator_keys", "output directory (must not exist unless --force)")
	cmd.Flags().BoolVar(&force, "force", false, "replace the output directory if it exists")
	return cmd
}

// gwei converts an ETH amount from a flag to Gwei.
func gwei(eth float64) (uint64, error) {
	if eth <= 0 || eth > 1e6 {
		return 0, fmt.Errorf("--amount %v ETH is out of range", eth)
	}
	g := eth * float64(deposit.GweiPerETH)
	if g != float64(uint64(g)) {
		return 0, fmt.Errorf("--amount %v ETH is not a whole number of Gwei", eth)
	}
	return uint64(g), nil
}

func loadOrCreateMnemonic(path string) (mnemonic string, generated bool, err error) {
	if path == "" {
		m, err := hdkey.NewMnemonic()
		return m, true, err
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return "", false, fmt.Errorf("read mnemonic file: %w", err)
	}
	m := strings.Join(strings.Fields(string(data)), " ")
	if err := hdkey.ValidateMnemonic(m); err != nil {
		return "", false, fmt.Errorf("mnemonic file %s: %w", path, err)
	}
	return m, false, nil
}

func printNewKeys(w io.Writer, dir string, deposits []*deposit.Data, mnemonic string, generated bool) error {
	for _, d := range deposits {
		fmt.Fprintf(w, "validator %s\n", d.PublicKey)
	}
	fmt.Fprintf(w, "keystores and deposit data written to %s\n", dir)
	if generated {
		fmt.Fprintf(w, "\nNew mnemonic. Write it down and keep it offline: it is the only way to recover these keys.\n\n%s\n", mnemonic)
	}
	return nil
}

func newKeysSplitCommand() *cobra.Command {
	var (
		nw                      networkFlags
		wd                      withdrawalFlags
		keystorePath, pwFile    string
		operatorsFile           string
		operators, threshold    int
		name, feeRecipient, out string
		kdf                     string
		force                   bool
	)
	cmd := &cobra.Command{
		Use:   "split",
		Short: "Split an existing validator keystore into threshold shares for a cluster",
		Long: `Decrypt a validator keystore, split the key into one share per operator
(any --threshold of them can sign) and write to --out:

  cluster.json                      the cluster definition (docs/cluster-format.md)
  share-<i>.json, share-<i>.password  operator i's share as an EIP-2335 keystore
                                    and its random password

With --operator-keys, each share is instead sealed with HPKE to operator i's
encryption key (share-<i>.hpke.json), safe to send over an untrusted channel.
The shares are checked to recover the original key before anything is written.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			network, err := nw.resolve(true)
			if err != nil {
				return err
			}
			req := keysplit.Request{Name: name, Network: clusterNetwork(*network)}
			if req.Operators, err = splitOperators(operatorsFile, operators); err != nil {
				return err
			}
			req.Seal = operatorsFile != ""
			if req.KeystoreOptions, err = kdfOption(kdf); err != nil {
				return err
			}
			req.Threshold = threshold
			if threshold == 0 {
				req.Threshold = cluster.DefaultThreshold(len(req.Operators))
			}
			if req.WithdrawalCredentials, req.FeeRecipient, err = splitAddresses(wd, feeRecipient); err != nil {
				return err
			}
			sk, err := decryptKeystore(keystorePath, pwFile)
			if err != nil {
				return err
			}
			defer sk.Zero()
			if req.Name == "" {
				pk := sk.PublicKey()
				req.Name = pk.String()[:12]
			}
			stage, err := atomicfile.NewStage(out, force)
			if err != nil {
				return err
			}
			defer stage.Abort()
			def, files, err := keysplit.Split(sk, req)
			if err != nil {
				return err
			}
			if err := stage.CommitFiles(files); err != nil {
				return err
			}
			warnClusterSize(len(req.Operators))
			slog.Info("validator key split", "dir", out, "operators", len(req.Operators), "threshold", req.Threshold, "sealed", req.Seal)
			fmt.Fprintf(cmd.OutOrStdout(), "validator %s split %d-of-%d into %s\ncluster hash %s\n",
				def.Validators[0].PublicKey, def.Threshold, len(def.Operators), out, def.Hash)
			return nil
		},
	}
	nw.register(cmd)
	wd.register(cmd)
	cmd.Flags().StringVar(&keystorePath, "keystore", "", "validator keystore to split (required)")
	cmd.Flags().StringVar(&pwFile, "password-file", "", "file holding the keystore's password (required)")
	cmd.Flags().IntVar(&operators, "operators", 4, "number of operators n (recommended 3f+1: 4, 7, 10, 13)")
	cmd.Flags().IntVar(&threshold, "threshold", 0, "shares needed to sign (default 2f+1: 3 of 4, 5 of 7, ...)")
	cmd.Flags().StringVar(&operatorsFile, "operator-keys", "", "JSON list of the operators with their encryption public keys: seal shares with HPKE")
	cmd.Flags().StringVar(&kdf, "kdf", "scrypt", "share keystore key derivation: scrypt or pbkdf2")
	cmd.Flags().StringVar(&name, "name", "", "cluster name (default: start of the validator pubkey)")
	cmd.Flags().StringVar(&feeRecipient, "fee-recipient", "", "execution address for block rewards (default: the withdrawal address)")
	cmd.Flags().StringVar(&out, "out", "", "output directory (required; must not exist unless --force)")
	cmd.Flags().BoolVar(&force, "force", false, "replace the output directory if it exists")
	for _, f := range []string{"keystore", "password-file", "out"} {
		_ = cmd.MarkFlagRequired(f)
	}
	return cmd
}

// splitOperators returns the cluster's operators: read from file when
// given, else n operators named operator-1..operator-n.
func splitOperators(file string, n int) ([]cluster.Operator, error) {
	if file == "" {
		ops := make([]cluster.Operator, n)
		for i := range ops {
			ops[i] = cluster.Operator{Index: i + 1, ID: fmt.Sprintf("operator-%d", i+1)}
		}
		return ops, nil
	}
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, fmt.Errorf("read --operator-keys: %w", err)
	}
	var ops []cluster.Operator
	if err := json.Unmarshal(data, &ops); err != nil {
		return nil, fmt.Errorf("decode --operator-keys %s: want a JSON list of operators: %w", file, err)
	}
	for i := range ops {
		if ops[i].Index == 0 {
			ops[i].Index = i + 1
		}
		if ops[i].ID == "" {
			ops[i].ID = fmt.Sprintf("operator-%d", i+1)
		}
	}
	return ops, nil
}

// splitAddresses resolves withdrawal credentials and the fee recipient.
func splitAddresses(wd withdrawalFlags, feeRecipient string) (wc, fee []byte, err error) {
	creds, addr, ok, err := wd.resolve()
	if err != nil {
		return nil, nil, err
	}
	if ok {
		wc = creds[:]
	}
	switch {
	case feeRecipient != "":
		a, err := deposit.ParseAddress(feeRecipient)
		if err != nil {
			return nil, nil, fmt.Errorf("--fee-recipient: %w", err)
		}
		return wc, a[:], nil
	case ok:
		return wc, addr[:], nil
	default:
		return nil, nil, errors.New("--fee-recipient is required when no --withdrawal-address is given")
	}
}

func warnClusterSize(n int) {
	if (n-1)%3 != 0 {
		slog.Warn("cluster size is not 3f+1: it tolerates no more faults than the next smaller 3f+1", "operators", n, "recommended", "4, 7, 10, 13")
	}
}

// decryptKeystore loads and decrypts a validator keystore.
func decryptKeystore(path, passwordFile string) (*tbls.SecretKey, error) {
	pw, err := readPassword(passwordFile)
	if err != nil {
		return nil, fmt.Errorf("--password-file: %w", err)
	}
	ks, err := keystore.Load(path)
	if err != nil {
		return nil, err
	}
	secret, err := ks.Decrypt(pw)
	if err != nil {
		return nil, fmt.Errorf("decrypt keystore %s: %w", path, err)
	}
	defer clear(secret)
	sk, err := tbls.SecretKeyFromBytes(secret)
	if err != nil {
		return nil, fmt.Errorf("keystore %s: %w", path, err)
	}
	return sk, nil
}

func newKeysCombineCommand() *cobra.Command {
	var (
		clusterFile, out, newPwFile string
		shares, passwords           []string
		kdf                         string
		force                       bool
	)
	cmd := &cobra.Command{
		Use:   "combine",
		Short: "Recover a validator keystore from at least t share keystores (emergencies only)",
		Long: `Recover the validator key from at least threshold share keystores of a
cluster and write it as a new keystore encrypted with --new-password-file.

Each share's password is read from --password-file (repeat in the order of
--share), or else from share-<i>.password next to the share. The recovered
key must match the validator's public key in cluster.json. Once combined, the
key exists in one place again: use it only to exit or move the validator.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			def, err := cluster.Load(clusterFile)
			if err != nil {
				return err
			}
			if len(passwords) != 0 && len(passwords) != len(shares) {
				return fmt.Errorf("%d --password-file for %d --share: give one per share or none", len(passwords), len(shares))
			}
			newPw, err := readPassword(newPwFile)
			if err != nil {
				return fmt.Errorf("--new-password-file: %w", err)
			}
			opts, err := kdfOption(kdf)
			if err != nil {
				return err
			}
			if _, err := os.Stat(out); err == nil && !force {
				return fmt.Errorf("output %s: %w (use --force to replace it)", out, atomicfile.ErrExists)
			}
			keys, err := decryptShares(shares, passwords)
			defer zeroAll(keys)
			if err != nil {
				return err
			}
			sk, v, err := keysplit.Combine(def, keys)
			if err != nil {
				return err
			}
			defer sk.Zero()
			secret := sk.Bytes()
			defer clear(secret)
			ks, err := keystore.Encrypt(secret, newPw, opts...)
			if err != nil {
				return fmt.Errorf("encrypt recovered key: %w", err)
			}
			if err := ks.Save(out); err != nil {
				return err
			}
			slog.Warn("validator key recovered into one keystore", "validator", def.Validators[v].PublicKey.String(), "out", out)
			fmt.Fprintf(cmd.OutOrStdout(), "validator %s recovered from %d shares into %s\n", def.Validators[v].PublicKey, len(keys), out)
			return nil
		},
	}
	cmd.Flags().StringVar(&clusterFile, "cluster", "", "cluster.json of the validator (required)")
	cmd.Flags().StringArrayVar(&shares, "share", nil, "share keystore (repeat, at least threshold times)")
	cmd.Flags().StringArrayVar(&passwords, "password-file", nil, "password file of each --share, in order (default: share-<i>.password beside it)")
	cmd.Flags().StringVar(&newPwFile, "new-password-file", "", "password for the recovered keystore (required)")
	cmd.Flags().StringVar(&kdf, "kdf", "scrypt", "keystore key derivation: scrypt or pbkdf2")
	cmd.Flags().StringVar(&out, "out", "", "recovered keystore file (required; must not exist unless --force)")
	cmd.Flags().BoolVar(&force, "force", false, "replace the output file if it exists")
	for _, f := range []string{"cluster", "share", "new-password-file", "out"} {
		_ = cmd.MarkFlagRequired(f)
	}
	return cmd
}

// decryptShares decrypts each share keystore; it returns what it decrypted
// so far along with an error, for the caller to zero.
func decryptShares(paths, passwordFiles []string) ([]*tbls.SecretKey, error) {
	var keys []*tbls.SecretKey
	for k, path := range paths {
		pwFile := strings.TrimSuffix(path, filepath.Ext(path)) + ".password"
		if len(passwordFiles) > 0 {
			pwFile = passwordFiles[k]
		}
		sk, err := decryptKeystore(path, pwFile)
		if err != nil {
			return keys, fmt.Errorf("share %d: %w", k+1, err)
		}
		keys = append(keys, sk)
	}
	return keys, nil
}

func zeroAll(keys []*tbls.SecretKey) {
	for _, k := range keys {
		k.Zero()
	}
}
