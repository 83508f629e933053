#!/usr/bin/env bash
# Makes this machine able to run the whole suite: installs the Debian packages in
# tools/debian-packages.txt that are missing, and starts the daemons the
# end-to-end tests use (there is no systemd here). Needs root. Safe to re-run:
# when everything is in place it only checks and returns.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
log() { printf '[setup-host] %s\n' "$*" >&2; }

mapfile -t wanted < <(grep -v '^\s*\(#\|$\)' "$here/debian-packages.txt")
missing=()
for p in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  log "installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >/dev/null
  apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
fi

# libvirt's QEMU runs as libvirt-qemu, which must be able to open /dev/kvm;
# without /dev/kvm, libvirt falls back to software emulation (the tests allow it).
if [ -e /dev/kvm ]; then
  chgrp kvm /dev/kvm && chmod 660 /dev/kvm
fi
pgrep -x virtlogd >/dev/null || virtlogd -d
pgrep -x libvirtd >/dev/null || libvirtd -d
for _ in $(seq 50); do virsh -c qemu:///system version >/dev/null 2>&1 && break; sleep 0.2; done
virsh -c qemu:///system version >/dev/null || { log "libvirtd did not come up"; exit 1; }
log "packages present; virtlogd and libvirtd running; /dev/kvm: $( [ -e /dev/kvm ] && echo present || echo absent, software emulation)"
