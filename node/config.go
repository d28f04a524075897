// Package node assembles an operator node from its configuration: identity,
// clusters and key shares, beacon node client, p2p host, slashing
// protection, consensus, duties, metrics and health endpoints.
package node

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"gopkg.in/yaml.v3"
)

// Config is the operator node's configuration (operator.yaml). Relative
// paths are resolved against the directory of the file.
type Config struct {
	// DataDir holds the slashing protection and consensus databases.
	DataDir string `yaml:"data_dir"`
	// IdentityDir is the directory `keystake operator init` created.
	IdentityDir string `yaml:"identity_dir"`
	// IdentityPasswordFile holds the identity keystores' password.
	IdentityPasswordFile string `yaml:"identity_password_file"`
	// Clusters this operator serves.
	Clusters []ClusterConfig `yaml:"clusters"`
	// BeaconNodes are beacon node REST API URLs, tried in order.
	BeaconNodes []string `yaml:"beacon_nodes"`
	// BeaconTimeout bounds each beacon node call.
	BeaconTimeout time.Duration `yaml:"beacon_timeout"`
	// P2P is the operator-to-operator network.
	P2P P2PConfig `yaml:"p2p"`
	// MetricsAddr serves /metrics, /healthz and /readyz; empty disables.
	MetricsAddr string `yaml:"metrics_addr"`
	// DoppelgangerProtection holds back validators seen live on chain
	// before the node started (see package duty); nil means on.
	DoppelgangerProtection *bool `yaml:"doppelganger_protection"`
	// Graffiti is written into the blocks this node's leader proposes (at
	// most 32 bytes of UTF-8); empty means "KeyStake".
	Graffiti string `yaml:"graffiti"`
	// Builder registers the validators with the builders (MEV-boost) of
	// the beacon nodes every epoch and lets the beacon nodes offer builder
	// blocks (blinded); off, every block is built locally.
	Builder bool `yaml:"builder"`
	// GasLimit is the block gas limit the registrations ask builders for;
	// 0 means DefaultGasLimit. Every operator of a cluster must use the
	// same value, or the registrations cannot be threshold-signed.
	GasLimit uint64 `yaml:"gas_limit"`
	// Pprof also serves Go's profiler (/debug/pprof/) on MetricsAddr. It
	// shows the node's internals to whoever reaches the address: keep it
	// off, or the address private, in production.
	Pprof bool `yaml:"pprof"`
}

// DefaultGasLimit is the gas limit builder registrations ask for when
// gas_limit is not set: 60 million, what mainnet validators signal since
// the Fusaka upgrade.
const DefaultGasLimit = 60_000_000

// ClusterConfig names a cluster definition and this operator's shares.
// A cluster this operator is not a member of takes no shares: it is one
// that supersedes a configured cluster, to which this operator handed its
// shares over (see LoadClusters).
type ClusterConfig struct {
	Definition string `yaml:"definition"`
	// Shares are EIP-2335 share keystores with their password files.
	Shares []ShareConfig `yaml:"shares"`
	// SealedShares are HPKE-sealed share files, opened with the identity's
	// encryption key; glob patterns (share-2-*.hpke.json) are expanded.
	SealedShares []string `yaml:"sealed_shares"`
}

// ShareConfig is one share keystore.
type ShareConfig struct {
	Keystore     string `yaml:"keystore"`
	PasswordFile string `yaml:"password_file"`
}

// P2PConfig configures the libp2p host.
type P2PConfig struct {
	// Listen are multiaddrs to listen on.
	Listen []string `yaml:"listen"`
	// Peers says where to reach the other operators.
	Peers []PeerConfig `yaml:"peers"`
}

// PeerConfig is another operator's network addresses.
type PeerConfig struct {
	// Identity is the operator's identity public key (hex), as in
	// cluster.json.
	Identity string `yaml:"identity"`
	// Addrs are multiaddrs, e.g. /ip4/10.0.0.2/tcp/9000.
	Addrs []string `yaml:"addrs"`
}

// LoadConfig reads operator.yaml strictly (unknown keys are errors) and
// resolves relative paths against its directory.
func LoadConfig(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read config: %w", err)
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	var cfg Config
	if err := dec.Decode(&cfg); err != nil {
		return nil, fmt.Errorf("parse config %s: %w", path, err)
	}
	cfg.resolve(filepath.Dir(path))
	return &cfg, nil
}

// resolve makes the file paths absolute relative to dir.
func (c *Config) resolve(dir string) {
	abs := func(p *string) {
		if *p != "" && !filepath.IsAbs(*p) {
			*p = filepath.Join(dir, *p)
		}
	}
	abs(&c.DataDir)
	abs(&c.IdentityDir)
	abs(&c.IdentityPasswordFile)
	for i := range c.Clusters {
		cc := &c.Clusters[i]
		abs(&cc.Definition)
		for j := range cc.Shares {
			abs(&cc.Shares[j].Keystore)
			abs(&cc.Shares[j].PasswordFile)
		}
		for j := range cc.SealedShares {
			abs(&cc.SealedShares[j])
		}
	}
}

// Validate checks that the required settings are present.
func (c *Config) Validate() error {
	var errs []error
	if c.DataDir == "" {
		errs = append(errs, errors.New("data_dir is not set"))
	}
	if c.IdentityDir == "" {
		errs = append(errs, errors.New("identity_dir is not set"))
	}
	if len(c.Clusters) == 0 {
		errs = append(errs, errors.New("no clusters configured"))
	}
	for i, cc := range c.Clusters {
		if cc.Definition == "" {
			errs = append(errs, fmt.Errorf("cluster %d: definition is not set", i+1))
		}
	}
	if len(c.BeaconNodes) == 0 {
		errs = append(errs, errors.New("no beacon_nodes configured"))
	}
	if len(c.P2P.Listen) == 0 {
		errs = append(errs, errors.New("p2p.listen is empty"))
	}
	if len(c.Graffiti) > 32 {
		errs = append(errs, fmt.Errorf("graffiti is %d bytes, at most 32", len(c.Graffiti)))
	}
	return errors.Join(errs...)
}
