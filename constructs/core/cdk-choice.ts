// Which CDK core library the user's app runs on: cdktf, or CDK Terrain (cdktn),
// its community successor with the same classes under a new name (see
// cdk-library.ts, which loads it).
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";

/** The libraries hyperlab runs on, in the order tried when a project names neither. */
export const CDK_LIBRARIES = ["cdktf", "cdktn"] as const;
export type CdkLibraryName = (typeof CDK_LIBRARIES)[number];

/**
 * Which library to load: HYPERLAB_CDK_LIBRARY when set; else the one the nearest
 * package.json above `cwd` depends on (the user's project); else the first that
 * resolves. A project with both prefers cdktf, as its App is the older default.
 */
export function chooseCdkLibrary(env: NodeJS.ProcessEnv, cwd: string, resolves: (name: CdkLibraryName) => boolean): CdkLibraryName {
  const forced = env.HYPERLAB_CDK_LIBRARY;
  if (forced !== undefined && forced !== "") {
    if (!(CDK_LIBRARIES as readonly string[]).includes(forced)) {
      throw new Error(`HYPERLAB_CDK_LIBRARY is ${JSON.stringify(forced)}; use one of ${CDK_LIBRARIES.join(", ")}`);
    }
    return forced as CdkLibraryName;
  }
  const declared = projectDependencies(cwd);
  const named = CDK_LIBRARIES.find((name) => declared.has(name) && resolves(name));
  if (named) return named;
  const found = CDK_LIBRARIES.find(resolves);
  if (!found) {
    throw new Error(`hyperlab needs cdktf or cdktn (CDK Terrain) in your project: npm install cdktf constructs, or npm install cdktn constructs`);
  }
  return found;
}

/** The dependency names of the nearest package.json at or above `dir`. */
function projectDependencies(dir: string): Set<string> {
  for (let at = dir; ; at = dirname(at)) {
    const file = join(at, "package.json");
    if (existsSync(file)) {
      try {
        const pkg = JSON.parse(readFileSync(file, "utf8"));
        return new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {})]);
      } catch {
        return new Set(); // an unreadable package.json names nothing; resolution decides
      }
    }
    if (dirname(at) === at) return new Set();
  }
}

function resolvable(name: CdkLibraryName): boolean {
  try {
    require.resolve(name);
    return true;
  } catch {
    return false;
  }
}

/** The library this process runs on. */
export function loadedCdkLibrary(): CdkLibraryName {
  return chooseCdkLibrary(process.env, process.cwd(), resolvable);
}
