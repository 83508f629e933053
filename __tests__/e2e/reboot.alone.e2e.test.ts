// A reboot loses what lives in the kernel and in /run; the restore command the
// boot unit runs must bring the lab back without a deploy. The test deploys a lab
// in a network namespace it makes (NAT bridge with DHCP, a TAP, two busybox
// containers, one addressed by a DHCP reservation), then does to it what a reboot
// does: the containers stopped hard, the lab's dnsmasq killed (by the pid in its pid
// file), the namespace deleted (its links, addresses, rules and sysctls with it)
// and the lab's /run/hyperlab-* entries removed. Then it runs the boot unit's
// ExecStart and checks that the lab works again and the plan is clean; destroy
// then leaves nothing, the restore records included.
//
// Alone (jest's e2e-alone project, never beside another file): the boot unit's
// command restores every lab whose records are on the machine, so beside another
// file it would bring back what that file just removed on purpose.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { engineEnv, run, tofu } from "../support/engine";
import { difference, hostState, HostState } from "../support/residue";

jest.setTimeout(20 * 60 * 1000);

const ROOT = join(__dirname, "..", "..");
const NETNS = "hlreboot";
const LXC_PATH = "/var/lib/hyperlab/reboot-lxc";
const RESTORE_DIR = "/var/lib/hyperlab/restore";
const BRIDGE = "hlrb0";
const GATEWAY = "10.215.0.1";
const CONTAINERS = { "hlrb-ct-a": "10.215.0.11", "hlrb-ct-b": "10.215.0.12" };
const DHCP_PID_FILE = `/run/hyperlab-dhcp-pid@netns=${NETNS}@${BRIDGE}`;

const inNetns = (args: string[], ok = [0]) => run("ip", ["netns", "exec", NETNS, ...args], { ok });
const lxc = (tool: string, name: string, ...args: string[]) => [tool, "-P", LXC_PATH, "-n", name, ...args];
const ping = (from: string, to: string) =>
  inNetns(lxc("lxc-attach", from, "--", "ping", "-c", "1", "-W", "2", to), [0, 1, 2]).status === 0;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const alive = (pid: number) => {
  try {
    return !/State:\s+Z/.test(readFileSync(`/proc/${pid}/status`, "utf8"));
  } catch {
    return false;
  }
};
/** The live dnsmasq of the lab's bridge, from its pid file; 0 when there is none. */
const dnsmasqPid = () => {
  if (!existsSync(DHCP_PID_FILE)) return 0;
  const pid = Number(readFileSync(DHCP_PID_FILE, "utf8").trim());
  if (!pid || !alive(pid)) return 0;
  return readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0")[0].endsWith("dnsmasq") ? pid : 0;
};

/** Waits until every pair of containers, and each container and the bridge, ping. */
async function allPing(seconds: number): Promise<string[]> {
  const names = Object.keys(CONTAINERS) as (keyof typeof CONTAINERS)[];
  const pairs = names.flatMap((from) => [...names.filter((to) => to !== from).map((to) => [from, CONTAINERS[to]]), [from, GATEWAY]]);
  const deadline = Date.now() + seconds * 1000;
  let failing = pairs;
  while (failing.length && Date.now() < deadline) {
    failing = failing.filter(([from, to]) => !ping(from, to));
    if (failing.length) await sleep(1000);
  }
  return failing.map(([from, to]) => `${from} -> ${to}`);
}

describe("after a reboot the lab comes back without a deploy", () => {
  let work: string;
  let before: HostState;
  const env = () => ({ ...engineEnv(), CI: "1", HL_E2E_NETNS: NETNS, HL_E2E_LXC_PATH: LXC_PATH });
  const cdktf = (verb: string) => run(join(ROOT, "node_modules", ".bin", "cdktf"),
    [verb, ...(verb === "synth" ? [] : ["reboot-lab", "--auto-approve"]), "--no-color"], { cwd: work, env: env() });
  const stackDir = () => join(work, "cdktf.out", "stacks", "reboot-lab");

  beforeAll(() => {
    // The containers' directory is the test's own, there before and after.
    run("mkdir", ["-p", LXC_PATH]);
    before = hostState();
    spawnSync("ip", ["netns", "delete", NETNS]);
    run("ip", ["netns", "add", NETNS]);
    work = mkdtempSync(join(tmpdir(), "hyperlab-reboot-"));
    const app = `${join(ROOT, "node_modules", ".bin", "tsx")} ${join(__dirname, "apps", "reboot-lab.ts")}`;
    writeFileSync(join(work, "cdktf.json"), JSON.stringify({ language: "typescript", app, output: "cdktf.out", sendCrashReports: "false" }));
    cdktf("synth");
  });

  afterAll(() => {
    try {
      // The namespace may be gone if the test stopped between the "reboot" and restore.
      spawnSync("ip", ["netns", "add", NETNS]);
      cdktf("destroy");
    } finally {
      // Only the lab's own dnsmasq, by its pid, should destroy have failed to stop it.
      const pid = dnsmasqPid();
      if (pid) process.kill(pid, "SIGKILL");
      for (const name of Object.keys(CONTAINERS)) spawnSync("lxc-destroy", ["-P", LXC_PATH, "-n", name, "-f"]);
      spawnSync("ip", ["netns", "delete", NETNS]);
      for (const entry of readdirSync("/run").filter((e) => e.startsWith("hyperlab-") && e.includes(`@netns=${NETNS}`))) {
        rmSync(join("/run", entry), { recursive: true, force: true });
      }
      rmSync(work, { recursive: true, force: true });
      rmSync(LXC_PATH, { recursive: true, force: true });
    }
  });

  test("stop everything as a reboot does, run the boot unit's command, and the lab works with a clean plan", async () => {
    // A link made first gives the bridge an index the fresh namespace after the
    // "reboot" would not, as on a host that makes its links in another order at boot.
    inNetns(["ip", "link", "add", "hlrb-pad", "type", "bridge"]);
    const firstRecords = !existsSync(RESTORE_DIR);
    const deploy = cdktf("deploy");
    // This machine does not run systemd: the first record on the host says what to
    // run at boot instead (where other labs keep records already, it was said then).
    if (firstRecords) expect(deploy.stdout + deploy.stderr).toMatch(/does not run systemd/);
    const records = readdirSync(RESTORE_DIR).filter((f) => f.includes(`@netns=${NETNS}@`) || f === "terraform-provider-hyperlab").sort();
    expect(records).toEqual([
      `bridge@netns=${NETNS}@${BRIDGE}.json`,
      `dhcp@netns=${NETNS}@${BRIDGE}.json`,
      ...Object.keys(CONTAINERS).map((n) => `lxc_container@netns=${NETNS}@${n}@${encodeURIComponent(LXC_PATH)}.json`),
      `nat@netns=${NETNS}@${BRIDGE}.json`,
      `tap@netns=${NETNS}@hlrb-tap0.json`,
      "terraform-provider-hyperlab",
    ]);
    expect(await allPing(60)).toEqual([]);

    // The reboot, as far as the lab can tell.
    for (const name of Object.keys(CONTAINERS)) inNetns(lxc("lxc-stop", name, "-k"));
    const pid = dnsmasqPid();
    expect(pid).toBeGreaterThan(0);
    process.kill(pid, "SIGKILL");
    for (let i = 0; i < 50 && alive(pid); i++) await sleep(100);
    run("ip", ["netns", "delete", NETNS]);
    const runEntries = readdirSync("/run").filter((e) => e.startsWith("hyperlab-") && e.includes(`@netns=${NETNS}`));
    expect(runEntries.length).toBeGreaterThan(0);
    for (const entry of runEntries) rmSync(join("/run", entry), { recursive: true, force: true });
    // Without restore the lab is gone: the plan cannot even read it.
    expect(tofu(stackDir(), ["plan", "-detailed-exitcode", "-input=false", "-no-color"], [1, 2]).status).not.toBe(0);

    // What the boot unit runs, taken from the unit the provider would install.
    const binary = join(RESTORE_DIR, "terraform-provider-hyperlab");
    const unit = run(binary, ["restore", "--unit"]).stdout;
    const execStart = /^ExecStart=(.+)$/m.exec(unit)![1].split(" ");
    expect(execStart).toEqual([binary, "restore", "--dir", RESTORE_DIR]);
    const t = process.hrtime.bigint();
    const restore = run(execStart[0], execStart.slice(1));
    const restoreSeconds = Number(process.hrtime.bigint() - t) / 1e9;
    console.log(`restore took ${restoreSeconds.toFixed(2)} s (${execStart.join(" ")}):\n${restore.stdout}`);
    expect(restore.stdout).toMatch(/6 of 6 objects restored/);

    expect(dnsmasqPid()).toBeGreaterThan(0);
    for (const name of Object.keys(CONTAINERS)) {
      expect(inNetns(lxc("lxc-info", name, "-s", "-H")).stdout.trim()).toBe("RUNNING");
    }
    const t2 = process.hrtime.bigint();
    expect(await allPing(90)).toEqual([]);
    console.log(`after restore, all containers pinged each other and the bridge within ${(Number(process.hrtime.bigint() - t2) / 1e9).toFixed(1)} s`);
    const plan = tofu(stackDir(), ["plan", "-detailed-exitcode", "-input=false", "-no-color"], [0, 2]);
    expect(plan.status === 0 ? "clean" : plan.stdout).toBe("clean");

    cdktf("destroy");
    expect(existsSync(RESTORE_DIR)).toBe(false);
    run("ip", ["netns", "delete", NETNS]);
    expect(difference(before, hostState())).toEqual({});
    run("ip", ["netns", "add", NETNS]);
  });
});
