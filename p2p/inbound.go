package p2p

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"
)

// Protocols of the operator node. Each runs on its own streams, so a burst
// on one does not delay the other.
const (
	ProtocolConsensus = "/keystake/consensus/1.0.0"
	ProtocolPartials  = "/keystake/partials/2.0.0"
)

// Remote identifies the authenticated sender of a message.
type Remote struct {
	// Index is the sender's operator index, ID its peer ID.
	Index int
	ID    peer.ID
}

// Handler receives the messages of one protocol. msg belongs to the
// handler. The sender is authenticated (its identity key is pinned) but the
// content is not validated.
//
// A handler is called from the reader goroutine of the inbound stream, so
// the messages of one (peer, protocol) stream arrive one at a time and in
// order, while different peers' messages are handled concurrently. It should
// be fast (decode, hand off to a channel): while it runs, that stream is not
// read, which back-pressures only that peer, whose queue then drops its
// oldest messages. Close waits for running handlers.
type Handler func(from Remote, msg []byte)

// proto is a registered protocol.
type proto struct {
	id      protocol.ID
	maxSize int
	handler Handler
}

// Register makes the node accept protocol: messages of at most maxSize
// bytes are delivered to handler, and Send and Broadcast may use it. A
// frame longer than maxSize resets its stream, is counted and never reaches
// handler. Protocols cannot be registered twice; both ends must register
// the protocol with limits that fit the messages sent. A protocol
// registered after New may miss messages that connected peers send before
// it is registered; Config.Protocols avoids that window.
func (n *Node) Register(protocolID string, maxSize int, handler Handler) error {
	switch {
	case !strings.HasPrefix(protocolID, "/"):
		return fmt.Errorf("register protocol %q: must start with /", protocolID)
	case maxSize <= 0 || maxSize > MaxFrameSize:
		return fmt.Errorf("register protocol %q: size limit %d not in [1, %d]", protocolID, maxSize, MaxFrameSize)
	case handler == nil:
		return fmt.Errorf("register protocol %q: nil handler", protocolID)
	}
	p := &proto{id: protocol.ID(protocolID), maxSize: maxSize, handler: handler}
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.closed {
		return fmt.Errorf("register protocol %q: %w", protocolID, ErrClosed)
	}
	if _, dup := n.protos[p.id]; dup {
		return fmt.Errorf("register protocol %q: already registered", protocolID)
	}
	n.protos[p.id] = p
	n.host.SetStreamHandler(p.id, func(s network.Stream) { n.serveStream(p, s) })
	return nil
}

// serveStream reads the frames of one inbound stream until it ends.
func (n *Node) serveStream(p *proto, s network.Stream) {
	from, ok := n.remote(s.Conn().RemotePeer())
	n.mu.Lock()
	if n.closed || !ok {
		n.mu.Unlock()
		_ = s.Reset()
		return
	}
	n.wg.Add(1)
	n.mu.Unlock()
	defer n.wg.Done()
	_ = s.CloseWrite() // nothing flows back

	received := n.met.received.WithLabelValues(string(p.id), peerLabel(from.Index))
	r := bufio.NewReader(s)
	for {
		msg, err := readFrame(r, p.maxSize)
		if err != nil {
			n.endStream(p, s, from, err)
			return
		}
		received.Inc()
		p.handler(from, msg)
	}
}

// remote returns the pinned identity of a peer.
func (n *Node) remote(id peer.ID) (Remote, bool) {
	i, ok := n.gater.index(id)
	return Remote{Index: i, ID: id}, ok
}

// endStream closes a stream that ended cleanly and resets one that failed,
// counting and logging frame errors.
func (n *Node) endStream(p *proto, s network.Stream, from Remote, err error) {
	if errors.Is(err, io.EOF) {
		_ = s.Close()
		return
	}
	_ = s.Reset()
	var kind string
	switch {
	case errors.Is(err, ErrFrameTooLarge):
		kind = frameOversized
	case errors.Is(err, ErrMalformedFrame):
		kind = frameMalformed
	case errors.Is(err, io.ErrUnexpectedEOF):
		kind = frameTruncated
	default: // reset by the peer, connection closed
		n.log.Debug("p2p: inbound stream ended", "peer", from.Index, "protocol", p.id, "err", err)
		return
	}
	n.met.frameErrors.WithLabelValues(string(p.id), peerLabel(from.Index), kind).Inc()
	n.log.Warn("p2p: bad frame, stream reset", "peer", from.Index, "protocol", p.id, "kind", kind, "err", err)
}
