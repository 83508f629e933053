import { TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { keepStateInProject } from "./local-state";
import { BridgedNetwork, KvmGuest, LinuxHost, LxcContainer, TapInterface, VirtualBoxVm } from "../constructs";

export interface LabStackProps {
  /** IPv4 network of the lab bridge. @default "10.42.0.0/24" */
  readonly cidr?: string;
  /** Cloud image (qcow2) the KVM guest boots. @default "/var/lib/hyperlab/images/debian-12-genericcloud-amd64.qcow2" */
  readonly kvmImage?: string;
  /** OVA the VirtualBox VM is imported from. @default "/var/lib/hyperlab/images/debian-12.ova" */
  readonly virtualBoxOva?: string;
  /** SSH public keys for the guests' login user. @default [] */
  readonly sshKeys?: string[];
}

/**
 * The default lab: one NAT bridge with the host as gateway (as lxc-net sets up),
 * two TAP devices for hand-started QEMU guests, a KVM guest under libvirt, a
 * Debian LXC container and a VirtualBox VM bridged to the same network.
 */
export class LabStack extends TerraformStack {
  constructor(scope: Construct, id: string, props: LabStackProps = {}) {
    super(scope, id);
    keepStateInProject(this, id);
    const host = new LinuxHost(this, "host");
    const lan = new BridgedNetwork(this, "lan", { host, bridgeName: "hlbr0", cidr: props.cidr ?? "10.42.0.0/24", mode: "nat" });
    new TapInterface(this, "tap0", { network: lan, name: "hltap0", group: "kvm" });
    new TapInterface(this, "tap1", { network: lan, name: "hltap1", group: "kvm", multiQueue: true });

    new KvmGuest(this, "web", {
      host,
      name: "web",
      cpus: 2,
      memoryMiB: 2048,
      bootImage: props.kvmImage ?? "/var/lib/hyperlab/images/debian-12-genericcloud-amd64.qcow2",
      bootDiskSizeGiB: 10,
      disks: [{ sizeGiB: 20 }],
      nics: [{ network: lan, address: lan.network!.host(10) }],
      cloudInit: { user: "debian", sshKeys: props.sshKeys, nameservers: [lan.gateway!] },
      agent: true,
      description: "web server of the default lab",
    });

    new LxcContainer(this, "db", {
      host,
      name: "db",
      template: "download",
      templateArgs: ["--dist", "debian", "--release", "bookworm", "--arch", "amd64"],
      nics: [{ network: lan, address: lan.network!.host(20) }],
      memoryMiB: 1024,
      cpus: 2,
    });

    new VirtualBoxVm(this, "desktop", {
      host,
      name: "desktop",
      ova: props.virtualBoxOva ?? "/var/lib/hyperlab/images/debian-12.ova",
      cpus: 2,
      memoryMiB: 4096,
      nics: [{ network: lan }, { nat: true }],
    });
  }
}
