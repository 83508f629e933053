// The sweeps' shared ground: a valid baseline of props for each construct (every
// optional nested object present, so nested paths can be set), a way to set one
// prop path in it, and what counts as a safe outcome of building it.
import { TerraformStack, Testing } from "cdktf";
import { Construct } from "constructs";
import * as hl from "../../constructs";

export const MARK = "PWNED";
export const KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExampleExampleExample";
const PGP_KEY = "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQINBGExample\n-----END PGP PUBLIC KEY BLOCK-----\n";

/** Valid props for each construct, with every optional nested object present so nested paths can be set. */
export type Baseline = (stack: Construct, host: hl.LinuxHost) => { scope: Construct; make: (props: any) => unknown; props: any };
const network = (stack: Construct, host: hl.LinuxHost) =>
  new hl.BridgedNetwork(stack, "lan", { host, bridgeName: "hlbr0", cidr: "10.40.0.0/24", dhcp: { rangeStart: "10.40.0.100", rangeEnd: "10.40.0.199" } });
const proxmox = (stack: Construct) =>
  new hl.ProxmoxNode(stack, "pve", { apiUrl: "https://pve1.example.org:8006/api2/json", nodeName: "pve1", tokenId: "hyperlab@pve!deploy" });
const vmbr0 = (stack: Construct, node: hl.ProxmoxNode) =>
  hl.BridgedNetwork.fromExisting(stack, "vmbr0", { host: node, bridgeName: "vmbr0", cidr: "10.50.0.0/24", gateway: "10.50.0.1", vlanFiltering: true });
export const BASELINES: Record<string, Baseline[]> = {
  ProxmoxNode: [(stack) => ({
    scope: stack, make: (p) => new hl.ProxmoxNode(stack, "subject", p),
    props: { apiUrl: "https://pve1.example.org:8006/api2/json", nodeName: "pve1", tokenId: "hyperlab@pve!deploy", insecureTls: false,
      parallelism: 2, vmidRange: { first: 20000, last: 20999 } },
  })],
  LinuxHost: [(stack) => ({
    scope: stack, make: (p) => new hl.LinuxHost(stack, "subject", p),
    props: { netns: "lab", libvirtUri: "qemu:///system", lxcPath: "/var/lib/lxc", storagePoolPath: "/srv/pool" },
  }), (stack) => ({
    scope: stack, make: (p) => new hl.LinuxHost(stack, "subject", p),
    props: { lxcPath: "/srv/lxc", ssh: { host: "kvm2.lab.example", port: 2222, user: "deploy", knownHosts: `kvm2.lab.example ${KEY}`,
      privateKeyVariable: "lab_key", useAgent: true, agentDir: "/var/lib/hyperlab/agent", timeoutSeconds: 20 } },
  }), (stack) => ({
    scope: stack, make: (p) => new hl.LinuxHost(stack, "subject", p),
    props: { ssh: { host: "10.99.0.2", knownHostsFile: "/etc/ssh/known hosts", privateKeyFile: "/root/.ssh/id_ed25519" } },
  })],
  BridgedNetwork: [(stack, host) => ({
    scope: stack, make: (p) => new hl.BridgedNetwork(stack, "subject", p),
    props: { host, bridgeName: "hlbr9", cidr: "10.41.0.0/24", gateway: "10.41.0.1", mode: "nat", uplinkInterface: undefined, mtu: 1500,
      vlanFiltering: false, dhcp: { rangeStart: "10.41.0.100", rangeEnd: "10.41.0.199", leaseSeconds: 600 } },
  }), (stack, host) => ({
    scope: stack, make: (p) => new hl.BridgedNetwork(stack, "subject", p),
    props: { host, bridgeName: "hlbr9", cidr: "10.41.0.0/24", mode: "uplink", uplinkInterface: "eth9" },
  }), (stack, host) => ({
    scope: stack, make: (p) => new hl.BridgedNetwork(stack, "subject", p),
    props: { host, bridgeName: "hlbr9", cidr: "10.41.0.0/24", mode: "nat", mtu: 1450,
      overlay: { vni: 4242, underlayAddress: "10.99.0.1", port: 4789, deviceName: "vx9" } },
  })],
  StretchedBridge: [(stack, host) => {
    const lan = new hl.BridgedNetwork(stack, "stretched", { host, bridgeName: "hlst0", cidr: "10.42.0.0/24", mode: "nat",
      dhcp: { rangeStart: "10.42.0.100", rangeEnd: "10.42.0.199" }, overlay: { vni: 42, underlayAddress: "10.99.0.1" } });
    const other = new hl.LinuxHost(stack, "other", { ssh: { host: "10.99.0.2", knownHosts: `10.99.0.2 ${KEY}`, privateKeyVariable: "lab_key" } });
    return {
      scope: stack, make: (p) => new hl.StretchedBridge(stack, "subject", p),
      props: { network: lan, host: other, underlayAddress: "10.99.0.2", bridgeName: "hlst1" },
    };
  }],
  ExistingBridge: [(stack, host) => ({
    scope: stack, make: (p) => hl.BridgedNetwork.fromExisting(stack, "subject", p),
    props: { host, bridgeName: "vmbr0", cidr: "10.41.0.0/24", gateway: "10.41.0.1", mtu: 1500, hasDhcp: false, vlanFiltering: false },
  })],
  TapInterface: [(stack, host) => ({
    scope: stack, make: (p) => new hl.TapInterface(stack, "subject", p),
    props: { network: network(stack, host), name: "hltap9", owner: "qemu", group: "kvm", multiQueue: false },
  })],
  KvmGuest: [(stack, host) => {
    const lan = network(stack, host);
    const tap = new hl.TapInterface(stack, "tap", { network: lan, name: "hltap9" });
    return {
      scope: stack, make: (p) => new hl.KvmGuest(stack, "subject", p),
      props: {
        host, name: "vm1", accelerator: "tcg", cpuMode: "maximum", machine: "q35", firmware: "efi", graphics: "vnc",
        cpus: 2, memoryMiB: 512, bootImage: "/srv/a.qcow2", cloneMode: "full", bootDiskSizeGiB: 8,
        kernelBoot: { kernel: "/srv/vmlinuz", initrd: "/srv/initrd", cmdline: "console=ttyS0" },
        disks: [{ sizeGiB: 1, format: "raw" }],
        nics: [{ network: lan, address: "10.40.0.9", gateway: "10.40.0.1", mac: "52:54:00:00:00:09", dhcp: false, model: "virtio", tap }],
        cloudInit: { user: "debian", sshKeys: [KEY], nameservers: ["10.40.0.1"], searchDomains: ["lab.example"],
          packages: ["nginx"], packageUpdate: true, packageUpgrade: false,
          writeFiles: [{ path: "/etc/motd", content: "hello\n", permissions: "0644", owner: "root:root", encoding: "text", append: false, defer: true }],
          runCommands: [{ argv: ["true"] }, { shell: "true" }], bootCommands: [{ argv: ["true"] }, { shell: "true" }],
          aptSources: [{ name: "extra", source: "deb http://deb.example.org/debian bookworm main", key: PGP_KEY }],
          aptProxy: "http://10.40.0.1:3142", userData: { timezone: "UTC" } },
        agent: true, startOnCreate: true, startOnBoot: true, description: "a guest",
        shutdownTimeoutSeconds: 60, waitFor: { address: "10.40.0.9", tcpPort: 22, agent: true, timeoutSeconds: 300 },
      },
    };
  }, (stack) => {
    const node = proxmox(stack);
    return {
      scope: stack, make: (p) => new hl.KvmGuest(stack, "subject", p),
      props: {
        host: node, name: "vm1", cpus: 2, memoryMiB: 1024, bootDiskSizeGiB: 20, disks: [{ sizeGiB: 4 }],
        nics: [{ network: vmbr0(stack, node), address: "10.50.0.9", gateway: "10.50.0.1", mac: "52:54:00:00:50:09", vlan: 10 }],
        cloudInit: { user: "debian", sshKeys: [KEY], nameservers: ["10.50.0.1"], searchDomains: ["lab.example"] },
        agent: true, startOnCreate: true, startOnBoot: true, description: "a guest",
        proxmox: { clone: { template: "debian-12-ci", full: true }, storage: "local-lvm", scsihw: "virtio-scsi-single", vmid: 20100, diskFormat: "raw" },
      },
    };
  }],
  BaseImage: [(stack, host) => ({
    scope: stack, make: (p) => new hl.BaseImage(stack, "subject", p),
    props: { host, name: "debian", url: "http://10.40.0.1/debian.qcow2", sha256: "0".repeat(64) },
  }), (stack, host) => ({
    scope: stack, make: (p) => new hl.BaseImage(stack, "subject", p),
    props: { host, name: "debian", url: "/srv/debian.qcow2", sha512: "0".repeat(128) },
  }), (stack, host) => ({
    scope: stack, make: (p) => new hl.BaseImage(stack, "subject", p),
    props: { host, name: "debian", url: "file:///srv/debian.qcow2", checksum: hl.BaseImage.UNVERIFIED },
  })],
  LxcContainer: [(stack, host) => ({
    scope: stack, make: (p) => new hl.LxcContainer(stack, "subject", p),
    props: {
      host, hostname: "ct1", template: "download", templateArgs: ["--dist", "debian"], memoryMiB: 256, cpus: 1, unprivileged: false,
      nics: [{ network: network(stack, host), address: "10.40.0.10", gateway: "10.40.0.1", mac: "52:54:00:00:00:10", dhcp: false }],
      startOnCreate: true, startOnBoot: true,
    },
  }), (stack) => {
    const node = proxmox(stack);
    return {
      scope: stack, make: (p) => new hl.LxcContainer(stack, "subject", p),
      props: {
        host: node, name: "ct1", memoryMiB: 256, cpus: 1, unprivileged: true, startOnCreate: true, startOnBoot: true,
        nics: [{ network: vmbr0(stack, node), address: "10.50.0.10", mac: "52:54:00:00:50:0a", vlan: 10 }],
        proxmox: { ostemplate: "local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst", rootfs: { storage: "local-lvm", sizeGiB: 8 },
          swapMiB: 256, features: { nesting: true, keyctl: false, fuse: false }, sshKeys: [KEY], vmid: 20200 },
      },
    };
  }],
  VirtualBoxVm: [(stack, host) => ({
    scope: stack, make: (p) => new hl.VirtualBoxVm(stack, "subject", p),
    props: {
      host, name: "vb1", ova: "/srv/a.ova", cpus: 1, memoryMiB: 1024, baseFolder: "/srv/vbox", running: true,
      nics: [{ network: network(stack, host), mac: "08:00:27:00:00:01" }, { hostOnlyAdapter: "vboxnet0" }, { nat: true }],
    },
  }), (stack, host) => ({
    scope: stack, make: (p) => new hl.VirtualBoxVm(stack, "subject", p),
    props: { host, name: "vb1", diskImage: "/srv/a.vdi", osType: "Debian_64" },
  })],
  VmwareVm: [(stack, host) => ({
    scope: stack, make: (p) => new hl.VmwareVm(stack, "subject", p),
    props: {
      host, name: "vm1", baseFolder: "/srv/vmware", guestOS: "debian12-64", cpus: 2, memoryMiB: 2048, disks: ["/srv/vmware/d0.vmdk"], running: true,
      nics: [{ network: new hl.VmnetNetwork(stack, "vmnet3", { host, number: 3, mode: "nat", cidr: "10.41.0.0/24" }), mac: "00:50:56:00:00:01" }],
    },
  })],
  VmnetNetwork: [(stack, host) => ({
    scope: stack, make: (p) => new hl.VmnetNetwork(stack, "subject", p),
    props: { host, number: 2, mode: "bridged", bridge: network(stack, host), networkingFile: "/etc/vmware/networking" },
  }), (stack, host) => ({
    scope: stack, make: (p) => new hl.VmnetNetwork(stack, "subject", p),
    props: { host, number: 3, mode: "bridged", bridgeInterface: "eth0" },
  }), (stack, host) => ({
    scope: stack, make: (p) => new hl.VmnetNetwork(stack, "subject", p),
    props: { host, number: 4, mode: "hostonly", cidr: "10.41.0.0/24", dhcp: true },
  })],
};

/** Sets `path` (e.g. `nics[].address`) in a copy of props; an array entry is the first that has the key. */
export function withValue(props: any, path: string, value: unknown): any {
  const [head, ...rest] = path.split(".");
  const copy = Array.isArray(props) ? [...props] : { ...props };
  if (head.endsWith("[]")) {
    const key = head.slice(0, -2);
    const list = [...(copy[key] ?? [{}])];
    const index = Math.max(0, list.findIndex((e: any) => e && rest[0] in e));
    list[index] = withValue(list[index] ?? {}, rest.join("."), value);
    copy[key] = list;
  } else if (rest.length) {
    copy[head] = withValue(copy[head] ?? {}, rest.join("."), value);
  } else {
    copy[head] = value;
  }
  return copy;
}

/**
 * `${` or `%{` that the engine would evaluate and that holds the mark. The engine
 * reads `$${` as an escape wherever it starts, so a run of two or more `$` (or `%`)
 * before `{` is literal text and only a single one opens a template.
 */
export function liveTemplates(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/(\$+|%+)\{([^}]*)/g)) {
    if (m[1].length === 1 && m[2].includes(MARK)) found.push(m[0]);
  }
  return found;
}

export function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (value && typeof value === "object") Object.values(value).forEach((v) => strings(v, out));
  return out;
}

/** Resources whose attributes become arguments of a host tool. */
export const ARGV_RESOURCES = ["hyperlab_virtualbox_vm", "hyperlab_vmware_vm", "hyperlab_vmnet"];

/** A value made in the stack under test (a variable's token, a network implemented there). */
export class InStack {
  constructor(readonly make: (stack: Construct, host: hl.LinuxHost) => unknown) {}
}

/** Whether `value` is an InStack (a revoked Proxy throws on instanceof). */
export function isInStack(value: unknown): value is InStack {
  try {
    return value instanceof InStack;
  } catch {
    return false;
  }
}

/** What a class of the sweep checks in the JSON of an accepted value, on top of the rules every value meets. */
export type Inspect = (json: any, value: unknown) => string | undefined;

/**
 * What is wrong with building the baseline with `value` at `path` (undefined when
 * refused properly or accepted safely). Refused properly: a ValidationError or
 * ConfigurationError naming the construct path, thrown at synth. Accepted safely: it synthesizes,
 * holds no live Terraform template with the mark, no marked option of a host
 * tool, and passes `inspect`.
 */
export function problem(baseline: Baseline, path: string, value: unknown, inspect?: Inspect): string | undefined {
  const app = Testing.app();
  const stack = new TerraformStack(app, "test");
  const host = new hl.LinuxHost(stack, "host");
  const { make, props } = baseline(stack, host);
  const given = isInStack(value) ? value.make(stack, host) : value;
  // A refusal is kept by the construct and thrown at synth, with every other of the app (issue 31).
  let json: any;
  try {
    make(path === "" ? given : withValue(props, path, given));
    json = JSON.parse(Testing.synth(stack));
  } catch (err) {
    const e = err as Error;
    if (e.name !== "ValidationError" && e.name !== "ConfigurationError") return `crash: ${e.name}: ${e.message}`;
    if (!e.message.startsWith("test/")) return `refusal without a construct path: ${e.message}`;
    return undefined;
  }
  const live = strings(json).flatMap(liveTemplates);
  if (live.length) return `accepted with a live Terraform template: ${live[0].slice(0, 80)}`;
  // The desktop hypervisor resources hand their attributes to VBoxManage, vmrun and
  // vmware-networks as argv words: a marked value there must not read as an option.
  for (const type of ARGV_RESOURCES) {
    for (const word of strings(json.resource?.[type] ?? {})) {
      if (word.includes(MARK) && word.startsWith("-")) return `accepted as an option of a host tool (${type}): ${word.slice(0, 80)}`;
    }
  }
  return inspect?.(json, given);
}
