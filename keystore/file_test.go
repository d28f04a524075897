package keystore

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestSaveLoad(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "keystore-m_12381_3600_0_0_0.json")
	k := lightKeystore(t, testPassword, WithPath("m/12381/3600/0/0/0"))
	want, err := k.Decrypt(testPassword)
	if err != nil {
		t.Fatal(err)
	}
	for range 2 { // the second Save replaces the first file
		if err := k.Save(path); err != nil {
			t.Fatalf("Save: %v", err)
		}
	}
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if perm := info.Mode().Perm(); perm != 0o600 {
		t.Fatalf("mode %v, want 0600", perm)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Fatalf("directory holds %d entries, want only the keystore", len(entries))
	}
	loaded, err := Load(path)
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	if *loaded != *k {
		t.Fatalf("loaded keystore differs:\n got %+v\nwant %+v", loaded, k)
	}
	got, err := loaded.Decrypt(testPassword)
	if err != nil || !bytes.Equal(got, want) {
		t.Fatalf("decrypt after load: %v", err)
	}
}

func TestSaveRefusesInvalid(t *testing.T) {
	k := lightKeystore(t, testPassword)
	k.Version = 3
	path := filepath.Join(t.TempDir(), "k.json")
	if err := k.Save(path); !errors.Is(err, ErrInvalid) {
		t.Fatalf("Save = %v, want ErrInvalid", err)
	}
	if _, err := os.Stat(path); !errors.Is(err, fs.ErrNotExist) {
		t.Fatal("an invalid keystore was written")
	}
}

func TestLoadErrors(t *testing.T) {
	dir := t.TempDir()
	if _, err := Load(filepath.Join(dir, "missing.json")); !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("Load(missing) = %v, want ErrNotExist", err)
	}
	big := filepath.Join(dir, "big.json")
	if err := os.WriteFile(big, bytes.Repeat([]byte(" "), MaxFileSize+1), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(big); !errors.Is(err, ErrInvalid) {
		t.Fatalf("Load(oversized) = %v, want ErrInvalid", err)
	}
}

func TestParseCorrupt(t *testing.T) {
	valid, err := lightKeystore(t, testPassword).Marshal()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		data []byte
		text string
	}{
		{"empty", nil, "truncated"},
		{"truncated", valid[:len(valid)/2], "truncated"},
		{"truncated by one byte", valid[:len(valid)-1], "truncated"},
		{"not JSON", []byte("keystore"), "corrupt JSON"},
		{"binary garbage", []byte{0x00, 0xff, 0x13}, "corrupt JSON"},
		{"trailing data", append(append([]byte{}, valid...), []byte(`{}`)...), "corrupt JSON"},
		{"array", []byte(`[]`), "cannot unmarshal"},
		{"wrong type", bytes.Replace(valid, []byte(`"version":4`), []byte(`"version":"4"`), 1), "version"},
		{"float n", bytes.Replace(valid, []byte(`"n":16`), []byte(`"n":16.5`), 1), "n"},
		{"empty object", []byte(`{}`), "version 0"},
		{"null", []byte(`null`), "version 0"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse(tc.data)
			if !errors.Is(err, ErrInvalid) {
				t.Fatalf("Parse = %v, want ErrInvalid", err)
			}
			if !strings.Contains(err.Error(), tc.text) {
				t.Fatalf("error %q does not mention %q", err, tc.text)
			}
		})
	}
}

// TestParseTolerance accepts what other writers produce: extra fields,
// upper-case hex, a 0x prefix, and whitespace.
func TestParseTolerance(t *testing.T) {
	k := lightKeystore(t, testPassword)
	data, err := k.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	variants := map[string][]byte{
		"extra field": bytes.Replace(data, []byte(`"version":4`), []byte(`"version":4,"name":"x"`), 1),
		"upper hex":   bytes.Replace(data, []byte(k.Crypto.Cipher.Message), []byte(strings.ToUpper(k.Crypto.Cipher.Message)), 1),
		"0x pubkey":   bytes.Replace(data, []byte(k.Pubkey), []byte("0x"+k.Pubkey), 1),
		"indented":    bytes.ReplaceAll(data, []byte(`,`), []byte(",\n    ")),
	}
	for name, v := range variants {
		t.Run(name, func(t *testing.T) {
			parsed, err := Parse(v)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if _, err := parsed.Decrypt(testPassword); err != nil {
				t.Fatalf("Decrypt: %v", err)
			}
		})
	}
}

func TestNonBLSSecret(t *testing.T) {
	secret := bytes.Repeat([]byte{0xff}, 32) // not a valid BLS scalar
	if _, err := Encrypt(secret, "pw", WithScryptParams(1<<10, 8, 1)); err == nil {
		t.Fatal("a non-BLS secret was accepted as a BLS key")
	}
	ks, err := Encrypt(secret, "pw", WithScryptParams(1<<10, 8, 1), WithNonBLSSecret())
	if err != nil {
		t.Fatal(err)
	}
	if ks.Pubkey != "" {
		t.Fatalf("pubkey %q set for a non-BLS secret", ks.Pubkey)
	}
	got, err := ks.Decrypt("pw")
	if err != nil || !bytes.Equal(got, secret) {
		t.Fatalf("decrypt: %v", err)
	}
}
