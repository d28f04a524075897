package keystore

import (
	"fmt"
	"math/bits"

	"github.com/keystake/keystake/tbls"
)

// Bounds on what a keystore may ask of Decrypt. A keystore is untrusted
// input: its KDF parameters decide how much memory and CPU decryption
// takes, so they are bounded well above every value in use (the EIP and all
// known tools use scrypt n=2^18, r=8, p=1 and pbkdf2 c=2^18) but far below
// what would exhaust a node.
const (
	// MaxScryptMemory bounds scrypt's working memory, 128*n*r bytes:
	// 512 MiB, twice the standard parameters.
	MaxScryptMemory = 512 << 20
	// MaxScryptWork bounds n*r*p, scrypt's running time: 8 times the
	// standard parameters (a few seconds).
	MaxScryptWork = 1 << 24
	// MaxPBKDF2Iterations bounds pbkdf2's c: 16 times the standard value.
	MaxPBKDF2Iterations = 1 << 22
	// MinDKLen and MaxDKLen bound dklen. EIP-2335 needs 32 bytes (16 for
	// the AES key, 16 for the checksum); larger values only add cost.
	MinDKLen = 32
	MaxDKLen = 64
	// MinSaltLength and MaxSaltLength bound the KDF salt (tools write 32).
	MinSaltLength = 16
	MaxSaltLength = 256
	// IVLength is the AES-128-CTR initial counter block length.
	IVLength = 16
	// ChecksumLength is the SHA-256 digest length.
	ChecksumLength = 32
	// MaxSecretLength bounds the encrypted secret. A BLS secret key is 32
	// bytes; EIP-2335 allows other secrets when pubkey is empty.
	MaxSecretLength = 1024
)

// limits are the KDF cost bounds one decryption accepts. Production code
// uses defaultLimits; the fuzz target uses far smaller ones.
type limits struct {
	scryptMemory int64 // 128*n*r
	scryptWork   int64 // n*r*p
	pbkdf2Iter   int64 // c
}

var defaultLimits = limits{
	scryptMemory: MaxScryptMemory,
	scryptWork:   MaxScryptWork,
	pbkdf2Iter:   MaxPBKDF2Iterations,
}

// kdfSpec is a validated KDF module.
type kdfSpec struct {
	function string
	n, r, p  int // scrypt
	c        int // pbkdf2
	dkLen    int
	salt     []byte
}

// decoded is the validated binary form of a keystore.
type decoded struct {
	kdf       kdfSpec
	iv        []byte
	cipherMsg []byte
	checksum  []byte
	pubkey    []byte // nil when the pubkey field is empty
}

// Validate checks k without a password: version 4, supported functions,
// KDF parameters within the bounds above (scrypt n a power of two), hex
// fields well formed with the right lengths, a well-formed UUID, and a
// pubkey of 48 bytes if present. Errors wrap ErrInvalid or ErrUnsupported.
func (k *Keystore) Validate() error {
	_, err := k.decode(defaultLimits)
	return err
}

func (k *Keystore) decode(lim limits) (*decoded, error) {
	if k.Version != Version {
		return nil, fmt.Errorf("%w: version %d, want %d", ErrInvalid, k.Version, Version)
	}
	if err := checkUUID(k.UUID); err != nil {
		return nil, err
	}
	kdf, err := decodeKDF(&k.Crypto.KDF, lim)
	if err != nil {
		return nil, err
	}
	d := &decoded{kdf: *kdf}
	if d.checksum, err = decodeChecksum(&k.Crypto.Checksum); err != nil {
		return nil, err
	}
	if d.iv, d.cipherMsg, err = decodeCipher(&k.Crypto.Cipher); err != nil {
		return nil, err
	}
	if k.Pubkey != "" {
		if d.pubkey, err = decodeHex("pubkey", k.Pubkey, tbls.PublicKeyLength, tbls.PublicKeyLength); err != nil {
			return nil, err
		}
		if len(d.cipherMsg) != tbls.SecretKeyLength {
			return nil, fmt.Errorf("%w: crypto.cipher.message is %d bytes, a BLS secret key (pubkey is set) is %d",
				ErrInvalid, len(d.cipherMsg), tbls.SecretKeyLength)
		}
	}
	return d, nil
}

func decodeKDF(m *KDFModule, lim limits) (*kdfSpec, error) {
	p := m.Params
	spec := &kdfSpec{function: m.Function, dkLen: p.DKLen}
	switch m.Function {
	case KDFScrypt:
		if err := checkScrypt(p.N, p.R, p.P, lim); err != nil {
			return nil, err
		}
		spec.n, spec.r, spec.p = p.N, p.R, p.P
	case KDFPBKDF2:
		if err := checkPBKDF2(p.C, p.PRF, lim); err != nil {
			return nil, err
		}
		spec.c = p.C
	case "":
		return nil, fmt.Errorf("%w: crypto.kdf.function is missing", ErrInvalid)
	default:
		return nil, fmt.Errorf("%w: kdf %s (want %q or %q)", ErrUnsupported, quote(m.Function), KDFScrypt, KDFPBKDF2)
	}
	if p.DKLen < MinDKLen || p.DKLen > MaxDKLen {
		return nil, fmt.Errorf("%w: kdf dklen %d, want %d to %d", ErrInvalid, p.DKLen, MinDKLen, MaxDKLen)
	}
	salt, err := decodeHex("crypto.kdf.params.salt", p.Salt, MinSaltLength, MaxSaltLength)
	if err != nil {
		return nil, err
	}
	spec.salt = salt
	return spec, nil
}

// checkScrypt enforces n a power of two >= 2, r, p >= 1, and the memory and
// work bounds of lim. Products are computed without overflow.
func checkScrypt(n, r, p int, lim limits) error {
	if n < 2 || n&(n-1) != 0 {
		return fmt.Errorf("%w: scrypt n %d is not a power of two >= 2", ErrInvalid, n)
	}
	if r < 1 || p < 1 {
		return fmt.Errorf("%w: scrypt r %d and p %d must be >= 1", ErrInvalid, r, p)
	}
	nr, ok := mulBounded(int64(n), int64(r), lim.scryptMemory/128)
	if !ok {
		return fmt.Errorf("%w: scrypt n*r = %d*%d needs more than %d bytes of memory", ErrInvalid, n, r, lim.scryptMemory)
	}
	if _, ok := mulBounded(nr, int64(p), lim.scryptWork); !ok {
		return fmt.Errorf("%w: scrypt n*r*p = %d*%d*%d exceeds the work bound %d", ErrInvalid, n, r, p, lim.scryptWork)
	}
	return nil
}

func checkPBKDF2(c int, prf string, lim limits) error {
	if prf != PRFHMACSHA256 {
		return fmt.Errorf("%w: pbkdf2 prf %s (want %q)", ErrUnsupported, quote(prf), PRFHMACSHA256)
	}
	if c < 1 || int64(c) > lim.pbkdf2Iter {
		return fmt.Errorf("%w: pbkdf2 c %d, want 1 to %d", ErrInvalid, c, lim.pbkdf2Iter)
	}
	return nil
}

// mulBounded returns a*b and whether it is at most bound (a, b >= 0).
func mulBounded(a, b, bound int64) (int64, bool) {
	hi, lo := bits.Mul64(uint64(a), uint64(b))
	if hi != 0 || lo > uint64(bound) {
		return 0, false
	}
	return int64(lo), true
}

func decodeChecksum(m *ChecksumModule) ([]byte, error) {
	if m.Function != ChecksumSHA256 {
		if m.Function == "" {
			return nil, fmt.Errorf("%w: crypto.checksum.function is missing", ErrInvalid)
		}
		return nil, fmt.Errorf("%w: checksum %s (want %q)", ErrUnsupported, quote(m.Function), ChecksumSHA256)
	}
	return decodeHex("crypto.checksum.message", m.Message, ChecksumLength, ChecksumLength)
}

func decodeCipher(m *CipherModule) (iv, msg []byte, err error) {
	if m.Function != CipherAES128 {
		if m.Function == "" {
			return nil, nil, fmt.Errorf("%w: crypto.cipher.function is missing", ErrInvalid)
		}
		return nil, nil, fmt.Errorf("%w: cipher %s (want %q)", ErrUnsupported, quote(m.Function), CipherAES128)
	}
	if iv, err = decodeHex("crypto.cipher.params.iv", m.Params.IV, IVLength, IVLength); err != nil {
		return nil, nil, err
	}
	if msg, err = decodeHex("crypto.cipher.message", m.Message, 1, MaxSecretLength); err != nil {
		return nil, nil, err
	}
	return iv, msg, nil
}

// checkUUID accepts the RFC 4122 text form 8-4-4-4-12 hex digits (any
// version, either case).
func checkUUID(s string) error {
	if !isUUID(s) {
		return fmt.Errorf("%w: uuid %s is not of the form xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx", ErrInvalid, quote(s))
	}
	return nil
}

func isUUID(s string) bool {
	if len(s) != 36 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if i == 8 || i == 13 || i == 18 || i == 23 {
			if s[i] != '-' {
				return false
			}
		} else if !isHexDigit(s[i]) {
			return false
		}
	}
	return true
}

func isHexDigit(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}
