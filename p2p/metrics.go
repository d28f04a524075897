package p2p

import (
	"fmt"
	"strconv"

	"github.com/prometheus/client_golang/prometheus"
)

// Reasons a message is dropped, the "reason" label of
// keystake_p2p_messages_dropped_total.
const (
	dropQueueFull    = "queue_full"    // the peer's queue was full; the oldest message went
	dropNotConnected = "not_connected" // the peer was not connected when sending
	dropNoStream     = "no_stream"     // no stream could be opened
	dropWriteError   = "write_error"   // the write failed twice or timed out
)

// Kinds of inbound frame errors, the "kind" label of
// keystake_p2p_frame_errors_total.
const (
	frameOversized = "oversized"
	frameMalformed = "malformed"
	frameTruncated = "truncated"
)

// metrics are a node's Prometheus collectors. Peers are labelled by
// operator index.
type metrics struct {
	pinned      prometheus.Gauge
	connected   prometheus.Gauge
	sent        *prometheus.CounterVec // protocol, peer
	received    *prometheus.CounterVec // protocol, peer
	dropped     *prometheus.CounterVec // protocol, peer, reason
	refused     *prometheus.CounterVec // direction
	frameErrors *prometheus.CounterVec // protocol, peer, kind
}

func newMetrics(reg prometheus.Registerer) (*metrics, error) {
	const ns, sub = "keystake", "p2p"
	counter := func(name, help string, labels ...string) *prometheus.CounterVec {
		return prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: name, Help: help}, labels)
	}
	gauge := func(name, help string) prometheus.Gauge {
		return prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Subsystem: sub, Name: name, Help: help})
	}
	m := &metrics{
		pinned:      gauge("pinned_peers", "Operators this node connects to (the pinned set, without itself)."),
		connected:   gauge("connected_peers", "Pinned operators with at least one open connection."),
		sent:        counter("messages_sent_total", "Messages written to a peer's stream.", "protocol", "peer"),
		received:    counter("messages_received_total", "Messages delivered to a protocol handler.", "protocol", "peer"),
		dropped:     counter("messages_dropped_total", "Outbound messages dropped, by reason.", "protocol", "peer", "reason"),
		refused:     counter("connections_refused_total", "Connections refused because the remote identity is not pinned.", "direction"),
		frameErrors: counter("frame_errors_total", "Inbound streams reset for a bad frame, by kind.", "protocol", "peer", "kind"),
	}
	if reg == nil {
		return m, nil
	}
	for _, c := range []prometheus.Collector{m.pinned, m.connected, m.sent, m.received, m.dropped, m.refused, m.frameErrors} {
		if err := reg.Register(c); err != nil {
			return nil, fmt.Errorf("register p2p metrics: %w", err)
		}
	}
	return m, nil
}

func peerLabel(index int) string { return strconv.Itoa(index) }
