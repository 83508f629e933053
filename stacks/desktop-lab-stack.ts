import { TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { keepStateInProject } from "./local-state";
import { BridgedNetwork, LinuxHost, VirtualBoxVm, VmnetNetwork, VmwareVm } from "../constructs";

export interface DesktopLabStackProps {
  /** IPv4 network of the lab bridge. @default "10.46.0.0/24" */
  readonly cidr?: string;
  /** OVA the VirtualBox VM is imported from. @default "/var/lib/hyperlab/images/debian-12.ova" */
  readonly virtualBoxOva?: string;
  /** Virtual disk (.vmdk) the VMware VM boots. @default "/var/lib/hyperlab/images/debian-12.vmdk" */
  readonly vmwareDisk?: string;
}

/**
 * The default desktop lab: one bridge on a desktop machine, a VirtualBox VM
 * bridged to it, and a VMware Workstation Player VM on vmnet2, which VMware
 * bridges to the same bridge: both guests on one network.
 */
export class DesktopLabStack extends TerraformStack {
  constructor(scope: Construct, id: string, props: DesktopLabStackProps = {}) {
    super(scope, id);
    keepStateInProject(this, id);
    const host = new LinuxHost(this, "host");
    const lan = new BridgedNetwork(this, "lan", { host, bridgeName: "hldesk0", cidr: props.cidr ?? "10.46.0.0/24", mode: "nat" });

    new VirtualBoxVm(this, "vbox", {
      host,
      name: "vbox-desk",
      ova: props.virtualBoxOva ?? "/var/lib/hyperlab/images/debian-12.ova",
      cpus: 2,
      memoryMiB: 2048,
      nics: [{ network: lan }],
    });

    const vmnet = new VmnetNetwork(this, "vmnet2", { host, number: 2, mode: "bridged", bridge: lan });
    new VmwareVm(this, "vmware", {
      host,
      name: "vmware-desk",
      guestOS: "debian12-64",
      cpus: 2,
      memoryMiB: 2048,
      disks: [props.vmwareDisk ?? "/var/lib/hyperlab/images/debian-12.vmdk"],
      nics: [{ network: vmnet }],
    });
  }
}
