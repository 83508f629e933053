#!/usr/bin/env bash
# Runs a command with the engine tools/engine.sh prepared: sources its env.sh (the
# pinned OpenTofu and the provider mirror), or, with HYPERLAB_ENGINE=terraform,
# the pinned Terraform on the same mirror. The npm scripts deploy, review, drift
# and state-lock go through here, so pipelines call them as they are.
set -euo pipefail
CACHE=${HYPERLAB_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/hyperlab}
[ -f "$CACHE/env.sh" ] || { echo "[hyperlab] $CACHE/env.sh is missing: run npm run engine first" >&2; exit 1; }
# shellcheck source=/dev/null
. "$CACHE/env.sh"
case ${HYPERLAB_ENGINE:-tofu} in
  tofu) ;;
  terraform)
    [ -n "$HYPERLAB_TERRAFORM" ] || { echo "[hyperlab] HYPERLAB_ENGINE=terraform, but $HYPERLAB_TERRAFORM_MISSING" >&2; exit 1; }
    export TERRAFORM_BINARY_NAME=$HYPERLAB_TERRAFORM ;;
  *) echo "[hyperlab] HYPERLAB_ENGINE is '$HYPERLAB_ENGINE'; use tofu or terraform" >&2; exit 1 ;;
esac
exec "$@"
