package dkg

import (
	"testing"
)

// fuzzShape is a small ceremony's shape for the decoders.
var fuzzShape = shape{n: 4, t: 3, v: 2, dealers: []int{1, 2, 3, 4}, dealerT: 3}

func FuzzDecodeEnvelope(f *testing.F) {
	def, ids := testDefinition(f, 4, 3, 1)
	f.Add(sealEnvelope(ids[0].Signing, PhaseHello, 1, def.ComputeHash(), []byte("{}")))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		env, err := decodeEnvelope(b)
		if err != nil {
			return
		}
		if env.Phase < PhaseHello || env.Phase > PhaseDone || len(env.Sig) != 64 {
			t.Fatalf("accepted envelope with phase %d, %d-byte signature", env.Phase, len(env.Sig))
		}
		if len(env.signed)+len(env.Sig) != len(b) {
			t.Fatal("signed part and signature do not cover the message")
		}
	})
}

func FuzzDecodeDeal(f *testing.F) {
	f.Add(encodeBody(dealBody{Commitments: make([]byte, fuzzShape.commitmentsLength()), Shares: make([][]byte, 4)}))
	f.Add([]byte(`{"commitments":"","shares":null}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		d, err := fuzzShape.decodeDeal(b)
		if err != nil {
			return
		}
		if len(d.Commitments) != fuzzShape.commitmentsLength() || len(d.Shares) != fuzzShape.n {
			t.Fatal("accepted a deal of the wrong shape")
		}
		// The commitments decoder must not panic on whatever passed.
		_, _ = fuzzShape.decodeCommitments(d.Commitments)
	})
}

func FuzzDecodeResponse(f *testing.F) {
	h := make([]byte, 32)
	f.Add(encodeBody(responseBody{Verdicts: []verdict{
		{1, statusOK, h}, {2, statusBad, h}, {3, statusMissing, nil}, {4, statusOK, h},
	}}))
	f.Add([]byte(`{"verdicts":[{"dealer":1,"status":"maybe"}]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		r, err := fuzzShape.decodeResponse(b)
		if err != nil {
			return
		}
		for i, v := range r.Verdicts {
			if v.Dealer != i+1 {
				t.Fatal("accepted verdicts out of order")
			}
			if (v.Status == statusMissing) != (len(v.CommitmentHash) == 0) {
				t.Fatalf("accepted status %q with a %d-byte hash", v.Status, len(v.CommitmentHash))
			}
		}
	})
}

func FuzzDecodeJustification(f *testing.F) {
	f.Add(encodeBody(justificationBody{
		Commitments: make([]byte, fuzzShape.commitmentsLength()),
		Revealed:    []revealedShare{{Operator: 3, Shares: make([]byte, fuzzShape.sharesLength())}},
	}))
	f.Fuzz(func(t *testing.T, b []byte) {
		j, err := fuzzShape.decodeJustification(b)
		if err != nil {
			return
		}
		for _, r := range j.Revealed {
			if r.Operator < 1 || r.Operator > fuzzShape.n || len(r.Shares) != fuzzShape.sharesLength() {
				t.Fatal("accepted a malformed revealed share")
			}
			comms, err := fuzzShape.decodeCommitments(j.Commitments)
			if err == nil {
				_, _ = fuzzShape.verifyShares(r.Operator, r.Shares, comms)
			}
		}
	})
}

func FuzzDecodeFinish(f *testing.F) {
	f.Add(encodeBody(finishBody{ClusterHash: make([]byte, 32), ClusterPartials: make([]byte, 192), DepositPartials: make([]byte, 192)}))
	f.Fuzz(func(t *testing.T, b []byte) {
		fb, err := fuzzShape.decodeFinish(b)
		if err != nil {
			return
		}
		if len(fb.ClusterHash) != 32 || len(fb.ClusterPartials) != 192 || len(fb.DepositPartials) != 192 {
			t.Fatal("accepted a finish message of the wrong shape")
		}
	})
}

// FuzzReceive feeds signed messages with arbitrary phases and bodies to a
// ceremony: whatever a pinned peer sends, Receive must not panic, and what
// it accepts must be kept as sent.
func FuzzReceive(f *testing.F) {
	def, ids := testDefinition(f, 4, 3, 1)
	f.Add(uint8(PhaseDeal), []byte(`{"commitments":"","shares":[]}`))
	f.Add(uint8(PhaseResponse), []byte(`{"verdicts":[]}`))
	f.Add(uint8(PhaseHello), []byte(`{}`))
	f.Fuzz(func(t *testing.T, phase uint8, body []byte) {
		c, err := New(Config{Definition: def, Index: 1, Identity: ids[0].Signing, Encryption: ids[0].Encryption})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := c.Start(); err != nil {
			t.Fatal(err)
		}
		msg := sealEnvelope(ids[1].Signing, Phase(phase), 2, def.ComputeHash(), body)
		if err := c.Receive(2, msg); err != nil {
			return
		}
		if string(c.raw[Phase(phase)][2]) != string(msg) {
			t.Fatal("accepted message not recorded")
		}
		_, _ = c.Advance(true)
	})
}
