// Package keystore reads and writes EIP-2335 BLS12-381 keystores (version 4):
// a secret encrypted with AES-128-CTR under a key derived from a password by
// scrypt or PBKDF2-HMAC-SHA256, with a SHA-256 checksum to detect a wrong
// password.
//
// Keystore mirrors the JSON document field for field, with binary values as
// lowercase hex without a 0x prefix, exactly as the EIP and other tools
// (staking-deposit-cli, ethdo, the consensus clients) write them. Parse and
// Load validate a document; Encrypt creates one; Decrypt recovers the secret.
//
// Secrets, passwords and derived keys never appear in errors. Derived keys
// and intermediate buffers are zeroed after use as far as Go allows; the
// scrypt, PBKDF2 and AES implementations keep internal copies that cannot be
// scrubbed.
package keystore

import (
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/keystake/keystake/atomicfile"
	"github.com/keystake/keystake/tbls"
)

// Version is the keystore format version of EIP-2335.
const Version = 4

// MaxFileSize bounds the size of a keystore document that Parse and Load
// accept. Real keystores are about 1 KiB.
const MaxFileSize = 1 << 20

// Function names of the EIP-2335 modules this package supports.
const (
	KDFScrypt      = "scrypt"
	KDFPBKDF2      = "pbkdf2"
	PRFHMACSHA256  = "hmac-sha256"
	ChecksumSHA256 = "sha256"
	CipherAES128   = "aes-128-ctr"
)

// Errors reported by this package; match them with errors.Is.
var (
	// ErrWrongPassword reports a password whose derived key does not match
	// the keystore's checksum.
	ErrWrongPassword = errors.New("wrong password")
	// ErrInvalid reports a malformed keystore: bad JSON, a missing or
	// out-of-range field, bad hex, a wrong length or version.
	ErrInvalid = errors.New("invalid keystore")
	// ErrUnsupported reports a kdf, prf, checksum or cipher function this
	// package does not implement.
	ErrUnsupported = errors.New("unsupported keystore function")
	// ErrPubkeyMismatch reports a decrypted secret that is not the secret
	// key of the keystore's pubkey.
	ErrPubkeyMismatch = errors.New("decrypted secret does not match the keystore pubkey")
	// ErrEmptyPassword reports an attempt to encrypt under a password that
	// is empty after normalisation.
	ErrEmptyPassword = errors.New("password is empty after normalisation")
)

// Keystore is an EIP-2335 keystore document.
type Keystore struct {
	Crypto Crypto `json:"crypto"`
	// Description is an optional, non-unique, human-readable label.
	Description string `json:"description,omitempty"`
	// Pubkey is the hex compressed BLS public key of the secret, or empty
	// when the secret is not a BLS key.
	Pubkey string `json:"pubkey"`
	// Path is the EIP-2334 derivation path of the key, or empty if unknown.
	Path string `json:"path"`
	// UUID is a random RFC 4122 UUID identifying the keystore.
	UUID    string `json:"uuid"`
	Version int    `json:"version"`
}

// Crypto holds the three EIP-2335 modules.
type Crypto struct {
	KDF      KDFModule      `json:"kdf"`
	Checksum ChecksumModule `json:"checksum"`
	Cipher   CipherModule   `json:"cipher"`
}

// KDFModule derives the decryption key from the password. Message is empty.
type KDFModule struct {
	Function string    `json:"function"`
	Params   KDFParams `json:"params"`
	Message  string    `json:"message"`
}

// KDFParams holds the parameters of both KDFs: dklen, n, p, r and salt for
// scrypt; dklen, c, prf and salt for pbkdf2. Fields of the other KDF are
// zero and omitted from the JSON.
type KDFParams struct {
	DKLen int    `json:"dklen"`
	N     int    `json:"n,omitempty"`
	P     int    `json:"p,omitempty"`
	R     int    `json:"r,omitempty"`
	C     int    `json:"c,omitempty"`
	PRF   string `json:"prf,omitempty"`
	Salt  string `json:"salt"`
}

// ChecksumModule verifies the password: Message is the hex SHA-256 of
// decryption_key[16:32] || cipher message.
type ChecksumModule struct {
	Function string         `json:"function"`
	Params   ChecksumParams `json:"params"`
	Message  string         `json:"message"`
}

// ChecksumParams is empty for sha256; it marshals as {}.
type ChecksumParams struct{}

// CipherModule holds the encrypted secret (Message) and the cipher's IV.
type CipherModule struct {
	Function string       `json:"function"`
	Params   CipherParams `json:"params"`
	Message  string       `json:"message"`
}

// CipherParams holds the hex 16-byte AES-CTR initial counter block.
type CipherParams struct {
	IV string `json:"iv"`
}

// Parse decodes and validates a keystore document (see Validate).
// Truncated or corrupt JSON, a document over MaxFileSize, and trailing data
// after the JSON object are errors wrapping ErrInvalid.
func Parse(data []byte) (*Keystore, error) {
	if len(data) > MaxFileSize {
		return nil, fmt.Errorf("parse keystore: %w: larger than %d bytes", ErrInvalid, MaxFileSize)
	}
	var k Keystore
	if err := json.Unmarshal(data, &k); err != nil {
		return nil, fmt.Errorf("parse keystore: %w: %s", ErrInvalid, describeJSONError(err))
	}
	if err := k.Validate(); err != nil {
		return nil, fmt.Errorf("parse keystore: %w", err)
	}
	return &k, nil
}

// describeJSONError explains a decoding error; truncation is the common
// failure of a keystore file cut short by a crash or a partial copy.
func describeJSONError(err error) string {
	var syntax *json.SyntaxError
	switch {
	case errors.As(err, &syntax) && strings.Contains(syntax.Error(), "unexpected end"):
		return "truncated JSON"
	case err.Error() == "unexpected end of JSON input":
		return "truncated JSON"
	case errors.As(err, &syntax):
		return fmt.Sprintf("corrupt JSON at byte %d: %v", syntax.Offset, syntax)
	default:
		return err.Error()
	}
}

// Load reads and parses the keystore file at path.
func Load(path string) (*Keystore, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("load keystore: %w", err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("load keystore %s: %w", path, err)
	}
	k, err := Parse(data)
	if err != nil {
		return nil, fmt.Errorf("load keystore %s: %w", path, err)
	}
	return k, nil
}

// Marshal validates k and returns its JSON encoding.
func (k *Keystore) Marshal() ([]byte, error) {
	if err := k.Validate(); err != nil {
		return nil, fmt.Errorf("marshal keystore: %w", err)
	}
	data, err := json.Marshal(k)
	if err != nil {
		return nil, fmt.Errorf("marshal keystore: %w", err)
	}
	return data, nil
}

// Save validates k and writes it to path atomically with mode 0600: a
// temporary file in the same directory is written and synced, renamed over
// path, and the directory is synced. An existing file at path is replaced;
// a reader sees either the old or the new keystore, never a mix.
func (k *Keystore) Save(path string) error {
	data, err := k.Marshal()
	if err != nil {
		return fmt.Errorf("save keystore %s: %w", path, err)
	}
	if err := atomicfile.WriteFile(path, data, 0o600); err != nil {
		return fmt.Errorf("save keystore: %w", err)
	}
	return nil
}

// PublicKey returns the keystore's pubkey field, decoded and checked to be a
// valid BLS12-381 public key. It needs no password.
func (k *Keystore) PublicKey() (tbls.PublicKey, error) {
	if k.Pubkey == "" {
		return tbls.PublicKey{}, fmt.Errorf("keystore public key: %w: no pubkey", ErrInvalid)
	}
	b, err := decodeHex("pubkey", k.Pubkey, tbls.PublicKeyLength, tbls.PublicKeyLength)
	if err != nil {
		return tbls.PublicKey{}, fmt.Errorf("keystore public key: %w", err)
	}
	pk, err := tbls.PublicKeyFromBytes(b)
	if err != nil {
		return tbls.PublicKey{}, fmt.Errorf("keystore public key: %w", err)
	}
	return pk, nil
}

// decodeHex decodes a hex field (an optional 0x prefix is tolerated on
// read) whose decoded length must lie in [minLen, maxLen].
func decodeHex(field, s string, minLen, maxLen int) ([]byte, error) {
	s = strings.TrimPrefix(s, "0x")
	if len(s) > 2*maxLen+1 {
		return nil, fmt.Errorf("%w: %s is longer than %d bytes", ErrInvalid, field, maxLen)
	}
	b, err := hex.DecodeString(s)
	if err != nil {
		return nil, fmt.Errorf("%w: %s is not valid hex", ErrInvalid, field)
	}
	switch {
	case len(b) >= minLen && len(b) <= maxLen:
		return b, nil
	case minLen == maxLen:
		return nil, fmt.Errorf("%w: %s is %d bytes, want %d", ErrInvalid, field, len(b), minLen)
	default:
		return nil, fmt.Errorf("%w: %s is %d bytes, want %d to %d", ErrInvalid, field, len(b), minLen, maxLen)
	}
}

// quote renders an untrusted function name for an error message.
func quote(s string) string {
	const max = 32
	if len(s) > max {
		s = s[:max] + "..."
	}
	return fmt.Sprintf("%q", s)
}
