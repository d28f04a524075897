package duty

import (
	"bytes"
	"sort"

	"github.com/keystake/keystake/tbls"
)

// collector gathers the partial signatures of one duty of one cluster and
// recovers each entry's signature from them. An entry is one signature of
// one validator: most duties have one entry per validator, all over a
// shared signing root; some have an entry per validator and subcommittee,
// or a signing root per entry. It recovers optimistically from the first t
// partials and batch-verifies the recovered signatures (over the shared
// root when there is one); only when that fails does it verify the
// partials of the failing entries one by one, drop the bad ones (and
// remember their operators) and recover again from the good ones.
//
// Partials that arrive before the duty's entries are known are kept and
// used once they are. A collector is not safe for concurrent use.
type collector struct {
	cluster *Cluster
	known   bool   // entries decided
	root    []byte // the signing root shared by every entry; nil if they differ
	entries map[uint32]*entry
	early   []earlyPartials
	bad     map[int]bool // operators that sent an invalid partial
}

type entry struct {
	validator uint32 // position in the cluster
	root      []byte // signing root
	partials  map[int]tbls.RawSignature
	verified  map[int]bool
	signature *tbls.Signature
	submitted bool
}

// Signing is one entry of a duty: what a validator signs.
type Signing struct {
	// Entry identifies it in partial messages: the validator's position,
	// or entryID(position, subcommittee) for per-subcommittee duties.
	Entry     uint32
	Validator uint32 // position in the cluster
	Root      []byte // signing root
}

type earlyPartials struct {
	operator int
	partials []Partial
}

// maxEarly bounds the partial messages kept before the decision.
const maxEarly = 64

func newCollector(c *Cluster) *collector {
	return &collector{cluster: c, bad: make(map[int]bool)}
}

// decided sets the signing root and the validators (positions in the
// cluster) the duty covers, one entry each, and replays the partials that
// came early.
func (col *collector) decided(root []byte, validators []uint32) {
	signings := make([]Signing, len(validators))
	for i, v := range validators {
		signings[i] = Signing{Entry: v, Validator: v, Root: root}
	}
	col.decidedEach(signings)
}

// decidedEach sets the duty's entries and replays the partials that came
// early.
func (col *collector) decidedEach(signings []Signing) {
	col.known = true
	col.entries = make(map[uint32]*entry, len(signings))
	col.root = nil
	shared := true
	for i, sg := range signings {
		col.entries[sg.Entry] = &entry{validator: sg.Validator, root: sg.Root,
			partials: make(map[int]tbls.RawSignature), verified: make(map[int]bool)}
		shared = shared && bytes.Equal(sg.Root, signings[0].Root)
		if i == 0 {
			col.root = sg.Root
		}
	}
	if !shared {
		col.root = nil
	}
	for _, e := range col.early {
		col.add(e.operator, e.partials)
	}
	col.early = nil
}

// add records operator's partials. The first partial of an operator for a
// validator counts; repeats are ignored. Operators caught sending an
// invalid partial are ignored for the rest of the duty.
func (col *collector) add(operator int, partials []Partial) {
	if !col.known {
		if len(col.early) < maxEarly {
			col.early = append(col.early, earlyPartials{operator, partials})
		}
		return
	}
	if col.bad[operator] {
		return
	}
	for _, p := range partials {
		e := col.entries[p.Validator]
		if e == nil || e.signature != nil {
			continue
		}
		if _, seen := e.partials[operator]; !seen {
			e.partials[operator] = p.Signature
		}
	}
}

// recover recovers every validator that has t partials and no signature
// yet. It returns the operators newly found to have sent invalid partials.
func (col *collector) recover() (badOperators []int) {
	if !col.known {
		return nil
	}
	var vals []uint32
	var entries []tbls.Entry
	for v, e := range col.entries {
		if e.signature != nil || len(e.partials) < col.cluster.Threshold {
			continue
		}
		sig, err := tbls.RecoverSignatureRaw(firstPartials(e.partials, col.cluster.Threshold, col.cluster.Self))
		if err != nil {
			sig = tbls.Signature{} // fails verification below
		}
		vals = append(vals, v)
		entries = append(entries, tbls.Entry{PublicKey: tbls.PublicKey(col.cluster.Validators[e.validator].Pubkey), Message: e.root, Signature: sig})
	}
	if len(vals) == 0 {
		return nil
	}
	bad := col.verify(entries)
	isBad := make(map[int]bool, len(bad))
	for _, i := range bad {
		isBad[i] = true
	}
	for i, v := range vals {
		if !isBad[i] {
			col.entries[v].signature = &entries[i].Signature
			continue
		}
		badOperators = append(badOperators, col.repair(v)...)
	}
	return badOperators
}

// verify batch-verifies recovered signatures and returns the indices of the
// bad ones: over the shared signing root when there is one (two pairings
// for the whole batch), else with a Miller loop per distinct root.
func (col *collector) verify(entries []tbls.Entry) []int {
	if col.root == nil {
		bad, _ := tbls.BatchVerify(entries)
		return bad
	}
	pks := make([]tbls.PublicKey, len(entries))
	sigs := make([]tbls.Signature, len(entries))
	for i, e := range entries {
		pks[i], sigs[i] = e.PublicKey, e.Signature
	}
	bad, _ := tbls.BatchVerifySameMessage(col.root, pks, sigs)
	return bad
}

// firstPartials returns t partials: this operator's own first (it is known
// to be valid), then those of the lowest operator indices.
func firstPartials(partials map[int]tbls.RawSignature, t, self int) map[int]tbls.RawSignature {
	ops := make([]int, 0, len(partials))
	for op := range partials {
		if op != self {
			ops = append(ops, op)
		}
	}
	sort.Ints(ops)
	if _, ok := partials[self]; ok {
		ops = append([]int{self}, ops...)
	}
	out := make(map[int]tbls.RawSignature, t)
	for _, op := range ops[:t] {
		out[op] = partials[op]
	}
	return out
}

// repair verifies entry v's partials one by one, drops the invalid ones
// and recovers from the valid ones if enough remain.
func (col *collector) repair(v uint32) (badOperators []int) {
	e := col.entries[v]
	val := col.cluster.Validators[e.validator]
	for op, sig := range e.partials {
		if e.verified[op] {
			continue
		}
		if err := tbls.VerifyPartialRaw(val.PublicShares[op], e.root, sig); err != nil {
			delete(e.partials, op)
			col.bad[op] = true
			badOperators = append(badOperators, op)
			continue
		}
		e.verified[op] = true
	}
	for op := range col.bad {
		delete(e.partials, op)
	}
	if len(e.partials) < col.cluster.Threshold {
		return badOperators
	}
	sig, err := tbls.RecoverSignatureRaw(firstPartials(e.partials, col.cluster.Threshold, col.cluster.Self))
	if err == nil && tbls.Verify(tbls.PublicKey(val.Pubkey), e.root, sig) == nil {
		e.signature = &sig
	}
	return badOperators
}

// ready returns the recovered signatures not yet handed out, marking them
// handed out, and whether every validator now has its signature.
func (col *collector) ready() (out map[uint32]tbls.Signature, complete bool) {
	out = make(map[uint32]tbls.Signature)
	complete = true
	for v, e := range col.entries {
		if e.signature == nil {
			complete = false
			continue
		}
		if !e.submitted {
			e.submitted = true
			out[v] = *e.signature
		}
	}
	return out, complete
}

// missing returns, for the validators without a signature, the operators
// whose partials did not arrive.
func (col *collector) missing() (validators int, operators map[int]bool) {
	operators = make(map[int]bool)
	for _, e := range col.entries {
		if e.signature != nil {
			continue
		}
		validators++
		for op := 1; op <= len(col.cluster.Members); op++ {
			if _, ok := e.partials[op]; !ok {
				operators[op] = true
			}
		}
	}
	return validators, operators
}

// complete reports whether every validator has its signature.
func (col *collector) complete() bool {
	if !col.known {
		return false
	}
	for _, e := range col.entries {
		if e.signature == nil {
			return false
		}
	}
	return true
}
