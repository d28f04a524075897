package tbls

import (
	"crypto/rand"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/herumi/bls-eth-go-binary/bls"
)

// Entry is one (public key, message, signature) triple to verify.
type Entry struct {
	PublicKey PublicKey
	Message   []byte
	Signature Signature
}

// ErrLengthMismatch reports parallel slices of different lengths.
var ErrLengthMismatch = errors.New("length mismatch")

// BatchError lists the entries of a batch that failed. Bad holds their
// indices in ascending order and Reasons[k] says why Bad[k] failed: an error
// wrapping ErrInvalidKey or ErrInvalidSignature from decoding, or
// ErrInvalidSignature for a signature that does not verify.
// errors.Is(err, ErrInvalidSignature) is true for a *BatchError whenever some
// reason wraps it.
type BatchError struct {
	Total   int // number of entries in the batch
	Bad     []int
	Reasons []error
}

// Error summarises the failures, listing at most the first ten.
func (e *BatchError) Error() string {
	const shown = 10
	var b strings.Builder
	fmt.Fprintf(&b, "batch verify: %d of %d entries invalid", len(e.Bad), e.Total)
	for k := range min(shown, len(e.Reasons)) {
		fmt.Fprintf(&b, "; %v", e.Reasons[k])
	}
	if len(e.Reasons) > shown {
		b.WriteString("; ...")
	}
	return b.String()
}

// Unwrap returns the reasons, so that errors.Is and errors.As see them.
func (e *BatchError) Unwrap() []error { return e.Reasons }

// BatchVerify checks every entry as Verify would and returns (nil, nil) when
// all are valid, including for an empty slice. Otherwise it returns the
// indices of the invalid entries, ascending, and a *BatchError describing
// them; the other entries are valid.
//
// Valid-looking entries are checked together: with random 64-bit scalars r_i
// from crypto/rand it tests e(-g1, sum r_i*sig_i) * prod_m e(sum_{i: m_i=m}
// r_i*pk_i, H(m)) = 1, one Miller loop per distinct message plus one, and a
// single final exponentiation. Entries sharing a message share its
// hash-to-curve, so many signatures over one message cost about as much as
// BatchVerifySameMessage. Thanks to the scalars, invalid entries pass a check
// with probability at most 2^-64, even when they are built to cancel out in
// a plain sum. Entries whose key or signature does not decode are reported
// without a pairing.
//
// If the batch fails, bisection finds the bad entries. Each split computes
// the check of one half and derives the other half's from the parent's
// (their results multiply to it), so isolating one bad entry among n costs
// about one more pass over the batch (n/2 + n/4 + ... entries) and log2(n)
// final exponentiations. Each entry so isolated is confirmed by a direct,
// unrandomised verification.
//
// Large batches use up to GOMAXPROCS goroutines. Messages are not retained.
func BatchVerify(entries []Entry) (bad []int, err error) {
	if len(entries) == 0 {
		return nil, nil
	}
	ensureInit()
	b := newBatch(len(entries))
	parallelChunks(len(entries), decodeChunk, func(_, lo, hi int) {
		for i := lo; i < hi; i++ {
			b.decode(i, &entries[i].PublicKey, &entries[i].Signature)
		}
	})
	b.groupMessages(func(i int) []byte { return entries[i].Message })
	return b.run()
}

// BatchVerifySameMessage checks that sigs[i] is a valid signature of msg
// under pks[i] for every i, like BatchVerify with a common message, at the
// cost of two Miller loops and one final exponentiation (plus two
// multi-scalar multiplications and decoding) when all are valid. It returns
// an error wrapping ErrLengthMismatch, with no indices, if the slices differ
// in length; (nil, nil) for empty slices.
func BatchVerifySameMessage(msg []byte, pks []PublicKey, sigs []Signature) (bad []int, err error) {
	if len(pks) != len(sigs) {
		return nil, fmt.Errorf("batch verify same message: %w: %d public keys, %d signatures", ErrLengthMismatch, len(pks), len(sigs))
	}
	if len(pks) == 0 {
		return nil, nil
	}
	ensureInit()
	b := newBatch(len(pks))
	parallelChunks(len(pks), decodeChunk, func(_, lo, hi int) {
		for i := lo; i < hi; i++ {
			b.decode(i, &pks[i], &sigs[i])
		}
	})
	b.groupMessages(func(int) []byte { return msg })
	return b.run()
}

// batch holds the decoded entries of one verification.
type batch struct {
	pks     []bls.G1
	sigs    []bls.G2
	reasons []error  // reasons[i] != nil: entry i failed
	valid   []int    // entries that decoded, ascending
	group   []int    // group[i]: index of entry i's message in hashes
	hashes  []bls.G2 // hash-to-curve of each distinct message
	r       []bls.Fr // r[i]: random scalar of entry i
	negG1   bls.G1   // -generator of G1
}

func newBatch(n int) *batch {
	b := &batch{
		pks:     make([]bls.G1, n),
		sigs:    make([]bls.G2, n),
		reasons: make([]error, n),
		group:   make([]int, n),
	}
	var g bls.PublicKey
	bls.GetGeneratorOfPublicKey(&g)
	bls.G1Neg(&b.negG1, bls.CastFromPublicKey(&g))
	return b
}

// decode fills entry i's points or its failure reason. Safe for concurrent
// use on distinct i.
func (b *batch) decode(i int, pk *PublicKey, sig *Signature) {
	p, err := decodePublicKey(pk[:])
	if err != nil {
		b.reasons[i] = fmt.Errorf("entry %d: decode public key: %w", i, err)
		return
	}
	s, err := decodeSignature(sig[:])
	if err != nil {
		b.reasons[i] = fmt.Errorf("entry %d: decode signature: %w", i, err)
		return
	}
	b.pks[i] = *bls.CastFromPublicKey(p)
	b.sigs[i] = *bls.CastFromSign(s)
}

// groupMessages assigns each decoded entry to the group of its message and
// hashes every distinct message once.
func (b *batch) groupMessages(message func(i int) []byte) {
	ids := make(map[string]int)
	var msgs [][]byte
	for i, reason := range b.reasons {
		if reason != nil {
			continue
		}
		b.valid = append(b.valid, i)
		m := message(i)
		id, ok := ids[string(m)]
		if !ok {
			id = len(msgs)
			ids[string(m)] = id
			msgs = append(msgs, m)
		}
		b.group[i] = id
	}
	b.hashes = make([]bls.G2, len(msgs))
	failed := make([]bool, len(msgs))
	parallelChunks(len(msgs), hashChunk, func(_, lo, hi int) {
		for k := lo; k < hi; k++ {
			h := bls.HashAndMapToSignature(msgs[k])
			if failed[k] = h == nil; !failed[k] {
				b.hashes[k] = *bls.CastFromSign(h)
			}
		}
	})
	b.dropUnhashed(failed)
}

// dropUnhashed fails the entries whose message could not be hashed to the
// curve (which the library reports only if it is broken).
func (b *batch) dropUnhashed(failed []bool) {
	b.valid = slices.DeleteFunc(b.valid, func(i int) bool {
		if failed[b.group[i]] {
			b.reasons[i] = fmt.Errorf("entry %d: hash message to curve failed", i)
		}
		return failed[b.group[i]]
	})
}

// run checks the decoded entries and assembles the result.
func (b *batch) run() ([]int, error) {
	switch len(b.valid) {
	case 0:
	case 1:
		b.confirm(b.valid[0])
	default:
		b.r = randomScalars(len(b.pks))
		root := b.check(b.valid)
		b.bisect(b.valid, &root)
	}
	return b.result()
}

func (b *batch) result() ([]int, error) {
	e := &BatchError{Total: len(b.reasons)}
	for i, reason := range b.reasons {
		if reason != nil {
			e.Bad = append(e.Bad, i)
			e.Reasons = append(e.Reasons, reason)
		}
	}
	if len(e.Bad) == 0 {
		return nil, nil
	}
	return slices.Clone(e.Bad), e
}

// bisect finds the invalid entries of subset, given g, the result of check
// over subset. The halves' results multiply to g, so only the left one is
// computed.
func (b *batch) bisect(subset []int, g *bls.GT) {
	switch {
	case g.IsOne():
		return
	case len(subset) == 1:
		b.confirm(subset[0])
		return
	}
	left, right := subset[:len(subset)/2], subset[len(subset)/2:]
	gl := b.check(left)
	var inv, gr bls.GT
	bls.GTInv(&inv, &gl) // conjugate: the inverse in the cyclotomic subgroup
	bls.GTMul(&gr, g, &inv)
	b.bisect(left, &gl)
	b.bisect(right, &gr)
}

// confirm verifies entry i directly, without random scalars, and records a
// failure.
func (b *batch) confirm(i int) {
	g1 := []bls.G1{b.pks[i], b.negG1}
	g2 := []bls.G2{b.hashes[b.group[i]], b.sigs[i]}
	var ml, e bls.GT
	bls.MillerLoopVec(&ml, g1, g2)
	bls.FinalExp(&e, &ml)
	if !e.IsOne() {
		b.reasons[i] = fmt.Errorf("entry %d: %w: does not verify", i, ErrInvalidSignature)
	}
}

// check returns FinalExp(e(-g1, sum r_i*sig_i) * prod_groups e(sum r_i*pk_i,
// H(m))) over the entries of subset: one in GT exactly when the randomised
// batch equation holds.
func (b *batch) check(subset []int) bls.GT {
	type partial struct {
		sig bls.G2
		pks map[int]*bls.G1 // group -> sum of r_i*pk_i
	}
	chunks := make([]partial, chunkCount(len(subset), msmChunk))
	runChunks(len(subset), len(chunks), func(k, lo, hi int) {
		chunks[k].sig, chunks[k].pks = b.scaledSums(subset[lo:hi])
	})
	// Combine the chunks' partial sums.
	var sigSum bls.G2
	pkSums := map[int]*bls.G1{}
	for k := range chunks {
		bls.G2Add(&sigSum, &sigSum, &chunks[k].sig)
		for grp, p := range chunks[k].pks {
			if acc, ok := pkSums[grp]; ok {
				bls.G1Add(acc, acc, p)
			} else {
				pkSums[grp] = p
			}
		}
	}
	xs := make([]bls.G1, 0, len(pkSums)+1)
	ys := make([]bls.G2, 0, len(pkSums)+1)
	xs, ys = append(xs, b.negG1), append(ys, sigSum)
	for grp, p := range pkSums {
		xs, ys = append(xs, *p), append(ys, b.hashes[grp])
	}
	return multiPairing(xs, ys)
}

// scaledSums returns sum r_i*sig_i and, per message group, sum r_i*pk_i over
// the given entries.
func (b *batch) scaledSums(entries []int) (bls.G2, map[int]*bls.G1) {
	sigs := make([]bls.G2, len(entries))
	rs := make([]bls.Fr, len(entries))
	byGroup := map[int][]int{}
	for k, i := range entries {
		sigs[k], rs[k] = b.sigs[i], b.r[i]
		byGroup[b.group[i]] = append(byGroup[b.group[i]], i)
	}
	var sig bls.G2
	bls.G2MulVec(&sig, sigs, rs)
	pks := make(map[int]*bls.G1, len(byGroup))
	for grp, members := range byGroup {
		ps := make([]bls.G1, len(members))
		gs := make([]bls.Fr, len(members))
		for k, i := range members {
			ps[k], gs[k] = b.pks[i], b.r[i]
		}
		sum := new(bls.G1)
		bls.G1MulVec(sum, ps, gs)
		pks[grp] = sum
	}
	return sig, pks
}

// multiPairing returns FinalExp(prod e(xs[k], ys[k])), splitting the Miller
// loops across goroutines for long inputs.
func multiPairing(xs []bls.G1, ys []bls.G2) bls.GT {
	parts := make([]bls.GT, chunkCount(len(xs), millerChunk))
	runChunks(len(xs), len(parts), func(k, lo, hi int) {
		bls.MillerLoopVec(&parts[k], xs[lo:hi], ys[lo:hi])
	})
	ml := parts[0]
	for k := 1; k < len(parts); k++ {
		bls.GTMul(&ml, &ml, &parts[k])
	}
	var e bls.GT
	bls.FinalExp(&e, &ml)
	return e
}

// randomScalars returns n independent uniform scalars in [1, 2^64) from
// crypto/rand.
func randomScalars(n int) []bls.Fr {
	const size = 8
	buf := make([]byte, size*n)
	rand.Read(buf) // never fails: crypto/rand aborts the program instead
	rs := make([]bls.Fr, n)
	for i := range rs {
		b := buf[size*i : size*(i+1)]
		for isZero(b) {
			rand.Read(b)
		}
		if err := rs[i].SetLittleEndian(b); err != nil {
			panic(fmt.Sprintf("tbls: set 64-bit scalar: %v", err)) // cannot happen: 64 bits < order
		}
	}
	return rs
}

func isZero(b []byte) bool {
	for _, x := range b {
		if x != 0 {
			return false
		}
	}
	return true
}
