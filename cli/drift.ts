// `hyperlab drift STACK [--report PREFIX] [--no-synth] [--dir PROJECT]`: is the
// host still what the stack deployed? Uses the prepared engine.
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
import { writeFileSync } from "node:fs";
import { AttributeChange, DriftReport, driftReport, markdown } from "./drift-report";
import { openStack, planStack } from "./stack-plan";

export interface DriftOptions {
  readonly dir?: string;
  readonly report?: string;
  /** Plan what the last synth wrote. */
  readonly synth: boolean;
}

export function drift(stack: string, options: DriftOptions): number {
  const { env, dir, synthesized } = openStack(stack, options);
  const report = driftReport(stack, synthesized, planStack(dir, "drift.tfplan", env));
  print(report);
  if (options.report) {
    writeFileSync(`${options.report}.json`, JSON.stringify(report, null, 2) + "\n");
    writeFileSync(`${options.report}.md`, markdown(report));
  }
  return report.drift.length ? 2 : report.undeployed.length ? 3 : 0;
}

function print(report: DriftReport): void {
  const shown = (a: AttributeChange) => `${a.attribute} expected ${JSON.stringify(a.expected)}, actual ${JSON.stringify(a.actual)}`;
  for (const d of report.drift) {
    console.log(`DRIFT ${d.constructPath} (${d.address})${d.host ? ` on host ${d.host}` : ""}: ${d.gone ? "gone from the host" : d.attributes.map(shown).join("; ")}`);
  }
  for (const u of report.undeployed) console.log(`UNDEPLOYED ${u.constructPath} (${u.address}): ${u.actions.join(", ")}`);
  console.log(`${report.drift.length} drifted, ${report.undeployed.length} undeployed (stack ${report.stack})`);
}
