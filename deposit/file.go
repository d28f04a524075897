package deposit

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"github.com/keystake/keystake/atomicfile"
	"github.com/keystake/keystake/tbls"
)

// FileMode is the mode of written deposit files: read-only for owner and
// group, as the deposit CLIs write them.
const FileMode fs.FileMode = 0o440

// jsonEntry is the launchpad form of a deposit; field order is the file's.
type jsonEntry struct {
	Pubkey                string `json:"pubkey"`
	WithdrawalCredentials string `json:"withdrawal_credentials"`
	Amount                uint64 `json:"amount"`
	Signature             string `json:"signature"`
	DepositMessageRoot    string `json:"deposit_message_root"`
	DepositDataRoot       string `json:"deposit_data_root"`
	ForkVersion           string `json:"fork_version"`
	NetworkName           string `json:"network_name"`
	DepositCLIVersion     string `json:"deposit_cli_version"`
}

// MarshalJSON encodes d as one launchpad deposit object.
func (d *Data) MarshalJSON() ([]byte, error) {
	return json.Marshal(jsonEntry{
		Pubkey:                hex.EncodeToString(d.PublicKey[:]),
		WithdrawalCredentials: hex.EncodeToString(d.WithdrawalCredentials[:]),
		Amount:                d.Amount,
		Signature:             hex.EncodeToString(d.Signature[:]),
		DepositMessageRoot:    hex.EncodeToString(d.DepositMessageRoot[:]),
		DepositDataRoot:       hex.EncodeToString(d.DepositDataRoot[:]),
		ForkVersion:           hex.EncodeToString(d.ForkVersion[:]),
		NetworkName:           d.NetworkName,
		DepositCLIVersion:     d.DepositCLIVersion,
	})
}

// UnmarshalJSON decodes one launchpad deposit object, with ParseFile's rules.
// It does not verify the deposit.
func (d *Data) UnmarshalJSON(b []byte) error {
	parsed, errs := parseEntry(-1, b)
	if len(errs) > 0 {
		return errors.Join(errs...)
	}
	*d = *parsed
	return nil
}

// Marshal encodes entries as a deposit data file: a JSON array on one line.
func Marshal(entries []*Data) ([]byte, error) {
	for i, d := range entries {
		if d == nil {
			return nil, fmt.Errorf("marshal deposit file: deposit %d is nil", i)
		}
	}
	b, err := json.Marshal(entries)
	if err != nil {
		return nil, fmt.Errorf("marshal deposit file: %w", err)
	}
	return b, nil
}

// FileName is the launchpad's name for a deposit file written at now:
// deposit_data-<unix seconds>.json.
func FileName(now time.Time) string {
	return fmt.Sprintf("deposit_data-%d.json", now.Unix())
}

// WriteFile verifies entries (Verify with no expectations) and writes them
// to dir/FileName(now) with mode FileMode, atomically: a temporary file is
// written and synced, then renamed into place. It writes nothing if any
// deposit fails verification, and never replaces an existing file.
func WriteFile(dir string, entries []*Data, now time.Time) (string, error) {
	if errs := Verify(entries, nil); len(errs) > 0 {
		return "", fmt.Errorf("write deposit file: refusing invalid deposits: %w", errors.Join(errs...))
	}
	b, err := Marshal(entries)
	if err != nil {
		return "", err
	}
	path := filepath.Join(dir, FileName(now))
	if _, err := os.Lstat(path); err == nil {
		return "", fmt.Errorf("write deposit file %s: %w", path, fs.ErrExist)
	} else if !errors.Is(err, fs.ErrNotExist) {
		return "", fmt.Errorf("write deposit file: check %s: %w", path, err)
	}
	if err := atomicfile.WriteFile(path, b, FileMode); err != nil {
		return "", fmt.Errorf("write deposit file: %w", err)
	}
	return path, nil
}

// ParseFile decodes a deposit data file. It checks the syntax only: a
// non-empty JSON array of objects, each with every field present, of the
// right JSON type and, for byte fields, of exact-length bare hex (either
// case); other fields are ignored. The error lists every problem, each
// naming the deposit and field. Use Verify (or VerifyFile) to check the
// content.
func ParseFile(b []byte) ([]*Data, error) {
	entries, errs := parseFile(b)
	if len(errs) > 0 {
		return nil, fmt.Errorf("parse deposit file: %w", errors.Join(errs...))
	}
	return entries, nil
}

// VerifyFile parses b and verifies every deposit that parsed, returning the
// problems of both steps (nil if none).
func VerifyFile(b []byte, expect *Expectations) []error {
	entries, errs := parseFile(b)
	if len(entries) == 0 {
		return errs
	}
	return append(errs, Verify(entries, expect)...)
}

// parseFile returns one element per array entry (nil where it failed to
// parse) and every problem found.
func parseFile(b []byte) ([]*Data, []error) {
	var raws []json.RawMessage
	if err := json.Unmarshal(b, &raws); err != nil {
		return nil, []error{fmt.Errorf("deposit file is not a JSON array of deposits: %v: %w", err, ErrFormat)}
	}
	if len(raws) == 0 {
		return nil, []error{fmt.Errorf("deposit file has no deposits: %w", ErrFormat)}
	}
	entries := make([]*Data, len(raws))
	var errs []error
	for i, raw := range raws {
		d, entryErrs := parseEntry(i, raw)
		if len(entryErrs) > 0 {
			errs = append(errs, entryErrs...)
			continue
		}
		entries[i] = d
	}
	return entries, errs
}

// entryParser decodes the fields of one deposit object.
type entryParser struct {
	index  int
	fields map[string]json.RawMessage
	pubkey *tbls.PublicKey
	errs   []error
}

func (p *entryParser) fail(field, format string, args ...any) {
	p.errs = append(p.errs, &EntryError{Index: p.index, Pubkey: p.pubkey, Field: field, Kind: ErrFormat,
		Detail: field + " " + fmt.Sprintf(format, args...)})
}

// parseEntry decodes the deposit object raw, the index-th of its file.
func parseEntry(index int, raw []byte) (*Data, []error) {
	p := &entryParser{index: index}
	if err := json.Unmarshal(raw, &p.fields); err != nil || p.fields == nil {
		return nil, []error{&EntryError{Index: index, Kind: ErrFormat, Detail: "is not a JSON object"}}
	}
	d := &Data{}
	if p.hexField("pubkey", d.PublicKey[:]) {
		pk := d.PublicKey
		p.pubkey = &pk
	}
	p.hexField("withdrawal_credentials", d.WithdrawalCredentials[:])
	d.Amount = p.amountField("amount")
	p.hexField("signature", d.Signature[:])
	p.hexField("deposit_message_root", d.DepositMessageRoot[:])
	p.hexField("deposit_data_root", d.DepositDataRoot[:])
	p.hexField("fork_version", d.ForkVersion[:])
	d.NetworkName, _ = p.stringField("network_name")
	d.DepositCLIVersion, _ = p.stringField("deposit_cli_version")
	if len(p.errs) > 0 {
		return nil, p.errs
	}
	return d, nil
}

// stringField returns the JSON string value of field.
func (p *entryParser) stringField(field string) (string, bool) {
	raw, ok := p.fields[field]
	if !ok {
		p.fail(field, "is missing")
		return "", false
	}
	var s string
	if len(raw) == 0 || raw[0] != '"' || json.Unmarshal(raw, &s) != nil {
		p.fail(field, "must be a JSON string, got %s", clip(raw))
		return "", false
	}
	return s, true
}

// hexField decodes field, which must be exactly 2*len(dst) hex digits with
// no 0x prefix, into dst.
func (p *entryParser) hexField(field string, dst []byte) bool {
	s, ok := p.stringField(field)
	if !ok {
		return false
	}
	want := 2 * len(dst)
	switch {
	case len(s) >= 2 && (s[:2] == "0x" || s[:2] == "0X"):
		p.fail(field, "has a 0x prefix; the launchpad expects bare hex")
	case len(s) != want:
		p.fail(field, "is %d hex digits, want %d (%d bytes)", len(s), want, len(dst))
	default:
		if _, err := hex.Decode(dst, []byte(s)); err != nil {
			p.fail(field, "is not hex: %v", err)
			return false
		}
		return true
	}
	return false
}

// amountField decodes field, which must be a JSON integer of Gwei.
func (p *entryParser) amountField(field string) uint64 {
	raw, ok := p.fields[field]
	if !ok {
		p.fail(field, "is missing")
		return 0
	}
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || !(raw[0] == '-' || ('0' <= raw[0] && raw[0] <= '9')) {
		p.fail(field, "must be a JSON number of Gwei, got %s", clip(raw))
		return 0
	}
	v, err := strconv.ParseUint(string(raw), 10, 64)
	if err != nil {
		p.fail(field, "must be a whole, non-negative number of Gwei below 2^64, got %s", clip(raw))
		return 0
	}
	return v
}

// clip shortens raw JSON for an error message.
func clip(raw []byte) string {
	const max = 40
	if len(raw) > max {
		return string(raw[:max]) + "..."
	}
	return string(raw)
}
