#!/usr/bin/env bash
# Asks the real provider binary (from the local mirror built by tools/engine.sh)
# for its schema and stores it under tools/schemas/, from which `npm run get`
# generates the TypeScript bindings in .gen/ without any network.
#
#   tools/capture-schema.sh NAMESPACE/TYPE VERSION [OUT]   (OUT: default tools/schemas/TYPE.json)
set -euo pipefail
[ $# -ge 2 ] || { echo "usage: $0 NAMESPACE/TYPE VERSION [OUT]" >&2; exit 2; }
source=$1 version=$2 type=${1#*/}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
CACHE=$(bash "$here/engine-dir.sh")
# shellcheck source=/dev/null
. "$CACHE/env.sh"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat >"$work/main.tf" <<TF
terraform {
  required_providers {
    $type = { source = "$source", version = "$version" }
  }
}
TF
(cd "$work" && tofu init -input=false -no-color >/dev/null && tofu providers schema -json >schema.json)
out=${3:-$here/schemas/$type.json}
node "$here/normalize-schema.js" "$work/schema.json" "$source" "$version" >"$out"
echo "wrote $out ($source $version)"
