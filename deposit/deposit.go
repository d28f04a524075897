// Package deposit builds, writes, reads and checks launchpad-compatible
// deposit data: the deposit_data-<unix time>.json files produced by the
// staking-deposit-cli and ethstaker-deposit-cli and uploaded to the staking
// launchpad.
//
// A file is a JSON array of objects with, in this order: pubkey,
// withdrawal_credentials, amount (a JSON number, Gwei), signature,
// deposit_message_root, deposit_data_root, fork_version, network_name and
// deposit_cli_version. Byte fields are lower-case hex without a 0x prefix.
//
// Roots are computed here by hand (SSZ hash_tree_root of DepositMessage,
// DepositData, ForkData and SigningData) and the signature is checked with
// package tbls. New accepts any signing function, so a threshold cluster can
// sign the signing root with key shares and recover the group signature;
// every deposit is verified before it is returned or written.
package deposit

import (
	"errors"
	"fmt"

	"github.com/keystake/keystake/tbls"
)

// DepositCLIVersion is written as deposit_cli_version. The launchpad used
// to reject files below a minimum version (2.7.0 when the check was removed
// in staking-launchpad PR #714, January 2025); 2.7.0 satisfies every
// launchpad version with or without that check.
const DepositCLIVersion = "2.7.0"

// Data is one deposit: one entry of a deposit data file.
type Data struct {
	PublicKey             tbls.PublicKey
	WithdrawalCredentials [32]byte
	Amount                uint64 // Gwei
	Signature             tbls.Signature
	DepositMessageRoot    [32]byte
	DepositDataRoot       [32]byte
	ForkVersion           [4]byte
	NetworkName           string
	DepositCLIVersion     string
}

// SignFunc signs a 32-byte deposit signing root with the validator key,
// which may be held as threshold shares.
type SignFunc func(signingRoot [32]byte) (tbls.Signature, error)

// Sign builds the deposit of amountGwei for sk's public key with the given
// withdrawal credentials on network, signed with sk.
func Sign(sk *tbls.SecretKey, withdrawalCredentials [32]byte, amountGwei uint64, network Network) (*Data, error) {
	if sk == nil {
		return nil, errors.New("sign deposit: nil secret key")
	}
	sign := func(root [32]byte) (tbls.Signature, error) { return sk.Sign(root[:]), nil }
	return New(sk.PublicKey(), withdrawalCredentials, amountGwei, network, sign)
}

// New builds the deposit of amountGwei for pubkey with the given withdrawal
// credentials on network, asking sign for the signature over the deposit
// signing root. It checks its inputs first (valid pubkey, known credential
// prefix, amount within CheckAmount's bounds, consistent network) and
// verifies the result, signature included, before returning it.
func New(pubkey tbls.PublicKey, withdrawalCredentials [32]byte, amountGwei uint64, network Network, sign SignFunc) (*Data, error) {
	if err := checkInputs(pubkey, withdrawalCredentials, amountGwei, network); err != nil {
		return nil, fmt.Errorf("build deposit for %s: %w", short(pubkey), err)
	}
	if sign == nil {
		return nil, fmt.Errorf("build deposit for %s: nil signing function", short(pubkey))
	}
	msgRoot := DepositMessageRoot(pubkey, withdrawalCredentials, amountGwei)
	sig, err := sign(SigningRoot(msgRoot, DepositDomain(network.ForkVersion)))
	if err != nil {
		return nil, fmt.Errorf("sign deposit for %s: %w", short(pubkey), err)
	}
	d := &Data{
		PublicKey:             pubkey,
		WithdrawalCredentials: withdrawalCredentials,
		Amount:                amountGwei,
		Signature:             sig,
		DepositMessageRoot:    msgRoot,
		DepositDataRoot:       DepositDataRoot(pubkey, withdrawalCredentials, amountGwei, sig),
		ForkVersion:           network.ForkVersion,
		NetworkName:           network.Name,
		DepositCLIVersion:     DepositCLIVersion,
	}
	if err := d.Verify(network); err != nil {
		return nil, fmt.Errorf("verify new deposit: %w", err)
	}
	return d, nil
}

func checkInputs(pubkey tbls.PublicKey, wc [32]byte, amountGwei uint64, network Network) error {
	if err := network.validate(); err != nil {
		return fmt.Errorf("network: %w", err)
	}
	if err := validPubkey(pubkey); err != nil {
		return fmt.Errorf("pubkey: %w", err)
	}
	if err := CheckWithdrawalCredentials(wc); err != nil {
		return fmt.Errorf("withdrawal credentials: %w", err)
	}
	if err := CheckAmount(wc, amountGwei); err != nil {
		return fmt.Errorf("amount: %w", err)
	}
	return nil
}

// SigningRoot is the root the deposit's signature must sign: its message's
// fields (not the stored DepositMessageRoot) under its fork version.
func (d *Data) SigningRoot() [32]byte {
	return DepositSigningRoot(d.PublicKey, d.WithdrawalCredentials, d.Amount, d.ForkVersion)
}

// Verify checks the deposit on its own against network; it returns nil or
// the errors.Join of every problem found (see Verify for the checks).
func (d *Data) Verify(network Network) error {
	if d == nil {
		return errors.New("verify deposit: nil deposit")
	}
	return errors.Join(checkEntry(d, -1, &Expectations{Network: &network})...)
}
