import { BridgedNetwork, LinuxHost, VmnetNetwork } from "../constructs";
import { only, synth, synthError } from "./support/synth";

describe("VmnetNetwork", () => {
  test("bridged to a BridgedNetwork: its bridge, after it", () => {
    const json = synth((stack, host) => {
      const lan = new BridgedNetwork(stack, "lan", { host, bridgeName: "hlbr0", cidr: "10.50.0.0/24" });
      new VmnetNetwork(stack, "v", { host, number: 0, mode: "bridged", bridge: lan });
    });
    expect(only(json, "hyperlab_vmnet")).toEqual([{
      provider: "hyperlab", number: 0, mode: "bridged", bridge_interface: "hlbr0", networking_file: "/etc/vmware/networking",
      depends_on: [expect.stringMatching(/^hyperlab_bridge\.lan_bridge_/)],
    }]);
  });

  test("bridged to a host interface; host-only and NAT with a subnet and DHCP; another networking file", () => {
    const json = synth((stack, host) => {
      new VmnetNetwork(stack, "a", { host, number: 2, mode: "bridged", bridgeInterface: "eth1" });
      new VmnetNetwork(stack, "b", { host, number: 19, mode: "hostonly", cidr: "10.62.0.0/24", dhcp: true });
      new VmnetNetwork(stack, "c", { host, number: 8, mode: "nat", cidr: "10.63.0.0/16", networkingFile: "/srv/vmware/networking" });
    });
    expect(only(json, "hyperlab_vmnet")).toEqual([
      { provider: "hyperlab", number: 2, mode: "bridged", bridge_interface: "eth1", networking_file: "/etc/vmware/networking" },
      { provider: "hyperlab", number: 19, mode: "hostonly", subnet: "10.62.0.0/24", dhcp: true, networking_file: "/etc/vmware/networking" },
      { provider: "hyperlab", number: 8, mode: "nat", subnet: "10.63.0.0/16", dhcp: false, networking_file: "/srv/vmware/networking" },
    ]);
  });

  test.each([
    ["vmnet 20", { number: 20, mode: "nat", cidr: "10.61.0.0/24" }, "test/v: number 20 is invalid: expected an integer from 0 to 19"],
    ["vmnet -1", { number: -1, mode: "nat", cidr: "10.61.0.0/24" }, "test/v: number -1 is invalid"],
    ["an unknown mode", { number: 1, mode: "custom" }, "test/v: mode \"custom\" is invalid: expected one of 'bridged', 'hostonly', 'nat'"],
    ["bridged without a bridge", { number: 1, mode: "bridged" }, "test/v: a bridged vmnet needs exactly one of bridge or bridgeInterface"],
    ["bridged with both", { number: 1, mode: "bridged", bridgeInterface: "eth0", bridge: "lan" }, "test/v: a bridged vmnet needs exactly one of bridge or bridgeInterface"],
    ["bridged with a cidr", { number: 1, mode: "bridged", bridgeInterface: "eth0", cidr: "10.61.0.0/24" }, "test/v: cidr applies to hostonly and nat vmnets"],
    ["bridged with dhcp", { number: 1, mode: "bridged", bridgeInterface: "eth0", dhcp: true }, "test/v: dhcp applies to hostonly and nat vmnets"],
    ["an interface that is an option", { number: 1, mode: "bridged", bridgeInterface: "-v" }, 'test/v: bridgeInterface "-v" is invalid'],
    ["hostonly without a cidr", { number: 1, mode: "hostonly" }, "test/v: a hostonly vmnet needs a cidr"],
    ["nat with a bridge", { number: 1, mode: "nat", cidr: "10.61.0.0/24", bridgeInterface: "eth0" }, "test/v: bridge and bridgeInterface apply to bridged vmnets, not nat"],
    ["a cidr with host bits", { number: 1, mode: "nat", cidr: "10.61.0.1/24" }, 'test/v: cidr "10.61.0.1/24" is invalid'],
    ["a loopback cidr", { number: 1, mode: "nat", cidr: "127.0.0.0/8" }, 'test/v: cidr "127.0.0.0/8" is invalid'],
    ["a relative networking file", { number: 1, mode: "nat", cidr: "10.61.0.0/24", networkingFile: "networking" }, 'test/v: networkingFile "networking" is invalid'],
  ])("refuses %s", (_n, props: any, message) => {
    expect(synthError((stack, host) => {
      const lan = new BridgedNetwork(stack, "lan", { host, bridgeName: "hlbr0", cidr: "10.50.0.0/24" });
      new VmnetNetwork(stack, "v", { host, ...props, bridge: props.bridge === "lan" ? lan : undefined });
    })).toContain(message);
  });

  test("refuses one vmnet number twice per networking file, a subnet overlapping a bridge, and a bridge of another host", () => {
    expect(synthError((stack, host) => {
      new VmnetNetwork(stack, "a", { host, number: 3, mode: "bridged", bridgeInterface: "eth0" });
      new VmnetNetwork(stack, "b", { host, number: 3, mode: "nat", cidr: "10.61.0.0/24" });
    })).toContain("test/b: number \"3\" is invalid: vmnet number in /etc/vmware/networking must be unique within the app, but test/a number already uses it");
    expect(synthError((stack, host) => {
      new BridgedNetwork(stack, "lan", { host, bridgeName: "hlbr0", cidr: "10.50.0.0/24" });
      new VmnetNetwork(stack, "b", { host, number: 3, mode: "hostonly", cidr: "10.50.0.0/16" });
    })).toContain("test/b: cidr \"10.50.0.0/16\" is invalid: IPv4 networks of bridges in the host's own network namespace must not overlap");
    expect(synthError((stack, host) => {
      const lan = new BridgedNetwork(stack, "lan", { host: new LinuxHost(stack, "h2"), bridgeName: "hlbr0", cidr: "10.50.0.0/24" });
      new VmnetNetwork(stack, "b", { host, number: 3, mode: "bridged", bridge: lan });
    })).toContain("test/b: bridge test/lan is on another host than test/host");
    // Another networking file is another VMware installation: the number may repeat there.
    expect(() => synth((stack, host) => {
      new VmnetNetwork(stack, "a", { host, number: 3, mode: "bridged", bridgeInterface: "eth0" });
      new VmnetNetwork(stack, "b", { host, number: 3, mode: "bridged", bridgeInterface: "eth0", networkingFile: "/srv/networking" });
    })).not.toThrow();
  });
});
