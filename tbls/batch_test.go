package tbls

import (
	"crypto/rand"
	"errors"
	"fmt"
	mrand "math/rand/v2"
	"runtime"
	"slices"
	"sync"
	"testing"

	"github.com/herumi/bls-eth-go-binary/bls"
	blst "github.com/supranational/blst/bindings/go"
)

// batchFixture is a set of valid entries shared by the tests: the first
// sameMsgCount entries sign one message, and distinct entries each sign their
// own message.
type batchFixture struct {
	keys     []*SecretKey
	msg      []byte
	same     []Entry
	distinct []Entry
}

const fixtureSize = 1000

var fixture = sync.OnceValue(func() *batchFixture {
	f := &batchFixture{msg: []byte("one attestation data root, 32 b.")}
	for i := range fixtureSize {
		k := GenerateSecretKey()
		f.keys = append(f.keys, k)
		f.same = append(f.same, Entry{k.PublicKey(), f.msg, k.Sign(f.msg)})
		m := fmt.Appendf(nil, "message %d", i)
		f.distinct = append(f.distinct, Entry{k.PublicKey(), m, k.Sign(m)})
	}
	return f
})

func split(entries []Entry) ([]PublicKey, []Signature) {
	pks := make([]PublicKey, len(entries))
	sigs := make([]Signature, len(entries))
	for i, e := range entries {
		pks[i], sigs[i] = e.PublicKey, e.Signature
	}
	return pks, sigs
}

// both runs BatchVerify and, if all entries share msg, BatchVerifySameMessage,
// and checks they agree.
func both(t *testing.T, entries []Entry) ([]int, error) {
	t.Helper()
	bad, err := BatchVerify(entries)
	if len(entries) > 0 && allSameMessage(entries) {
		pks, sigs := split(entries)
		bad2, err2 := BatchVerifySameMessage(entries[0].Message, pks, sigs)
		if !slices.Equal(bad, bad2) || (err == nil) != (err2 == nil) {
			t.Fatalf("BatchVerify says %v (%v), BatchVerifySameMessage says %v (%v)", bad, err, bad2, err2)
		}
	}
	checkBatchResult(t, entries, bad, err)
	return bad, err
}

func allSameMessage(entries []Entry) bool {
	for _, e := range entries {
		if string(e.Message) != string(entries[0].Message) {
			return false
		}
	}
	return true
}

// checkBatchResult checks the shape of a result: err nil iff bad empty, and
// a *BatchError listing exactly bad.
func checkBatchResult(t *testing.T, entries []Entry, bad []int, err error) {
	t.Helper()
	if (err == nil) != (len(bad) == 0) {
		t.Fatalf("bad %v with err %v", bad, err)
	}
	if err == nil {
		return
	}
	var be *BatchError
	if !errors.As(err, &be) {
		t.Fatalf("error %T is not a *BatchError", err)
	}
	if !slices.Equal(be.Bad, bad) || len(be.Reasons) != len(bad) || be.Total != len(entries) || !slices.IsSorted(bad) {
		t.Fatalf("BatchError %+v does not match bad %v", be, bad)
	}
}

func withBad(entries []Entry, bad ...int) []Entry {
	out := slices.Clone(entries)
	other := GenerateSecretKey()
	for _, i := range bad {
		out[i].Signature = other.Sign(out[i].Message) // a valid point, wrong key
	}
	return out
}

func TestBatchAllValid(t *testing.T) {
	f := fixture()
	mixed := slices.Clone(f.distinct[:300])
	copy(mixed[100:200], f.same[100:200]) // some messages shared, some not
	for _, c := range []struct {
		name    string
		entries []Entry
	}{
		{"one", f.same[:1]},
		{"two same message", f.same[:2]},
		{"two distinct messages", f.distinct[:2]},
		{"1000 same message", f.same},
		{"1000 distinct messages", f.distinct},
		{"mixed messages", mixed},
	} {
		t.Run(c.name, func(t *testing.T) {
			if bad, err := both(t, c.entries); err != nil {
				t.Fatalf("valid batch rejected: bad %v: %v", bad, err)
			}
		})
	}
}

func TestBatchEmpty(t *testing.T) {
	if bad, err := BatchVerify(nil); bad != nil || err != nil {
		t.Fatalf("BatchVerify(nil) = %v, %v; want nil, nil", bad, err)
	}
	if bad, err := BatchVerify([]Entry{}); bad != nil || err != nil {
		t.Fatalf("BatchVerify([]) = %v, %v; want nil, nil", bad, err)
	}
	if bad, err := BatchVerifySameMessage([]byte("m"), nil, nil); bad != nil || err != nil {
		t.Fatalf("BatchVerifySameMessage(empty) = %v, %v; want nil, nil", bad, err)
	}
	pks, sigs := split(fixture().same[:3])
	if bad, err := BatchVerifySameMessage(fixture().msg, pks, sigs[:2]); bad != nil || !errors.Is(err, ErrLengthMismatch) {
		t.Fatalf("length mismatch: %v, %v", bad, err)
	}
}

func TestBatchFindsBad(t *testing.T) {
	f := fixture()
	for _, c := range []struct {
		name    string
		entries []Entry
		bad     []int
	}{
		{"single entry", f.same[:1], []int{0}},
		{"one of two", f.distinct[:2], []int{1}},
		{"all of three", f.same[:3], []int{0, 1, 2}},
		{"one in 1000 same message", f.same, []int{613}},
		{"first in 1000 same message", f.same, []int{0}},
		{"last in 1000 same message", f.same, []int{999}},
		{"one in 1000 distinct messages", f.distinct, []int{371}},
		{"several in 1000 same message", f.same, []int{0, 1, 17, 500, 501, 998}},
		{"several in 1000 distinct messages", f.distinct, []int{3, 64, 65, 700, 999}},
		{"most of 16", f.same[:16], []int{0, 1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12, 13, 15}},
	} {
		t.Run(c.name, func(t *testing.T) {
			bad, err := both(t, withBad(c.entries, c.bad...))
			if !slices.Equal(bad, c.bad) {
				t.Fatalf("found %v, want %v", bad, c.bad)
			}
			if !errors.Is(err, ErrInvalidSignature) {
				t.Fatalf("%v does not wrap ErrInvalidSignature", err)
			}
		})
	}
}

// TestBatchMatchesIndividual compares the batch with Verify on random patterns
// of bad entries over random message layouts.
func TestBatchMatchesIndividual(t *testing.T) {
	f := fixture()
	rng := mrand.New(mrand.NewPCG(1, 2))
	for trial := range 12 {
		n := 1 + rng.IntN(40)
		entries := make([]Entry, n)
		for i := range entries {
			if rng.IntN(2) == 0 {
				entries[i] = f.same[rng.IntN(fixtureSize)]
			} else {
				entries[i] = f.distinct[rng.IntN(fixtureSize)]
			}
		}
		var want []int
		for i := range entries {
			if rng.IntN(5) == 0 {
				want = append(want, i)
			}
		}
		entries = withBad(entries, want...)
		for i, e := range entries {
			if (Verify(e.PublicKey, e.Message, e.Signature) != nil) != slices.Contains(want, i) {
				t.Fatalf("trial %d: fixture entry %d not as intended", trial, i)
			}
		}
		if bad, _ := both(t, entries); !slices.Equal(bad, want) {
			t.Fatalf("trial %d (n=%d): found %v, want %v", trial, n, bad, want)
		}
	}
}

// TestBatchCancellation builds two invalid signatures whose errors cancel in
// a plain sum (sig1+delta, sig2-delta): an unrandomised aggregate check
// accepts them, the batch must not.
func TestBatchCancellation(t *testing.T) {
	f := fixture()
	delta := GenerateSecretKey().Sign(f.msg)
	shift := func(sig Signature, d Signature, negate bool) Signature {
		s, err := decodeSignature(sig[:])
		if err != nil {
			t.Fatal(err)
		}
		dd, err := decodeSignature(d[:])
		if err != nil {
			t.Fatal(err)
		}
		g := bls.CastFromSign(s)
		if negate {
			bls.G2Sub(g, g, bls.CastFromSign(dd))
		} else {
			bls.G2Add(g, g, bls.CastFromSign(dd))
		}
		var out Signature
		copy(out[:], s.Serialize())
		return out
	}
	for _, c := range []struct {
		name    string
		entries []Entry
	}{
		{"same message, pair", f.same[:2]},
		{"same message, in 100", f.same[:100]},
		{"distinct messages, in 100", f.distinct[:100]},
	} {
		t.Run(c.name, func(t *testing.T) {
			i, j := 0, len(c.entries)-1
			entries := slices.Clone(c.entries)
			d := delta
			if !allSameMessage(entries) {
				d = GenerateSecretKey().Sign([]byte("any G2 point"))
			}
			entries[i].Signature = shift(entries[i].Signature, d, false)
			entries[j].Signature = shift(entries[j].Signature, d, true)

			// The attack is real: the plain sum of all signatures is unchanged.
			var orig, forged []Signature
			for k := range entries {
				orig = append(orig, c.entries[k].Signature)
				forged = append(forged, entries[k].Signature)
			}
			a, _ := Aggregate(orig)
			b, _ := Aggregate(forged)
			if a != b {
				t.Fatal("test setup: forged signatures do not cancel")
			}
			if allSameMessage(entries) {
				pks, _ := split(entries)
				if err := verifyAggregateSameMessage(pks, entries[0].Message, b); err != nil {
					t.Fatalf("test setup: plain aggregate of the forgeries does not verify: %v", err)
				}
			}
			bad, _ := both(t, entries)
			if !slices.Equal(bad, []int{i, j}) {
				t.Fatalf("found %v, want [%d %d]", bad, i, j)
			}
		})
	}
}

// offSubgroup returns a compressed encoding of a point on the curve but not
// in the prime-order subgroup (G1 if size is 48, G2 if 96).
func offSubgroup(t *testing.T, size int) []byte {
	t.Helper()
	for range 1000 {
		b := make([]byte, size)
		rand.Read(b)
		b[0] = 0x80 | b[0]&0x0f // compressed, not infinity, x < p
		if size == PublicKeyLength {
			if p := new(blst.P1Affine).Uncompress(b); p != nil && !p.InG1() {
				return b
			}
		} else if p := new(blst.P2Affine).Uncompress(b); p != nil && !p.InG2() {
			return b
		}
	}
	t.Fatal("no off-subgroup point found")
	return nil
}

func TestBatchInvalidEncodings(t *testing.T) {
	f := fixture()
	var identityPK PublicKey
	identityPK[0] = 0xc0
	garbagePK := PublicKey(bytesOf(0xff, PublicKeyLength))
	garbageSig := Signature(bytesOf(0xff, SignatureLength))
	offPK := PublicKey(offSubgroup(t, PublicKeyLength))
	offSig := Signature(offSubgroup(t, SignatureLength))
	junkInfinity := identitySignature
	junkInfinity[95] = 1

	entries := slices.Clone(f.same[:64])
	entries[3].PublicKey = identityPK
	entries[10].PublicKey = garbagePK
	entries[11].PublicKey = offPK
	entries[20].Signature = garbageSig
	entries[21].Signature = offSig
	entries[22].Signature = junkInfinity
	entries[30].Signature = identitySignature // decodes, does not verify
	entries = withBad(entries, 40)
	want := []int{3, 10, 11, 20, 21, 22, 30, 40}

	bad, err := both(t, entries)
	if !slices.Equal(bad, want) {
		t.Fatalf("found %v, want %v", bad, want)
	}
	if !errors.Is(err, ErrInvalidKey) || !errors.Is(err, ErrInvalidSignature) {
		t.Fatalf("%v should wrap both ErrInvalidKey and ErrInvalidSignature", err)
	}

	// Only undecodable entries, and a single valid one among them.
	only := []Entry{{garbagePK, f.msg, f.same[0].Signature}, {f.same[1].PublicKey, f.msg, offSig}}
	if bad, _ := both(t, only); !slices.Equal(bad, []int{0, 1}) {
		t.Fatalf("undecodable only: found %v", bad)
	}
	only = append(only, f.same[2])
	if bad, _ := both(t, only); !slices.Equal(bad, []int{0, 1}) {
		t.Fatalf("undecodable plus one valid: found %v", bad)
	}
}

func bytesOf(b byte, n int) []byte {
	out := make([]byte, n)
	for i := range out {
		out[i] = b
	}
	return out
}

// TestBatchEmptyMessages covers the empty message, shared and not.
func TestBatchEmptyMessages(t *testing.T) {
	var entries []Entry
	for _, m := range [][]byte{nil, {}, []byte("x"), nil} {
		k := GenerateSecretKey()
		entries = append(entries, Entry{k.PublicKey(), m, k.Sign(m)})
	}
	if bad, err := both(t, entries); err != nil {
		t.Fatalf("rejected: %v %v", bad, err)
	}
	if bad, _ := both(t, withBad(entries, 1)); !slices.Equal(bad, []int{1}) {
		t.Fatalf("found %v, want [1]", bad)
	}
}

// TestBatchParallelism runs the same batch with one, three and the default
// number of goroutines.
func TestBatchParallelism(t *testing.T) {
	f := fixture()
	entries := withBad(f.distinct[:200], 7, 150)
	for _, procs := range []int{1, 3, runtime.NumCPU()} {
		t.Run(fmt.Sprint(procs), func(t *testing.T) {
			defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
			if bad, _ := both(t, entries); !slices.Equal(bad, []int{7, 150}) {
				t.Fatalf("found %v, want [7 150]", bad)
			}
		})
	}
}

func TestRandomScalars(t *testing.T) {
	ensureInit()
	rs := randomScalars(1000)
	seen := map[string]bool{}
	topBit := 0
	for i := range rs {
		if rs[i].IsZero() {
			t.Fatal("zero scalar")
		}
		b := bls.CastToSecretKey(&rs[i]).Serialize() // 32 bytes, big-endian
		if len(b) != 32 || !isZero(b[:24]) {
			t.Fatalf("scalar %d exceeds 64 bits: %x", i, b)
		}
		if b[24]&0x80 != 0 {
			topBit++
		}
		seen[string(b)] = true
	}
	if len(seen) != len(rs) {
		t.Fatal("repeated scalars")
	}
	// Uniform 64-bit scalars have bit 63 set half the time; 400..600 of 1000
	// is more than 6 standard deviations wide.
	if topBit < 400 || topBit > 600 {
		t.Fatalf("bit 63 set in %d of 1000 scalars", topBit)
	}
}
