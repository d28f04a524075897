package devnet

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"io"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/attestantio/go-eth2-client/spec/phase0"

	"github.com/keystake/keystake/cluster"
	"github.com/keystake/keystake/consensus"
	"github.com/keystake/keystake/duty"
	"github.com/keystake/keystake/hotstuff"
	"github.com/keystake/keystake/node"
	"github.com/keystake/keystake/operator"
	"github.com/keystake/keystake/tbls"
)

// byzantine is a Tamper that makes an operator misbehave in every way it
// can without the others' keys: as the first leader of an attestation or
// sync committee instance it sends operator 1 another proposal than the rest
// (equivocation, each properly signed); every partial signature it sends
// is garbage; and every message it sends is sent again a slot later
// (replay).
type byzantine struct {
	// victim is the peer that gets the other proposal.
	victim      ed25519.PublicKey
	identity    ed25519.PrivateKey
	slot        time.Duration
	equivocated atomic.Int64
	corrupted   atomic.Int64
	replayed    atomic.Int64
	junk        tbls.RawSignature
}

func (b *byzantine) tamper(to ed25519.PublicKey, protocol string, msg []byte, send func([]byte)) {
	switch protocol {
	case consensus.Protocol:
		if to.Equal(b.victim) {
			msg = b.equivocate(msg)
		}
	case duty.PartialsProtocol:
		msg = b.corrupt(msg)
	}
	send(msg)
	time.AfterFunc(b.slot, func() {
		b.replayed.Add(1)
		send(msg)
	})
}

// equivocate returns a fresh attestation or sync committee proposal with
// another head root, signed; other messages unchanged.
func (b *byzantine) equivocate(msg []byte) []byte {
	m, err := hotstuff.DecodeMessage(msg, hotstuff.Limits{})
	if err != nil || m.Kind != hotstuff.KindProposal || m.QC != nil {
		return msg
	}
	switch m.Key.Duty {
	case duty.DutyAttester:
		var data phase0.AttestationData
		if err := data.UnmarshalSSZ(m.Value); err != nil {
			return msg
		}
		data.BeaconBlockRoot[0] ^= 0xff
		if m.Value, err = data.MarshalSSZ(); err != nil {
			return msg
		}
	case duty.DutySyncMessage: // the head root the members sign
		m.Value = bytes.Clone(m.Value)
		m.Value[0] ^= 0xff
	default:
		return msg
	}
	m.ValueHash = hotstuff.HashValue(m.Value)
	if m.Sig, err = hotstuff.Ed25519Signer(b.identity)(hotstuff.ProposalPayload(m.Key, m.View, m.ValueHash, m.QC)); err != nil {
		return msg
	}
	out, err := m.MarshalBinary()
	if err != nil {
		return msg
	}
	b.equivocated.Add(1)
	return out
}

// corrupt replaces every partial signature with a signature of junk.
func (b *byzantine) corrupt(msg []byte) []byte {
	m, err := duty.DecodePartials(msg)
	if err != nil {
		return msg
	}
	for i := range m.Partials {
		m.Partials[i].Signature = b.junk
	}
	out, err := m.MarshalBinary()
	if err != nil {
		return msg
	}
	b.corrupted.Add(1)
	return out
}

// TestByzantineOperator runs three honest operators with a Byzantine
// fourth: every duty of every kind is still done, nothing slashable is
// signed, and the honest operators name the fourth for its invalid
// partial signatures. Slots of 4 s: the replays double the traffic and
// the garbage partials cost verifications, which 2 s slots on a shared
// machine cannot always absorb.
func TestByzantineOperator(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a network for several epochs")
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	nw, err := Build(ctx, Options{Dir: filepath.Join(t.TempDir(), "devnet"), Validators: 6, SlotDuration: 4 * time.Second, SlotsPerEpoch: 4})
	if err != nil {
		t.Fatal(err)
	}
	defer nw.Close()
	ops := &operators{nw: nw, cancels: map[int]context.CancelFunc{}}
	for i := range 3 {
		ops.start(t, i)
	}
	defer ops.stopAll()
	bad := startByzantine(t, nw, 3)

	waitReady(t, nw)
	first := nextEpoch(nw)
	for e := first; e < first+2; e++ {
		checkEpoch(t, nw, e, "one operator Byzantine")
	}
	if s := nw.Sim.Slashings(); len(s) != 0 {
		t.Fatalf("slashings: %+v", s)
	}
	t.Logf("the Byzantine operator equivocated %d times, sent %d messages of garbage partials, replayed %d messages",
		bad.equivocated.Load(), bad.corrupted.Load(), bad.replayed.Load())
	if bad.equivocated.Load() == 0 || bad.corrupted.Load() == 0 || bad.replayed.Load() == 0 {
		t.Fatal("the Byzantine operator did not get to misbehave in every way")
	}
	for i := range 3 {
		if n := invalidPartials(t, nw.MetricsAddrs[i], "4"); n == 0 {
			t.Errorf("operator %d counted no invalid partials from operator 4", i+1)
		}
	}
}

// startByzantine runs operator i in-process as a Byzantine node.
func startByzantine(t *testing.T, nw *Network, i int) *byzantine {
	cfg, err := node.LoadConfig(nw.Configs[i])
	if err != nil {
		t.Fatal(err)
	}
	id, err := operator.Load(cfg.IdentityDir, "devnet")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(id.Zero)
	junk, err := tbls.SignManyRaw([]*tbls.SecretKey{tbls.GenerateSecretKey()}, []byte("junk"))
	if err != nil {
		t.Fatal(err)
	}
	def, err := cluster.Load(filepath.Join(nw.Dir, "cluster", "cluster.json"))
	if err != nil {
		t.Fatal(err)
	}
	victim := ed25519.PublicKey(def.Operators[0].IdentityKey)
	b := &byzantine{identity: id.Signing, slot: nw.SlotDuration, junk: junk[0], victim: victim}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		log := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelError})).With("operator", i+1)
		if err := node.RunTampered(ctx, cfg, log, b.tamper); err != nil {
			t.Errorf("Byzantine operator: %v", err)
		}
	}()
	t.Cleanup(func() { cancel(); <-done })
	return b
}

// invalidPartials reads an operator's count of invalid partials from the
// given operator.
func invalidPartials(t *testing.T, addr, from string) float64 {
	t.Helper()
	resp, err := http.Get("http://" + addr + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	prefix := `keystake_partials_invalid_total{operator="` + from + `"} `
	var n float64
	for _, line := range strings.Split(string(body), "\n") {
		if v, ok := strings.CutPrefix(line, prefix); ok {
			if n, err = strconv.ParseFloat(v, 64); err != nil {
				t.Fatalf("parse %q: %v", line, err)
			}
		}
	}
	return n
}
