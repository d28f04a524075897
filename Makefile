.PHONY: build devnet demo test test-long bench lint interop-deps

NPM := $(shell command -v npm 2>/dev/null)

build:
	go build -o bin/keystake ./cmd/keystake

# The main job: a local network of four operators on a beacon node simulator.
devnet: build
	./bin/keystake devnet $(ARGS)

# A tour of the key tools in a temporary directory.
demo:
	./scripts/demo.sh

# The test command CI runs (see .ci/run). Where npm is present, the
# JavaScript interop check (interop/README.md) must run, not skip.
test: interop-deps
	go test ./...

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

# Long property sweeps and soaks, kept out of CI.
test-long:
	KEYSTAKE_LONG=1 go test -timeout 2h ./...

bench:
	go test -run '^$$' -bench . -benchmem ./...

lint:
	test -z "$$(gofmt -l .)"
	go vet ./...
