// Builds the package's lib/ (run by `npm run build`, and by prepack, so `npm pack`
// always ships a fresh build): tsc compiles constructs/, l1/, the generated
// bindings in .gen/ and cli/ with declarations, then every `require("cdktf")`
// in the output is pointed at lib/constructs/core/cdk-library.js, which loads
// the core library the user's app runs on (cdktf or CDK Terrain). The .d.ts
// files keep naming cdktf's types: CDK Terrain ships the same ones.
import { spawnSync } from "node:child_process";
import { chmodSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";

const ROOT = join(__dirname, "..");
const LIB = join(ROOT, "lib");
const SHIM = join(LIB, "constructs", "core", "cdk-library.js");

function jsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? jsFiles(path) : path.endsWith(".js") ? [path] : [];
  });
}

rmSync(LIB, { recursive: true, force: true });
const tsc = spawnSync(join(ROOT, "node_modules", ".bin", "tsc"), ["-p", join(ROOT, "tsconfig.build.json")], { stdio: "inherit" });
if (tsc.status !== 0) process.exit(tsc.status ?? 1);

let rewritten = 0;
for (const file of jsFiles(LIB)) {
  if (file === SHIM) continue;
  const text = readFileSync(file, "utf8");
  let target = relative(dirname(file), SHIM).replace(/\.js$/, "");
  if (!target.startsWith(".")) target = `./${target}`;
  const out = text.replace(/require\((["'])cdktf\1\)/g, () => `require(${JSON.stringify(target)})`);
  if (out !== text) {
    writeFileSync(file, out);
    rewritten++;
  }
}
const leftover = jsFiles(LIB).filter((f) => f !== SHIM && /require\(["']cdktf["']\)/.test(readFileSync(f, "utf8")));
if (leftover.length) throw new Error(`still requiring cdktf directly: ${leftover.join(", ")}`);
chmodSync(join(LIB, "cli", "main.js"), 0o755);
console.log(`lib/: ${jsFiles(LIB).length} modules, ${rewritten} pointed at the CDK library the app uses`);
