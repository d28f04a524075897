package tbls

import (
	"encoding/hex"
	"errors"
	"testing"
)

// Known-answer vectors of the Ethereum BLS test suite (ethereum/bls12-381-tests
// v0.1.2, `sign` handler, CC0-1.0; the same cases ship as consensus-spec-tests
// general/phase0/bls/sign), and the public keys of its three private keys.

func mustHex(t *testing.T, s string) []byte {
	t.Helper()
	b, err := hex.DecodeString(s)
	if err != nil {
		t.Fatalf("bad hex in test vector: %v", err)
	}
	return b
}

const (
	vecKey1 = "263dbd792f5b1be47ed85f8938c0f29586af0d3ac7b977f21c278fe1462040e3"
	vecKey2 = "47b8192d77bf871b62e87859d653922725724a5c031afeabc60bcef5ff665138"
	vecKey3 = "328388aff0d4a5b7dc9205abd374e7e98f3cd9f3418edb4eafda5fb16473d216"
	vecMsg0 = "0000000000000000000000000000000000000000000000000000000000000000"
	vecMsg5 = "5656565656565656565656565656565656565656565656565656565656565656"
	vecMsgA = "abababababababababababababababababababababababababababababababab"
)

var signVectors = []struct{ name, privkey, message, signature string }{
	{"sign_case_11b8c7cad5238946", vecKey2, vecMsg0, "b23c46be3a001c63ca711f87a005c200cc550b9429d5f4eb38d74322144f1b63926da3388979e5321012fb1a0526bcd100b5ef5fe72628ce4cd5e904aeaa3279527843fae5ca9ca675f4f51ed8f83bbf7155da9ecc9663100a885d5dc6df96d9"},
	{"sign_case_142f678a8d05fcd1", vecKey2, vecMsg5, "af1390c3c47acdb37131a51216da683c509fce0e954328a59f93aebda7e4ff974ba208d9a4a2a2389f892a9d418d618418dd7f7a6bc7aa0da999a9d3a5b815bc085e14fd001f6a1948768a3f4afefc8b8240dda329f984cb345c6363272ba4fe"},
	{"sign_case_37286e1a6d1f6eb3", vecKey2, vecMsgA, "9674e2228034527f4c083206032b020310face156d4a4685e2fcaec2f6f3665aa635d90347b6ce124eb879266b1e801d185de36a0a289b85e9039662634f2eea1e02e670bc7ab849d006a70b2f93b84597558a05b879c8d445f387a5d5b653df"},
	{"sign_case_7055381f640f2c1d", vecKey3, vecMsg0, "948a7cb99f76d616c2c564ce9bf4a519f1bea6b0a624a02276443c245854219fabb8d4ce061d255af5330b078d5380681751aa7053da2c98bae898edc218c75f07e24d8802a17cd1f6833b71e58f5eb5b94208b4d0bb3848cecb075ea21be115"},
	{"sign_case_84d45c9c7cca6b92", vecKey3, vecMsgA, "ae82747ddeefe4fd64cf9cedb9b04ae3e8a43420cd255e3c7cd06a8d88b7c7f8638543719981c5d16fa3527c468c25f0026704a6951bde891360c7e8d12ddee0559004ccdbe6046b55bae1b257ee97f7cdb955773d7cf29adf3ccbb9975e4eb9"},
	{"sign_case_8cd3d4d0d9a5b265", vecKey3, vecMsg5, "a4efa926610b8bd1c8330c918b7a5e9bf374e53435ef8b7ec186abf62e1b1f65aeaaeb365677ac1d1172a1f5b44b4e6d022c252c58486c0a759fbdc7de15a756acc4d343064035667a594b4c2a6f0b0b421975977f297dba63ee2f63ffe47bb6"},
	{"sign_case_c82df61aa3ee60fb", vecKey1, vecMsg0, "b6ed936746e01f8ecf281f020953fbf1f01debd5657c4a383940b020b26507f6076334f91e2366c96e9ab279fb5158090352ea1c5b0c9274504f4f0e7053af24802e51e4568d164fe986834f41e55c8e850ce1f98458c0cfc9ab380b55285a55"},
	{"sign_case_d0e28d7e76eb6e9c", vecKey1, vecMsg5, "882730e5d03f6b42c3abc26d3372625034e1d871b65a8a6b900a56dae22da98abbe1b68f85e49fe7652a55ec3d0591c20767677e33e5cbb1207315c41a9ac03be39c2e7668edc043d6cb1d9fd93033caa8a1c5b0e84bedaeb6c64972503a43eb"},
	{"sign_case_f2ae1097e7d0e18b", vecKey1, vecMsgA, "91347bccf740d859038fcdcaf233eeceb2a436bcaaee9b2aa3bfb70efe29dfb2677562ccbea1c8e061fb9971b0753c240622fab78489ce96768259fc01360346da5b9f579e5da0d941e4c6ba18a0e64906082375394f337fa1af2b7127b0d121"},
}

var pubkeyVectors = map[string]string{
	vecKey1: "a491d1b0ecd9bb917989f0e74f0dea0422eac4a873e5e2644f368dffb9a6e20fd6e10c1b77654d067c0618f6e5a7f79a",
	vecKey2: "b301803f8b5ac4a1133581fc676dfedc60d891dd5fa99028805e5ea5b08d3491af75d0707adab3b70c6a6a580217bf81",
	vecKey3: "b53d21a4cfd562c469cc81514d4ce5a6b577d8403d32a394dc265dd190b47fa9f829fdd7963afdf972e5e77854051f6f",
}

func TestSignVectors(t *testing.T) {
	for _, v := range signVectors {
		t.Run(v.name, func(t *testing.T) {
			sk, err := SecretKeyFromBytes(mustHex(t, v.privkey))
			if err != nil {
				t.Fatal(err)
			}
			msg := mustHex(t, v.message)
			sig := sk.Sign(msg)
			if got := hex.EncodeToString(sig[:]); got != v.signature {
				t.Fatalf("signature\n got %s\nwant %s", got, v.signature)
			}
			pk := sk.PublicKey()
			if got := hex.EncodeToString(pk[:]); got != pubkeyVectors[v.privkey] {
				t.Fatalf("public key\n got %s\nwant %s", got, pubkeyVectors[v.privkey])
			}
			if err := Verify(pk, msg, sig); err != nil {
				t.Fatalf("vector signature does not verify: %v", err)
			}
			other := append([]byte{}, msg...)
			other[0] ^= 1
			if Verify(pk, other, sig) == nil {
				t.Fatal("vector signature verifies over another message")
			}
		})
	}
}

// The suite's sign case for a zero private key expects no signature: the key
// must be rejected.
func TestZeroPrivkeyRejected(t *testing.T) {
	if _, err := SecretKeyFromBytes(mustHex(t, vecMsg0)); !errors.Is(err, ErrInvalidKey) {
		t.Fatalf("zero private key: %v", err)
	}
}

// The identity public key with the identity signature satisfies the pairing
// equation (e(0, H) = 1 = e(g1, 0)) and must still be rejected, as the
// suite's verify_infinity_pubkey_and_infinity_signature case requires.
func TestInfinityPubkeyAndSignature(t *testing.T) {
	var pk PublicKey
	pk[0] = 0xc0
	msg := mustHex(t, vecMsg0)
	if err := Verify(pk, msg, identitySignature); !errors.Is(err, ErrInvalidKey) {
		t.Fatalf("Verify(identity, identity): %v", err)
	}
	if bad, _ := BatchVerify([]Entry{{pk, msg, identitySignature}}); len(bad) != 1 {
		t.Fatalf("BatchVerify(identity, identity): bad %v", bad)
	}
	if bad, _ := BatchVerifySameMessage(msg, []PublicKey{pk, pk}, []Signature{identitySignature, identitySignature}); len(bad) != 2 {
		t.Fatalf("BatchVerifySameMessage(identity, identity): bad %v", bad)
	}
}
