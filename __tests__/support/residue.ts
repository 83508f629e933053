import { run } from "./engine";

/**
 * What a lab can leave behind on the host, read from the system itself: network
 * devices, libvirt domains, pools and volumes, LXC containers, QEMU, dnsmasq and LXC monitor processes,
 * firewall rules, the forwarding switch, and the directories labs write to.
 */
export type HostState = Record<string, string[]>;

const lines = (cmd: string, args: string[]) =>
  run(cmd, args, { ok: [0, 1] }).stdout.split("\n").map((l) => l.trim()).filter(Boolean).sort();

export function hostState(): HostState {
  const virsh = (...args: string[]) => lines("virsh", ["-c", "qemu:///system", ...args]);
  const pools = virsh("pool-list", "--all", "--name");
  return {
    links: JSON.parse(run("ip", ["-j", "link", "show"]).stdout).map((l: any) => `${l.ifname} (${l.linkinfo?.info_kind ?? "?"})`).sort(),
    domains: virsh("list", "--all", "--name"),
    pools,
    volumes: pools.flatMap((p) => virsh("vol-list", "--pool", p).slice(2).map((v) => `${p}: ${v.split(/\s+/)[0]}`)),
    containers: lines("lxc-ls", ["-1"]),
    // An exited process that its parent (here the sandbox's PID 1) has not reaped yet
    // shows as "[name] <defunct>": it holds nothing, so it is not residue.
    processes: ["qemu-system", "dnsmasq", "lxc-start"]
      .flatMap((name) => lines("pgrep", ["-af", name]))
      .filter((l) => !l.endsWith("<defunct>"))
      .map((l) => l.replace(/^\d+ /, "")),
    iptables: firewallRules(run("iptables-save", [], { ok: [0, 1] }).stdout),
    ipForward: lines("cat", ["/proc/sys/net/ipv4/ip_forward"]),
    // Pool directories, container root filesystems, and the state the commands keep
    // under /run (DHCP pids and reservations, NAT bookkeeping).
    files: [
      ...lines("find", ["/var/lib/hyperlab", "/var/lib/lxc", "-maxdepth", "1"]),
      ...lines("find", ["/run", "-maxdepth", "1", "-name", "hyperlab*"]),
    ].sort(),
  };
}

/**
 * What the firewall does, from `iptables-save`: the rules of each table, the
 * chains a user made, and the built-in chains whose policy is not ACCEPT. Not
 * whether a table is loaded: on a fresh machine no table exists until the first
 * rule, and the empty built-in chains stay once the rules go, which changes
 * nothing about what passes.
 */
export function firewallRules(save: string): string[] {
  let table = "";
  const found: string[] = [];
  for (const line of save.split("\n").map((l) => l.trim())) {
    if (line.startsWith("*")) table = line.slice(1);
    const chain = /^:(\S+) (\S+)/.exec(line);
    if (chain && chain[2] === "-") found.push(`${table}: chain ${chain[1]}`);
    else if (chain && chain[2] !== "ACCEPT") found.push(`${table}: ${chain[1]} policy ${chain[2]}`);
    if (line.startsWith("-A ")) found.push(`${table}: ${line}`);
  }
  return found.sort();
}

/**
 * Entries present after but not before, and before but not after, per kind. With
 * `own`, only the entries it matches: a test file that runs beside others passes
 * the pattern of its own names (its namespace, bridges, guests, directories), since
 * the other files' objects come and go meanwhile. What no test may leave, whatever
 * its name (and the forwarding switch, which has none), is checked over the whole
 * host once the run is over (host-check.ts, jest's global setup and teardown).
 */
export function difference(before: HostState, after: HostState, own?: RegExp): Record<string, { added: string[]; removed: string[] }> {
  const diff: Record<string, { added: string[]; removed: string[] }> = {};
  const mine = (x: string) => own === undefined || own.test(x);
  for (const kind of Object.keys(before)) {
    const added = after[kind].filter((x) => !before[kind].includes(x) && mine(x));
    const removed = before[kind].filter((x) => !after[kind].includes(x) && mine(x));
    if (added.length || removed.length) diff[kind] = { added, removed };
  }
  return diff;
}
