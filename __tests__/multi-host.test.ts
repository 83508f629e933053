// Several LinuxHosts in one stack: hosts reached over SSH, each with a provider
// configuration of its own, and a BridgedNetwork stretched across them by VXLAN.
import { Testing, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { driftReport } from "../cli/drift-report";
import { BridgedNetwork, KvmGuest, LinuxHost, LinuxHostProps, LxcContainer, StretchedBridge } from "../constructs";
import { only, SynthJson } from "./support/synth";

const KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExampleExampleExample";
const sshTo = (host: string, more: Partial<NonNullable<LinuxHostProps["ssh"]>> = {}): LinuxHostProps =>
  ({ ssh: { host, knownHosts: `${host} ${KEY}`, privateKeyVariable: "lab_key", ...more } });

function build(make: (stack: Construct) => void): SynthJson {
  const app = Testing.app();
  const stack = new TerraformStack(app, "lab");
  make(stack);
  return JSON.parse(Testing.synth(stack));
}

function buildError(make: (stack: Construct) => void): string {
  try {
    build(make);
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error("expected the synth to fail");
}

/** Two hosts over SSH and a network on the first, stretched to the second. */
function twoHosts(stack: Construct) {
  const a = new LinuxHost(stack, "kvm1", sshTo("10.99.0.1"));
  const b = new LinuxHost(stack, "kvm2", sshTo("kvm2.lab.example", { port: 2222, user: "deploy", sudo: true, privateKeyVariable: undefined, privateKeyFile: "/root/.ssh/id lab" }));
  const lan = new BridgedNetwork(stack, "lan", {
    host: a, bridgeName: "hlx0", cidr: "10.77.0.0/24", mode: "nat", dhcp: { rangeStart: "10.77.0.100", rangeEnd: "10.77.0.150" },
    overlay: { vni: 4242, underlayAddress: "10.99.0.1" },
  });
  const lanB = lan.extendTo(b, { underlayAddress: "10.99.0.2" });
  return { a, b, lan, lanB };
}

describe("LinuxHost over SSH", () => {
  test("a host with ssh has a provider configuration of its own, the key only as a sensitive variable's reference", () => {
    const json = build((stack) => {
      const { a, lan } = twoHosts(stack);
      new LxcContainer(stack, "ct", { host: a, name: "ct1", nics: [{ network: lan, address: "10.77.0.10" }] });
    });
    expect(json.provider!.hyperlab).toEqual([
      { alias: "lab_kvm1", ssh: { name: "lab/kvm1", host: "10.99.0.1", port: 22, user: "root", known_hosts: `10.99.0.1 ${KEY}`,
        private_key: "${var.lab_key}", timeout_seconds: 15 } },
      { alias: "lab_kvm2", ssh: { name: "lab/kvm2", host: "kvm2.lab.example", port: 2222, user: "deploy", known_hosts: `kvm2.lab.example ${KEY}`,
        private_key_file: "/root/.ssh/id lab", sudo: true, timeout_seconds: 15 } },
    ]);
    expect(json.variable.lab_key).toMatchObject({ type: "string", sensitive: true, nullable: false });
    expect(only(json, "hyperlab_bridge").map((b) => b.provider).sort()).toEqual(["hyperlab.lab_kvm1", "hyperlab.lab_kvm2"]);
    expect(only(json, "hyperlab_nat").map((n) => n.provider)).toEqual(["hyperlab.lab_kvm1"]);
    expect(only(json, "hyperlab_dhcp").map((n) => n.provider)).toEqual(["hyperlab.lab_kvm1"]);
    expect(only(json, "hyperlab_lxc_container").map((n) => n.provider)).toEqual(["hyperlab.lab_kvm1"]);
  });

  test("a KVM guest on a host over SSH is made there: its domain, disks and seed use the host's provider", () => {
    const json = build((stack) => {
      const host = new LinuxHost(stack, "kvm1", sshTo("10.99.0.1"));
      const lan = new BridgedNetwork(stack, "lan", { host, bridgeName: "hlx0", cidr: "10.77.0.0/24" });
      new KvmGuest(stack, "vm", { host, name: "vm1", bootImage: "/srv/debian.qcow2", nics: [{ network: lan, address: "10.77.0.5" }],
        cloudInit: { user: "debian", sshKeys: [KEY] } });
    });
    for (const type of ["hyperlab_kvm_domain", "hyperlab_kvm_volume", "hyperlab_kvm_seed"]) {
      expect(only(json, type).map((r) => r.provider)).toEqual(["hyperlab.lab_kvm1"]);
    }
  });

  test("names are per machine: two hosts may both have a bridge hlx0 and a container ct1; one machine under two names may not", () => {
    expect(() => build((stack) => {
      for (const [id, address] of [["a", "10.99.0.1"], ["b", "10.99.0.2"]]) {
        const host = new LinuxHost(stack, id, sshTo(address));
        const lan = new BridgedNetwork(stack, `lan-${id}`, { host, bridgeName: "hlx0", cidr: "10.77.0.0/24" });
        new LxcContainer(stack, `ct-${id}`, { host, name: "ct1", nics: [{ network: lan, address: "10.77.0.10" }] });
      }
    })).not.toThrow();
    expect(buildError((stack) => {
      for (const [id, address] of [["a", "10.99.0.1"], ["b", "10.99.0.1"]]) {
        const host = new LinuxHost(stack, id, sshTo(address));
        new BridgedNetwork(stack, `lan-${id}`, { host, bridgeName: "hlx0", cidr: `10.7${id === "a" ? 7 : 8}.0.0/24` });
      }
    })).toBe("lab/lan-b: bridgeName \"hlx0\" is invalid: interface name in the host's own network namespace on 10.99.0.1 must be unique " +
      "within the app, but lab/lan-a bridgeName already uses it");
  });

  test.each([
    [{ ssh: { host: "10.99.0.1", privateKeyVariable: "k" } }, "ssh needs exactly one of knownHosts and knownHostsFile: the host key is always checked"],
    [{ ssh: { host: "10.99.0.1", knownHosts: `10.99.0.1 ${KEY}`, knownHostsFile: "/etc/ssh/kh", privateKeyVariable: "k" } }, "exactly one of knownHosts and knownHostsFile"],
    [{ ssh: { host: "10.99.0.1", knownHosts: `10.99.0.1 ${KEY}` } }, "ssh needs a way to log in"],
    [{ ssh: { host: "10.99.0.1", knownHosts: `10.99.0.1 ${KEY}`, privateKeyVariable: "k", privateKeyFile: "/k" } }, "privateKeyVariable or privateKeyFile, not both"],
    [{ ssh: { host: "-oProxyCommand=reboot", knownHosts: `x ${KEY}`, privateKeyVariable: "k" } }, "ssh.host"],
    [{ ssh: { host: "10.99.0.1", knownHosts: "10.99.0.1 ssh-ed25519 AAAA${file(\"/etc/shadow\")}", privateKeyVariable: "k" } }, "known_hosts lines"],
    [{ ssh: { host: "10.99.0.1", knownHosts: `10.99.0.1 ${KEY}\nProxyCommand reboot`, privateKeyVariable: "k" } }, "known_hosts lines"],
    [{ ssh: { host: "10.99.0.1", knownHosts: `10.99.0.1 ${KEY}`, privateKeyVariable: "a key" } }, "a Terraform variable name"],
    [{ ssh: { host: "10.99.0.1", knownHosts: `10.99.0.1 ${KEY}`, privateKeyVariable: "k", sudo: "yes" } }, "ssh.sudo"],
  ])("refuses ssh settings %j", (props, message) => {
    expect(buildError((stack) => new LinuxHost(stack, "kvm1", props as LinuxHostProps))).toContain(message);
  });

  test("hosts sharing one key variable declare it once", () => {
    const json = build((stack) => {
      new LinuxHost(stack, "a", sshTo("10.99.0.1"));
      new LinuxHost(stack, "b", sshTo("10.99.0.2"));
    });
    expect(Object.keys(json.variable)).toEqual(["lab_key"]);
  });

  test("the drift report names the host of each resource made over SSH", () => {
    const json = build((stack) => twoHosts(stack));
    const [type, name] = ["hyperlab_bridge", Object.keys(json.resource.hyperlab_bridge).find((n) => n.includes("on-kvm2"))!];
    const report = driftReport("lab", json, { resource_drift: [{ address: `${type}.${name}`, type, name, change: { actions: ["delete"], before: {}, after: null } }] });
    // (Testing.synth leaves out the metadata the construct path is read from.)
    expect(report.drift).toEqual([expect.objectContaining({ address: `${type}.${name}`, host: "lab/kvm2 (kvm2.lab.example)", gone: true })]);
    const local = driftReport("lab", json, { resource_drift: [{ address: "hyperlab_bridge.x", type, name: "x", change: { actions: ["delete"], before: {}, after: null } }] });
    expect(local.drift[0].host).toBeUndefined();
  });
});

describe("BridgedNetwork stretched across hosts", () => {
  test("each host's bridge gets a tunnel to every other host's underlay address; the gateway, NAT and DHCP stay on the network's host", () => {
    const json = build((stack) => {
      const { lan } = twoHosts(stack);
      const c = new LinuxHost(stack, "kvm3", sshTo("10.99.0.3"));
      new StretchedBridge(stack, "lan-c", { network: lan, host: c, underlayAddress: "10.99.0.3", bridgeName: "hlx3" });
    });
    const tunnels = only(json, "hyperlab_vxlan").map((v) => ({ provider: v.provider, local: v.local, peers: v.peers, vni: v.vni, port: v.port, mtu: v.mtu, name: v.name }));
    expect(tunnels.sort((x, y) => x.local.localeCompare(y.local))).toEqual([
      { provider: "hyperlab.lab_kvm1", local: "10.99.0.1", peers: ["10.99.0.2", "10.99.0.3"], vni: 4242, port: 4789, mtu: 1450, name: "vx4242" },
      { provider: "hyperlab.lab_kvm2", local: "10.99.0.2", peers: ["10.99.0.1", "10.99.0.3"], vni: 4242, port: 4789, mtu: 1450, name: "vx4242" },
      { provider: "hyperlab.lab_kvm3", local: "10.99.0.3", peers: ["10.99.0.1", "10.99.0.2"], vni: 4242, port: 4789, mtu: 1450, name: "vx4242" },
    ]);
    const bridges = only(json, "hyperlab_bridge").map((b) => [b.provider, b.name, b.addresses, b.mtu]).sort();
    expect(bridges).toEqual([["hyperlab.lab_kvm1", "hlx0", ["10.77.0.1/24"], 1450], ["hyperlab.lab_kvm2", "hlx0", [], 1450], ["hyperlab.lab_kvm3", "hlx3", [], 1450]]);
    expect(only(json, "hyperlab_nat")).toHaveLength(1);
    expect(only(json, "hyperlab_dhcp")).toHaveLength(1);
  });

  test("guests on the other host take the network's gateway and its DHCP server, and wait for the tunnel", () => {
    const json = build((stack) => {
      const { b, lanB } = twoHosts(stack);
      new LxcContainer(stack, "ct", { host: b, name: "ct-b", nics: [{ network: lanB, address: "10.77.0.20", dhcp: true }] });
      new LxcContainer(stack, "ct2", { host: b, name: "ct-c", nics: [{ network: lanB, address: "10.77.0.21" }] });
    });
    const [dhcp] = only(json, "hyperlab_dhcp");
    expect(dhcp.reservations).toEqual([expect.objectContaining({ address: "10.77.0.20", hostname: "ct-b" })]);
    const ct = only(json, "hyperlab_lxc_container").find((c) => c.name === "ct-c");
    expect(ct.nics[0]).toMatchObject({ bridge: "hlx0", ipv4: "10.77.0.21/24", gateway: "10.77.0.1" });
    expect(ct.provider).toBe("hyperlab.lab_kvm2");
    expect(ct.depends_on.some((d: string) => d.startsWith("hyperlab_vxlan."))).toBe(true);
  });

  test("addresses are unique across the segment, whichever host a guest is on", () => {
    expect(buildError((stack) => {
      const { a, b, lan, lanB } = twoHosts(stack);
      new LxcContainer(stack, "ct-a", { host: a, name: "ct-a", nics: [{ network: lan, address: "10.77.0.20" }] });
      new LxcContainer(stack, "ct-b", { host: b, name: "ct-b", nics: [{ network: lanB, address: "10.77.0.20" }] });
    })).toBe("lab/ct-b: nics[0].address \"10.77.0.20\" is invalid: address on bridge hlx0 (the host's own network namespace on " +
      "10.99.0.1) must be unique within the app, but lab/ct-a nics[0].address already uses it");
  });

  test("a guest of host B cannot attach to the network as host A has it", () => {
    expect(buildError((stack) => {
      const { b, lan } = twoHosts(stack);
      new LxcContainer(stack, "ct-b", { host: b, name: "ct-b", nics: [{ network: lan, address: "10.77.0.20" }] });
    })).toContain("nics[0].network lab/lan is on another host than lab/kvm2");
  });

  test.each<[string, (stack: Construct) => void, string]>([
    ["an underlay address twice", (stack) => twoHosts(stack).lan.extendTo(new LinuxHost(stack, "c", sshTo("10.99.0.3")), { underlayAddress: "10.99.0.2" }),
      "underlay address of lab/lan must be unique within the app, but lab/lan/on-kvm2 underlayAddress already uses it"],
    ["the network's own host", (stack) => { const { a, lan } = twoHosts(stack); lan.extendTo(a, { underlayAddress: "10.99.0.9" }); }, "is the network's own host"],
    ["a host twice", (stack) => { const { b, lan } = twoHosts(stack); new StretchedBridge(stack, "again", { network: lan, host: b, underlayAddress: "10.99.0.9", bridgeName: "hlx9" }); },
      "host of lab/lan must be unique within the app, but lab/lan/on-kvm2 host already uses it"],
    ["IPv6 and IPv4 underlays mixed", (stack) => twoHosts(stack).lan.extendTo(new LinuxHost(stack, "c", sshTo("10.99.0.3")), { underlayAddress: "fd00::3" }),
      "is not of the family of 10.99.0.1"],
    ["a network without overlay", (stack) => {
      const host = new LinuxHost(stack, "a", sshTo("10.99.0.1"));
      const lan = new BridgedNetwork(stack, "lan", { host, bridgeName: "hlx0", cidr: "10.77.0.0/24" });
      lan.extendTo(new LinuxHost(stack, "b", sshTo("10.99.0.2")), { underlayAddress: "10.99.0.2" });
    }, "network must be a BridgedNetwork with overlay"],
    ["overlay in uplink mode", (stack) => new BridgedNetwork(stack, "lan", { host: new LinuxHost(stack, "a"), bridgeName: "hlx0", cidr: "10.77.0.0/24",
      mode: "uplink", uplinkInterface: "eth1", overlay: { vni: 1, underlayAddress: "10.99.0.1" } }), "overlay stretches isolated and nat networks"],
    ["a VNI out of range", (stack) => new BridgedNetwork(stack, "lan", { host: new LinuxHost(stack, "a"), bridgeName: "hlx0", cidr: "10.77.0.0/24",
      overlay: { vni: 16777216, underlayAddress: "10.99.0.1" } }), "overlay.vni"],
  ])("refuses %s", (_, make, message) => {
    expect(buildError(make)).toContain(message);
  });
});
