package realnet

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
)

// The pinned programs of the devnet.
const (
	// GethVersion is the go-ethereum release whose geth runs the execution
	// layer.
	GethVersion = "v1.17.8"
	// PrysmVersion is the Prysm release whose beacon node, validator client
	// and prysmctl run the consensus layer.
	PrysmVersion = "v7.0.0"

	gethPackage = "github.com/ethereum/go-ethereum/cmd/geth"
	prysmModule = "github.com/OffchainLabs/prysm/v7"
)

// Binaries are the paths of the devnet's programs.
type Binaries struct {
	Geth, BeaconChain, Validator, Prysmctl string
}

// binDirs are the cache folders of the two builds, keyed by version.
func binDirs(cacheDir string) (geth, prysm string) {
	return filepath.Join(cacheDir, "bin", "geth-"+GethVersion), filepath.Join(cacheDir, "bin", "prysm-"+PrysmVersion)
}

// EnsureBinaries returns the pinned geth and Prysm binaries under
// cacheDir/bin, building with the go command those not there yet. Progress
// goes to log. A build lands in a temporary folder renamed into place once
// complete, so an interrupted build is redone next time, never reused.
func EnsureBinaries(ctx context.Context, cacheDir string, log io.Writer) (*Binaries, error) {
	cacheDir, err := filepath.Abs(cacheDir)
	if err != nil {
		return nil, fmt.Errorf("locate the binaries' cache: %w", err)
	}
	gethDir, prysmDir := binDirs(cacheDir)
	b := &Binaries{
		Geth:        filepath.Join(gethDir, "geth"),
		BeaconChain: filepath.Join(prysmDir, "beacon-chain"),
		Validator:   filepath.Join(prysmDir, "validator"),
		Prysmctl:    filepath.Join(prysmDir, "prysmctl"),
	}
	if !exist(b.Geth) {
		fmt.Fprintf(log, "building geth %s into %s (about a minute cold)\n", GethVersion, gethDir)
		err := buildInto(gethDir, func(tmp string) error {
			return goCommand(ctx, "", []string{"GOBIN=" + tmp}, "install", gethPackage+"@"+GethVersion)
		})
		if err != nil {
			return nil, fmt.Errorf("build geth %s: %w", GethVersion, err)
		}
	}
	if !exist(b.BeaconChain, b.Validator, b.Prysmctl) {
		fmt.Fprintf(log, "building Prysm %s into %s (a few minutes cold)\n", PrysmVersion, prysmDir)
		if err := buildInto(prysmDir, func(tmp string) error { return buildPrysm(ctx, tmp) }); err != nil {
			return nil, fmt.Errorf("build Prysm %s: %w", PrysmVersion, err)
		}
	}
	return b, nil
}

// buildPrysm builds Prysm's three commands into dir. `go install` refuses
// Prysm's module (it has replace directives), so the commands are built
// inside the downloaded module's directory.
func buildPrysm(ctx context.Context, dir string) error {
	var out bytes.Buffer
	cmd := exec.CommandContext(ctx, "go", "mod", "download", "-json", prysmModule+"@"+PrysmVersion)
	cmd.Dir, cmd.Stdout, cmd.Stderr = os.TempDir(), &out, &out
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("download %s: %w: %s", prysmModule, err, tail(out.Bytes()))
	}
	var mod struct{ Dir, Error string }
	if err := json.Unmarshal(out.Bytes(), &mod); err != nil || mod.Dir == "" {
		return fmt.Errorf("download %s: no module directory (%s)", prysmModule, mod.Error)
	}
	return goCommand(ctx, mod.Dir, nil, "build", "-o", dir+string(filepath.Separator),
		"./cmd/beacon-chain", "./cmd/validator", "./cmd/prysmctl")
}

// buildInto runs build with a fresh temporary folder beside dir and renames
// it to dir when build succeeds.
func buildInto(dir string, build func(tmp string) error) error {
	if err := os.MkdirAll(filepath.Dir(dir), 0o755); err != nil {
		return fmt.Errorf("create the binaries' cache: %w", err)
	}
	tmp, err := os.MkdirTemp(filepath.Dir(dir), ".build-")
	if err != nil {
		return fmt.Errorf("create a build folder: %w", err)
	}
	defer os.RemoveAll(tmp)
	if err := build(tmp); err != nil {
		return err
	}
	if err := os.RemoveAll(dir); err != nil {
		return fmt.Errorf("replace %s: %w", dir, err)
	}
	if err := os.Rename(tmp, dir); err != nil {
		return fmt.Errorf("move the build into place: %w", err)
	}
	return nil
}

// goCommand runs the go command in dir (a temporary folder, outside any
// module, when empty) with extra environment variables.
func goCommand(ctx context.Context, dir string, env []string, args ...string) error {
	cmd := exec.CommandContext(ctx, "go", args...)
	cmd.Dir = dir
	if dir == "" {
		cmd.Dir = os.TempDir()
	}
	cmd.Env = append(os.Environ(), env...)
	out, err := cmd.CombinedOutput()
	if err != nil {
		return fmt.Errorf("go %s: %w: %s", args[0], err, tail(out))
	}
	return nil
}

// exist reports whether every path is a regular file.
func exist(paths ...string) bool {
	for _, p := range paths {
		if fi, err := os.Stat(p); err != nil || !fi.Mode().IsRegular() {
			return false
		}
	}
	return true
}

// tail is the end of a command's output, enough to show why it failed.
func tail(out []byte) string {
	const n = 2000
	out = bytes.TrimSpace(out)
	if len(out) > n {
		out = out[len(out)-n:]
	}
	return string(out)
}
