import { existsSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

const CACHE = process.env.HYPERLAB_CACHE ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), ".cache"), "hyperlab");

/**
 * The environment tools/engine.sh wrote for the pinned engine and provider mirror
 * ($CACHE/env.sh). Fails loudly when it is missing: nothing is skipped because
 * the engine is absent.
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
