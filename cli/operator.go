package cli

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"log/slog"

	"github.com/spf13/cobra"

	"github.com/keystake/keystake/atomicfile"
	"github.com/keystake/keystake/operator"
)

// IdentityPasswordFile is the password file operator init writes when no
// --password-file is given.
const IdentityPasswordFile = "identity.password"

func newOperatorCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "operator",
		Short: "Operator identity and node",
	}
	cmd.AddCommand(newOperatorInitCommand(), newOperatorRunCommand())
	return cmd
}

func newOperatorInitCommand() *cobra.Command {
	var (
		dir, name, passwordFile, kdf string
		force                        bool
	)
	cmd := &cobra.Command{
		Use:   "init",
		Short: "Create an operator's identity and encryption keys",
		Long: `Create an operator's keys in --dir: an ed25519 identity key (peer-to-peer
authentication and consensus signatures) and an X25519 encryption key (key
shares are sealed to it with HPKE), both as EIP-2335 keystores. The public
parts are printed as JSON, ready for a cluster definition's operator list
(keys split --operator-keys) or a registry, and written to operator.json.

The keystores are encrypted with the password in --password-file; without it
a random password is generated into identity.password in --dir (keep a copy
elsewhere, or move it to a separate volume).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			opts, err := kdfOption(kdf)
			if err != nil {
				return err
			}
			password, generated, err := operatorPassword(passwordFile)
			if err != nil {
				return err
			}
			stage, err := atomicfile.NewStage(dir, force)
			if err != nil {
				return err
			}
			defer stage.Abort()
			id, err := operator.Generate()
			if err != nil {
				return err
			}
			defer id.Zero()
			files, err := id.Files(name, password, opts...)
			if err != nil {
				return err
			}
			if generated {
				files = append(files, atomicfile.File{Name: IdentityPasswordFile, Data: []byte(password + "\n"), Mode: 0o600})
			}
			if err := stage.CommitFiles(files); err != nil {
				return err
			}
			slog.Info("operator identity created", "dir", dir, "name", name)
			pub, err := json.MarshalIndent(id.Public(name), "", "  ")
			if err != nil {
				return fmt.Errorf("encode public keys: %w", err)
			}
			fmt.Fprintln(cmd.OutOrStdout(), string(pub))
			return nil
		},
	}
	cmd.Flags().StringVar(&dir, "dir", "", "identity directory to create (required; must not exist unless --force)")
	cmd.Flags().StringVar(&name, "name", "operator", "operator name, as listed in cluster definitions")
	cmd.Flags().StringVar(&passwordFile, "password-file", "", "password for the key files (default: generate identity.password)")
	cmd.Flags().StringVar(&kdf, "kdf", "scrypt", "keystore key derivation: scrypt or pbkdf2")
	cmd.Flags().BoolVar(&force, "force", false, "replace the directory if it exists")
	_ = cmd.MarkFlagRequired("dir")
	return cmd
}

// operatorPassword reads the password file, or generates a password when
// none is given.
func operatorPassword(path string) (password string, generated bool, err error) {
	if path != "" {
		pw, err := readPassword(path)
		if err != nil {
			return "", false, fmt.Errorf("--password-file: %w", err)
		}
		return pw, false, nil
	}
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return "", false, fmt.Errorf("generate password: %w", err)
	}
	return hex.EncodeToString(b), true, nil
}
