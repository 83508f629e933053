// A deploy killed at ten points (SIGKILL to the engine and to its providers) must
// leave a host that the next deploy converges: that deploy succeeds, the plan after
// it is clean, and destroy leaves nothing. The points are drawn from a fixed seed
// over the progress lines of an uninterrupted deploy, so every run kills at the
// same places in the deploy, however fast the machine is. Everything lives in a
// network namespace the test makes. The stack is synthesized and initialized once;
// every deploy after that is the engine's own apply of it (what `cdktf deploy` runs
// after its synth), every destroy the engine's destroy.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { engineEnv, run, tofu } from "../support/engine";
import { describeKillPoint, killedApply, killPoints, timedApply } from "../support/interrupt";
import { difference, hostState, HostState } from "../support/residue";

jest.setTimeout(30 * 60 * 1000);

const ROOT = join(__dirname, "..", "..");
const NETNS = "hlint";
const LXC_PATH = "/var/lib/hyperlab/interrupted-lxc";

describe("a deploy killed midway converges on the next one", () => {
  let work: string;
  let before: HostState;
  const env = () => ({ ...engineEnv(), CI: "1", HL_E2E_NETNS: NETNS, HL_E2E_LXC_PATH: LXC_PATH });
  const stackDir = () => join(work, "cdktf.out", "stacks", "host-lab");
  const apply = () => tofu(stackDir(), ["apply", "-auto-approve", "-input=false", "-no-color"]);
  const destroy = () => tofu(stackDir(), ["destroy", "-auto-approve", "-input=false", "-no-color"]);
  let initialized = false;

  beforeAll(() => {
    // The containers' directory is the test's own, there before and after.
    run("mkdir", ["-p", LXC_PATH]);
    before = hostState();
    spawnSync("ip", ["netns", "delete", NETNS]);
    run("ip", ["netns", "add", NETNS]);
    work = mkdtempSync(join(tmpdir(), "hyperlab-interrupted-"));
    const app = `${join(ROOT, "node_modules", ".bin", "tsx")} ${join(__dirname, "apps", "host-lab.ts")}`;
    writeFileSync(join(work, "cdktf.json"), JSON.stringify({ language: "typescript", app, output: "cdktf.out", sendCrashReports: "false" }));
    run(join(ROOT, "node_modules", ".bin", "cdktf"), ["synth", "--no-color"], { cwd: work, env: env() });
    tofu(stackDir(), ["init", "-input=false", "-no-color"]);
    initialized = true;
  });

  afterAll(() => {
    try {
      if (initialized) destroy();
    } finally {
      spawnSync("ip", ["netns", "delete", NETNS]);
      rmSync(work, { recursive: true, force: true });
      rmSync(LXC_PATH, { recursive: true, force: true });
    }
  });

  test("ten kills, each followed by a deploy that converges, a clean plan and a destroy", async () => {
    const points = killPoints(20261126, await timedApply(stackDir()));
    destroy();
    const tally: string[] = [];
    let converged = 0;
    let killed = 0;
    for (const point of points) {
      const hit = await killedApply(stackDir(), point);
      if (hit) killed++;
      apply();
      const plan = tofu(stackDir(), ["plan", "-detailed-exitcode", "-input=false", "-no-color"], [0, 2]);
      const clean = plan.status === 0;
      destroy();
      if (clean) converged++;
      tally.push(`${describeKillPoint(point)} (${hit ? "killed mid-apply" : "apply had finished"}): ` +
        `${clean ? "converged" : `plan not clean:\n${plan.stdout}`}`);
    }
    console.log(`interrupted deploys: ${converged}/10 converged, ${killed}/10 killed mid-apply\n${tally.join("\n")}`);
    expect(converged).toBe(10);
    expect(killed).toBeGreaterThanOrEqual(9);
    run("ip", ["netns", "delete", NETNS]);
    expect(difference(before, hostState(), /hlint|interrupted-lxc/)).toEqual({});
    run("ip", ["netns", "add", NETNS]);
  });
});
