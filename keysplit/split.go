// Package keysplit turns one validator key into threshold shares for the
// operators of a cluster, and t shares back into the key for emergencies.
//
// Split produces, in memory, everything `keystake keys split` writes:
// cluster.json and per operator i either an EIP-2335 keystore of the share
// (share-<i>.json) with its random password (share-<i>.password), or the
// share sealed to the operator's HPKE key (share-<i>.hpke.json). The caller
// writes the files; nothing here touches the disk.
package keysplit

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"

	"github.com/keystake/keystake/atomicfile"
	"github.com/keystake/keystake/cluster"
	"github.com/keystake/keystake/keystore"
	"github.com/keystake/keystake/tbls"
)

// Request describes a split.
type Request struct {
	// Name is the cluster's name.
	Name string
	// Network the validator is on.
	Network cluster.Network
	// Operators lists the n operators with indices 1..n.
	Operators []cluster.Operator
	// Threshold is t, the number of shares that can sign.
	Threshold int
	// Seal, when set, encrypts each share to its operator's EncryptionKey
	// with HPKE instead of writing a keystore and password.
	Seal bool
	// WithdrawalCredentials (32 bytes) when known, else nil.
	WithdrawalCredentials []byte
	// FeeRecipient is the execution address (20 bytes) for block rewards.
	FeeRecipient []byte
	// KeystoreOptions are passed to keystore.Encrypt for share keystores.
	KeystoreOptions []keystore.Option
}

// File is one output file: a plain name inside the output directory.
type File = atomicfile.File

// ClusterFile is the name of the cluster definition in the output.
const ClusterFile = "cluster.json"

// Split splits secret into shares for req.Operators and returns the
// finalized cluster definition and the files to write. Before returning it
// checks every share against the polynomial commitments, that the shares
// recover the original public key, and that a signature recovered from the
// shares verifies under it.
func Split(secret *tbls.SecretKey, req Request) (*cluster.Definition, []File, error) {
	return SplitAll([]*tbls.SecretKey{secret}, req)
}

// SplitAll is Split for a cluster of several validators. With more than one
// validator, operator i's share of validator v (1-based, in the order given)
// is written to share-<i>-<v>.json (or .hpke.json).
func SplitAll(secrets []*tbls.SecretKey, req Request) (*cluster.Definition, []File, error) {
	n := len(req.Operators)
	if err := cluster.ValidateThreshold(n, req.Threshold); err != nil {
		return nil, nil, err
	}
	if len(secrets) == 0 {
		return nil, nil, errors.New("no validator keys to split")
	}
	if req.Seal {
		for _, op := range req.Operators {
			if len(op.EncryptionKey) == 0 {
				return nil, nil, fmt.Errorf("operator %d (%s) has no encryption public key to seal its share to", op.Index, op.ID)
			}
		}
	}
	def := &cluster.Definition{Name: req.Name, Network: req.Network, Threshold: req.Threshold, Operators: req.Operators}
	var files []File
	for v, secret := range secrets {
		val, vfiles, err := splitOne(secret, req, v+1, len(secrets) > 1)
		if err != nil {
			return nil, nil, fmt.Errorf("validator %d: %w", v+1, err)
		}
		def.Validators = append(def.Validators, val)
		files = append(files, vfiles...)
	}
	if err := def.Finalize(); err != nil {
		return nil, nil, fmt.Errorf("build cluster definition: %w", err)
	}
	data, err := def.Marshal()
	if err != nil {
		return nil, nil, err
	}
	return def, append([]File{{Name: ClusterFile, Data: data, Mode: 0o644}}, files...), nil
}

// splitOne splits one validator key and encrypts its shares.
func splitOne(secret *tbls.SecretKey, req Request, v int, numbered bool) (cluster.Validator, []File, error) {
	split, err := tbls.SplitSecret(secret, len(req.Operators), req.Threshold)
	if err != nil {
		return cluster.Validator{}, nil, fmt.Errorf("split key: %w", err)
	}
	defer split.Zero()
	pubkey := secret.PublicKey()
	if err := checkSplit(pubkey, split); err != nil {
		return cluster.Validator{}, nil, err
	}
	if !numbered {
		v = 0
	}
	files, err := shareFiles(req, pubkey, split, v)
	if err != nil {
		return cluster.Validator{}, nil, err
	}
	return validatorEntry(req, pubkey, split), files, nil
}

// checkSplit verifies each share against the commitments and that the
// shares work: the first t recover the public key, and the last t sign a
// test message whose recovered signature verifies under it.
func checkSplit(pubkey tbls.PublicKey, s *tbls.Split) error {
	n, t := len(s.Shares), s.Threshold
	for i := 1; i <= n; i++ {
		if err := tbls.VerifyShare(i, s.Shares[i], s.Commitments); err != nil {
			return fmt.Errorf("check share %d: %w", i, err)
		}
	}
	first := make(map[int]tbls.PublicKey, t)
	for i := 1; i <= t; i++ {
		first[i] = s.PublicShares[i]
	}
	got, err := tbls.RecoverPublicKey(first)
	if err != nil {
		return fmt.Errorf("recover public key from shares: %w", err)
	}
	if got != pubkey {
		return errors.New("check split: shares do not recover the validator public key")
	}
	msg := []byte("keystake split self-test")
	partials := make(map[int]tbls.Signature, t)
	for i := n - t + 1; i <= n; i++ {
		partials[i] = s.Shares[i].Sign(msg)
	}
	sig, err := tbls.RecoverSignature(partials)
	if err != nil {
		return fmt.Errorf("recover test signature: %w", err)
	}
	if err := tbls.Verify(pubkey, msg, sig); err != nil {
		return fmt.Errorf("check split: signature recovered from shares: %w", err)
	}
	return nil
}

func validatorEntry(req Request, pubkey tbls.PublicKey, s *tbls.Split) cluster.Validator {
	v := cluster.Validator{
		PublicKey:             cluster.Bytes(pubkey[:]),
		WithdrawalCredentials: req.WithdrawalCredentials,
		FeeRecipient:          req.FeeRecipient,
	}
	for i := 1; i <= len(req.Operators); i++ {
		ps := s.PublicShares[i]
		v.PublicShares = append(v.PublicShares, cluster.Bytes(ps[:]))
	}
	return v
}

// shareFiles encrypts each share, as a keystore with a random password or
// sealed to its operator. v numbers the files of validator v; 0 leaves them
// unnumbered.
func shareFiles(req Request, pubkey tbls.PublicKey, s *tbls.Split, v int) ([]File, error) {
	var files []File
	for _, op := range req.Operators {
		i := op.Index
		if req.Seal {
			sealed, err := SealShare(op.EncryptionKey, pubkey, i, s.Shares[i])
			if err != nil {
				return nil, fmt.Errorf("seal share %d: %w", i, err)
			}
			data, err := sealed.Marshal()
			if err != nil {
				return nil, err
			}
			files = append(files, File{Name: numberedName(SealedShareFile(i), v), Data: data, Mode: 0o600})
			continue
		}
		ksFile, pwFile, err := shareKeystore(req, pubkey, i, s.Shares[i])
		if err != nil {
			return nil, fmt.Errorf("encrypt share %d: %w", i, err)
		}
		ksFile.Name, pwFile.Name = numberedName(ksFile.Name, v), numberedName(pwFile.Name, v)
		files = append(files, ksFile, pwFile)
	}
	return files, nil
}

// numberedName turns share-<i>.ext into share-<i>-<v>.ext when v > 0.
func numberedName(name string, v int) string {
	if v == 0 {
		return name
	}
	base, ext, _ := strings.Cut(name, ".")
	return fmt.Sprintf("%s-%d.%s", base, v, ext)
}

func shareKeystore(req Request, pubkey tbls.PublicKey, i int, share *tbls.SecretKey) (File, File, error) {
	password, err := randomPassword()
	if err != nil {
		return File{}, File{}, err
	}
	secret := share.Bytes()
	defer clear(secret)
	desc := fmt.Sprintf("KeyStake share %d of %d (threshold %d) of validator %s", i, len(req.Operators), req.Threshold, pubkey)
	opts := append([]keystore.Option{keystore.WithDescription(desc)}, req.KeystoreOptions...)
	ks, err := keystore.Encrypt(secret, password, opts...)
	if err != nil {
		return File{}, File{}, err
	}
	data, err := ks.Marshal()
	if err != nil {
		return File{}, File{}, err
	}
	return File{Name: ShareFile(i), Data: data, Mode: 0o600},
		File{Name: PasswordFile(i), Data: []byte(password + "\n"), Mode: 0o600}, nil
}

// randomPassword returns 256 random bits as 64 hex characters.
func randomPassword() (string, error) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return "", fmt.Errorf("generate password: %w", err)
	}
	return hex.EncodeToString(b), nil
}

// ShareFile, PasswordFile and SealedShareFile name operator i's outputs.
func ShareFile(i int) string       { return fmt.Sprintf("share-%d.json", i) }
func PasswordFile(i int) string    { return fmt.Sprintf("share-%d.password", i) }
func SealedShareFile(i int) string { return fmt.Sprintf("share-%d.hpke.json", i) }
