package deposit

import (
	"encoding/hex"
	"errors"
	"fmt"
	"strings"

	"github.com/keystake/keystake/tbls"
)

// Kinds of problem, for errors.Is on the errors Verify and ParseFile return.
var (
	ErrFormat                = errors.New("malformed deposit data")
	ErrPubkey                = errors.New("invalid pubkey")
	ErrWithdrawalCredentials = errors.New("invalid withdrawal credentials")
	ErrAmount                = errors.New("invalid amount")
	ErrNetwork               = errors.New("wrong network")
	ErrRootMismatch          = errors.New("root mismatch")
	ErrSignature             = errors.New("invalid signature")
	ErrDuplicate             = errors.New("duplicate pubkey")
	ErrUnexpected            = errors.New("not what was expected")
)

// EntryError is a problem with one deposit of a file.
type EntryError struct {
	Index  int             // position in the file; -1 for a lone deposit
	Pubkey *tbls.PublicKey // nil when the pubkey could not be read
	Field  string          // JSON field at fault, e.g. "deposit_data_root"
	Kind   error           // one of the Err* values above
	Detail string          // what is wrong, starting with the field name
}

// Error reads e.g. `deposit 2 (pubkey 0xa1b2c3d4..): deposit_data_root is
// 0x.. but the data hashes to 0x..`.
func (e *EntryError) Error() string {
	var b strings.Builder
	b.WriteString("deposit")
	if e.Index >= 0 {
		fmt.Fprintf(&b, " %d", e.Index)
	}
	if e.Pubkey != nil {
		fmt.Fprintf(&b, " (pubkey %s)", short(*e.Pubkey))
	}
	b.WriteString(": ")
	b.WriteString(e.Detail)
	return b.String()
}

// Unwrap returns the kind of problem.
func (e *EntryError) Unwrap() error { return e.Kind }

// Expectations are what the caller knows a deposit file must contain. The
// zero value expects nothing beyond internal consistency.
type Expectations struct {
	// Network, if set, is the only acceptable network_name and fork_version.
	Network *Network
	// WithdrawalCredentials, if set, must be every deposit's.
	WithdrawalCredentials *[32]byte
	// Amount, if nonzero, must be every deposit's amount (Gwei).
	Amount uint64
	// Pubkeys, if non-nil, lists the validators: every deposit's pubkey
	// must be one of them and each must have a deposit.
	Pubkeys []tbls.PublicKey
}

// Verify checks every deposit and the set as a whole, and returns every
// problem found (nil if none). Per deposit: the pubkey is a valid BLS key;
// the withdrawal credential prefix is known; the amount is within
// CheckAmount's bounds; fork_version is the one of network_name when that
// network is known (or of expect.Network), and an unknown network_name does
// not carry a known network's fork version; deposit_cli_version is present;
// deposit_message_root and deposit_data_root equal the recomputed roots;
// the signature verifies under the pubkey over the signing root recomputed
// from the fields. Across the file: no pubkey twice, one network for all,
// and the caller's expectations. Each error is an *EntryError naming the
// deposit and field, or a file-level error; all wrap an Err* kind.
func Verify(entries []*Data, expect *Expectations) []error {
	if expect == nil {
		expect = &Expectations{}
	}
	if len(entries) == 0 {
		return []error{fmt.Errorf("deposit file has no deposits: %w", ErrFormat)}
	}
	var errs []error
	for i, d := range entries {
		if d == nil {
			errs = append(errs, &EntryError{Index: i, Field: "", Kind: ErrFormat, Detail: "entry is missing (nil)"})
			continue
		}
		errs = append(errs, checkEntry(d, i, expect)...)
	}
	errs = append(errs, checkDuplicates(entries)...)
	if expect.Network == nil {
		errs = append(errs, checkOneNetwork(entries)...)
	}
	return append(errs, checkExpectedPubkeys(entries, expect.Pubkeys)...)
}

// entryCheck accumulates the problems of one deposit.
type entryCheck struct {
	d      *Data
	index  int
	pubkey *tbls.PublicKey
	errs   []error
}

func (c *entryCheck) fail(field string, kind error, format string, args ...any) {
	c.errs = append(c.errs, &EntryError{
		Index: c.index, Pubkey: c.pubkey, Field: field, Kind: kind,
		Detail: field + " " + fmt.Sprintf(format, args...),
	})
}

// checkEntry runs every per-deposit check; index is -1 for a lone deposit.
func checkEntry(d *Data, index int, expect *Expectations) []error {
	pk := d.PublicKey
	c := &entryCheck{d: d, index: index, pubkey: &pk}
	pubkeyOK := c.checkPubkey()
	c.checkCredentials(expect)
	c.checkAmount(expect.Amount)
	netFork := c.checkNetwork(expect.Network)
	if d.DepositCLIVersion == "" {
		c.fail("deposit_cli_version", ErrFormat, "is empty; the launchpad requires it")
	}
	msgRoot := c.checkRoots()
	if pubkeyOK {
		c.checkSignature(msgRoot, netFork)
	}
	return c.errs
}

func (c *entryCheck) checkPubkey() bool {
	if err := validPubkey(c.d.PublicKey); err != nil {
		c.fail("pubkey", ErrPubkey, "is not a valid BLS12-381 public key: %v", err)
		return false
	}
	return true
}

func (c *entryCheck) checkCredentials(expect *Expectations) {
	wc := c.d.WithdrawalCredentials
	if err := CheckWithdrawalCredentials(wc); err != nil {
		c.fail("withdrawal_credentials", ErrWithdrawalCredentials, "0x%x: %v", wc, err)
	}
	if want := expect.WithdrawalCredentials; want != nil && *want != wc {
		c.fail("withdrawal_credentials", ErrUnexpected, "are 0x%x but 0x%x were expected", wc, *want)
	}
}

func (c *entryCheck) checkAmount(want uint64) {
	amount := c.d.Amount
	if err := CheckAmount(c.d.WithdrawalCredentials, amount); err != nil {
		c.fail("amount", ErrAmount, "%d Gwei: %v", amount, err)
	}
	if want != 0 && amount != want {
		c.fail("amount", ErrUnexpected, "is %d Gwei (%s) but %d Gwei (%s) was expected",
			amount, FormatETH(amount), want, FormatETH(want))
	}
}

// checkNetwork checks network_name and fork_version against the expected
// network, if any, and against the known networks, and returns the fork
// version the deposit should have used when one is known.
func (c *entryCheck) checkNetwork(want *Network) *[4]byte {
	name, fork := c.d.NetworkName, c.d.ForkVersion
	if want != nil {
		nameOK, forkOK := name == want.Name, fork == want.ForkVersion
		if !nameOK {
			c.fail("network_name", ErrNetwork, "is %q but %q was expected", name, want.Name)
		}
		if !forkOK {
			c.fail("fork_version", ErrNetwork, "is %s but %s uses %s", forkHex(fork), want.Name, forkHex(want.ForkVersion))
		}
		if !nameOK || !forkOK {
			return &want.ForkVersion
		}
		// The deposit is what was expected; the expectation itself must
		// still be consistent with the known networks.
	}
	return c.checkKnownNetwork(name, fork)
}

// checkKnownNetwork requires a known network_name to carry its fork version
// and a known fork version to carry its network's name.
func (c *entryCheck) checkKnownNetwork(name string, fork [4]byte) *[4]byte {
	if known, ok := knownByName(name); ok {
		if fork != known.ForkVersion {
			c.fail("fork_version", ErrNetwork, "is %s but network_name %q uses %s", forkHex(fork), name, forkHex(known.ForkVersion))
		}
		return &known.ForkVersion
	}
	if known, ok := knownByFork(fork); ok {
		c.fail("fork_version", ErrNetwork, "%s is %s's, but network_name is %q", forkHex(fork), known.Name, name)
		return &known.ForkVersion
	}
	if err := checkNetworkName(name); err != nil {
		c.fail("network_name", ErrFormat, "is invalid: %v", err)
	}
	return nil
}

// checkRoots compares both stored roots with the recomputed ones and
// returns the recomputed deposit message root.
func (c *entryCheck) checkRoots() [32]byte {
	d := c.d
	msgRoot := DepositMessageRoot(d.PublicKey, d.WithdrawalCredentials, d.Amount)
	if msgRoot != d.DepositMessageRoot {
		c.fail("deposit_message_root", ErrRootMismatch,
			"is 0x%x but pubkey, withdrawal_credentials and amount hash to 0x%x", d.DepositMessageRoot, msgRoot)
	}
	dataRoot := DepositDataRoot(d.PublicKey, d.WithdrawalCredentials, d.Amount, d.Signature)
	if dataRoot != d.DepositDataRoot {
		c.fail("deposit_data_root", ErrRootMismatch, "is 0x%x but the data hashes to 0x%x", d.DepositDataRoot, dataRoot)
	}
	return msgRoot
}

// checkSignature verifies the signature over the recomputed message and,
// when that fails, tries the likely explanations so the error says which
// field is at fault.
func (c *entryCheck) checkSignature(msgRoot [32]byte, netFork *[4]byte) {
	d := c.d
	root := SigningRoot(msgRoot, DepositDomain(d.ForkVersion))
	err := tbls.Verify(d.PublicKey, root[:], d.Signature)
	switch {
	case err == nil:
		return
	case !signatureDecodes(d.Signature):
		c.fail("signature", ErrSignature, "is not a valid BLS12-381 signature: %v", err)
	case msgRoot != d.DepositMessageRoot && verifies(d, SigningRoot(d.DepositMessageRoot, DepositDomain(d.ForkVersion))):
		c.fail("signature", ErrSignature, "signs deposit_message_root 0x%x, not the message in the file (0x%x): "+
			"withdrawal_credentials or amount changed after signing", d.DepositMessageRoot, msgRoot)
	case netFork != nil && *netFork != d.ForkVersion && verifies(d, SigningRoot(msgRoot, DepositDomain(*netFork))):
		c.fail("signature", ErrSignature, "was made for fork_version %s, not the file's %s", forkHex(*netFork), forkHex(d.ForkVersion))
	default:
		c.fail("signature", ErrSignature, "does not verify under the pubkey over signing root 0x%x (fork_version %s)",
			root, forkHex(d.ForkVersion))
	}
}

// validPubkey decodes a copy of pk: herumi's cgo decoder must not be handed
// a slice of a Go object that also holds pointers (such as Data), or the
// cgo pointer check panics.
func validPubkey(pk tbls.PublicKey) error {
	_, err := tbls.PublicKeyFromBytes(pk[:])
	return err
}

func signatureDecodes(sig tbls.Signature) bool {
	_, err := tbls.SignatureFromBytes(sig[:])
	return err == nil
}

func verifies(d *Data, root [32]byte) bool {
	return tbls.Verify(d.PublicKey, root[:], d.Signature) == nil
}

// checkDuplicates reports every deposit whose pubkey an earlier one has.
func checkDuplicates(entries []*Data) []error {
	var errs []error
	first := make(map[tbls.PublicKey]int)
	for i, d := range entries {
		if d == nil {
			continue
		}
		if j, seen := first[d.PublicKey]; seen {
			pk := d.PublicKey
			errs = append(errs, &EntryError{Index: i, Pubkey: &pk, Field: "pubkey", Kind: ErrDuplicate,
				Detail: fmt.Sprintf("pubkey is also deposit %d's; a file holds one deposit per validator", j)})
			continue
		}
		first[d.PublicKey] = i
	}
	return errs
}

// checkOneNetwork reports deposits whose network differs from the first's.
func checkOneNetwork(entries []*Data) []error {
	var errs []error
	var ref *Data
	refIndex := 0
	for i, d := range entries {
		switch {
		case d == nil:
		case ref == nil:
			ref, refIndex = d, i
		case d.NetworkName != ref.NetworkName || d.ForkVersion != ref.ForkVersion:
			pk := d.PublicKey
			errs = append(errs, &EntryError{Index: i, Pubkey: &pk, Field: "network_name", Kind: ErrNetwork,
				Detail: fmt.Sprintf("network_name %q with fork_version %s differs from deposit %d's %q with %s; a file is for one network",
					d.NetworkName, forkHex(d.ForkVersion), refIndex, ref.NetworkName, forkHex(ref.ForkVersion))})
		}
	}
	return errs
}

// checkExpectedPubkeys reports unexpected and missing validators.
func checkExpectedPubkeys(entries []*Data, want []tbls.PublicKey) []error {
	if want == nil {
		return nil
	}
	var errs []error
	wanted := make(map[tbls.PublicKey]bool, len(want))
	for _, pk := range want {
		wanted[pk] = true
	}
	have := make(map[tbls.PublicKey]bool, len(entries))
	for i, d := range entries {
		if d == nil {
			continue
		}
		have[d.PublicKey] = true
		if !wanted[d.PublicKey] {
			pk := d.PublicKey
			errs = append(errs, &EntryError{Index: i, Pubkey: &pk, Field: "pubkey", Kind: ErrUnexpected,
				Detail: "pubkey is not one of the expected validators"})
		}
	}
	for _, pk := range want {
		if !have[pk] {
			errs = append(errs, fmt.Errorf("deposit file: validator %s has no deposit: %w", pk, ErrUnexpected))
		}
	}
	return errs
}

// short renders a pubkey as 0x and its first 4 bytes, e.g. 0xa1b2c3d4..
func short(pk tbls.PublicKey) string {
	return "0x" + hex.EncodeToString(pk[:4]) + ".."
}
