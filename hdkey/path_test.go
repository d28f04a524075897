package hdkey

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	mrand "math/rand/v2"
	"reflect"
	"strings"
	"testing"

	e2types "github.com/wealdtech/go-eth2-types/v2"
	util "github.com/wealdtech/go-eth2-util"
)

func TestParsePath(t *testing.T) {
	tests := []struct {
		in   string
		want Path
	}{
		{"m", Path{}},
		{"m/0", Path{0}},
		{"m/12381/3600/0/0/0", Path{12381, 3600, 0, 0, 0}},
		{"m/12381/3600/7/0", Path{12381, 3600, 7, 0}},
		{"m/4294967295", Path{4294967295}},
		{"m/12381/60/3141592653/589793238", Path{12381, 60, 3141592653, 589793238}}, // other purposes allowed
		{"m/" + strings.Repeat("1/", MaxPathDepth-1) + "1", Path{1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1}},
	}
	for _, tc := range tests {
		got, err := ParsePath(tc.in)
		if err != nil {
			t.Errorf("ParsePath(%q): %v", tc.in, err)
			continue
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("ParsePath(%q) = %v, want %v", tc.in, got, tc.want)
		}
		if got.String() != tc.in {
			t.Errorf("ParsePath(%q).String() = %q", tc.in, got.String())
		}
	}
}

func TestParsePathRejects(t *testing.T) {
	for _, in := range []string{
		"",
		"M/0",
		"12381/3600/0/0/0",  // missing m
		"/12381/3600/0/0/0", // empty master
		"m/",                // trailing slash
		"m//0",              // empty level
		"m/12381/3600/0/0/", // trailing slash
		"m/abc",             // non-numeric
		"m/12381/3600/0x1",  // hex
		"m/-1",              // sign
		"m/+1",              // sign
		"m/ 1",              // whitespace
		"m/1 ",              // whitespace
		"m/01",              // leading zero
		"m/4294967296",      // 2^32
		"m/99999999999999999999999",
		"m/12381'/3600'/0'", // hardened marker
		"m/1/m",
		"m/١", // non-ASCII digit
		"m/" + strings.Repeat("1/", MaxPathDepth) + "1", // too deep
	} {
		if _, err := ParsePath(in); !errors.Is(err, ErrInvalidPath) {
			t.Errorf("ParsePath(%q) = %v, want ErrInvalidPath", in, err)
		}
		if _, err := DerivePath(make([]byte, 32), in); err == nil {
			t.Errorf("DerivePath accepted %q", in)
		}
	}
}

func TestEIP2334Paths(t *testing.T) {
	if got := SigningKeyPath(0); got != "m/12381/3600/0/0/0" {
		t.Errorf("SigningKeyPath(0) = %q", got)
	}
	if got := WithdrawalKeyPath(0); got != "m/12381/3600/0/0" {
		t.Errorf("WithdrawalKeyPath(0) = %q", got)
	}
	if got := SigningKeyPath(4294967295); got != "m/12381/3600/4294967295/0/0" {
		t.Errorf("SigningKeyPath(max) = %q", got)
	}
	// EIP-2334: the signing key is child 0 of the withdrawal key.
	seed := mustHex(t, eip2333Vectors[0].seed)
	withdrawal, err := DerivePath(seed, WithdrawalKeyPath(3))
	if err != nil {
		t.Fatal(err)
	}
	child, err := DeriveChildSK(withdrawal, 0)
	if err != nil {
		t.Fatal(err)
	}
	signing, err := DerivePath(seed, SigningKeyPath(3))
	if err != nil {
		t.Fatal(err)
	}
	if !child.Equal(signing) {
		t.Fatal("signing key is not child 0 of the withdrawal key")
	}
}

// TestThirdPartyVectors checks seed -> path -> key/public key vectors that
// MyEtherWallet's EIP-2333 implementation (mew-wallet-ios-kit,
// EIP2333Tests.swift) publishes. The first has a child key with a leading
// zero byte, which exercises the left padding of short scalars.
func TestThirdPartyVectors(t *testing.T) {
	const seedB1 = "b1d2d33674c04b178d4bcdbcc18659a03bcdc2ab5c189b1ad46c7dec7a322e63ed2f9e71dd958a2dda71489e747785e553aeba07f020f8972cbaa4529e0be1f6"
	sk, err := DerivePath(mustHex(t, seedB1), "m/0")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := hex.EncodeToString(sk.Bytes()), "007bee2a75dea2715aa35bfe5b572a75613c86d1d849de8553b282bb0b4e2f42"; got != want {
		t.Errorf("child key = %s, want %s", got, want)
	}
	master, err := DeriveMasterSK(mustHex(t, seedB1))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := decimal(master), "20622391184523430372800738928649485045191877345701887243502519409331883080447"; got != want {
		t.Errorf("master key = %s, want %s", got, want)
	}

	pubVectors := []struct{ seed, path, pubkey string }{
		{seedB1, "m/0", "90a978fdcd88e5f74a0169dad60e04fff304072b1b25a4801fb6c9d699367fa76dc88c672727af2e6bdc20b9ee82c990"},
		{seedB1, "m/12381/3600/2/10000", "b8546c5936984c6f7e4255242eb538a5b2bf6579bf84825fd51d3bf3e965f95db9a63acbff6ce47cf59b3c4ad5bc5d0e"},
		{"79e842ee702d3d30a22be674896ed778b11d059b6101fc15251ded0fd152c3f31c41c2821d1a4dbc0f879bf1ebe54337e43e74ec20891522fb6921b3641e6cdf", "m/0", "895f737259fc6dfb34893afbbab3dc3c92eaaeb38397138df2f27616dbf58c49af027380b71977b7a611604f4fcb591f"},
		{"55e2e6d3f8d7482769497c3a1331d37d9a9235e4c717e9681febc0337d95a0ac11a6c253c984644d739fbd3602c981acca8faa347543ad7d4e2de942841e7a2f", "m/0", "b25f21ce7267912a635ad0dfcee266dfccfd778cf1e6d679d5302e295a966ca56675faefbfbaf5f83b616e9339c4e1e3"},
	}
	for _, v := range pubVectors {
		sk, err := DerivePath(mustHex(t, v.seed), v.path)
		if err != nil {
			t.Fatalf("DerivePath(%s): %v", v.path, err)
		}
		pk := sk.PublicKey()
		if got := hex.EncodeToString(pk[:]); got != v.pubkey {
			t.Errorf("seed %s... path %s: pubkey %s, want %s", v.seed[:8], v.path, got, v.pubkey)
		}
	}
}

// TestCrossCheckWealdtech compares random seeds and paths against
// go-eth2-util's independent EIP-2333/2334 implementation.
func TestCrossCheckWealdtech(t *testing.T) {
	if err := e2types.InitBLS(); err != nil {
		t.Fatal(err)
	}
	rng := mrand.New(mrand.NewPCG(1, 2))
	n := 20
	if testing.Short() {
		n = 5
	}
	for i := range n {
		seed := make([]byte, 32+32*(i%2))
		if _, err := rand.Read(seed); err != nil {
			t.Fatal(err)
		}
		path := randomPath(rng)
		ours, err := DerivePath(seed, path)
		if err != nil {
			t.Fatalf("DerivePath(%s): %v", path, err)
		}
		theirs, err := util.PrivateKeyFromSeedAndPath(seed, path)
		if err != nil {
			t.Fatalf("wealdtech PrivateKeyFromSeedAndPath(%s): %v", path, err)
		}
		if got, want := hex.EncodeToString(ours.Bytes()), hex.EncodeToString(theirs.Marshal()); got != want {
			t.Fatalf("seed %x path %s: key %s, wealdtech %s", seed, path, got, want)
		}
		pk := ours.PublicKey()
		if got, want := hex.EncodeToString(pk[:]), hex.EncodeToString(theirs.PublicKey().Marshal()); got != want {
			t.Fatalf("seed %x path %s: pubkey %s, wealdtech %s", seed, path, got, want)
		}
	}
}

func randomPath(rng *mrand.Rand) string {
	switch rng.IntN(4) {
	case 0:
		return SigningKeyPath(rng.Uint32N(1000))
	case 1:
		return WithdrawalKeyPath(rng.Uint32())
	default:
		depth := rng.IntN(6)
		var b strings.Builder
		b.WriteString("m")
		for range depth {
			fmt.Fprintf(&b, "/%d", rng.Uint32())
		}
		return b.String()
	}
}
