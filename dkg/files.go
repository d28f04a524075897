package dkg

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"time"

	"github.com/keystake/keystake/atomicfile"
	"github.com/keystake/keystake/deposit"
	"github.com/keystake/keystake/keystore"
)

// ClusterFile is the name of the cluster definition among the outputs.
const ClusterFile = "cluster.json"

// ShareFile and PasswordFile name operator i's keystore of validator v's
// share (v counted from 1) and its password, as `keystake keys split`
// names them for a cluster of several validators.
func ShareFile(i, v int) string    { return fmt.Sprintf("share-%d-%d.json", i, v) }
func PasswordFile(i, v int) string { return fmt.Sprintf("share-%d-%d.password", i, v) }

// Files returns this operator's outputs: cluster.json, one EIP-2335
// keystore per share with a random password file, and the deposit data
// file named for now (none after a resharing). The caller writes them together (atomicfile.Stage).
func (r *Result) Files(now time.Time, opts ...keystore.Option) ([]atomicfile.File, error) {
	files := []atomicfile.File{{Name: ClusterFile, Data: r.ClusterJSON, Mode: 0o644}}
	n, t := len(r.Cluster.Operators), r.Cluster.Threshold
	for v, share := range r.Shares {
		password, err := randomPassword()
		if err != nil {
			return nil, err
		}
		pk := r.Cluster.Validators[v].PublicKey
		desc := fmt.Sprintf("KeyStake share %d of %d (threshold %d) of validator %s", r.Index, n, t, pk)
		secret := share.Bytes()
		ks, err := keystore.Encrypt(secret, password, append([]keystore.Option{keystore.WithDescription(desc)}, opts...)...)
		clear(secret)
		if err != nil {
			return nil, fmt.Errorf("encrypt share of validator %d: %w", v+1, err)
		}
		data, err := ks.Marshal()
		if err != nil {
			return nil, err
		}
		files = append(files,
			atomicfile.File{Name: ShareFile(r.Index, v+1), Data: data, Mode: 0o600},
			atomicfile.File{Name: PasswordFile(r.Index, v+1), Data: []byte(password + "\n"), Mode: 0o600})
	}
	if len(r.Deposits) == 0 {
		return files, nil
	}
	deposits, err := deposit.Marshal(r.Deposits)
	if err != nil {
		return nil, err
	}
	return append(files, atomicfile.File{Name: deposit.FileName(now), Data: deposits, Mode: deposit.FileMode}), nil
}

// randomPassword returns 256 random bits as 64 hex characters.
func randomPassword() (string, error) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return "", fmt.Errorf("generate password: %w", err)
	}
	return hex.EncodeToString(b), nil
}
