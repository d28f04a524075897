package beaconsim

import (
	"math/rand/v2"
	"net/http"
	"sync"
	"time"
)

// Fault makes the simulator misbehave on some calls of some routes, the
// way a struggling beacon node does.
//
// A call matches a fault when its route matches Route, the simulator's clock
// is inside [Start, End), the fault has fired fewer than Count times, and a
// draw with Probability succeeds. A matching fault first waits Delay on the
// simulator's clock (a FakeClock therefore holds the call until the test
// advances it; the call's context cancels the wait), then answers with
// Status and the standard error body, or with Garbage, or, if neither is
// set, normally. When several faults match a call, their delays add up and
// the first one with a Status or Garbage decides the answer.
type Fault struct {
	// Route is a route name (the Route* constants, the Beacon API's
	// operation ids); "" matches every route except /metrics.
	Route string
	// Probability of firing on a matching call, in (0, 1]; 0 means 1.
	Probability float64
	// Start and End bound the active window on the simulator's clock; a
	// zero Start means from the beginning, a zero End means for ever.
	Start, End time.Time
	// Count, if positive, is how many times the fault fires at most.
	Count int
	// Delay before answering.
	Delay time.Duration
	// Status, if non-zero, is the HTTP status to answer with (e.g. 500,
	// 503) instead of the real answer.
	Status int
	// Garbage answers 200 with a Content-Type of application/json and a
	// body that is not JSON.
	Garbage bool
}

// Route names, one per served endpoint: the Beacon API operation ids.
const (
	RouteNodeVersion        = "getNodeVersion"
	RouteNodeSyncing        = "getSyncingStatus"
	RouteNodeHealth         = "getHealth"
	RouteGenesis            = "getGenesis"
	RouteSpec               = "getSpec"
	RouteForkSchedule       = "getForkSchedule"
	RouteDepositContract    = "getDepositContract"
	RouteStateFork          = "getStateFork"
	RouteFinality           = "getStateFinalityCheckpoints"
	RouteValidators         = "getStateValidators"
	RoutePostValidators     = "postStateValidators"
	RouteValidator          = "getStateValidator"
	RouteHeader             = "getBlockHeader"
	RouteBlock              = "getBlockV2"
	RouteBlockRoot          = "getBlockRoot"
	RouteAttesterDuties     = "getAttesterDuties"
	RouteProposerDuties     = "getProposerDuties"
	RouteAttestationData    = "produceAttestationData"
	RouteSubmitAttestations = "submitPoolAttestationsV2"
	RouteAttestationPool    = "getPoolAttestationsV2"
	RouteEvents             = "eventstream"
	RouteLiveness           = "getLiveness"
	RouteCommitteeSubscribe = "prepareBeaconCommitteeSubnet"
	RoutePrepareProposer    = "prepareBeaconProposer"
	RouteProduceBlock       = "produceBlockV3"
	RoutePublishBlock       = "publishBlockV2"
	RoutePublishBlockV1     = "publishBlock"
	RoutePublishBlinded     = "publishBlindedBlockV2"
	RoutePublishBlindedV1   = "publishBlindedBlock"

	RouteAggregateAttestation = "getAggregatedAttestationV2"
	RouteSubmitAggregates     = "publishAggregateAndProofsV2"
	RouteSyncDuties           = "getSyncCommitteeDuties"
	RouteSyncSubscribe        = "prepareSyncCommitteeSubnets"
	RouteSubmitSyncMessages   = "submitPoolSyncCommitteeSignatures"
	RouteSyncContribution     = "produceSyncCommitteeContribution"
	RouteSubmitContributions  = "publishContributionAndProofs"
	RouteVoluntaryExit        = "submitPoolVoluntaryExit"
	RouteRegisterValidator    = "registerValidator"
	routeMetrics              = "metrics"
)

type faultState struct {
	Fault
	fired int
}

// faultInjector holds the active faults. Safe for concurrent use.
type faultInjector struct {
	mu     sync.Mutex
	rng    *rand.Rand
	faults []*faultState
}

func newFaultInjector(seed uint64, faults []Fault) *faultInjector {
	fi := &faultInjector{rng: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))}
	fi.set(faults)
	return fi
}

func (fi *faultInjector) set(faults []Fault) {
	fi.mu.Lock()
	defer fi.mu.Unlock()
	fi.faults = fi.faults[:0]
	for _, f := range faults {
		fi.faults = append(fi.faults, &faultState{Fault: f})
	}
}

func (fi *faultInjector) add(f Fault) *faultState {
	fi.mu.Lock()
	defer fi.mu.Unlock()
	st := &faultState{Fault: f}
	fi.faults = append(fi.faults, st)
	return st
}

func (fi *faultInjector) remove(st *faultState) {
	fi.mu.Lock()
	defer fi.mu.Unlock()
	for i, f := range fi.faults {
		if f == st {
			fi.faults = append(fi.faults[:i], fi.faults[i+1:]...)
			return
		}
	}
}

// outcome is what the injector decided for one call.
type outcome struct {
	delay   time.Duration
	status  int
	garbage bool
}

func (fi *faultInjector) decide(route string, now time.Time) outcome {
	fi.mu.Lock()
	defer fi.mu.Unlock()
	var o outcome
	for _, f := range fi.faults {
		if f.Route != "" && f.Route != route || route == routeMetrics {
			continue
		}
		if !f.Start.IsZero() && now.Before(f.Start) || !f.End.IsZero() && !now.Before(f.End) {
			continue
		}
		if f.Count > 0 && f.fired >= f.Count {
			continue
		}
		if p := f.Probability; p > 0 && p < 1 && fi.rng.Float64() >= p {
			continue
		}
		f.fired++
		o.delay += f.Delay
		if o.status == 0 && !o.garbage {
			o.status, o.garbage = f.Status, f.Garbage
		}
	}
	return o
}

// SetFaults replaces the active faults.
func (s *Sim) SetFaults(faults ...Fault) { s.faults.set(faults) }

// AddFault adds a fault and returns a function that removes it.
func (s *Sim) AddFault(f Fault) (remove func()) {
	st := s.faults.add(f)
	return func() { s.faults.remove(st) }
}

// injectFaults applies the faults decided for a call. It returns true if
// it answered the call itself.
func (s *Sim) injectFaults(w http.ResponseWriter, r *http.Request, route string) bool {
	o := s.faults.decide(route, s.clock.Now())
	if o.delay > 0 {
		s.metrics.faults.WithLabelValues(route, "delay").Inc()
		select {
		case <-s.clock.After(o.delay):
		case <-r.Context().Done():
			return true
		}
	}
	switch {
	case o.status != 0:
		s.metrics.faults.WithLabelValues(route, "status").Inc()
		writeError(w, o.status, "injected fault")
		return true
	case o.garbage:
		s.metrics.faults.WithLabelValues(route, "garbage").Inc()
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusOK)
		_, _ = w.Write([]byte("{\"data\": <<garbage>> \x00\xff"))
		return true
	}
	return false
}
