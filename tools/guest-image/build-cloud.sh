#!/usr/bin/env bash
# Builds a small Debian 12 (bookworm) guest with cloud-init and openssh-server, from
# Debian's packages, for the end-to-end test of KvmGuest's cloud-init seed.
#
#   tools/guest-image/build-cloud.sh [OUTDIR]
#   OUTDIR defaults to ${HYPERLAB_CACHE:-$HOME/.cache/hyperlab}/cloud-guest
#
# Produces OUTDIR/root.img (a raw, sparse ext4 filesystem image: the whole disk is the
# filesystem, no partition table), OUTDIR/vmlinuz and OUTDIR/initrd.img (the guest's
# own kernel and initramfs), for direct kernel boot:
#   qemu-system-x86_64 -kernel vmlinuz -initrd initrd.img \
#     -append "root=/dev/vda rw console=ttyS0" -drive file=root.img,if=virtio,format=raw
# Boot it over a copy-on-write overlay (qemu-img create -f qcow2 -b root.img -F raw),
# never on root.img itself.
#
# The guest: cloud-init (datasource_list [NoCloud, None], renderer ifupdown/ENI, the
# one Debian's cloud-init picks when ifupdown is installed and netplan is not),
# openssh-server (no host keys in the image: cloud-init makes them at first boot),
# sudo, udev, iproute2, resolvconf (so the `dns-nameservers` cloud-init renders
# reach /etc/resolv.conf), qemu-guest-agent (a KvmGuest's waitFor.cloudInit reads
# cloud-init's result through it; udev starts it when the agent channel appears). The floppy, bochs (graphics), parallel-port
# and PC-speaker drivers are blacklisted and the initramfs holds only virtio and ext4
# (QEMU's default machine has those devices, and probing them costs seconds under TCG);
# dbus, as Debian's cloud images have it: systemd-logind needs it, and without logind
# the guest ignores the ACPI power button (a KvmGuest restart's shutdown then waits
# out shutdownTimeoutSeconds, 60 s, and powers the guest off);
# the only SSH host key made at first boot is ed25519. The apt timers
# are masked, so a boot under TCG does not spend minutes on them. Root has no
# password; log in with the user the seed makes.
#
# The Debian archive is the one apt is configured with (read at run time from apt's
# own configuration; no host name is written here). Needs root and debootstrap.
#
# Cached: skipped when OUTDIR/stamp holds this script's sha256 and the three files
# exist; any edit of this script rebuilds. Prints the build time.
#
# Reproducibility, best effort: every file's mtime and ctime is SOURCE_DATE_EPOCH
# (default: a fixed date), the filesystem's UUID, hash seed and times are fixed, and what differs
# per run is removed (machine-id, SSH host keys, logs, apt lists and caches). Two
# builds are byte-identical only if the archive served the same package versions and
# mke2fs reads the directories in the same order; this is not guaranteed (the archive
# moves; Python byte code and the initramfs are Debian's as installed).
set -euo pipefail

script=$(readlink -f "${BASH_SOURCE[0]}")
out=${1:-${HYPERLAB_CACHE:-$HOME/.cache/hyperlab}/cloud-guest}
suite=bookworm
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1704067200}  # 2024-01-01T00:00:00Z
packages=cloud-init,python3-cffi-backend,openssh-server,qemu-guest-agent,linux-image-amd64,systemd-sysv,dbus,udev,ifupdown,iproute2,sudo,resolvconf
image_size=3G
fs_uuid=6b1f3c2e-5d1a-4f3e-9c1b-8a2d7e4f0c11  # fixed, for reproducibility

hash=$(sha256sum "$script" | cut -d' ' -f1)
if [ -f "$out/stamp" ] && [ "$(cat "$out/stamp")" = "$hash" ] &&
   [ -f "$out/root.img" ] && [ -f "$out/vmlinuz" ] && [ -f "$out/initrd.img" ]; then
  echo "[cloud-guest] up to date: $out (stamp $hash)" >&2
  exit 0
fi
[ "$(id -u)" = 0 ] || { echo "[cloud-guest] needs root (debootstrap)" >&2; exit 1; }
command -v debootstrap >/dev/null || { echo "[cloud-guest] needs debootstrap (tools/debian-packages.txt)" >&2; exit 1; }

# The archive apt uses for this suite's main component, from apt's configuration.
mirror=$(apt-get indextargets --format '$(REPO_URI)' "Codename: $suite" 'Identifier: Packages' 'Component: main' |
  grep -v -- '-security' | head -n1)
[ -n "$mirror" ] || { echo "[cloud-guest] apt has no $suite main archive configured" >&2; exit 1; }

start=$(date +%s)
umask 022
work=$(mktemp -d "${TMPDIR:-/tmp}/hyperlab-cloud-guest.XXXXXX")
root=$work/root
cleanup() {
  for m in proc sys dev/pts dev; do mountpoint -q "$root/$m" 2>/dev/null && umount -l "$root/$m"; done
  rm -rf "$work"
}
trap cleanup EXIT

echo "[cloud-guest] debootstrap $suite (minbase + $packages)" >&2
debootstrap --variant=minbase --include="$packages" --keyring=/usr/share/keyrings/debian-archive-keyring.gpg \
  "$suite" "$root" "$mirror" >"$work/debootstrap.log" 2>&1 ||
  { tail -n 40 "$work/debootstrap.log" >&2; exit 1; }

# Configuration.
echo localhost >"$root/etc/hostname"
printf '127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n' >"$root/etc/hosts"
: >"$root/etc/resolv.conf"
printf '/dev/vda\t/\text4\tdefaults,errors=remount-ro\t0\t1\n' >"$root/etc/fstab"
cat >"$root/etc/cloud/cloud.cfg.d/90-hyperlab.cfg" <<'EOF'
# hyperlab test guest (tools/guest-image/build-cloud.sh): the seed is a NoCloud ISO.
datasource_list: [NoCloud, None]
# The image has no locales package: cloud-init's default (en_US.UTF-8) cannot be
# generated and its locale module fails. C.UTF-8 is built into the C library.
locale: C.UTF-8
# One host key type: each RSA and ECDSA key made at first boot costs seconds under TCG.
ssh_genkeytypes: [ed25519]
EOF
printf 'LANG=C.UTF-8\n' >"$root/etc/default/locale"
# ifupdown reads what cloud-init renders into interfaces.d (Debian's default file
# sources it; written here so the guest does not depend on that default).
cat >"$root/etc/network/interfaces" <<'EOF'
auto lo
iface lo inet loopback
source /etc/network/interfaces.d/*
EOF
mkdir -p "$root/etc/network/interfaces.d"
printf 'blacklist %s\n' floppy bochs parport_pc pcspkr >"$root/etc/modprobe.d/hyperlab-no-floppy.conf"
for unit in apt-daily.timer apt-daily-upgrade.timer apt-daily.service apt-daily-upgrade.service \
  e2scrub_all.timer e2scrub_reap.service fstrim.timer; do
  ln -sf /dev/null "$root/etc/systemd/system/$unit"
done

# What differs per build: first-boot state and logs.
: >"$root/etc/machine-id"
rm -f "$root/var/lib/dbus/machine-id" "$root"/etc/ssh/ssh_host_*
rm -rf "$root"/var/lib/apt/lists/* "$root"/var/cache/apt/* "$root"/var/cache/debconf/*-old \
  "$root"/var/log/* "$root"/usr/share/doc/* "$root"/usr/share/man/* "$root"/usr/share/info/* \
  "$root"/var/cache/ldconfig/aux-cache "$root"/tmp/* "$root"/var/tmp/* "$root/debootstrap"
mkdir -p "$root/var/log/apt"

kernel=$(find "$root/boot" -maxdepth 1 -name 'vmlinuz-*' | LC_ALL=C sort | tail -n1)
initrd=$root/boot/initrd.img-${kernel##*/vmlinuz-}
[ -f "$kernel" ] && [ -f "$initrd" ] || { echo "[cloud-guest] no kernel/initrd in the root" >&2; exit 1; }
# An initramfs with only what mounts the root disk (virtio, ext4) instead of Debian's
# MODULES=most: a sixth of the size, and no floppy, graphics or parallel-port module
# probed before the root's blacklist applies. Measured with the same seed, two TCG
# boots side by side, to cloud-init's runcmd: 174 s before, 136 s after (with the
# ed25519-only host keys and the blacklist above).
sed -i 's/^MODULES=.*/MODULES=list/' "$root/etc/initramfs-tools/initramfs.conf"
printf '%s\n' virtio_pci virtio_blk ext4 >>"$root/etc/initramfs-tools/modules"
mount --bind /proc "$root/proc"
chroot "$root" mkinitramfs -o "/boot/${initrd##*/}" "${kernel##*/vmlinuz-}" 2>"$work/mkinitramfs.log" ||
  { cat "$work/mkinitramfs.log" >&2; exit 1; }
umount "$root/proc"
cp "$kernel" "$work/vmlinuz"
cp "$initrd" "$work/initrd.img"

find "$root" -xdev -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
# Python byte code checked by the source's mtime and size, not by its hash. Debian's
# py3compile ran with SOURCE_DATE_EPOCH set, which makes "checked-hash" .pyc files:
# every import then reads and hashes the whole source, and cloud-init imports
# hundreds of modules in each of its four stages. Compiled again here, after the
# mtimes are fixed, so each .pyc records SOURCE_DATE_EPOCH (still reproducible).
# Measured with the same seed, two TCG boots side by side, to cloud-init finished:
# 106 s and 118 CPU-s before, 93 s and 103 CPU-s after.
chroot "$root" python3 -m compileall -q -f --invalidation-mode timestamp \
  /usr/lib/python3/dist-packages "/usr/lib/$(readlink "$root/usr/bin/python3")" >"$work/compileall.log" 2>&1 ||
  { tail -n 20 "$work/compileall.log" >&2; exit 1; }
find "$root" -xdev -newer "$root/etc/hostname" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
truncate -s "$image_size" "$work/root.img"
E2FSPROGS_FAKE_TIME=$SOURCE_DATE_EPOCH mkfs.ext4 -q -F -L hyperlab-root -U "$fs_uuid" \
  -E "hash_seed=$fs_uuid,root_owner=0:0" -d "$root" "$work/root.img"
# mke2fs -d copies each file's ctime, which is when this build wrote it (touch cannot
# set it): set every inode's ctime to SOURCE_DATE_EPOCH too, in one debugfs run.
if find "$root" -xdev -name '*"*' | grep -q .; then echo "[cloud-guest] a file name with a double quote" >&2; exit 1; fi
(cd "$root" && find . -xdev | LC_ALL=C sort | sed -e 's|^\.||' -e 's|^$|/|' |
  while IFS= read -r f; do printf 'sif "%s" ctime @%s\n' "$f" "$SOURCE_DATE_EPOCH"; done) >"$work/ctime.cmds"
E2FSPROGS_FAKE_TIME=$SOURCE_DATE_EPOCH debugfs -w -f "$work/ctime.cmds" "$work/root.img" >"$work/debugfs.log" 2>&1
if grep -v '^debugfs' "$work/debugfs.log" | grep -q .; then grep -v '^debugfs' "$work/debugfs.log" | head >&2; exit 1; fi
touch -d "@$SOURCE_DATE_EPOCH" "$work/vmlinuz" "$work/initrd.img" "$work/root.img"

# Renames last, stamp after them, so an interrupted build never looks up to date.
mkdir -p "$out"
rm -f "$out/stamp"
mv -f "$work/root.img" "$out/root.img"
mv -f "$work/vmlinuz" "$out/vmlinuz"
mv -f "$work/initrd.img" "$out/initrd.img"
echo "$hash" >"$out/stamp"
echo "[cloud-guest] built $out in $(( $(date +%s) - start )) s (kernel ${kernel##*/vmlinuz-}; $(du -sh --apparent-size "$out/root.img" | cut -f1) raw, $(du -sh "$out/root.img" | cut -f1) used)" >&2
