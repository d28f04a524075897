// Package interop checks that KeyStake's key material interoperates with
// independent implementations outside Go: its EIP-2335 keystores, EIP-2333
// key derivation, threshold shares and launchpad deposit data are opened
// and verified by JavaScript libraries of the Ethereum ecosystem, and
// keystores and deposit files made by those libraries are read by KeyStake.
//
// The package has no code of its own: the checks are in interop_test.go,
// which drives check.mjs (node) from package.json's pinned dependencies.
// See README.md.
package interop
