package hdkey

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/keystake/keystake/tbls"
)

// EIP-2334 constants.
const (
	// Purpose is the EIP-2334 purpose level, named after the curve.
	Purpose = 12381
	// CoinTypeEth is the coin type of Ethereum consensus-layer keys.
	CoinTypeEth = 3600
	// MaxPathDepth bounds the number of levels below m that ParsePath
	// accepts. EIP-2334 uses 4 or 5; the bound only keeps hostile input from
	// costing unbounded derivation work.
	MaxPathDepth = 16
)

// ErrInvalidPath reports a path string that ParsePath rejects.
var ErrInvalidPath = errors.New("invalid derivation path")

// Path is a parsed derivation path: the child indices below the master
// node, outermost first. An empty Path denotes the master key itself.
type Path []uint32

// String returns the canonical text form, e.g. "m/12381/3600/0/0/0".
func (p Path) String() string {
	var b strings.Builder
	b.WriteString("m")
	for _, i := range p {
		b.WriteByte('/')
		b.WriteString(strconv.FormatUint(uint64(i), 10))
	}
	return b.String()
}

// ParsePath parses an EIP-2334 path such as "m/12381/3600/0/0/0".
//
// The path must start with "m" and each further level must be a decimal
// integer in [0, 2^32) without sign, whitespace or leading zeros. EIP-2333
// keys are all hardened, so the "'" marker is rejected. At most MaxPathDepth
// levels are accepted. The purpose and coin type are not checked: any
// EIP-2333 tree path (e.g. "m/0" of the EIP-2333 test vectors) is allowed,
// and "m" alone denotes the master key.
func ParsePath(s string) (Path, error) {
	if depth := strings.Count(s, "/"); depth > MaxPathDepth {
		return nil, fmt.Errorf("parse path %q: %w: %d levels, at most %d allowed", truncate(s), ErrInvalidPath, depth, MaxPathDepth)
	}
	parts := strings.Split(s, "/")
	if parts[0] != "m" {
		return nil, fmt.Errorf("parse path %q: %w: does not start with \"m\"", truncate(s), ErrInvalidPath)
	}
	path := make(Path, 0, len(parts)-1)
	for level, part := range parts[1:] {
		index, err := parseIndex(part)
		if err != nil {
			return nil, fmt.Errorf("parse path %q: %w: level %d: %v", truncate(s), ErrInvalidPath, level+1, err)
		}
		path = append(path, index)
	}
	return path, nil
}

func parseIndex(s string) (uint32, error) {
	switch {
	case s == "":
		return 0, errors.New("empty index")
	case strings.HasSuffix(s, "'"):
		return 0, errors.New("hardened marker ' is not used by EIP-2333 (all keys are hardened)")
	case len(s) > 1 && s[0] == '0':
		return 0, errors.New("leading zero")
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return 0, errors.New("not a decimal integer")
		}
	}
	v, err := strconv.ParseUint(s, 10, 32)
	if err != nil {
		return 0, errors.New("index does not fit in 32 bits")
	}
	return uint32(v), nil
}

// truncate shortens untrusted input quoted in error messages.
func truncate(s string) string {
	const max = 64
	if len(s) > max {
		return s[:max] + "..."
	}
	return s
}

// SigningKeyPath returns the EIP-2334 path of validator i's signing key,
// m/12381/3600/i/0/0.
func SigningKeyPath(i uint32) string {
	return Path{Purpose, CoinTypeEth, i, 0, 0}.String()
}

// WithdrawalKeyPath returns the EIP-2334 path of validator i's withdrawal
// key, m/12381/3600/i/0.
func WithdrawalKeyPath(i uint32) string {
	return Path{Purpose, CoinTypeEth, i, 0}.String()
}

// DerivePath derives the key at path (an EIP-2334 string, see ParsePath)
// from seed: the master key of seed, then each child index in turn.
func DerivePath(seed []byte, path string) (*tbls.SecretKey, error) {
	p, err := ParsePath(path)
	if err != nil {
		return nil, err
	}
	return p.Derive(seed)
}

// Derive derives the key at p from seed. See DerivePath.
func (p Path) Derive(seed []byte) (*tbls.SecretKey, error) {
	sk, err := DeriveMasterSK(seed)
	if err != nil {
		return nil, err
	}
	for _, index := range p {
		child, err := DeriveChildSK(sk, index)
		sk.Zero()
		if err != nil {
			return nil, err
		}
		sk = child
	}
	return sk, nil
}
