// `npm run drift -- STACK [--report PREFIX] [--no-synth]`: is the host still what
// the stack deployed? Uses the engine cdktf deploys with (TERRAFORM_BINARY_NAME).
//
//   exit 0  no drift, and the code has nothing new to deploy
//   exit 2  drift: something on the host changed outside the engine
//   exit 3  no drift, but the code has changes not yet deployed ("main is ahead")
//   exit 1  error
//
// One plan with refresh answers both: its resource_drift is the host against the
// state, and its changes, less the repair of that drift and what follows from it,
// are the code against the state (see drift-report.ts). `plan -detailed-exitcode`
// exits 2 for both, so neither can be told from the other there.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { AttributeChange, DriftReport, driftReport, markdown, PlanJson } from "./drift-report";

function engine(dir: string, args: string[]): string {
  const binary = process.env.TERRAFORM_BINARY_NAME ?? "terraform";
  // A refresh waits on every provider; a hung one must not hang a nightly job.
  const r = spawnSync(binary, args, {
    cwd: dir, encoding: "utf8", maxBuffer: 256 << 20, timeout: 10 * 60 * 1000, env: { ...process.env, TF_IN_AUTOMATION: "1" },
  });
  if (r.status !== 0) throw new Error(`${binary} ${args.join(" ")} exited ${r.status ?? r.error ?? r.signal}:\n${r.stderr}${r.stdout}`);
  return r.stdout;
}

function planJson(dir: string, flags: string[], file: string): PlanJson {
  engine(dir, ["plan", "-input=false", "-no-color", "-lock-timeout=60s", ...flags, `-out=${file}`]);
  return JSON.parse(engine(dir, ["show", "-json", file]));
}

function main(): number {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { report: { type: "string" }, "no-synth": { type: "boolean" }, dir: { type: "string" } },
  });
  if (positionals.length !== 1) {
    console.error("usage: npm run drift -- STACK [--report PREFIX] [--no-synth] [--dir PROJECT]");
    return 1;
  }
  const project = values.dir ?? process.cwd();
  const stack = positionals[0];
  if (!values["no-synth"]) {
    const cdktf = join(__dirname, "..", "node_modules", ".bin", "cdktf");
    const r = spawnSync(cdktf, ["synth", "--no-color"], { cwd: project, encoding: "utf8", env: { ...process.env, CHECKPOINT_DISABLE: "1" } });
    if (r.status !== 0) throw new Error(`cdktf synth failed:\n${r.stderr}${r.stdout}`);
  }
  const dir = join(project, "cdktf.out", "stacks", stack);
  if (!existsSync(join(dir, "cdk.tf.json"))) throw new Error(`no synthesized stack ${stack} in ${dir}`);
  const synthesized = JSON.parse(readFileSync(join(dir, "cdk.tf.json"), "utf8"));
  // Initialized already (by deploy, or an earlier run): plan at once, and only
  // when the engine asks for it (new providers), initialize and plan again.
  let plan: PlanJson;
  if (!existsSync(join(dir, ".terraform"))) engine(dir, ["init", "-input=false", "-no-color"]);
  try {
    plan = planJson(dir, [], "drift.tfplan");
  } catch (err) {
    if (!/\binit\b/.test((err as Error).message)) throw err;
    engine(dir, ["init", "-input=false", "-no-color"]);
    plan = planJson(dir, [], "drift.tfplan");
  }
  const report = driftReport(stack, synthesized, plan);
  print(report);
  if (values.report) {
    writeFileSync(`${values.report}.json`, JSON.stringify(report, null, 2) + "\n");
    writeFileSync(`${values.report}.md`, markdown(report));
  }
  return report.drift.length ? 2 : report.undeployed.length ? 3 : 0;
}

function print(report: DriftReport): void {
  const shown = (a: AttributeChange) => `${a.attribute} expected ${JSON.stringify(a.expected)}, actual ${JSON.stringify(a.actual)}`;
  for (const d of report.drift) {
    console.log(`DRIFT ${d.constructPath} (${d.address}): ${d.gone ? "gone from the host" : d.attributes.map(shown).join("; ")}`);
  }
  for (const u of report.undeployed) console.log(`UNDEPLOYED ${u.constructPath} (${u.address}): ${u.actions.join(", ")}`);
  console.log(`${report.drift.length} drifted, ${report.undeployed.length} undeployed (stack ${report.stack})`);
}

try {
  process.exitCode = main();
} catch (err) {
  console.error((err as Error).message);
  process.exitCode = 1;
}
