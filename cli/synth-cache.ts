// Synth only when the code changed: what drift, review, adopt and state-lock
// start from is the stack as the project's code synthesizes it, and a synth
// (the app run under Node.js, seconds for a large lab) whose inputs are what the
// last synth had makes byte for byte what that synth wrote (synth output is
// deterministic: no timestamps, no random values).
//
// The inputs, digested with SHA-256 in a fixed order:
//  - every file under the project's folder, path and content, except what is
//    not code: node_modules (but its .package-lock.json, which names every installed
//    package's version and integrity), .git, the synth output folder, engine
//    folders (.terraform), state and plan files (*.tfstate*, *.tfplan) and the
//    lock files the engines rewrite;
//  - cdktf.json's app and context (the project's settings);
//  - the environment variables the app and HyperlabApp read: HYPERLAB_* and CDKTF_*;
//  - the Node.js version.
// The digest is written beside the manifest after a successful synth, and
// removed before each synth (a synth that fails leaves none, so the next run synthesizes).
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { Project, synth } from "./project";

/** Where the digest of the last successful synth's inputs is kept. */
export const DIGEST_FILE = "hyperlab-inputs.sha256";

const SKIPPED_DIRS = new Set([".git", ".terraform", "node_modules"]);
const SKIPPED_FILE = /\.tfstate(\.backup)?$|\.tfplan$|^\.terraform\.lock\.hcl$|^\.terraform\.tfstate\.lock\.info$/;

function inputFiles(project: Project): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name) && path !== project.outdir) walk(path);
      } else if ((entry.isFile() || (entry.isSymbolicLink() && existsSync(path) && statSync(path).isFile())) && !SKIPPED_FILE.test(entry.name)) {
        files.push(path);
      }
    }
  };
  walk(project.root);
  const installed = join(project.root, "node_modules", ".package-lock.json");
  if (existsSync(installed)) files.push(installed);
  return files;
}

/** The digest of what a synth of `project` reads (see the top of this file). */
export function inputsDigest(project: Project, env: NodeJS.ProcessEnv = process.env): string {
  const hash = createHash("sha256");
  const field = (name: string, value: string | Buffer) => {
    hash.update(`${name}\0${value.length}\0`);
    hash.update(value);
  };
  field("node", process.version);
  field("app", project.app);
  field("context", JSON.stringify(project.context));
  for (const name of Object.keys(env).filter((n) => /^(HYPERLAB|CDKTF)_/.test(n)).sort()) field(`env ${name}`, env[name] ?? "");
  for (const file of inputFiles(project)) field(`file ${relative(project.root, file).split(sep).join("/")}`, readFileSync(file));
  return hash.digest("hex");
}

/**
 * Synthesizes the project unless its output is from inputs with the same digest.
 * Returns whether it ran the app.
 */
export function synthIfChanged(project: Project, env: NodeJS.ProcessEnv = process.env): boolean {
  const file = join(project.outdir, DIGEST_FILE);
  const digest = inputsDigest(project, env);
  if (existsSync(file) && existsSync(join(project.outdir, "manifest.json")) && readFileSync(file, "utf8").trim() === digest) return false;
  rmSync(file, { force: true });
  synth(project);
  writeFileSync(file, `${digest}\n`);
  return true;
}
