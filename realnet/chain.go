package realnet

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"time"
)

// ChainOptions describe the chain to start.
type ChainOptions struct {
	// Dir receives the genesis, the databases and the logs; it must exist.
	Dir string
	// Bins are the programs to run.
	Bins *Binaries
	// GenesisDelay is the time from genesis generation to the chain's
	// genesis: long enough for every program to start.
	GenesisDelay time.Duration
	// ClientValidators are the interop validators 0..ClientValidators-1 the
	// Prysm validator client runs.
	ClientValidators int
	// FeeRecipient is the beacon node's suggested fee recipient (0x...).
	FeeRecipient string
	// Log receives progress lines.
	Log io.Writer
}

// Chain is a running devnet: geth, a Prysm beacon node and a Prysm
// validator client, all on 127.0.0.1.
type Chain struct {
	// BeaconURL is the beacon node's REST API.
	BeaconURL string
	// GethURL is geth's JSON-RPC endpoint.
	GethURL string
	// Genesis is the consensus chain's genesis time.
	Genesis time.Time
	// Logs is the folder of the programs' logs.
	Logs string

	procs []*proc // in start order
}

// StartChain writes a genesis and starts geth, the beacon node and the
// validator client, in that order, returning once the beacon node's REST
// API answers. On error everything started is stopped.
func StartChain(ctx context.Context, opts ChainOptions) (*Chain, error) {
	c := &Chain{Logs: filepath.Join(opts.Dir, "logs")}
	if err := c.start(ctx, opts); err != nil {
		c.Stop()
		return nil, err
	}
	return c, nil
}

func (c *Chain) start(ctx context.Context, opts ChainOptions) error {
	if err := os.MkdirAll(c.Logs, 0o700); err != nil {
		return fmt.Errorf("create the log folder: %w", err)
	}
	ports, err := freePorts(11)
	if err != nil {
		return err
	}
	if err := writeGenesis(ctx, opts); err != nil {
		return err
	}
	if c.Genesis, err = readGenesisTime(filepath.Join(opts.Dir, "genesis.json")); err != nil {
		return err
	}
	if err := c.startGeth(opts, ports[0], ports[1], ports[2]); err != nil {
		return err
	}
	if err := c.startBeacon(opts, ports[1], ports[3:9]); err != nil {
		return err
	}
	if err := c.waitBeacon(ctx, 2*time.Minute); err != nil {
		return err
	}
	if err := c.startValidator(opts, ports[3], ports[9], ports[10]); err != nil {
		return err
	}
	return nil
}

// writeGenesis writes config.yaml, the execution genesis and, with
// prysmctl, the consensus genesis state and the timed execution genesis.
func writeGenesis(ctx context.Context, opts ChainOptions) error {
	in, err := ExecutionGenesis(nil)
	if err != nil {
		return err
	}
	files := map[string][]byte{"config.yaml": ConsensusConfig(), "genesis-in.json": in}
	secret := make([]byte, 32)
	if _, err := rand.Read(secret); err != nil {
		return fmt.Errorf("draw the JWT secret: %w", err)
	}
	files["jwt.hex"] = []byte(hex.EncodeToString(secret))
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(opts.Dir, name), data, 0o600); err != nil {
			return fmt.Errorf("write %s: %w", name, err)
		}
	}
	if err := run(ctx, opts.Dir, opts.Bins.Prysmctl, "testnet", "generate-genesis", "--fork=electra",
		"--num-validators="+strconv.Itoa(GenesisValidators),
		"--genesis-time-delay="+strconv.Itoa(int(opts.GenesisDelay.Seconds())),
		"--chain-config-file=config.yaml", "--geth-genesis-json-in=genesis-in.json",
		"--geth-genesis-json-out=genesis.json", "--output-ssz=genesis.ssz"); err != nil {
		return fmt.Errorf("generate the genesis state: %w", err)
	}
	if err := run(ctx, opts.Dir, opts.Bins.Geth, "init", "--datadir=geth", "--state.scheme=path", "genesis.json"); err != nil {
		return fmt.Errorf("initialise geth: %w", err)
	}
	return nil
}

// readGenesisTime reads the genesis time prysmctl put in the execution
// genesis (its timestamp, the consensus genesis time).
func readGenesisTime(path string) (time.Time, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return time.Time{}, fmt.Errorf("read the execution genesis: %w", err)
	}
	var g struct {
		Timestamp string `json:"timestamp"`
	}
	if err := json.Unmarshal(data, &g); err != nil {
		return time.Time{}, fmt.Errorf("parse the execution genesis: %w", err)
	}
	ts, err := strconv.ParseUint(g.Timestamp, 0, 64)
	if err != nil || ts == 0 {
		return time.Time{}, fmt.Errorf("execution genesis timestamp %q: %v", g.Timestamp, err)
	}
	return time.Unix(int64(ts), 0), nil
}

func (c *Chain) startGeth(opts ChainOptions, httpPort, authPort, p2pPort int) error {
	// Only the configuration file keeps geth's p2p listener on loopback.
	toml := fmt.Sprintf("[Node.P2P]\nListenAddr = \"127.0.0.1:%d\"\nNoDiscovery = true\nMaxPeers = 0\n", p2pPort)
	if err := os.WriteFile(filepath.Join(opts.Dir, "geth.toml"), []byte(toml), 0o600); err != nil {
		return fmt.Errorf("write geth.toml: %w", err)
	}
	p, err := startProc("geth", opts.Dir, filepath.Join(c.Logs, "geth.log"), opts.Bins.Geth,
		"--config=geth.toml", "--datadir=geth", "--networkid="+strconv.Itoa(ChainID), "--syncmode=full",
		"--state.scheme=path", "--nodiscover", "--maxpeers=0", "--nat=none", "--ipcdisable",
		// Rendering the log search index once held a forkchoice update
		// (a block's payload) for 1.5 s; nothing here searches logs.
		"--history.logs.disable",
		"--http", "--http.addr=127.0.0.1", "--http.port="+strconv.Itoa(httpPort),
		"--authrpc.addr=127.0.0.1", "--authrpc.port="+strconv.Itoa(authPort), "--authrpc.jwtsecret=jwt.hex")
	if err != nil {
		return err
	}
	c.procs = append(c.procs, p)
	c.GethURL = fmt.Sprintf("http://127.0.0.1:%d", httpPort)
	return nil
}

// startBeacon starts the beacon node; ports are gRPC, REST, p2p TCP, UDP
// and QUIC, and monitoring.
func (c *Chain) startBeacon(opts ChainOptions, authPort int, ports []int) error {
	p, err := startProc("beacon node", opts.Dir, filepath.Join(c.Logs, "beacon.log"), opts.Bins.BeaconChain,
		"--datadir=beacon", "--genesis-state=genesis.ssz", "--chain-config-file=config.yaml",
		"--execution-endpoint="+fmt.Sprintf("http://127.0.0.1:%d", authPort), "--jwt-secret=jwt.hex",
		"--no-discovery", "--bootstrap-node=", "--min-sync-peers=0", "--minimum-peers-per-subnet=0",
		"--accept-terms-of-use", "--force-clear-db", "--chain-id="+strconv.Itoa(ChainID), "--contract-deployment-block=0",
		"--suggested-fee-recipient="+opts.FeeRecipient,
		"--rpc-host=127.0.0.1", "--rpc-port="+strconv.Itoa(ports[0]),
		"--http-host=127.0.0.1", "--http-port="+strconv.Itoa(ports[1]),
		"--p2p-local-ip=127.0.0.1", "--p2p-host-ip=127.0.0.1",
		"--p2p-tcp-port="+strconv.Itoa(ports[2]), "--p2p-udp-port="+strconv.Itoa(ports[3]), "--p2p-quic-port="+strconv.Itoa(ports[4]),
		"--monitoring-host=127.0.0.1", "--monitoring-port="+strconv.Itoa(ports[5]))
	if err != nil {
		return err
	}
	c.procs = append(c.procs, p)
	c.BeaconURL = fmt.Sprintf("http://127.0.0.1:%d", ports[1])
	return nil
}

// startValidator starts the validator client for the first
// opts.ClientValidators interop keys, on the beacon node's gRPC port.
func (c *Chain) startValidator(opts ChainOptions, rpcPort, httpPort, monitoringPort int) error {
	p, err := startProc("validator client", opts.Dir, filepath.Join(c.Logs, "validator.log"), opts.Bins.Validator,
		"--datadir=validator", "--wallet-dir=validator/wallet", "--chain-config-file=config.yaml",
		"--interop-num-validators="+strconv.Itoa(opts.ClientValidators), "--interop-start-index=0",
		"--beacon-rpc-provider="+fmt.Sprintf("127.0.0.1:%d", rpcPort), "--accept-terms-of-use", "--force-clear-db",
		"--suggested-fee-recipient="+opts.FeeRecipient,
		"--http-host=127.0.0.1", "--http-port="+strconv.Itoa(httpPort),
		"--monitoring-host=127.0.0.1", "--monitoring-port="+strconv.Itoa(monitoringPort))
	if err != nil {
		return err
	}
	c.procs = append(c.procs, p)
	return nil
}

// waitBeacon waits until the beacon node's REST API serves the genesis.
func (c *Chain) waitBeacon(ctx context.Context, timeout time.Duration) error {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	for {
		for _, p := range c.procs {
			if p.exited() {
				return fmt.Errorf("%s exited at start (see %s)", p.name, c.Logs)
			}
		}
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, c.BeaconURL+"/eth/v1/beacon/genesis", nil)
		if resp, err := http.DefaultClient.Do(req); err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("wait for the beacon node's REST API: %w", ctx.Err())
		case <-time.After(500 * time.Millisecond):
		}
	}
}

// Exited names a program of the chain that has ended, if any.
func (c *Chain) Exited() error {
	for _, p := range c.procs {
		if p.exited() {
			return fmt.Errorf("%s exited (see %s)", p.name, c.Logs)
		}
	}
	return nil
}

// Stop stops the programs in reverse start order: SIGINT, then SIGKILL
// after 20 s. It reports the programs that had to be killed.
func (c *Chain) Stop() error {
	var errs []error
	for i := len(c.procs) - 1; i >= 0; i-- {
		if c.procs[i].stop(20 * time.Second) {
			errs = append(errs, fmt.Errorf("%s did not stop on SIGINT within 20s and was killed", c.procs[i].name))
		}
	}
	c.procs = nil
	return errors.Join(errs...)
}

// run runs a program to completion in dir.
func run(ctx context.Context, dir, bin string, args ...string) error {
	cmd := execCommand(ctx, bin, args...)
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	if err != nil {
		return fmt.Errorf("%s: %w: %s", filepath.Base(bin), err, tail(out))
	}
	return nil
}
