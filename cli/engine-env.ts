import { existsSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { packageFile } from "../constructs/core/package-files";
import { UserError } from "./errors";

/** The engines the stacks run on: the pinned OpenTofu (built here) or the pinned HashiCorp Terraform. */
export type Engine = "tofu" | "terraform";

/** This package's version, which names its engine folder. */
export function packageVersion(): string {
  return JSON.parse(readFileSync(packageFile("package.json"), "utf8")).version;
}

/**
 * The folder tools/engine.sh prepares for this package version (env.sh, the
 * CLI configuration, the provider mirror): as tools/engine-dir.sh names it.
 */
export function engineDir(env: NodeJS.ProcessEnv = process.env): string {
  const root = env.HYPERLAB_CACHE ?? join(env.XDG_CACHE_HOME ?? join(homedir(), ".cache"), "hyperlab");
  return join(root, `v${packageVersion()}`);
}

/** The engine named by HYPERLAB_ENGINE, OpenTofu by default. */
export function selectedEngine(env: NodeJS.ProcessEnv = process.env): Engine {
  const name = env.HYPERLAB_ENGINE ?? "tofu";
  if (name !== "tofu" && name !== "terraform") throw new UserError(`HYPERLAB_ENGINE is ${JSON.stringify(name)}; use "tofu" or "terraform"`);
  return name;
}

/**
 * The environment tools/engine.sh wrote for the pinned engine and provider mirror
 * (env.sh in engineDir()), with TERRAFORM_BINARY_NAME set to the chosen engine.
 * Fails with what to run when it is missing: nothing is skipped because an engine is absent.
 */
/**
 * The variables an env.sh exports, read as `sh` reads `export NAME=VALUE`: a
 * value bare, "double-quoted" (with \\ \" \$ \` escapes) or 'single-quoted',
 * or pieces of each; $NAME and ${NAME} expanded from what the file set before or
 * from `base` (the caller's environment) outside single quotes; a bare value
 * ends at a blank, and a # after a blank starts a comment.
 */
export function readEnvFile(text: string, base: NodeJS.ProcessEnv = {}): Record<string, string> {
  const out: Record<string, string> = {};
  const lookup = (name: string) => out[name] ?? base[name] ?? "";
  const expand = (s: string, at: number): [string, number] => {
    const braced = s.slice(at).match(/^\$\{(\w+)\}/) ?? s.slice(at).match(/^\$(\w+)/);
    return braced ? [lookup(braced[1]), at + braced[0].length] : ["$", at + 1];
  };
  for (const line of text.split("\n")) {
    const m = line.match(/^\s*export\s+(\w+)=(.*)$/);
    if (!m) continue;
    const s = m[2];
    let value = "";
    let i = 0;
    while (i < s.length && !/\s/.test(s[i])) {
      const c = s[i];
      if (c === "'") {
        const end = s.indexOf("'", i + 1);
        value += s.slice(i + 1, end < 0 ? s.length : end);
        i = end < 0 ? s.length : end + 1;
      } else if (c === '"') {
        for (i++; i < s.length && s[i] !== '"';) {
          if (s[i] === "\\" && i + 1 < s.length && '\\"$`'.includes(s[i + 1])) { value += s[i + 1]; i += 2; }
          else if (s[i] === "$") { const [v, next] = expand(s, i); value += v; i = next; }
          else value += s[i++];
        }
        i++;
      } else if (c === "\\") {
        value += s[i + 1] ?? "";
        i += 2;
      } else if (c === "$") {
        const [v, next] = expand(s, i);
        value += v;
        i = next;
      } else {
        value += c;
        i++;
      }
    }
    out[m[1]] = value;
  }
  return out;
}

export function engineEnv(engine: Engine = selectedEngine()): NodeJS.ProcessEnv {
  const file = join(engineDir(), "env.sh");
  if (!existsSync(file)) throw new UserError(`the engine is not prepared (${file} is missing): run \`hyperlab engine\` first`);
  const env: NodeJS.ProcessEnv = { ...process.env };
  Object.assign(env, readEnvFile(readFileSync(file, "utf8"), process.env));
  if (engine === "terraform") {
    if (!env.HYPERLAB_TERRAFORM) {
      throw new UserError(`HYPERLAB_ENGINE=terraform, but ${env.HYPERLAB_TERRAFORM_MISSING || "hyperlab engine did not find Terraform"}; ` +
        "install the version tools/versions.env pins and run `hyperlab engine` again");
    }
    env.TERRAFORM_BINARY_NAME = env.HYPERLAB_TERRAFORM;
  }
  env.HYPERLAB_ENGINE = engine;
  return env;
}
