#!/usr/bin/env bash
# Prints the folder that holds the engine's env.sh, CLI configuration and
# provider mirror for this package version: $HYPERLAB_CACHE/v<version> (default
# ~/.cache/hyperlab/v<version>). tools/engine.sh prepares it; the scripts that
# source env.sh, and cli/engine-env.ts, find it the same way.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
version=$(sed -n 's/^  "version": "\([^"]*\)",$/\1/p' "$here/../package.json" | head -1)
[ -n "$version" ] || { echo "[hyperlab] no version in $here/../package.json" >&2; exit 1; }
echo "${HYPERLAB_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/hyperlab}/v$version"
