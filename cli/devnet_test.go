package cli

import (
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestMain lets the test binary stand in for keystake when the devnet
// starts operator processes from os.Executable(); with
// KEYSTAKE_TEST_BYZANTINE set to the slot duration, its operator nodes can
// be turned Byzantine (byzantineNode).
func TestMain(m *testing.M) {
	if os.Getenv("KEYSTAKE_TEST_AS_CLI") == "1" {
		if slot, err := time.ParseDuration(os.Getenv("KEYSTAKE_TEST_BYZANTINE")); err == nil {
			runNode = byzantineNode(slot)
		}
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

// TestDevnetDKG runs `keystake devnet --dkg`: the operators create the
// validators by a DKG ceremony, then run as processes with every
// attestation of the finished epochs included and every block proposed.
func TestDevnetDKG(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a network of processes for two epochs")
	}
	t.Setenv("KEYSTAKE_TEST_AS_CLI", "1")
	out := mustRun(t, "devnet", "--dkg", "--duration", "26s", "--slots-per-epoch", "4", "--validators", "4", "--log-level", "warn")
	ceremony := regexp.MustCompile(`validators created by a DKG ceremony among the operators in \S+`).FindString(out)
	if ceremony == "" {
		t.Fatalf("no ceremony reported:\n%s", out)
	}
	t.Log(ceremony)
	m := regexp.MustCompile(`stopped: (\d+)/(\d+) attestations included in finished epochs, (\d+)/(\d+) blocks proposed, (\d+) slashable`).FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("no summary:\n%s", out)
	}
	included, _ := strconv.Atoi(m[1])
	duties, _ := strconv.Atoi(m[2])
	proposed, _ := strconv.Atoi(m[3])
	proposals, _ := strconv.Atoi(m[4])
	if duties < 4 || included != duties || proposals < 4 || proposed != proposals || m[5] != "0" {
		t.Fatalf("summary %q:\n%s", m[0], out)
	}
	t.Log(m[0])
	w := regexp.MustCompile(`watched (\d+) slots: (\d+)/(\d+) attestations accepted`).FindStringSubmatch(out)
	if w == nil || w[1] == "0" || w[2] == "0" {
		t.Fatalf("no slots watched:\n%s", out)
	}
	t.Log(w[0])
}
