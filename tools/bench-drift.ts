// `npm run bench` (fourth part): what the drift command costs against its
// baseline, a bare `plan -refresh=true -detailed-exitcode` of the same clean
// stack (the least any drift check does), on a stack of 100 bridges and 100 TAPs
// deployed in a network namespace this script makes and removes. Both are timed
// in the same run, with the engine from tools/engine.sh, and the ratio printed.
// The drift command runs as a user runs it, without --no-synth: the project's
// inputs are unchanged since the synth this script made (whose digest it records
// as a synth does), so drift reuses cdk.tf.json. Needs root.
// Usage: tsx tools/bench-drift.ts [bridges]
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { App, LocalBackend, TerraformStack } from "cdktf";
import { BridgedNetwork, LinuxHost, TapInterface } from "../constructs";
import { engineEnv } from "../cli/engine-env";
import { findProject } from "../cli/project";
import { DIGEST_FILE, inputsDigest } from "../cli/synth-cache";

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
  // An app that fails: drift must not run it, the inputs being those of the synth above.
  writeFileSync(join(project, "cdktf.json"), JSON.stringify({ app: "false", output: "cdktf.out" }));
  writeFileSync(join(project, "cdktf.out", DIGEST_FILE), `${inputsDigest(findProject(project), env)}\n`);
  const dir = join(project, "cdktf.out", "stacks", "bench");
  spawnSync("ip", ["netns", "delete", NETNS]);
  run("ip", ["netns", "add", NETNS], project, env);
  try {
    run(tofu, ["init", "-input=false", "-no-color"], dir, env);
    const apply = run(tofu, ["apply", "-auto-approve", "-input=false", "-no-color"], dir, env);
    const refreshed: number[] = [];
    const drifts: number[] = [];
    const drift = [process.execPath, join(__dirname, "..", "cli", "hyperlab.js"), "drift", "bench", "--dir", project];
    run(drift[0], drift.slice(1), project, env); // the first run after a deploy, as a nightly job's is not: warm the OS caches
    for (let i = 0; i < RUNS; i++) {
      refreshed.push(run(tofu, ["plan", "-refresh=true", "-input=false", "-no-color", "-detailed-exitcode"], dir, env));
      drifts.push(run(drift[0], drift.slice(1), project, env));
    }
    console.log(`drift: ${bridges} bridges + ${bridges} TAPs in a netns (apply ${apply.toFixed(1)} s): ` +
      `\`hyperlab drift bench\` median ${median(drifts).toFixed(2)} s = ${(median(drifts) / median(refreshed)).toFixed(2)}x ` +
      `the baseline, a bare \`${tofu.split("/").pop()} plan -refresh=true -detailed-exitcode\` median ${median(refreshed).toFixed(2)} s ` +
      `(code unchanged since the last synth, so none; Node.js start included) ` +
      `(runs: plan ${refreshed.map((p) => p.toFixed(2)).join(", ")}; drift ${drifts.map((d) => d.toFixed(2)).join(", ")})`);
    run(tofu, ["destroy", "-auto-approve", "-input=false", "-no-color"], dir, env);
  } finally {
    spawnSync("ip", ["netns", "delete", NETNS]);
    rmSync(project, { recursive: true, force: true });
  }
}

main();
