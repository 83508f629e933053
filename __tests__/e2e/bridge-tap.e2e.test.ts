// Applies a BridgedNetwork and two TapInterfaces for real, inside a network
// namespace the test creates and always deletes, so nothing touches the host's
// own interfaces or firewall. Once with each engine: the pinned OpenTofu and the
// pinned HashiCorp Terraform, from the same mirror and lock file; the drift
// check runs on each too.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TerraformStack } from "cdktf";
import { BridgedNetwork, HyperlabApp, LinuxHost, TapInterface } from "../../constructs";
import { Engine, engineEnv, run } from "../support/engine";

const ROOT = join(__dirname, "..", "..");

describe.each<Engine>(["tofu", "terraform"])("BridgedNetwork + TapInterface applied in a network namespace with %s", (engine) => {
  const NS = `hl-${engine.slice(0, 2)}-${process.pid}`;
  const ip = (...args: string[]) => JSON.parse(run("ip", ["-n", NS, "-j", "-d", ...args]).stdout || "[]");
  const inNs = (...args: string[]) => run("ip", ["netns", "exec", NS, ...args]).stdout;
  const tofu = (cwd: string, args: string[], ok: number[] = [0]) =>
    run(engineEnv(engine).TERRAFORM_BINARY_NAME!, args, { cwd, env: { ...engineEnv(engine), TF_IN_AUTOMATION: "1" }, ok });
  const drift = () => run(join(ROOT, "node_modules", ".bin", "tsx"), [join(ROOT, "cli", "main.ts"), "drift", "net", "--dir", project, "--no-synth"],
    { env: engineEnv(engine), ok: [0, 1, 2, 3] });
  let dir: string;
  let project: string;
  let outdir: string;
  let applied = false;

  beforeAll(() => {
    run("ip", ["netns", "add", NS]);
    project = mkdtempSync(join(tmpdir(), "hyperlab-e2e-"));
    outdir = join(project, "cdktf.out");
    writeFileSync(join(project, "cdktf.json"), JSON.stringify({ app: "false", output: "cdktf.out" })); // drift runs with --no-synth
    const saved = { ...process.env };
    Object.assign(process.env, engineEnv(engine)); // the lock file's hosts
    const app = new HyperlabApp({ outdir });
    const stack = new TerraformStack(app, "net");
    const host = new LinuxHost(stack, "host", { netns: NS });
    const lan = new BridgedNetwork(stack, "lan", {
      host, bridgeName: "hlbr0", cidr: "10.99.0.0/24", mode: "nat", mtu: 1400,
    });
    new TapInterface(stack, "tap0", { network: lan, name: "hltap0", owner: "nobody" });
    new TapInterface(stack, "tap1", { network: lan, name: "hltap1", multiQueue: true });
    app.synth();
    process.env = saved;
    dir = join(outdir, "stacks", "net");
    tofu(dir, ["init", "-input=false", "-no-color"]);
  });

  afterAll(() => {
    try {
      if (applied) tofu(dir, ["destroy", "-auto-approve", "-input=false", "-no-color"], [0, 1]);
    } finally {
      run("ip", ["netns", "delete", NS], { ok: [0, 1] });
      rmSync(project, { recursive: true, force: true });
    }
  });

  test("apply creates the bridge and TAPs as asked; a second plan has no changes; destroy removes them", () => {
    const forwardBefore = inNs("cat", "/proc/sys/net/ipv4/ip_forward").trim();
    applied = true;
    tofu(dir, ["apply", "-auto-approve", "-input=false", "-no-color"]);

    const [bridge] = ip("link", "show", "dev", "hlbr0");
    expect(bridge.linkinfo.info_kind).toBe("bridge");
    expect(bridge.mtu).toBe(1400);
    expect(bridge.flags).toContain("UP");
    const [addr] = ip("address", "show", "dev", "hlbr0");
    expect(addr.addr_info.filter((a: any) => a.family === "inet").map((a: any) => `${a.local}/${a.prefixlen}`)).toEqual(["10.99.0.1/24"]);

    const [tap0] = ip("link", "show", "dev", "hltap0");
    expect(tap0.linkinfo.info_data.type).toBe("tap");
    expect(tap0.linkinfo.info_data.user).toBe("nobody");
    expect(tap0.mtu).toBe(1400);
    const [tap1] = ip("link", "show", "dev", "hltap1");
    expect(tap1.linkinfo.info_data.multi_queue).toBe(true);
    expect(tap0.linkinfo.info_data.multi_queue).toBe(false);
    const ports = JSON.parse(run("bridge", ["-n", NS, "-j", "link", "show"]).stdout);
    expect(ports.map((p: any) => [p.ifname, p.master]).sort()).toEqual([["hltap0", "hlbr0"], ["hltap1", "hlbr0"]]);

    expect(inNs("cat", "/proc/sys/net/ipv4/ip_forward").trim()).toBe("1");
    const rules = inNs("iptables-save").split("\n").filter((l) => l.includes("hyperlab:hlbr0"));
    expect(rules).toHaveLength(3);
    expect(rules.join("\n")).toContain("-s 10.99.0.0/24 ! -d 10.99.0.0/24");

    const plan = tofu(dir, ["plan", "-detailed-exitcode", "-input=false", "-no-color"]);
    expect(plan.stdout).toContain("No changes.");

    // The drift check with this engine: clean, then a changed MTU named, then repaired.
    expect(drift().status).toBe(0);
    run("ip", ["-n", NS, "link", "set", "dev", "hlbr0", "mtu", "1300"]);
    const drifted = drift();
    expect(drifted.status).toBe(2);
    expect(drifted.stdout).toContain("DRIFT net/lan/bridge (hyperlab_bridge.lan_bridge_");
    expect(drifted.stdout).toContain("mtu expected 1400, actual 1300");
    tofu(dir, ["apply", "-auto-approve", "-input=false", "-no-color"]);
    expect(drift().status).toBe(0);

    tofu(dir, ["destroy", "-auto-approve", "-input=false", "-no-color"]);
    applied = false;
    expect(ip("link", "show").map((l: any) => l.ifname)).toEqual(["lo"]);
    expect(inNs("iptables-save")).not.toContain("hyperlab:");
    expect(inNs("cat", "/proc/sys/net/ipv4/ip_forward").trim()).toBe(forwardBefore);
  });
});
