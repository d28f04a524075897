package tbls

import (
	"errors"
	"testing"
)

// TestSumOfSplitsIsASplitOfTheSum checks the property a distributed key
// generation rests on: adding the shares, and the commitments, of several
// independent splits gives a split of the sum of their secrets.
func TestSumOfSplitsIsASplitOfTheSum(t *testing.T) {
	const n, th, dealers = 4, 3, 3
	var secrets []*SecretKey
	var commitments [][]PublicKey
	shares := map[int][]*SecretKey{}
	for range dealers {
		sk := GenerateSecretKey()
		s, err := SplitSecret(sk, n, th)
		if err != nil {
			t.Fatal(err)
		}
		secrets = append(secrets, sk)
		commitments = append(commitments, s.Commitments)
		for i := 1; i <= n; i++ {
			shares[i] = append(shares[i], s.Shares[i])
		}
	}
	group, err := SumSecretKeys(secrets)
	if err != nil {
		t.Fatal(err)
	}
	summed, err := SumCommitments(commitments)
	if err != nil {
		t.Fatal(err)
	}
	if summed[0] != group.PublicKey() {
		t.Fatal("constant commitments do not add up to the group public key")
	}
	final := map[int]*SecretKey{}
	for i := 1; i <= n; i++ {
		if final[i], err = SumSecretKeys(shares[i]); err != nil {
			t.Fatal(err)
		}
		if err := VerifyShare(i, final[i], summed); err != nil {
			t.Fatalf("summed share %d: %v", i, err)
		}
	}
	delete(final, 2)
	rec, err := RecoverSecretKey(final)
	if err != nil {
		t.Fatal(err)
	}
	if !rec.Equal(group) {
		t.Fatal("summed shares do not recover the summed secret")
	}
}

func TestSumErrors(t *testing.T) {
	sk := GenerateSecretKey()
	pk := sk.PublicKey()
	var bad PublicKey
	bad[0] = 0xff
	neg, err := SumSecretKeys([]*SecretKey{sk})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		err  error
		want error
	}{
		{"no secret keys", errOf(SumSecretKeys(nil)), ErrEmpty},
		{"nil secret key", errOf(SumSecretKeys([]*SecretKey{sk, nil})), ErrInvalidKey},
		{"zero secret key", errOf(SumSecretKeys([]*SecretKey{new(SecretKey)})), ErrInvalidKey},
		{"no public keys", errOf(SumPublicKeys(nil)), ErrEmpty},
		{"undecodable public key", errOf(SumPublicKeys([]PublicKey{pk, bad})), ErrInvalidKey},
		{"no commitments", errOf(SumCommitments(nil)), ErrEmpty},
		{"one coefficient", errOf(SumCommitments([][]PublicKey{{pk}})), ErrInvalidThreshold},
		{"ragged commitments", errOf(SumCommitments([][]PublicKey{{pk, pk}, {pk, pk, pk}})), ErrLengthMismatch},
		{"bad commitment", errOf(SumCommitments([][]PublicKey{{pk, pk}, {pk, bad}})), ErrInvalidKey},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if !errors.Is(tc.err, tc.want) {
				t.Fatalf("error %v, want %v", tc.err, tc.want)
			}
		})
	}
	if !neg.Equal(sk) {
		t.Fatal("sum of one key is not the key")
	}
}

func errOf[T any](_ T, err error) error { return err }
