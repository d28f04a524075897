package contracts

import (
	"math/big"
	"testing"
)

// maxIncrease is Oracle.checkBounds' largest allowed increase over expected
// for a report `epochs` after the last one.
func maxIncrease(expected *big.Int, epochs int64) *big.Int {
	num := new(big.Int).Mul(expected, big.NewInt(maxAprBps*epochs*384))
	return num.Div(num, big.NewInt(10_000*365*24*3600))
}

// TestOracleQuorum: only members report; a member votes once per epoch;
// a report applies when the quorum agrees on identical data and not before;
// stale epochs are refused; membership changes keep a majority quorum.
func TestOracleQuorum(t *testing.T) {
	e := newEnv(t)
	zero := new(big.Int)
	e.reverts("NotMember")(e.oracle.SubmitReport(e.opts("alice"), startEpoch+1, zero, zero, nil, nil))
	e.reverts("StaleEpoch")(e.oracle.SubmitReport(e.opts("member1"), startEpoch, zero, zero, nil, nil))
	e.mine(e.oracle.SubmitReport(e.opts("member1"), startEpoch+1, zero, zero, nil, nil))
	e.reverts("AlreadyVoted")(e.oracle.SubmitReport(e.opts("member1"), startEpoch+1, zero, zero, nil, nil))
	// Member 2 disagrees (another balance): no quorum for either.
	r := e.mine(e.oracle.SubmitReport(e.opts("member2"), startEpoch+1, big.NewInt(1), zero, nil, nil))
	if ev, err := e.oracle.ParseReportSubmitted(*r.Logs[0]); err != nil || ev.Votes.Int64() != 1 {
		t.Fatalf("ReportSubmitted %+v %v", ev, err)
	}
	if got := must[uint64](t)(e.oracle.LastEpoch(nil)); got != startEpoch {
		t.Fatalf("applied without a quorum: last epoch %d", got)
	}
	// Member 3 agrees with member 1: applied.
	r = e.mine(e.oracle.SubmitReport(e.opts("member3"), startEpoch+1, zero, zero, nil, nil))
	t.Logf("submitReport (the quorum's vote, applied): %d gas", r.GasUsed)
	if got := must[uint64](t)(e.oracle.LastEpoch(nil)); got != startEpoch+1 {
		t.Fatalf("not applied at the quorum: last epoch %d", got)
	}
	if got := must[uint64](t)(e.pool.ReportEpoch(nil)); got != startEpoch+1 {
		t.Fatalf("pool's report epoch %d", got)
	}
	e.reverts("StaleEpoch")(e.oracle.SubmitReport(e.opts("member2"), startEpoch+1, zero, zero, nil, nil))
	e.reverts("LengthMismatch")(e.oracle.SubmitReport(e.opts("member2"), startEpoch+2, zero, zero, nil, []bool{true}))

	// Membership: managers only; the quorum must stay a majority.
	e.reverts("AccessControlUnauthorizedAccount")(e.oracle.AddMember(e.opts("member1"), e.addr("alice"), big.NewInt(3)))
	e.reverts("InvalidQuorum")(e.oracle.AddMember(e.opts("admin"), e.addr("alice"), big.NewInt(2)))
	e.reverts("InvalidQuorum")(e.oracle.AddMember(e.opts("admin"), e.addr("alice"), big.NewInt(5)))
	e.mine(e.oracle.AddMember(e.opts("admin"), e.addr("alice"), big.NewInt(3)))
	e.reverts("InvalidQuorum")(e.oracle.RemoveMember(e.opts("admin"), e.addr("member3"), big.NewInt(1)))
	e.mine(e.oracle.RemoveMember(e.opts("admin"), e.addr("member3"), big.NewInt(2)))
	e.reverts("NotMember")(e.oracle.SubmitReport(e.opts("member3"), startEpoch+2, zero, zero, nil, nil))
	e.reverts("AccessControlUnauthorizedAccount")(e.oracle.SetBounds(e.opts("alice"), big.NewInt(1e4), big.NewInt(1e4)))
}

// TestOracleBounds: with one funded validator, a report may raise the
// beacon balance by at most maxAprBps a year pro rata (exactly at the
// bound passes, one wei more fails) and lower it by at most maxDecreaseBps;
// a new validator is expected to add 32 ETH; a report counting more
// validators than the pool funded is refused; a refused report leaves the
// epoch open for a sane one.
func TestOracleBounds(t *testing.T) {
	e := newEnv(t)
	ids := e.stage2Operators()
	e.mine(e.pool.Deposit(e.valueOpts("alice", eth(24))))
	e.stakeMiniPool(ids, startEpoch+1)
	last := uint64(startEpoch + 1)

	// The new validator appears: 32 ETH expected; 0.001 ETH over it after
	// one epoch is far above 10% a year.
	e.callReverts("IncreaseTooLarge", e.oracle.CheckBounds(nil, last+1, eth(32.001), big.NewInt(1)))
	limit := maxIncrease(eth(32), 225)
	atLimit := new(big.Int).Add(eth(32), limit)
	if err := e.oracle.CheckBounds(nil, last+225, atLimit, big.NewInt(1)); err != nil {
		t.Fatalf("increase at the bound refused: %v", err)
	}
	e.callReverts("IncreaseTooLarge", e.oracle.CheckBounds(nil, last+225, new(big.Int).Add(atLimit, big.NewInt(1)), big.NewInt(1)))
	e.callReverts("IncreaseTooLarge", e.oracle.CheckBounds(nil, last+225, eth(64), big.NewInt(1)))

	// A report over the bound reverts at the quorum's vote; the epoch stays open.
	e.mine(e.oracle.SubmitReport(e.opts("member1"), last+225, eth(32.1), big.NewInt(1), nil, nil))
	e.reverts("IncreaseTooLarge")(e.oracle.SubmitReport(e.opts("member2"), last+225, eth(32.1), big.NewInt(1), nil, nil))
	e.report(last+225, atLimit, 1, nil, nil, "member2", "member3")
	last += 225

	// Decreases: at most 5% per report.
	maxDrop := mulDiv(atLimit, big.NewInt(maxDecreaseBps), big.NewInt(10_000))
	tooLow := new(big.Int).Sub(new(big.Int).Sub(atLimit, maxDrop), big.NewInt(1))
	e.callReverts("DecreaseTooLarge", e.oracle.CheckBounds(nil, last+1, tooLow, big.NewInt(1)))
	rateBefore := must[*big.Int](t)(e.pool.Rate(nil))
	e.report(last+1, eth(31), 1, nil, nil, "member1", "member3")
	last++
	rateAfter := must[*big.Int](t)(e.pool.Rate(nil))
	if rateAfter.Cmp(rateBefore) >= 0 {
		t.Fatalf("rate %s did not fall from %s on a loss", rateAfter, rateBefore)
	}
	// A loss is shared 3/4 by the pool: 24 ETH principal + the pool's part of 31 ETH.
	wantBig(t, "pooled after a loss", must[*big.Int](t)(e.pool.TotalPooledEther(nil)), eth(23.25))

	// Two validators reported while the pool funded one.
	e.mine(e.oracle.SubmitReport(e.opts("member1"), last+1, eth(63), big.NewInt(2), nil, nil))
	e.reverts("TooManyBeaconValidators")(e.oracle.SubmitReport(e.opts("member2"), last+1, eth(63), big.NewInt(2), nil, nil))

	// Looser bounds, set by the manager, accept a halving.
	e.callReverts("DecreaseTooLarge", e.oracle.CheckBounds(nil, last+1, eth(15.5), big.NewInt(1)))
	e.mine(e.oracle.SetBounds(e.opts("admin"), big.NewInt(maxAprBps), big.NewInt(5_000)))
	if err := e.oracle.CheckBounds(nil, last+1, eth(15.5), big.NewInt(1)); err != nil {
		t.Fatalf("looser bounds: %v", err)
	}
}
