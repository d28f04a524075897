package devnet

import (
	"errors"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
)

// Procs runs the devnet's operators as separate `keystake operator run`
// processes, each logging to node.log beside its operator.yaml.
type Procs struct {
	exe     string
	configs []string
	metrics []string

	mu   sync.Mutex
	cmds []*exec.Cmd
	done []chan struct{}
}

// StartProcesses starts one process per operator of nw from the keystake
// binary exe.
func StartProcesses(nw *Network, exe string) (*Procs, error) {
	return StartOperators(&Layout{Configs: nw.Configs, MetricsAddrs: nw.MetricsAddrs}, exe)
}

// StartOperators starts one process per operator of l from the keystake
// binary exe.
func StartOperators(l *Layout, exe string) (*Procs, error) {
	n := len(l.Configs)
	p := &Procs{exe: exe, configs: l.Configs, metrics: l.MetricsAddrs, cmds: make([]*exec.Cmd, n), done: make([]chan struct{}, n)}
	for i := range l.Configs {
		if err := p.Start(i); err != nil {
			p.Stop(time.Second)
			return nil, err
		}
	}
	return p, nil
}

// Start (re)starts operator i (0-based) on its configuration and data dir.
func (p *Procs) Start(i int) error {
	cfg := p.configs[i]
	logFile, err := os.OpenFile(filepath.Join(filepath.Dir(cfg), "node.log"), os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o600)
	if err != nil {
		return fmt.Errorf("open operator %d log: %w", i+1, err)
	}
	cmd := exec.Command(p.exe, "operator", "run", "--config", cfg, "--log-level", "info")
	cmd.Stdout, cmd.Stderr = logFile, logFile
	// The operators die with the devnet, even if it is killed.
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	if err := cmd.Start(); err != nil {
		logFile.Close()
		return fmt.Errorf("start operator %d: %w", i+1, err)
	}
	done := make(chan struct{})
	go func() {
		cmd.Wait()
		logFile.Close()
		close(done)
	}()
	p.mu.Lock()
	p.cmds[i], p.done[i] = cmd, done
	p.mu.Unlock()
	return nil
}

// Kill stops operator i at once with SIGKILL, as a crash would.
func (p *Procs) Kill(i int) error {
	p.mu.Lock()
	cmd, done := p.cmds[i], p.done[i]
	p.mu.Unlock()
	if cmd == nil {
		return errors.New("not running")
	}
	if err := cmd.Process.Kill(); err != nil {
		return fmt.Errorf("kill operator %d: %w", i+1, err)
	}
	<-done
	return nil
}

// Signal sends sig to operator i.
func (p *Procs) Signal(i int, sig os.Signal) error {
	p.mu.Lock()
	cmd := p.cmds[i]
	p.mu.Unlock()
	if cmd == nil {
		return errors.New("not running")
	}
	if err := cmd.Process.Signal(sig); err != nil {
		return fmt.Errorf("signal operator %d: %w", i+1, err)
	}
	return nil
}

// Interrupt stops operator i with SIGINT, as an operator shutting its node
// down would, and kills it if it still runs after timeout.
func (p *Procs) Interrupt(i int, timeout time.Duration) error {
	p.mu.Lock()
	cmd, done := p.cmds[i], p.done[i]
	p.mu.Unlock()
	if cmd == nil {
		return errors.New("not running")
	}
	if err := cmd.Process.Signal(os.Interrupt); err != nil {
		return fmt.Errorf("interrupt operator %d: %w", i+1, err)
	}
	select {
	case <-done:
	case <-time.After(timeout):
		_ = cmd.Process.Kill()
		<-done
	}
	return nil
}

// Running reports whether operator i's process is alive.
func (p *Procs) Running(i int) bool {
	p.mu.Lock()
	done := p.done[i]
	p.mu.Unlock()
	if done == nil {
		return false
	}
	select {
	case <-done:
		return false
	default:
		return true
	}
}

// Healthy reports whether operator i answers on /healthz.
func (p *Procs) Healthy(i int) bool {
	if !p.Running(i) {
		return false
	}
	c := http.Client{Timeout: 300 * time.Millisecond}
	resp, err := c.Get("http://" + p.metrics[i] + "/healthz")
	if err != nil {
		return false
	}
	resp.Body.Close()
	return resp.StatusCode == http.StatusOK
}

// Stop interrupts every operator and kills those still running after
// timeout.
func (p *Procs) Stop(timeout time.Duration) {
	p.mu.Lock()
	cmds, dones := append([]*exec.Cmd(nil), p.cmds...), append([]chan struct{}(nil), p.done...)
	p.mu.Unlock()
	for _, cmd := range cmds {
		if cmd != nil {
			_ = cmd.Process.Signal(os.Interrupt)
		}
	}
	deadline := time.After(timeout)
	for i, done := range dones {
		if done == nil {
			continue
		}
		select {
		case <-done:
		case <-deadline:
			_ = cmds[i].Process.Kill()
			<-done
		}
	}
}

// clockTicks is the kernel's USER_HZ, the unit of /proc/<pid>/stat times
// (100 on Linux for all common architectures).
const clockTicks = 100

// CPU returns the CPU time (user and system) the running operator
// processes have used; 0 for one that is not running.
func (p *Procs) CPU() []time.Duration {
	p.mu.Lock()
	defer p.mu.Unlock()
	out := make([]time.Duration, len(p.cmds))
	for i, cmd := range p.cmds {
		if cmd == nil || cmd.Process == nil {
			continue
		}
		data, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", cmd.Process.Pid))
		if err != nil {
			continue
		}
		// Fields after the parenthesised command name; utime and stime
		// are fields 14 and 15 of the whole line.
		rest := string(data[strings.LastIndexByte(string(data), ')')+2:])
		fields := strings.Fields(rest)
		if len(fields) < 13 {
			continue
		}
		utime, _ := strconv.ParseUint(fields[11], 10, 64)
		stime, _ := strconv.ParseUint(fields[12], 10, 64)
		out[i] = time.Duration(utime+stime) * time.Second / clockTicks
	}
	return out
}
