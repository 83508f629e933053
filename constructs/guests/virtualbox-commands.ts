import { command, script, tolerant, when } from "../core/shell";

/** What VBoxManage is told to build. */
export interface VirtualBoxSpec {
  readonly name: string;
  readonly baseFolder: string;
  readonly source: { readonly ova: string } | { readonly disk: string; readonly osType: string };
  readonly cpus: number;
  readonly memoryMiB: number;
  readonly nics: readonly VirtualBoxNic[];
  readonly startOnCreate: boolean;
}

/** A VirtualBox NIC: bridged to a host bridge, host-only, or NAT. */
export type VirtualBoxNic =
  | { readonly kind: "bridged"; readonly bridge: string; readonly mac: string }
  | { readonly kind: "hostonly"; readonly adapter: string; readonly mac: string }
  | { readonly kind: "nat"; readonly mac: string };

const vbox = (...argv: string[]) => command(["VBoxManage", "-q", ...argv]);

function nicArgs(nic: VirtualBoxNic, slot: number): string[] {
  // VirtualBox wants MACs as 12 hex digits without separators.
  const mac = [`--macaddress${slot}`, nic.mac.replace(/:/g, "").toUpperCase(), `--nictype${slot}`, "virtio"];
  switch (nic.kind) {
    case "bridged":
      return [`--nic${slot}`, "bridged", `--bridgeadapter${slot}`, nic.bridge, ...mac];
    case "hostonly":
      return [`--nic${slot}`, "hostonly", `--hostonlyadapter${slot}`, nic.adapter, ...mac];
    case "nat":
      return [`--nic${slot}`, "nat", ...mac];
  }
}

export function virtualBoxCommands(s: VirtualBoxSpec): { create: string; destroy: string } {
  const create: string[] = [];
  if ("ova" in s.source) {
    create.push(vbox("import", s.source.ova, "--vsys", "0", "--vmname", s.name, "--basefolder", s.baseFolder));
  } else {
    // The VM gets its own copy of the disk, so unregistering with --delete never
    // removes the image the user pointed at.
    const disk = `${s.baseFolder}/${s.name}/${s.name}-disk0.vdi`;
    create.push(
      vbox("createvm", "--name", s.name, "--ostype", s.source.osType, "--basefolder", s.baseFolder, "--register"),
      vbox("clonemedium", "disk", s.source.disk, disk, "--format", "VDI"),
      vbox("storagectl", s.name, "--name", "SATA", "--add", "sata", "--portcount", "1"),
      vbox("storageattach", s.name, "--storagectl", "SATA", "--port", "0", "--device", "0", "--type", "hdd", "--medium", disk),
    );
  }
  const nicSettings = s.nics.flatMap((nic, i) => nicArgs(nic, i + 1));
  create.push(vbox("modifyvm", s.name, "--cpus", String(s.cpus), "--memory", String(s.memoryMiB), ...nicSettings));
  if (s.startOnCreate) create.push(vbox("startvm", s.name, "--type", "headless"));

  const destroy = [
    when(`${vbox("showvminfo", s.name)} >/dev/null 2>&1`,
      `${tolerant(vbox("controlvm", s.name, "poweroff"))}; ${vbox("unregistervm", s.name, "--delete")}`),
  ];
  return { create: script(create), destroy: script(destroy) };
}
