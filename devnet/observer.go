package devnet

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httputil"
	"net/url"
	"slices"
	"strconv"
	"sync"
	"time"
)

// Observer is a reverse proxy in front of the beacon node that watches the
// attestations the operators submit: which were accepted, and how long after
// the start of their slot the first accepted copy arrived. It also notes
// when the beacon node accepted any threshold-signed message (Signed). It
// measures from the outside what the operators achieve.
type Observer struct {
	proxy   *httputil.ReverseProxy
	genesis time.Time
	slot    time.Duration

	mu       sync.Mutex
	accepted map[uint64]map[string]time.Duration // slot -> attester index -> delay
	rejected map[uint64]int
	signed   []Submission
}

// Submission is a threshold-signed message the beacon node accepted.
type Submission struct {
	Arrived time.Time
	Path    string
}

// signedPaths are the endpoints that take messages signed by the
// validators' keys.
var signedPaths = map[string]bool{
	"/eth/v2/beacon/pool/attestations":          true,
	"/eth/v2/beacon/blocks":                     true,
	"/eth/v1/beacon/blocks":                     true,
	"/eth/v2/beacon/blinded_blocks":             true,
	"/eth/v1/beacon/blinded_blocks":             true,
	"/eth/v2/validator/aggregate_and_proofs":    true,
	"/eth/v1/beacon/pool/sync_committees":       true,
	"/eth/v1/validator/contribution_and_proofs": true,
	"/eth/v1/beacon/pool/voluntary_exits":       true,
	"/eth/v1/validator/register_validator":      true,
}

// NewObserver proxies to target, a beacon node with the given genesis time
// and slot duration.
func NewObserver(target string, genesis time.Time, slot time.Duration) (*Observer, error) {
	u, err := url.Parse(target)
	if err != nil {
		return nil, err
	}
	p := httputil.NewSingleHostReverseProxy(u)
	p.FlushInterval = -1 // stream server-sent events
	p.ErrorHandler = func(w http.ResponseWriter, r *http.Request, err error) {
		// A caller that gave up (a closed event stream, a submission
		// answered by another node) is not worth a log line.
		w.WriteHeader(http.StatusBadGateway)
	}
	return &Observer{proxy: p, genesis: genesis, slot: slot, accepted: map[uint64]map[string]time.Duration{}, rejected: map[uint64]int{}}, nil
}

type submitted struct {
	AttesterIndex string `json:"attester_index"`
	Data          struct {
		Slot string `json:"slot"`
	} `json:"data"`
}

type failures struct {
	Failures []struct {
		Index int `json:"index"`
	} `json:"failures"`
}

// ServeHTTP forwards the request and records signed submissions.
func (o *Observer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost || !signedPaths[r.URL.Path] {
		o.proxy.ServeHTTP(w, r)
		return
	}
	arrived := time.Now()
	if r.URL.Path != "/eth/v2/beacon/pool/attestations" {
		rec := &recorder{ResponseWriter: w}
		o.proxy.ServeHTTP(rec, r)
		if rec.status == http.StatusOK {
			o.mu.Lock()
			o.signed = append(o.signed, Submission{arrived, r.URL.Path})
			o.mu.Unlock()
		}
		return
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, 64<<20))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	r.Body = io.NopCloser(bytes.NewReader(body))
	rec := &recorder{ResponseWriter: w}
	o.proxy.ServeHTTP(rec, r)
	var atts []submitted
	if json.Unmarshal(body, &atts) != nil {
		return
	}
	bad := map[int]bool{}
	if rec.status != http.StatusOK {
		var f failures
		if json.Unmarshal(rec.body.Bytes(), &f) != nil || len(f.Failures) == 0 {
			for i := range atts {
				bad[i] = true
			}
		}
		for _, e := range f.Failures {
			bad[e.Index] = true
		}
	}
	o.record(atts, bad, arrived)
}

func (o *Observer) record(atts []submitted, bad map[int]bool, arrived time.Time) {
	o.mu.Lock()
	defer o.mu.Unlock()
	if len(bad) < len(atts) {
		o.signed = append(o.signed, Submission{arrived, "/eth/v2/beacon/pool/attestations"})
	}
	for i, a := range atts {
		slot, err := strconv.ParseUint(a.Data.Slot, 10, 64)
		if err != nil {
			continue
		}
		if bad[i] {
			o.rejected[slot]++
			continue
		}
		if o.accepted[slot] == nil {
			o.accepted[slot] = map[string]time.Duration{}
		}
		delay := arrived.Sub(o.genesis.Add(time.Duration(slot) * o.slot))
		if prev, ok := o.accepted[slot][a.AttesterIndex]; !ok || delay < prev {
			o.accepted[slot][a.AttesterIndex] = delay
		}
	}
}

// SlotStats is what the observer saw of one slot's attestations.
type SlotStats struct {
	Accepted int // validators with an accepted attestation
	Rejected int // rejected submissions
	P50, P99 time.Duration
}

// Slot returns the statistics of slot.
func (o *Observer) Slot(slot uint64) SlotStats {
	o.mu.Lock()
	defer o.mu.Unlock()
	st := SlotStats{Accepted: len(o.accepted[slot]), Rejected: o.rejected[slot]}
	var delays []time.Duration
	for _, d := range o.accepted[slot] {
		delays = append(delays, d)
	}
	st.P50, st.P99 = percentile(delays, 50), percentile(delays, 99)
	return st
}

// Accepted reports whether an attestation of the validator with index
// attester (decimal) for slot was accepted.
func (o *Observer) Accepted(slot uint64, attester string) bool {
	o.mu.Lock()
	defer o.mu.Unlock()
	_, ok := o.accepted[slot][attester]
	return ok
}

// Signed returns the signed submissions accepted from from to to.
func (o *Observer) Signed(from, to time.Time) []Submission {
	o.mu.Lock()
	defer o.mu.Unlock()
	var out []Submission
	for _, s := range o.signed {
		if !s.Arrived.Before(from) && !s.Arrived.After(to) {
			out = append(out, s)
		}
	}
	return out
}

// Delays returns every validator's first accepted delay in slots [from, to).
func (o *Observer) Delays(from, to uint64) []time.Duration {
	o.mu.Lock()
	defer o.mu.Unlock()
	var out []time.Duration
	for s := from; s < to; s++ {
		for _, d := range o.accepted[s] {
			out = append(out, d)
		}
	}
	return out
}

// percentile returns the p-th percentile (nearest rank) of ds.
func percentile(ds []time.Duration, p int) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	rank := (p*len(s) + 99) / 100
	return s[max(rank-1, 0)]
}

// recorder keeps the status and body of a proxied response.
type recorder struct {
	http.ResponseWriter
	status int
	body   bytes.Buffer
}

func (r *recorder) WriteHeader(status int) {
	r.status = status
	r.ResponseWriter.WriteHeader(status)
}

func (r *recorder) Write(b []byte) (int, error) {
	if r.status == 0 {
		r.status = http.StatusOK
	}
	r.body.Write(b)
	return r.ResponseWriter.Write(b)
}
