// Fills the npm cache with what the consumer test's apps install
// (__tests__/consumer/kinds.ts), for a run that has no network afterwards
// (tools/fresh-machine.sh runs npm test in a network namespace of its own). The
// test installs with --prefer-offline, so it then finds everything in the cache.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { KINDS, NPM_FLAGS } from "../__tests__/consumer/kinds";

// The packed package's own dependencies and its optional peer pg: npm reads their
// metadata when it installs the tarball, so they must be in the cache too (the
// apps' installs above do not name them; on a machine whose npm cache never saw
// them, every install of the tarball failed offline with EAI_AGAIN).
const pkg = JSON.parse(readFileSync(join(__dirname, "..", "package.json"), "utf8"));
const ownSpecs = [
  ...Object.entries<string>(pkg.dependencies ?? {}).map(([name, version]) => `${name}@${version}`),
  `pg@${pkg.peerDependencies.pg}`,
];

for (const kind of [...KINDS, { name: "package-dependencies", dependencies: ownSpecs, devDependencies: [] as string[] }]) {
  const dir = mkdtempSync(join(tmpdir(), `hyperlab-warm-${kind.name}-`));
  try {
    writeFileSync(join(dir, "package.json"), JSON.stringify({ name: kind.name, version: "1.0.0", private: true }));
    for (const specs of [kind.dependencies, kind.devDependencies].filter((s) => s.length > 0)) {
      const r = spawnSync("npm", ["install", ...NPM_FLAGS, ...specs], { cwd: dir, stdio: "inherit" });
      if (r.status !== 0) throw new Error(`npm install ${specs.join(" ")} failed for ${kind.name}`);
    }
    console.log(`[warm] npm cache holds what the ${kind.name} app installs`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
