// Valid input that real users write: accepted, and arriving safely where it lands
// (the Terraform JSON, argv words, libvirt's XML, a .vmx, the cloud-init YAML).
// The dangerous near-misses of each are refused still.
import { TerraformStack, Testing } from "cdktf";
import { parse } from "yaml";
import { Construct } from "constructs";
import { describeValue } from "../constructs/core/errors";
import { BridgedNetwork, KvmGuest, LinuxHost, LxcContainer, ProxmoxNode, VirtualBoxVm, VmnetNetwork, VmwareVm } from "../constructs";
import { Ipv4Network } from "../constructs/core/addresses";
import { only, synth, synthError } from "./support/synth";

const kvm = (stack: Construct, host: LinuxHost, props: Record<string, unknown> = {}) =>
  new KvmGuest(stack, "vm", { host, name: "vm1", bootImage: "/srv/a.qcow2", ...props } as any);
/** The boot disk's hyperlab_kvm_volume, whose source is the bootImage. */
const bootVolume = (json: ReturnType<typeof synth>) => only(json, "hyperlab_kvm_volume").find((v) => v.path.endsWith("/boot.qcow2"));

/** The error building a LinuxHost with `props` throws, or undefined. */
function hostError(props: Record<string, unknown>): string | undefined {
  try {
    // A refusal is kept by the host and thrown at synth (issue 31).
    const stack = new TerraformStack(Testing.app(), "s");
    new LinuxHost(stack, "host", props);
    Testing.synth(stack);
  } catch (err) {
    return (err as Error).message;
  }
  return undefined;
}

describe("libvirtUri: real remote URIs", () => {
  test.each([
    ["a user with a hyphen", "qemu+ssh://ci-runner@kvm1/system"],
    ["sshauth with a comma-separated list of methods", "qemu+ssh://root@kvm1/system?sshauth=agent,privkey"],
    ["an IPv6 ssh host in brackets", "qemu+ssh://root@[2001:db8::10]/system"],
    ["an IPv6 tcp host with a port", "qemu+tcp://[fd00::1]:16509/system"],
    ["a keyfile under ~ and known_hosts", "qemu+ssh://ci-runner@kvm1.example.org:2222/system?keyfile=~/.ssh/id_ed25519&known_hosts=/etc/ssh/known_hosts&sshauth=privkey"],
  ])("%s is accepted and kept as written", (_what, uri) => {
    // A remote libvirtd hosts no KvmGuest of this library (kvm-guest.test.ts); the LinuxHost still takes the URI.
    expect(new LinuxHost(new TerraformStack(Testing.app(), "s"), "host", { libvirtUri: uri }).libvirtUri).toBe(uri);
  });

  test("a local URI with a socket parameter reaches the KVM domain as written", () => {
    const uri = "qemu+unix:///system?socket=/run/libvirt/virtqemud-sock&mode=direct";
    expect(only(synth((stack, host) => kvm(stack, host), { libvirtUri: uri }), "hyperlab_kvm_domain")[0].uri).toBe(uri);
  });

  test.each([
    ["a user starting with '-'", "qemu+ssh://-oProxyCommand=x@kvm1/system"],
    ["a host starting with '-'", "qemu+ssh://ci-runner@-oProxyCommand/system"],
    ["the ext transport", "qemu+ext:///system?command=/bin/sh"],
    ["command=", "qemu+ssh://kvm1/system?command=/bin/sh"],
    ["netcat=", "qemu+ssh://kvm1/system?netcat=/tmp/nc"],
    ["a '..' segment in known_hosts", "qemu+ssh://kvm1/system?known_hosts=/x/../../etc/shadow"],
    ["a '..' segment in keyfile", "qemu+ssh://kvm1/system?keyfile=../id"],
    ["a '..' segment in socket", "qemu+ssh://kvm1/system?socket=/run/../etc/x"],
    ["a '..' segment in pkipath", "qemu+tls://kvm1/system?pkipath=/etc/pki/.."],
    ["an sshauth method read as an option", "qemu+ssh://kvm1/system?sshauth=agent,-oProxyCommand"],
    ["an empty sshauth method", "qemu+ssh://kvm1/system?sshauth=agent,,privkey"],
    ["an IPv6 host without brackets", "qemu+tcp://fd00::1/system"],
    ["an IPv6 host with a zone", "qemu+ssh://root@[fe80::1%25eth0]/system"],
    ["an IPv4 address in brackets", "qemu+ssh://root@[10.0.0.1]/system"],
    ["a bracketed host that is not an address", "qemu+ssh://root@[-oProxyCommand]/system"],
    ["port 0", "qemu+tcp://kvm1:0/system"],
    ["port 65536", "qemu+tcp://kvm1:65536/system"],
    ["shell syntax in a parameter", "qemu+ssh://kvm1/system?keyfile=/x;touch"],
  ])("%s is refused", (_what, uri) => {
    expect(hostError({ libvirtUri: uri })).toBe(`s/host: libvirtUri ${JSON.stringify(uri)} is invalid: expected a libvirt URI such as ` +
      "'qemu:///system', 'qemu+ssh://ci-runner@kvm1/system' or 'qemu+tcp://[fd00::1]:16509/system': driver qemu, transport " +
      "unix/ssh/libssh/libssh2/tls/tcp, a user and host not starting with '-' (an IPv6 host in brackets), a port 1-65535, " +
      "parameters socket, keyfile, known_hosts, known_hosts_verify, no_verify, no_tty, sshauth, pkipath, mode (paths of " +
      "[A-Za-z0-9._/+~-] without '..' segments, sshauth a comma-separated list of methods such as 'agent,privkey')");
  });
});

describe("host paths: the folders and file names users have", () => {
  const HOST_PATH = "an absolute path of up to 4095 bytes of printable characters (letters, digits, punctuation, symbols, " +
    "spaces; no control characters, newline or NUL), each name up to 255 bytes, without '..' segments";

  test("KVM: a boot image and kernel paths with spaces, '~', '@' and non-ASCII letters reach the provider as written", () => {
    const json = synth((stack, host) => kvm(stack, host, {
      bootImage: "/home/josé/VirtualBox VMs/debian~12@2024.qcow2",
      kernelBoot: { kernel: "/srv/boot files/vmlinuz-6.1+deb12", initrd: "/srv/boot files/initrd (1).img" },
    }));
    expect(bootVolume(json).source).toBe("/home/josé/VirtualBox VMs/debian~12@2024.qcow2");
    const [domain] = only(json, "hyperlab_kvm_domain");
    expect([domain.kernel, domain.initrd]).toEqual(["/srv/boot files/vmlinuz-6.1+deb12", "/srv/boot files/initrd (1).img"]);
  });

  test("KVM: '${' and '%{' in kernel paths arrive escaped, never as a template", () => {
    const [domain] = only(synth((stack, host) => kvm(stack, host, { kernelBoot: { kernel: "/srv/${file(\"/etc/shadow\")}", initrd: "/srv/%{ if true }" } })),
      "hyperlab_kvm_domain");
    expect([domain.kernel, domain.initrd]).toEqual(['/srv/$${file("/etc/shadow")}', "/srv/%%{ if true }"]);
  });

  test("KVM: a boot image with '%', '?' or '#' is the source as written: the provider hands qemu-img the path as one argument", () => {
    expect(bootVolume(synth((stack, host) => kvm(stack, host, { bootImage: "/srv/img #2 100%?.qcow2" }))).source).toBe("/srv/img #2 100%?.qcow2");
  });

  test("KVM: '${' and '%{' in a boot image arrive escaped, never as a template", () => {
    expect(bootVolume(synth((stack, host) => kvm(stack, host, { bootImage: "/srv/${path.root}/%{ if true }.qcow2" }))).source)
      .toBe("/srv/$${path.root}/%%{ if true }.qcow2");
  });

  test("LinuxHost: lxcPath and storagePoolPath with spaces reach the container and the guest's files; '${' in the pool's is escaped", () => {
    const json = synth((stack, host) => {
      kvm(stack, host, { cloudInit: {} });
      new LxcContainer(stack, "ct", { host, name: "ct" });
    }, { lxcPath: "/srv/lxc@josé~1", storagePoolPath: "/srv/guest images ${x}" });
    expect(only(json, "hyperlab_lxc_container")[0].lxc_path).toBe("/srv/lxc@josé~1");
    expect(bootVolume(json).path).toBe("/srv/guest images $${x}/vm1/boot.qcow2");
    expect(only(json, "hyperlab_kvm_seed")[0].path).toBe("/srv/guest images $${x}/vm1/seed.iso");
  });

  test.each(["/srv/${x}", "/srv/%{x}", "/srv/lxc containers", "/srv/lxc*", "/srv/lxc?", "/srv/lxc[1]"])(
    "LinuxHost: lxcPath %j is refused (LXC's templates split and glob it; LxcContainer writes it unescaped)", (path) => {
      expect(hostError({ lxcPath: path })).toBe(`s/host: lxcPath ${JSON.stringify(path)} is invalid: ${HOST_PATH}, and without ` +
        "spaces, '*', '?', '[' (LXC's templates expand the path unquoted), '${' or '%{' (LxcContainer writes it unescaped)");
    });

  test("VirtualBox: the default folder 'VirtualBox VMs' and an OVA with spaces; the folder is written cleaned, as it reads back", () => {
    const [vm] = only(synth((stack, host) => new VirtualBoxVm(stack, "vb", {
      host, name: "vb", ova: "/home/josé/Downloads/Debian 12 (x86_64).ova", baseFolder: "/home/josé/VirtualBox VMs//",
    })), "hyperlab_virtualbox_vm");
    expect([vm.ova, vm.base_folder]).toEqual(["/home/josé/Downloads/Debian 12 (x86_64).ova", "/home/josé/VirtualBox VMs"]);
    const [disk] = only(synth((stack, host) => new VirtualBoxVm(stack, "vb", { host, name: "vb", diskImage: "/srv/images/debian~12.vdi" })),
      "hyperlab_virtualbox_vm");
    expect(disk.disk_image).toBe("/srv/images/debian~12.vdi");
  });

  test("VirtualBox: a base folder with '\"' is refused: VBoxManage reads it back escaped", () => {
    expect(synthError((stack, host) => new VirtualBoxVm(stack, "vb", { host, name: "vb", ova: "/a.ova", baseFolder: '/srv/"vms"' })))
      .toBe(`test/vb: baseFolder "/srv/\\"vms\\"" is invalid: ${HOST_PATH}, and without '"' or '\\' (VBoxManage's machine-readable ` +
        "output escapes them, so the folder would read back changed)");
  });

  test("VMware: 'Virtual Machines' folders and disks with spaces reach the .vmx path and disk list as written", () => {
    const [vm] = only(synth((stack, host) => new VmwareVm(stack, "vw", {
      host, name: "vw", baseFolder: "/home/me/vmware/Virtual Machines/", disks: ["/home/me/vmware/Virtual Machines/data disk~1.vmdk"],
    })), "hyperlab_vmware_vm");
    expect([vm.vmx_path, vm.disks]).toEqual(["/home/me/vmware/Virtual Machines/vw/vw.vmx", ["/home/me/vmware/Virtual Machines/data disk~1.vmdk"]]);
  });

  test.each([
    ['a \'"\'', '/srv/"a".vmdk'], ["a backslash", "/srv/a\\b.vmdk"], ["a '|'", "/srv/a|22.vmdk"],
  ])("VMware: a disk path with %s is refused: a .vmx value cannot hold it", (_what, disk) => {
    expect(synthError((stack, host) => new VmwareVm(stack, "vw", { host, name: "vw", disks: [disk] })))
      .toBe(`test/vw: disks[0] ${JSON.stringify(disk)} is invalid: ${HOST_PATH}, and without '"', '\\' or '|' (a .vmx value ` +
        "cannot hold them as the provider writes it)");
  });

  test("VMware: a disk still has to be a .vmdk", () => {
    expect(synthError((stack, host) => new VmwareVm(stack, "vw", { host, name: "vw", disks: ["/srv/my disk.qcow2"] })))
      .toBe('test/vw: disks[0] "/srv/my disk.qcow2" is invalid: expected a VMware virtual disk (.vmdk)');
  });

  test("vmnet: a networking file with a space", () => {
    const [vmnet] = only(synth((stack, host) => new VmnetNetwork(stack, "n", { host, number: 3, mode: "hostonly", cidr: "10.41.0.0/24", networkingFile: "/srv/vmware config/networking" })),
      "hyperlab_vmnet");
    expect(vmnet.networking_file).toBe("/srv/vmware config/networking");
  });

  test.each([
    ["a relative path", "srv/a.qcow2"],
    ["a '..' segment", "/srv/../etc/shadow"],
    ["a newline", "/srv/a\nb.qcow2"],
    ["a carriage return", "/srv/a\rb.qcow2"],
    ["a tab", "/srv/a\tb.qcow2"],
    ["a NUL", "/srv/a\u0000b.qcow2"],
    ["ESC", "/srv/\u001b[2Ja.qcow2"],
    ["a C1 control", "/srv/a\u0085b.qcow2"],
    ["a bidi override", "/srv/a\u202egpj.qcow2"],
    ["a no-break space", "/srv/a\u00a0b.qcow2"],
    ["a line separator", "/srv/a\u2028b.qcow2"],
    ["a lone surrogate", "/srv/a\ud800b.qcow2"],
    ["a name of 256 bytes", `/srv/${"é".repeat(128)}`],
    ["4096 bytes", `/${"a/".repeat(2047)}ab`],
  ])("%s is still refused", (_what, path) => {
    const error = synthError((stack, host) => kvm(stack, host, { bootImage: path }));
    expect(error).toMatch(/^test\/vm: bootImage "/);
    expect(error).toContain(` is invalid: ${HOST_PATH}`);
    if (path.length <= 120) expect(error).toBe(`test/vm: bootImage ${JSON.stringify(path)} is invalid: ${HOST_PATH}`);
  });

  test("shell syntax in a path is only a file name: no shell ever reads it, so it arrives as one literal path", () => {
    const path = "/srv/x.qcow2; rm -rf / & $(reboot) `id` 'a' (1) !#";
    expect(bootVolume(synth((stack, host) => kvm(stack, host, { bootImage: path }))).source).toBe(path);
    const [vm] = only(synth((stack, host) => new VirtualBoxVm(stack, "vb", { host, name: "vb", ova: path })), "hyperlab_virtualbox_vm");
    expect(vm.ova).toBe(path);
  });

  test("a path of 4095 bytes with names of 255 bytes is taken", () => {
    const path = `/${`${"a".repeat(255)}/`.repeat(15)}${"b".repeat(254)}`;
    expect(Buffer.byteLength(path)).toBe(4095);
    expect(bootVolume(synth((stack, host) => kvm(stack, host, { bootImage: path }))).source).toBe(path);
  });
});

describe("SSH public keys: options, certificates and UTF-8 comments, as authorized_keys takes them", () => {
  // A real ed25519 public key blob: string "ssh-ed25519", string of 32 bytes.
  const B64 = "AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl";
  const CERT = "AAAAIHNzaC1lZDI1NTE5LWNlcnQtdjAxQG9wZW5zc2guY29tAAAAIExampleCertificateBlobExampleCertificateBlob";
  const KEYS = [
    `cert-authority ssh-ed25519 ${B64}`,
    `from="10.0.0.0/8",no-agent-forwarding ssh-ed25519 ${B64} me`,
    `command="/usr/bin/rrsync -ro /srv/backup",no-pty,no-port-forwarding ssh-ed25519 ${B64} backup@nas`,
    `command="echo \\"hello world\\"; logger 'got in'",environment="LANG=C.UTF-8",Restrict ssh-ed25519 ${B64} quoted`,
    `ssh-ed25519-cert-v01@openssh.com ${CERT} ci@ca`,
    `ecdsa-sha2-nistp256-cert-v01@openssh.com ${CERT}`,
    `ssh-rsa-cert-v01@openssh.com ${CERT}=`,
    `sk-ssh-ed25519-cert-v01@openssh.com ${CERT} yubikey`,
    `ssh-ed25519 ${B64} José@laptop`,
    `ssh-ed25519 ${B64} 🔑 Zoë's key: ${"${"}not a template} #1`,
  ];

  test("each reaches the cloud-init user data exactly, read back from the YAML", () => {
    const [seed] = only(synth((stack, host) => kvm(stack, host, { cloudInit: { user: "debian", sshKeys: KEYS } })), "hyperlab_kvm_seed");
    // The engine turns $${ back into ${; the YAML it then writes into the seed is this.
    const userData = seed.user_data.replace(/\$\$\{/g, "${").replace(/%%\{/g, "%{");
    expect(userData.startsWith("#cloud-config\n")).toBe(true);
    expect(parse(userData).users[0].ssh_authorized_keys).toEqual(KEYS);
    expect(seed.user_data).not.toMatch(/(^|[^$])\$\{not/);
  });

  test("without a user they reach the top-level ssh_authorized_keys exactly", () => {
    const [seed] = only(synth((stack, host) => kvm(stack, host, { cloudInit: { sshKeys: KEYS } })), "hyperlab_kvm_seed");
    expect(parse(seed.user_data.replace(/\$\$\{/g, "${")).ssh_authorized_keys).toEqual(KEYS);
  });

  const NODE = { apiUrl: "https://pve1.example.org:8006/api2/json", nodeName: "pve1", tokenId: "hyperlab@pve!deploy" };
  const onProxmox = (build: (stack: Construct, node: ProxmoxNode) => void) => {
    const stack = new TerraformStack(Testing.app(), "test");
    build(stack, new ProxmoxNode(stack, "pve", NODE));
    return JSON.parse(Testing.synth(stack));
  };
  const proxmoxVm = (sshKeys: string[]) => (stack: Construct, node: ProxmoxNode) => new KvmGuest(stack, "web", {
    host: node, name: "web", nics: [{ network: BridgedNetwork.fromExisting(stack, "vmbr0", { host: node, bridgeName: "vmbr0", cidr: "10.50.0.0/24" }) }],
    cloudInit: { user: "debian", sshKeys }, proxmox: { clone: { template: "debian-12-ci" } },
  });
  // Of these the provider reads back every character (it decodes %22 and %2C), and
  // Proxmox's unquoted YAML scalar holds them.
  const PROXMOX_KEYS = [KEYS[0], KEYS[1], KEYS[2], KEYS[4]];

  test("on a Proxmox VM, keys with quotes and options reach sshkeys exactly, one a line", () => {
    const [vm] = only(onProxmox(proxmoxVm(PROXMOX_KEYS)), "proxmox_vm_qemu");
    expect(vm.sshkeys).toBe(PROXMOX_KEYS.join("\n"));
    // What Proxmox writes into the guest's cloud-init: "  - KEY" lines, unquoted.
    const pveYaml = `ssh_authorized_keys:\n${vm.sshkeys.split("\n").map((k: string) => `  - ${k}\n`).join("")}`;
    expect(parse(pveYaml).ssh_authorized_keys).toEqual(PROXMOX_KEYS);
  });

  test("on a Proxmox container, every kind of key reaches ssh_public_keys exactly", () => {
    const [ct] = only(onProxmox((stack, node) => new LxcContainer(stack, "ct", {
      host: node, name: "ct", proxmox: { ostemplate: "local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst", sshKeys: KEYS },
    } as any)), "proxmox_lxc");
    expect(ct.ssh_public_keys.replace(/\$\$\{/g, "${")).toBe(KEYS.join("\n"));
  });

  test.each([
    ["a UTF-8 comment", KEYS[8]], ["an escaped quote and ';'", KEYS[3]], ["': ' in the comment", `ssh-ed25519 ${B64} me: laptop`],
  ])("on a Proxmox VM, a key with %s is refused: it would not arrive unchanged there", (_what, key) => {
    const error = (() => { try { onProxmox(proxmoxVm([key])); } catch (e) { return (e as Error).message; } return ""; })();
    expect(error).toBe(`test/web: cloudInit.sshKeys[0] ${describeValue(key)} is invalid: a key for a Proxmox VM has only letters, ` +
      "digits, spaces and _.~$&+:=@/,\"- (telmate/proxmox reads others back still URL-encoded, so the key would show as changed in " +
      "every plan), and no ': ' nor a ':' at the end (Proxmox writes the key into the cloud-init YAML unquoted)");
  });

  test.each([
    ["a newline in the comment", `ssh-ed25519 ${B64} me\nssh-rsa AAAAB3NzaC1yc2EAAAADAQAB evil`],
    ["a newline in an option value", `command="a\nb" ssh-ed25519 ${B64}`],
    ["a CR", `ssh-ed25519 ${B64} me\r`],
    ["a NUL", `ssh-ed25519 ${B64} me\u0000`],
    ["a tab", `ssh-ed25519 ${B64}\tme`],
    ["ESC in the comment", `ssh-ed25519 ${B64} \u001b[2J`],
    ["a C1 control", `ssh-ed25519 ${B64} a\u0085b`],
    ["a line separator", `ssh-ed25519 ${B64} a\u2028b`],
    ["a lone surrogate", `ssh-ed25519 ${B64} a\ud83db`],
    ["rsa-sha2-256, a signature algorithm", `rsa-sha2-256 ${B64}`],
    ["rsa-sha2-512, a signature algorithm", `rsa-sha2-512 ${B64}`],
    ["an unknown key type", `ssh-foo ${B64}`],
    ["an unknown option", `no-such-option ssh-ed25519 ${B64}`],
    ["a value option without its value", `command ssh-ed25519 ${B64}`],
    ["a flag option with a value", `no-pty="1" ssh-ed25519 ${B64}`],
    ["an unquoted option value", `from=10.0.0.0/8 ssh-ed25519 ${B64}`],
    ["an unterminated quote", `command="echo hi ssh-ed25519 ${B64}`],
    ["a quote escaped at the end of a value", `command="echo \\" ssh-ed25519 ${B64}`],
    ["a space between options", `no-pty, no-agent-forwarding ssh-ed25519 ${B64}`],
    ["an empty option", `no-pty,,restrict ssh-ed25519 ${B64}`],
    ["a comment of 201 characters", `ssh-ed25519 ${B64} ${"é".repeat(201)}`],
    ["no key", "ssh-ed25519"],
    ["two keys in one string", `ssh-ed25519 ${B64}\nssh-ed25519 ${B64}`],
  ])("%s is still refused", (_what, key) => {
    const error = (() => { try { synth((stack, host) => kvm(stack, host, { cloudInit: { sshKeys: [key] } })); } catch (e) { return (e as Error).message; } return ""; })();
    expect(error).toMatch(/^test\/vm: cloudInit\.sshKeys\[0\] "/);
    expect(error).toContain(" is invalid: expected one OpenSSH authorized_keys line: optional options");
  });
});

describe("/31 and /32 IPv4 networks (RFC 3021 point-to-point; one address)", () => {
  const scope = new TerraformStack(Testing.app(), "s");

  test("a /31 has two usable addresses and no network or broadcast address; a /32 one", () => {
    const p2p = Ipv4Network.parse(scope, "cidr", "10.9.0.4/31");
    expect([p2p.host(1), p2p.host(2), p2p.netmask, p2p.withPrefix("10.9.0.5")]).toEqual(["10.9.0.4", "10.9.0.5", "255.255.255.254", "10.9.0.5/31"]);
    expect(p2p.hostAddress(scope, "a", "10.9.0.4")).toBe("10.9.0.4");
    expect(p2p.hostAddress(scope, "a", "10.9.0.5")).toBe("10.9.0.5");
    expect(() => p2p.hostAddress(scope, "a", "10.9.0.6")).toThrow('s: a "10.9.0.6" is invalid: expected 10.9.0.4 or 10.9.0.5, the two addresses of the point-to-point 10.9.0.4/31');
    expect(() => p2p.host(3)).toThrow("10.9.0.4/31 has no host address number 3");
    const one = Ipv4Network.parse(scope, "cidr", "10.9.0.9/32");
    expect([one.host(1), one.netmask, one.hostAddress(scope, "a", "10.9.0.9")]).toEqual(["10.9.0.9", "255.255.255.255", "10.9.0.9"]);
    expect(() => one.hostAddress(scope, "a", "10.9.0.10")).toThrow('s: a "10.9.0.10" is invalid: expected 10.9.0.9, the one address of 10.9.0.9/32');
    expect(() => one.host(2)).toThrow("has no host address number 2");
  });

  test("larger networks keep their network and broadcast addresses out, and host(1) is the first after the network address", () => {
    const net = Ipv4Network.parse(scope, "cidr", "10.9.1.0/30");
    expect([net.host(1), net.host(2)]).toEqual(["10.9.1.1", "10.9.1.2"]);
    expect(() => net.host(3)).toThrow("10.9.1.0/30 has no host address number 3");
    expect(() => net.hostAddress(scope, "a", "10.9.1.0")).toThrow("other than 10.9.1.0 and 10.9.1.3");
    expect(() => net.hostAddress(scope, "a", "10.9.1.3")).toThrow("other than 10.9.1.0 and 10.9.1.3");
  });

  test("a BridgedNetwork on a /31: the host takes the first address, a KVM guest the other, through cloud-init", () => {
    const json = synth((stack, host) => {
      const p2p = new BridgedNetwork(stack, "p2p", { host, bridgeName: "hlp2p0", cidr: "10.9.0.4/31" });
      kvm(stack, host, { nics: [{ network: p2p, address: "10.9.0.5" }], cloudInit: {} });
    });
    expect(only(json, "hyperlab_bridge")[0].addresses).toEqual(["10.9.0.4/31"]);
    const net = parse(only(json, "hyperlab_kvm_seed")[0].network_config);
    expect(net.ethernets.eth0).toMatchObject({ addresses: ["10.9.0.5/31"], gateway4: "10.9.0.4" });
  });

  test("a /31 with the gateway given as the second address, and a DHCP range of the other one", () => {
    const json = synth((stack, host) => new BridgedNetwork(stack, "p2p", {
      host, bridgeName: "hlp2p0", cidr: "10.9.0.4/31", gateway: "10.9.0.5", dhcp: { rangeStart: "10.9.0.4", rangeEnd: "10.9.0.4" },
    }));
    expect(only(json, "hyperlab_bridge")[0].addresses).toEqual(["10.9.0.5/31"]);
    expect(only(json, "hyperlab_dhcp")[0]).toMatchObject({ range_start: "10.9.0.4", range_end: "10.9.0.4", router: "10.9.0.5" });
  });

  test("a /31 guest address that is the host's is refused as taken", () => {
    expect(synthError((stack, host) => {
      const p2p = new BridgedNetwork(stack, "p2p", { host, bridgeName: "hlp2p0", cidr: "10.9.0.4/31" });
      kvm(stack, host, { nics: [{ network: p2p, address: "10.9.0.4" }], cloudInit: {} });
    })).toContain('test/vm: nics[0].address "10.9.0.4" is invalid: address on bridge hlp2p0');
  });

  test("a /31 static address through the kernel's ip= is refused: the kernel would make the other end the broadcast address", () => {
    expect(synthError((stack, host) => {
      const p2p = new BridgedNetwork(stack, "p2p", { host, bridgeName: "hlp2p0", cidr: "10.9.0.4/31" });
      new KvmGuest(stack, "vm", { host, name: "vm1", kernelBoot: { kernel: "/srv/vmlinuz" }, nics: [{ network: p2p, address: "10.9.0.5" }] });
    })).toContain("test/vm: nics[0].address 10.9.0.5 is on the point-to-point 10.9.0.4/31, and the kernel's ip= sets the broadcast address");
  });

  test("a /31 static address on an LXC container is refused: LXC would make the other end the broadcast address", () => {
    expect(synthError((stack, host) => {
      const p2p = new BridgedNetwork(stack, "p2p", { host, bridgeName: "hlp2p0", cidr: "10.9.0.4/31" });
      new LxcContainer(stack, "ct", { host, name: "ct", nics: [{ network: p2p, address: "10.9.0.5" }] });
    })).toContain("test/ct: nics[0].address 10.9.0.5 is on the point-to-point 10.9.0.4/31, and LXC sets the broadcast address");
  });

  test("a BridgedNetwork on a /32 holds the host's address only", () => {
    const json = synth((stack, host) => new BridgedNetwork(stack, "lo32", { host, bridgeName: "hl32", cidr: "10.9.0.9/32", mode: "nat" }));
    expect(only(json, "hyperlab_bridge")[0].addresses).toEqual(["10.9.0.9/32"]);
    expect(only(json, "hyperlab_nat")[0].source_cidr).toBe("10.9.0.9/32");
  });

  test("a guest address on a /32 is refused, saying there is no room", () => {
    expect(synthError((stack, host) => {
      const one = new BridgedNetwork(stack, "lo32", { host, bridgeName: "hl32", cidr: "10.9.0.9/32" });
      new LxcContainer(stack, "ct", { host, name: "ct", nics: [{ network: one, address: "10.9.0.9" }] });
    })).toBe('test/ct: nics[0].address "10.9.0.9" is invalid: test/lo32 is 10.9.0.9/32, a /32: its one address is the host\'s on ' +
      "the bridge, and no guest address fits; give the bridge a /31 (host and one guest) or a larger network");
  });

  test("a /32 cannot have a DHCP range: its one address is the gateway", () => {
    expect(synthError((stack, host) => new BridgedNetwork(stack, "lo32", {
      host, bridgeName: "hl32", cidr: "10.9.0.9/32", dhcp: { rangeStart: "10.9.0.9", rangeEnd: "10.9.0.9" },
    }))).toBe("test/lo32: the DHCP range 10.9.0.9-10.9.0.9 contains the gateway 10.9.0.9; move the range or the gateway");
  });

  test.each(["10.9.0.5/31", "10.9.0.0/33", "10.9.0.0/7"])("%s is still refused", (cidr) => {
    expect(synthError((stack, host) => new BridgedNetwork(stack, "n", { host, bridgeName: "hln0", cidr })))
      .toBe(`test/n: cidr ${JSON.stringify(cidr)} is invalid: an IPv4 network in CIDR notation such as '10.0.3.0/24' (prefix 8-32, host bits zero)`);
  });

  test("a vmnet still needs a /30 or larger: VMware puts its host adapter, NAT gateway and DHCP range on it", () => {
    expect(synthError((stack, host) => new VmnetNetwork(stack, "v", { host, number: 3, mode: "nat", cidr: "10.9.0.4/31" })))
      .toBe(`test/v: cidr "10.9.0.4/31" is invalid: an IPv4 network in CIDR notation such as '10.0.3.0/24' (prefix 8-30, host bits zero)`);
  });
});
