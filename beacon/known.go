package beacon

import (
	"sync"

	"github.com/attestantio/go-eth2-client/spec/phase0"
)

// knownBlocks remembers the roots of recent blocks the beacon nodes are
// known to have (heads they announced, lookups that found the block), so
// that validating a proposal's parent usually costs no request. Bounded:
// the oldest roots are forgotten first.
type knownBlocks struct {
	mu    sync.Mutex
	set   map[phase0.Root]struct{}
	order []phase0.Root // ring of the roots in set, oldest at next
	next  int
}

// knownBlocksSize covers a few epochs of heads and parents.
const knownBlocksSize = 256

func (k *knownBlocks) add(root phase0.Root) {
	k.mu.Lock()
	defer k.mu.Unlock()
	if k.set == nil {
		k.set = make(map[phase0.Root]struct{}, knownBlocksSize)
		k.order = make([]phase0.Root, 0, knownBlocksSize)
	}
	if _, ok := k.set[root]; ok {
		return
	}
	if len(k.order) < knownBlocksSize {
		k.order = append(k.order, root)
	} else {
		delete(k.set, k.order[k.next])
		k.order[k.next] = root
		k.next = (k.next + 1) % knownBlocksSize
	}
	k.set[root] = struct{}{}
}

func (k *knownBlocks) has(root phase0.Root) bool {
	k.mu.Lock()
	defer k.mu.Unlock()
	_, ok := k.set[root]
	return ok
}
