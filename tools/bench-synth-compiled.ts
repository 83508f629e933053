// `npm run bench` (second part): the synth benchmark of tools/bench-synth.ts run
// as a user's compiled app runs it: the constructs, the generated bindings and
// that script compiled with the package's own tsconfig.build.json (tsc, no source
// maps) into a scratch folder of this checkout, then run under plain node, not
// tsx. The same ratio against the floor, measured in the same node process.
// Usage: tsx tools/bench-synth-compiled.ts [networks] [guestsPerNetwork]
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(__dirname, "..");
// Inside the checkout: the compiled constructs find the package's data files
// (package.json and what sits beside it) above them, as in an installed package.
mkdirSync(join(ROOT, "scratch"), { recursive: true });
const dir = mkdtempSync(join(ROOT, "scratch", "bench-compiled-"));
try {
  const out = join(dir, "out");
  writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({
    extends: join(ROOT, "tsconfig.build.json"),
    compilerOptions: { outDir: out, rootDir: ROOT, declaration: false, typeRoots: [join(ROOT, "node_modules", "@types")] },
    include: ["constructs/**/*.ts", "l1/**/*.ts", ".gen/**/*.ts", "tools/bench-synth.ts"].map((g) => join(ROOT, g)),
  }));
  const tsc = spawnSync(join(ROOT, "node_modules", ".bin", "tsc"), ["-p", join(dir, "tsconfig.json")], { stdio: "inherit" });
  if (tsc.status !== 0) throw new Error(`tsc exited ${tsc.status}`);
  symlinkSync(join(ROOT, "node_modules"), join(out, "node_modules"));
  const run = spawnSync(process.execPath, [join(out, "tools", "bench-synth.js"), ...process.argv.slice(2)],
    { stdio: ["ignore", "pipe", "inherit"], encoding: "utf8" });
  process.stdout.write(run.stdout);
  if (run.status !== 0) throw new Error(`node ${join(out, "tools", "bench-synth.js")} exited ${run.status}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
