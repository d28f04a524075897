package consensus

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"errors"
	"fmt"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/keystake/keystake/hotstuff"
)

// memNetwork delivers messages between managers in memory.
type memNetwork struct {
	mu    sync.Mutex
	nodes map[string]*Manager
	down  map[string]bool
}

type endpoint struct {
	net  *memNetwork
	self ed25519.PublicKey
}

func (e endpoint) Send(to ed25519.PublicKey, protocol string, msg []byte) {
	e.net.mu.Lock()
	target, down := e.net.nodes[string(to)], e.net.down[string(to)] || e.net.down[string(e.self)]
	e.net.mu.Unlock()
	if target == nil || down || protocol != Protocol {
		return
	}
	_ = target.Handle(e.self, bytes.Clone(msg), nil)
}

type cluster struct {
	net     *memNetwork
	keys    []ed25519.PrivateKey
	members []ed25519.PublicKey
	stores  []*BoltStore
	mgrs    []*Manager
}

func newCluster(t *testing.T, n int) *cluster {
	c := &cluster{net: &memNetwork{nodes: map[string]*Manager{}, down: map[string]bool{}}}
	dir := t.TempDir()
	for i := 0; i < n; i++ {
		pub, priv, _ := ed25519.GenerateKey(nil)
		c.keys = append(c.keys, priv)
		c.members = append(c.members, pub)
		st, err := OpenStore(filepath.Join(dir, fmt.Sprintf("node%d.db", i)))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { st.Close() })
		c.stores = append(c.stores, st)
	}
	for i := 0; i < n; i++ {
		c.mgrs = append(c.mgrs, c.manager(i))
	}
	return c
}

func (c *cluster) manager(i int) *Manager {
	m := NewManager(Config{Identity: c.keys[i], Store: c.stores[i], Network: endpoint{c.net, c.members[i]}})
	c.net.mu.Lock()
	c.net.nodes[string(c.members[i])] = m
	c.net.mu.Unlock()
	return m
}

func (c *cluster) instance(slot uint64, value string, valid func([]byte) error) Instance {
	now := time.Now()
	return Instance{
		Key:      hotstuff.Key{Slot: slot, Duty: 1},
		Members:  c.members,
		Schedule: hotstuff.Schedule{Start: now, Base: 300 * time.Millisecond, Deadline: now.Add(20 * time.Second)},
		Propose:  func() ([]byte, error) { return []byte(value), nil },
		Validate: valid,
	}
}

type result struct {
	value []byte
	err   error
}

// decideAll runs the instance at the given nodes concurrently.
func (c *cluster) decideAll(nodes []int, inst func(i int) Instance) map[int]result {
	var mu sync.Mutex
	out := make(map[int]result)
	var wg sync.WaitGroup
	for _, i := range nodes {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v, _, err := c.mgrs[i].Decide(context.Background(), inst(i))
			mu.Lock()
			out[i] = result{v, err}
			mu.Unlock()
		}()
	}
	wg.Wait()
	return out
}

func agree(t *testing.T, res map[int]result) []byte {
	t.Helper()
	var first []byte
	for i, r := range res {
		if r.err != nil {
			t.Fatalf("node %d: %v", i, r.err)
		}
		if first == nil {
			first = r.value
		} else if !bytes.Equal(first, r.value) {
			t.Fatalf("node %d decided %q, another %q", i, r.value, first)
		}
	}
	return first
}

func TestDecide(t *testing.T) {
	c := newCluster(t, 4)
	res := c.decideAll([]int{0, 1, 2, 3}, func(i int) Instance {
		return c.instance(10, fmt.Sprintf("value-%d", i), nil)
	})
	v := agree(t, res)
	if !bytes.HasPrefix(v, []byte("value-")) {
		t.Fatalf("decided %q, not a proposed value", v)
	}
}

// TestDecideOneDown: one operator of four is offline; the others decide,
// whoever leads the first view.
func TestDecideOneDown(t *testing.T) {
	for down := 0; down < 4; down++ {
		t.Run(fmt.Sprintf("operator %d down", down+1), func(t *testing.T) {
			c := newCluster(t, 4)
			c.net.down[string(c.members[down])] = true
			var up []int
			for i := 0; i < 4; i++ {
				if i != down {
					up = append(up, i)
				}
			}
			agree(t, c.decideAll(up, func(i int) Instance { return c.instance(11, fmt.Sprintf("v%d", i), nil) }))
		})
	}
}

// TestValidateRefuses: no node votes for an invalid value, so only a valid
// value can be decided.
func TestValidateRefuses(t *testing.T) {
	c := newCluster(t, 4)
	valid := func(v []byte) error {
		if string(v) == "bad" {
			return errors.New("refused")
		}
		return nil
	}
	res := c.decideAll([]int{0, 1, 2, 3}, func(i int) Instance {
		value := "good"
		if i == 0 {
			value = "bad"
		}
		return c.instance(12, value, valid)
	})
	if v := agree(t, res); string(v) != "good" {
		t.Fatalf("decided %q", v)
	}
}

// TestRestartKeepsDecision: a node that decided and restarts with the same
// store decides the same value at once, whatever it would propose now.
func TestRestartKeepsDecision(t *testing.T) {
	c := newCluster(t, 4)
	first := agree(t, c.decideAll([]int{0, 1, 2, 3}, func(i int) Instance { return c.instance(13, "before", nil) }))
	c.mgrs[2] = c.manager(2)
	again := c.decideAll([]int{2}, func(int) Instance { return c.instance(13, "after", nil) })
	if v := agree(t, again); !bytes.Equal(v, first) {
		t.Fatalf("after restart decided %q, before %q", v, first)
	}
}

func TestDeadline(t *testing.T) {
	c := newCluster(t, 4)
	inst := c.instance(14, "x", nil)
	inst.Schedule.Deadline = inst.Schedule.Start.Add(400 * time.Millisecond)
	// Alone, the node cannot reach a quorum.
	_, _, err := c.mgrs[0].Decide(context.Background(), inst)
	if !errors.Is(err, ErrNoDecision) {
		t.Fatalf("got %v, want ErrNoDecision", err)
	}
}

func TestHandleRejects(t *testing.T) {
	c := newCluster(t, 4)
	if err := c.mgrs[0].Handle(c.members[1], []byte("garbage"), nil); err == nil {
		t.Fatal("garbage accepted")
	}
	msg := &hotstuff.Message{Kind: hotstuff.KindNewView, Key: hotstuff.Key{Slot: 99}, View: 2, Sig: make([]byte, 64)}
	data, err := msg.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if err := c.mgrs[0].Handle(c.members[1], data, func(k hotstuff.Key) bool { return k.Slot < 50 }); err == nil {
		t.Fatal("message for an unexpected slot buffered")
	}
	if err := c.mgrs[0].Handle(c.members[1], data, nil); err != nil {
		t.Fatalf("message for a future instance not buffered: %v", err)
	}
	c.mgrs[0].Prune(100)
	if len(c.mgrs[0].pending) != 0 {
		t.Fatal("prune kept old messages")
	}
}

func TestStorePrune(t *testing.T) {
	st, err := OpenStore(filepath.Join(t.TempDir(), "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	for slot := uint64(1); slot <= 5; slot++ {
		if err := st.Save(hotstuff.State{Key: hotstuff.Key{Slot: slot}, VotedView: 1, VotedPhase: hotstuff.PhasePrepare}); err != nil {
			t.Fatal(err)
		}
	}
	if err := st.Prune(4); err != nil {
		t.Fatal(err)
	}
	for slot := uint64(1); slot <= 5; slot++ {
		got, err := st.Load(hotstuff.Key{Slot: slot})
		if err != nil {
			t.Fatal(err)
		}
		if (got != nil) != (slot >= 4) {
			t.Fatalf("slot %d: kept %v", slot, got != nil)
		}
	}
}
