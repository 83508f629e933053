import { BridgedNetwork, LxcContainer } from "../constructs";
import { only, synth, synthError } from "./support/synth";

describe("LxcContainer on a LinuxHost", () => {
  const build = (extra = {}) =>
    synth((stack, host) => {
      const lan = new BridgedNetwork(stack, "lan", { host, bridgeName: "hlbr0", cidr: "10.30.0.0/24", mode: "nat" });
      new LxcContainer(stack, "web", {
        host, name: "web", nics: [{ network: lan, address: "10.30.0.11", mac: "02:00:00:00:00:11" }], memoryMiB: 256, cpus: 2, ...extra,
      });
    });

  test("is a hyperlab_lxc_container with its template, veth NIC, memory, CPUs, autostart and running", () => {
    const [container] = only(build(), "hyperlab_lxc_container");
    expect(container).toMatchObject({
      netns: "", name: "web", lxc_path: "/var/lib/lxc", template: "busybox", template_args: [],
      nics: [{ bridge: "hlbr0", hwaddr: "02:00:00:00:00:11", ipv4: "10.30.0.11/24", gateway: "10.30.0.1" }],
      memory_mib: 256, cpus: 2, autostart: true, running: true, privileged: false,
    });
  });

  test("waitFor: its own address by default, a TCP port, a timeout; a guest agent or a wait for nothing is refused", () => {
    const waitFor = (w: object) => only(build({ waitFor: w }), "hyperlab_lxc_container")[0].wait_for;
    expect(only(build(), "hyperlab_lxc_container")[0].wait_for).toBeUndefined();
    expect(waitFor({})).toEqual({ address: "10.30.0.11", timeout_seconds: 300 });
    expect(waitFor({ tcpPort: 22, timeoutSeconds: 60 })).toEqual({ address: "10.30.0.11", tcp_port: 22, timeout_seconds: 60 });
    expect(waitFor({ address: "10.30.0.99" })).toEqual({ address: "10.30.0.99", timeout_seconds: 300 });
    const error = (w: object) => synthError((stack, host) => {
      const lan = new BridgedNetwork(stack, "lan", { host, bridgeName: "hlbr0", cidr: "10.30.0.0/24" });
      new LxcContainer(stack, "web", { host, name: "web", nics: [{ network: lan, address: "10.30.0.11" }], waitFor: w });
    });
    expect(error({ agent: true })).toBe("test/web: waitFor.agent: only a KVM guest has a guest agent to wait for");
    expect(error({ address: false })).toBe("test/web: waitFor waits for nothing: give waitFor.address (true for the guest's own)");
    expect(error({ address: "web.lab" })).toContain("test/web: waitFor.address \"web.lab\" is invalid: expected an IPv4 or IPv6 address");
  });

  test("gives its addresses known at synth, for outputs", () => {
    let ct: LxcContainer | undefined;
    synth((stack, host) => {
      const lan = new BridgedNetwork(stack, "lan", { host, bridgeName: "hlbr0", cidr: "10.30.0.0/24", ipv6Cidr: "fd42:30::/64" });
      ct = new LxcContainer(stack, "web", { host, name: "web", nics: [{ network: lan, address: "10.30.0.11", address6: "fd42:30::11" }] });
    });
    expect(ct!.addresses).toEqual(["10.30.0.11", "fd42:30::11"]);
  });

  test("is unprivileged unless privileged is asked for", () => {
    expect(only(build(), "hyperlab_lxc_container")[0].privileged).toBe(false);
    expect(only(build({ privileged: true }), "hyperlab_lxc_container")[0].privileged).toBe(true);
  });

  test("is created after its bridge", () => {
    const json = build();
    const [container] = only(json, "hyperlab_lxc_container");
    expect(container.depends_on).toEqual([`hyperlab_bridge.${Object.keys(json.resource.hyperlab_bridge)[0]}`]);
  });

  test("takes template arguments (the provider passes them after --), and can stay stopped and off autostart", () => {
    const [container] = only(build({
      template: "download", templateArgs: ["--dist", "debian", "--release", "bookworm"], startOnCreate: false, startOnBoot: false,
    }), "hyperlab_lxc_container");
    expect(container).toMatchObject({ template: "download", template_args: ["--dist", "debian", "--release", "bookworm"], running: false, autostart: false });
  });

  test("derives a stable locally administered MAC from the construct path when none is given", () => {
    const mac = () => {
      const json = synth((stack, host) => {
        const lan = new BridgedNetwork(stack, "lan", { host, bridgeName: "hlbr0", cidr: "10.30.0.0/24" });
        new LxcContainer(stack, "web", { host, name: "web", nics: [{ network: lan }] });
      });
      return only(json, "hyperlab_lxc_container")[0].nics[0].hwaddr as string;
    };
    const first = mac();
    expect(first).toBe(mac());
    expect(parseInt(first.slice(0, 2), 16) & 0b11).toBe(0b10);
  });

  test.each([
    ["a name with command substitution", { name: "$(reboot)" }, 'test/web: name "$(reboot)" is invalid: a guest name is a DNS label'],
    ["an address outside the network", { nics: "outside" }, 'test/web: nics[0].address "10.31.0.5" is invalid: expected a host address in 10.30.0.0/24'],
    ["the network's broadcast address", { nics: "broadcast" }, 'nics[0].address "10.30.0.255" is invalid'],
    ["a multicast MAC", { nics: "multicast" }, 'test/web: nics[0].mac "01:00:5e:00:00:01" is invalid: expected a unicast MAC'],
    ["a template argument with shell syntax", { templateArgs: ["--dist", "debian;reboot"] }, 'test/web: templateArgs[1] "debian;reboot" is invalid'],
    ["memory below the minimum", { memoryMiB: 8 }, "test/web: memoryMiB 8 is invalid: expected an integer from 16 to 1048576 MiB"],
    ["privileged given as a string", { privileged: "yes" }, 'test/web: privileged "yes" is invalid: expected true or false'],
  ])("refuses %s", (_n, override: any, message) => {
    const error = synthError((stack, host) => {
      const lan = new BridgedNetwork(stack, "lan", { host, bridgeName: "hlbr0", cidr: "10.30.0.0/24" });
      const nics = {
        outside: [{ network: lan, address: "10.31.0.5" }],
        broadcast: [{ network: lan, address: "10.30.0.255" }],
        multicast: [{ network: lan, mac: "01:00:5e:00:00:01" }],
      }[override.nics as string];
      new LxcContainer(stack, "web", { host, name: "web", ...override, nics: nics ?? [] });
    });
    expect(error).toContain(message);
  });

  test("refuses two guests with one address, one MAC, or one name", () => {
    const twice = (a: object, b: object) =>
      synthError((stack, host) => {
        const lan = new BridgedNetwork(stack, "lan", { host, bridgeName: "hlbr0", cidr: "10.30.0.0/24" });
        new LxcContainer(stack, "a", { host, name: "a", nics: [{ network: lan, ...a }] });
        new LxcContainer(stack, "b", { host, name: "b", nics: [{ network: lan, ...b }] });
      });
    expect(twice({ address: "10.30.0.5" }, { address: "10.30.0.5" })).toBe(
      `test/b: nics[0].address "10.30.0.5" is invalid: address on bridge hlbr0 (the host's own network namespace) must be unique within the app, but test/a nics[0].address already uses it`,
    );
    expect(twice({ address: "10.30.0.1" }, {})).toContain("test/a: nics[0].address \"10.30.0.1\" is invalid: address on bridge hlbr0");
    expect(twice({ mac: "02:00:00:00:00:01" }, { mac: "02:00:00:00:00:01" })).toContain(
      'test/b: nics[0].mac "02:00:00:00:00:01" is invalid: MAC address must be unique within the app, but test/a nics[0].mac already uses it',
    );
    expect(synthError((stack, host) => {
      new LxcContainer(stack, "a", { host, name: "same" });
      new LxcContainer(stack, "b", { host, name: "same" });
    })).toContain('test/b: name "same" is invalid: container name in /var/lib/lxc must be unique within the app, but test/a name already uses it');
  });

  describe("with NICs on two bridges", () => {
    const twoNics = (a: object, b: object) =>
      synth((stack, host) => {
        const lan = new BridgedNetwork(stack, "lan", { host, bridgeName: "hlbr0", cidr: "10.30.0.0/24", mode: "nat",
          dhcp: { rangeStart: "10.30.0.100", rangeEnd: "10.30.0.199" } });
        const back = new BridgedNetwork(stack, "back", { host, bridgeName: "hlbr1", cidr: "10.31.0.0/24",
          dhcp: { rangeStart: "10.31.0.100", rangeEnd: "10.31.0.199" } });
        new LxcContainer(stack, "web", { host, name: "web", nics: [{ network: lan, ...a }, { network: back, ...b }] });
      });
    const nics = (json: any) => only(json, "hyperlab_lxc_container")[0].nics;
    const reservations = (json: any) => Object.values(json.resource.hyperlab_dhcp).map((d: any) => d.reservations);

    test("routes by default through the first static NIC only", () => {
      expect(nics(twoNics({ address: "10.30.0.11" }, { address: "10.31.0.11" }))).toEqual([
        expect.objectContaining({ ipv4: "10.30.0.11/24", gateway: "10.30.0.1" }),
        expect.not.objectContaining({ gateway: expect.anything() }),
      ]);
    });

    test("routes through the NIC marked defaultRoute", () => {
      expect(nics(twoNics({ address: "10.30.0.11" }, { address: "10.31.0.11", defaultRoute: true }))).toEqual([
        expect.not.objectContaining({ gateway: expect.anything() }),
        expect.objectContaining({ ipv4: "10.31.0.11/24", gateway: "10.31.0.1" }),
      ]);
    });

    test("gives a DHCP NIC that is not the default route no router, through a reservation", () => {
      const json = twoNics({ address: "10.30.0.11" }, { dhcp: true });
      expect(nics(json)[1]).toEqual(expect.not.objectContaining({ gateway: expect.anything() }));
      expect(reservations(json)).toEqual([[{ mac: nics(json)[1].hwaddr, hostname: "web", default_route: false }], []]);
      // The default-route DHCP NIC keeps the router: reserved by name only (so the network's DNS answers it).
      const first = twoNics({ dhcp: true }, { address: "10.31.0.11" });
      expect(reservations(first)).toEqual([[], [{ mac: nics(first)[0].hwaddr, hostname: "web" }]]);
      expect(nics(first)[1]).toEqual(expect.not.objectContaining({ gateway: expect.anything() }));
    });

    test.each([
      ["two NICs marked defaultRoute", { address: "10.30.0.11", defaultRoute: true }, { address: "10.31.0.11", defaultRoute: true },
        "test/web: nics[0] and nics[1] both set defaultRoute; a guest has one default route"],
      ["a gateway on a NIC that is not the default route", { address: "10.30.0.11" }, { address: "10.31.0.11", gateway: "10.31.0.254" },
        "test/web: nics[1].gateway is set, but the guest's one default route is on another NIC; set nics[1].defaultRoute"],
      ["defaultRoute on a NIC without an address", {}, { defaultRoute: true }, "test/web: nics[1].defaultRoute is set but the NIC has no gateway"],
    ])("refuses %s", (_n, a, b, message) => {
      expect(synthError((stack, host) => {
        const lan = new BridgedNetwork(stack, "lan", { host, bridgeName: "hlbr0", cidr: "10.30.0.0/24", mode: "nat" });
        const back = new BridgedNetwork(stack, "back", { host, bridgeName: "hlbr1", cidr: "10.31.0.0/24" });
        new LxcContainer(stack, "web", { host, name: "web", nics: [{ network: lan, ...a }, { network: back, ...b }] });
      })).toContain(message);
    });

    test("refuses a second DHCP NIC on a server the stack does not run (it could bring a second default route)", () => {
      expect(synthError((stack, host) => {
        const lan = new BridgedNetwork(stack, "lan", { host, bridgeName: "hlbr0", cidr: "10.30.0.0/24", mode: "nat" });
        const office = BridgedNetwork.fromExisting(stack, "office", { host, bridgeName: "br-office", hasDhcp: true });
        new LxcContainer(stack, "web", { host, name: "web", nics: [{ network: lan, address: "10.30.0.11" }, { network: office, dhcp: true }] });
      })).toContain("test/web: nics[1] takes DHCP from a server the stack does not run (test/office), which may give the guest a second default route");
    });
  });
});
