package keystore

import (
	"errors"
	"testing"
)

func TestNormalizePassword(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain", "abc", "abc"},
		{"empty", "", ""},
		{"space kept", "a b ", "a b "},
		{"bell stripped", "\a", ""},
		{"backspace stripped", "\b", ""},
		{"tab stripped", "\t", ""},
		{"backspace inside", "a\bc", "ac"},
		{"NUL stripped", "a\x00b", "ab"},
		{"newline and CR stripped", "pass\r\n", "pass"},
		{"unit separator 0x1F stripped", "a\x1fb", "ab"},
		{"DEL stripped", "a\x7fb", "ab"},
		{"C1 0x80 stripped", "a\u0080b", "ab"},
		{"C1 NEL 0x85 stripped", "a\u0085b", "ab"},
		{"C1 0x9F stripped", "a\u009fb", "ab"},
		{"0xA0 NBSP becomes space (NFKD)", "a\u00a0b", "a b"},
		{"precomposed e-acute decomposed", "caf\u00e9", "cafe\u0301"},
		{"combining form unchanged", "cafe\u0301", "cafe\u0301"},
		{"ligature fi", "\ufb01", "fi"},
		{"fraction one half", "\u00bd", "1\u20442"},
		{"angstrom sign", "\u212b", "A\u030a"},
		{"fullwidth digits", "\uff11\uff12", "12"},
		{"fraktur letters", "𝔱𝔢𝔰𝔱", "test"},
		{"emoji kept", "🔑", "🔑"},
		{"hangul syllable decomposed", "\uac00", "\u1100\u1161"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := NormalizePassword(tc.in)
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tc.want {
				t.Fatalf("NormalizePassword(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestNormalizePasswordRejectsInvalidUTF8(t *testing.T) {
	for _, in := range []string{"\xff", "abc\xc3", "\xed\xa0\x80"} {
		if _, err := NormalizePassword(in); !errors.Is(err, ErrPasswordEncoding) {
			t.Errorf("NormalizePassword(%q) = %v, want ErrPasswordEncoding", in, err)
		}
	}
}

// TestEquivalentPasswordsDecrypt checks that passwords with the same
// normal form open the same keystore.
func TestEquivalentPasswordsDecrypt(t *testing.T) {
	k := lightKeystore(t, "caf\u00e9\tpass")
	for _, pw := range []string{"caf\u00e9pass", "cafe\u0301pass", "caf\u00e9\x7fpass\n"} {
		if _, err := k.Decrypt(pw); err != nil {
			t.Errorf("Decrypt(%q): %v", pw, err)
		}
	}
	if _, err := k.Decrypt("cafepass"); !errors.Is(err, ErrWrongPassword) {
		t.Errorf("Decrypt without the accent = %v, want ErrWrongPassword", err)
	}
}

func TestEncryptRejectsEmptyPassword(t *testing.T) {
	for _, pw := range []string{"", "\n", "\x00\x7f\u0085"} {
		_, err := Encrypt(testSecret(t), pw, lightScrypt)
		if !errors.Is(err, ErrEmptyPassword) {
			t.Errorf("Encrypt(%q) = %v, want ErrEmptyPassword", pw, err)
		}
	}
}
