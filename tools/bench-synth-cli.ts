// `npm run bench` (third part): `npm run synth` of this repository against its
// app alone (cdktf.json's app, run with the output folder and context that synth
// hands it), both timed in the same run, as a ratio: what npm and the hyperlab
// CLI add. The output goes to a temporary folder, not cdktf.out.
// Usage: tsx tools/bench-synth-cli.ts
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = join(__dirname, "..");
const RUNS = 3;
const config = JSON.parse(readFileSync(join(ROOT, "cdktf.json"), "utf8"));

function timed(cmd: string, args: string[], env: NodeJS.ProcessEnv, shell = false): number {
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { cwd: ROOT, env, shell, encoding: "utf8", maxBuffer: 256 << 20 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} exited ${r.status}\n${r.stderr}${r.stdout}`);
  return Number(process.hrtime.bigint() - start) / 1e9;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const out = mkdtempSync(join(tmpdir(), "hyperlab-bench-synth-cli-"));
const npmRuns: number[] = [];
const appRuns: number[] = [];
try {
  // A cdktf.json `output` is not overridable from outside; the CLI's synth reads
  // the project's, so both write into the repository's own output folder, as a user's would.
  const env = { ...process.env, CHECKPOINT_DISABLE: "1" };
  const appEnv = { ...env, CDKTF_OUTDIR: join(out, "app"), CDKTF_CONTEXT_JSON: JSON.stringify(config.context ?? {}) };
  for (let i = 0; i < RUNS; i++) {
    npmRuns.push(timed("npm", ["run", "--silent", "synth"], env));
    appRuns.push(timed(config.app, [], appEnv, true));
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
console.log(`npm run synth: median ${median(npmRuns).toFixed(2)} s = ${(median(npmRuns) / median(appRuns)).toFixed(2)}x its app alone ` +
  `(\`${config.app}\`) median ${median(appRuns).toFixed(2)} s, same run ` +
  `(runs: npm run synth ${npmRuns.map((t) => t.toFixed(2)).join(", ")}; app ${appRuns.map((t) => t.toFixed(2)).join(", ")})`);
