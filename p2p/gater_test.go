package p2p

import (
	"crypto/ed25519"
	"log/slog"
	"testing"

	"github.com/libp2p/go-libp2p/core/peer"
	ma "github.com/multiformats/go-multiaddr"
)

// TestGaterPinsAddresses checks dials go only to pinned peers, and only at
// their configured addresses unless none (or a DNS name) is configured.
func TestGaterPinsAddresses(t *testing.T) {
	id := func(seed byte) peer.ID {
		seedBytes := make([]byte, ed25519.SeedSize)
		seedBytes[0] = seed
		key := ed25519.NewKeyFromSeed(seedBytes)
		p, err := PeerIDFromIdentityKey(key.Public().(ed25519.PublicKey))
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	addr := func(s string) ma.Multiaddr { return ma.StringCast(s) }
	pinned, bare, named, stranger := id(1), id(2), id(3), id(4)
	g := &gater{log: slog.New(slog.DiscardHandler), refused: func(string) {}}
	g.set([]pinnedPeer{
		{index: 1, id: pinned, addrs: []ma.Multiaddr{addr("/ip4/10.0.0.1/tcp/9000"), addr("/ip4/10.0.0.1/udp/9000/quic-v1")}},
		{index: 2, id: bare},
		{index: 3, id: named, addrs: []ma.Multiaddr{addr("/dns4/op3.example/tcp/9000")}},
	})
	for _, tc := range []struct {
		name string
		p    peer.ID
		addr string
		want bool
	}{
		{"configured TCP address", pinned, "/ip4/10.0.0.1/tcp/9000", true},
		{"configured QUIC address", pinned, "/ip4/10.0.0.1/udp/9000/quic-v1", true},
		{"advertised elsewhere", pinned, "/ip4/192.168.1.5/tcp/9000", false},
		{"other port", pinned, "/ip4/10.0.0.1/tcp/9001", false},
		{"peer without addresses", bare, "/ip4/10.0.0.2/tcp/9000", true},
		{"peer named by DNS", named, "/ip4/10.0.0.3/tcp/9000", true},
		{"stranger", stranger, "/ip4/10.0.0.1/tcp/9000", false},
	} {
		if got := g.InterceptAddrDial(tc.p, addr(tc.addr)); got != tc.want {
			t.Errorf("%s: dial allowed %v, want %v", tc.name, got, tc.want)
		}
	}
}
