#!/usr/bin/env bash
# Prepares what `npm test` needs before it runs, the slow parts side by side: the
# host (tools/setup-host.sh), then the engine and provider mirror (`npm run engine`,
# a CPU-bound Go build when cold) beside the cloud-init tests' Debian image
# (tools/guest-image/build-cloud.sh, mostly downloads and dpkg). Both are cached
# (~/.cache/hyperlab, or HYPERLAB_CACHE) and found again in seconds; npm test's
# pretest and the tests themselves still build them when this did not run.
# Used by .ci/run and tools/fresh-machine.sh.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
log() { printf '[prepare-suite] %s\n' "$*" >&2; }

bash tools/setup-host.sh
image_log=$(mktemp /tmp/hyperlab-cloud-guest-log.XXXXXX)
trap 'rm -f "$image_log"' EXIT
start=$(date +%s)
bash tools/guest-image/build-cloud.sh "${HYPERLAB_CACHE:-$HOME/.cache/hyperlab}/cloud-guest" >"$image_log" 2>&1 &
image_pid=$!
npm run engine
engine_done=$(date +%s)
if ! wait "$image_pid"; then
  cat "$image_log" >&2
  log "the cloud guest image did not build"
  exit 1
fi
cat "$image_log" >&2
log "engine ready after $((engine_done - start)) s, cloud guest image after $(($(date +%s) - start)) s (side by side)"
