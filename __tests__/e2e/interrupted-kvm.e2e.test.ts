// A deploy of KVM guests killed midway (engine and providers SIGKILLed) leaves
// libvirt objects the state does not know, and libvirt provider 0.8.3 then stops
// at "already exists". `npm run adopt` takes them into the state: after it, the
// next deploy converges, the plan is clean and destroy leaves nothing. Two guests
// that are defined but never started, in a storage pool of the test's own.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { engineEnv, run, tofu } from "../support/engine";
import { fractions, killedApply } from "../support/interrupt";
import { difference, hostState, HostState } from "../support/residue";

jest.setTimeout(30 * 60 * 1000);

const ROOT = join(__dirname, "..", "..");
const POOL = "hlad";
const POOL_DIR = `/var/lib/hyperlab/${POOL}`;
const virsh = (...args: string[]) => run("virsh", ["-q", "-c", "qemu:///system", ...args], { ok: [0, 1] });

describe("a KVM deploy killed midway converges after npm run adopt", () => {
  let work: string;
  let before: HostState;
  const env = () => ({ ...engineEnv(), CI: "1", HL_E2E_POOL: POOL, HL_E2E_POOL_DIR: POOL_DIR, HL_E2E_IMAGE: join(work, "image.qcow2") });
  const cdktf = (verb: string, ok = [0]) =>
    run(join(ROOT, "node_modules", ".bin", "cdktf"), [verb, ...(verb === "synth" ? [] : ["kvm-lab", "--auto-approve"]), "--no-color"], { cwd: work, env: env(), ok });
  const adopt = () => run(join(ROOT, "node_modules", ".bin", "tsx"), [join(ROOT, "tools", "adopt.ts"), "kvm-lab", "--dir", work, "--no-synth"], { env: env() });
  const stackDir = () => join(work, "cdktf.out", "stacks", "kvm-lab");
  const planIsClean = () => tofu(stackDir(), ["plan", "-detailed-exitcode", "-input=false", "-no-color"], [0, 2]);

  beforeAll(() => {
    before = hostState();
    work = mkdtempSync(join(tmpdir(), "hyperlab-adopt-"));
    run("qemu-img", ["create", "-q", "-f", "qcow2", join(work, "image.qcow2"), "16M"]);
    const app = `${join(ROOT, "node_modules", ".bin", "tsx")} ${join(__dirname, "apps", "kvm-lab.ts")}`;
    writeFileSync(join(work, "cdktf.json"), JSON.stringify({ language: "typescript", app, output: "cdktf.out", sendCrashReports: "false" }));
    cdktf("synth");
  });

  afterAll(() => {
    try {
      cdktf("destroy", [0, 1]);
    } finally {
      // Whatever a failed run left of the test's own objects.
      for (const name of [`${POOL}-a`, `${POOL}-b`]) virsh("undefine", name);
      virsh("pool-destroy", POOL);
      virsh("pool-undefine", POOL);
      rmSync(POOL_DIR, { recursive: true, force: true });
      rmSync(work, { recursive: true, force: true });
    }
  });

  test("a domain the state lost stops the next deploy at 'already exists'; after adopt it converges", () => {
    cdktf("deploy");
    const domain = tofu(stackDir(), ["state", "list"]).stdout.split("\n").find((a) => a.startsWith("libvirt_domain.vm-b_domain_"))!;
    tofu(stackDir(), ["state", "rm", domain]);
    const stuck = cdktf("deploy", [1]);
    expect(stuck.stdout + stuck.stderr).toMatch(/already exists/);
    expect(adopt().stdout).toMatch(new RegExp(`adopted ${POOL}-b \\([0-9a-f-]{36}\\) as ${domain.replace(/\./g, "\\.")}`));
    cdktf("deploy");
    expect(planIsClean().status).toBe(0);
    cdktf("destroy");
  });

  test("six kills, each followed by adopt, a deploy that converges, a clean plan and a destroy", async () => {
    const t = process.hrtime.bigint();
    tofu(stackDir(), ["apply", "-auto-approve", "-input=false", "-no-color"]);
    const full = Number(process.hrtime.bigint() - t) / 1e9;
    tofu(stackDir(), ["destroy", "-auto-approve", "-input=false", "-no-color"]);
    const points = fractions(20261127);
    const tally: string[] = [];
    let converged = 0;
    let killed = 0;
    for (let i = 0; i < 6; i++) {
      const at = full * (points.next().value as number);
      const hit = await killedApply(stackDir(), at);
      if (hit) killed++;
      const adopted = adopt().stdout.trim().split("\n").filter((l) => !l.includes("nothing to adopt"));
      cdktf("deploy");
      const plan = planIsClean();
      const clean = plan.status === 0;
      cdktf("destroy");
      if (clean) converged++;
      tally.push(`kill at ${at.toFixed(1)} s of a ${full.toFixed(1)} s apply (${hit ? "killed mid-apply" : "apply had finished"}): ` +
        `${adopted.length ? `adopt: ${adopted.join("; ")}; ` : "nothing to adopt; "}${clean ? "converged" : `plan not clean:\n${plan.stdout}`}`);
    }
    console.log(`interrupted KVM deploys: ${converged}/6 converged, ${killed}/6 killed mid-apply\n${tally.join("\n")}`);
    expect(converged).toBe(6);
    expect(killed).toBeGreaterThanOrEqual(4);
    expect(difference(before, hostState())).toEqual({});
  });
});
