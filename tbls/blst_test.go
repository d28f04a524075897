package tbls

// Cross-checks against blst, an independent implementation of the same
// ciphersuite (min-pk: public keys in G1, signatures in G2).

import (
	"errors"
	"fmt"
	"testing"

	blst "github.com/supranational/blst/bindings/go"
)

var blstDST = []byte("BLS_SIG_BLS12381G2_XMD:SHA-256_SSWU_RO_POP_")

func blstSecretKey(t testing.TB, sk *SecretKey) *blst.SecretKey {
	t.Helper()
	b := sk.Bytes()
	defer zero(b)
	k := new(blst.SecretKey).Deserialize(b)
	if k == nil {
		t.Fatal("blst rejects a tbls secret key")
	}
	return k
}

func blstPublicKey(pk PublicKey) (*blst.P1Affine, error) {
	p := new(blst.P1Affine).Uncompress(pk[:])
	if p == nil || !p.KeyValidate() {
		return nil, errors.New("blst rejects the public key")
	}
	return p, nil
}

// blstVerify verifies with blst, checking subgroups of both points.
func blstVerify(pk PublicKey, msg []byte, sig Signature) error {
	p, err := blstPublicKey(pk)
	if err != nil {
		return err
	}
	s := new(blst.P2Affine).Uncompress(sig[:])
	if s == nil {
		return errors.New("blst cannot decompress the signature")
	}
	if !s.Verify(true, p, true, msg, blstDST) {
		return errors.New("blst: signature does not verify")
	}
	return nil
}

func verifyAggregateSameMessage(pks []PublicKey, msg []byte, sig Signature) error {
	ps := make([]*blst.P1Affine, len(pks))
	for i := range pks {
		p, err := blstPublicKey(pks[i])
		if err != nil {
			return err
		}
		ps[i] = p
	}
	s := new(blst.P2Affine).Uncompress(sig[:])
	if s == nil || !s.FastAggregateVerify(true, ps, msg, blstDST) {
		return errors.New("blst: aggregate does not verify")
	}
	return nil
}

func TestBlstSignaturesIdentical(t *testing.T) {
	msgs := [][]byte{nil, {}, make([]byte, 32), []byte("attestation"), make([]byte, 1000)}
	for k := 0; k < 8; k++ {
		sk := GenerateSecretKey()
		bsk := blstSecretKey(t, sk)
		pk := sk.PublicKey()
		if got := new(blst.P1Affine).From(bsk).Compress(); string(got) != string(pk[:]) {
			t.Fatalf("public key differs from blst's:\n tbls %x\n blst %x", pk[:], got)
		}
		for j, msg := range msgs {
			sig := sk.Sign(msg)
			want := new(blst.P2Affine).Sign(bsk, msg, blstDST).Compress()
			if string(want) != string(sig[:]) {
				t.Fatalf("key %d msg %d: signature differs from blst's", k, j)
			}
			if err := blstVerify(pk, msg, sig); err != nil {
				t.Fatalf("key %d msg %d: tbls signature fails under blst: %v", k, j, err)
			}
			if err := Verify(pk, msg, Signature(want)); err != nil {
				t.Fatalf("key %d msg %d: blst signature fails under tbls: %v", k, j, err)
			}
			if err := blstVerify(pk, append(msg, 1), sig); err == nil {
				t.Fatalf("key %d msg %d: blst accepts a signature over another message", k, j)
			}
		}
	}
}

func TestBlstRecoveredGroupSignature(t *testing.T) {
	msg := []byte("beacon attestation signing root")
	for _, c := range []struct{ n, t int }{{4, 3}, {7, 5}, {10, 7}, {13, 9}} {
		t.Run(fmt.Sprintf("%d-of-%d", c.t, c.n), func(t *testing.T) {
			sk, s := splitFixture(t, c.n, c.t)
			defer s.Zero()
			want := new(blst.P2Affine).Sign(blstSecretKey(t, sk), msg, blstDST).Compress()
			partials := map[int]Signature{}
			for i := c.n - c.t + 1; i <= c.n; i++ { // the last t shares
				partials[i] = s.Shares[i].Sign(msg)
				if err := blstVerify(s.PublicShares[i], msg, partials[i]); err != nil {
					t.Fatalf("partial %d fails under blst: %v", i, err)
				}
			}
			sig, err := RecoverSignature(partials)
			if err != nil {
				t.Fatal(err)
			}
			if string(sig[:]) != string(want) {
				t.Fatal("recovered signature differs from blst's signature with the group key")
			}
			if err := blstVerify(s.Commitments[0], msg, sig); err != nil {
				t.Fatalf("recovered signature fails under blst: %v", err)
			}
		})
	}
}
