package dkg

import (
	"bytes"
	"strings"
	"testing"
)

func TestDefinitionRoundTrip(t *testing.T) {
	def, _ := testDefinition(t, 4, 3, 5)
	data, err := def.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	got, err := ParseDefinition(data)
	if err != nil {
		t.Fatal(err)
	}
	if got.ComputeHash() != def.ComputeHash() || !bytes.Equal(got.Hash, def.Hash) {
		t.Fatal("hash changed in a round trip")
	}
}

func TestDefinitionRejects(t *testing.T) {
	def, ids := testDefinition(t, 4, 3, 1)
	tests := []struct {
		name string
		edit func(d *Definition)
		want string
	}{
		{"edited after signing", func(d *Definition) { d.Validators = 2 }, "hash does not match"},
		{"signed by someone else", func(d *Definition) { d.Signature[0] ^= 1 }, "signature does not verify"},
		{"threshold not a majority", func(d *Definition) { d.Threshold = 2 }, "more than half"},
		{"BLS withdrawal credentials", func(d *Definition) { d.WithdrawalCredentials[0] = 0 }, "want 0x01 or 0x02"},
		{"too many validators", func(d *Definition) { d.Validators = MaxValidators + 1 }, "num_validators"},
		{"amount too small", func(d *Definition) { d.DepositAmount = 1 }, "deposit_amount_gwei"},
		{"wrong fork version", func(d *Definition) { d.Network.ForkVersion = []byte{0, 0, 0, 0} }, "fork version"},
		{"duplicate key", func(d *Definition) { d.Operators[1].IdentityKey = d.Operators[0].IdentityKey }, "used twice"},
		{"missing encryption key", func(d *Definition) { d.Operators[2].EncryptionKey = nil }, "encryption_public_key"},
		{"creator out of range", func(d *Definition) { d.Creator = 9 }, "creator 9"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			data, _ := def.Marshal()
			d, err := ParseDefinition(data)
			if err != nil {
				t.Fatal(err)
			}
			tc.edit(d)
			data, _ = d.Marshal()
			_, err = ParseDefinition(data)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %v, want %q", err, tc.want)
			}
		})
	}
	if err := def.Sign(ids[1].Signing); err == nil || !strings.Contains(err.Error(), "not the identity key of creator") {
		t.Fatalf("signing with a non-creator key: %v", err)
	}
	if _, err := ParseDefinition([]byte(`{"version":"keystake/dkg/v1","extra":1}`)); err == nil {
		t.Fatal("unknown field accepted")
	}
}

func FuzzParseDefinition(f *testing.F) {
	def, _ := testDefinition(f, 4, 3, 1)
	data, _ := def.Marshal()
	f.Add(data)
	f.Fuzz(func(t *testing.T, b []byte) {
		d, err := ParseDefinition(b)
		if err != nil {
			return
		}
		if err := d.Verify(); err != nil {
			t.Fatalf("parsed definition does not verify: %v", err)
		}
	})
}
