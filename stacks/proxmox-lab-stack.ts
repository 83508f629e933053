import { TerraformOutput, TerraformStack, TerraformVariable } from "cdktf";
import { Construct } from "constructs";
import { keepStateInProject } from "./local-state";
import { BridgedNetwork, KvmGuest, LxcContainer, ProxmoxNode } from "../constructs";

export interface ProxmoxLabStackProps {
  /** The cluster's API URL. @default "https://pve1.example.org:8006/api2/json" */
  readonly apiUrl?: string;
  /** The node the VMs are made on. @default "pve1" */
  readonly nodeName?: string;
  /** A second node of the cluster, the container's. @default "pve2" */
  readonly secondNodeName?: string;
  /** API token id; its secret comes from PM_API_TOKEN_SECRET. @default "hyperlab@pve!deploy" */
  readonly tokenId?: string;
  /** IPv4 network on the node's vmbr0. @default "192.168.50.0/24" */
  readonly cidr?: string;
  /** The cloud-init VM template to clone. @default "debian-12-cloudinit" */
  readonly vmTemplate?: string;
  /** SSH public keys for the guests. @default [] */
  readonly sshKeys?: string[];
}

/**
 * The lab on two nodes of a Proxmox VE cluster: on the first, a cloud-init KVM guest
 * cloned from a template (its OS disk on virtio0, kept and grown) and a UEFI VM
 * installed from an ISO; on the second, an unprivileged LXC container with a mount
 * point. All on the nodes' vmbr0 with static addresses, in the pool "lab". A CI
 * runner cloned by template id takes DHCP and SLAAC, with a password from the
 * sensitive variable `runner-password`. The API token's secret is read from
 * PM_API_TOKEN_SECRET when deploying.
 */
export class ProxmoxLabStack extends TerraformStack {
  constructor(scope: Construct, id: string, props: ProxmoxLabStackProps = {}) {
    super(scope, id);
    keepStateInProject(this, id);
    const node = new ProxmoxNode(this, "node", {
      apiUrl: props.apiUrl ?? "https://pve1.example.org:8006/api2/json",
      nodeName: props.nodeName ?? "pve1",
      tokenId: props.tokenId ?? "hyperlab@pve!deploy",
    });
    const lan = BridgedNetwork.fromExisting(this, "vmbr0", {
      host: node, bridgeName: "vmbr0", cidr: props.cidr ?? "192.168.50.0/24", gateway: "192.168.50.1",
    });
    // Nodes of one cluster share the stack's provider; each has its own vmbr0.
    const node2 = new ProxmoxNode(this, "node2", {
      apiUrl: props.apiUrl ?? "https://pve1.example.org:8006/api2/json",
      nodeName: props.secondNodeName ?? "pve2",
      tokenId: props.tokenId ?? "hyperlab@pve!deploy",
    });
    const lan2 = BridgedNetwork.fromExisting(this, "node2-vmbr0", {
      host: node2, bridgeName: "vmbr0", cidr: props.cidr ?? "192.168.50.0/24", gateway: "192.168.50.1",
    });
    const web = new KvmGuest(this, "web", {
      host: node,
      name: "web",
      cpus: 2,
      memoryMiB: 2048,
      bootDiskSizeGiB: 20,
      nics: [{ network: lan, address: lan.network!.host(10), proxmox: { mtu: 1400, firewall: true } }],
      cloudInit: { user: "debian", sshKeys: props.sshKeys, nameservers: [lan.gateway!], packageUpgrade: true },
      agent: true,
      waitFor: { agent: true, timeoutSeconds: 300 },
      description: "web server of the Proxmox lab",
      // The template's OS disk is on virtio0, as in telmate's cloud-init example: kept and grown to 20 GiB.
      proxmox: {
        clone: { template: props.vmTemplate ?? "debian-12-cloudinit", full: true }, bootDisk: "virtio0",
        pool: "lab", tags: ["lab", "web"], cpuType: "x86-64-v2-AES", startup: { order: 2 },
        // A change that needs a restart fails the deploy, naming it, instead of restarting the web server.
        osType: "l26", numa: true, vcpus: 2, balloonMiB: 1024, automaticReboot: false,
      },
    });
    new TerraformOutput(this, "web-address", { value: web.reportedAddresses!.ipv4, description: "web's IPv4 address, as its guest agent reports it" });
    new KvmGuest(this, "installer", {
      host: node,
      name: "installer.lab.example",
      cpus: 2,
      memoryMiB: 2048,
      bootDiskSizeGiB: 32,
      firmware: "efi",
      machine: "q35",
      graphics: "vnc",
      nics: [{ network: lan, address: lan.network!.host(30) }],
      cloudInit: { user: "debian", sshKeys: props.sshKeys },
      proxmox: { iso: "local:iso/debian-12-amd64-netinst.iso", pool: "lab", tags: ["lab"], diskDiscard: true, diskIothread: true },
    });
    const runnerPassword = new TerraformVariable(this, "runner-password", {
      type: "string", sensitive: true, description: "the CI runner's login password (cipassword)",
    });
    new KvmGuest(this, "runner", {
      host: node,
      name: "runner",
      cpus: 2,
      memoryMiB: 2048,
      accelerator: "kvm",
      bootDiskSizeGiB: 16,
      disks: [{ sizeGiB: 32, storage: "local-zfs" }],
      // No address: DHCP (ip=dhcp) and SLAAC; the deploy waits for the agent's IPv4 address only (skip_ipv6).
      nics: [{ network: lan, proxmox: { ipv6: "auto" } }],
      cloudInit: { user: "debian", sshKeys: props.sshKeys, password: runnerPassword },
      agent: true,
      waitFor: { agent: true, timeoutSeconds: 120 },
      proxmox: {
        clone: { templateId: 9000 }, storage: "local-lvm", bootDiskStorage: "local-zfs", cloudInitStorage: "local-lvm",
        diskEmulateSsd: true, diskDiscard: true, netBoot: "last", protection: true, pool: "lab", tags: ["ci", "lab"],
      },
    });
    new LxcContainer(this, "db", {
      host: node2,
      name: "db",
      memoryMiB: 1024,
      cpus: 2,
      nics: [{ network: lan2, address: lan.network!.host(20), proxmox: { mtu: 1400, firewall: true, ipv6: "auto" } }],
      proxmox: {
        ostemplate: "local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst",
        rootfs: { storage: "local-lvm", sizeGiB: 8 },
        features: { nesting: true },
        sshKeys: props.sshKeys,
        mountPoints: [{ path: "/var/lib/postgresql", sizeGiB: 16, backup: true }],
        pool: "lab",
        tags: ["db", "lab"],
        startup: { order: 1, delaySeconds: 10 },
        nameservers: [lan.gateway!, "9.9.9.9"],
        searchDomains: ["lab.example"],
        protection: true,
      },
    });
  }
}
