// `npm run bench` (second part): what the drift command costs against a plan
// without refresh, on a stack of 100 bridges and 100 TAPs deployed in a network
// namespace this script makes and removes. Both are timed in the same run, with
// the engine from tools/engine.sh. Needs root. Usage: tsx tools/bench-drift.ts [bridges]
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { App, LocalBackend, TerraformStack } from "cdktf";
import { BridgedNetwork, LinuxHost, TapInterface } from "../constructs";
import { engineEnv } from "../cli/engine-env";

const bridges = Number(process.argv[2] ?? 100);
const NETNS = "hlbench";
const RUNS = 3;

function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, ok = [0]): number {
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { cwd, env, encoding: "utf8", maxBuffer: 256 << 20 });
  if (!ok.includes(r.status ?? -1)) throw new Error(`${cmd} ${args.join(" ")} exited ${r.status}\n${r.stderr}${r.stdout}`);
  return Number(process.hrtime.bigint() - start) / 1e9;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function main(): void {
  const env: NodeJS.ProcessEnv = { ...engineEnv(), TF_IN_AUTOMATION: "1" };
  const tofu = env.TERRAFORM_BINARY_NAME!;
  const project = mkdtempSync(join(tmpdir(), "hyperlab-bench-drift-"));
  const app = new App({ outdir: join(project, "cdktf.out") });
  const stack = new TerraformStack(app, "bench");
  new LocalBackend(stack, { path: "terraform.tfstate" });
  const host = new LinuxHost(stack, "host", { netns: NETNS });
  for (let n = 0; n < bridges; n++) {
    const lan = new BridgedNetwork(stack, `lan${n}`, { host, bridgeName: `hlbb${n}`, cidr: `10.${200 + Math.floor(n / 256)}.${n % 256}.0/24` });
    new TapInterface(stack, `tap${n}`, { network: lan, name: `hlbt${n}` });
  }
  app.synth();
  writeFileSync(join(project, "cdktf.json"), JSON.stringify({ app: "false", output: "cdktf.out" })); // drift runs with --no-synth
  const dir = join(project, "cdktf.out", "stacks", "bench");
  spawnSync("ip", ["netns", "delete", NETNS]);
  run("ip", ["netns", "add", NETNS], project, env);
  try {
    run(tofu, ["init", "-input=false", "-no-color"], dir, env);
    const apply = run(tofu, ["apply", "-auto-approve", "-input=false", "-no-color"], dir, env);
    const plans: number[] = [];
    const refreshed: number[] = [];
    const drifts: number[] = [];
    const drift = [join(__dirname, "..", "node_modules", ".bin", "tsx"), join(__dirname, "..", "cli", "main.ts"), "drift", "bench", "--no-synth", "--dir", project];
    for (let i = 0; i < RUNS; i++) {
      plans.push(run(tofu, ["plan", "-refresh=false", "-input=false", "-no-color", "-detailed-exitcode"], dir, env));
      refreshed.push(run(tofu, ["plan", "-input=false", "-no-color", "-detailed-exitcode"], dir, env));
      drifts.push(run(drift[0], drift.slice(1), project, env));
    }
    console.log(`${bridges} bridges + ${bridges} TAPs in a netns (apply ${apply.toFixed(1)} s): ` +
      `plan -refresh=false median ${median(plans).toFixed(2)} s; plan with refresh ${median(refreshed).toFixed(2)} s ` +
      `(${(median(refreshed) / median(plans)).toFixed(2)}x); drift command ${median(drifts).toFixed(2)} s ` +
      `(${(median(drifts) / median(plans)).toFixed(2)}x, synth skipped, Node.js start included) ` +
      `(runs: plan ${plans.map((p) => p.toFixed(2)).join(", ")}; refreshed ${refreshed.map((p) => p.toFixed(2)).join(", ")}; ` +
      `drift ${drifts.map((d) => d.toFixed(2)).join(", ")})`);
    run(tofu, ["destroy", "-auto-approve", "-input=false", "-no-color"], dir, env);
  } finally {
    spawnSync("ip", ["netns", "delete", NETNS]);
    rmSync(project, { recursive: true, force: true });
  }
}

main();
