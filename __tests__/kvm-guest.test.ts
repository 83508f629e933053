import { BridgedNetwork, KvmGuest, TapInterface } from "../constructs";
import { parse } from "yaml";
import { synth, synthError } from "./support/synth";

const only = (json: any, type: string) => Object.values(json.resource[type] ?? {}) as any[];

describe("KvmGuest on a LinuxHost (libvirt)", () => {
  const build = (extra = {}) =>
    synth((stack, host) => {
      const lan = new BridgedNetwork(stack, "lan", { host, bridgeName: "hlbr0", cidr: "10.40.0.0/24" });
      new KvmGuest(stack, "vm", {
        host, name: "vm1", cpus: 2, memoryMiB: 1024, bootImage: "/srv/images/debian.qcow2", bootDiskSizeGiB: 8,
        disks: [{ sizeGiB: 4, format: "raw" }],
        nics: [{ network: lan, address: "10.40.0.20", mac: "52:54:00:00:00:20" }],
        cloudInit: { user: "debian", sshKeys: ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExample user@host"], nameservers: ["10.40.0.1"] },
        ...extra,
      });
    });

  test("makes a libvirt domain with its CPUs, memory, NIC on the bridge, and a serial console", () => {
    const json = build();
    const [domain] = only(json, "libvirt_domain");
    expect(domain).toMatchObject({
      name: "vm1", type: "kvm", vcpu: 2, memory: 1024, running: true, autostart: true, qemu_agent: false,
      network_interface: [{ bridge: "hlbr0", mac: "52:54:00:00:00:20" }],
      console: [{ type: "pty", target_port: "0", target_type: "serial" }],
    });
    expect(domain.depends_on).toHaveLength(2);
    expect(domain.depends_on[1]).toMatch(/^hyperlab_bridge\.lan_bridge_/);
  });

  test("its libvirt resources take turns, one after the other, and a second guest waits for the first", () => {
    const json = synth((stack, host) => {
      const lan = new BridgedNetwork(stack, "lan", { host, bridgeName: "hlbr0", cidr: "10.40.0.0/24" });
      for (const name of ["vm1", "vm2"]) {
        new KvmGuest(stack, name, {
          host, name, bootImage: "/srv/images/debian.qcow2", bootDiskSizeGiB: 8, disks: [{ sizeGiB: 4 }],
          nics: [{ network: lan }], cloudInit: { user: "debian" },
        });
      }
    });
    // libvirt provider 0.8.3 hangs when it works on a cloud-init disk and other
    // objects at once: each volume, seed and domain waits for the one before it.
    const libvirt = ["libvirt_volume", "libvirt_cloudinit_disk", "libvirt_domain"]
      .flatMap((type) => Object.entries<any>(json.resource[type]).map(([name, r]) => ({ address: `${type}.${name}`, r })));
    const waitsFor = new Map(libvirt.map(({ address, r }) => [address, (r.depends_on ?? []).filter((d: string) => d.startsWith("libvirt_"))]));
    // Walked back from the last domain: a boot volume waits for its base through base_volume_id.
    const chain: string[] = [];
    for (let at: string | undefined = libvirt.find(({ address }) => address.includes("vm2") && address.startsWith("libvirt_domain"))!.address; at;) {
      chain.unshift(at);
      const r = libvirt.find((x) => x.address === at)!.r;
      at = waitsFor.get(at)![0] ?? (r.base_volume_id ? `libvirt_volume.${/libvirt_volume\.([^.]+)\.id/.exec(r.base_volume_id)![1]}` : undefined);
    }
    expect(chain.map((a) => a.replace(/_[0-9A-F]{8}$/, ""))).toEqual([
      "libvirt_volume.vm1_base", "libvirt_volume.vm1_boot", "libvirt_volume.vm1_disk0", "libvirt_cloudinit_disk.vm1_cloudinit", "libvirt_domain.vm1_domain",
      "libvirt_volume.vm2_base", "libvirt_volume.vm2_boot", "libvirt_volume.vm2_disk0", "libvirt_cloudinit_disk.vm2_cloudinit", "libvirt_domain.vm2_domain",
    ]);
  });

  test("puts the boot disk over the image as a backing volume, sized in bytes, plus a raw data disk", () => {
    const volumes = only(build(), "libvirt_volume");
    expect(volumes.map((v) => [v.name, v.format, v.size, v.source])).toEqual([
      ["vm1-base.qcow2", "qcow2", undefined, "/srv/images/debian.qcow2"],
      ["vm1-boot.qcow2", "qcow2", 8 * 2 ** 30, undefined],
      ["vm1-disk0.raw", "raw", 4 * 2 ** 30, undefined],
    ]);
    const [domain] = only(build(), "libvirt_domain");
    expect(domain.disk).toHaveLength(2);
  });

  test("seeds cloud-init with hostname, user, keys and a static address matched by MAC", () => {
    const [seed] = only(build(), "libvirt_cloudinit_disk");
    expect(seed.user_data).toContain("#cloud-config\nhostname: vm1\n");
    expect(seed.user_data).toContain("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExample user@host");
    expect(seed.meta_data).toMatch(/^instance-id: vm1-[0-9a-f]{16}\nlocal-hostname: vm1\n$/);
    expect(seed.network_config).toContain("macaddress: 52:54:00:00:00:20");
    expect(seed.network_config).toContain("- 10.40.0.20/24");
    expect(seed.network_config).toContain("gateway4: 10.40.0.1");
  });

  test("writes the user's authorized_keys whole, late in the boot, so a key taken out of sshKeys stops logging in", () => {
    // cloud-init's users-groups only adds keys to authorized_keys (a real Debian 12
    // guest kept the old key after a new seed; __tests__/e2e/cloud-init-guest.e2e.test.ts).
    const keys = ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExample user@host", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAINewKey other@host"];
    const doc = parse(only(build({ cloudInit: { user: "debian", sshKeys: keys } }), "libvirt_cloudinit_disk")[0].user_data);
    expect(doc.users[0].ssh_authorized_keys).toEqual(keys);
    expect(doc.write_files).toEqual([{
      path: "/home/debian/.ssh/authorized_keys", owner: "debian:debian", permissions: "0600", defer: true,
      content: `${keys[0]}\n${keys[1]}\n`,
    }]);
    // No user: the keys go to the image's default user, whose home the seed does not know.
    const noUser = parse(only(build({ cloudInit: { sshKeys: keys } }), "libvirt_cloudinit_disk")[0].user_data);
    expect(noUser.ssh_authorized_keys).toEqual(keys);
    expect(noUser.write_files).toBeUndefined();
  });

  test("gives the seed an instance id that changes with any edit of the seed, so cloud-init applies it", () => {
    const iid = (extra = {}) => /instance-id: (\S+)/.exec(only(build(extra), "libvirt_cloudinit_disk")[0].meta_data)![1];
    const first = iid();
    expect(iid()).toBe(first); // stable across synths: no re-run at each boot
    const newKey = iid({ cloudInit: { user: "debian", sshKeys: ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAINewKey user@host"], nameservers: ["10.40.0.1"] } });
    const movedJson = synth((stack, host) => {
      const net = new BridgedNetwork(stack, "lan", { host, bridgeName: "hlbr0", cidr: "10.40.0.0/24" });
      new KvmGuest(stack, "vm", {
        host, name: "vm1", cpus: 2, memoryMiB: 1024, bootImage: "/srv/images/debian.qcow2", bootDiskSizeGiB: 8, disks: [{ sizeGiB: 4, format: "raw" }],
        nics: [{ network: net, address: "10.40.0.21", mac: "52:54:00:00:00:20" }],
        cloudInit: { user: "debian", sshKeys: ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExample user@host"], nameservers: ["10.40.0.1"] },
      });
    });
    const moved = /instance-id: (\S+)/.exec(only(movedJson, "libvirt_cloudinit_disk")[0].meta_data)![1];
    expect(new Set([first, newKey, moved]).size).toBe(3);
  });

  test("writes one default route for a guest with NICs on two bridges, and nameservers on its DHCP NIC too", () => {
    const json = synth((stack, host) => {
      const lan = new BridgedNetwork(stack, "lan", { host, bridgeName: "hlbr0", cidr: "10.40.0.0/24" });
      const back = new BridgedNetwork(stack, "back", { host, bridgeName: "hlbr1", cidr: "10.41.0.0/24",
        dhcp: { rangeStart: "10.41.0.100", rangeEnd: "10.41.0.199" } });
      new KvmGuest(stack, "vm", {
        host, name: "vm1", bootImage: "/srv/images/debian.qcow2",
        nics: [{ network: lan, address: "10.40.0.20", mac: "52:54:00:00:00:20" }, { network: back, dhcp: true, mac: "52:54:00:00:00:21" }],
        cloudInit: { user: "debian", nameservers: ["10.40.0.1"] },
      });
    });
    const config = parse(only(json, "libvirt_cloudinit_disk")[0].network_config);
    // gateway4: the one form every cloud-init takes (22.4, Debian 12's, rejects
    // `routes: [{ to: default }]` and then applies no network config at all).
    expect(config.ethernets.eth0.gateway4).toBe("10.40.0.1");
    expect(config.ethernets.eth0.routes).toBeUndefined();
    expect(config.ethernets.eth1).toEqual({ match: { macaddress: "52:54:00:00:00:21" }, "set-name": "eth1", dhcp4: true,
      nameservers: { addresses: ["10.40.0.1"], search: [] } });
    expect(JSON.stringify(config).match(/"gateway4"/g)).toHaveLength(1);
    expect(JSON.stringify(config)).not.toContain("routes");
    // The DHCP server gives the second NIC no router.
    expect(only(json, "hyperlab_dhcp")[0].reservations).toEqual([{ mac: "52:54:00:00:00:21", hostname: "vm1", default_route: false }]);
  });

  test("adds the provider and one storage pool per host, pinned in required_providers", () => {
    const json = build();
    expect(json.provider!.libvirt).toEqual([{ uri: "qemu:///system" }]);
    expect(only(json, "libvirt_pool")).toEqual([
      expect.objectContaining({ name: "hyperlab", type: "dir", target: { path: "/var/lib/hyperlab/pool" } }),
    ]);
    expect(json.terraform.required_providers!.libvirt).toEqual({ source: "dmacvicar/libvirt", version: "0.8.3" });
  });

  test("boots a kernel directly, its command line in the provider's read-back form (sorted, bare tokens last)", () => {
    const json = build({
      bootImage: undefined, bootDiskSizeGiB: undefined, disks: [], cloudInit: undefined,
      kernelBoot: { kernel: "/boot/vmlinuz", initrd: "/boot/initrd.img", cmdline: "quiet console=ttyS0 hyperlab.x=1 console=tty0 ro" },
    });
    const [domain] = only(json, "libvirt_domain");
    expect(domain.kernel).toBe("/boot/vmlinuz");
    expect(domain.initrd).toBe("/boot/initrd.img");
    expect(domain.cmdline).toEqual([
      { console: "tty0" },
      // No cloud-init: the NIC's static address reaches the kernel as its standard ip=.
      { console: "ttyS0", "hyperlab.x": "1", ip: "10.40.0.20::10.40.0.1:255.255.255.0:vm1:eth0:off" },
      { _: "quiet ro" },
    ]);
    expect(domain.disk).toBeUndefined();
  });

  test("runs under software emulation when asked (libvirt domain type qemu)", () => {
    const [domain] = only(build({ accelerator: "tcg" }), "libvirt_domain");
    expect(domain.type).toBe("qemu");
  });

  test.each([
    ["an unknown accelerator", { accelerator: "hvf" }, `test/vm: accelerator "hvf" is invalid: expected one of 'kvm', 'tcg'`],
    ["nothing to boot", { bootImage: undefined, bootDiskSizeGiB: undefined }, "test/vm: give bootImage, kernelBoot or both"],
    ["a name with command substitution", { name: "$(reboot)" }, 'test/vm: name "$(reboot)" is invalid: a guest name is a DNS label'],
    ["an image path with a newline", { bootImage: "/srv/x.qcow2\nrm -rf /" }, 'test/vm: bootImage "/srv/x.qcow2\\nrm -rf /" is invalid'],
    ["zero CPUs", { cpus: 0 }, "test/vm: cpus 0 is invalid: expected an integer from 1 to 256"],
    ["a fractional memory size", { memoryMiB: 512.5 }, "test/vm: memoryMiB 512.5 is invalid"],
    ["a disk of 0 GiB", { disks: [{ sizeGiB: 0 }] }, "test/vm: disks[0].sizeGiB 0 is invalid: expected an integer from 1 to 65536 GiB"],
    ["a malformed SSH key", { cloudInit: { sshKeys: ["ssh-ed25519 AAAA\nrunme"] } }, "test/vm: cloudInit.sshKeys[0]"],
    ["a kernel cmdline token with a quote", { kernelBoot: { kernel: "/boot/vmlinuz", cmdline: "init='/bin/sh'" } }, "test/vm: kernelBoot.cmdline"],
  ])("refuses %s", (_n, override: any, message) => {
    expect(synthError((stack, host) => {
      const lan = new BridgedNetwork(stack, "lan", { host, bridgeName: "hlbr0", cidr: "10.40.0.0/24" });
      new KvmGuest(stack, "vm", { host, name: "vm1", bootImage: "/srv/images/debian.qcow2", nics: [{ network: lan }], ...override });
    })).toContain(message);
  });

  test("puts a NIC on a TAP the stack made: declared by MAC, completed by XSLT, created after the TAP", () => {
    const json = synth((stack, host) => {
      const lan = new BridgedNetwork(stack, "lan", { host, bridgeName: "hlbr0", cidr: "10.40.0.0/24" });
      const tap = new TapInterface(stack, "tap", { network: lan, name: "hltap0" });
      new KvmGuest(stack, "vm", { host, name: "vm1", bootImage: "/srv/a.qcow2", nics: [{ network: lan, tap, mac: "52:54:00:00:00:30" }] });
    });
    const [domain] = only(json, "libvirt_domain");
    expect(domain.network_interface).toEqual([{ mac: "52:54:00:00:00:30" }]);
    expect(domain.xml.xslt).toContain(`<xsl:template match="/domain/devices/interface[mac/@address='52:54:00:00:00:30']">`);
    expect(domain.xml.xslt).toContain('<target dev="hltap0" managed="no"/>');
    expect(domain.depends_on.some((d: string) => d.startsWith("hyperlab_tap."))).toBe(true);
  });

  test.each([
    ["a TAP on another bridge", "other", "is on test/lan2, not on nics[0].network test/lan"],
    ["a multi-queue TAP", "mq", "is multi-queue; libvirt opens a TAP for a single-queue NIC here"],
    ["one TAP for two NICs", "twice", "test/vm: nics[1].tap \"test/tap\" is invalid: TAP device used by a guest NIC must be unique within the app, but test/vm nics[0].tap already uses it"],
  ])("refuses %s", (_n, kind, message) => {
    expect(synthError((stack, host) => {
      const lan = new BridgedNetwork(stack, "lan", { host, bridgeName: "hlbr0", cidr: "10.40.0.0/24" });
      const lan2 = new BridgedNetwork(stack, "lan2", { host, bridgeName: "hlbr1", cidr: "10.41.0.0/24" });
      const tap = new TapInterface(stack, "tap", { network: kind === "other" ? lan2 : lan, name: "hltap0", multiQueue: kind === "mq" });
      const nics = kind === "twice" ? [{ network: lan, tap }, { network: lan, tap }] : [{ network: lan, tap }];
      new KvmGuest(stack, "vm", { host, name: "vm1", bootImage: "/srv/a.qcow2", nics });
    })).toContain(message);
  });

  test("refuses KVM guests on two LinuxHosts of one stack (one libvirt provider configuration per stack)", () => {
    expect(synthError((stack, host) => {
      const other = new (host.constructor as any)(stack, "other", { libvirtUri: "qemu+ssh://root@hv2/system" });
      new KvmGuest(stack, "a", { host, name: "a", bootImage: "/srv/a.qcow2" });
      new KvmGuest(stack, "b", { host: other, name: "b", bootImage: "/srv/a.qcow2" });
    })).toBe("test/other: only one LinuxHost per stack can host KVM guests (one libvirt provider configuration per stack) " +
      "and test/host already does; put these guests in a stack of their own");
  });

  test("refuses a NIC on another host, and a host in a network namespace", () => {
    expect(synthError((stack, host) => {
      const other = new (host.constructor as any)(stack, "other", { netns: "elsewhere" });
      const lan = new BridgedNetwork(stack, "lan", { host: other, bridgeName: "hlbr0", cidr: "10.40.0.0/24" });
      new KvmGuest(stack, "vm", { host, name: "vm1", bootImage: "/srv/a.qcow2", nics: [{ network: lan }] });
    })).toBe("test/vm: nics[0].network test/lan is on another host than test/host");
    expect(synthError((stack) => {
      const nsHost = new (require("../constructs").LinuxHost)(stack, "ns", { netns: "lab" });
      new KvmGuest(stack, "vm", { host: nsHost, name: "vm1", bootImage: "/srv/a.qcow2" });
    })).toContain("test/ns: KVM guests need libvirtd's network namespace");
  });
});
