package devnet

import (
	"bytes"
	"crypto/ed25519"
	"fmt"
	"sync/atomic"
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

// Byzantine makes an operator misbehave, while Active, in every way it can
// without the others' keys: as the first leader of an attestation or sync
// committee instance it sends one peer (the victim) another proposal than
// the rest (equivocation, each properly signed); every partial signature
// it sends is garbage; and every message it sends is sent again a slot
// later (replay). Its Tamper method goes to node.RunTampered.
type Byzantine struct {
	// Active turns the misbehaviour on; while false, messages pass as
	// they are.
	Active atomic.Bool
	// Equivocated, Corrupted and Replayed count the misdeeds done.
	Equivocated, Corrupted, Replayed atomic.Int64

	victim   ed25519.PublicKey
	id       *operator.Identity
	identity ed25519.PrivateKey
	slot     time.Duration
	junk     tbls.RawSignature
}

// NewByzantine makes a Byzantine operator (inactive) from the operator's
// configuration: it signs its equivocations with the operator's identity
// key, held until Close, and picks as victim the first other operator of
// its first cluster.
func NewByzantine(cfg *node.Config, slot time.Duration) (*Byzantine, error) {
	if len(cfg.Clusters) == 0 {
		return nil, fmt.Errorf("no cluster configured")
	}
	id, err := node.LoadIdentity(cfg)
	if err != nil {
		return nil, err
	}
	def, err := cluster.Load(cfg.Clusters[0].Definition)
	if err != nil {
		id.Zero()
		return nil, err
	}
	self := id.Signing.Public().(ed25519.PublicKey)
	var victim ed25519.PublicKey
	for _, op := range def.Operators {
		if k := ed25519.PublicKey(op.IdentityKey); !k.Equal(self) {
			victim = k
			break
		}
	}
	junk, err := tbls.SignManyRaw([]*tbls.SecretKey{tbls.GenerateSecretKey()}, []byte("junk"))
	if err != nil {
		id.Zero()
		return nil, fmt.Errorf("sign junk: %w", err)
	}
	return &Byzantine{id: id, identity: id.Signing, slot: slot, junk: junk[0], victim: victim}, nil
}

// Close zeroes the identity key; call it once the node has stopped.
func (b *Byzantine) Close() { b.id.Zero() }

// Tamper is a node.Tamper.
func (b *Byzantine) Tamper(to ed25519.PublicKey, protocol string, msg []byte, send func([]byte)) {
	if !b.Active.Load() {
		send(msg)
		return
	}
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
		b.Replayed.Add(1)
		send(msg)
	})
}

// equivocate returns a fresh attestation or sync committee proposal with
// another head root, signed; other messages unchanged.
func (b *Byzantine) equivocate(msg []byte) []byte {
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
	b.Equivocated.Add(1)
	return out
}

// corrupt replaces every partial signature with a signature of junk.
func (b *Byzantine) corrupt(msg []byte) []byte {
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
	b.Corrupted.Add(1)
	return out
}
