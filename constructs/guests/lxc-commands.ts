import { Argv, arg, command, script, when } from "../core/shell";
import { ResolvedNic } from "./nic";

/** A container on a plain Linux host, as the lxc-* tools see it. */
export interface LxcSpec {
  readonly name: string;
  readonly lxcPath: string;
  readonly template: string;
  readonly templateArgs: readonly string[];
  readonly nics: readonly ResolvedNic[];
  readonly memoryMiB?: number;
  readonly cpus?: string;
  readonly autostart: boolean;
  readonly startOnCreate: boolean;
  /** Wraps each argv to run on the right host (e.g. inside a netns). */
  readonly run: (argv: Argv) => Argv;
}

/** The container's LXC configuration, one `key = value` per line. */
export function lxcConfig(s: LxcSpec): string[] {
  const lines = [`lxc.uts.name = ${s.name}`, "lxc.apparmor.profile = unconfined"];
  s.nics.forEach((nic, i) => {
    const k = `lxc.net.${i}`;
    lines.push(`${k}.type = veth`, `${k}.link = ${nic.network.bridgeName}`, `${k}.flags = up`, `${k}.hwaddr = ${nic.mac}`);
    if (nic.addressWithPrefix && !nic.dhcp) lines.push(`${k}.ipv4.address = ${nic.addressWithPrefix}`);
    if (nic.gateway) lines.push(`${k}.ipv4.gateway = ${nic.gateway}`);
    if (nic.vlan !== undefined) lines.push(`${k}.veth.vlan.id = ${nic.vlan}`);
  });
  if (s.nics.length === 0) lines.push("lxc.net.0.type = empty");
  if (s.memoryMiB !== undefined) lines.push(`lxc.cgroup2.memory.max = ${s.memoryMiB * 1024 * 1024}`);
  if (s.cpus !== undefined) lines.push(`lxc.cgroup2.cpuset.cpus = ${s.cpus}`);
  lines.push(`lxc.start.auto = ${s.autostart ? 1 : 0}`);
  return lines;
}

export function lxcCommands(s: LxcSpec): { create: string; destroy: string } {
  const lxc = (tool: string, ...rest: string[]) => command(s.run([tool, "-P", s.lxcPath, "-n", s.name, ...rest]));
  // The configuration goes through a private temporary file, removed whatever
  // lxc-create does: nothing shared on the host is named after the container.
  const create = [
    'config="$(mktemp)"',
    `trap 'rm -f "$config"' EXIT`,
    `printf '%s\\n' ${lxcConfig(s).map(arg).join(" ")} > "$config"`,
    `${lxc("lxc-create", "-f")} "$config" ${command(["-t", s.template, ...(s.templateArgs.length ? ["--", ...s.templateArgs] : [])])}`,
  ];
  const eth0 = s.nics[0];
  if (s.template === "busybox" && eth0?.addressWithPrefix && !eth0.dhcp) {
    // The busybox template's rcS runs udhcpc on eth0, whose deconfig step flushes
    // the static address LXC has just put there; a static eth0 needs no DHCP.
    create.push(command(["sed", "-i", "/udhcpc/d", `${s.lxcPath}/${s.name}/rootfs/etc/init.d/rcS`]));
  }
  if (s.startOnCreate) create.push(lxc("lxc-start"), lxc("lxc-wait", "-s", "RUNNING", "-t", "60"));
  // lxc-destroy -f stops a running container first; skip it if the container is already gone.
  const destroy = [when(`${lxc("lxc-info")} >/dev/null 2>&1`, lxc("lxc-destroy", "-f"))];
  return { create: script(create), destroy: script(destroy) };
}
