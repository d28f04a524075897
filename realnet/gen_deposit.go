//go:build ignore

// gen_deposit writes deposit_contract.hex, the runtime code of the project's
// deposit contract, from its compiled artifact.
package main

import (
	"encoding/json"
	"log"
	"os"
)

func main() {
	data, err := os.ReadFile("../contracts/build/TestDepositContract.json")
	if err != nil {
		log.Fatal(err)
	}
	var art struct {
		DeployedBytecode string `json:"deployedBytecode"`
	}
	if err := json.Unmarshal(data, &art); err != nil || art.DeployedBytecode == "" {
		log.Fatalf("read the artifact's deployedBytecode: %v", err)
	}
	if err := os.WriteFile("deposit_contract.hex", []byte(art.DeployedBytecode+"\n"), 0o644); err != nil {
		log.Fatal(err)
	}
}
