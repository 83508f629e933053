import { Testing, TerraformStack } from "cdktf";
import { Ipv4Network, derivedMac, macAddress } from "../constructs/core/addresses";

describe("addresses", () => {
  const scope = new TerraformStack(Testing.app(), "s");

  test("parses a network and checks host addresses against it", () => {
    const net = Ipv4Network.parse(scope, "cidr", "192.168.10.0/26");
    expect([net.networkAddress, net.broadcastAddress, net.prefixLength]).toEqual(["192.168.10.0", "192.168.10.63", 26]);
    expect(net.host(1)).toBe("192.168.10.1");
    expect(net.hostAddress(scope, "a", "192.168.10.62")).toBe("192.168.10.62");
    expect(() => net.hostAddress(scope, "a", "192.168.10.64")).toThrow('s: a "192.168.10.64" is invalid');
    expect(() => net.hostAddress(scope, "a", "192.168.10.1/26")).toThrow("is invalid");
    expect(() => Ipv4Network.parse(scope, "cidr", "10.0.0.0/31", 30)).toThrow("prefix 8-30");
    expect(() => Ipv4Network.parse(scope, "cidr", "10.0.0.0/33")).toThrow("prefix 8-32");
  });

  test("derived MACs are stable, locally administered unicast, and differ by path", () => {
    const a = derivedMac("app/stack/web/nics[0]");
    expect(a).toBe(derivedMac("app/stack/web/nics[0]"));
    expect(a).not.toBe(derivedMac("app/stack/web/nics[1]"));
    expect(parseInt(a.slice(0, 2), 16) & 0b11).toBe(0b10);
    expect(macAddress(scope, "mac", "52:54:00:AB:CD:EF")).toBe("52:54:00:ab:cd:ef");
  });
});
