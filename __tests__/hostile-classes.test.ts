// The second round of the hostile sweep: each class of attack is a generator over
// every prop of every construct (read from the sources, as the first sweep is), so
// a prop added later is swept by every class without anyone listing it. A value is
// refused with its construct path, or accepted safely (see `problem`) and passes
// the class's own check of the synthesized JSON.
import { join } from "node:path";
import { TerraformStack, TerraformVariable, Testing } from "cdktf";
import { Construct } from "constructs";
import { parse as parseYaml } from "yaml";
import * as hl from "../constructs";
import { describeValue } from "../constructs/core/errors";
import { Ipv4Network } from "../constructs/core/addresses";
import { constructSchemas, PropPath } from "./support/props-schema";
import { BASELINES, InStack, Inspect, isInStack, MARK, problem, strings } from "./support/sweep";

const schemas = constructSchemas(join(__dirname, ".."));
const textProps = (props: PropPath[]) => props.filter((p) => p.kind === "string" || p.kind === "string[]");
const asKind = (prop: PropPath, value: unknown) => (prop.kind === "string[]" ? [value] : value);

/** Runs every baseline of every construct over `props` and `values`, returning the problems found. */
function sweep(select: (props: PropPath[]) => PropPath[], values: (prop: PropPath) => unknown[], inspect?: Inspect, only?: string[]): string[] {
  const problems: string[] = [];
  for (const { name, props } of schemas) {
    if (only && !only.includes(name)) continue;
    for (const [b, baseline] of BASELINES[name].entries()) {
      for (const prop of select(props)) {
        for (const value of values(prop)) {
          const found = problem(baseline, prop.path, value, inspect);
          if (found) problems.push(`${name}#${b} ${prop.path || "props"} = ${shown(value)}: ${found}`);
        }
      }
    }
  }
  return problems;
}

function shown(value: unknown): string {
  if (isInStack(value)) return "(made in the stack)";
  try {
    return describeValue(value);
  } catch {
    return "(unshowable)";
  }
}

const variable = (stack: Construct) =>
  (stack.node.tryFindChild("v") as TerraformVariable | undefined) ?? new TerraformVariable(stack, "v", { type: "string" });

describe("text joined to a token", () => {
  // The token is live on purpose; the text around it must stay text, and a string
  // that only looks like a token is refused with the path, not inside cdktf.
  const mixed = [
    (stack: Construct) => `${variable(stack).stringValue}x\${file("/etc/${MARK}")}`,
    (stack: Construct) => `x\${file("/etc/${MARK}")}${variable(stack).stringValue}%{ if true }${MARK}%{ endif }`,
    (stack: Construct) => `${MARK}\u0000${variable(stack).stringValue}`,
    () => `x\${TfToken[TOKEN.987654]}${MARK}`,
  ];
  const noControlNextToMark: Inspect = (json) => {
    const bad = strings(json).find((s) => s.includes(MARK) && /[\x00-\x08\x0b-\x1f\x7f]/.test(s));
    return bad === undefined ? undefined : `a control character reached the JSON: ${JSON.stringify(bad.slice(0, 80))}`;
  };

  test("on every string prop of every construct, the literal fragments are escaped or the value refused", () => {
    expect(sweep(textProps, (prop) => mixed.map((m) => new InStack((stack) => asKind(prop, m(stack)))), noControlNextToMark)).toEqual([]);
  });

  test("a description joining text and a variable keeps the variable live and the text literal", () => {
    const stack = stackWith((stack, host) => {
      new hl.KvmGuest(stack, "vm", { host, name: "vm1", bootImage: "/srv/a.qcow2", description: `\${file("/etc/shadow")} ${variable(stack).stringValue}` });
    });
    const domain = Object.values<any>(JSON.parse(Testing.synth(stack)).resource.hyperlab_kvm_domain)[0];
    expect(domain.description).toBe('$${file("/etc/shadow")} ${var.v}');
  });

  test("a title joining text and a variable keeps the variable live and the text literal", () => {
    const stack = stackWith((stack, host) => {
      new hl.KvmGuest(stack, "vm", { host, name: "vm1", bootImage: "/srv/a.qcow2", title: `\${file("/etc/shadow")} ${variable(stack).stringValue}` });
    });
    const domain = Object.values<any>(JSON.parse(Testing.synth(stack)).resource.hyperlab_kvm_domain)[0];
    expect(domain.title).toBe('$${file("/etc/shadow")} ${var.v}');
  });
});

describe("YAML 1.1 ambiguities", () => {
  // Plain scalars a YAML 1.1 reader (PyYAML, cloud-init's) takes for booleans,
  // numbers, dates, null or merge keys; a MAC is a base-60 integer there.
  const AMBIGUOUS = ["no", "on", "off", "yes", "y", "n", "~", "null", "0b101", "0x1F", "0o17", "017", "1_000", "1:20", "2001-01-01",
    "1e3", ".inf", ".nan", "+12", "-0", "<<", "=", "52:54:00:12:34:56", "12:34", "0.5"];

  /** Every place of `written` (read as plain strings) that holds `value` reads back as that string under YAML 1.1. */
  function readsBack(text: string, value: unknown): string | undefined {
    const plain = parseYaml(text, { schema: "failsafe" });
    const read = parseYaml(text.replace(/\$\$\{/g, "${").replace(/%%\{/g, "%{"), { version: "1.1" });
    const walk = (p: any, r: any, at: string): string | undefined => {
      if (typeof p === "string") return p === value && r !== value ? `${at} was written as ${JSON.stringify(p)} and reads as ${JSON.stringify(r)}` : undefined;
      if (p && typeof p === "object") {
        for (const key of Object.keys(p)) {
          const found = walk(p[key], r?.[key], `${at}.${key}`);
          if (found) return found;
        }
      }
      return undefined;
    };
    return walk(plain, read, "");
  }

  const seedReadsBack: Inspect = (json, value) => {
    const wanted = Array.isArray(value) ? value[0] : value;
    for (const seed of Object.values<any>(json.resource?.hyperlab_kvm_seed ?? {})) {
      for (const doc of ["user_data", "meta_data", "network_config"]) {
        const found = seed[doc] === undefined ? undefined : readsBack(seed[doc], wanted);
        if (found) return `${doc}${found}`;
      }
    }
    return undefined;
  };

  test("every string prop of a cloud-init guest that takes one reads back in its seed as written", () => {
    expect(sweep(textProps, (prop) => AMBIGUOUS.map((v) => asKind(prop, v)), seedReadsBack, ["KvmGuest"])).toEqual([]);
  });

  test("the check itself catches a plain `no` and a plain MAC", () => {
    expect(readsBack("hostname: no\n", "no")).toBe('.hostname was written as "no" and reads as false');
    expect(readsBack("mac: 52:54:00:12:34:56\n", "52:54:00:12:34:56")).toMatch(/reads as \d+/);
    expect(readsBack('hostname: "no"\n', "no")).toBeUndefined();
  });
});

describe("config-line payloads through a network implemented outside the library", () => {
  /** An IBridgedNetwork written by a user: a plain construct with the fields, on the host the guest is on. */
  function outside(stack: Construct, host: hl.LinuxHost, fields: Record<string, unknown>): hl.IBridgedNetwork {
    const node = stack.node.tryFindChild("pve") ?? host;
    const cidr = node === host ? "10.60.0.0/24" : "10.50.0.0/24";
    const net = new Construct(stack, `outside${stack.node.children.length}`);
    const base = { host: node, bridgeName: "hlbr7", mtu: 1500, hasDhcp: false, vlanFiltering: true,
      network: Ipv4Network.parse(stack, "cidr", cidr), gateway: cidr.replace("0/24", "1") };
    for (const [key, value] of Object.entries({ ...base, ...fields })) {
      Object.defineProperty(net, key, typeof value === "function" && key !== "reserveAddress" ? { get: value as () => unknown } : { value });
    }
    return net as unknown as hl.IBridgedNetwork;
  }
  const once = (first: unknown, then: unknown) => { let n = 0; return () => (n++ ? then : first); };
  const PAYLOADS: Record<string, unknown>[] = [
    { bridgeName: `x\nlxc.mount.entry = /etc etc none bind 0 0 ${MARK}` }, { bridgeName: `br\u0000${MARK}` }, { bridgeName: `-o${MARK}` },
    { bridgeName: `x\${file("/${MARK}")}` }, { bridgeName: once("hlbr7", `x\n${MARK}`) }, { bridgeName: () => { throw new TypeError(MARK); } },
    { gateway: `10.60.0.1,set:${MARK}` }, { gateway: `10.60.0.1\n${MARK}` }, { gateway: once("10.60.0.1", `10.60.0.1,${MARK}`) },
    { gateway6: `fd60::1,${MARK}` }, { mtu: `1500; ${MARK}` }, { mtu: 1e9 }, { hasDhcp: MARK }, { vlanFiltering: MARK },
    { resourceAddress: `x}\${file("/${MARK}")}` }, { resourceAddress: `hyperlab_bridge.x\n${MARK}` },
    { dependable: { fqn: `x\${file("/${MARK}")}` } }, { dhcpRange: { start: `10.60.0.100\n${MARK}`, end: "10.60.0.200" } },
    { network: { cidr: MARK } }, { host: MARK }, { reserveAddress: MARK },
  ];
  const WHERE: Record<string, string> = { LxcContainer: "nics[].network", KvmGuest: "nics[].network", VirtualBoxVm: "nics[].network", TapInterface: "network", VmnetNetwork: "bridge" };
  const noMark: Inspect = (json) => (JSON.stringify(json).includes(MARK) ? "the payload reached the JSON" : undefined);

  test("every field, read by every construct that takes a network, is refused or never reaches the JSON", () => {
    const select = (props: PropPath[]) => props.filter((p) => Object.values(WHERE).includes(p.path));
    const problems = sweep(select, () => PAYLOADS.map((fields) => new InStack((stack, host) => outside(stack, host, fields))), noMark, Object.keys(WHERE));
    expect(problems).toEqual([]);
  });

  test("the outside network itself, unchanged, is taken (so the refusals above are the payloads')", () => {
    for (const name of Object.keys(WHERE)) {
      const [path] = [WHERE[name]];
      expect(problem(BASELINES[name][0], path, new InStack((stack, host) => outside(stack, host, {})), (json) =>
        (JSON.stringify(json).includes("hlbr7") ? undefined : "the outside bridge is not in the JSON"))).toBeUndefined();
    }
  });
});

describe("identities that alias", () => {
  /** Two constructs given two spellings of one identity: the second must be refused as a duplicate. */
  const CASES: [string, string, string[], (stack: Construct, id: string, value: string) => void][] = [
    ["lxcPath", "/var/lib/lxc", ["/var/lib/lxc/", "/var/lib//lxc", "/var/./lib/lxc", "//var/lib/lxc"], (stack, id, lxcPath) =>
      new hl.LxcContainer(stack, `ct${id}`, { host: new hl.LinuxHost(stack, `h${id}`, { lxcPath }), name: "ct1" })],
    ["storagePoolPath", "/srv/pool", ["/srv/pool/", "/srv//pool", "/srv/./pool/"], (stack, id, storagePoolPath) =>
      new hl.KvmGuest(stack, `vm${id}`, { host: new hl.LinuxHost(stack, `h${id}`, { storagePoolPath, libvirtUri: id === "a" ? "qemu:///system" : "qemu:///session" }),
        name: "vm1", bootImage: "/srv/a.qcow2" })],
    ["libvirtUri", "qemu:///system", ["qemu+unix:///system", "qemu+unix:///system?socket=/run/libvirt/libvirt-sock",
      "qemu:///system?socket=/var/run/libvirt/libvirt-sock"], (stack, id, libvirtUri) =>
      new hl.KvmGuest(stack, `vm${id}`, { host: new hl.LinuxHost(stack, `h${id}`, { libvirtUri, storagePoolPath: `/srv/pool-${id}` }),
        name: "vm1", bootImage: "/srv/a.qcow2" })],
    ["networkingFile", "/etc/vmware/networking", ["/etc/vmware//networking", "/etc/vmware/./networking", "/etc//vmware/networking/"],
      (stack, id, networkingFile) => new hl.VmnetNetwork(stack, `vmnet${id}`, { host: new hl.LinuxHost(stack, `h${id}`), number: 3,
        mode: "bridged", bridgeInterface: `eth${id}`, networkingFile })],
    ["Proxmox apiUrl", "https://pve1.example.org:8006/api2/json", ["https://PVE1.Example.org:8006/api2/json",
      "https://pve1.example.org.:8006/api2/json"], (stack, id, apiUrl) => {
      const node = new hl.ProxmoxNode(new TerraformStack(stack.node.root, `s${id}`), "pve", { apiUrl, nodeName: "pve1", tokenId: "hyperlab@pve!deploy" });
      new hl.KvmGuest(node, "vm", { host: node, name: `vm${id}`, proxmox: { iso: "local:iso/debian.iso", vmid: 20100 } });
    }],
  ];

  test.each(CASES.flatMap(([what, canonical, variants, make]) => variants.map((v) => [what, canonical, v, make] as const)))(
    "%s %j and %j are one identity", (_what, canonical, variant, make) => {
      const error = errorOf(() => stackWith((stack) => {
        make(stack, "a", canonical);
        make(stack, "b", variant);
      }));
      expect(error).toMatch(/must be unique within the app, but .* already uses it/);
    });

  test.each(CASES.map(([what, canonical, , make]) => [what, canonical, make] as const))(
    "%s: two different identities are both taken (so the refusals above are aliasing's)", (_what, canonical, make) => {
      const other = canonical.startsWith("https://") ? canonical.replace("pve1.", "pve2.")
        : canonical.startsWith("qemu") ? "qemu:///session" : `${canonical}2`;
      expect(() => stackWith((stack) => {
        make(stack, "a", canonical);
        make(stack, "b", other);
      })).not.toThrow();
    });
});

describe("exotic JavaScript values", () => {
  const revoked = () => { const r = Proxy.revocable({}, {}); r.revoke(); return r.proxy; };
  const throwing = { get cidr() { throw new TypeError(`getter ${MARK}`); }, get name() { throw new TypeError(`getter ${MARK}`); } };
  const trapping = new Proxy({}, { ownKeys() { throw new TypeError(`trap ${MARK}`); }, get() { throw new TypeError(`trap ${MARK}`); },
    getPrototypeOf() { throw new TypeError(`trap ${MARK}`); } });
  const many = Array.from({ length: 100 }, (_, i) => `${MARK}-${i}`);
  const shortLength = new Proxy(many, { get: (t, k) => (k === "length" ? 1 : (t as any)[k]) });
  const ownIterator = Object.assign([many[0]], { [Symbol.iterator]: function* () { yield* many; } });
  const hugeLength = new Proxy([], { get: (t, k) => (k === "length" ? 2 ** 32 - 1 : (t as any)[k]) });
  const primitiveThrows = { [Symbol.toPrimitive]() { throw new TypeError(MARK); }, toString() { throw new TypeError(MARK); } };
  const cyclic: any = { name: "x" };
  cyclic.self = cyclic;
  const EXOTIC = [revoked(), throwing, trapping, shortLength, ownIterator, hugeLength, primitiveThrows, cyclic, [revoked()], [throwing],
    "${TfToken[TOKEN.987654]}", -1.8881545897087626e+289];
  // The entries a lying list holds beyond what its length says never reach the JSON.
  const onlyWhatWasCounted: Inspect = (json) => (/PWNED-[1-9]/.test(JSON.stringify(json)) ? "entries past the list's length reached the JSON" : undefined);

  test("on every prop of every construct, and as the props themselves, they are refused with the path", () => {
    const withWhole = (props: PropPath[]) => [{ path: "", kind: "object" as const }, ...props];
    expect(sweep(withWhole, () => EXOTIC, onlyWhatWasCounted)).toEqual([]);
  });
});

function stackWith(build: (stack: Construct, host: hl.LinuxHost) => void): any {
  const stack = new TerraformStack(Testing.app(), "test");
  build(stack, new hl.LinuxHost(stack, "host"));
  // Refused props are thrown at synth, with every other of the app (issue 31).
  Testing.synth(stack);
  return stack;
}

function errorOf(run: () => void): string {
  try {
    run();
  } catch (err) {
    return (err as Error).message;
  }
  return "(no error)";
}
