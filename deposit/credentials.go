package deposit

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"

	"golang.org/x/crypto/sha3"

	"github.com/keystake/keystake/tbls"
)

// Withdrawal credential prefixes (first byte of withdrawal_credentials).
const (
	// BLSWithdrawalPrefix: 0x00 || sha256(withdrawal BLS pubkey)[1:].
	BLSWithdrawalPrefix byte = 0x00
	// ExecutionWithdrawalPrefix: 0x01 || 11 zero bytes || execution address;
	// the balance above 32 ETH is swept to the address.
	ExecutionWithdrawalPrefix byte = 0x01
	// CompoundingWithdrawalPrefix: like 0x01, but the effective balance
	// grows up to 2048 ETH (EIP-7251, Electra).
	CompoundingWithdrawalPrefix byte = 0x02
)

// Address is a 20-byte execution-layer address.
type Address [20]byte

// String returns the EIP-55 mixed-case checksummed form.
func (a Address) String() string {
	lower := hex.EncodeToString(a[:])
	sum := keccak256([]byte(lower))
	out := []byte(lower)
	for i, c := range out {
		// Letter i is upper-cased when nibble i of the hash is >= 8.
		nibble := sum[i/2] >> 4
		if i%2 == 1 {
			nibble = sum[i/2] & 0x0f
		}
		if c >= 'a' && nibble >= 8 {
			out[i] = c - 'a' + 'A'
		}
	}
	return "0x" + string(out)
}

// ParseAddress decodes an execution address of 40 hex digits with an
// optional 0x prefix. An all-lower or all-upper case address is taken as
// is; a mixed-case one must carry a valid EIP-55 checksum, which catches
// most typos.
func ParseAddress(s string) (Address, error) {
	var a Address
	h := strings.TrimPrefix(strings.TrimPrefix(s, "0x"), "0X")
	if len(h) != 40 {
		return a, fmt.Errorf("parse address %q: %d hex digits, want 40", s, len(h))
	}
	for i, c := range h {
		if !isHexDigit(c) {
			return a, fmt.Errorf("parse address %q: %q at digit %d is not hex", s, c, i)
		}
	}
	if _, err := hex.Decode(a[:], []byte(h)); err != nil {
		return a, fmt.Errorf("parse address %q: %w", s, err)
	}
	if h != strings.ToLower(h) && h != strings.ToUpper(h) && "0x"+h != a.String() {
		return Address{}, fmt.Errorf("parse address %q: mixed case but the EIP-55 checksum does not match: check for a typo", s)
	}
	return a, nil
}

func isHexDigit(c rune) bool {
	return ('0' <= c && c <= '9') || ('a' <= c && c <= 'f') || ('A' <= c && c <= 'F')
}

func keccak256(b []byte) []byte {
	h := sha3.NewLegacyKeccak256()
	h.Write(b)
	return h.Sum(nil)
}

// BLSWithdrawalCredentials returns 0x00 || sha256(withdrawalPubkey)[1:].
// withdrawalPubkey must be a valid BLS public key: withdrawals can only be
// unlocked with its secret key, so a malformed one would lock the funds.
func BLSWithdrawalCredentials(withdrawalPubkey tbls.PublicKey) ([32]byte, error) {
	if err := validPubkey(withdrawalPubkey); err != nil {
		return [32]byte{}, fmt.Errorf("build BLS withdrawal credentials: withdrawal key: %w", err)
	}
	wc := sha256.Sum256(withdrawalPubkey[:])
	wc[0] = BLSWithdrawalPrefix
	return wc, nil
}

// ExecutionWithdrawalCredentials returns 0x01 || 11 zero bytes || addr.
func ExecutionWithdrawalCredentials(addr Address) [32]byte {
	return addressCredentials(ExecutionWithdrawalPrefix, addr)
}

// CompoundingWithdrawalCredentials returns 0x02 || 11 zero bytes || addr.
func CompoundingWithdrawalCredentials(addr Address) [32]byte {
	return addressCredentials(CompoundingWithdrawalPrefix, addr)
}

func addressCredentials(prefix byte, addr Address) [32]byte {
	var wc [32]byte
	wc[0] = prefix
	copy(wc[12:], addr[:])
	return wc
}

// WithdrawalAddress returns the execution address of 0x01 or 0x02
// credentials; ok is false for any other prefix.
func WithdrawalAddress(wc [32]byte) (addr Address, ok bool) {
	if wc[0] != ExecutionWithdrawalPrefix && wc[0] != CompoundingWithdrawalPrefix {
		return Address{}, false
	}
	copy(addr[:], wc[12:])
	return addr, true
}

// CheckWithdrawalCredentials accepts the three known prefixes and, for the
// address forms, requires bytes 1-11 to be zero as the deposit tooling
// writes them.
func CheckWithdrawalCredentials(wc [32]byte) error {
	switch wc[0] {
	case BLSWithdrawalPrefix:
		return nil
	case ExecutionWithdrawalPrefix, CompoundingWithdrawalPrefix:
		if pad := wc[1:12]; !allZero(pad) {
			return fmt.Errorf("prefix 0x%02x needs bytes 1-11 to be zero, found 0x%x", wc[0], pad)
		}
		return nil
	default:
		return fmt.Errorf("unknown prefix 0x%02x (known: 0x00 BLS, 0x01 execution address, 0x02 compounding)", wc[0])
	}
}

func allZero(b []byte) bool {
	for _, x := range b {
		if x != 0 {
			return false
		}
	}
	return true
}
