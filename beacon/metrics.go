package beacon

import (
	"errors"
	"fmt"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// Endpoint labels of the metrics, one per kind of call.
const (
	epGenesis     = "genesis"
	epSpec        = "spec"
	epSyncing     = "syncing"
	epValidators  = "validators"
	epDuties      = "attester_duties"
	epAttData     = "attestation_data"
	epSubmitAtts  = "submit_attestations"
	epPropDuties  = "proposer_duties"
	epProposal    = "proposal"
	epSubmitProp  = "submit_proposal"
	epHeader      = "block_header"
	epLiveness    = "liveness"
	epSubmitExit  = "submit_voluntary_exit"
	epPrepare     = "prepare_beacon_proposer"
	epRegister    = "register_validator"
	epHeadEvents  = "head_events"
	epHealthProbe = "probe"

	epAggregate        = "aggregate_attestation"
	epSubmitAggregates = "submit_aggregate_and_proofs"
	epCommitteeSubs    = "beacon_committee_subscriptions"
	epSyncDuties       = "sync_duties"
	epSyncSubs         = "sync_committee_subscriptions"
	epHeadRoot         = "head_root"
	epSubmitSyncMsgs   = "submit_sync_committee_messages"
	epContribution     = "sync_committee_contribution"
	epSubmitContribs   = "submit_contribution_and_proofs"
)

// metrics are the client's Prometheus metrics; unregistered when the
// configuration has no Registerer.
type metrics struct {
	latency *prometheus.HistogramVec
	errors  *prometheus.CounterVec
}

func newMetrics(reg prometheus.Registerer) (*metrics, error) {
	m := &metrics{
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "keystake_beacon_call_seconds",
			Help:    "Latency of beacon node calls by endpoint and node, failed ones included.",
			Buckets: []float64{.005, .01, .025, .05, .1, .25, .5, 1, 2, 4},
		}, []string{"endpoint", "node"}),
		errors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "keystake_beacon_errors_total",
			Help: "Failed beacon node calls and discarded events by endpoint, node and kind of failure.",
		}, []string{"endpoint", "node", "kind"}),
	}
	if reg == nil {
		return m, nil
	}
	for _, c := range []prometheus.Collector{m.latency, m.errors} {
		if err := reg.Register(c); err != nil {
			var dup prometheus.AlreadyRegisteredError
			if errors.As(err, &dup) {
				return nil, fmt.Errorf("register beacon metrics: another client already registered them: %w", err)
			}
			return nil, fmt.Errorf("register beacon metrics: %w", err)
		}
	}
	return m, nil
}

func (m *metrics) observe(endpoint, node string, d time.Duration) {
	m.latency.WithLabelValues(endpoint, node).Observe(d.Seconds())
}

func (m *metrics) failed(endpoint, node, kind string) {
	m.errors.WithLabelValues(endpoint, node, kind).Inc()
}
