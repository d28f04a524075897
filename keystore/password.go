package keystore

import (
	"errors"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// ErrPasswordEncoding reports a password that is not valid UTF-8.
var ErrPasswordEncoding = errors.New("password is not valid UTF-8")

// NormalizePassword processes a password exactly as EIP-2335 requires:
// convert it to its NFKD form, strip the C0 (U+0000-U+001F), Delete
// (U+007F) and C1 (U+0080-U+009F) control codes, then UTF-8 encode it.
// Space (U+0020) is kept. A password that is not valid UTF-8 is an error,
// since it has no Unicode normal form. The caller should zero the result.
func NormalizePassword(password string) ([]byte, error) {
	if !utf8.ValidString(password) {
		return nil, ErrPasswordEncoding
	}
	nfkd := norm.NFKD.String(password)
	out := make([]byte, 0, len(nfkd))
	for _, r := range nfkd {
		if isControl(r) {
			continue
		}
		out = utf8.AppendRune(out, r)
	}
	return out, nil
}

// isControl reports the code points EIP-2335 strips from passwords.
func isControl(r rune) bool {
	return r <= 0x1f || (r >= 0x7f && r <= 0x9f)
}
