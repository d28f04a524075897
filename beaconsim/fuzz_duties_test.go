package beaconsim

import (
	"bytes"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/attestantio/go-eth2-client/spec/altair"
	"github.com/attestantio/go-eth2-client/spec/electra"
)

// dutyEndpoints are the submission endpoints of aggregation and sync
// committee duties, fuzzed together.
var dutyEndpoints = []string{
	"/eth/v2/validator/aggregate_and_proofs",
	"/eth/v1/beacon/pool/sync_committees",
	"/eth/v1/validator/contribution_and_proofs",
	"/eth/v1/validator/beacon_committee_subscriptions",
	"/eth/v1/validator/sync_committee_subscriptions",
	"/eth/v1/validator/duties/sync/0",
}

var (
	hex96         = "0x" + string(bytes.Repeat([]byte("ab"), 96))
	hex32         = "0x" + string(bytes.Repeat([]byte("11"), 32))
	seedAggregate = `{"message":{"aggregator_index":"1","aggregate":{"aggregation_bits":"0x03","data":{"slot":"1","index":"0","beacon_block_root":"` +
		hex32 + `","source":{"epoch":"0","root":"` + hex32 + `"},"target":{"epoch":"0","root":"` + hex32 + `"}},"signature":"` + hex96 +
		`","committee_bits":"0x0100000000000000"},"selection_proof":"` + hex96 + `"},"signature":"` + hex96 + `"}`
	seedSyncMessage  = `{"slot":"1","beacon_block_root":"` + hex32 + `","validator_index":"2","signature":"` + hex96 + `"}`
	seedContribution = `{"message":{"aggregator_index":"3","contribution":{"slot":"1","beacon_block_root":"` + hex32 +
		`","subcommittee_index":"0","aggregation_bits":"0xffffffffffffffffffffffffffffffff","signature":"` + hex96 +
		`"},"selection_proof":"` + hex96 + `"},"signature":"` + hex96 + `"}`
)

// FuzzSubmitDuties feeds arbitrary bodies to every aggregation and sync
// committee submission endpoint. Whatever the input, the handler must not
// panic and must answer 200 or 400 with the standard error body.
func FuzzSubmitDuties(f *testing.F) {
	_, pubs := testKeys(f, 8)
	vals := make([]Validator, len(pubs))
	for i := range pubs {
		vals[i] = Validator{Pubkey: pubs[i]}
	}
	sim, err := New(Config{Validators: vals, GenesisTime: testGenesis, SlotsPerEpoch: 8,
		Clock: NewFakeClock(testGenesis.Add(16 * time.Second)), Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		f.Fatal(err)
	}
	h := sim.Handler()
	for i, seed := range []string{seedAggregate, seedSyncMessage, seedContribution,
		`{"validator_index":"1","committee_index":"0","committees_at_slot":"1","slot":"1","is_aggregator":true}`,
		`{"validator_index":"1","sync_committee_indices":["0"],"until_epoch":"1"}`, `"1"`} {
		f.Add(uint8(i), []byte("["+seed+"]"))
	}
	f.Add(uint8(0), []byte(`[{"message":{"aggregate":{"aggregation_bits":"0x00"}}}]`))
	f.Add(uint8(2), []byte(`[{"message":{"contribution":{"aggregation_bits":"0x"}}}]`))
	f.Add(uint8(1), []byte(`[]`))
	f.Fuzz(func(t *testing.T, which uint8, body []byte) {
		path := dutyEndpoints[int(which)%len(dutyEndpoints)]
		req := httptest.NewRequest(http.MethodPost, path, bytes.NewReader(body))
		req.Header.Set("Eth-Consensus-Version", "electra")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		switch rec.Code {
		case http.StatusOK:
		case http.StatusBadRequest:
			var eb struct {
				Code    int    `json:"code"`
				Message string `json:"message"`
			}
			if err := json.Unmarshal(rec.Body.Bytes(), &eb); err != nil || eb.Code != 400 || eb.Message == "" {
				t.Fatalf("%s: 400 with a bad error body %q", path, rec.Body.Bytes())
			}
		default:
			t.Fatalf("%s: status %d for body %q: %s", path, rec.Code, body, rec.Body.Bytes())
		}
	})
}

// FuzzDecodeDutyMessages checks that the three decoders never panic, and
// that whatever they accept go-eth2-client's types accept too and hash to
// the same root (the simulator's own SSZ against go-eth2-client's).
func FuzzDecodeDutyMessages(f *testing.F) {
	f.Add(uint8(0), []byte(seedAggregate))
	f.Add(uint8(1), []byte(seedSyncMessage))
	f.Add(uint8(2), []byte(seedContribution))
	f.Add(uint8(0), []byte(`{"message":{"aggregate":{"data":{}}}}`))
	f.Fuzz(func(t *testing.T, which uint8, raw []byte) {
		switch which % 3 {
		case 0:
			a, err := decodeSignedAggregate(raw)
			if err != nil {
				return
			}
			ours, err := a.Message.HashTreeRoot()
			var theirs electra.SignedAggregateAndProof
			if jerr := json.Unmarshal(raw, &theirs); jerr != nil {
				return // go-eth2-client is stricter about bitlist limits and numbers
			}
			want, herr := theirs.Message.HashTreeRoot()
			if herr == nil && (err != nil || ours != Root(want)) {
				t.Fatalf("AggregateAndProof root: ours %s (%v), go-eth2-client %x", ours, err, want)
			}
		case 1:
			if _, err := decodeSyncMessage(raw); err != nil {
				return
			}
			var theirs altair.SyncCommitteeMessage
			if err := json.Unmarshal(raw, &theirs); err != nil {
				t.Fatalf("go-eth2-client refuses a message the simulator accepts: %v", err)
			}
		case 2:
			c, err := decodeSignedContribution(raw)
			if err != nil {
				return
			}
			var theirs altair.SignedContributionAndProof
			if err := json.Unmarshal(raw, &theirs); err != nil {
				t.Fatalf("go-eth2-client refuses a contribution the simulator accepts: %v", err)
			}
			want, err := theirs.Message.HashTreeRoot()
			if err != nil || c.Message.HashTreeRoot() != Root(want) {
				t.Fatalf("ContributionAndProof root: ours %s, go-eth2-client %x (%v)", c.Message.HashTreeRoot(), want, err)
			}
		}
	})
}
