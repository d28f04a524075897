// Package sim is a deterministic discrete-event simulator for the hotstuff
// consensus core: n operators, a virtual clock, a network that delays,
// drops, duplicates, reorders and partitions messages until a global
// stabilisation time (GST) and delivers within a bound after it, crashes
// and restarts from persisted state, and Byzantine operators (equivocating
// leaders, double votes, votes for unknown values, bad signatures, forged
// senders, non-members, Twins-style duplicated identities, lock-ignoring
// leaders, vote withholding).
//
// Everything is driven by one seeded math/rand/v2 PCG stream: the same
// Options give the same run, event for event.
//
// Run returns a Result with the property violations found: agreement,
// validity, termination (only when the run satisfies the model's
// assumptions), no honest double vote across restarts, and
// persist-before-vote.
package sim

import (
	"container/heap"
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/keystake/keystake/hotstuff"
)

// Behavior is what an operator does.
type Behavior int

// Behaviours. All faulty behaviours except Offline run an honest instance
// underneath, so they look plausible, and tamper with what it sends.
const (
	Honest Behavior = iota
	// Offline: never starts (a crashed operator).
	Offline
	// Equivocate: as leader, sends a second, conflicting proposal to part
	// of the cluster; as voter, sends votes for another value to part of it.
	Equivocate
	// Amnesia: as leader, proposes a fresh value without justification and
	// votes for it in both phases, ignoring every lock; sends its honest
	// commit votes to one peer only. Honest nodes must refuse.
	Amnesia
	// Garbage: besides its honest traffic, sends bad signatures, forged
	// senders, non-member senders, wrong instance keys, votes for unknown
	// values, far-future views and undecodable bytes.
	Garbage
	// Twins: the identity runs two honest instances with different inputs
	// (Twins, Bano et al. 2022): equivocation and double votes arise from
	// honest code.
	Twins
	// Withhold: votes honestly but sends each vote to a single honest peer
	// (a different one per view), so that lone honest nodes form
	// certificates the others never see: an attack on liveness through
	// locks the next leader does not know about.
	Withhold
)

var behaviorNames = [...]string{"honest", "offline", "equivocate", "amnesia", "garbage", "twins", "withhold"}

// String names the behaviour.
func (b Behavior) String() string {
	if int(b) < len(behaviorNames) {
		return behaviorNames[b]
	}
	return "behavior?"
}

// CrashSpec crashes an honest operator at At and restarts it at Restart
// (from its persisted state) if Restart > At.
type CrashSpec struct {
	Node        int
	At, Restart time.Duration
}

// Partition splits the operators in SideA from the rest during [From, Until).
type Partition struct {
	From, Until time.Duration
	SideA       uint64
}

// Network is the eventual-synchrony model. Before GST a message is dropped
// with probability DropPreGST (or by a partition) and otherwise delayed up
// to MaxDelayPreGST; from GST on, every message arrives within
// [MinDelay, MaxDelay]. Any message may be duplicated with probability Dup.
// Each operator's clock is off by up to ±MaxSkew.
type Network struct {
	GST                time.Duration
	DropPreGST         float64
	MaxDelayPreGST     time.Duration
	MinDelay, MaxDelay time.Duration
	Dup                float64
	Partitions         []Partition
	MaxSkew            time.Duration
}

// Options describe one run.
type Options struct {
	N    int
	Seed uint64
	// Faults maps operator index to a faulty behaviour.
	Faults  map[int]Behavior
	Crashes []CrashSpec
	Net     Network
	// Base and Wait configure the schedule (see hotstuff.Schedule); Views
	// sets the deadline to the end of that view.
	Base, Wait time.Duration
	Views      int
	// Ed25519 signs with real ed25519 keys; otherwise a fast keyed hash
	// stands in (unforgeable inside the simulation: each operator only
	// holds its own key).
	Ed25519 bool
	// Wire encodes and decodes every message (exercises the codec).
	Wire bool
	// Tweak, if set, is applied to every instance created (tests use it
	// for mutations).
	Tweak func(node int, in *hotstuff.Instance[[]byte])
	// Trace, if set, receives one line per delivery (debugging).
	Trace func(line string)
}

// Decision is one decision by one replica, At by the replica's own clock.
type Decision struct {
	Node, Copy int
	Value      string
	At         time.Duration
	View       hotstuff.View
	// Restored: reported again by Start after a restart from a persisted
	// decision.
	Restored bool
}

// Result is what a run produced.
type Result struct {
	Decisions []Decision
	// Violations lists broken properties; empty means the run passed.
	Violations []string
	// TerminationChecked tells whether the run satisfied the assumptions
	// under which every honest operator must decide.
	TerminationChecked bool
	Messages           int
	// Rejected counts the messages honest replicas dropped, by reason
	// (the hotstuff.Err* value's text).
	Rejected map[string]int
	Deadline time.Duration
	// Last is when the last honest operator decided (0 if none).
	Last time.Duration
}

// OK reports whether no property was violated.
func (r Result) OK() bool { return len(r.Violations) == 0 }

// epoch is the duty start in every node's clock (plus its skew).
var epoch = time.Unix(1_700_000_000, 0)

// event kinds.
const (
	evDeliver = iota
	evTimer
	evCrash
	evRestart
)

type event struct {
	at    time.Duration
	seq   uint64
	kind  int
	to    int // replica index
	gen   int // replica generation for timers
	from  int
	msg   *hotstuff.Message
	wire  []byte
	timer time.Time
}

type queue []*event

func (q queue) Len() int { return len(q) }
func (q queue) Less(i, j int) bool {
	if q[i].at != q[j].at {
		return q[i].at < q[j].at
	}
	return q[i].seq < q[j].seq
}
func (q queue) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *queue) Push(x any)   { *q = append(*q, x.(*event)) }
func (q *queue) Pop() any {
	old := *q
	e := old[len(old)-1]
	*q = old[:len(old)-1]
	return e
}

// replica is one running copy of an operator identity (twins have two).
type replica struct {
	id, copy int
	inst     *hotstuff.Instance[[]byte]
	alive    bool
	gen      int
	timer    time.Time
	disk     *hotstuff.State
	skew     time.Duration
	input    string
}

// sim is one run in progress.
type sim struct {
	o        Options
	rng      *rand.Rand
	key      hotstuff.Key
	sched    hotstuff.Schedule
	q        queue
	seq      uint64
	now      time.Duration
	reps     []*replica
	byID     [][]*replica
	keys     []ed25519.PrivateKey
	verify   hotstuff.VerifyFunc
	secrets  [][32]byte
	res      Result
	votes    map[[3]uint64]hotstuff.Hash // honest votes: (node, view, phase) -> value
	valid    map[string]bool             // values that passed Validate at an honest node
	deadline time.Duration
}

// Run executes one simulation.
func Run(o Options) Result {
	s := newSim(o)
	s.run()
	s.check()
	return s.res
}

func newSim(o Options) *sim {
	if o.Base == 0 {
		o.Base = time.Second
	}
	if o.Views == 0 {
		o.Views = 10
	}
	s := &sim{res: Result{Rejected: map[string]int{}}, o: o, rng: rand.New(rand.NewPCG(o.Seed, 0x6b657973)), votes: map[[3]uint64]hotstuff.Hash{}, valid: map[string]bool{}}
	s.key = simKey(o.Seed)
	s.sched = hotstuff.Schedule{Start: epoch, Base: o.Base, Wait: o.Wait}
	s.sched.Deadline = s.sched.ViewEnd(hotstuff.View(o.Views))
	s.deadline = s.sched.Deadline.Sub(epoch)
	s.res.Deadline = s.deadline
	s.makeKeys()
	s.makeReplicas()
	return s
}

// makeKeys creates identity keys (ed25519 or keyed-hash secrets).
func (s *sim) makeKeys() {
	n := s.o.N
	s.secrets = make([][32]byte, n+1) // index n: a non-member
	for i := range s.secrets {
		binary.BigEndian.PutUint64(s.secrets[i][:], s.rng.Uint64())
		binary.BigEndian.PutUint64(s.secrets[i][8:], s.rng.Uint64())
	}
	if !s.o.Ed25519 {
		s.verify = func(op int, payload, sig []byte) bool {
			if op < 0 || op >= n {
				return false
			}
			want := fastSig(s.secrets[op], payload)
			return string(want) == string(sig)
		}
		return
	}
	s.keys = make([]ed25519.PrivateKey, n+1)
	pubs := make([]ed25519.PublicKey, n)
	for i := range s.keys {
		s.keys[i] = ed25519.NewKeyFromSeed(s.secrets[i][:])
		if i < n {
			pubs[i] = s.keys[i].Public().(ed25519.PublicKey)
		}
	}
	s.verify = hotstuff.Ed25519Verifier(pubs)
}

// fastSig is the simulation's stand-in signature: a keyed SHA-256.
func fastSig(secret [32]byte, payload []byte) []byte {
	h := sha256.New()
	h.Write(secret[:])
	h.Write(payload)
	return h.Sum(nil)
}

// signAs signs payload with identity i's key (i == N: the non-member).
func (s *sim) signAs(i int, payload []byte) []byte {
	if s.keys != nil {
		return ed25519.Sign(s.keys[i], payload)
	}
	return fastSig(s.secrets[i], payload)
}

// makeReplicas creates the replicas and schedules starts, crashes, restarts.
func (s *sim) makeReplicas() {
	s.byID = make([][]*replica, s.o.N)
	for i := 0; i < s.o.N; i++ {
		copies := 1
		if s.o.Faults[i] == Twins {
			copies = 2
		}
		for c := 0; c < copies; c++ {
			r := &replica{id: i, copy: c, input: fmt.Sprintf("ok:input-%d-%d-%d", s.o.Seed, i, c)}
			if s.o.Net.MaxSkew > 0 {
				r.skew = time.Duration(s.rng.Int64N(int64(2*s.o.Net.MaxSkew+1))) - s.o.Net.MaxSkew
			}
			s.reps = append(s.reps, r)
			s.byID[i] = append(s.byID[i], r)
			if s.o.Faults[i] != Offline {
				s.push(&event{at: 0, kind: evRestart, to: len(s.reps) - 1})
			}
		}
	}
	for _, c := range s.o.Crashes {
		idx := s.byID[c.Node][0]
		i := s.indexOf(idx)
		s.push(&event{at: c.At, kind: evCrash, to: i})
		if c.Restart > c.At {
			s.push(&event{at: c.Restart, kind: evRestart, to: i})
		}
	}
}

func (s *sim) indexOf(r *replica) int {
	for i, x := range s.reps {
		if x == r {
			return i
		}
	}
	return -1
}

func (s *sim) push(e *event) {
	s.seq++
	e.seq = s.seq
	heap.Push(&s.q, e)
}

// local returns replica r's wall clock.
func (s *sim) local(r *replica) time.Time { return epoch.Add(s.now + r.skew) }

// run processes events until the queue drains or the deadline has passed.
func (s *sim) run() {
	limit := s.deadline + time.Second
	for s.q.Len() > 0 {
		e := heap.Pop(&s.q).(*event)
		if e.at > limit {
			break
		}
		s.now = e.at
		r := s.reps[e.to]
		switch e.kind {
		case evRestart:
			s.start(r)
		case evCrash:
			r.alive, r.inst = false, nil
			r.gen++
		case evTimer:
			if r.alive && r.gen == e.gen && r.timer.Equal(e.timer) {
				r.inst.Tick(s.local(r))
			}
		case evDeliver:
			s.deliver(r, e)
		}
	}
}

// deliver hands a message to a live replica.
func (s *sim) deliver(r *replica, e *event) {
	if !r.alive {
		return
	}
	m := e.msg
	if e.wire != nil {
		var err error
		if m, err = hotstuff.DecodeMessage(e.wire, hotstuff.Limits{}); err != nil {
			s.res.Rejected["undecodable"]++
			return
		}
	}
	err := r.inst.Handle(m, s.local(r))
	if err != nil && s.honest(r.id) {
		s.res.Rejected[reason(err)]++
	}
	if s.o.Trace != nil {
		st := r.inst.Status()
		s.o.Trace(fmt.Sprintf("%v %d<-%d %s v%d %s h=%x qc=%d lv=%d | view %d lock %d voted %d/%d dec %v err %v",
			s.now, r.id, m.From, m.Kind, m.View, m.Phase, m.ValueHash[:2], qcViewOf(m.QC), m.LastVoted,
			st.View, st.LockView, st.VotedView, st.VotedPhase, st.Decided, err))
	}
}

func qcViewOf(q *hotstuff.QC) hotstuff.View {
	if q == nil {
		return 0
	}
	return q.View
}

// reasons are the validation errors Result.Rejected counts.
var reasons = []error{hotstuff.ErrMalformed, hotstuff.ErrTooLarge, hotstuff.ErrWrongInstance,
	hotstuff.ErrUnknownSender, hotstuff.ErrFromSelf, hotstuff.ErrBadSignature, hotstuff.ErrBadCertificate,
	hotstuff.ErrStaleView, hotstuff.ErrFarFuture, hotstuff.ErrBufferFull, hotstuff.ErrNotLeader,
	hotstuff.ErrEquivocation, hotstuff.ErrDuplicate, hotstuff.ErrInvalidValue, hotstuff.ErrUnsafe,
	hotstuff.ErrStopped, hotstuff.ErrPersist}

// reason names the validation error err wraps.
func reason(err error) string {
	for _, r := range reasons {
		if errors.Is(err, r) {
			return strings.TrimPrefix(r.Error(), "hotstuff: ")
		}
	}
	return "other"
}

// start creates (or recreates from disk) a replica's instance.
func (s *sim) start(r *replica) {
	r.inst, r.alive = nil, false // a restart of a live replica is a crash first
	r.gen++
	gen := r.gen
	cfg := hotstuff.Config[[]byte]{
		Key: s.key, N: s.o.N, Self: r.id, Schedule: s.sched, Codec: hotstuff.BytesCodec(),
		Send:      func(to int, m *hotstuff.Message) { s.send(r, to, m) },
		Broadcast: func(m *hotstuff.Message) { s.broadcast(r, m) },
		Sign:      func(p []byte) ([]byte, error) { return s.signAs(r.id, p), nil },
		Verify:    s.verify,
		Validate:  func(v []byte) error { return s.validate(r, v) },
		Propose:   func() ([]byte, error) { return []byte(r.input), nil },
		Persist:   func(st hotstuff.State) error { r.disk = &st; return nil },
		Decide:    func(v []byte, q *hotstuff.QC) { s.decided(r, v, q) },
		SetTimer: func(at time.Time) {
			r.timer = at
			s.push(&event{at: at.Sub(epoch) - r.skew, kind: evTimer, to: s.indexOf(r), gen: gen, timer: at})
		},
	}
	inst, err := hotstuff.New(cfg, r.disk)
	if err != nil {
		s.violate("node %d: restart failed: %v", r.id, err)
		return
	}
	if s.o.Tweak != nil {
		s.o.Tweak(r.id, inst)
	}
	inst.Start(s.local(r)) // r.inst is still nil: a Decide now is a restored one
	r.inst, r.alive = inst, true
}

// honest reports whether identity i is correct (crash-restarts are).
func (s *sim) honest(i int) bool { return s.o.Faults[i] == Honest }

func (s *sim) validate(r *replica, v []byte) error {
	if !strings.HasPrefix(string(v), "ok:") {
		return fmt.Errorf("value %q rejected", v)
	}
	if s.honest(r.id) {
		s.valid[string(v)] = true
	}
	return nil
}

func (s *sim) decided(r *replica, v []byte, q *hotstuff.QC) {
	// At is by the node's own clock, which its deadline is set in; during a
	// restart's Start r.inst is still nil, so a decision then is restored.
	at := s.now + r.skew
	restored := r.disk != nil && r.disk.Decision != nil && r.inst == nil
	s.res.Decisions = append(s.res.Decisions, Decision{Node: r.id, Copy: r.copy, Value: string(v), At: at, View: q.View, Restored: restored})
	if s.honest(r.id) && at > s.res.Last {
		s.res.Last = at
	}
}

func (s *sim) violate(format string, args ...any) {
	s.res.Violations = append(s.res.Violations, fmt.Sprintf(format, args...))
}

// broadcast sends m from r to every other identity.
func (s *sim) broadcast(r *replica, m *hotstuff.Message) {
	s.audit(r, m)
	for to := 0; to < s.o.N; to++ {
		if to != r.id {
			s.emit(r, to, m)
		}
	}
}

func (s *sim) send(r *replica, to int, m *hotstuff.Message) {
	s.audit(r, m)
	s.emit(r, to, m)
}

// audit checks what honest replicas send: never two different votes for
// the same view and phase (across restarts), and never a vote that is not
// yet persisted.
func (s *sim) audit(r *replica, m *hotstuff.Message) {
	if m.Kind != hotstuff.KindVote || !s.honest(r.id) {
		return
	}
	k := [3]uint64{uint64(r.id), uint64(m.View), uint64(m.Phase)}
	if h, ok := s.votes[k]; ok && h != m.ValueHash {
		s.violate("honest node %d voted twice in view %d %s", r.id, m.View, m.Phase)
	}
	s.votes[k] = m.ValueHash
	if d := r.disk; d == nil || d.VotedView < m.View || (d.VotedView == m.View && d.VotedPhase < m.Phase) {
		s.violate("honest node %d sent a %s vote in view %d before persisting it", r.id, m.Phase, m.View)
	}
}

// emit applies the sender's behaviour, then the network.
func (s *sim) emit(r *replica, to int, m *hotstuff.Message) {
	switch s.o.Faults[r.id] {
	case Equivocate:
		m = s.equivocate(r, to, m)
	case Amnesia:
		if m = s.amnesia(r, to, m); m == nil {
			return
		}
	case Garbage:
		s.garbage(r, to, m)
	case Withhold:
		if m.Kind == hotstuff.KindVote && to != s.nthHonest(r.id, int(m.View)) {
			return
		}
	}
	s.transmit(r.id, to, m, nil)
}

// transmit puts a message (or raw bytes) on the simulated network.
func (s *sim) transmit(from, to int, m *hotstuff.Message, raw []byte) {
	s.res.Messages++
	if raw == nil && s.o.Wire {
		b, err := m.MarshalBinary()
		if err != nil {
			return
		}
		raw = b
	}
	copies := 1
	if s.o.Net.Dup > 0 && s.rng.Float64() < s.o.Net.Dup {
		copies = 2
	}
	for c := 0; c < copies; c++ {
		d, ok := s.delay(from, to)
		if !ok {
			continue
		}
		for _, rep := range s.byID[to] {
			s.push(&event{at: s.now + d, kind: evDeliver, to: s.indexOf(rep), from: from, msg: m, wire: raw})
		}
	}
}

// delay draws a message's delay, or false if the network drops it.
func (s *sim) delay(from, to int) (time.Duration, bool) {
	n := s.o.Net
	if s.now >= n.GST {
		return n.MinDelay + s.span(n.MaxDelay-n.MinDelay), true
	}
	for _, p := range n.Partitions {
		if s.now >= p.From && s.now < p.Until && (p.SideA>>uint(from)&1) != (p.SideA>>uint(to)&1) {
			return 0, false
		}
	}
	if s.rng.Float64() < n.DropPreGST {
		return 0, false
	}
	return s.span(n.MaxDelayPreGST), true
}

// span draws a duration in [0, d].
func (s *sim) span(d time.Duration) time.Duration {
	if d <= 0 {
		return 0
	}
	return time.Duration(s.rng.Int64N(int64(d) + 1))
}

// check evaluates the properties at the end of the run.
func (s *sim) check() {
	var agreed string
	for _, d := range s.res.Decisions {
		if !s.honest(d.Node) {
			continue
		}
		if agreed == "" {
			agreed = d.Value
		} else if d.Value != agreed {
			s.violate("agreement: node %d decided %q, another honest node %q", d.Node, d.Value, agreed)
		}
		if !s.valid[d.Value] {
			s.violate("validity: node %d decided %q, which no honest node validated", d.Node, d.Value)
		}
		if d.At > s.deadline && !d.Restored {
			s.violate("node %d decided after the deadline", d.Node)
		}
	}
	s.res.TerminationChecked = s.assumptionsHold()
	if !s.res.TerminationChecked {
		return
	}
	for i := 0; i < s.o.N; i++ {
		if s.owed(i) && !s.hasDecided(i) {
			s.violate("termination: honest node %d did not decide by the deadline", i)
		}
	}
}

func (s *sim) hasDecided(i int) bool {
	for _, d := range s.res.Decisions {
		if d.Node == i {
			return true
		}
	}
	return false
}

// lateCrash reports whether honest node i is down at some point after GST
// (it then counts as faulty for termination, and is not owed a decision).
func (s *sim) lateCrash(i int) bool {
	for _, c := range s.o.Crashes {
		if c.Node == i && (c.Restart <= c.At || c.Restart > s.o.Net.GST) {
			return true
		}
	}
	return false
}

// owed reports whether node i must decide when termination is checked.
func (s *sim) owed(i int) bool { return s.honest(i) && !s.lateCrash(i) }

// assumptionsHold reports whether termination is owed: at most f
// identities faulty or down after GST, and a view led by an owed node that
// starts after GST and ends before the deadline.
func (s *sim) assumptionsHold() bool {
	bad := 0
	for i := 0; i < s.o.N; i++ {
		if !s.owed(i) {
			bad++
		}
	}
	if bad > hotstuff.Faults(s.o.N) {
		return false
	}
	for v := hotstuff.View(1); v <= hotstuff.View(s.o.Views); v++ {
		if s.sched.ViewStart(v).Sub(epoch) >= s.o.Net.GST+s.o.Net.MaxSkew && s.owed(hotstuff.Leader(s.key, v, s.o.N)) {
			return true
		}
	}
	return false
}
