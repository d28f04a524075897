package beaconsim

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	apiv1electra "github.com/attestantio/go-eth2-client/api/v1/electra"
	"github.com/attestantio/go-eth2-client/spec/deneb"
	"github.com/attestantio/go-eth2-client/spec/electra"
	"github.com/attestantio/go-eth2-client/spec/phase0"
	blst "github.com/supranational/blst/bindings/go"
)

// FuzzSubmitAttestations feeds arbitrary bodies to the submission endpoint.
// Whatever the input, the handler must not panic and must answer 200 (every
// element accepted) or 400 with a JSON error body; never a 5xx.
func FuzzSubmitAttestations(f *testing.F) {
	keys, pubs := testKeys(f, 8)
	vals := make([]Validator, len(pubs))
	for i := range pubs {
		vals[i] = Validator{Pubkey: pubs[i]}
	}
	clock := NewFakeClock(testGenesis.Add(12*time.Second + 4*time.Second))
	sim, err := New(Config{
		Validators: vals, GenesisTime: testGenesis, SlotsPerEpoch: 8, Clock: clock,
		Logger: slog.New(slog.DiscardHandler),
	})
	if err != nil {
		f.Fatal(err)
	}
	h := sim.Handler()

	// Seeds: a valid attestation of a validator with a duty at slot 1, and
	// mangled variants.
	data := sim.AttestationData(1)
	var vi uint64
	var duty AttesterDuty
	for v := range uint64(8) {
		if d, _ := sim.Duty(0, v); d.Slot == 1 {
			vi, duty = v, d
		}
	}
	pdata := data.toPhase0()
	sig := clientSign(f, keys[vi], pdata, clientDomain(f, sim.cfg.Forks.Electra, sim.GenesisValidatorsRoot()))
	valid, _ := json.Marshal([]map[string]any{{
		"committee_index": u64s(duty.CommitteeIndex),
		"attester_index":  u64s(vi),
		"data":            pdata,
		"signature":       hex0x(sig[:]),
	}})
	f.Add(valid)
	f.Add(bytes.ReplaceAll(valid, []byte(`"slot":"1"`), []byte(`"slot":"-1"`)))
	f.Add(bytes.ReplaceAll(valid, []byte(`"0x`), []byte(`"0xzz`)))
	f.Add(bytes.ReplaceAll(valid, []byte(`"attester_index"`), []byte(`"attester"`)))
	f.Add(append(append([]byte{'['}, valid[1:len(valid)-1]...), []byte(`,{"data":null},1,"x",[]]`)...))
	f.Add([]byte(`[{"committee_index":"18446744073709551616"}]`))
	f.Add([]byte(`[{"committee_index":"0","attester_index":"0","data":{"slot":"0","index":"0"},"signature":"0x"}]`))
	f.Add([]byte(`[]`))
	f.Add([]byte(`null`))
	f.Add([]byte(`{}`))
	f.Add([]byte("\x00\xff"))

	f.Fuzz(func(t *testing.T, body []byte) {
		req := httptest.NewRequest(http.MethodPost, "/eth/v2/beacon/pool/attestations", bytes.NewReader(body))
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
				t.Fatalf("400 with a bad error body %q", rec.Body.Bytes())
			}
		default:
			t.Fatalf("status %d for body %q: %s", rec.Code, body, rec.Body.Bytes())
		}
	})
}

// FuzzDecodeSingleAttestation checks that the decoder never panics and
// that whatever it accepts re-encodes (via go-eth2-client's JSON) to
// something it decodes to the same value.
func FuzzDecodeSingleAttestation(f *testing.F) {
	f.Add([]byte(`{"committee_index":"1","attester_index":"2","data":{"slot":"3","index":"0","beacon_block_root":"0x` +
		"11111111111111111111111111111111" + "11111111111111111111111111111111" + `","source":{"epoch":"0","root":"0x` +
		"00000000000000000000000000000000" + "00000000000000000000000000000000" + `"},"target":{"epoch":"0","root":"0x` +
		"22222222222222222222222222222222" + "22222222222222222222222222222222" + `"}},"signature":"0x` +
		string(bytes.Repeat([]byte("ab"), 96)) + `"}`))
	f.Add([]byte(`{"committee_index":1}`))
	f.Add([]byte(`{"data":{"source":null}}`))
	f.Fuzz(func(t *testing.T, raw []byte) {
		att, err := decodeSingleAttestation(raw)
		if err != nil {
			return
		}
		again, err := json.Marshal(map[string]any{
			"committee_index": u64s(att.CommitteeIndex),
			"attester_index":  u64s(att.AttesterIndex),
			"data":            att.Data.toPhase0(),
			"signature":       hex0x(att.Signature[:]),
		})
		if err != nil {
			t.Fatal(err)
		}
		back, err := decodeSingleAttestation(again)
		if err != nil || back != att {
			t.Fatalf("round trip: %v\n%+v\n%+v", err, att, back)
		}
		// go-eth2-client agrees on what the data is.
		var theirs phase0.AttestationData
		if err := json.Unmarshal(mustMarshal(t, att.Data.toPhase0()), &theirs); err != nil {
			t.Fatal(err)
		}
	})
}

func mustMarshal(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// FuzzPublishBlock feeds arbitrary bodies, as JSON and as SSZ, to the block
// publication endpoints (full and blinded) of a simulator whose validators
// propose. Whatever
// the input, the handler must not panic and must answer 200 or 400 with the
// standard error body; never a 5xx. Whatever the decoder accepts must
// re-encode to a body it decodes to the same block root.
func FuzzPublishBlock(f *testing.F) {
	keys, pubs := testKeys(f, 8)
	vals := make([]Validator, len(pubs))
	for i := range pubs {
		vals[i] = Validator{Pubkey: pubs[i]}
	}
	clock := NewFakeClock(testGenesis.Add(12*time.Second + time.Second))
	sim, err := New(Config{
		Validators: vals, GenesisTime: testGenesis, SlotsPerEpoch: 8, Clock: clock,
		Logger: slog.New(slog.DiscardHandler), ValidatorProposals: true,
	})
	if err != nil {
		f.Fatal(err)
	}
	h := sim.Handler()

	// Seeds: a block produced for slot 1 and signed by its proposer, as
	// JSON and as SSZ, and mangled variants.
	proposer, _ := sim.ProposerDuty(1)
	randao := ComputeSigningRoot(uint64Chunk(0), sim.RandaoDomain(0))
	reveal := new(blst.P2Affine).Sign(keys[proposer], randao[:], blsDST).Compress()
	req := httptest.NewRequest(http.MethodGet, fmt.Sprintf("/eth/v3/validator/blocks/1?randao_reveal=%#x", reveal), nil)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusOK {
		f.Fatalf("produce: %d %s", rec.Code, rec.Body.Bytes())
	}
	var produced struct {
		Data apiv1electra.BlockContents `json:"data"`
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &produced); err != nil {
		f.Fatal(err)
	}
	hdr, err := blockHeaderOf(produced.Data.Block)
	if err != nil {
		f.Fatal(err)
	}
	sr := ComputeSigningRoot(hdr.HashTreeRoot(), sim.ProposerDomain(0))
	contents := &apiv1electra.SignedBlockContents{
		SignedBlock: &electra.SignedBeaconBlock{Message: produced.Data.Block, Signature: phase0.BLSSignature(new(blst.P2Affine).Sign(keys[proposer], sr[:], blsDST).Compress())},
		KZGProofs:   []deneb.KZGProof{},
		Blobs:       []deneb.Blob{},
	}
	jsonBody, err := json.Marshal(contents)
	if err != nil {
		f.Fatal(err)
	}
	sszBody, err := contents.MarshalSSZ()
	if err != nil {
		f.Fatal(err)
	}
	blinded := &apiv1electra.SignedBlindedBeaconBlock{Message: blindBlock(produced.Data.Block), Signature: contents.SignedBlock.Signature}
	blindedJSON, err := json.Marshal(blinded)
	if err != nil {
		f.Fatal(err)
	}
	blindedSSZ, err := blinded.MarshalSSZ()
	if err != nil {
		f.Fatal(err)
	}
	f.Add(jsonBody, false, false)
	f.Add(sszBody, true, false)
	f.Add(blindedJSON, false, true)
	f.Add(blindedSSZ, true, true)
	f.Add(bytes.ReplaceAll(jsonBody, []byte(`"slot":"1"`), []byte(`"slot":"2"`)), false, false)
	f.Add(bytes.ReplaceAll(jsonBody, []byte(`"body":{`), []byte(`"body":null,"x":{`)), false, false)
	f.Add(bytes.ReplaceAll(jsonBody, []byte(`"execution_payload":{`), []byte(`"execution_payload":null,"x":{`)), false, false)
	f.Add(bytes.ReplaceAll(blindedJSON, []byte(`"execution_payload_header":{`), []byte(`"execution_payload_header":null,"x":{`)), false, true)
	f.Add(bytes.ReplaceAll(jsonBody, []byte(`"blobs":[]`), []byte(`"blobs":null`)), false, false)
	f.Add(sszBody[:len(sszBody)/2], true, false)
	f.Add([]byte(`{"signed_block":{"message":null,"signature":"0x"},"kzg_proofs":[],"blobs":[]}`), false, false)
	f.Add([]byte(`{"message":null,"signature":"0x"}`), false, true)
	f.Add([]byte(`null`), false, false)
	f.Add([]byte{}, true, true)

	f.Fuzz(func(t *testing.T, body []byte, ssz, blinded bool) {
		// Whatever the decoder accepts re-encodes (go-eth2-client's JSON) to
		// a body it decodes to the same header, signature and reveal.
		if d, err := decodePublication(body, ssz, blinded); err == nil {
			var again []byte
			if blinded {
				sb, _ := decodeSignedBlindedBlock(body, ssz)
				again, err = json.Marshal(sb)
			} else {
				c, _ := decodeSignedBlockContents(body, ssz)
				again, err = json.Marshal(c)
			}
			if err != nil {
				t.Fatalf("re-encode an accepted body: %v", err)
			}
			back, err := decodePublication(again, false, blinded)
			if err != nil || back != d {
				t.Fatalf("round trip changed the block: %v\n%+v\n%+v", err, d, back)
			}
		}
		path := "/eth/v2/beacon/blocks"
		if blinded {
			path = "/eth/v2/beacon/blinded_blocks"
		}
		req := httptest.NewRequest(http.MethodPost, path, bytes.NewReader(body))
		req.Header.Set("Eth-Consensus-Version", "electra")
		if ssz {
			req.Header.Set("Content-Type", "application/octet-stream")
		}
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
				t.Fatalf("400 with a bad error body %q", rec.Body.Bytes())
			}
		default:
			t.Fatalf("status %d for body %q: %s", rec.Code, body, rec.Body.Bytes())
		}
	})
}
