package beacon

import (
	"fmt"
	"net/url"
	"strings"
	"sync"
	"time"

	eth2http "github.com/attestantio/go-eth2-client/http"
)

// Demotion back-off: doubles with each consecutive failure of a node.
var (
	minBackoff = time.Second
	maxBackoff = 30 * time.Second
)

// node is one beacon node and its health as this client has seen it.
type node struct {
	// name identifies the node in logs, errors and metric labels: its URL
	// without credentials, path or query (which may hold API keys).
	name string
	svc  *eth2http.Service

	mu           sync.Mutex
	verified     bool      // its genesis matched the client's network
	refused      error     // non-nil: on another network, never used again
	lastOK       time.Time // last answer of any kind
	failures     int       // consecutive failures
	demotedUntil time.Time // tried only after healthy nodes until then
}

// nodeState is a consistent snapshot of a node's health.
type nodeState struct {
	verified     bool
	refused      error
	lastOK       time.Time
	failures     int
	demotedUntil time.Time
}

func (n *node) state() nodeState {
	n.mu.Lock()
	defer n.mu.Unlock()
	return nodeState{n.verified, n.refused, n.lastOK, n.failures, n.demotedUntil}
}

// answered records that the node answered, which keeps the client Healthy
// but does not end a demotion (a node may answer pings and fail calls).
func (n *node) answered(now time.Time) {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.lastOK = now
}

// succeeded records a successful call and ends any demotion. It reports
// whether the node was demoted before.
func (n *node) succeeded(now time.Time) (recovered bool) {
	n.mu.Lock()
	defer n.mu.Unlock()
	recovered = n.failures > 0
	n.lastOK = now
	n.failures = 0
	n.demotedUntil = time.Time{}
	return recovered
}

// failed demotes the node for a back-off that doubles with each consecutive
// failure and returns the back-off and the failure count.
func (n *node) failed(now time.Time) (time.Duration, int) {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.failures++
	backoff := maxBackoff
	if n.failures <= 16 {
		backoff = min(minBackoff<<(n.failures-1), maxBackoff)
	}
	n.demotedUntil = now.Add(backoff)
	return backoff, n.failures
}

func (n *node) setVerified() {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.verified = true
}

func (n *node) refuse(err error) {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.refused = err
}

// normalizeURL returns the address to connect to and the node's name. An
// address without a scheme is taken as http, as go-eth2-client does.
func normalizeURL(raw string) (addr, name string, err error) {
	addr = strings.TrimSpace(raw)
	if addr == "" {
		return "", "", fmt.Errorf("empty beacon node URL")
	}
	if !strings.Contains(addr, "://") {
		addr = "http://" + addr
	}
	u, err := url.Parse(addr)
	if err != nil {
		return "", "", fmt.Errorf("parse beacon node URL: %w", err)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return "", "", fmt.Errorf("beacon node URL %s://%s: scheme must be http or https", u.Scheme, u.Host)
	}
	if u.Host == "" {
		return "", "", fmt.Errorf("beacon node URL %q has no host", raw)
	}
	return addr, u.Scheme + "://" + u.Host, nil
}

// nodeNames names each URL, making names unique when two URLs differ only
// in the parts a name leaves out.
func nodeNames(urls []string) (addrs, names []string, err error) {
	seen := make(map[string]int)
	for _, raw := range urls {
		addr, name, err := normalizeURL(raw)
		if err != nil {
			return nil, nil, err
		}
		for _, a := range addrs {
			if a == addr {
				return nil, nil, fmt.Errorf("beacon node %s is configured twice", name)
			}
		}
		seen[name]++
		if k := seen[name]; k > 1 {
			name = fmt.Sprintf("%s#%d", name, k)
		}
		addrs = append(addrs, addr)
		names = append(names, name)
	}
	return addrs, names, nil
}
