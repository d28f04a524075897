package deposit

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/keystake/keystake/tbls"
)

// loadVector parses a published file that is known to be valid.
func loadVector(t testing.TB, s string) []*Data {
	t.Helper()
	entries, err := ParseFile([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return entries
}

// forge signs a deposit without New's input checks, so that deliberately
// bad but correctly signed deposits can be built.
func forge(sk *tbls.SecretKey, wc [32]byte, amount uint64, fork [4]byte, name string) *Data {
	pk := sk.PublicKey()
	root := DepositSigningRoot(pk, wc, amount, fork)
	sig := sk.Sign(root[:])
	return &Data{
		PublicKey: pk, WithdrawalCredentials: wc, Amount: amount, Signature: sig,
		DepositMessageRoot: DepositMessageRoot(pk, wc, amount),
		DepositDataRoot:    DepositDataRoot(pk, wc, amount, sig),
		ForkVersion:        fork, NetworkName: name, DepositCLIVersion: DepositCLIVersion,
	}
}

// fields lists "index:field" of every EntryError (and "file" for others).
func fields(errs []error) []string {
	var out []string
	for _, err := range errs {
		var e *EntryError
		if errors.As(err, &e) {
			out = append(out, fmt.Sprintf("%d:%s", e.Index, e.Field))
		} else {
			out = append(out, "file")
		}
	}
	return out
}

func assertErrors(t *testing.T, errs []error, wantFields []string, wantKind error, wantMsgs ...string) {
	t.Helper()
	if got := fields(errs); !slices.Equal(got, wantFields) {
		t.Errorf("flagged %v, want %v; errors:\n%s", got, wantFields, joinErrs(errs))
		return
	}
	all := joinErrs(errs)
	for _, m := range wantMsgs {
		if !strings.Contains(all, m) {
			t.Errorf("errors do not mention %q:\n%s", m, all)
		}
	}
	if wantKind != nil && !errors.Is(errors.Join(errs...), wantKind) {
		t.Errorf("no error wraps %v:\n%s", wantKind, all)
	}
}

func joinErrs(errs []error) string {
	var b strings.Builder
	for _, e := range errs {
		b.WriteString(e.Error())
		b.WriteByte('\n')
	}
	return b.String()
}

// TestVerifyCorruptions flips one bit in each field of deposit 2 of a
// published file and checks that exactly the fields at fault are named.
func TestVerifyCorruptions(t *testing.T) {
	tests := []struct {
		name       string
		mutate     func(d *Data)
		wantFields []string
		wantKind   error
		wantMsgs   []string
	}{
		{
			name:       "pubkey",
			mutate:     func(d *Data) { d.PublicKey[47] ^= 0x01 },
			wantFields: []string{"2:pubkey", "2:deposit_message_root", "2:deposit_data_root"},
			wantKind:   ErrPubkey,
			wantMsgs:   []string{"pubkey is not a valid BLS12-381 public key"},
		},
		{
			name:       "withdrawal_credentials",
			mutate:     func(d *Data) { d.WithdrawalCredentials[31] ^= 0x01 },
			wantFields: []string{"2:deposit_message_root", "2:deposit_data_root", "2:signature"},
			wantKind:   ErrSignature,
			wantMsgs: []string{
				"deposit_message_root is 0x7c86984887d258b74f446154ab40d0e83329309c15b824bd67420225a63d6ae4 but pubkey, withdrawal_credentials and amount hash to 0x",
				"withdrawal_credentials or amount changed after signing",
			},
		},
		{
			name:       "amount",
			mutate:     func(d *Data) { d.Amount ^= 1 << 14 },
			wantFields: []string{"2:deposit_message_root", "2:deposit_data_root", "2:signature"},
			wantKind:   ErrRootMismatch,
			wantMsgs:   []string{"withdrawal_credentials or amount changed after signing"},
		},
		{
			name:       "signature",
			mutate:     func(d *Data) { d.Signature[95] ^= 0x01 },
			wantFields: []string{"2:deposit_data_root", "2:signature"},
			wantKind:   ErrSignature,
			wantMsgs:   []string{"signature is not a valid BLS12-381 signature"},
		},
		{
			name:       "deposit_message_root",
			mutate:     func(d *Data) { d.DepositMessageRoot[0] ^= 0x80 },
			wantFields: []string{"2:deposit_message_root"},
			wantKind:   ErrRootMismatch,
			wantMsgs: []string{"deposit 2 (pubkey 0xa15cc019..): deposit_message_root is 0xfc86984887d258b74f446154ab40d0e83329309c15b824bd67420225a63d6ae4 " +
				"but pubkey, withdrawal_credentials and amount hash to 0x7c86984887d258b74f446154ab40d0e83329309c15b824bd67420225a63d6ae4"},
		},
		{
			name:       "deposit_data_root",
			mutate:     func(d *Data) { d.DepositDataRoot[31] ^= 0x01 },
			wantFields: []string{"2:deposit_data_root"},
			wantKind:   ErrRootMismatch,
			wantMsgs: []string{"deposit 2 (pubkey 0xa15cc019..): deposit_data_root is 0xdd07496493d9bc8d239c589ccb0e0c51a03a23934565629053b11806418fbbda " +
				"but the data hashes to 0xdd07496493d9bc8d239c589ccb0e0c51a03a23934565629053b11806418fbbdb"},
		},
		{
			name:       "fork_version",
			mutate:     func(d *Data) { d.ForkVersion[3] ^= 0x01 },
			wantFields: []string{"2:fork_version", "2:signature", "2:network_name"},
			wantKind:   ErrNetwork,
			wantMsgs: []string{
				`fork_version is 0x00000001 but network_name "mainnet" uses 0x00000000`,
				"signature was made for fork_version 0x00000000, not the file's 0x00000001",
				`differs from deposit 0's "mainnet" with 0x00000000`,
			},
		},
		{
			name:       "network_name",
			mutate:     func(d *Data) { d.NetworkName = "mainnot" },
			wantFields: []string{"2:fork_version", "2:network_name"},
			wantKind:   ErrNetwork,
			wantMsgs:   []string{`fork_version 0x00000000 is mainnet's, but network_name is "mainnot"`},
		},
		{
			name:       "deposit_cli_version",
			mutate:     func(d *Data) { d.DepositCLIVersion = "" },
			wantFields: []string{"2:deposit_cli_version"},
			wantKind:   ErrFormat,
			wantMsgs:   []string{"deposit_cli_version is empty"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			entries := loadVector(t, ethStakingSmithMainnetBLS)
			tt.mutate(entries[2])
			assertErrors(t, Verify(entries, nil), tt.wantFields, tt.wantKind, tt.wantMsgs...)
		})
	}
}

// TestVerifyRules checks correctly signed deposits that break one rule.
func TestVerifyRules(t *testing.T) {
	sk := mustSecretKey(t, ethStakingSmithMainnetExecutionKey)
	exec := ExecutionWithdrawalCredentials(Address{0xaa})
	comp := CompoundingWithdrawalCredentials(Address{0xaa})
	padded := exec
	padded[1] = 0x01
	devnet, err := CustomNetwork("devnet", [4]byte{0x10, 0x00, 0x00, 0x38})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name       string
		d          *Data
		expect     *Expectations
		wantFields []string
		wantKind   error
		wantMsgs   []string
	}{
		{"valid 0x01", forge(sk, exec, DefaultAmount, Mainnet.ForkVersion, "mainnet"), nil, nil, nil, nil},
		{"valid 0x02 2048 ETH", forge(sk, comp, MaxEffectiveBalanceElectra, Hoodi.ForkVersion, "hoodi"), nil, nil, nil, nil},
		{"valid custom network", forge(sk, exec, DefaultAmount, devnet.ForkVersion, "devnet"), &Expectations{Network: &devnet}, nil, nil, nil},
		{
			"amount below 1 ETH", forge(sk, exec, MinDepositAmount/2, Mainnet.ForkVersion, "mainnet"), nil,
			[]string{"0:amount"}, ErrAmount, []string{"amount 500000000 Gwei: 0.5 ETH is below the 1 ETH minimum"},
		},
		{
			"40 ETH on 0x01", forge(sk, exec, 40*GweiPerETH, Mainnet.ForkVersion, "mainnet"), nil,
			[]string{"0:amount"}, ErrAmount, []string{"40 ETH is above the 32 ETH maximum for 0x01 credentials"},
		},
		{
			"2049 ETH on 0x02", forge(sk, comp, 2049*GweiPerETH, Mainnet.ForkVersion, "mainnet"), nil,
			[]string{"0:amount"}, ErrAmount, []string{"2049 ETH is above the 2048 ETH maximum for 0x02"},
		},
		{
			"unknown prefix 0x03", forge(sk, [32]byte{0x03}, DefaultAmount, Mainnet.ForkVersion, "mainnet"), nil,
			[]string{"0:withdrawal_credentials"}, ErrWithdrawalCredentials, []string{"unknown prefix 0x03"},
		},
		{
			"0x01 with non-zero padding", forge(sk, padded, DefaultAmount, Mainnet.ForkVersion, "mainnet"), nil,
			[]string{"0:withdrawal_credentials"}, ErrWithdrawalCredentials, []string{"bytes 1-11 to be zero"},
		},
		{
			"sepolia deposit labelled mainnet", forge(sk, exec, DefaultAmount, Sepolia.ForkVersion, "mainnet"), nil,
			[]string{"0:fork_version"}, ErrNetwork, []string{`fork_version is 0x90000069 but network_name "mainnet" uses 0x00000000`},
		},
		{
			"devnet name on mainnet fork", forge(sk, exec, DefaultAmount, Mainnet.ForkVersion, "devnet"), nil,
			[]string{"0:fork_version"}, ErrNetwork, []string{`fork_version 0x00000000 is mainnet's, but network_name is "devnet"`},
		},
		{
			"hoodi deposit where mainnet expected", forge(sk, exec, DefaultAmount, Hoodi.ForkVersion, "hoodi"),
			&Expectations{Network: &Mainnet}, []string{"0:network_name", "0:fork_version"}, ErrNetwork,
			[]string{`network_name is "hoodi" but "mainnet" was expected`, "fork_version is 0x10000910 but mainnet uses 0x00000000"},
		},
		{
			"unexpected credentials and amount", forge(sk, exec, 16*GweiPerETH, Mainnet.ForkVersion, "mainnet"),
			&Expectations{WithdrawalCredentials: &comp, Amount: DefaultAmount},
			[]string{"0:withdrawal_credentials", "0:amount"}, ErrUnexpected,
			[]string{"were expected", "is 16000000000 Gwei (16 ETH) but 32000000000 Gwei (32 ETH) was expected"},
		},
		{
			"inconsistent expected network", forge(sk, exec, DefaultAmount, Mainnet.ForkVersion, "devnet"),
			&Expectations{Network: &Network{Name: "devnet", ForkVersion: Mainnet.ForkVersion}},
			[]string{"0:fork_version"}, ErrNetwork, []string{`fork_version 0x00000000 is mainnet's, but network_name is "devnet"`},
		},
		{
			"bad network name", forge(sk, exec, DefaultAmount, devnet.ForkVersion, "dev net"), nil,
			[]string{"0:network_name"}, ErrFormat, []string{"network_name is invalid"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assertErrors(t, Verify([]*Data{tt.d}, tt.expect), tt.wantFields, tt.wantKind, tt.wantMsgs...)
		})
	}
}

func TestVerifyFileLevel(t *testing.T) {
	mainnet := loadVector(t, ethStakingSmithMainnetBLS)
	holesky := loadVector(t, stakingDepositCLIHolesky)

	t.Run("duplicate pubkey", func(t *testing.T) {
		entries := append(loadVector(t, ethStakingSmithMainnetBLS), mainnet[1])
		assertErrors(t, Verify(entries, nil), []string{"3:pubkey"}, ErrDuplicate,
			"deposit 3 (pubkey 0x8b9fc088..): pubkey is also deposit 1's")
	})
	t.Run("two networks in one file", func(t *testing.T) {
		entries := []*Data{mainnet[0], holesky[0]}
		assertErrors(t, Verify(entries, nil), []string{"1:network_name"}, ErrNetwork,
			`network_name "holesky" with fork_version 0x01017000 differs from deposit 0's "mainnet" with 0x00000000`)
	})
	t.Run("expected pubkeys", func(t *testing.T) {
		other := tbls.GenerateSecretKey().PublicKey()
		expect := &Expectations{Pubkeys: []tbls.PublicKey{mainnet[0].PublicKey, mainnet[1].PublicKey, other}}
		assertErrors(t, Verify(mainnet, expect), []string{"2:pubkey", "file"}, ErrUnexpected,
			"deposit 2 (pubkey 0xa15cc019..): pubkey is not one of the expected validators",
			"validator "+other.String()+" has no deposit")
	})
	t.Run("nil entry", func(t *testing.T) {
		assertErrors(t, Verify([]*Data{mainnet[0], nil}, nil), []string{"1:"}, ErrFormat, "deposit 1: entry is missing")
	})
	t.Run("no entries", func(t *testing.T) {
		assertErrors(t, Verify(nil, nil), []string{"file"}, ErrFormat, "no deposits")
	})
}

func TestDataVerify(t *testing.T) {
	d := loadVector(t, ethStakingSmithMainnetExecution)[0]
	if err := d.Verify(Mainnet); err != nil {
		t.Fatalf("Verify(mainnet): %v", err)
	}
	err := d.Verify(Hoodi)
	if err == nil || !errors.Is(err, ErrNetwork) {
		t.Fatalf("Verify(hoodi) = %v, want ErrNetwork", err)
	}
	want := `deposit (pubkey 0x8666389c..): network_name is "mainnet" but "hoodi" was expected`
	if !strings.Contains(err.Error(), want) {
		t.Errorf("Verify(hoodi) = %v\nwant it to contain %q", err, want)
	}
	var nilData *Data
	if nilData.Verify(Mainnet) == nil {
		t.Error("nil deposit verified")
	}
}
