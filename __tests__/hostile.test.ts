// Hostile and careless input, one case per class: Terraform template injection,
// option injection, type confusion, limits, cross-construct conflicts and state
// collisions. Each case asserts the refusal (construct path, value, what is valid)
// or the literal value arriving unchanged. hostile-sweep.test.ts sweeps every prop.
import { App, TerraformStack, TerraformVariable, Testing } from "cdktf";
import { Construct } from "constructs";
import { BridgedNetwork, KvmGuest, LinuxHost, LxcContainer, TapInterface, ValidationError, VirtualBoxVm } from "../constructs";
import { only, readAsCloudInit, synth, synthError } from "./support/synth";

const KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExampleExampleExample";
const TEMPLATE = 'x${file("/etc/shadow")}%{ if true }y%{ endif }$${z}';
const lan = (stack: Construct, host: LinuxHost, props: Record<string, unknown> = {}) =>
  new BridgedNetwork(stack, "lan", { host, bridgeName: "hlbr0", cidr: "10.40.0.0/24", ...props });
const kvm = (stack: Construct, host: LinuxHost, props: Record<string, unknown> = {}) =>
  new KvmGuest(stack, "vm", { host, name: "vm1", bootImage: "/srv/a.qcow2", ...props } as any);

describe("Terraform template injection: user text arrives literally", () => {
  test("a description with ${ and %{ is escaped so the engine gives back the text as written", () => {
    const [domain] = only(synth((stack, host) => kvm(stack, host, { description: TEMPLATE })), "hyperlab_kvm_domain");
    expect(domain.description).toBe('x$${file("/etc/shadow")}%%{ if true }y%%{ endif }$$${z}');
  });

  test("a title with ${ and %{ is escaped so the engine gives back the text as written", () => {
    const [domain] = only(synth((stack, host) => kvm(stack, host, { title: TEMPLATE })), "hyperlab_kvm_domain");
    expect(domain.title).toBe('x$${file("/etc/shadow")}%%{ if true }y%%{ endif }$$${z}');
  });

  test("an SSH key comment with ${ reaches the seed escaped", () => {
    const [seed] = only(synth((stack, host) => kvm(stack, host, { cloudInit: { sshKeys: [`${KEY} ${TEMPLATE}`] } })),
      "hyperlab_kvm_seed");
    expect(seed.user_data).not.toMatch(/[^$]\$\{file/);
    expect(readAsCloudInit(seed.user_data).ssh_authorized_keys).toEqual([`${KEY} ${TEMPLATE}`]);
  });
});

describe("option injection: nothing a user types becomes an option", () => {
  test.each([
    ["an ssh host read as an option", "qemu+ssh://-oProxyCommand=touch@x/system"],
    ["a user@host whose host is an option", "qemu+ssh://root@-oProxyCommand/system"],
    ["the ext transport, which runs a command", "qemu+ext:///system?command=/bin/sh"],
    ["a parameter that names a remote command", "qemu+ssh://kvm1/system?netcat=/tmp/x"],
    ["another driver", "xen:///system"],
  ])("libvirtUri: %s", (_what, uri) => {
    const app = Testing.app();
    const stack = new TerraformStack(app, "s");
    // Refused props are thrown at synth, with every other of the app (issue 31).
    expect(() => { new LinuxHost(stack, "host", { libvirtUri: uri }); Testing.synth(stack); }).toThrow(`s/host: libvirtUri ${JSON.stringify(uri)} is invalid: expected a libvirt URI`);
  });

  test("a libvirtUri with a real remote host and known parameters is accepted, as written", () => {
    // A LinuxHost takes it; a KvmGuest then refuses such a host (kvm-guest.test.ts), as its images are written locally.
    const uri = "qemu+ssh://root@kvm1.example.org:22/system?keyfile=/root/.ssh/id&no_tty=1";
    expect(new LinuxHost(new TerraformStack(Testing.app(), "s"), "host", { libvirtUri: uri }).libvirtUri).toBe(uri);
  });

  test.each([
    ["bridgeName", (s: Construct, h: LinuxHost) => lan(s, h, { bridgeName: "--help" }), 'test/lan: bridgeName "--help" is invalid'],
    ["uplinkInterface", (s: Construct, h: LinuxHost) => lan(s, h, { mode: "uplink", uplinkInterface: "-rf" }), 'test/lan: uplinkInterface "-rf" is invalid'],
    ["TAP name", (s: Construct, h: LinuxHost) => new TapInterface(s, "tap", { network: lan(s, h), name: "-x" }), 'test/tap: name "-x" is invalid'],
    ["LXC template", (s: Construct, h: LinuxHost) => new LxcContainer(s, "ct", { host: h, name: "ct", template: "--foo" }), 'test/ct: template "--foo" is invalid'],
    ["host-only adapter", (s: Construct, h: LinuxHost) => new VirtualBoxVm(s, "vb", { host: h, name: "vb", ova: "/a.ova", nics: [{ hostOnlyAdapter: "-v" }] }),
      'test/vb: nics[0].hostOnlyAdapter "-v" is invalid'],
  ])("a leading dash is refused: %s", (_what, build, message) => {
    expect(synthError(build)).toContain(message);
  });

  test("a netns with a leading dash is refused", () => {
    const stack = new TerraformStack(Testing.app(), "s");
    expect(() => { new LinuxHost(stack, "h", { netns: "-n" }); Testing.synth(stack); }).toThrow('s/h: netns "-n" is invalid');
  });

  test("template arguments may be options: they follow -- and only the template reads them", () => {
    const json = synth((stack, host) => new LxcContainer(stack, "ct", { host, name: "ct", template: "download", templateArgs: ["--dist", "debian"] }));
    expect(only(json, "hyperlab_lxc_container")[0].template_args).toEqual(["--dist", "debian"]);
  });
});

describe("type confusion: the type is checked first and the checked primitive used", () => {
  // Answers "ok" the first time it is asked and shell syntax afterwards.
  const shifty = () => {
    let calls = 0;
    return { toString: () => (calls++ === 0 ? "ok" : "x;reboot") } as unknown as string;
  };
  test.each([
    ["TapInterface.name", (s: Construct, h: LinuxHost) => new TapInterface(s, "tap", { network: lan(s, h), name: shifty() }), "test/tap: name an object is invalid: expected a string"],
    ["LxcContainer.name", (s: Construct, h: LinuxHost) => new LxcContainer(s, "ct", { host: h, name: shifty() }), "test/ct: name an object is invalid: expected a string"],
    ["VirtualBoxVm.name", (s: Construct, h: LinuxHost) => new VirtualBoxVm(s, "vb", { host: h, name: shifty(), ova: "/a.ova" }), "test/vb: name an object is invalid: expected a string"],
  ])("an object whose toString changes is refused: %s", (_what, build, message) => {
    expect(synthError(build)).toContain(message);
  });

  test.each([
    ["null name", { name: null }, "test/vm: name null is invalid: null is not a value here: leave the prop out to take its default"],
    ["a number for a name", { name: 42 }, "test/vm: name 42 is invalid: expected a string"],
    ["a Symbol", { name: Symbol("s") }, "test/vm: name s (a Symbol) is invalid"],
    ["a BigInt", { cpus: BigInt(2) }, "test/vm: cpus 2n (a BigInt) is invalid: expected a number"],
    ["NaN", { cpus: NaN }, "test/vm: cpus NaN is invalid: expected an integer from 1 to 256"],
    ["Infinity", { memoryMiB: Infinity }, "test/vm: memoryMiB Infinity is invalid: expected an integer from 32 to 4194304 MiB"],
    ["a string for a number", { cpus: "2" }, 'test/vm: cpus "2" is invalid: expected a number'],
    ["an object for an array", { nics: { network: 1 } }, "test/vm: nics an object is invalid: expected an array"],
    ["a null NIC", { nics: [null] }, "test/vm: nics[0] null is invalid: null is not a value here"],
    ["a string for a network", { nics: [{ network: "hlbr0" }] }, 'test/vm: nics[0].network "hlbr0" is invalid: expected a BridgedNetwork'],
    ["a string for a boolean", { startOnCreate: "false" }, 'test/vm: startOnCreate "false" is invalid: expected true or false'],
    ["an array for cloudInit", { cloudInit: [] }, "test/vm: cloudInit an array of 0 is invalid: expected an object of props"],
    ["a string for the host", { host: "localhost" }, 'test/vm: host "localhost" is invalid: expected a LinuxHost'],
  ])("%s is refused with the path, never a TypeError", (_what, props, message) => {
    const error = synthError((stack, host) => kvm(stack, host, props));
    expect(error).toContain(message);
  });

  test("null props are refused with the path", () => {
    expect(synthError((stack) => new KvmGuest(stack, "vm", null as any))).toBe("test/vm: props must be an object, not null");
  });

  test("ValidationError describes any JavaScript value without throwing", () => {
    const scope = new TerraformStack(Testing.app(), "s");
    expect(new ValidationError(scope, "p", BigInt(7), "x").message).toBe("s: p 7n (a BigInt) is invalid: x");
    expect(new ValidationError(scope, "p", -Infinity, "x").message).toBe("s: p -Infinity is invalid: x");
    expect(new ValidationError(scope, "p", "a".repeat(1000), "x").message).toContain("... (1000 characters)");
  });
});

describe("limits that match the target", () => {
  test.each([
    ["a 100k-character kernel command line", { kernelBoot: { kernel: "/k", cmdline: "a ".repeat(50000) } }, "the kernel takes at most 2047 (COMMAND_LINE_SIZE)"],
    ["a description with NUL", { description: "a\u0000b" }, 'test/vm: description "a\\u0000b" is invalid: expected up to 8192 characters of text without control characters'],
    ["a description with ESC", { description: "\u001b[2J" }, "without control characters"],
    ["a 100 KB description", { description: "d".repeat(100000) }, "(100000 characters) is invalid: expected up to 8192 characters"],
    ["a title with a newline", { title: "web\nserver" }, 'test/vm: title "web\\nserver" is invalid: expected one line of up to 255 characters without control characters (no tab or newline)'],
    ["a title with a tab", { title: "web\tserver" }, 'test/vm: title "web\\tserver" is invalid: expected one line'],
    ["a title with NUL", { title: "a\u0000b" }, 'test/vm: title "a\\u0000b" is invalid: expected one line'],
    ["a title with ESC", { title: "\u001b[2J" }, "without control characters"],
    ["a title of 256 characters", { title: "t".repeat(256) }, "is invalid: expected one line of up to 255 characters"],
    ["65 SSH keys", { cloudInit: { sshKeys: Array(65).fill(KEY) } }, "test/vm: cloudInit.sshKeys an array of 65 is invalid: expected at most 64 entries"],
    ["4 nameservers", { cloudInit: { nameservers: ["10.0.0.1", "10.0.0.2", "10.0.0.3", "10.0.0.4"] } }, "expected at most 3 entries"],
  ])("%s is refused", (_what, props, message) => {
    expect(synthError((stack, host) => kvm(stack, host, props))).toContain(message);
  });

  test("a title of 255 characters, with ${ and non-ASCII text, is kept", () => {
    const text = "Web ${x} – Σ ".repeat(20).slice(0, 255);
    const [domain] = only(synth((stack, host) => kvm(stack, host, { title: text })), "hyperlab_kvm_domain");
    expect(domain.title).toBe(text.replace(/\$\{/g, () => "$${"));
  });

  test("no title: the attribute is left out, and the provider keeps the domain without one", () => {
    const [domain] = only(synth((stack, host) => kvm(stack, host)), "hyperlab_kvm_domain");
    expect(domain).not.toHaveProperty("title");
  });

  test("a description of 8192 characters with tabs and newlines is kept", () => {
    const text = "line\tone\n".repeat(910).slice(0, 8192);
    const [domain] = only(synth((stack, host) => kvm(stack, host, { description: text })), "hyperlab_kvm_domain");
    expect(domain.description).toBe(text);
  });
});

describe("cross-construct checks", () => {
  test.each([
    ["one MAC on two NICs of one guest", [{ mac: "52:54:00:00:00:01" }, { mac: "52:54:00:00:00:01" }],
      'test/vm: nics[1].mac "52:54:00:00:00:01" is invalid: MAC address must be unique within the app, but test/vm nics[0].mac already uses it'],
    ["one address on two NICs of one guest", [{ address: "10.40.0.5" }, { address: "10.40.0.5" }],
      'test/vm: nics[1].address "10.40.0.5" is invalid: address on bridge hlbr0'],
    ["one DHCP reservation on two NICs of one guest", [{ address: "10.40.0.5", dhcp: true }, { address: "10.40.0.5", dhcp: true }],
      "but test/vm nics[0].address already uses it"],
  ])("%s is refused", (_what, nics, message) => {
    expect(synthError((stack, host) => {
      const net = lan(stack, host, { dhcp: { rangeStart: "10.40.0.100", rangeEnd: "10.40.0.199" } });
      kvm(stack, host, { nics: nics.map((n) => ({ network: net, ...n })), cloudInit: {} });
    })).toContain(message);
  });

  test.each([
    ["identical", "10.40.0.0/24"],
    ["nested inside", "10.40.0.128/25"],
    ["containing", "10.40.0.0/16"],
  ])("two bridges of one namespace with %s networks are refused", (_what, cidr) => {
    expect(synthError((stack, host) => {
      lan(stack, host);
      new BridgedNetwork(stack, "other", { host, bridgeName: "hlbr1", cidr });
    })).toBe(`test/other: cidr "${cidr}" is invalid: IPv4 networks of bridges in the host's own network namespace must not overlap, but test/lan cidr has 10.40.0.0/24`);
  });

  test("the same network on bridges of two namespaces is fine", () => {
    expect(() => synth((stack, host) => {
      lan(stack, host);
      new BridgedNetwork(stack, "other", { host: new LinuxHost(stack, "ns", { netns: "lab" }), bridgeName: "hlbr0", cidr: "10.40.0.0/24" });
    })).not.toThrow();
  });

  test.each([
    ["a bridge of the stack", (s: Construct, h: LinuxHost) => {
      lan(s, h);
      new BridgedNetwork(s, "up", { host: h, bridgeName: "hlbr1", cidr: "10.41.0.0/24", mode: "uplink", uplinkInterface: "hlbr0" });
    }, "test/up: uplinkInterface \"hlbr0\" is invalid: interface name in the host's own network namespace must be unique within the app, but test/lan bridgeName already uses it"],
    ["a TAP of the stack", (s: Construct, h: LinuxHost) => {
      new TapInterface(s, "tap", { network: lan(s, h), name: "hltap0" });
      new BridgedNetwork(s, "up", { host: h, bridgeName: "hlbr1", cidr: "10.41.0.0/24", mode: "uplink", uplinkInterface: "hltap0" });
    }, "but test/tap name already uses it"],
    ["the uplink of another bridge", (s: Construct, h: LinuxHost) => {
      lan(s, h, { mode: "uplink", uplinkInterface: "eth1" });
      new BridgedNetwork(s, "up", { host: h, bridgeName: "hlbr1", cidr: "10.41.0.0/24", mode: "uplink", uplinkInterface: "eth1" });
    }, "but test/lan uplinkInterface already uses it"],
  ])("an uplink that is %s is refused", (_what, build, message) => {
    expect(synthError(build)).toContain(message);
  });

  test("a NIC VLAN on a bridge without vlanFiltering is refused", () => {
    expect(synthError((stack, host) => new LxcContainer(stack, "ct", { host, name: "ct", nics: [{ network: lan(stack, host), vlan: 10 }] })))
      .toBe("test/ct: nics[0].vlan 10 needs a VLAN-filtering bridge, and test/lan does not filter VLANs (vlanFiltering)");
  });

  test("a static address inside the DHCP dynamic range is refused; a reservation there is fine", () => {
    const build = (dhcp: boolean) => (stack: Construct, host: LinuxHost) => {
      const net = lan(stack, host, { dhcp: { rangeStart: "10.40.0.100", rangeEnd: "10.40.0.199" } });
      new LxcContainer(stack, "ct", { host, name: "ct", nics: [{ network: net, address: "10.40.0.150", dhcp }] });
    };
    expect(synthError(build(false))).toContain("test/ct: nics[0].address 10.40.0.150 is static but inside the DHCP dynamic range 10.40.0.100-10.40.0.199");
    expect(() => synth(build(true))).not.toThrow();
  });

  test("one KVM guest name, or guest directory, in two stacks of the app is refused", () => {
    // Stacks deploy to the same libvirtd and the same storagePoolPath: what one makes the other would find (and refuse, by its owner mark).
    const guest = (app: App, id: string, host: { libvirtUri?: string; storagePoolPath?: string }) => {
      const stack = new TerraformStack(app, id);
      new KvmGuest(stack, "vm", { host: new LinuxHost(stack, "host", host), name: "web", bootImage: "/a.qcow2" });
      return stack;
    };
    const app = Testing.app();
    guest(app, "one", {});
    // Refused props are thrown at synth, with every other of the app (issue 31).
    expect(() => Testing.synth(guest(app, "two", { storagePoolPath: "/srv/pool2" }))).toThrow(
      'two/vm: name "web" is invalid: KVM guest name on the system libvirtd of this machine must be unique within the app, but one/vm name already uses it');
    expect(() => Testing.synth(guest(app, "three", { libvirtUri: "qemu:///session" }))).toThrow(
      'three/vm: name "/var/lib/hyperlab/pool/web" is invalid: KVM guest image directory must be unique within the app, but one/vm name already uses it');
    // Another libvirtd and another directory: nothing shared.
    const fresh = Testing.app();
    guest(fresh, "one", {});
    expect(() => Testing.synth(guest(fresh, "two", { libvirtUri: "qemu:///session", storagePoolPath: "/srv/pool2" }))).not.toThrow();
  });

  test.each([
    ["0.0.0.0/8", "0.0.0.0/8 ('this network')"], ["127.0.0.0/24", "127.0.0.0/8 (loopback)"], ["224.1.0.0/16", "224.0.0.0/4 (multicast)"],
    ["240.0.0.0/24", "240.0.0.0/4 (reserved)"], ["169.254.0.0/16", "169.254.0.0/16 (link-local)"], ["169.0.0.0/8", "169.254.0.0/16 (link-local)"],
  ])("a bridge network in %s is refused", (cidr, block) => {
    expect(synthError((stack, host) => lan(stack, host, { cidr }))).toBe(
      `test/lan: cidr "${cidr}" is invalid: a guest network must be unicast space, and this overlaps ${block}`);
  });

  test.each(["0.0.0.0", "255.255.255.255", "224.0.0.1"])("nameserver %s is refused", (ns) => {
    expect(synthError((stack, host) => kvm(stack, host, { cloudInit: { nameservers: [ns] } })))
      .toContain(`test/vm: cloudInit.nameservers[0] "${ns}" is invalid: expected a unicast IPv4 address`);
  });

  test("the all-zero MAC is refused", () => {
    expect(synthError((stack, host) => kvm(stack, host, { nics: [{ network: lan(stack, host), mac: "00:00:00:00:00:00" }] })))
      .toContain('test/vm: nics[0].mac "00:00:00:00:00:00" is invalid: expected a unicast MAC');
  });
});

describe("state paths and names that cannot collide", () => {
  // The provider keeps its state under /run by a collision-free encoding: its Go
  // tests (provider/internal/resourceutil/common_test.go) cover netns "host" and
  // "a-b"/"c" against "a"/"b-c"; what is left here is uniqueness by what is shared.

  test("one container name on two netns hosts sharing lxcPath is refused", () => {
    expect(synthError((stack) => {
      new LxcContainer(stack, "a", { host: new LinuxHost(stack, "h1", { netns: "one" }), name: "web" });
      new LxcContainer(stack, "b", { host: new LinuxHost(stack, "h2", { netns: "two" }), name: "web" });
    })).toBe('test/b: name "web" is invalid: container name in /var/lib/lxc must be unique within the app, but test/a name already uses it');
  });

  test("...and allowed where the lxcPaths differ", () => {
    expect(() => synth((stack) => {
      new LxcContainer(stack, "a", { host: new LinuxHost(stack, "h1", { netns: "one", lxcPath: "/srv/lxc1" }), name: "web" });
      new LxcContainer(stack, "b", { host: new LinuxHost(stack, "h2", { netns: "two", lxcPath: "/srv/lxc2" }), name: "web" });
    })).not.toThrow();
  });

  test("a VirtualBox VM on a netns host is refused (VBoxManage bridges in the host's namespace)", () => {
    expect(synthError((stack) => new VirtualBoxVm(stack, "vb", { host: new LinuxHost(stack, "h1", { netns: "lab" }), name: "vb", ova: "/a.ova" })))
      .toContain("test/vb: host test/h1 runs its commands in network namespace lab, but VirtualBox's bridged NICs attach in the host's own namespace");
  });

  test("one VirtualBox VM name on two hosts of the machine is refused", () => {
    expect(synthError((stack, host) => {
      new VirtualBoxVm(stack, "a", { host, name: "vb", ova: "/a.ova" });
      new VirtualBoxVm(stack, "b", { host: new LinuxHost(stack, "h2"), name: "vb", ova: "/a.ova" });
    })).toContain("VirtualBox VM name on this machine must be unique within the app, but test/a name already uses it");
  });
});

describe("static KVM addresses are applied or refused (no silent acceptance)", () => {
  test("without cloudInit, dhcp or kernelBoot the address is refused with how to apply it", () => {
    expect(synthError((stack, host) => kvm(stack, host, { nics: [{ network: lan(stack, host), address: "10.40.0.9" }] }))).toBe(
      "test/vm: nics[0].address 10.40.0.9 would never reach the guest: libvirt does not configure addresses inside a guest. " +
      "Add cloudInit (its network config sets the address), or set nics[0].dhcp on a network whose DHCP server the stack runs " +
      "(the address is then reserved for the NIC's MAC), or boot with kernelBoot (the address goes on the kernel command line as ip=)");
  });

  test("with cloudInit the address is in the seed's network config", () => {
    const [seed] = only(synth((stack, host) => kvm(stack, host, { cloudInit: {}, nics: [{ network: lan(stack, host), address: "10.40.0.9" }] })),
      "hyperlab_kvm_seed");
    expect(Object.values<any>(readAsCloudInit(seed.network_config).ethernets)[0].addresses).toEqual(["10.40.0.9/24"]);
  });

  test("with kernelBoot it becomes the kernel's ip=; two static NICs or an ip= of the user's are refused", () => {
    const kernelBoot = { kernel: "/k", cmdline: "console=ttyS0" };
    const [domain] = only(synth((stack, host) => kvm(stack, host, { bootImage: undefined, kernelBoot, nics: [{ network: lan(stack, host), address: "10.40.0.9" }] })),
      "hyperlab_kvm_domain");
    expect(domain.cmdline).toBe("console=ttyS0 ip=10.40.0.9::10.40.0.1:255.255.255.0:vm1:eth0:off");
    expect(synthError((stack, host) => {
      const net = lan(stack, host);
      const other = new BridgedNetwork(stack, "lan2", { host, bridgeName: "hlbr1", cidr: "10.41.0.0/24" });
      kvm(stack, host, { kernelBoot, nics: [{ network: net, address: "10.40.0.9" }, { network: other, address: "10.41.0.9" }] });
    })).toContain("test/vm: nics[1].address: without cloudInit a static address reaches the guest as the kernel's ip= parameter, which configures one NIC");
    expect(synthError((stack, host) => kvm(stack, host, { kernelBoot: { kernel: "/k", cmdline: "ip=dhcp" }, nics: [{ network: lan(stack, host), address: "10.40.0.9" }] })))
      .toContain("test/vm: kernelBoot.cmdline has its own ip= and nics[0].address would add another");
  });
});

describe("tokens", () => {
  const withVariable = (build: (stack: TerraformStack, host: LinuxHost, v: TerraformVariable) => void) => {
    const app = new App({ outdir: "cdktf.out" });
    const stack = new TerraformStack(app, "test");
    const v = new TerraformVariable(stack, "v", { type: "number" });
    build(stack, new LinuxHost(stack, "host"), v);
    // Refused props are thrown at synth, with every other of the app (issue 31).
    Testing.synth(stack);
    return stack;
  };

  test("KvmGuest memory, CPUs, description and title take a variable; the provider checks them at plan", () => {
    const stack = withVariable((stack, host, v) => {
      const text = new TerraformVariable(stack, "text", { type: "string" });
      kvm(stack, host, { memoryMiB: v.numberValue, cpus: v.numberValue, description: text.stringValue, title: `web ${text.stringValue}` });
    });
    const [domain] = only(JSON.parse(Testing.synth(stack)), "hyperlab_kvm_domain");
    expect([domain.memory_mib, domain.vcpus, domain.description, domain.title]).toEqual(["${var.v}", "${var.v}", "${var.text}", "web ${var.text}"]);
  });

  test("a title joining a variable to a newline is refused: the text around a token is checked at synth", () => {
    expect(() => withVariable((stack, host) => {
      const text = new TerraformVariable(stack, "text", { type: "string" });
      kvm(stack, host, { title: `web\n${text.stringValue}` });
    })).toThrow(/test\/vm: title .* is invalid: expected one line of up to 255 characters/);
  });

  test("a token where the value must be known at synth is refused with the reason", () => {
    expect(() => withVariable((stack, host, v) => lan(stack, host, { cidr: v.stringValue }))).toThrow(
      "test/lan: cidr \"${TfToken[TOKEN.");
    expect(() => withVariable((stack, host, v) => lan(stack, host, { cidr: v.stringValue }))).toThrow(
      "is invalid: a token cannot be used here, the value must be known at synth: the gateway, DHCP range and guest addresses are derived from and checked against it at synth");
    expect(() => withVariable((stack, host, v) => kvm(stack, host, { name: v.stringValue }))).toThrow(
      "names are checked for uniqueness and written into host commands and other names at synth");
    expect(() => withVariable((stack, host, v) => new LxcContainer(stack, "ct", { host, name: "ct", memoryMiB: v.numberValue }))).toThrow(
      "test/ct: memoryMiB");
  });
});
