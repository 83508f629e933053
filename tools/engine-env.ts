import { existsSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

const CACHE = process.env.HYPERLAB_CACHE ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), ".cache"), "hyperlab");

/** The engines the stacks run on: the pinned OpenTofu (built here) or the pinned HashiCorp Terraform. */
export type Engine = "tofu" | "terraform";

/** The engine named by HYPERLAB_ENGINE, OpenTofu by default. */
export function selectedEngine(env: NodeJS.ProcessEnv = process.env): Engine {
  const name = env.HYPERLAB_ENGINE ?? "tofu";
  if (name !== "tofu" && name !== "terraform") throw new Error(`HYPERLAB_ENGINE is ${JSON.stringify(name)}; use "tofu" or "terraform"`);
  return name;
}

/**
 * The environment tools/engine.sh wrote for the pinned engine and provider mirror
 * ($CACHE/env.sh), with TERRAFORM_BINARY_NAME set to the chosen engine. Fails
 * loudly when it is missing: nothing is skipped because an engine is absent.
 */
export function engineEnv(engine: Engine = selectedEngine()): NodeJS.ProcessEnv {
  const file = join(CACHE, "env.sh");
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run engine\` first`);
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const m of readFileSync(file, "utf8").matchAll(/^export (\w+)="(.*)"$/gm)) {
    env[m[1]] = m[2].replace(/\$PATH/g, process.env.PATH ?? "");
  }
  if (engine === "terraform") {
    if (!env.HYPERLAB_TERRAFORM) {
      throw new Error(`Terraform is needed here but ${env.HYPERLAB_TERRAFORM_MISSING || "tools/engine.sh did not find it"}; ` +
        "install the version tools/versions.env pins and run `npm run engine` again");
    }
    env.TERRAFORM_BINARY_NAME = env.HYPERLAB_TERRAFORM;
  }
  env.HYPERLAB_ENGINE = engine;
  return env;
}
