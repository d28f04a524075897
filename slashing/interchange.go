package slashing

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"

	bolt "go.etcd.io/bbolt"
)

// InterchangeVersion is the EIP-3076 interchange format version read and
// written.
const InterchangeVersion = "5"

// MaxInterchangeSize bounds the interchange files Import reads.
const MaxInterchangeSize = 1 << 30

// Wire form of an EIP-3076 interchange: integers are decimal strings, byte
// strings 0x-prefixed hex; signing roots are optional.
type wireMetadata struct {
	Version *string `json:"interchange_format_version"`
	GVR     *string `json:"genesis_validators_root"`
}

type wireBlock struct {
	Slot        *string `json:"slot"`
	SigningRoot *string `json:"signing_root,omitempty"`
}

type wireAttestation struct {
	Source      *string `json:"source_epoch"`
	Target      *string `json:"target_epoch"`
	SigningRoot *string `json:"signing_root,omitempty"`
}

type wireValidator struct {
	Pubkey             *string           `json:"pubkey"`
	SignedBlocks       []wireBlock       `json:"signed_blocks"`
	SignedAttestations []wireAttestation `json:"signed_attestations"`
}

type wireInterchange struct {
	Metadata wireMetadata    `json:"metadata"`
	Data     []wireValidator `json:"data"`
}

// summary is what an import keeps of one validator's entries in a file: the
// maximum slot, source and target.
type summary struct {
	hasBlocks, hasAttestations bool
	maxSlot                    uint64
	maxSource, maxTarget       uint64
}

// parsed is a validated interchange reduced to its summaries, in order of
// first appearance of each public key.
type parsed struct {
	gvr     [32]byte
	pubkeys [][48]byte
	byKey   map[[48]byte]*summary
}

// parseInterchange reads and validates a whole interchange, streaming the
// data array so that memory stays proportional to the number of validators.
func parseInterchange(r io.Reader) (*parsed, error) {
	lr := &io.LimitedReader{R: r, N: MaxInterchangeSize + 1}
	p, err := decodeInterchange(json.NewDecoder(lr))
	if lr.N <= 0 {
		return nil, fmt.Errorf("interchange larger than %d bytes", MaxInterchangeSize)
	}
	return p, err
}

func decodeInterchange(dec *json.Decoder) (*parsed, error) {
	if err := expectDelim(dec, '{'); err != nil {
		return nil, err
	}
	p := &parsed{byKey: make(map[[48]byte]*summary)}
	var haveMeta, haveData bool
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, syntaxErr(err)
		}
		switch key := tok.(string); key {
		case "metadata":
			if haveMeta {
				return nil, errors.New("interchange: metadata given twice")
			}
			haveMeta = true
			if err := p.decodeMetadata(dec); err != nil {
				return nil, err
			}
		case "data":
			if haveData {
				return nil, errors.New("interchange: data given twice")
			}
			haveData = true
			if err := p.decodeData(dec); err != nil {
				return nil, err
			}
		default:
			var skip json.RawMessage
			if err := dec.Decode(&skip); err != nil {
				return nil, syntaxErr(err)
			}
		}
	}
	if err := expectDelim(dec, '}'); err != nil {
		return nil, err
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, errors.New("interchange: unexpected data after the JSON object")
	}
	switch {
	case !haveMeta:
		return nil, errors.New("interchange: no metadata")
	case !haveData:
		return nil, errors.New("interchange: no data")
	}
	return p, nil
}

func (p *parsed) decodeMetadata(dec *json.Decoder) error {
	var m *wireMetadata
	if err := dec.Decode(&m); err != nil {
		return fmt.Errorf("interchange metadata: %w", syntaxErr(err))
	}
	switch {
	case m == nil:
		return errors.New("interchange: metadata is null")
	case m.Version == nil:
		return errors.New("interchange metadata: no interchange_format_version")
	case *m.Version != InterchangeVersion:
		return fmt.Errorf("interchange metadata: interchange_format_version %q, want %q", *m.Version, InterchangeVersion)
	case m.GVR == nil:
		return errors.New("interchange metadata: no genesis_validators_root")
	}
	if err := decodeHex(p.gvr[:], *m.GVR); err != nil {
		return fmt.Errorf("interchange metadata: genesis_validators_root: %w", err)
	}
	return nil
}

func (p *parsed) decodeData(dec *json.Decoder) error {
	if err := expectDelim(dec, '['); err != nil {
		return fmt.Errorf("interchange data: %w", err)
	}
	for i := 0; dec.More(); i++ {
		var v wireValidator
		if err := dec.Decode(&v); err != nil {
			return fmt.Errorf("interchange data[%d]: %w", i, syntaxErr(err))
		}
		if err := p.add(&v); err != nil {
			return fmt.Errorf("interchange data[%d]: %w", i, err)
		}
	}
	return expectDelim(dec, ']')
}

// add validates one validator's entries and merges them into its summary.
func (p *parsed) add(v *wireValidator) error {
	if v.Pubkey == nil {
		return errors.New("no pubkey")
	}
	var pk [48]byte
	if err := decodeHex(pk[:], *v.Pubkey); err != nil {
		return fmt.Errorf("pubkey: %w", err)
	}
	s := p.byKey[pk]
	if s == nil {
		s = &summary{}
		p.byKey[pk] = s
		p.pubkeys = append(p.pubkeys, pk)
	}
	for j, b := range v.SignedBlocks {
		slot, err := parseBlock(b)
		if err != nil {
			return fmt.Errorf("signed_blocks[%d]: %w", j, err)
		}
		s.maxSlot = maxIf(s.hasBlocks, s.maxSlot, slot)
		s.hasBlocks = true
	}
	for j, a := range v.SignedAttestations {
		source, target, err := parseAttestation(a)
		if err != nil {
			return fmt.Errorf("signed_attestations[%d]: %w", j, err)
		}
		s.maxSource = maxIf(s.hasAttestations, s.maxSource, source)
		s.maxTarget = maxIf(s.hasAttestations, s.maxTarget, target)
		s.hasAttestations = true
	}
	return nil
}

func maxIf(have bool, cur, v uint64) uint64 {
	if have {
		return max(cur, v)
	}
	return v
}

func parseBlock(b wireBlock) (uint64, error) {
	slot, err := parseUint("slot", b.Slot)
	if err != nil {
		return 0, err
	}
	return slot, checkRoot(b.SigningRoot)
}

func parseAttestation(a wireAttestation) (source, target uint64, err error) {
	if source, err = parseUint("source_epoch", a.Source); err != nil {
		return 0, 0, err
	}
	if target, err = parseUint("target_epoch", a.Target); err != nil {
		return 0, 0, err
	}
	return source, target, checkRoot(a.SigningRoot)
}

// checkRoot validates an optional signing root. Import does not keep
// imported roots: an imported record is never repeated.
func checkRoot(s *string) error {
	if s == nil {
		return nil
	}
	var root [32]byte
	if err := decodeHex(root[:], *s); err != nil {
		return fmt.Errorf("signing_root: %w", err)
	}
	return nil
}

func parseUint(field string, s *string) (uint64, error) {
	if s == nil {
		return 0, fmt.Errorf("no %s", field)
	}
	v, err := strconv.ParseUint(*s, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("%s %q: want a decimal uint64 string", field, *s)
	}
	return v, nil
}

// decodeHex decodes 0x-prefixed hex of exactly len(dst) bytes.
func decodeHex(dst []byte, s string) error {
	if len(s) != 2+2*len(dst) || s[:2] != "0x" {
		return fmt.Errorf("%q: want 0x and %d hex digits", truncate(s), 2*len(dst))
	}
	if _, err := hex.Decode(dst, []byte(s[2:])); err != nil {
		return fmt.Errorf("%q: %w", truncate(s), err)
	}
	return nil
}

func truncate(s string) string {
	if len(s) > 40 {
		return s[:40] + "…"
	}
	return s
}

func expectDelim(dec *json.Decoder, want json.Delim) error {
	tok, err := dec.Token()
	if err != nil {
		return syntaxErr(err)
	}
	if d, ok := tok.(json.Delim); !ok || d != want {
		return fmt.Errorf("interchange: found %v, want %q", tok, want)
	}
	return nil
}

func syntaxErr(err error) error {
	if err == io.EOF {
		err = io.ErrUnexpectedEOF
	}
	return fmt.Errorf("interchange: invalid JSON: %w", err)
}

// InterchangeGenesisValidatorsRoot validates an interchange as Import does
// and returns its genesis validators root, for creating a database for it.
func InterchangeGenesisValidatorsRoot(r io.Reader) ([32]byte, error) {
	p, err := parseInterchange(r)
	if err != nil {
		return [32]byte{}, err
	}
	return p.gvr, nil
}

// Import merges an EIP-3076 interchange into the database in one
// transaction: on any error nothing changes. The interchange must be for the
// database's genesis validators root. For every validator with blocks
// (attestations) in the file, the block (attestation) watermark rises to the
// maximum of the file's entries, the kept records and the watermark, and the
// kept records are dropped (see the package documentation).
func (db *DB) Import(r io.Reader) error {
	p, err := parseInterchange(r)
	if err != nil {
		return fmt.Errorf("import: %w", err)
	}
	if p.gvr != db.gvr {
		return fmt.Errorf("import: %w: the interchange is for %s, the database for %s", ErrGenesisMismatch, hexRoot(p.gvr), hexRoot(db.gvr))
	}
	err = db.bolt.Update(func(tx *bolt.Tx) error {
		for _, pk := range p.pubkeys {
			if err := importValidator(tx, pk, p.byKey[pk]); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("import: %w", err)
	}
	return nil
}

func importValidator(tx *bolt.Tx, pk [48]byte, s *summary) error {
	if s.hasBlocks {
		b := tx.Bucket(blockBucket)
		b.FillPercent = fillPercent
		st, err := blockKind.load(b, pk)
		if err != nil {
			return err
		}
		st.collapse(s.maxSlot)
		if err := b.Put(bytes.Clone(pk[:]), st.encode()); err != nil {
			return fmt.Errorf("validator %s: %w", pubkeyPrefix(pk), err)
		}
	}
	if s.hasAttestations {
		b := tx.Bucket(attBucket)
		b.FillPercent = fillPercent
		st, err := attKind.load(b, pk)
		if err != nil {
			return err
		}
		st.collapse(s.maxSource, s.maxTarget)
		if err := b.Put(bytes.Clone(pk[:]), st.encode()); err != nil {
			return fmt.Errorf("validator %s: %w", pubkeyPrefix(pk), err)
		}
	}
	return nil
}

// Export writes the kept history of the validators in pubkeys (nil: every
// validator in the database) as an EIP-3076 interchange, version 5: per
// validator its watermark as a record without signing root, then its recent
// records with their signing roots. A requested validator without history is
// written with empty lists. Validators are sorted by public key.
func (db *DB) Export(w io.Writer, pubkeys [][48]byte) error {
	out := wireInterchange{
		Metadata: wireMetadata{Version: ptr(InterchangeVersion), GVR: ptr(hexRoot(db.gvr))},
		Data:     []wireValidator{},
	}
	err := db.bolt.View(func(tx *bolt.Tx) error {
		keys := pubkeys
		if keys == nil {
			keys = allPubkeys(tx)
		}
		keys = slices.Clone(keys)
		slices.SortFunc(keys, func(x, y [48]byte) int { return bytes.Compare(x[:], y[:]) })
		keys = slices.Compact(keys)
		for _, pk := range keys {
			v, err := exportValidator(tx, pk)
			if err != nil {
				return err
			}
			out.Data = append(out.Data, v)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		return fmt.Errorf("export: write: %w", err)
	}
	return nil
}

func allPubkeys(tx *bolt.Tx) [][48]byte {
	var keys [][48]byte
	for _, name := range [][]byte{blockBucket, attBucket} {
		_ = tx.Bucket(name).ForEach(func(k, _ []byte) error {
			var pk [48]byte
			if len(k) == len(pk) {
				copy(pk[:], k)
				keys = append(keys, pk)
			}
			return nil
		})
	}
	return keys
}

func exportValidator(tx *bolt.Tx, pk [48]byte) (wireValidator, error) {
	v := wireValidator{
		Pubkey:             ptr("0x" + hex.EncodeToString(pk[:])),
		SignedBlocks:       []wireBlock{},
		SignedAttestations: []wireAttestation{},
	}
	bs, err := blockKind.load(tx.Bucket(blockBucket), pk)
	if err != nil {
		return v, err
	}
	if bs.hasLow {
		v.SignedBlocks = append(v.SignedBlocks, wireBlock{Slot: uintString(bs.lowSlot)})
	}
	for _, r := range bs.recent {
		v.SignedBlocks = append(v.SignedBlocks, wireBlock{Slot: uintString(r.slot), SigningRoot: optionalRoot(r.root)})
	}
	as, err := attKind.load(tx.Bucket(attBucket), pk)
	if err != nil {
		return v, err
	}
	if as.hasLow {
		v.SignedAttestations = append(v.SignedAttestations, wireAttestation{Source: uintString(as.lowSource), Target: uintString(as.lowTarget)})
	}
	for _, r := range as.recent {
		v.SignedAttestations = append(v.SignedAttestations, wireAttestation{
			Source: uintString(r.source), Target: uintString(r.target), SigningRoot: optionalRoot(r.root),
		})
	}
	return v, nil
}

func ptr[T any](v T) *T { return &v }

func uintString(v uint64) *string { return ptr(strconv.FormatUint(v, 10)) }

func optionalRoot(r [32]byte) *string {
	if r == ([32]byte{}) {
		return nil
	}
	return ptr(hexRoot(r))
}
