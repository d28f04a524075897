package cli

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/keystake/keystake/atomicfile"
	"github.com/keystake/keystake/slashing"
)

// slashingDBFile is the slashing protection database in a data directory.
const slashingDBFile = "slashing.db"

func newSlashingCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "slashing",
		Short: "Import and export slashing protection data (EIP-3076 interchange)",
	}
	cmd.AddCommand(newSlashingImportCommand(), newSlashingExportCommand())
	return cmd
}

func newSlashingImportCommand() *cobra.Command {
	var dataDir, gvrHex string
	cmd := &cobra.Command{
		Use:   "import FILE",
		Short: "Import an EIP-3076 interchange file into a node's slashing protection database",
		Long: `Merge the signing history of an EIP-3076 interchange file (version 5,
complete or minimal) into <data-dir>/slashing.db, all or nothing. For each
validator in the file, nothing at or below the highest slot, source and target
it holds will be signed afterwards.

A new database is created for the genesis validators root of the file, or of
--genesis-validators-root when given (the file must match it); an existing
database refuses a file for another chain. Stop the node first: the database
is locked while it runs.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			data, err := os.ReadFile(args[0])
			if err != nil {
				return fmt.Errorf("read interchange: %w", err)
			}
			fileRoot, err := slashing.InterchangeGenesisValidatorsRoot(bytes.NewReader(data))
			if err != nil {
				return fmt.Errorf("%s: %w", args[0], err)
			}
			db, path, err := openSlashingForImport(dataDir, gvrHex, fileRoot)
			if err != nil {
				return err
			}
			defer db.Close()
			if err := db.Import(bytes.NewReader(data)); err != nil {
				return fmt.Errorf("%s: %w", args[0], err)
			}
			slog.Info("slashing protection data imported", "file", args[0], "database", path)
			fmt.Fprintf(cmd.OutOrStdout(), "imported %s into %s\n", args[0], path)
			return nil
		},
	}
	cmd.Flags().StringVar(&dataDir, "data-dir", "", "the node's data directory, holding slashing.db (required)")
	cmd.Flags().StringVar(&gvrHex, "genesis-validators-root", "", "expected genesis validators root, 0x-prefixed (default: the file's)")
	_ = cmd.MarkFlagRequired("data-dir")
	return cmd
}

// openSlashingForImport opens the database in dataDir, creating it for the
// interchange's root when it does not exist.
func openSlashingForImport(dataDir, gvrHex string, fileRoot [32]byte) (*slashing.DB, string, error) {
	path := filepath.Join(dataDir, slashingDBFile)
	if gvrHex != "" {
		var want [32]byte
		if err := decodeFixedHex(want[:], gvrHex); err != nil {
			return nil, "", fmt.Errorf("--genesis-validators-root: %w", err)
		}
		if want != fileRoot {
			return nil, "", fmt.Errorf("--genesis-validators-root %s: %w: the interchange is for 0x%x", gvrHex, slashing.ErrGenesisMismatch, fileRoot)
		}
	}
	if _, err := os.Stat(path); err == nil {
		db, err := slashing.OpenExisting(path)
		return db, path, err
	} else if !errors.Is(err, os.ErrNotExist) {
		return nil, "", fmt.Errorf("slashing database: %w", err)
	}
	if err := os.MkdirAll(dataDir, 0o700); err != nil {
		return nil, "", fmt.Errorf("create data directory: %w", err)
	}
	db, err := slashing.Open(path, fileRoot)
	if err == nil {
		slog.Info("new slashing protection database", "path", path, "genesis_validators_root", fmt.Sprintf("0x%x", fileRoot))
	}
	return db, path, err
}

func newSlashingExportCommand() *cobra.Command {
	var (
		dataDir string
		pubkeys []string
		force   bool
	)
	cmd := &cobra.Command{
		Use:   "export FILE",
		Short: "Export a node's slashing protection history as an EIP-3076 interchange file",
		Long: `Write the signing history kept in <data-dir>/slashing.db as an EIP-3076
interchange file (version 5), for all validators or those given with --pubkey.
Per validator the file holds a watermark record (without signing root) that
stands for older history, then the latest records with their signing roots.

Stop the node first: the database is locked while it runs, and a file
exported from a running node would miss what it signs next.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			out := args[0]
			if _, err := os.Lstat(out); err == nil && !force {
				return fmt.Errorf("output %s: %w (use --force to replace it)", out, atomicfile.ErrExists)
			}
			keys, err := parsePubkeys(pubkeys)
			if err != nil {
				return err
			}
			db, err := slashing.OpenExisting(filepath.Join(dataDir, slashingDBFile))
			if err != nil {
				return err
			}
			defer db.Close()
			var buf bytes.Buffer
			if err := db.Export(&buf, keys); err != nil {
				return err
			}
			n, err := reportExport(buf.Bytes())
			if err != nil {
				return err
			}
			if err := atomicfile.WriteFile(out, buf.Bytes(), 0o644); err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "exported the slashing protection history of %d validator(s) to %s\n", n, out)
			return nil
		},
	}
	cmd.Flags().StringVar(&dataDir, "data-dir", "", "the node's data directory, holding slashing.db (required)")
	cmd.Flags().StringSliceVar(&pubkeys, "pubkey", nil, "export only this validator, 0x-prefixed (repeat or comma-separate; default: all)")
	cmd.Flags().BoolVar(&force, "force", false, "replace the output file if it exists")
	_ = cmd.MarkFlagRequired("data-dir")
	return cmd
}

// parsePubkeys decodes --pubkey values; none means all validators (nil).
func parsePubkeys(values []string) ([][48]byte, error) {
	if len(values) == 0 {
		return nil, nil
	}
	keys := make([][48]byte, len(values))
	for i, v := range values {
		if err := decodeFixedHex(keys[i][:], strings.TrimSpace(v)); err != nil {
			return nil, fmt.Errorf("--pubkey: %w", err)
		}
	}
	return keys, nil
}

// reportExport counts the validators of an exported interchange and warns
// about those without any history (a mistyped --pubkey, or a validator that
// never signed).
func reportExport(doc []byte) (int, error) {
	var ic struct {
		Data []struct {
			Pubkey       string            `json:"pubkey"`
			Blocks       []json.RawMessage `json:"signed_blocks"`
			Attestations []json.RawMessage `json:"signed_attestations"`
		} `json:"data"`
	}
	if err := json.Unmarshal(doc, &ic); err != nil {
		return 0, fmt.Errorf("read back the export: %w", err)
	}
	for _, v := range ic.Data {
		if len(v.Blocks) == 0 && len(v.Attestations) == 0 {
			slog.Warn("no slashing protection history for validator", "pubkey", v.Pubkey)
		}
	}
	return len(ic.Data), nil
}

// decodeFixedHex decodes 0x-prefixed hex of exactly len(dst) bytes.
func decodeFixedHex(dst []byte, s string) error {
	raw, ok := strings.CutPrefix(s, "0x")
	if !ok || len(raw) != 2*len(dst) {
		return fmt.Errorf("%q: want 0x and %d hex digits", s, 2*len(dst))
	}
	if _, err := hex.Decode(dst, []byte(raw)); err != nil {
		return fmt.Errorf("%q: %w", s, err)
	}
	return nil
}
