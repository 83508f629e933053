// Dual-stack networks: an IPv6 prefix beside a bridge's IPv4 network, the host's
// IPv6 address on the bridge, router advertisements from its dnsmasq, NAT66 for
// unique local prefixes only, and static IPv6 addresses on guest NICs (LXC,
// cloud-init, Proxmox), with the refusals of what cannot be.
import { TerraformStack, Testing } from "cdktf";
import { Construct } from "constructs";
import { parse } from "yaml";
import { BridgedNetwork, KvmGuest, LinuxHost, LxcContainer, ProxmoxNode } from "../constructs";
import { only, synth, synthError } from "./support/synth";

const dual = (stack: Construct, host: LinuxHost, extra: object = {}) => new BridgedNetwork(stack, "lan", {
  host, bridgeName: "hlbr0", cidr: "10.60.0.0/24", ipv6Cidr: "fd60:0:0:1::/64", ...extra,
});

describe("BridgedNetwork with ipv6Cidr", () => {
  test("puts the host's IPv6 address (the prefix's ::1 by default) on the bridge beside the IPv4 one", () => {
    const json = synth((stack, host) => { dual(stack, host); });
    expect(only(json, "hyperlab_bridge")[0].addresses).toEqual(["10.60.0.1/24", "fd60:0:0:1::1/64"]);
    const other = synth((stack, host) => { dual(stack, host, { ipv6Gateway: "FD60:0:0:1:0:0:0:FE" }); });
    // Canonical form (RFC 5952): what the kernel gives back, so Read sees no drift.
    expect(only(other, "hyperlab_bridge")[0].addresses).toEqual(["10.60.0.1/24", "fd60:0:0:1::fe/64"]);
    // Opt-in: without ipv6Cidr nothing of IPv6 is synthesized.
    const v4 = synth((stack, host) => {
      const lan = new BridgedNetwork(stack, "lan", { host, bridgeName: "hlbr0", cidr: "10.60.0.0/24", mode: "nat",
        dhcp: { rangeStart: "10.60.0.100", rangeEnd: "10.60.0.199" } });
      new LxcContainer(stack, "ct", { host, name: "ct", nics: [{ network: lan, address: "10.60.0.10" }] });
    });
    expect(JSON.stringify(v4)).not.toMatch(/ipv6|source_cidr6|masquerade6|gateway6/);
  });

  test.each([
    ["fd60::1/64", "host bits zero"],
    ["fd60::/40", "prefix 48-64"],
    ["fd60::/80", "prefix 48-64"],
    ["fd60::", "prefix 48-64"],
    ["10.0.0.0/24", "an IPv6 network"],
    ["fe80::/64", "overlaps fe80::/10 (link-local)"],
    ["ff02::/64", "overlaps ff00::/8 (multicast)"],
    ["::/64", "overlaps ::/8 (reserved: unspecified, loopback ::1, IPv4-mapped)"],
    ["::ffff:10.0.0.0/120", "an IPv6 network"],
    ["fd60::%eth0/64", "an IPv6 network"],
  ])("refuses ipv6Cidr %s", (ipv6Cidr, message) => {
    expect(synthError((stack, host) => { dual(stack, host, { ipv6Cidr }); })).toContain(message);
  });

  test("refuses overlapping IPv6 prefixes in one namespace, allows them in two", () => {
    const two = (netns2?: string) => (stack: Construct, host: LinuxHost) => {
      dual(stack, host);
      const other = netns2 ? new LinuxHost(stack, "host2", { netns: netns2 }) : host;
      new BridgedNetwork(stack, "lan2", { host: other, bridgeName: "hlbr1", cidr: "10.61.0.0/24", ipv6Cidr: "fd60::/48" });
    };
    expect(synthError(two())).toContain("IPv6 networks of bridges in");
    expect(synthError(two())).toContain("must not overlap, but test/lan ipv6Cidr has fd60:0:0:1::/64");
    expect(() => synth(two("hlother"))).not.toThrow();
  });

  test("refuses ipv6Gateway outside the prefix or without one, ipv6Cidr on an uplink bridge or below MTU 1280", () => {
    expect(synthError((stack, host) => { dual(stack, host, { ipv6Gateway: "fd61::1" }); })).toContain("expected an IPv6 address in fd60:0:0:1::/64");
    expect(synthError((stack, host) => { dual(stack, host, { ipv6Gateway: "fd60:0:0:1::" }); })).toContain("subnet-router anycast");
    expect(synthError((stack, host) => {
      new BridgedNetwork(stack, "lan", { host, bridgeName: "hlbr0", cidr: "10.60.0.0/24", ipv6Gateway: "fd60::1" });
    })).toContain("ipv6Gateway needs ipv6Cidr");
    expect(synthError((stack, host) => { dual(stack, host, { mode: "uplink", uplinkInterface: "eth1" }); }))
      .toContain("ipv6Cidr is not supported in mode 'uplink'");
    expect(synthError((stack, host) => { dual(stack, host, { mtu: 1200 }); })).toContain("ipv6Cidr needs an MTU of at least 1280");
  });

  test("nat mode masquerades a unique local prefix (NAT66) and only routes a global one", () => {
    const ula = synth((stack, host) => { dual(stack, host, { mode: "nat" }); });
    expect(only(ula, "hyperlab_nat")[0]).toMatchObject({ source_cidr: "10.60.0.0/24", source_cidr6: "fd60:0:0:1::/64", masquerade6: true, forward: true });
    const global = synth((stack, host) => { dual(stack, host, { mode: "nat", ipv6Cidr: "2001:db8:60::/64" }); });
    expect(only(global, "hyperlab_nat")[0]).toMatchObject({ source_cidr6: "2001:db8:60::/64", masquerade6: false });
  });

  test("dhcp advertises the /64 (stateless SLAAC by default) with the IPv6 DNS servers", () => {
    const json = synth((stack, host) => {
      dual(stack, host, { dhcp: { rangeStart: "10.60.0.100", rangeEnd: "10.60.0.199", ipv6Nameservers: ["FD60:0:0:1::53"] } });
    });
    expect(only(json, "hyperlab_dhcp")[0]).toMatchObject({
      ipv6_prefix: "fd60:0:0:1::/64", ipv6_mode: "ra-stateless", ipv6_nameservers: ["fd60:0:0:1::53"], router: "10.60.0.1",
    });
    const raOnly = synth((stack, host) => { dual(stack, host, { dhcp: { rangeStart: "10.60.0.100", rangeEnd: "10.60.0.199", ipv6Mode: "ra-only" } }); });
    expect(only(raOnly, "hyperlab_dhcp")[0]).toMatchObject({ ipv6_mode: "ra-only" });
    expect(only(raOnly, "hyperlab_dhcp")[0].ipv6_nameservers).toBeUndefined();
  });

  test("dhcp refuses a prefix that is not a /64, IPv6 options without ipv6Cidr, and bad IPv6 DNS servers", () => {
    const range = { rangeStart: "10.60.0.100", rangeEnd: "10.60.0.199" };
    expect(synthError((stack, host) => { dual(stack, host, { ipv6Cidr: "fd60::/56", dhcp: range }); }))
      .toContain("SLAAC, which makes addresses in a /64 only");
    expect(synthError((stack, host) => {
      new BridgedNetwork(stack, "lan", { host, bridgeName: "hlbr0", cidr: "10.60.0.0/24", dhcp: { ...range, ipv6Mode: "ra-only" } });
    })).toContain("dhcp.ipv6Mode needs ipv6Cidr");
    expect(synthError((stack, host) => { dual(stack, host, { dhcp: { ...range, ipv6Mode: "slaac" } }); })).toContain("expected one of 'ra-stateless', 'ra-only'");
    for (const bad of ["fe80::1", "ff02::1", "10.0.0.1", "fd60::1\n--x", "::"]) {
      expect(synthError((stack, host) => { dual(stack, host, { dhcp: { ...range, ipv6Nameservers: [bad] } }); }))
        .toContain("expected a unicast IPv6 address");
    }
  });
});

describe("address6 on guest NICs", () => {
  test("an LXC container gets its IPv6 address, and the IPv6 default route on its default-route NIC only", () => {
    const json = synth((stack, host) => {
      const lan = dual(stack, host);
      const back = new BridgedNetwork(stack, "back", { host, bridgeName: "hlbr1", cidr: "10.61.0.0/24", ipv6Cidr: "fd61::/64" });
      new LxcContainer(stack, "ct", { host, name: "ct", nics: [
        { network: lan, address: "10.60.0.10", address6: "fd60:0:0:1:0:0:0:10" },
        { network: back, address: "10.61.0.10", address6: "fd61::10" },
      ] });
    });
    const [n0, n1] = only(json, "hyperlab_lxc_container")[0].nics;
    expect(n0).toMatchObject({ ipv4: "10.60.0.10/24", gateway: "10.60.0.1", ipv6: "fd60:0:0:1::10/64", gateway6: "fd60:0:0:1::1" });
    expect(n1).toMatchObject({ ipv4: "10.61.0.10/24", ipv6: "fd61::10/64" });
    expect(n1.gateway).toBeUndefined();
    expect(n1.gateway6).toBeUndefined();
  });

  test("the IPv6 default route follows defaultRoute, and an IPv6-only NIC can carry it", () => {
    const json = synth((stack, host) => {
      const lan = dual(stack, host);
      const back = new BridgedNetwork(stack, "back", { host, bridgeName: "hlbr1", cidr: "10.61.0.0/24", ipv6Cidr: "fd61::/64" });
      new LxcContainer(stack, "ct", { host, name: "ct", nics: [
        { network: lan, address6: "fd60:0:0:1::10" },
        { network: back, address: "10.61.0.10", address6: "fd61::10", defaultRoute: true },
      ] });
      new LxcContainer(stack, "ct6", { host, name: "ct6", nics: [{ network: lan, address6: "fd60:0:0:1::11" }] });
    });
    const byName = (name: string) => only(json, "hyperlab_lxc_container").find((c) => c.name === name);
    const [ct, ct6] = [byName("ct"), byName("ct6")];
    expect(ct.nics[0].gateway6).toBeUndefined();
    expect(ct.nics[1]).toMatchObject({ gateway: "10.61.0.1", gateway6: "fd61::1" });
    expect(ct6.nics[0]).toMatchObject({ ipv6: "fd60:0:0:1::11/64", gateway6: "fd60:0:0:1::1" });
    expect(ct6.nics[0].ipv4).toBeUndefined();
  });

  test.each([
    ["outside the prefix", "fd61::10", "expected an IPv6 address in fd60:0:0:1::/64"],
    ["the subnet-router anycast address", "fd60:0:0:1::", "expected an IPv6 address in fd60:0:0:1::/64"],
    ["the gateway", "fd60:0:0:1::1", "must be unique within the app, but test/lan ipv6Gateway already uses it"],
    ["with a prefix", "fd60:0:0:1::10/64", "expected an IPv6 address"],
    ["an IPv4 address", "10.60.0.10", "expected an IPv6 address"],
    ["a zone", "fe80::1%eth0", "expected an IPv6 address"],
    ["a newline", "fd60:0:0:1::10\nlxc.idmap = u 0 0 1", "expected an IPv6 address"],
  ])("refuses address6 %s", (_what, address6, message) => {
    expect(synthError((stack, host) => {
      new LxcContainer(stack, "ct", { host, name: "ct", nics: [{ network: dual(stack, host), address6 }] });
    })).toContain(message);
  });

  test("refuses a duplicate address6 on a bridge (in any spelling), and address6 on a network without ipv6Cidr", () => {
    expect(synthError((stack, host) => {
      const lan = dual(stack, host);
      new LxcContainer(stack, "a", { host, name: "a", nics: [{ network: lan, address6: "fd60:0:0:1::10" }] });
      new LxcContainer(stack, "b", { host, name: "b", nics: [{ network: lan, address6: "FD60:0000:0:1::0010" }] });
    })).toContain("fd60:0:0:1::10");
    expect(synthError((stack, host) => {
      const lan = new BridgedNetwork(stack, "lan", { host, bridgeName: "hlbr0", cidr: "10.60.0.0/24" });
      new LxcContainer(stack, "ct", { host, name: "ct", nics: [{ network: lan, address6: "fd60::10" }] });
    })).toContain("nics[0].address6 needs a network with an IPv6 prefix (ipv6Cidr); test/lan has none");
    // The same address on two bridges is two addresses.
    expect(() => synth((stack, host) => {
      const lan = dual(stack, host);
      const other = new BridgedNetwork(stack, "back", { host, bridgeName: "hlbr1", cidr: "10.61.0.0/24", ipv6Cidr: "fd61::/64" });
      new LxcContainer(stack, "a", { host, name: "a", nics: [{ network: lan, address6: "fd60:0:0:1::10" }, { network: other, address6: "fd61::10" }] });
    })).not.toThrow();
  });

  test("cloud-init network config has the IPv6 address, and gateway6 on the default-route NIC only", () => {
    const json = synth((stack, host) => {
      const lan = dual(stack, host);
      const back = new BridgedNetwork(stack, "back", { host, bridgeName: "hlbr1", cidr: "10.61.0.0/24", ipv6Cidr: "fd61::/64",
        dhcp: { rangeStart: "10.61.0.100", rangeEnd: "10.61.0.199" } });
      new KvmGuest(stack, "vm", {
        host, name: "vm1", bootImage: "/srv/images/debian.qcow2",
        nics: [
          { network: lan, address: "10.60.0.20", address6: "fd60:0:0:1::20", mac: "52:54:00:00:60:20" },
          { network: back, dhcp: true, address6: "fd61::20", mac: "52:54:00:00:60:21" },
        ],
        cloudInit: { user: "debian" },
      });
    });
    const config = parse(only(json, "hyperlab_kvm_seed")[0].network_config);
    expect(config.ethernets.eth0).toEqual({
      match: { macaddress: "52:54:00:00:60:20" }, "set-name": "eth0",
      addresses: ["10.60.0.20/24", "fd60:0:0:1::20/64"],
      gateway4: "10.60.0.1", gateway6: "fd60:0:0:1::1",
    });
    expect(config.ethernets.eth1).toEqual({ match: { macaddress: "52:54:00:00:60:21" }, "set-name": "eth1", addresses: ["fd61::20/64"], dhcp4: true });
    expect(JSON.stringify(config).match(/"gateway6"/g)).toHaveLength(1);
  });

  test("a KVM guest without cloud-init refuses address6 (libvirt and the kernel's ip= cannot set it)", () => {
    expect(synthError((stack, host) => {
      new KvmGuest(stack, "vm", { host, name: "vm1", bootImage: "/srv/images/debian.qcow2", nics: [{ network: dual(stack, host), address6: "fd60:0:0:1::20" }] });
    })).toContain("nics[0].address6 fd60:0:0:1::20 would never reach the guest without cloudInit");
  });
});

describe("address6 on a ProxmoxNode", () => {
  const NODE = { apiUrl: "https://pve1.example.org:8006/api2/json", nodeName: "pve1", tokenId: "hyperlab@pve!deploy" };
  const synthOn = (build: (stack: Construct, node: ProxmoxNode) => void): any => {
    const stack = new TerraformStack(Testing.app(), "test");
    build(stack, new ProxmoxNode(stack, "pve", NODE));
    return JSON.parse(Testing.synth(stack));
  };
  const vmbr0 = (stack: Construct, node: ProxmoxNode) => BridgedNetwork.fromExisting(stack, "vmbr0", {
    host: node, bridgeName: "vmbr0", cidr: "10.50.0.0/24", gateway: "10.50.0.1", ipv6Cidr: "fd50::/64", ipv6Gateway: "fd50::1",
  });

  test("a VM's ipconfig gets ip6 (and gw6 on the default NIC), a container's network ip6 and gw6", () => {
    const json = synthOn((stack, node) => {
      const net = vmbr0(stack, node);
      new KvmGuest(stack, "web", { host: node, name: "web", proxmox: { clone: { template: "debian-12-ci" } }, cloudInit: { user: "debian" },
        nics: [{ network: net, address: "10.50.0.10", address6: "fd50::10" }, { network: net, address6: "fd50::11" }] });
      new LxcContainer(stack, "ct", { host: node, name: "ct", proxmox: { ostemplate: "local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst" },
        nics: [{ network: net, address: "10.50.0.20", address6: "fd50::20" }] });
    });
    const [vm] = only(json, "proxmox_vm_qemu");
    expect(vm.ipconfig0).toBe("ip=10.50.0.10/24,gw=10.50.0.1,ip6=fd50::10/64,gw6=fd50::1");
    expect(vm.ipconfig1).toBe("ip=dhcp,ip6=fd50::11/64");
    expect(only(json, "proxmox_lxc")[0].network[0]).toMatchObject({ ip: "10.50.0.20/24", gw: "10.50.0.1", ip6: "fd50::20/64", gw6: "fd50::1" });
  });

  test("a VM without cloud-init refuses address6", () => {
    expect(() => synthOn((stack, node) => {
      new KvmGuest(stack, "web", { host: node, name: "web", proxmox: { clone: { template: "debian-12-ci" } },
        nics: [{ network: vmbr0(stack, node), address6: "fd50::10" }] });
    })).toThrow("nics[0].address6 fd50::10 reaches a Proxmox VM only through cloud-init (ipconfig0)");
  });
});
