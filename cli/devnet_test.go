package cli

import (
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// TestMain lets the test binary stand in for keystake when the devnet
// starts operator processes from os.Executable().
func TestMain(m *testing.M) {
	if os.Getenv("KEYSTAKE_TEST_AS_CLI") == "1" {
		os.Exit(Execute(os.Args[1:], os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

// TestDevnetKillRestart runs the devnet with operator processes, kills one
// with SIGKILL mid-epoch and restarts it on its data dir: every attestation
// of the finished epochs is included and none is slashable.
func TestDevnetKillRestart(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a network of processes for several epochs")
	}
	t.Setenv("KEYSTAKE_TEST_AS_CLI", "1")
	out := mustRun(t, "devnet", "--duration", "44s", "--slots-per-epoch", "4", "--validators", "4", "--kill", "2", "--restart", "--log-level", "warn")
	for _, want := range []string{"operator 2 killed (SIGKILL)", "operator 2 restarted on its data dir"} {
		if !strings.Contains(out, want) {
			t.Fatalf("output lacks %q:\n%s", want, out)
		}
	}
	m := regexp.MustCompile(`stopped: (\d+)/(\d+) attestations included in finished epochs, \d+/\d+ blocks proposed, (\d+) slashable`).FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("no summary:\n%s", out)
	}
	included, _ := strconv.Atoi(m[1])
	duties, _ := strconv.Atoi(m[2])
	if duties < 12 || included != duties || m[3] != "0" {
		t.Fatalf("summary %q:\n%s", m[0], out)
	}
	t.Log(m[0])
}
