import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

const CACHE = process.env.HYPERLAB_CACHE ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), ".cache"), "hyperlab");

/**
 * The environment tools/engine.sh wrote for the pinned engine and provider mirror.
 * Tests fail loudly when it is missing: nothing is skipped because the engine is absent.
 */
export function engineEnv(): NodeJS.ProcessEnv {
  const file = join(CACHE, "env.sh");
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run engine\` first`);
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const m of readFileSync(file, "utf8").matchAll(/^export (\w+)="(.*)"$/gm)) {
    env[m[1]] = m[2].replace(/\$PATH/g, process.env.PATH ?? "");
  }
  return env;
}

export interface RunResult {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs a command; throws with its output unless its exit status is one of `ok`. */
export function run(cmd: string, args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; ok?: number[] } = {}): RunResult {
  const r = spawnSync(cmd, args, { cwd: opts.cwd, env: opts.env ?? process.env, encoding: "utf8", maxBuffer: 64 << 20 });
  const result = { status: r.status ?? -1, stdout: r.stdout ?? "", stderr: r.stderr ?? String(r.error ?? "") };
  if (!(opts.ok ?? [0]).includes(result.status)) {
    throw new Error(`${cmd} ${args.join(" ")} exited ${result.status}\n${result.stdout}\n${result.stderr}`);
  }
  return result;
}

/** Runs the pinned engine in a synthesized stack directory. */
export function tofu(dir: string, args: string[], ok: number[] = [0]): RunResult {
  const env = engineEnv();
  return run(env.TERRAFORM_BINARY_NAME!, [...args], { cwd: dir, env: { ...env, TF_IN_AUTOMATION: "1" }, ok });
}
