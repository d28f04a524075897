package beacon

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/attestantio/go-eth2-client/spec/phase0"
)

// TestBlockKnown checks that heads announced by the node and blocks found
// once answer without a request, and that a 404 means unknown.
func TestBlockKnown(t *testing.T) {
	f := newFakeNode(t)
	c := newTestClient(t, Config{HeadTimeout: 30 * time.Second}, f)
	rec := &headRecorder{}
	subscribe(t, c, rec)
	head, found, missing := phase0.Root{0xaa, 1}, phase0.Root{0xaa, 2}, phase0.Root{0xaa, 3}
	f.heads <- headJSON(99, head)
	waitFor(t, "head", func() bool { return len(rec.slots()) == 1 })

	headerPath := func(r phase0.Root) string { return "/eth/v1/beacon/headers/" + r.String() }
	f.set(headerPath(found), raw(`{"data":{"root":"`+found.String()+`","canonical":true,"header":{"message":{"slot":"98","proposer_index":"1","parent_root":"`+head.String()+`","state_root":"`+head.String()+`","body_root":"`+head.String()+`"},"signature":"0x`+strings.Repeat("00", 96)+`"}}}`))
	f.set(headerPath(missing), status(http.StatusNotFound))

	for _, tc := range []struct {
		name  string
		root  phase0.Root
		known bool
		calls int // requests for the root so far, after this lookup
	}{
		{"announced head", head, true, 0},
		{"found", found, true, 1},
		{"found again, from memory", found, true, 1},
		{"not found", missing, false, 1},
		{"not found again: asked again", missing, false, 2},
	} {
		known, err := c.BlockKnown(t.Context(), tc.root)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if known != tc.known || f.count(headerPath(tc.root)) != tc.calls {
			t.Errorf("%s: known %v after %d requests, want %v after %d", tc.name, known, f.count(headerPath(tc.root)), tc.known, tc.calls)
		}
	}
}

// TestKnownBlocksBounded checks the oldest roots are forgotten first.
func TestKnownBlocksBounded(t *testing.T) {
	var k knownBlocks
	root := func(i int) phase0.Root { return phase0.Root{byte(i), byte(i >> 8)} }
	for i := range knownBlocksSize + 10 {
		k.add(root(i))
		k.add(root(i)) // repeats take no room
	}
	for i, want := range map[int]bool{0: false, 9: false, 10: true, knownBlocksSize + 9: true} {
		if k.has(root(i)) != want {
			t.Errorf("root %d remembered: %v, want %v", i, !want, want)
		}
	}
}
