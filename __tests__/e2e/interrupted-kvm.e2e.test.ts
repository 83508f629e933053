// A deploy of KVM guests with cloud-init seeds, killed midway (engine and
// providers SIGKILLed) at ten points of its progress drawn from a fixed seed, converges on the
// next deploy with no manual step: whatever the killed apply finished carries the
// resource's owner mark and is taken, anything half made is made again. After
// each, the plan is clean and destroy leaves nothing. Two guests, defined but
// never started, with their files in a directory of the test's own. The stack is
// synthesized and initialized once; every deploy after that is the engine's own
// apply of it (what `cdktf deploy` runs after its synth), every destroy the engine's.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { engineEnv, run, tofu } from "../support/engine";
import { describeKillPoint, killedApply, killPoints, timedApply } from "../support/interrupt";
import { difference, hostState, HostState } from "../support/residue";

jest.setTimeout(30 * 60 * 1000);

const ROOT = join(__dirname, "..", "..");
const POOL = "hlad";
const POOL_DIR = `/var/lib/hyperlab/${POOL}`;
const virsh = (...args: string[]) => run("virsh", ["-q", "-c", "qemu:///system", ...args], { ok: [0, 1] });

describe("a KVM deploy killed midway converges on the next deploy", () => {
  let work: string;
  let before: HostState;
  const env = () => ({ ...engineEnv(), CI: "1", HL_E2E_POOL: POOL, HL_E2E_POOL_DIR: POOL_DIR, HL_E2E_IMAGE: join(work, "image.qcow2") });
  const stackDir = () => join(work, "cdktf.out", "stacks", "kvm-lab");
  const apply = (ok = [0]) => tofu(stackDir(), ["apply", "-auto-approve", "-input=false", "-no-color"], ok);
  const destroy = (ok = [0]) => tofu(stackDir(), ["destroy", "-auto-approve", "-input=false", "-no-color"], ok);
  let initialized = false;
  const planIsClean = () => tofu(stackDir(), ["plan", "-detailed-exitcode", "-input=false", "-no-color"], [0, 2]);

  beforeAll(() => {
    before = hostState();
    work = mkdtempSync(join(tmpdir(), "hyperlab-kvm-kill-"));
    run("qemu-img", ["create", "-q", "-f", "qcow2", join(work, "image.qcow2"), "16M"]);
    const app = `${join(ROOT, "node_modules", ".bin", "tsx")} ${join(__dirname, "apps", "kvm-lab.ts")}`;
    writeFileSync(join(work, "cdktf.json"), JSON.stringify({ language: "typescript", app, output: "cdktf.out", sendCrashReports: "false" }));
    run(join(ROOT, "node_modules", ".bin", "cdktf"), ["synth", "--no-color"], { cwd: work, env: env() });
    tofu(stackDir(), ["init", "-input=false", "-no-color"]);
    initialized = true;
  });

  afterAll(() => {
    try {
      if (initialized) destroy([0, 1]);
    } finally {
      // Whatever a failed run left of the test's own objects.
      for (const name of [`${POOL}-a`, `${POOL}-b`]) virsh("undefine", name);
      rmSync(POOL_DIR, { recursive: true, force: true });
      rmSync(work, { recursive: true, force: true });
    }
  });

  test("a guest the state lost is taken back by the next deploy, by its owner mark", () => {
    apply();
    const lost = tofu(stackDir(), ["state", "list"]).stdout.split("\n").filter((a) => a.includes("vm-b_"));
    expect(lost.length).toBe(4); // domain, boot disk, data disk, seed
    tofu(stackDir(), ["state", "rm", ...lost]);
    apply();
    expect(planIsClean().status).toBe(0);
    destroy();
  });

  test("ten kills, each followed by a deploy that converges, a clean plan and a destroy", async () => {
    const points = killPoints(20261201, await timedApply(stackDir()));
    destroy();
    const tally: string[] = [];
    let converged = 0;
    let killed = 0;
    for (const point of points) {
      const hit = await killedApply(stackDir(), point);
      if (hit) killed++;
      const deploy = apply([0, 1]);
      const plan = planIsClean();
      const clean = deploy.status === 0 && plan.status === 0;
      destroy();
      if (clean) converged++;
      tally.push(`${describeKillPoint(point)} (${hit ? "killed mid-apply" : "apply had finished"}): ` +
        (clean ? "converged" : deploy.status !== 0 ? `deploy failed:\n${deploy.stdout}\n${deploy.stderr}` : `plan not clean:\n${plan.stdout}`));
    }
    console.log(`interrupted KVM deploys: ${converged}/10 converged with no manual step, ${killed}/10 killed mid-apply\n${tally.join("\n")}`);
    expect(converged).toBe(10);
    expect(killed).toBeGreaterThanOrEqual(9);
    expect(difference(before, hostState(), /hlad/)).toEqual({});
  });
});
