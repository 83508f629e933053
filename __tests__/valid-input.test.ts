// Valid input that real users write: accepted, and arriving safely where it lands
// (the Terraform JSON, argv words, libvirt's XML, a .vmx, the cloud-init YAML).
// The dangerous near-misses of each are refused still.
import { TerraformStack, Testing } from "cdktf";
import { Construct } from "constructs";
import { KvmGuest, LinuxHost, LxcContainer, VirtualBoxVm, VmnetNetwork, VmwareVm } from "../constructs";
import { only, synth, synthError } from "./support/synth";

const kvm = (stack: Construct, host: LinuxHost, props: Record<string, unknown> = {}) =>
  new KvmGuest(stack, "vm", { host, name: "vm1", bootImage: "/srv/a.qcow2", ...props } as any);

/** The error building a LinuxHost with `props` throws, or undefined. */
function hostError(props: Record<string, unknown>): string | undefined {
  try {
    new LinuxHost(new TerraformStack(Testing.app(), "s"), "host", props);
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
  ])("%s is accepted and reaches the libvirt provider as written", (_what, uri) => {
    const json = synth((stack, host) => kvm(stack, host), { libvirtUri: uri });
    expect(json.provider!.libvirt[0].uri).toBe(uri);
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

  test("KVM: a boot image and kernel paths with spaces, '~', '@' and non-ASCII letters reach libvirt as written", () => {
    const json = synth((stack, host) => kvm(stack, host, {
      bootImage: "/home/josé/VirtualBox VMs/debian~12@2024.qcow2",
      kernelBoot: { kernel: "/srv/boot files/vmlinuz-6.1+deb12", initrd: "/srv/boot files/initrd (1).img" },
    }));
    expect(only(json, "libvirt_volume")[0].source).toBe("/home/josé/VirtualBox VMs/debian~12@2024.qcow2");
    const [domain] = only(json, "libvirt_domain");
    expect([domain.kernel, domain.initrd]).toEqual(["/srv/boot files/vmlinuz-6.1+deb12", "/srv/boot files/initrd (1).img"]);
  });

  test("KVM: '${' and '%{' in kernel paths arrive escaped, never as a template", () => {
    const [domain] = only(synth((stack, host) => kvm(stack, host, { kernelBoot: { kernel: "/srv/${file(\"/etc/shadow\")}", initrd: "/srv/%{ if true }" } })),
      "libvirt_domain");
    expect([domain.kernel, domain.initrd]).toEqual(['/srv/$${file("/etc/shadow")}', "/srv/%%{ if true }"]);
  });

  test("KVM: a boot image with '%', '?' or '#' goes as a file:// URL that the libvirt provider reads back to the path", () => {
    const [volume] = only(synth((stack, host) => kvm(stack, host, { bootImage: "/srv/img #2 100%?.qcow2" })), "libvirt_volume");
    expect(volume.source).toBe("file:///srv/img %232 100%25%3F.qcow2");
    expect(decodeURIComponent(new URL(volume.source).pathname)).toBe("/srv/img #2 100%?.qcow2");
  });

  test("LinuxHost: lxcPath and storagePoolPath with spaces reach the container and the pool; '${' in the pool's is escaped", () => {
    const json = synth((stack, host) => {
      kvm(stack, host);
      new LxcContainer(stack, "ct", { host, name: "ct" });
    }, { lxcPath: "/srv/lxc@josé~1", storagePoolPath: "/srv/libvirt pool ${x}" });
    expect(only(json, "hyperlab_lxc_container")[0].lxc_path).toBe("/srv/lxc@josé~1");
    expect(only(json, "libvirt_pool")[0].target.path).toBe("/srv/libvirt pool $${x}");
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
    expect(only(synth((stack, host) => kvm(stack, host, { bootImage: path })), "libvirt_volume")[0].source).toBe("file:///srv/x.qcow2; rm -rf / & $(reboot) `id` 'a' (1) !%23");
    const [vm] = only(synth((stack, host) => new VirtualBoxVm(stack, "vb", { host, name: "vb", ova: path })), "hyperlab_virtualbox_vm");
    expect(vm.ova).toBe(path);
  });

  test("a path of 4095 bytes with names of 255 bytes is taken", () => {
    const path = `/${`${"a".repeat(255)}/`.repeat(15)}${"b".repeat(254)}`;
    expect(Buffer.byteLength(path)).toBe(4095);
    expect(only(synth((stack, host) => kvm(stack, host, { bootImage: path })), "libvirt_volume")[0].source).toBe(path);
  });
});
