package contracts

import (
	"math/big"
	"testing"
)

const stateExited uint8 = stateFailed + 1

// TestMiniPoolExit: after the validator's exit its balance reaches the
// mini-pool; distributeExit returns the pool's part (plus its share of the
// gain less the commission, or, on a loss, as much of its part as there is:
// the bond absorbs losses first) and the initiator gets the rest; the pool
// stops counting the mini-pool as funded, the returned ETH serves a queued
// withdrawal, and the oracle's next report without the validator applies.
func TestMiniPoolExit(t *testing.T) {
	for _, c := range []struct {
		name                 string
		balance, pool, init_ float64
	}{
		// gain 0.1: the pool's part 0.075 less 0.0075 commission; the
		// initiator 8.025 + 0.00375; the others 0.00125 each.
		{"gain", 32.1, 24.0675, 8.02875},
		{"loss within the bond", 28, 24, 4},
		{"loss beyond the bond", 20, 20, 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			e := newEnv(t)
			ids := e.stage2Operators()
			e.mine(e.pool.Deposit(e.valueOpts("alice", eth(24))))
			mp, addr, _ := e.stakeMiniPool(ids, startEpoch+1)
			e.report(startEpoch+2, eth(32), 1, nil, nil, "member1", "member2")
			// Alice asks for 10 ETH; the buffer is empty, so she waits.
			e.mine(e.pool.RequestWithdrawal(e.opts("alice"), eth(10)))
			wantBig(t, "pending", must[*big.Int](t)(e.pool.PendingWithdrawals(nil)), eth(10))

			e.reverts("NotExit")(mp.DistributeExit(e.opts("carol")))
			e.sendETH("bob", addr, eth(c.balance)) // the exited validator's withdrawal
			e.reverts("NotRewards")(mp.DistributeRewards(e.opts("carol")))
			r := e.mine(mp.DistributeExit(e.opts("carol")))
			t.Logf("distributeExit: %d gas", r.GasUsed)
			if e.state(mp) != stateExited {
				t.Fatalf("state %d after the exit", e.state(mp))
			}
			e.reverts("WrongState")(mp.DistributeExit(e.opts("carol")))
			wantBig(t, "pool buffer", must[*big.Int](t)(e.pool.BufferedEther(nil)), eth(c.pool))
			wantBig(t, "initiator's share", must[*big.Int](t)(mp.InitiatorRewards(nil)), eth(c.init_))
			others := new(big.Int).Sub(eth(c.balance), new(big.Int).Add(eth(c.pool), eth(c.init_)))
			for i := int64(1); i <= 3; i++ {
				wantBig(t, "operator's share", new(big.Int).Mul(must[*big.Int](t)(mp.OperatorRewards(nil, big.NewInt(i))), big.NewInt(3)), others)
			}
			if n := must[*big.Int](t)(e.pool.FundedMiniPools(nil)); n.Sign() != 0 {
				t.Fatalf("%s mini-pools still funded", n)
			}

			// The next report no longer has the validator.
			e.report(startEpoch+3, new(big.Int), 0, nil, nil, "member1", "member3")
			// Pool value: what came back, less what Alice is owed.
			wantBig(t, "pooled", must[*big.Int](t)(e.pool.TotalPooledEther(nil)), new(big.Int).Sub(eth(c.pool), eth(10)))
			e.mine(e.pool.FinalizeWithdrawals(e.opts("carol"), big.NewInt(1)))
			wantBig(t, "alice claimable", must[*big.Int](t)(e.pool.Claimable(nil, e.addr("alice"))), eth(10))
			// Alice's remaining 14 ksETH, all there are, are worth the rest.
			wantBig(t, "ksETH supply", must[*big.Int](t)(e.ksETH.TotalSupply(nil)), eth(14))
			if c.init_ > 0 {
				before := e.balance(e.addr("op1"))
				r := e.mine(mp.ClaimInitiatorRewards(e.opts("op1")))
				wantBig(t, "initiator", e.balance(e.addr("op1")), new(big.Int).Sub(new(big.Int).Add(before, eth(c.init_)), gasCost(r)))
			}
			wantBig(t, "mini-pool balance", e.balance(addr), others) // the operators have not claimed
		})
	}
}
