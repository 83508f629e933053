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
    // Packet counters change on their own; the rules are what matters.
    iptables: lines("iptables-save", []).filter((l) => !l.startsWith("#")).map((l) => l.replace(/\[\d+:\d+\]/, "")),
    ipForward: lines("cat", ["/proc/sys/net/ipv4/ip_forward"]),
    // Pool directories, container root filesystems and the NAT bookkeeping.
    files: lines("find", ["/var/lib/hyperlab", "/var/lib/lxc", "/run/hyperlab", "-maxdepth", "1"]),
  };
}

/** Entries present after but not before, and before but not after, per kind. */
export function difference(before: HostState, after: HostState): Record<string, { added: string[]; removed: string[] }> {
  const diff: Record<string, { added: string[]; removed: string[] }> = {};
  for (const kind of Object.keys(before)) {
    const added = after[kind].filter((x) => !before[kind].includes(x));
    const removed = before[kind].filter((x) => !after[kind].includes(x));
    if (added.length || removed.length) diff[kind] = { added, removed };
  }
  return diff;
}
