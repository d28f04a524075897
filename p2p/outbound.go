package p2p

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/protocol"
	"github.com/prometheus/client_golang/prometheus"
)

// Errors of Send and Broadcast.
var (
	ErrUnknownPeer     = errors.New("peer not pinned")
	ErrUnknownProtocol = errors.New("protocol not registered")
	ErrMessageTooLarge = errors.New("message larger than the protocol's limit")
	ErrNotConnected    = errors.New("peer not connected")
)

// maxBatch bounds how many queued messages are written before a flush.
const maxBatch = 64

// Send queues msg for the operator with index to on protocolID and returns
// without waiting for the write. Delivery is best effort: msg is dropped
// (and counted) if the peer is not connected, if the peer's queue for the
// protocol is full (then the oldest queued message goes instead), or if the
// stream fails twice; a message may be delivered twice if a stream fails
// mid-write. Messages to one peer on one protocol are written in order on
// one long-lived stream.
//
// Send keeps msg until it is written: the caller must not modify it. ctx is
// only checked before queueing.
func (n *Node) Send(ctx context.Context, to int, protocolID string, msg []byte) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("send to peer %d: %w", to, err)
	}
	w, err := n.writerFor(to, protocolID, msg)
	if err != nil {
		return fmt.Errorf("send to peer %d: %w", to, err)
	}
	if !w.enqueue(msg) {
		return fmt.Errorf("send to peer %d: %w", to, ErrNotConnected)
	}
	return nil
}

// writerFor returns the writer of (peer to, protocolID) if msg may go there.
func (n *Node) writerFor(to int, protocolID string, msg []byte) (*writer, error) {
	n.mu.Lock()
	defer n.mu.Unlock()
	p, err := n.protoLocked(protocolID, msg)
	if err != nil {
		return nil, err
	}
	ps, ok := n.byIndex[to]
	if !ok {
		return nil, ErrUnknownPeer
	}
	return n.writerLocked(ps, p), nil
}

// Broadcast queues msg for every pinned peer on protocolID, as Send does;
// it never waits for a peer, so a slow or dead peer delays nobody. Peers
// that are not connected are skipped (counted as dropped). It returns an
// error only if nothing could be queued at all for a reason that concerns
// the message (closed node, unknown protocol, too large, ctx done).
func (n *Node) Broadcast(ctx context.Context, protocolID string, msg []byte) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("broadcast: %w", err)
	}
	n.mu.Lock()
	p, err := n.protoLocked(protocolID, msg)
	if err != nil {
		n.mu.Unlock()
		return fmt.Errorf("broadcast: %w", err)
	}
	writers := make([]*writer, 0, len(n.peers))
	for _, ps := range n.peers {
		writers = append(writers, n.writerLocked(ps, p))
	}
	n.mu.Unlock()
	for _, w := range writers {
		w.enqueue(msg)
	}
	return nil
}

// protoLocked checks that the node is open and msg fits protocolID.
func (n *Node) protoLocked(protocolID string, msg []byte) (*proto, error) {
	if n.closed {
		return nil, ErrClosed
	}
	p, ok := n.protos[protocol.ID(protocolID)]
	if !ok {
		return nil, fmt.Errorf("%w: %s", ErrUnknownProtocol, protocolID)
	}
	if len(msg) > p.maxSize {
		return nil, fmt.Errorf("%w: %d bytes, limit %d", ErrMessageTooLarge, len(msg), p.maxSize)
	}
	return p, nil
}

// writerLocked returns the writer of (ps, p), starting it on first use.
// n.mu is held and the node is open.
func (n *Node) writerLocked(ps *peerState, p *proto) *writer {
	if w, ok := ps.writers[p.id]; ok {
		return w
	}
	proto, peerL := string(p.id), peerLabel(ps.index)
	w := &writer{
		n: n, ps: ps, proto: p,
		queue:   make(chan []byte, n.cfg.QueueSize),
		sent:    n.met.sent.WithLabelValues(proto, peerL),
		dropped: n.met.dropped.MustCurryWith(prometheus.Labels{"protocol": proto, "peer": peerL}),
	}
	ps.writers[p.id] = w
	n.goLocked(w.run)
	return w
}

// writer owns the outbound stream of one (peer, protocol) and writes the
// messages of its queue to it, in order.
type writer struct {
	n     *Node
	ps    *peerState
	proto *proto
	queue chan []byte

	sent    prometheus.Counter
	dropped *prometheus.CounterVec // reason

	// Owned by run.
	s  network.Stream
	bw *bufio.Writer
}

// enqueue queues msg, dropping the oldest queued message if the queue is
// full. It returns false, dropping msg, if the peer is not connected.
func (w *writer) enqueue(msg []byte) bool {
	if w.n.host.Network().Connectedness(w.ps.id) != network.Connected {
		w.dropped.WithLabelValues(dropNotConnected).Inc()
		return false
	}
	for {
		select {
		case w.queue <- msg:
			return true
		default:
		}
		select {
		case <-w.queue:
			w.dropped.WithLabelValues(dropQueueFull).Inc()
		default:
		}
	}
}

// run writes queued messages until the peer is unpinned or the node
// closes, each wake-up writing what is queued (up to maxBatch) in one
// flush.
func (w *writer) run() {
	defer w.closeStream()
	batch := make([][]byte, 0, maxBatch)
	for {
		select {
		case <-w.ps.ctx.Done():
			return
		case msg := <-w.queue:
			batch = append(batch[:0], msg)
		}
	drain:
		for len(batch) < maxBatch {
			select {
			case msg := <-w.queue:
				batch = append(batch, msg)
			default:
				break drain
			}
		}
		w.deliver(batch)
		clear(batch)
	}
}

// deliver writes batch, reopening the stream once if the write fails for a
// reason other than a timeout (a stream on a connection that died while
// idle fails at once, and the retry goes out on the current connection).
func (w *writer) deliver(batch [][]byte) {
	for attempt := 0; ; attempt++ {
		if w.s == nil {
			if err := w.openStream(); err != nil {
				w.drop(batch, dropNoStream, err)
				return
			}
		}
		err := w.write(batch)
		if err == nil {
			w.sent.Add(float64(len(batch)))
			return
		}
		_ = w.s.Reset()
		w.s = nil
		if attempt > 0 || errors.Is(err, os.ErrDeadlineExceeded) || w.ps.ctx.Err() != nil {
			w.drop(batch, dropWriteError, err)
			return
		}
	}
}

func (w *writer) write(batch [][]byte) error {
	if err := w.s.SetWriteDeadline(time.Now().Add(w.n.cfg.WriteTimeout)); err != nil {
		return fmt.Errorf("set write deadline: %w", err)
	}
	for _, msg := range batch {
		if err := writeFrame(w.bw, msg); err != nil {
			return err
		}
	}
	return w.bw.Flush()
}

// openStream opens the stream on an existing connection; dialing is the
// maintenance loop's job.
func (w *writer) openStream() error {
	ctx, cancel := context.WithTimeout(w.ps.ctx, w.n.cfg.DialTimeout)
	defer cancel()
	s, err := w.n.host.NewStream(network.WithNoDial(ctx, "keystake: maintenance loop dials"), w.ps.id, w.proto.id)
	if err != nil {
		return fmt.Errorf("open stream: %w", err)
	}
	// The read side stays open: multistream-select reads the remote's
	// protocol confirmation from it after the first write.
	w.s = s
	if w.bw == nil {
		w.bw = bufio.NewWriterSize(s, 16<<10)
	} else {
		w.bw.Reset(s)
	}
	return nil
}

func (w *writer) closeStream() {
	if w.s != nil {
		_ = w.s.Close()
		w.s = nil
	}
}

func (w *writer) drop(batch [][]byte, reason string, err error) {
	w.dropped.WithLabelValues(reason).Add(float64(len(batch)))
	w.n.log.Debug("p2p: messages dropped", "peer", w.ps.index, "protocol", w.proto.id, "count", len(batch), "reason", reason, "err", err)
}
