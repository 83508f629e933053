import { IConstruct } from "constructs";
import { ConfigurationError } from "../core/errors";

/**
 * The one list of props that a host kind does not take, each with why: a guest
 * refuses them by name, and the message says what to do instead.
 */
const WHY: Record<string, Record<string, string>> = {
  "a Proxmox node": {
    bootImage: "a Proxmox VM is cloned from a template (proxmox.clone) or installed from an ISO (proxmox.iso)",
    kernelBoot: "direct kernel boot is libvirt's; a Proxmox VM boots from its disks",
    cloneMode: "a Proxmox VM is cloned from a template (proxmox.clone; proxmox.clone.full decides how)",
    title: "a Proxmox VM has no title (its name and description are what Proxmox shows); give description",
    waitFor: "waiting for a container is offered on a LinuxHost (telmate's proxmox_lxc has no readiness check)",
    templateArgs: "a Proxmox container is made from an OS template volume (proxmox.ostemplate), which takes no arguments",
    template: "a Proxmox container is made from an OS template volume (proxmox.ostemplate)",
    files: "files are written with lxc-attach on a LinuxHost; telmate's proxmox_lxc has no way to write them",
    commands: "commands are run with lxc-attach on a LinuxHost; telmate's proxmox_lxc has no way to run them",
  },
  "a LinuxHost": {
    proxmox: "it holds what only a guest on a ProxmoxNode has (template, storage, VMID)",
    "nics[].proxmox": "it holds what only a NIC on a ProxmoxNode has (MTU, the Proxmox firewall, DHCPv6/SLAAC by ipconfig)",
    "disks[].storage": "a LinuxHost's disks are image files in the guest's directory under storagePoolPath",
    "waitFor.ipv6": "a LinuxHost's waitFor probes an address it knows at synth (waitFor.address)",
    "cloudInit.password": "the seed is a file the provider writes from the plan: a password in it would be readable on the host; give sshKeys",
  },
};

/** Refuses the props of a guest that have no meaning on `where`, naming why. */
export function refuseProps(scope: IConstruct, props: object, names: readonly string[], where: keyof typeof WHY | string): void {
  for (const name of names) {
    if ((props as Record<string, unknown>)[name] !== undefined) {
      throw new ConfigurationError(scope, `${name} does not apply on ${where}: ${WHY[where]?.[name] ?? "the host decides it"}`);
    }
  }
}

/** Refuses the props of a guest that have no meaning on a Proxmox node. */
export function refuseOnProxmox(scope: IConstruct, props: object, names: readonly string[]): void {
  refuseProps(scope, props, names, "a Proxmox node");
}

/**
 * Refuses on a LinuxHost what only a Proxmox guest has: `proxmox`, each NIC's
 * `proxmox`, each disk's `storage` and cloudInit.password.
 */
export function refuseProxmoxOnly(scope: IConstruct, props: { proxmox?: unknown; nics?: unknown; disks?: unknown; cloudInit?: unknown }): void {
  refuseProps(scope, props, ["proxmox"], "a LinuxHost");
  const where = "a LinuxHost";
  const each = (list: unknown, key: string, what: string) => {
    if (!Array.isArray(list)) return;
    list.forEach((entry, i) => {
      if (entry && typeof entry === "object" && (entry as Record<string, unknown>)[key] !== undefined) {
        throw new ConfigurationError(scope, `${what}[${i}].${key} does not apply on ${where}: ${WHY[where][`${what}[].${key}`]}`);
      }
    });
  };
  each(props.nics, "proxmox", "nics");
  each(props.disks, "storage", "disks");
  const w = (props as { waitFor?: unknown }).waitFor as Record<string, unknown> | undefined;
  if (w && typeof w === "object" && w.ipv6 !== undefined) {
    throw new ConfigurationError(scope, `waitFor.ipv6 does not apply on ${where}: ${WHY[where]["waitFor.ipv6"]}`);
  }
  const ci = props.cloudInit as Record<string, unknown> | undefined;
  if (ci && typeof ci === "object" && ci.password !== undefined) {
    throw new ConfigurationError(scope, `cloudInit.password does not apply on ${where}: ${WHY[where]["cloudInit.password"]}`);
  }
}
