#!/usr/bin/env bash
# Unpacks the telmate/proxmox provider and its API client from the archives of
# their public repositories into TREE, after checking each archive's sha256
# against PINS and the client's tree against the h1: that the provider's own go.sum
# pins (the way Go hashes a module). Any mismatch stops here, saying which.
#   tools/unpack-telmate.sh SOURCES PINS TREE
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=tools/versions.env
. "$here/versions.env"
sources=$1 pins=$2 tree=$3
fail() { printf '[telmate] %s\n' "$*" >&2; exit 1; }

[ -d "$sources" ] || fail "the Go module proxy does not serve telmate/proxmox and $sources is missing (set HYPERLAB_SOURCES)"
mkdir -p "$tree"
while read -r sum name; do
  [ -f "$sources/$name" ] || fail "$sources/$name is missing"
  actual=$(sha256sum "$sources/$name" | cut -d' ' -f1)
  [ "$actual" = "$sum" ] || fail "$sources/$name has sha256 $actual, not the $sum pinned in $pins"
  tar -xzf "$sources/$name" -C "$tree"
done <"$pins"
provider=$tree/terraform-provider-proxmox
version=$(sed -n "s|^\t$TELMATE_API_MODULE \(v[^ ]*\)$|\1|p" "$provider/go.mod")
pinned=$(sed -n "s|^$TELMATE_API_MODULE $version \(h1:.*\)$|\1|p" "$provider/go.sum")
actual=$(node "$here/module-hash.js" "$tree/proxmox-api-go" "$TELMATE_API_MODULE@$version")
[ -n "$pinned" ] && [ "$actual" = "$pinned" ] ||
  fail "the proxmox-api-go tree hashes to $actual, but the provider's go.sum pins ${pinned:-nothing} for $version"
(cd "$provider" && go mod edit -replace "$TELMATE_API_MODULE=../proxmox-api-go")
