// Package realnet runs a KeyStake cluster against a real Ethereum chain on
// 127.0.0.1 and judges it by that chain: geth (execution) and Prysm (a
// beacon node and a validator client), both at pinned versions built with
// the go command into a cache folder, Electra (Prague) from genesis, the
// mainnet preset with 3 s slots, and 64 interop validators of which the
// validator client runs 0..47 and the cluster, four `keystake operator run`
// processes with threshold 3, runs 48..63.
//
// The execution genesis is written here: the deposit contract
// (contracts/src/test/TestDepositContract.sol, its runtime code and the
// zero hashes its constructor stores) at 0x4242...4242, and the Prague
// system contracts of EIP-4788, EIP-2935, EIP-7002 and EIP-7251 with the
// code their EIPs specify. prysmctl turns it into the consensus genesis
// state and the timed geth genesis.
//
// A beacon node answers 200 to attestations it will never include, so
// nothing here counts an HTTP answer as success: Judge reads canonical
// blocks and matches their attestations' aggregation bits against the
// committees, asks the liveness endpoint, checks that every proposal duty
// left a canonical block by its validator, and reads balances, finality,
// the validators' slashed flags and the slashing pools. What the
// operators submitted (through a recording proxy) only explains misses.
//
// Programs are stopped with SIGINT, then SIGKILL after a timeout, and die
// with the process that started them.
package realnet
