package dkg

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/keystake/keystake/deposit"
	"github.com/keystake/keystake/internal/blstcheck"
	"github.com/keystake/keystake/tbls"
)

// checkOutcome checks what every operator got: the same cluster.json and
// deposits, shares that match the public shares, and that any t of them
// sign for the group key (checked with blst as well).
func checkOutcome(t *testing.T, net *testNet, wantQualified []int) {
	t.Helper()
	for i, err := range net.errs {
		if err != nil {
			t.Fatalf("operator %d: %v", i+1, err)
		}
	}
	results := make([]*Result, len(net.cs))
	for i, c := range net.cs {
		if !c.Finished() {
			t.Fatalf("operator %d did not finish", i+1)
		}
		results[i] = c.Result()
	}
	checkResults(t, net.def, results, wantQualified)
}

// checkResults checks the results of every operator of a ceremony.
func checkResults(t *testing.T, def *Definition, results []*Result, wantQualified []int) {
	t.Helper()
	first := results[0]
	if first == nil {
		t.Fatal("operator 1 has no result")
	}
	if fmt.Sprint(first.Qualified) != fmt.Sprint(wantQualified) {
		t.Fatalf("qualified %v, want %v (excluded: %v)", first.Qualified, wantQualified, first.Excluded)
	}
	for i, r := range results {
		if r == nil {
			t.Fatalf("operator %d has no result", i+1)
		}
		if !bytes.Equal(r.ClusterJSON, first.ClusterJSON) {
			t.Fatalf("operator %d's cluster.json differs from operator 1's", i+1)
		}
		a, _ := deposit.Marshal(r.Deposits)
		b, _ := deposit.Marshal(first.Deposits)
		if !bytes.Equal(a, b) {
			t.Fatalf("operator %d's deposits differ from operator 1's", i+1)
		}
	}
	if def.ReshareFrom == nil {
		nw, _ := def.DepositNetwork()
		wc := [32]byte(def.WithdrawalCredentials)
		if errs := deposit.Verify(first.Deposits, &deposit.Expectations{Network: &nw, WithdrawalCredentials: &wc, Amount: def.DepositAmount}); errs != nil {
			t.Fatalf("deposits: %v", errs)
		}
	}
	msg := []byte("any message")
	n, th := len(results), def.Threshold
	for v, val := range first.Cluster.Validators {
		partials := make(map[int]tbls.Signature, n)
		for i, r := range results {
			sigs, err := tbls.SignMany(r.Shares[v:v+1], msg)
			if err != nil {
				t.Fatal(err)
			}
			if err := tbls.VerifyPartial(tbls.PublicKey(val.PublicShares[i]), msg, sigs[0]); err != nil {
				t.Fatalf("validator %d: operator %d's share does not match its public share: %v", v, i+1, err)
			}
			partials[i+1] = sigs[0]
		}
		for _, subset := range [][]int{seq(1, th), seq(n-th+1, n)} {
			sub := make(map[int]tbls.Signature, th)
			for _, i := range subset {
				sub[i] = partials[i]
			}
			sig, err := tbls.RecoverSignature(sub)
			if err != nil {
				t.Fatal(err)
			}
			pk := tbls.PublicKey(val.PublicKey)
			if err := tbls.Verify(pk, msg, sig); err != nil {
				t.Fatalf("validator %d, operators %v: %v", v, subset, err)
			}
			if err := blstcheck.Verify(pk[:], msg, sig[:]); err != nil {
				t.Fatalf("validator %d, operators %v: %v", v, subset, err)
			}
		}
		if err := blstcheck.Verify(val.PublicKey, first.Cluster.Hash, first.ClusterSignatures[v][:]); err != nil {
			t.Fatalf("validator %d: cluster hash signature: %v", v, err)
		}
	}
}

func seq(a, b int) []int {
	var out []int
	for i := a; i <= b; i++ {
		out = append(out, i)
	}
	return out
}

func TestCeremonyHonest(t *testing.T) {
	tests := []struct{ n, t, validators int }{{4, 3, 2}, {7, 5, 1}, {5, 3, 1}}
	for _, tc := range tests {
		t.Run(fmt.Sprintf("%d-of-%d", tc.t, tc.n), func(t *testing.T) {
			def, ids := testDefinition(t, tc.n, tc.t, tc.validators)
			net := newTestNet(t, def, ids)
			net.run()
			checkOutcome(t, net, seq(1, tc.n))
			if net.deliveryErrors != 0 {
				t.Fatalf("%d messages refused in an honest run", net.deliveryErrors)
			}
		})
	}
}

// TestCeremonyManyValidators runs one ceremony for 100 validators.
func TestCeremonyManyValidators(t *testing.T) {
	def, ids := testDefinition(t, 4, 3, 100)
	net := newTestNet(t, def, ids)
	start := time.Now()
	net.run()
	t.Logf("4 operators, 100 validators, state machines only: %v", time.Since(start))
	checkOutcome(t, net, seq(1, 4))
	if len(net.cs[0].Result().Deposits) != 100 {
		t.Fatalf("%d deposits, want 100", len(net.cs[0].Result().Deposits))
	}
}

// corruptShare makes dealer's deal carry, for recipient, shares that do
// not match the commitments (sealed properly, so only the check catches it).
func corruptShare(t *testing.T, net *testNet, dealer, recipient int) func(delivery) []byte {
	var tampered []byte
	return func(d delivery) []byte {
		if d.from != dealer || phaseOf(d.msg) != PhaseDeal {
			return d.msg
		}
		if tampered == nil {
			env, _ := decodeEnvelope(d.msg)
			body, err := net.cs[0].shape.decodeDeal(env.Body)
			if err != nil {
				t.Fatal(err)
			}
			wrong := make([]byte, 0, net.def.Validators*tbls.SecretKeyLength)
			for range net.def.Validators {
				wrong = append(wrong, tbls.GenerateSecretKey().Bytes()...)
			}
			body.Shares[recipient-1] = mustSeal(t, net.def.Operators[recipient-1].EncryptionKey, dealInfo(env.Hash, dealer, recipient), wrong)
			tampered = resign(net.ids[dealer-1].Signing, d.msg, encodeBody(body))
		}
		return tampered
	}
}

func TestBadShareJustified(t *testing.T) {
	def, ids := testDefinition(t, 4, 3, 2)
	net := newTestNet(t, def, ids)
	net.tamper = corruptShare(t, net, 2, 3)
	net.run()
	// Dealer 2 is honest in its justification: it reveals operator 3's
	// true shares, which check against its commitments, so it stays.
	checkOutcome(t, net, seq(1, 4))
}

func TestBadShareNotJustified(t *testing.T) {
	tests := []struct {
		name       string
		justify    func(t *testing.T, net *testNet, d delivery) []byte
		wantReason string
	}{
		{"no justification", func(*testing.T, *testNet, delivery) []byte { return nil }, "did not answer the complaints of operators [3]"},
		{"wrong shares revealed", func(t *testing.T, net *testNet, d delivery) []byte {
			env, _ := decodeEnvelope(d.msg)
			body, err := net.cs[0].shape.decodeJustification(env.Body)
			if err != nil {
				t.Fatal(err)
			}
			body.Revealed[0].Shares = tbls.GenerateSecretKey().Bytes()
			body.Revealed[0].Shares = append(body.Revealed[0].Shares, tbls.GenerateSecretKey().Bytes()...)
			return resign(net.ids[1].Signing, d.msg, encodeBody(body))
		}, "does not match its commitments"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			def, ids := testDefinition(t, 4, 3, 2)
			net := newTestNet(t, def, ids)
			bad := corruptShare(t, net, 2, 3)
			net.tamper = func(d delivery) []byte {
				if d.from == 2 && phaseOf(d.msg) == PhaseJustification {
					return tc.justify(t, net, d)
				}
				return bad(d)
			}
			// Dealer 2 keeps its own books by what it really sent, so
			// that it completes the ceremony with the others (a dealer
			// that believes otherwise makes the finish phase abort:
			// TestDivergentViewAborts).
			dealer := net.cs[1]
			net.onAdvance = func(i int) {
				if i != 2 || dealer.phase != PhaseJustification {
					return
				}
				sent := dealer.justification[2]
				if sent == nil {
					return
				}
				delete(dealer.justification, 2)
				delete(dealer.raw[PhaseJustification], 2)
				if msg := tc.justify(t, net, delivery{from: 2, msg: dealer.own[len(dealer.own)-1]}); msg != nil {
					if err := dealer.Receive(2, msg); err != nil {
						t.Fatal(err)
					}
				}
			}
			net.run()
			checkOutcome(t, net, []int{1, 3, 4})
			for i, c := range net.cs {
				if reason := c.Result().Excluded[2]; !strings.Contains(reason, tc.wantReason) {
					t.Fatalf("operator %d excludes dealer 2 for %q, want %q", i+1, reason, tc.wantReason)
				}
			}
		})
	}
}

// TestInconsistentCommitments: dealer 2 deals one polynomial to operators 1
// and 2 and another to operators 3 and 4; each deal is valid on its own.
// The echo of commitment hashes in the responses exposes it.
func TestInconsistentCommitments(t *testing.T) {
	def, ids := testDefinition(t, 4, 3, 1)
	net := newTestNet(t, def, ids)
	twin, err := New(Config{Definition: def, Index: 2, Identity: ids[1].Signing, Encryption: ids[1].Encryption})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := twin.Start(); err != nil {
		t.Fatal(err)
	}
	other, err := twin.deal()
	if err != nil {
		t.Fatal(err)
	}
	net.tamper = func(d delivery) []byte {
		if d.from == 2 && phaseOf(d.msg) == PhaseDeal && d.to >= 3 {
			return other[0]
		}
		return d.msg
	}
	net.run()
	checkOutcome(t, net, []int{1, 3, 4})
	if reason := net.cs[0].Result().Excluded[2]; !strings.Contains(reason, "different commitments") {
		t.Fatalf("dealer 2 excluded for %q", reason)
	}
}

// TestDivergentViewAborts: dealer 2's justification reaches nobody but
// itself, so it counts itself in while the others exclude it. The finish
// phase compares cluster hashes and everyone aborts: no operator writes a
// cluster the others do not share.
func TestDivergentViewAborts(t *testing.T) {
	def, ids := testDefinition(t, 4, 3, 1)
	net := newTestNet(t, def, ids)
	bad := corruptShare(t, net, 2, 3)
	net.tamper = func(d delivery) []byte {
		if d.from == 2 && phaseOf(d.msg) == PhaseJustification {
			return nil
		}
		return bad(d)
	}
	net.run()
	for i, err := range net.errs {
		if err == nil || !strings.Contains(err.Error(), "disagree on the outcome") {
			t.Fatalf("operator %d: error %v, want a disagreement", i+1, err)
		}
		if net.cs[i].Result() != nil {
			t.Fatalf("operator %d has a result", i+1)
		}
	}
}

func TestTooFewQualifiedAborts(t *testing.T) {
	def, ids := testDefinition(t, 4, 3, 1)
	net := newTestNet(t, def, ids)
	bad1, bad2 := corruptShare(t, net, 1, 3), corruptShare(t, net, 2, 4)
	net.tamper = func(d delivery) []byte {
		if (d.from == 1 || d.from == 2) && phaseOf(d.msg) == PhaseJustification {
			return nil
		}
		if d.from == 1 {
			return bad1(d)
		}
		return bad2(d)
	}
	net.run()
	// The culprits, which count their own justifications in, fail too
	// (nobody sends them a finish message); none has a result.
	for i, c := range net.cs {
		if net.errs[i] == nil || c.Result() != nil {
			t.Fatalf("operator %d did not abort", i+1)
		}
	}
	for _, i := range []int{2, 3} {
		err := net.errs[i]
		if !errors.Is(err, ErrTooFewQualified) {
			t.Fatalf("operator %d: error %v, want too few qualified", i+1, err)
		}
		for _, want := range []string{"2 of 4 dealers qualified", "operator 1 (op-1)", "operator 2 (op-2)", "justification phase"} {
			if !strings.Contains(err.Error(), want) {
				t.Fatalf("operator %d: error %q does not mention %q", i+1, err, want)
			}
		}
		if net.cs[i].Result() != nil {
			t.Fatalf("operator %d has a result after an abort", i+1)
		}
	}
}

// TestMissingOperator: an operator that goes silent from a phase on makes
// every other operator fail at that phase's timeout, naming it.
func TestMissingOperator(t *testing.T) {
	tests := []struct {
		silentFrom Phase
		wantPhase  string
	}{
		{PhaseHello, "hello phase: no hello message from operator 4 (op-4)"},
		{PhaseDeal, "response phase: no response message from operator 4 (op-4)"},
		{PhaseResponse, "response phase: no response message from operator 4 (op-4)"},
		{PhaseFinish, "finish phase: no finish message from operator 4 (op-4)"},
	}
	for _, tc := range tests {
		t.Run(tc.silentFrom.String(), func(t *testing.T) {
			def, ids := testDefinition(t, 4, 3, 1)
			net := newTestNet(t, def, ids)
			net.tamper = func(d delivery) []byte {
				if d.from == 4 && phaseOf(d.msg) >= tc.silentFrom {
					return nil
				}
				return d.msg
			}
			net.run()
			for i := range 3 {
				err := net.errs[i]
				if err == nil || !strings.Contains(err.Error(), tc.wantPhase) {
					t.Fatalf("operator %d: error %v, want %q", i+1, err, tc.wantPhase)
				}
				if net.cs[i].Result() != nil {
					t.Fatalf("operator %d has a result", i+1)
				}
			}
		})
	}
}

func TestDefinitionMismatchRefused(t *testing.T) {
	def, ids := testDefinition(t, 4, 3, 1)
	other := *def
	other.Nonce = bytes.Repeat([]byte{7}, 16)
	if err := other.Sign(ids[0].Signing); err != nil {
		t.Fatal(err)
	}
	net := newTestNet(t, def, ids)
	c, err := New(Config{Definition: &other, Index: 4, Identity: ids[3].Signing, Encryption: ids[3].Encryption})
	if err != nil {
		t.Fatal(err)
	}
	net.cs[3] = c
	net.run()
	for i := range 3 {
		err := net.errs[i]
		if err == nil || !strings.Contains(err.Error(), "operator 4 (op-4) runs definition") || !strings.Contains(err.Error(), "refusing") {
			t.Fatalf("operator %d: error %v, want a refusal naming operator 4", i+1, err)
		}
	}
}

// TestBadPartialAborts: an operator whose finish message carries a partial
// signature that does not verify is named, and nobody gets a result.
func TestBadPartialAborts(t *testing.T) {
	def, ids := testDefinition(t, 4, 3, 2)
	net := newTestNet(t, def, ids)
	net.tamper = func(d delivery) []byte {
		if d.from != 3 || phaseOf(d.msg) != PhaseFinish {
			return d.msg
		}
		env, _ := decodeEnvelope(d.msg)
		body, err := net.cs[0].shape.decodeFinish(env.Body)
		if err != nil {
			t.Fatal(err)
		}
		// Swap the two validators' deposit partials: valid points, wrong keys.
		p := body.DepositPartials
		swapped := append(append([]byte{}, p[96:]...), p[:96]...)
		body.DepositPartials = swapped
		return resign(ids[2].Signing, d.msg, encodeBody(body))
	}
	net.run()
	for _, i := range []int{0, 1, 3} {
		err := net.errs[i]
		if err == nil || !strings.Contains(err.Error(), "operator 3 (op-3)'s partial deposit signature for validator 1 does not verify") {
			t.Fatalf("operator %d: error %v", i+1, err)
		}
	}
}
