package contracts

import (
	"bytes"
	"encoding/binary"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/keystake/keystake/deposit"
	"github.com/keystake/keystake/tbls"
)

// Mini-pool states (MiniPool.State).
const (
	stateAwaitingDKG uint8 = iota
	statePreDeposited
	stateConfirmed
	stateStaking
	stateFailed
)

// stage2Operators registers op1..op4 (signers signer1..4) and has the DAO
// verify operators 2 and 3.
func (e *env) stage2Operators() []uint64 {
	e.t.Helper()
	ids := make([]uint64, 4)
	for i := range 4 {
		ids[i] = e.registerOperator(i+1, 1e12)
	}
	e.mine(e.ops.SetVerified(e.opts("admin"), ids[1], true))
	e.mine(e.ops.SetVerified(e.opts("admin"), ids[2], true))
	return ids
}

// createMiniPool has op1 bond 8 ETH for a mini-pool with operators ids and
// checks the factory's events.
func (e *env) createMiniPool(ids []uint64) (*MiniPool, common.Address) {
	e.t.Helper()
	r := e.mine(e.factory.CreateMiniPool(e.valueOpts("op1", eth(8)), ids[0], [3]uint64{ids[1], ids[2], ids[3]}))
	e.t.Logf("createMiniPool: %d gas", r.GasUsed)
	var created *MiniPoolFactoryMiniPoolCreated
	var req *MiniPoolFactoryDKGRequested
	for _, l := range r.Logs {
		if x, err := e.factory.ParseMiniPoolCreated(*l); err == nil {
			created = x
		}
		if x, err := e.factory.ParseDKGRequested(*l); err == nil {
			req = x
		}
	}
	if created == nil || req == nil {
		e.t.Fatal("missing MiniPoolCreated or DKGRequested")
	}
	addr := created.MiniPool
	if req.MiniPool != addr || req.Threshold.Int64() != 3 || req.OperatorIds != [4]uint64{ids[0], ids[1], ids[2], ids[3]} {
		e.t.Fatalf("DKGRequested %+v", req)
	}
	// The credentials the committee is asked for are the deposit package's
	// 0x01 credentials for the mini-pool's address.
	if want := deposit.ExecutionWithdrawalCredentials(deposit.Address(addr)); req.WithdrawalCredentials != want {
		e.t.Fatalf("withdrawal credentials %x, want %x", req.WithdrawalCredentials, want)
	}
	mp, err := NewMiniPool(addr, e.backend)
	if err != nil {
		e.t.Fatal(err)
	}
	wantBig(e.t, "mini-pool balance", e.balance(addr), eth(8))
	return mp, addr
}

// dkg is the outcome of a committee's DKG for a mini-pool: a 3-of-4 key,
// its public shares and both deposits signed by the project's deposit
// package with real BLS signatures.
type dkg struct {
	sk           *tbls.SecretKey
	result       DKGResult
	first, topUp *deposit.Data
}

func (e *env) runDKG(mpAddr common.Address) *dkg {
	e.t.Helper()
	sk := tbls.GenerateSecretKey()
	split, err := tbls.SplitSecret(sk, 4, 3)
	if err != nil {
		e.t.Fatal(err)
	}
	var shares []byte
	for i := 1; i <= 4; i++ {
		ps := split.PublicShares[i]
		shares = append(shares, ps[:]...)
	}
	wc := deposit.ExecutionWithdrawalCredentials(deposit.Address(mpAddr))
	first, err := deposit.Sign(sk, wc, 1e9, deposit.Mainnet)
	if err != nil {
		e.t.Fatal(err)
	}
	topUp, err := deposit.Sign(sk, wc, 31e9, deposit.Mainnet)
	if err != nil {
		e.t.Fatal(err)
	}
	pk := sk.PublicKey()
	return &dkg{sk: sk, first: first, topUp: topUp, result: DKGResult{
		MiniPool: mpAddr, Pubkey: pk[:], PublicShares: shares, WithdrawalCredentials: wc,
		DepositDataRoot: first.DepositDataRoot, TopUpDataRoot: topUp.DepositDataRoot,
	}}
}

// approve signs d's result with the named signers' keys.
func (e *env) approve(d *dkg, signers ...string) [][]byte {
	e.t.Helper()
	digest := d.result.Digest(e.chainID)
	var out [][]byte
	for _, s := range signers {
		sig, err := crypto.Sign(digest[:], e.acct[s].key)
		if err != nil {
			e.t.Fatal(err)
		}
		sig[64] += 27
		out = append(out, sig)
	}
	return out
}

func (e *env) submitDKG(who string, mp *MiniPool, d *dkg, approvals [][]byte) (*types.Transaction, error) {
	return mp.SubmitDKGResult(e.opts(who), d.result.Pubkey, d.result.PublicShares,
		d.first.Signature[:], d.first.DepositDataRoot, d.topUp.Signature[:], d.topUp.DepositDataRoot, approvals)
}

// report has the named members submit the same report; the last
// submission is expected to apply it.
func (e *env) report(epoch uint64, balance *big.Int, validators int64, pools []common.Address, ok []bool, members ...string) {
	e.t.Helper()
	for _, m := range members {
		e.mine(e.oracle.SubmitReport(e.opts(m), epoch, balance, big.NewInt(validators), pools, ok))
	}
	if got := must[uint64](e.t)(e.oracle.LastEpoch(nil)); got != epoch {
		e.t.Fatalf("report for epoch %d not applied (last %d)", epoch, got)
	}
}

func (e *env) state(mp *MiniPool) uint8 {
	e.t.Helper()
	return must[uint8](e.t)(mp.State(nil))
}

func (e *env) depositedGwei(pubkey []byte) uint64 {
	e.t.Helper()
	return must[uint64](e.t)(e.dep.DepositedGwei(nil, crypto.Keccak256Hash(pubkey)))
}

// stakeMiniPool takes a new mini-pool from the bond to 32 ETH staked,
// checking each step; the pool must hold at least 24 ETH.
func (e *env) stakeMiniPool(ids []uint64, epoch uint64) (*MiniPool, common.Address, *dkg) {
	e.t.Helper()
	mp, addr := e.createMiniPool(ids)
	d := e.runDKG(addr)
	r := e.mine(e.submitDKG("op1", mp, d, e.approve(d, "signer1", "signer2", "signer3", "signer4")))
	e.t.Logf("submitDKGResult (4 ECDSA approvals, 1 ETH deposit): %d gas", r.GasUsed)
	if e.state(mp) != statePreDeposited || e.depositedGwei(d.result.Pubkey) != 1e9 {
		e.t.Fatalf("after the DKG result: state %d, deposited %d gwei", e.state(mp), e.depositedGwei(d.result.Pubkey))
	}
	prevBal := must[*big.Int](e.t)(e.oracle.LastBalance(nil))
	prevN := must[*big.Int](e.t)(e.oracle.LastValidators(nil))
	e.report(epoch, prevBal, prevN.Int64(), []common.Address{addr}, []bool{true}, "member1", "member2")
	if e.state(mp) != stateConfirmed {
		e.t.Fatalf("state %d after confirmation", e.state(mp))
	}
	r = e.mine(e.pool.FundMiniPools(e.opts("bob"), big.NewInt(1)))
	e.t.Logf("fundMiniPools (24 ETH, 31 ETH top-up): %d gas", r.GasUsed)
	if e.state(mp) != stateStaking || e.depositedGwei(d.result.Pubkey) != 32e9 {
		e.t.Fatalf("after funding: state %d, deposited %d gwei", e.state(mp), e.depositedGwei(d.result.Pubkey))
	}
	return mp, addr, d
}

// TestMiniPoolEndToEnd runs stage 2 on the EVM: a depositor stakes 30 ETH;
// an operator bonds 8 ETH with three others; the committee's DKG result
// (a real 3-of-4 BLS key, deposits signed by the deposit package) is approved
// by the four operators' signers and puts 1 ETH in the deposit contract;
// the oracle's quorum confirms the credentials; the pool funds the mini-pool
// with 24 ETH and the validator reaches 32 ETH in the deposit contract with
// valid deposit_data_roots; the deposit tree root matches one computed in
// Go; a beacon-balance report raises the ksETH rate; rewards sent to the
// mini-pool are split between the pool and the initiator with its commission.
func TestMiniPoolEndToEnd(t *testing.T) {
	e := newEnv(t)
	ids := e.stage2Operators()
	e.mine(e.pool.Deposit(e.valueOpts("alice", eth(30))))
	wantBig(t, "alice ksETH", must[*big.Int](t)(e.ksETH.BalanceOf(nil, e.addr("alice"))), eth(30))

	mp, addr := e.createMiniPool(ids)
	if e.state(mp) != stateAwaitingDKG {
		t.Fatal("new mini-pool not awaiting its DKG")
	}
	d := e.runDKG(addr)
	// The contract's digest is the one the Go side signs.
	onChain := must[[32]byte](t)(mp.DkgResultDigest(nil, d.result.Pubkey, d.result.PublicShares, d.result.DepositDataRoot, d.result.TopUpDataRoot))
	if onChain != d.result.Digest(e.chainID) {
		t.Fatalf("digest: contract %x, Go %x", onChain, d.result.Digest(e.chainID))
	}
	r := e.mine(e.submitDKG("op1", mp, d, e.approve(d, "signer1", "signer2", "signer3", "signer4")))
	var depEv *TestDepositContractDepositEvent
	for _, l := range r.Logs {
		if x, err := e.dep.ParseDepositEvent(*l); err == nil {
			depEv = x
		}
	}
	amountLE := binary.LittleEndian.AppendUint64(nil, 1e9)
	if depEv == nil || !bytes.Equal(depEv.Pubkey, d.result.Pubkey) || !bytes.Equal(depEv.WithdrawalCredentials, d.result.WithdrawalCredentials[:]) ||
		!bytes.Equal(depEv.Amount, amountLE) || !bytes.Equal(depEv.Signature, d.first.Signature[:]) {
		t.Fatalf("DepositEvent %+v", depEv)
	}
	if e.state(mp) != statePreDeposited || e.depositedGwei(d.result.Pubkey) != 1e9 {
		t.Fatal("1 ETH not deposited")
	}
	wantBig(t, "mini-pool balance after the pre-deposit", e.balance(addr), eth(7))
	e.reverts("WrongState")(e.submitDKG("op1", mp, d, e.approve(d, "signer1", "signer2", "signer3", "signer4")))

	// Nothing is funded before the oracle confirms the credentials.
	e.mine(e.pool.FundMiniPools(e.opts("bob"), big.NewInt(5)))
	if e.state(mp) != statePreDeposited {
		t.Fatal("funded before confirmation")
	}
	e.reverts("WrongState")(mp.Fund(e.valueOpts("bob", eth(24))))

	e.mine(e.oracle.SubmitReport(e.opts("member1"), startEpoch+1, new(big.Int), new(big.Int), []common.Address{addr}, []bool{true}))
	if e.state(mp) != statePreDeposited {
		t.Fatal("confirmed by one member of a 2-of-3 oracle")
	}
	e.mine(e.oracle.SubmitReport(e.opts("member2"), startEpoch+1, new(big.Int), new(big.Int), []common.Address{addr}, []bool{true}))
	if e.state(mp) != stateConfirmed || must[*big.Int](t)(e.pool.MiniPoolQueueLength(nil)).Int64() != 1 {
		t.Fatal("not confirmed and queued after the quorum")
	}
	e.reverts("NotStakingPool")(mp.Fund(e.valueOpts("bob", eth(24))))

	r = e.mine(e.pool.FundMiniPools(e.opts("bob"), big.NewInt(5)))
	t.Logf("fundMiniPools (24 ETH, 31 ETH top-up): %d gas", r.GasUsed)
	if e.state(mp) != stateStaking || e.depositedGwei(d.result.Pubkey) != 32e9 {
		t.Fatalf("state %d, %d gwei deposited", e.state(mp), e.depositedGwei(d.result.Pubkey))
	}
	wantBig(t, "mini-pool balance after the top-up", e.balance(addr), new(big.Int))
	wantBig(t, "pool buffer", must[*big.Int](t)(e.pool.BufferedEther(nil)), eth(6))
	wantBig(t, "rate after funding", must[*big.Int](t)(e.pool.Rate(nil)), ether)
	wantBig(t, "pooled after funding", must[*big.Int](t)(e.pool.TotalPooledEther(nil)), eth(30))
	root := must[[32]byte](t)(e.dep.GetDepositRoot(nil))
	if want := depositTreeRoot([][32]byte{d.first.DepositDataRoot, d.topUp.DepositDataRoot}); root != want {
		t.Fatalf("deposit root %x, want %x", root, want)
	}

	// One day later the validator has earned 0.005 ETH: the rate goes up by
	// the pool's part, 3/4 of it less the 10% commission.
	day := uint64(225)
	e.report(startEpoch+1+day, eth(32.005), 1, nil, nil, "member2", "member3")
	wantPooled := new(big.Int).Add(eth(30), eth(0.003375))
	wantBig(t, "pooled after the report", must[*big.Int](t)(e.pool.TotalPooledEther(nil)), wantPooled)
	wantRate := new(big.Int).Div(new(big.Int).Mul(wantPooled, ether), eth(30))
	wantBig(t, "rate after the report", must[*big.Int](t)(e.pool.Rate(nil)), wantRate)

	// 0.04 ETH of rewards reach the mini-pool. The pool's part is 0.03, less
	// the 10% commission: 0.027. Of the 0.003 commission, half goes to the
	// three other operators (0.0005 each); the initiator gets 0.01 + 0.0015.
	e.sendETH("carol", addr, eth(0.04))
	r = e.mine(mp.DistributeRewards(e.opts("carol")))
	t.Logf("distributeRewards: %d gas", r.GasUsed)
	wantBig(t, "pool buffer after rewards", must[*big.Int](t)(e.pool.BufferedEther(nil)), new(big.Int).Add(eth(6), eth(0.027)))
	wantBig(t, "initiator rewards", must[*big.Int](t)(mp.InitiatorRewards(nil)), eth(0.0115))
	for i := int64(1); i <= 3; i++ {
		wantBig(t, "operator rewards", must[*big.Int](t)(mp.OperatorRewards(nil, big.NewInt(i))), eth(0.0005))
	}
	e.reverts("NotRewards")(mp.DistributeRewards(e.opts("carol")))
	e.reverts("NotInitiator")(mp.ClaimInitiatorRewards(e.opts("op2")))
	e.reverts("NotOperatorOwner")(mp.ClaimOperatorRewards(e.opts("op3"), big.NewInt(1)))
	e.reverts("InvalidResult")(mp.ClaimOperatorRewards(e.opts("op1"), big.NewInt(0)))
	before := e.balance(e.addr("op1"))
	r = e.mine(mp.ClaimInitiatorRewards(e.opts("op1")))
	wantBig(t, "initiator balance after claim", e.balance(e.addr("op1")), new(big.Int).Sub(new(big.Int).Add(before, eth(0.0115)), gasCost(r)))
	for i, owner := range []string{"op2", "op3", "op4"} {
		before := e.balance(e.addr(owner))
		r = e.mine(mp.ClaimOperatorRewards(e.opts(owner), big.NewInt(int64(i+1))))
		wantBig(t, owner+" after claim", e.balance(e.addr(owner)), new(big.Int).Sub(new(big.Int).Add(before, eth(0.0005)), gasCost(r)))
	}
	wantBig(t, "mini-pool balance after claims", e.balance(addr), new(big.Int))

	// A balance of the bond or more is an exit, not rewards.
	e.sendETH("carol", addr, eth(8))
	e.reverts("NotRewards")(mp.DistributeRewards(e.opts("carol")))
	r = e.mine(mp.RequestExit(e.opts("op1")))
	if x, err := mp.ParseExitRequested(*r.Logs[0]); err != nil || !bytes.Equal(x.Pubkey, d.result.Pubkey) {
		t.Fatalf("ExitRequested %+v %v", x, err)
	}
	e.reverts("NotInitiator")(mp.RequestExit(e.opts("op2")))
}

// TestMiniPoolChecks: the factory's committee rules, the DKG result's
// approvals and deposit root, and a front-run deposit detected by the
// oracle (the pool's ETH never leaves; the initiator recovers the rest of
// its bond).
func TestMiniPoolChecks(t *testing.T) {
	e := newEnv(t)
	ids := e.stage2Operators()
	others := [3]uint64{ids[1], ids[2], ids[3]}
	e.reverts("WrongBond")(e.factory.CreateMiniPool(e.valueOpts("op1", eth(7)), ids[0], others))
	e.reverts("NotOperatorOwner")(e.factory.CreateMiniPool(e.valueOpts("op2", eth(8)), ids[0], others))
	e.reverts("DuplicateOperator")(e.factory.CreateMiniPool(e.valueOpts("op1", eth(8)), ids[0], [3]uint64{ids[1], ids[2], ids[1]}))
	e.reverts("DuplicateOperator")(e.factory.CreateMiniPool(e.valueOpts("op1", eth(8)), ids[0], [3]uint64{ids[1], ids[2], ids[0]}))
	e.reverts("OperatorNotActive")(e.factory.CreateMiniPool(e.valueOpts("op1", eth(8)), ids[0], [3]uint64{ids[1], ids[2], 77}))
	e.mine(e.ops.SetVerified(e.opts("admin"), ids[2], false))
	e.reverts("NotEnoughVerified")(e.factory.CreateMiniPool(e.valueOpts("op1", eth(8)), ids[0], others))
	e.mine(e.ops.SetVerified(e.opts("admin"), ids[3], true))

	mp, addr := e.createMiniPool(ids)
	d := e.runDKG(addr)
	all := []string{"signer1", "signer2", "signer3", "signer4"}
	e.reverts("NotInitiator")(e.submitDKG("op2", mp, d, e.approve(d, all...)))
	e.reverts("InvalidResult")(e.submitDKG("op1", mp, d, e.approve(d, all[:3]...)))
	// Operator 3's approval signed by another key.
	e.reverts("InvalidApproval")(e.submitDKG("op1", mp, d, e.approve(d, "signer1", "signer2", "op3", "signer4")))
	// Approvals in the wrong order.
	e.reverts("InvalidApproval")(e.submitDKG("op1", mp, d, e.approve(d, "signer2", "signer1", "signer3", "signer4")))
	// Approvals of another result (other public shares).
	other := *d
	other.result.PublicShares = bytes.Clone(d.result.PublicShares)
	other.result.PublicShares[0] ^= 1
	e.reverts("InvalidApproval")(e.submitDKG("op1", mp, d, e.approve(&other, all...)))
	// A 1 ETH deposit carrying the 31 ETH root, approved by everyone, is
	// refused by the deposit contract's root check.
	bad := *d
	bad.first = d.topUp
	bad.result.DepositDataRoot = d.topUp.DepositDataRoot
	e.reverts("RootMismatch")(e.submitDKG("op1", mp, &bad, e.approve(&bad, all...)))

	// Only the factory initializes clones; the implementation is never initialized.
	e.reverts("NotFactory")(mp.Initialize(e.valueOpts("op1", eth(8)), e.addr("op1"), [4]uint64{1, 2, 3, 4}))
	impl, err := NewMiniPool(must[common.Address](t)(e.factory.Implementation(nil)), e.backend)
	if err != nil {
		t.Fatal(err)
	}
	e.reverts("NotFactory")(impl.Initialize(e.valueOpts("op1", eth(8)), e.addr("op1"), [4]uint64{1, 2, 3, 4}))

	e.mine(e.submitDKG("op1", mp, d, e.approve(d, all...)))
	e.reverts("NotOracle")(mp.ConfirmCredentials(e.opts("alice"), true))

	// The oracle finds the validator with other credentials: the mini-pool
	// fails, nothing is queued, the initiator takes back the 7 ETH left.
	e.report(startEpoch+1, new(big.Int), 0, []common.Address{addr}, []bool{false}, "member1", "member3")
	if e.state(mp) != stateFailed || must[*big.Int](t)(e.pool.MiniPoolQueueLength(nil)).Sign() != 0 {
		t.Fatal("front-run mini-pool not failed")
	}
	e.reverts("NotInitiator")(mp.WithdrawBond(e.opts("op2")))
	before := e.balance(e.addr("op1"))
	r := e.mine(mp.WithdrawBond(e.opts("op1")))
	wantBig(t, "initiator after withdrawBond", e.balance(e.addr("op1")), new(big.Int).Sub(new(big.Int).Add(before, eth(7)), gasCost(r)))

	// A mini-pool the oracle never rules on can be dissolved after the timeout.
	mp2, addr2 := e.createMiniPool(ids)
	d2 := e.runDKG(addr2)
	e.mine(e.submitDKG("op1", mp2, d2, e.approve(d2, all...)))
	e.reverts("TooEarly")(mp2.Dissolve(e.opts("carol")))
	if err := e.sim.AdjustTime(14 * 24 * time.Hour); err != nil {
		t.Fatal(err)
	}
	e.commit(1)
	e.mine(mp2.Dissolve(e.opts("carol")))
	if e.state(mp2) != stateFailed {
		t.Fatal("not failed after dissolve")
	}
	// A late confirmation is refused, so the pool never funds it.
	e.mine(e.oracle.SubmitReport(e.opts("member1"), startEpoch+2, new(big.Int), new(big.Int), []common.Address{addr2}, []bool{true}))
	e.reverts("WrongState")(e.oracle.SubmitReport(e.opts("member2"), startEpoch+2, new(big.Int), new(big.Int), []common.Address{addr2}, []bool{true}))
	e.mine(mp2.WithdrawBond(e.opts("op1")))
	wantBig(t, "dissolved mini-pool balance", e.balance(addr2), new(big.Int))

	// Reports may name only the factory's mini-pools.
	e.mine(e.oracle.SubmitReport(e.opts("member1"), startEpoch+3, new(big.Int), new(big.Int), []common.Address{e.addr("alice")}, []bool{true}))
	e.reverts("NotMiniPool")(e.oracle.SubmitReport(e.opts("member2"), startEpoch+3, new(big.Int), new(big.Int), []common.Address{e.addr("alice")}, []bool{true}))
	// Only mini-pools enqueue themselves or send rewards.
	e.reverts("NotMiniPool")(e.pool.EnqueueMiniPool(e.opts("alice"), e.addr("alice")))
	e.reverts("NotMiniPool")(e.pool.ReceiveRewards(e.valueOpts("alice", eth(1))))
	// A factory whose bond and the pool's part do not make 32 ETH is refused.
	if _, _, _, err := DeployMiniPoolFactory(e.opts("admin"), e.backend, e.opsAddr, e.depAddr, e.poolAddr, eth(16), big.NewInt(minVerified), e.addr("admin")); err == nil {
		t.Fatal("factory with a 16 ETH bond and a 24 ETH pool part deployed")
	}
	e.reverts("OwnableUnauthorizedAccount")(e.factory.SetOracle(e.opts("alice"), e.addr("alice")))
	e.reverts("OracleAlreadySet")(e.factory.SetOracle(e.opts("admin"), e.addr("alice")))
}

// sendETH mines a plain ETH transfer.
func (e *env) sendETH(from string, to common.Address, value *big.Int) {
	e.t.Helper()
	tx := e.transfer(from, to, value)
	e.mine(tx, e.client.SendTransaction(e.t.Context(), tx))
}

// transfer builds a signed plain ETH transfer.
func (e *env) transfer(from string, to common.Address, value *big.Int) *types.Transaction {
	e.t.Helper()
	nonce, err := e.client.PendingNonceAt(e.t.Context(), e.addr(from))
	if err != nil {
		e.t.Fatal(err)
	}
	head, err := e.client.HeaderByNumber(e.t.Context(), nil)
	if err != nil {
		e.t.Fatal(err)
	}
	tx := types.NewTx(&types.DynamicFeeTx{
		ChainID: e.chainID, Nonce: nonce, To: &to, Value: value, Gas: 100_000,
		GasTipCap: big.NewInt(1e9), GasFeeCap: new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), big.NewInt(1e9)),
	})
	signed, err := types.SignTx(tx, types.LatestSignerForChainID(e.chainID), e.acct[from].key)
	if err != nil {
		e.t.Fatal(err)
	}
	return signed
}

// gasCost is what a mined transaction cost its sender.
func gasCost(r *types.Receipt) *big.Int {
	return new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice)
}

// depositTreeRoot is the deposit contract's get_deposit_root for leaves,
// computed as the full depth-32 Merkle tree mixed in with the count.
func depositTreeRoot(leaves [][32]byte) [32]byte {
	level := append([][32]byte(nil), leaves...)
	var zero [32]byte
	for range 32 {
		if len(level)%2 == 1 {
			level = append(level, zero)
		}
		next := make([][32]byte, len(level)/2)
		for i := range next {
			next[i] = sha256Pair(level[2*i], level[2*i+1])
		}
		level = next
		zero = sha256Pair(zero, zero)
	}
	var count [32]byte
	binary.LittleEndian.PutUint64(count[:], uint64(len(leaves)))
	return sha256Pair(level[0], count)
}
