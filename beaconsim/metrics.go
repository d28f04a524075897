package beaconsim

import (
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// Duty types and results, as metric label values.
const (
	dutyAttestation = "attestation"
	resultAccepted  = "accepted"
	resultRejected  = "rejected"
)

// metrics are the simulator's Prometheus metrics, on a registry of its own
// (so that several simulators can live in one test binary), served at
// /metrics and returned by Sim.Registry.
//
//	beaconsim_duty_submissions_total{duty,result}      submitted duty messages, accepted or rejected
//	beaconsim_duty_rejections_total{duty,reason}       rejected duty messages by reason
//	beaconsim_duty_submission_delay_seconds{duty}      accepted messages' arrival (blocks: import) time after the start of their slot
//	beaconsim_slashable_submissions_total{kind}        slashable pairs detected (double_vote, surround_vote, double_proposal)
//	beaconsim_block_proposals_total{result}            validator-proposed slots: due, produced (blocks served), published (imported), missed
//	beaconsim_attestations_included_total              validator attestations included in blocks
//	beaconsim_head_slot, beaconsim_justified_epoch, beaconsim_finalized_epoch
//	beaconsim_http_requests_total{route,code}          API requests served
//	beaconsim_faults_injected_total{route,kind}        injected faults (delay, status, garbage)
type metrics struct {
	reg            *prometheus.Registry
	submissions    *prometheus.CounterVec
	rejections     *prometheus.CounterVec
	delay          *prometheus.HistogramVec
	slashable      *prometheus.CounterVec
	proposals      *prometheus.CounterVec
	included       prometheus.Counter
	headSlot       prometheus.Gauge
	justifiedEpoch prometheus.Gauge
	finalizedEpoch prometheus.Gauge
	requests       *prometheus.CounterVec
	faults         *prometheus.CounterVec
}

// delayBuckets are fractions of a slot (1/12 ... 2 slots), so that the
// histogram reads the same with 12 s and 500 ms slots: 1/3 of a slot is the
// attestation deadline.
var delayBuckets = []float64{1.0 / 12, 2.0 / 12, 3.0 / 12, 4.0 / 12, 6.0 / 12, 8.0 / 12, 1, 1.5, 2}

func newMetrics(slot time.Duration) *metrics {
	buckets := make([]float64, len(delayBuckets))
	for i, f := range delayBuckets {
		buckets[i] = f * slot.Seconds()
	}
	m := &metrics{
		reg: prometheus.NewRegistry(),
		submissions: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "beaconsim_duty_submissions_total", Help: "Duty messages submitted, by duty type and result.",
		}, []string{"duty", "result"}),
		rejections: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "beaconsim_duty_rejections_total", Help: "Rejected duty messages, by duty type and reason.",
		}, []string{"duty", "reason"}),
		delay: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "beaconsim_duty_submission_delay_seconds",
			Help:    "Arrival time of accepted duty messages after the start of their slot.",
			Buckets: buckets,
		}, []string{"duty"}),
		slashable: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "beaconsim_slashable_submissions_total", Help: "Slashable pairs (attestations or block proposals) detected, by kind.",
		}, []string{"kind"}),
		proposals: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "beaconsim_block_proposals_total", Help: "Validator block proposals: slots due, blocks produced, blocks published (imported), slots missed.",
		}, []string{"result"}),
		included: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "beaconsim_attestations_included_total", Help: "Validator attestations included in blocks.",
		}),
		headSlot: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "beaconsim_head_slot", Help: "Slot of the head block.",
		}),
		justifiedEpoch: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "beaconsim_justified_epoch", Help: "Epoch of the current justified checkpoint.",
		}),
		finalizedEpoch: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "beaconsim_finalized_epoch", Help: "Epoch of the finalized checkpoint.",
		}),
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "beaconsim_http_requests_total", Help: "Beacon API requests, by route and status code.",
		}, []string{"route", "code"}),
		faults: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "beaconsim_faults_injected_total", Help: "Injected faults, by route and kind.",
		}, []string{"route", "kind"}),
	}
	m.reg.MustRegister(m.submissions, m.rejections, m.delay, m.slashable, m.proposals, m.included,
		m.headSlot, m.justifiedEpoch, m.finalizedEpoch, m.requests, m.faults)
	return m
}

// Registry returns the registry holding the simulator's metrics.
func (s *Sim) Registry() *prometheus.Registry { return s.metrics.reg }
