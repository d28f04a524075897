package duty

import (
	"context"
	"sync"

	"github.com/attestantio/go-eth2-client/spec/phase0"
)

// book keeps what a cluster decided for a slot (the attestation data, the
// head block root of sync messages) for the duties that build on it later
// in the slot, and lets them wait for it.
type book[T any] struct {
	mu      sync.Mutex
	entries map[bookKey]*bookEntry[T]
}

type bookKey struct {
	cluster [32]byte
	slot    phase0.Slot
}

type bookEntry[T any] struct {
	v    T
	done chan struct{} // closed once v is set
}

func newBook[T any]() *book[T] { return &book[T]{entries: make(map[bookKey]*bookEntry[T])} }

func (b *book[T]) entry(cluster [32]byte, slot phase0.Slot) *bookEntry[T] {
	b.mu.Lock()
	defer b.mu.Unlock()
	k := bookKey{cluster, slot}
	e := b.entries[k]
	if e == nil {
		e = &bookEntry[T]{done: make(chan struct{})}
		b.entries[k] = e
	}
	return e
}

// put records the decision of (cluster, slot); only the first counts.
func (b *book[T]) put(cluster [32]byte, slot phase0.Slot, v T) {
	e := b.entry(cluster, slot)
	b.mu.Lock()
	defer b.mu.Unlock()
	select {
	case <-e.done:
	default:
		e.v = v
		close(e.done)
	}
}

// wait returns the decision of (cluster, slot) once there is one, or
// ctx's error.
func (b *book[T]) wait(ctx context.Context, cluster [32]byte, slot phase0.Slot) (T, error) {
	e := b.entry(cluster, slot)
	select {
	case <-e.done:
		return e.v, nil
	case <-ctx.Done():
		var zero T
		return zero, ctx.Err()
	}
}

// prune forgets the decisions of slots before before.
func (b *book[T]) prune(before phase0.Slot) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for k := range b.entries {
		if k.slot < before {
			delete(b.entries, k)
		}
	}
}
