// The VM and container settings telmate/proxmox users set every day, each mapped the
// way telmate rc07 reads it back (the code named beside each), so a second plan is empty.
import { TerraformOutput, TerraformStack, Testing } from "cdktf";
import { Construct } from "constructs";
import { BridgedNetwork, KvmGuest, LxcContainer, ProxmoxNode } from "../constructs";
import { errorOn, NODE, synthOn } from "./support/proxmox";
import { only } from "./support/synth";

const vm = (props: object) => only(synthOn((stack, node) => new KvmGuest(stack, "vm", {
  host: node, name: "vm", proxmox: { clone: { template: "debian-12-ci" } }, ...props,
} as any)), "proxmox_vm_qemu")[0];
const ct = (proxmox: object) => only(synthOn((stack, node) => new LxcContainer(stack, "ct", {
  host: node, name: "ct", proxmox: { ostemplate: "local:vztmpl/debian-12.tar.zst", ...proxmox },
} as any)), "proxmox_lxc")[0];

describe("a Proxmox VM", () => {
  test("pool and tags: tags sorted, without duplicates, joined with ';' (telmate tags/helper.go and type__tag.go sort them on update)", () => {
    const v = vm({ proxmox: { clone: { template: "t" }, pool: "lab", tags: ["web", "debian", "web", "prod_1"] } });
    expect(v.pool).toBe("lab");
    expect(v.tags).toBe("debian;prod_1;web");
  });

  test("cpu type and sockets; cpuMode maps to Proxmox's own names (telmate cpu/terraform.go reads type as Proxmox stores it)", () => {
    expect(vm({ proxmox: { clone: { template: "t" }, cpuType: "x86-64-v2-AES", sockets: 2 }, cpus: 4 }).cpu).toEqual({ cores: 4, sockets: 2, type: "x86-64-v2-AES" });
    expect(vm({ cpuMode: "host-passthrough" }).cpu.type).toBe("host");
    expect(vm({ cpuMode: "maximum" }).cpu.type).toBe("max");
    expect(vm({}).cpu.type).toBeUndefined();
  });

  test("UEFI: bios ovmf with an EFI disk (4m, no pre-enrolled keys) on the VM's storage or efiStorage; q35", () => {
    const v = vm({ firmware: "efi", machine: "q35", proxmox: { iso: "local:iso/debian-12.iso", efiStorage: "local-zfs" } });
    expect([v.bios, v.machine]).toEqual(["ovmf", "q35"]);
    expect(v.efidisk).toEqual([{ storage: "local-zfs", efitype: "4m", pre_enrolled_keys: false }]);
    expect(vm({ firmware: "efi" }).efidisk[0].storage).toBe("local-lvm");
    expect(vm({ firmware: "bios" })).toMatchObject({ bios: "seabios" });
    expect(vm({}).bios).toBeUndefined();
  });

  test("graphics none is a serial console as the display; vnc the standard VGA (telmate serial/terraform.go reads type socket back)", () => {
    const none = vm({ graphics: "none" });
    expect(none.serial).toEqual([{ id: 0, type: "socket" }]);
    expect(none.vga).toEqual([{ type: "serial0" }]);
    expect(vm({ graphics: "vnc" }).vga).toEqual([{ type: "std" }]);
  });

  test("disk cache, discard and iothread on the disks the VM makes or grows, not on a kept template disk", () => {
    const v = vm({ bootDiskSizeGiB: undefined, disks: [{ sizeGiB: 4 }], proxmox: { clone: { template: "t" }, diskCache: "writeback", diskDiscard: true, diskIothread: true } });
    expect(v.disk.map((d: any) => [d.slot, d.type, d.cache, d.discard, d.iothread])).toEqual([
      ["scsi0", "ignore", undefined, undefined, undefined], ["scsi1", "disk", "writeback", true, true],
    ]);
  });

  test("startup order and delay, and shutdownTimeoutSeconds, in startup_shutdown (-1 where not given, telmate's unset)", () => {
    expect(vm({ proxmox: { clone: { template: "t" }, startup: { order: 2, delaySeconds: 30 } } }).startup_shutdown)
      .toEqual({ order: 2, startup_delay: 30, shutdown_timeout: -1 });
    expect(vm({ shutdownTimeoutSeconds: 120 }).startup_shutdown).toEqual({ order: -1, startup_delay: -1, shutdown_timeout: 120 });
    expect(vm({}).startup_shutdown).toBeUndefined();
  });

  test.each([
    ["a tag telmate refuses", { proxmox: { clone: { template: "t" }, tags: ["-web"] } }, 'proxmox.tags[0] "-web" is invalid'],
    ["a pool with a space", { proxmox: { clone: { template: "t" }, pool: "my lab" } }, 'proxmox.pool "my lab" is invalid'],
    ["cpuMode and cpuType both", { cpuMode: "maximum", proxmox: { clone: { template: "t" }, cpuType: "host" } }, "give cpuMode or proxmox.cpuType, not both"],
    ["host-model, which Proxmox has no type for", { cpuMode: "host-model" }, 'cpuMode "host-model" is invalid'],
    ["five sockets", { proxmox: { clone: { template: "t" }, sockets: 5 } }, "proxmox.sockets 5 is invalid"],
    ["efiStorage without efi", { proxmox: { clone: { template: "t" }, efiStorage: "local-zfs" } }, 'proxmox.efiStorage needs firmware "efi"'],
    ["a start order past 9999", { proxmox: { clone: { template: "t" }, startup: { order: 10000 } } }, "proxmox.startup.order 10000 is invalid"],
  ])("refuses %s", (_n, props, message) => {
    expect(errorOn((stack, node) => new KvmGuest(stack, "vm", { host: node, name: "vm", proxmox: { clone: { template: "t" } }, ...props } as any)))
      .toContain(`test/vm: ${message}`);
  });
});

describe("readiness of a Proxmox VM", () => {
  test("waitFor.agent is telmate's connection info, waited for up to agent_timeout; its addresses are the guest's attributes", () => {
    const stack = new TerraformStack(Testing.app(), "test");
    const node = new ProxmoxNode(stack, "pve", NODE);
    const guest = new KvmGuest(stack, "vm", { host: node, name: "vm", agent: true, waitFor: { agent: true, timeoutSeconds: 120 },
      proxmox: { clone: { template: "t" } } });
    new TerraformOutput(stack, "ipv4", { value: guest.reportedAddresses!.ipv4 });
    new TerraformOutput(stack, "ipv6", { value: guest.reportedAddresses!.ipv6 });
    const json = JSON.parse(Testing.synth(stack));
    const [key] = Object.keys(json.resource.proxmox_vm_qemu);
    const v = json.resource.proxmox_vm_qemu[key];
    expect([v.define_connection_info, v.agent_timeout, v.agent]).toEqual([true, 120, 1]);
    expect([json.output.ipv4.value, json.output.ipv6.value])
      .toEqual([`\${proxmox_vm_qemu.${key}.default_ipv4_address}`, `\${proxmox_vm_qemu.${key}.default_ipv6_address}`]);
    expect(new KvmGuest(stack, "vm2", { host: node, name: "vm2", proxmox: { clone: { template: "t" } } }).reportedAddresses).toBeUndefined();
  });

  test.each([
    ["a port to probe", { agent: true, waitFor: { agent: true, tcpPort: 22 } }, "waitFor.address and waitFor.tcpPort do not apply on a Proxmox node"],
    ["no agent wait", { agent: true, waitFor: { timeoutSeconds: 60 } }, "waitFor on a Proxmox node waits for the guest agent"],
    ["an agent wait without the agent", { waitFor: { agent: true } }, "waitFor.agent needs agent: true"],
    ["a cloud-init wait", { agent: true, waitFor: { agent: true, cloudInit: true } }, "waitFor.cloudInit works on a LinuxHost"],
  ])("refuses %s", (_n, props, message) => {
    expect(errorOn((stack, node) => new KvmGuest(stack, "vm", { host: node, name: "vm", proxmox: { clone: { template: "t" } }, ...props } as any)))
      .toContain(`test/vm: ${message}`);
  });
});

describe("a Proxmox container", () => {
  test("mount points as mp0, mp1, ... in order, each a new volume (telmate reads them back only as a run from mp0)", () => {
    const c = ct({ rootfs: { storage: "local-zfs" }, mountPoints: [{ path: "/srv/data", sizeGiB: 16 }, { path: "/var/lib/postgresql", sizeGiB: 32, storage: "ceph", backup: true }] });
    expect(c.mountpoint).toEqual([
      { key: "0", slot: 0, mp: "/srv/data", storage: "local-zfs", size: "16G" },
      { key: "1", slot: 1, mp: "/var/lib/postgresql", storage: "ceph", size: "32G", backup: true },
    ]);
  });

  test("pool, tags and startup ('order=N,up=N', which telmate writes and reads as it is)", () => {
    const c = ct({ pool: "lab", tags: ["db", "backup"], startup: { order: 1, delaySeconds: 15 } });
    expect([c.pool, c.tags, c.startup]).toEqual(["lab", "backup;db", "order=1,up=15"]);
    expect(ct({ startup: { order: 3 } }).startup).toBe("order=3");
  });

  test.each([
    ["a mount path with a comma", [{ path: "/srv/a,mp=/etc", sizeGiB: 1 }], 'proxmox.mountPoints[0].path "/srv/a,mp=/etc" is invalid'],
    ["a relative mount path", [{ path: "srv", sizeGiB: 1 }], 'proxmox.mountPoints[0].path "srv" is invalid'],
    ["a mount point without a size", [{ path: "/srv" }], "proxmox.mountPoints[0].sizeGiB undefined is invalid"],
  ])("refuses %s", (_n, mountPoints, message) => {
    expect(errorOn((stack, node) => new LxcContainer(stack, "ct", { host: node, name: "ct",
      proxmox: { ostemplate: "local:vztmpl/debian-12.tar.zst", mountPoints } } as any))).toContain(`test/ct: ${message}`);
  });
});

describe("guests on two nodes of one cluster", () => {
  test("share the stack's provider, take VMIDs unique across the cluster, and attach to each node's own bridges", () => {
    const cluster = (stack: Construct, pve1: ProxmoxNode) => {
      const pve2 = new ProxmoxNode(stack, "pve2", { ...NODE, nodeName: "pve2" });
      const br1 = BridgedNetwork.fromExisting(stack, "br1", { host: pve1, bridgeName: "vmbr0", cidr: "10.50.0.0/24", gateway: "10.50.0.1" });
      const br2 = BridgedNetwork.fromExisting(stack, "br2", { host: pve2, bridgeName: "vmbr0", cidr: "10.50.0.0/24", gateway: "10.50.0.1" });
      new KvmGuest(stack, "web", { host: pve1, name: "web", nics: [{ network: br1, address: "10.50.0.10" }], cloudInit: {}, proxmox: { clone: { template: "t" }, vmid: 300 } });
      new LxcContainer(stack, "db", { host: pve2, name: "db", nics: [{ network: br2, address: "10.50.0.20" }], proxmox: { ostemplate: "local:vztmpl/d.tar.zst" } });
      return { pve2, br1 };
    };
    // Both refusals are thrown at synth, in one error (issue 31).
    const refused = errorOn((stack, pve1) => {
      const { pve2, br1 } = cluster(stack, pve1);
      new LxcContainer(stack, "dup", { host: pve2, name: "dup", proxmox: { ostemplate: "local:vztmpl/d.tar.zst", vmid: 300 } });
      new KvmGuest(stack, "vm2", { host: pve2, name: "vm2", nics: [{ network: br1 }], proxmox: { clone: { template: "t" } } });
    });
    expect(refused).toContain("VMID on https://pve1.example.org:8006/api2/json must be unique within the app, but test/web proxmox.vmid already uses it");
    expect(refused).toContain("is on another host than test/pve2");
    const json = synthOn(cluster);
    expect(Object.keys(json.provider.proxmox)).toHaveLength(1);
    expect(only(json, "proxmox_vm_qemu")[0].target_node).toBe("pve1");
    expect(only(json, "proxmox_lxc")[0].target_node).toBe("pve2");
  });
});
