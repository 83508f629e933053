#!/usr/bin/env bash
# Runs the suite as a machine that never ran it would: a fresh clone of this
# repository's HEAD, `npm ci` and the engine built into empty caches (Go module,
# Go build and engine caches in a temporary directory), then `npm test` inside new
# network, mount and PID namespaces with an empty /run (so no iptables table is
# loaded, no /run/hyperlab* exists and no daemon runs: setup-host.sh starts its
# own libvirtd there) and empty /var/lib/hyperlab and /var/lib/lxc.
#
# Needs root. The steps that reach package registries (npm ci, Go modules, the
# cloud-init test's Debian image, the consumer apps' npm packages) run before
# entering the namespaces, which have no network. The host's own
# interfaces, routes and firewall are never touched: everything the tests make
# lives in the new network namespace and goes away with it.
#
# Usage: tools/fresh-machine.sh [--warm | --engine-cache DIR]
#   --warm              reuses ~/.cache/hyperlab and Go's caches
#   --engine-cache DIR  reuses DIR as the engine cache (an engine built cold before),
#                       with empty Go module and build caches
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
work=$(mktemp -d /tmp/hyperlab-fresh.XXXXXX)
log() { printf '[fresh-machine] %s\n' "$*" >&2; }

git clone -q "$repo" "$work/repo"
# CI lays shared/ beside the clone; do the same when there is one.
[ -d "$repo/../shared" ] && ln -s "$(cd "$repo/../shared" && pwd)" "$work/shared"
case "${1:-}" in
  --warm) ;;
  --engine-cache) export HYPERLAB_CACHE=$2 GOMODCACHE=$work/gomodcache GOCACHE=$work/gocache
    log "engine cache $2, empty Go caches under $work" ;;
  *) export HYPERLAB_CACHE=$work/cache GOMODCACHE=$work/gomodcache GOCACHE=$work/gocache
    log "cold caches under $work" ;;
esac
cd "$work/repo"
npm ci --no-audit --no-fund
# The host, the engine and the cloud-init tests' Debian image, as .ci/run prepares
# them (the engine and the image side by side), each timed apart from the suite.
bash tools/prepare-suite.sh
# The packages the consumer test's fresh apps install, into the npm cache.
npx tsx tools/warm-consumer-cache.ts

# The suite runs in the machine's own network namespace, as CI's does: tests fetch
# from the Debian archive when their cache is empty (the cloud-init test's APT
# repository, LXC's debian template), and every test makes its bridges, TAPs and
# guests in namespaces of its own or on bridges without uplink. New mount and PID
# namespaces give it an empty /run, /var/lib/hyperlab, /var/lib/lxc and libvirt
# configuration.
log "running npm test in new mount and PID namespaces"
# The daemons of an earlier run would share libvirt's state directories with the
# ones started inside; only test daemons run here, so they are stopped first.
# By their pid files, not by name: only the daemons setup-host.sh started.
for d in libvirtd virtlogd; do
  if [ -s "/run/$d.pid" ]; then kill "$(cat "/run/$d.pid")" 2>/dev/null || true; fi
done
for _ in $(seq 50); do [ -e /run/libvirtd.pid ] || [ -e /run/virtlogd.pid ] || break; sleep 0.1; done
export FRESH_WORK=$work
unshare --mount --pid --fork --mount-proc --propagation private bash -euo pipefail -c '
  mount -t tmpfs -o mode=755 tmpfs /run
  mkdir -p /run/lock /run/user
  for d in /var/lib/hyperlab /var/lib/lxc; do mkdir -p "$d"; mount -t tmpfs -o mode=755 tmpfs "$d"; done
  # sysfs shows the namespace it was mounted in: mount it anew, keeping the cgroup tree.
  mkdir -p "$FRESH_WORK/cgroup" && mount --rbind /sys/fs/cgroup "$FRESH_WORK/cgroup"
  mount -t sysfs sysfs /sys && mount --rbind "$FRESH_WORK/cgroup" /sys/fs/cgroup
  # libvirt keeps domain and pool definitions in /etc/libvirt, on the disk: the run
  # gets a copy holding none, so it sees nothing an earlier (or killed) run defined,
  # and nothing it defines outlives it.
  cp -a /etc/libvirt "$FRESH_WORK/etc-libvirt"
  rm -f "$FRESH_WORK"/etc-libvirt/qemu/*.xml "$FRESH_WORK"/etc-libvirt/qemu/autostart/*.xml \
    "$FRESH_WORK"/etc-libvirt/storage/*.xml "$FRESH_WORK"/etc-libvirt/storage/autostart/*.xml
  mount --bind "$FRESH_WORK/etc-libvirt" /etc/libvirt
  echo "[fresh-machine] iptables-save before: $(iptables-save | wc -l) lines; /run: $(ls /run | tr "\n" " ")"
  # Not exec'"'"'d: bash stays PID 1 of the namespace and reaps what is orphaned
  # there (libvirtd waits for its QEMU probes to be reaped).
  npm test; exit $?
'
log "passed; work tree and caches left in $work"
