// A network implemented outside the library (IBridgedNetwork is an interface users
// may implement) is not trusted: its fields reach an LXC configuration line, a TAP's
// bridge, Proxmox's ipconfig. Each hostile field is refused at synth, naming the guest.
import { Construct } from "constructs";
import { IBridgedNetwork, LxcContainer, TapInterface } from "../constructs";
import { Ipv4Network } from "../constructs/core/addresses";
import { synthError } from "./support/synth";

function outsideNetwork(scope: Construct, host: any, fields: Partial<IBridgedNetwork>): IBridgedNetwork {
  const net = new Construct(scope, "outside") as any;
  Object.assign(net, { host, bridgeName: "hlbr0", mtu: 1500, hasDhcp: false, vlanFiltering: false,
    network: Ipv4Network.parse(scope, "cidr", "10.60.0.0/24"), gateway: "10.60.0.1", ...fields });
  return net as IBridgedNetwork;
}

describe("a network implemented outside the library", () => {
  test.each([
    ["a bridge name that starts a new LXC line", { bridgeName: "x\nlxc.mount.entry = /etc etc none bind 0 0" }, 'test/ct: nics[0].network.bridgeName "x\\nlxc.mount.entry'],
    ["a gateway that adds a Proxmox option", { gateway: "10.60.0.1,set:x" }, 'test/ct: nics[0].network.gateway "10.60.0.1,set:x" is invalid'],
    ["a gateway off its network", { gateway: "192.0.2.1" }, 'test/ct: nics[0].network.gateway "192.0.2.1" is invalid'],
    ["a forged network object", { network: { cidr: "10.60.0.0/24" } as any }, "test/ct: nics[0].network.network"],
    ["an MTU that is no number", { mtu: "1500; reboot" as any }, "test/ct: nics[0].network.mtu"],
  ])("refuses %s on a container", (_n, fields, message) => {
    expect(synthError((stack, host) => {
      new LxcContainer(stack, "ct", { host, name: "ct", nics: [{ network: outsideNetwork(stack, host, fields), address: "10.60.0.5" }] });
    })).toContain(message);
  });

  test("refuses a NUL in the bridge name of a TAP", () => {
    expect(synthError((stack, host) => {
      new TapInterface(stack, "tap", { network: outsideNetwork(stack, host, { bridgeName: "br\u0000x" }), name: "hltap0" });
    })).toContain("test/tap:");
  });
});
