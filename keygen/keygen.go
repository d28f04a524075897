// Package keygen creates validator keys from a BIP-39 mnemonic the way the
// staking deposit tools do: signing keys at EIP-2334 paths
// m/12381/3600/i/0/0, an EIP-2335 keystore for each, and one launchpad
// deposit data file for all of them.
package keygen

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/keystake/keystake/atomicfile"
	"github.com/keystake/keystake/deposit"
	"github.com/keystake/keystake/hdkey"
	"github.com/keystake/keystake/keystore"
)

// MaxCount bounds the number of validators made in one run.
const MaxCount = 1000

// Request describes the validators to create.
type Request struct {
	// Seed is the BIP-39 seed of the mnemonic.
	Seed []byte
	// Start is the first validator index i; Count how many to create.
	Start, Count uint32
	// Password encrypts every keystore.
	Password string
	// Network the deposits are for.
	Network deposit.Network
	// WithdrawalCredentials, when nil, are BLS (0x00) credentials of the
	// withdrawal key m/12381/3600/i/0 of each validator.
	WithdrawalCredentials *[32]byte
	// AmountGwei is each deposit's amount.
	AmountGwei uint64
	// KeystoreOptions are passed to keystore.Encrypt.
	KeystoreOptions []keystore.Option
	// Now names the files.
	Now time.Time
}

// Generate derives the keys and returns the keystore files and the deposit
// data file, in that order, and the deposits.
func Generate(req Request) ([]atomicfile.File, []*deposit.Data, error) {
	if req.Count == 0 || req.Count > MaxCount {
		return nil, nil, fmt.Errorf("number of validators %d: must be 1..%d", req.Count, MaxCount)
	}
	if uint64(req.Start)+uint64(req.Count) > 1<<31 {
		return nil, nil, errors.New("validator indices past 2^31 are not supported")
	}
	var files []atomicfile.File
	var deposits []*deposit.Data
	for i := req.Start; i < req.Start+req.Count; i++ {
		f, d, err := validator(req, i)
		if err != nil {
			return nil, nil, fmt.Errorf("validator %d: %w", i, err)
		}
		files = append(files, f)
		deposits = append(deposits, d)
	}
	data, err := deposit.Marshal(deposits)
	if err != nil {
		return nil, nil, err
	}
	files = append(files, atomicfile.File{Name: deposit.FileName(req.Now), Data: data, Mode: deposit.FileMode})
	return files, deposits, nil
}

// validator derives validator i's key, encrypts it and signs its deposit.
func validator(req Request, i uint32) (atomicfile.File, *deposit.Data, error) {
	path := hdkey.SigningKeyPath(i)
	sk, err := hdkey.DerivePath(req.Seed, path)
	if err != nil {
		return atomicfile.File{}, nil, fmt.Errorf("derive signing key: %w", err)
	}
	defer sk.Zero()
	wc, err := withdrawalCredentials(req, i)
	if err != nil {
		return atomicfile.File{}, nil, err
	}
	d, err := deposit.Sign(sk, wc, req.AmountGwei, req.Network)
	if err != nil {
		return atomicfile.File{}, nil, fmt.Errorf("sign deposit: %w", err)
	}
	secret := sk.Bytes()
	defer clear(secret)
	ks, err := keystore.Encrypt(secret, req.Password, append([]keystore.Option{keystore.WithPath(path)}, req.KeystoreOptions...)...)
	if err != nil {
		return atomicfile.File{}, nil, fmt.Errorf("encrypt keystore: %w", err)
	}
	data, err := ks.Marshal()
	if err != nil {
		return atomicfile.File{}, nil, err
	}
	return atomicfile.File{Name: KeystoreFileName(path, req.Now), Data: data, Mode: 0o600}, d, nil
}

func withdrawalCredentials(req Request, i uint32) ([32]byte, error) {
	if req.WithdrawalCredentials != nil {
		return *req.WithdrawalCredentials, nil
	}
	wk, err := hdkey.DerivePath(req.Seed, hdkey.WithdrawalKeyPath(i))
	if err != nil {
		return [32]byte{}, fmt.Errorf("derive withdrawal key: %w", err)
	}
	defer wk.Zero()
	return deposit.BLSWithdrawalCredentials(wk.PublicKey())
}

// KeystoreFileName is the deposit tools' name for the keystore of the key at
// path: keystore-m_12381_3600_0_0_0-<unix seconds>.json.
func KeystoreFileName(path string, now time.Time) string {
	return fmt.Sprintf("keystore-%s-%d.json", strings.ReplaceAll(path, "/", "_"), now.Unix())
}
