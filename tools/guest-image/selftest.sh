#!/usr/bin/env bash
# Boots the guest image from build.sh on an isolated bridge and checks the /init
# contract from outside: HYPERLAB-READY on the serial console, ping, and
# `wget http://IP/hostname` returning the hostname. Prints the boot time.
#
#   sudo tools/guest-image/selftest.sh [OUTDIR]
#   ACCEL=kvm|tcg (default kvm if /dev/kvm is writable). Use tcg where /dev/kvm is a
#   paravirtual nested KVM (kvm_pvm) that cannot run a stock kernel: there the boot
#   crawls and never reaches READY. TIMEOUT=seconds overrides the wait for READY.
#
# Needs root for the network namespace and TAP. Everything (bridge, TAP, qemu)
# lives in the namespace hl-img-test, so the host's interfaces, routes and
# firewall are never touched; the trap removes it all, also on failure.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
out=${1:-${HYPERLAB_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/hyperlab}/guest}
accel=${ACCEL:-$([ -w /dev/kvm ] && echo kvm || echo tcg)}
timeout=${TIMEOUT:-$([ "$accel" = kvm ] && echo 60 || echo 180)}  # seconds to READY
ns=hl-img-test name=imgtest addr=10.213.0.10

"$here/build.sh" "$out"

log=$(mktemp) qemu=
cleanup() {
  if [ -n "$qemu" ]; then kill "$qemu" 2>/dev/null; wait "$qemu" 2>/dev/null; fi || true
  ip netns del "$ns" 2>/dev/null || true
  rm -f "$log"
}
trap cleanup EXIT
fail() { echo "[selftest] FAIL: $*" >&2; echo "--- serial console ---" >&2; cat "$log" >&2; exit 1; }

ip netns del "$ns" 2>/dev/null || true  # leftover of an interrupted run
ip netns add "$ns"
nsx() { ip netns exec "$ns" "$@"; }
nsx ip link set lo up
nsx ip link add hlbr0 type bridge
nsx ip addr add 10.213.0.1/24 dev hlbr0
nsx ip tuntap add dev hltap0 mode tap
nsx ip link set hltap0 master hlbr0
nsx ip link set hltap0 up
nsx ip link set hlbr0 up

usec() { echo "${EPOCHREALTIME//[!0-9]/}"; }  # microseconds, locale-proof
start=$(usec)
# Not via nsx: a backgrounded function is a subshell, whereas `ip netns exec` execs
# qemu, so $! is qemu's own pid. stdin /dev/null: nothing typed into the guest shell.
ip netns exec "$ns" qemu-system-x86_64 -accel "$accel" -m 256 -nographic -no-reboot \
  -kernel "$out/vmlinuz" -initrd "$out/initramfs.cpio.gz" \
  -append "console=ttyS0 quiet ip=$addr::10.213.0.1:255.255.255.0:$name:eth0:off" \
  -netdev tap,id=n0,ifname=hltap0,script=no,downscript=no -device virtio-net-pci,netdev=n0 \
  </dev/null >"$log" 2>&1 &
qemu=$!

until grep -q "HYPERLAB-READY hostname=$name ip=$addr" "$log"; do
  kill -0 "$qemu" 2>/dev/null || fail "qemu exited"
  (( $(usec) - start < timeout * 1000000 )) || fail "no HYPERLAB-READY within ${timeout}s"
  sleep 0.1
done
boot=$(( ($(usec) - start) / 1000 ))  # ms

# GNU wget when present: busybox-static's wget segfaults on some hosts (static glibc).
if command -v wget >/dev/null; then wget=(wget -qO- -T 5 --tries=1 --no-proxy); else wget=(busybox wget -qO- -T 5 -Y off); fi
nsx busybox ping -c1 -W5 "$addr" >/dev/null || fail "ping $addr"
got=$(nsx "${wget[@]}" "http://$addr/hostname") || fail "wget http://$addr/hostname"
[ "$got" = "$name" ] || fail "hostname is '$got', want '$name'"
printf '[selftest] OK (accel=%s): READY after %d.%03ds, ping ok, http://%s/hostname = %s\n' \
  "$accel" $((boot / 1000)) $((boot % 1000)) "$addr" "$got"
