// The LxcContainer construct: its props and their checks are in lxc-spec.ts, its two
// backends in lxc-linux.ts (LinuxHost) and proxmox-lxc.ts (ProxmoxNode); each of
// those imports the spec, and none imports this file.
import { ITerraformDependable } from "cdktf";
import { Construct } from "constructs";
import { withoutCreationStacks } from "../core/creation-stacks";
import { propsOf } from "../core/input";
import { refuse } from "../core/refused";
import { backendOf } from "../hosts/host";
import { LinuxHost } from "../hosts/linux-host";
import { ProxmoxNode } from "../hosts/proxmox-node";
import { lxcLinuxBackend } from "./lxc-linux";
import { LxcBackend, LxcContainerProps, parseLxcContainer } from "./lxc-spec";
import { guestAddresses, ResolvedNic } from "./nic";
import { proxmoxLxcBackend } from "./proxmox-lxc";

/**
 * One backend per kind of host, each in a file of its own; a subclass of a host
 * (`class MyHost extends LinuxHost {}`) takes its nearest ancestor's (backendOf).
 */
const BACKENDS = new Map<Function, LxcBackend>([[LinuxHost, lxcLinuxBackend], [ProxmoxNode, proxmoxLxcBackend]]);

/**
 * An LXC system container (hyperlab_lxc_container), made by the lxc-* tools from
 * a template, attached to bridges by veth pairs with static addresses or DHCP.
 * Memory, CPUs, autostart and running change in place; the provider reads them
 * back, so a container stopped, removed or reconfigured by hand shows in plan.
 */
export class LxcContainer extends Construct {
  readonly name!: string;
  readonly nics!: readonly ResolvedNic[];
  /**
   * The guest's addresses known at synth, in NIC order: static ones and DHCP
   * reservations, IPv4 then each NIC's IPv6. For a TerraformOutput that other stacks read.
   */
  readonly addresses!: readonly string[];
  readonly dependable!: ITerraformDependable;

  constructor(scope: Construct, id: string, props: LxcContainerProps) {
    super(scope, id);
    // The door: a refusal of the props, here or in the backend, is kept for synth, and the construct builds nothing (core/refused.ts).
    try {
      props = propsOf<LxcContainerProps>(this, props);
      const spec = parseLxcContainer(this, props);
      this.name = spec.name;
      this.nics = spec.nics;
      this.addresses = guestAddresses(this.nics);
      this.dependable = withoutCreationStacks(() => backendOf(BACKENDS, spec.host).build(this, spec));
    } catch (err) {
      refuse(this, err);
    }
  }
}
