package contracts

import (
	"encoding/binary"
	"math/big"
	"testing"

	"github.com/keystake/keystake/deposit"
	"github.com/keystake/keystake/tbls"
)

// TestDepositDataRoot: the test deposit contract computes the same
// deposit_data_root as the deposit package for real signed deposits (0x01
// and 0x02 credentials, 1 to 2048 ETH), accepts them, refuses a wrong root,
// amount or length, and keeps the deposit tree the spec describes.
func TestDepositDataRoot(t *testing.T) {
	e := newEnv(t)
	var leaves [][32]byte
	for i, c := range []struct {
		compounding bool
		gwei        uint64
	}{{false, 1e9}, {false, 31e9}, {false, 32e9}, {true, 32e9}, {true, 2048e9}, {true, 1_500_000_001}} {
		sk := tbls.GenerateSecretKey()
		addr := deposit.Address(e.addr("alice"))
		wc := deposit.ExecutionWithdrawalCredentials(addr)
		if c.compounding {
			wc = deposit.CompoundingWithdrawalCredentials(addr)
		}
		d, err := deposit.Sign(sk, wc, c.gwei, deposit.Hoodi)
		if err != nil {
			t.Fatal(err)
		}
		if err := d.Verify(deposit.Hoodi); err != nil {
			t.Fatal(err)
		}
		amount := binary.LittleEndian.AppendUint64(nil, c.gwei)
		root := must[[32]byte](t)(e.dep.DataRoot(nil, d.PublicKey[:], wc[:], amount, d.Signature[:]))
		if root != d.DepositDataRoot {
			t.Fatalf("case %d: contract root %x, deposit package %x", i, root, d.DepositDataRoot)
		}
		value := new(big.Int).Mul(new(big.Int).SetUint64(c.gwei), gwei)
		// Every single-byte change of the root is refused.
		for _, pos := range []int{0, 17, 31} {
			bad := d.DepositDataRoot
			bad[pos] ^= 0x80
			e.reverts("RootMismatch")(e.dep.Deposit(e.valueOpts("alice", value), d.PublicKey[:], wc[:], d.Signature[:], bad))
		}
		// The right root with another amount is refused.
		e.reverts("RootMismatch")(e.dep.Deposit(e.valueOpts("alice", new(big.Int).Add(value, gwei)), d.PublicKey[:], wc[:], d.Signature[:], d.DepositDataRoot))
		r := e.mine(e.dep.Deposit(e.valueOpts("alice", value), d.PublicKey[:], wc[:], d.Signature[:], d.DepositDataRoot))
		if i == 0 {
			t.Logf("deposit contract deposit: %d gas", r.GasUsed)
		}
		ev, err := e.dep.ParseDepositEvent(*r.Logs[0])
		if err != nil || binary.LittleEndian.Uint64(ev.Index) != uint64(i) || binary.LittleEndian.Uint64(ev.Amount) != c.gwei {
			t.Fatalf("DepositEvent %+v %v", ev, err)
		}
		leaves = append(leaves, d.DepositDataRoot)
		if got, want := must[[32]byte](t)(e.dep.GetDepositRoot(nil)), depositTreeRoot(leaves); got != want {
			t.Fatalf("after %d deposits: root %x, want %x", len(leaves), got, want)
		}
	}
	count := must[[]byte](t)(e.dep.GetDepositCount(nil))
	if binary.LittleEndian.Uint64(count) != uint64(len(leaves)) {
		t.Fatalf("deposit count %x", count)
	}

	sk := tbls.GenerateSecretKey()
	wc := deposit.ExecutionWithdrawalCredentials(deposit.Address(e.addr("alice")))
	d, err := deposit.Sign(sk, wc, 1e9, deposit.Mainnet)
	if err != nil {
		t.Fatal(err)
	}
	pk, sig, root := d.PublicKey[:], d.Signature[:], d.DepositDataRoot
	e.reverts("AmountTooLow")(e.dep.Deposit(e.valueOpts("alice", eth(0.5)), pk, wc[:], sig, root))
	e.reverts("AmountNotGwei")(e.dep.Deposit(e.valueOpts("alice", new(big.Int).Add(ether, big.NewInt(1))), pk, wc[:], sig, root))
	e.reverts("BadLength")(e.dep.Deposit(e.valueOpts("alice", ether), pk[:47], wc[:], sig, root))
	e.reverts("BadLength")(e.dep.Deposit(e.valueOpts("alice", ether), pk, wc[:31], sig, root))
	e.reverts("BadLength")(e.dep.Deposit(e.valueOpts("alice", ether), pk, wc[:], sig[:95], root))
}
