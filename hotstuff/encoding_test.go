package hotstuff

import (
	"bytes"
	"errors"
	"reflect"
	"testing"
)

// sampleMessages returns one valid, signed message of each kind.
func sampleMessages(c *cluster) []*Message {
	prep := c.qc(1, PhasePrepare, "a", 0, 1, 2)
	commit := c.qc(1, PhaseCommit, "a", 1, 2, 3)
	return []*Message{
		c.proposal(0, 1, "a", nil),
		c.proposal(1, 2, "a", prep),
		c.vote(2, 1, PhasePrepare, "a"),
		c.vote(3, 1, PhaseCommit, "a"),
		c.sign(1, &Message{Kind: KindNewView, View: 2, LastVoted: 1, QC: prep, ValueHash: prep.ValueHash, Value: []byte("a")}),
		c.sign(2, &Message{Kind: KindNewView, View: 3}),
		{Kind: KindDecided, Key: c.key, From: 3, View: 1, ValueHash: commit.ValueHash, Value: []byte("a"), QC: commit},
	}
}

func TestCodecRoundTrip(t *testing.T) {
	c := newCluster(t, 4, 0)
	for _, m := range sampleMessages(c) {
		b, err := m.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		got, err := DecodeMessage(b, Limits{})
		if err != nil {
			t.Fatalf("%s: %v", m.Kind, err)
		}
		if !reflect.DeepEqual(got, m) {
			t.Fatalf("%s: round trip changed the message:\n%+v\n%+v", m.Kind, got, m)
		}
		// Truncations and trailing bytes are rejected.
		for i := 0; i < len(b); i++ {
			if _, err := DecodeMessage(b[:i], Limits{}); err == nil {
				t.Fatalf("%s: truncated to %d decoded", m.Kind, i)
			}
		}
		if _, err := DecodeMessage(append(bytes.Clone(b), 0), Limits{}); !errors.Is(err, ErrMalformed) {
			t.Fatalf("%s: trailing byte: %v", m.Kind, err)
		}
	}
}

func TestCodecLimits(t *testing.T) {
	c := newCluster(t, 4, 0)
	m := c.proposal(0, 1, "0123456789", nil)
	b, _ := m.MarshalBinary()
	if _, err := DecodeMessage(b, Limits{MaxValueSize: 9}); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("got %v", err)
	}
	if _, err := DecodeMessage(b, Limits{MaxSigSize: 32}); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("got %v", err)
	}
}

func TestStateRoundTrip(t *testing.T) {
	c := newCluster(t, 4, 0)
	states := []State{
		{Key: c.key},
		{Key: c.key, Lock: c.qc(2, PhasePrepare, "a", 0, 1, 3), LockValue: []byte("a"), VotedView: 3, VotedPhase: PhasePrepare},
		{Key: c.key, Lock: c.qc(2, PhasePrepare, "a", 0, 1, 3), LockValue: []byte("a"), VotedView: 2, VotedPhase: PhaseCommit,
			Decision: c.qc(2, PhaseCommit, "a", 1, 2, 3), Value: []byte("a")},
	}
	for _, s := range states {
		b, _ := s.MarshalBinary()
		got, err := UnmarshalState(b, Limits{})
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(*got, s) {
			t.Fatalf("state round trip:\n%+v\n%+v", *got, s)
		}
		if _, err := UnmarshalState(b[:len(b)-1], Limits{}); err == nil {
			t.Fatal("truncated state decoded")
		}
	}
}
