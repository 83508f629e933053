// Fills the npm cache with what the consumer test's apps install
// (__tests__/consumer/kinds.ts), for a run that has no network afterwards
// (tools/fresh-machine.sh runs npm test in a network namespace of its own). The
// test installs with --prefer-offline, so it then finds everything in the cache.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { KINDS, NPM_FLAGS } from "../__tests__/consumer/kinds";

for (const kind of KINDS) {
  const dir = mkdtempSync(join(tmpdir(), `hyperlab-warm-${kind.name}-`));
  try {
    writeFileSync(join(dir, "package.json"), JSON.stringify({ name: kind.name, version: "1.0.0", private: true }));
    for (const specs of [kind.dependencies, kind.devDependencies]) {
      const r = spawnSync("npm", ["install", ...NPM_FLAGS, ...specs], { cwd: dir, stdio: "inherit" });
      if (r.status !== 0) throw new Error(`npm install ${specs.join(" ")} failed for ${kind.name}`);
    }
    console.log(`[warm] npm cache holds what the ${kind.name} app installs`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
