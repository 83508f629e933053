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
export function engineEnv(engine: Engine = selectedEngine()): NodeJS.ProcessEnv {
  const file = join(engineDir(), "env.sh");
  if (!existsSync(file)) throw new UserError(`the engine is not prepared (${file} is missing): run \`hyperlab engine\` first`);
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const m of readFileSync(file, "utf8").matchAll(/^export (\w+)="(.*)"$/gm)) {
    env[m[1]] = m[2].replace(/\$PATH/g, process.env.PATH ?? "");
  }
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
