package deposit

import (
	"testing"

	"github.com/attestantio/go-eth2-client/spec/phase0"
	blst "github.com/supranational/blst/bindings/go"

	"github.com/keystake/keystake/tbls"
)

// Ethereum's BLS ciphersuite (minimal-pubkey-size, proof of possession).
var ethDST = []byte("BLS_SIG_BLS12381G2_XMD:SHA-256_SSWU_RO_POP_")

// blstVerify checks d's signature with blst over a signing root built with
// go-eth2-client: independent of tbls (herumi) and of this package's SSZ.
func blstVerify(t *testing.T, d *Data) bool {
	t.Helper()
	pk, sig := d.PublicKey, d.Signature
	p := new(blst.P1Affine).Uncompress(pk[:])
	s := new(blst.P2Affine).Uncompress(sig[:])
	if p == nil || s == nil {
		t.Fatalf("blst cannot decode pubkey or signature of %s", short(pk))
	}
	root := referenceSigningRoot(t, d)
	if d.SigningRoot() != root {
		t.Errorf("%s: SigningRoot() = %x, go-eth2-client gives %x", short(pk), d.SigningRoot(), root)
	}
	return s.Verify(true, p, true, root[:], ethDST)
}

// referenceSigningRoot is compute_signing_root(DepositMessage,
// compute_domain(DOMAIN_DEPOSIT, fork_version)) with go-eth2-client's SSZ.
func referenceSigningRoot(t *testing.T, d *Data) [32]byte {
	t.Helper()
	msg := &phase0.DepositMessage{PublicKey: phase0.BLSPubKey(d.PublicKey),
		WithdrawalCredentials: d.WithdrawalCredentials[:], Amount: phase0.Gwei(d.Amount)}
	msgRoot, err := msg.HashTreeRoot()
	if err != nil {
		t.Fatal(err)
	}
	fork := &phase0.ForkData{CurrentVersion: phase0.Version(d.ForkVersion)}
	forkRoot, err := fork.HashTreeRoot()
	if err != nil {
		t.Fatal(err)
	}
	domain := phase0.Domain{0x03}
	copy(domain[4:], forkRoot[:28])
	root, err := (&phase0.SigningData{ObjectRoot: msgRoot, Domain: domain}).HashTreeRoot()
	if err != nil {
		t.Fatal(err)
	}
	return root
}

func TestSignaturesVerifyUnderBlst(t *testing.T) {
	var all []*Data
	for _, v := range vectorFiles {
		entries, err := ParseFile([]byte(v.json))
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, entries...)
	}
	sk := tbls.GenerateSecretKey()
	for _, wc := range [][32]byte{
		mustBLSCredentials(t, tbls.GenerateSecretKey().PublicKey()),
		ExecutionWithdrawalCredentials(Address{0x11}),
		CompoundingWithdrawalCredentials(Address{0x22}),
	} {
		for _, n := range []Network{Mainnet, Hoodi, Sepolia} {
			d, err := Sign(sk, wc, DefaultAmount, n)
			if err != nil {
				t.Fatal(err)
			}
			all = append(all, d)
		}
	}
	for i, d := range all {
		if !blstVerify(t, d) {
			t.Errorf("deposit %d (%s, %s): blst rejects the signature", i, short(d.PublicKey), d.NetworkName)
		}
	}

	// And blst rejects what Verify rejects: the same signature on another
	// fork version.
	d := *all[len(all)-1]
	d.ForkVersion = Mainnet.ForkVersion
	d.NetworkName = Mainnet.Name
	if blstVerify(t, &d) {
		t.Error("blst accepts a Sepolia signature as a mainnet one")
	}
}

func mustBLSCredentials(t testing.TB, pk tbls.PublicKey) [32]byte {
	t.Helper()
	wc, err := BLSWithdrawalCredentials(pk)
	if err != nil {
		t.Fatal(err)
	}
	return wc
}
