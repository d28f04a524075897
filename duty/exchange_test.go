package duty

import (
	"crypto/ed25519"
	"sync"
	"testing"
	"time"

	"github.com/keystake/keystake/tbls"
)

// countingNet counts what is sent to each peer.
type countingNet struct {
	mu   sync.Mutex
	sent map[string]int
}

func (n *countingNet) Send(to ed25519.PublicKey, _ string, _ []byte) {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.sent[string(to)]++
}

func (n *countingNet) count(to ed25519.PublicKey) int {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.sent[string(to)]
}

// TestResend checks that a peer that (re)connects gets this operator's
// partials of the slots it still accepts again, and only those.
func TestResend(t *testing.T) {
	tc := newTestCluster(t, 1)
	x := tc.nodes[0].attester.x
	net := &countingNet{sent: map[string]int{}}
	x.network = net
	var c *Cluster
	for _, cl := range x.clusters {
		c = cl
	}
	slot := tc.tm.SlotAt(time.Now())
	st := x.collectorFor(c, slot, DutyAttester)
	x.share(c, slot, DutyAttester, st, []Partial{{Validator: 0, Signature: rawSign(tbls.GenerateSecretKey(), []byte("m"))}})
	peer, self := c.Members[1], c.Members[c.Self-1]
	if net.count(peer) != 1 {
		t.Fatalf("sent %d messages to the peer, want 1", net.count(peer))
	}
	x.Resend(peer)
	if net.count(peer) != 2 {
		t.Fatalf("after Resend the peer got %d messages, want 2", net.count(peer))
	}
	x.Resend(self)
	x.Resend(ed25519.PublicKey(make([]byte, ed25519.PublicKeySize)))
	if net.count(self) != 0 || len(net.sent) != 3 {
		t.Fatalf("Resend sent to itself or to a stranger: %v", net.sent)
	}
	x.now = func() time.Time { return tc.tm.SlotStart(slot + 2) } // the peer no longer takes them
	x.Resend(peer)
	if net.count(peer) != 2 {
		t.Fatalf("partials of a past slot were sent again")
	}
}
