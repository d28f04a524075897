package hotstuff

import (
	"bytes"
	"testing"
	"time"
)

// Run with a short minimisation time, e.g.
//
//	go test ./hotstuff -run '^$' -fuzz FuzzHandleSequence -fuzzminimizetime 1s
//
// (the default of 60 s per new input stalls progress on 2 cores).

// FuzzHandle decodes arbitrary bytes and feeds what decodes to an instance
// (one of each role: leader of view 1 and a follower, in views 1 and 2).
// Neither decoding nor handling may panic, and decoding is canonical.
func FuzzHandle(f *testing.F) {
	c := newCluster(f, 4, 0)
	for _, m := range sampleMessages(c) {
		b, _ := m.MarshalBinary()
		f.Add(b, uint8(0))
	}
	f.Add([]byte{1, 2, 3}, uint8(1))
	f.Fuzz(func(t *testing.T, b []byte, mode uint8) {
		m, err := DecodeMessage(b, Limits{})
		if err != nil {
			return
		}
		again, err := m.MarshalBinary()
		if err != nil || !bytes.Equal(again, b) {
			t.Fatalf("decode not canonical: %v", err)
		}
		self := int(mode) % 4
		c := newCluster(t, 4, self)
		now := t0.Add(time.Duration(mode>>2) * 300 * time.Millisecond)
		c.in.Start(now)
		_ = c.in.Handle(m, now)
		_ = c.in.Handle(m, now) // a replay
		c.in.Tick(now.Add(time.Second))
		if st, err := UnmarshalState(b, Limits{}); err == nil {
			_, _ = New(c.config(self), st)
		}
	})
}

// FuzzHandleSequence drives one instance with a sequence of messages under a
// verifier that accepts every signature, so the fuzzer reaches the state
// machine behind the cryptography: proposals, votes, certificates,
// new-views and decisions in any order, views and times. Input: repeated
// [dt:u8 len:u16 message:len]. Must never panic.
func FuzzHandleSequence(f *testing.F) {
	c := newCluster(f, 4, 0)
	var seed []byte
	for _, m := range sampleMessages(c) {
		b, _ := m.MarshalBinary()
		seed = append(seed, 50, byte(len(b)>>8), byte(len(b)))
		seed = append(seed, b...)
	}
	f.Add(seed, uint8(1))
	f.Fuzz(func(t *testing.T, in []byte, self uint8) {
		c := newCluster(t, 4, int(self%4))
		cfg := c.config(int(self % 4))
		cfg.Verify = func(int, []byte, []byte) bool { return true }
		inst, err := New(cfg, nil)
		if err != nil {
			t.Fatal(err)
		}
		now := t0
		inst.Start(now)
		for len(in) >= 3 {
			now = now.Add(time.Duration(in[0]) * 20 * time.Millisecond)
			n := int(in[1])<<8 | int(in[2])
			in = in[3:]
			if n > len(in) {
				return
			}
			if m, err := DecodeMessage(in[:n], Limits{}); err == nil {
				_ = inst.Handle(m, now)
			}
			in = in[n:]
			inst.Tick(now)
		}
	})
}
