// `hyperlab review STACK [--plan FILE] [--out PREFIX] [--dir PROJECT] [--no-synth]`:
// the plan summary for a pull request comment (review-report.ts), printed and
// written as PREFIX.md and PREFIX.json (default PREFIX: review-STACK).
//
// With --plan it reads a plan the pipeline saved (`cdktf plan` or the engine's
// `plan -out`), relative to the stack's directory; without, it plans itself, with
// refresh, so drift shows apart from the code's changes. Exit 0, or 1 on error.
import { writeFileSync } from "node:fs";
import { reviewMarkdown, reviewSummary } from "./review-report";
import { initOnce, openStack, planStack, showPlan } from "./stack-plan";

export interface ReviewOptions {
  readonly dir?: string;
  readonly plan?: string;
  readonly out?: string;
  readonly synth: boolean;
}

export function review(stack: string, options: ReviewOptions): number {
  const { env, dir, synthesized } = openStack(stack, options);
  if (options.plan) initOnce(dir, env);
  const plan = options.plan ? showPlan(dir, options.plan, env) : planStack(dir, "review.tfplan", env);
  const summary = reviewSummary(stack, synthesized, plan);
  const markdown = reviewMarkdown(summary);
  const prefix = options.out ?? `review-${stack}`;
  writeFileSync(`${prefix}.md`, markdown);
  writeFileSync(`${prefix}.json`, JSON.stringify(summary, null, 2) + "\n");
  process.stdout.write(markdown);
  return 0;
}
