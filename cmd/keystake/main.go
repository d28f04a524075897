// Command keystake is the KeyStake distributed validator tool: validator key
// management today, the operator node as it grows. See README.md.
package main

import (
	"os"

	"github.com/keystake/keystake/cli"
)

func main() {
	os.Exit(cli.Execute(os.Args[1:], os.Stdout, os.Stderr))
}
