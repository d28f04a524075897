package devnet

import (
	"bufio"
	"net"
	"testing"
	"time"
)

// echoServers listens on n loopback addresses that echo every line back.
func echoServers(t *testing.T, n int) []string {
	t.Helper()
	var addrs []string
	for range n {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { ln.Close() })
		go func() {
			for {
				c, err := ln.Accept()
				if err != nil {
					return
				}
				go func() {
					defer c.Close()
					r := bufio.NewReader(c)
					for {
						line, err := r.ReadString('\n')
						if err != nil {
							return
						}
						if _, err := c.Write([]byte(line)); err != nil {
							return
						}
					}
				}()
			}
		}()
		addrs = append(addrs, ln.Addr().String())
	}
	return addrs
}

// roundTrip dials i→j through the links and echoes one line; it returns
// how long that took, or false if the link refused or dropped it.
func roundTrip(l *Links, i, j int) (time.Duration, bool) {
	start := time.Now()
	c, err := net.DialTimeout("tcp", l.addr(i, j), time.Second)
	if err != nil {
		return 0, false
	}
	defer c.Close()
	c.SetDeadline(time.Now().Add(2 * time.Second))
	if _, err := c.Write([]byte("ping\n")); err != nil {
		return 0, false
	}
	line, err := bufio.NewReader(c).ReadString('\n')
	if err != nil || line != "ping\n" {
		return 0, false
	}
	return time.Since(start), true
}

func TestLinks(t *testing.T) {
	l, err := newLinks(echoServers(t, 4))
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	open := func(i, j int) bool { _, ok := roundTrip(l, i, j); return ok }
	if !open(0, 1) || !open(3, 2) {
		t.Fatal("healthy links refuse")
	}

	// An established connection is closed by the cut.
	c, err := net.Dial("tcp", l.addr(0, 1))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if _, err := c.Write([]byte("hello\n")); err != nil {
		t.Fatal(err)
	}
	r := bufio.NewReader(c)
	if line, err := r.ReadString('\n'); err != nil || line != "hello\n" {
		t.Fatalf("echo through the link: %q, %v", line, err)
	}
	l.Isolate(1, true)
	c.SetReadDeadline(time.Now().Add(2 * time.Second))
	if _, err := r.ReadString('\n'); err == nil || isTimeout(err) {
		t.Fatalf("connection through a cut link still open: %v", err)
	}
	if open(0, 1) || open(1, 2) || !open(0, 2) || !l.Cut(1) || !l.Faulty(1) {
		t.Fatal("operator 2 cut off: want its links refused and the others open")
	}
	l.Isolate(1, false)
	if !open(0, 1) || l.Faulty(1) {
		t.Fatal("operator 2 healed: want its links open")
	}

	l.Partition(0, 1)
	for _, tc := range []struct {
		i, j int
		want bool
	}{{0, 1, true}, {2, 3, true}, {0, 2, false}, {3, 1, false}} {
		if got := open(tc.i, tc.j); got != tc.want {
			t.Errorf("partition {1,2} {3,4}: link %d→%d open %v, want %v", tc.i+1, tc.j+1, got, tc.want)
		}
	}
	l.Partition()
	if !open(0, 2) || !open(3, 1) {
		t.Fatal("partition healed: want every link open")
	}

	l.SetDelay(2, 150*time.Millisecond)
	// Both directions are held back: at least twice the delay.
	if d, ok := roundTrip(l, 0, 2); !ok || d < 300*time.Millisecond {
		t.Fatalf("delayed link: round trip %v (ok %v), want at least 300ms", d, ok)
	}
}

func isTimeout(err error) bool {
	ne, ok := err.(net.Error)
	return ok && ne.Timeout()
}

// TestFreePortsNeverRepeat: ports handed out once are not handed out
// again, though they are free for the kernel once their listeners close.
func TestFreePortsNeverRepeat(t *testing.T) {
	seen := map[int]bool{}
	for range 20 {
		ports, err := freePorts(10)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range ports {
			if seen[p] {
				t.Fatalf("port %d handed out twice", p)
			}
			seen[p] = true
		}
	}
}
