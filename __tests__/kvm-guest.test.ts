import { Construct } from "constructs";
import { parse } from "yaml";
import { BridgedNetwork, KvmGuest, LinuxHost, TapInterface } from "../constructs";
import { only, readAsCloudInit, synth, synthError, SynthJson } from "./support/synth";

const KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExample user@host";
const GIB = 2 ** 30;
/** The owner marks the provider takes (OwnerMark in provider/internal/validate/validators.go). */
const OWNER_MARK = /^[A-Za-z0-9][A-Za-z0-9_.:/@+-]{0,254}$/;

const lan = (stack: Construct, host: LinuxHost) => new BridgedNetwork(stack, "lan", { host, bridgeName: "hlbr0", cidr: "10.40.0.0/24" });
const domainOf = (json: SynthJson) => only(json, "hyperlab_kvm_domain")[0];
const seedOf = (json: SynthJson) => only(json, "hyperlab_kvm_seed")[0];
/** The Terraform address (type.name) of the one resource of `type` whose name has `part`. */
const addressOf = (json: SynthJson, type: string, part: string) => `${type}.${Object.keys(json.resource[type]).find((k) => k.includes(part))}`;

describe("KvmGuest on a LinuxHost (hyperlab_kvm_domain, _volume, _seed)", () => {
  const build = (extra = {}) =>
    synth((stack, host) => {
      new KvmGuest(stack, "vm", {
        host, name: "vm1", cpus: 2, memoryMiB: 1024, bootImage: "/srv/images/debian.qcow2", bootDiskSizeGiB: 8,
        disks: [{ sizeGiB: 4, format: "raw" }],
        nics: [{ network: lan(stack, host), address: "10.40.0.20", mac: "52:54:00:00:00:20" }],
        cloudInit: { user: "debian", sshKeys: [KEY], nameservers: ["10.40.0.1"] },
        ...extra,
      });
    });

  test("makes a domain on the host's libvirtd with its CPUs, memory, defaults, and its NIC on the bridge", () => {
    const domain = domainOf(build());
    expect(domain).toMatchObject({
      uri: "qemu:///system", name: "vm1", type: "kvm", vcpus: 2, memory_mib: 1024, running: true, autostart: true, agent: false,
      cpu_mode: "host-passthrough", machine: "pc", firmware: "bios", graphics: "none", shutdown_timeout_seconds: 60,
      nics: [{ bridge: "hlbr0", mac: "52:54:00:00:00:20", model: "virtio" }],
    });
    // No wait unless asked: the deploy returns once the guest is started.
    expect(domain.wait_for).toBeUndefined();
    expect(domain.depends_on).toEqual([expect.stringMatching(/^hyperlab_bridge\.lan_bridge_/)]);
  });

  test("synthesizes the project's own resources only: no libvirt provider, pool or libvirt_* resource", () => {
    const json = build();
    expect(Object.keys(json.resource).sort()).toEqual(["hyperlab_bridge", "hyperlab_kvm_domain", "hyperlab_kvm_seed", "hyperlab_kvm_volume"]);
    expect(Object.keys(json.provider ?? {})).toEqual(["hyperlab"]);
    expect(Object.keys(json.terraform.required_providers ?? {})).toEqual(["hyperlab"]);
    expect(JSON.stringify(json)).not.toMatch(/libvirt_|dmacvicar/);
  });

  test("copies the boot image into the guest's own directory as qcow2 grown to bootDiskSizeGiB, beside a raw data disk", () => {
    const volumes = only(build(), "hyperlab_kvm_volume");
    // One volume per disk: the copy is the boot disk (no separate base volume under it).
    expect(volumes.map((v) => [v.path, v.format, v.size_bytes, v.source])).toEqual([
      ["/var/lib/hyperlab/pool/vm1/boot.qcow2", "qcow2", 8 * GIB, "/srv/images/debian.qcow2"],
      ["/var/lib/hyperlab/pool/vm1/disk0.raw", "raw", 4 * GIB, undefined],
    ]);
    expect(volumes.some((v) => "backing_path" in v)).toBe(false);
  });

  test("without bootDiskSizeGiB the boot disk keeps the image's own size; an http(s) image URL is the source as written", () => {
    const url = "https://cloud.debian.org/images/cloud/bookworm/latest/debian-12-genericcloud-amd64.qcow2?mirror=1#x";
    const [boot] = only(build({ bootImage: url, bootDiskSizeGiB: undefined, disks: [] }), "hyperlab_kvm_volume");
    expect(boot).toEqual(expect.objectContaining({ path: "/var/lib/hyperlab/pool/vm1/boot.qcow2", source: url }));
    expect(boot.size_bytes).toBeUndefined();
  });

  test("the domain references its volumes and seed, so it is made after them, and is replaced when one is made again", () => {
    const json = build();
    const domain = domainOf(json);
    const boot = addressOf(json, "hyperlab_kvm_volume", "_boot_");
    const disk0 = addressOf(json, "hyperlab_kvm_volume", "_disk0_");
    expect(domain.disks).toEqual([
      { path: `\${${boot}.path}`, format: `\${${boot}.format}` }, { path: `\${${disk0}.path}`, format: `\${${disk0}.format}` },
    ]);
    expect(domain.seed).toBe(`\${${addressOf(json, "hyperlab_kvm_seed", "_cloudinit_")}.path}`);
    // A running QEMU keeps the old image (and the old bridge's TAP) open: a new one needs the domain started anew.
    expect(domain.lifecycle.replace_triggered_by).toEqual([
      `${addressOf(json, "hyperlab_bridge", "lan")}.ifindex`, `${boot}.id`, `${disk0}.id`,
    ]);
  });

  test("seeds cloud-init in the guest's directory with hostname, user, keys and a static address matched by MAC", () => {
    const seed = seedOf(build());
    expect(seed.path).toBe("/var/lib/hyperlab/pool/vm1/seed.iso");
    expect(seed.user_data).toMatch(/^#cloud-config\n/);
    const user = readAsCloudInit(seed.user_data);
    expect(user.hostname).toBe("vm1");
    expect(user.users[0].ssh_authorized_keys).toEqual([KEY]);
    expect(seed.meta_data).toMatch(/^instance-id: "vm1-[0-9a-f]{16}"\nlocal-hostname: "vm1"\n$/);
    const eth = Object.values<any>(readAsCloudInit(seed.network_config).ethernets)[0];
    expect(eth).toMatchObject({ match: { macaddress: "52:54:00:00:00:20" }, addresses: ["10.40.0.20/24"], gateway4: "10.40.0.1" });
  });

  // cloud-init reads YAML 1.1, where these plain words are booleans, numbers,
  // dates or null, and a MAC a base-60 integer: each must read back as written.
  test.each(["no", "on", "off", "yes", "y", "n", "true", "null", "0b101", "0x1f", "1e3", "2001-01-01", "12-30"])(
    "a guest named %s is that string to cloud-init, in the user data and the meta data", (name) => {
      const seed = seedOf(build({ name, nics: [] }));
      expect(readAsCloudInit(seed.user_data).hostname).toBe(name);
      expect(readAsCloudInit(seed.meta_data)["local-hostname"]).toBe(name);
    });

  test("MACs, addresses and search domains are strings to cloud-init", () => {
    const seed = seedOf(build({ cloudInit: { user: "on", sshKeys: [KEY], nameservers: ["10.40.0.1"], searchDomains: ["no", "on.example"] } }));
    const user = readAsCloudInit(seed.user_data);
    expect(user.users[0].name).toBe("on");
    const eth = Object.values<any>(readAsCloudInit(seed.network_config).ethernets)[0];
    expect(eth.match.macaddress).toBe("52:54:00:00:00:20");
    expect(eth.nameservers).toEqual({ addresses: ["10.40.0.1"], search: ["no", "on.example"] });
  });

  test("no cloudInit, no seed: the domain has none attached", () => {
    const json = build({ cloudInit: undefined, nics: [] });
    expect(only(json, "hyperlab_kvm_seed")).toEqual([]);
    expect(domainOf(json).seed).toBeUndefined();
  });

  test("writes the user's authorized_keys whole, late in the boot, so a key taken out of sshKeys stops logging in", () => {
    // cloud-init's users-groups only adds keys to authorized_keys (a real Debian 12
    // guest kept the old key after a new seed; __tests__/e2e/cloud-init-guest.e2e.test.ts).
    const keys = [KEY, "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAINewKey other@host"];
    const doc = parse(seedOf(build({ cloudInit: { user: "debian", sshKeys: keys } })).user_data);
    expect(doc.users[0].ssh_authorized_keys).toEqual(keys);
    expect(doc.write_files).toEqual([{
      path: "/home/debian/.ssh/authorized_keys", owner: "debian:debian", permissions: "0600", defer: true,
      content: `${keys[0]}\n${keys[1]}\n`,
    }]);
    // No user: the keys go to the image's default user, whose home the seed does not know.
    const noUser = parse(seedOf(build({ cloudInit: { sshKeys: keys } })).user_data);
    expect(noUser.ssh_authorized_keys).toEqual(keys);
    expect(noUser.write_files).toBeUndefined();
  });

  test("gives the seed an instance id that changes with any edit of the seed, so cloud-init applies it", () => {
    const iid = (json: SynthJson) => /instance-id: (\S+)/.exec(seedOf(json).meta_data)![1];
    const first = iid(build());
    expect(iid(build())).toBe(first); // stable across synths: no re-run at each boot
    const newKey = iid(build({ cloudInit: { user: "debian", sshKeys: ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAINewKey user@host"], nameservers: ["10.40.0.1"] } }));
    const moved = iid(synth((stack, host) => {
      new KvmGuest(stack, "vm", {
        host, name: "vm1", cpus: 2, memoryMiB: 1024, bootImage: "/srv/images/debian.qcow2", bootDiskSizeGiB: 8, disks: [{ sizeGiB: 4, format: "raw" }],
        nics: [{ network: lan(stack, host), address: "10.40.0.21", mac: "52:54:00:00:00:20" }],
        cloudInit: { user: "debian", sshKeys: [KEY], nameservers: ["10.40.0.1"] },
      });
    }));
    expect(new Set([first, newKey, moved]).size).toBe(3);
  });

  test("writes one default route for a guest with NICs on two bridges, and nameservers on its DHCP NIC too", () => {
    const json = synth((stack, host) => {
      const back = new BridgedNetwork(stack, "back", { host, bridgeName: "hlbr1", cidr: "10.41.0.0/24",
        dhcp: { rangeStart: "10.41.0.100", rangeEnd: "10.41.0.199" } });
      new KvmGuest(stack, "vm", {
        host, name: "vm1", bootImage: "/srv/images/debian.qcow2",
        nics: [{ network: lan(stack, host), address: "10.40.0.20", mac: "52:54:00:00:00:20" }, { network: back, dhcp: true, mac: "52:54:00:00:00:21" }],
        cloudInit: { user: "debian", nameservers: ["10.40.0.1"] },
      });
    });
    const config = parse(seedOf(json).network_config);
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

  test("a MAC given in upper case reaches the domain and the seed in lower case, as libvirt gives it back", () => {
    const upper = synth((stack, host) => {
      new KvmGuest(stack, "vm", { host, name: "vm1", bootImage: "/srv/a.qcow2", cloudInit: {},
        nics: [{ network: lan(stack, host), address: "10.40.0.20", mac: "52:54:00:AB:CD:EF" }] });
    });
    expect(domainOf(upper).nics[0].mac).toBe("52:54:00:ab:cd:ef");
    expect(Object.values<any>(readAsCloudInit(seedOf(upper).network_config).ethernets)[0].match.macaddress).toBe("52:54:00:ab:cd:ef");
    expect(JSON.stringify(upper)).not.toContain("AB:CD:EF");
  });

  test("boots a kernel directly, its command line one string in the order written, the NIC's ip= appended last", () => {
    const json = build({
      bootImage: undefined, bootDiskSizeGiB: undefined, disks: [], cloudInit: undefined,
      kernelBoot: { kernel: "/boot/vmlinuz", initrd: "/boot/initrd.img", cmdline: "quiet  console=ttyS0 hyperlab.x=1\tconsole=tty0 ro" },
    });
    const domain = domainOf(json);
    expect([domain.kernel, domain.initrd]).toEqual(["/boot/vmlinuz", "/boot/initrd.img"]);
    // Order matters to the kernel (the last console= is /dev/console): tokens are kept as written, spaces collapsed.
    // No cloud-init: the NIC's static address reaches the kernel as its standard ip=.
    expect(domain.cmdline).toBe("quiet console=ttyS0 hyperlab.x=1 console=tty0 ro ip=10.40.0.20::10.40.0.1:255.255.255.0:vm1:eth0:off");
    expect(domain.disks).toBeUndefined();
    expect(only(json, "hyperlab_kvm_volume")).toEqual([]);
  });

  test("a kernel without a command line or a static NIC has no cmdline at all", () => {
    const domain = domainOf(build({ bootImage: undefined, bootDiskSizeGiB: undefined, disks: [], cloudInit: undefined, nics: [],
      kernelBoot: { kernel: "/boot/vmlinuz" } }));
    expect(domain.cmdline).toBeUndefined();
    expect(domain.initrd).toBeUndefined();
  });

  test("runs under software emulation when asked (libvirt domain type qemu)", () => {
    expect(domainOf(build({ accelerator: "tcg" }))).toMatchObject({ type: "qemu", cpu_mode: "maximum" });
  });

  test.each([
    ["an unknown accelerator", { accelerator: "hvf" }, `test/vm: accelerator "hvf" is invalid: expected one of 'kvm', 'tcg'`],
    ["nothing to boot", { bootImage: undefined, bootDiskSizeGiB: undefined }, "test/vm: give bootImage, kernelBoot or both"],
    ["a boot disk size without an image", { bootImage: undefined, kernelBoot: { kernel: "/k" }, bootDiskSizeGiB: 8 }, "test/vm: bootDiskSizeGiB needs bootImage"],
    ["a name with command substitution", { name: "$(reboot)" }, 'test/vm: name "$(reboot)" is invalid: a guest name is a DNS label'],
    ["an image path with a newline", { bootImage: "/srv/x.qcow2\nrm -rf /" }, 'test/vm: bootImage "/srv/x.qcow2\\nrm -rf /" is invalid'],
    ["an ftp image URL", { bootImage: "ftp://mirror.example.org/debian.qcow2" }, 'test/vm: bootImage "ftp://mirror.example.org/debian.qcow2" is invalid'],
    ["zero CPUs", { cpus: 0 }, "test/vm: cpus 0 is invalid: expected an integer from 1 to 256"],
    ["a fractional memory size", { memoryMiB: 512.5 }, "test/vm: memoryMiB 512.5 is invalid"],
    ["a disk of 0 GiB", { disks: [{ sizeGiB: 0 }] }, "test/vm: disks[0].sizeGiB 0 is invalid: expected an integer from 1 to 65536 GiB"],
    ["a vmdk data disk", { disks: [{ sizeGiB: 1, format: "vmdk" }] }, `test/vm: disks[0].format "vmdk" is invalid: expected one of 'qcow2', 'raw'`],
    ["a malformed SSH key", { cloudInit: { sshKeys: ["ssh-ed25519 AAAA\nrunme"] } }, "test/vm: cloudInit.sshKeys[0]"],
    ["a kernel cmdline token with a quote", { kernelBoot: { kernel: "/boot/vmlinuz", cmdline: "init='/bin/sh'" } }, "test/vm: kernelBoot.cmdline"],
    ["an unknown NIC model", { nics: [{ model: "rtl8139" }] }, `test/vm: nics[0].model "rtl8139" is invalid: expected one of 'virtio', 'e1000'`],
  ])("refuses %s", (_n, override: any, message) => {
    expect(synthError((stack, host) => {
      const net = lan(stack, host);
      const nics = override.nics?.map((n: object) => ({ network: net, ...n })) ?? [{ network: net }];
      new KvmGuest(stack, "vm", { host, name: "vm1", bootImage: "/srv/images/debian.qcow2", ...override, nics });
    })).toContain(message);
  });

  test("an e1000 NIC, for guests without virtio drivers", () => {
    const json = synth((stack, host) => {
      const net = lan(stack, host);
      new KvmGuest(stack, "vm", { host, name: "vm1", bootImage: "/srv/a.qcow2",
        nics: [{ network: net, mac: "52:54:00:00:00:40", model: "e1000" }, { network: net, mac: "52:54:00:00:00:41" }] });
    });
    expect(domainOf(json).nics).toEqual([
      { bridge: "hlbr0", mac: "52:54:00:00:00:40", model: "e1000" }, { bridge: "hlbr0", mac: "52:54:00:00:00:41", model: "virtio" },
    ]);
  });

  test("puts a NIC on a TAP the stack made: the TAP by name and no bridge, made after the TAP and replaced with it", () => {
    const json = synth((stack, host) => {
      const net = lan(stack, host);
      const tap = new TapInterface(stack, "tap", { network: net, name: "hltap0" });
      new KvmGuest(stack, "vm", { host, name: "vm1", bootImage: "/srv/a.qcow2", nics: [{ network: net, tap, mac: "52:54:00:00:00:30" }] });
    });
    const domain = domainOf(json);
    expect(domain.nics).toEqual([{ tap: "hltap0", mac: "52:54:00:00:00:30", model: "virtio" }]);
    const tap = addressOf(json, "hyperlab_tap", "tap");
    expect(domain.depends_on).toContain(tap);
    expect(domain.lifecycle.replace_triggered_by).toContain(`${tap}.id`);
  });

  test.each([
    ["a TAP on another bridge", "other", "is on test/lan2, not on nics[0].network test/lan"],
    ["a multi-queue TAP", "mq", "is multi-queue; libvirt opens a TAP for a single-queue NIC here"],
    ["one TAP for two NICs", "twice", "test/vm: nics[1].tap \"test/tap\" is invalid: TAP device used by a guest NIC must be unique within the app, but test/vm nics[0].tap already uses it"],
  ])("refuses %s", (_n, kind, message) => {
    expect(synthError((stack, host) => {
      const net = lan(stack, host);
      const lan2 = new BridgedNetwork(stack, "lan2", { host, bridgeName: "hlbr1", cidr: "10.41.0.0/24" });
      const tap = new TapInterface(stack, "tap", { network: kind === "other" ? lan2 : net, name: "hltap0", multiQueue: kind === "mq" });
      const nics = kind === "twice" ? [{ network: net, tap }, { network: net, tap }] : [{ network: net, tap }];
      new KvmGuest(stack, "vm", { host, name: "vm1", bootImage: "/srv/a.qcow2", nics });
    })).toContain(message);
  });
});

describe("KvmGuest: the hosts that take it", () => {
  test("two LinuxHosts of one stack both host guests, each on its own libvirtd and in its own directory", () => {
    const json = synth((stack, host) => {
      const session = new LinuxHost(stack, "session", { libvirtUri: "qemu:///session", storagePoolPath: "/home/me/pool" });
      new KvmGuest(stack, "a", { host, name: "web", bootImage: "/srv/a.qcow2" });
      // Guest names are per libvirtd: the same name on the other one is another domain.
      new KvmGuest(stack, "b", { host: session, name: "web", bootImage: "/srv/a.qcow2" });
    });
    expect(only(json, "hyperlab_kvm_domain").map((d) => [d.uri, d.name])).toEqual([["qemu:///system", "web"], ["qemu:///session", "web"]]);
    expect(only(json, "hyperlab_kvm_volume").map((v) => v.path)).toEqual(["/var/lib/hyperlab/pool/web/boot.qcow2", "/home/me/pool/web/boot.qcow2"]);
  });

  test("one guest directory for two guests is refused, however storagePoolPath is spelt", () => {
    expect(synthError((stack, host) => {
      const session = new LinuxHost(stack, "session", { libvirtUri: "qemu:///session", storagePoolPath: "/var/lib//hyperlab/pool/" });
      new KvmGuest(stack, "a", { host, name: "web", bootImage: "/srv/a.qcow2" });
      new KvmGuest(stack, "b", { host: session, name: "web", bootImage: "/srv/a.qcow2" });
    })).toBe('test/b: name "/var/lib/hyperlab/pool/web" is invalid: KVM guest image directory must be unique within the app, ' +
      "but test/a name already uses it");
  });

  test("one guest name twice on one libvirtd is refused", () => {
    expect(synthError((stack, host) => {
      const other = new LinuxHost(stack, "other", { storagePoolPath: "/srv/pool2" });
      new KvmGuest(stack, "a", { host, name: "web", bootImage: "/srv/a.qcow2" });
      new KvmGuest(stack, "b", { host: other, name: "web", bootImage: "/srv/a.qcow2" });
    })).toBe('test/b: name "web" is invalid: KVM guest name on the system libvirtd of this machine must be unique within the app, but test/a name already uses it');
  });

  test.each(["qemu:///session", "qemu+unix:///system", "qemu+unix:///system?socket=/run/libvirt/libvirt-sock"])(
    "a local libvirtUri %s is the domain's uri as written", (uri) => {
      const json = synth((stack, host) => new KvmGuest(stack, "vm", { host, name: "vm1", bootImage: "/srv/a.qcow2" }), { libvirtUri: uri });
      expect(domainOf(json).uri).toBe(uri);
    });

  test.each(["qemu+ssh://root@kvm1.example.org/system", "qemu+tcp://[fd00::1]:16509/system", "qemu+tls://kvm1.example.org/system"])(
    "a LinuxHost on the remote libvirtd %s refuses a KvmGuest: the provider writes the images where the engine runs", (uri) => {
      expect(synthError((stack) => {
        const remote = new LinuxHost(stack, "remote", { libvirtUri: uri });
        new KvmGuest(stack, "vm", { host: remote, name: "vm1", bootImage: "/srv/a.qcow2" });
      })).toBe(`test/vm: test/remote has libvirtUri ${uri}: KVM guests are made on a libvirtd where the provider runs ` +
        "(qemu:///system or qemu:///session), as it writes their disk images and seeds beside it; for another machine, " +
        "give its LinuxHost ssh, and the provider runs there");
    });

  test("a LinuxHost with netns refuses a KvmGuest: libvirtd's bridges are in its own namespace", () => {
    expect(synthError((stack) => {
      const ns = new LinuxHost(stack, "ns", { netns: "lab" });
      new KvmGuest(stack, "vm", { host: ns, name: "vm1", bootImage: "/srv/a.qcow2" });
    })).toBe("test/vm: test/ns has netns lab, and KVM guests join bridges in libvirtd's own network namespace: " +
      "put the guest on a LinuxHost without netns");
  });

  test("refuses a NIC on a network of another host", () => {
    expect(synthError((stack, host) => {
      const other = new LinuxHost(stack, "other", { netns: "elsewhere" });
      const net = new BridgedNetwork(stack, "lan", { host: other, bridgeName: "hlbr0", cidr: "10.40.0.0/24" });
      new KvmGuest(stack, "vm", { host, name: "vm1", bootImage: "/srv/a.qcow2", nics: [{ network: net }] });
    })).toBe("test/vm: nics[0].network test/lan is on another host than test/host");
  });

  test("a proxmox prop on a LinuxHost is refused, saying it is a ProxmoxNode guest's", () => {
    expect(synthError((stack, host) => new KvmGuest(stack, "vm", {
      host, name: "vm1", bootImage: "/srv/a.qcow2", proxmox: { clone: { template: "debian-12-ci" } },
    }))).toBe("test/vm: proxmox does not apply on a LinuxHost: it holds what only a guest on a ProxmoxNode has (template, storage, VMID)");
  });

});

describe("KvmGuest: CPU mode, machine, firmware, display and shutdown", () => {
  const domain = (extra: object) => domainOf(synth((stack, host) =>
    new KvmGuest(stack, "vm", { host, name: "vm1", bootImage: "/srv/a.qcow2", ...extra } as any)));
  const error = (extra: object) => synthError((stack, host) =>
    new KvmGuest(stack, "vm", { host, name: "vm1", bootImage: "/srv/a.qcow2", ...extra } as any));

  test("cpuMode defaults to host-passthrough with KVM and to maximum with TCG; host-model is taken with KVM", () => {
    expect(domain({}).cpu_mode).toBe("host-passthrough");
    expect(domain({ accelerator: "tcg" }).cpu_mode).toBe("maximum");
    expect(domain({ cpuMode: "host-model" }).cpu_mode).toBe("host-model");
    expect(domain({ cpuMode: "maximum" }).cpu_mode).toBe("maximum");
  });

  test.each(["host-passthrough", "host-model"])("TCG with cpuMode %s is refused: only KVM hands the host's CPU through", (cpuMode) => {
    expect(error({ accelerator: "tcg", cpuMode })).toBe(`test/vm: cpuMode ${cpuMode} needs KVM: a TCG guest takes "maximum" (everything QEMU emulates)`);
  });

  test("machine, firmware and graphics reach the domain as given", () => {
    expect(domain({ machine: "q35", firmware: "efi", graphics: "vnc" })).toMatchObject({ machine: "q35", firmware: "efi", graphics: "vnc" });
  });

  test.each([
    ["cpuMode", "qemu64", "'host-passthrough', 'host-model', 'maximum'"],
    ["machine", "pc-q35-7.2", "'pc', 'q35'"],
    ["machine", "Q35", "'pc', 'q35'"],
    ["firmware", "uefi", "'bios', 'efi'"],
    ["graphics", "spice", "'none', 'vnc'"],
  ])("%s %j is refused with the construct path and the value", (prop, value, allowed) => {
    expect(error({ [prop]: value })).toBe(`test/vm: ${prop} ${JSON.stringify(value)} is invalid: expected one of ${allowed}`);
  });

  test("shutdownTimeoutSeconds defaults to 60 and takes 0 (power off at once) to 3600", () => {
    expect(domain({}).shutdown_timeout_seconds).toBe(60);
    expect(domain({ shutdownTimeoutSeconds: 0 }).shutdown_timeout_seconds).toBe(0);
    expect(domain({ shutdownTimeoutSeconds: 3600 }).shutdown_timeout_seconds).toBe(3600);
  });

  test.each([[-1], [3601], [1.5], ["60"]])("shutdownTimeoutSeconds %j is refused", (value) => {
    expect(error({ shutdownTimeoutSeconds: value })).toContain(`test/vm: shutdownTimeoutSeconds ${JSON.stringify(value)} is invalid: expected ` +
      (typeof value === "number" ? "an integer from 0 to 3600 s" : "a number"));
  });
});

describe("KvmGuest: waitFor", () => {
  /** Two NICs: the second carries the default route, so it is the one probed by default. */
  const guest = (waitFor: object, extra: object = {}) => (stack: Construct, host: LinuxHost) => {
    const back = new BridgedNetwork(stack, "back", { host, bridgeName: "hlbr1", cidr: "10.41.0.0/24" });
    new KvmGuest(stack, "vm", {
      host, name: "vm1", bootImage: "/srv/a.qcow2", cloudInit: {}, waitFor,
      nics: [{ network: back, address: "10.41.0.20" }, { network: lan(stack, host), address: "10.40.0.20", defaultRoute: true }],
      ...extra,
    } as any);
  };
  const waitFor = (w: object, extra: object = {}) => domainOf(synth(guest(w, extra))).wait_for;

  test("by default it pings the default-route NIC's static address, for up to 300 s", () => {
    expect(waitFor({})).toEqual({ address: "10.40.0.20", timeout_seconds: 300 });
    expect(waitFor({ address: true, timeoutSeconds: 900 })).toEqual({ address: "10.40.0.20", timeout_seconds: 900 });
  });

  test("a tcpPort is probed at that address instead of a ping", () => {
    expect(waitFor({ tcpPort: 22 })).toEqual({ address: "10.40.0.20", tcp_port: 22, timeout_seconds: 300 });
  });

  test("a NIC's DHCP reservation is an address known at synth", () => {
    const json = synth((stack, host) => {
      const net = new BridgedNetwork(stack, "lan", { host, bridgeName: "hlbr0", cidr: "10.40.0.0/24", dhcp: { rangeStart: "10.40.0.100", rangeEnd: "10.40.0.199" } });
      new KvmGuest(stack, "vm", { host, name: "vm1", bootImage: "/srv/a.qcow2", nics: [{ network: net, dhcp: true, address: "10.40.0.30" }], waitFor: { tcpPort: 22 } });
    });
    expect(domainOf(json).wait_for).toEqual({ address: "10.40.0.30", tcp_port: 22, timeout_seconds: 300 });
  });

  test("an explicit address is probed as given, IPv6 in canonical form", () => {
    expect(waitFor({ address: "192.0.2.7", tcpPort: 443 })).toEqual({ address: "192.0.2.7", tcp_port: 443, timeout_seconds: 300 });
    expect(waitFor({ address: "FD42:1:0:0::0010" })).toEqual({ address: "fd42:1::10", timeout_seconds: 300 });
  });

  test("agent alone waits for the guest agent only; with tcpPort, for both", () => {
    expect(waitFor({ agent: true }, { agent: true })).toEqual({ agent: true, timeout_seconds: 300 });
    expect(waitFor({ agent: true, address: false }, { agent: true })).toEqual({ agent: true, timeout_seconds: 300 });
    expect(waitFor({ agent: true, tcpPort: 22 }, { agent: true })).toEqual({ address: "10.40.0.20", tcp_port: 22, agent: true, timeout_seconds: 300 });
  });

  test("cloudInit waits for cloud-init's result through the guest agent, whose channel it turns on; alone it probes no address", () => {
    const json = synth(guest({ cloudInit: true, timeoutSeconds: 1200 }));
    expect(domainOf(json).wait_for).toEqual({ cloud_init: true, timeout_seconds: 1200 });
    expect(domainOf(json).agent).toBe(true);
    expect(waitFor({ cloudInit: true, tcpPort: 22 })).toEqual({ address: "10.40.0.20", tcp_port: 22, cloud_init: true, timeout_seconds: 300 });
    expect(domainOf(synth(guest({ cloudInit: true }, { agent: true }))).agent).toBe(true);
    expect(domainOf(synth(guest({ cloudInit: false, tcpPort: 22 }))).agent).toBe(false);
  });

  test("waitFor.cloudInit is refused with agent: false, without a cloud-init seed, and when not a boolean", () => {
    expect(synthError(guest({ cloudInit: true }, { agent: false })))
      .toBe("test/vm: waitFor.cloudInit reads cloud-init's result through the QEMU guest agent: leave agent unset, or true");
    expect(synthError((stack, host) => new KvmGuest(stack, "vm", { host, name: "vm1", bootImage: "/srv/a.qcow2", waitFor: { cloudInit: true } })))
      .toBe("test/vm: waitFor.cloudInit waits for the cloud-init run of the guest's seed: give cloudInit");
    expect(synthError(guest({ cloudInit: "yes" }))).toMatch(/^test\/vm: waitFor.cloudInit "yes" is invalid/);
  });

  test("waitFor.agent without agent: true is refused: the guest would have no agent channel", () => {
    expect(synthError(guest({ agent: true }))).toBe("test/vm: waitFor.agent needs agent: true (the guest agent's channel)");
  });

  test("no address known at synth (no NIC, or DHCP without a reservation) and no agent wait is refused, naming waitFor", () => {
    const message = "test/vm: waitFor needs an address to probe, and no NIC has one known at synth (static, or a DHCP reservation): " +
      "give waitFor.address, or wait for the guest agent (waitFor.agent)";
    expect(synthError((stack, host) => new KvmGuest(stack, "vm", { host, name: "vm1", bootImage: "/srv/a.qcow2", waitFor: {} }))).toBe(message);
    expect(synthError((stack, host) => {
      const net = new BridgedNetwork(stack, "lan", { host, bridgeName: "hlbr0", cidr: "10.40.0.0/24", dhcp: { rangeStart: "10.40.0.100", rangeEnd: "10.40.0.199" } });
      new KvmGuest(stack, "vm", { host, name: "vm1", bootImage: "/srv/a.qcow2", nics: [{ network: net, dhcp: true }], waitFor: { tcpPort: 22 } });
    })).toBe(message);
  });

  test("a waitFor that waits for nothing is refused, and so is a tcpPort with the address turned off", () => {
    expect(synthError(guest({ address: false }))).toBe("test/vm: waitFor waits for nothing: give waitFor.address (true for the guest's own), waitFor.agent or waitFor.cloudInit");
    expect(synthError(guest({ address: false, tcpPort: 22 }))).toBe("test/vm: waitFor.tcpPort needs an address to connect to, and waitFor.address is false");
  });

  test.each(["guest.example.org", "10.0.0.1/24", "fe80::1", "fd42::1%eth0", "10.0.0.256", 'x${file("/etc/shadow")}'])(
    "waitFor.address %j is refused: it must be an IP address", (address) => {
      expect(synthError(guest({ address }))).toBe(`test/vm: waitFor.address ${JSON.stringify(address)} is invalid: expected an IPv4 ` +
        "or IPv6 address such as '10.0.3.10' or 'fd42:1::10' (no prefix or zone, not fe80::/10 link-local)");
    });

  test.each([
    [{ address: 1 }, "test/vm: waitFor.address 1 is invalid: true, false, or an IP address"],
    [{ tcpPort: 0 }, "test/vm: waitFor.tcpPort 0 is invalid: expected an integer from 1 to 65535"],
    [{ tcpPort: 65536 }, "test/vm: waitFor.tcpPort 65536 is invalid: expected an integer from 1 to 65535"],
    [{ timeoutSeconds: 0 }, "test/vm: waitFor.timeoutSeconds 0 is invalid: expected an integer from 1 to 86400 s"],
    [{ agent: "yes" }, 'test/vm: waitFor.agent "yes" is invalid: expected true or false'],
  ])("waitFor %j is refused", (w, message) => {
    expect(synthError(guest(w))).toBe(message);
  });
});

describe("KvmGuest: owner marks", () => {
  const twoGuests = () => synth((stack, host) => {
    new KvmGuest(stack, "a", { host, name: "a", bootImage: "/srv/a.qcow2", disks: [{ sizeGiB: 1 }], cloudInit: {} });
    new KvmGuest(stack, "b", { host, name: "b", bootImage: "/srv/a.qcow2", disks: [{ sizeGiB: 1 }], cloudInit: {} });
  });
  const owners = (json: SynthJson) => ["hyperlab_kvm_domain", "hyperlab_kvm_volume", "hyperlab_kvm_seed"]
    .flatMap((type) => only(json, type).map((r) => r.owner as string));

  test("each resource is marked with the stack and its construct's address, the same on every synth", () => {
    const first = owners(twoGuests());
    expect(owners(twoGuests())).toEqual(first);
    const [domainA] = first;
    expect(domainA).toMatch(/^test\/[0-9a-f]{42}$/);
    expect(first).toEqual(expect.arrayContaining([`${domainA}/boot`, `${domainA}/disk0`, `${domainA}/seed`]));
    // The provider refuses an owner outside its pattern at plan: none of these is.
    first.forEach((o) => expect(o).toMatch(OWNER_MARK));
  });

  test("two guests never share a mark, nor do two resources of one guest", () => {
    const all = owners(twoGuests());
    expect(all).toHaveLength(8);
    expect(new Set(all).size).toBe(8);
  });
});
