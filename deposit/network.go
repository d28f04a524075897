package deposit

import (
	"encoding/hex"
	"fmt"
	"strings"
)

// Network identifies the chain a deposit is for. Only Name and ForkVersion
// enter deposit data (network_name and fork_version); the signature commits
// to ForkVersion alone, so a deposit signed for one fork version is valid on
// every chain sharing it.
type Network struct {
	// Name is the launchpad network_name, e.g. "mainnet".
	Name string
	// ForkVersion is the chain's GENESIS_FORK_VERSION.
	ForkVersion [4]byte
	// ChainID is the execution-layer chain id (0 if unknown).
	ChainID uint64
	// DepositContract is the deposit contract address, EIP-55 checksummed
	// ("" if unknown).
	DepositContract string
}

// The public networks. Fork versions, chain ids and deposit contract
// addresses are those of the clients' network configs (eth-clients
// config.yaml as carried by Lodestar's chainConfig/networks) and of
// ethstaker-deposit-cli's settings.py; Hoodi inherits mainnet's deposit
// contract address. Holesky is deprecated but still recognised so that its
// deposit files can be checked.
var (
	Mainnet = Network{
		Name: "mainnet", ForkVersion: [4]byte{0x00, 0x00, 0x00, 0x00}, ChainID: 1,
		DepositContract: "0x00000000219ab540356cBB839Cbe05303d7705Fa",
	}
	Sepolia = Network{
		Name: "sepolia", ForkVersion: [4]byte{0x90, 0x00, 0x00, 0x69}, ChainID: 11155111,
		DepositContract: "0x7f02C3E3c98b133055B8B348B2Ac625669Ed295D",
	}
	Hoodi = Network{
		Name: "hoodi", ForkVersion: [4]byte{0x10, 0x00, 0x09, 0x10}, ChainID: 560048,
		DepositContract: "0x00000000219ab540356cBB839Cbe05303d7705Fa",
	}
	Holesky = Network{
		Name: "holesky", ForkVersion: [4]byte{0x01, 0x01, 0x70, 0x00}, ChainID: 17000,
		DepositContract: "0x4242424242424242424242424242424242424242",
	}
)

// knownNetworks lists the networks this package recognises by name.
var knownNetworks = []Network{Mainnet, Sepolia, Hoodi, Holesky}

// KnownNetworks returns the networks recognised by NetworkByName.
func KnownNetworks() []Network {
	return append([]Network(nil), knownNetworks...)
}

// String returns e.g. `mainnet (fork version 0x00000000)`.
func (n Network) String() string {
	return fmt.Sprintf("%s (fork version %s)", n.Name, forkHex(n.ForkVersion))
}

// NetworkByName returns the known network called name (case-insensitive).
func NetworkByName(name string) (Network, error) {
	if n, ok := knownByName(strings.ToLower(strings.TrimSpace(name))); ok {
		return n, nil
	}
	names := make([]string, len(knownNetworks))
	for i, n := range knownNetworks {
		names[i] = n.Name
	}
	return Network{}, fmt.Errorf("unknown network %q (known: %s; use CustomNetwork for a devnet)",
		name, strings.Join(names, ", "))
}

// CustomNetwork describes a chain that is not built in, such as a devnet.
// name must be 1-64 characters of [A-Za-z0-9._-]. It refuses a known
// network's name with another fork version, and a known network's fork
// version under another name: a deposit signed for mainnet's fork version is
// a mainnet deposit whatever the file calls it.
func CustomNetwork(name string, forkVersion [4]byte) (Network, error) {
	n := Network{Name: name, ForkVersion: forkVersion}
	if err := n.validate(); err != nil {
		return Network{}, err
	}
	if known, ok := knownByName(name); ok {
		return known, nil
	}
	return n, nil
}

// ParseForkVersion decodes a 4-byte fork version written as 8 hex digits,
// with or without a 0x prefix.
func ParseForkVersion(s string) ([4]byte, error) {
	var v [4]byte
	h := strings.TrimPrefix(strings.TrimPrefix(s, "0x"), "0X")
	if len(h) != 8 {
		return v, fmt.Errorf("parse fork version %q: want 8 hex digits, got %d", s, len(h))
	}
	if _, err := hex.Decode(v[:], []byte(h)); err != nil {
		return v, fmt.Errorf("parse fork version %q: %w", s, err)
	}
	return v, nil
}

// validate checks that n is a usable network: a well-formed name that does
// not collide with a known network's name or fork version.
func (n Network) validate() error {
	if err := checkNetworkName(n.Name); err != nil {
		return err
	}
	if known, ok := knownByName(n.Name); ok && known.ForkVersion != n.ForkVersion {
		return fmt.Errorf("network %q has fork version %s, not %s", n.Name,
			forkHex(known.ForkVersion), forkHex(n.ForkVersion))
	}
	if known, ok := knownByFork(n.ForkVersion); ok && known.Name != n.Name {
		return fmt.Errorf("fork version %s is %s's: deposits for it are %s deposits, whatever the name %q says",
			forkHex(n.ForkVersion), known.Name, known.Name, n.Name)
	}
	return nil
}

// checkNetworkName accepts 1-64 characters of [A-Za-z0-9._-].
func checkNetworkName(name string) error {
	if name == "" || len(name) > 64 {
		return fmt.Errorf("network name %q: want 1-64 characters", name)
	}
	for i, r := range name {
		ok := r == '-' || r == '_' || r == '.' ||
			('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z') || ('0' <= r && r <= '9')
		if !ok {
			return fmt.Errorf("network name %q: character %q at %d is not one of [A-Za-z0-9._-]", name, r, i)
		}
	}
	return nil
}

func knownByName(name string) (Network, bool) {
	for _, n := range knownNetworks {
		if n.Name == name {
			return n, true
		}
	}
	return Network{}, false
}

func knownByFork(v [4]byte) (Network, bool) {
	for _, n := range knownNetworks {
		if n.ForkVersion == v {
			return n, true
		}
	}
	return Network{}, false
}

func forkHex(v [4]byte) string { return "0x" + hex.EncodeToString(v[:]) }
