package tbls

import (
	"math/big"
	"math/bits"
	"sync"

	"github.com/herumi/bls-eth-go-binary/bls"
)

// Recovering a signature interpolates G2 points at x = 0: the sum of
// l_k * P_k with the Lagrange coefficients l_k of the share indices. Those
// coefficients are ratios of small integers: l_k = a_k / D with
// a_k = D * prod_{j != k} x_j / (x_j - x_k) and D the least common multiple
// of the reduced denominators. For 3 of 4 operators, D = 1 for three of the
// four subsets, and a_k is at most 8 in absolute value. The sum of a_k * P_k
// then takes a few point additions and doublings (Straus' method: one
// doubling per bit of the largest |a_k|, one addition per set bit), about
// 10 µs, against some 330 µs for a multi-scalar multiplication with
// full-size coefficients; a D other than 1 costs one scalar multiplication
// by 1/D at the end. interpolateG2 picks whichever its cost model says is
// cheaper; both give the same point.

// Costs in microseconds on the project's 2-core Xeon (tbls benchmarks).
const (
	costG2Dbl    = 1
	costG2Add    = 2
	costG2Mul    = 146
	costG2MSMPer = 110 // per term of a multi-scalar multiplication
)

// coefficients are the Lagrange coefficients at zero of one set of indices,
// as field elements and, when cheaper to use, as small integers over a
// common denominator.
type coefficients struct {
	frs []bls.Fr
	// small is set when the integer form is cheaper: l_k = ints[k] / D.
	small   bool
	ints    []int64
	maxBits int
	dInv    *bls.Fr // 1/D; nil when D = 1
}

// coefficientCache maps an index set (a bitmask of indices 0..255) to its
// coefficients. A cluster uses few sets, so it stays small.
var coefficientCache sync.Map // [4]uint64 -> *coefficients

func coefficientsFor(pts []point) *coefficients {
	var key [4]uint64
	for _, p := range pts {
		key[p.index/64] |= 1 << (p.index % 64)
	}
	if c, ok := coefficientCache.Load(key); ok {
		return c.(*coefficients)
	}
	c := newCoefficients(pts)
	coefficientCache.Store(key, c)
	return c
}

func newCoefficients(pts []point) *coefficients {
	c := &coefficients{frs: lagrangeAtZero(pts)}
	ints, d, ok := integerCoefficients(pts)
	if !ok {
		return c
	}
	cost, maxBits := 0, 0
	for _, a := range ints {
		abs := absUint64(a)
		maxBits = max(maxBits, bits.Len64(abs))
		cost += costG2Add * bits.OnesCount64(abs)
	}
	cost += costG2Dbl * maxBits
	if d != 1 {
		cost += costG2Mul
	}
	if cost >= costG2MSMPer*len(pts) {
		return c
	}
	c.small, c.ints, c.maxBits = true, ints, maxBits
	if d != 1 {
		var dInv bls.Fr
		dInv.SetInt64(d)
		bls.FrInv(&dInv, &dInv)
		c.dInv = &dInv
	}
	return c
}

// integerCoefficients returns a_k and D > 0 with l_k = a_k / D, or false
// when they do not fit in an int64.
func integerCoefficients(pts []point) (ints []int64, d int64, ok bool) {
	ratios := make([]*big.Rat, len(pts))
	den := big.NewInt(1)
	for k := range pts {
		num, dk := big.NewInt(1), big.NewInt(1)
		for j := range pts {
			if j == k {
				continue
			}
			num.Mul(num, big.NewInt(int64(pts[j].index)))
			dk.Mul(dk, big.NewInt(int64(pts[j].index-pts[k].index)))
		}
		ratios[k] = new(big.Rat).SetFrac(num, dk)
		// den = lcm(den, reduced denominator)
		rd := ratios[k].Denom()
		g := new(big.Int).GCD(nil, nil, den, rd)
		den.Mul(den, new(big.Int).Quo(rd, g))
	}
	if !den.IsInt64() {
		return nil, 0, false
	}
	ints = make([]int64, len(pts))
	for k, r := range ratios {
		a := new(big.Int).Mul(r.Num(), new(big.Int).Quo(den, r.Denom()))
		if !a.IsInt64() || a.Int64() == -1<<63 {
			return nil, 0, false
		}
		ints[k] = a.Int64()
	}
	return ints, den.Int64(), true
}

func absUint64(a int64) uint64 {
	if a < 0 {
		return uint64(-a)
	}
	return uint64(a)
}

// interpolateG2 sets out to the sum of l_k * ys[k], the value at x = 0 of
// the polynomial through (pts[k], ys[k]).
func interpolateG2(out *bls.G2, pts []point, ys []bls.G2) {
	c := coefficientsFor(pts)
	if !c.small {
		bls.G2MulVec(out, ys, c.frs)
		return
	}
	terms := make([]bls.G2, len(ys))
	for k := range ys {
		if c.ints[k] < 0 {
			bls.G2Neg(&terms[k], &ys[k])
		} else {
			terms[k] = ys[k]
		}
	}
	out.Clear()
	for bit := c.maxBits - 1; bit >= 0; bit-- {
		if !out.IsZero() {
			bls.G2Dbl(out, out)
		}
		for k := range terms {
			if absUint64(c.ints[k])>>bit&1 == 1 {
				bls.G2Add(out, out, &terms[k])
			}
		}
	}
	if c.dInv != nil {
		bls.G2Mul(out, out, c.dInv)
	}
}
