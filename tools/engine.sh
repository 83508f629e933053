#!/usr/bin/env bash
# Prepares the pinned OpenTofu engine and a filesystem mirror of the providers the
# constructs use, all built from their Go modules (no Terraform registry is needed).
#
# Everything lands in the cache (default ~/.cache/hyperlab); a second run finds the
# binaries there and builds nothing. Prints what it prepared and writes
# $CACHE/env.sh, which tests and users source to point the engine at the mirror.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=tools/versions.env
. "$here/versions.env"

CACHE=${HYPERLAB_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/hyperlab}
BIN=$CACHE/bin
MIRROR=$CACHE/providers
SRC=$CACHE/src
mkdir -p "$BIN" "$MIRROR" "$SRC"

# Go lives in /usr/local/go on these machines, not always on PATH in a fresh shell.
command -v go >/dev/null || export PATH=$PATH:/usr/local/go/bin
command -v go >/dev/null || { echo "[engine] go is required to build the engine and providers" >&2; exit 1; }
export GOFLAGS=-mod=mod GOTOOLCHAIN=local CGO_ENABLED=0
OS_ARCH=$(go env GOOS)_$(go env GOARCH)
log() { printf '[engine] %s\n' "$*" >&2; }

# Copies a module from the Go module cache into a writable build tree.
# `go install module@version` refuses modules whose go.mod has replace directives,
# so every binary here is built from a downloaded copy instead.
fetch_module() { # module version -> prints build dir
  local module=$1 version=$2 dir
  dir=$SRC/$(echo "$module" | tr '/' '_')@$version
  if [ ! -f "$dir/.complete" ]; then
    local from
    from=$(cd "$SRC" && go mod download -json "$module@$version" | sed -n 's/^\t"Dir": "\(.*\)",$/\1/p')
    [ -n "$from" ] || { log "could not download $module@$version"; exit 1; }
    rm -rf "$dir" && cp -r "$from" "$dir" && chmod -R u+w "$dir"
    touch "$dir/.complete"
  fi
  echo "$dir"
}

build_engine() {
  local out=$BIN/tofu-$TOFU_VERSION
  if [ ! -x "$out" ]; then
    log "building OpenTofu $TOFU_VERSION from $TOFU_MODULE (takes minutes on a cold cache)"
    local dir
    dir=$(fetch_module "$TOFU_MODULE" "v$TOFU_VERSION")
    (cd "$dir" && go build -trimpath -ldflags "-s -w -X $TOFU_MODULE/version.dev=no" -o "$out.tmp" ./cmd/tofu)
    mv "$out.tmp" "$out"
  fi
  ln -sfn "tofu-$TOFU_VERSION" "$BIN/tofu"
}

# The engine resolves an unqualified source such as telmate/proxmox to its own
# default registry host; ask the engine for it rather than hard-coding it here.
default_registry_host() {
  local probe
  probe=$(mktemp -d)
  printf 'terraform {\n  required_providers {\n    x = { source = "hashicorp/null" }\n  }\n}\n' >"$probe/main.tf"
  (cd "$probe" && TF_CLI_CONFIG_FILE=/dev/null "$BIN/tofu" providers 2>/dev/null) | sed -n 's/.*provider\[\([^/]*\)\/hashicorp\/null\].*/\1/p' | head -1
  rm -rf "$probe"
}

build_provider() { # namespace type version module module-version [package]
  local ns=$1 type=$2 version=$3 module=$4 modversion=$5 pkg=${6:-.}
  local dir=$MIRROR/$HOST/$ns/$type/$version/$OS_ARCH
  local out=$dir/terraform-provider-${type}_v$version
  if [ ! -x "$out" ]; then
    log "building provider $ns/$type $version from $module@$modversion"
    local src
    src=$(fetch_module "$module" "$modversion")
    mkdir -p "$dir"
    (cd "$src" && go build -trimpath -ldflags "-s -w" -o "$out.tmp" "$pkg")
    mv "$out.tmp" "$out"
  fi
  printf '  %-18s %-12s built from %s@%s\n' "$ns/$type" "$version" "$module" "$modversion"
}

# The provider in this repository (provider/): rebuilt whenever its sources
# change, as the mirror keeps one build per version.
build_local_provider() {
  local version=$HYPERLAB_PROVIDER_VERSION src=$here/../provider
  local dir=$MIRROR/$HOST/hyperlab/hyperlab/$version/$OS_ARCH
  local out=$dir/terraform-provider-hyperlab_v$version stamp=$CACHE/hyperlab-provider.sources sum
  sum=$(cd "$src" && find . \( -name '*.go' -o -name go.mod -o -name go.sum \) -print | LC_ALL=C sort | xargs sha256sum | sha256sum | cut -c1-64)
  # Every module the provider and its tests need, so `go test` runs offline too.
  (cd "$src" && GOFLAGS=-mod=readonly go mod download)
  if [ ! -x "$out" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$sum" ]; then
    log "building provider hyperlab/hyperlab $version from provider/"
    mkdir -p "$dir"
    (cd "$src" && GOFLAGS=-mod=readonly go build -trimpath \
      -ldflags "-s -w -X main.version=$version -X main.address=$HOST/hyperlab/hyperlab" -o "$out.tmp" .)
    mv "$out.tmp" "$out"
    echo "$sum" >"$stamp"
    # The engine's plugin cache would otherwise keep handing out the earlier build.
    rm -rf "$CACHE/plugin-cache/$HOST/hyperlab"
  fi
  printf '  %-18s %-12s built from provider/ (sources %s)\n' "hyperlab/hyperlab" "$version" "${sum:0:12}"
}

# telmate/proxmox: from the Go module proxy where it serves it, else from the
# archives of its public repositories (HYPERLAB_SOURCES, default ../shared/vendor
# beside this repository), each checked before it is built from.
SOURCES=${HYPERLAB_SOURCES:-$(cd "$here/../.." && pwd)/shared/vendor}
build_telmate() {
  local version=$TELMATE_VERSION
  local dir=$MIRROR/$HOST/telmate/proxmox/$version/$OS_ARCH
  local out=$dir/terraform-provider-proxmox_v$version tree=$SRC/telmate-proxmox@$version from route
  if [ ! -x "$out" ]; then
    rm -rf "$tree" && mkdir -p "$tree"
    from=$(cd "$SRC" && go mod download -json "$TELMATE_MODULE@$TELMATE_COMMIT" 2>/dev/null | sed -n 's/^\t"Dir": "\(.*\)",$/\1/p') || true
    if [ -n "$from" ]; then
      route="the Go module proxy"
      cp -r "$from" "$tree/terraform-provider-proxmox" && chmod -R u+w "$tree"
    else
      route="the archives in $SOURCES"
      bash "$here/unpack-telmate.sh" "$SOURCES" "$here/vendor-sources.sha256" "$tree"
    fi
    log "building provider telmate/proxmox $version from $route"
    mkdir -p "$dir"
    (cd "$tree/terraform-provider-proxmox" && GOFLAGS=-mod=mod go build -trimpath -ldflags "-s -w" -o "$out.tmp" .)
    mv "$out.tmp" "$out"
    echo "$route" >"$CACHE/telmate.route"
  fi
  printf '  %-18s %-12s built from %s\n' "telmate/proxmox" "$version" "$(cat "$CACHE/telmate.route" 2>/dev/null || echo "an earlier build")"
}

build_engine
HOST=$(default_registry_host)
[ -n "$HOST" ] || { log "the engine did not report its default registry host"; exit 1; }

while read -r ns type version module modversion pkg; do
  [ -z "${ns:-}" ] || [ "${ns:0:1}" = "#" ] && continue
  build_provider "$ns" "$type" "$version" "$module" "$modversion" "$pkg"
done <"$here/providers.txt" >"$CACHE/providers.list"
build_telmate >>"$CACHE/providers.list"
build_local_provider >>"$CACHE/providers.list"

cat >"$CACHE/tofurc" <<EOF
provider_installation {
  filesystem_mirror {
    path    = "$MIRROR"
    include = ["*/*/*"]
  }
}
plugin_cache_dir = "$CACHE/plugin-cache"
EOF
mkdir -p "$CACHE/plugin-cache"

cat >"$CACHE/env.sh" <<EOF
# Written by tools/engine.sh: points cdktf and the engine at the local build.
export TF_CLI_CONFIG_FILE="$CACHE/tofurc"
export TERRAFORM_BINARY_NAME="$BIN/tofu"
export CHECKPOINT_DISABLE=1
export HYPERLAB_REGISTRY_HOST="$HOST"
export PATH="$BIN:\$PATH"
EOF

version=$(TF_CLI_CONFIG_FILE="$CACHE/tofurc" "$BIN/tofu" version -json | sed -n 's/.*"terraform_version": *"\([^"]*\)".*/\1/p')
echo "engine:    OpenTofu $version at $BIN/tofu"
echo "providers: filesystem mirror at $MIRROR ($OS_ARCH)"
cat "$CACHE/providers.list"
echo "cli config: $CACHE/tofurc  (source $CACHE/env.sh to use it)"
