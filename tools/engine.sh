#!/usr/bin/env bash
# Prepares the pinned OpenTofu engine and a filesystem mirror of the providers the
# constructs use, all built from their Go modules (no Terraform registry is needed).
# It runs from this repository (`npm run engine`) and from an installed package
# (`hyperlab engine`, which ships this script, the pins and provider/'s sources).
#
#   engine.sh [--record-hashes] [--no-proxmox] [--lint-tools]
#     --record-hashes  write the builds' hashes into tools/provider-hashes.txt
#     --no-proxmox     leave telmate/proxmox out (stacks with no ProxmoxNode)
#     --lint-tools     also build actionlint, which lints examples/ci/ (this repository's tests)
#
# Binaries and Go sources land in the cache (default ~/.cache/hyperlab), named by
# version; the mirror, the CLI configuration and env.sh go in a folder per package
# version (tools/engine-dir.sh names it), so projects on two versions of hyperlab
# never rebuild over each other. A second run finds everything and builds nothing.
# Prints what it prepared; tests and users source $ENGINE_DIR/env.sh.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=tools/versions.env
. "$here/versions.env"

ROOT=${HYPERLAB_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/hyperlab}
CACHE=$(bash "$here/engine-dir.sh")
BIN=$ROOT/bin
MIRROR=$CACHE/providers
SRC=$ROOT/src
# The project whose cdktf the lock files are written for: the user's, from the CLI.
PROJECT=${HYPERLAB_PROJECT:-$here/..}
mkdir -p "$BIN" "$MIRROR" "$SRC"

# Go lives in /usr/local/go on these machines, not always on PATH in a fresh shell.
command -v go >/dev/null || export PATH=$PATH:/usr/local/go/bin
command -v go >/dev/null || { echo "[engine] go is required to build the engine and providers" >&2; exit 1; }
# Reproducible builds: the pinned Go (fetched as a module where the local one
# differs), no cgo, no paths or VCS stamps in the binaries. tools/provider-hashes.txt
# records what these builds must hash to, and verify_hashes refuses any other.
export GOFLAGS="-mod=mod -buildvcs=false" GOTOOLCHAIN=go$GO_VERSION CGO_ENABLED=0
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

# actionlint, which lints the pipeline examples, from its module like the rest.
build_actionlint() {
  local out=$BIN/actionlint-$ACTIONLINT_VERSION
  if [ ! -x "$out" ]; then
    log "building actionlint $ACTIONLINT_VERSION from $ACTIONLINT_MODULE"
    local dir
    dir=$(fetch_module "$ACTIONLINT_MODULE" "v$ACTIONLINT_VERSION")
    (cd "$dir" && go build -trimpath -ldflags "-s -w" -o "$out.tmp" ./cmd/actionlint)
    mv "$out.tmp" "$out"
  fi
}

# The engine resolves an unqualified source such as telmate/proxmox to its own
# default registry host; ask the engine for it rather than hard-coding it here.
default_registry_host() { # engine binary
  local probe
  probe=$(mktemp -d)
  printf 'terraform {\n  required_providers {\n    x = { source = "hashicorp/null" }\n  }\n}\n' >"$probe/main.tf"
  (cd "$probe" && TF_CLI_CONFIG_FILE=/dev/null "$1" providers 2>/dev/null) | sed -n 's/.*provider\[\([^/]*\)\/hashicorp\/null\].*/\1/p' | head -1
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
  sum=$(cd "$src" && find . \( -name '*.go' ! -name '*_test.go' -o -name go.mod -o -name go.sum \) -print | LC_ALL=C sort | xargs sha256sum | sha256sum | cut -c1-64)
  # The stamp covers what goes into the binary (the package ships no tests); every
  # module the provider and its tests need is downloaded, so `go test` runs offline too.
  (cd "$src" && GOFLAGS=-mod=readonly go mod download)
  if [ ! -x "$out" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$sum" ]; then
    log "building provider hyperlab/hyperlab $version from provider/"
    mkdir -p "$dir"
    (cd "$src" && GOFLAGS="-mod=readonly -buildvcs=false" go build -trimpath \
      -ldflags "-s -w -X main.version=$version" -o "$out.tmp" .)
    mv "$out.tmp" "$out"
    echo "$sum" >"$stamp"
  fi
  printf '  %-18s %-12s built from provider/ (sources %s)\n' "hyperlab/hyperlab" "$version" "${sum:0:12}"
}

# telmate/proxmox: from the Go module proxy where it serves it, else from the
# archives of its public repositories (HYPERLAB_SOURCES; in this repository,
# ../shared/vendor beside it), each checked before it is built from.
SOURCES=${HYPERLAB_SOURCES:-}
[ -n "$SOURCES" ] || [ ! -d "$here/../../shared/vendor" ] || SOURCES=$(cd "$here/../.." && pwd)/shared/vendor
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
      if [ -z "$SOURCES" ]; then
        log "telmate/proxmox $version: the Go module proxy does not serve $TELMATE_MODULE@$TELMATE_COMMIT; set HYPERLAB_SOURCES" \
          "to a folder holding $TELMATE_ARCHIVE and $TELMATE_API_ARCHIVE, or pass --no-proxmox if no stack has a ProxmoxNode"
        exit 1
      fi
      route="the archives in $SOURCES"
      bash "$here/unpack-telmate.sh" "$SOURCES" "$here/vendor-sources.sha256" "$tree"
    fi
    log "building provider telmate/proxmox $version from $route"
    mkdir -p "$dir"
    (cd "$tree/terraform-provider-proxmox" && go build -trimpath -ldflags "-s -w" -o "$out.tmp" .)
    mv "$out.tmp" "$out"
    echo "$route" >"$CACHE/telmate.route"
  fi
  printf '  %-18s %-12s built from %s\n' "telmate/proxmox" "$version" "$(cat "$CACHE/telmate.route" 2>/dev/null || echo "an earlier build")"
}

# Every provider this run put in the mirror, one "namespace type version" per line.
built_providers() {
  sed -n 's/^  \([^/ ]*\)\/\([^ ]*\) *\([^ ]*\) .*/\1 \2 \3/p' "$CACHE/providers.list"
}

# The h1: hash of every provider build, as the engine computes it for a lock file,
# checked against tools/provider-hashes.txt: a build that hashes otherwise is
# removed from the mirror and refused. `--record-hashes` writes the file instead
# (after a deliberate change to provider/ or to a pin; commit the result).
HASHES=$here/provider-hashes.txt
verify_hashes() { # record|verify
  local probe ns type version ns_type actual expected bad=0
  probe=$(mktemp -d)
  {
    echo 'terraform {'
    echo '  required_providers {'
    while read -r ns type version; do
      echo "    $type = { source = \"$ns/$type\", version = \"$version\" }"
    done < <(built_providers)
    echo '  }'
    echo '}'
  } >"$probe/main.tf"
  (cd "$probe" && TF_CLI_CONFIG_FILE=/dev/null "$BIN/tofu" providers lock -fs-mirror="$MIRROR" -platform="$OS_ARCH" -no-color >/dev/null)
  # provider "HOST/ns/type" { version = "v" ... "h1:..." } -> ns/type version h1:...
  awk -F'"' '/^provider /{split($2, a, "/"); p = a[2] "/" a[3]} /^  version /{v = $2} /"h1:/{print p, v, $2}' \
    "$probe/.terraform.lock.hcl" | LC_ALL=C sort >"$probe/actual"
  if [ "$1" = record ]; then
    {
      echo "# h1: hash of each provider build tools/engine.sh puts in the mirror, per platform."
      echo "# engine.sh refuses a build that hashes otherwise; after a deliberate change to"
      echo "# provider/ or to a pin, run \`npm run engine -- --record-hashes\` and commit this file."
      echo "# Other platforms' lines: tools/record-platform-hashes.sh linux_arm64 (a cross-build, same flags)."
      { [ ! -f "$HASHES" ] || awk -v p="$OS_ARCH" '!/^#/ && $3 != p' "$HASHES"
        awk -v p="$OS_ARCH" '{print $1, $2, p, $3}' "$probe/actual"; } | LC_ALL=C sort
    } >"$HASHES.tmp"
    mv "$HASHES.tmp" "$HASHES"
    log "recorded provider hashes for $OS_ARCH in tools/provider-hashes.txt"
  else
    while read -r ns_type version actual; do
      expected=$(awk -v n="$ns_type" -v v="$version" -v p="$OS_ARCH" '$1 == n && $2 == v && $3 == p {print $4}' "$HASHES")
      if [ "$actual" != "$expected" ]; then
        log "provider $ns_type $version ($OS_ARCH) built to $actual, but tools/provider-hashes.txt records ${expected:-no hash for it}"
        rm -rf "${MIRROR:?}"/*/"$ns_type/$version/$OS_ARCH"
        bad=1
      fi
    done <"$probe/actual"
    if [ $bad = 1 ]; then
      log "refusing these builds (removed from the mirror). If the change is deliberate (provider/ or a pin changed),"
      log "run \`npm run engine -- --record-hashes\` (and tools/record-platform-hashes.sh linux_arm64) and commit tools/provider-hashes.txt."
      rm -rf "$probe"
      exit 1
    fi
  fi
  sed 's/^/  /' "$probe/actual" >"$CACHE/providers.hashes"
  rm -rf "$probe"
}

# HashiCorp Terraform, when the pinned version is on PATH: it resolves unqualified
# sources to its own registry host, so the mirror gets the same binaries (hard
# links: the same bytes, so the same hashes) under that host too.
TF_BIN="" TF_HOST="" TF_MISSING=""
terraform_layout() {
  local found version ns type
  found=$(command -v terraform || true)
  if [ -z "$found" ]; then
    TF_MISSING="terraform is not on PATH (Terraform $TERRAFORM_VERSION is pinned in tools/versions.env)"
    return
  fi
  version=$(TF_CLI_CONFIG_FILE=/dev/null "$found" version -json 2>/dev/null | sed -n 's/.*"terraform_version": *"\([^"]*\)".*/\1/p')
  if [ "$version" != "$TERRAFORM_VERSION" ]; then
    TF_MISSING="$found is Terraform ${version:-of unknown version}, but tools/versions.env pins $TERRAFORM_VERSION"
    return
  fi
  TF_HOST=$(default_registry_host "$found")
  [ -n "$TF_HOST" ] || { TF_MISSING="$found did not report its default registry host"; return; }
  TF_BIN=$found
  [ "$TF_HOST" = "$HOST" ] && return
  while read -r ns type version; do
    mkdir -p "$MIRROR/$TF_HOST/$ns/$type/$version/$OS_ARCH"
    ln -f "$MIRROR/$HOST/$ns/$type/$version/$OS_ARCH"/* "$MIRROR/$TF_HOST/$ns/$type/$version/$OS_ARCH/"
  done < <(built_providers)
}

# cdktf deploy looks a provider up in the lock file under cdktf's own default
# host before deciding to run `providers lock`; read it from cdktf itself.
# The project's cdktf-cli is found the way Node finds it from the project.
cdktf_default_host() {
  local file
  file=$(cd "$PROJECT" && node -e 'try { process.stdout.write(require.resolve("@cdktf/cli-core/src/lib/dependencies/dependency-manager.js", { paths: [process.cwd(), require.resolve("cdktf-cli/package.json")] })) } catch {}' 2>/dev/null) || true
  [ -z "$file" ] || [ ! -f "$file" ] || sed -n 's/^exports.DEFAULT_HOSTNAME = "\([a-z0-9.-]*\)";$/\1/p' "$file"
}

record=verify proxmox=yes lint_tools=no
for arg in "$@"; do
  case $arg in
    --record-hashes) record=record ;;
    --no-proxmox) proxmox=no ;;
    --lint-tools) lint_tools=yes ;;
    *) log "unknown option $arg (known: --record-hashes, --no-proxmox, --lint-tools)"; exit 2 ;;
  esac
done
[ $record = verify ] || [ $proxmox = yes ] || { log "--record-hashes records every provider: it cannot go with --no-proxmox"; exit 2; }

build_engine
HOST=$(default_registry_host "$BIN/tofu")
[ -n "$HOST" ] || { log "the engine did not report its default registry host"; exit 1; }

while read -r ns type version module modversion pkg; do
  [ -z "${ns:-}" ] || [ "${ns:0:1}" = "#" ] && continue
  build_provider "$ns" "$type" "$version" "$module" "$modversion" "$pkg"
done <"$here/providers.txt" >"$CACHE/providers.list"
[ $proxmox = no ] || build_telmate >>"$CACHE/providers.list"
build_local_provider >>"$CACHE/providers.list"
verify_hashes "$record"
terraform_layout
[ $lint_tools = no ] || build_actionlint

# No plugin_cache_dir: the mirror is unpacked, so each stack's init links straight to
# it, and only this script writes it. A shared plugin cache was re-laid (removed, then
# linked again) by every init whose lock file did not yet name a provider, breaking
# the plans of other stacks linked through it at that moment
# (__tests__/engine/shared-engine.engine.test.ts).
cat >"$CACHE/tofurc" <<EOF
provider_installation {
  filesystem_mirror {
    path    = "$MIRROR"
    include = ["*/*/*"]
  }
}
EOF

cat >"$CACHE/env.sh" <<EOF
# Written by tools/engine.sh (hyperlab $(node -p "require('$here/../package.json').version")): points cdktf and the engine at the local build.
export TF_CLI_CONFIG_FILE="$CACHE/tofurc"
export TERRAFORM_BINARY_NAME="$BIN/tofu"
export CHECKPOINT_DISABLE=1
# cdktf (and CDK Terrain) would point the engine at a plugin cache of its own
# (~/.terraform.d/plugin-cache), which any stack's init may re-lay: stacks link
# straight to this folder's provider mirror instead.
export CDKTF_DISABLE_PLUGIN_CACHE_ENV=1
export HYPERLAB_REGISTRY_HOST="$HOST"
export HYPERLAB_TOFU="$BIN/tofu"
export HYPERLAB_ACTIONLINT="$([ ! -x "$BIN/actionlint-$ACTIONLINT_VERSION" ] || echo "$BIN/actionlint-$ACTIONLINT_VERSION")"
export HYPERLAB_MIRROR="$MIRROR"
export HYPERLAB_TERRAFORM="$TF_BIN"
export HYPERLAB_TERRAFORM_REGISTRY_HOST="$TF_HOST"
export HYPERLAB_TERRAFORM_MISSING="$TF_MISSING"
export HYPERLAB_CDKTF_REGISTRY_HOST="$(cdktf_default_host)"
export PATH="$BIN:\$PATH"
EOF

version=$(TF_CLI_CONFIG_FILE="$CACHE/tofurc" "$BIN/tofu" version -json | sed -n 's/.*"terraform_version": *"\([^"]*\)".*/\1/p')
echo "engine:    OpenTofu $version at $BIN/tofu"
echo "providers: filesystem mirror at $MIRROR ($OS_ARCH)"
cat "$CACHE/providers.list"
echo "hashes:    verified against tools/provider-hashes.txt"
cat "$CACHE/providers.hashes"
if [ -n "$TF_BIN" ]; then
  echo "terraform: Terraform $TERRAFORM_VERSION at $TF_BIN, mirror laid out for it too"
else
  echo "terraform: not available: $TF_MISSING"
fi
echo "cli config: $CACHE/tofurc  (source $CACHE/env.sh to use it)"
