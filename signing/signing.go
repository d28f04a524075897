// Package signing computes what a validator signs: domains and signing
// roots as the consensus specification defines them (compute_domain,
// compute_signing_root), over go-eth2-client's SSZ types.
package signing

import (
	"encoding/binary"
	"fmt"

	"github.com/attestantio/go-eth2-client/spec/phase0"
)

// Domain types of the duties (consensus specs, phase0 and later).
var (
	DomainBeaconProposer    = phase0.DomainType{0x00, 0x00, 0x00, 0x00}
	DomainBeaconAttester    = phase0.DomainType{0x01, 0x00, 0x00, 0x00}
	DomainRandao            = phase0.DomainType{0x02, 0x00, 0x00, 0x00}
	DomainDeposit           = phase0.DomainType{0x03, 0x00, 0x00, 0x00}
	DomainVoluntaryExit     = phase0.DomainType{0x04, 0x00, 0x00, 0x00}
	DomainSelectionProof    = phase0.DomainType{0x05, 0x00, 0x00, 0x00}
	DomainAggregateAndProof = phase0.DomainType{0x06, 0x00, 0x00, 0x00}
	// Altair and later.
	DomainSyncCommittee               = phase0.DomainType{0x07, 0x00, 0x00, 0x00}
	DomainSyncCommitteeSelectionProof = phase0.DomainType{0x08, 0x00, 0x00, 0x00}
	DomainContributionAndProof        = phase0.DomainType{0x09, 0x00, 0x00, 0x00}
	// DomainApplicationBuilder signs builder (MEV-boost) registrations.
	DomainApplicationBuilder = phase0.DomainType{0x00, 0x00, 0x00, 0x01}
)

// Domain returns compute_domain(domainType, forkVersion,
// genesisValidatorsRoot).
func Domain(domainType phase0.DomainType, forkVersion phase0.Version, genesisValidatorsRoot phase0.Root) (phase0.Domain, error) {
	fd := phase0.ForkData{CurrentVersion: forkVersion, GenesisValidatorsRoot: genesisValidatorsRoot}
	root, err := fd.HashTreeRoot()
	if err != nil {
		return phase0.Domain{}, fmt.Errorf("hash fork data: %w", err)
	}
	var d phase0.Domain
	copy(d[:4], domainType[:])
	copy(d[4:], root[:28])
	return d, nil
}

// Object is an SSZ container a validator signs.
type Object interface {
	HashTreeRoot() ([32]byte, error)
}

// Root returns compute_signing_root(obj, domain).
func Root(obj Object, domain phase0.Domain) (phase0.Root, error) {
	objRoot, err := obj.HashTreeRoot()
	if err != nil {
		return phase0.Root{}, fmt.Errorf("hash signed object: %w", err)
	}
	sd := phase0.SigningData{ObjectRoot: objRoot, Domain: domain}
	root, err := sd.HashTreeRoot()
	if err != nil {
		return phase0.Root{}, fmt.Errorf("hash signing data: %w", err)
	}
	return root, nil
}

// Uint64 is an SSZ uint64 as a signed object: the RANDAO reveal signs the
// epoch this way.
type Uint64 uint64

// HashTreeRoot returns the SSZ root of a uint64: its little-endian bytes,
// zero-padded to 32.
func (u Uint64) HashTreeRoot() ([32]byte, error) {
	var r [32]byte
	binary.LittleEndian.PutUint64(r[:8], uint64(u))
	return r, nil
}
