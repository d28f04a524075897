package tbls

import (
	"sync"

	"github.com/herumi/bls-eth-go-binary/bls"
)

// Decoding a compressed point costs a square root and a subgroup check
// (about 0.1 ms for a public key and 0.2 ms for a signature on a 2-core
// Xeon), more than a whole recovery. The same bytes come back again and
// again: share public keys are fixed for a cluster's life, and a partial
// signature is verified first and then used in a recovery. These caches keep
// the decoded form of bytes that passed every check; bytes that failed are
// never cached, so a cache hit means exactly what a fresh decode would.
const (
	publicKeyCacheSize = 1 << 14 // ~3.2 MiB: a cluster of 1,000+ validators' share keys
	signatureCacheSize = 1 << 13 // ~3.2 MiB: a slot's partial signatures
)

var (
	publicKeyCache = newPointCache[PublicKey, bls.PublicKey](publicKeyCacheSize)
	signatureCache = newPointCache[Signature, bls.Sign](signatureCacheSize)
)

// pointCache is a fixed-capacity map from an encoding to its decoded point,
// evicting the oldest insertion first. It is safe for concurrent use.
type pointCache[K comparable, V any] struct {
	mu    sync.Mutex
	m     map[K]V
	order []K // ring of keys in insertion order
	next  int // slot in order to overwrite next once full
}

func newPointCache[K comparable, V any](capacity int) *pointCache[K, V] {
	return &pointCache[K, V]{m: make(map[K]V, capacity), order: make([]K, 0, capacity)}
}

// get copies the cached value for k into out and reports whether there was one.
func (c *pointCache[K, V]) get(k K, out *V) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok := c.m[k]
	if ok {
		*out = v
	}
	return ok
}

// put stores a copy of *v under k.
func (c *pointCache[K, V]) put(k K, v *V) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.m[k]; ok {
		return
	}
	if len(c.order) < cap(c.order) {
		c.order = append(c.order, k)
	} else {
		delete(c.m, c.order[c.next])
		c.order[c.next] = k
		c.next = (c.next + 1) % len(c.order)
	}
	c.m[k] = *v
}

// cacheComputed caches a signature this package computed (a signature made
// with a share, or one recovered from decoded partials), so that verifying
// or recovering with it later skips the decoding. Such a point is in the
// subgroup by construction: it is a multiple of the hash of the message, or
// a combination of points that passed the subgroup check.
func cacheComputed(sig Signature, p *bls.G2) {
	var n bls.G2
	bls.G2Normalize(&n, p)
	signatureCache.put(sig, bls.CastToSign(&n))
}

// reset empties the cache (tests and benchmarks measure cold decoding).
func (c *pointCache[K, V]) reset() {
	c.mu.Lock()
	defer c.mu.Unlock()
	clear(c.m)
	c.order = c.order[:0]
	c.next = 0
}
