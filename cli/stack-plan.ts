// What drift and review share: plan a synthesized stack on the prepared engine
// (TERRAFORM_BINARY_NAME of its env), initializing it first when it needs it,
// and read the plan back as JSON.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { isAbsolute, join } from "node:path";
import { PlanJson } from "./drift-report";
import { engineEnv } from "./engine-env";
import { UserError } from "./errors";
import { findProject, synthesizedStack } from "./project";
import { synthIfChanged } from "./synth-cache";

export function engine(dir: string, args: string[], env: NodeJS.ProcessEnv): string {
  const binary = env.TERRAFORM_BINARY_NAME;
  if (!binary) throw new UserError("no engine in the environment (TERRAFORM_BINARY_NAME): run `hyperlab engine` first");
  // A refresh waits on every provider; a hung one must not hang a nightly job.
  const r = spawnSync(binary, args, {
    cwd: dir, encoding: "utf8", maxBuffer: 256 << 20, timeout: 10 * 60 * 1000, env: { ...env, TF_IN_AUTOMATION: "1" },
  });
  if (r.status !== 0) throw new UserError(`${binary} ${args[0]} exited ${r.status ?? r.error ?? r.signal}:\n${r.stderr}${r.stdout}`);
  return r.stdout;
}

/**
 * What drift, review and adopt start from: the prepared engine's environment and
 * the stack as the project (found from `dir`) synthesizes it, with every provider
 * it needs in the mirror.
 */
export function openStack(stack: string, options: { readonly dir?: string; readonly synth: boolean }): { env: NodeJS.ProcessEnv; dir: string; synthesized: any } {
  const env = engineEnv();
  const project = findProject(options.dir);
  // Only when the code changed since the last synth (synth-cache.ts says how that is decided).
  if (options.synth) synthIfChanged(project);
  const { dir, synthesized } = synthesizedStack(project, stack);
  requireMirrored(stack, synthesized, env);
  return { env, dir, synthesized };
}

/**
 * Refuses, in one line, a stack that needs a provider the prepared mirror lacks
 * (telmate/proxmox after `hyperlab engine --no-proxmox`), before the engine
 * would go looking for it in a registry.
 */
export function requireMirrored(stack: string, synthesized: any, env: NodeJS.ProcessEnv): void {
  const mirror = env.HYPERLAB_MIRROR;
  const host = env.HYPERLAB_REGISTRY_HOST;
  if (!mirror || !host) return; // an engine from elsewhere: it installs providers its own way
  const required: Record<string, { source?: string; version?: string }> = synthesized?.terraform?.required_providers ?? {};
  for (const { source = "", version = "" } of Object.values(required)) {
    if (!existsSync(join(mirror, host, source.toLowerCase(), version))) {
      throw new UserError(`stack ${stack} needs provider ${source} ${version}, which the prepared mirror (${mirror}) does not have: ` +
        `run \`hyperlab engine\`${source.toLowerCase() === "telmate/proxmox" ? " without --no-proxmox" : ""}`);
    }
  }
}

/**
 * A plan with refresh, saved to `file` in the stack directory, as JSON.
 */
export function planStack(dir: string, file: string, env: NodeJS.ProcessEnv): PlanJson {
  initialized(dir, env, () => engine(dir, ["plan", "-input=false", "-no-color", "-lock-timeout=60s", `-out=${file}`], env));
  return showPlan(dir, file, env);
}

/**
 * Runs an engine command `run` in a stack directory. A stack initialized already
 * (by deploy, or an earlier run) runs it at once; when the engine refuses (new
 * providers, or a lock file synth wrote again with entries for both engines,
 * which only init sorts out), the stack is initialized and `run` runs again.
 */
export function initialized<T>(dir: string, env: NodeJS.ProcessEnv, run: () => T): T {
  initOnce(dir, env);
  try {
    return run();
  } catch (err) {
    if (!/\binit\b|Required plugins are not installed|Inconsistent dependency lock file/.test((err as Error).message)) throw err;
    engine(dir, ["init", "-input=false", "-no-color"], env);
    return run();
  }
}

/** Initializes a stack directory that never was, or whose providers changed since its init. */
export function initOnce(dir: string, env: NodeJS.ProcessEnv): void {
  if (needsInit(dir, env)) engine(dir, ["init", "-input=false", "-no-color"], env);
}

/**
 * Whether a stack directory needs `init` before a plan: never initialized, or a
 * provider its cdk.tf.json requires (source and version) is not installed under
 * the engine's own registry host in .terraform/providers. A change the engine
 * alone can tell (a backend's settings) is left to `initialized`, which inits
 * when the engine asks for it.
 */
export function needsInit(dir: string, env: NodeJS.ProcessEnv): boolean {
  const data = join(dir, env.TF_DATA_DIR ?? ".terraform");
  if (!existsSync(data)) return true;
  const host = env.HYPERLAB_ENGINE === "terraform" ? env.HYPERLAB_TERRAFORM_REGISTRY_HOST : env.HYPERLAB_REGISTRY_HOST;
  const stackFile = join(dir, "cdk.tf.json");
  if (!host || !existsSync(stackFile)) return false;
  const required: Record<string, { source?: string; version?: string }> = JSON.parse(readFileSync(stackFile, "utf8"))?.terraform?.required_providers ?? {};
  return Object.values(required).some(({ source = "", version = "" }) =>
    source.split("/").length === 2 && !existsSync(join(data, "providers", host, source.toLowerCase(), version)));
}

/** A saved plan as JSON; `file` relative to the stack directory or absolute. */
export function showPlan(dir: string, file: string, env: NodeJS.ProcessEnv): PlanJson {
  return JSON.parse(engine(dir, ["show", "-json", isAbsolute(file) ? file : join(dir, file)], env));
}
