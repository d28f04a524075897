package hotstuff

import (
	"crypto/ed25519"
	"crypto/sha256"
	"errors"
	"testing"
	"time"
)

// cluster is a test fixture: n ed25519 identities and one instance (of
// operator self) whose outputs are recorded.
type cluster struct {
	n     int
	key   Key
	privs []ed25519.PrivateKey
	pubs  []ed25519.PublicKey
	sched Schedule
	sent  []*Message
	saved []State
	fail  error // returned by Persist when set
	dec   []byte
	in    *Instance[[]byte]
}

var t0 = time.Unix(1_700_000_000, 0)

func newCluster(t testing.TB, n, self int) *cluster {
	t.Helper()
	c := &cluster{n: n, key: Key{Slot: 42, Duty: 1},
		sched: Schedule{Start: t0, Base: time.Second, Deadline: t0.Add(time.Minute)}}
	for i := 0; i < n; i++ {
		seed := sha256.Sum256([]byte{byte(i)})
		priv := ed25519.NewKeyFromSeed(seed[:])
		c.privs = append(c.privs, priv)
		c.pubs = append(c.pubs, priv.Public().(ed25519.PublicKey))
	}
	in, err := New(c.config(self), nil)
	if err != nil {
		t.Fatal(err)
	}
	c.in = in
	return c
}

func (c *cluster) config(self int) Config[[]byte] {
	return Config[[]byte]{
		Key: c.key, N: c.n, Self: self, Schedule: c.sched, Codec: BytesCodec(),
		Send:      func(_ int, m *Message) { c.sent = append(c.sent, m) },
		Broadcast: func(m *Message) { c.sent = append(c.sent, m) },
		Sign:      Ed25519Signer(c.privs[self]),
		Verify:    Ed25519Verifier(c.pubs),
		Validate: func(v []byte) error {
			if string(v) == "invalid" {
				return errors.New("rejected")
			}
			return nil
		},
		Propose: func() ([]byte, error) { return []byte("mine"), nil },
		Persist: func(s State) error {
			if c.fail != nil {
				return c.fail
			}
			c.saved = append(c.saved, s)
			return nil
		},
		Decide: func(v []byte, _ *QC) { c.dec = v },
	}
}

// at returns the time offset d after the start.
func at(d time.Duration) time.Time { return t0.Add(d) }

func (c *cluster) sign(from int, m *Message) *Message {
	m.Key, m.From = c.key, uint16(from)
	m.Sig = ed25519.Sign(c.privs[from], signingPayload(m))
	return m
}

func (c *cluster) proposal(from int, v View, value string, justify *QC) *Message {
	return c.sign(from, &Message{Kind: KindProposal, View: v, ValueHash: HashValue([]byte(value)), Value: []byte(value), QC: justify})
}

func (c *cluster) vote(from int, v View, p Phase, value string) *Message {
	return c.sign(from, &Message{Kind: KindVote, View: v, Phase: p, ValueHash: HashValue([]byte(value))})
}

// qc builds a certificate signed by the given operators.
func (c *cluster) qc(v View, p Phase, value string, signers ...int) *QC {
	h := HashValue([]byte(value))
	q := &QC{View: v, Phase: p, ValueHash: h}
	for _, s := range signers { // signers must be increasing
		q.Signers |= 1 << uint(s)
		q.Sigs = append(q.Sigs, ed25519.Sign(c.privs[s], VotePayload(c.key, v, p, h)))
	}
	return q
}

// votesSent returns the votes the instance sent.
func (c *cluster) votesSent() []*Message {
	var out []*Message
	for _, m := range c.sent {
		if m.Kind == KindVote {
			out = append(out, m)
		}
	}
	return out
}

// leaderOther returns a view >= from whose leader is not self, and its leader.
func (c *cluster) viewLedBy(from View, pred func(int) bool) (View, int) {
	for v := from; ; v++ {
		if l := Leader(c.key, v, c.n); pred(l) {
			return v, l
		}
	}
}
