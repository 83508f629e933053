import { IConstruct } from "constructs";
import { ConfigurationError } from "../core/errors";

/** Refuses the props of a guest that have no meaning on a Proxmox node, naming why. */
export function refuseOnProxmox(scope: IConstruct, props: object, names: readonly string[]): void {
  for (const name of names) {
    if ((props as Record<string, unknown>)[name] !== undefined) {
      throw new ConfigurationError(scope, `${name} does not apply on a Proxmox node: ${WHY[name] ?? "the node decides it"}`);
    }
  }
}

const WHY: Record<string, string> = {
  bootImage: "a Proxmox VM is cloned from a template (proxmox.clone) or installed from an ISO (proxmox.iso)",
  kernelBoot: "direct kernel boot is libvirt's; a Proxmox VM boots from its disks",
  accelerator: "Proxmox runs its VMs with KVM",
  templateArgs: "a Proxmox container is made from an OS template volume (proxmox.ostemplate), which takes no arguments",
  template: "a Proxmox container is made from an OS template volume (proxmox.ostemplate)",
};
