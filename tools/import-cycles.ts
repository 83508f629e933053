// Finds import circles among TypeScript sources with the compiler's own module
// resolution (no dependency of its own: the repository has no madge, dpdm or
// dependency-cruiser, and typescript is already here). A type-only import counts:
// it ties the two files' designs together as much as a value import does, and a
// later `import` of a value would turn it into a circle node sees at run time.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import * as ts from "typescript";

/** Every .ts file under `dirs` (declarations and `templates/` folders, which are scaffolding text, left out). */
export function sourceFiles(root: string, dirs: readonly string[]): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== "templates" && name !== "node_modules") walk(path);
      } else if (name.endsWith(".ts") && !name.endsWith(".d.ts")) {
        found.push(path);
      }
    }
  };
  for (const dir of dirs) walk(resolve(root, dir));
  return found;
}

/**
 * The import graph of `files`: each file to the files of the set it imports or
 * re-exports (modules outside the set, such as packages and .gen/, are left out:
 * a circle must pass through the set to be ours).
 */
export function importGraph(files: readonly string[]): Map<string, string[]> {
  const inSet = new Set(files.map((f) => resolve(f)));
  const options: ts.CompilerOptions = { module: ts.ModuleKind.CommonJS, moduleResolution: ts.ModuleResolutionKind.Node10, allowJs: false };
  const graph = new Map<string, string[]>();
  for (const file of inSet) {
    // require() and import() calls count too: a circle at run time is one whatever its syntax.
    const info = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
    const targets = new Set<string>();
    for (const ref of info.importedFiles) {
      const resolved = ts.resolveModuleName(ref.fileName, file, options, ts.sys).resolvedModule;
      const target = resolved && resolve(resolved.resolvedFileName);
      if (target && inSet.has(target) && target !== file) targets.add(target);
    }
    graph.set(file, [...targets].sort());
  }
  return graph;
}

/**
 * The import circles of `graph`: each strongly connected component of more than one
 * file (Tarjan's algorithm), shown as one circle through it, paths relative to `root`.
 */
export function importCycles(graph: ReadonlyMap<string, readonly string[]>, root: string): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) components.push(component);
    }
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return components.map((component) => circleThrough(graph, new Set(component)).map((f) => relative(root, f)));
}

/** One circle through a component: from its first file, the shortest way back to it (breadth first). */
function circleThrough(graph: ReadonlyMap<string, readonly string[]>, component: ReadonlySet<string>): string[] {
  const start = [...component].sort()[0];
  const cameFrom = new Map<string, string>();
  const queue = [start];
  while (queue.length) {
    const v = queue.shift()!;
    for (const w of graph.get(v) ?? []) {
      if (!component.has(w)) continue;
      if (w === start) {
        const path = [start];
        for (let at = v; at !== start; at = cameFrom.get(at)!) path.splice(1, 0, at);
        return [...path, start];
      }
      if (!cameFrom.has(w)) {
        cameFrom.set(w, v);
        queue.push(w);
      }
    }
  }
  return [...component].sort();
}

if (require.main === module) {
  const root = resolve(__dirname, "..");
  const cycles = importCycles(importGraph(sourceFiles(root, ["constructs", "cli"])), root);
  for (const c of cycles) console.log(c.join(" -> "));
  process.exitCode = cycles.length ? 1 : 0;
}
