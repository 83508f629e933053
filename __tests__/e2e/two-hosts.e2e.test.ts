// One stack across two Linux hosts reached over SSH, for real: each "host" is a
// network namespace with its own sshd, host key and /var/lib/hyperlab (see
// support/ssh-hosts.ts); the engine runs in a namespace of its own on their
// underlay, and runs cdktf (apps/two-hosts-lab.ts) as a user does, the engine
// directly where a test reads its messages. A network stretched across both by
// VXLAN, a container on each: they ping each other over the overlay, drift on
// each host is named with its host and repaired, a changed host key and an
// unreachable host stop the deploy, a host that reboots comes back by its own
// restore, and destroy leaves nothing. The same lab on one local host runs beside
// it, for the figures printed at the end (deploy and drift time, ping round trip).
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { engineEnv, run, RunResult } from "../support/engine";
import { onHost, remoteEngine, remoteEngineEnv } from "../support/remote-engine";
import { SshHost, SshHosts, startSshHosts } from "../support/ssh-hosts";

const ROOT = join(__dirname, "..", "..");
const STACK = "two-hosts";
const LXC_PATH = "/var/lib/hyperlab/lxc"; // each host's own: /var/lib/hyperlab is private to it
const KEY_VARIABLE = "lab_ssh_key"; // the app's
const APP = `${join(ROOT, "node_modules", ".bin", "tsx")} ${join(__dirname, "apps", "two-hosts-lab.ts")}`;

let hosts: SshHosts;
let a: SshHost;
let b: SshHost;
let project: string;
let dir: string;
let applied = false;
const figures: Record<string, string> = {};

const env = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => remoteEngineEnv(hosts, KEY_VARIABLE, extra);

/**
 * cdktf, run from the engine's namespace as a user runs it: synth, or deploy and
 * destroy of the whole stack (synth, init, apply), with the host keys known_hosts has now.
 */
function cdktf(verb: "synth" | "deploy" | "destroy"): RunResult {
  const argv = [join(ROOT, "node_modules", ".bin", "cdktf"), verb, ...(verb === "synth" ? [] : [STACK, "--auto-approve"]), "--no-color"];
  const known = (h: SshHost) => ({ address: h.address, knownHosts: h.knownHostsLine });
  const r = hosts.engineExec(argv, {
    cwd: project, timeoutMs: 900_000,
    env: env({ CI: "1", HL_E2E_LXC_PATH: LXC_PATH, HL_E2E_SSH_HOSTS: JSON.stringify({ a: known(a), b: known(b) }) }),
  });
  if (r.status !== 0) throw new Error(`cdktf ${verb} exited ${r.status}\n${r.stdout}\n${r.stderr}`);
  return r;
}

/** The engine, run from the engine's namespace on the underlay. */
const engine = (args: string[], ok: number[] = [0], extra: NodeJS.ProcessEnv = {}) => remoteEngine(hosts, dir, KEY_VARIABLE, args, ok, extra);

function drift(): RunResult {
  const r = hosts.engineExec([join(ROOT, "node_modules", ".bin", "tsx"), join(ROOT, "cli", "main.ts"), "drift", STACK, "--dir", project, "--no-synth"],
    { env: env(), timeoutMs: 600_000 });
  if (![0, 2].includes(r.status)) throw new Error(`drift exited ${r.status}\n${r.stdout}\n${r.stderr}`);
  return r;
}

const timed = <T>(f: () => T): [T, number] => {
  const start = process.hrtime.bigint();
  const out = f();
  return [out, Number(process.hrtime.bigint() - start) / 1e9];
};

const on = (h: SshHost, ...argv: string[]) => onHost(h, argv);
const links = (h: SshHost) => JSON.parse(on(h, "ip", "-j", "-d", "link", "show") || "[]") as any[];
const link = (h: SshHost, name: string) => links(h).find((l) => l.ifname === name);
const fdbPeers = (h: SshHost, dev: string) => (JSON.parse(on(h, "bridge", "-j", "fdb", "show", "dev", dev) || "[]") as any[])
  .filter((e) => e.mac === "00:00:00:00:00:00" && e.dst).map((e) => e.dst).sort();
const attach = (h: SshHost, ct: string, ...argv: string[]) => h.exec(["lxc-attach", "-P", LXC_PATH, "-n", ct, "--", ...argv], { timeoutMs: 60_000 });
// Where cdktf's default local backend keeps the state, relative to the stack's directory.
const stateText = () => readFileSync(resolve(dir, JSON.parse(readFileSync(join(dir, "cdk.tf.json"), "utf8")).terraform.backend.local.path), "utf8");
/** The resources the state holds: an engine that changed nothing may still write the file anew. */
const state = () => JSON.stringify(JSON.parse(stateText()).resources);
/** Average round trip in ms of `count` pings from a container. */
const rtt = (h: SshHost, ct: string, to: string) => {
  const out = attach(h, ct, "ping", "-c", "20", "-i", "0.2", "-q", to).stdout;
  const m = /= [\d.]+\/([\d.]+)\//.exec(out);
  if (!m) throw new Error(`no round trip in ${out}`);
  return Number(m[1]);
};
const pings = (h: SshHost, ct: string, to: string) => attach(h, ct, "ping", "-c", "2", "-W", "3", to).status === 0;

beforeAll(() => {
  hosts = startSshHosts(["a", "b"]);
  ({ a, b } = hosts.hosts as { a: SshHost; b: SshHost });
  project = mkdtempSync(join(tmpdir(), "hyperlab-two-hosts-"));
  writeFileSync(join(project, "cdktf.json"), JSON.stringify({ language: "typescript", app: APP, output: "cdktf.out", sendCrashReports: "false" }));
  dir = join(project, "cdktf.out", "stacks", STACK);
}, 120_000);

afterAll(() => {
  try {
    if (applied) {
      try {
        cdktf("destroy"); // with the host keys as they are now, whatever a test left
      } catch (e) {
        console.error(`destroy in cleanup: ${e}`);
      }
    }
  } finally {
    for (const h of [a, b]) if (h) for (const ct of ["ct-a", "ct-b"]) h.exec(["lxc-destroy", "-P", LXC_PATH, "-n", ct, "-f"]);
    hosts?.cleanup();
    if (project) rmSync(project, { recursive: true, force: true });
    if (Object.keys(figures).length) console.log(`FIGURES ${JSON.stringify(figures, null, 1)}`);
  }
}, 600_000);

test("one cdktf deploy builds the lab on both hosts, each through the agent copied there; the containers ping each other over the overlay", () => {
  applied = true;
  const [, seconds] = timed(() => cdktf("deploy"));
  figures["two-host cdktf deploy (s)"] = seconds.toFixed(1);
  for (const h of [a, b]) {
    // The agent was copied to the host, named by its hash, and nowhere else.
    expect(existsSync(join(h.stateDir, "agent"))).toBe(true);
    const bridge = link(h, "hlx0");
    expect(bridge.linkinfo.info_kind).toBe("bridge");
    const vx = link(h, "vx4242");
    expect(vx.linkinfo.info_kind).toBe("vxlan");
    expect(vx.linkinfo.info_data.id).toBe(4242);
    expect(vx.master).toBe("hlx0");
    expect(vx.mtu).toBe(1450);
  }
  expect(fdbPeers(a, "vx4242")).toEqual([b.address]);
  expect(fdbPeers(b, "vx4242")).toEqual([a.address]);
  // The gateway's address is on host A's bridge only; host B's is a plain switch.
  expect(on(a, "ip", "-4", "-o", "addr", "show", "dev", "hlx0")).toContain("10.77.0.1/24");
  expect(on(b, "ip", "-4", "-o", "addr", "show", "dev", "hlx0")).toBe("");
  expect(on(a, "lxc-info", "-P", LXC_PATH, "-n", "ct-a", "-s")).toContain("RUNNING");
  expect(on(b, "lxc-info", "-P", LXC_PATH, "-n", "ct-b", "-s")).toContain("RUNNING");
  expect(b.exec(["lxc-info", "-P", LXC_PATH, "-n", "ct-a"]).status).not.toBe(0);
  expect(pings(a, "ct-a", "10.77.0.20")).toBe(true);
  expect(pings(b, "ct-b", "10.77.0.10")).toBe(true);
  // Host B's container reaches the gateway on host A, and its DHCP server across the tunnel.
  expect(pings(b, "ct-b", "10.77.0.1")).toBe(true);
  const lease = attach(b, "ct-b", "udhcpc", "-n", "-q", "-f", "-t", "5", "-i", "eth0", "-s", "/bin/true");
  expect(`${lease.stdout}${lease.stderr}`).toMatch(/lease of 10\.77\.0\.1\d\d obtained/);
  figures["ping over the overlay, avg (ms)"] = String(rtt(b, "ct-b", "10.77.0.10"));
  // A second plan has nothing to do.
  expect(engine(["plan", "-detailed-exitcode"], [0]).status).toBe(0);
  const [report, driftSeconds] = timed(drift);
  expect(report.stdout).toContain("0 drifted, 0 undeployed");
  figures["two-host drift, clean (s)"] = driftSeconds.toFixed(1);
}, 900_000);

test("drift on each host is reported with its host and construct, and apply repairs it", () => {
  on(b, "ip", "link", "del", "hlx0");
  on(a, "ip", "link", "del", "vx4242");
  const report = drift().stdout;
  expect(report).toMatch(/DRIFT two-hosts\/lab\/on-hostB\/bridge \(hyperlab_bridge\.\S+\) on host two-hosts\/hostB \(10\.199\.0\.2\): gone from the host/);
  expect(report).toMatch(/DRIFT two-hosts\/lab\/vxlan \(hyperlab_vxlan\.\S+\) on host two-hosts\/hostA \(10\.199\.0\.1\): gone from the host/);
  // Nothing on the host that was not touched is reported.
  expect(report).not.toMatch(/ct[AB].*gone/);
  expect(pings(a, "ct-a", "10.77.0.20")).toBe(false);
  engine(["apply", "-auto-approve"]);
  expect(fdbPeers(a, "vx4242")).toEqual([b.address]);
  expect(link(b, "vx4242").master).toBe("hlx0");
  expect(pings(a, "ct-a", "10.77.0.20")).toBe(true);
  // A peer missing from a tunnel's forwarding table is drift too.
  on(b, "bridge", "fdb", "del", "00:00:00:00:00:00", "dev", "vx4242", "dst", a.address);
  expect(drift().stdout).toMatch(/DRIFT two-hosts\/lab\/on-hostB\/vxlan .* on host two-hosts\/hostB .*peers/);
  engine(["apply", "-auto-approve"]);
  expect(fdbPeers(b, "vx4242")).toEqual([a.address]);
  expect(engine(["plan", "-detailed-exitcode"]).status).toBe(0);
}, 900_000);

test("host B's container and tunnel lost from the state are adopted back through its agent, by their marks, and the next apply leaves them running", () => {
  const stateCommand = (...args: string[]) => {
    const r = hosts.engineExec([engineEnv().TERRAFORM_BINARY_NAME!, "state", ...args], { cwd: dir, env: env() });
    if (r.status !== 0) throw new Error(`state ${args.join(" ")} exited ${r.status}\n${r.stderr}`);
    return r.stdout;
  };
  const list = () => stateCommand("list").split("\n").filter(Boolean);
  const lost = list().filter((a) => /^hyperlab_(lxc_container\.ctB_|vxlan\.lab_on-hostB_)/.test(a));
  expect(lost.length).toBe(2);
  stateCommand("rm", ...lost);
  const r = hosts.engineExec([join(ROOT, "node_modules", ".bin", "tsx"), join(ROOT, "cli", "main.ts"), "adopt", STACK, "--dir", project, "--no-synth"],
    { env: env(), timeoutMs: 600_000 });
  expect({ status: r.status, out: r.stdout }).toMatchObject({ status: 0, out: expect.stringContaining("2 imported, 0 refused") });
  expect(list()).toEqual(expect.arrayContaining(lost));
  // The next deploy only records, in place, what an import leaves out: the mark
  // (an import keeps it null; the host's is found_mark) and what no host can say
  // (the container's restart triggers, from its configuration). The container
  // keeps running, not restarted.
  const pid = () => /PID:\s+(\d+)/.exec(on(b, "lxc-info", "-P", LXC_PATH, "-n", "ct-b", "-p"))?.[1];
  const before = pid();
  const plan = engine(["plan", "-detailed-exitcode"], [2]).stdout;
  expect(plan).toContain("Plan: 0 to add, 2 to change, 0 to destroy.");
  expect(plan).toMatch(/# hyperlab_lxc_container\.ctB_container_\S+ will be updated in-place[\s\S]*\+ mark[\s\S]*\+ restart_triggers/);
  expect(plan).toMatch(/# hyperlab_vxlan\.lab_on-hostB_\S+ will be updated in-place[\s\S]*\+ mark/);
  expect(plan).not.toMatch(/not this resource's/);
  engine(["apply", "-auto-approve"]);
  expect(pid()).toBe(before);
  expect(engine(["plan", "-detailed-exitcode"]).status).toBe(0);
}, 600_000);

test("the private key is in neither the synthesized JSON, the state nor a debug log, which has the agents' own lines", () => {
  const body = hosts.clientKey.privateKey.split("\n").filter((l) => l && !l.startsWith("-----"));
  expect(body.length).toBeGreaterThan(0);
  const log = join(project, "debug.log");
  engine(["plan"], [0], { TF_LOG: "debug", TF_LOG_PATH: log });
  for (const [what, text] of [["cdk.tf.json", readFileSync(join(dir, "cdk.tf.json"), "utf8")], ["state", stateText()], ["debug log", readFileSync(log, "utf8")]]) {
    for (const line of body) expect({ what, leaked: text.includes(line) }).toEqual({ what, leaked: false });
  }
  // The agents' own log lines reached the engine's log, each naming its host.
  const agentLines = readFileSync(log, "utf8").split("\n").filter((l) => l.includes("agent call: ") && l.includes("method=ReadResource"));
  for (const h of ["hostA (root@10.199.0.1:22)", "hostB (root@10.199.0.2:22)"]) {
    expect(agentLines.filter((l) => l.includes(`hyperlab_host="two-hosts/${h}"`)).length).toBeGreaterThan(0);
  }
  // The variable is declared sensitive, and the JSON only refers to it.
  const json = JSON.parse(readFileSync(join(dir, "cdk.tf.json"), "utf8"));
  expect(json.variable[KEY_VARIABLE]).toMatchObject({ sensitive: true, type: "string" });
  expect(json.provider.hyperlab.map((p: any) => p.ssh.private_key)).toEqual([`\${var.${KEY_VARIABLE}}`, `\${var.${KEY_VARIABLE}}`]);
}, 300_000);

test("an agent binary changed on a host is replaced by the provider's own, checked by its sha256", () => {
  const agents = join(a.stateDir, "agent");
  const [name] = readdirSync(agents);
  expect(name).toMatch(/^terraform-provider-hyperlab-[0-9a-f]{64}$/);
  expect(readdirSync(join(b.stateDir, "agent"))).toEqual([name]);
  // Someone puts another program at the agent's path: it is not trusted, and is replaced.
  writeFileSync(join(agents, name), "#!/bin/sh\necho not the agent\nexit 0\n", { mode: 0o700 });
  expect(engine(["plan", "-detailed-exitcode"]).status).toBe(0);
  expect(createHash("sha256").update(readFileSync(join(agents, name))).digest("hex")).toBe(name.slice("terraform-provider-hyperlab-".length));
}, 300_000);

test("a changed host key stops the deploy before anything is done on that host", () => {
  const before = state();
  b.rotateHostKey();
  const r = engine(["apply", "-auto-approve"], [1]);
  // (The engine wraps its messages: compared with the line breaks as spaces.)
  expect(r.stderr.replace(/\s+/g, " ")).toContain("the host key of two-hosts/hostB (root@10.199.0.2:22) does not match known_hosts (which has ssh-ed25519 SHA256:");
  expect(state()).toBe(before);
  // With the new key checked (out of band) and given, the deploy goes on, and has nothing to do.
  expect(cdktf("deploy").stdout).toMatch(/No changes/);
  expect(state()).toBe(before);
}, 300_000);

test("an unreachable host fails the plan naming it, and the other host's resources and the state are untouched", () => {
  const before = state();
  b.stop();
  try {
    const r = engine(["plan"], [1]);
    expect(r.stderr.replace(/\s+/g, " ")).toMatch(/cannot reach host two-hosts\/hostB \(root@10\.199\.0\.2:22\): dial tcp 10\.199\.0\.2:22: connect: no route to host/);
    expect(r.stderr).not.toMatch(/hostA/);
    expect(state()).toBe(before);
    expect(on(a, "lxc-info", "-P", LXC_PATH, "-n", "ct-a", "-s")).toContain("RUNNING");
    expect(link(a, "vx4242").master).toBe("hlx0");
  } finally {
    b.start();
  }
  // Host B went down the hard way (the harness ends every process in it, the
  // container's monitor too): back, its stopped container is drift, which apply repairs.
  const report = drift().stdout;
  expect(report).toMatch(/DRIFT two-hosts\/ctB\/container .* on host two-hosts\/hostB .*running expected true, actual false/);
  engine(["apply", "-auto-approve"]);
  expect(engine(["plan", "-detailed-exitcode"]).status).toBe(0);
  expect(pings(a, "ct-a", "10.77.0.20")).toBe(true);
}, 300_000);

test("host B reboots: its restore, run as its boot runs it, brings back its bridge, tunnel and container, and the plan is clean", () => {
  b.reboot();
  expect(link(b, "hlx0")).toBeUndefined();
  expect(pings(a, "ct-a", "10.77.0.20")).toBe(false);
  // The records and the binary the host's agent left there, on the host's own disk.
  const restore = b.exec(["/var/lib/hyperlab/restore/terraform-provider-hyperlab", "restore"], { timeoutMs: 300_000 });
  expect({ status: restore.status, log: restore.stderr }).toMatchObject({ status: 0 });
  expect(link(b, "vx4242").master).toBe("hlx0");
  expect(fdbPeers(b, "vx4242")).toEqual([a.address]);
  expect(on(b, "lxc-info", "-P", LXC_PATH, "-n", "ct-b", "-s")).toContain("RUNNING");
  expect(pings(a, "ct-a", "10.77.0.20")).toBe(true);
  expect(engine(["plan", "-detailed-exitcode"]).status).toBe(0);
}, 600_000);

test("cdktf destroy leaves nothing on either host", () => {
  cdktf("destroy");
  applied = false;
  for (const h of [a, b]) {
    expect(links(h).map((l) => l.ifname).sort()).toEqual(["eth0", "lo"]);
    expect(h.exec(["lxc-ls", "-P", LXC_PATH]).stdout.trim()).toBe("");
  }
  expect(on(a, "iptables-save")).not.toContain("hyperlab");
}, 600_000);

describe("the same lab on one local host, for comparison", () => {
  const NS = `hl-one-${process.pid}`;
  const LOCAL_LXC = `/var/lib/hyperlab/one-lxc-${process.pid}`;
  let localProject: string;
  const localCdktf = (verb: "deploy" | "destroy", ok = [0]) => run(join(ROOT, "node_modules", ".bin", "cdktf"), [verb, "one-host", "--auto-approve", "--no-color"],
    { cwd: localProject, env: { ...engineEnv(), CI: "1", HL_E2E_NETNS: NS, HL_E2E_LXC_PATH: LOCAL_LXC, HL_E2E_SUFFIX: String(process.pid) }, ok, timeoutMs: 900_000 });
  const attachLocal = (ct: string, ...argv: string[]) => run("ip", ["netns", "exec", NS, "lxc-attach", "-P", LOCAL_LXC, "-n", ct, "--", ...argv], { ok: [0, 1] });

  beforeAll(() => {
    run("ip", ["netns", "add", NS]);
    run("mkdir", ["-p", LOCAL_LXC]);
    localProject = mkdtempSync(join(tmpdir(), "hyperlab-one-host-"));
    writeFileSync(join(localProject, "cdktf.json"), JSON.stringify({ language: "typescript", app: APP, output: "cdktf.out", sendCrashReports: "false" }));
  });

  afterAll(() => {
    try {
      localCdktf("destroy", [0, 1]);
    } finally {
      for (const ct of ["a", "b"]) run("lxc-destroy", ["-P", LOCAL_LXC, "-n", `one-${ct}-${process.pid}`, "-f"], { ok: [0, 1] });
      run("ip", ["netns", "delete", NS], { ok: [0, 1] });
      rmSync(LOCAL_LXC, { recursive: true, force: true });
      rmSync(localProject, { recursive: true, force: true });
    }
  }, 600_000);

  test("deploys, pings on one bridge and reads drift, timed", () => {
    const [, seconds] = timed(() => localCdktf("deploy"));
    figures["one-host cdktf deploy (s)"] = seconds.toFixed(1);
    const out = attachLocal(`one-b-${process.pid}`, "ping", "-c", "20", "-i", "0.2", "-q", "10.77.0.10").stdout;
    const m = /= [\d.]+\/([\d.]+)\//.exec(out);
    expect(m).not.toBeNull();
    figures["ping on one bridge, avg (ms)"] = m![1];
    const [report, driftSeconds] = timed(() => run(join(ROOT, "node_modules", ".bin", "tsx"),
      [join(ROOT, "cli", "main.ts"), "drift", "one-host", "--dir", localProject, "--no-synth"], { env: engineEnv(), ok: [0] }));
    expect(report.stdout).toContain("0 drifted, 0 undeployed");
    figures["one-host drift, clean (s)"] = driftSeconds.toFixed(1);
  }, 900_000);
});
