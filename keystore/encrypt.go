package keystore

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"io"

	"github.com/keystake/keystake/tbls"
)

// Standard KDF parameters written by default, as in EIP-2335's test vectors
// and staking-deposit-cli.
const (
	DefaultScryptN      = 1 << 18
	DefaultScryptR      = 8
	DefaultScryptP      = 1
	DefaultPBKDF2C      = 1 << 18
	DefaultDKLen        = 32
	DefaultSaltLength   = 32
	defaultUUIDByteSize = 16
)

// Option configures Encrypt.
type Option func(*options)

type options struct {
	kdf         string
	n, r, p     int
	c           int
	path        string
	description string
	rand        io.Reader
	notBLS      bool
}

// WithPBKDF2 selects PBKDF2-HMAC-SHA256 with the standard c = 2^18 instead
// of the default scrypt.
func WithPBKDF2() Option {
	return WithPBKDF2Params(DefaultPBKDF2C)
}

// WithPBKDF2Params selects PBKDF2-HMAC-SHA256 with c iterations. Values
// below the standard weaken the keystore: use them only in tests.
func WithPBKDF2Params(c int) Option {
	return func(o *options) { o.kdf, o.c = KDFPBKDF2, c }
}

// WithScryptParams selects scrypt with cost n (a power of two), block size r
// and parallelism p. Values below the standard (2^18, 8, 1) weaken the
// keystore: use them only in tests.
func WithScryptParams(n, r, p int) Option {
	return func(o *options) { o.kdf, o.n, o.r, o.p = KDFScrypt, n, r, p }
}

// WithPath records the EIP-2334 derivation path of the key (e.g.
// "m/12381/3600/0/0/0"). It is stored verbatim.
func WithPath(path string) Option {
	return func(o *options) { o.path = path }
}

// WithDescription sets the optional human-readable description.
func WithDescription(description string) Option {
	return func(o *options) { o.description = description }
}

// WithNonBLSSecret stores a secret that is not a BLS12-381 key, such as an
// operator's ed25519 identity or X25519 encryption key, as EIP-2335 allows:
// the pubkey field is left empty and the secret is not checked against it.
func WithNonBLSSecret() Option {
	return func(o *options) { o.notBLS = true }
}

// WithRandom replaces crypto/rand as the source of the salt, IV and UUID,
// read in that order (32, 16 and 16 bytes). It exists to reproduce known
// vectors in tests; production code must not use it.
func WithRandom(r io.Reader) Option {
	return func(o *options) { o.rand = r }
}

// Encrypt creates a keystore holding secret, a 32-byte BLS12-381 secret key,
// encrypted under password. By default it uses scrypt with n=2^18, r=8, p=1,
// dklen=32, a random 32-byte salt, AES-128-CTR with a random 16-byte IV, a
// SHA-256 checksum, and a random version 4 UUID; pubkey is set from the
// secret. The password is normalised as EIP-2335 requires (see
// NormalizePassword) and must not be empty after normalisation. secret is
// not retained or modified.
func Encrypt(secret []byte, password string, opts ...Option) (*Keystore, error) {
	o := defaultOptions()
	for _, opt := range opts {
		opt(&o)
	}
	k, err := encrypt(secret, password, &o)
	if err != nil {
		return nil, fmt.Errorf("encrypt keystore: %w", err)
	}
	return k, nil
}

// defaultOptions are the EIP-2335 standard: scrypt n=2^18, r=8, p=1.
func defaultOptions() options {
	return options{kdf: KDFScrypt, n: DefaultScryptN, r: DefaultScryptR, p: DefaultScryptP, rand: rand.Reader}
}

func encrypt(secret []byte, password string, o *options) (*Keystore, error) {
	pubkeyHex := ""
	if !o.notBLS {
		pubkey, err := publicKeyOf(secret)
		if err != nil {
			return nil, err
		}
		pubkeyHex = hex.EncodeToString(pubkey[:])
	}
	spec, err := o.kdfSpec()
	if err != nil {
		return nil, err
	}
	iv, uuid, err := o.randomIVAndUUID()
	if err != nil {
		return nil, err
	}
	cipherMsg, sum, err := seal(secret, password, spec, iv)
	if err != nil {
		return nil, err
	}
	k := &Keystore{
		Crypto: Crypto{
			KDF:      kdfModule(spec),
			Checksum: ChecksumModule{Function: ChecksumSHA256, Message: hex.EncodeToString(sum)},
			Cipher: CipherModule{
				Function: CipherAES128,
				Params:   CipherParams{IV: hex.EncodeToString(iv)},
				Message:  hex.EncodeToString(cipherMsg),
			},
		},
		Description: o.description,
		Pubkey:      pubkeyHex,
		Path:        o.path,
		UUID:        uuid,
		Version:     Version,
	}
	// Never hand out a keystore that Decrypt would refuse.
	if err := k.Validate(); err != nil {
		return nil, err
	}
	return k, nil
}

// publicKeyOf checks that secret is a BLS secret key and returns its
// public key.
func publicKeyOf(secret []byte) (tbls.PublicKey, error) {
	sk, err := tbls.SecretKeyFromBytes(secret)
	if err != nil {
		return tbls.PublicKey{}, fmt.Errorf("secret is not a BLS12-381 secret key: %w", err)
	}
	defer sk.Zero()
	return sk.PublicKey(), nil
}

// kdfSpec builds the KDF parameters, reads the salt, and checks the
// parameters against the bounds Decrypt enforces.
func (o *options) kdfSpec() (*kdfSpec, error) {
	spec := &kdfSpec{function: o.kdf, dkLen: DefaultDKLen, salt: make([]byte, DefaultSaltLength)}
	var err error
	switch o.kdf {
	case KDFScrypt:
		spec.n, spec.r, spec.p = o.n, o.r, o.p
		err = checkScrypt(o.n, o.r, o.p, defaultLimits)
	case KDFPBKDF2:
		spec.c = o.c
		err = checkPBKDF2(o.c, PRFHMACSHA256, defaultLimits)
	}
	if err != nil {
		return nil, err
	}
	if _, err := io.ReadFull(o.rand, spec.salt); err != nil {
		return nil, fmt.Errorf("generate salt: %w", err)
	}
	return spec, nil
}

// randomIVAndUUID reads the IV and a version 4 UUID (after the salt).
func (o *options) randomIVAndUUID() (iv []byte, uuid string, err error) {
	iv = make([]byte, IVLength)
	if _, err := io.ReadFull(o.rand, iv); err != nil {
		return nil, "", fmt.Errorf("generate iv: %w", err)
	}
	u := make([]byte, defaultUUIDByteSize)
	if _, err := io.ReadFull(o.rand, u); err != nil {
		return nil, "", fmt.Errorf("generate uuid: %w", err)
	}
	return iv, formatUUIDv4(u), nil
}

// formatUUIDv4 sets the RFC 4122 version (4) and variant (10) bits of u and
// formats it as 8-4-4-4-12 lowercase hex.
func formatUUIDv4(u []byte) string {
	u[6] = u[6]&0x0f | 0x40
	u[8] = u[8]&0x3f | 0x80
	h := hex.EncodeToString(u)
	return h[0:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:32]
}

// seal derives the decryption key, encrypts secret and computes the
// checksum, zeroing the key and normalised password.
func seal(secret []byte, password string, spec *kdfSpec, iv []byte) (cipherMsg, sum []byte, err error) {
	pw, err := NormalizePassword(password)
	if err != nil {
		return nil, nil, err
	}
	defer zero(pw)
	if len(pw) == 0 {
		return nil, nil, ErrEmptyPassword
	}
	dk, err := deriveKey(pw, spec)
	if err != nil {
		return nil, nil, fmt.Errorf("derive decryption key: %w", err)
	}
	defer zero(dk)
	if cipherMsg, err = aes128CTR(dk, iv, secret); err != nil {
		return nil, nil, err
	}
	s := checksum(dk, cipherMsg)
	return cipherMsg, s[:], nil
}

func kdfModule(spec *kdfSpec) KDFModule {
	params := KDFParams{DKLen: spec.dkLen, Salt: hex.EncodeToString(spec.salt)}
	if spec.function == KDFScrypt {
		params.N, params.R, params.P = spec.n, spec.r, spec.p
	} else {
		params.C, params.PRF = spec.c, PRFHMACSHA256
	}
	return KDFModule{Function: spec.function, Params: params, Message: ""}
}
