package dkg

import (
	"bytes"
	"crypto/ed25519"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/keystake/keystake/tbls"
)

// Phase is a step of the ceremony. Each message belongs to the phase of
// the same number, and each phase has one kind of message.
type Phase uint8

// The phases, in order.
const (
	PhaseHello         Phase = 1 // exchange the definition hash
	PhaseDeal          Phase = 2 // commitments and encrypted shares
	PhaseResponse      Phase = 3 // complaints and the commitment echo
	PhaseJustification Phase = 4 // accused dealers reveal the disputed shares
	PhaseFinish        Phase = 5 // cluster hash and partial signatures
	PhaseDone          Phase = 6 // every operator has what it needs
	phaseEnd           Phase = 7 // the ceremony is over
)

var phaseNames = [...]string{"", "hello", "deal", "response", "justification", "finish", "done", "end"}

// String names the phase.
func (p Phase) String() string {
	if int(p) < len(phaseNames) && p != 0 {
		return phaseNames[p]
	}
	return fmt.Sprintf("phase(%d)", uint8(p))
}

// Wire format of an envelope, the unit sent between operators:
//
//	phase (1 byte) | sender index (1 byte) | definition hash (32) | body | ed25519 signature (64)
//
// The signature, by the sender's identity key, covers messageSigDomain
// followed by every byte before it, so a message is bound to its sender,
// its ceremony and its phase. Bodies are JSON objects, decoded strictly.
const (
	messageSigDomain = "keystake dkg message v1"
	headerLength     = 2 + 32
	minMessageLength = headerLength + ed25519.SignatureSize
	// MaxMessageSize is the protocol's frame limit: a deal for
	// MaxValidators validators among 64 operators fits with room to spare.
	MaxMessageSize = 12 << 20
)

// Errors of message decoding and checking.
var (
	ErrMalformed     = errors.New("malformed message")
	ErrBadSignature  = errors.New("message signature does not verify")
	ErrWrongCeremony = errors.New("message belongs to another ceremony")
)

// envelope is a decoded message whose signature has not been checked yet.
type envelope struct {
	Phase  Phase
	Sender int
	Hash   [32]byte
	Body   []byte
	Sig    []byte
	signed []byte // the bytes the signature covers, without the domain
}

// sealEnvelope signs and encodes a message.
func sealEnvelope(key ed25519.PrivateKey, phase Phase, sender int, hash [32]byte, body []byte) []byte {
	out := make([]byte, 0, headerLength+len(body)+ed25519.SignatureSize)
	out = append(out, byte(phase), byte(sender))
	out = append(out, hash[:]...)
	out = append(out, body...)
	sig := ed25519.Sign(key, append([]byte(messageSigDomain), out...))
	return append(out, sig...)
}

// decodeEnvelope splits a message into its parts. It checks the layout
// only: the caller checks the sender, hash and signature.
func decodeEnvelope(b []byte) (*envelope, error) {
	if len(b) < minMessageLength {
		return nil, fmt.Errorf("%w: %d bytes, want at least %d", ErrMalformed, len(b), minMessageLength)
	}
	if len(b) > MaxMessageSize {
		return nil, fmt.Errorf("%w: %d bytes, over the %d limit", ErrMalformed, len(b), MaxMessageSize)
	}
	p := Phase(b[0])
	if p < PhaseHello || p > PhaseDone {
		return nil, fmt.Errorf("%w: unknown phase %d", ErrMalformed, b[0])
	}
	end := len(b) - ed25519.SignatureSize
	return &envelope{
		Phase:  p,
		Sender: int(b[1]),
		Hash:   [32]byte(b[2:34]),
		Body:   b[headerLength:end],
		Sig:    b[end:],
		signed: b[:end],
	}, nil
}

// verify checks the signature under the sender's identity key.
func (e *envelope) verify(key ed25519.PublicKey) error {
	if !ed25519.Verify(key, append([]byte(messageSigDomain), e.signed...), e.Sig) {
		return ErrBadSignature
	}
	return nil
}

// Message bodies. Byte fields are base64 in JSON; group elements are
// concatenated compressed points, validated by length here and as points
// where they are used.

// dealBody is a dealer's contribution: for every validator v the Feldman
// commitments of its polynomial, Commitments[v*t+j] = g1^a_{v,j}, and for
// every operator i (Shares[i-1]) the HPKE-sealed concatenation of the
// shares f_v(i) of every validator.
type dealBody struct {
	Commitments []byte   `json:"commitments"`
	Shares      [][]byte `json:"shares"`
}

// status is an operator's verdict on one dealer's deal.
type status string

// Verdicts in a response.
const (
	statusOK      status = "ok"      // every share verified
	statusBad     status = "bad"     // a share or the commitments failed
	statusMissing status = "missing" // no deal arrived in time
)

// responseBody holds one verdict per dealer, in dealer order, with the
// hash of the commitments received from it (empty when missing): the echo
// by which operators detect a dealer that sent different commitments to
// different operators.
type responseBody struct {
	Verdicts []verdict `json:"verdicts"`
}

type verdict struct {
	Dealer         int    `json:"dealer"`
	Status         status `json:"status"`
	CommitmentHash []byte `json:"commitment_hash,omitempty"`
}

// justificationBody is an accused dealer's answer: its commitments again
// and, for each operator that complained, that operator's shares in the
// clear (every validator's, concatenated), for everyone to check.
type justificationBody struct {
	Commitments []byte          `json:"commitments"`
	Revealed    []revealedShare `json:"revealed"`
}

type revealedShare struct {
	Operator int    `json:"operator"`
	Shares   []byte `json:"shares"`
}

// finishBody is an operator's confirmation of the outcome: the hash of the
// cluster definition it computed, and for every validator its partial
// signatures over that hash and over the deposit signing root.
type finishBody struct {
	ClusterHash     []byte `json:"cluster_hash"`
	ClusterPartials []byte `json:"cluster_partials"`
	DepositPartials []byte `json:"deposit_partials,omitempty"`
}

// emptyBody is the body of hello and done messages.
type emptyBody struct{}

// shape is what a ceremony's bodies must look like: n recipients (the
// operators of the resulting cluster) with threshold t, v validators, and
// the participant indices of the dealers, ascending. Resharing, the
// deposit partials are absent and dealerT of the dealers (the old
// threshold) must qualify; otherwise every operator deals and dealerT = t.
type shape struct {
	n, t, v int
	dealers []int
	dealerT int
	reshare bool
}

func newShape(d *Definition) shape {
	s := shape{n: len(d.Operators), t: d.Threshold, v: d.Validators, dealerT: d.Threshold}
	if d.ReshareFrom == nil {
		s.dealers = seqFrom1(s.n)
		return s
	}
	s.reshare, s.dealerT = true, d.ReshareFrom.Threshold
	for p := range d.Participants() {
		if d.oldIndex(p+1) != 0 {
			s.dealers = append(s.dealers, p+1)
		}
	}
	return s
}

func decodeStrict(b []byte, out any) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(out); err != nil {
		return fmt.Errorf("%w: %v", ErrMalformed, err)
	}
	if dec.More() {
		return fmt.Errorf("%w: trailing data", ErrMalformed)
	}
	return nil
}

func encodeBody(v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		panic(fmt.Sprintf("dkg: encode message body: %v", err)) // plain structs of bytes and ints cannot fail
	}
	return b
}

func decodeEmpty(b []byte) error {
	var e emptyBody
	return decodeStrict(b, &e)
}

func (s shape) commitmentsLength() int { return s.v * s.t * tbls.PublicKeyLength }
func (s shape) sharesLength() int      { return s.v * tbls.SecretKeyLength }

func (s shape) decodeDeal(b []byte) (*dealBody, error) {
	var d dealBody
	if err := decodeStrict(b, &d); err != nil {
		return nil, err
	}
	if len(d.Commitments) != s.commitmentsLength() {
		return nil, fmt.Errorf("%w: deal commitments are %d bytes, want %d", ErrMalformed, len(d.Commitments), s.commitmentsLength())
	}
	if len(d.Shares) != s.n {
		return nil, fmt.Errorf("%w: deal has %d sealed shares, want %d", ErrMalformed, len(d.Shares), s.n)
	}
	return &d, nil
}

func (s shape) decodeResponse(b []byte) (*responseBody, error) {
	var r responseBody
	if err := decodeStrict(b, &r); err != nil {
		return nil, err
	}
	if len(r.Verdicts) != len(s.dealers) {
		return nil, fmt.Errorf("%w: response has %d verdicts, want %d", ErrMalformed, len(r.Verdicts), len(s.dealers))
	}
	for i, v := range r.Verdicts {
		if v.Dealer != s.dealers[i] {
			return nil, fmt.Errorf("%w: verdict %d is about dealer %d, want %d", ErrMalformed, i+1, v.Dealer, s.dealers[i])
		}
		switch {
		case v.Status == statusMissing && len(v.CommitmentHash) != 0:
			return nil, fmt.Errorf("%w: verdict on dealer %d: missing deal with a commitment hash", ErrMalformed, v.Dealer)
		case (v.Status == statusOK || v.Status == statusBad) && len(v.CommitmentHash) != 32:
			return nil, fmt.Errorf("%w: verdict on dealer %d: commitment hash is %d bytes, want 32", ErrMalformed, v.Dealer, len(v.CommitmentHash))
		case v.Status != statusOK && v.Status != statusBad && v.Status != statusMissing:
			return nil, fmt.Errorf("%w: verdict on dealer %d: unknown status %q", ErrMalformed, v.Dealer, v.Status)
		}
	}
	return &r, nil
}

func (s shape) decodeJustification(b []byte) (*justificationBody, error) {
	var j justificationBody
	if err := decodeStrict(b, &j); err != nil {
		return nil, err
	}
	if len(j.Commitments) != s.commitmentsLength() {
		return nil, fmt.Errorf("%w: justification commitments are %d bytes, want %d", ErrMalformed, len(j.Commitments), s.commitmentsLength())
	}
	if len(j.Revealed) == 0 || len(j.Revealed) > s.n {
		return nil, fmt.Errorf("%w: justification reveals %d operators' shares, want 1..%d", ErrMalformed, len(j.Revealed), s.n)
	}
	seen := make(map[int]bool, len(j.Revealed))
	for _, r := range j.Revealed {
		if r.Operator < 1 || r.Operator > s.n || seen[r.Operator] {
			return nil, fmt.Errorf("%w: justification reveals shares of operator %d twice or out of range", ErrMalformed, r.Operator)
		}
		seen[r.Operator] = true
		if len(r.Shares) != s.sharesLength() {
			return nil, fmt.Errorf("%w: revealed shares of operator %d are %d bytes, want %d", ErrMalformed, r.Operator, len(r.Shares), s.sharesLength())
		}
	}
	return &j, nil
}

func (s shape) decodeFinish(b []byte) (*finishBody, error) {
	var f finishBody
	if err := decodeStrict(b, &f); err != nil {
		return nil, err
	}
	want := s.v * tbls.SignatureLength
	wantDeposit := want
	if s.reshare {
		wantDeposit = 0
	}
	switch {
	case len(f.ClusterHash) != 32:
		return nil, fmt.Errorf("%w: cluster hash is %d bytes, want 32", ErrMalformed, len(f.ClusterHash))
	case len(f.ClusterPartials) != want:
		return nil, fmt.Errorf("%w: cluster partials are %d bytes, want %d", ErrMalformed, len(f.ClusterPartials), want)
	case len(f.DepositPartials) != wantDeposit:
		return nil, fmt.Errorf("%w: deposit partials are %d bytes, want %d", ErrMalformed, len(f.DepositPartials), wantDeposit)
	}
	return &f, nil
}
