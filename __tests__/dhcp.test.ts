import { BridgedNetwork, KvmGuest, LxcContainer } from "../constructs";
import { synth, synthError } from "./support/synth";

const data = (json: any) => json.resource.terraform_data as Record<string, any>;
const byPrefix = (json: any, prefix: string) => Object.entries(data(json)).find(([k]) => k.startsWith(prefix))!;

describe("DHCP on a BridgedNetwork", () => {
  const build = () =>
    synth((stack, host) => {
      const lan = new BridgedNetwork(stack, "lan", {
        host, bridgeName: "hlbr0", cidr: "10.60.0.0/24", mode: "nat", dhcp: { rangeStart: "10.60.0.100", rangeEnd: "10.60.0.199", leaseSeconds: 600 },
      });
      new LxcContainer(stack, "ct", { host, hostname: "ct", nics: [{ network: lan, dhcp: true, address: "10.60.0.13", mac: "02:00:00:00:00:13" }] });
      new KvmGuest(stack, "vm", { host, name: "vm", bootImage: "/srv/a.qcow2", nics: [{ network: lan, dhcp: true }], cloudInit: {} });
    });

  test("starts dnsmasq for DHCP only, on the bridge alone, and stops it on destroy", () => {
    const [, bridge] = byPrefix(build(), "lan_bridge");
    expect(bridge.input.create).toContain(
      "dnsmasq --conf-file=/dev/null --port=0 --interface=hlbr0 --bind-interfaces --except-interface=lo " +
        "--dhcp-range=10.60.0.100,10.60.0.199,600 --dhcp-option=option:router,10.60.0.1 " +
        "--dhcp-hostsdir=/run/hyperlab-dhcp-hosts@root@hlbr0 --leasefile-ro --dhcp-authoritative " +
        "--pid-file=/run/hyperlab-dhcp-pid@root@hlbr0 --user=nobody --group=nogroup",
    );
    expect(bridge.input.destroy).toContain(
      `if [ -e /run/hyperlab-dhcp-pid@root@hlbr0 ]; then pid="$(cat /run/hyperlab-dhcp-pid@root@hlbr0)"; kill "$pid" || true; for _ in $(seq 50);`,
    );
  });

  test("reserves a DHCP NIC's address for its MAC before the guest starts, and drops it on destroy", () => {
    const json = build();
    const [leaseKey, lease] = byPrefix(json, "ct_nic0-lease");
    expect(lease.input.create).toBe(
      "set -eu\nprintf '%s\\n' 02:00:00:00:00:13,10.60.0.13,ct > /run/hyperlab-dhcp-hosts@root@hlbr0/ct-020000000013",
    );
    expect(lease.input.destroy).toContain("rm -f /run/hyperlab-dhcp-hosts@root@hlbr0/ct-020000000013");
    expect(lease.input.destroy).toContain('kill -HUP "$(cat /run/hyperlab-dhcp-pid@root@hlbr0)"');
    const [, container] = byPrefix(json, "ct_container");
    expect(container.depends_on).toContain(`terraform_data.${leaseKey}`);
    expect(container.input.create).not.toContain("ipv4.address");
    expect(container.input.create).not.toContain("udhcpc");
  });

  test("a KVM guest's DHCP NIC is configured for DHCP by cloud-init", () => {
    const [seed] = Object.values(build().resource.libvirt_cloudinit_disk) as any[];
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
      new LxcContainer(stack, "ct", { host, hostname: "ct", nics: [{ network: lan, dhcp: true }] });
    })).toBe("test/ct: nics[0].dhcp is set but no DHCP server answers on test/lan");
    expect(synthError((stack, host) => {
      const lan = BridgedNetwork.fromExisting(stack, "lan", { host, bridgeName: "vmbr0", cidr: "10.60.0.0/24", hasDhcp: true });
      new LxcContainer(stack, "ct", { host, hostname: "ct", nics: [{ network: lan, dhcp: true, address: "10.60.0.5" }] });
    })).toBe("test/ct: nics[0].address with dhcp needs a DHCP server the stack runs; test/lan is not managed");
  });
});
