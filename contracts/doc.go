// Package contracts holds KeyStake's on-chain protocol: the Solidity sources
// (src/), their compiled artifacts (build/) and the Go bindings generated
// from them (bindings.go).
//
// The contracts, their roles, flows and events are described in README.md in
// this directory. The sources are compiled with the solc version pinned in
// package.json and package-lock.json, together with OpenZeppelin Contracts;
// `make contracts` recompiles them and regenerates bindings.go with abigen.
// The tests run every contract on go-ethereum's simulated backend (a real
// EVM), and TestArtifactsUpToDate recompiles the sources when node and the
// npm packages are installed and fails if build/ or bindings.go are stale.
//
// go-ethereum is imported by this package only; the operator node does not
// depend on it.
package contracts

//go:generate make -C .. contracts
