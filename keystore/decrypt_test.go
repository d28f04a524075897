package keystore

import (
	"bytes"
	"encoding/hex"
	"errors"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/keystake/keystake/tbls"
)

const testPassword = "correct horse battery staple"

// lightScrypt keeps generated keystores cheap in tests; production writes
// the EIP's standard parameters.
var lightScrypt = WithScryptParams(16, 8, 1)

func testSecret(t testing.TB) []byte {
	t.Helper()
	sk := tbls.GenerateSecretKey()
	defer sk.Zero()
	return sk.Bytes()
}

func lightKeystore(t testing.TB, password string, opts ...Option) *Keystore {
	t.Helper()
	k, err := Encrypt(testSecret(t), password, append([]Option{lightScrypt}, opts...)...)
	if err != nil {
		t.Fatalf("Encrypt: %v", err)
	}
	return k
}

func TestEncryptDecryptRoundTrip(t *testing.T) {
	for name, opt := range map[string]Option{
		"scrypt": lightScrypt,
		"pbkdf2": WithPBKDF2Params(16),
	} {
		t.Run(name, func(t *testing.T) {
			secret := testSecret(t)
			k, err := Encrypt(secret, testPassword, opt, WithPath("m/12381/3600/0/0/0"), WithDescription("test"))
			if err != nil {
				t.Fatal(err)
			}
			if k.Crypto.KDF.Function != name || k.Version != 4 || k.Path != "m/12381/3600/0/0/0" || k.Description != "test" {
				t.Fatalf("unexpected fields: %+v", k)
			}
			if !regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`).MatchString(k.UUID) {
				t.Fatalf("uuid %q is not a lowercase version 4 UUID", k.UUID)
			}
			sk, _ := tbls.SecretKeyFromBytes(secret)
			pk := sk.PublicKey()
			if k.Pubkey != hex.EncodeToString(pk[:]) {
				t.Fatalf("pubkey %s, want %x", k.Pubkey, pk)
			}
			if got, err := k.PublicKey(); err != nil || got != pk {
				t.Fatalf("PublicKey() = %v, %v", got, err)
			}
			got, err := k.Decrypt(testPassword)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, secret) {
				t.Fatal("decrypted secret differs")
			}
		})
	}
}

// TestDefaultKDFIsStandard checks the parameters Encrypt writes by default
// without running the KDF: scrypt n=2^18, r=8, p=1, dklen=32, 32-byte salt.
func TestDefaultKDFIsStandard(t *testing.T) {
	o := defaultOptions()
	spec, err := o.kdfSpec()
	if err != nil {
		t.Fatal(err)
	}
	m := kdfModule(spec)
	want := KDFParams{DKLen: 32, N: 262144, P: 1, R: 8, Salt: m.Params.Salt}
	if m.Function != KDFScrypt || m.Params != want || len(m.Params.Salt) != 64 || m.Message != "" {
		t.Fatalf("default KDF module %+v, want scrypt %+v with a 32-byte salt", m, want)
	}
	WithPBKDF2()(&o)
	if spec, err = o.kdfSpec(); err != nil {
		t.Fatal(err)
	}
	m = kdfModule(spec)
	want = KDFParams{DKLen: 32, C: 262144, PRF: PRFHMACSHA256, Salt: m.Params.Salt}
	if m.Function != KDFPBKDF2 || m.Params != want {
		t.Fatalf("pbkdf2 KDF module %+v, want %+v", m, want)
	}
}

// TestEncryptDefaultsAreStandard runs Encrypt end to end with its defaults
// (one full-cost scrypt, about a second): only with KEYSTAKE_LONG=1.
func TestEncryptDefaultsAreStandard(t *testing.T) {
	if os.Getenv("KEYSTAKE_LONG") == "" {
		t.Skip("full-cost scrypt; set KEYSTAKE_LONG=1")
	}
	k, err := Encrypt(testSecret(t), testPassword)
	if err != nil {
		t.Fatal(err)
	}
	p := k.Crypto.KDF.Params
	if k.Crypto.KDF.Function != KDFScrypt || p.N != 262144 || p.R != 8 || p.P != 1 || p.DKLen != 32 || len(p.Salt) != 64 {
		t.Fatalf("default KDF %s %+v, want scrypt n=262144 r=8 p=1 dklen=32 with a 32-byte salt", k.Crypto.KDF.Function, p)
	}
	if len(k.Crypto.Cipher.Params.IV) != 32 || k.Crypto.Cipher.Function != CipherAES128 || k.Crypto.Checksum.Function != ChecksumSHA256 {
		t.Fatalf("unexpected cipher or checksum: %+v", k.Crypto)
	}
	pb, err := Encrypt(testSecret(t), testPassword, WithPBKDF2())
	if err != nil {
		t.Fatal(err)
	}
	if pp := pb.Crypto.KDF.Params; pp.C != 262144 || pp.PRF != PRFHMACSHA256 || pp.DKLen != 32 {
		t.Fatalf("default pbkdf2 params %+v", pp)
	}
}

func TestEncryptFreshRandomness(t *testing.T) {
	secret := testSecret(t)
	a, _ := Encrypt(secret, testPassword, lightScrypt)
	b, _ := Encrypt(secret, testPassword, lightScrypt)
	if a.Crypto.KDF.Params.Salt == b.Crypto.KDF.Params.Salt || a.Crypto.Cipher.Params.IV == b.Crypto.Cipher.Params.IV || a.UUID == b.UUID {
		t.Fatal("salt, IV or UUID repeated across keystores")
	}
}

func TestEncryptRejects(t *testing.T) {
	tests := map[string]struct {
		secret []byte
		opts   []Option
	}{
		"short secret":         {make([]byte, 31), nil},
		"zero secret":          {make([]byte, 32), nil},
		"secret >= r":          {bytes.Repeat([]byte{0xff}, 32), nil},
		"n not power of two":   {nil, []Option{WithScryptParams(1000, 8, 1)}},
		"n above bound":        {nil, []Option{WithScryptParams(1<<22, 8, 1)}},
		"pbkdf2 c above bound": {nil, []Option{WithPBKDF2Params(MaxPBKDF2Iterations + 1)}},
		"pbkdf2 c zero":        {nil, []Option{WithPBKDF2Params(0)}},
		"short random":         {nil, []Option{lightScrypt, WithRandom(bytes.NewReader(make([]byte, 40)))}},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			secret := tc.secret
			if secret == nil {
				secret = testSecret(t)
			}
			if _, err := Encrypt(secret, testPassword, tc.opts...); err == nil {
				t.Fatal("Encrypt succeeded")
			}
		})
	}
}

func TestDecryptWrongPassword(t *testing.T) {
	secret := testSecret(t)
	k, err := Encrypt(secret, testPassword, lightScrypt)
	if err != nil {
		t.Fatal(err)
	}
	for _, pw := range []string{"", "Tr0ub4dor&3", testPassword + " ", strings.ToUpper(testPassword)} {
		got, err := k.Decrypt(pw)
		if !errors.Is(err, ErrWrongPassword) {
			t.Fatalf("Decrypt(%q) = %v, want ErrWrongPassword", pw, err)
		}
		if got != nil {
			t.Fatal("secret returned with an error")
		}
		assertNoLeak(t, err, pw, secret)
	}
}

// TestDecryptRejectsMalformed alters one field of a valid keystore at a
// time. Each must fail fast (no KDF run beyond the bounds) with the
// expected error class, without leaking the secret or password.
func TestDecryptRejectsMalformed(t *testing.T) {
	secret := testSecret(t)
	base, err := Encrypt(secret, testPassword, lightScrypt)
	if err != nil {
		t.Fatal(err)
	}
	pbBase, err := Encrypt(secret, testPassword, WithPBKDF2Params(16))
	if err != nil {
		t.Fatal(err)
	}
	other := tbls.GenerateSecretKey().PublicKey()

	tests := []struct {
		name   string
		pbkdf2 bool
		mutate func(k *Keystore)
		want   error
		text   string // expected in the message
	}{
		{"version 3", false, func(k *Keystore) { k.Version = 3 }, ErrInvalid, "version 3"},
		{"version missing", false, func(k *Keystore) { k.Version = 0 }, ErrInvalid, "version"},
		{"unknown kdf", false, func(k *Keystore) { k.Crypto.KDF.Function = "argon2id" }, ErrUnsupported, `"argon2id"`},
		{"missing kdf", false, func(k *Keystore) { k.Crypto.KDF.Function = "" }, ErrInvalid, "kdf.function"},
		{"unknown cipher", false, func(k *Keystore) { k.Crypto.Cipher.Function = "aes-128-gcm" }, ErrUnsupported, `"aes-128-gcm"`},
		{"unknown checksum", false, func(k *Keystore) { k.Crypto.Checksum.Function = "keccak256" }, ErrUnsupported, `"keccak256"`},
		{"unknown prf", true, func(k *Keystore) { k.Crypto.KDF.Params.PRF = "hmac-sha512" }, ErrUnsupported, `"hmac-sha512"`},
		{"missing prf", true, func(k *Keystore) { k.Crypto.KDF.Params.PRF = "" }, ErrUnsupported, "prf"},
		{"scrypt n not power of 2", false, func(k *Keystore) { k.Crypto.KDF.Params.N = 262143 }, ErrInvalid, "power of two"},
		{"scrypt n = 1", false, func(k *Keystore) { k.Crypto.KDF.Params.N = 1 }, ErrInvalid, "power of two"},
		{"scrypt n negative", false, func(k *Keystore) { k.Crypto.KDF.Params.N = -262144 }, ErrInvalid, "power of two"},
		{"scrypt n huge", false, func(k *Keystore) { k.Crypto.KDF.Params.N = 1 << 40 }, ErrInvalid, "memory"},
		{"scrypt memory", false, func(k *Keystore) { k.Crypto.KDF.Params.N = 1 << 20 }, ErrInvalid, "memory"},
		{"scrypt r*p work", false, func(k *Keystore) { k.Crypto.KDF.Params.N, k.Crypto.KDF.Params.P = 1<<18, 1<<20 }, ErrInvalid, "work"},
		{"scrypt p overflow", false, func(k *Keystore) { k.Crypto.KDF.Params.P = 1 << 62 }, ErrInvalid, "work"},
		{"scrypt r zero", false, func(k *Keystore) { k.Crypto.KDF.Params.R = 0 }, ErrInvalid, "r 0"},
		{"pbkdf2 c huge", true, func(k *Keystore) { k.Crypto.KDF.Params.C = 1 << 40 }, ErrInvalid, "pbkdf2 c"},
		{"pbkdf2 c zero", true, func(k *Keystore) { k.Crypto.KDF.Params.C = 0 }, ErrInvalid, "pbkdf2 c"},
		{"dklen 16", false, func(k *Keystore) { k.Crypto.KDF.Params.DKLen = 16 }, ErrInvalid, "dklen"},
		{"dklen huge", false, func(k *Keystore) { k.Crypto.KDF.Params.DKLen = 1 << 30 }, ErrInvalid, "dklen"},
		{"salt short", false, func(k *Keystore) { k.Crypto.KDF.Params.Salt = "00112233" }, ErrInvalid, "salt"},
		{"salt not hex", false, func(k *Keystore) { k.Crypto.KDF.Params.Salt = strings.Repeat("zz", 32) }, ErrInvalid, "salt"},
		{"iv short", false, func(k *Keystore) { k.Crypto.Cipher.Params.IV = k.Crypto.Cipher.Params.IV[:30] }, ErrInvalid, "iv"},
		{"iv odd length", false, func(k *Keystore) { k.Crypto.Cipher.Params.IV += "0" }, ErrInvalid, "iv"},
		{"iv missing", false, func(k *Keystore) { k.Crypto.Cipher.Params.IV = "" }, ErrInvalid, "iv"},
		{"cipher message empty", false, func(k *Keystore) { k.Crypto.Cipher.Message = "" }, ErrInvalid, "cipher.message"},
		{"cipher message short", false, func(k *Keystore) { k.Crypto.Cipher.Message = k.Crypto.Cipher.Message[:62] }, ErrInvalid, "cipher.message"},
		{"checksum short", false, func(k *Keystore) { k.Crypto.Checksum.Message = k.Crypto.Checksum.Message[:62] }, ErrInvalid, "checksum.message"},
		{"pubkey short", false, func(k *Keystore) { k.Pubkey = k.Pubkey[:94] }, ErrInvalid, "pubkey"},
		{"uuid malformed", false, func(k *Keystore) { k.UUID = "not-a-uuid" }, ErrInvalid, "uuid"},
		{"uuid missing", false, func(k *Keystore) { k.UUID = "" }, ErrInvalid, "uuid"},
		{"tampered checksum", false, func(k *Keystore) { k.Crypto.Checksum.Message = flipHex(k.Crypto.Checksum.Message) }, ErrWrongPassword, ""},
		{"tampered cipher message", false, func(k *Keystore) { k.Crypto.Cipher.Message = flipHex(k.Crypto.Cipher.Message) }, ErrWrongPassword, ""},
		{"tampered salt", false, func(k *Keystore) { k.Crypto.KDF.Params.Salt = flipHex(k.Crypto.KDF.Params.Salt) }, ErrWrongPassword, ""},
		{"tampered pubkey (other key)", false, func(k *Keystore) { k.Pubkey = hex.EncodeToString(other[:]) }, ErrPubkeyMismatch, ""},
		{"tampered pubkey (garbage)", false, func(k *Keystore) { k.Pubkey = flipHex(k.Pubkey) }, ErrPubkeyMismatch, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			k := *base
			if tc.pbkdf2 {
				k = *pbBase
			}
			tc.mutate(&k)
			start := time.Now()
			got, err := k.Decrypt(testPassword)
			if !errors.Is(err, tc.want) {
				t.Fatalf("Decrypt = %v, want %v", err, tc.want)
			}
			if d := time.Since(start); d > 2*time.Second {
				t.Fatalf("rejection took %v", d)
			}
			if got != nil {
				t.Fatal("secret returned with an error")
			}
			if !strings.Contains(err.Error(), tc.text) {
				t.Fatalf("error %q does not mention %q", err, tc.text)
			}
			assertNoLeak(t, err, testPassword, secret)
		})
	}
}

// TestDecryptWithoutPubkey accepts a keystore whose pubkey is empty (the
// EIP allows it for secrets that are not BLS keys).
func TestDecryptWithoutPubkey(t *testing.T) {
	k := lightKeystore(t, testPassword)
	k.Pubkey = ""
	if _, err := k.Decrypt(testPassword); err != nil {
		t.Fatal(err)
	}
	if _, err := k.PublicKey(); !errors.Is(err, ErrInvalid) {
		t.Fatalf("PublicKey() of an empty pubkey = %v", err)
	}
}

// flipHex changes the first hex digit of s.
func flipHex(s string) string {
	c := "1"
	if s[0] == '1' {
		c = "2"
	}
	return c + s[1:]
}

func assertNoLeak(t *testing.T, err error, password string, secret []byte) {
	t.Helper()
	msg := err.Error()
	if password != "" && strings.Contains(msg, password) {
		t.Fatalf("error leaks the password: %q", msg)
	}
	if strings.Contains(strings.ToLower(msg), hex.EncodeToString(secret)) {
		t.Fatalf("error leaks the secret: %q", msg)
	}
}
