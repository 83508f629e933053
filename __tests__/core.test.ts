import { Testing, TerraformStack } from "cdktf";
import { Ipv4Network, derivedMac, macAddress } from "../constructs/core/addresses";
import { command, inNetns, script, tolerant, when } from "../constructs/core/shell";

describe("shell command builder", () => {
  test("leaves plain arguments bare and quotes anything a shell would read as syntax", () => {
    expect(command(["ip", "link", "add", "name", "br0", "type", "bridge"])).toBe("ip link add name br0 type bridge");
    expect(command(["echo", "$(reboot)", "a b", "it's", "", "x;y", "`id`", "!"])).toBe(
      `echo '$(reboot)' 'a b' 'it'"'"'s' '' 'x;y' '\`id\`' '!'`,
    );
  });

  test("a quoted argument reaches the program unchanged through a real shell", () => {
    const nasty = ["$(touch /tmp/pwned)", "a'b\"c", "; rm -rf /", "\n", "*"];
    const { execFileSync } = require("node:child_process");
    const out = execFileSync("/bin/sh", ["-c", command(["printf", "%s\\0", ...nasty])]).toString();
    expect(out.split("\0").slice(0, -1)).toEqual(nasty);
  });

  test("composes namespaces, tolerant lines, conditions and scripts", () => {
    expect(command(inNetns("lab", ["ip", "link"]))).toBe("ip netns exec lab ip link");
    expect(command(inNetns(undefined, ["ip", "link"]))).toBe("ip link");
    expect(tolerant("false")).toBe("false || true");
    expect(when("[ -e /x ]", "rm /x")).toBe("if [ -e /x ]; then rm /x; fi");
    expect(script(["a", "b"])).toBe("set -eu\na\nb");
    expect(() => command([])).toThrow("empty argv");
  });
});

describe("addresses", () => {
  const scope = new TerraformStack(Testing.app(), "s");

  test("parses a network and checks host addresses against it", () => {
    const net = Ipv4Network.parse(scope, "cidr", "192.168.10.0/26");
    expect([net.networkAddress, net.broadcastAddress, net.prefixLength]).toEqual(["192.168.10.0", "192.168.10.63", 26]);
    expect(net.host(1)).toBe("192.168.10.1");
    expect(net.hostAddress(scope, "a", "192.168.10.62")).toBe("192.168.10.62");
    expect(() => net.hostAddress(scope, "a", "192.168.10.64")).toThrow('s: a "192.168.10.64" is invalid');
    expect(() => net.hostAddress(scope, "a", "192.168.10.1/26")).toThrow("is invalid");
    expect(() => Ipv4Network.parse(scope, "cidr", "10.0.0.0/31")).toThrow("prefix 8-30");
  });

  test("derived MACs are stable, locally administered unicast, and differ by path", () => {
    const a = derivedMac("app/stack/web/nics[0]");
    expect(a).toBe(derivedMac("app/stack/web/nics[0]"));
    expect(a).not.toBe(derivedMac("app/stack/web/nics[1]"));
    expect(parseInt(a.slice(0, 2), 16) & 0b11).toBe(0b10);
    expect(macAddress(scope, "mac", "52:54:00:AB:CD:EF")).toBe("52:54:00:ab:cd:ef");
  });
});
