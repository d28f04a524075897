package contracts

import (
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"math/big"
	"strconv"
	"strings"
	"testing"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/rpc"
)

var (
	ether = big.NewInt(1e18)
	gwei  = big.NewInt(1e9)
)

// eth returns x ETH in wei, exactly for x's shortest decimal form
// (eth(0.1) is 1e17 wei).
func eth(x float64) *big.Int {
	r, ok := new(big.Rat).SetString(strconv.FormatFloat(x, 'f', -1, 64))
	if !ok {
		panic("eth: bad amount")
	}
	r.Mul(r, new(big.Rat).SetInt(ether))
	if !r.IsInt() {
		panic("eth: amount below one wei")
	}
	return new(big.Int).Set(r.Num())
}

// Protocol parameters of the test deployment.
const (
	feeChangeDelay   = 3 * 24 * 3600 // seconds
	maxFeePerBlock   = 1e15
	maxValidators    = 500
	liquidationBlock = 100 // blocks of fees a validator must hold
	commissionBps    = 1000
	minVerified      = 2
	startEpoch       = 1000
	maxAprBps        = 1000 // 10% a year
	maxDecreaseBps   = 500  // 5% per report
)

// account is a funded externally owned account.
type account struct {
	key  *ecdsa.PrivateKey
	addr common.Address
}

// marginBackend adds half and 30,000 to gas estimates. Estimates run on the
// latest block, transactions in the next one, where a storage slot written
// for the first time since an earlier block can cost more than estimated.
type marginBackend struct {
	simulated.Client
}

func (b marginBackend) EstimateGas(ctx context.Context, msg ethereum.CallMsg) (uint64, error) {
	g, err := b.Client.EstimateGas(ctx, msg)
	return g + g/2 + 30_000, err
}

// env is a simulated chain with the whole protocol deployed.
type env struct {
	t       *testing.T
	sim     *simulated.Backend
	client  simulated.Client
	backend marginBackend // for the bindings
	chainID *big.Int
	acct    map[string]account
	errs    map[[4]byte]string

	tokenAddr, opsAddr, valsAddr, depAddr, poolAddr, factoryAddr, oracleAddr common.Address

	token   *TestToken
	ops     *OperatorRegistry
	vals    *ValidatorRegistry
	dep     *TestDepositContract
	pool    *StakingPool
	ksETH   *KsETH
	factory *MiniPoolFactory
	oracle  *Oracle
}

var accountNames = []string{
	"admin", "alice", "bob", "carol", "liquidator", "attacker",
	"op1", "op2", "op3", "op4", "op5",
	"signer1", "signer2", "signer3", "signer4", "signer5",
	"member1", "member2", "member3",
}

// newEnv starts a simulated chain, funds the accounts with 10,000 ETH each
// and deploys every contract, wired together.
func newEnv(t *testing.T) *env {
	t.Helper()
	e := &env{t: t, acct: map[string]account{}}
	alloc := types.GenesisAlloc{}
	for _, name := range accountNames {
		k, err := crypto.GenerateKey()
		if err != nil {
			t.Fatal(err)
		}
		a := account{key: k, addr: crypto.PubkeyToAddress(k.PublicKey)}
		e.acct[name] = a
		alloc[a.addr] = types.Account{Balance: new(big.Int).Mul(big.NewInt(10_000), ether)}
	}
	e.sim = simulated.NewBackend(alloc, simulated.WithBlockGasLimit(60_000_000), mainnetForks)
	t.Cleanup(func() { e.sim.Close() })
	e.client = e.sim.Client()
	e.backend = marginBackend{e.client}
	id, err := e.client.ChainID(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	e.chainID = id
	e.errs = errorSelectors(t)
	e.deploy()
	return e
}

// mainnetForks runs the chain at Osaka, mainnet's fork, rather than the
// development chain's default of every fork including unscheduled ones, so
// that gas figures are mainnet's.
func mainnetForks(_ *node.Config, c *ethconfig.Config) {
	cfg := *c.Genesis.Config
	cfg.BogotaTime = nil
	c.Genesis.Config = &cfg
}

// errorSelectors maps the 4-byte selector of every custom error of every
// contract to its name.
func errorSelectors(t *testing.T) map[[4]byte]string {
	t.Helper()
	out := map[[4]byte]string{}
	for _, md := range []*bind.MetaData{
		OperatorRegistryMetaData, ValidatorRegistryMetaData, MiniPoolFactoryMetaData, MiniPoolMetaData,
		StakingPoolMetaData, KsETHMetaData, OracleMetaData, TestDepositContractMetaData, TestTokenMetaData,
		ReentrantWithdrawerMetaData,
	} {
		parsed, err := md.GetAbi()
		if err != nil {
			t.Fatal(err)
		}
		for name, e := range parsed.Errors {
			var sel [4]byte
			copy(sel[:], e.ID[:4])
			out[sel] = name
		}
	}
	return out
}

func (e *env) opts(who string) *bind.TransactOpts {
	e.t.Helper()
	a, ok := e.acct[who]
	if !ok {
		e.t.Fatalf("no account %q", who)
	}
	o, err := bind.NewKeyedTransactorWithChainID(a.key, e.chainID)
	if err != nil {
		e.t.Fatal(err)
	}
	return o
}

func (e *env) addr(who string) common.Address { return e.acct[who].addr }

// valueOpts is opts with msg.value.
func (e *env) valueOpts(who string, value *big.Int) *bind.TransactOpts {
	o := e.opts(who)
	o.Value = value
	return o
}

// mine commits tx in a block and fails the test unless it succeeded.
func (e *env) mine(tx *types.Transaction, err error) *types.Receipt {
	e.t.Helper()
	if err != nil {
		e.t.Fatalf("send: %v (%s)", err, e.revertName(err))
	}
	e.sim.Commit()
	r, err := e.client.TransactionReceipt(context.Background(), tx.Hash())
	if err != nil {
		e.t.Fatal(err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		e.t.Fatalf("transaction %s reverted (gas used %d of %d)", tx.Hash(), r.GasUsed, tx.Gas())
	}
	return r
}

// deployed commits a deployment and returns the contract's address.
func (e *env) deployed(addr common.Address, tx *types.Transaction, err error) common.Address {
	e.t.Helper()
	e.mine(tx, err)
	return addr
}

// selector is the 4-byte selector of the custom error name.
func (e *env) selector(name string) [4]byte {
	e.t.Helper()
	for sel, n := range e.errs {
		if n == name {
			return sel
		}
	}
	e.t.Fatalf("no error %s", name)
	return [4]byte{}
}

// revertName decodes a custom error from a failed call's revert data, or
// returns "" if err carries none.
func (e *env) revertName(err error) string {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return ""
	}
	s, ok := de.ErrorData().(string)
	if !ok {
		return ""
	}
	data, derr := hex.DecodeString(strings.TrimPrefix(s, "0x"))
	if derr != nil || len(data) < 4 {
		return ""
	}
	var sel [4]byte
	copy(sel[:], data[:4])
	if name, ok := e.errs[sel]; ok {
		return name
	}
	return "0x" + hex.EncodeToString(sel[:])
}

// reverts returns a check, applied to a transaction's result, that fails
// the test unless the transaction was refused with the custom error want
// (found at gas estimation, so nothing is mined):
// e.reverts("Name")(contract.Method(opts, ...)).
func (e *env) reverts(want string) func(*types.Transaction, error) {
	return func(_ *types.Transaction, err error) {
		e.t.Helper()
		if err == nil {
			e.sim.Commit()
			e.t.Fatalf("want revert %s, transaction succeeded", want)
		}
		if got := e.revertName(err); got != want {
			e.t.Fatalf("want revert %s, got %q (%v)", want, got, err)
		}
	}
}

// callReverts fails the test unless err, from a view call, is the custom error want.
func (e *env) callReverts(want string, err error) {
	e.t.Helper()
	if err == nil {
		e.t.Fatalf("want revert %s, call succeeded", want)
	}
	if got := e.revertName(err); got != want {
		e.t.Fatalf("want revert %s, got %q (%v)", want, got, err)
	}
}

// commit mines n empty blocks.
func (e *env) commit(n int) {
	for range n {
		e.sim.Commit()
	}
}

func (e *env) blockNumber() uint64 {
	e.t.Helper()
	n, err := e.client.BlockNumber(context.Background())
	if err != nil {
		e.t.Fatal(err)
	}
	return n
}

func (e *env) balance(a common.Address) *big.Int {
	e.t.Helper()
	b, err := e.client.BalanceAt(context.Background(), a, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	return b
}

func (e *env) deploy() {
	t := e.t
	admin := e.addr("admin")
	var (
		tx  *types.Transaction
		err error
	)
	e.tokenAddr, tx, e.token, err = DeployTestToken(e.opts("admin"), e.backend)
	e.deployed(e.tokenAddr, tx, err)
	e.opsAddr, tx, e.ops, err = DeployOperatorRegistry(e.opts("admin"), e.backend, e.tokenAddr, feeChangeDelay, big.NewInt(maxFeePerBlock), maxValidators, admin)
	e.deployed(e.opsAddr, tx, err)
	e.valsAddr, tx, e.vals, err = DeployValidatorRegistry(e.opts("admin"), e.backend, e.opsAddr, liquidationBlock)
	e.deployed(e.valsAddr, tx, err)
	role, err := e.ops.VALIDATORREGISTRYROLE(nil)
	if err != nil {
		t.Fatal(err)
	}
	e.mine(e.ops.GrantRole(e.opts("admin"), role, e.valsAddr))

	e.depAddr, tx, e.dep, err = DeployTestDepositContract(e.opts("admin"), e.backend)
	e.deployed(e.depAddr, tx, err)
	e.poolAddr, tx, e.pool, err = DeployStakingPool(e.opts("admin"), e.backend, big.NewInt(commissionBps), eth(24), admin)
	e.deployed(e.poolAddr, tx, err)
	ksAddr, err := e.pool.KsETH(nil)
	if err != nil {
		t.Fatal(err)
	}
	if e.ksETH, err = NewKsETH(ksAddr, e.backend); err != nil {
		t.Fatal(err)
	}
	e.factoryAddr, tx, e.factory, err = DeployMiniPoolFactory(e.opts("admin"), e.backend, e.opsAddr, e.depAddr, e.poolAddr, eth(8), big.NewInt(minVerified), admin)
	e.deployed(e.factoryAddr, tx, err)
	e.mine(e.pool.SetFactory(e.opts("admin"), e.factoryAddr))
	e.oracleAddr, tx, e.oracle, err = DeployOracle(e.opts("admin"), e.backend, e.poolAddr, e.factoryAddr, startEpoch, big.NewInt(maxAprBps), big.NewInt(maxDecreaseBps), admin)
	e.deployed(e.oracleAddr, tx, err)
	e.mine(e.factory.SetOracle(e.opts("admin"), e.oracleAddr))
	oracleRole, err := e.pool.ORACLEROLE(nil)
	if err != nil {
		t.Fatal(err)
	}
	e.mine(e.pool.GrantRole(e.opts("admin"), oracleRole, e.oracleAddr))
	for i, m := range []string{"member1", "member2", "member3"} {
		quorum := []int64{1, 2, 2}[i] // 1 of 1, 2 of 2, 2 of 3
		e.mine(e.oracle.AddMember(e.opts("admin"), e.addr(m), big.NewInt(quorum)))
	}
}

// registerOperator registers operator owner opN with signer signerN and
// returns its id.
func (e *env) registerOperator(n int, fee int64) uint64 {
	e.t.Helper()
	owner := "op" + string(rune('0'+n))
	signer := "signer" + string(rune('0'+n))
	var identity, encryption [32]byte
	identity[0], identity[31] = byte(n), 0x1d
	encryption[0], encryption[31] = byte(n), 0xec
	return e.registerOperatorKeys(owner, signer, identity, encryption, fee)
}

func (e *env) registerOperatorKeys(owner, signer string, identity, encryption [32]byte, fee int64) uint64 {
	e.t.Helper()
	r := e.mine(e.ops.RegisterOperator(e.opts(owner), identity, encryption, e.addr(signer), big.NewInt(fee), "https://"+owner+".example"))
	for _, l := range r.Logs {
		if ev, err := e.ops.ParseOperatorRegistered(*l); err == nil {
			return ev.Id
		}
	}
	e.t.Fatal("no OperatorRegistered event")
	return 0
}

// wantBig fails unless got == want.
func wantBig(t *testing.T, what string, got *big.Int, want *big.Int) {
	t.Helper()
	if got.Cmp(want) != 0 {
		t.Fatalf("%s = %s, want %s", what, got, want)
	}
}

func must[T any](t *testing.T) func(v T, err error) T {
	return func(v T, err error) T {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
}

func sha256Pair(a, b [32]byte) [32]byte {
	return sha256.Sum256(append(a[:], b[:]...))
}
