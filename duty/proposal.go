package duty

import (
	"errors"
	"fmt"

	"github.com/attestantio/go-eth2-client/api"
	apiv1electra "github.com/attestantio/go-eth2-client/api/v1/electra"
	"github.com/attestantio/go-eth2-client/spec"
	"github.com/attestantio/go-eth2-client/spec/bellatrix"
	"github.com/attestantio/go-eth2-client/spec/electra"
	"github.com/attestantio/go-eth2-client/spec/phase0"

	"github.com/keystake/keystake/signing"
)

// A proposal is the value the cluster agrees on for a block: the block
// contents the beacon node produced (block, KZG proofs and blobs), or a
// blinded block. Its encoding is one byte, proposalFull or proposalBlinded,
// then the SSZ encoding of the Electra type.
type proposal struct {
	full    *apiv1electra.BlockContents
	blinded *apiv1electra.BlindedBeaconBlock
}

const (
	proposalFull    byte = 0
	proposalBlinded byte = 1
)

// blockHeader is what validation looks at, for either form.
type blockHeader struct {
	slot         phase0.Slot
	proposer     phase0.ValidatorIndex
	parent       phase0.Root
	randao       phase0.BLSSignature
	feeRecipient bellatrix.ExecutionAddress
}

func encodeProposal(vp *api.VersionedProposal) ([]byte, error) {
	if vp == nil || vp.Version != spec.DataVersionElectra {
		return nil, errors.New("encode proposal: not an Electra proposal")
	}
	if vp.Blinded {
		if vp.ElectraBlinded == nil {
			return nil, errors.New("encode proposal: blinded proposal without a block")
		}
		b, err := vp.ElectraBlinded.MarshalSSZ()
		if err != nil {
			return nil, fmt.Errorf("encode blinded block: %w", err)
		}
		return append([]byte{proposalBlinded}, b...), nil
	}
	if vp.Electra == nil {
		return nil, errors.New("encode proposal: proposal without block contents")
	}
	b, err := vp.Electra.MarshalSSZ()
	if err != nil {
		return nil, fmt.Errorf("encode block contents: %w", err)
	}
	return append([]byte{proposalFull}, b...), nil
}

// decodeProposal parses a consensus value. It fails on anything that is not
// a complete block of either form.
func decodeProposal(b []byte) (*proposal, error) {
	if len(b) == 0 {
		return nil, errors.New("decode proposal: empty")
	}
	var p proposal
	switch b[0] {
	case proposalFull:
		p.full = new(apiv1electra.BlockContents)
		if err := p.full.UnmarshalSSZ(b[1:]); err != nil {
			return nil, fmt.Errorf("decode block contents: %w", err)
		}
		if p.full.Block == nil || p.full.Block.Body == nil || p.full.Block.Body.ExecutionPayload == nil {
			return nil, errors.New("decode block contents: incomplete block")
		}
	case proposalBlinded:
		p.blinded = new(apiv1electra.BlindedBeaconBlock)
		if err := p.blinded.UnmarshalSSZ(b[1:]); err != nil {
			return nil, fmt.Errorf("decode blinded block: %w", err)
		}
		if p.blinded.Body == nil || p.blinded.Body.ExecutionPayloadHeader == nil {
			return nil, errors.New("decode blinded block: incomplete block")
		}
	default:
		return nil, fmt.Errorf("decode proposal: unknown form %d", b[0])
	}
	return &p, nil
}

func (p *proposal) header() blockHeader {
	if p.blinded != nil {
		b := p.blinded
		return blockHeader{b.Slot, b.ProposerIndex, b.ParentRoot, b.Body.RANDAOReveal, b.Body.ExecutionPayloadHeader.FeeRecipient}
	}
	b := p.full.Block
	return blockHeader{b.Slot, b.ProposerIndex, b.ParentRoot, b.Body.RANDAOReveal, b.Body.ExecutionPayload.FeeRecipient}
}

// object is what the proposer signs: the block (a blinded block has the
// same root as the full one).
func (p *proposal) object() signing.Object {
	if p.blinded != nil {
		return p.blinded
	}
	return p.full.Block
}

// signed returns the proposal with its signature, ready to publish.
func (p *proposal) signed(sig phase0.BLSSignature) *api.VersionedSignedProposal {
	if p.blinded != nil {
		return &api.VersionedSignedProposal{
			Version: spec.DataVersionElectra, Blinded: true,
			ElectraBlinded: &apiv1electra.SignedBlindedBeaconBlock{Message: p.blinded, Signature: sig},
		}
	}
	return &api.VersionedSignedProposal{
		Version: spec.DataVersionElectra,
		Electra: &apiv1electra.SignedBlockContents{
			SignedBlock: &electra.SignedBeaconBlock{Message: p.full.Block, Signature: sig},
			KZGProofs:   p.full.KZGProofs,
			Blobs:       p.full.Blobs,
		},
	}
}
