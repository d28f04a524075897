package duty

import (
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// Metrics are the duty metrics of a node. A nil *Metrics records nothing.
type Metrics struct {
	duties   *prometheus.CounterVec
	latency  prometheus.Histogram
	received *prometheus.CounterVec
	invalid  *prometheus.CounterVec
	held     prometheus.Gauge
}

// NewMetrics registers the duty metrics with reg.
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		duties: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "keystake_duties_total",
			Help: "Validator duties by type and outcome.",
		}, []string{"duty", "outcome"}),
		latency: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name:    "keystake_attestation_submit_seconds",
			Help:    "Time from the slot start to the submission of attestations.",
			Buckets: []float64{.1, .25, .5, 1, 2, 3, 4, 6, 8, 12},
		}),
		received: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "keystake_partials_received_total",
			Help: "Partial signatures received, by operator index.",
		}, []string{"operator"}),
		invalid: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "keystake_partials_invalid_total",
			Help: "Invalid partial signatures received, by operator index.",
		}, []string{"operator"}),
		held: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "keystake_doppelganger_held_validators",
			Help: "Validators this node does not sign for yet (doppelganger protection).",
		}),
	}
	reg.MustRegister(m.duties, m.latency, m.received, m.invalid, m.held)
	return m
}

func (m *Metrics) attested(ok, failed int) {
	if m == nil {
		return
	}
	m.duties.WithLabelValues("attester", "submitted").Add(float64(ok))
	if failed > 0 {
		m.duties.WithLabelValues("attester", "failed").Add(float64(failed))
	}
}

func (m *Metrics) submittedAt(d time.Duration, n int) {
	if m == nil {
		return
	}
	for range n {
		m.latency.Observe(d.Seconds())
	}
}

func (m *Metrics) receivedPartials(op, n int) {
	if m != nil {
		m.received.WithLabelValues(strconv.Itoa(op)).Add(float64(n))
	}
}

func (m *Metrics) invalidPartial(op int) {
	if m != nil {
		m.invalid.WithLabelValues(strconv.Itoa(op)).Inc()
	}
}

func (m *Metrics) proposed(ok bool) {
	if m == nil {
		return
	}
	outcome := "submitted"
	if !ok {
		outcome = "failed"
	}
	m.duties.WithLabelValues("proposer", outcome).Inc()
}

func (m *Metrics) doppelgangerHeld(n int) {
	if m != nil {
		m.held.Set(float64(n))
	}
}

// duty counts the outcomes of n duties of a kind.
func (m *Metrics) duty(kind string, ok, failed int) {
	if m == nil {
		return
	}
	if ok > 0 {
		m.duties.WithLabelValues(kind, "submitted").Add(float64(ok))
	}
	if failed > 0 {
		m.duties.WithLabelValues(kind, "failed").Add(float64(failed))
	}
}
