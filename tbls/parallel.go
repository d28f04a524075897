package tbls

import (
	"runtime"
	"sync"
)

// Smallest amount of work worth a goroutine of its own, per kind of work.
// Each item costs tens to hundreds of microseconds, so the goroutine
// overhead (about a microsecond) is negligible at these sizes.
const (
	decodeChunk = 16 // public key + signature decodings
	hashChunk   = 4  // hash-to-curve (~0.4 ms each)
	msmChunk    = 64 // terms of the multi-scalar multiplications
	millerChunk = 16 // Miller loops
)

// chunkCount is the number of chunks to split n items into: one per
// GOMAXPROCS at most, each of at least minChunk items, and at least one.
func chunkCount(n, minChunk int) int {
	return max(1, min(runtime.GOMAXPROCS(0), n/minChunk))
}

// runChunks splits [0, n) into the given number of contiguous chunks, runs
// fn(k, lo, hi) for chunk k on its own goroutine (the last on the caller's)
// and waits for all.
func runChunks(n, chunks int, fn func(k, lo, hi int)) {
	var wg sync.WaitGroup
	for k := range chunks - 1 {
		wg.Go(func() { fn(k, k*n/chunks, (k+1)*n/chunks) })
	}
	fn(chunks-1, (chunks-1)*n/chunks, n)
	wg.Wait()
}

// parallelChunks is runChunks with chunkCount(n, minChunk) chunks.
func parallelChunks(n, minChunk int, fn func(k, lo, hi int)) {
	if n > 0 {
		runChunks(n, chunkCount(n, minChunk), fn)
	}
}
