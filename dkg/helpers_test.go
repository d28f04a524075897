package dkg

import (
	"crypto/ed25519"
	"fmt"
	"testing"

	"github.com/keystake/keystake/cluster"
	"github.com/keystake/keystake/deposit"
	"github.com/keystake/keystake/operator"
	"github.com/keystake/keystake/seal"
	"github.com/keystake/keystake/tbls"
)

var testAddress = deposit.Address{0x11, 0x22, 0x33}

// testDefinition returns a signed definition for fresh operators, and
// their identities.
func testDefinition(t testing.TB, n, th, validators int) (*Definition, []*operator.Identity) {
	t.Helper()
	ids := make([]*operator.Identity, n)
	def := &Definition{
		Name:      "test",
		Network:   cluster.Network{Name: "hoodi", ForkVersion: cluster.Bytes(deposit.Hoodi.ForkVersion[:])},
		Threshold: th, Validators: validators, Creator: 1,
		DepositAmount: deposit.DefaultAmount,
	}
	wc := deposit.ExecutionWithdrawalCredentials(testAddress)
	def.WithdrawalCredentials = wc[:]
	def.FeeRecipient = testAddress[:]
	for i := range ids {
		id, err := operator.Generate()
		if err != nil {
			t.Fatal(err)
		}
		ids[i] = id
		op := id.Public(fmt.Sprintf("op-%d", i+1))
		op.Index = i + 1
		def.Operators = append(def.Operators, op)
	}
	if err := def.Sign(ids[0].Signing); err != nil {
		t.Fatal(err)
	}
	return def, ids
}

// delivery is one message in flight.
type delivery struct {
	from, to int
	msg      []byte
}

// testNet runs ceremonies in memory, delivering every broadcast to every
// other operator. tamper, if set, sees each copy and returns what to
// deliver instead (nil drops it).
type testNet struct {
	t      testing.TB
	def    *Definition
	ids    []*operator.Identity
	cs     []*Ceremony
	errs   []error
	queue  []delivery
	tamper func(d delivery) []byte
	// onAdvance, if set, is called after operator i advanced.
	onAdvance func(i int)
	// deliveryErrors counts messages Receive refused.
	deliveryErrors int
}

func newTestNet(t testing.TB, def *Definition, ids []*operator.Identity) *testNet {
	return newReshareNet(t, def, ids, nil)
}

// newReshareNet is newTestNet for a resharing: ids and old are indexed by
// participant, old[p-1] holding participant p's shares being reshared.
func newReshareNet(t testing.TB, def *Definition, ids []*operator.Identity, old [][]*tbls.SecretKey) *testNet {
	t.Helper()
	net := &testNet{t: t, def: def, ids: ids, errs: make([]error, len(ids))}
	for i, id := range ids {
		var shares []*tbls.SecretKey
		if old != nil {
			shares = old[i]
		}
		c, err := New(Config{Definition: def, Index: i + 1, Identity: id.Signing, Encryption: id.Encryption, OldShares: shares})
		if err != nil {
			t.Fatal(err)
		}
		net.cs = append(net.cs, c)
	}
	return net
}

func (net *testNet) broadcast(from int, msgs [][]byte) {
	for _, m := range msgs {
		for to := 1; to <= len(net.cs); to++ {
			if to != from {
				net.queue = append(net.queue, delivery{from: from, to: to, msg: m})
			}
		}
	}
}

// run starts every ceremony and drives them until all are over or failed.
// When nothing moves, every running ceremony's phase expires, as its
// timeout would.
func (net *testNet) run() {
	for i, c := range net.cs {
		out, err := c.Start()
		if err != nil {
			net.t.Fatal(err)
		}
		net.broadcast(i+1, out)
	}
	for rounds := 0; rounds < 100; rounds++ {
		moved := net.deliverAll()
		moved = net.step(false) || moved
		if !moved {
			if !net.step(true) {
				return
			}
		}
	}
	net.t.Fatal("ceremonies did not finish in 100 rounds")
}

func (net *testNet) deliverAll() bool {
	moved := len(net.queue) > 0
	for len(net.queue) > 0 {
		d := net.queue[0]
		net.queue = net.queue[1:]
		msg := d.msg
		if net.tamper != nil {
			if msg = net.tamper(d); msg == nil {
				continue
			}
		}
		if net.errs[d.to-1] != nil {
			continue
		}
		if err := net.cs[d.to-1].Receive(d.from, msg); err != nil {
			net.deliveryErrors++
		}
	}
	return moved
}

// step advances every running ceremony that is ready. With expired, the
// ceremonies in the earliest phase among the running ones also see their
// phase time out: those that moved on earlier started their current phase
// later, and their (doubled) timeout runs out last.
func (net *testNet) step(expired bool) bool {
	moved := false
	earliest := phaseEnd
	for i, c := range net.cs {
		if net.errs[i] == nil && !c.Finished() {
			earliest = min(earliest, c.Phase())
		}
	}
	for i, c := range net.cs {
		if net.errs[i] != nil || c.Finished() {
			continue
		}
		force := expired && c.Phase() == earliest
		for c.Ready() || force {
			out, err := c.Advance(force)
			moved = true
			if err != nil {
				net.errs[i] = err
				break
			}
			net.broadcast(i+1, out)
			if net.onAdvance != nil {
				net.onAdvance(i + 1)
			}
			force = false
		}
	}
	return moved
}

// resign replaces a message's body and signs it again with the sender's key.
func resign(key ed25519.PrivateKey, msg []byte, body []byte) []byte {
	env, err := decodeEnvelope(msg)
	if err != nil {
		panic(err)
	}
	return sealEnvelope(key, env.Phase, env.Sender, env.Hash, body)
}

func phaseOf(msg []byte) Phase { return Phase(msg[0]) }

func mustSeal(t *testing.T, recipient, info, plain []byte) []byte {
	t.Helper()
	out, err := seal.Seal(recipient, info, plain)
	if err != nil {
		t.Fatal(err)
	}
	return out
}
