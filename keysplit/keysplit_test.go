package keysplit

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/keystake/keystake/cluster"
	"github.com/keystake/keystake/internal/blstcheck"
	"github.com/keystake/keystake/keystore"
	"github.com/keystake/keystake/seal"
	"github.com/keystake/keystake/tbls"
)

// fastKDF keeps share keystores cheap in tests; real splits use the
// EIP-2335 default scrypt parameters.
var fastKDF = []keystore.Option{keystore.WithScryptParams(1<<10, 8, 1)}

func request(n, t int) Request {
	req := Request{
		Name:            "test",
		Network:         cluster.Network{Name: "hoodi", ForkVersion: cluster.Bytes{0x10, 0x00, 0x09, 0x10}},
		Threshold:       t,
		FeeRecipient:    bytes.Repeat([]byte{0x11}, 20),
		KeystoreOptions: fastKDF,
	}
	for i := 1; i <= n; i++ {
		req.Operators = append(req.Operators, cluster.Operator{Index: i, ID: fmt.Sprintf("op-%d", i)})
	}
	return req
}

// openShares decrypts the share keystores of a split's output.
func openShares(t *testing.T, files []File, n int) []*tbls.SecretKey {
	t.Helper()
	byName := make(map[string][]byte)
	for _, f := range files {
		byName[f.Name] = f.Data
		if f.Name != ClusterFile && f.Mode != 0o600 {
			t.Errorf("%s has mode %v, want 0600", f.Name, f.Mode)
		}
	}
	shares := make([]*tbls.SecretKey, n)
	for i := 1; i <= n; i++ {
		ks, err := keystore.Parse(byName[ShareFile(i)])
		if err != nil {
			t.Fatalf("share %d keystore: %v", i, err)
		}
		secret, err := ks.Decrypt(strings.TrimSpace(string(byName[PasswordFile(i)])))
		if err != nil {
			t.Fatalf("decrypt share %d: %v", i, err)
		}
		if shares[i-1], err = tbls.SecretKeyFromBytes(secret); err != nil {
			t.Fatal(err)
		}
	}
	return shares
}

// subsets calls f with every k-subset of 1..n.
func subsets(n, k int, f func([]int)) {
	var rec func(start int, cur []int)
	rec = func(start int, cur []int) {
		if len(cur) == k {
			f(append([]int(nil), cur...))
			return
		}
		for i := start; i <= n; i++ {
			rec(i+1, append(cur, i))
		}
	}
	rec(1, nil)
}

// TestSplitEverySubset checks, for 3-of-4 and 5-of-7, that every t-subset of
// share keystores signs a message whose recovered signature equals the
// original key's signature and verifies under blst, that every such subset
// combines back into the original key, and that no (t-1)-subset does either.
func TestSplitEverySubset(t *testing.T) {
	for _, c := range []struct{ n, t int }{{4, 3}, {7, 5}} {
		t.Run(fmt.Sprintf("%d-of-%d", c.t, c.n), func(t *testing.T) {
			sk := tbls.GenerateSecretKey()
			def, files, err := Split(sk, request(c.n, c.t))
			if err != nil {
				t.Fatal(err)
			}
			pk := sk.PublicKey()
			if !bytes.Equal(def.Validators[0].PublicKey, pk[:]) {
				t.Fatal("cluster pubkey differs from the key's")
			}
			if _, err := cluster.Parse(files[0].Data); err != nil {
				t.Fatalf("written cluster.json does not parse: %v", err)
			}
			shares := openShares(t, files, c.n)
			msg := []byte("signing root")
			want := sk.Sign(msg)

			subsets(c.n, c.t, func(set []int) {
				partials := make(map[int]tbls.Signature)
				var keys []*tbls.SecretKey
				for _, i := range set {
					partials[i] = shares[i-1].Sign(msg)
					keys = append(keys, shares[i-1])
				}
				sig, err := tbls.RecoverSignature(partials)
				if err != nil || sig != want {
					t.Fatalf("subset %v: recovered signature differs from the key's (%v)", set, err)
				}
				if err := blstcheck.Verify(pk[:], msg, sig[:]); err != nil {
					t.Fatalf("subset %v: %v", set, err)
				}
				got, _, err := Combine(def, keys)
				if err != nil || !got.Equal(sk) {
					t.Fatalf("subset %v: combine: %v", set, err)
				}
			})
			subsets(c.n, c.t-1, func(set []int) {
				partials := make(map[int]tbls.Signature)
				var keys []*tbls.SecretKey
				for _, i := range set {
					partials[i] = shares[i-1].Sign(msg)
					keys = append(keys, shares[i-1])
				}
				if sig, err := tbls.RecoverSignature(partials); err == nil && tbls.Verify(pk, msg, sig) == nil {
					t.Fatalf("subset %v of t-1 shares produced a valid signature", set)
				}
				if _, _, err := Combine(def, keys); err == nil {
					t.Fatalf("subset %v of t-1 shares combined", set)
				}
			})
		})
	}
}

func TestSplitRejects(t *testing.T) {
	sk := tbls.GenerateSecretKey()
	cases := []struct {
		name   string
		mutate func(*Request)
		want   string
	}{
		{"threshold too low", func(r *Request) { r.Threshold = 1 }, "between 2"},
		{"threshold above n", func(r *Request) { r.Threshold = 5 }, "between 2"},
		{"two operators", func(r *Request) { r.Operators = r.Operators[:2]; r.Threshold = 2 }, "at least 3"},
		{"duplicate operator", func(r *Request) { r.Operators[1].ID = "op-1" }, "duplicate operator id"},
		{"seal without keys", func(r *Request) { r.Seal = true }, "no encryption public key"},
		{"bad fee recipient", func(r *Request) { r.FeeRecipient = []byte{1} }, "fee_recipient"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			req := request(4, 3)
			c.mutate(&req)
			_, files, err := Split(sk, req)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("got %v, want an error containing %q", err, c.want)
			}
			if files != nil {
				t.Fatal("files returned with an error")
			}
		})
	}
}

func TestSealedShares(t *testing.T) {
	sk := tbls.GenerateSecretKey()
	req := request(4, 3)
	req.Seal = true
	keys := make([]*seal.PrivateKey, 4)
	for i := range keys {
		k, err := seal.GenerateKey()
		if err != nil {
			t.Fatal(err)
		}
		keys[i] = k
		req.Operators[i].EncryptionKey = k.PublicKey()
	}
	def, files, err := Split(sk, req)
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != 5 {
		t.Fatalf("%d files, want cluster.json and 4 sealed shares", len(files))
	}
	var shares []*tbls.SecretKey
	var sealed []*SealedShare
	for i := 1; i <= 4; i++ {
		s, err := ParseSealedShare(files[i].Data)
		if err != nil {
			t.Fatal(err)
		}
		if files[i].Name != SealedShareFile(i) || s.OperatorIndex != i {
			t.Fatalf("file %s holds operator %d's share", files[i].Name, s.OperatorIndex)
		}
		share, err := s.Open(keys[i-1])
		if err != nil {
			t.Fatalf("operator %d opens its share: %v", i, err)
		}
		if _, err := s.Open(keys[i%4]); err == nil {
			t.Fatalf("operator %d opened operator %d's share", i%4+1, i)
		}
		shares = append(shares, share)
		sealed = append(sealed, s)
	}
	got, _, err := Combine(def, shares[1:])
	if err != nil || !got.Equal(sk) {
		t.Fatalf("combine sealed shares: %v", err)
	}

	// A share relabelled as another operator's does not open: the index is
	// bound into the HPKE context.
	relabelled := *sealed[0]
	relabelled.OperatorIndex = 2
	if _, err := relabelled.Open(keys[0]); err == nil {
		t.Fatal("relabelled sealed share opened")
	}
	if _, err := ParseSealedShare([]byte(`{"version":"keystake/sealed-share/v0"}`)); err == nil {
		t.Fatal("unknown sealed share version accepted")
	}
}

func TestCombineRejects(t *testing.T) {
	sk := tbls.GenerateSecretKey()
	def, files, err := Split(sk, request(4, 3))
	if err != nil {
		t.Fatal(err)
	}
	shares := openShares(t, files, 4)
	stranger := tbls.GenerateSecretKey()
	cases := []struct {
		name   string
		shares []*tbls.SecretKey
		want   string
	}{
		{"too few", shares[:2], "at least 3"},
		{"duplicate", []*tbls.SecretKey{shares[0], shares[0], shares[1]}, "given twice"},
		{"foreign share", []*tbls.SecretKey{shares[0], shares[1], stranger}, "not a share"},
	}
	for _, c := range cases {
		if _, _, err := Combine(def, c.shares); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: got %v, want an error containing %q", c.name, err, c.want)
		}
	}
}

func FuzzParseSealedShare(f *testing.F) {
	f.Add([]byte(`{"version":"keystake/sealed-share/v1"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := ParseSealedShare(data)
		if err == nil && s.OperatorIndex < 1 {
			t.Fatal("accepted an invalid operator index")
		}
	})
}

func TestSplitAll(t *testing.T) {
	keys := []*tbls.SecretKey{tbls.GenerateSecretKey(), tbls.GenerateSecretKey(), tbls.GenerateSecretKey()}
	def, files, err := SplitAll(keys, request(4, 3))
	if err != nil {
		t.Fatal(err)
	}
	if len(def.Validators) != 3 || len(files) != 1+3*4*2 {
		t.Fatalf("%d validators, %d files", len(def.Validators), len(files))
	}
	byName := make(map[string][]byte)
	for _, f := range files {
		byName[f.Name] = f.Data
	}
	for v, sk := range keys {
		var shares []*tbls.SecretKey
		for _, i := range []int{1, 3, 4} {
			ks, err := keystore.Parse(byName[fmt.Sprintf("share-%d-%d.json", i, v+1)])
			if err != nil {
				t.Fatal(err)
			}
			secret, err := ks.Decrypt(strings.TrimSpace(string(byName[fmt.Sprintf("share-%d-%d.password", i, v+1)])))
			if err != nil {
				t.Fatal(err)
			}
			share, _ := tbls.SecretKeyFromBytes(secret)
			shares = append(shares, share)
		}
		got, pos, err := Combine(def, shares)
		if err != nil || pos != v || !got.Equal(sk) {
			t.Fatalf("validator %d: combine gave position %d, %v", v, pos, err)
		}
	}
}
