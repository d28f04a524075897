package beacon

import (
	"encoding/json"
	"errors"
	"net/http"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/attestantio/go-eth2-client/spec/electra"
	"github.com/attestantio/go-eth2-client/spec/phase0"
)

func testAttestations(n int) []*electra.SingleAttestation {
	atts := make([]*electra.SingleAttestation, n)
	for i := range atts {
		atts[i] = &electra.SingleAttestation{
			CommitteeIndex: phase0.CommitteeIndex(i + 1),
			AttesterIndex:  phase0.ValidatorIndex(10 + i),
			Data: &phase0.AttestationData{
				Slot:            fakeSlot,
				BeaconBlockRoot: blockRoot,
				Source:          &phase0.Checkpoint{Epoch: 2, Root: sourceRoot},
				Target:          &phase0.Checkpoint{Epoch: 3, Root: targetRoot},
			},
			Signature: phase0.BLSSignature{0xb0, byte(i)},
		}
	}
	return atts
}

// waitSubmissions waits until the node has received n submissions.
func waitSubmissions(t *testing.T, f *fakeNode, n int) [][]byte {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for time.Now().Before(deadline) {
		if s := f.submissions(); len(s) >= n {
			return s
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatalf("node received %d submissions, want %d", len(f.submissions()), n)
	return nil
}

// TestSubmitSendsSingleAttestations checks the body every node receives is
// the batch of single attestations, in order, as the v2 endpoint takes it.
func TestSubmitSendsSingleAttestations(t *testing.T) {
	a, b := newFakeNode(t), newFakeNode(t)
	c := newTestClient(t, Config{}, a, b)
	atts := testAttestations(3)
	if err := c.SubmitAttestations(t.Context(), atts); err != nil {
		t.Fatalf("SubmitAttestations: %v", err)
	}
	for _, f := range []*fakeNode{a, b} {
		body := waitSubmissions(t, f, 1)[0]
		var got []*electra.SingleAttestation
		if err := json.Unmarshal(body, &got); err != nil {
			t.Fatalf("%s received %s: %v", nodeName(f), body, err)
		}
		if !reflect.DeepEqual(got, atts) {
			t.Errorf("%s received %s", nodeName(f), body)
		}
		var fields []map[string]any
		if err := json.Unmarshal(body, &fields); err != nil || fields[0]["committee_index"] != "1" || fields[0]["attester_index"] != "10" {
			t.Errorf("%s received %s: not single attestations", nodeName(f), body)
		}
	}
	if err := c.SubmitAttestations(t.Context(), nil); err != nil {
		t.Errorf("SubmitAttestations(nil) = %v", err)
	}
}

func failuresBody(indices ...string) http.HandlerFunc {
	var parts []string
	for _, i := range indices {
		parts = append(parts, `{"index":`+i+`,"message":"refused `+strings.Trim(i, `"`)+`"}`)
	}
	return func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusBadRequest)
		w.Write([]byte(`{"code":400,"message":"some failed","failures":[` + strings.Join(parts, ",") + `]}`))
	}
}

func TestSubmitOutcomes(t *testing.T) {
	const path = "/eth/v2/beacon/pool/attestations"
	tests := []struct {
		name        string
		a, b        http.HandlerFunc
		wantRefused []int // indices in a *SubmissionError; nil: success
		wantCall    bool  // a *CallError
	}{
		{name: "both accept"},
		{name: "one fails, one accepts", a: status(http.StatusInternalServerError)},
		{name: "one refuses some, one accepts", a: failuresBody("0", "1")},
		{name: "refusals intersect", a: failuresBody("0", "1"), b: failuresBody("1", "2"), wantRefused: []int{1}},
		{name: "refusals complement", a: failuresBody("0"), b: failuresBody("1", "2")},
		{name: "refused by one, other down", a: failuresBody(`"2"`, "7", "-1"), b: status(http.StatusServiceUnavailable), wantRefused: []int{2}},
		{name: "400 without failures refuses all", a: status(http.StatusBadRequest), b: stall, wantRefused: []int{0, 1, 2}},
		{name: "400 with garbage refuses all", a: raw400(`<<garbage>>`), b: status(http.StatusBadRequest), wantRefused: []int{0, 1, 2}},
		{name: "all fail", a: status(http.StatusInternalServerError), b: stall, wantCall: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, b := newFakeNode(t), newFakeNode(t)
			c := newTestClient(t, Config{}, a, b)
			a.set(path, tc.a)
			b.set(path, tc.b)
			atts := testAttestations(3)
			err := c.SubmitAttestations(t.Context(), atts)

			var se *SubmissionError
			var ce *CallError
			switch {
			case tc.wantCall:
				if !errors.As(err, &ce) || len(ce.Nodes) != 2 {
					t.Fatalf("error = %v, want a *CallError naming both nodes", err)
				}
			case tc.wantRefused == nil:
				if err != nil {
					t.Fatalf("error = %v, want success", err)
				}
			default:
				if !errors.As(err, &se) {
					t.Fatalf("error = %v, want a *SubmissionError", err)
				}
				var got []int
				for _, f := range se.Failures {
					got = append(got, f.Index)
					if f.AttesterIndex != atts[f.Index].AttesterIndex || f.Message == "" {
						t.Errorf("failure %+v", f)
					}
				}
				if !reflect.DeepEqual(got, tc.wantRefused) {
					t.Errorf("refused %v, want %v (%v)", got, tc.wantRefused, err)
				}
			}
			for i, st := range []nodeState{c.nodes[0].state(), c.nodes[1].state()} {
				if h := []http.HandlerFunc{tc.a, tc.b}[i]; h == nil && st.failures != 0 {
					t.Errorf("accepting node %d demoted", i)
				}
			}
		})
	}
}

func raw400(body string) http.HandlerFunc {
	return func(w http.ResponseWriter, _ *http.Request) {
		w.WriteHeader(http.StatusBadRequest)
		w.Write([]byte(body))
	}
}

// TestSubmitRefusesBadInput checks attestations go-eth2-client could not
// convert are refused before any node is contacted.
func TestSubmitRefusesBadInput(t *testing.T) {
	f := newFakeNode(t)
	c := newTestClient(t, Config{}, f)
	tests := []struct {
		name   string
		mutate func([]*electra.SingleAttestation)
	}{
		{"nil", func(a []*electra.SingleAttestation) { a[1] = nil }},
		{"no data", func(a []*electra.SingleAttestation) { a[1].Data = nil }},
		{"no target", func(a []*electra.SingleAttestation) { a[1].Data.Target = nil }},
		{"committee 64", func(a []*electra.SingleAttestation) { a[1].CommitteeIndex = 64 }},
	}
	for _, tc := range tests {
		atts := testAttestations(2)
		tc.mutate(atts)
		if err := c.SubmitAttestations(t.Context(), atts); err == nil || !strings.Contains(err.Error(), "attestation 1") {
			t.Errorf("%s: error = %v", tc.name, err)
		}
	}
	if n := f.count("/eth/v2/beacon/pool/attestations"); n != 0 {
		t.Errorf("node received %d submissions", n)
	}
}

// TestSubmitTargets checks submissions skip demoted nodes unless all are.
func TestSubmitTargets(t *testing.T) {
	a, b := newFakeNode(t), newFakeNode(t)
	c := newTestClient(t, Config{}, a, b)
	c.nodes[0].failed(c.now())
	if err := c.SubmitAttestations(t.Context(), testAttestations(1)); err != nil {
		t.Fatal(err)
	}
	waitSubmissions(t, b, 1)
	if n := len(a.submissions()); n != 0 {
		t.Errorf("demoted node received %d submissions", n)
	}
	c.nodes[1].failed(c.now())
	if err := c.SubmitAttestations(t.Context(), testAttestations(1)); err != nil {
		t.Fatal(err)
	}
	waitSubmissions(t, a, 1)
	waitSubmissions(t, b, 2)
}
