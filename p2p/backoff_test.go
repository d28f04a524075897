package p2p

import (
	"math"
	"testing"
	"time"
)

func TestBackoffDelay(t *testing.T) {
	ms := time.Millisecond
	tests := []struct {
		name    string
		b       Backoff
		attempt int
		r       float64
		want    time.Duration
	}{
		{"first retry, no jitter drawn", DefaultBackoff, 0, 0, 250 * ms},
		{"doubles", DefaultBackoff, 1, 0, 500 * ms},
		{"just below the cap", DefaultBackoff, 2, 0, time.Second},
		{"capped", DefaultBackoff, 3, 0, 2 * time.Second},
		{"stays capped", DefaultBackoff, 1000, 0, 2 * time.Second},
		{"huge attempt does not overflow", Backoff{Base: 1, Max: math.MaxInt64}, 1 << 30, 0, math.MaxInt64},
		{"full jitter draw shortens by Jitter", DefaultBackoff, 0, 1, 200 * ms},
		{"half jitter draw", DefaultBackoff, 7, 0.5, 1800 * ms},
		{"r above 1 is clamped", DefaultBackoff, 0, 7, 200 * ms},
		{"negative r is clamped", DefaultBackoff, 0, -3, 250 * ms},
		{"no jitter configured", Backoff{Base: 100 * ms, Max: time.Second}, 3, 0.9, 800 * ms},
		{"full jitter can reach zero", Backoff{Base: 100 * ms, Max: time.Second, Jitter: 1}, 0, 1, 0},
		{"negative attempt means first", DefaultBackoff, -5, 0, 250 * ms},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.b.Delay(tt.attempt, tt.r); got != tt.want {
				t.Fatalf("Delay(%d, %v) = %v, want %v", tt.attempt, tt.r, got, tt.want)
			}
		})
	}
}

func TestBackoffDelayBounds(t *testing.T) {
	b := DefaultBackoff
	for attempt := 0; attempt < 20; attempt++ {
		lo, hi := b.Delay(attempt, 1), b.Delay(attempt, 0)
		for _, r := range []float64{0, 0.1, 0.5, 0.99} {
			d := b.Delay(attempt, r)
			if d < lo || d > hi || d > b.Max {
				t.Fatalf("Delay(%d, %v) = %v outside [%v, %v]", attempt, r, d, lo, hi)
			}
		}
		if attempt > 0 && hi < b.Delay(attempt-1, 0) {
			t.Fatalf("schedule decreases at attempt %d", attempt)
		}
	}
}

func TestBackoffValid(t *testing.T) {
	for _, tt := range []struct {
		b    Backoff
		want bool
	}{
		{DefaultBackoff, true},
		{Backoff{Base: time.Second, Max: time.Second}, true},
		{Backoff{Base: 0, Max: time.Second}, false},
		{Backoff{Base: 2 * time.Second, Max: time.Second}, false},
		{Backoff{Base: time.Second, Max: time.Second, Jitter: 1.5}, false},
		{Backoff{Base: time.Second, Max: time.Second, Jitter: -0.1}, false},
	} {
		if got := tt.b.valid(); got != tt.want {
			t.Errorf("%+v.valid() = %v, want %v", tt.b, got, tt.want)
		}
	}
}
