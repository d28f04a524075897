package slashing

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

func long() bool { return os.Getenv("KEYSTAKE_LONG") == "1" }

// refModel is the brute-force reference: for each validator every message
// it ever signed (allowed here or imported from elsewhere), for the safety
// check; and the history of an unbounded complete database that collapses
// imports into one record (EIP-3076's conditions over all records, with no
// window), for the liveness comparison.
type refModel struct {
	signedAtts   map[[48]byte][]attRecord
	signedBlocks map[[48]byte][]blockRecord
	atts         map[[48]byte][]attRecord
	blocks       map[[48]byte][]blockRecord
}

func newRefModel() *refModel {
	return &refModel{
		signedAtts: map[[48]byte][]attRecord{}, signedBlocks: map[[48]byte][]blockRecord{},
		atts: map[[48]byte][]attRecord{}, blocks: map[[48]byte][]blockRecord{},
	}
}

// slashableAtt says whether signing a can be slashable together with p: the
// same target unless it is the identical message, or a surround.
func slashableAtt(p attRecord, a Attestation) bool {
	if p.target == a.Target {
		return p.root == ([32]byte{}) || p.root != a.SigningRoot || p.source != a.Source
	}
	return (a.Source < p.source && a.Target > p.target) || (a.Source > p.source && a.Target < p.target)
}

// safeAtt says whether a is safe to sign given everything signed before.
func (m *refModel) safeAtt(a Attestation) bool {
	if a.Source > a.Target {
		return false
	}
	for _, p := range m.signedAtts[a.Pubkey] {
		if slashableAtt(p, a) {
			return false
		}
	}
	return true
}

func (m *refModel) safeBlock(b Block) bool {
	for _, p := range m.signedBlocks[b.Pubkey] {
		if p.slot == b.Slot && (p.root == ([32]byte{}) || p.root != b.SigningRoot) {
			return false
		}
	}
	return true
}

// completeAllows applies the rules over all records of the unbounded
// database; inOrder reports a target above every recorded one.
func (m *refModel) completeAllows(a Attestation) (allow, inOrder bool) {
	recs := m.atts[a.Pubkey]
	inOrder = true
	for _, r := range recs {
		inOrder = inOrder && a.Target > r.target
	}
	if a.Source > a.Target {
		return false, inOrder
	}
	for _, r := range recs {
		if r.target == a.Target {
			return r.root != ([32]byte{}) && r.root == a.SigningRoot && r.source == a.Source, inOrder
		}
	}
	minSource, minTarget := ^uint64(0), ^uint64(0)
	for _, r := range recs {
		if slashableAtt(r, a) {
			return false, inOrder
		}
		minSource, minTarget = min(minSource, r.source), min(minTarget, r.target)
	}
	if len(recs) > 0 && (a.Source < minSource || a.Target <= minTarget) {
		return false, inOrder
	}
	return true, inOrder
}

func (m *refModel) completeAllowsBlock(b Block) (allow, inOrder bool) {
	recs := m.blocks[b.Pubkey]
	inOrder = true
	minSlot := ^uint64(0)
	for _, r := range recs {
		inOrder = inOrder && b.Slot > r.slot
		minSlot = min(minSlot, r.slot)
		if r.slot == b.Slot {
			return r.root != ([32]byte{}) && r.root == b.SigningRoot, inOrder
		}
	}
	return len(recs) == 0 || b.Slot > minSlot, inOrder
}

func (m *refModel) recordAtt(a Attestation) {
	r := attRecord{a.Source, a.Target, a.SigningRoot}
	m.signedAtts[a.Pubkey] = append(m.signedAtts[a.Pubkey], r)
	for _, p := range m.atts[a.Pubkey] {
		if p == r {
			return // a repeat
		}
	}
	m.atts[a.Pubkey] = append(m.atts[a.Pubkey], r)
}

func (m *refModel) recordBlock(b Block) {
	r := blockRecord{b.Slot, b.SigningRoot}
	m.signedBlocks[b.Pubkey] = append(m.signedBlocks[b.Pubkey], r)
	for _, p := range m.blocks[b.Pubkey] {
		if p == r {
			return
		}
	}
	m.blocks[b.Pubkey] = append(m.blocks[b.Pubkey], r)
}

// importDoc applies an interchange to the model: its messages were signed
// elsewhere, and the complete database collapses them with its records.
func (m *refModel) importDoc(t *testing.T, doc []byte, signedElsewhere bool) {
	var ic wireInterchange
	if err := json.Unmarshal(doc, &ic); err != nil {
		t.Fatal(err)
	}
	for _, v := range ic.Data {
		var pk [48]byte
		mustHex(t, pk[:], *v.Pubkey)
		if len(v.SignedBlocks) > 0 {
			var maxSlot uint64
			for _, r := range m.blocks[pk] {
				maxSlot = max(maxSlot, r.slot)
			}
			for _, b := range v.SignedBlocks {
				slot, _ := parseBlock(b)
				maxSlot = max(maxSlot, slot)
				if signedElsewhere {
					m.signedBlocks[pk] = append(m.signedBlocks[pk], blockRecord{slot: slot, root: wireRoot(t, b.SigningRoot)})
				}
			}
			m.blocks[pk] = []blockRecord{{slot: maxSlot}}
		}
		if len(v.SignedAttestations) > 0 {
			var maxS, maxT uint64
			for _, r := range m.atts[pk] {
				maxS, maxT = max(maxS, r.source), max(maxT, r.target)
			}
			for _, a := range v.SignedAttestations {
				s, tg, _ := parseAttestation(a)
				maxS, maxT = max(maxS, s), max(maxT, tg)
				if signedElsewhere {
					m.signedAtts[pk] = append(m.signedAtts[pk], attRecord{s, tg, wireRoot(t, a.SigningRoot)})
				}
			}
			m.atts[pk] = []attRecord{{source: maxS, target: maxT}}
		}
	}
}

func wireRoot(t *testing.T, s *string) (r [32]byte) {
	if s != nil {
		mustHex(t, r[:], *s)
	}
	return r
}

// propertyRun drives one random sequence against the database and the
// model. Epochs and slots stay small so that conflicts are frequent.
type propertyRun struct {
	t     *testing.T
	rng   *rand.Rand
	path  string
	db    *DB
	model *refModel
	keys  [][48]byte
	stats map[string]int
	base  uint64 // drifts up so that sequences make progress
}

func (p *propertyRun) randAtt() Attestation {
	s := p.base + p.rng.Uint64N(8)
	tg := s + p.rng.Uint64N(5)
	if p.rng.IntN(20) == 0 {
		tg = p.base + p.rng.Uint64N(8) // sometimes source > target
	}
	return Attestation{Pubkey: p.keys[p.rng.IntN(len(p.keys))], Source: s, Target: tg, SigningRoot: root(byte(p.rng.IntN(3)))}
}

func (p *propertyRun) randBlock() Block {
	return Block{Pubkey: p.keys[p.rng.IntN(len(p.keys))], Slot: 2*p.base + p.rng.Uint64N(16), SigningRoot: root(byte(p.rng.IntN(3)))}
}

func (p *propertyRun) attestations() {
	reqs := make([]Attestation, 1+p.rng.IntN(6))
	for i := range reqs {
		reqs[i] = p.randAtt()
	}
	checked := p.db.CheckAttestations(reqs)
	errs := p.db.CheckAndRecordAttestations(reqs)
	for i, a := range reqs {
		if (checked[i] == nil) != (errs[i] == nil) {
			p.t.Fatalf("%+v: check %v, record %v", a, checked[i], errs[i])
		}
		complete, inOrder := p.model.completeAllows(a)
		switch err := errs[i]; {
		case err == nil && !p.model.safeAtt(a):
			p.t.Fatalf("allowed a slashable attestation %d→%d root %x: signed %v", a.Source, a.Target, a.SigningRoot[0], p.model.signedAtts[a.Pubkey])
		case err == nil && !complete:
			p.t.Fatalf("allowed %d→%d, which the complete reference refuses: %v", a.Source, a.Target, p.model.atts[a.Pubkey])
		case err != nil && complete && inOrder:
			p.t.Fatalf("refused an in-order attestation the complete reference allows: %v; records %v", err, p.model.atts[a.Pubkey])
		case err != nil && !strings.Contains(err.Error(), "refused"):
			p.t.Fatalf("unexpected error: %v", err)
		case err == nil:
			p.model.recordAtt(a)
			p.stats["attestation allowed"]++
		case complete:
			p.stats["attestation refused, out of window"]++
		default:
			p.stats["attestation refused"]++
		}
	}
}

func (p *propertyRun) blocks() {
	reqs := make([]Block, 1+p.rng.IntN(3))
	for i := range reqs {
		reqs[i] = p.randBlock()
	}
	checked := p.db.CheckBlocks(reqs)
	errs := p.db.CheckAndRecordBlocks(reqs)
	for i, b := range reqs {
		if (checked[i] == nil) != (errs[i] == nil) {
			p.t.Fatalf("%+v: check %v, record %v", b, checked[i], errs[i])
		}
		complete, inOrder := p.model.completeAllowsBlock(b)
		switch err := errs[i]; {
		case err == nil && !p.model.safeBlock(b):
			p.t.Fatalf("allowed a slashable block at %d", b.Slot)
		case err == nil && !complete:
			p.t.Fatalf("allowed block %d, which the complete reference refuses: %v", b.Slot, p.model.blocks[b.Pubkey])
		case err != nil && complete && inOrder:
			p.t.Fatalf("refused an in-order block the complete reference allows: %v", err)
		case err == nil:
			p.model.recordBlock(b)
			p.stats["block allowed"]++
		default:
			p.stats["block refused"]++
		}
	}
}

// importElsewhere imports a random interchange, as if another client had
// signed its messages.
func (p *propertyRun) importElsewhere() {
	var data []string
	for _, pk := range p.keys {
		if p.rng.IntN(2) == 0 {
			continue
		}
		var blocks, atts []string
		for range p.rng.IntN(3) {
			b := p.randBlock()
			blocks = append(blocks, fmt.Sprintf(`{"slot":"%d","signing_root":"%s"}`, b.Slot, hexRoot(b.SigningRoot)))
		}
		for range p.rng.IntN(3) {
			a := p.randAtt()
			atts = append(atts, fmt.Sprintf(`{"source_epoch":"%d","target_epoch":"%d"}`, a.Source, a.Target))
		}
		data = append(data, fmt.Sprintf(`{"pubkey":"%s","signed_blocks":[%s],"signed_attestations":[%s]}`,
			hexString(pk[:]), strings.Join(blocks, ","), strings.Join(atts, ",")))
	}
	doc := interchange("[" + strings.Join(data, ",") + "]")
	if err := p.db.Import(strings.NewReader(doc)); err != nil {
		p.t.Fatal(err)
	}
	p.model.importDoc(p.t, []byte(doc), true)
	p.stats["import"]++
}

// migrate moves to a fresh database through Export and Import.
func (p *propertyRun) migrate() {
	doc := exportString(p.t, p.db)
	p.db.Close()
	p.path = filepath.Join(p.t.TempDir(), "migrated.db")
	p.reopen()
	if err := p.db.Import(strings.NewReader(doc)); err != nil {
		p.t.Fatal(err)
	}
	model := newRefModel()
	model.signedAtts, model.signedBlocks = p.model.signedAtts, p.model.signedBlocks
	model.importDoc(p.t, []byte(doc), false)
	p.model = model
	p.stats["migrate"]++
}

func (p *propertyRun) reopen() {
	if p.db != nil {
		p.db.Close()
	}
	db, err := open(p.path, &[32]byte{1}, true)
	if err != nil {
		p.t.Fatal(err)
	}
	p.db = db
}

// TestPropertyAgainstReference runs random sequences of attestation and
// block batches, imports of foreign histories, reopenings and migrations
// through export and import. Every allowed request must be safe with
// respect to everything signed before (brute force), allowed by the
// unbounded complete reference, and an in-order request the reference
// allows must be allowed.
func TestPropertyAgainstReference(t *testing.T) {
	runs, steps := 60, 80
	if long() {
		runs, steps = 2000, 200
	}
	stats := map[string]int{}
	for seed := range runs {
		p := &propertyRun{
			t: t, rng: rand.New(rand.NewPCG(uint64(seed), 3076)), path: filepath.Join(t.TempDir(), "slashing.db"),
			model: newRefModel(), keys: [][48]byte{{1}, {2}, {3}}, stats: stats,
		}
		p.reopen()
		for range steps {
			if p.rng.IntN(3) == 0 {
				p.base++
			}
			switch x := p.rng.IntN(100); {
			case x < 60:
				p.attestations()
			case x < 85:
				p.blocks()
			case x < 91:
				p.importElsewhere()
			case x < 97:
				p.reopen()
			default:
				p.migrate()
			}
		}
		p.db.Close()
	}
	t.Logf("%v", stats)
	for _, k := range []string{"attestation allowed", "attestation refused", "attestation refused, out of window", "block allowed", "block refused", "import", "migrate"} {
		if stats[k] == 0 {
			t.Errorf("no %q in %d runs: the generator misses a case", k, runs)
		}
	}
}

// TestConcurrentCallers: goroutines record, check and export at once on
// shared validators; the union of everything allowed must hold no slashable
// pair. Run with -race.
func TestConcurrentCallers(t *testing.T) {
	db := newTestDB(t)
	const workers = 6
	var (
		mu      sync.Mutex
		allowed []Attestation
		blocks  []Block
		wg      sync.WaitGroup
	)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			p := &propertyRun{rng: rand.New(rand.NewPCG(uint64(w), 1)), keys: [][48]byte{{1}, {2}}}
			for range 150 {
				reqs := []Attestation{p.randAtt(), p.randAtt(), p.randAtt()}
				breqs := []Block{p.randBlock()}
				db.CheckAttestations(reqs)
				errs := db.CheckAndRecordAttestations(reqs)
				berrs := db.CheckAndRecordBlocks(breqs)
				mu.Lock()
				for i, err := range errs {
					if err == nil {
						allowed = append(allowed, reqs[i])
					}
				}
				if berrs[0] == nil {
					blocks = append(blocks, breqs[0])
				}
				mu.Unlock()
				if w == 0 {
					var sb strings.Builder
					if err := db.Export(&sb, nil); err != nil {
						t.Error(err)
					}
				}
			}
		}()
	}
	wg.Wait()
	for i, a := range allowed {
		if a.Source > a.Target {
			t.Fatalf("allowed source after target: %+v", a)
		}
		for _, b := range allowed[:i] {
			if a.Pubkey == b.Pubkey && slashableAtt(attRecord{b.Source, b.Target, b.SigningRoot}, a) {
				t.Fatalf("allowed a slashable pair: %d→%d and %d→%d", b.Source, b.Target, a.Source, a.Target)
			}
		}
	}
	for i, a := range blocks {
		for _, b := range blocks[:i] {
			if a.Pubkey == b.Pubkey && a.Slot == b.Slot && a.SigningRoot != b.SigningRoot {
				t.Fatalf("allowed two blocks at slot %d", a.Slot)
			}
		}
	}
	t.Logf("%d attestations and %d blocks allowed", len(allowed), len(blocks))
}
