package beaconsim

import (
	"encoding/json"
	"net/http"
	"testing"
	"time"

	apiv1 "github.com/attestantio/go-eth2-client/api/v1"
	"github.com/attestantio/go-eth2-client/spec/phase0"
	blst "github.com/supranational/blst/bindings/go"
)

// TestRegisterValidator checks builder registrations signed as a client
// signs them (go-eth2-client's hashing): valid ones are kept (the newest per
// validator), and a bad signature, an unknown key or a malformed entry
// refuses the whole request.
func TestRegisterValidator(t *testing.T) {
	e := newTestEnv(t, 3, nil)
	domain := ComputeDomain(DomainApplicationBuilder, e.sim.cfg.Forks.Genesis, Root{})
	reg := func(vi int, ts int64, signer *blst.SecretKey) map[string]any {
		msg := &apiv1.ValidatorRegistration{
			FeeRecipient: [20]byte{0xfe, byte(vi)},
			GasLimit:     60_000_000,
			Timestamp:    time.Unix(ts, 0),
			Pubkey:       phase0.BLSPubKey(pubkeyOf(e.keys[vi])),
		}
		objRoot, err := msg.HashTreeRoot()
		if err != nil {
			t.Fatal(err)
		}
		sd := phase0.SigningData{ObjectRoot: objRoot, Domain: phase0.Domain(domain)}
		root, err := sd.HashTreeRoot()
		if err != nil {
			t.Fatal(err)
		}
		sig := phase0.BLSSignature(new(blst.P2Affine).Sign(signer, root[:], blsDST).Compress())
		signed := &apiv1.SignedValidatorRegistration{Message: msg, Signature: sig}
		b, err := json.Marshal(signed)
		if err != nil {
			t.Fatal(err)
		}
		var out map[string]any
		decodeJSON(t, b, &out)
		return out
	}
	post := func(entries ...any) int {
		b, err := json.Marshal(entries)
		if err != nil {
			t.Fatal(err)
		}
		status, _ := e.do(http.MethodPost, "/eth/v1/validator/register_validator", b, map[string]string{"Content-Type": "application/json"})
		return status
	}
	stranger, _ := testKeys(t, 4)
	wrongKey := reg(1, 1000, e.keys[2])
	unknown := reg(0, 1000, e.keys[0])
	unknown["message"].(map[string]any)["pubkey"] = phase0.BLSPubKey(pubkeyOf(stranger[3])).String()
	for _, tc := range []struct {
		name    string
		entries []any
		status  int
	}{
		{"valid", []any{reg(0, 1000, e.keys[0]), reg(1, 1000, e.keys[1])}, http.StatusOK},
		{"newer one", []any{reg(0, 2000, e.keys[0])}, http.StatusOK},
		{"older one, ignored", []any{reg(0, 1500, e.keys[0])}, http.StatusOK},
		{"signed by another key", []any{reg(2, 1000, e.keys[2]), wrongKey}, http.StatusBadRequest},
		{"unknown validator", []any{unknown}, http.StatusBadRequest},
		{"no message", []any{map[string]any{"signature": "0x00"}}, http.StatusBadRequest},
	} {
		if got := post(tc.entries...); got != tc.status {
			t.Errorf("%s: status %d, want %d", tc.name, got, tc.status)
		}
	}
	got := e.sim.Registrations()
	want := map[uint64]uint64{0: 2000, 1: 1000} // validator 2's came with a bad entry
	if len(got) != len(want) {
		t.Fatalf("registrations %+v, want validators 0 and 1", got)
	}
	for vi, ts := range want {
		if r := got[vi]; r.Timestamp != ts || r.GasLimit != 60_000_000 || r.FeeRecipient != [20]byte{0xfe, byte(vi)} {
			t.Errorf("validator %d: %+v, want timestamp %d", vi, r, ts)
		}
	}
}
