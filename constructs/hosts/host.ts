import { IConstruct } from "constructs";
import { ValidationError } from "../core/errors";
import { requireUsable } from "../core/refused";
import { LinuxHost } from "./linux-host";
import { ProxmoxNode } from "./proxmox-node";

/** Where guests run: a plain Linux host (libvirt, LXC) or a Proxmox VE node. */
export type GuestHost = LinuxHost | ProxmoxNode;

/** A prop that must be a host: a LinuxHost or a ProxmoxNode. */
export function guestHostValue(scope: IConstruct, prop: string, value: unknown): GuestHost {
  if (value instanceof LinuxHost || value instanceof ProxmoxNode) {
    requireUsable(scope, prop, value);
    return value;
  }
  throw new ValidationError(scope, prop, value, "expected a LinuxHost or a ProxmoxNode");
}

/**
 * The entry of `backends` for the host's class, or for its nearest ancestor class
 * that has one: a user's `class MyHost extends LinuxHost {}` builds as a LinuxHost.
 */
export function backendOf<B>(backends: ReadonlyMap<Function, B>, host: GuestHost): B {
  for (let cls: unknown = host.constructor; typeof cls === "function" && cls !== Object; cls = Object.getPrototypeOf(cls)) {
    const backend = backends.get(cls);
    if (backend !== undefined) return backend;
  }
  // guestHostValue has let only LinuxHost and ProxmoxNode (and their subclasses) in.
  throw new Error(`${host.node.path}: no backend for a host of class ${host.constructor.name}`);
}
