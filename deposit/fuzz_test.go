package deposit

import (
	"errors"
	"testing"
)

// FuzzParseVerify: no input makes ParseFile, Verify or VerifyFile panic,
// and every problem they report wraps one of the Err* kinds.
func FuzzParseVerify(f *testing.F) {
	for _, v := range vectorFiles {
		f.Add([]byte(v.json))
	}
	f.Add([]byte(`[{"pubkey":"00","amount":-1}]`))
	f.Add([]byte(`[null, {}, []]`))
	f.Add([]byte(``))
	kinds := []error{ErrFormat, ErrPubkey, ErrWithdrawalCredentials, ErrAmount, ErrNetwork,
		ErrRootMismatch, ErrSignature, ErrDuplicate, ErrUnexpected}
	f.Fuzz(func(t *testing.T, b []byte) {
		entries, err := ParseFile(b)
		if err == nil {
			_ = Verify(entries, nil)
			_ = Verify(entries, &Expectations{Network: &Mainnet, Amount: DefaultAmount})
		}
		for _, e := range VerifyFile(b, nil) {
			known := false
			for _, k := range kinds {
				known = known || errors.Is(e, k)
			}
			if !known {
				t.Errorf("error of no known kind: %v", e)
			}
		}
	})
}
