package realnet

import (
	"bufio"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestRealDevnet runs the cluster against geth and a Prysm beacon node and
// judges it by the chain (make e2e; make e2e-short for -short). The first
// run builds geth and Prysm into .cache/realnet, which takes minutes.
func TestRealDevnet(t *testing.T) {
	if os.Getenv("KEYSTAKE_REAL") != "1" {
		t.Skip("set KEYSTAKE_REAL=1 to run against geth and Prysm")
	}
	ctx := context.Background()
	start := time.Now()
	exe := filepath.Join(t.TempDir(), "keystake")
	if out, err := exec.Command("go", "build", "-o", exe, "../cmd/keystake").CombinedOutput(); err != nil {
		t.Fatalf("build keystake: %v\n%s", err, out)
	}
	// The folder is kept when the test fails, for its logs.
	dir, err := os.MkdirTemp("", "keystake-realnet-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("logs kept in %s", dir)
			return
		}
		os.RemoveAll(dir)
	})
	n, err := Start(ctx, Options{Dir: dir, CacheDir: "../.cache/realnet", Keystake: exe, Log: t.Output()})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("chain and cluster started in %v; genesis in %v", time.Since(start).Round(time.Second), time.Until(n.Chain.Genesis).Round(time.Second))
	plan := Plan{Short: testing.Short()}
	if !plan.Short {
		plan.StopOperator = 2
	}
	res, err := n.Run(ctx, plan, t.Output())
	if cerr := n.Close(); cerr != nil {
		t.Error(cerr)
	}
	if err != nil || res.Err() != nil {
		for i := 1; i <= Operators; i++ {
			t.Logf("operator %d warnings:\n%s", i, warnings(n.OperatorLog(i), 15))
		}
	}
	if err != nil {
		t.Fatal(err)
	}
	t.Log(res.Summary())
	if err := res.Err(); err != nil {
		t.Error(err)
	}
	t.Logf("wall time %v", time.Since(start).Round(time.Second))
}

// warnings returns the last n warning or error lines of a log file.
func warnings(path string, n int) string {
	f, err := os.Open(path)
	if err != nil {
		return err.Error()
	}
	defer f.Close()
	var lines []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		if l := sc.Text(); strings.Contains(l, "level=WARN") || strings.Contains(l, "level=ERROR") {
			lines = append(lines, l)
		}
	}
	return strings.Join(lines[max(0, len(lines)-n):], "\n")
}
