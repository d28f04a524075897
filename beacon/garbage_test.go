package beacon

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/attestantio/go-eth2-client/spec/phase0"
)

// TestGarbage serves malformed or absurd answers from a node that passed
// startup: each call fails with an invalid_response naming the node, and
// none panics. A good second node then answers the same call.
func TestGarbage(t *testing.T) {
	const (
		attData    = "/eth/v1/validator/attestation_data"
		duties     = "/eth/v1/validator/duties/attester/3"
		validators = "/eth/v1/beacon/states/head/validators"
		syncing    = "/eth/v1/node/syncing"
	)
	callAttData := func(ctx context.Context, c *Client) error { _, err := c.AttestationData(ctx, fakeSlot); return err }
	callDuties := func(ctx context.Context, c *Client) error {
		_, err := c.AttesterDuties(ctx, 3, []phase0.ValidatorIndex{1, 2})
		return err
	}
	callValidators := func(ctx context.Context, c *Client) error {
		_, err := c.Validators(ctx, []phase0.BLSPubKey{pubkey(1)})
		return err
	}
	callSyncing := func(ctx context.Context, c *Client) error { _, err := c.Syncing(ctx); return err }
	data := func(s string) string { return `{"data":` + s + `}` }

	tests := []struct {
		name, path, body string
		call             func(context.Context, *Client) error
	}{
		{"att data: not JSON", attData, `<html>oops</html>`, callAttData},
		{"att data: truncated", attData, `{"data":{"slot":"100","ind`, callAttData},
		{"att data: null", attData, data(`null`), callAttData},
		{"att data: empty object", attData, `{}`, callAttData},
		{"att data: array", attData, data(`[1,2]`), callAttData},
		{"att data: other slot", attData, data(attestationDataJSON("101", 3, 2)), callAttData},
		{"att data: target epoch not the slot's", attData, data(attestationDataJSON("100", 4, 2)), callAttData},
		{"att data: source after target", attData, data(attestationDataJSON("100", 3, 4)), callAttData},
		{"att data: committee index", attData, data(strings.Replace(attestationDataJSON("100", 3, 2), `"index":"0"`, `"index":"5"`, 1)), callAttData},
		{"att data: negative slot", attData, data(attestationDataJSON("-1", 3, 2)), callAttData},
		{"att data: huge slot", attData, data(attestationDataJSON("18446744073709551616", 3, 2)), callAttData},
		{"att data: short root", attData, data(strings.Replace(attestationDataJSON("100", 3, 2), fmt.Sprintf("%#x", blockRoot), "0x12", 1)), callAttData},
		{"att data: zero block root", attData, data(strings.Replace(attestationDataJSON("100", 3, 2), fmt.Sprintf("%#x", blockRoot), fmt.Sprintf("%#x", phase0.Root{}), 1)), callAttData},
		{"duties: null entry", duties, data(`[null]`), callDuties},
		{"duties: slot outside epoch", duties, data(`[` + dutyJSON(1, 5) + `]`), callDuties},
		{"duties: unknown validator", duties, data(`[` + dutyJSON(7, 97) + `]`), callDuties},
		{"duties: twice", duties, data(`[` + dutyJSON(1, 97) + `,` + dutyJSON(1, 98) + `]`), callDuties},
		{"duties: committee beyond committees at slot", duties, data(`[` + strings.Replace(dutyJSON(1, 97), `"committee_index":"0"`, `"committee_index":"3"`, 1) + `]`), callDuties},
		{"duties: position beyond committee", duties, data(`[` + strings.Replace(dutyJSON(1, 97), `"committee_length":"128"`, `"committee_length":"1"`, 1) + `]`), callDuties},
		{"duties: missing field", duties, data(`[{"slot":"97"}]`), callDuties},
		{"duties: not a list", duties, data(`{"slot":"97"}`), callDuties},
		{"validators: null entry", validators, data(`[null]`), callValidators},
		{"validators: null validator", validators, data(`[{"index":"1","balance":"1","status":"active_ongoing","validator":null}]`), callValidators},
		{"validators: not asked for", validators, data(`[` + validatorJSON(1, pubkey(1)) + `,` + validatorJSON(9, pubkey(9)) + `]`), callValidators},
		{"validators: twice", validators, data(`[` + validatorJSON(1, pubkey(1)) + `,` + validatorJSON(2, pubkey(1)) + `]`), callValidators},
		{"validators: bad status", validators, data(`[` + strings.Replace(validatorJSON(1, pubkey(1)), "active_ongoing", "dancing", 1) + `]`), callValidators},
		{"syncing: head far ahead", syncing, data(`{"head_slot":"100000","sync_distance":"0","is_syncing":false}`), callSyncing},
		{"syncing: missing head", syncing, data(`{"sync_distance":"0"}`), callSyncing},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			bad, good := newFakeNode(t), newFakeNode(t)
			c := newTestClient(t, Config{}, bad)
			bad.set(tc.path, raw(tc.body))
			err := tc.call(t.Context(), c)
			var ce *CallError
			if !errors.As(err, &ce) || len(ce.Nodes) != 1 {
				t.Fatalf("error = %v, want a *CallError for the one node", err)
			}
			if ce.Nodes[0].Kind != KindInvalid {
				t.Errorf("kind = %s, want %s: %v", ce.Nodes[0].Kind, KindInvalid, err)
			}
			if !strings.Contains(err.Error(), nodeName(bad)) {
				t.Errorf("error %q does not name the node", err)
			}

			c2 := newTestClient(t, Config{}, bad, good)
			if err := tc.call(t.Context(), c2); err != nil {
				t.Errorf("with a good second node: %v", err)
			}
		})
	}
}

// TestOversizedBody checks a body beyond the limit is refused, not read.
func TestOversizedBody(t *testing.T) {
	body := &limitedBody{rc: io.NopCloser(strings.NewReader(strings.Repeat("x", 100))), left: 10}
	_, err := io.ReadAll(body)
	if !errors.Is(err, errBodyTooLarge) {
		t.Errorf("reading 100 bytes with a limit of 10: %v, want errBodyTooLarge", err)
	}
	exact := &limitedBody{rc: io.NopCloser(strings.NewReader("0123456789")), left: 10}
	if b, err := io.ReadAll(exact); err != nil || string(b) != "0123456789" {
		t.Errorf("reading exactly the limit: %q, %v", b, err)
	}
}

// TestGarbageHugeBody serves an endless body: the attempt ends with the
// timeout or the size limit, never by exhausting memory.
func TestGarbageEndlessBody(t *testing.T) {
	bad := newFakeNode(t)
	c := newTestClient(t, Config{Timeout: 500 * time.Millisecond}, bad)
	bad.set("/eth/v1/validator/attestation_data", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, `{"data":"`)
		chunk := strings.Repeat("a", 1<<16)
		for r.Context().Err() == nil {
			if _, err := io.WriteString(w, chunk); err != nil {
				return
			}
		}
	})
	if _, err := c.AttestationData(t.Context(), fakeSlot); err == nil {
		t.Fatal("endless body accepted")
	}
}
