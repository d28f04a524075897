package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/keystake/keystake/cluster"
	"github.com/keystake/keystake/dkg"
)

// dkgOperators creates n operator identities and the operators file that
// dkg init reads, and returns their directories and that file.
func dkgOperators(t *testing.T, dir string, n int) ([]string, string) {
	t.Helper()
	var dirs []string
	var ops []cluster.Operator
	for i := 1; i <= n; i++ {
		idDir := filepath.Join(dir, fmt.Sprintf("id%d", i))
		out := mustRun(t, "operator", "init", "--dir", idDir, "--name", fmt.Sprintf("op%d", i), "--kdf", "pbkdf2")
		var op cluster.Operator
		if err := json.Unmarshal([]byte(out), &op); err != nil {
			t.Fatal(err)
		}
		dirs, ops = append(dirs, idDir), append(ops, op)
	}
	data, err := json.Marshal(ops)
	if err != nil {
		t.Fatal(err)
	}
	return dirs, writeFile(t, dir, "operators.json", string(data))
}

// freePorts reserves n loopback TCP ports and releases them for use.
func freePorts(t *testing.T, n int) []int {
	t.Helper()
	var ports []int
	var ls []net.Listener
	for range n {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		ls = append(ls, l)
		ports = append(ports, l.Addr().(*net.TCPAddr).Port)
	}
	for _, l := range ls {
		l.Close()
	}
	return ports
}

// runDKG runs dkg run for the listed operators at once and returns each
// one's exit status and stderr.
func runDKG(t *testing.T, def string, idDirs []string, outDirs []string, running []int, extra ...string) ([]int, []string) {
	t.Helper()
	return runCeremony(t, "run", def, idDirs, outDirs, running, func(int) []string { return extra })
}

// runCeremony runs dkg run or dkg reshare (command) for the listed
// participants at once, each with the extra arguments extra gives it, and
// returns each one's exit status and stderr.
func runCeremony(t *testing.T, command, def string, idDirs []string, outDirs []string, running []int, extra func(i int) []string) ([]int, []string) {
	t.Helper()
	ports := freePorts(t, len(idDirs))
	codes, stderrs := make([]int, len(idDirs)), make([]string, len(idDirs))
	var wg sync.WaitGroup
	for _, i := range running {
		args := []string{"dkg", command, "--definition", def, "--identity-dir", idDirs[i-1], "--dir", outDirs[i-1],
			"--listen", fmt.Sprintf("/ip4/127.0.0.1/tcp/%d", ports[i-1]), "--kdf", "pbkdf2"}
		for j := 1; j < i; j++ {
			args = append(args, "--peers", fmt.Sprintf("%d=/ip4/127.0.0.1/tcp/%d", j, ports[j-1]))
		}
		args = append(args, extra(i)...)
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, codes[i-1], stderrs[i-1] = runQuiet(args)
		}()
	}
	wg.Wait()
	return codes, stderrs
}

func runQuiet(args []string) (string, int, string) {
	var stdout, stderr bytes.Buffer
	code := Execute(args, &stdout, &stderr)
	return stdout.String(), code, stderr.String()
}

func TestDKGCeremony(t *testing.T) {
	dir := t.TempDir()
	idDirs, opsFile := dkgOperators(t, dir, 4)
	def := filepath.Join(dir, "def.json")
	out := mustRun(t, "dkg", "init", "--operators", opsFile, "--identity-dir", idDirs[1], "--network", "hoodi",
		"--withdrawal-address", testAddress, "--compounding", "--amount", "64", "--num-validators", "3", "--out", def)
	if !strings.Contains(out, "written to "+def) {
		t.Fatalf("dkg init printed %q", out)
	}
	d, err := dkg.LoadDefinition(def)
	if err != nil {
		t.Fatal(err)
	}
	if d.Threshold != 3 || d.Creator != 2 || d.WithdrawalCredentials[0] != 0x02 {
		t.Fatalf("definition: threshold %d, creator %d, credentials %s", d.Threshold, d.Creator, d.WithdrawalCredentials)
	}
	outDirs := []string{filepath.Join(dir, "o1"), filepath.Join(dir, "o2"), filepath.Join(dir, "o3"), filepath.Join(dir, "o4")}
	codes, stderrs := runDKG(t, def, idDirs, outDirs, []int{1, 2, 3, 4}, "--timeout", "10s")
	var clusters [][]byte
	for i := range 4 {
		if codes[i] != 0 {
			t.Fatalf("operator %d: exit %d: %s", i+1, codes[i], stderrs[i])
		}
		data, err := os.ReadFile(filepath.Join(outDirs[i], "cluster.json"))
		if err != nil {
			t.Fatal(err)
		}
		clusters = append(clusters, data)
		if !bytes.Equal(data, clusters[0]) {
			t.Fatalf("operator %d's cluster.json differs from operator 1's", i+1)
		}
		for v := 1; v <= 3; v++ {
			for _, name := range []string{dkg.ShareFile(i+1, v), dkg.PasswordFile(i+1, v)} {
				if _, err := os.Stat(filepath.Join(outDirs[i], name)); err != nil {
					t.Fatalf("operator %d: %v", i+1, err)
				}
			}
		}
		deposits, _ := filepath.Glob(filepath.Join(outDirs[i], "deposit_data-*.json"))
		if len(deposits) != 1 {
			t.Fatalf("operator %d: deposit files %v", i+1, deposits)
		}
		got := mustRun(t, "deposit", "verify", deposits[0], "--network", "hoodi", "--withdrawal-address", testAddress, "--compounding", "--amount", "64")
		if !strings.Contains(got, "3 deposit(s) valid for hoodi") {
			t.Fatalf("deposit verify: %q", got)
		}
	}
	cl, err := cluster.Parse(clusters[0])
	if err != nil {
		t.Fatal(err)
	}
	// The emergency path works on DKG outputs too: any t shares of a
	// validator, from different operators' directories, give back its key.
	args := []string{"keys", "combine", "--cluster", filepath.Join(outDirs[0], "cluster.json"),
		"--new-password-file", writeFile(t, dir, "new.pw", testPassword), "--kdf", "pbkdf2", "--out", filepath.Join(dir, "recovered.json")}
	for _, i := range []int{1, 3, 4} {
		args = append(args, "--share", filepath.Join(outDirs[i-1], dkg.ShareFile(i, 2)),
			"--password-file", filepath.Join(outDirs[i-1], dkg.PasswordFile(i, 2)))
	}
	if got := mustRun(t, args...); !strings.Contains(got, "validator "+cl.Validators[1].PublicKey.String()+" recovered from 3 shares") {
		t.Fatalf("keys combine: %q", got)
	}
	testReshare(t, dir, idDirs, outDirs, cl)
}

// testReshare hands the cluster made by TestDKGCeremony over from
// operators 1-4 to operators 1-3 and a newcomer, then checks that the new
// shares, the newcomer's included, recover the unchanged validator keys.
func testReshare(t *testing.T, dir string, oldIDs, oldOut []string, old *cluster.Definition) {
	newcomer, opsFile := dkgOperators(t, filepath.Join(dir, "new"), 1)
	var ops []cluster.Operator
	for _, i := range []int{0, 1, 2} {
		ops = append(ops, old.Operators[i])
	}
	data, _ := os.ReadFile(opsFile)
	var fresh []cluster.Operator
	if err := json.Unmarshal(data, &fresh); err != nil {
		t.Fatal(err)
	}
	fresh[0].Index, fresh[0].ID = 4, "op5"
	opsFile = writeFile(t, dir, "new-ops.json", string(must(json.Marshal(append(ops, fresh[0])))))
	def := filepath.Join(dir, "reshare.json")
	mustFail(t, "cannot be used with --reshare-from", "dkg", "init", "--reshare-from", filepath.Join(oldOut[0], "cluster.json"),
		"--operators", opsFile, "--identity-dir", oldIDs[0], "--network", "hoodi", "--out", def)
	mustRun(t, "dkg", "init", "--reshare-from", filepath.Join(oldOut[0], "cluster.json"), "--operators", opsFile,
		"--identity-dir", oldIDs[0], "--out", def)
	mustFail(t, "is a resharing (use keystake dkg reshare)", "dkg", "run", "--definition", def, "--identity-dir", oldIDs[0], "--dir", filepath.Join(dir, "x"))
	// Participants: the new operators 1-4 (old 1-3 and the newcomer), then
	// old operator 4 as participant 5.
	ids := []string{oldIDs[0], oldIDs[1], oldIDs[2], newcomer[0], oldIDs[3]}
	shares := map[int]string{1: oldOut[0], 2: oldOut[1], 3: oldOut[2], 5: oldOut[3]}
	var outs []string
	for i := 1; i <= 5; i++ {
		outs = append(outs, filepath.Join(dir, fmt.Sprintf("r%d", i)))
	}
	codes, stderrs := runCeremony(t, "reshare", def, ids, outs, []int{1, 2, 3, 4, 5}, func(i int) []string {
		if d, ok := shares[i]; ok {
			return []string{"--shares-dir", d, "--timeout", "10s"}
		}
		return []string{"--timeout", "10s"}
	})
	for i := range 5 {
		if codes[i] != 0 {
			t.Fatalf("participant %d: exit %d: %s", i+1, codes[i], stderrs[i])
		}
	}
	first, err := os.ReadFile(filepath.Join(outs[0], "cluster.json"))
	if err != nil {
		t.Fatal(err)
	}
	for i := range 5 {
		data, err := os.ReadFile(filepath.Join(outs[i], "cluster.json"))
		if err != nil || !bytes.Equal(data, first) {
			t.Fatalf("participant %d's cluster.json differs or is missing: %v", i+1, err)
		}
	}
	if deposits, _ := filepath.Glob(filepath.Join(outs[0], "deposit_data-*")); len(deposits) != 0 {
		t.Fatalf("a resharing wrote deposits: %v", deposits)
	}
	args := []string{"keys", "combine", "--cluster", filepath.Join(outs[0], "cluster.json"),
		"--new-password-file", writeFile(t, dir, "new2.pw", testPassword), "--kdf", "pbkdf2", "--out", filepath.Join(dir, "recovered2.json")}
	for _, i := range []int{1, 2, 4} {
		args = append(args, "--share", filepath.Join(outs[i-1], dkg.ShareFile(i, 3)),
			"--password-file", filepath.Join(outs[i-1], dkg.PasswordFile(i, 3)))
	}
	if got := mustRun(t, args...); !strings.Contains(got, "validator "+old.Validators[2].PublicKey.String()+" recovered from 3 shares") {
		t.Fatalf("keys combine after resharing: %q", got)
	}
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// TestDKGOperatorOffline: with operator 4 absent, the others fail within
// the connect timeout naming it, and write nothing.
func TestDKGOperatorOffline(t *testing.T) {
	dir := t.TempDir()
	idDirs, opsFile := dkgOperators(t, dir, 4)
	def := filepath.Join(dir, "def.json")
	mustRun(t, "dkg", "init", "--operators", opsFile, "--identity-dir", idDirs[0], "--network", "hoodi",
		"--withdrawal-address", testAddress, "--out", def)
	outDirs := []string{filepath.Join(dir, "o1"), filepath.Join(dir, "o2"), filepath.Join(dir, "o3"), filepath.Join(dir, "o4")}
	codes, stderrs := runDKG(t, def, idDirs, outDirs, []int{1, 2, 3}, "--connect-timeout", "1s")
	for i := range 3 {
		if codes[i] == 0 || !strings.Contains(stderrs[i], "keystake: ceremony cluster failed: hello phase: no hello message from operator 4 (op4)") {
			t.Fatalf("operator %d: exit %d: %s", i+1, codes[i], stderrs[i])
		}
		if _, err := os.Stat(outDirs[i]); !os.IsNotExist(err) {
			t.Fatalf("operator %d: output directory exists after a failed ceremony: %v", i+1, err)
		}
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			if strings.HasPrefix(e.Name(), ".o") || strings.Contains(e.Name(), "tmp") {
				t.Fatalf("leftover %s after a failed ceremony", e.Name())
			}
		}
	}
}

func TestDKGInitErrors(t *testing.T) {
	dir := t.TempDir()
	idDirs, opsFile := dkgOperators(t, dir, 4)
	stranger := filepath.Join(dir, "stranger")
	mustRun(t, "operator", "init", "--dir", stranger, "--kdf", "pbkdf2")
	base := []string{"dkg", "init", "--operators", opsFile, "--network", "hoodi", "--out", filepath.Join(dir, "d.json")}
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"creator not an operator", []string{"--identity-dir", stranger, "--withdrawal-address", testAddress}, "not one of the operators"},
		{"threshold not a majority", []string{"--identity-dir", idDirs[0], "--withdrawal-address", testAddress, "--threshold", "2"}, "more than half"},
		{"no withdrawal address", []string{"--identity-dir", idDirs[0]}, "--withdrawal-address is required"},
		{"too many validators", []string{"--identity-dir", idDirs[0], "--withdrawal-address", testAddress, "--num-validators", "1001"}, "num_validators"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			mustFail(t, tc.want, append(append([]string{}, base...), tc.args...)...)
		})
	}
	mustFail(t, "is not an operator of the definition", "dkg", "run", "--definition", writeDefinitionFor(t, dir, opsFile, idDirs[0]),
		"--identity-dir", idDirs[0], "--dir", filepath.Join(dir, "x"), "--peers", "/ip4/127.0.0.1/tcp/1/p2p/12D3KooWGRUVh2YpmJ3aqUpd3XUTnBNvS3DBP9XtRMgSJDDcwbpY")
}

func writeDefinitionFor(t *testing.T, dir, opsFile, idDir string) string {
	t.Helper()
	def := filepath.Join(dir, "ok.json")
	mustRun(t, "dkg", "init", "--operators", opsFile, "--identity-dir", idDir, "--network", "hoodi", "--withdrawal-address", testAddress, "--out", def, "--force")
	return def
}
