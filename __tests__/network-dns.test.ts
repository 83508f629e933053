import { BridgedNetwork, KvmGuest, LxcContainer } from "../constructs";
import { only, synth, synthError } from "./support/synth";

// The network's own DNS (issue 27): the DHCP server's dnsmasq answers DNS on the
// bridge in isolated and nat mode, as lxc-net and libvirt do, with the INPUT rules
// on, the domain handed out, a default range, and names for every DHCP guest.
describe("a BridgedNetwork's DNS, domain and default DHCP range", () => {
  test("nat with dhcp: DNS on the bridge, the host's resolvers, the INPUT rules, the default range (the upper half)", () => {
    const [dhcp] = only(synth((stack, host) => {
      new BridgedNetwork(stack, "lan", { host, bridgeName: "hlbr0", cidr: "10.60.0.0/24", mode: "nat", dhcp: {} });
    }), "hyperlab_dhcp");
    expect(dhcp).toMatchObject({ dns: true, dns_upstream: [], input_rules: true, range_start: "10.60.0.128", range_end: "10.60.0.254",
      nameservers: [] });
    expect(dhcp.domain).toBeUndefined();
  });

  test("the default range of other prefixes, and the gateway in it refused with what to do", () => {
    const range = (cidr: string) => only(synth((stack, host) => {
      new BridgedNetwork(stack, "lan", { host, bridgeName: "hlbr0", cidr, dhcp: {} });
    }), "hyperlab_dhcp")[0];
    expect(range("10.60.0.0/28")).toMatchObject({ range_start: "10.60.0.8", range_end: "10.60.0.14" });
    expect(range("10.60.0.0/16")).toMatchObject({ range_start: "10.60.128.0", range_end: "10.60.255.254" });
    expect(synthError((stack, host) => {
      new BridgedNetwork(stack, "lan", { host, bridgeName: "hlbr0", cidr: "10.60.0.0/24", gateway: "10.60.0.200", dhcp: {} });
    })).toContain("test/lan: the DHCP range 10.60.0.128-10.60.0.254 (the default: the upper half of 10.60.0.0/24) contains the " +
      "gateway 10.60.0.200; give dhcp.rangeStart and dhcp.rangeEnd or the gateway");
    expect(synthError((stack, host) => {
      new BridgedNetwork(stack, "lan", { host, bridgeName: "hlbr0", cidr: "10.60.0.0/24", dhcp: { rangeStart: "10.60.0.10" } });
    })).toContain("test/lan: dhcp.rangeStart is given without dhcp.rangeEnd: give both ends of the dynamic range, or neither");
  });

  test("dns.upstream, the domain first in the search list, and dns turned off", () => {
    const [dhcp] = only(synth((stack, host) => {
      new BridgedNetwork(stack, "lan", { host, bridgeName: "hlbr0", cidr: "10.60.0.0/24", mode: "nat", domain: "lab.internal",
        dns: { upstream: ["192.0.2.53", "2001:db8::53"] }, dhcp: { searchDomains: ["corp.example"] } });
    }), "hyperlab_dhcp");
    expect(dhcp).toMatchObject({ dns: true, dns_upstream: ["192.0.2.53", "2001:db8::53"], domain: "lab.internal", domain_search: ["corp.example"] });
    const [off] = only(synth((stack, host) => {
      new BridgedNetwork(stack, "lan", { host, bridgeName: "hlbr0", cidr: "10.60.0.0/24", dns: { enabled: false }, dhcp: {} });
    }), "hyperlab_dhcp");
    expect(off).toMatchObject({ dns: false, input_rules: true });
  });

  test.each([
    ["dns without dhcp", { dns: { enabled: true } }, "test/lan: dns is served by the network's DHCP server (dnsmasq), and this network has no dhcp; add dhcp: {}"],
    ["upstream with dns off", { dns: { enabled: false, upstream: ["192.0.2.53"] }, dhcp: {} }, "test/lan: dns.upstream is where the network's DNS server forwards, and dns.enabled is false"],
    ["an upstream that is no address", { dns: { upstream: ["dns.example"] }, dhcp: {} }, 'test/lan: dns.upstream[0] "dns.example" is invalid'],
    ["a multicast upstream", { dns: { upstream: ["224.0.0.1"] }, dhcp: {} }, 'test/lan: dns.upstream[0] "224.0.0.1" is invalid'],
    ["a domain without dhcp", { domain: "lab.internal" }, 'test/lan: domain "lab.internal" is handed out by the network\'s DHCP server, and this network has no dhcp'],
    ["a domain with shell syntax", { domain: "lab;reboot", dhcp: {} }, 'test/lan: domain "lab;reboot" is invalid'],
  ])("refuses %s", (_n, extra, message) => {
    expect(synthError((stack, host) => {
      new BridgedNetwork(stack, "lan", { host, bridgeName: "hlbr0", cidr: "10.60.0.0/24", mode: "nat", ...extra });
    })).toContain(message);
  });

  test("every DHCP guest of the stack's server is reserved by name, so the network's DNS answers it", () => {
    const [dhcp] = only(synth((stack, host) => {
      const lan = new BridgedNetwork(stack, "lan", { host, bridgeName: "hlbr0", cidr: "10.60.0.0/24", mode: "nat", dhcp: {} });
      new LxcContainer(stack, "ct", { host, name: "web", nics: [{ network: lan, dhcp: true, mac: "02:00:00:00:00:14" }] });
      new KvmGuest(stack, "vm", { host, name: "db", bootImage: "/srv/a.qcow2", nics: [{ network: lan, dhcp: true, mac: "02:00:00:00:00:15" }], cloudInit: {} });
    }), "hyperlab_dhcp");
    expect(dhcp.reservations).toEqual([{ mac: "02:00:00:00:00:14", hostname: "web" }, { mac: "02:00:00:00:00:15", hostname: "db" }]);
  });

  test("uplink mode serves no DNS by default", () => {
    const [dhcp] = only(synth((stack, host) => {
      new BridgedNetwork(stack, "lan", { host, bridgeName: "vmbr1", cidr: "192.168.1.0/24", mode: "uplink", uplinkInterface: "eth1",
        gateway: "192.168.1.1", hostAddress: "192.168.1.5", dhcp: { serveUplinkedLan: true } });
    }), "hyperlab_dhcp");
    expect(dhcp).toMatchObject({ dns: false, range_start: "192.168.1.128", range_end: "192.168.1.254" });
  });

  test("an uplink bridge without cidr: layer 2 only, its guests on the LAN's DHCP; what needs an address refused", () => {
    const json = synth((stack, host) => {
      const lan = new BridgedNetwork(stack, "lan", { host, bridgeName: "vmbr1", mode: "uplink", uplinkInterface: "eth1" });
      expect(lan.network).toBeUndefined();
      new LxcContainer(stack, "ct", { host, name: "ct", nics: [{ network: lan, dhcp: true }] });
    });
    expect(only(json, "hyperlab_bridge")[0]).toMatchObject({ uplink: "eth1", addresses: [] });
    expect(only(json, "hyperlab_dhcp")).toEqual([]);
    expect(only(json, "hyperlab_lxc_container")[0].nics[0].ipv4).toBeUndefined();
    const uplink = (extra: object, nic?: object) => synthError((stack, host) => {
      const lan = new BridgedNetwork(stack, "lan", { host, bridgeName: "vmbr1", mode: "uplink", uplinkInterface: "eth1", ...extra });
      if (nic) new LxcContainer(stack, "ct", { host, name: "ct", nics: [{ network: lan, ...nic }] });
    });
    expect(uplink({ gateway: "192.168.1.1" })).toContain("test/lan: gateway needs cidr, the network it is checked against");
    expect(uplink({}, { address: "192.168.1.20" })).toContain(`test/ct: nics[0].address "192.168.1.20" is invalid: test/lan has no known cidr, ` +
      "so the address carries the prefix of the LAN it is on, e.g. '192.168.1.20/24'");
    expect(uplink({}, { address: "192.168.1.0/24" })).toContain('test/ct: nics[0].address "192.168.1.0" is invalid');
    expect(uplink({}, { address: "192.168.1.20/24", gateway: "192.168.2.1" })).toContain('test/ct: nics[0].gateway "192.168.2.1" is invalid');
    expect(uplink({}, { dhcp: true, defaultRoute: false })).toContain("test/lan: runs no DHCP server to reserve a lease for");
    expect(synthError((stack, host) => {
      new BridgedNetwork(stack, "lan", { host, bridgeName: "hlbr0", mode: "nat" });
    })).toContain("test/lan: cidr is required in mode 'nat'");
  });

  test("a static address the user vouches for on an uplink bridge without cidr: with its prefix, applied by LXC and cloud-init", () => {
    const json = synth((stack, host) => {
      const lan = new BridgedNetwork(stack, "lan", { host, bridgeName: "vmbr1", mode: "uplink", uplinkInterface: "eth1" });
      new LxcContainer(stack, "ct", { host, name: "ct", nics: [{ network: lan, address: "192.168.1.20/24", gateway: "192.168.1.1" }] });
      new KvmGuest(stack, "vm", { host, name: "vm", bootImage: "/srv/a.qcow2", nics: [{ network: lan, address: "192.168.1.21/24" }], cloudInit: {} });
    });
    expect(only(json, "hyperlab_lxc_container")[0].nics[0]).toMatchObject({ ipv4: "192.168.1.20/24", gateway: "192.168.1.1" });
    const [seed] = only(json, "hyperlab_kvm_seed");
    expect(seed.network_config).toContain("192.168.1.21/24");
    expect(synthError((stack, host) => {
      const lan = new BridgedNetwork(stack, "lan", { host, bridgeName: "vmbr1", mode: "uplink", uplinkInterface: "eth1" });
      new LxcContainer(stack, "a", { host, name: "a", nics: [{ network: lan, address: "192.168.1.20/24" }] });
      new LxcContainer(stack, "b", { host, name: "b", nics: [{ network: lan, address: "192.168.1.20/16" }] });
    })).toContain("192.168.1.20");
  });
});
