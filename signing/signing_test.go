package signing

import (
	"testing"

	"github.com/attestantio/go-eth2-client/spec/phase0"

	"github.com/keystake/keystake/deposit"
	"github.com/keystake/keystake/tbls"
)

// TestAgainstDeposit checks the domain and signing root against package
// deposit's hand-written SSZ (an independent implementation) on a deposit
// message.
func TestAgainstDeposit(t *testing.T) {
	sk := tbls.GenerateSecretKey()
	pk := sk.PublicKey()
	var wc [32]byte
	wc[0] = 1
	fork := phase0.Version{0x10, 0x00, 0x09, 0x10}
	dom, err := Domain(DomainDeposit, fork, phase0.Root{})
	if err != nil {
		t.Fatal(err)
	}
	if want := deposit.DepositDomain(fork); want != [32]byte(dom) {
		t.Fatalf("domain %x, deposit package says %x", dom, want)
	}
	msg := &phase0.DepositMessage{PublicKey: phase0.BLSPubKey(pk), WithdrawalCredentials: wc[:], Amount: 32_000_000_000}
	root, err := Root(msg, dom)
	if err != nil {
		t.Fatal(err)
	}
	if want := deposit.DepositSigningRoot(pk, wc, 32_000_000_000, fork); want != [32]byte(root) {
		t.Fatalf("signing root %x, deposit package says %x", root, want)
	}
}

// TestUint64Root: an SSZ uint64's root is its little-endian bytes padded to
// 32, as the RANDAO reveal's epoch is hashed.
func TestUint64Root(t *testing.T) {
	got, _ := Uint64(0x0102030405060708).HashTreeRoot()
	want := [32]byte{8, 7, 6, 5, 4, 3, 2, 1}
	if got != want {
		t.Fatalf("root %x, want %x", got, want)
	}
}
