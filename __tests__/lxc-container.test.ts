import { BridgedNetwork, LxcContainer } from "../constructs";
import { commandsOf, synth, synthError } from "./support/synth";

describe("LxcContainer on a LinuxHost", () => {
  const build = (extra = {}) =>
    synth((stack, host) => {
      const lan = new BridgedNetwork(stack, "lan", { host, bridgeName: "hlbr0", cidr: "10.30.0.0/24", mode: "nat" });
      new LxcContainer(stack, "web", {
        host, hostname: "web", nics: [{ network: lan, address: "10.30.0.11", mac: "02:00:00:00:00:11" }], memoryMiB: 256, cores: 2, ...extra,
      });
    });

  test("writes its LXC config, creates from the busybox template, starts and waits; destroy removes it", () => {
    const scripts = commandsOf(build());
    const { create, destroy } = Object.entries(scripts).find(([k]) => k.startsWith("web_"))![1];
    expect(create.split("\n")).toEqual([
      "set -eu",
      'config="$(mktemp)"',
      `trap 'rm -f "$config"' EXIT`,
      "printf '%s\\n' 'lxc.uts.name = web' 'lxc.apparmor.profile = unconfined' 'lxc.net.0.type = veth' 'lxc.net.0.link = hlbr0' " +
        "'lxc.net.0.flags = up' 'lxc.net.0.hwaddr = 02:00:00:00:00:11' 'lxc.net.0.ipv4.address = 10.30.0.11/24' " +
        "'lxc.net.0.ipv4.gateway = 10.30.0.1' 'lxc.cgroup2.memory.max = 268435456' 'lxc.cgroup2.cpuset.cpus = 0-1' " +
        "'lxc.start.auto = 1' > \"$config\"",
      'lxc-create -P /var/lib/lxc -n web -f "$config" -t busybox',
      "sed -i /udhcpc/d /var/lib/lxc/web/rootfs/etc/init.d/rcS",
      "lxc-start -P /var/lib/lxc -n web",
      "lxc-wait -P /var/lib/lxc -n web -s RUNNING -t 60",
    ]);
    expect(destroy).toBe(
      "set -eu\nif lxc-info -P /var/lib/lxc -n web >/dev/null 2>&1; then lxc-destroy -P /var/lib/lxc -n web -f; fi",
    );
  });

  test("is created after its bridge", () => {
    const json = build();
    const keys = Object.keys(json.resource.terraform_data);
    const web = json.resource.terraform_data[keys.find((k) => k.startsWith("web_"))!];
    expect(web.depends_on).toEqual([`terraform_data.${keys.find((k) => k.startsWith("lan_"))}`]);
  });

  test("passes template arguments after --, and can skip starting and autostart", () => {
    const { create } = Object.entries(commandsOf(build({
      template: "download", templateArgs: ["--dist", "debian", "--release", "bookworm"], startOnCreate: false, startOnBoot: false,
    }))).find(([k]) => k.startsWith("web_"))![1];
    expect(create).toContain('lxc-create -P /var/lib/lxc -n web -f "$config" -t download -- --dist debian --release bookworm');
    expect(create).toContain("'lxc.start.auto = 0'");
    expect(create).not.toContain("lxc-start");
  });

  test("derives a stable locally administered MAC from the construct path when none is given", () => {
    const mac = () => {
      const json = synth((stack, host) => {
        const lan = new BridgedNetwork(stack, "lan", { host, bridgeName: "hlbr0", cidr: "10.30.0.0/24" });
        new LxcContainer(stack, "web", { host, hostname: "web", nics: [{ network: lan }] });
      });
      return /lxc\.net\.0\.hwaddr = ([0-9a-f:]+)/.exec(JSON.stringify(json))![1];
    };
    const first = mac();
    expect(first).toBe(mac());
    expect(parseInt(first.slice(0, 2), 16) & 0b11).toBe(0b10);
  });

  test.each([
    ["a hostname with command substitution", { hostname: "$(reboot)" }, 'test/web: hostname "$(reboot)" is invalid: a guest name is a DNS label'],
    ["an address outside the network", { nics: "outside" }, 'test/web: nics[0].address "10.31.0.5" is invalid: expected a host address in 10.30.0.0/24'],
    ["the network's broadcast address", { nics: "broadcast" }, 'nics[0].address "10.30.0.255" is invalid'],
    ["a multicast MAC", { nics: "multicast" }, 'test/web: nics[0].mac "01:00:5e:00:00:01" is invalid: expected a unicast MAC'],
    ["a template argument with shell syntax", { templateArgs: ["--dist", "debian;reboot"] }, 'test/web: templateArgs[1] "debian;reboot" is invalid'],
    ["memory below the minimum", { memoryMiB: 8 }, "test/web: memoryMiB 8 is invalid: expected an integer from 16 to 1048576 MiB"],
    ["unprivileged on a LinuxHost", { unprivileged: true }, "test/web: unprivileged containers are not supported on a LinuxHost target"],
  ])("refuses %s", (_n, override: any, message) => {
    const error = synthError((stack, host) => {
      const lan = new BridgedNetwork(stack, "lan", { host, bridgeName: "hlbr0", cidr: "10.30.0.0/24" });
      const nics = {
        outside: [{ network: lan, address: "10.31.0.5" }],
        broadcast: [{ network: lan, address: "10.30.0.255" }],
        multicast: [{ network: lan, mac: "01:00:5e:00:00:01" }],
      }[override.nics as string];
      new LxcContainer(stack, "web", { host, hostname: "web", ...override, nics: nics ?? [] });
    });
    expect(error).toContain(message);
  });

  test("refuses two guests with one address, one MAC, or one name", () => {
    const twice = (a: object, b: object) =>
      synthError((stack, host) => {
        const lan = new BridgedNetwork(stack, "lan", { host, bridgeName: "hlbr0", cidr: "10.30.0.0/24" });
        new LxcContainer(stack, "a", { host, hostname: "a", nics: [{ network: lan, ...a }] });
        new LxcContainer(stack, "b", { host, hostname: "b", nics: [{ network: lan, ...b }] });
      });
    expect(twice({ address: "10.30.0.5" }, { address: "10.30.0.5" })).toBe(
      `test/b: nics[0].address "10.30.0.5" is invalid: address on bridge hlbr0 (the host's own network namespace) must be unique within the app, but test/a nics[0].address already uses it`,
    );
    expect(twice({ address: "10.30.0.1" }, {})).toContain("test/a: nics[0].address \"10.30.0.1\" is invalid: address on bridge hlbr0");
    expect(twice({ mac: "02:00:00:00:00:01" }, { mac: "02:00:00:00:00:01" })).toContain(
      'test/b: nics[0].mac "02:00:00:00:00:01" is invalid: MAC address must be unique within the app, but test/a nics[0].mac already uses it',
    );
    expect(synthError((stack, host) => {
      new LxcContainer(stack, "a", { host, hostname: "same" });
      new LxcContainer(stack, "b", { host, hostname: "same" });
    })).toContain('test/b: hostname "same" is invalid: container name in /var/lib/lxc must be unique within the app, but test/a hostname already uses it');
  });
});
