import { BridgedNetwork, KvmGuest, LxcContainer } from "../constructs";
import { only, synth, synthError } from "./support/synth";

describe("DHCP on a BridgedNetwork", () => {
  const build = () =>
    synth((stack, host) => {
      const lan = new BridgedNetwork(stack, "lan", {
        host, bridgeName: "hlbr0", cidr: "10.60.0.0/24", mode: "nat", dhcp: { rangeStart: "10.60.0.100", rangeEnd: "10.60.0.199", leaseSeconds: 600 },
      });
      new LxcContainer(stack, "ct", { host, name: "ct", nics: [{ network: lan, dhcp: true, address: "10.60.0.13", mac: "02:00:00:00:00:13" }] });
      new KvmGuest(stack, "vm", { host, name: "vm", bootImage: "/srv/a.qcow2", nics: [{ network: lan, dhcp: true }], cloudInit: {} });
    });

  test("runs a hyperlab_dhcp on the bridge with the range, lease and the gateway as router", () => {
    const [dhcp] = only(build(), "hyperlab_dhcp");
    expect(dhcp).toMatchObject({
      netns: "", range_start: "10.60.0.100", range_end: "10.60.0.199", lease_seconds: 600, router: "10.60.0.1",
      bridge: expect.stringMatching(/^\$\{hyperlab_bridge\.lan_bridge_\w+\.name\}$/),
    });
  });

  test("reserves a DHCP NIC's address for its MAC, and the guest starts after the server has it", () => {
    const json = build();
    const [dhcp] = only(json, "hyperlab_dhcp");
    // The KVM guest's NIC (no address) is reserved by name only, so the network's DNS answers it.
    expect(dhcp.reservations).toEqual([{ mac: "02:00:00:00:00:13", address: "10.60.0.13", hostname: "ct" },
      { mac: expect.stringMatching(/^([0-9a-f]{2}:){5}[0-9a-f]{2}$/), hostname: "vm" }]);
    const [container] = only(json, "hyperlab_lxc_container");
    expect(container.depends_on).toContain(`hyperlab_dhcp.${Object.keys(json.resource.hyperlab_dhcp)[0]}`);
    // The container asks DHCP: LXC gives its NIC no address.
    expect(container.nics[0].ipv4).toBeUndefined();
  });

  test("a KVM guest's DHCP NIC is configured for DHCP by cloud-init", () => {
    const [seed] = only(build(), "hyperlab_kvm_seed");
    expect(seed.network_config).toContain("dhcp4: true");
  });

  test.each([
    ["a range containing the gateway", { rangeStart: "10.60.0.1", rangeEnd: "10.60.0.50" }, "test/lan: the DHCP range 10.60.0.1-10.60.0.50 contains the gateway 10.60.0.1"],
    ["a reversed range", { rangeStart: "10.60.0.200", rangeEnd: "10.60.0.100" }, "test/lan: dhcp.rangeStart 10.60.0.200 comes after dhcp.rangeEnd 10.60.0.100"],
    ["a range outside the network", { rangeStart: "10.61.0.10", rangeEnd: "10.61.0.20" }, 'test/lan: dhcp.rangeStart "10.61.0.10" is invalid'],
    ["a lease under two minutes", { rangeStart: "10.60.0.10", rangeEnd: "10.60.0.20", leaseSeconds: 30 }, "test/lan: dhcp.leaseSeconds 30 is invalid"],
  ])("refuses %s", (_n, dhcp, message) => {
    expect(synthError((stack, host) => {
      new BridgedNetwork(stack, "lan", { host, bridgeName: "hlbr0", cidr: "10.60.0.0/24", dhcp });
    })).toContain(message);
  });

  test("refuses a DHCP NIC where no DHCP server answers, and a reservation on a bridge the stack does not run", () => {
    expect(synthError((stack, host) => {
      const lan = new BridgedNetwork(stack, "lan", { host, bridgeName: "hlbr0", cidr: "10.60.0.0/24" });
      new LxcContainer(stack, "ct", { host, name: "ct", nics: [{ network: lan, dhcp: true }] });
    })).toBe("test/ct: nics[0].dhcp is set but no DHCP server answers on test/lan");
    expect(synthError((stack, host) => {
      const lan = BridgedNetwork.fromExisting(stack, "lan", { host, bridgeName: "vmbr0", cidr: "10.60.0.0/24", hasDhcp: true });
      new LxcContainer(stack, "ct", { host, name: "ct", nics: [{ network: lan, dhcp: true, address: "10.60.0.5" }] });
    })).toBe("test/ct: nics[0].address with dhcp needs a DHCP server the stack runs; test/lan is not managed");
  });
});
