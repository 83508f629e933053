import { Argv, command, tolerant, when, arg } from "../core/shell";

/**
 * The iproute2/iptables/sysctl lines that create and remove a bridge, its
 * address, uplink and NAT. Pure functions of validated values, so they are
 * tested directly and the construct only wires them to a CommandResource.
 */
export interface BridgeSpec {
  readonly bridge: string;
  readonly mtu: number;
  readonly vlanFiltering: boolean;
  /** "address/prefix" the host takes on the bridge, if any. */
  readonly hostAddress?: string;
  readonly uplink?: string;
  /** The network to masquerade, for mode nat. */
  readonly natCidr?: string;
  /** Wraps each argv to run on the right host (e.g. inside a netns). */
  readonly run: (argv: Argv) => Argv;
  /** Where the commands keep state about an object of this host (LinuxHost.runStatePath). */
  readonly runStatePath: RunStatePath;
  /** A DHCP server (dnsmasq) on the bridge, when wanted. */
  readonly dhcp?: DhcpSpec;
}

export interface DhcpSpec {
  readonly rangeStart: string;
  readonly rangeEnd: string;
  readonly leaseSeconds: number;
  /** The router option handed to clients. */
  readonly router: string;
}

export type RunStatePath = (kind: string, ...names: string[]) => string;

/** Where a bridge's DHCP server keeps its pid and its reservations (one file each). */
function dhcpPaths(runStatePath: RunStatePath, bridge: string): { pidFile: string; hostsDir: string } {
  return { pidFile: runStatePath("dhcp-pid", bridge), hostsDir: runStatePath("dhcp-hosts", bridge) };
}

export interface CommandLines {
  readonly create: string[];
  readonly destroy: string[];
}

export function bridgeCommands(s: BridgeSpec): CommandLines {
  const sh = (argv: Argv) => command(s.run(argv));
  const create = [
    // vlan_filtering is only named when wanted: kernels built without bridge VLAN
    // support refuse the option even with value 0.
    sh(["ip", "link", "add", "name", s.bridge, "type", "bridge", ...(s.vlanFiltering ? ["vlan_filtering", "1"] : [])]),
    sh(["ip", "link", "set", "dev", s.bridge, "mtu", String(s.mtu)]),
  ];
  if (s.hostAddress) create.push(sh(["ip", "address", "add", s.hostAddress, "dev", s.bridge]));
  if (s.uplink) create.push(sh(["ip", "link", "set", "dev", s.uplink, "master", s.bridge]));
  create.push(sh(["ip", "link", "set", "dev", s.bridge, "up"]));

  const destroy: string[] = [];
  if (s.uplink) destroy.push(tolerant(sh(["ip", "link", "set", "dev", s.uplink, "nomaster"])));
  destroy.push(tolerant(sh(["ip", "link", "delete", "dev", s.bridge])));

  if (s.natCidr) {
    const nat = natCommands(s, s.natCidr);
    create.push(...nat.create);
    destroy.unshift(...nat.destroy);
  }
  if (s.dhcp) {
    const dhcp = dhcpCommands(s, s.dhcp);
    create.push(...dhcp.create);
    destroy.unshift(...dhcp.destroy);
  }
  return { create, destroy };
}

/**
 * dnsmasq as DHCP server only (no DNS: --port=0), bound to the bridge alone, with
 * no configuration but its arguments. Reservations are files in a directory it
 * watches, so guests add and remove theirs without restarting it.
 */
function dhcpCommands(s: BridgeSpec, d: DhcpSpec): CommandLines {
  const { pidFile, hostsDir } = dhcpPaths(s.runStatePath, s.bridge);
  const create = [
    command(["mkdir", "-p", hostsDir]),
    command(s.run([
      "dnsmasq", "--conf-file=/dev/null", "--port=0", `--interface=${s.bridge}`, "--bind-interfaces",
      "--except-interface=lo", `--dhcp-range=${d.rangeStart},${d.rangeEnd},${d.leaseSeconds}`,
      `--dhcp-option=option:router,${d.router}`, `--dhcp-hostsdir=${hostsDir}`, "--leasefile-ro",
      "--dhcp-authoritative", `--pid-file=${pidFile}`, "--user=nobody", "--group=nogroup",
    ])),
  ];
  // Wait (up to 5 s) until dnsmasq has exited, so the bridge is not removed under
  // it; an exited process waiting to be reaped shows state Z and counts as gone.
  const stopped = `for _ in $(seq 50); do grep -qs '^State:[[:space:]]*[^Z]' "/proc/$pid/status" || break; sleep 0.1; done`;
  const destroy = [
    when(`[ -e ${arg(pidFile)} ]`, `pid="$(cat ${arg(pidFile)})"; ${tolerant('kill "$pid"')}; ${stopped}`),
    command(["rm", "-rf", hostsDir, pidFile]),
  ];
  return { create, destroy };
}

/** A fixed address for one MAC: a file in the DHCP server's reservation directory. */
export function dhcpReservationCommands(runStatePath: RunStatePath, bridge: string, file: string, r: { mac: string; address: string; hostname: string }): CommandLines {
  const { pidFile, hostsDir } = dhcpPaths(runStatePath, bridge);
  const path = arg(`${hostsDir}/${file}`);
  return {
    create: [`printf '%s\\n' ${arg(`${r.mac},${r.address},${r.hostname}`)} > ${path}`],
    // dnsmasq notices new files by itself but forgets removed ones only on SIGHUP.
    destroy: [`rm -f ${path}`, when(`[ -e ${arg(pidFile)} ]`, tolerant(`kill -HUP "$(cat ${arg(pidFile)})"`))],
  };
}

interface NatRule {
  readonly table: "nat" | "filter";
  readonly chain: "POSTROUTING" | "FORWARD";
  readonly match: Argv;
}

/** Rules carry a comment naming the bridge, so `iptables-save` shows whose they are. */
function natRules(bridge: string, cidr: string): NatRule[] {
  const tag = ["-m", "comment", "--comment", `hyperlab:${bridge}`];
  return [
    { table: "nat", chain: "POSTROUTING", match: ["-s", cidr, "!", "-d", cidr, ...tag, "-j", "MASQUERADE"] },
    { table: "filter", chain: "FORWARD", match: ["-i", bridge, ...tag, "-j", "ACCEPT"] },
    {
      table: "filter", chain: "FORWARD",
      match: ["-o", bridge, "-m", "conntrack", "--ctstate", "RELATED,ESTABLISHED", ...tag, "-j", "ACCEPT"],
    },
  ];
}

function natCommands(spec: BridgeSpec, cidr: string): CommandLines {
  const sh = (argv: Argv) => command(spec.run(argv));
  const stateDir = spec.runStatePath("nat");
  const dir = arg(stateDir);
  const marker = arg(`${stateDir}/${spec.bridge}`);
  const orig = arg(`${stateDir}/ip_forward`);
  const iptables = (op: string, r: NatRule) => sh(["iptables", "-w", "-t", r.table, op, r.chain, ...r.match]);
  // FORWARD rules go first in the chain so a DROP policy or rule set by others
  // (Docker, firewalld) does not swallow the guests' traffic.
  const add = (r: NatRule) => iptables(r.chain === "FORWARD" ? "-I" : "-A", r);
  const rules = natRules(spec.bridge, cidr);
  // Forwarding is one switch per namespace: remember its value before the first
  // NAT network turns it on, and put it back when the last one goes away. The
  // construct orders the NAT networks of a namespace one after another, so two of
  // these scripts never run at once.
  const create = [
    `mkdir -p ${dir}`,
    when(`[ ! -e ${orig} ]`, `${sh(["cat", "/proc/sys/net/ipv4/ip_forward"])} > ${orig}`),
    `touch ${marker}`,
    sh(["sysctl", "-q", "-w", "net.ipv4.ip_forward=1"]),
    ...rules.map((r) => when(`! ${iptables("-C", r)} 2>/dev/null`, add(r))),
  ];
  const destroy = [
    ...rules.map((r) => tolerant(`${iptables("-D", r)} 2>/dev/null`)),
    `rm -f ${marker}`,
    when(
      `[ -e ${orig} ] && [ -z "$(ls -A ${dir} | grep -vx ip_forward)" ]`,
      `${sh(["sysctl", "-q", "-w"])} "net.ipv4.ip_forward=$(cat ${orig})"; rm -rf ${dir}`,
    ),
  ];
  return { create, destroy };
}
