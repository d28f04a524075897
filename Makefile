.PHONY: build devnet demo test test-long chaos bench lint interop-deps contracts contracts-deps e2e e2e-short

NPM := $(shell command -v npm 2>/dev/null)

build:
	go build -o bin/keystake ./cmd/keystake

# The main job: a local network of four operators on a beacon node simulator.
devnet: build
	./bin/keystake devnet $(ARGS)

# The cluster against a real chain on loopback (geth, a Prysm beacon node and
# validator client), judged by the chain's blocks. The first run builds geth
# and Prysm into .cache/realnet (minutes). e2e-short: epoch 0 only (about
# 2.5 minutes warm); e2e: epochs 0 to 3 with one operator stopped for epoch 2.
e2e:
	KEYSTAKE_REAL=1 go test -run TestRealDevnet -v -count=1 -timeout 50m ./realnet

e2e-short:
	KEYSTAKE_REAL=1 go test -short -run TestRealDevnet -v -count=1 -timeout 40m ./realnet

# A tour of the key tools in a temporary directory.
demo:
	./scripts/demo.sh

# The test command CI runs (see .ci/run). Where npm is present, the
# JavaScript interop check (interop/README.md) and the contracts' artifact
# check (contracts/README.md) must run, not skip.
# The packages that run networks of operators in real time (devnet, cli)
# run one after the other, after the rest: on two cores they would
# otherwise starve each other's slots.
NETWORK_PKGS := ./devnet ./cli
test: interop-deps contracts-deps
	go test $$(go list ./... | grep -v -e '/devnet$$' -e '/cli$$')
	go test -p 1 $(NETWORK_PKGS)

# The pinned JavaScript libraries of the interop check: installed when npm is
# present and package.json or the lock file changed.
ifneq ($(NPM),)
test: export KEYSTAKE_REQUIRE_INTEROP = 1
interop-deps: interop/node_modules/.package-lock.json
else
interop-deps:
	@echo "npm not found: the interop check (interop/) will be skipped"
endif

interop/node_modules/.package-lock.json: interop/package.json interop/package-lock.json
	npm ci --prefix interop --no-audit --no-fund

# The pinned Solidity compiler and OpenZeppelin Contracts, installed the same way.
ifneq ($(NPM),)
contracts-deps: contracts/node_modules/.package-lock.json
else
contracts-deps:
	@echo "npm not found: the contracts' artifact check (contracts/) will be skipped"
endif

contracts/node_modules/.package-lock.json: contracts/package.json contracts/package-lock.json
	npm ci --prefix contracts --no-audit --no-fund

# Recompiles the Solidity sources with the pinned solc into contracts/build/
# and regenerates the Go bindings (contracts/bindings.go) with abigen.
ABIGEN := go run github.com/ethereum/go-ethereum/cmd/abigen@v1.17.8
contracts: contracts/node_modules/.package-lock.json
	node contracts/compile.mjs contracts/build
	$(ABIGEN) --combined-json contracts/build/combined.json --pkg contracts --out contracts/bindings.go

# The chaos test for as long as asked: EPOCHS epochs of 8 s (240 = 32 min).
EPOCHS ?= 240
chaos:
	KEYSTAKE_CHAOS_EPOCHS=$(EPOCHS) go test -count=1 -run '^TestChaos$$' -v -timeout 0 ./cli

# Long property sweeps and soaks, kept out of CI.
test-long:
	KEYSTAKE_LONG=1 go test -timeout 2h ./...

bench:
	go test -run '^$$' -bench . -benchmem ./...

lint:
	test -z "$$(gofmt -l .)"
	go vet ./...
