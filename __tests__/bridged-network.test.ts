import { BridgedNetwork, KvmGuest, LinuxHost, LxcContainer, TapInterface } from "../constructs";
import { errorOn, synthOn } from "./support/proxmox";
import { only, synth, synthError } from "./support/synth";

describe("BridgedNetwork", () => {
  test("an isolated bridge is a hyperlab_bridge with its MTU and the gateway's address", () => {
    const json = synth((stack, host) => {
      new BridgedNetwork(stack, "lan", { host, bridgeName: "hlbr0", cidr: "10.20.0.0/24", mtu: 9000 });
    });
    expect(only(json, "hyperlab_bridge")).toEqual([{
      netns: "", name: "hlbr0", mtu: 9000, vlan_filtering: false, addresses: ["10.20.0.1/24"],
      // The bridge's alias on the host: the stack and the construct's address.
      mark: expect.stringMatching(/^test\/c8[0-9a-f]{40}$/),
      provider: "hyperlab",
    }]);
    expect(only(json, "hyperlab_nat")).toEqual([]);
    expect(json.provider!.hyperlab).toEqual([{}]);
    expect(json.terraform.required_providers!.hyperlab).toEqual({ source: "hyperlab/hyperlab", version: "0.1.0" });
    expect(json.resource.terraform_data).toBeUndefined();
  });

  test("nat mode adds a hyperlab_nat for the network on the bridge", () => {
    const json = synth((stack, host) => {
      new BridgedNetwork(stack, "lan", { host, bridgeName: "hlbr0", cidr: "10.20.0.0/24", gateway: "10.20.0.254", mode: "nat" });
    });
    expect(only(json, "hyperlab_bridge")[0].addresses).toEqual(["10.20.0.254/24"]);
    const [nat] = only(json, "hyperlab_nat");
    // The bridge by reference: the engine orders the NAT after the bridge, and removes it first.
    expect(nat).toMatchObject({ netns: "", source_cidr: "10.20.0.0/24", bridge: expect.stringMatching(/^\$\{hyperlab_bridge\.lan_bridge_\w+\.name\}$/) });
  });

  test("uplink mode names the interface to enslave, and by default puts no address of the host on the LAN", () => {
    const json = synth((stack, host) => {
      new BridgedNetwork(stack, "lan", { host, bridgeName: "vmbr1", cidr: "192.168.1.0/24", mode: "uplink", uplinkInterface: "eth1" });
    });
    // Not 192.168.1.1: on a LAN that is usually its router.
    expect(only(json, "hyperlab_bridge")[0]).toMatchObject({ uplink: "eth1", addresses: [] });
  });

  test("uplink mode: the host's address is hostAddress, the guests' gateway the LAN's router", () => {
    const json = synth((stack, host) => {
      const lan = new BridgedNetwork(stack, "lan", { host, bridgeName: "vmbr1", cidr: "192.168.1.0/24", mode: "uplink",
        uplinkInterface: "eth1", hostAddress: "192.168.1.5", gateway: "192.168.1.1" });
      new LxcContainer(stack, "ct", { host, name: "ct", nics: [{ network: lan, address: "192.168.1.20" }] });
    });
    expect(only(json, "hyperlab_bridge")[0].addresses).toEqual(["192.168.1.5/24"]);
    expect(only(json, "hyperlab_lxc_container")[0].nics[0]).toMatchObject({ ipv4: "192.168.1.20/24", gateway: "192.168.1.1" });
    // Without a router given, a guest on the LAN gets an on-link address and no default route.
    const bare = synth((stack, host) => {
      const lan = new BridgedNetwork(stack, "lan", { host, bridgeName: "vmbr1", cidr: "192.168.1.0/24", mode: "uplink", uplinkInterface: "eth1" });
      new LxcContainer(stack, "ct", { host, name: "ct", nics: [{ network: lan, address: "192.168.1.20" }] });
    });
    expect(only(bare, "hyperlab_lxc_container")[0].nics[0].gateway).toBeUndefined();
  });

  test("DHCP on an uplink bridge only when asked for, with the LAN's router and the host's address", () => {
    const uplinkDhcp = (extra: object) => (stack: any, host: any) => new BridgedNetwork(stack, "lan", {
      host, bridgeName: "vmbr1", cidr: "192.168.1.0/24", mode: "uplink", uplinkInterface: "eth1",
      dhcp: { rangeStart: "192.168.1.100", rangeEnd: "192.168.1.199" }, ...extra,
    });
    expect(synthError(uplinkDhcp({}))).toContain(
      "test/lan: dhcp on an uplink bridge answers every machine of the LAN behind eth1, beside the LAN's own server; set dhcp.serveUplinkedLan: true");
    expect(synthError(uplinkDhcp({ dhcp: { rangeStart: "192.168.1.100", rangeEnd: "192.168.1.199", serveUplinkedLan: true } })))
      .toContain("test/lan: dhcp on an uplink bridge needs gateway (the LAN's router, handed to clients) and hostAddress");
    const json = synth(uplinkDhcp({ gateway: "192.168.1.1", hostAddress: "192.168.1.5",
      dhcp: { rangeStart: "192.168.1.100", rangeEnd: "192.168.1.199", serveUplinkedLan: true } }));
    expect(only(json, "hyperlab_dhcp")[0]).toMatchObject({ router: "192.168.1.1", range_start: "192.168.1.100" });
  });

  test("hostAddress is refused outside uplink mode, where the host's address is gateway", () => {
    expect(synthError((stack, host) => {
      new BridgedNetwork(stack, "lan", { host, bridgeName: "hlbr0", cidr: "10.20.0.0/24", mode: "nat", hostAddress: "10.20.0.2" });
    })).toContain("test/lan: hostAddress is for mode 'uplink'; in mode 'nat' the host's address is gateway");
  });

  test("DHCP hands out the nameservers and search domains it is given", () => {
    const json = synth((stack, host) => {
      new BridgedNetwork(stack, "lan", { host, bridgeName: "hlbr0", cidr: "10.20.0.0/24", mode: "nat",
        dhcp: { rangeStart: "10.20.0.100", rangeEnd: "10.20.0.199", nameservers: ["10.20.0.1", "9.9.9.9"], searchDomains: ["lab.example"] } });
    });
    expect(only(json, "hyperlab_dhcp")[0]).toMatchObject({ nameservers: ["10.20.0.1", "9.9.9.9"], domain_search: ["lab.example"] });
    expect(synthError((stack, host) => {
      new BridgedNetwork(stack, "lan", { host, bridgeName: "hlbr0", cidr: "10.20.0.0/24",
        dhcp: { rangeStart: "10.20.0.100", rangeEnd: "10.20.0.199", searchDomains: ["lab.example,evil"] } });
    })).toContain('test/lan: dhcp.searchDomains[0] "lab.example,evil" is invalid');
    expect(synthError((stack, host) => {
      new BridgedNetwork(stack, "lan", { host, bridgeName: "hlbr0", cidr: "10.20.0.0/24",
        dhcp: { rangeStart: "10.20.0.100", rangeEnd: "10.20.0.199", nameservers: ["10.20.0.1,set:x"] } });
    })).toContain('test/lan: dhcp.nameservers[0] "10.20.0.1,set:x" is invalid');
  });

  test("VLAN filtering and the host's namespace reach the resource", () => {
    const json = synth(
      (stack, host) => new BridgedNetwork(stack, "lan", { host, bridgeName: "hlbr0", cidr: "10.20.0.0/24", vlanFiltering: true }),
      { netns: "lab1" },
    );
    expect(only(json, "hyperlab_bridge")[0]).toMatchObject({ netns: "lab1", vlan_filtering: true });
  });

  test("fromExisting names a bridge without creating anything", () => {
    const json = synth((stack, host) => {
      const vmbr0 = BridgedNetwork.fromExisting(stack, "vmbr0", { host, bridgeName: "vmbr0", cidr: "192.168.1.0/24" });
      new TapInterface(stack, "tap", { network: vmbr0, name: "tap0" });
    });
    expect(only(json, "hyperlab_bridge")).toEqual([]);
    expect(only(json, "hyperlab_tap")[0]).toMatchObject({ name: "tap0", bridge: "vmbr0", mtu: 1500 });
    expect(only(json, "hyperlab_tap")[0].depends_on).toBeUndefined();
  });
});

describe("TapInterface", () => {
  test("is a hyperlab_tap with owner, group and multi_queue, inheriting the bridge MTU, after the bridge", () => {
    const json = synth((stack, host) => {
      const lan = new BridgedNetwork(stack, "lan", { host, bridgeName: "hlbr0", cidr: "10.20.0.0/24", mtu: 1400 });
      new TapInterface(stack, "tap", { network: lan, name: "hltap0", owner: "qemu", group: "kvm", multiQueue: true });
    });
    const [tap] = only(json, "hyperlab_tap");
    expect(tap).toMatchObject({ netns: "", name: "hltap0", bridge: "hlbr0", owner: "qemu", group: "kvm", multi_queue: true, mtu: 1400 });
    expect(tap.depends_on).toEqual([expect.stringMatching(/^hyperlab_bridge\.lan_bridge_/)]);
  });
});

describe("network validation", () => {
  test.each([
    ["a bridge name with shell syntax", { bridgeName: "br0; touch /tmp/pwned" }, 'test/lan: bridgeName "br0; touch /tmp/pwned" is invalid: a Linux interface name is 1-15 characters of [a-zA-Z0-9_.-]'],
    ["a bridge name over 15 characters", { bridgeName: "bridge-name-too-long" }, 'bridgeName "bridge-name-too-long" is invalid'],
    ["a CIDR with host bits", { cidr: "10.20.0.1/24" }, 'test/lan: cidr "10.20.0.1/24" is invalid: an IPv4 network in CIDR notation'],
    ["a CIDR that is not one", { cidr: "10.20.0/24" }, 'cidr "10.20.0/24" is invalid'],
    ["a gateway outside the network", { gateway: "10.21.0.1" }, 'test/lan: gateway "10.21.0.1" is invalid: expected a host address in 10.20.0.0/24 other than 10.20.0.0 and 10.20.0.255'],
    ["the broadcast address as gateway", { gateway: "10.20.0.255" }, 'gateway "10.20.0.255" is invalid'],
    ["the network address as gateway", { gateway: "10.20.0.0" }, 'gateway "10.20.0.0" is invalid'],
    ["an MTU out of range", { mtu: 70000 }, 'test/lan: mtu 70000 is invalid: expected an integer from 68 to 65535 bytes'],
    ["an unknown mode", { mode: "routed" }, `test/lan: mode "routed" is invalid: expected one of 'isolated', 'nat', 'uplink'`],
    ["uplink mode without an interface", { mode: "uplink" }, "test/lan: mode 'uplink' needs uplinkInterface"],
    ["an uplink interface outside uplink mode", { uplinkInterface: "eth0" }, `test/lan: uplinkInterface "eth0" is only valid with mode 'uplink', not 'isolated'`],
    ["an uplink interface with shell syntax", { mode: "uplink", uplinkInterface: "$(reboot)" }, 'uplinkInterface "$(reboot)" is invalid'],
  ])("refuses %s", (_name, override, message) => {
    const error = synthError((stack, host) => {
      new BridgedNetwork(stack, "lan", { host, bridgeName: "hlbr0", cidr: "10.20.0.0/24", ...(override as object) });
    });
    expect(error).toContain(message);
  });

  test("refuses two bridges with one name on one host", () => {
    const error = synthError((stack, host) => {
      new BridgedNetwork(stack, "a", { host, bridgeName: "hlbr0", cidr: "10.20.0.0/24" });
      new BridgedNetwork(stack, "b", { host, bridgeName: "hlbr0", cidr: "10.21.0.0/24" });
    });
    expect(error).toBe(`test/b: bridgeName "hlbr0" is invalid: interface name in the host's own network namespace must be unique within the app, but test/a bridgeName already uses it`);
  });

  test("refuses a TAP named like an existing bridge, and a TAP name with shell syntax", () => {
    expect(synthError((stack, host) => {
      const lan = new BridgedNetwork(stack, "lan", { host, bridgeName: "hlbr0", cidr: "10.20.0.0/24" });
      new TapInterface(stack, "tap", { network: lan, name: "hlbr0" });
    })).toContain("test/tap: name \"hlbr0\" is invalid: interface name in the host's own network namespace must be unique within the app, but test/lan bridgeName already uses it");
    expect(synthError((stack, host) => {
      const lan = new BridgedNetwork(stack, "lan", { host, bridgeName: "hlbr0", cidr: "10.20.0.0/24" });
      new TapInterface(stack, "tap", { network: lan, name: "tap`id`" });
    })).toContain('test/tap: name "tap`id`" is invalid');
    expect(synthError((stack, host) => {
      const lan = new BridgedNetwork(stack, "lan", { host, bridgeName: "hlbr0", cidr: "10.20.0.0/24" });
      new TapInterface(stack, "tap", { network: lan, name: "tap0", owner: "root; rm -rf /" });
    })).toContain('test/tap: owner "root; rm -rf /" is invalid: a user or group name');
  });
});

describe("an existing bridge claims its name and its gateways", () => {
  const NAME = "interface name in the host's own network namespace must be unique within the app";
  const existing = (stack: any, host: any, props: Record<string, unknown> = {}) =>
    BridgedNetwork.fromExisting(stack, "vmbr0", { host, bridgeName: "br0", cidr: "192.168.1.0/24", gateway: "192.168.1.1",
      ipv6Cidr: "fd01::/64", ipv6Gateway: "fd01::1", ...props });

  test("a managed bridge of the same name on the same host is refused, either way round, naming both", () => {
    expect(synthError((stack, host) => {
      existing(stack, host);
      new BridgedNetwork(stack, "lan", { host, bridgeName: "br0", cidr: "10.20.0.0/24" });
    })).toBe(`test/lan: bridgeName "br0" is invalid: ${NAME}, but test/vmbr0 bridgeName already uses it`);
    expect(synthError((stack, host) => {
      new BridgedNetwork(stack, "lan", { host, bridgeName: "br0", cidr: "10.20.0.0/24" });
      existing(stack, host);
    })).toBe(`test/vmbr0: bridgeName "br0" is invalid: ${NAME}, but test/lan bridgeName already uses it`);
  });

  test("so are a TAP and a second existing bridge of that name on that host", () => {
    expect(synthError((stack, host) => {
      new TapInterface(stack, "tap", { network: existing(stack, host), name: "br0" });
    })).toBe(`test/tap: name "br0" is invalid: ${NAME}, but test/vmbr0 bridgeName already uses it`);
    expect(synthError((stack, host) => {
      existing(stack, host);
      BridgedNetwork.fromExisting(stack, "again", { host, bridgeName: "br0" });
    })).toBe(`test/again: bridgeName "br0" is invalid: ${NAME}, but test/vmbr0 bridgeName already uses it`);
  });

  test("the same name on another host or in another namespace is taken", () => {
    const json = synth((stack, host) => {
      existing(stack, host);
      const other = new LinuxHost(stack, "other", { netns: "lab1" });
      new BridgedNetwork(stack, "lan", { host: other, bridgeName: "br0", cidr: "10.20.0.0/24" });
      BridgedNetwork.fromExisting(stack, "again", { host: other, bridgeName: "br1", cidr: "192.168.1.0/24", gateway: "192.168.1.1" });
    });
    expect(only(json, "hyperlab_bridge")).toEqual([expect.objectContaining({ name: "br0", netns: "lab1" })]);
  });

  test.each([
    // Routed through another router: the check that an address is not its own gateway does not see it.
    ["its gateway as a container's address", { address: "192.168.1.1", gateway: "192.168.1.254" }, 'test/ct: nics[0].address "192.168.1.1" is invalid: address on bridge br0 ' +
      "(the host's own network namespace) must be unique within the app, but test/vmbr0 gateway already uses it"],
    ["its IPv6 gateway as a container's address6", { address: "192.168.1.20", address6: "fd01::1" }, 'test/ct: nics[0].address6 "fd01::1" is invalid: ' +
      "IPv6 address on bridge br0 (the host's own network namespace) must be unique within the app, but test/vmbr0 ipv6Gateway already uses it"],
  ])("a guest taking %s is refused, naming both", (_what, nic, message) => {
    expect(synthError((stack, host) => {
      new LxcContainer(stack, "ct", { host, name: "ct", nics: [{ network: existing(stack, host), ...nic }] });
    })).toBe(message);
  });

  test("on a Proxmox node too: a VM taking vmbr0's gateway, and a second vmbr0 of the node", () => {
    const vmbr0 = (stack: any, node: any) => BridgedNetwork.fromExisting(stack, "vmbr0", { host: node, bridgeName: "vmbr0", cidr: "192.168.50.0/24",
      gateway: "192.168.50.1" });
    const key = "Proxmox node pve1 of https://pve1.example.org:8006/api2/json";
    expect(errorOn((stack, node) => {
      new KvmGuest(stack, "web", { host: node, name: "web", nics: [{ network: vmbr0(stack, node), address: "192.168.50.1", gateway: "192.168.50.254" }],
        cloudInit: { user: "debian" }, proxmox: { clone: { template: "debian-12-ci" } } });
    })).toBe(`test/web: nics[0].address "192.168.50.1" is invalid: address on bridge vmbr0 (${key}) must be unique within the app, ` +
      "but test/vmbr0 gateway already uses it");
    expect(errorOn((stack, node) => {
      vmbr0(stack, node);
      BridgedNetwork.fromExisting(stack, "again", { host: node, bridgeName: "vmbr0" });
    })).toBe(`test/again: bridgeName "vmbr0" is invalid: interface name in ${key} must be unique within the app, but test/vmbr0 bridgeName already uses it`);
    // Another address on it is taken.
    expect(only(synthOn((stack, node) => {
      new KvmGuest(stack, "web", { host: node, name: "web", nics: [{ network: vmbr0(stack, node), address: "192.168.50.10" }],
        cloudInit: { user: "debian" }, proxmox: { clone: { template: "debian-12-ci" } } });
    }), "proxmox_vm_qemu")[0].ipconfig0).toBe("ip=192.168.50.10/24,gw=192.168.50.1");
  });
});
