package hotstuff

import (
	"bytes"
	"errors"
	"fmt"
	"math/bits"
	"time"
)

// Codec converts values to and from their canonical encoding. The value's
// identity is HashValue of the encoding, so Encode must be deterministic and
// Decode must reject anything Encode would not produce.
type Codec[V any] struct {
	Encode func(V) ([]byte, error)
	Decode func([]byte) (V, error)
}

// BytesCodec is the identity codec for values that are already bytes.
func BytesCodec() Codec[[]byte] {
	return Codec[[]byte]{
		Encode: func(b []byte) ([]byte, error) { return b, nil },
		Decode: func(b []byte) ([]byte, error) { return b, nil },
	}
}

// Config wires an Instance to its environment. Every function is called
// synchronously from Start, Handle or Tick, on the caller's goroutine; none
// may call back into the Instance.
type Config[V any] struct {
	// Key identifies the instance; messages for other keys are rejected.
	Key Key
	// N is the number of operators (1..MaxOperators); Self is this
	// operator's 0-based index.
	N, Self int
	// Schedule is the wall-clock plan shared by all operators.
	Schedule Schedule
	// Codec encodes and decodes values.
	Codec Codec[V]
	// Send delivers m to operator to; Broadcast delivers m to every other
	// operator. Best effort: loss, delay, duplication and reordering are
	// tolerated. The Instance never sends to itself through them. m must
	// not be modified.
	Send      func(to int, m *Message)
	Broadcast func(m *Message)
	// Sign signs payload with this operator's identity key.
	Sign func(payload []byte) ([]byte, error)
	// Verify checks an operator's identity-key signature.
	Verify VerifyFunc
	// Validate is the duty layer's check of a proposed value (slashing
	// safety, agreement with its own beacon node). A node votes for a
	// proposal only if Validate returns nil. Nil accepts every value.
	Validate func(V) error
	// Propose returns this operator's own candidate value. It is called
	// lazily, only when this operator leads a view and knows no locked
	// value to re-propose. If it returns an error (value not fetched yet),
	// it is called again on the next Handle or Tick of the view (call Tick
	// when the value arrives); it must not block. Nil: this operator never
	// proposes a fresh value.
	Propose func() (V, error)
	// Persist durably stores the safety state (fsync) and returns only
	// then. The Instance calls it before every vote leaves the node and
	// sends nothing if it fails. After a crash, pass the last stored State
	// to New.
	Persist func(State) error
	// Decide is called exactly once per Instance when a value is decided,
	// with the commit certificate that proves it. Nil ignores decisions
	// (poll Decided instead).
	Decide func(value V, commit *QC)
	// SetTimer asks the driver to call Tick(at) at time at (or as soon as
	// possible after). Each call replaces the previous request. Nil: the
	// driver must call Tick periodically.
	SetTimer func(at time.Time)
	// Limits bounds accepted messages; zero fields take defaults.
	Limits Limits
}

// State is the safety state that must survive a crash: the lock, the last
// vote, and the decision once there is one. It is passed to Persist and,
// after a restart, back to New.
type State struct {
	Key Key
	// Lock is the highest prepare certificate this node has locked on,
	// and LockValue the encoding of its value.
	Lock      *QC
	LockValue []byte
	// VotedView and VotedPhase are the last vote cast; the node never
	// votes at or below it again.
	VotedView  View
	VotedPhase Phase
	// Decision is the commit certificate of the decided value, whose
	// encoding is Value.
	Decision *QC
	Value    []byte
}

// Status is a snapshot of an instance for logs and metrics.
type Status struct {
	View          View
	Leader        int
	Decided       bool
	GaveUp        bool
	LockView      View
	VotedView     View
	VotedPhase    Phase
	Equivocations int // conflicting proposals or votes seen from peers
}

// slot is a (view, phase) pair, ordered lexicographically: a node's votes
// are strictly increasing slots.
type slot struct {
	view  View
	phase Phase
}

// after reports whether a comes strictly after b.
func (a slot) after(b slot) bool {
	return a.view > b.view || (a.view == b.view && a.phase > b.phase)
}

// voteRec is one stored vote.
type voteRec struct {
	hash Hash
	sig  []byte
}

// maxVerifiedCache bounds the cache of verified certificate digests.
const maxVerifiedCache = 256

// Instance is one single-shot HotStuff-2 consensus instance at one operator.
// It does no I/O and reads no clock: time comes in through Start, Handle and
// Tick, messages leave through Config.Send/Broadcast. It is not safe for
// concurrent use; the driver serialises calls.
type Instance[V any] struct {
	cfg  Config[V]
	lim  Limits
	n, q int

	now       time.Time
	view      View
	started   bool
	stopped   bool
	restarted bool

	// Safety state; lock and voted are persisted before any vote.
	lock  *QC
	voted slot

	decision   *QC
	decidedEnc []byte
	decidedVal V
	pending    *QC // commit certificate whose value is not known yet

	bodies    map[Hash][]byte // encoded values by hash
	best      map[Hash]*QC    // highest prepare certificate per value
	proposals map[View]Hash   // accepted proposal per view
	proposed  bool            // this node proposed in the current view
	newViews  uint64          // senders of new-view for the current view
	nvVoted   []View          // their reported last-voted views
	votes     map[slot]map[int]voteRec
	formed    map[slot]*QC
	buffer    [][]*Message // future-view messages per sender
	verified  map[Hash]bool
	replied   []View // last view a decision was sent to each peer
	timerAt   time.Time

	equivocations int
	skipLockCheck bool // test-only mutation: vote without the lock rule
}

// New creates an instance. restored is the last State given to Persist
// before a crash, or nil for a fresh start.
func New[V any](cfg Config[V], restored *State) (*Instance[V], error) {
	if err := checkConfig(&cfg); err != nil {
		return nil, err
	}
	in := &Instance[V]{
		cfg:       cfg,
		lim:       cfg.Limits.withDefaults(),
		n:         cfg.N,
		q:         Quorum(cfg.N),
		bodies:    map[Hash][]byte{},
		best:      map[Hash]*QC{},
		proposals: map[View]Hash{},
		votes:     map[slot]map[int]voteRec{},
		formed:    map[slot]*QC{},
		buffer:    make([][]*Message, cfg.N),
		verified:  map[Hash]bool{},
		replied:   make([]View, cfg.N),
		nvVoted:   make([]View, cfg.N),
	}
	if restored != nil {
		if err := in.restore(restored); err != nil {
			return nil, err
		}
	}
	return in, nil
}

// checkConfig rejects configurations the instance cannot run with.
func checkConfig[V any](c *Config[V]) error {
	switch {
	case c.N < 1 || c.N > MaxOperators:
		return fmt.Errorf("hotstuff: N=%d out of range", c.N)
	case c.Self < 0 || c.Self >= c.N:
		return fmt.Errorf("hotstuff: Self=%d out of range", c.Self)
	case c.Schedule.Base <= 0 || !c.Schedule.Deadline.After(c.Schedule.Start):
		return errors.New("hotstuff: schedule needs Base > 0 and Deadline after Start")
	case c.Codec.Encode == nil || c.Codec.Decode == nil:
		return errors.New("hotstuff: codec missing")
	case c.Send == nil || c.Broadcast == nil || c.Sign == nil || c.Verify == nil || c.Persist == nil:
		return errors.New("hotstuff: Send, Broadcast, Sign, Verify and Persist are required")
	}
	return nil
}

// restore loads a persisted State.
func (in *Instance[V]) restore(s *State) error {
	if s.Key != in.cfg.Key {
		return fmt.Errorf("%w: restored state", ErrWrongInstance)
	}
	in.restarted = true
	if s.Lock != nil {
		if s.Lock.Phase != PhasePrepare || HashValue(s.LockValue) != s.Lock.ValueHash {
			return fmt.Errorf("%w: restored lock", ErrMalformed)
		}
		in.lock = s.Lock
		in.bodies[s.Lock.ValueHash] = s.LockValue
		in.noteQC(s.Lock)
	}
	in.voted = slot{s.VotedView, s.VotedPhase}
	if s.Decision == nil {
		return nil
	}
	if HashValue(s.Value) != s.Decision.ValueHash {
		return fmt.Errorf("%w: restored decision", ErrMalformed)
	}
	v, err := in.cfg.Codec.Decode(s.Value)
	if err != nil {
		return fmt.Errorf("%w: restored decision: %v", ErrInvalidValue, err)
	}
	in.decision, in.decidedEnc, in.decidedVal = s.Decision, s.Value, v
	return nil
}

// Start begins the instance at time now. If the restored state already
// holds a decision, Decide is called at once.
func (in *Instance[V]) Start(now time.Time) {
	if in.started {
		return
	}
	in.started = true
	in.now = now
	if in.decision != nil {
		if in.cfg.Decide != nil {
			in.cfg.Decide(in.decidedVal, in.decision)
		}
		return
	}
	in.advance()
	in.armTimer()
}

// Tick tells the instance the time is now: it enters a new view, lets a
// waiting leader propose, or gives up at the deadline.
func (in *Instance[V]) Tick(now time.Time) {
	in.setNow(now)
	in.advance()
	in.armTimer()
}

// Handle processes one message received at time now. It returns nil if the
// message was used or buffered, else an error wrapping one of the Err*
// values saying why it was dropped. Every check (structure, instance key,
// sender, view window, signatures, certificates) runs before any state
// changes.
func (in *Instance[V]) Handle(m *Message, now time.Time) error {
	in.setNow(now)
	in.advance()
	defer in.armTimer()
	if err := in.screen(m); err != nil {
		return err
	}
	if in.decision != nil {
		return in.replyDecided(m)
	}
	if in.stopped {
		return ErrStopped
	}
	if m.Kind == KindDecided {
		return in.onDecided(m)
	}
	switch {
	case int(m.View) > int(in.view)+in.lim.MaxFutureViews:
		return fmt.Errorf("%w: view %d at %d", ErrFarFuture, m.View, in.view)
	case m.View > in.view:
		return in.park(m)
	}
	return in.dispatch(m)
}

// setNow moves the instance's clock forward (never back).
func (in *Instance[V]) setNow(now time.Time) {
	if now.After(in.now) {
		in.now = now
	}
}

// screen runs the stateless checks: structure, key, sender.
func (in *Instance[V]) screen(m *Message) error {
	if m == nil {
		return fmt.Errorf("%w: nil", ErrMalformed)
	}
	if err := m.Check(in.lim); err != nil {
		return err
	}
	if m.Key != in.cfg.Key {
		return ErrWrongInstance
	}
	if int(m.From) >= in.n {
		return fmt.Errorf("%w: %d", ErrUnknownSender, m.From)
	}
	if int(m.From) == in.cfg.Self {
		return ErrFromSelf
	}
	return nil
}

// park buffers a message for a near-future view. The signature is checked
// first so that forged messages cannot take a peer's buffer slots.
func (in *Instance[V]) park(m *Message) error {
	from := int(m.From)
	if len(in.buffer[from]) >= in.lim.MaxBufferedPerPeer {
		return ErrBufferFull
	}
	if err := in.verifySig(m); err != nil {
		return err
	}
	in.buffer[from] = append(in.buffer[from], m)
	return nil
}

// dispatch handles a message of the current or an earlier view.
func (in *Instance[V]) dispatch(m *Message) error {
	switch m.Kind {
	case KindProposal:
		return in.onProposal(m)
	case KindVote:
		return in.onVote(m)
	case KindNewView:
		return in.onNewView(m)
	}
	return fmt.Errorf("%w: kind %d", ErrMalformed, m.Kind)
}

// verifySig checks m's sender signature.
func (in *Instance[V]) verifySig(m *Message) error {
	if !in.cfg.Verify(int(m.From), signingPayload(m), m.Sig) {
		return fmt.Errorf("%w: %s from %d", ErrBadSignature, m.Kind, m.From)
	}
	return nil
}

// verifyQC checks a certificate, caching successes by digest.
func (in *Instance[V]) verifyQC(q *QC) error {
	d := q.Digest()
	if in.verified[d] {
		return nil
	}
	if err := VerifyQC(in.cfg.Key, q, in.n, in.cfg.Verify); err != nil {
		return err
	}
	if len(in.verified) >= maxVerifiedCache {
		clear(in.verified)
	}
	in.verified[d] = true
	return nil
}

// advance applies the clock: give up at the deadline, enter the view the
// schedule says, let a waiting leader propose.
func (in *Instance[V]) advance() {
	if !in.started || in.stopped || in.decision != nil {
		return
	}
	if !in.now.Before(in.cfg.Schedule.Deadline) {
		in.stopped = true
		return
	}
	if v := in.cfg.Schedule.ViewAt(in.now); v > in.view {
		in.enterView(v)
	}
	in.tryPropose()
}

// enterView moves to view v: announce the lock to everyone (the new leader
// needs it), drop state of views that can no longer matter, and replay
// buffered messages of v.
func (in *Instance[V]) enterView(v View) {
	in.view = v
	in.proposed = false
	in.newViews = 0
	for s := range in.votes {
		if s.view+1 < v {
			delete(in.votes, s)
			delete(in.formed, s)
		}
	}
	for w := range in.proposals {
		if w+1 < v {
			delete(in.proposals, w)
		}
	}
	if v >= 2 || in.restarted {
		in.sendNewView()
	}
	in.replay()
}

// replay handles buffered messages of the current view and keeps later ones.
func (in *Instance[V]) replay() {
	for from, msgs := range in.buffer {
		var keep, now []*Message
		for _, m := range msgs {
			switch {
			case m.View > in.view:
				keep = append(keep, m)
			case m.View == in.view:
				now = append(now, m)
			}
		}
		in.buffer[from] = keep
		for _, m := range now {
			if in.decision != nil || in.stopped {
				return
			}
			_ = in.dispatch(m) // errors are the peer's problem; nothing to report to
		}
	}
}

// sendNewView tells every operator this node's lock (with the value) for
// the current view.
func (in *Instance[V]) sendNewView() {
	m := &Message{Kind: KindNewView, Key: in.cfg.Key, From: uint16(in.cfg.Self), View: in.view,
		LastVoted: in.voted.view, QC: in.lock}
	if in.lock != nil {
		m.ValueHash = in.lock.ValueHash
		m.Value = in.bodies[in.lock.ValueHash]
	}
	if !in.sign(m, NewViewPayload(m.Key, m.View, m.LastVoted, m.QC)) {
		return
	}
	in.newViews |= 1 << uint(in.cfg.Self)
	in.nvVoted[in.cfg.Self] = m.LastVoted
	in.cfg.Broadcast(m)
}

// sign fills m.Sig; false if the signer failed.
func (in *Instance[V]) sign(m *Message, payload []byte) bool {
	sig, err := in.cfg.Sign(payload)
	if err != nil || len(sig) == 0 {
		return false
	}
	m.Sig = sig
	return true
}

// isLeader reports whether this node leads the current view.
func (in *Instance[V]) isLeader() bool {
	return in.view >= 1 && Leader(in.cfg.Key, in.view, in.n) == in.cfg.Self
}

// tryPropose lets the leader propose once per view, as soon as it may:
// in view 1 at once; later at once if it holds a certificate of the
// previous view (HotStuff-2's responsive path), or has every operator's
// new-view, or a quorum of new-views whose senders have not voted after
// the justification's view (then no newer certificate can exist: see the
// package doc); otherwise once it has a quorum of new-views and the grace
// period has passed.
func (in *Instance[V]) tryPropose() {
	if in.proposed || in.stopped || in.decision != nil || !in.isLeader() {
		return
	}
	v := in.view
	justify := in.bestJustify()
	heard := bits.OnesCount64(in.newViews)
	switch {
	case v == 1:
	case justify != nil && justify.View+1 == v:
	case heard >= in.n:
	case in.quiet(qcView(justify)) >= in.q:
	case heard >= in.q && !in.now.Before(in.cfg.Schedule.Grace(v)):
	default:
		return
	}
	in.proposed = true
	if in.voted.view >= v {
		return // voted in this view before a restart: a new proposal could equivocate
	}
	enc, err := in.proposalValue(justify)
	if err != nil {
		in.proposed = !errors.Is(err, errNotReady) // retry on the next event
		return
	}
	m := &Message{Kind: KindProposal, Key: in.cfg.Key, From: uint16(in.cfg.Self), View: v,
		ValueHash: HashValue(enc), Value: enc, QC: justify}
	if !in.sign(m, ProposalPayload(m.Key, v, m.ValueHash, justify)) {
		return
	}
	// The leader votes for its own proposal like anyone, persisting the
	// vote first: after a crash it will not propose again in this view.
	if err := in.acceptProposal(m); errors.Is(err, ErrPersist) {
		return
	}
	in.cfg.Broadcast(m)
}

// quiet counts the new-views of the current view whose sender has voted in
// no view after h.
func (in *Instance[V]) quiet(h View) int {
	c := 0
	for rest := in.newViews; rest != 0; rest &= rest - 1 {
		if in.nvVoted[bits.TrailingZeros64(rest)] <= h {
			c++
		}
	}
	return c
}

// errNotReady: Propose had no value yet; the leader tries again on the
// next event of the view.
var errNotReady = errors.New("hotstuff: own value not ready")

// proposalValue returns the encoded value to propose: the justification's
// value, else this node's own validated candidate.
func (in *Instance[V]) proposalValue(justify *QC) ([]byte, error) {
	if justify != nil {
		return in.bodies[justify.ValueHash], nil
	}
	if in.cfg.Propose == nil {
		return nil, errors.New("hotstuff: no Propose")
	}
	v, err := in.cfg.Propose()
	if err != nil {
		return nil, errNotReady
	}
	if in.cfg.Validate != nil {
		if err := in.cfg.Validate(v); err != nil {
			return nil, fmt.Errorf("%w: own value: %v", ErrInvalidValue, err)
		}
	}
	enc, err := in.cfg.Codec.Encode(v)
	if err != nil || len(enc) > in.lim.MaxValueSize {
		return nil, fmt.Errorf("%w: own value does not encode within limits", ErrInvalidValue)
	}
	return enc, nil
}

// bestJustify returns the highest prepare certificate whose value this node
// knows. (Two certificates of one view only exist beyond f faults; the
// smaller hash then wins, to stay deterministic.)
func (in *Instance[V]) bestJustify() *QC {
	var best *QC
	for h, q := range in.best {
		if _, ok := in.bodies[h]; !ok {
			continue
		}
		if higher(q, best) || (best != nil && q.View == best.View && bytes.Compare(h[:], best.ValueHash[:]) < 0) {
			best = q
		}
	}
	return best
}

// noteQC records a valid prepare certificate.
func (in *Instance[V]) noteQC(q *QC) {
	if q != nil && q.Phase == PhasePrepare && higher(q, in.best[q.ValueHash]) {
		in.best[q.ValueHash] = q
	}
}

// onProposal handles the leader's proposal for the current view.
func (in *Instance[V]) onProposal(m *Message) error {
	if m.View != in.view {
		return ErrStaleView
	}
	if int(m.From) != Leader(in.cfg.Key, m.View, in.n) {
		return ErrNotLeader
	}
	if h, ok := in.proposals[m.View]; ok {
		if h == m.ValueHash {
			return ErrDuplicate
		}
		in.equivocations++
		return fmt.Errorf("%w: two proposals from leader %d in view %d", ErrEquivocation, m.From, m.View)
	}
	if err := in.verifySig(m); err != nil {
		return err
	}
	if m.QC != nil {
		if err := in.verifyQC(m.QC); err != nil {
			return err
		}
	}
	return in.acceptProposal(m)
}

// acceptProposal records a verified proposal and votes for it if it is
// valid and safe.
func (in *Instance[V]) acceptProposal(m *Message) error {
	v, h := m.View, m.ValueHash
	in.proposals[v] = h
	in.bodies[h] = m.Value
	in.noteQC(m.QC)
	if in.pending != nil && in.pending.ValueHash == h {
		return in.decide(in.pending, m.Value)
	}
	err := in.prepareVote(m)
	if errors.Is(err, ErrPersist) {
		return err
	}
	// A prepare certificate may have formed before the proposal arrived;
	// lock and vote commit now (even if this node did not vote prepare).
	if q := in.formed[slot{v, PhasePrepare}]; q != nil && q.ValueHash == h {
		if qerr := in.onPrepareQC(q); qerr != nil {
			return qerr
		}
	}
	return err
}

// prepareVote casts the prepare vote for an accepted proposal if the value
// is valid and the proposal safe.
func (in *Instance[V]) prepareVote(m *Message) error {
	val, err := in.cfg.Codec.Decode(m.Value)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrInvalidValue, err)
	}
	if in.cfg.Validate != nil {
		if err := in.cfg.Validate(val); err != nil {
			return fmt.Errorf("%w: %v", ErrInvalidValue, err)
		}
	}
	// Prepare votes only before locking in this view: the lock is then
	// always of an earlier view (the safety argument relies on it).
	if !(slot{m.View, PhasePrepare}).after(in.voted) || qcView(in.lock) >= m.View {
		return nil
	}
	if !in.safe(m) {
		return fmt.Errorf("%w: locked on view %d", ErrUnsafe, in.lock.View)
	}
	return in.castVote(m.View, PhasePrepare, m.ValueHash)
}

// safe is HotStuff's voting rule: the proposal carries the locked value, or
// its justification is newer than the lock.
func (in *Instance[V]) safe(m *Message) bool {
	if in.skipLockCheck || in.lock == nil || in.lock.ValueHash == m.ValueHash {
		return true
	}
	return m.QC != nil && m.QC.View > in.lock.View
}

// castVote persists the vote (with the current lock), then signs and
// broadcasts it and counts it locally.
func (in *Instance[V]) castVote(v View, p Phase, h Hash) error {
	s := in.state()
	s.VotedView, s.VotedPhase = v, p
	if err := in.cfg.Persist(s); err != nil {
		return fmt.Errorf("%w: %v", ErrPersist, err)
	}
	in.voted = slot{v, p}
	m := &Message{Kind: KindVote, Key: in.cfg.Key, From: uint16(in.cfg.Self), View: v, Phase: p, ValueHash: h}
	if !in.sign(m, VotePayload(m.Key, v, p, h)) {
		return fmt.Errorf("%w: signer failed", ErrBadSignature)
	}
	in.cfg.Broadcast(m)
	return in.addVote(in.cfg.Self, slot{v, p}, voteRec{h, m.Sig})
}

// state returns the State to persist.
func (in *Instance[V]) state() State {
	s := State{Key: in.cfg.Key, Lock: in.lock, VotedView: in.voted.view, VotedPhase: in.voted.phase,
		Decision: in.decision, Value: in.decidedEnc}
	if in.lock != nil {
		s.LockValue = in.bodies[in.lock.ValueHash]
	}
	return s
}

// onVote handles a vote of the current or the previous view.
func (in *Instance[V]) onVote(m *Message) error {
	if m.View+1 < in.view {
		return ErrStaleView
	}
	s := slot{m.View, m.Phase}
	if in.formed[s] != nil {
		return ErrDuplicate // the certificate exists: spare the verification
	}
	if rec, ok := in.votes[s][int(m.From)]; ok {
		if rec.hash == m.ValueHash {
			return ErrDuplicate
		}
		in.equivocations++
		return fmt.Errorf("%w: two %s votes from %d in view %d", ErrEquivocation, m.Phase, m.From, m.View)
	}
	if err := in.verifySig(m); err != nil {
		return err
	}
	return in.addVote(int(m.From), s, voteRec{m.ValueHash, m.Sig})
}

// addVote stores a verified vote and acts on a new certificate.
func (in *Instance[V]) addVote(from int, s slot, r voteRec) error {
	if in.votes[s] == nil {
		in.votes[s] = map[int]voteRec{}
	}
	in.votes[s][from] = r
	if in.formed[s] != nil {
		return nil
	}
	q := in.collect(s, r.hash)
	if q == nil {
		return nil
	}
	in.formed[s] = q
	if s.phase == PhasePrepare {
		return in.onPrepareQC(q)
	}
	return in.onCommitQC(q)
}

// collect builds a certificate for (s, h) if a quorum voted for it.
func (in *Instance[V]) collect(s slot, h Hash) *QC {
	var signers uint64
	for from, r := range in.votes[s] {
		if r.hash == h {
			signers |= 1 << uint(from)
		}
	}
	if bits.OnesCount64(signers) < in.q {
		return nil
	}
	q := &QC{View: s.view, Phase: s.phase, ValueHash: h, Signers: signers}
	for rest := signers; rest != 0; rest &= rest - 1 {
		q.Sigs = append(q.Sigs, in.votes[s][bits.TrailingZeros64(rest)].sig)
	}
	return q
}

// onPrepareQC locks on a prepare certificate of the current view whose
// proposal this node has processed (so it had its chance to cast its
// prepare vote first, which others may need), and casts the commit vote; a
// certificate of an older view is only remembered for proposing.
func (in *Instance[V]) onPrepareQC(q *QC) error {
	in.noteQC(q)
	defer in.tryPropose()
	if q.View != in.view || in.decision != nil {
		return nil
	}
	if h, ok := in.proposals[q.View]; !ok || h != q.ValueHash {
		return nil // lock and vote once the proposal arrives
	}
	if higher(q, in.lock) {
		in.lock = q
	}
	if (slot{q.View, PhaseCommit}).after(in.voted) {
		return in.castVote(q.View, PhaseCommit, q.ValueHash)
	}
	return nil
}

// onCommitQC decides, or waits for the value if it is unknown.
func (in *Instance[V]) onCommitQC(q *QC) error {
	if in.decision != nil {
		return nil
	}
	if body, ok := in.bodies[q.ValueHash]; ok {
		return in.decide(q, body)
	}
	in.pending = q
	return nil
}

// onNewView records a peer's new-view and the lock it reports.
func (in *Instance[V]) onNewView(m *Message) error {
	if m.View != in.view {
		return ErrStaleView
	}
	bit := uint64(1) << m.From
	if in.newViews&bit != 0 {
		return ErrDuplicate
	}
	if err := in.verifySig(m); err != nil {
		return err
	}
	if m.QC != nil {
		if err := in.verifyQC(m.QC); err != nil {
			return err
		}
		in.bodies[m.ValueHash] = m.Value
		in.noteQC(m.QC)
	}
	in.newViews |= bit
	in.nvVoted[m.From] = m.LastVoted
	in.tryPropose()
	return nil
}

// onDecided adopts a decision proven by a commit certificate.
func (in *Instance[V]) onDecided(m *Message) error {
	if err := in.verifyQC(m.QC); err != nil {
		return err
	}
	return in.decide(m.QC, m.Value)
}

// decide records the decision, persists it, tells everyone and reports it.
func (in *Instance[V]) decide(q *QC, enc []byte) error {
	val, err := in.cfg.Codec.Decode(enc)
	if err != nil {
		return fmt.Errorf("%w: decided value: %v", ErrInvalidValue, err)
	}
	in.decision, in.decidedEnc, in.decidedVal, in.pending = q, enc, val, nil
	perr := in.cfg.Persist(in.state())
	in.cfg.Broadcast(&Message{Kind: KindDecided, Key: in.cfg.Key, From: uint16(in.cfg.Self),
		View: q.View, ValueHash: q.ValueHash, Value: enc, QC: q})
	if in.cfg.Decide != nil {
		in.cfg.Decide(val, q)
	}
	if perr != nil {
		return fmt.Errorf("%w: decision: %v", ErrPersist, perr)
	}
	return nil
}

// replyDecided answers a peer's new-view (the message a lagging or
// restarted node sends) with the decision, at most once per peer and view,
// after checking the peer's signature. Other messages are no longer needed.
func (in *Instance[V]) replyDecided(m *Message) error {
	if m.Kind != KindNewView {
		return ErrDuplicate
	}
	from := int(m.From)
	if m.View <= in.replied[from] {
		return ErrDuplicate
	}
	if int(m.View) > int(in.cfg.Schedule.ViewAt(in.now))+in.lim.MaxFutureViews {
		return ErrFarFuture
	}
	if err := in.verifySig(m); err != nil {
		return err
	}
	in.replied[from] = m.View
	in.cfg.Send(from, &Message{Kind: KindDecided, Key: in.cfg.Key, From: uint16(in.cfg.Self),
		View: in.decision.View, ValueHash: in.decision.ValueHash, Value: in.decidedEnc, QC: in.decision})
	return nil
}

// armTimer asks for the next Tick: the end of the view, the leader's grace
// end, or the deadline, whichever comes first.
func (in *Instance[V]) armTimer() {
	if in.cfg.SetTimer == nil || !in.started || in.stopped || in.decision != nil {
		return
	}
	s := in.cfg.Schedule
	next := s.Deadline
	if end := s.ViewEnd(in.view); in.view == 0 {
		next = s.Start
	} else if end.Before(next) {
		next = end
	}
	if in.isLeader() && !in.proposed && in.view >= 2 {
		if g := s.Grace(in.view); g.After(in.now) && g.Before(next) {
			next = g
		}
	}
	if !next.Equal(in.timerAt) {
		in.timerAt = next
		in.cfg.SetTimer(next)
	}
}

// Decided returns the decided value and its commit certificate, if any.
func (in *Instance[V]) Decided() (V, *QC, bool) {
	return in.decidedVal, in.decision, in.decision != nil
}

// Status returns a snapshot for logs and metrics.
func (in *Instance[V]) Status() Status {
	return Status{
		View: in.view, Leader: Leader(in.cfg.Key, in.view, in.n),
		Decided: in.decision != nil, GaveUp: in.stopped && in.decision == nil,
		LockView: qcView(in.lock), VotedView: in.voted.view, VotedPhase: in.voted.phase,
		Equivocations: in.equivocations,
	}
}
