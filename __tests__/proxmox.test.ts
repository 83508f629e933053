// KvmGuest and LxcContainer on a ProxmoxNode: the same constructs and shared props,
// mapped onto telmate/proxmox's proxmox_vm_qemu and proxmox_lxc; props that do not
// apply to the host refused with the reason; the API token's secret never in JSON.
import { TerraformStack, TerraformVariable, Testing } from "cdktf";
import { Construct } from "constructs";
import { BridgedNetwork, KvmGuest, LinuxHost, LxcContainer, ProxmoxNode, ProxmoxNodeProps } from "../constructs";
import { slotOrder } from "../constructs/guests/proxmox-vm";
import { ProxmoxLabStack } from "../stacks/proxmox-lab-stack";
import { errorOn, NODE, synthOn } from "./support/proxmox";
import { only } from "./support/synth";

const KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExampleExampleExample me@laptop";
const vmbr0 = (stack: Construct, node: ProxmoxNode) =>
  BridgedNetwork.fromExisting(stack, "vmbr0", { host: node, bridgeName: "vmbr0", cidr: "10.50.0.0/24", gateway: "10.50.0.1", vlanFiltering: true });

describe("KvmGuest on a ProxmoxNode", () => {
  const vm = (extra: object = {}) => synthOn((stack, node) => new KvmGuest(stack, "web", {
    host: node, name: "web", cpus: 2, memoryMiB: 2048, bootDiskSizeGiB: 20, disks: [{ sizeGiB: 4 }],
    nics: [{ network: vmbr0(stack, node), address: "10.50.0.10", mac: "52:54:00:00:50:10", vlan: 30 }],
    cloudInit: { user: "debian", sshKeys: [KEY, KEY.replace("me@", "you@")], nameservers: ["10.50.0.1", "10.50.0.2"] },
    agent: true, description: "web", proxmox: { clone: { template: "debian-12-ci" } }, ...extra,
  }));

  test("is a proxmox_vm_qemu cloned from the template, with disks in slot order, NIC, cloud-init and power state", () => {
    const [v] = only(vm(), "proxmox_vm_qemu");
    expect(v).toMatchObject({
      name: "web", target_node: "pve1", clone: "debian-12-ci", full_clone: true, memory: 2048, cpu: { cores: 2 }, agent: 1,
      scsihw: "virtio-scsi-single", start_at_node_boot: true, vm_state: "running", description: "web",
      ipconfig0: "ip=10.50.0.10/24,gw=10.50.0.1", ciuser: "debian", nameserver: "10.50.0.1 10.50.0.2",
      network: [{ id: 0, model: "virtio", bridge: "vmbr0", macaddr: "52:54:00:00:50:10", tag: 30 }],
    });
    expect(v.disk.map((d: any) => [d.slot, d.type, d.size, d.format])).toEqual([
      ["ide0", "cloudinit", undefined, undefined], ["scsi0", "disk", "20G", "raw"], ["scsi1", "disk", "4G", "raw"],
    ]);
    expect(v.boot).toBe("order=scsi0");
    expect(v.sshkeys).toBe(`${KEY}\n${KEY.replace("me@", "you@")}`);
    expect(v.vmid).toBeGreaterThanOrEqual(10000);
    expect(v.vmid).toBeLessThanOrEqual(19999);
    expect(v.vmid).toBe(only(vm(), "proxmox_vm_qemu")[0].vmid); // the same every synth
    expect(v.qemu_os).toBeUndefined(); // telmate #961
    expect(v.desc).toBeUndefined(); // telmate #1030
  });

  test("boots an installer ISO instead of a clone; explicit VMID and storage", () => {
    const [v] = only(vm({ proxmox: { iso: "local:iso/debian-12.iso", vmid: 4242, storage: "ceph", diskFormat: "raw" } }), "proxmox_vm_qemu");
    expect(v.clone).toBeUndefined();
    expect(v.vmid).toBe(4242);
    expect(v.disk[0]).toEqual({ slot: "ide0", type: "cloudinit", storage: "ceph" });
    expect(v.disk[1]).toEqual({ slot: "ide2", type: "cdrom", iso: "local:iso/debian-12.iso" });
  });

  // telmate rc07 deletes every slot of a clone the VM does not declare (qemu/disk/sdk.go
  // starts each slot as Delete), and a declared disk without a size is an error there.
  test("a clone of a template whose OS disk is on virtio0 keeps that disk as it is and boots from it", () => {
    const [v] = only(vm({ bootDiskSizeGiB: undefined, proxmox: { clone: { template: "debian-12-ci" }, bootDisk: "virtio0" } }), "proxmox_vm_qemu");
    expect(v.disk.map((d: any) => [d.slot, d.type, d.size])).toEqual([
      ["ide0", "cloudinit", undefined], ["virtio0", "ignore", undefined], ["virtio1", "disk", "4G"],
    ]);
    expect(v.disk.find((d: any) => d.slot === "virtio0")).toEqual({ slot: "virtio0", type: "ignore" });
    expect(v.boot).toBe("order=virtio0");
  });

  test("a clone given bootDiskSizeGiB grows the template's disk in its slot, format and storage; other template disks kept by slot", () => {
    const [v] = only(vm({ proxmox: { clone: { template: "t" }, bootDisk: "virtio0", keepTemplateDisks: ["scsi1"], storage: "ceph", cloudInitSlot: "scsi5" } }),
      "proxmox_vm_qemu");
    expect(v.disk.map((d: any) => [d.slot, d.type, d.size, d.storage])).toEqual([
      ["scsi1", "ignore", undefined, undefined], ["scsi5", "cloudinit", undefined, "ceph"], ["virtio0", "disk", "20G", "ceph"], ["virtio1", "disk", "4G", "ceph"],
    ]);
  });

  test("an ISO install boots its new disk first, then the installer", () => {
    const [v] = only(vm({ proxmox: { iso: "local:iso/debian-12.iso", bootDisk: "sata0" } }), "proxmox_vm_qemu");
    expect(v.boot).toBe("order=sata0;ide2");
    expect(v.disk.find((d: any) => d.slot === "sata0")).toMatchObject({ type: "disk", size: "20G" });
    expect(v.disk.find((d: any) => d.slot === "sata1")).toMatchObject({ type: "disk", size: "4G" });
  });

  test.each([
    ["a slot telmate does not take", { bootDisk: "virtio16" }, 'proxmox.bootDisk "virtio16" is invalid: a disk slot'],
    ["a cloud-init drive on virtio", { cloudInitSlot: "virtio3" }, 'proxmox.cloudInitSlot "virtio3" is invalid: a disk slot: ide0-3, sata0-5, scsi0-30'],
    ["two disks on one slot", { keepTemplateDisks: ["scsi0"] }, "proxmox.keepTemplateDisks[0] scsi0 is also proxmox.bootDisk: one disk per slot"],
    ["the cloud-init drive on the installer's slot", { cloudInitSlot: "ide2", iso: "local:iso/d.iso", clone: undefined }, "proxmox.cloudInitSlot ide2 is also the installer ISO's drive"],
    ["kept disks on an ISO install", { keepTemplateDisks: ["scsi1"], iso: "local:iso/d.iso", clone: undefined }, "proxmox.keepTemplateDisks applies to a clone"],
  ])("refuses %s", (_n, extra, message) => {
    expect(errorOn((stack, node) => new KvmGuest(stack, "web", {
      host: node, name: "web", cloudInit: {}, proxmox: { clone: { template: "t" }, ...extra },
    }))).toContain(`test/web: ${message}`);
  });

  test("orders disk slots as the provider reads them back (telmate #1164)", () => {
    expect(["virtio0", "scsi10", "scsi2", "ide2", "sata1"].sort((a, b) => slotOrder(a) - slotOrder(b)))
      .toEqual(["ide2", "sata1", "scsi2", "scsi10", "virtio0"]);
  });

  test.each([
    ["a boot image", { bootImage: "/srv/a.qcow2" }, "test/web: bootImage does not apply on a Proxmox node: a Proxmox VM is cloned from a template"],
    ["a clone mode", { cloneMode: "linked" }, "test/web: cloneMode does not apply on a Proxmox node: a Proxmox VM is cloned from a template (proxmox.clone; proxmox.clone.full decides how)"],
    ["direct kernel boot", { kernelBoot: { kernel: "/k" } }, "test/web: kernelBoot does not apply on a Proxmox node"],
    // accelerator is telmate's kvm on Proxmox now (issue 32): only kvm and tcg are taken.
    ["an accelerator neither kvm nor tcg", { accelerator: "hvf" }, 'test/web: accelerator "hvf" is invalid'],
    ["a title", { title: "Web server" }, "test/web: title does not apply on a Proxmox node: a Proxmox VM has no title"],
    ["neither clone nor ISO", { proxmox: {} }, "test/web: on a Proxmox node give exactly one of proxmox.clone (a template) or proxmox.iso"],
    ["a disk format", { disks: [{ sizeGiB: 1, format: "qcow2" }] }, "test/web: disks[0].format: on a Proxmox node the storage decides a disk's format"],
    ["a static address without cloud-init", { cloudInit: undefined }, "test/web: nics[0].address 10.50.0.10 reaches a Proxmox VM only through cloud-init (ipconfig0)"],
    ["a bad ISO volume", { proxmox: { iso: "/srv/debian.iso" } }, 'test/web: proxmox.iso "/srv/debian.iso" is invalid'],
  ])("refuses %s", (_n, extra, message) => {
    expect(errorOn((stack, node) => new KvmGuest(stack, "web", {
      host: node, name: "web", nics: [{ network: vmbr0(stack, node), address: "10.50.0.10" }], cloudInit: {},
      proxmox: { clone: { template: "t" } }, ...extra,
    } as any))).toContain(message);
  });

  test("Proxmox props are refused on a LinuxHost", () => {
    const stack = new TerraformStack(Testing.app(), "test");
    // Refused props are thrown at synth (issue 31).
    expect(() => {
      new KvmGuest(stack, "web", { host: new LinuxHost(stack, "host"), name: "web", bootImage: "/srv/a.qcow2", proxmox: { vmid: 100 } });
      Testing.synth(stack);
    }).toThrow("test/web: proxmox does not apply on a LinuxHost: it holds what only a guest on a ProxmoxNode has (template, storage, VMID)");
  });

  test("duplicate VMIDs, names and MACs on one cluster are refused", () => {
    const two = (a: object, b: object) => errorOn((stack, node) => {
      const lan = vmbr0(stack, node);
      new KvmGuest(stack, "a", { host: node, name: "a", nics: [{ network: lan }], proxmox: { clone: { template: "t" } }, ...a } as any);
      new KvmGuest(stack, "b", { host: node, name: "b", nics: [{ network: lan }], proxmox: { clone: { template: "t" } }, ...b } as any);
    });
    expect(two({ proxmox: { clone: { template: "t" }, vmid: 500 } }, { proxmox: { clone: { template: "t" }, vmid: 500 } }))
      .toBe('test/b: proxmox.vmid "500" is invalid: VMID on https://pve1.example.org:8006/api2/json must be unique within the app, but test/a proxmox.vmid already uses it');
    expect(two({}, { name: "a" })).toContain('test/b: name "a" is invalid: KVM guest name on Proxmox node pve1');
    // Derived VMIDs are distinct, even for many guests in a small range.
    const json = synthOn((stack, node) => {
      for (let i = 0; i < 20; i++) new KvmGuest(stack, `g${i}`, { host: node, name: `g${i}`, proxmox: { clone: { template: "t" } } });
    });
    expect(new Set(only(json, "proxmox_vm_qemu").map((v) => v.vmid)).size).toBe(20);
    expect(errorOn((stack, node) => {
      const lan = vmbr0(stack, node);
      new KvmGuest(stack, "a", { host: node, name: "a", nics: [{ network: lan, mac: "52:54:00:00:00:01" }], proxmox: { clone: { template: "t" } } });
      new LxcContainer(stack, "b", { host: node, name: "b", nics: [{ network: lan, mac: "52:54:00:00:00:01" }], proxmox: { ostemplate: "local:vztmpl/x.tar.zst" } });
    })).toContain("MAC address must be unique within the app, but test/a nics[0].mac already uses it");
  });
});

describe("valid Proxmox input that is taken", () => {
  test("a VM name with dots, an ISO ending in .img, and a VLAN tag on a bridge not declared VLAN-aware (Proxmox makes vmbr0v10)", () => {
    const [v] = only(synthOn((stack, node) => {
      const plain = BridgedNetwork.fromExisting(stack, "vmbr1", { host: node, bridgeName: "vmbr1", cidr: "10.51.0.0/24" });
      new KvmGuest(stack, "vm", { host: node, name: "web.lab.example", proxmox: { iso: "local:iso/installer.img" },
        nics: [{ network: plain, vlan: 20 }] });
    }), "proxmox_vm_qemu");
    expect(v.name).toBe("web.lab.example");
    expect(v.disk.find((d: any) => d.type === "cdrom").iso).toBe("local:iso/installer.img");
    expect(v.network[0]).toMatchObject({ bridge: "vmbr1", tag: 20 });
  });

  test("a VLAN tag on a LinuxHost bridge that does not filter VLANs is still refused", () => {
    expect(() => {
      const stack = new TerraformStack(Testing.app(), "test");
      const host = new LinuxHost(stack, "host");
      const lan = BridgedNetwork.fromExisting(stack, "br", { host, bridgeName: "br0", cidr: "10.52.0.0/24" });
      new KvmGuest(stack, "vm", { host, name: "vm", bootImage: "/srv/a.qcow2", nics: [{ network: lan, vlan: 20 }] });
      Testing.synth(stack);
    }).toThrow("test/vm: nics[0].vlan 20 needs a VLAN-filtering bridge");
  });

  test("a VM name over 128 characters is refused on Proxmox", () => {
    expect(errorOn((stack, node) => new KvmGuest(stack, "vm", { host: node, name: `${"a".repeat(60)}.${"b".repeat(60)}.${"c".repeat(10)}`,
      proxmox: { iso: "local:iso/d.iso" } }))).toContain("a Proxmox VM name has up to 128 characters");
  });
});

describe("two NICs on a Proxmox guest", () => {
  // One default route: the gateway goes on the first NIC with one (or the one with
  // defaultRoute), never as a second gw= on the other.
  const two = (build: (stack: Construct, node: ProxmoxNode, a: any, b: any) => void) => synthOn((stack, node) => {
    const a = vmbr0(stack, node);
    const b = BridgedNetwork.fromExisting(stack, "vmbr1", { host: node, bridgeName: "vmbr1", cidr: "10.51.0.0/24", gateway: "10.51.0.1" });
    build(stack, node, a, b);
  });

  test("a VM gets gw= in ipconfig0 only", () => {
    const [v] = only(two((stack, node, a, b) => new KvmGuest(stack, "vm", {
      host: node, name: "vm", cloudInit: {}, proxmox: { clone: { template: "t" } },
      nics: [{ network: a, address: "10.50.0.5" }, { network: b, address: "10.51.0.5" }],
    })), "proxmox_vm_qemu");
    expect([v.ipconfig0, v.ipconfig1]).toEqual(["ip=10.50.0.5/24,gw=10.50.0.1", "ip=10.51.0.5/24"]);
  });

  test("defaultRoute moves it to the second NIC", () => {
    const [v] = only(two((stack, node, a, b) => new KvmGuest(stack, "vm", {
      host: node, name: "vm", cloudInit: {}, proxmox: { clone: { template: "t" } },
      nics: [{ network: a, address: "10.50.0.5" }, { network: b, address: "10.51.0.5", defaultRoute: true }],
    })), "proxmox_vm_qemu");
    expect([v.ipconfig0, v.ipconfig1]).toEqual(["ip=10.50.0.5/24", "ip=10.51.0.5/24,gw=10.51.0.1"]);
  });

  test("a container gets gw on one NIC only", () => {
    const [c] = only(two((stack, node, a, b) => new LxcContainer(stack, "ct", {
      host: node, name: "ct", proxmox: { ostemplate: "local:vztmpl/x.tar.zst" },
      nics: [{ network: a, address: "10.50.0.6" }, { network: b, address: "10.51.0.6" }],
    })), "proxmox_lxc");
    expect(c.network.map((n: any) => n.gw)).toEqual(["10.50.0.1", undefined]);
  });
});

describe("LxcContainer on a ProxmoxNode", () => {
  test("is an unprivileged proxmox_lxc from the OS template, with rootfs, features, NIC and keys", () => {
    const json = synthOn((stack, node) => new LxcContainer(stack, "db", {
      host: node, name: "db", memoryMiB: 1024, cpus: 2,
      nics: [{ network: vmbr0(stack, node), address: "10.50.0.20", mac: "52:54:00:00:50:20", vlan: 30 }],
      proxmox: { ostemplate: "local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst", rootfs: { sizeGiB: 16 }, features: { nesting: true }, sshKeys: [KEY] },
    }));
    expect(only(json, "proxmox_lxc")[0]).toMatchObject({
      hostname: "db", target_node: "pve1", ostemplate: "local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst", unprivileged: true,
      rootfs: { storage: "local-lvm", size: "16G" }, memory: 1024, swap: 512, cores: 2, start: true, onboot: true,
      features: { nesting: true, keyctl: false, fuse: false }, ssh_public_keys: KEY,
      network: [{ name: "eth0", bridge: "vmbr0", ip: "10.50.0.20/24", gw: "10.50.0.1", hwaddr: "52:54:00:00:50:20", tag: 30 }],
    });
  });

  test("refuses the lxc-* template and its arguments, and a password that is not a sensitive variable", () => {
    const ct = (extra: object) => errorOn((stack, node) => new LxcContainer(stack, "db", {
      host: node, name: "db", proxmox: { ostemplate: "local:vztmpl/x.tar.zst" }, ...extra,
    } as any));
    expect(ct({ template: "busybox" })).toContain("test/db: template does not apply on a Proxmox node");
    expect(ct({ templateArgs: ["--dist"] })).toContain("test/db: templateArgs does not apply on a Proxmox node");
    expect(ct({ waitFor: { tcpPort: 22 } })).toContain("test/db: waitFor does not apply on a Proxmox node");
    expect(ct({ proxmox: { ostemplate: "local:vztmpl/x.tar.zst", password: "hunter2" } }))
      .toContain('test/db: proxmox.password "hunter2" is invalid: expected a sensitive TerraformVariable');
    expect(ct({ proxmox: undefined })).toContain("test/db: on a Proxmox node give proxmox.ostemplate");
  });
});

describe("ProxmoxNode", () => {
  test("the API token's secret never reaches cdk.tf.json, from the environment or a sensitive variable", () => {
    const sentinel = "SENTINEL-5f2a9c-secret";
    process.env.PM_API_TOKEN_SECRET = sentinel;
    try {
      const app = Testing.app();
      const stack = new TerraformStack(app, "s");
      const secret = new TerraformVariable(stack, "token_secret", { type: "string", sensitive: true, default: undefined });
      new ProxmoxNode(stack, "pve", { ...NODE, tokenSecret: secret });
      const json = Testing.synth(stack);
      expect(json).not.toContain(sentinel);
      expect(JSON.parse(json).provider.proxmox[0]).toEqual({
        pm_api_url: NODE.apiUrl, pm_api_token_id: NODE.tokenId, pm_api_token_secret: "${var.token_secret}", pm_tls_insecure: false, pm_parallel: 2,
      });
      expect(Testing.synth(new ProxmoxLabStack(Testing.app(), "proxmox-lab"))).not.toContain(sentinel);
    } finally {
      delete process.env.PM_API_TOKEN_SECRET;
    }
  });

  test("refuses a secret as a string, a variable that is not sensitive, plain http and a malformed token id", () => {
    // Refused props are thrown at synth (issue 31): each node in a stack of its own, whose synth is returned.
    const stack = new TerraformStack(Testing.app(), "s");
    const synthOfNode = (id: string, props: ProxmoxNodeProps) => {
      const own = new TerraformStack(Testing.app(), "s");
      new ProxmoxNode(own, id, props);
      return () => Testing.synth(own);
    };
    expect(synthOfNode("a", { ...NODE, tokenSecret: "s3cret" as any }))
      .toThrow('s/a: tokenSecret "s3cret" is invalid: expected a sensitive TerraformVariable');
    const plain = new TerraformVariable(stack, "plain", { type: "string" });
    expect(synthOfNode("b", { ...NODE, tokenSecret: plain })).toThrow("s/b: tokenSecret s/plain must be declared with sensitive: true");
    expect(synthOfNode("c", { ...NODE, apiUrl: "http://pve1:8006/api2/json" })).toThrow('s/c: apiUrl "http://pve1:8006/api2/json" is invalid');
    expect(synthOfNode("d", { ...NODE, tokenId: "root" })).toThrow('s/d: tokenId "root" is invalid');
  });

  test("TLS verification is on unless insecureTls is said", () => {
    const json = synthOn(() => undefined);
    expect(json.provider.proxmox[0].pm_tls_insecure).toBe(false);
  });
});
