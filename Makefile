.PHONY: build demo test test-long bench lint

build:
	go build -o bin/keystake ./cmd/keystake

# A tour of the key tools in a temporary directory.
demo:
	./scripts/demo.sh

# The test command CI runs (see .ci/run).
test:
	go test ./...

# Long property sweeps and soaks, kept out of CI.
test-long:
	KEYSTAKE_LONG=1 go test -timeout 2h ./...

bench:
	go test -run '^$$' -bench . -benchmem ./...

lint:
	test -z "$$(gofmt -l .)"
	go vet ./...
