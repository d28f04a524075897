package slashing

import (
	"bufio"
	"cmp"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

const crashEnv = "KEYSTAKE_SLASHING_CRASH_CHILD"

const crashValidators = 200

func crashKey(i int) [48]byte { return [48]byte{byte(i), byte(i >> 8), 0xcc} }

func crashRoot(epoch uint64) [32]byte { return [32]byte{0xee, byte(epoch), byte(epoch >> 8)} }

// TestCrashChild is the process TestCrashRecovery kills: from the epoch it
// is given, it records one attestation per validator and one block per
// epoch, and acknowledges each epoch on stdout once both calls returned.
func TestCrashChild(t *testing.T) {
	spec := os.Getenv(crashEnv)
	if spec == "" {
		t.Skip("helper process of TestCrashRecovery")
	}
	path, startStr, _ := strings.Cut(spec, "|")
	start, err := strconv.ParseUint(startStr, 10, 64)
	if err != nil {
		t.Fatal(err)
	}
	db, err := Open(path, [32]byte{})
	if err != nil {
		t.Fatal(err)
	}
	reqs := make([]Attestation, crashValidators)
	for e := start; ; e++ {
		for i := range reqs {
			reqs[i] = Attestation{Pubkey: crashKey(i), Source: e - 1, Target: e, SigningRoot: crashRoot(e)}
		}
		errs := append(db.CheckAndRecordAttestations(reqs), db.CheckAndRecordBlocks([]Block{{Pubkey: crashKey(0), Slot: e, SigningRoot: crashRoot(e)}})...)
		for _, err := range errs {
			if err != nil {
				fmt.Printf("error %v\n", err)
				os.Exit(2)
			}
		}
		fmt.Printf("ok %d\n", e)
	}
}

// TestCrashRecovery kills a process that records attestations at random
// moments and checks after each kill that the database opens, passes
// bbolt's consistency check, and refuses to contradict every acknowledged
// record: what the node signed after a call returned stays protected.
func TestCrashRecovery(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns processes")
	}
	path := filepath.Join(t.TempDir(), "slashing.db")
	rounds := 4
	if long() {
		rounds = 40
	}
	rng := rand.New(rand.NewPCG(7, 7))
	start := uint64(1)
	for round := range rounds {
		lastAck := runAndKill(t, path, start, 1+rng.IntN(6), time.Duration(rng.IntN(20))*time.Millisecond)
		checkAfterCrash(t, path, lastAck)
		t.Logf("round %d: epochs %d..%d acknowledged before the kill", round, start, lastAck)
		start = lastAck + 2
	}
}

// runAndKill runs the child from epoch start, kills it delay after its
// acks-th acknowledgement and returns the last epoch it acknowledged.
func runAndKill(t *testing.T, path string, start uint64, acks int, delay time.Duration) uint64 {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), fmt.Sprintf("%s=%s|%d", crashEnv, path, start))
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var lastAck uint64
	seen := 0
	sc := bufio.NewScanner(out)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "error") {
			t.Fatalf("child: %s", line)
		}
		e, ok := strings.CutPrefix(line, "ok ")
		if !ok {
			continue
		}
		if lastAck, err = strconv.ParseUint(e, 10, 64); err != nil {
			t.Fatal(err)
		}
		if seen++; seen == acks {
			time.AfterFunc(delay, func() { cmd.Process.Kill() })
		}
	}
	cmd.Wait()
	if seen < acks {
		t.Fatalf("child exited after %d acknowledgements", seen)
	}
	return lastAck
}

func checkAfterCrash(t *testing.T, path string, lastAck uint64) {
	t.Helper()
	db, err := Open(path, [32]byte{})
	if err != nil {
		t.Fatalf("open after crash: %v", err)
	}
	defer db.Close()
	err = db.bolt.View(func(tx *bolt.Tx) error {
		var first error
		for err := range tx.Check() {
			first = cmp.Or(first, err)
		}
		return first
	})
	if err != nil {
		t.Fatalf("consistency check after crash: %v", err)
	}
	conflicting := make([]Attestation, crashValidators)
	repeats := make([]Attestation, crashValidators)
	for i := range conflicting {
		conflicting[i] = Attestation{Pubkey: crashKey(i), Source: lastAck - 1, Target: lastAck, SigningRoot: [32]byte{1}}
		repeats[i] = Attestation{Pubkey: crashKey(i), Source: lastAck - 1, Target: lastAck, SigningRoot: crashRoot(lastAck)}
	}
	for i, err := range db.CheckAttestations(conflicting) {
		if err == nil {
			t.Fatalf("validator %d: after the crash a double vote at acknowledged target %d is allowed", i, lastAck)
		}
	}
	for i, err := range db.CheckAttestations(repeats) {
		if err != nil {
			t.Fatalf("validator %d: the acknowledged attestation cannot be repeated: %v", i, err)
		}
	}
	if err := db.CheckBlocks([]Block{{Pubkey: crashKey(0), Slot: lastAck, SigningRoot: [32]byte{1}}})[0]; err == nil {
		t.Fatalf("after the crash a second block at acknowledged slot %d is allowed", lastAck)
	}
}
