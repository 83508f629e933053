// Two hosts reached over SSH at IPv6 addresses, a network stretched across them by
// VXLAN over their IPv6 underlay: the provider logs in at `[ADDRESS]:22` against
// known_hosts lines for the IPv6 addresses (spelled fd42:10:199:0::1, as a user's
// ssh-keyscan of that spelling prints them, while the provider dials fd42:10:199::1), the tunnels' peers are IPv6, and the
// containers on either host ping each other over the overlay. A peer deleted from
// a forwarding table is drift, repaired; destroy leaves nothing. The test hosts
// are those of support/ssh-hosts.ts, on their IPv6 underlay.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TerraformStack } from "cdktf";
import { BridgedNetwork, HyperlabApp, LinuxHost, LxcContainer } from "../../constructs";
import { engineEnv } from "../support/engine";
import { onHost, remoteEngine } from "../support/remote-engine";
import { SshHost, SshHosts, startSshHosts } from "../support/ssh-hosts";

const STACK = "v6-underlay";
const LXC_PATH = "/var/lib/hyperlab/lxc";
const KEY_VARIABLE = "lab_ssh_key";

let hosts: SshHosts;
let a: SshHost;
let b: SshHost;
let project: string;
let dir: string;
let applied = false;

const engine = (args: string[], ok: number[] = [0], extra: NodeJS.ProcessEnv = {}) => remoteEngine(hosts, dir, KEY_VARIABLE, args, ok, extra);
const on = (h: SshHost, ...argv: string[]) => onHost(h, argv);
const fdbPeers = (h: SshHost, dev: string) => (JSON.parse(on(h, "bridge", "-j", "fdb", "show", "dev", dev) || "[]") as any[])
  .filter((e) => e.mac === "00:00:00:00:00:00" && e.dst).map((e) => e.dst).sort();
/** An IPv6 address as the kernel and the provider print it (the harness spells its addresses fd42:A:B:C::N, with C 0). */
const canonical = (address: string) => new URL(`http://[${address}]/`).hostname.slice(1, -1);
const pings = (h: SshHost, ct: string, to: string) =>
  h.exec(["lxc-attach", "-P", LXC_PATH, "-n", ct, "--", "ping", "-c", "2", "-W", "3", to], { timeoutMs: 60_000 }).status === 0;

beforeAll(() => {
  hosts = startSshHosts(["a", "b"]);
  ({ a, b } = hosts.hosts as { a: SshHost; b: SshHost });
  project = mkdtempSync(join(tmpdir(), "hyperlab-v6-underlay-"));
  writeFileSync(join(project, "cdktf.json"), JSON.stringify({ app: "false", output: "cdktf.out" }));
  const saved = { ...process.env };
  Object.assign(process.env, engineEnv()); // the lock file's hosts
  const app = new HyperlabApp({ outdir: join(project, "cdktf.out") });
  const stack = new TerraformStack(app, STACK);
  const host = (id: string, h: SshHost) => new LinuxHost(stack, id, {
    lxcPath: LXC_PATH, ssh: { host: h.address6, knownHosts: h.knownHostsLine6, privateKeyVariable: KEY_VARIABLE, timeoutSeconds: 10 },
  });
  const hostA = host("hostA", a);
  const hostB = host("hostB", b);
  const lab = new BridgedNetwork(stack, "lab", {
    host: hostA, bridgeName: "hlv0", cidr: "10.79.0.0/24", mode: "isolated", overlay: { vni: 4343, underlayAddress: a.address6 },
  });
  const labB = lab.extendTo(hostB, { underlayAddress: b.address6 });
  new LxcContainer(stack, "ctA", { host: hostA, name: "v6-a", nics: [{ network: lab, address: "10.79.0.10" }], memoryMiB: 64 });
  new LxcContainer(stack, "ctB", { host: hostB, name: "v6-b", nics: [{ network: labB, address: "10.79.0.20" }], memoryMiB: 64 });
  app.synth();
  process.env = saved;
  dir = join(project, "cdktf.out", "stacks", STACK);
  engine(["init"]);
}, 120_000);

afterAll(() => {
  try {
    if (applied) engine(["destroy", "-auto-approve"], [0, 1]);
  } finally {
    for (const h of [a, b]) if (h) for (const ct of ["v6-a", "v6-b"]) h.exec(["lxc-destroy", "-P", LXC_PATH, "-n", ct, "-f"]);
    hosts?.cleanup();
    if (project) rmSync(project, { recursive: true, force: true });
  }
}, 600_000);

test("logged in over IPv6, the tunnels have IPv6 peers and the containers ping each other over the overlay", () => {
  applied = true;
  engine(["apply", "-auto-approve"]);
  expect(fdbPeers(a, "vx4343")).toEqual([canonical(b.address6)]);
  expect(fdbPeers(b, "vx4343")).toEqual([canonical(a.address6)]);
  const vx = JSON.parse(on(a, "ip", "-j", "-d", "link", "show", "vx4343"))[0];
  expect(vx.linkinfo.info_data.local6 ?? vx.linkinfo.info_data.local).toBe(canonical(a.address6));
  expect(pings(a, "v6-a", "10.79.0.20")).toBe(true);
  expect(pings(b, "v6-b", "10.79.0.10")).toBe(true);
  // The sessions came from the engine's IPv6 address.
  expect(on(a, "cat", a.logPath)).toMatch(/Accepted publickey for root from fd42:10:199::fe/);
  expect(engine(["plan", "-detailed-exitcode"]).status).toBe(0);
}, 600_000);

test("an IPv6 peer deleted from a forwarding table is drift, repaired", () => {
  on(b, "bridge", "fdb", "del", "00:00:00:00:00:00", "dev", "vx4343", "dst", a.address6);
  expect(fdbPeers(b, "vx4343")).toEqual([]); // (learned entries may still carry traffic for a while)
  expect(engine(["plan", "-detailed-exitcode"], [2]).stdout).toMatch(/# hyperlab_vxlan\.\S+ will be updated in-place/);
  engine(["apply", "-auto-approve"]);
  expect(fdbPeers(b, "vx4343")).toEqual([canonical(a.address6)]);
  expect(pings(b, "v6-b", "10.79.0.10")).toBe(true);
}, 600_000);

test("destroy leaves nothing on either host", () => {
  engine(["destroy", "-auto-approve"]);
  applied = false;
  for (const h of [a, b]) {
    expect((JSON.parse(on(h, "ip", "-j", "link", "show")) as any[]).map((l) => l.ifname).sort()).toEqual(["eth0", "lo"]);
    expect(h.exec(["lxc-ls", "-P", LXC_PATH]).stdout.trim()).toBe("");
  }
}, 600_000);
