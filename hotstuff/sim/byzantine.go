package sim

import (
	"fmt"

	"github.com/keystake/keystake/hotstuff"
)

// resign signs a (copied) message as identity id.
func (s *sim) resign(id int, m *hotstuff.Message) *hotstuff.Message {
	switch m.Kind {
	case hotstuff.KindProposal:
		m.Sig = s.signAs(id, hotstuff.ProposalPayload(m.Key, m.View, m.ValueHash, m.QC))
	case hotstuff.KindVote:
		m.Sig = s.signAs(id, hotstuff.VotePayload(m.Key, m.View, m.Phase, m.ValueHash))
	case hotstuff.KindNewView:
		m.Sig = s.signAs(id, hotstuff.NewViewPayload(m.Key, m.View, m.LastVoted, m.QC))
	}
	return m
}

// vote returns a vote signed by identity id.
func (s *sim) vote(id int, v hotstuff.View, p hotstuff.Phase, h hotstuff.Hash) *hotstuff.Message {
	return s.resign(id, &hotstuff.Message{Kind: hotstuff.KindVote, Key: s.key, From: uint16(id), View: v, Phase: p, ValueHash: h})
}

// freshProposal returns an unjustified proposal of a new value by id.
func (s *sim) freshProposal(id int, v hotstuff.View, tag string) *hotstuff.Message {
	val := []byte(fmt.Sprintf("ok:%s-%d-%d-%d", tag, s.o.Seed, id, v))
	return s.resign(id, &hotstuff.Message{Kind: hotstuff.KindProposal, Key: s.key, From: uint16(id), View: v,
		ValueHash: hotstuff.HashValue(val), Value: val})
}

// equivocate gives odd-numbered recipients a conflicting proposal (with a
// vote for it) and, at random, votes for the conflicting value instead of
// the real one.
func (s *sim) equivocate(r *replica, to int, m *hotstuff.Message) *hotstuff.Message {
	alt := s.freshProposal(r.id, m.View, "equivocation")
	switch m.Kind {
	case hotstuff.KindProposal:
		if to%2 == 1 {
			s.transmit(r.id, to, s.vote(r.id, m.View, hotstuff.PhasePrepare, alt.ValueHash), nil)
			return alt
		}
	case hotstuff.KindVote:
		if s.rng.IntN(2) == 0 {
			return s.vote(r.id, m.View, m.Phase, alt.ValueHash)
		}
	}
	return m
}

// amnesia replaces the node's proposals by fresh unjustified ones (voting
// for them in both phases) and sends its honest commit votes to a single
// peer, trying to leave one node decided and the others locked.
func (s *sim) amnesia(r *replica, to int, m *hotstuff.Message) *hotstuff.Message {
	switch {
	case m.Kind == hotstuff.KindProposal:
		p := s.freshProposal(r.id, m.View, "amnesia")
		s.transmit(r.id, to, s.vote(r.id, m.View, hotstuff.PhasePrepare, p.ValueHash), nil)
		s.transmit(r.id, to, s.vote(r.id, m.View, hotstuff.PhaseCommit, p.ValueHash), nil)
		return p
	case m.Kind == hotstuff.KindVote && m.Phase == hotstuff.PhasePrepare && hotstuff.Leader(s.key, m.View, s.o.N) == r.id:
		return nil // its instance's vote for the proposal it replaced
	case m.Kind == hotstuff.KindVote && m.Phase == hotstuff.PhaseCommit:
		if to != s.firstHonest(r.id) {
			return nil
		}
	}
	return m
}

// nthHonest returns the k-th (mod their number) honest identity other than
// self.
func (s *sim) nthHonest(self, k int) int {
	var hs []int
	for i := 0; i < s.o.N; i++ {
		if i != self && s.honest(i) {
			hs = append(hs, i)
		}
	}
	if len(hs) == 0 {
		return -1
	}
	return hs[k%len(hs)]
}

// firstHonest returns the lowest-index honest identity other than self.
func (s *sim) firstHonest(self int) int {
	for i := 0; i < s.o.N; i++ {
		if i != self && s.honest(i) {
			return i
		}
	}
	return -1
}

// garbage sends, next to the real message, one kind of junk.
func (s *sim) garbage(r *replica, to int, m *hotstuff.Message) {
	if s.rng.IntN(2) == 0 {
		return
	}
	id := r.id
	c := *m
	switch s.rng.IntN(10) {
	case 0: // corrupted certificate (validly signed message), else signature
		if c.QC != nil {
			q := *c.QC
			q.Sigs = append([][]byte(nil), q.Sigs...)
			q.Sigs[0] = append([]byte{q.Sigs[0][0] ^ 1}, q.Sigs[0][1:]...)
			c.QC = &q
			s.resign(id, &c)
		} else {
			c.Sig = append([]byte(nil), c.Sig...)
			c.Sig[0] ^= 0x80
		}
	case 1: // forged sender: another member, signed with our key
		c.From = uint16((id + 1 + s.rng.IntN(s.o.N-1)) % s.o.N)
		s.resign(id, &c)
	case 2: // a non-member
		c.From = uint16(s.o.N)
		s.resign(s.o.N, &c)
	case 3: // a vote for a value nobody proposed
		s.transmit(id, to, s.vote(id, m.View, hotstuff.Phase(1+s.rng.IntN(2)), s.randomHash()), nil)
		return
	case 4: // another instance
		c.Key.Slot++
		s.resign(id, &c)
	case 5: // a far-future view
		s.transmit(id, to, s.vote(id, m.View+100, hotstuff.PhasePrepare, s.randomHash()), nil)
		return
	case 6: // near-future spam to fill our buffer slot
		for k := 0; k < 12; k++ {
			s.transmit(id, to, s.vote(id, m.View+1+hotstuff.View(k%2), hotstuff.PhasePrepare, s.randomHash()), nil)
		}
		return
	case 7: // undecodable bytes
		raw := make([]byte, s.rng.IntN(200))
		for i := range raw {
			raw[i] = byte(s.rng.Uint32())
		}
		if s.o.Wire {
			s.transmit(id, to, nil, raw)
		}
		return
	case 8: // a proposal although not the leader (or a second one if leader)
		s.transmit(id, to, s.freshProposal(id, m.View, "usurper"), nil)
		return
	case 9: // a plain replay
	}
	s.transmit(id, to, &c, nil)
}

// randomHash returns a hash of nothing anyone proposed.
func (s *sim) randomHash() (h hotstuff.Hash) {
	for i := range h {
		h[i] = byte(s.rng.Uint32())
	}
	return h
}
