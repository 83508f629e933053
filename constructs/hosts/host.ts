import { IConstruct } from "constructs";
import { ValidationError } from "../core/errors";
import { LinuxHost } from "./linux-host";
import { ProxmoxNode } from "./proxmox-node";

/** Where guests run: a plain Linux host (libvirt, LXC) or a Proxmox VE node. */
export type GuestHost = LinuxHost | ProxmoxNode;

/** A prop that must be a host: a LinuxHost or a ProxmoxNode. */
export function guestHostValue(scope: IConstruct, prop: string, value: unknown): GuestHost {
  if (value instanceof LinuxHost || value instanceof ProxmoxNode) return value;
  throw new ValidationError(scope, prop, value, "expected a LinuxHost or a ProxmoxNode");
}
