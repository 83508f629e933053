import { BridgedNetwork, TapInterface } from "../constructs";
import { commandsOf, synth, synthError } from "./support/synth";

describe("BridgedNetwork", () => {
  test("an isolated bridge is created with its MTU and gateway address, and deleted on destroy", () => {
    const json = synth((stack, host) => {
      new BridgedNetwork(stack, "lan", { host, bridgeName: "hlbr0", cidr: "10.20.0.0/24", mtu: 9000 });
    });
    const { create, destroy } = Object.values(commandsOf(json))[0];
    expect(create.split("\n")).toEqual([
      "set -eu",
      "ip link add name hlbr0 type bridge",
      "ip link set dev hlbr0 mtu 9000",
      "ip address add 10.20.0.1/24 dev hlbr0",
      "ip link set dev hlbr0 up",
    ]);
    expect(destroy.split("\n")).toEqual(["set -eu", "ip link delete dev hlbr0 || true"]);
  });

  test("the scripts run from the resource's own input by local-exec, destroy included", () => {
    const json = synth((stack, host) => {
      new BridgedNetwork(stack, "lan", { host, bridgeName: "hlbr0", cidr: "10.20.0.0/24" });
    });
    const [resource] = Object.values(json.resource.terraform_data);
    expect(resource.provisioner).toEqual([
      { "local-exec": { command: "${self.input.create}", interpreter: ["/bin/sh", "-c"] } },
      { "local-exec": { command: "${self.input.destroy}", interpreter: ["/bin/sh", "-c"], when: "destroy" } },
    ]);
    expect(resource.triggers_replace).toEqual(resource.input);
  });

  test("nat mode masquerades the network, enables forwarding, and destroy undoes both", () => {
    const json = synth((stack, host) => {
      new BridgedNetwork(stack, "lan", { host, bridgeName: "hlbr0", cidr: "10.20.0.0/24", gateway: "10.20.0.254", mode: "nat" });
    });
    const { create, destroy } = Object.values(commandsOf(json))[0];
    expect(create).toContain("ip address add 10.20.0.254/24 dev hlbr0");
    expect(create).toContain("sysctl -q -w net.ipv4.ip_forward=1");
    expect(create).toContain(
      "iptables -w -t nat -A POSTROUTING -s 10.20.0.0/24 '!' -d 10.20.0.0/24 -m comment --comment hyperlab:hlbr0 -j MASQUERADE",
    );
    expect(create).toContain("iptables -w -t filter -I FORWARD -i hlbr0 -m comment --comment hyperlab:hlbr0 -j ACCEPT");
    expect(destroy).toContain(
      "iptables -w -t nat -D POSTROUTING -s 10.20.0.0/24 '!' -d 10.20.0.0/24 -m comment --comment hyperlab:hlbr0 -j MASQUERADE",
    );
    expect(destroy).toContain("iptables -w -t filter -D FORWARD -i hlbr0 -m comment --comment hyperlab:hlbr0 -j ACCEPT");
    // The bridge goes last, after the rules that name it.
    expect(destroy.trim().split("\n").pop()).toBe("ip link delete dev hlbr0 || true");
  });

  test("uplink mode enslaves the named interface and releases it on destroy", () => {
    const json = synth((stack, host) => {
      new BridgedNetwork(stack, "lan", { host, bridgeName: "vmbr1", cidr: "192.168.50.0/24", mode: "uplink", uplinkInterface: "eth1" });
    });
    const { create, destroy } = Object.values(commandsOf(json))[0];
    expect(create).toContain("ip link set dev eth1 master vmbr1");
    expect(destroy).toContain("ip link set dev eth1 nomaster || true");
  });

  test("VLAN filtering is switched on at creation", () => {
    const json = synth((stack, host) => {
      new BridgedNetwork(stack, "lan", { host, bridgeName: "hlbr0", cidr: "10.20.0.0/24", vlanFiltering: true });
    });
    expect(Object.values(commandsOf(json))[0].create).toContain("type bridge vlan_filtering 1");
  });

  test("a host namespace wraps every command in ip netns exec", () => {
    const json = synth(
      (stack, host) => new BridgedNetwork(stack, "lan", { host, bridgeName: "hlbr0", cidr: "10.20.0.0/24" }),
      { netns: "lab1" },
    );
    const { create } = Object.values(commandsOf(json))[0];
    for (const line of create.split("\n").slice(1)) expect(line.startsWith("ip netns exec lab1 ")).toBe(true);
  });

  test("fromExisting names a bridge without creating anything", () => {
    const json = synth((stack, host) => {
      const vmbr0 = BridgedNetwork.fromExisting(stack, "vmbr0", { host, bridgeName: "vmbr0", cidr: "192.168.1.0/24" });
      new TapInterface(stack, "tap", { network: vmbr0, name: "tap0" });
    });
    const scripts = Object.values(commandsOf(json));
    expect(scripts).toHaveLength(1);
    expect(scripts[0].create).toContain("ip link set dev tap0 mtu 1500 master vmbr0");
  });
});

describe("TapInterface", () => {
  test("creates a TAP with owner, group and multi_queue, inheriting the bridge MTU, after the bridge", () => {
    const json = synth((stack, host) => {
      const lan = new BridgedNetwork(stack, "lan", { host, bridgeName: "hlbr0", cidr: "10.20.0.0/24", mtu: 1400 });
      new TapInterface(stack, "tap", { network: lan, name: "hltap0", owner: "qemu", group: "kvm", multiQueue: true });
    });
    const data = json.resource.terraform_data;
    const tapKey = Object.keys(data).find((k) => k.startsWith("tap_"))!;
    const bridgeKey = Object.keys(data).find((k) => k.startsWith("lan_"))!;
    expect(data[tapKey].input.create.split("\n")).toEqual([
      "set -eu",
      "ip tuntap add dev hltap0 mode tap user qemu group kvm multi_queue",
      "ip link set dev hltap0 mtu 1400 master hlbr0",
      "ip link set dev hltap0 up",
    ]);
    expect(data[tapKey].input.destroy).toBe("set -eu\nip link delete dev hltap0 || true");
    expect(data[tapKey].depends_on).toEqual([`terraform_data.${bridgeKey}`]);
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
