// Issue 32, the second round of Proxmox settings as homelab HCL writes them: each
// prop and the rc07 attribute it becomes, the telmate file that maps it named in
// the test (paths under telmate's proxmox/, Internal/resource/guest/ shortened to guest/).
import { TerraformStack, TerraformVariable, Testing } from "cdktf";
import { BridgedNetwork, KvmGuest, LinuxHost, LxcContainer } from "../constructs";
import { errorOn, synthOn } from "./support/proxmox";
import { only } from "./support/synth";

const lan = (stack: any, node: any) =>
  BridgedNetwork.fromExisting(stack, "vmbr0", { host: node, bridgeName: "vmbr0", cidr: "10.50.0.0/24", gateway: "10.50.0.1", ipv6Cidr: "fd50::/64", ipv6Gateway: "fd50::1" });
const vm = (props: (net: any) => object) => only(synthOn((stack, node) => new KvmGuest(stack, "vm", {
  host: node, name: "vm", proxmox: { clone: { template: "debian-12-ci" } }, ...props(lan(stack, node)),
} as any)), "proxmox_vm_qemu")[0];
const vmError = (props: (net: any) => object) => errorOn((stack, node) => new KvmGuest(stack, "vm", {
  host: node, name: "vm", proxmox: { clone: { template: "t" } }, ...props(lan(stack, node)),
} as any));
const ct = (props: (net: any) => object, proxmox: object = {}) => only(synthOn((stack, node) => new LxcContainer(stack, "ct", {
  host: node, name: "ct", ...props(lan(stack, node)), proxmox: { ostemplate: "local:vztmpl/debian-12.tar.zst", ...proxmox },
} as any)), "proxmox_lxc")[0];
const ctError = (props: (net: any) => object, proxmox: object = {}) => errorOn((stack, node) => new LxcContainer(stack, "ct", {
  host: node, name: "ct", ...props(lan(stack, node)), proxmox: { ostemplate: "local:vztmpl/debian-12.tar.zst", ...proxmox },
} as any));
const clone = (more: object) => ({ proxmox: { clone: { template: "t" }, ...more } });

describe("per-NIC mtu, firewall and IPv6 by DHCPv6/SLAAC", () => {
  test("a VM's nics[].proxmox mtu and firewall are its network block's (guest/qemu/network/sdk.go; mtu 1 inherits the bridge's)", () => {
    const v = vm((net) => ({ nics: [{ network: net, proxmox: { mtu: 1400, firewall: true } }, { network: net, proxmox: { mtu: 1 } }] }));
    expect(v.network.map((n: any) => [n.id, n.mtu, n.firewall])).toEqual([[0, 1400, true], [1, 1, undefined]]);
    expect(vm((net) => ({ nics: [{ network: net }] })).network[0]).not.toHaveProperty("mtu");
  });

  test("a container's nics[].proxmox mtu, firewall and ipv6 are its network block's (guest/lxc/networks/sdk_network.go)", () => {
    const c = ct((net) => ({ nics: [{ network: net, address: "10.50.0.20", proxmox: { mtu: 9000, firewall: true, ipv6: "auto" } },
      { network: net, address: "10.50.0.21", proxmox: { ipv6: "dhcp" } }] }));
    expect(c.network.map((n: any) => [n.name, n.mtu, n.firewall, n.ip6])).toEqual([["eth0", 9000, true, "auto"], ["eth1", undefined, undefined, "dhcp"]]);
  });

  test("a VM's ipv6 dhcp/auto is ip6= in its ipconfigN, beside a static or DHCP IPv4 (guest/qemu/cloudinit/sdk.go)", () => {
    const v = vm((net) => ({ cloudInit: {}, nics: [{ network: net, address: "10.50.0.9", proxmox: { ipv6: "auto" } }, { network: net, proxmox: { ipv6: "dhcp" } }] }));
    expect([v.ipconfig0, v.ipconfig1]).toEqual(["ip=10.50.0.9/24,gw=10.50.0.1,ip6=auto", "ip=dhcp,ip6=dhcp"]);
  });

  test.each([
    ["an MTU below 576", (net: any) => ({ nics: [{ network: net, proxmox: { mtu: 500 } }] }), "test/vm: nics[0].proxmox.mtu 500 is invalid"],
    ["an MTU on an e1000 NIC, which telmate drops with a warning", (net: any) => ({ nics: [{ network: net, model: "e1000", proxmox: { mtu: 1400 } }] }),
      'test/vm: nics[0].proxmox.mtu 1400 needs model "virtio"'],
    ["ipv6 beside address6", (net: any) => ({ cloudInit: {}, nics: [{ network: net, address6: "fd50::9", proxmox: { ipv6: "dhcp" } }] }),
      'test/vm: nics[0].proxmox.ipv6 "dhcp" and nics[0].address6 fd50::9 both configure'],
    ["ipv6 without cloud-init", (net: any) => ({ nics: [{ network: net, proxmox: { ipv6: "auto" } }] }), 'nics[0].proxmox.ipv6 "auto" reaches a Proxmox VM only through cloud-init'],
    ["an ipv6 mode Proxmox does not have", (net: any) => ({ cloudInit: {}, nics: [{ network: net, proxmox: { ipv6: "slaac" } }] }), 'nics[0].proxmox.ipv6 "slaac" is invalid'],
  ])("refuses %s", (_n, props, message) => {
    expect(vmError(props)).toContain(message);
  });
});

describe("VM settings of resource_vm_qemu.go", () => {
  test("protection, balloon, kvm from accelerator, qemu_os from osType, automatic_reboot (resource_vm_qemu.go, guest/reboot/schema.go)", () => {
    const v = vm(() => ({ accelerator: "tcg", memoryMiB: 2048, ...clone({ protection: true, balloonMiB: 1024, osType: "l26", automaticReboot: false }) }));
    expect([v.protection, v.balloon, v.kvm, v.qemu_os, v.automatic_reboot]).toEqual([true, 1024, false, "l26", false]);
    expect(vm(() => ({ accelerator: "kvm" })).kvm).toBe(true);
    const plain = vm(() => ({}));
    for (const a of ["protection", "balloon", "kvm", "qemu_os", "automatic_reboot", "ciupgrade", "cipassword", "clone_id"]) expect(plain).not.toHaveProperty(a);
  });

  test("clone by VM id is clone_id, by name clone (resource_vm_qemu.go guestGetSourceVmr)", () => {
    const v = vm(() => ({ proxmox: { clone: { templateId: 9000, full: false } } }));
    expect([v.clone_id, v.clone, v.full_clone]).toEqual([9000, undefined, false]);
  });

  test("net0 in the boot order, first or last (resource_vm_qemu.go writes boot verbatim)", () => {
    expect(vm((net) => ({ nics: [{ network: net }], ...clone({ netBoot: "last" }) })).boot).toBe("order=scsi0;net0");
    expect(vm((net) => ({ nics: [{ network: net }], proxmox: { iso: "local:iso/d.iso", netBoot: "first" } })).boot).toBe("order=net0;scsi0;ide2");
    expect(vm(() => ({})).boot).toBe("order=scsi0");
  });

  test("numa and vcores in the cpu block (guest/qemu/cpu/schema.go)", () => {
    expect(vm(() => ({ cpus: 4, ...clone({ sockets: 2, numa: true, vcpus: 6 }) })).cpu).toEqual({ cores: 4, sockets: 2, numa: true, vcores: 6 });
  });

  test("emulatessd and per-disk storage, the cloud-init drive's too (guest/qemu/disk/schema.go, sdk_disks.go)", () => {
    const v = vm(() => ({ bootDiskSizeGiB: 20, cloudInit: {}, disks: [{ sizeGiB: 4, storage: "fast" }, { sizeGiB: 8 }],
      ...clone({ storage: "bulk", bootDiskStorage: "nvme", cloudInitStorage: "local-lvm", diskEmulateSsd: true }) }));
    expect(v.disk.map((d: any) => [d.slot, d.type, d.storage, d.emulatessd])).toEqual([
      ["ide0", "cloudinit", "local-lvm", undefined], ["scsi0", "disk", "nvme", true], ["scsi1", "disk", "fast", true], ["scsi2", "disk", "bulk", true],
    ]);
  });

  test("ciupgrade from cloudInit.packageUpgrade, cipassword from a sensitive variable only (guest/qemu/cloudinit/schema.go, sdk.go)", () => {
    const json = synthOn((stack, node) => {
      const pw = new TerraformVariable(stack, "pw", { type: "string", sensitive: true });
      new KvmGuest(stack, "vm", { host: node, name: "vm", cloudInit: { user: "debian", packageUpgrade: true, password: pw }, proxmox: { clone: { template: "t" } } });
    });
    const v = only(json, "proxmox_vm_qemu")[0];
    expect([v.ciupgrade, v.cipassword]).toEqual([true, "${var.pw}"]);
    expect(JSON.stringify(json)).not.toContain("hunter2");
  });

  test.each([
    ["a literal password", () => ({ cloudInit: { password: "hunter2" } }), 'cloudInit.password "hunter2" is invalid'],
    ["a balloon over the memory", () => ({ memoryMiB: 1024, ...clone({ balloonMiB: 2048 }) }), "proxmox.balloonMiB 2048 is invalid"],
    ["vcpus over cores x sockets", () => ({ cpus: 2, ...clone({ vcpus: 3 }) }), "proxmox.vcpus 3 is invalid"],
    ["an OS type Proxmox does not know", () => clone({ osType: "linux" }), 'proxmox.osType "linux" is invalid'],
    ["both template and templateId", () => ({ proxmox: { clone: { template: "t", templateId: 9000 } } }), "proxmox.clone has template \"t\" and templateId 9000: it names its template by name (template) or by VM id (templateId), give exactly one"],
    ["a template id below 100", () => ({ proxmox: { clone: { templateId: 99 } } }), "proxmox.clone.templateId 99 is invalid"],
    ["netBoot without a NIC", () => clone({ netBoot: "first" }), 'proxmox.netBoot "first" boots from net0, and the VM has no NIC'],
    ["emulated SSDs on virtio", () => ({ bootDiskSizeGiB: 10, ...clone({ bootDisk: "virtio0", diskEmulateSsd: true }) }), "proxmox.diskEmulateSsd is set but the disks are on virtio0's virtio bus, which Proxmox gives no ssd flag"],
    ["cloudInitStorage without cloudInit", () => clone({ cloudInitStorage: "local-lvm" }), "proxmox.cloudInitStorage is set but the guest has no cloudInit"],
    ["cloud-config beyond Proxmox's fields without the node's ssh (it goes in a snippet)", () => ({ cloudInit: { packages: ["vim"] } }), "cloudInit.packages on a Proxmox node needs the node's ssh settings"],
  ])("refuses %s", (_n, props, message) => {
    expect(vmError(props)).toContain(`test/vm: ${message}`);
  });

  test("a password variable that is not sensitive is refused", () => {
    expect(errorOn((stack, node) => new KvmGuest(stack, "vm", { host: node, name: "vm", proxmox: { clone: { template: "t" } },
      cloudInit: { password: new TerraformVariable(stack, "pw", { type: "string" }) } }))).toContain("test/vm: cloudInit.password test/pw must be declared with sensitive: true");
  });
});

describe("the guest agent wait of telmate rc07 (resource_vm_qemu.go initConnInfo, heper_qemu.go hasRequiredIP)", () => {
  test("without waitFor, define_connection_info is false: no refresh polls the agent", () => {
    const v = vm(() => ({ agent: true }));
    expect([v.agent, v.define_connection_info, v.agent_timeout]).toEqual([1, false, undefined]);
  });

  test("with waitFor.agent, the wait is agent_timeout and skip_ipv6 unless waitFor.ipv6", () => {
    const v = vm(() => ({ agent: true, waitFor: { agent: true, timeoutSeconds: 60 } }));
    expect([v.define_connection_info, v.agent_timeout, v.skip_ipv6]).toEqual([true, 60, true]);
    expect(vm(() => ({ agent: true, waitFor: { agent: true, ipv6: true } })).skip_ipv6).toBe(false);
  });
});

describe("container settings of resource_lxc.go", () => {
  test("nameserver and searchdomain, space-separated; protection", () => {
    const c = ct(() => ({}), { nameservers: ["10.50.0.1", "fd50::1"], searchDomains: ["lab.example", "example.org"], protection: true });
    expect([c.nameserver, c.searchdomain, c.protection]).toEqual(["10.50.0.1 fd50::1", "lab.example example.org", true]);
    const plain = ct(() => ({}));
    for (const a of ["nameserver", "searchdomain", "protection"]) expect(plain).not.toHaveProperty(a);
  });

  test("a gateway outside the NIC's subnet is taken: pve-container adds the on-link route to it", () => {
    const c = ct((net) => ({ nics: [{ network: net, address: "10.50.0.20", gateway: "10.60.0.1" }] }));
    expect([c.network[0].ip, c.network[0].gw]).toEqual(["10.50.0.20/24", "10.60.0.1"]);
  });

  test.each([
    ["a bind mount (mount point type bind is only allowed for root@pam)", () => ({}), { mountPoints: [{ hostPath: "/main", path: "/main" }] },
      'proxmox.mountPoints[0].hostPath "/main" is a bind mount, refused: Proxmox lets only root@pam\'s own login'],
    ["features.mount (feature flags but nesting are root@pam's)", () => ({}), { features: { mount: ["nfs", "cifs"] } },
      'proxmox.features.mount ["nfs","cifs"] is refused: Proxmox lets only root@pam\'s own login'],
    ["a nameserver that is no address", () => ({}), { nameservers: ["dns.example"] }, 'proxmox.nameservers[0] "dns.example" is invalid'],
    ["four nameservers", () => ({}), { nameservers: ["10.0.0.1", "10.0.0.2", "10.0.0.3", "10.0.0.4"] }, "proxmox.nameservers"],
    ["an off-subnet gateway that is no unicast address", (net: any) => ({ nics: [{ network: net, address: "10.50.0.20", gateway: "239.0.0.1" }] }), {},
      'nics[0].gateway "239.0.0.1" is invalid'],
  ])("refuses %s", (_n, props, proxmox, message) => {
    expect(ctError(props, proxmox)).toContain(`test/ct: ${message}`);
  });
});

describe("a gateway outside the NIC's subnet where the guest cannot route it", () => {
  test("is refused on a Proxmox VM (cloud-init installs it without an on-link route), naming why", () => {
    expect(vmError((net) => ({ cloudInit: {}, nics: [{ network: net, address: "10.50.0.9", gateway: "10.60.0.1" }] })))
      .toContain("test/vm: nics[0].gateway \"10.60.0.1\" is invalid: expected a host address of the NIC's subnet 10.50.0.0/24, as 10.60.0.1 is outside it: Proxmox hands ipconfigN's gw to cloud-init");
  });

  test("is refused on a LinuxHost, for a KVM guest and a container, naming why", () => {
    const linux = (make: (stack: TerraformStack, host: LinuxHost, net: any) => void) => {
      const stack = new TerraformStack(Testing.app(), "test");
      const host = new LinuxHost(stack, "host", {});
      const net = new BridgedNetwork(stack, "br", { host, bridgeName: "hlbr0", cidr: "10.70.0.0/24" } as any);
      try {
        make(stack, host, net);
        Testing.synth(stack);
      } catch (err) {
        return (err as Error).message;
      }
      return "accepted";
    };
    expect(linux((stack, host, net) => new KvmGuest(stack, "vm", { host, name: "vm", bootImage: "/var/lib/d.qcow2", cloudInit: {},
      nics: [{ network: net, address: "10.70.0.9", gateway: "10.80.0.1" }] })))
      .toContain("test/vm: nics[0].gateway \"10.80.0.1\" is invalid: expected a host address of the NIC's subnet 10.70.0.0/24, as 10.80.0.1 is outside it: the guest's seed hands it to cloud-init as gateway4");
    expect(linux((stack, host, net) => new LxcContainer(stack, "ct", { host, name: "ct", nics: [{ network: net, address: "10.70.0.9", gateway: "10.80.0.1" }] })))
      .toContain("test/ct: nics[0].gateway \"10.80.0.1\" is invalid: expected a host address of the NIC's subnet 10.70.0.0/24, as 10.80.0.1 is outside it: on a LinuxHost the gateway must be on the NIC's network");
  });

  test("the Proxmox-only props are refused on a LinuxHost", () => {
    const stack = new TerraformStack(Testing.app(), "test");
    const host = new LinuxHost(stack, "host", {});
    const net = new BridgedNetwork(stack, "br", { host, bridgeName: "hlbr0", cidr: "10.70.0.0/24" } as any);
    // Refused props are thrown at synth (issue 31); each case's message names its own prop.
    const kvm = (props: object) => () => {
      new KvmGuest(stack, `vm${Math.random()}`.replace(".", ""), { host, name: "vm", bootImage: "/var/lib/d.qcow2", ...props } as any);
      Testing.synth(stack);
    };
    expect(kvm({ nics: [{ network: net, proxmox: { mtu: 1400 } }] })).toThrow("nics[0].proxmox does not apply on a LinuxHost");
    expect(kvm({ disks: [{ sizeGiB: 1, storage: "fast" }] })).toThrow("disks[0].storage does not apply on a LinuxHost");
    expect(kvm({ cloudInit: { password: new TerraformVariable(stack, "pw", { type: "string", sensitive: true }) } }))
      .toThrow("cloudInit.password does not apply on a LinuxHost");
    expect(kvm({ agent: true, waitFor: { agent: true, ipv6: true } })).toThrow("waitFor.ipv6 does not apply on a LinuxHost");
    expect(() => { new LxcContainer(stack, "ct", { host, name: "ct", nics: [{ network: net, proxmox: { firewall: true } }] }); Testing.synth(stack); })
      .toThrow("test/ct: nics[0].proxmox does not apply on a LinuxHost");
  });
});
