package contracts

import (
	"math/big"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/keystake/keystake/seal"
)

// TestFeeAccountingInvariant drives the stage 1 contracts through a seeded
// random sequence of registrations, top-ups, owner withdrawals, fee
// increases (after the delay) and decreases, operator removals, earnings
// withdrawals, removals, liquidations and block gaps, and after every step
// checks that the fee vault holds exactly what the active validators still
// own plus what the operators have earned and not withdrawn: no token is
// created or lost by per-block accrual, whatever the order of events.
// Gaps stay below the liquidation threshold and liquidatable validators are
// liquidated after each step, so no balance runs below zero.
func TestFeeAccountingInvariant(t *testing.T) {
	e := newEnv(t)
	rng := rand.New(rand.NewPCG(7, 11))
	const nOps = 5
	var ids []uint64
	owners := map[uint64]string{}
	for i := 1; i <= nOps; i++ {
		id := e.registerOperator(i, int64(1+rng.IntN(5))*1e11)
		ids = append(ids, id)
		owners[id] = "op" + string(rune('0'+i))
	}
	removed := map[uint64]bool{}
	counts := map[string]int{}
	e.fundFees("alice", big.NewInt(1e18))
	e.fundFees("bob", big.NewInt(1e18))
	e.mine(e.token.Approve(e.opts("alice"), e.valsAddr, big.NewInt(1e18)))

	type validator struct {
		c   *committee
		ops []uint64
	}
	var active []validator

	activeOps := func() []uint64 {
		var out []uint64
		for _, id := range ids {
			if !removed[id] {
				out = append(out, id)
			}
		}
		return out
	}
	check := func(step int, what string) {
		t.Helper()
		for i := 0; i < len(active); {
			if must[bool](t)(e.vals.IsLiquidatable(nil, active[i].c.pubkey[:])) {
				e.mine(e.vals.Liquidate(e.opts("liquidator"), active[i].c.pubkey[:]))
				counts["liquidation"]++
				active = slices.Delete(active, i, i+1)
				continue
			}
			i++
		}
		owned := new(big.Int)
		for _, v := range active {
			owned.Add(owned, must[*big.Int](t)(e.vals.BalanceOf(nil, v.c.pubkey[:])))
		}
		earned := new(big.Int)
		for _, id := range ids {
			earned.Add(earned, must[*big.Int](t)(e.ops.EarningsOf(nil, id)))
		}
		vault := e.tokenBalance(e.opsAddr)
		if sum := new(big.Int).Add(owned, earned); sum.Cmp(vault) != 0 {
			t.Fatalf("step %d (%s): vault %s, validators %s + operators %s = %s", step, what, vault, owned, earned, sum)
		}
	}

	for step := range 80 {
		var what string
		switch k := rng.IntN(9); {
		case k <= 1 && len(activeOps()) >= 4: // register
			cand := activeOps()
			rng.Shuffle(len(cand), func(i, j int) { cand[i], cand[j] = cand[j], cand[i] })
			ops := slices.Clone(cand[:4])
			slices.Sort(ops)
			c := newCommittee(t, fakeEncKeys(t))
			burn, err := e.ops.IndexSum(nil, ops)
			if err != nil {
				t.Fatal(err)
			}
			// Between 100 and 180 blocks of fees: liquidations happen.
			amount := new(big.Int).Mul(burn.BurnRate, big.NewInt(int64(100+rng.IntN(80))))
			e.mine(e.vals.RegisterValidator(e.opts("alice"), c.pubkey[:], ops, c.publicShares, c.sealed, amount))
			active = append(active, validator{c, ops})
			what = "register"
		case k == 2 && len(active) > 0: // top-up by bob
			v := active[rng.IntN(len(active))]
			e.mine(e.vals.Deposit(e.opts("bob"), v.c.pubkey[:], big.NewInt(int64(1+rng.IntN(1000))*1e11)))
			what = "deposit"
		case k == 3 && len(active) > 0: // owner withdrawal, when the collateral allows
			v := active[rng.IntN(len(active))]
			bal := must[*big.Int](t)(e.vals.BalanceOf(nil, v.c.pubkey[:]))
			amount := new(big.Int).Div(bal, big.NewInt(10))
			if _, err := e.vals.Withdraw(e.opts("alice"), v.c.pubkey[:], amount, e.addr("alice")); err == nil {
				e.sim.Commit()
			}
			what = "withdraw"
		case k == 4: // fee increase of at most half, after the delay
			id := ids[rng.IntN(len(ids))]
			if removed[id] {
				continue
			}
			op, err := e.ops.GetOperator(nil, id)
			if err != nil {
				t.Fatal(err)
			}
			fee := new(big.Int).Add(op.FeePerBlock, new(big.Int).Div(op.FeePerBlock, big.NewInt(2)))
			e.mine(e.ops.DeclareFee(e.opts(owners[id]), id, fee))
			if err := e.sim.AdjustTime(feeChangeDelay * 1e9); err != nil {
				t.Fatal(err)
			}
			e.mine(e.ops.ExecuteFee(e.opts(owners[id]), id))
			what = "fee increase"
		case k == 5: // fee decrease, or removal of an operator
			id := ids[rng.IntN(len(ids))]
			if removed[id] {
				continue
			}
			if rng.IntN(3) == 0 && len(activeOps()) > 4 {
				e.mine(e.ops.RemoveOperator(e.opts(owners[id]), id))
				removed[id] = true
				what = "operator removal"
			} else {
				op, err := e.ops.GetOperator(nil, id)
				if err != nil {
					t.Fatal(err)
				}
				lower := new(big.Int).Div(new(big.Int).Mul(op.FeePerBlock, big.NewInt(2)), big.NewInt(3))
				e.mine(e.ops.ReduceFee(e.opts(owners[id]), id, lower))
				what = "fee decrease"
			}
		case k == 6: // operator withdraws half its earnings
			id := ids[rng.IntN(len(ids))]
			half := new(big.Int).Div(must[*big.Int](t)(e.ops.EarningsOf(nil, id)), big.NewInt(2))
			e.mine(e.ops.WithdrawEarnings(e.opts(owners[id]), id, half, e.addr(owners[id])))
			what = "earnings withdrawal"
		case k == 7 && len(active) > 0: // removal
			i := rng.IntN(len(active))
			e.mine(e.vals.RemoveValidator(e.opts("alice"), active[i].c.pubkey[:]))
			active = slices.Delete(active, i, i+1)
			what = "validator removal"
		default: // a gap of up to 60 blocks
			e.commit(1 + rng.IntN(60))
			what = "blocks"
		}
		counts[what]++
		check(step, what)
	}
	t.Logf("steps: %v; %d validators active at the end", counts, len(active))
	for _, what := range []string{"register", "blocks", "fee increase", "liquidation", "validator removal"} {
		if counts[what] == 0 {
			t.Errorf("the sequence had no %s step", what)
		}
	}
}

// fakeEncKeys returns four fresh encryption keys for committees whose
// shares nobody opens.
func fakeEncKeys(t *testing.T) []*seal.PrivateKey {
	t.Helper()
	keys := make([]*seal.PrivateKey, 4)
	for i := range keys {
		k, err := seal.GenerateKey()
		if err != nil {
			t.Fatal(err)
		}
		keys[i] = k
	}
	return keys
}
