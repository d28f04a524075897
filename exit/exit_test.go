package exit

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/attestantio/go-eth2-client/spec/phase0"

	"github.com/keystake/keystake/cluster"
	"github.com/keystake/keystake/internal/blstcheck"
	"github.com/keystake/keystake/signing"
	"github.com/keystake/keystake/tbls"
)

var testNetwork = Network{CapellaForkVersion: phase0.Version{0x40, 0, 0, 0x20}, GenesisValidatorsRoot: phase0.Root{7}}

// fixture is a 3-of-4 cluster with one validator and its shares.
func fixture(t *testing.T) (*cluster.Definition, phase0.BLSPubKey, map[int]*tbls.SecretKey) {
	t.Helper()
	sk := tbls.GenerateSecretKey()
	split, err := tbls.SplitSecret(sk, 4, 3)
	if err != nil {
		t.Fatal(err)
	}
	pk := sk.PublicKey()
	def := &cluster.Definition{
		Name:      "exit-test",
		Network:   cluster.Network{Name: "hoodi", ForkVersion: cluster.Bytes{0x10, 0x00, 0x09, 0x10}},
		Threshold: 3,
	}
	v := cluster.Validator{PublicKey: pk[:], FeeRecipient: bytes.Repeat([]byte{1}, 20)}
	for i := 1; i <= 4; i++ {
		def.Operators = append(def.Operators, cluster.Operator{Index: i, ID: fmt.Sprintf("op-%d", i)})
		ps := split.PublicShares[i]
		v.PublicShares = append(v.PublicShares, ps[:])
	}
	def.Validators = []cluster.Validator{v}
	if err := def.Finalize(); err != nil {
		t.Fatal(err)
	}
	return def, phase0.BLSPubKey(pk), split.Shares
}

func partials(t *testing.T, def *cluster.Definition, pk phase0.BLSPubKey, shares map[int]*tbls.SecretKey, e *phase0.VoluntaryExit, ops ...int) []*Partial {
	t.Helper()
	var out []*Partial
	for _, op := range ops {
		p, err := Sign(def, op, pk, shares[op], e, testNetwork)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, p)
	}
	return out
}

// TestCombine: any 3 of the 4 partial exits, through their JSON files,
// give a signed exit that blst verifies under the validator's key with the
// Capella-fork domain EIP-7044 prescribes.
func TestCombine(t *testing.T) {
	def, pk, shares := fixture(t)
	e := &phase0.VoluntaryExit{Epoch: 12, ValidatorIndex: 99}
	for _, ops := range [][]int{{1, 2, 3}, {2, 3, 4}, {1, 3, 4}, {1, 2, 3, 4}} {
		var files []*Partial
		for _, p := range partials(t, def, pk, shares, e, ops...) {
			data, err := json.Marshal(p)
			if err != nil {
				t.Fatal(err)
			}
			var back Partial
			if err := json.Unmarshal(data, &back); err != nil {
				t.Fatalf("partial exit file does not decode: %v\n%s", err, data)
			}
			files = append(files, &back)
		}
		signed, err := Combine(def, files)
		if err != nil {
			t.Fatalf("operators %v: %v", ops, err)
		}
		domain, _ := signing.Domain(phase0.DomainType{4, 0, 0, 0}, testNetwork.CapellaForkVersion, testNetwork.GenesisValidatorsRoot)
		root, _ := signing.Root(e, domain)
		if err := blstcheck.Verify(pk[:], root[:], signed.Signature[:]); err != nil {
			t.Fatalf("operators %v: signed exit fails under blst: %v", ops, err)
		}
	}
}

func TestCombineErrors(t *testing.T) {
	def, pk, shares := fixture(t)
	e := &phase0.VoluntaryExit{Epoch: 12, ValidatorIndex: 99}
	good := partials(t, def, pk, shares, e, 1, 2, 3, 4)
	forged := *good[1]
	forged.Signature = tbls.GenerateSecretKey().Sign([]byte("x"))
	otherEpoch := partials(t, def, pk, shares, &phase0.VoluntaryExit{Epoch: 13, ValidatorIndex: 99}, 3)[0]
	for _, c := range []struct {
		name     string
		partials []*Partial
		want     string // "" means success
	}{
		{"a forged partial among four is left out", []*Partial{good[0], &forged, good[2], good[3]}, ""},
		{"a forged partial among three is named", []*Partial{good[0], &forged, good[2]}, "operator 2: invalid partial signature"},
		{"too few", good[:2], "2 valid partial exits, 3 needed"},
		{"different exits", []*Partial{good[0], good[1], otherEpoch}, "exit at epoch 13"},
		{"none", nil, "no partial exits"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := Combine(def, c.partials)
			if c.want == "" {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("error %v, want one containing %q", err, c.want)
			}
		})
	}
}

// TestSignChecksShare: an operator cannot make a partial with a share that
// is not its own.
func TestSignChecksShare(t *testing.T) {
	def, pk, shares := fixture(t)
	if _, err := Sign(def, 1, pk, shares[2], &phase0.VoluntaryExit{}, testNetwork); err == nil {
		t.Fatal("signed with operator 2's share as operator 1")
	}
}

func FuzzPartialJSON(f *testing.F) {
	f.Add([]byte(`{"operator":1,"partial_signature":"0x00"}`))
	f.Add([]byte(`{}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var p Partial
		if json.Unmarshal(b, &p) != nil {
			return
		}
		if _, err := tbls.SignatureFromBytes(p.Signature[:]); err != nil {
			t.Fatalf("decoded a partial with an invalid signature: %v", err)
		}
	})
}
