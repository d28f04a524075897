package dkg

import (
	"context"
	"log/slog"
	"maps"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/keystake/keystake/atomicfile"
	"github.com/keystake/keystake/cluster"
	"github.com/keystake/keystake/deposit"
	"github.com/keystake/keystake/keystore"
	"github.com/keystake/keystake/operator"
	"github.com/keystake/keystake/tbls"
)

// runOverP2P runs the ceremony for the operators listed in running (the
// others stay offline), each on its own libp2p node on loopback. Operator
// k dials the operators started before it, so every pair is connected.
func runOverP2P(t *testing.T, def *Definition, ids []*operator.Identity, running []int, timeouts Timeouts) ([]*Result, []error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	results := make([]*Result, len(ids))
	errs := make([]error, len(ids))
	addrs := make(map[int][]string)
	var wg sync.WaitGroup
	for _, i := range running {
		listening := make(chan []string, 1)
		peers := make(map[int][]string, len(addrs))
		for k, a := range addrs {
			peers[k] = a
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i-1], errs[i-1] = Run(ctx, RunConfig{
				Definition: def, Identity: ids[i-1], Peers: peers,
				ListenAddrs: []string{"/ip4/127.0.0.1/tcp/0"}, Timeouts: timeouts,
				ResendInterval: 200 * time.Millisecond,
				OnListen:       func(a []string) { listening <- a },
			})
			select {
			case listening <- nil:
			default:
			}
		}()
		addrs[i] = <-listening
	}
	wg.Wait()
	return results, errs
}

func TestRunOverLibp2p(t *testing.T) {
	tests := []struct{ n, t, validators int }{{4, 3, 4}, {7, 5, 2}}
	for _, tc := range tests {
		t.Run(strconv.Itoa(tc.n)+"-operators", func(t *testing.T) {
			def, ids := testDefinition(t, tc.n, tc.t, tc.validators)
			start := time.Now()
			results, errs := runOverP2P(t, def, ids, seq(1, tc.n), Timeouts{Connect: 20 * time.Second, Phase: 10 * time.Second})
			t.Logf("%d operators, %d validators over libp2p: %v", tc.n, tc.validators, time.Since(start))
			for i, err := range errs {
				if err != nil {
					t.Fatalf("operator %d: %v", i+1, err)
				}
			}
			checkResults(t, def, results, seq(1, tc.n))
			checkFiles(t, def, results)
		})
	}
}

// checkFiles writes every operator's outputs as the command does and
// checks them: identical cluster.json files that parse, a deposit file
// that verifies as `keystake deposit verify` checks it, and keystores that
// hold the shares.
func checkFiles(t *testing.T, def *Definition, results []*Result) {
	t.Helper()
	root := t.TempDir()
	var clusterFiles [][]byte
	for _, r := range results {
		dir := filepath.Join(root, strconv.Itoa(r.Index))
		stage, err := atomicfile.NewStage(dir, false)
		if err != nil {
			t.Fatal(err)
		}
		files, err := r.Files(time.Unix(1700000000, 0), keystore.WithPBKDF2Params(16))
		if err != nil {
			t.Fatal(err)
		}
		if err := stage.CommitFiles(files); err != nil {
			t.Fatal(err)
		}
		data, err := os.ReadFile(filepath.Join(dir, ClusterFile))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := cluster.Parse(data); err != nil {
			t.Fatalf("operator %d's cluster.json: %v", r.Index, err)
		}
		clusterFiles = append(clusterFiles, data)
		dep, err := os.ReadFile(filepath.Join(dir, deposit.FileName(time.Unix(1700000000, 0))))
		if err != nil {
			t.Fatal(err)
		}
		nw, _ := def.DepositNetwork()
		if errs := deposit.VerifyFile(dep, &deposit.Expectations{Network: &nw, Amount: def.DepositAmount}); errs != nil {
			t.Fatalf("operator %d's deposit file: %v", r.Index, errs)
		}
		for v, share := range r.Shares {
			ks, err := keystore.Load(filepath.Join(dir, ShareFile(r.Index, v+1)))
			if err != nil {
				t.Fatal(err)
			}
			pw, err := os.ReadFile(filepath.Join(dir, PasswordFile(r.Index, v+1)))
			if err != nil {
				t.Fatal(err)
			}
			secret, err := ks.Decrypt(strings.TrimSpace(string(pw)))
			if err != nil {
				t.Fatal(err)
			}
			sk, err := tbls.SecretKeyFromBytes(secret)
			if err != nil || !sk.Equal(share) {
				t.Fatalf("operator %d: keystore of validator %d does not hold the share", r.Index, v+1)
			}
		}
	}
	for i, data := range clusterFiles {
		if string(data) != string(clusterFiles[0]) {
			t.Fatalf("operator %d's cluster.json differs", i+1)
		}
	}
}

// TestRunPeerOffline: with one operator never started, the others fail at
// the end of the hello phase's timeout, naming it, with no result.
func TestRunPeerOffline(t *testing.T) {
	def, ids := testDefinition(t, 4, 3, 1)
	start := time.Now()
	results, errs := runOverP2P(t, def, ids, []int{1, 2, 3}, Timeouts{Connect: 2 * time.Second, Phase: 2 * time.Second})
	elapsed := time.Since(start)
	for i := range 3 {
		if results[i] != nil || errs[i] == nil || !strings.Contains(errs[i].Error(), "hello phase: no hello message from operator 4 (op-4)") {
			t.Fatalf("operator %d: result %v, error %v", i+1, results[i] != nil, errs[i])
		}
	}
	if elapsed > 5*time.Second {
		t.Fatalf("failure took %v with a 2 s timeout", elapsed)
	}
}

// TestRunManyValidatorsOverLibp2p measures a 4-operator ceremony of 100
// validators over libp2p (KEYSTAKE_LONG=1: several seconds).
func TestRunManyValidatorsOverLibp2p(t *testing.T) {
	if os.Getenv("KEYSTAKE_LONG") == "" {
		t.Skip("100 validators over libp2p; set KEYSTAKE_LONG=1")
	}
	def, ids := testDefinition(t, 4, 3, 100)
	start := time.Now()
	results, errs := runOverP2P(t, def, ids, seq(1, 4), Timeouts{Connect: 20 * time.Second, Phase: 20 * time.Second})
	t.Logf("4 operators, 100 validators over libp2p: %v", time.Since(start))
	for i, err := range errs {
		if err != nil {
			t.Fatalf("operator %d: %v", i+1, err)
		}
	}
	checkResults(t, def, results, seq(1, 4))
}

// cancelAt is a log handler that cancels a ceremony once it completes the
// given phase: the operator leaves, as a crashed process would.
type cancelAt struct {
	slog.Handler
	phase  string
	cancel context.CancelFunc
}

func (h cancelAt) Enabled(context.Context, slog.Level) bool { return true }

func (h cancelAt) Handle(_ context.Context, r slog.Record) error {
	if r.Message == "phase complete" {
		r.Attrs(func(a slog.Attr) bool {
			if a.Key == "phase" && a.Value.String() == h.phase {
				h.cancel()
			}
			return true
		})
	}
	return nil
}

func (h cancelAt) WithAttrs([]slog.Attr) slog.Handler { return h }

// TestRunPeerLeavesMidCeremony: operator 4 disappears right after the
// deal phase; the others fail at the end of the response phase's timeout,
// naming it, with no result.
func TestRunPeerLeavesMidCeremony(t *testing.T) {
	def, ids := testDefinition(t, 4, 3, 1)
	timeouts := Timeouts{Connect: 10 * time.Second, Phase: 500 * time.Millisecond}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	var wg sync.WaitGroup
	errs := make([]error, 4)
	results := make([]*Result, 4)
	addrs := map[int][]string{}
	for i := 1; i <= 4; i++ {
		cfg := RunConfig{Definition: def, Identity: ids[i-1], ListenAddrs: []string{"/ip4/127.0.0.1/tcp/0"},
			Timeouts: timeouts, ResendInterval: 100 * time.Millisecond, Peers: maps.Clone(addrs)}
		runCtx := ctx
		if i == 4 {
			var leave context.CancelFunc
			runCtx, leave = context.WithCancel(ctx)
			cfg.Logger = slog.New(cancelAt{phase: "deal", cancel: leave})
		}
		listening := make(chan []string, 1)
		cfg.OnListen = func(a []string) { listening <- a }
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i-1], errs[i-1] = Run(runCtx, cfg)
		}()
		addrs[i] = <-listening
	}
	start := time.Now()
	wg.Wait()
	if errs[3] == nil || !strings.Contains(errs[3].Error(), "interrupted in the response phase") {
		t.Fatalf("operator 4: %v", errs[3])
	}
	for i := range 3 {
		if results[i] != nil || errs[i] == nil || !strings.Contains(errs[i].Error(), "response phase: no response message from operator 4 (op-4)") {
			t.Fatalf("operator %d: result %v, error %v", i+1, results[i] != nil, errs[i])
		}
	}
	if elapsed := time.Since(start); elapsed > 5*time.Second {
		t.Fatalf("failure took %v with 1 s response timeout", elapsed)
	}
}
