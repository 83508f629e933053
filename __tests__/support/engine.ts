import { spawnSync } from "node:child_process";
import { engineEnv } from "../../cli/engine-env";

export { engineEnv };
export type { Engine } from "../../cli/engine-env";

export interface RunResult {
  status: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs a command; throws with its output unless its exit status is one of `ok`.
 * With `timeoutMs`, a command still running then is sent SIGTERM (status -1).
 */
export function run(cmd: string, args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; ok?: number[]; timeoutMs?: number } = {}): RunResult {
  const r = spawnSync(cmd, args, { cwd: opts.cwd, env: opts.env ?? process.env, encoding: "utf8", maxBuffer: 64 << 20, timeout: opts.timeoutMs });
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
