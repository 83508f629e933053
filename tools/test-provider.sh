#!/usr/bin/env bash
# The hyperlab provider's Go tests: unit tests, and acceptance tests that run the
# pinned engine (from tools/engine.sh) against the provider in a network
# namespace the tests make. Needs root. Part of `npm test`.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
CACHE=$(bash "$here/engine-dir.sh")
[ -f "$CACHE/env.sh" ] || { echo "[test-provider] $CACHE/env.sh is missing: run npm run engine first" >&2; exit 1; }
# shellcheck source=/dev/null
. "$CACHE/env.sh"
command -v go >/dev/null || export PATH=$PATH:/usr/local/go/bin
# Built as the engine builds the provider (tools/engine.sh: CGO_ENABLED=0,
# -trimpath): the tests then run the configuration that ships, and on a cold run
# they reuse the engine step's compiled dependencies instead of compiling them all
# again with cgo (measured from an empty GOCACHE after the engine's build: go vet
# plus compiling the tests, 225 CPU-s with cgo, 93 CPU-s this way).
export GOFLAGS="-mod=readonly -trimpath" GOTOOLCHAIN=local CGO_ENABLED=0
export TF_ACC=1 TF_ACC_TERRAFORM_PATH="$TERRAFORM_BINARY_NAME" TF_ACC_PROVIDER_HOST="$HYPERLAB_REGISTRY_HOST"
cd "$here/../provider"
unformatted=$(gofmt -l .)
[ -z "$unformatted" ] || { echo "[test-provider] not gofmt'd: $unformatted" >&2; exit 1; }
go vet ./...
# -vet=off: go vet ./... above already ran every analyzer, a superset of the few
# that go test runs by default.
# -json, shown as go test prints it (closing lines included) and then the slowest
# tests with their times; the exit status stays go test's (pipefail).
# -p 1: the acceptance tests of each resource package (internal/network, nat, dhcp,
# lxc, kvm, ...) share one test namespace, which each package's TestMain makes
# and removes (internal/acctest), and the host's libvirt: one package at a time.
go test -json -vet=off -count=1 -p 1 -timeout 20m ./... "$@" | node "$here/../__tests__/support/go-test-report.js" 15
