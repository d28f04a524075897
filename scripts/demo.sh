#!/usr/bin/env bash
# A tour of KeyStake's key tools in a temporary directory: create a validator
# key, check its deposit data, split it 3-of-4 for a cluster, and recover it
# from three shares.
set -euo pipefail
cd "$(dirname "$0")/.."
go build -o bin/keystake ./cmd/keystake
ks="$PWD/bin/keystake"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
head -c 24 /dev/urandom | base64 > password.txt
addr=0x1111111111111111111111111111111111111111

step() { printf '\n== %s\n$ keystake %s\n' "$1" "${*:2}"; "$ks" "${@:2}"; }

step "Create a validator key (new mnemonic, hoodi, 0x01 credentials)" \
	keys new --network hoodi --withdrawal-address "$addr" --password-file password.txt --out validator_keys
step "Check the launchpad deposit file" \
	deposit verify validator_keys/deposit_data-*.json --network hoodi --withdrawal-address "$addr"
step "Split the key 3-of-4 for a cluster" \
	keys split --keystore validator_keys/keystore-m_12381_3600_0_0_0-*.json --password-file password.txt \
	--network hoodi --withdrawal-address "$addr" --out cluster
ls -l cluster
step "Recover the key from shares 1, 2 and 4 (emergencies only)" \
	keys combine --cluster cluster/cluster.json --share cluster/share-1.json --share cluster/share-2.json \
	--share cluster/share-4.json --new-password-file password.txt --out recovered.json
printf '\nDone; everything above was written to %s and is removed now.\n' "$work"
