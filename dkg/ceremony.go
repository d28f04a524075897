package dkg

import (
	"bytes"
	"crypto/ed25519"
	"crypto/sha256"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/keystake/keystake/cluster"
	"github.com/keystake/keystake/deposit"
	"github.com/keystake/keystake/seal"
	"github.com/keystake/keystake/tbls"
)

// Config configures a Ceremony.
type Config struct {
	// Definition is the verified definition of the ceremony.
	Definition *Definition
	// Index is this participant's index in Definition.Participants(): its
	// operator index, except for an operator of the cluster being reshared
	// that is not among the new operators.
	Index int
	// Identity signs this operator's messages; its public key must be
	// operator Index's identity_public_key.
	Identity ed25519.PrivateKey
	// Encryption opens the deals sealed to this operator; its public key
	// must be operator Index's encryption_public_key.
	Encryption *seal.PrivateKey
	// Logger receives the ceremony's events; nil discards them.
	Logger *slog.Logger
	// OldShares are, when resharing, this participant's shares of the
	// reshared cluster's validators, in its order; nil if it was not one
	// of its operators.
	OldShares []*tbls.SecretKey
}

// Ceremony is one operator's side of a distributed key generation: a state
// machine without I/O. Messages from peers go in through Receive; Advance
// closes the current phase and returns the messages to broadcast to every
// operator (this one included, which Advance already did). The caller
// decides when a phase ends: as soon as Ready reports that every expected
// message is in, or when the phase's timeout expires.
//
// A Ceremony is not safe for concurrent use.
type Ceremony struct {
	def     *Definition
	hash    [32]byte
	shape   shape
	self    int
	id      ed25519.PrivateKey
	enc     *seal.PrivateKey
	log     *slog.Logger
	network deposit.Network
	parts   []cluster.Operator // participants, by index
	old     []*tbls.SecretKey  // this dealer's shares being reshared

	phase Phase
	raw   map[Phase]map[int][]byte // accepted messages by phase and sender
	own   [][]byte                 // this operator's messages, in order
	seen  map[int]Phase            // highest phase heard from each operator

	mismatch      map[int][32]byte // definition hash announced by a peer that differs
	deals         map[int]*dealBody
	responses     map[int]*responseBody
	justification map[int]*justificationBody
	finishes      map[int]*finishBody

	polys    []*tbls.Split              // own polynomials' shares, until the outcome
	received map[int][]*tbls.SecretKey  // dealer -> this operator's shares, verified
	comms    map[int][][]tbls.PublicKey // dealer -> commitments per validator
	echo     map[int][32]byte           // dealer -> hash of the commitments received

	out     *outcome
	pending *Result // built at finish, set as result once every finish message checks
	result  *Result
}

// New checks cfg and returns a ceremony in the hello phase; call Start.
func New(cfg Config) (*Ceremony, error) {
	d := cfg.Definition
	if d == nil {
		return nil, errors.New("new ceremony: no definition")
	}
	if err := d.Validate(); err != nil {
		return nil, fmt.Errorf("new ceremony: %w", err)
	}
	parts := d.Participants()
	if cfg.Index < 1 || cfg.Index > len(parts) {
		return nil, fmt.Errorf("new ceremony: participant index %d is not in 1..%d", cfg.Index, len(parts))
	}
	op := parts[cfg.Index-1]
	if len(cfg.Identity) != ed25519.PrivateKeySize || !bytes.Equal(op.IdentityKey, cfg.Identity.Public().(ed25519.PublicKey)) {
		return nil, fmt.Errorf("new ceremony: the identity key is not operator %d (%s)'s", op.Index, op.ID)
	}
	if cfg.Encryption == nil || !bytes.Equal(op.EncryptionKey, cfg.Encryption.PublicKey()) {
		return nil, fmt.Errorf("new ceremony: the encryption key is not operator %d (%s)'s", op.Index, op.ID)
	}
	if err := checkOldShares(d, cfg.Index, cfg.OldShares); err != nil {
		return nil, fmt.Errorf("new ceremony: %w", err)
	}
	nw, err := d.DepositNetwork()
	if err != nil {
		return nil, fmt.Errorf("new ceremony: %w", err)
	}
	log := cfg.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Ceremony{
		def: d, hash: d.ComputeHash(), self: cfg.Index, parts: parts, old: cfg.OldShares,
		shape: newShape(d),
		id:    cfg.Identity, enc: cfg.Encryption, network: nw,
		log:           log.With("ceremony", d.Name, "operator", cfg.Index),
		raw:           make(map[Phase]map[int][]byte),
		seen:          make(map[int]Phase),
		mismatch:      make(map[int][32]byte),
		deals:         make(map[int]*dealBody),
		responses:     make(map[int]*responseBody),
		justification: make(map[int]*justificationBody),
		finishes:      make(map[int]*finishBody),
		received:      make(map[int][]*tbls.SecretKey),
		comms:         make(map[int][][]tbls.PublicKey),
		echo:          make(map[int][32]byte),
	}, nil
}

// Start enters the hello phase and returns the hello message.
func (c *Ceremony) Start() ([][]byte, error) {
	if c.phase != 0 {
		return nil, errors.New("ceremony already started")
	}
	c.phase = PhaseHello
	return c.emit(PhaseHello, encodeBody(emptyBody{}))
}

// Phase returns the current phase; 0 before Start.
func (c *Ceremony) Phase() Phase { return c.phase }

// Finished reports whether the ceremony is over: Result is set.
func (c *Ceremony) Finished() bool { return c.phase == phaseEnd }

// Result returns the outcome once the finish phase has been verified
// (from the done phase on), else nil.
func (c *Ceremony) Result() *Result { return c.result }

// emit signs, records and returns one message of this operator.
func (c *Ceremony) emit(p Phase, body []byte) ([][]byte, error) {
	msg := sealEnvelope(c.id, p, c.self, c.hash, body)
	if err := c.Receive(c.self, msg); err != nil {
		return nil, fmt.Errorf("record own %s message: %w", p, err)
	}
	c.own = append(c.own, msg)
	return [][]byte{msg}, nil
}

// Receive checks and records a message from operator from, the sender
// authenticated by the transport. It returns an error, and records
// nothing, for a malformed message, a sender that is not from, a bad
// signature, another ceremony's hash (remembered: the hello phase then
// fails naming the operator) or a second, different message for the same
// phase (the first one stands). Identical repeats are ignored. Messages of
// phases not reached yet are kept for later.
func (c *Ceremony) Receive(from int, msg []byte) error {
	env, err := decodeEnvelope(msg)
	if err != nil {
		return fmt.Errorf("message from operator %d: %w", from, err)
	}
	if prev, ok := c.raw[env.Phase][from]; ok && string(prev) == string(msg) {
		return nil // a resend of a message already checked
	}
	if env.Sender != from || from < 1 || from > len(c.parts) {
		return fmt.Errorf("message from operator %d: %w: claims to be from operator %d", from, ErrMalformed, env.Sender)
	}
	if err := env.verify(ed25519.PublicKey(c.parts[from-1].IdentityKey)); err != nil {
		return fmt.Errorf("%s message from operator %d: %w", env.Phase, from, err)
	}
	if env.Hash != c.hash {
		c.mismatch[from] = env.Hash
		return fmt.Errorf("%s message from operator %d: %w %x (ours is %x)", env.Phase, from, ErrWrongCeremony, env.Hash, c.hash)
	}
	if _, ok := c.raw[env.Phase][from]; ok {
		return fmt.Errorf("operator %d sent two different %s messages; the first one stands", from, env.Phase)
	}
	if err := c.decode(from, env); err != nil {
		return fmt.Errorf("%s message from operator %d: %w", env.Phase, from, err)
	}
	if c.raw[env.Phase] == nil {
		c.raw[env.Phase] = make(map[int][]byte)
	}
	c.raw[env.Phase][from] = msg
	c.seen[from] = max(c.seen[from], env.Phase)
	return nil
}

// decode parses a body and stores it by phase.
func (c *Ceremony) decode(from int, env *envelope) error {
	switch env.Phase {
	case PhaseHello, PhaseDone:
		return decodeEmpty(env.Body)
	case PhaseDeal:
		d, err := c.shape.decodeDeal(env.Body)
		if err == nil {
			c.deals[from] = d
		}
		return err
	case PhaseResponse:
		r, err := c.shape.decodeResponse(env.Body)
		if err == nil {
			c.responses[from] = r
		}
		return err
	case PhaseJustification:
		j, err := c.shape.decodeJustification(env.Body)
		if err == nil {
			c.justification[from] = j
		}
		return err
	case PhaseFinish:
		f, err := c.shape.decodeFinish(env.Body)
		if err == nil {
			c.finishes[from] = f
		}
		return err
	}
	return fmt.Errorf("%w: unexpected phase", ErrMalformed)
}

// Ready reports whether every message the current phase waits for is in:
// one from every operator, or in the justification phase one from every
// accused dealer. In the hello phase a peer announcing another ceremony
// also makes it ready, to fail at once.
func (c *Ceremony) Ready() bool {
	switch c.phase {
	case 0:
		return false
	case PhaseHello:
		return len(c.mismatch) > 0 || len(c.Missing()) == 0
	case phaseEnd:
		return false
	}
	return len(c.Missing()) == 0
}

// Missing lists the participants whose message for the current phase has
// not arrived, ascending.
func (c *Ceremony) Missing() []int {
	var missing []int
	for _, i := range c.expected(c.phase) {
		if _, ok := c.raw[c.phase][i]; !ok {
			missing = append(missing, i)
		}
	}
	return missing
}

// expected lists who sends a message in phase p: the dealers deal and
// justify (when accused), the recipients (the operators) respond and
// finish, and everyone says hello and done.
func (c *Ceremony) expected(p Phase) []int {
	switch p {
	case PhaseDeal:
		return c.shape.dealers
	case PhaseJustification:
		return c.accused()
	case PhaseResponse, PhaseFinish:
		return seqFrom1(c.shape.n)
	}
	return seqFrom1(len(c.parts))
}

func seqFrom1(n int) []int {
	all := make([]int, n)
	for i := range all {
		all[i] = i + 1
	}
	return all
}

// isDealer and isRecipient say whether participant i deals shares, and
// receives them (is an operator of the resulting cluster).
func (c *Ceremony) isDealer(i int) bool    { return slices.Contains(c.shape.dealers, i) }
func (c *Ceremony) isRecipient(i int) bool { return i >= 1 && i <= c.shape.n }

// Resend returns this operator's messages that a peer may still need: those
// of the lowest phase any peer has been heard in, and later. Peers ignore
// identical repeats, so the transport may send them again at will.
func (c *Ceremony) Resend() [][]byte {
	lowest := PhaseDone
	for i := range seqFrom1(len(c.parts)) {
		if i+1 != c.self {
			lowest = min(lowest, max(c.seen[i+1], PhaseHello))
		}
	}
	var out [][]byte
	for _, msg := range c.own {
		if Phase(msg[0]) >= lowest {
			out = append(out, msg)
		}
	}
	return out
}

// Advance closes the current phase and enters the next, returning the
// messages to broadcast. Unless expired is set it does nothing before the
// phase is Ready. With expired set it closes the phase with what it has:
// a missing deal becomes a complaint and a missing justification excludes
// its dealer, while a missing hello, response or finish message aborts
// the ceremony with an error naming the operators that did not send it.
// Any error is final.
func (c *Ceremony) Advance(expired bool) ([][]byte, error) {
	if !c.Ready() && !expired {
		return nil, nil
	}
	from := c.phase
	out, err := c.advance()
	if err != nil {
		c.wipe()
		return nil, fmt.Errorf("%s phase: %w", from, err)
	}
	c.log.Debug("phase complete", "phase", from.String(), "next", c.phase.String())
	return out, nil
}

func (c *Ceremony) advance() ([][]byte, error) {
	switch c.phase {
	case PhaseHello:
		if err := c.checkHellos(); err != nil {
			return nil, err
		}
		c.phase = PhaseDeal
		return c.deal()
	case PhaseDeal:
		c.phase = PhaseResponse
		return c.respond()
	case PhaseResponse:
		if err := c.requireAll(); err != nil {
			return nil, err
		}
		c.phase = PhaseJustification
		return c.justify()
	case PhaseJustification:
		if err := c.qualify(); err != nil {
			return nil, err
		}
		c.phase = PhaseFinish
		return c.finish()
	case PhaseFinish:
		if err := c.requireAll(); err != nil {
			return nil, err
		}
		if err := c.conclude(); err != nil {
			return nil, err
		}
		c.phase = PhaseDone
		return c.emit(PhaseDone, encodeBody(emptyBody{}))
	case PhaseDone:
		if m := c.Missing(); len(m) > 0 {
			c.log.Info("ceremony over without every operator's confirmation", "unconfirmed", c.names(m))
		}
		c.phase = phaseEnd
		return nil, nil
	}
	return nil, fmt.Errorf("cannot advance from phase %s", c.phase)
}

// checkHellos fails on a peer running another ceremony or a missing peer.
func (c *Ceremony) checkHellos() error {
	if len(c.mismatch) > 0 {
		var parts []string
		for _, i := range slices.Sorted(maps.Keys(c.mismatch)) {
			h := c.mismatch[i]
			parts = append(parts, fmt.Sprintf("operator %s runs definition %x", c.name(i), h))
		}
		return fmt.Errorf("%s, ours is %x: refusing to run with a different definition", strings.Join(parts, "; "), c.hash)
	}
	return c.requireAll()
}

// requireAll fails naming the operators whose message is missing.
func (c *Ceremony) requireAll() error {
	if m := c.Missing(); len(m) > 0 {
		return fmt.Errorf("no %s message from %s before the timeout: offline or unreachable", c.phase, c.names(m))
	}
	return nil
}

// name is "3 (op-c)".
func (c *Ceremony) name(i int) string {
	if i < 1 || i > len(c.parts) {
		return strconv.Itoa(i)
	}
	return fmt.Sprintf("%d (%s)", i, c.parts[i-1].ID)
}

// names is "operators 3 (op-c), 4 (op-d)".
func (c *Ceremony) names(is []int) string {
	parts := make([]string, len(is))
	for k, i := range is {
		parts[k] = c.name(i)
	}
	word := "operators "
	if len(is) == 1 {
		word = "operator "
	}
	return word + strings.Join(parts, ", ")
}

// commitmentHash binds a dealer's commitments for the echo.
func commitmentHash(dealer int, commitments []byte) [32]byte {
	h := sha256.New()
	h.Write([]byte("keystake dkg commitments v1"))
	h.Write([]byte{byte(dealer)})
	h.Write(commitments)
	var sum [32]byte
	h.Sum(sum[:0])
	return sum
}

// dealInfo binds a sealed deal to its ceremony, dealer and recipient.
func dealInfo(hash [32]byte, dealer, recipient int) []byte {
	info := append([]byte("keystake dkg deal v1"), hash[:]...)
	return append(info, byte(dealer), byte(recipient))
}

// wipe zeroes every secret the ceremony holds, after an abort.
func (c *Ceremony) wipe() {
	for _, s := range c.polys {
		s.Zero()
	}
	c.polys = nil
	for _, shares := range c.received {
		zeroKeys(shares)
	}
	clear(c.received)
	if c.out != nil {
		zeroKeys(c.out.shares)
	}
}

func zeroKeys(keys []*tbls.SecretKey) {
	for _, k := range keys {
		if k != nil {
			k.Zero()
		}
	}
}
