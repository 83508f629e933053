// The consumer apps' code: what a user writes against the package's public API
// only. The test copies this folder into fresh projects (cdktf's typescript
// template, tsx, the newest constructs, CDK Terrain) that install the packed tarball.
import { LocalBackend, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { BridgedNetwork, KvmGuest, LinuxHost, LxcContainer, ProxmoxNode, TapInterface } from "@hyperlab-iac/cdk";

export interface LabProps {
  /** The network namespace the lab lives in (the deploy test makes one). */
  readonly netns: string;
  /** Where LXC keeps the lab's container. */
  readonly lxcPath: string;
}

/** What the deploy test applies: a NAT bridge with DHCP, a TAP and a container. */
export class Lab extends TerraformStack {
  constructor(scope: Construct, id: string, props: LabProps) {
    super(scope, id);
    new LocalBackend(this, { path: "../../../lab.tfstate" });
    const host = new LinuxHost(this, "host", { netns: props.netns, lxcPath: props.lxcPath });
    const lan = new BridgedNetwork(this, "lan", {
      host, bridgeName: "hlc0", cidr: "10.213.0.0/24", mode: "nat", dhcp: { rangeStart: "10.213.0.100", rangeEnd: "10.213.0.150" },
    });
    new TapInterface(this, "tap", { network: lan, name: "hlc-tap0" });
    new LxcContainer(this, "web", { host, name: "hlc-web", nics: [{ network: lan, address: "10.213.0.10" }], memoryMiB: 64 });
  }
}

/** Synthesized only: a KVM guest with cloud-init and a Proxmox VM (its bindings load on first use). */
export class Fleet extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new LocalBackend(this, { path: "../../../fleet.tfstate" });
    const host = new LinuxHost(this, "host");
    const lan = new BridgedNetwork(this, "lan", { host, bridgeName: "hlf0", cidr: "10.214.0.0/24", mode: "isolated" });
    new KvmGuest(this, "vm", {
      host, name: "hlf-vm", bootImage: "/srv/images/debian-12.qcow2", nics: [{ network: lan, address: "10.214.0.10" }],
      cloudInit: { user: "debian", sshKeys: ['from="10.0.0.0/8" ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIEx2kq3Yb8f1+hyperlabconsumertestkey0000 ops'] },
    });
    const pve = new ProxmoxNode(this, "pve", { nodeName: "pve1", apiUrl: "https://pve.example:8006/api2/json", tokenId: "hyperlab@pve!deploy" });
    const vmbr0 = BridgedNetwork.fromExisting(this, "vmbr0", { host: pve, bridgeName: "vmbr0", cidr: "192.168.50.0/24", gateway: "192.168.50.1" });
    new KvmGuest(this, "pve-vm", {
      host: pve, name: "hlf-pve", nics: [{ network: vmbr0, address: "192.168.50.10" }], cloudInit: { user: "debian" }, proxmox: { clone: { template: "debian-12-cloudinit", full: true } },
    });
  }
}
