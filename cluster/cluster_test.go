package cluster

import (
	"bytes"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/keystake/keystake/tbls"
)

// testDefinition returns a finalized 4-operator, threshold-3 cluster with
// one validator.
func testDefinition(t testing.TB) *Definition {
	t.Helper()
	sk := tbls.GenerateSecretKey()
	defer sk.Zero()
	split, err := tbls.SplitSecret(sk, 4, 3)
	if err != nil {
		t.Fatal(err)
	}
	defer split.Zero()
	v := Validator{
		PublicKey:             pkBytes(sk.PublicKey()),
		WithdrawalCredentials: append([]byte{1}, make([]byte, 31)...),
		FeeRecipient:          bytes.Repeat([]byte{0xaa}, 20),
	}
	for i := 1; i <= 4; i++ {
		v.PublicShares = append(v.PublicShares, pkBytes(split.PublicShares[i]))
	}
	d := &Definition{
		Name:      "test",
		Network:   Network{Name: "hoodi", ForkVersion: Bytes{0x10, 0x00, 0x09, 0x10}},
		Threshold: 3,
		Operators: []Operator{
			{Index: 1, ID: "op-1"}, {Index: 2, ID: "op-2"}, {Index: 3, ID: "op-3"}, {Index: 4, ID: "op-4"},
		},
		Validators: []Validator{v},
	}
	if err := d.Finalize(); err != nil {
		t.Fatal(err)
	}
	return d
}

func pkBytes(pk tbls.PublicKey) Bytes { return append(Bytes(nil), pk[:]...) }

func TestRoundTrip(t *testing.T) {
	d := testDefinition(t)
	path := filepath.Join(t.TempDir(), "cluster.json")
	if err := d.Save(path); err != nil {
		t.Fatal(err)
	}
	back, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(back.Hash, d.Hash) || back.ComputeHash() != d.ComputeHash() {
		t.Fatal("hash changed across a round trip")
	}
}

func TestValidateRejects(t *testing.T) {
	other := testDefinition(t)
	cases := []struct {
		name   string
		mutate func(d *Definition)
		want   string
	}{
		{"unknown version", func(d *Definition) { d.Version = "v0" }, "not supported"},
		{"threshold 1", func(d *Definition) { d.Threshold = 1 }, "between 2"},
		{"threshold above n", func(d *Definition) { d.Threshold = 5 }, "between 2"},
		{"threshold not a majority", func(d *Definition) { d.Threshold = 2 }, "more than half"},
		{"two operators", func(d *Definition) { d.Operators = d.Operators[:2]; d.Threshold = 2 }, "at least 3"},
		{"index out of order", func(d *Definition) { d.Operators[1].Index = 3 }, "indices 1..n"},
		{"duplicate id", func(d *Definition) { d.Operators[3].ID = "op-1" }, "duplicate operator id"},
		{"empty id", func(d *Definition) { d.Operators[0].ID = "" }, "empty id"},
		{"duplicate key", func(d *Definition) {
			d.Operators[0].EncryptionKey = make(Bytes, 32)
			d.Operators[1].EncryptionKey = make(Bytes, 32)
		}, "duplicate operator key"},
		{"short fork version", func(d *Definition) { d.Network.ForkVersion = Bytes{1} }, "fork_version"},
		{"no validators", func(d *Definition) { d.Validators = nil }, "no validators"},
		{"bad pubkey", func(d *Definition) { d.Validators[0].PublicKey = make(Bytes, 48) }, "pubkey"},
		{"missing share", func(d *Definition) {
			d.Validators[0].PublicShares = d.Validators[0].PublicShares[:3]
		}, "3 public shares"},
		{"share of another key", func(d *Definition) {
			d.Validators[0].PublicShares[3] = other.Validators[0].PublicShares[3]
		}, "not the validator pubkey"},
		{"swapped shares", func(d *Definition) {
			s := d.Validators[0].PublicShares
			s[0], s[1] = s[1], s[0]
		}, "not the validator pubkey"},
		{"bad withdrawal prefix", func(d *Definition) { d.Validators[0].WithdrawalCredentials[0] = 7 }, "prefix"},
		{"short fee recipient", func(d *Definition) { d.Validators[0].FeeRecipient = Bytes{1} }, "fee_recipient"},
		{"duplicate validator", func(d *Definition) {
			d.Validators = append(d.Validators, d.Validators[0])
		}, "same pubkey"},
		{"short supersedes", func(d *Definition) { d.Supersedes = make(Bytes, 31) }, "supersedes is 31 bytes"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := testDefinition(t)
			c.mutate(d)
			err := d.Validate()
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("got %v, want an error containing %q", err, c.want)
			}
		})
	}
}

func TestParseRejects(t *testing.T) {
	d := testDefinition(t)
	good, err := d.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Parse(good); err != nil {
		t.Fatalf("good definition rejected: %v", err)
	}
	edited := bytes.Replace(good, []byte(`"name": "test"`), []byte(`"name": "evil"`), 1)
	if _, err := Parse(edited); !errors.Is(err, ErrHashMismatch) {
		t.Errorf("edited definition: got %v, want ErrHashMismatch", err)
	}
	unknown := bytes.Replace(good, []byte(`"name": "test"`), []byte(`"name": "test", "extra": 1`), 1)
	if _, err := Parse(unknown); err == nil || !strings.Contains(err.Error(), "unknown field") {
		t.Errorf("unknown field: got %v", err)
	}
	if _, err := Parse(good[:len(good)/2]); err == nil {
		t.Error("truncated definition accepted")
	}
	if _, err := Parse(append(bytes.Clone(good), []byte("{}")...)); err == nil {
		t.Error("trailing data accepted")
	}
	if _, err := Parse([]byte(`{"version": "zz"}`)); err == nil {
		t.Error("bad version accepted")
	}
}

// TestSupersedes: the hash of the replaced cluster is part of the content
// hash when set, survives a round trip, and a cluster without it hashes
// as one written before the field existed (the field adds nothing).
func TestSupersedes(t *testing.T) {
	d := testDefinition(t)
	plain := d.ComputeHash()
	d.Supersedes = Bytes{}
	if d.ComputeHash() != plain {
		t.Fatal("an empty supersedes changed the hash")
	}
	d.Supersedes = bytes.Repeat([]byte{7}, 32)
	if err := d.Finalize(); err != nil {
		t.Fatal(err)
	}
	if [32]byte(d.Hash) == plain {
		t.Fatal("supersedes is not covered by the hash")
	}
	data, err := d.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	back, err := Parse(data)
	if err != nil || !bytes.Equal(back.Supersedes, d.Supersedes) {
		t.Fatalf("round trip: %v, supersedes %s", err, back.Supersedes)
	}
	edited := bytes.Replace(data, []byte(`"supersedes": "0x07`), []byte(`"supersedes": "0x08`), 1)
	if _, err := Parse(edited); !errors.Is(err, ErrHashMismatch) {
		t.Fatalf("edited supersedes: got %v, want ErrHashMismatch", err)
	}
	if strings.Contains(string(edited), `"supersedes": "0x07`) || !strings.Contains(string(edited), `"supersedes": "0x08`) {
		t.Fatal("the test did not edit supersedes")
	}
	none, _ := testDefinition(t).Marshal()
	if strings.Contains(string(none), "supersedes") {
		t.Fatal("supersedes written for a cluster that replaces none")
	}
}

func TestDefaultThreshold(t *testing.T) {
	for n, want := range map[int]int{4: 3, 7: 5, 10: 7, 13: 9} {
		if got := DefaultThreshold(n); got != want {
			t.Errorf("DefaultThreshold(%d) = %d, want %d", n, got, want)
		}
		if err := ValidateThreshold(n, want); err != nil {
			t.Errorf("default threshold for %d rejected: %v", n, err)
		}
	}
}

func FuzzParse(f *testing.F) {
	good, err := testDefinition(f).Marshal()
	if err != nil {
		f.Fatal(err)
	}
	f.Add(good)
	f.Add([]byte(`{}`))
	reshared := testDefinition(f)
	reshared.Supersedes = bytes.Repeat([]byte{1}, 32)
	if err := reshared.Finalize(); err != nil {
		f.Fatal(err)
	}
	if data, err := reshared.Marshal(); err == nil {
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := Parse(data)
		if err != nil {
			return
		}
		if d.Validate() != nil {
			t.Fatal("Parse accepted an invalid definition")
		}
	})
}
