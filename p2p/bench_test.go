package p2p

import (
	"bufio"
	"context"
	"testing"

	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/protocol"
)

var benchSizes = []struct {
	name string
	size int
}{{"200B", 200}, {"20KB", 20 << 10}}

var benchTransports = []struct {
	name   string
	listen []string
}{{"tcp", tcpOnly}, {"quic", quicOnly}}

const protoEcho = "/keystake/bench-echo/1.0.0"

// benchPair starts two connected nodes. On protoEcho, node 1 echoes every
// message back to node 0, whose handler passes it to the returned channel.
func benchPair(b *testing.B, listen []string) (a, z *testNode, replies chan []byte) {
	replies = make(chan []byte, 1024)
	nodes := startCluster(b, 2, listen, func(c *Config) { c.QueueSize = 1024 })
	a, z = nodes[0], nodes[1]
	if err := a.Register(protoEcho, 1<<20, func(_ Remote, msg []byte) { replies <- msg }); err != nil {
		b.Fatal(err)
	}
	if err := z.Register(protoEcho, 1<<20, func(from Remote, msg []byte) {
		_ = z.Send(context.Background(), from.Index, protoEcho, msg)
	}); err != nil {
		b.Fatal(err)
	}
	return a, z, replies
}

// BenchmarkRoundTrip sends a message to a peer, which sends it back, one at
// a time: ns/op is the round-trip latency over long-lived streams.
func BenchmarkRoundTrip(b *testing.B) {
	for _, tr := range benchTransports {
		for _, sz := range benchSizes {
			b.Run(tr.name+"/"+sz.name, func(b *testing.B) {
				a, z, replies := benchPair(b, tr.listen)
				msg := make([]byte, sz.size)
				ctx := context.Background()
				b.SetBytes(int64(2 * sz.size))
				b.ReportAllocs()
				for b.Loop() {
					if err := a.Send(ctx, z.index, protoEcho, msg); err != nil {
						b.Fatal(err)
					}
					<-replies
				}
			})
		}
	}
}

// BenchmarkThroughput streams messages one way with up to 128 in flight
// (acknowledged by the echo): ns/op is the cost per message under load.
func BenchmarkThroughput(b *testing.B) {
	const window = 128
	for _, tr := range benchTransports {
		for _, sz := range benchSizes {
			b.Run(tr.name+"/"+sz.name, func(b *testing.B) {
				a, z, replies := benchPair(b, tr.listen)
				msg := make([]byte, sz.size)
				ctx := context.Background()
				b.SetBytes(int64(sz.size))
				b.ReportAllocs()
				inFlight, sent := 0, 0
				for b.Loop() {
					if inFlight == window {
						<-replies
						inFlight--
					}
					if err := a.Send(ctx, z.index, protoEcho, msg); err != nil {
						b.Fatal(err)
					}
					inFlight++
					sent++
				}
				for ; inFlight > 0; inFlight-- {
					<-replies
				}
				if d := metricValue(b, a.reg, "keystake_p2p_messages_dropped_total", nil) + metricValue(b, z.reg, "keystake_p2p_messages_dropped_total", nil); d > 0 {
					b.Fatalf("%v of %d messages dropped", d, sent)
				}
			})
		}
	}
}

// BenchmarkStreamPerMessageRoundTrip is the alternative design for
// comparison: every message (and every echo) goes on a new stream.
func BenchmarkStreamPerMessageRoundTrip(b *testing.B) {
	const proto = protocol.ID("/keystake/bench-per-stream/1.0.0")
	for _, tr := range benchTransports {
		for _, sz := range benchSizes {
			b.Run(tr.name+"/"+sz.name, func(b *testing.B) {
				nodes := startCluster(b, 2, tr.listen, nil)
				a, z := nodes[0], nodes[1]
				replies := make(chan []byte, 16)
				sendOnNewStream := func(from, to *testNode, msg []byte) error {
					s, err := from.host.NewStream(context.Background(), to.ID(), proto)
					if err != nil {
						return err
					}
					w := bufio.NewWriter(s)
					if err := writeFrame(w, msg); err != nil {
						s.Reset()
						return err
					}
					if err := w.Flush(); err != nil {
						s.Reset()
						return err
					}
					_ = s.Close() // QUIC may report the peer's early STOP_SENDING
					return nil
				}
				readOne := func(s network.Stream) []byte {
					defer s.Close()
					msg, err := readFrame(bufio.NewReader(s), 1<<20)
					if err != nil {
						s.Reset()
						return nil
					}
					return msg
				}
				a.host.SetStreamHandler(proto, func(s network.Stream) { replies <- readOne(s) })
				z.host.SetStreamHandler(proto, func(s network.Stream) {
					if msg := readOne(s); msg != nil {
						_ = sendOnNewStream(z, a, msg)
					}
				})
				msg := make([]byte, sz.size)
				b.SetBytes(int64(2 * sz.size))
				b.ReportAllocs()
				for b.Loop() {
					if err := sendOnNewStream(a, z, msg); err != nil {
						b.Fatal(err)
					}
					if <-replies == nil {
						b.Fatal("echo failed")
					}
				}
			})
		}
	}
}
