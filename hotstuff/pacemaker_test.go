package hotstuff

import (
	"testing"
	"time"
)

func TestSchedule(t *testing.T) {
	s := Schedule{Start: t0, Base: time.Second, Deadline: t0.Add(time.Minute)}
	tests := []struct {
		at   time.Duration
		view View
	}{
		{-time.Nanosecond, 0},
		{0, 1},
		{999 * time.Millisecond, 1},
		{time.Second, 2},
		{3*time.Second - 1, 2},
		{3 * time.Second, 3},
		{6 * time.Second, 4},
		{10 * time.Second, 5},
		{54 * time.Second, 10},
		{55 * time.Second, 11},
	}
	for _, tt := range tests {
		if got := s.ViewAt(t0.Add(tt.at)); got != tt.view {
			t.Errorf("ViewAt(+%v) = %d, want %d", tt.at, got, tt.view)
		}
	}
	for v := View(1); v < 2000; v++ {
		if s.ViewAt(s.ViewStart(v)) != v || s.ViewAt(s.ViewEnd(v).Add(-1)) != v {
			t.Fatalf("view %d boundaries inconsistent", v)
		}
		if got := s.ViewEnd(v).Sub(s.ViewStart(v)); got != time.Duration(v)*time.Second {
			t.Fatalf("view %d lasts %v", v, got)
		}
	}
	if g := s.Grace(3); g != t0.Add(3*time.Second+500*time.Millisecond) {
		t.Errorf("Grace(3) = %v", g.Sub(t0))
	}
	if s.ViewAt(t0.Add(1<<62)) == 0 {
		t.Error("far future overflowed")
	}
}

// TestLeaderSpread: every operator leads about 1/n of the first views, the
// leader of view 2 never repeats view 1's, and every n consecutive views
// have n different leaders.
func TestLeaderSpread(t *testing.T) {
	for _, n := range []int{4, 7, 10, 13} {
		counts := make([]int, n)
		same := 0
		const slots = 20000
		for slot := uint64(0); slot < slots; slot++ {
			k := Key{Slot: slot}
			l := Leader(k, 1, n)
			counts[l]++
			if Leader(k, 2, n) == l {
				same++
			}
		}
		for i, c := range counts {
			if want := slots / n; c < want*8/10 || c > want*12/10 {
				t.Errorf("n=%d: operator %d leads %d first views, want ~%d", n, i, c, want)
			}
		}
		if same != 0 {
			t.Errorf("n=%d: view 2 repeats view 1's leader %d times", n, same)
		}
		seen := map[int]bool{}
		for v := View(5); v < View(5+n); v++ {
			seen[Leader(Key{Slot: 7}, v, n)] = true
		}
		if len(seen) != n {
			t.Errorf("n=%d: %d leaders in %d consecutive views", n, len(seen), n)
		}
	}
}
