// A host reached over SSH as a user that is not root, the agent run through
// `sudo -n`: the lab (a NAT network with DHCP and a container) is made, reads back
// clean and is destroyed as with a root login. A user without a NOPASSWD rule, or
// one that is not root and does not use sudo, fails the plan with the reason and
// the host named, never a prompt. The test host (support/ssh-hosts.ts) has the
// users "lab" (NOPASSWD rule) and "nosudo" (none), in its own mount namespace only.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TerraformStack } from "cdktf";
import { BridgedNetwork, HyperlabApp, LinuxHost, LxcContainer } from "../../constructs";
import { engineEnv, RunResult } from "../support/engine";
import { onHost, remoteEngine } from "../support/remote-engine";
import { SshHost, SshHosts, startSshHosts } from "../support/ssh-hosts";

const STACK = "sudo-host";
const LXC_PATH = "/var/lib/hyperlab/lxc"; // the host's own: /var/lib/hyperlab is private to it
const KEY_VARIABLE = "lab_ssh_key";

let hosts: SshHosts;
let host: SshHost;
let project: string;
let dir: string;
let applied = false;

/** Synthesizes the lab, logging in as `user`, with or without sudo. */
function synth(user: string, sudo: boolean): void {
  const saved = { ...process.env };
  Object.assign(process.env, engineEnv()); // the lock file's hosts
  const app = new HyperlabApp({ outdir: join(project, "cdktf.out") });
  const stack = new TerraformStack(app, STACK);
  const h = new LinuxHost(stack, "host", {
    lxcPath: LXC_PATH, ssh: { host: host.address, user, sudo, knownHosts: host.knownHostsLine, privateKeyVariable: KEY_VARIABLE, timeoutSeconds: 10 },
  });
  const lan = new BridgedNetwork(stack, "lan", {
    host: h, bridgeName: "hls0", cidr: "10.78.0.0/24", mode: "nat", dhcp: { rangeStart: "10.78.0.100", rangeEnd: "10.78.0.150" },
  });
  new LxcContainer(stack, "ct", { host: h, name: "ct-sudo", nics: [{ network: lan, address: "10.78.0.10" }], memoryMiB: 64 });
  app.synth();
  process.env = saved;
  engine(["init"]); // as cdktf deploy does after a synth
}

const engine = (args: string[], ok: number[] = [0], extra: NodeJS.ProcessEnv = {}) => remoteEngine(hosts, dir, KEY_VARIABLE, args, ok, extra);
const flat = (r: RunResult) => `${r.stdout}\n${r.stderr}`.replace(/\s+/g, " ");
const on = (...argv: string[]) => onHost(host, argv);

beforeAll(() => {
  hosts = startSshHosts(["a"], { users: [{ name: "lab", sudo: true }, { name: "nosudo", sudo: false }] });
  host = hosts.hosts.a;
  project = mkdtempSync(join(tmpdir(), "hyperlab-ssh-sudo-"));
  writeFileSync(join(project, "cdktf.json"), JSON.stringify({ app: "false", output: "cdktf.out" }));
  dir = join(project, "cdktf.out", "stacks", STACK);
}, 120_000);

afterAll(() => {
  try {
    if (applied) {
      synth("lab", true);
      engine(["destroy", "-auto-approve"], [0, 1]);
    }
  } finally {
    host?.exec(["lxc-destroy", "-P", LXC_PATH, "-n", "ct-sudo", "-f"]);
    hosts?.cleanup();
    if (project) rmSync(project, { recursive: true, force: true });
  }
}, 600_000);

test("the test users exist on the host only, and only lab may sudo", () => {
  expect(readFileSync("/etc/passwd", "utf8")).not.toMatch(/^(lab|nosudo):/m);
  expect(on("id", "-u", "lab")).toMatch(/^\d+\n$/);
  expect(host.exec(["su", "-s", "/bin/sh", "-c", "sudo -n id -u", "lab"]).stdout).toBe("0\n");
  const refused = host.exec(["su", "-s", "/bin/sh", "-c", "sudo -n id -u", "nosudo"]);
  expect(refused.status).not.toBe(0);
  expect(refused.stderr).toContain("a password is required");
});

test("a user whose sudo wants a password fails the plan with sudo's reason, naming the host", () => {
  synth("nosudo", true);
  const r = engine(["plan"], [1]);
  expect(flat(r)).toContain("sudo-host/host (nosudo@10.199.0.1:22)");
  expect(flat(r)).toContain("sudo: a password is required (sudo = true needs a NOPASSWD sudo rule for nosudo on the host");
  console.log(`sudo without a NOPASSWD rule: ${/Error: .*/.exec(flat(r))![0]}`);
  expect(on("ls", "-A", "/var/lib/hyperlab")).not.toContain("agent"); // nothing was copied
});

test("a user that is not root, without sudo, fails the plan with what to do", () => {
  synth("lab", false);
  const r = engine(["plan"], [1]);
  expect(flat(r)).toContain("host sudo-host/host (lab@10.199.0.1:22)");
  expect(flat(r)).toContain("lab is not root: set sudo = true, or log in as root");
  console.log(`not root, no sudo: ${/Error: .*/.exec(flat(r))![0]}`);
});

test("with sudo, the lab is made as root, reads back clean, and destroy leaves nothing", () => {
  synth("lab", true);
  applied = true;
  engine(["apply", "-auto-approve"]);
  // The agent was copied by root, into a directory only root reads.
  const agent = on("stat", "-c", "%U %a", "/var/lib/hyperlab/agent").trim();
  expect(agent).toBe("root 700");
  expect(readFileSync(host.logPath, "utf8")).toMatch(/Accepted publickey for lab from 10\.199\.0\.254/);
  expect(JSON.parse(on("ip", "-j", "-d", "link", "show", "hls0"))[0].linkinfo.info_kind).toBe("bridge");
  expect(on("lxc-info", "-P", LXC_PATH, "-n", "ct-sudo", "-s")).toContain("RUNNING");
  // The container is unprivileged under root's subordinate ids, as with a root login.
  const pid = /PID:\s+(\d+)/.exec(on("lxc-info", "-P", LXC_PATH, "-n", "ct-sudo", "-p"))![1];
  expect(Number(on("stat", "-c", "%u", `/proc/${pid}`))).toBeGreaterThanOrEqual(100000);
  expect(host.exec(["lxc-attach", "-P", LXC_PATH, "-n", "ct-sudo", "--", "ping", "-c", "1", "-W", "3", "10.78.0.1"]).status).toBe(0);
  expect(engine(["plan", "-detailed-exitcode"]).status).toBe(0);
  // Drift on that host is read through sudo too, and repaired.
  on("ip", "link", "del", "hls0");
  expect(engine(["plan", "-detailed-exitcode"], [2]).stdout).toMatch(/# hyperlab_bridge\.\S+ /);
  engine(["apply", "-auto-approve"]);
  expect(engine(["plan", "-detailed-exitcode"]).status).toBe(0);
  engine(["destroy", "-auto-approve"]);
  applied = false;
  expect((JSON.parse(on("ip", "-j", "link", "show")) as any[]).map((l) => l.ifname).sort()).toEqual(["eth0", "lo"]);
  expect(host.exec(["lxc-ls", "-P", LXC_PATH]).stdout.trim()).toBe("");
  expect(on("iptables-save")).not.toContain("hyperlab");
}, 600_000);
