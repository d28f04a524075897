package contracts

import (
	"bytes"
	"crypto/ed25519"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/keystake/keystake/cluster"
	"github.com/keystake/keystake/deposit"
	"github.com/keystake/keystake/keysplit"
	"github.com/keystake/keystake/seal"
	"github.com/keystake/keystake/tbls"
)

// committee is a validator key split 3-of-4 with each share sealed to an
// operator's encryption key, as a validator owner would register it.
type committee struct {
	pubkey       tbls.PublicKey
	publicShares []byte // 4 x 48 bytes, operator order
	sealed       [][]byte
	encKeys      []*seal.PrivateKey
}

// newOperators registers four operators with real identity (ed25519) and
// encryption (X25519) keys and fees fees[i], returning their ids and
// encryption private keys.
func newOperators(t *testing.T, e *env, fees [4]int64) ([]uint64, []*seal.PrivateKey) {
	t.Helper()
	ids := make([]uint64, 4)
	keys := make([]*seal.PrivateKey, 4)
	for i := range 4 {
		pub, _, err := ed25519.GenerateKey(nil)
		if err != nil {
			t.Fatal(err)
		}
		enc, err := seal.GenerateKey()
		if err != nil {
			t.Fatal(err)
		}
		var identity, encryption [32]byte
		copy(identity[:], pub)
		copy(encryption[:], enc.PublicKey())
		n := string(rune('1' + i))
		ids[i] = e.registerOperatorKeys("op"+n, "signer"+n, identity, encryption, fees[i])
		keys[i] = enc
	}
	return ids, keys
}

// newCommittee splits a fresh validator key 3-of-4 and seals share i+1 to encKeys[i].
func newCommittee(t *testing.T, encKeys []*seal.PrivateKey) *committee {
	t.Helper()
	sk := tbls.GenerateSecretKey()
	split, err := tbls.SplitSecret(sk, 4, 3)
	if err != nil {
		t.Fatal(err)
	}
	c := &committee{pubkey: sk.PublicKey(), encKeys: encKeys}
	for i := 1; i <= 4; i++ {
		ps := split.PublicShares[i]
		c.publicShares = append(c.publicShares, ps[:]...)
		s, err := keysplit.SealShare(encKeys[i-1].PublicKey(), c.pubkey, i, split.Shares[i])
		if err != nil {
			t.Fatal(err)
		}
		b, err := s.Marshal()
		if err != nil {
			t.Fatal(err)
		}
		c.sealed = append(c.sealed, b)
	}
	return c
}

// fund mints fee tokens to who and approves the validator registry.
func (e *env) fundFees(who string, amount *big.Int) {
	e.t.Helper()
	e.mine(e.token.Mint(e.opts(who), e.addr(who), amount))
	e.mine(e.token.Approve(e.opts(who), e.valsAddr, amount))
}

func (e *env) tokenBalance(a common.Address) *big.Int {
	e.t.Helper()
	return must[*big.Int](e.t)(e.token.BalanceOf(nil, a))
}

// TestOwnValidatorLifecycle runs stage 1 on the EVM: four operators register
// with real keys; a validator owner registers a 3-of-4 validator with sealed
// shares and a fee deposit; every operator's node can open its share from the
// ValidatorRegistered event alone; fees accrue per block exactly as the
// operators' fees say; an operator withdraws its earnings; the validator
// cannot be liquidated while funded, can be once its balance covers fewer
// than the threshold blocks, and the liquidator gets what was left; the
// fee vault then holds exactly the operators' unpaid earnings.
func TestOwnValidatorLifecycle(t *testing.T) {
	e := newEnv(t)
	fees := [4]int64{1e12, 2e12, 3e12, 4e12}
	const burnRate = 10e12
	ids, encKeys := newOperators(t, e, fees)
	c := newCommittee(t, encKeys)

	funds := big.NewInt(burnRate * (liquidationBlock + 50))
	e.fundFees("alice", funds)
	r := e.mine(e.vals.RegisterValidator(e.opts("alice"), c.pubkey[:], ids, c.publicShares, c.sealed, funds))
	regBlock := r.BlockNumber.Uint64()
	t.Logf("registerValidator (4 operators, sealed shares): %d gas", r.GasUsed)

	var ev *ValidatorRegistryValidatorRegistered
	for _, l := range r.Logs {
		if x, err := e.vals.ParseValidatorRegistered(*l); err == nil {
			ev = x
		}
	}
	if ev == nil {
		t.Fatal("no ValidatorRegistered event")
	}
	if ev.Owner != e.addr("alice") || !bytes.Equal(ev.Pubkey, c.pubkey[:]) || ev.Threshold.Int64() != 3 || len(ev.OperatorIds) != 4 {
		t.Fatalf("event %+v", ev)
	}
	// Each operator opens its share from the event and finds its public share.
	for i := range 4 {
		s, err := keysplit.ParseSealedShare(ev.SealedShares[i])
		if err != nil {
			t.Fatal(err)
		}
		share, err := s.Open(encKeys[i])
		if err != nil {
			t.Fatalf("operator %d cannot open its share: %v", ids[i], err)
		}
		ps := share.PublicKey()
		if !bytes.Equal(ps[:], ev.PublicShares[48*i:48*i+48]) {
			t.Fatalf("operator %d: share does not match its public share", ids[i])
		}
		if _, err := s.Open(encKeys[(i+1)%4]); err == nil {
			t.Fatalf("operator %d's share opened with another operator's key", ids[i])
		}
	}

	// The node builds its cluster definition from chain data alone.
	r = e.mine(e.vals.SetFeeRecipient(e.opts("alice"), e.addr("carol")))
	if x, err := e.vals.ParseFeeRecipientSet(*r.Logs[0]); err != nil || x.Recipient != e.addr("carol") {
		t.Fatalf("FeeRecipientSet %+v %v", x, err)
	}
	keys := map[uint64]OperatorKeys{}
	for _, id := range ev.OperatorIds {
		op, err := e.ops.GetOperator(nil, id)
		if err != nil {
			t.Fatal(err)
		}
		keys[id] = OperatorKeys{IdentityKey: op.IdentityKey, EncryptionKey: op.EncryptionKey}
	}
	network := cluster.Network{Name: "hoodi", ForkVersion: deposit.Hoodi.ForkVersion[:]}
	recipient := must[common.Address](t)(e.vals.FeeRecipientOf(nil, ev.Owner))
	def, err := ValidatorCluster(ev, keys, recipient, network)
	if err != nil {
		t.Fatalf("cluster from the event: %v", err)
	}
	if def.Threshold != 3 || len(def.Operators) != 4 || !bytes.Equal(def.Validators[0].FeeRecipient, e.addr("carol").Bytes()) ||
		!bytes.Equal(def.Operators[2].EncryptionKey, encKeys[2].PublicKey()) {
		t.Fatalf("cluster definition %+v", def)
	}
	if got := must[common.Address](t)(e.vals.FeeRecipientOf(nil, e.addr("bob"))); got != e.addr("bob") {
		t.Fatalf("default fee recipient %s", got)
	}
	// Public shares that do not recover the pubkey are caught by the node.
	bad := *ev
	bad.PublicShares = bytes.Clone(ev.PublicShares)
	copy(bad.PublicShares[48:96], ev.PublicShares[0:48])
	if _, err := ValidatorCluster(&bad, keys, recipient, network); err == nil {
		t.Fatal("inconsistent public shares accepted")
	}

	e.commit(20)
	now := e.blockNumber()
	elapsed := int64(now - regBlock)
	wantBig(t, "validator balance", must[*big.Int](t)(e.vals.BalanceOf(nil, c.pubkey[:])),
		new(big.Int).Sub(funds, big.NewInt(burnRate*elapsed)))
	for i, id := range ids {
		wantBig(t, "earnings", must[*big.Int](t)(e.ops.EarningsOf(nil, id)), big.NewInt(fees[i]*elapsed))
	}

	// Operator 4 withdraws what it had earned before the withdrawal's block.
	amount := big.NewInt(fees[3] * elapsed)
	e.mine(e.ops.WithdrawEarnings(e.opts("op4"), ids[3], amount, e.addr("op4")))
	wantBig(t, "op4 token balance", e.tokenBalance(e.addr("op4")), amount)
	e.reverts("InsufficientEarnings")(e.ops.WithdrawEarnings(e.opts("op4"), ids[3], big.NewInt(fees[3]*5), e.addr("op4")))
	e.reverts("NotOperatorOwner")(e.ops.WithdrawEarnings(e.opts("op3"), ids[3], big.NewInt(1), e.addr("op3")))

	// Still funded: not liquidatable.
	e.reverts("NotLiquidatable")(e.vals.Liquidate(e.opts("liquidator"), c.pubkey[:]))

	// 50 blocks of headroom were deposited; after them the validator is liquidatable.
	e.commit(int(regBlock + 50 - e.blockNumber()))
	if must[bool](t)(e.vals.IsLiquidatable(nil, c.pubkey[:])) {
		t.Fatal("liquidatable one block early")
	}
	e.commit(1)
	if !must[bool](t)(e.vals.IsLiquidatable(nil, c.pubkey[:])) {
		t.Fatal("not liquidatable after its headroom ran out")
	}
	r = e.mine(e.vals.Liquidate(e.opts("liquidator"), c.pubkey[:]))
	t.Logf("liquidate: %d gas", r.GasUsed)
	blocks := int64(r.BlockNumber.Uint64() - regBlock)
	reward := new(big.Int).Sub(funds, big.NewInt(burnRate*blocks))
	wantBig(t, "liquidator reward", e.tokenBalance(e.addr("liquidator")), reward)
	found := false
	for _, l := range r.Logs {
		if x, err := e.vals.ParseValidatorLiquidated(*l); err == nil {
			found = x.Liquidator == e.addr("liquidator") && x.Reward.Cmp(reward) == 0 && bytes.Equal(x.Pubkey, c.pubkey[:])
		}
	}
	if !found {
		t.Fatal("no matching ValidatorLiquidated event")
	}
	v, err := e.vals.GetValidator(nil, c.pubkey[:])
	if err != nil || v.Active || v.Owner != e.addr("alice") {
		t.Fatal("liquidated validator still active")
	}
	e.reverts("ValidatorNotActive")(e.vals.Liquidate(e.opts("liquidator"), c.pubkey[:]))

	// Operators stop earning; the vault holds exactly their unpaid earnings.
	e.commit(5)
	total := new(big.Int)
	for i, id := range ids {
		earned := big.NewInt(fees[i] * blocks)
		if i == 3 {
			earned.Sub(earned, amount)
		}
		got := must[*big.Int](t)(e.ops.EarningsOf(nil, id))
		wantBig(t, "earnings after liquidation", got, earned)
		total.Add(total, got)
	}
	wantBig(t, "vault balance", e.tokenBalance(e.opsAddr), total)
}

// TestValidatorRegistrationChecks: malformed registrations, the per-operator
// cap, removed operators, owner-only actions, withdrawals above the
// liquidation collateral, exit requests and removal with a refund.
func TestValidatorRegistrationChecks(t *testing.T) {
	e := newEnv(t)
	fees := [4]int64{1e12, 1e12, 1e12, 1e12}
	ids, encKeys := newOperators(t, e, fees)
	fifth := e.registerOperator(5, 1e12)
	c := newCommittee(t, encKeys)
	pk := c.pubkey[:]
	amount := big.NewInt(4e12 * 1000)
	e.fundFees("alice", new(big.Int).Mul(amount, big.NewInt(10)))

	e.reverts("InvalidPubkey")(e.vals.RegisterValidator(e.opts("alice"), pk[:47], ids, c.publicShares, c.sealed, amount))
	e.reverts("InvalidCommitteeSize")(e.vals.RegisterValidator(e.opts("alice"), pk, append(ids[:4:4], fifth), c.publicShares, c.sealed, amount))
	e.reverts("InvalidCommitteeSize")(e.vals.RegisterValidator(e.opts("alice"), pk, ids[:3], c.publicShares, c.sealed, amount))
	e.reverts("OperatorIdsNotSorted")(e.vals.RegisterValidator(e.opts("alice"), pk, []uint64{ids[1], ids[0], ids[2], ids[3]}, c.publicShares, c.sealed, amount))
	e.reverts("OperatorIdsNotSorted")(e.vals.RegisterValidator(e.opts("alice"), pk, []uint64{ids[0], ids[0], ids[2], ids[3]}, c.publicShares, c.sealed, amount))
	e.reverts("InvalidShares")(e.vals.RegisterValidator(e.opts("alice"), pk, ids, c.publicShares[:150], c.sealed, amount))
	e.reverts("InvalidShares")(e.vals.RegisterValidator(e.opts("alice"), pk, ids, c.publicShares, c.sealed[:3], amount))
	e.reverts("InvalidShares")(e.vals.RegisterValidator(e.opts("alice"), pk, ids, c.publicShares, [][]byte{c.sealed[0], c.sealed[1], c.sealed[2], {}}, amount))
	e.reverts("InsufficientBalance")(e.vals.RegisterValidator(e.opts("alice"), pk, ids, c.publicShares, c.sealed, big.NewInt(4e12*liquidationBlock-1)))
	e.reverts("OperatorNotActive")(e.vals.RegisterValidator(e.opts("alice"), pk, []uint64{ids[0], ids[1], ids[2], 99}, c.publicShares, c.sealed, amount))

	e.mine(e.vals.RegisterValidator(e.opts("alice"), pk, ids, c.publicShares, c.sealed, amount))
	e.reverts("ValidatorExists")(e.vals.RegisterValidator(e.opts("alice"), pk, ids, c.publicShares, c.sealed, amount))

	// Cap of one validator per operator: a second validator on operator 1 is refused.
	e.reverts("AccessControlUnauthorizedAccount")(e.ops.SetMaxValidatorsPerOperator(e.opts("alice"), 1))
	e.mine(e.ops.SetMaxValidatorsPerOperator(e.opts("admin"), 1))
	c2 := newCommittee(t, encKeys)
	e.reverts("OperatorFull")(e.vals.RegisterValidator(e.opts("alice"), c2.pubkey[:], ids, c2.publicShares, c2.sealed, amount))
	e.mine(e.ops.SetMaxValidatorsPerOperator(e.opts("admin"), maxValidators))

	// A removed operator takes no new validators and stops charging.
	e.reverts("NotOperatorOwner")(e.ops.RemoveOperator(e.opts("op1"), fifth))
	e.mine(e.ops.RemoveOperator(e.opts("op5"), fifth))
	e.reverts("OperatorNotActive")(e.vals.RegisterValidator(e.opts("alice"), c2.pubkey[:], []uint64{ids[0], ids[1], ids[2], fifth}, c2.publicShares, c2.sealed, amount))
	e.reverts("OperatorNotActive")(e.ops.DeclareFee(e.opts("op5"), fifth, big.NewInt(2e12)))

	// Owner-only actions.
	e.reverts("NotValidatorOwner")(e.vals.RemoveValidator(e.opts("bob"), pk))
	e.reverts("NotValidatorOwner")(e.vals.RequestExit(e.opts("bob"), pk))
	e.reverts("NotValidatorOwner")(e.vals.Withdraw(e.opts("bob"), pk, big.NewInt(1), e.addr("bob")))

	// Withdrawals must leave the liquidation collateral.
	bal := must[*big.Int](t)(e.vals.BalanceOf(nil, pk))
	e.reverts("InsufficientBalance")(e.vals.Withdraw(e.opts("alice"), pk, bal, e.addr("alice")))
	before := e.tokenBalance(e.addr("alice"))
	e.mine(e.vals.Withdraw(e.opts("alice"), pk, big.NewInt(1e15), e.addr("alice")))
	wantBig(t, "alice after withdraw", e.tokenBalance(e.addr("alice")), new(big.Int).Add(before, big.NewInt(1e15)))

	// Anyone may top a validator up.
	e.fundFees("bob", big.NewInt(5e12))
	e.mine(e.vals.Deposit(e.opts("bob"), pk, big.NewInt(5e12)))

	r := e.mine(e.vals.RequestExit(e.opts("alice"), pk))
	exit, err := e.vals.ParseExitRequested(*r.Logs[0])
	if err != nil || !bytes.Equal(exit.Pubkey, pk) || len(exit.OperatorIds) != 4 {
		t.Fatalf("ExitRequested: %+v, %v", exit, err)
	}

	// Removal refunds the balance at that block and frees the operators.
	r = e.mine(e.vals.RemoveValidator(e.opts("alice"), pk))
	t.Logf("removeValidator: %d gas", r.GasUsed)
	for _, id := range ids {
		op, err := e.ops.GetOperator(nil, id)
		if err != nil || op.ValidatorCount != 0 {
			t.Fatalf("operator %d still counts %d validators (%v)", id, op.ValidatorCount, err)
		}
	}
	e.reverts("ValidatorNotActive")(e.vals.RemoveValidator(e.opts("alice"), pk))
	// The vault holds exactly the operators' earnings once every validator is gone.
	total := new(big.Int)
	for _, id := range append(ids, fifth) {
		total.Add(total, must[*big.Int](t)(e.ops.EarningsOf(nil, id)))
	}
	wantBig(t, "vault balance", e.tokenBalance(e.opsAddr), total)
}

// TestOperatorFeeChangeDelay: fee increases wait feeChangeDelay after their
// declaration, can be cancelled, are bounded; decreases apply at once;
// earnings follow the fee in force at each block.
func TestOperatorFeeChangeDelay(t *testing.T) {
	e := newEnv(t)
	ids, encKeys := newOperators(t, e, [4]int64{1e12, 1e12, 1e12, 1e12})
	c := newCommittee(t, encKeys)
	e.fundFees("alice", big.NewInt(1e18))
	r := e.mine(e.vals.RegisterValidator(e.opts("alice"), c.pubkey[:], ids, c.publicShares, c.sealed, big.NewInt(1e18)))
	regBlock := r.BlockNumber.Uint64()
	id := ids[0]

	e.reverts("NotOperatorOwner")(e.ops.DeclareFee(e.opts("op2"), id, big.NewInt(2e12)))
	e.reverts("NotAnIncrease")(e.ops.DeclareFee(e.opts("op1"), id, big.NewInt(1e12)))
	e.reverts("FeeTooHigh")(e.ops.DeclareFee(e.opts("op1"), id, big.NewInt(maxFeePerBlock+1)))
	e.reverts("NoFeeDeclared")(e.ops.ExecuteFee(e.opts("op1"), id))
	r = e.mine(e.ops.DeclareFee(e.opts("op1"), id, big.NewInt(3e12)))
	declared, err := e.ops.ParseOperatorFeeDeclared(*r.Logs[0])
	if err != nil {
		t.Fatal(err)
	}
	header, err := e.client.HeaderByNumber(t.Context(), r.BlockNumber)
	if err != nil {
		t.Fatal(err)
	}
	if declared.ExecutableAt != header.Time+feeChangeDelay {
		t.Fatalf("executable at %d, want %d", declared.ExecutableAt, header.Time+feeChangeDelay)
	}
	e.reverts("FeeChangeTooEarly")(e.ops.ExecuteFee(e.opts("op1"), id))
	if err := e.sim.AdjustTime(feeChangeDelay * 1e9 / 2); err != nil {
		t.Fatal(err)
	}
	e.commit(1)
	e.reverts("FeeChangeTooEarly")(e.ops.ExecuteFee(e.opts("op1"), id))
	if err := e.sim.AdjustTime(feeChangeDelay * 1e9 / 2); err != nil {
		t.Fatal(err)
	}
	e.commit(1)
	r = e.mine(e.ops.ExecuteFee(e.opts("op1"), id))
	changeBlock := r.BlockNumber.Uint64()
	changed, err := e.ops.ParseOperatorFeeChanged(*r.Logs[0])
	if err != nil || changed.OldFee.Int64() != 1e12 || changed.NewFee.Int64() != 3e12 {
		t.Fatalf("OperatorFeeChanged %+v %v", changed, err)
	}
	e.reverts("NoFeeDeclared")(e.ops.ExecuteFee(e.opts("op1"), id))

	// Earnings: 1e12 per block before the change, 3e12 after.
	e.commit(10)
	now := e.blockNumber()
	want := 1e12*int64(changeBlock-regBlock) + 3e12*int64(now-changeBlock)
	wantBig(t, "earnings across the fee change", must[*big.Int](t)(e.ops.EarningsOf(nil, id)), big.NewInt(want))
	// Validator balance: three operators at 1e12 all along, operator 1 as above.
	wantBal := new(big.Int).Sub(big.NewInt(1e18), big.NewInt(3e12*int64(now-regBlock)+want))
	wantBig(t, "validator balance across the fee change", must[*big.Int](t)(e.vals.BalanceOf(nil, c.pubkey[:])), wantBal)

	// Decreases apply at once; a declaration can be cancelled.
	e.reverts("NotADecrease")(e.ops.ReduceFee(e.opts("op1"), id, big.NewInt(3e12)))
	e.mine(e.ops.ReduceFee(e.opts("op1"), id, big.NewInt(5e11)))
	op, err := e.ops.GetOperator(nil, id)
	if err != nil {
		t.Fatal(err)
	}
	wantBig(t, "fee after reduce", op.FeePerBlock, big.NewInt(5e11))
	e.mine(e.ops.DeclareFee(e.opts("op1"), id, big.NewInt(9e11)))
	e.mine(e.ops.CancelFee(e.opts("op1"), id))
	if err := e.sim.AdjustTime(2 * feeChangeDelay * 1e9); err != nil {
		t.Fatal(err)
	}
	e.commit(1)
	e.reverts("NoFeeDeclared")(e.ops.ExecuteFee(e.opts("op1"), id))
}

// TestOperatorRegistryAccessControl: DAO-only verification, registry-only
// accounting hooks, unique identity keys, valid keys.
func TestOperatorRegistryAccessControl(t *testing.T) {
	e := newEnv(t)
	id := e.registerOperator(1, 1e12)
	var identity, encryption [32]byte
	identity[0], identity[31] = 1, 0x1d
	encryption[0] = 9
	e.reverts("KeyAlreadyRegistered")(e.ops.RegisterOperator(e.opts("op2"), identity, encryption, e.addr("signer2"), big.NewInt(1), ""))
	e.reverts("InvalidKey")(e.ops.RegisterOperator(e.opts("op2"), [32]byte{}, encryption, e.addr("signer2"), big.NewInt(1), ""))
	e.reverts("InvalidKey")(e.ops.RegisterOperator(e.opts("op2"), encryption, encryption, common.Address{}, big.NewInt(1), ""))
	e.reverts("FeeTooHigh")(e.ops.RegisterOperator(e.opts("op2"), encryption, encryption, e.addr("signer2"), big.NewInt(maxFeePerBlock+1), ""))

	e.reverts("AccessControlUnauthorizedAccount")(e.ops.SetVerified(e.opts("op1"), id, true))
	e.reverts("AccessControlUnauthorizedAccount")(e.ops.AddValidator(e.opts("alice"), []uint64{id}))
	e.reverts("AccessControlUnauthorizedAccount")(e.ops.RemoveValidator(e.opts("alice"), []uint64{id}))
	e.reverts("AccessControlUnauthorizedAccount")(e.ops.PayOut(e.opts("alice"), e.addr("alice"), big.NewInt(1)))
	dao := must[[32]byte](t)(e.ops.DAOROLE(nil))
	e.reverts("AccessControlUnauthorizedAccount")(e.ops.GrantRole(e.opts("alice"), dao, e.addr("alice")))

	// The DAO role can be handed to another account, which then verifies.
	e.mine(e.ops.GrantRole(e.opts("admin"), dao, e.addr("carol")))
	r := e.mine(e.ops.SetVerified(e.opts("carol"), id, true))
	if v, err := e.ops.ParseOperatorVerified(*r.Logs[0]); err != nil || !v.Verified || v.Id != id {
		t.Fatalf("OperatorVerified %+v %v", v, err)
	}
	if !must[bool](t)(e.ops.IsVerified(nil, id)) {
		t.Fatal("not verified")
	}
	e.mine(e.ops.SetMetadata(e.opts("op1"), id, "new"))
	op, err := e.ops.GetOperator(nil, id)
	if err != nil || op.Metadata != "new" || op.Owner != e.addr("op1") || op.Signer != e.addr("signer1") {
		t.Fatalf("operator %+v %v", op, err)
	}
	e.reverts("NotOperatorOwner")(e.ops.SetMetadata(e.opts("op2"), id, "x"))
}
