package hotstuff

import (
	"bytes"
	"testing"
	"time"
)

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
