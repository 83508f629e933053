import { existsSync } from "node:fs";
import { dirname, join } from "node:path";

/**
 * The root of the hyperlab package: the repository when the sources run as
 * TypeScript, the installed package's folder when its compiled lib/ runs. Its
 * data files (tools/provider-hashes.txt, the engine script, provider/) sit at
 * the same place in both.
 */
export function packageRoot(): string {
  for (let at = __dirname; ; at = dirname(at)) {
    if (existsSync(join(at, "package.json"))) return at;
    if (dirname(at) === at) throw new Error(`no package.json above ${__dirname}: the hyperlab package is incomplete`);
  }
}

/** A file of the package, by its path from the package root. */
export function packageFile(...path: string[]): string {
  return join(packageRoot(), ...path);
}
