// The KvmGuest construct: its props and their checks are in kvm-spec.ts, its two
// backends in kvm-libvirt.ts (LinuxHost) and proxmox-vm.ts (ProxmoxNode); each of
// those imports the spec, and none imports this file.
import { Construct } from "constructs";
import type { KvmDomain, VmQemu } from "../../l1";
import { withoutCreationStacks } from "../core/creation-stacks";
import { propsOf } from "../core/input";
import { refuse } from "../core/refused";
import { backendOf } from "../hosts/host";
import { LinuxHost } from "../hosts/linux-host";
import { ProxmoxNode } from "../hosts/proxmox-node";
import { libvirtBackend } from "./kvm-libvirt";
import { KvmBackend, KvmGuestProps, parseKvmGuest } from "./kvm-spec";
import { guestAddresses, ResolvedNic } from "./nic";
import { proxmoxBackend } from "./proxmox-vm";

/**
 * One backend per kind of host, each in a file of its own; a subclass of a host
 * (`class MyHost extends LinuxHost {}`) takes its nearest ancestor's (backendOf).
 */
const BACKENDS = new Map<Function, KvmBackend>([[LinuxHost, libvirtBackend], [ProxmoxNode, proxmoxBackend]]);

/**
 * A QEMU/KVM guest. On a LinuxHost it is a libvirt domain (hyperlab_kvm_domain)
 * with its disk images and cloud-init seed in a directory of its own; on a
 * ProxmoxNode, a proxmox_vm_qemu.
 */
export class KvmGuest extends Construct {
  readonly name!: string;
  readonly nics!: readonly ResolvedNic[];
  /**
   * The guest's addresses known at synth, in NIC order: static ones and DHCP
   * reservations, IPv4 then each NIC's IPv6. For a TerraformOutput that other stacks read.
   */
  readonly addresses!: readonly string[];
  /** The libvirt domain, on a LinuxHost. */
  readonly domain?: KvmDomain;
  /** The Proxmox VM, on a ProxmoxNode. */
  readonly proxmoxVm?: VmQemu;
  /**
   * On a ProxmoxNode with waitFor.agent: the guest's IPv4 and IPv6 addresses as
   * telmate reports them once it is up (from ipconfig0, or its guest agent), as
   * tokens for TerraformOutputs. Absent on a LinuxHost, whose addresses are known at synth (`addresses`).
   */
  readonly reportedAddresses?: { readonly ipv4: string; readonly ipv6: string };

  constructor(scope: Construct, id: string, props: KvmGuestProps) {
    super(scope, id);
    // The door: a refusal of the props, here or in the backend, is kept for synth, and the construct builds nothing (core/refused.ts).
    try {
      props = propsOf<KvmGuestProps>(this, props);
      const spec = parseKvmGuest(this, props);
      this.name = spec.name;
      this.nics = spec.nics;
      this.addresses = guestAddresses(spec.nics);
      const built = withoutCreationStacks(() => backendOf(BACKENDS, spec.host).build(this, spec));
      this.domain = built.domain;
      this.proxmoxVm = built.proxmoxVm;
      this.reportedAddresses = built.reportedAddresses;
    } catch (err) {
      refuse(this, err);
    }
  }
}
