// `npm run review -- STACK [--plan FILE] [--out PREFIX] [--dir PROJECT] [--no-synth]`:
// the plan summary for a pull request comment (review-report.ts), printed and
// written as PREFIX.md and PREFIX.json (default PREFIX: review-STACK).
//
// With --plan it reads a plan the pipeline saved (`cdktf plan` or the engine's
// `plan -out`), relative to the stack's directory; without, it plans itself, with
// refresh, so drift shows apart from the code's changes. Exit 0, or 1 on error.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { isAbsolute, join } from "node:path";
import { parseArgs } from "node:util";
import { reviewMarkdown, reviewSummary } from "./review-report";

function engine(dir: string, args: string[]): string {
  const binary = process.env.TERRAFORM_BINARY_NAME ?? "terraform";
  const r = spawnSync(binary, args, {
    cwd: dir, encoding: "utf8", maxBuffer: 256 << 20, timeout: 10 * 60 * 1000, env: { ...process.env, TF_IN_AUTOMATION: "1" },
  });
  if (r.status !== 0) throw new Error(`${binary} ${args[0]} exited ${r.status ?? r.error ?? r.signal}:\n${r.stderr}${r.stdout}`);
  return r.stdout;
}

function main(): number {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { plan: { type: "string" }, out: { type: "string" }, dir: { type: "string" }, "no-synth": { type: "boolean" } },
  });
  if (positionals.length !== 1) {
    console.error("usage: npm run review -- STACK [--plan FILE] [--out PREFIX] [--dir PROJECT] [--no-synth]");
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
  if (!existsSync(join(dir, ".terraform"))) engine(dir, ["init", "-input=false", "-no-color"]);
  let planFile = values.plan;
  if (!planFile) {
    planFile = "review.tfplan";
    engine(dir, ["plan", "-input=false", "-no-color", "-lock-timeout=60s", `-out=${planFile}`]);
  }
  const plan = JSON.parse(engine(dir, ["show", "-json", isAbsolute(planFile) ? planFile : join(dir, planFile)]));
  const summary = reviewSummary(stack, synthesized, plan);
  const markdown = reviewMarkdown(summary);
  const prefix = values.out ?? `review-${stack}`;
  writeFileSync(`${prefix}.md`, markdown);
  writeFileSync(`${prefix}.json`, JSON.stringify(summary, null, 2) + "\n");
  process.stdout.write(markdown);
  return 0;
}

try {
  process.exitCode = main();
} catch (err) {
  console.error(`review: ${(err as Error).message}`);
  process.exitCode = 1;
}
