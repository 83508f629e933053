#!/usr/bin/env bash
# The lxc-net column of docs/networks-vs-lxc-net.md, measured: Debian's lxc-net
# (/usr/libexec/lxc/lxc-net) run in a network namespace of its own (with private
# /etc/default, /run/lxc and /var/lib/misc in a mount namespace, so the host's are
# not touched), behind a test "WAN" namespace serving the name www.wan.test (A record; AAAA answered empty, as a real server does) and a
# page, with the WAN's server as the namespace's only resolver; a busybox
# container on lxcbr0. Prints the rows: resolv.conf, nslookup NAME, wget by name,
# wget by address, and DHCP again with the namespace's INPUT policy DROP
# (replies and loopback accepted). Needs root, lxc, busybox-static, dnsmasq.
# Everything it makes (namespaces, container, files under a temp dir) goes at exit,
# unless KEEP=1 (to look around; then remove them by hand as cleanup() does).
set -euo pipefail
NS=hlmeas WAN=hlmeas-wan CT=hlmeas-ct NAME=www.wan.test WEB=203.0.113.80 PAGE="hello from the wan"
work=$(mktemp -d /tmp/hyperlab-lxcnet-XXXXXX)
cleanup() {
  set +e
  ip netns exec "$NS" lxc-stop -P "$work/lxc" -n "$CT" -k >/dev/null 2>&1
  lxc-destroy -P "$work/lxc" -n "$CT" -f >/dev/null 2>&1
  for ns in "$NS" "$WAN"; do
    for pid in $(ip netns pids "$ns" 2>/dev/null); do kill "$pid" 2>/dev/null; done
    ip netns delete "$ns" 2>/dev/null
  done
  rm -rf "/etc/netns/$NS" "$work"
}
[ -n "${KEEP:-}" ] || trap cleanup EXIT
for ns in "$NS" "$WAN"; do ip netns delete "$ns" 2>/dev/null || true; ip netns add "$ns"; done
ip -n "$NS" link set lo up
ip -n "$NS" link add hlmeas-w0 type veth peer name w0 netns "$WAN"
ip -n "$NS" addr add 203.0.113.2/24 dev hlmeas-w0
ip -n "$NS" link set hlmeas-w0 up
ip -n "$WAN" addr add 203.0.113.1/24 dev w0
ip -n "$WAN" addr add "$WEB/24" dev w0
ip -n "$WAN" link set w0 up
ip -n "$NS" route add default via 203.0.113.1
mkdir -p "$work/www" "/etc/netns/$NS"
echo "$PAGE" >"$work/www/index.html"
echo "nameserver 203.0.113.1" >"/etc/netns/$NS/resolv.conf"
ip netns exec "$WAN" dnsmasq --conf-file=/dev/null --no-hosts --no-resolv --interface=w0 --bind-interfaces \
  "--host-record=$NAME,$WEB" --local=/wan.test/ "--pid-file=$work/wan.pid"
ip netns exec "$WAN" busybox httpd -p "$WEB:80" -h "$work/www"

# lxc-net, as its service starts it, with its defaults (USE_LXC_BRIDGE=true).
mkdir -p "$work/default" "$work/run" "$work/misc"
echo 'USE_LXC_BRIDGE="true"' >"$work/default/lxc-net"
ip netns exec "$NS" unshare -m sh -c "mount --make-rprivate / && mount --bind $work/default /etc/default && \
  mount --bind $work/run /run/lxc 2>/dev/null || { mkdir -p /run/lxc && mount --bind $work/run /run/lxc; } ; \
  mount --bind $work/misc /var/lib/misc && /usr/libexec/lxc/lxc-net start" >/dev/null

# A busybox container on lxcbr0, as /etc/lxc/default.conf makes it.
mkdir -p "$work/lxc"
printf 'lxc.net.0.type = veth\nlxc.net.0.link = lxcbr0\nlxc.net.0.flags = up\n' >"$work/ct.conf"
lxc-create -P "$work/lxc" -n "$CT" -t busybox -f "$work/ct.conf" >/dev/null 2>&1
ip netns exec "$NS" lxc-start -P "$work/lxc" -n "$CT"
in_ct() { ip netns exec "$NS" lxc-attach -P "$work/lxc" -n "$CT" -- "$@"; }
address() { in_ct ip -4 -o addr show dev eth0 2>/dev/null | sed -n 's/.*inet \([0-9.]*\)\/.*/\1/p'; }
for _ in $(seq 30); do [ -n "$(address)" ] && break; sleep 1; done
row() { printf '| %s | %s |\n' "$1" "$2"; }
ok() { if "$@" >/dev/null 2>&1; then echo yes; else echo no; fi; }
echo "container address: $(address)"
row "container's resolv.conf" "$(in_ct cat /etc/resolv.conf | tr '\n' ';' | sed 's/;$//; s/;/; /g')"
row "nslookup $NAME" "$(ok in_ct timeout 10 nslookup "$NAME")"
row "wget http://$NAME/" "$(ok in_ct timeout 10 wget -q -O - "http://$NAME/")"
row "wget http://$WEB/" "$(ok in_ct timeout 10 wget -q -O - "http://$WEB/")"

# The host's INPUT policy DROP, replies and loopback accepted; the container asks DHCP again.
ip netns exec "$NS" iptables -A INPUT -i lo -j ACCEPT
ip netns exec "$NS" iptables -A INPUT -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
ip netns exec "$NS" iptables -P INPUT DROP
in_ct ip addr flush dev eth0
row "DHCP with INPUT DROP" "$(ok in_ct timeout 20 udhcpc -i eth0 -n -q -f)"
echo
echo "lxc-net's rules:"
ip netns exec "$NS" iptables-save | grep -E '^-A|^\*' || true
ip netns exec "$NS" nft list ruleset 2>/dev/null | head -40 || true
echo "lxc-net's dnsmasq:"
for pid in $(ip netns pids "$NS"); do tr '\0' ' ' <"/proc/$pid/cmdline" | grep '^dnsmasq' || true; done
