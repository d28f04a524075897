package devnet

import (
	"fmt"
	"net"
	"sync"
	"time"
)

// Links sits on the connections between operators: operator i reaches
// operator j through its own TCP proxy (i→j), so that tests can slow an
// operator's links or cut it off from the others, as a bad network would.
// A connection carries both directions, whichever operator dialed it, and
// a fault on a link applies to both.
type Links struct {
	mu      sync.Mutex
	n       int
	delay   []time.Duration // per operator: added to every link it is on
	cut     []bool          // per operator: isolated from all the others
	side    []bool          // per operator: its side of a partition
	proxies map[[2]int]*linkProxy
}

// newLinks listens on a proxy for every ordered pair of n operators whose
// listen addresses are targets; addr(i, j) is where i must dial j.
func newLinks(targets []string) (*Links, error) {
	n := len(targets)
	l := &Links{n: n, delay: make([]time.Duration, n), cut: make([]bool, n), side: make([]bool, n), proxies: make(map[[2]int]*linkProxy)}
	for i := range n {
		for j := range n {
			if i == j {
				continue
			}
			ln, err := net.Listen("tcp", "127.0.0.1:0")
			if err != nil {
				l.Close()
				return nil, fmt.Errorf("listen for link %d→%d: %w", i+1, j+1, err)
			}
			p := &linkProxy{links: l, a: i, b: j, ln: ln, target: targets[j], conns: make(map[net.Conn]bool)}
			l.proxies[[2]int{i, j}] = p
			go p.serve()
		}
	}
	return l, nil
}

// addr returns the address operator i dials to reach operator j.
func (l *Links) addr(i, j int) string {
	return l.proxies[[2]int{i, j}].ln.Addr().String()
}

// SetDelay delays everything sent on operator i's links by d (0: none).
func (l *Links) SetDelay(i int, d time.Duration) {
	l.mu.Lock()
	l.delay[i] = d
	l.mu.Unlock()
}

// Isolate cuts operator i off from the others (closing its connections
// and refusing new ones) or, with false, lets it reconnect.
func (l *Links) Isolate(i int, cut bool) {
	l.mu.Lock()
	l.cut[i] = cut
	l.mu.Unlock()
	if !cut {
		return
	}
	for k, p := range l.proxies {
		if k[0] == i || k[1] == i {
			p.closeConns()
		}
	}
}

// Partition splits the operators in two: those of group on one side, the
// others on the other, with every link between the sides cut (their
// connections closed and new ones refused). An empty group heals the
// partition.
func (l *Links) Partition(group ...int) {
	l.mu.Lock()
	clear(l.side)
	for _, i := range group {
		l.side[i] = true
	}
	l.mu.Unlock()
	for k, p := range l.proxies {
		if _, cut := l.state(k[0], k[1]); cut {
			p.closeConns()
		}
	}
}

// Cut reports whether operator i is cut off from all the others.
func (l *Links) Cut(i int) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.cut[i]
}

// Faulty reports whether operator i's links are slowed or cut.
func (l *Links) Faulty(i int) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.cut[i] || l.delay[i] > 0
}

func (l *Links) state(a, b int) (time.Duration, bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.delay[a] + l.delay[b], l.cut[a] || l.cut[b] || l.side[a] != l.side[b]
}

// Close stops every proxy and closes their connections.
func (l *Links) Close() error {
	for _, p := range l.proxies {
		p.ln.Close()
		p.closeConns()
	}
	return nil
}

type linkProxy struct {
	links  *Links
	a, b   int
	ln     net.Listener
	target string

	mu    sync.Mutex
	conns map[net.Conn]bool
}

func (p *linkProxy) serve() {
	for {
		c, err := p.ln.Accept()
		if err != nil {
			return
		}
		go p.handle(c)
	}
}

func (p *linkProxy) handle(c net.Conn) {
	if _, cut := p.links.state(p.a, p.b); cut {
		c.Close()
		return
	}
	up, err := net.Dial("tcp", p.target)
	if err != nil {
		c.Close()
		return
	}
	p.track(c, up)
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); p.pipe(up, c) }()
	go func() { defer wg.Done(); p.pipe(c, up) }()
	wg.Wait()
	p.untrack(c, up)
}

func (p *linkProxy) track(cs ...net.Conn) {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, c := range cs {
		p.conns[c] = true
	}
}

func (p *linkProxy) untrack(cs ...net.Conn) {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, c := range cs {
		c.Close()
		delete(p.conns, c)
	}
}

func (p *linkProxy) closeConns() {
	p.mu.Lock()
	defer p.mu.Unlock()
	for c := range p.conns {
		c.Close()
	}
}

// chunk is data read from one side, due on the other at due.
type chunk struct {
	data []byte
	due  time.Time
}

// pipe copies src to dst, holding every chunk back by the link's delay at
// the time it was read (order is kept), and closes both ends when either
// fails.
func (p *linkProxy) pipe(dst, src net.Conn) {
	queue := make(chan chunk, 1024)
	go func() {
		defer close(queue)
		for {
			buf := make([]byte, 32<<10)
			n, err := src.Read(buf)
			if n > 0 {
				d, _ := p.links.state(p.a, p.b)
				queue <- chunk{buf[:n], time.Now().Add(d)}
			}
			if err != nil {
				return
			}
		}
	}()
	for c := range queue {
		time.Sleep(time.Until(c.due))
		if _, err := dst.Write(c.data); err != nil {
			break
		}
	}
	dst.Close()
	src.Close()
	for range queue {
	}
}
