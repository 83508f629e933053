// Builds the package's lib/ (run by `npm run build`, and by prepack, so `npm pack`
// always ships a fresh build): tsc compiles constructs/, l1/, the generated
// bindings in .gen/ and cli/ with declarations, then every `require("cdktf")`
// in the output is pointed at lib/constructs/core/cdk-library.js, which loads
// the core library the user's app runs on (cdktf or CDK Terrain), and every
// import of cdktf's types in a .d.ts at cdk-library.d.ts, which re-exports the
// types of whichever of the two the project has (the other does not resolve,
// and a project's skipLibCheck, as cdktf's template sets it, passes over that).
import { spawnSync } from "node:child_process";
import { chmodSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";

const ROOT = join(__dirname, "..");
const LIB = join(ROOT, "lib");
const SHIM = join(LIB, "constructs", "core", "cdk-library.js");

const SHIM_TYPES = SHIM.replace(/\.js$/, ".d.ts");

function filesEndingIn(dir: string, suffix: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? filesEndingIn(path, suffix) : path.endsWith(suffix) ? [path] : [];
  });
}
const jsFiles = (dir: string) => filesEndingIn(dir, ".js");

/** The shim's module specifier as seen from `file`. */
function shimFrom(file: string): string {
  const target = relative(dirname(file), SHIM).replace(/\.js$/, "");
  return target.startsWith(".") ? target : `./${target}`;
}

rmSync(LIB, { recursive: true, force: true });
const tsc = spawnSync(join(ROOT, "node_modules", ".bin", "tsc"), ["-p", join(ROOT, "tsconfig.build.json")], { stdio: "inherit" });
if (tsc.status !== 0) process.exit(tsc.status ?? 1);

let rewritten = 0;
const rewrite = (file: string, pattern: RegExp, to: (spec: string) => string) => {
  const text = readFileSync(file, "utf8");
  const out = text.replace(pattern, () => to(JSON.stringify(shimFrom(file))));
  if (out !== text) {
    writeFileSync(file, out);
    rewritten++;
  }
};
for (const file of jsFiles(LIB)) if (file !== SHIM) rewrite(file, /require\((["'])cdktf\1\)/g, (spec) => `require(${spec})`);
for (const file of filesEndingIn(LIB, ".d.ts")) if (file !== SHIM_TYPES) rewrite(file, /from (["'])cdktf\1/g, (spec) => `from ${spec}`);
writeFileSync(SHIM_TYPES, [
  "// The CDK core library's types: cdktf's or CDK Terrain's (cdktn), whichever the",
  "// project has; the other one does not resolve and adds nothing.",
  'export * from "cdktf";',
  'export * from "cdktn";',
  "",
].join("\n"));
const leftover = [...jsFiles(LIB), ...filesEndingIn(LIB, ".d.ts")]
  .filter((f) => f !== SHIM && f !== SHIM_TYPES && /require\(["']cdktf["']\)|from ["']cdktf["']/.test(readFileSync(f, "utf8")));
if (leftover.length) throw new Error(`still naming cdktf directly: ${leftover.join(", ")}`);
chmodSync(join(LIB, "cli", "main.js"), 0o755);
console.log(`lib/: ${jsFiles(LIB).length} modules, ${rewritten} files pointed at the CDK library the app uses`);
