package hotstuff

import (
	"errors"
	"strings"
	"testing"
	"time"
)

func TestHandleRejects(t *testing.T) {
	const n = 4
	probe := newCluster(t, n, 0)
	v1Leader := Leader(probe.key, 1, n)
	self := (v1Leader + 1) % n
	other := (v1Leader + 2) % n
	v2, v2Leader := probe.viewLedBy(2, func(l int) bool { return l != self })
	_ = v2Leader
	tests := []struct {
		name string
		now  time.Duration
		msg  func(c *cluster) *Message
		want error
	}{
		{"nil", 0, func(*cluster) *Message { return nil }, ErrMalformed},
		{"wrong key", 0, func(c *cluster) *Message {
			m := c.vote(other, 1, PhasePrepare, "a")
			m.Key.Slot++
			return m
		}, ErrWrongInstance},
		{"non-member", 0, func(c *cluster) *Message {
			m := c.vote(other, 1, PhasePrepare, "a")
			m.From = n
			return m
		}, ErrUnknownSender},
		{"from self", 0, func(c *cluster) *Message { return c.vote(self, 1, PhasePrepare, "a") }, ErrFromSelf},
		{"bad signature", 0, func(c *cluster) *Message {
			m := c.vote(other, 1, PhasePrepare, "a")
			m.Sig = append([]byte{m.Sig[0] ^ 1}, m.Sig[1:]...)
			return m
		}, ErrBadSignature},
		{"forged sender", 0, func(c *cluster) *Message {
			m := c.vote(other, 1, PhasePrepare, "a")
			m.From = uint16(v1Leader)
			return m
		}, ErrBadSignature},
		{"far future", 0, func(c *cluster) *Message { return c.vote(other, 9, PhasePrepare, "a") }, ErrFarFuture},
		{"stale proposal", 2 * time.Second, func(c *cluster) *Message { return c.proposal(v1Leader, 1, "a", nil) }, ErrStaleView},
		{"non-leader proposal", 0, func(c *cluster) *Message { return c.proposal(other, 1, "a", nil) }, ErrNotLeader},
		{"invalid value", 0, func(c *cluster) *Message { return c.proposal(v1Leader, 1, "invalid", nil) }, ErrInvalidValue},
		{"bad phase", 0, func(c *cluster) *Message {
			m := c.vote(other, 1, PhasePrepare, "a")
			m.Phase = 3
			return m
		}, ErrMalformed},
		{"value hash mismatch", 0, func(c *cluster) *Message {
			m := c.proposal(v1Leader, 1, "a", nil)
			m.Value = []byte("b")
			return m
		}, ErrMalformed},
		{"too large", 0, func(c *cluster) *Message {
			return c.proposal(v1Leader, 1, strings.Repeat("x", DefaultLimits.MaxValueSize+1), nil)
		}, ErrTooLarge},
		{"certificate below quorum", viewTime(v2), func(c *cluster) *Message {
			return c.proposal(v2Leader, v2, "a", c.qc(v2-1, PhasePrepare, "a", 0, 1))
		}, ErrBadCertificate},
		{"certificate with a bad signature", viewTime(v2), func(c *cluster) *Message {
			q := c.qc(v2-1, PhasePrepare, "a", 0, 1, 2)
			q.Sigs[1] = q.Sigs[0]
			return c.proposal(v2Leader, v2, "a", q)
		}, ErrBadCertificate},
		{"decided with forged certificate", 0, func(c *cluster) *Message {
			q := c.qc(1, PhaseCommit, "a", 0, 1, 2)
			q.Sigs[2] = q.Sigs[0]
			return &Message{Kind: KindDecided, Key: c.key, From: uint16(other), View: 1, ValueHash: q.ValueHash, Value: []byte("a"), QC: q}
		}, ErrBadCertificate},
		{"decided with prepare certificate", 0, func(c *cluster) *Message {
			q := c.qc(1, PhasePrepare, "a", 0, 1, 2)
			return &Message{Kind: KindDecided, Key: c.key, From: uint16(other), View: 1, ValueHash: q.ValueHash, Value: []byte("a"), QC: q}
		}, ErrMalformed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := newCluster(t, n, self)
			c.in.Start(t0)
			err := c.in.Handle(tt.msg(c), at(tt.now))
			if !errors.Is(err, tt.want) {
				t.Fatalf("got %v, want %v", err, tt.want)
			}
			if len(c.votesSent()) != 0 || len(c.saved) != 0 {
				t.Fatalf("state changed by a rejected message")
			}
		})
	}
}

// viewTime returns an offset inside view v (Base = 1s).
func viewTime(v View) time.Duration {
	s := Schedule{Start: t0, Base: time.Second}
	return s.ViewStart(v).Sub(t0) + 10*time.Millisecond
}

func TestDuplicatesAndEquivocation(t *testing.T) {
	c := newCluster(t, 4, 0)
	c.in.Start(t0)
	v := c.vote(1, 1, PhasePrepare, "a")
	if err := c.in.Handle(v, t0); err != nil {
		t.Fatal(err)
	}
	if err := c.in.Handle(v, t0); !errors.Is(err, ErrDuplicate) {
		t.Fatalf("replay: %v", err)
	}
	if err := c.in.Handle(c.vote(1, 1, PhasePrepare, "b"), t0); !errors.Is(err, ErrEquivocation) {
		t.Fatalf("double vote: %v", err)
	}
	if c.in.Status().Equivocations != 1 {
		t.Fatalf("equivocation not counted")
	}
}

// TestPersistBeforeVote: if the state cannot be persisted, no vote leaves.
func TestPersistBeforeVote(t *testing.T) {
	probe := newCluster(t, 4, 0)
	l := Leader(probe.key, 1, 4)
	c := newCluster(t, 4, (l+1)%4)
	c.fail = errors.New("disk full")
	c.in.Start(t0)
	if err := c.in.Handle(c.proposal(l, 1, "a", nil), t0); !errors.Is(err, ErrPersist) {
		t.Fatalf("got %v", err)
	}
	if len(c.votesSent()) != 0 {
		t.Fatal("vote sent without persisting")
	}
	c.fail = nil
	if err := c.in.Handle(c.proposal(l, 1, "a", nil), t0); !errors.Is(err, ErrDuplicate) {
		t.Fatalf("got %v", err)
	}
}

// TestLockRule walks one node through lock, refusal and unlock.
func TestLockRule(t *testing.T) {
	const n = 4
	probe := newCluster(t, n, 0)
	l1 := Leader(probe.key, 1, n)
	self := (l1 + 1) % n
	var others []int
	for i := 0; i < n; i++ {
		if i != self {
			others = append(others, i)
		}
	}
	c := newCluster(t, n, self)
	c.in.Start(t0)
	mustHandle(t, c, c.proposal(l1, 1, "a", nil), 0)
	mustHandle(t, c, c.vote(others[0], 1, PhasePrepare, "a"), 0)
	mustHandle(t, c, c.vote(others[1], 1, PhasePrepare, "a"), 0)
	if st := c.in.Status(); st.LockView != 1 || st.VotedPhase != PhaseCommit {
		t.Fatalf("not locked after a prepare certificate: %+v", st)
	}
	if last := c.saved[len(c.saved)-1]; last.Lock == nil || last.VotedPhase != PhaseCommit {
		t.Fatalf("lock not persisted with the commit vote: %+v", last)
	}
	// View 2..: a fresh value without justification is refused.
	v, l := c.viewLedBy(2, func(l int) bool { return l != self })
	err := c.in.Handle(c.proposal(l, v, "b", nil), at(viewTime(v)))
	if !errors.Is(err, ErrUnsafe) {
		t.Fatalf("unjustified conflicting proposal: %v", err)
	}
	// A later view whose proposal carries a newer certificate unlocks.
	w, lw := c.viewLedBy(v+1, func(l int) bool { return l != self })
	justify := c.qc(w-1, PhasePrepare, "b", others...)
	before := len(c.votesSent())
	mustHandle(t, c, c.proposal(lw, w, "b", justify), viewTime(w))
	if len(c.votesSent()) != before+1 {
		t.Fatal("no vote for a proposal justified above the lock")
	}
}

func mustHandle(t *testing.T, c *cluster, m *Message, d time.Duration) {
	t.Helper()
	if err := c.in.Handle(m, at(d)); err != nil {
		t.Fatalf("%s: %v", m.Kind, err)
	}
}

// TestRestartNeverRevotes: a node restarted from its persisted state does
// not vote again in a view it voted in, even for another value.
func TestRestartNeverRevotes(t *testing.T) {
	probe := newCluster(t, 4, 0)
	l := Leader(probe.key, 1, 4)
	self := (l + 1) % 4
	c := newCluster(t, 4, self)
	c.in.Start(t0)
	mustHandle(t, c, c.proposal(l, 1, "a", nil), 0)
	saved := c.saved[len(c.saved)-1]
	in, err := New(c.config(self), &saved)
	if err != nil {
		t.Fatal(err)
	}
	c.in, c.sent = in, nil
	c.in.Start(at(time.Millisecond))
	_ = c.in.Handle(c.proposal(l, 1, "b", nil), at(2*time.Millisecond))
	if len(c.votesSent()) != 0 {
		t.Fatal("restarted node voted twice in view 1")
	}
}

// TestDecidedCatchUp: a commit certificate decides at once; a decided node
// answers a lagging peer's new-view once per view.
func TestDecidedCatchUp(t *testing.T) {
	c := newCluster(t, 4, 0)
	c.in.Start(t0)
	q := c.qc(1, PhaseCommit, "a", 1, 2, 3)
	d := &Message{Kind: KindDecided, Key: c.key, From: 1, View: 1, ValueHash: q.ValueHash, Value: []byte("a"), QC: q}
	mustHandle(t, c, d, 0)
	if string(c.dec) != "a" {
		t.Fatalf("decided %q", c.dec)
	}
	c.sent = nil
	nv := c.sign(2, &Message{Kind: KindNewView, View: 2})
	mustHandle(t, c, nv, viewTime(2))
	if err := c.in.Handle(nv, at(viewTime(2))); !errors.Is(err, ErrDuplicate) {
		t.Fatalf("second new-view: %v", err)
	}
	if len(c.sent) != 1 || c.sent[0].Kind != KindDecided {
		t.Fatalf("sent %d messages", len(c.sent))
	}
}

// TestDeadline: an instance gives up at its deadline.
func TestDeadline(t *testing.T) {
	c := newCluster(t, 4, 0)
	c.in.Start(t0)
	c.in.Tick(c.sched.Deadline)
	if !c.in.Status().GaveUp {
		t.Fatal("did not give up")
	}
	if err := c.in.Handle(c.vote(1, 1, PhasePrepare, "a"), c.sched.Deadline); !errors.Is(err, ErrStopped) {
		t.Fatalf("got %v", err)
	}
}

func TestConfigRejected(t *testing.T) {
	c := newCluster(t, 4, 0)
	for _, mut := range []func(*Config[[]byte]){
		func(cfg *Config[[]byte]) { cfg.N = 0 },
		func(cfg *Config[[]byte]) { cfg.Self = 4 },
		func(cfg *Config[[]byte]) { cfg.Persist = nil },
		func(cfg *Config[[]byte]) { cfg.Schedule.Base = 0 },
	} {
		cfg := c.config(0)
		mut(&cfg)
		if _, err := New(cfg, nil); err == nil {
			t.Error("bad config accepted")
		}
	}
}

// TestProposeRetries: a leader whose own value is not ready yet proposes on
// a later event of the same view.
func TestProposeRetries(t *testing.T) {
	probe := newCluster(t, 4, 0)
	l := Leader(probe.key, 1, 4)
	c := newCluster(t, 4, l)
	ready := false
	cfg := c.config(l)
	cfg.Propose = func() ([]byte, error) {
		if !ready {
			return nil, errors.New("beacon node slow")
		}
		return []byte("late"), nil
	}
	in, err := New(cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	in.Start(t0)
	if len(c.sent) != 0 {
		t.Fatal("proposed without a value")
	}
	ready = true
	in.Tick(at(100 * time.Millisecond))
	var props int
	for _, m := range c.sent {
		if m.Kind == KindProposal && string(m.Value) == "late" {
			props++
		}
	}
	if props != 1 {
		t.Fatalf("%d proposals after the value became ready", props)
	}
}
