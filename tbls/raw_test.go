package tbls

import (
	"crypto/rand"
	"errors"
	"fmt"
	"testing"

	"github.com/herumi/bls-eth-go-binary/bls"
	blst "github.com/supranational/blst/bindings/go"
)

// TestRecoverSignatureRawEverySubset recovers from every t-subset and every
// (t+1)-subset of n partials, for cluster sizes up to 13, and compares with
// the group key's own signature and with blst's.
func TestRecoverSignatureRawEverySubset(t *testing.T) {
	msg := []byte("attestation signing root")
	for _, c := range []struct{ n, t int }{{4, 3}, {5, 3}, {7, 5}, {10, 7}, {13, 9}} {
		t.Run(fmt.Sprintf("%d-of-%d", c.t, c.n), func(t *testing.T) {
			sk, s := splitFixture(t, c.n, c.t)
			defer s.Zero()
			want := new(blst.P2Affine).Sign(blstSecretKey(t, sk), msg, blstDST).Compress()
			raw := make(map[int]RawSignature)
			for i := 1; i <= c.n; i++ {
				r, err := SignManyRaw([]*SecretKey{s.Shares[i]}, msg)
				if err != nil {
					t.Fatal(err)
				}
				raw[i] = r[0]
			}
			for _, k := range []int{c.t, c.t + 1} {
				subsets(c.n, k, func(idx []int) {
					partials := make(map[int]RawSignature)
					for _, i := range idx {
						partials[i] = raw[i]
					}
					sig, err := RecoverSignatureRaw(partials)
					if err != nil {
						t.Fatalf("subset %v: %v", idx, err)
					}
					if string(sig[:]) != string(want) {
						t.Fatalf("subset %v: recovered signature differs from the group key's", idx)
					}
				})
			}
		})
	}
}

// TestInterpolateSmallMatchesMSM compares the integer-coefficient sum with
// the multi-scalar multiplication on random points, for index sets of
// every shape the cost model may route either way.
func TestInterpolateSmallMatchesMSM(t *testing.T) {
	ensureInit()
	sets := [][]int{{1, 2}, {1, 2, 3}, {1, 2, 4}, {2, 3, 4}, {1, 3, 4}, {1, 5, 9, 13}, {3, 4, 7, 8, 11}, {1, 2, 3, 4, 5, 6, 7, 8, 9}, {5, 6, 7, 8, 9, 10, 11, 12, 13}, {1, 100, 255}}
	for _, set := range sets {
		pts := make([]point, len(set))
		ys := make([]bls.G2, len(set))
		for k, i := range set {
			pts[k] = point{index: i, x: indexScalar(i)}
			sig := GenerateSecretKey().k.SignByte([]byte{byte(k)})
			ys[k] = *bls.CastFromSign(sig)
		}
		var got, want bls.G2
		interpolateG2(&got, pts, ys)
		bls.G2MulVec(&want, ys, lagrangeAtZero(pts))
		if !got.IsEqual(&want) {
			t.Fatalf("indices %v (small form %v): interpolation differs from the multi-scalar multiplication", set, coefficientsFor(pts).small)
		}
	}
}

// TestCoefficientsThreeOfFour pins the integer form for the common cluster.
func TestCoefficientsThreeOfFour(t *testing.T) {
	ensureInit()
	for _, c := range []struct {
		set  []int
		ints []int64
		d    bool
	}{
		{[]int{1, 2, 3}, []int64{3, -3, 1}, false},
		{[]int{1, 2, 4}, []int64{8, -6, 1}, true}, // D = 3
		{[]int{1, 3, 4}, []int64{2, -2, 1}, false},
		{[]int{2, 3, 4}, []int64{6, -8, 3}, false},
	} {
		pts := make([]point, len(c.set))
		for k, i := range c.set {
			pts[k] = point{index: i, x: indexScalar(i)}
		}
		co := newCoefficients(pts)
		if !co.small || fmt.Sprint(co.ints) != fmt.Sprint(c.ints) || (co.dInv != nil) != c.d {
			t.Errorf("%v: small %v ints %v denominator %v, want ints %v denominator %v", c.set, co.small, co.ints, co.dInv != nil, c.ints, c.d)
		}
	}
}

// rawOffSubgroup returns an uncompressed point on the curve outside the
// subgroup.
func rawOffSubgroup(t *testing.T) RawSignature {
	t.Helper()
	p := new(blst.P2Affine).Uncompress(offSubgroup(t, SignatureLength))
	return RawSignature(p.Serialize())
}

func TestRawSignatureErrors(t *testing.T) {
	msg := []byte("m")
	_, s := splitFixture(t, 4, 3)
	defer s.Zero()
	raw, err := SignManyRaw([]*SecretKey{s.Shares[1], s.Shares[2], s.Shares[3]}, msg)
	if err != nil {
		t.Fatal(err)
	}
	other, _ := SignManyRaw([]*SecretKey{s.Shares[3]}, []byte("another message"))
	notOnCurve := raw[2]
	notOnCurve[191] ^= 1
	offSub := rawOffSubgroup(t)

	for _, c := range []struct {
		name    string
		partial RawSignature
		recover bool // recovery itself fails (otherwise its result is wrong)
	}{
		{"not on the curve", notOnCurve, true},
		{"outside the subgroup", offSub, true},
		{"signature over another message", other[0], false},
	} {
		t.Run(c.name, func(t *testing.T) {
			err := VerifyPartialRaw(s.PublicShares[3], msg, c.partial)
			if !errors.Is(err, ErrInvalidSignature) {
				t.Fatalf("VerifyPartialRaw: %v, want ErrInvalidSignature", err)
			}
			sig, err := RecoverSignatureRaw(map[int]RawSignature{1: raw[0], 2: raw[1], 3: c.partial})
			if c.recover {
				if !errors.Is(err, ErrInvalidSignature) {
					t.Fatalf("RecoverSignatureRaw: %v, want ErrInvalidSignature", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if Verify(s.Commitments[0], msg, sig) == nil {
				t.Fatal("a signature recovered with a wrong partial verifies")
			}
		})
	}
	for i := range raw {
		if err := VerifyPartialRaw(s.PublicShares[i+1], msg, raw[i]); err != nil {
			t.Fatalf("partial %d: %v", i+1, err)
		}
	}
}

// TestRawSerializationMatchesBlst checks the uncompressed encoding against
// blst's (the zcash format beacon nodes use).
func TestRawSerializationMatchesBlst(t *testing.T) {
	sk := GenerateSecretKey()
	raw, err := SignManyRaw([]*SecretKey{sk}, []byte("x"))
	if err != nil {
		t.Fatal(err)
	}
	want := new(blst.P2Affine).Sign(blstSecretKey(t, sk), []byte("x"), blstDST).Serialize()
	if string(raw[0][:]) != string(want) {
		t.Fatal("uncompressed signature differs from blst's")
	}
}

func FuzzVerifyPartialRaw(f *testing.F) {
	sk := GenerateSecretKey()
	raw, _ := SignManyRaw([]*SecretKey{sk}, []byte("seed"))
	f.Add(raw[0][:])
	junk := make([]byte, RawSignatureLength)
	rand.Read(junk)
	f.Add(junk)
	pk := sk.PublicKey()
	f.Fuzz(func(t *testing.T, b []byte) {
		if len(b) != RawSignatureLength {
			return
		}
		err := VerifyPartialRaw(pk, []byte("seed"), RawSignature(b))
		if err != nil && !errors.Is(err, ErrInvalidSignature) {
			t.Fatalf("error %v does not wrap ErrInvalidSignature", err)
		}
		if err == nil && string(b) != string(raw[0][:]) {
			t.Fatalf("accepts %x besides the one valid encoding", b)
		}
	})
}
