// Package duty performs a distributed validator's duties: it learns them
// from the beacon node, agrees on what to sign with the cluster's other
// operators, checks and records slashing safety, signs with this operator's
// key shares, exchanges partial signatures, recovers each validator's
// signature and submits it.
//
// The other components are reached through the small interfaces below; the
// node (package node) wires the real ones: beacon (Beacon), consensus
// (Consensus), slashing (Slashing) and p2p (Network).
package duty

import (
	"context"
	"crypto/ed25519"

	"github.com/attestantio/go-eth2-client/api"
	apiv1 "github.com/attestantio/go-eth2-client/api/v1"
	"github.com/attestantio/go-eth2-client/spec/bellatrix"
	"github.com/attestantio/go-eth2-client/spec/electra"
	"github.com/attestantio/go-eth2-client/spec/phase0"

	"github.com/keystake/keystake/consensus"
	"github.com/keystake/keystake/hotstuff"
	"github.com/keystake/keystake/tbls"
)

// Beacon is what duties need from this operator's beacon node.
type Beacon interface {
	AttesterDuties(ctx context.Context, epoch phase0.Epoch, indices []phase0.ValidatorIndex) ([]*apiv1.AttesterDuty, error)
	AttestationData(ctx context.Context, slot phase0.Slot) (*phase0.AttestationData, error)
	SubmitAttestations(ctx context.Context, atts []*electra.SingleAttestation) error
}

// ProposerBeacon is what block proposals need from this operator's beacon
// node.
type ProposerBeacon interface {
	ProposerDuties(ctx context.Context, epoch phase0.Epoch, indices []phase0.ValidatorIndex) ([]*apiv1.ProposerDuty, error)
	Proposal(ctx context.Context, slot phase0.Slot, randao phase0.BLSSignature, graffiti [32]byte) (*api.VersionedProposal, error)
	SubmitProposal(ctx context.Context, p *api.VersionedSignedProposal) error
	// BlockKnown says whether the beacon node has the block with root.
	BlockKnown(ctx context.Context, root phase0.Root) (bool, error)
	// PrepareProposers registers the validators' fee recipients.
	PrepareProposers(ctx context.Context, preps []*apiv1.ProposalPreparation) error
}

// Consensus decides one value per instance with the cluster's operators.
type Consensus interface {
	Decide(ctx context.Context, inst consensus.Instance) ([]byte, hotstuff.View, error)
}

// Slashing is the slashing protection database. Both methods take a batch
// and return one error per entry (nil: safe); CheckAndRecord records the
// safe entries durably before it returns.
type Slashing interface {
	CheckAttestations(reqs []AttestationRecord) []error
	CheckAndRecordAttestations(reqs []AttestationRecord) []error
}

// BlockSlashing is the slashing protection database's side for blocks,
// with the contract of Slashing.
type BlockSlashing interface {
	CheckBlocks(reqs []BlockRecord) []error
	CheckAndRecordBlocks(reqs []BlockRecord) []error
}

// BlockRecord is a block proposal as the slashing database sees it.
type BlockRecord struct {
	Pubkey      phase0.BLSPubKey
	Slot        phase0.Slot
	SigningRoot phase0.Root
}

// AttestationRecord is an attestation as the slashing database sees it.
type AttestationRecord struct {
	Pubkey         phase0.BLSPubKey
	Source, Target phase0.Epoch
	SigningRoot    phase0.Root
}

// Network sends to another operator, addressed by identity key. Delivery is
// best effort.
type Network interface {
	Send(to ed25519.PublicKey, protocol string, msg []byte)
}

// Cluster is one distributed validator cluster as this operator runs it.
type Cluster struct {
	// Hash is the cluster definition's content hash.
	Hash [32]byte
	// Threshold is the number of partial signatures that recover one.
	Threshold int
	// Members are the operators' identity keys; operator i is Members[i-1].
	Members []ed25519.PublicKey
	// Self is this operator's index (1-based).
	Self int
	// Validators in the definition's order.
	Validators []*Validator
}

// Validator is one distributed validator with this operator's share.
type Validator struct {
	Pubkey phase0.BLSPubKey
	// Index is the validator's beacon chain index, once known.
	Index phase0.ValidatorIndex
	// Active says whether Index is known and the validator can attest.
	Active bool
	// Share is this operator's key share.
	Share *tbls.SecretKey
	// PublicShares holds every operator's share public key, by operator
	// index (1-based).
	PublicShares map[int]tbls.PublicKey
	// FeeRecipient is the execution address its blocks must pay.
	FeeRecipient bellatrix.ExecutionAddress
}

// Operator returns the 1-based index of the member with identity key id, or 0.
func (c *Cluster) Operator(id ed25519.PublicKey) int {
	for i, m := range c.Members {
		if m.Equal(id) {
			return i + 1
		}
	}
	return 0
}
