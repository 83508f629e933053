// `npm run review -- STACK [--plan FILE] [--out PREFIX] [--dir PROJECT] [--no-synth]`:
// the plan summary for a pull request comment (review-report.ts), printed and
// written as PREFIX.md and PREFIX.json (default PREFIX: review-STACK).
//
// With --plan it reads a plan the pipeline saved (`cdktf plan` or the engine's
// `plan -out`), relative to the stack's directory; without, it plans itself, with
// refresh, so drift shows apart from the code's changes. Exit 0, or 1 on error.
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { reviewMarkdown, reviewSummary } from "./review-report";
import { initOnce, planStack, showPlan, synth, synthesizedStack } from "./stack-plan";

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
  if (!values["no-synth"]) synth(project);
  const { dir, synthesized } = synthesizedStack(project, stack);
  if (values.plan) initOnce(dir);
  const plan = values.plan ? showPlan(dir, values.plan) : planStack(dir, "review.tfplan");
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
