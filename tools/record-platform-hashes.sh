#!/usr/bin/env bash
# Records the h1: hash of every provider build tools/engine.sh makes, for platforms
# other than this machine's (for a lock file that also serves, say, linux_arm64):
#   tools/record-platform-hashes.sh PLATFORM...      e.g. linux_arm64
# Each provider is cross-built (GOOS/GOARCH from PLATFORM) into a temporary
# filesystem mirror laid out as engine.sh lays it out, the engine's own
# `tofu providers lock -fs-mirror -platform` hashes it, and the platform's lines in
# tools/provider-hashes.txt are replaced (other platforms' lines kept as they are).
#
# The builds and the hashing are engine.sh's own code: its functions are read from
# it below, not copied, so the flags (GOTOOLCHAIN, CGO_ENABLED, GOFLAGS, -trimpath,
# ldflags) are identical by construction. Run for this machine's platform it must
# reproduce the committed lines exactly.
#
# Needs the engine that tools/engine.sh built, in HYPERLAB_CACHE (default as
# engine.sh's); that cache is only read. HYPERLAB_HASHES writes another file than
# tools/provider-hashes.txt (a scratch copy, for a check).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=tools/versions.env
. "$here/versions.env"
[ $# -gt 0 ] || { echo "usage: $0 PLATFORM... (e.g. linux_arm64)" >&2; exit 2; }

BIN=${HYPERLAB_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/hyperlab}/bin
[ -x "$BIN/tofu" ] || { echo "[hashes] no engine at $BIN/tofu: run tools/engine.sh first (or set HYPERLAB_CACHE)" >&2; exit 1; }
# shellcheck disable=SC2034 # HASHES and SOURCES are read by engine.sh's functions below
HASHES=${HYPERLAB_HASHES:-$here/provider-hashes.txt}
command -v go >/dev/null || export PATH=$PATH:/usr/local/go/bin

# telmate/proxmox's archives, where the Go module proxy does not serve it.
# shellcheck disable=SC2034
SOURCES=${HYPERLAB_SOURCES:-$(cd "$here/../.." && pwd)/shared/vendor}

# From engine.sh: its build settings (the `export GOFLAGS=... GOTOOLCHAIN=...
# CGO_ENABLED=0` line) and the functions that build, list and hash the providers,
# each ending at a `}` in column 1 (or on its first line).
pieces='^export GOFLAGS='
funcs='log fetch_module default_registry_host build_provider build_local_provider build_telmate built_providers verify_hashes'
eval "$(awk -v funcs=" $funcs " -v pieces="$pieces" '
  $0 ~ pieces { print; next }
  /^[a-z_]+\(\) [{]/ { name = substr($0, 1, index($0, "(") - 1); if (index(funcs, " " name " ")) { print; f = !/[}]$/ }; next }
  f { print; if (/^[}]$/) f = 0 }' "$here/engine.sh")"
for f in $funcs; do
  declare -F "$f" >/dev/null || { echo "[hashes] tools/engine.sh no longer defines $f(): update this script" >&2; exit 1; }
done
if [ "${GOTOOLCHAIN:-}" != "go$GO_VERSION" ] || [ "${CGO_ENABLED:-}" != 0 ]; then
  echo "[hashes] tools/engine.sh no longer exports GOTOOLCHAIN and CGO_ENABLED on one line: update this script" >&2
  exit 1
fi

CACHE=$(mktemp -d)
trap 'rm -rf "$CACHE"' EXIT
MIRROR=$CACHE/providers SRC=$CACHE/src
mkdir -p "$MIRROR" "$SRC"
HOST=$(default_registry_host "$BIN/tofu")
[ -n "$HOST" ] || { log "the engine did not report its default registry host"; exit 1; }

for platform in "$@"; do
  case $platform in
    *_*) ;;
    *) log "platform $platform is not of the form os_arch (e.g. linux_arm64)"; exit 2 ;;
  esac
  export GOOS=${platform%%_*} GOARCH=${platform#*_}
  OS_ARCH=$(go env GOOS)_$(go env GOARCH)
  log "cross-building the providers for $OS_ARCH"
  while read -r ns type version module modversion pkg; do
    [ -z "${ns:-}" ] || [ "${ns:0:1}" = "#" ] && continue
    build_provider "$ns" "$type" "$version" "$module" "$modversion" "$pkg"
  done <"$here/providers.txt" >"$CACHE/providers.list"
  build_telmate >>"$CACHE/providers.list"
  build_local_provider >>"$CACHE/providers.list"
  verify_hashes record
  log "$OS_ARCH hashes, written to $HASHES:"
  sed "s/^  /  $OS_ARCH /" "$CACHE/providers.hashes" >&2
done
