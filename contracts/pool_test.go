package contracts

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func (e *env) ksBalance(who common.Address) *big.Int {
	e.t.Helper()
	return must[*big.Int](e.t)(e.ksETH.BalanceOf(nil, who))
}

// mulDiv is a*b/c rounded down, as the contracts compute it.
func mulDiv(a, b, c *big.Int) *big.Int {
	return new(big.Int).Div(new(big.Int).Mul(a, b), c)
}

// TestStakingPoolDepositsAndWithdrawals: ksETH is minted at the exchange
// rate, which rewards raise; withdrawals are paid from the buffer when it
// covers them and no request waits, otherwise queued in order, finalized as
// ETH arrives and claimed; ETH owed to queued withdrawals is not given to
// mini-pools.
func TestStakingPoolDepositsAndWithdrawals(t *testing.T) {
	e := newEnv(t)
	ids := e.stage2Operators()
	e.reverts("DepositTooSmall")(e.pool.Deposit(e.valueOpts("alice", eth(0.09))))
	r := e.mine(e.pool.Deposit(e.valueOpts("alice", eth(30))))
	t.Logf("deposit: %d gas", r.GasUsed)
	e.stakeMiniPool(ids, startEpoch+1)
	// One day: +0.005 ETH on the beacon chain.
	e.report(startEpoch+226, eth(32.005), 1, nil, nil, "member1", "member2")
	pooled := must[*big.Int](t)(e.pool.TotalPooledEther(nil))
	wantBig(t, "pooled", pooled, eth(30.003375))
	rate := must[*big.Int](t)(e.pool.Rate(nil))
	if rate.Cmp(ether) <= 0 {
		t.Fatalf("rate %s did not rise", rate)
	}

	// Bob deposits 3 ETH at the higher rate and gets fewer than 3 ksETH.
	e.mine(e.pool.Deposit(e.valueOpts("bob", eth(3))))
	bobShares := mulDiv(eth(3), eth(30), pooled)
	wantBig(t, "bob ksETH", e.ksBalance(e.addr("bob")), bobShares)
	wantBig(t, "buffer", must[*big.Int](t)(e.pool.BufferedEther(nil)), eth(9))

	// Alice withdraws 2 ksETH: the buffer covers it, she is paid at once.
	supply := must[*big.Int](t)(e.ksETH.TotalSupply(nil))
	pooled = must[*big.Int](t)(e.pool.TotalPooledEther(nil))
	owed := mulDiv(eth(2), pooled, supply)
	before := e.balance(e.addr("alice"))
	r = e.mine(e.pool.RequestWithdrawal(e.opts("alice"), eth(2)))
	t.Logf("requestWithdrawal (paid from the buffer): %d gas", r.GasUsed)
	wantBig(t, "alice ETH after an immediate withdrawal", e.balance(e.addr("alice")), new(big.Int).Sub(new(big.Int).Add(before, owed), gasCost(r)))
	wantBig(t, "alice ksETH", e.ksBalance(e.addr("alice")), eth(28))

	// Alice withdraws 20 ksETH: more than the buffer, so it is queued; the
	// rate does not move (her shares were burnt at the rate).
	rateBefore := must[*big.Int](t)(e.pool.Rate(nil))
	supply = must[*big.Int](t)(e.ksETH.TotalSupply(nil))
	pooled = must[*big.Int](t)(e.pool.TotalPooledEther(nil))
	aliceOwed := mulDiv(eth(20), pooled, supply)
	r = e.mine(e.pool.RequestWithdrawal(e.opts("alice"), eth(20)))
	t.Logf("requestWithdrawal (queued): %d gas", r.GasUsed)
	q, err := e.pool.ParseWithdrawalQueued(*r.Logs[len(r.Logs)-1])
	if err != nil || q.RequestId.Sign() != 0 || q.Amount.Cmp(aliceOwed) != 0 {
		t.Fatalf("WithdrawalQueued %+v %v", q, err)
	}
	if d := new(big.Int).Sub(must[*big.Int](t)(e.pool.Rate(nil)), rateBefore); d.CmpAbs(big.NewInt(1)) > 0 {
		t.Fatalf("rate moved by %s wei on a queued withdrawal", d)
	}
	// Bob's small request would fit in the buffer but waits behind Alice's.
	bobOwed := mulDiv(eth(1), must[*big.Int](t)(e.pool.TotalPooledEther(nil)), must[*big.Int](t)(e.ksETH.TotalSupply(nil)))
	r = e.mine(e.pool.RequestWithdrawal(e.opts("bob"), eth(1)))
	if q, err := e.pool.ParseWithdrawalQueued(*r.Logs[len(r.Logs)-1]); err != nil || q.RequestId.Int64() != 1 {
		t.Fatalf("bob's request not queued second: %+v %v", q, err)
	}
	e.mine(e.pool.FinalizeWithdrawals(e.opts("carol"), big.NewInt(10)))
	if n := must[*big.Int](t)(e.pool.WithdrawalQueueLength(nil)); n.Int64() != 2 {
		t.Fatalf("%s requests left, want 2 (the buffer does not cover the first)", n)
	}
	e.reverts("NothingToClaim")(e.pool.Claim(e.opts("alice")))

	// Carol deposits 20 ETH: the queue can now be served, in order.
	e.mine(e.pool.Deposit(e.valueOpts("carol", eth(20))))
	r = e.mine(e.pool.FinalizeWithdrawals(e.opts("carol"), big.NewInt(10)))
	t.Logf("finalizeWithdrawals (2 requests): %d gas", r.GasUsed)
	wantBig(t, "alice claimable", must[*big.Int](t)(e.pool.Claimable(nil, e.addr("alice"))), aliceOwed)
	wantBig(t, "bob claimable", must[*big.Int](t)(e.pool.Claimable(nil, e.addr("bob"))), bobOwed)
	wantBig(t, "pending", must[*big.Int](t)(e.pool.PendingWithdrawals(nil)), new(big.Int))
	before = e.balance(e.addr("alice"))
	r = e.mine(e.pool.Claim(e.opts("alice")))
	wantBig(t, "alice after claim", e.balance(e.addr("alice")), new(big.Int).Sub(new(big.Int).Add(before, aliceOwed), gasCost(r)))
	e.reverts("NothingToClaim")(e.pool.Claim(e.opts("alice")))

	// The contract holds exactly its buffer plus unclaimed withdrawals.
	held := new(big.Int).Add(must[*big.Int](t)(e.pool.BufferedEther(nil)), bobOwed)
	wantBig(t, "pool ETH", e.balance(e.poolAddr), held)
}

// TestPendingWithdrawalsBlockFunding: ETH owed to queued withdrawals stays
// for them; a confirmed mini-pool is funded only from what is left.
func TestPendingWithdrawalsBlockFunding(t *testing.T) {
	e := newEnv(t)
	ids := e.stage2Operators()
	e.mine(e.pool.Deposit(e.valueOpts("alice", eth(24))))
	e.stakeMiniPool(ids, startEpoch+1)
	e.mine(e.pool.Deposit(e.valueOpts("bob", eth(5))))
	// Alice asks for 10 ETH; the buffer (5) cannot pay, so it is queued.
	e.mine(e.pool.RequestWithdrawal(e.opts("alice"), eth(10)))
	wantBig(t, "pending", must[*big.Int](t)(e.pool.PendingWithdrawals(nil)), eth(10))

	mp, addr := e.createMiniPool(ids)
	d := e.runDKG(addr)
	e.mine(e.submitDKG("op1", mp, d, e.approve(d, "signer1", "signer2", "signer3", "signer4")))
	e.report(startEpoch+2, eth(32), 1, []common.Address{addr}, []bool{true}, "member1", "member2")
	// 5 + 28 = 33 ETH buffered, 10 owed: 23 left, not enough.
	e.mine(e.pool.Deposit(e.valueOpts("carol", eth(28))))
	e.mine(e.pool.FundMiniPools(e.opts("carol"), big.NewInt(1)))
	if e.state(mp) != stateConfirmed {
		t.Fatal("mini-pool funded with ETH owed to withdrawals")
	}
	e.mine(e.pool.Deposit(e.valueOpts("carol", eth(1))))
	e.mine(e.pool.FundMiniPools(e.opts("carol"), big.NewInt(1)))
	if e.state(mp) != stateStaking || e.depositedGwei(d.result.Pubkey) != 32e9 {
		t.Fatal("mini-pool not funded once the buffer covers it")
	}
	wantBig(t, "buffer", must[*big.Int](t)(e.pool.BufferedEther(nil)), eth(10))
	e.mine(e.pool.FinalizeWithdrawals(e.opts("carol"), big.NewInt(1)))
	wantBig(t, "alice claimable", must[*big.Int](t)(e.pool.Claimable(nil, e.addr("alice"))), eth(10))
}

// TestWithdrawalReentrancy: a depositor contract that calls back into the
// pool when paid (withdrawing its remaining ksETH, or claiming again) is
// refused by the pool's reentrancy guard; it is paid exactly once, what it
// was owed.
func TestWithdrawalReentrancy(t *testing.T) {
	e := newEnv(t)
	attackerAddr, tx, attacker, err := DeployReentrantWithdrawer(e.opts("attacker"), e.backend, e.poolAddr)
	e.deployed(attackerAddr, tx, err)
	e.mine(attacker.Deposit(e.valueOpts("attacker", eth(2))))
	wantBig(t, "attacker ksETH", e.ksBalance(attackerAddr), eth(2))
	guardSelector := e.selector("ReentrancyGuardReentrantCall")

	// Immediate withdrawal of 1 ksETH, re-entered from receive().
	e.mine(attacker.AttackWithdraw(e.opts("attacker"), eth(1)))
	if n := must[*big.Int](t)(attacker.Reentries(nil)); n.Int64() != 1 {
		t.Fatalf("%s re-entries attempted, want 1", n)
	}
	if n := must[*big.Int](t)(attacker.ReentriesSucceeded(nil)); n.Sign() != 0 {
		t.Fatal("re-entrant withdrawal succeeded")
	}
	if got := must[[]byte](t)(attacker.LastError(nil)); len(got) < 4 || [4]byte(got[:4]) != guardSelector {
		t.Fatalf("re-entry refused with %x, want ReentrancyGuardReentrantCall", got)
	}
	wantBig(t, "attacker ETH", e.balance(attackerAddr), eth(1))
	wantBig(t, "attacker ksETH", e.ksBalance(attackerAddr), eth(1))
	wantBig(t, "pool ETH", e.balance(e.poolAddr), eth(1))

	// Claim, re-entered. The attacker's request is queued behind a larger one.
	ids := e.stage2Operators()
	e.mine(e.pool.Deposit(e.valueOpts("bob", eth(23))))
	e.stakeMiniPool(ids, startEpoch+1) // buffer: 24 - 24 = 0
	e.mine(e.pool.RequestWithdrawal(e.opts("bob"), eth(1)))
	e.mine(attacker.AttackWithdraw(e.opts("attacker"), eth(1))) // queued: nothing paid
	e.mine(e.pool.Deposit(e.valueOpts("carol", eth(5))))
	e.mine(e.pool.FinalizeWithdrawals(e.opts("carol"), big.NewInt(10)))
	wantBig(t, "attacker claimable", must[*big.Int](t)(e.pool.Claimable(nil, attackerAddr)), eth(1))
	e.mine(attacker.Reset(e.opts("attacker")))
	e.mine(attacker.AttackClaim(e.opts("attacker")))
	if n := must[*big.Int](t)(attacker.Reentries(nil)); n.Int64() != 1 {
		t.Fatalf("%s re-entries attempted, want 1", n)
	}
	if n := must[*big.Int](t)(attacker.ReentriesSucceeded(nil)); n.Sign() != 0 {
		t.Fatal("re-entrant claim succeeded")
	}
	if got := must[[]byte](t)(attacker.LastError(nil)); len(got) < 4 || [4]byte(got[:4]) != guardSelector {
		t.Fatalf("re-entrant claim refused with %x, want ReentrancyGuardReentrantCall", got)
	}
	wantBig(t, "attacker ETH", e.balance(attackerAddr), eth(2))
	wantBig(t, "attacker claimable after the claim", must[*big.Int](t)(e.pool.Claimable(nil, attackerAddr)), new(big.Int))
}

// TestStakingPoolAccessControl: only the oracle reports, only the admin sets
// the factory (once), only the pool mints and burns ksETH.
func TestStakingPoolAccessControl(t *testing.T) {
	e := newEnv(t)
	e.reverts("AccessControlUnauthorizedAccount")(e.pool.OnOracleReport(e.opts("alice"), startEpoch+1, eth(32), big.NewInt(0)))
	e.reverts("AccessControlUnauthorizedAccount")(e.pool.SetFactory(e.opts("alice"), e.addr("alice")))
	e.reverts("FactoryAlreadySet")(e.pool.SetFactory(e.opts("admin"), e.addr("alice")))
	e.reverts("OwnableUnauthorizedAccount")(e.ksETH.Mint(e.opts("alice"), e.addr("alice"), eth(1)))
	e.mine(e.pool.Deposit(e.valueOpts("alice", eth(1))))
	e.reverts("OwnableUnauthorizedAccount")(e.ksETH.Burn(e.opts("alice"), e.addr("alice"), eth(1)))
	e.reverts("ZeroShares")(e.pool.RequestWithdrawal(e.opts("alice"), new(big.Int)))
	e.reverts("ERC20InsufficientBalance")(e.pool.RequestWithdrawal(e.opts("bob"), eth(1)))
	// ksETH is a plain ERC-20: transferable, and the receiver can redeem.
	e.mine(e.ksETH.Transfer(e.opts("alice"), e.addr("bob"), eth(0.5)))
	e.mine(e.pool.RequestWithdrawal(e.opts("bob"), eth(0.5)))
	wantBig(t, "bob ksETH", e.ksBalance(e.addr("bob")), new(big.Int))
}
