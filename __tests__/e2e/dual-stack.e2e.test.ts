// A dual-stack lab applied for real in a network namespace the test makes and
// always deletes: the bridge carries the host's IPv4 and IPv6 addresses, dnsmasq
// advertises the prefix, the ULA prefix is masqueraded with IPv6 forwarding on,
// and a container answers on its static IPv6 address from the host's end of the
// bridge. The plan after it is clean, and destroy leaves nothing, in the
// namespace (links, ip6tables rules, IPv6 forwarding) or on the host.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { engineEnv, run, tofu } from "../support/engine";
import { difference, hostState, HostState } from "../support/residue";

jest.setTimeout(10 * 60 * 1000);

const ROOT = join(__dirname, "..", "..");
const NETNS = "hlds";
const LXC_PATH = "/var/lib/hyperlab/dual-stack-lxc";

/** Retries `check` for up to 20 s: duplicate address detection in the container, router advertisements. */
function eventually(check: () => void): void {
  for (let i = 0; ; i++) {
    try {
      return check();
    } catch (err) {
      if (i >= 40) throw err;
      spawnSync("sleep", ["0.5"]);
    }
  }
}

describe("a dual-stack lab", () => {
  let work: string;
  let before: HostState;
  let applied = false;
  const stackDir = () => join(work, "cdktf.out", "stacks", "dual-stack");
  const inNs = (...args: string[]) => run("ip", ["netns", "exec", NETNS, ...args]).stdout;
  const inCt = (...args: string[]) => run("ip", ["netns", "exec", NETNS, "lxc-attach", "-P", LXC_PATH, "-n", "hlds-ct", "--", ...args]).stdout;
  const apply = (verb: "apply" | "destroy") => tofu(stackDir(), [verb, "-auto-approve", "-input=false", "-no-color"]);

  beforeAll(() => {
    run("mkdir", ["-p", LXC_PATH]);
    before = hostState();
    spawnSync("ip", ["netns", "delete", NETNS]);
    run("ip", ["netns", "add", NETNS]);
    run("ip", ["-n", NETNS, "link", "set", "lo", "up"]);
    work = mkdtempSync(join(tmpdir(), "hyperlab-dual-stack-"));
    run(join(ROOT, "node_modules", ".bin", "tsx"), [join(__dirname, "apps", "dual-stack-lab.ts")],
      { cwd: work, env: { ...engineEnv(), HL_E2E_NETNS: NETNS, HL_E2E_LXC_PATH: LXC_PATH } });
    tofu(stackDir(), ["init", "-input=false", "-no-color"]);
  });

  afterAll(() => {
    try {
      if (applied) tofu(stackDir(), ["destroy", "-auto-approve", "-input=false", "-no-color"], [0, 1]);
    } finally {
      spawnSync("ip", ["netns", "delete", NETNS]);
      rmSync(work, { recursive: true, force: true });
      rmSync(LXC_PATH, { recursive: true, force: true });
    }
  });

  test("apply, reach the container over IPv6, a clean plan, and a destroy that leaves nothing", () => {
    const forward6Before = inNs("cat", "/proc/sys/net/ipv6/conf/all/forwarding").trim();
    applied = true;
    const t0 = process.hrtime.bigint();
    apply("apply");
    const applySeconds = Number(process.hrtime.bigint() - t0) / 1e9;

    const [addr] = JSON.parse(run("ip", ["-n", NETNS, "-j", "address", "show", "dev", "hlds0"]).stdout);
    const globals = addr.addr_info.filter((a: any) => a.scope === "global").map((a: any) => `${a.local}/${a.prefixlen}`);
    expect(globals.sort()).toEqual(["10.215.0.1/24", "fd21:5::1/64"]);
    expect(inNs("cat", "/proc/sys/net/ipv6/conf/all/forwarding").trim()).toBe("1");
    const rules6 = inNs("ip6tables-save").split("\n").filter((l) => l.includes("hyperlab:hlds0"));
    expect(rules6).toHaveLength(3);
    expect(rules6.join("\n")).toContain("-s fd21:5::/64 ! -d fd21:5::/64");

    // The container answers on its IPv6 address from the host's end of the bridge,
    // routes IPv6 through the host, and took a SLAAC address from dnsmasq's advertisements.
    let pings = 0;
    eventually(() => {
      pings++;
      inNs("ping", "-6", "-c", "1", "-W", "2", "fd21:5::10");
    });
    expect(inCt("ip", "-6", "route", "show", "default")).toContain("via fd21:5::1");
    eventually(() => expect(inCt("ip", "-6", "addr", "show", "eth0")).toContain("fd21:5::5054:ff:fe21:5010/64"));
    inCt("ping", "-6", "-c", "1", "-W", "2", "fd21:5::1");

    const plan = tofu(stackDir(), ["plan", "-detailed-exitcode", "-input=false", "-no-color"], [0, 2]);
    expect(plan.stdout).toContain("No changes.");
    expect(plan.status).toBe(0);

    // The host's IPv6 address flushed by hand is drift, and the next apply repairs it.
    run("ip", ["-n", NETNS, "-6", "addr", "flush", "dev", "hlds0", "scope", "global"]);
    const drifted = tofu(stackDir(), ["plan", "-detailed-exitcode", "-input=false", "-no-color"], [0, 2]);
    expect(drifted.status).toBe(2);
    expect(drifted.stdout).toContain("fd21:5::1/64");
    apply("apply");
    inNs("ping", "-6", "-c", "1", "-W", "2", "fd21:5::10");

    const t1 = process.hrtime.bigint();
    apply("destroy");
    const destroySeconds = Number(process.hrtime.bigint() - t1) / 1e9;
    applied = false;
    console.log(`dual-stack lab: apply ${applySeconds.toFixed(1)} s, first IPv6 ping answered after ${pings} attempt(s), destroy ${destroySeconds.toFixed(1)} s`);
    expect(JSON.parse(run("ip", ["-n", NETNS, "-j", "link", "show"]).stdout).map((l: any) => l.ifname)).toEqual(["lo"]);
    expect(inNs("ip6tables-save")).not.toContain("hyperlab:");
    expect(inNs("iptables-save")).not.toContain("hyperlab:");
    expect(inNs("cat", "/proc/sys/net/ipv6/conf/all/forwarding").trim()).toBe(forward6Before);
    run("ip", ["netns", "delete", NETNS]);
    // On the host, nothing of this lab is left: only its own entries are compared,
    // as other labs run on the machine at the same time.
    expect(difference(before, hostState(), /hlds|dual-stack/)).toEqual({});
    run("ip", ["netns", "add", NETNS]);
  });
});
