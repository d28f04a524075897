package hotstuff_test

import (
	"crypto/ed25519"
	"fmt"
	"time"

	"github.com/keystake/keystake/hotstuff"
)

// Example wires four operators in memory: messages travel through a FIFO
// as bytes, time is fixed at the duty start, storage is a map. A real
// driver does the same with a network, fsync and a timer calling Tick.
func Example() {
	const n = 4
	start := time.Unix(1_700_000_000, 0)
	key := hotstuff.Key{Slot: 123, Duty: 1}
	privs := make([]ed25519.PrivateKey, n)
	pubs := make([]ed25519.PublicKey, n)
	for i := range privs {
		seed := make([]byte, ed25519.SeedSize)
		seed[0] = byte(i)
		privs[i] = ed25519.NewKeyFromSeed(seed)
		pubs[i] = privs[i].Public().(ed25519.PublicKey)
	}
	type packet struct {
		to   int
		wire []byte
	}
	var fifo []packet
	disk := map[int]hotstuff.State{}
	decided := map[int]string{}
	nodes := make([]*hotstuff.Instance[string], n)
	for i := range nodes {
		enqueue := func(to int, m *hotstuff.Message) {
			b, _ := m.MarshalBinary()
			fifo = append(fifo, packet{to, b})
		}
		cfg := hotstuff.Config[string]{
			Key: key, N: n, Self: i,
			Schedule: hotstuff.Schedule{Start: start, Base: time.Second, Deadline: start.Add(4 * time.Second)},
			Codec: hotstuff.Codec[string]{
				Encode: func(s string) ([]byte, error) { return []byte(s), nil },
				Decode: func(b []byte) (string, error) { return string(b), nil },
			},
			Send: enqueue,
			Broadcast: func(m *hotstuff.Message) {
				for to := 0; to < n; to++ {
					if to != i {
						enqueue(to, m)
					}
				}
			},
			Sign:     hotstuff.Ed25519Signer(privs[i]),
			Verify:   hotstuff.Ed25519Verifier(pubs),
			Validate: func(string) error { return nil },
			Propose:  func() (string, error) { return fmt.Sprintf("attestation data seen by operator %d", i), nil },
			Persist:  func(s hotstuff.State) error { disk[i] = s; return nil },
			Decide:   func(v string, _ *hotstuff.QC) { decided[i] = v },
		}
		nodes[i], _ = hotstuff.New(cfg, nil)
	}
	for _, in := range nodes {
		in.Start(start)
	}
	for len(fifo) > 0 {
		p := fifo[0]
		fifo = fifo[1:]
		if m, err := hotstuff.DecodeMessage(p.wire, hotstuff.Limits{}); err == nil {
			_ = nodes[p.to].Handle(m, start)
		}
	}
	leader := hotstuff.Leader(key, 1, n)
	fmt.Println(len(decided) == n, decided[0] == fmt.Sprintf("attestation data seen by operator %d", leader))
	// Output: true true
}
