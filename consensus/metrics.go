package consensus

import (
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/keystake/keystake/hotstuff"
)

// Metrics are the consensus metrics of a node.
type Metrics struct {
	duration *prometheus.HistogramVec
	views    *prometheus.HistogramVec
}

// NewMetrics registers the consensus metrics with reg.
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		duration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "keystake_consensus_duration_seconds",
			Help:    "Time from the duty start to the consensus outcome.",
			Buckets: []float64{.01, .025, .05, .1, .25, .5, 1, 2, 4, 8, 12},
		}, []string{"duty", "outcome"}),
		views: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "keystake_consensus_view",
			Help:    "View in which consensus ended.",
			Buckets: []float64{1, 2, 3, 4, 6, 8},
		}, []string{"duty", "outcome"}),
	}
	reg.MustRegister(m.duration, m.views)
	return m
}

func (m *Metrics) observe(duty uint8, outcome string, view hotstuff.View, d time.Duration) {
	if m == nil {
		return
	}
	labels := []string{strconv.Itoa(int(duty)), outcome}
	m.duration.WithLabelValues(labels...).Observe(d.Seconds())
	m.views.WithLabelValues(labels...).Observe(float64(view))
}
