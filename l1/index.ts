// The one boundary between the hand-written constructs (constructs/, L2) and the
// L1 resource classes: the bindings generated into .gen/ (npm run get).
// Constructs import L1 classes from here only, so the .gen paths appear in this
// file alone.
import { TerraformStack } from "cdktf";
import { IConstruct } from "constructs";
import { HyperlabProvider } from "../.gen/providers/hyperlab/provider";
import { Bridge } from "../.gen/providers/hyperlab/bridge";
import { Vxlan } from "../.gen/providers/hyperlab/vxlan";
import { Dhcp } from "../.gen/providers/hyperlab/dhcp";
import { LxcContainer } from "../.gen/providers/hyperlab/lxc-container";
import { KvmDomain } from "../.gen/providers/hyperlab/kvm-domain";
import { KvmSeed } from "../.gen/providers/hyperlab/kvm-seed";
import { HostFile } from "../.gen/providers/hyperlab/host-file";
import { KvmVolume } from "../.gen/providers/hyperlab/kvm-volume";
import { KvmImage } from "../.gen/providers/hyperlab/kvm-image";
import { Nat } from "../.gen/providers/hyperlab/nat";
import { Tap } from "../.gen/providers/hyperlab/tap";
import { VirtualboxVm } from "../.gen/providers/hyperlab/virtualbox-vm";
import { Vmnet } from "../.gen/providers/hyperlab/vmnet";
import { VmwareVm } from "../.gen/providers/hyperlab/vmware-vm";
import { compactAttributes } from "./compact-attributes";

// The hyperlab resources synthesize without their unset attributes (compact-attributes.ts).
for (const cls of [Bridge, Vxlan, Dhcp, LxcContainer, KvmDomain, KvmSeed, HostFile, KvmVolume, KvmImage, Nat, Tap, VirtualboxVm, Vmnet, VmwareVm]) {
  compactAttributes(cls);
}

export { Bridge } from "../.gen/providers/hyperlab/bridge";
export { Vxlan } from "../.gen/providers/hyperlab/vxlan";
export { Dhcp } from "../.gen/providers/hyperlab/dhcp";
export type { DhcpReservations } from "../.gen/providers/hyperlab/dhcp";
export { LxcContainer as LxcContainerResource } from "../.gen/providers/hyperlab/lxc-container";
export type { LxcContainerNics } from "../.gen/providers/hyperlab/lxc-container";
export { KvmDomain } from "../.gen/providers/hyperlab/kvm-domain";
export type { KvmDomainNics } from "../.gen/providers/hyperlab/kvm-domain";
export { KvmSeed } from "../.gen/providers/hyperlab/kvm-seed";
export { HostFile } from "../.gen/providers/hyperlab/host-file";
export { KvmVolume } from "../.gen/providers/hyperlab/kvm-volume";
export { KvmImage } from "../.gen/providers/hyperlab/kvm-image";
export { Nat } from "../.gen/providers/hyperlab/nat";
export { Tap } from "../.gen/providers/hyperlab/tap";
export { VirtualboxVm as VirtualBoxVmResource } from "../.gen/providers/hyperlab/virtualbox-vm";
export type { VirtualboxVmNics } from "../.gen/providers/hyperlab/virtualbox-vm";
export { Vmnet } from "../.gen/providers/hyperlab/vmnet";
export { VmwareVm as VmwareVmResource } from "../.gen/providers/hyperlab/vmware-vm";
export type { VmwareVmNics } from "../.gen/providers/hyperlab/vmware-vm";
export { HyperlabProvider } from "../.gen/providers/hyperlab/provider";
// The engine's built-in terraform_data (no provider; not generated).
export { TerraformData } from "./terraform-data";
export type { ProxmoxProvider } from "../.gen/providers/proxmox/provider";
export type { VmQemu, VmQemuConfig, VmQemuDisk } from "../.gen/providers/proxmox/vm-qemu";
export type { Lxc as ProxmoxLxc } from "../.gen/providers/proxmox/lxc";
import type * as proxmoxProvider from "../.gen/providers/proxmox/provider";
import type * as proxmoxVmQemu from "../.gen/providers/proxmox/vm-qemu";
import type * as proxmoxLxc from "../.gen/providers/proxmox/lxc";

/**
 * telmate/proxmox's classes, loaded when a Proxmox construct first needs them:
 * its bindings are large (about 0.7 s to load), and stacks without Proxmox never
 * pay for them.
 */
export function proxmoxL1(): {
  ProxmoxProvider: typeof proxmoxProvider.ProxmoxProvider;
  VmQemu: typeof proxmoxVmQemu.VmQemu;
  ProxmoxLxc: typeof proxmoxLxc.Lxc;
} {
  return {
    ProxmoxProvider: (require("../.gen/providers/proxmox/provider") as typeof proxmoxProvider).ProxmoxProvider,
    VmQemu: (require("../.gen/providers/proxmox/vm-qemu") as typeof proxmoxVmQemu).VmQemu,
    ProxmoxLxc: (require("../.gen/providers/proxmox/lxc") as typeof proxmoxLxc).Lxc,
  };
}

const HYPERLAB_PROVIDER_ID = "hyperlab-provider";

/**
 * The stack's hyperlab provider configuration, made the first time a construct of
 * the stack needs it and found in the construct tree afterwards (one per stack).
 */
export function hyperlabProviderOf(scope: IConstruct): HyperlabProvider {
  const stack = TerraformStack.of(scope);
  return (stack.node.tryFindChild(HYPERLAB_PROVIDER_ID) as HyperlabProvider | undefined) ?? new HyperlabProvider(stack, HYPERLAB_PROVIDER_ID);
}
