package deposit

import (
	"errors"
	"strings"
	"testing"

	"github.com/keystake/keystake/tbls"
)

// The threshold flow: shares sign the root, the group signature is
// recovered from any threshold of partials, and New checks it.
func TestNewWithThresholdSigner(t *testing.T) {
	sk := tbls.GenerateSecretKey()
	split, err := tbls.SplitSecret(sk, 4, 3)
	if err != nil {
		t.Fatal(err)
	}
	wc := ExecutionWithdrawalCredentials(Address{0x42})
	sign := func(root [32]byte) (tbls.Signature, error) {
		partials := make(map[int]tbls.Signature)
		for _, i := range []int{1, 2, 4} {
			partials[i] = split.Shares[i].Sign(root[:])
		}
		return tbls.RecoverSignature(partials)
	}
	got, err := New(split.Commitments[0], wc, DefaultAmount, Hoodi, sign)
	if err != nil {
		t.Fatal(err)
	}
	want, err := Sign(sk, wc, DefaultAmount, Hoodi)
	if err != nil {
		t.Fatal(err)
	}
	if *got != *want {
		t.Errorf("threshold deposit differs from the single-key one:\n%+v\n%+v", got, want)
	}
}

func TestNewChecksBeforeAndAfterSigning(t *testing.T) {
	sk := tbls.GenerateSecretKey()
	pk := sk.PublicKey()
	exec := ExecutionWithdrawalCredentials(Address{1})
	good := func(root [32]byte) (tbls.Signature, error) { return sk.Sign(root[:]), nil }
	calls := 0
	counting := func(root [32]byte) (tbls.Signature, error) { calls++; return good(root) }
	var badPK tbls.PublicKey
	badPK[0] = 0xff
	tests := []struct {
		name    string
		pk      tbls.PublicKey
		wc      [32]byte
		amount  uint64
		network Network
		sign    SignFunc
		want    string
	}{
		{"amount too high", pk, exec, 33 * GweiPerETH, Mainnet, counting, "amount: 33 ETH is above the 32 ETH maximum"},
		{"amount too low", pk, exec, 1, Mainnet, counting, "below the 1 ETH minimum"},
		{"unknown prefix", pk, [32]byte{0x07}, DefaultAmount, Mainnet, counting, "unknown prefix 0x07"},
		{"zero network", pk, exec, DefaultAmount, Network{}, counting, "network: network name"},
		{"mislabelled network", pk, exec, DefaultAmount, Network{Name: "mainnet", ForkVersion: Hoodi.ForkVersion}, counting,
			`network "mainnet" has fork version 0x00000000`},
		{"invalid pubkey", badPK, exec, DefaultAmount, Mainnet, counting, "pubkey: invalid BLS key"},
		{"nil signer", pk, exec, DefaultAmount, Mainnet, nil, "nil signing function"},
		{"signer fails", pk, exec, DefaultAmount, Mainnet,
			func([32]byte) (tbls.Signature, error) { return tbls.Signature{}, errors.New("quorum lost") }, "quorum lost"},
		{"wrong key signs", pk, exec, DefaultAmount, Mainnet,
			func(root [32]byte) (tbls.Signature, error) { return tbls.GenerateSecretKey().Sign(root[:]), nil },
			"signature does not verify"},
		{"signer signs for another network", pk, exec, DefaultAmount, Mainnet,
			func([32]byte) (tbls.Signature, error) {
				root := DepositSigningRoot(pk, exec, DefaultAmount, Hoodi.ForkVersion)
				return sk.Sign(root[:]), nil
			}, "signature does not verify"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			calls = 0
			d, err := New(tt.pk, tt.wc, tt.amount, tt.network, tt.sign)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("New = %v, %v; want an error mentioning %q", d, err, tt.want)
			}
			if calls != 0 {
				t.Errorf("the signer was asked to sign invalid input")
			}
		})
	}
	if _, err := Sign(nil, exec, DefaultAmount, Mainnet); err == nil {
		t.Error("Sign(nil key) succeeded")
	}
}
