// Drift you can see: the Linux lab is deployed once, then tampered with by hand,
// as a person on the host would. Every tamper of the list is made, in rounds: a
// round tampers with objects independent of each other (never two tampers on one
// object), and after it `npm run drift` must exit 2 and name EACH tampered
// construct and attribute. The engine's own apply of the synthesized stack (what
// `cdktf deploy` runs after its synth) must repair the lab, after which drift exits
// 0 and the guests reach each other again. The code is synthesized once: drift runs
// with --no-synth while the code is unchanged. A code change not yet deployed
// exits 3, apart from drift. Destroy leaves the host as it was. Traffic stays on
// the test's own bridge.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { usableAccelerator } from "../support/accelerator";
import { run } from "../support/engine";
import { labProject, LabProject } from "../support/lab";
import { difference, hostState, HostState } from "../support/residue";
import { removeStaleLab } from "../support/stale";
import { buildGuestImage } from "../support/images";

jest.setTimeout(40 * 60 * 1000);

const ROOT = join(__dirname, "..", "..");
const PREFIX = "hldr";
const BRIDGE = "hldr0";
const NET = "10.213.9";
const GUEST_DIR = "/var/lib/hyperlab/guest";
const CT = { a: `${PREFIX}-ct-a`, b: `${PREFIX}-ct-b` };
const ADDR = { b: `${NET}.12`, kvm: `${NET}.21`, kvmTap: `${NET}.22` };
const TAP = `${PREFIX}-tap0`;
const KVM = `${PREFIX}-kvm`;
const POOL_DIR = `/var/lib/hyperlab/${PREFIX}-pool`;
const virsh = (...args: string[]) => run("virsh", ["-q", "-c", "qemu:///system", ...args]);

const sh = (...argv: string[]) => run(argv[0], argv.slice(1));
const attach = (ct: string, args: string[], ok = [0]) => run("lxc-attach", ["-n", ct, "--", ...args], { ok });

/** Whether `address` serves its hostname over HTTP to container a now: the deploy waited for the guests (waitFor). */
function answers(address: string): boolean {
  return attach(CT.a, ["timeout", "5", "wget", "-q", "-O", "-", `http://${address}/hostname`], [0, 1, 143]).status === 0;
}

interface Tamper {
  readonly what: string;
  readonly act: () => void;
  readonly constructPath: string;
  /** The attribute the report must name, or "gone". */
  readonly attribute: string;
}

const TAMPERS: Tamper[] = [
  { what: "bridge MTU changed", act: () => sh("ip", "link", "set", "dev", BRIDGE, "mtu", "1400"), constructPath: "linux-lab/lan/bridge", attribute: "mtu" },
  { what: "host address removed", act: () => sh("ip", "addr", "del", `${NET}.1/24`, "dev", BRIDGE), constructPath: "linux-lab/lan/bridge", attribute: "addresses" },
  { what: "TAP detached", act: () => sh("ip", "link", "set", "dev", TAP, "nomaster"), constructPath: "linux-lab/kvm-tap/tap", attribute: "bridge" },
  {
    what: "MASQUERADE rule deleted",
    // The rule's comment carries its resource's mark after the bridge: found by the bridge, removed by its number.
    act: () => {
      const listed = sh("iptables", "-t", "nat", "-L", "POSTROUTING", "-n", "--line-numbers").stdout.split("\n");
      const rule = listed.find((l) => l.includes(`/* hyperlab:${BRIDGE} `) && l.includes("MASQUERADE"));
      if (!rule) throw new Error(`no MASQUERADE rule for ${BRIDGE}:\n${listed.join("\n")}`);
      sh("iptables", "-t", "nat", "-D", "POSTROUTING", rule.trim().split(/\s+/)[0]);
    },
    constructPath: "linux-lab/lan/nat", attribute: "masquerade",
  },
  { what: "ip_forward set to 0", act: () => sh("sysctl", "-q", "-w", "net.ipv4.ip_forward=0"), constructPath: "linux-lab/lan/nat", attribute: "ip_forward" },
  {
    what: "dnsmasq killed",
    act: () => sh("kill", readFileSync(`/run/hyperlab-dhcp-pid@root@${BRIDGE}`, "utf8").trim()),
    constructPath: "linux-lab/lan/dhcp", attribute: "running",
  },
  { what: "container stopped", act: () => sh("lxc-stop", "-n", CT.b, "-k"), constructPath: "linux-lab/ct-b/container", attribute: "running" },
  {
    what: "container memory changed",
    act: () => sh("sed", "-i", "s/^lxc.cgroup2.memory.max = .*/lxc.cgroup2.memory.max = 268435456/", `/var/lib/lxc/${CT.b}/config`),
    constructPath: "linux-lab/ct-b/container", attribute: "memory_mib",
  },
  { what: "container destroyed", act: () => sh("lxc-destroy", "-n", CT.b, "-f"), constructPath: "linux-lab/ct-b/container", attribute: "gone" },
  { what: "KVM domain shut off", act: () => virsh("destroy", KVM), constructPath: "linux-lab/kvm/domain", attribute: "running" },
  { what: "KVM vCPUs changed (virsh setvcpus --config)", act: () => virsh("setvcpus", KVM, "2", "--config", "--maximum"), constructPath: "linux-lab/kvm/domain", attribute: "vcpus" },
  { what: "KVM memory changed (virsh setmaxmem --config)", act: () => virsh("setmaxmem", KVM, "300M", "--config"), constructPath: "linux-lab/kvm/domain", attribute: "memory_mib" },
  { what: "KVM NIC detached (virsh detach-interface --config)", act: () => virsh("detach-interface", KVM, "bridge", "--config"), constructPath: "linux-lab/kvm/domain", attribute: "nics" },
  { what: "KVM autostart turned off", act: () => virsh("autostart", "--disable", KVM), constructPath: "linux-lab/kvm/domain", attribute: "autostart" },
  { what: "KVM domain undefined", act: () => { virsh("destroy", KVM); virsh("undefine", KVM); }, constructPath: "linux-lab/kvm/domain", attribute: "gone" },
  { what: "cloud-init seed file deleted", act: () => sh("rm", `${POOL_DIR}/${PREFIX}-literal/seed.iso`), constructPath: "linux-lab/literal/cloudinit", attribute: "gone" },
  { what: "KVM disk image deleted", act: () => sh("rm", `${POOL_DIR}/${KVM}/disk0.qcow2`), constructPath: "linux-lab/kvm/disk0", attribute: "gone" },
  { what: "TAP deleted", act: () => sh("ip", "link", "delete", "dev", TAP), constructPath: "linux-lab/kvm-tap/tap", attribute: "gone" },
  { what: "bridge deleted", act: () => sh("ip", "link", "delete", "dev", BRIDGE), constructPath: "linux-lab/lan/bridge", attribute: "gone" },
];

/**
 * The tampers in rounds, by their `what`: in one round, no two on the same object,
 * and none on an object another one's repair depends on (the bridge goes alone).
 */
const ROUNDS: string[][] = [
  ["KVM domain shut off", "container stopped", "bridge MTU changed", "MASQUERADE rule deleted", "cloud-init seed file deleted"],
  ["KVM vCPUs changed (virsh setvcpus --config)", "container memory changed", "host address removed", "ip_forward set to 0", "dnsmasq killed"],
  ["KVM memory changed (virsh setmaxmem --config)", "container destroyed", "TAP detached", "KVM disk image deleted"],
  ["KVM NIC detached (virsh detach-interface --config)", "TAP deleted"],
  ["KVM autostart turned off"],
  ["KVM domain undefined"],
  ["bridge deleted"],
];
const rounds: Tamper[][] = ROUNDS.map((names) => names.map((what) => {
  const tamper = TAMPERS.find((t) => t.what === what);
  if (!tamper) throw new Error(`round names a tamper not in TAMPERS: ${what}`);
  return tamper;
}));
// Every tamper is made exactly once, and a round never tampers with one object twice.
const made = rounds.flat().map((t) => t.what);
if (made.length !== TAMPERS.length || new Set(made).size !== made.length) {
  throw new Error(`ROUNDS must hold each of the ${TAMPERS.length} tampers once; it holds ${made.length}: ${made.join("; ")}`);
}
for (const round of rounds) {
  const objects = round.map((t) => t.constructPath);
  if (new Set(objects).size !== objects.length) throw new Error(`a round tampers with one object twice: ${objects.join(", ")}`);
}

describe("drift of the Linux lab, seen and repaired", () => {
  let lab: LabProject;
  let before: HostState;
  let deployed = false;
  const table: string[] = [];

  beforeAll(() => {
    run("bash", [join(ROOT, "tools", "setup-host.sh")]);
    buildGuestImage("build.sh", GUEST_DIR);
    lab = labProject({ prefix: PREFIX, bridge: BRIDGE, cidr: `${NET}.0/24`, guestDir: GUEST_DIR, accelerator: usableAccelerator(GUEST_DIR).accelerator });
    lab.cdktf("synth"); // the only synth until the code changes
    removeStaleLab(lab.stackDir);
    before = hostState();
    deployed = true;
    lab.engine(["init"]);
    lab.engine(["apply", "-auto-approve"]);
  });

  afterAll(() => {
    try {
      if (deployed) lab.cdktf("destroy");
    } finally {
      console.log(`tamper -> drift exit -> named:\n${table.join("\n")}`);
      lab.remove();
    }
  });

  test("a freshly deployed lab has no drift and nothing undeployed (exit 0)", () => {
    const r = lab.drift(undefined, { synth: false });
    expect(r.stdout).toContain("0 drifted, 0 undeployed");
    expect(r.status).toBe(0);
  });

  test.each(rounds.map((round, i) => ({ n: i + 1, round, whats: round.map((t) => t.what).join("; ") })))(
    "round $n ($whats): drift exits 2 naming each tampered object and attribute; the engine's apply repairs them",
    ({ n, round }) => {
      for (const tamper of round) tamper.act();
      const prefix = join(lab.work, `drift-report-${n}`);
      const t = process.hrtime.bigint();
      const r = lab.drift(prefix, { synth: false });
      const seconds = Number(process.hrtime.bigint() - t) / 1e9;
      const report = JSON.parse(readFileSync(`${prefix}.json`, "utf8"));
      const md = readFileSync(`${prefix}.md`, "utf8");
      const named = round.map((tamper) => report.drift.find((d: any) => d.constructPath === tamper.constructPath));
      round.forEach((tamper, i) => {
        const d = named[i];
        table.push(`round ${n}: ${tamper.what} -> exit ${r.status} -> ${d ? `${d.constructPath} ${d.gone ? "gone" : d.attributes.map((a: any) => a.attribute).join(",")}` : "not named"} (drift ${seconds.toFixed(1)} s)`);
      });
      expect(r.status).toBe(2);
      round.forEach((tamper, i) => {
        const d = named[i];
        expect({ tamper: tamper.what, named: d !== undefined }).toEqual({ tamper: tamper.what, named: true });
        if (tamper.attribute === "gone") expect({ tamper: tamper.what, gone: d.gone }).toEqual({ tamper: tamper.what, gone: true });
        else expect(d.attributes.map((a: any) => a.attribute)).toContainEqual(expect.stringMatching(new RegExp(`^${tamper.attribute}(\\.|$)`)));
        expect(md).toContain(`## ${tamper.constructPath}`);
        expect(r.stdout).toContain(`DRIFT ${tamper.constructPath} (`);
      });

      const a = process.hrtime.bigint();
      const repair = lab.engine(["apply", "-auto-approve"]);
      // Where the repair spent its time: the engine's "... complete after 1m2s" lines.
      const took = (d: string) => (Number(/(\d+)m/.exec(d)?.[1] ?? 0) * 60) + Number(/(\d+)s/.exec(d)?.[1] ?? 0);
      const slowest = [...repair.stdout.matchAll(/^(\S+): \w+ complete after (\S+)/gm)]
        .sort((x, y) => took(y[2]) - took(x[2])).slice(0, 3).map((m) => `${m[1]} ${m[2]}`);
      table.push(`round ${n}: repaired by the engine's apply in ${(Number(process.hrtime.bigint() - a) / 1e9).toFixed(1)} s (${slowest.join(", ")})`);
      const after = lab.drift(undefined, { synth: false });
      expect(after.stdout).toContain("0 drifted, 0 undeployed");
      expect(after.status).toBe(0);
      attach(CT.a, ["ping", "-c", "2", "-W", "2", ADDR.b]);
      expect(answers(ADDR.kvm)).toBe(true);
      expect(answers(ADDR.kvmTap)).toBe(true);
    },
  );

  test("a code change not yet deployed exits 3, apart from drift", () => {
    const app = join(lab.work, "cdktf.json");
    const config = JSON.parse(readFileSync(app, "utf8"));
    writeFileSync(app, JSON.stringify({ ...config, app: `HL_E2E_LITERAL_NOTE=changed ${config.app}` }));
    try {
      const r = lab.drift();
      // A new description is changed in place.
      expect(r.stdout).toMatch(/UNDEPLOYED linux-lab\/literal\/domain \(hyperlab_kvm_domain\.\S+\): update/);
      expect(r.stdout).toContain("0 drifted, 1 undeployed");
      expect(r.status).toBe(3);
    } finally {
      writeFileSync(app, JSON.stringify(config));
    }
  });

  test("npm run review on the lab's plan: a replaced guest is flagged as possible data loss, with its cause", () => {
    const app = join(lab.work, "cdktf.json");
    const config = JSON.parse(readFileSync(app, "utf8"));
    // A new name replaces the guest (and its seed, whose path holds the name).
    writeFileSync(app, JSON.stringify({ ...config, app: `HL_E2E_LITERAL_NAME=renamed ${config.app}` }));
    try {
      const prefix = join(lab.work, "review");
      const t = process.hrtime.bigint();
      const r = lab.review(prefix);
      console.log(`npm run review on the Linux lab: ${(Number(process.hrtime.bigint() - t) / 1e9).toFixed(1)} s (synth, plan with refresh, summary)`);
      const md = readFileSync(`${prefix}.md`, "utf8");
      expect(r.stdout).toBe(md);
      expect(md).toContain("0 to create, 0 to update in place, 2 to replace, 0 to destroy.");
      expect(md).toMatch(/Possible data loss\n\n- \*\*linux-lab\/literal\/domain\*\* \(`hyperlab_kvm_domain\.\S+`\): replaced/);
      expect(JSON.parse(readFileSync(`${prefix}.json`, "utf8")).counts).toEqual({ create: 0, update: 0, replace: 2, destroy: 0 });
    } finally {
      writeFileSync(app, JSON.stringify(config));
    }
  });

  test("destroy of a lab half-removed by hand succeeds and leaves the host as it was", () => {
    // Read drops what is already gone, so destroy removes only what is left.
    sh("lxc-destroy", "-n", CT.b, "-f");
    sh("ip", "link", "delete", "dev", TAP);
    sh("kill", readFileSync(`/run/hyperlab-dhcp-pid@root@${BRIDGE}`, "utf8").trim());
    lab.cdktf("destroy");
    deployed = false;
    expect(difference(before, hostState(), /hldr/)).toEqual({});
  });
});
