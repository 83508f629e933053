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
    accelerator: "Proxmox runs its VMs with KVM",
    title: "a Proxmox VM has no title (its name and description are what Proxmox shows); give description",
    waitFor: "waiting for a container is offered on a LinuxHost (telmate's proxmox_lxc has no readiness check)",
    templateArgs: "a Proxmox container is made from an OS template volume (proxmox.ostemplate), which takes no arguments",
    template: "a Proxmox container is made from an OS template volume (proxmox.ostemplate)",
  },
  "a LinuxHost": {
    proxmox: "it holds what only a guest on a ProxmoxNode has (template, storage, VMID)",
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
