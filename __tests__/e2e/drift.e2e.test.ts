// Drift you can see: the Linux lab is deployed once, then tampered with by hand,
// one thing at a time, as a person on the host would. After each tamper
// `npm run drift` must exit 2 and name the construct and attribute; `cdktf deploy`
// must repair the lab, after which drift exits 0 and the guests reach each other
// again. A code change not yet deployed exits 3, apart from drift. Destroy leaves
// the host as it was. Traffic stays on the test's own bridge.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { usableAccelerator } from "../support/accelerator";
import { run } from "../support/engine";
import { labProject, LabProject } from "../support/lab";
import { difference, hostState, HostState } from "../support/residue";
import { removeStaleLab } from "../support/stale";

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

describe("drift of the Linux lab, seen and repaired", () => {
  let lab: LabProject;
  let before: HostState;
  let deployed = false;
  const table: string[] = [];

  beforeAll(() => {
    run("bash", [join(ROOT, "tools", "setup-host.sh")]);
    run("bash", [join(ROOT, "tools", "guest-image", "build.sh"), GUEST_DIR]);
    lab = labProject({ prefix: PREFIX, bridge: BRIDGE, cidr: `${NET}.0/24`, guestDir: GUEST_DIR, accelerator: usableAccelerator(GUEST_DIR).accelerator });
    lab.cdktf("synth");
    removeStaleLab(lab.stackDir);
    before = hostState();
    deployed = true;
    lab.cdktf("deploy");
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
    const r = lab.drift();
    expect(r.stdout).toContain("0 drifted, 0 undeployed");
    expect(r.status).toBe(0);
  });

  test.each(TAMPERS)("$what: drift exits 2 naming $constructPath $attribute; deploy repairs it", (tamper) => {
    tamper.act();
    const prefix = join(lab.work, "drift-report");
    const t = process.hrtime.bigint();
    const r = lab.drift(prefix);
    const seconds = Number(process.hrtime.bigint() - t) / 1e9;
    const report = JSON.parse(readFileSync(`${prefix}.json`, "utf8"));
    const named = report.drift.find((d: any) => d.constructPath === tamper.constructPath);
    table.push(`${tamper.what} -> exit ${r.status} -> ${named ? `${named.constructPath} ${named.gone ? "gone" : named.attributes.map((a: any) => a.attribute).join(",")}` : "not named"} (${seconds.toFixed(1)} s)`);
    expect(r.status).toBe(2);
    expect(named).toBeDefined();
    if (tamper.attribute === "gone") expect(named.gone).toBe(true);
    else expect(named.attributes.map((a: any) => a.attribute)).toContainEqual(expect.stringMatching(new RegExp(`^${tamper.attribute}(\\.|$)`)));
    expect(readFileSync(`${prefix}.md`, "utf8")).toContain(`## ${tamper.constructPath}`);
    expect(r.stdout).toContain(`DRIFT ${tamper.constructPath} (`);

    lab.cdktf("deploy");
    const after = lab.drift();
    expect(after.stdout).toContain("0 drifted, 0 undeployed");
    expect(after.status).toBe(0);
    attach(CT.a, ["ping", "-c", "2", "-W", "2", ADDR.b]);
    expect(answers(ADDR.kvm)).toBe(true);
    expect(answers(ADDR.kvmTap)).toBe(true);
  });

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
    expect(difference(before, hostState())).toEqual({});
  });
});
