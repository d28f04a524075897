package beacon

import (
	"context"
	"errors"
	"fmt"
	"net"
	"strings"
	"testing"
	"time"

	client "github.com/attestantio/go-eth2-client"
	"github.com/attestantio/go-eth2-client/api"
	"github.com/attestantio/go-eth2-client/spec/phase0"
)

// specMap is a spec as go-eth2-client parses it, with every key Spec needs.
func specMap() map[string]any {
	m := map[string]any{
		"SECONDS_PER_SLOT":        12 * time.Second,
		"SLOTS_PER_EPOCH":         uint64(32),
		"MAX_COMMITTEES_PER_SLOT": uint64(64),
		"GENESIS_FORK_VERSION":    fakeGenesisV,
		"ELECTRA_FORK_EPOCH":      uint64(364032),
	}
	for i, k := range []string{"BEACON_PROPOSER", "BEACON_ATTESTER", "RANDAO", "DEPOSIT", "VOLUNTARY_EXIT",
		"SELECTION_PROOF", "AGGREGATE_AND_PROOF", "SYNC_COMMITTEE", "SYNC_COMMITTEE_SELECTION_PROOF",
		"CONTRIBUTION_AND_PROOF", "APPLICATION_BUILDER"} {
		m["DOMAIN_"+k] = phase0.DomainType{byte(i), 0, 0, 0}
	}
	return m
}

func TestParseSpec(t *testing.T) {
	tests := []struct {
		name    string
		edit    func(map[string]any)
		check   func(*Spec) bool
		wantErr string
	}{
		{"complete", func(map[string]any) {}, func(s *Spec) bool {
			return s.SlotDuration == 12*time.Second && s.SlotsPerEpoch == 32 && s.ElectraForkEpoch == 364032 &&
				s.DomainBeaconAttester == phase0.DomainType{1, 0, 0, 0} && s.DomainApplicationBuilder == phase0.DomainType{10, 0, 0, 0}
		}, ""},
		{"slot duration in ms wins", func(m map[string]any) { m["SLOT_DURATION_MS"] = uint64(6000) },
			func(s *Spec) bool { return s.SlotDuration == 6*time.Second }, ""},
		{"absurd ms ignored", func(m map[string]any) { m["SLOT_DURATION_MS"] = uint64(1) << 60 },
			func(s *Spec) bool { return s.SlotDuration == 12*time.Second }, ""},
		{"no max committees: mainnet's", func(m map[string]any) { delete(m, "MAX_COMMITTEES_PER_SLOT") },
			func(s *Spec) bool { return s.MaxCommitteesPerSlot == 64 }, ""},
		{"missing attester domain", func(m map[string]any) { delete(m, "DOMAIN_BEACON_ATTESTER") }, nil, "DOMAIN_BEACON_ATTESTER"},
		{"domain as string", func(m map[string]any) { m["DOMAIN_RANDAO"] = "0x02" }, nil, "DOMAIN_RANDAO"},
		{"missing slots per epoch", func(m map[string]any) { delete(m, "SLOTS_PER_EPOCH") }, nil, "SLOTS_PER_EPOCH"},
		{"zero slots per epoch", func(m map[string]any) { m["SLOTS_PER_EPOCH"] = uint64(0) }, nil, "absurd SLOTS_PER_EPOCH"},
		{"huge slots per epoch", func(m map[string]any) { m["SLOTS_PER_EPOCH"] = uint64(1) << 40 }, nil, "absurd SLOTS_PER_EPOCH"},
		{"zero slot duration", func(m map[string]any) { m["SECONDS_PER_SLOT"] = time.Duration(0) }, nil, "absurd slot duration"},
		{"day-long slots", func(m map[string]any) { m["SECONDS_PER_SLOT"] = 24 * time.Hour }, nil, "absurd slot duration"},
		{"no electra", func(m map[string]any) { delete(m, "ELECTRA_FORK_EPOCH") }, nil, "ELECTRA_FORK_EPOCH"},
		{"zero committees", func(m map[string]any) { m["MAX_COMMITTEES_PER_SLOT"] = uint64(0) }, nil, "MAX_COMMITTEES_PER_SLOT"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := specMap()
			tc.edit(m)
			s, err := parseSpec(m)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) || !errors.Is(err, ErrInvalidResponse) {
					t.Fatalf("error = %v, want an invalid response mentioning %q", err, tc.wantErr)
				}
				return
			}
			if err != nil || !tc.check(s) {
				t.Fatalf("parseSpec = %+v, %v", s, err)
			}
		})
	}
}

func fork(prev, cur byte, epoch phase0.Epoch) *phase0.Fork {
	return &phase0.Fork{PreviousVersion: phase0.Version{prev}, CurrentVersion: phase0.Version{cur}, Epoch: epoch}
}

func TestForkSchedule(t *testing.T) {
	genesis := phase0.Version{1}
	t.Run("valid", func(t *testing.T) {
		// Out of order on purpose: phase0 and altair at 0, bellatrix at 10, capella at 20.
		forks, err := checkForks([]*phase0.Fork{fork(3, 4, 20), fork(1, 1, 0), fork(1, 2, 0), fork(2, 3, 10)}, genesis)
		if err != nil {
			t.Fatal(err)
		}
		s := &Spec{GenesisForkVersion: genesis, Forks: forks}
		for _, tc := range []struct {
			epoch phase0.Epoch
			want  byte
		}{{0, 2}, {9, 2}, {10, 3}, {19, 3}, {20, 4}, {1 << 60, 4}} {
			if got := s.ForkVersion(tc.epoch); got != (phase0.Version{tc.want}) {
				t.Errorf("ForkVersion(%d) = %#x, want %#x", tc.epoch, got, tc.want)
			}
		}
	})
	for _, tc := range []struct {
		name  string
		forks []*phase0.Fork
	}{
		{"empty", nil},
		{"null", []*phase0.Fork{fork(1, 1, 0), nil}},
		{"not from epoch 0", []*phase0.Fork{fork(1, 2, 5)}},
		{"not from genesis", []*phase0.Fork{fork(9, 2, 0)}},
		{"broken chain", []*phase0.Fork{fork(1, 2, 0), fork(5, 6, 10)}},
	} {
		if _, err := checkForks(tc.forks, genesis); !errors.Is(err, ErrInvalidResponse) {
			t.Errorf("%s: error = %v, want an invalid response", tc.name, err)
		}
	}
}

type timeoutErr struct{}

func (timeoutErr) Error() string   { return "i/o timeout" }
func (timeoutErr) Timeout() bool   { return true }
func (timeoutErr) Temporary() bool { return true }

func TestErrorKind(t *testing.T) {
	canceled, cancel := context.WithCancel(context.Background())
	cancel()
	live := context.Background()
	wrap := func(err error) error { return errors.Join(errors.New("failed to call"), err) }
	tests := []struct {
		ctx  context.Context
		err  error
		want string
	}{
		{canceled, errors.New("anything"), KindCanceled},
		{live, wrap(context.DeadlineExceeded), KindTimeout},
		{live, wrap(timeoutErr{}), KindTimeout},
		{live, wrap(&net.OpError{Op: "dial", Err: errors.New("connection refused")}), KindUnreachable},
		{live, wrap(client.ErrNotActive), KindUnreachable},
		{live, wrap(client.ErrNotSynced), KindNotSynced},
		{live, wrap(&api.Error{StatusCode: 400}), KindBadRequest},
		{live, wrap(api.Error{StatusCode: 404}), KindHTTP4xx},
		{live, wrap(&api.Error{StatusCode: 503}), KindHTTP5xx},
		{live, invalidf("x"), KindInvalid},
		{live, fmt.Errorf("%w: x", errWrongNetwork), KindWrongNetwork},
		{live, errors.New("failed to parse JSON"), KindInvalid},
	}
	for _, tc := range tests {
		if got := errorKind(tc.ctx, tc.err); got != tc.want {
			t.Errorf("errorKind(%v) = %s, want %s", tc.err, got, tc.want)
		}
	}
}

func TestCallErrorText(t *testing.T) {
	e := &CallError{Action: "fetch x", Nodes: []*NodeError{
		{Node: "http://a", Kind: KindHTTP5xx, Err: errors.Join(errors.New("line one"), errors.New("line two"))},
		{Node: "http://b", Kind: KindInvalid, Err: errors.New(strings.Repeat("z", 1000))},
	}, Err: context.Canceled}
	msg := e.Error()
	if !strings.HasPrefix(msg, "fetch x: http://a: line one: line two; http://b: zzz") || strings.Contains(msg, "\n") ||
		len(msg) > 2*maxErrorText || !strings.HasSuffix(msg, "then context canceled") {
		t.Errorf("Error() = %q", msg)
	}
	if !errors.Is(e, context.Canceled) {
		t.Error("CallError does not unwrap to the context's error")
	}
	if (&CallError{Action: "x", Err: context.DeadlineExceeded}).Error() != "x: context deadline exceeded" {
		t.Error("CallError without nodes")
	}
}
