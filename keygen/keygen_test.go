package keygen

import (
	"strings"
	"testing"
	"time"

	"github.com/keystake/keystake/deposit"
	"github.com/keystake/keystake/hdkey"
	"github.com/keystake/keystake/internal/blstcheck"
	"github.com/keystake/keystake/keystore"
)

const abandon = "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about"

func TestGenerate(t *testing.T) {
	seed, err := hdkey.SeedFromMnemonic(abandon, "")
	if err != nil {
		t.Fatal(err)
	}
	addr, _ := deposit.ParseAddress("0x1111111111111111111111111111111111111111")
	wc := deposit.ExecutionWithdrawalCredentials(addr)
	now := time.Unix(1700000000, 0)
	files, deposits, err := Generate(Request{
		Seed: seed, Start: 3, Count: 2, Password: "secret-password",
		Network: deposit.Hoodi, WithdrawalCredentials: &wc, AmountGwei: 32 * deposit.GweiPerETH,
		KeystoreOptions: []keystore.Option{keystore.WithScryptParams(1<<10, 8, 1)}, Now: now,
	})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"keystore-m_12381_3600_3_0_0-1700000000.json", "keystore-m_12381_3600_4_0_0-1700000000.json", "deposit_data-1700000000.json"}
	for k, name := range want {
		if files[k].Name != name {
			t.Fatalf("file %d is %s, want %s", k, files[k].Name, name)
		}
	}
	for k := 0; k < 2; k++ {
		ks, err := keystore.Parse(files[k].Data)
		if err != nil {
			t.Fatal(err)
		}
		if ks.Path != hdkey.SigningKeyPath(uint32(3+k)) {
			t.Errorf("keystore %d path %q", k, ks.Path)
		}
		sk, err := hdkey.DerivePath(seed, ks.Path)
		if err != nil {
			t.Fatal(err)
		}
		if deposits[k].PublicKey != sk.PublicKey() {
			t.Errorf("deposit %d is not for the derived key", k)
		}
		if _, err := ks.Decrypt("secret-password"); err != nil {
			t.Errorf("keystore %d: %v", k, err)
		}
		root := deposits[k].SigningRoot()
		if err := blstcheck.Verify(deposits[k].PublicKey[:], root[:], deposits[k].Signature[:]); err != nil {
			t.Errorf("deposit %d signature under blst: %v", k, err)
		}
	}
	if errs := deposit.VerifyFile(files[2].Data, &deposit.Expectations{Network: &deposit.Hoodi, WithdrawalCredentials: &wc}); errs != nil {
		t.Fatalf("deposit file: %v", errs)
	}
}

func TestGenerateBLSCredentials(t *testing.T) {
	seed, _ := hdkey.SeedFromMnemonic(abandon, "")
	_, deposits, err := Generate(Request{
		Seed: seed, Count: 1, Password: "pw", Network: deposit.Mainnet, AmountGwei: 32 * deposit.GweiPerETH,
		KeystoreOptions: []keystore.Option{keystore.WithScryptParams(1<<10, 8, 1)}, Now: time.Unix(1, 0),
	})
	if err != nil {
		t.Fatal(err)
	}
	wk, _ := hdkey.DerivePath(seed, hdkey.WithdrawalKeyPath(0))
	want, _ := deposit.BLSWithdrawalCredentials(wk.PublicKey())
	if deposits[0].WithdrawalCredentials != want {
		t.Fatal("BLS withdrawal credentials are not those of m/12381/3600/0/0")
	}
}

func TestGenerateRejects(t *testing.T) {
	seed, _ := hdkey.SeedFromMnemonic(abandon, "")
	ok := Request{Seed: seed, Count: 1, Password: "pw", Network: deposit.Mainnet, AmountGwei: 32 * deposit.GweiPerETH}
	cases := []struct {
		name   string
		mutate func(*Request)
		want   string
	}{
		{"no validators", func(r *Request) { r.Count = 0 }, "must be 1.."},
		{"too many", func(r *Request) { r.Count = MaxCount + 1 }, "must be 1.."},
		{"amount below 1 ETH", func(r *Request) { r.AmountGwei = 1 }, "amount"},
		{"short seed", func(r *Request) { r.Seed = seed[:8] }, "seed"},
		{"empty password", func(r *Request) { r.Password = "" }, "password"},
	}
	for _, c := range cases {
		req := ok
		c.mutate(&req)
		if _, _, err := Generate(req); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: got %v, want an error containing %q", c.name, err, c.want)
		}
	}
}
