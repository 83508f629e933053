#!/usr/bin/env bash
# Builds a minimal bootable Linux guest for end-to-end tests, from installed Debian
# packages only (linux-image-amd64, busybox-static, cpio, gzip) and without network.
#
#   tools/guest-image/build.sh [OUTDIR]
#   OUTDIR defaults to ${HYPERLAB_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/hyperlab}/guest
#   KVER=<version> picks a kernel other than the newest one in /boot.
#
# Produces OUTDIR/vmlinuz (the Debian kernel, unchanged) and OUTDIR/initramfs.cpio.gz
# (busybox + /init + the virtio NIC modules), for direct kernel boot
# (qemu -kernel/-initrd, libvirt <os><kernel/><initrd/><cmdline/>).
# Skips the build when both files are newer than this script and the kernel.
# The initramfs is byte-reproducible: fixed mtimes/owners, sorted list, gzip -n.
#
# /init contract (kernel command line; all optional):
#   hyperlab.hostname=NAME   hostname (default: hyperlab)
#   ip=ADDR::GW:NETMASK:HOSTNAME:DEVICE:off
#                            the kernel's standard form: static address on eth0
#                            (else the first non-lo NIC), default route via GW,
#                            hostname HOSTNAME
# /init loads the virtio NIC modules, brings up lo and the NIC, starts
# `httpd -p 80 -h /www`, where /www/hostname holds the hostname (so
# `wget -qO- http://ADDR/hostname` answers NAME), then prints on the console
#   HYPERLAB-READY hostname=NAME ip=ADDR        (ip=none without ip=)
# and stays up (PID 1 never exits, so the kernel never panics; a shell is offered
# on the console). Use console=ttyS0 so the READY line reaches the serial port.
set -euo pipefail

script=$(readlink -f "${BASH_SOURCE[0]}")
out=${1:-${HYPERLAB_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/hyperlab}/guest}
kver=${KVER:-$(basename -a /boot/vmlinuz-* | sed 's/^vmlinuz-//' | sort -V | tail -n1)}
kernel=/boot/vmlinuz-$kver
moddir=/lib/modules/$kver
busybox=/bin/busybox  # busybox-static: no shared libraries to copy

if [ "$out/vmlinuz" -nt "$script" ] && [ "$out/initramfs.cpio.gz" -nt "$script" ] &&
   [ "$out/vmlinuz" -nt "$kernel" ]; then
  echo "[guest-image] up to date: $out" >&2
  exit 0
fi
for f in "$kernel" "$moddir/modules.dep" "$busybox"; do
  [ -r "$f" ] || { echo "[guest-image] missing $f (linux-image-amd64, busybox-static)" >&2; exit 1; }
done

umask 022  # permissions in the archive must not depend on the caller's umask
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root=$work/root
mkdir -p "$root"/{bin,dev,proc,sys,tmp,www,etc,lib/modules}

# Module load order: depth-first over modules.dep, dependencies before dependents
# (modules.dep lists them for modprobe in reverse load order, so we recurse instead).
# Drivers built into the kernel are absent from modules.dep and simply skipped.
order=()
add_module() { # path relative to $moddir, as in modules.dep
  local m=$1 dep
  [[ " ${order[*]-} " == *" $m "* ]] && return 0
  for dep in $(sed -n "s|^$m: *||p" "$moddir/modules.dep"); do add_module "$dep"; done
  order+=("$m")
}
for name in virtio_pci virtio_net; do
  path=$(grep -oE "^[^:]*/$name\.ko(\.xz|\.zst|\.gz)?:" "$moddir/modules.dep" | tr -d :) || continue
  add_module "$path"
done
for m in "${order[@]}"; do
  base=$(basename "$m"); dst=$root/lib/modules/${base%.ko*}.ko
  case $m in  # busybox insmod wants plain ELF; newer Debian kernels compress modules
    *.xz) xz -dc "$moddir/$m" >"$dst" ;;
    *.zst) zstd -qdc "$moddir/$m" >"$dst" ;;
    *.gz) gzip -dc "$moddir/$m" >"$dst" ;;
    *) cp "$moddir/$m" "$dst" ;;
  esac
  echo "${base%.ko*}" >>"$root/etc/modules"
done

cp "$busybox" "$root/bin/busybox"
for applet in $("$busybox" --list); do
  [ "$applet" = busybox ] || ln -s busybox "$root/bin/$applet"
done

cat >"$root/init" <<'EOF'
#!/bin/sh
# hyperlab test guest init; the contract is documented in tools/guest-image/build.sh.
export PATH=/bin
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev
exec </dev/console >/dev/console 2>&1
for m in $(cat /etc/modules); do insmod /lib/modules/$m.ko || echo "init: insmod $m failed"; done

# The netmask of ip= as a prefix length (busybox ip wants ADDR/PREFIX).
prefix_of() {
  bits=0
  for octet in $(echo "$1" | tr . ' '); do
    case $octet in 255) bits=$((bits+8)) ;; 254) bits=$((bits+7)) ;; 252) bits=$((bits+6)) ;; 248) bits=$((bits+5)) ;;
      240) bits=$((bits+4)) ;; 224) bits=$((bits+3)) ;; 192) bits=$((bits+2)) ;; 128) bits=$((bits+1)) ;; esac
  done
  echo "$bits"
}
name=hyperlab ip= gw=
for arg in $(cat /proc/cmdline); do
  case $arg in
    hyperlab.hostname=*) name=${arg#*=} ;;
    ip=*)
      # ip=<client>::<gateway>:<netmask>:<hostname>:<device>:off, as the kernel documents it
      IFS=: read -r client _ gw mask host _ <<EOT
${arg#ip=}
EOT
      ip=$client/$(prefix_of "$mask")
      [ -n "$host" ] && name=$host ;;
  esac
done
hostname "$name"
echo "$name" >/www/hostname
ip link set lo up

# The NIC shows up asynchronously after virtio_pci binds; wait up to ~10s.
nic=
for _ in $(seq 100); do
  [ -e /sys/class/net/eth0 ] && nic=eth0 && break
  for n in /sys/class/net/*; do [ "${n##*/}" != lo ] && [ -e "$n" ] && nic=${n##*/} && break 2; done
  usleep 100000
done
if [ -n "$nic" ]; then
  ip link set "$nic" up
  [ -n "$ip" ] && ip addr add "$ip" dev "$nic"
  [ -n "$gw" ] && ip route add default via "$gw"
else
  echo "init: no network interface found"
fi

httpd -p 80 -h /www
addr=${ip%/*}
echo "HYPERLAB-READY hostname=$name ip=${addr:-none}"

# PID 1 must never exit (that panics the kernel): respawn a console shell forever,
# pausing so a console without input cannot make it spin.
while :; do setsid cttyhack sh; sleep 1; done
EOF
chmod 755 "$root/init"

# Reproducibility: fixed mtimes (-h: the symlinks too), sorted names, root owner,
# device-independent inode numbers, and no name/time in the gzip header.
find "$root" -exec touch -h -d @0 {} +
mkdir -p "$out"
(cd "$root" && find . -mindepth 1 | LC_ALL=C sort |
  cpio --quiet -o -H newc -R 0:0 --reproducible) | gzip -9 -n >"$work/initramfs.cpio.gz"
cp "$kernel" "$work/vmlinuz"
# Renames last, so an interrupted build never looks up to date.
mv -f "$work/vmlinuz" "$out/vmlinuz"
mv -f "$work/initramfs.cpio.gz" "$out/initramfs.cpio.gz"
echo "[guest-image] built $out (kernel $kver; modules: $(paste -sd' ' "$root/etc/modules"))" >&2
