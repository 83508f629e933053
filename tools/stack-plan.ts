// What drift.ts and review.ts share: synthesize the project, then plan a stack
// on the engine deploy uses (TERRAFORM_BINARY_NAME), initializing it first when
// it needs it, and read the plan back as JSON.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { isAbsolute, join } from "node:path";
import { PlanJson } from "./drift-report";

export function engine(dir: string, args: string[]): string {
  const binary = process.env.TERRAFORM_BINARY_NAME ?? "terraform";
  // A refresh waits on every provider; a hung one must not hang a nightly job.
  const r = spawnSync(binary, args, {
    cwd: dir, encoding: "utf8", maxBuffer: 256 << 20, timeout: 10 * 60 * 1000, env: { ...process.env, TF_IN_AUTOMATION: "1" },
  });
  if (r.status !== 0) throw new Error(`${binary} ${args[0]} exited ${r.status ?? r.error ?? r.signal}:\n${r.stderr}${r.stdout}`);
  return r.stdout;
}

export function synth(project: string): void {
  const cdktf = join(__dirname, "..", "node_modules", ".bin", "cdktf");
  const r = spawnSync(cdktf, ["synth", "--no-color"], { cwd: project, encoding: "utf8", env: { ...process.env, CHECKPOINT_DISABLE: "1" } });
  if (r.status !== 0) throw new Error(`cdktf synth failed:\n${r.stderr}${r.stdout}`);
}

/** The synthesized stack: its directory and its cdk.tf.json. */
export function synthesizedStack(project: string, stack: string): { dir: string; synthesized: any } {
  const dir = join(project, "cdktf.out", "stacks", stack);
  if (!existsSync(join(dir, "cdk.tf.json"))) throw new Error(`no synthesized stack ${stack} in ${dir}`);
  return { dir, synthesized: JSON.parse(readFileSync(join(dir, "cdk.tf.json"), "utf8")) };
}

/**
 * A plan with refresh, saved to `file` in the stack directory, as JSON. A stack
 * initialized already (by deploy, or an earlier run) is planned at once; when the
 * engine refuses (new providers, or a lock file synth wrote again with entries
 * for both engines, which only init sorts out), it is initialized and planned again.
 */
export function planStack(dir: string, file: string): PlanJson {
  const plan = () => engine(dir, ["plan", "-input=false", "-no-color", "-lock-timeout=60s", `-out=${file}`]);
  initOnce(dir);
  try {
    plan();
  } catch (err) {
    if (!/\binit\b|Required plugins are not installed|Inconsistent dependency lock file/.test((err as Error).message)) throw err;
    engine(dir, ["init", "-input=false", "-no-color"]);
    plan();
  }
  return showPlan(dir, file);
}

/** Initializes a stack directory that never was. */
export function initOnce(dir: string): void {
  if (!existsSync(join(dir, ".terraform"))) engine(dir, ["init", "-input=false", "-no-color"]);
}

/** A saved plan as JSON; `file` relative to the stack directory or absolute. */
export function showPlan(dir: string, file: string): PlanJson {
  return JSON.parse(engine(dir, ["show", "-json", isAbsolute(file) ? file : join(dir, file)]));
}
