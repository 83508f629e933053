// The user's project as the CLI sees it: the folder holding cdktf.json (from the
// current directory upward, or --dir), the app command it names, the output
// folder and the stacks synth wrote there. Nothing here assumes this repository.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { UserError } from "./errors";

export interface Project {
  /** The folder holding cdktf.json. */
  readonly root: string;
  /** The command that runs the app (cdktf.json `app`). */
  readonly app: string;
  /** Where synth writes, absolute (cdktf.json `output`, default cdktf.out). */
  readonly outdir: string;
  /** cdktf.json `context`, handed to the app as cdktf synth hands it. */
  readonly context: Record<string, unknown>;
}

export function findProject(dir: string = process.cwd()): Project {
  const start = resolve(dir);
  for (let at = start; ; at = dirname(at)) {
    const file = join(at, "cdktf.json");
    if (existsSync(file)) return readProject(at, file);
    if (dirname(at) === at) throw new UserError(`no cdktf.json in ${start} or above it: run this in your cdktf project, or pass --dir PROJECT`);
  }
}

function readProject(root: string, file: string): Project {
  let config: any;
  try {
    config = JSON.parse(readFileSync(file, "utf8"));
  } catch (err) {
    throw new UserError(`${file} is not valid JSON: ${(err as Error).message}`);
  }
  if (typeof config.app !== "string" || config.app.trim() === "") throw new UserError(`${file} has no "app" command (for example "npx ts-node main.ts")`);
  return { root, app: config.app, outdir: resolve(root, config.output ?? "cdktf.out"), context: config.context ?? {} };
}

/**
 * Synthesizes the project by running its app command, as `cdktf synth` does
 * (CDKTF_OUTDIR, CDKTF_CONTEXT_JSON): the same for a cdktf and a CDK Terrain app,
 * and with no CLI of theirs needed.
 */
export function synth(project: Project): void {
  const r = spawnSync(project.app, {
    cwd: project.root, shell: true, encoding: "utf8", maxBuffer: 256 << 20,
    env: { ...process.env, CDKTF_OUTDIR: project.outdir, CDKTF_CONTEXT_JSON: JSON.stringify(project.context), CHECKPOINT_DISABLE: "1" },
  });
  if (r.status !== 0) {
    throw new UserError(`synth failed: \`${project.app}\` in ${project.root} exited ${r.status ?? r.signal ?? r.error}:\n${(r.stderr || r.stdout || "").trim()}`);
  }
}

/** The stacks of the last synth, by name, from the output's manifest. */
export function stackNames(project: Project): string[] {
  const manifest = join(project.outdir, "manifest.json");
  if (!existsSync(manifest)) return [];
  return Object.keys(JSON.parse(readFileSync(manifest, "utf8")).stacks ?? {}).sort();
}

/** A synthesized stack: its directory and its cdk.tf.json. */
export function synthesizedStack(project: Project, stack: string): { dir: string; synthesized: any } {
  const dir = join(project.outdir, "stacks", stack);
  if (!existsSync(join(dir, "cdk.tf.json"))) {
    const known = stackNames(project);
    throw new UserError(`no stack ${JSON.stringify(stack)} in ${project.outdir}` + (known.length ? `; its stacks: ${known.join(", ")}` : " (synth wrote no stacks)"));
  }
  return { dir, synthesized: JSON.parse(readFileSync(join(dir, "cdk.tf.json"), "utf8")) };
}
