package tbls

import (
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"slices"
	"testing"
)

// subsets calls fn with every k-subset of 1..n, in lexicographic order.
func subsets(n, k int, fn func([]int)) {
	cur := make([]int, 0, k)
	var rec func(next int)
	rec = func(next int) {
		if len(cur) == k {
			fn(slices.Clone(cur))
			return
		}
		for i := next; i <= n-(k-len(cur))+1; i++ {
			cur = append(cur, i)
			rec(i + 1)
			cur = cur[:len(cur)-1]
		}
	}
	rec(1)
}

func binomial(n, k int) int {
	r := 1
	for i := 1; i <= k; i++ {
		r = r * (n - k + i) / i
	}
	return r
}

func TestSubsetsHelper(t *testing.T) {
	for _, c := range []struct{ n, k int }{{4, 3}, {7, 5}, {5, 1}, {3, 3}} {
		seen := map[string]bool{}
		subsets(c.n, c.k, func(s []int) {
			if len(s) != c.k || !slices.IsSorted(s) || s[0] < 1 || s[len(s)-1] > c.n {
				t.Fatalf("bad subset %v", s)
			}
			seen[fmt.Sprint(s)] = true
		})
		if len(seen) != binomial(c.n, c.k) {
			t.Fatalf("C(%d,%d): got %d distinct subsets, want %d", c.n, c.k, len(seen), binomial(c.n, c.k))
		}
	}
}

// splitFixture splits a fresh key and checks the invariants every split must
// satisfy, whatever the subsets tested afterwards.
func splitFixture(t testing.TB, n, th int) (*SecretKey, *Split) {
	t.Helper()
	sk := GenerateSecretKey()
	s, err := SplitSecret(sk, n, th)
	if err != nil {
		t.Fatalf("SplitSecret(n=%d, t=%d): %v", n, th, err)
	}
	if s.Threshold != th || len(s.Shares) != n || len(s.PublicShares) != n || len(s.Commitments) != th {
		t.Fatalf("split shape: threshold %d, %d shares, %d public shares, %d commitments",
			s.Threshold, len(s.Shares), len(s.PublicShares), len(s.Commitments))
	}
	if s.Commitments[0] != sk.PublicKey() {
		t.Fatal("Commitments[0] is not the group public key")
	}
	for i := 1; i <= n; i++ {
		share := s.Shares[i]
		if share == nil {
			t.Fatalf("share %d missing", i)
		}
		if share.Equal(sk) {
			t.Fatalf("share %d equals the secret", i)
		}
		if err := VerifyShare(i, share, s.Commitments); err != nil {
			t.Fatalf("share %d does not verify against the commitments: %v", i, err)
		}
		pub, err := PublicShare(s.Commitments, i)
		if err != nil {
			t.Fatalf("PublicShare(%d): %v", i, err)
		}
		if pub != share.PublicKey() || pub != s.PublicShares[i] {
			t.Fatalf("PublicShare(%d) differs from the share's public key", i)
		}
	}
	return sk, s
}

// checkRecovery recovers the group signature, secret key and public key from
// the shares in idx and reports whether each equals the original.
func checkRecovery(t testing.TB, sk *SecretKey, s *Split, idx []int, msg []byte) (sigOK, skOK, pkOK bool) {
	t.Helper()
	partials := make(map[int]Signature, len(idx))
	shares := make(map[int]*SecretKey, len(idx))
	pubs := make(map[int]PublicKey, len(idx))
	for _, i := range idx {
		partials[i] = s.Shares[i].Sign(msg)
		shares[i] = s.Shares[i]
		pubs[i] = s.PublicShares[i]
	}
	sig, err := RecoverSignature(partials)
	if err != nil {
		t.Fatalf("RecoverSignature(%v): %v", idx, err)
	}
	rsk, err := RecoverSecretKey(shares)
	if err != nil {
		t.Fatalf("RecoverSecretKey(%v): %v", idx, err)
	}
	defer rsk.Zero()
	pk, err := RecoverPublicKey(pubs)
	if err != nil {
		t.Fatalf("RecoverPublicKey(%v): %v", idx, err)
	}
	return sig == sk.Sign(msg), rsk.Equal(sk), pk == sk.PublicKey()
}

func TestSplitRecoverEverySubset(t *testing.T) {
	msg := []byte("every subset")
	for _, c := range []struct{ n, t int }{{4, 3}, {7, 5}} {
		t.Run(fmt.Sprintf("%d-of-%d", c.t, c.n), func(t *testing.T) {
			sk, s := splitFixture(t, c.n, c.t)
			defer s.Zero()
			want := sk.Sign(msg)
			for k := c.t; k <= c.n; k++ { // exactly t, and more than t
				subsets(c.n, k, func(idx []int) {
					sigOK, skOK, pkOK := checkRecovery(t, sk, s, idx, msg)
					if !sigOK || !skOK || !pkOK {
						t.Fatalf("shares %v: signature ok %v, secret key ok %v, public key ok %v", idx, sigOK, skOK, pkOK)
					}
				})
			}
			subsets(c.n, c.t-1, func(idx []int) {
				sigOK, skOK, pkOK := checkRecovery(t, sk, s, idx, msg)
				if sigOK || skOK || pkOK {
					t.Fatalf("t-1 shares %v recovered the secret (sig %v, sk %v, pk %v)", idx, sigOK, skOK, pkOK)
				}
			})
			if err := Verify(s.Commitments[0], msg, want); err != nil {
				t.Fatalf("group signature does not verify under Commitments[0]: %v", err)
			}
		})
	}
}

func TestSplitRecoverRandomSubsets(t *testing.T) {
	msg := []byte("random subsets")
	for _, c := range []struct{ n, t int }{{10, 7}, {13, 9}} {
		t.Run(fmt.Sprintf("%d-of-%d", c.t, c.n), func(t *testing.T) {
			sk, s := splitFixture(t, c.n, c.t)
			defer s.Zero()
			for trial := 0; trial < 4; trial++ {
				perm := rand.Perm(c.n)
				idx := make([]int, c.t)
				for k := range idx {
					idx[k] = perm[k] + 1
				}
				if sigOK, skOK, pkOK := checkRecovery(t, sk, s, idx, msg); !sigOK || !skOK || !pkOK {
					t.Fatalf("shares %v: signature ok %v, secret key ok %v, public key ok %v", idx, sigOK, skOK, pkOK)
				}
				short := idx[:c.t-1]
				if sigOK, skOK, pkOK := checkRecovery(t, sk, s, short, msg); sigOK || skOK || pkOK {
					t.Fatalf("t-1 shares %v recovered the secret", short)
				}
			}
		})
	}
}

func TestSplitMaxShares(t *testing.T) {
	sk := GenerateSecretKey()
	s, err := SplitSecret(sk, MaxIndex, 2)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Zero()
	got, err := RecoverSecretKey(map[int]*SecretKey{1: s.Shares[1], MaxIndex: s.Shares[MaxIndex]})
	if err != nil || !got.Equal(sk) {
		t.Fatalf("recover from shares 1 and %d: equal %v, err %v", MaxIndex, err == nil && got.Equal(sk), err)
	}
}

func TestSplitParameters(t *testing.T) {
	sk := GenerateSecretKey()
	for _, c := range []struct {
		n, t int
		ok   bool
	}{
		{4, 3, true}, {2, 2, true}, {MaxIndex, MaxIndex, true},
		{4, 1, false}, {4, 0, false}, {4, -1, false}, {3, 4, false}, {0, 2, false}, {-4, 3, false},
		{1, 2, false}, {MaxIndex + 1, 3, false},
	} {
		s, err := SplitSecret(sk, c.n, c.t)
		if c.ok != (err == nil) {
			t.Errorf("SplitSecret(n=%d, t=%d): err %v, want ok %v", c.n, c.t, err, c.ok)
		}
		if err != nil && !errors.Is(err, ErrInvalidThreshold) {
			t.Errorf("SplitSecret(n=%d, t=%d): %v does not wrap ErrInvalidThreshold", c.n, c.t, err)
		}
		if s != nil {
			s.Zero()
		}
	}
	if _, err := SplitSecret(nil, 4, 3); !errors.Is(err, ErrInvalidKey) {
		t.Errorf("nil key: %v", err)
	}
	if _, err := SplitSecret(&SecretKey{}, 4, 3); !errors.Is(err, ErrInvalidKey) {
		t.Errorf("zero key: %v", err)
	}
}

func TestSplitZero(t *testing.T) {
	sk, s := splitFixture(t, 4, 3)
	share1 := s.Shares[1]
	pub1 := s.PublicShares[1]
	s.Zero()
	if len(s.Shares) != 0 {
		t.Fatalf("%d shares left after Zero", len(s.Shares))
	}
	if !share1.Equal(&SecretKey{}) {
		t.Fatal("share 1 not wiped")
	}
	if s.PublicShares[1] != pub1 || s.Commitments[0] != sk.PublicKey() {
		t.Fatal("Zero changed public data")
	}
	s.Zero() // idempotent
}

func TestVerifyShareRejects(t *testing.T) {
	_, s := splitFixture(t, 4, 3)
	defer s.Zero()
	other := GenerateSecretKey()
	tampered := func() *SecretKey { // share 2 plus one
		b := s.Shares[2].Bytes()
		defer zero(b)
		b[len(b)-1] ^= 1
		k, err := SecretKeyFromBytes(b)
		if err != nil {
			t.Fatal(err)
		}
		return k
	}()
	badCommitments := slices.Clone(s.Commitments)
	badCommitments[1] = other.PublicKey()
	garbage := slices.Clone(s.Commitments)
	garbage[2][5] ^= 0xff

	for _, c := range []struct {
		name        string
		index       int
		share       *SecretKey
		commitments []PublicKey
		want        error
	}{
		{"tampered share", 2, tampered, s.Commitments, ErrShareMismatch},
		{"foreign key", 2, other, s.Commitments, ErrShareMismatch},
		{"share under another index", 3, s.Shares[2], s.Commitments, ErrShareMismatch},
		{"tampered commitment", 2, s.Shares[2], badCommitments, ErrShareMismatch},
		{"truncated commitments", 2, s.Shares[2], s.Commitments[:2], ErrShareMismatch},
		{"undecodable commitment", 2, s.Shares[2], garbage, ErrInvalidKey},
		{"one commitment", 2, s.Shares[2], s.Commitments[:1], ErrInvalidThreshold},
		{"no commitments", 2, s.Shares[2], nil, ErrInvalidThreshold},
		{"index 0", 0, s.Shares[2], s.Commitments, ErrInvalidIndex},
		{"negative index", -2, s.Shares[2], s.Commitments, ErrInvalidIndex},
		{"index too large", MaxIndex + 1, s.Shares[2], s.Commitments, ErrInvalidIndex},
		{"nil share", 2, nil, s.Commitments, ErrInvalidKey},
		{"zero share", 2, &SecretKey{}, s.Commitments, ErrInvalidKey},
	} {
		err := VerifyShare(c.index, c.share, c.commitments)
		if !errors.Is(err, c.want) {
			t.Errorf("%s: got %v, want %v", c.name, err, c.want)
		}
	}
	if err := VerifyShare(2, s.Shares[2], s.Commitments); err != nil {
		t.Fatalf("genuine share rejected: %v", err)
	}
}

func TestRecoverRejects(t *testing.T) {
	_, s := splitFixture(t, 4, 3)
	defer s.Zero()
	msg := []byte("m")
	sig := func(i int) Signature { return s.Shares[i].Sign(msg) }
	badSig := sig(2)
	badSig[10] ^= 0xff

	for _, c := range []struct {
		name     string
		partials map[int]Signature
		want     error
	}{
		{"none", nil, ErrTooFewShares},
		{"one", map[int]Signature{1: sig(1)}, ErrTooFewShares},
		{"index 0", map[int]Signature{0: sig(1), 2: sig(2), 3: sig(3)}, ErrInvalidIndex},
		{"negative index", map[int]Signature{-1: sig(1), 2: sig(2), 3: sig(3)}, ErrInvalidIndex},
		{"index too large", map[int]Signature{1: sig(1), 2: sig(2), MaxIndex + 1: sig(3)}, ErrInvalidIndex},
		{"undecodable partial", map[int]Signature{1: sig(1), 2: badSig, 3: sig(3)}, ErrInvalidSignature},
	} {
		if _, err := RecoverSignature(c.partials); !errors.Is(err, c.want) {
			t.Errorf("RecoverSignature %s: got %v, want %v", c.name, err, c.want)
		}
	}

	if _, err := RecoverSecretKey(map[int]*SecretKey{1: s.Shares[1], 2: nil}); !errors.Is(err, ErrInvalidKey) {
		t.Errorf("RecoverSecretKey nil share: %v", err)
	}
	if _, err := RecoverSecretKey(map[int]*SecretKey{1: s.Shares[1], 0: s.Shares[2]}); !errors.Is(err, ErrInvalidIndex) {
		t.Errorf("RecoverSecretKey index 0: %v", err)
	}
	if _, err := RecoverSecretKey(map[int]*SecretKey{1: s.Shares[1]}); !errors.Is(err, ErrTooFewShares) {
		t.Errorf("RecoverSecretKey one share: %v", err)
	}
	var identity PublicKey
	identity[0] = 0xc0
	if _, err := RecoverPublicKey(map[int]PublicKey{1: s.PublicShares[1], 2: identity}); !errors.Is(err, ErrInvalidKey) {
		t.Errorf("RecoverPublicKey identity share: %v", err)
	}
	if _, err := RecoverPublicKey(map[int]PublicKey{1: s.PublicShares[1], -3: s.PublicShares[3]}); !errors.Is(err, ErrInvalidIndex) {
		t.Errorf("RecoverPublicKey negative index: %v", err)
	}
}

// A wrong partial among t yields a wrong group signature, which Verify
// catches: the contract is "verify partials first".
func TestRecoverWithBadPartialFailsVerify(t *testing.T) {
	sk, s := splitFixture(t, 4, 3)
	defer s.Zero()
	msg := []byte("m")
	partials := map[int]Signature{1: s.Shares[1].Sign(msg), 2: s.Shares[2].Sign(msg), 4: s.Shares[3].Sign(msg)}
	sig, err := RecoverSignature(partials)
	if err != nil {
		t.Fatal(err)
	}
	if Verify(sk.PublicKey(), msg, sig) == nil {
		t.Fatal("signature recovered from a mislabelled partial verifies")
	}
}

func TestAggregate(t *testing.T) {
	msg := []byte("same message")
	var sigs []Signature
	var pubs []PublicKey
	for range 4 {
		k := GenerateSecretKey()
		sigs = append(sigs, k.Sign(msg))
		pubs = append(pubs, k.PublicKey())
	}
	agg, err := Aggregate(sigs)
	if err != nil {
		t.Fatal(err)
	}
	// The aggregate of signatures over one message verifies under the sum of
	// the keys, which is RecoverPublicKey-free: compare with blst below.
	if err := verifyAggregateSameMessage(pubs, msg, agg); err != nil {
		t.Fatalf("aggregate does not verify: %v", err)
	}
	if one, err := Aggregate(sigs[:1]); err != nil || one != sigs[0] {
		t.Fatalf("aggregate of one signature: %v", err)
	}
	if _, err := Aggregate(nil); !errors.Is(err, ErrEmpty) {
		t.Fatalf("aggregate of none: %v", err)
	}
	bad := slices.Clone(sigs)
	bad[2][7] ^= 0xff
	if _, err := Aggregate(bad); !errors.Is(err, ErrInvalidSignature) {
		t.Fatalf("aggregate with undecodable signature: %v", err)
	}
}

// TestShareIndexConvention pins "share i is f(i)" independently of the
// package's own interpolation: it recombines shares with math/big, using
// x = i, modulo the group order.
func TestShareIndexConvention(t *testing.T) {
	order, ok := new(big.Int).SetString("73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000001", 16)
	if !ok {
		t.Fatal("parse order")
	}
	sk, s := splitFixture(t, 5, 3)
	defer s.Zero()
	idx := []int{2, 4, 5}
	secret := new(big.Int)
	for _, i := range idx {
		num, den := big.NewInt(1), big.NewInt(1)
		for _, j := range idx {
			if j != i {
				num.Mul(num, big.NewInt(int64(j)))
				den.Mul(den, big.NewInt(int64(j-i)))
			}
		}
		lambda := num.Mul(num, den.ModInverse(den.Mod(den, order), order))
		y := new(big.Int).SetBytes(s.Shares[i].Bytes())
		secret.Add(secret, y.Mul(y, lambda))
	}
	secret.Mod(secret, order)
	if secret.Cmp(new(big.Int).SetBytes(sk.Bytes())) != 0 {
		t.Fatal("shares are not f(i) at x = i")
	}
}
