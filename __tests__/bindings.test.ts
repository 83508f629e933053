// The committed bindings are exactly what `npm run get` makes from the committed
// schemas: nobody edited .gen/ by hand, and regeneration needs no network.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { run } from "./support/engine";

const ROOT = join(__dirname, "..");

function tree(dir: string): Record<string, string> {
  const walk = (d: string): string[] =>
    readdirSync(d).sort().flatMap((e) => (statSync(join(d, e)).isDirectory() ? walk(join(d, e)) : [join(d, e)]));
  return Object.fromEntries(walk(dir).map((f) => [relative(dir, f), readFileSync(f, "utf8")]));
}

test("npm run get regenerates .gen/ byte for byte from tools/schemas/", () => {
  const out = mkdtempSync(join(tmpdir(), "hyperlab-gen-"));
  try {
    run(join(ROOT, "node_modules", ".bin", "tsx"), [join(ROOT, "tools", "generate-bindings.ts"), out], { cwd: ROOT });
    const regenerated = tree(join(out, ".gen"));
    expect(Object.keys(regenerated).length).toBeGreaterThan(10);
    expect(regenerated).toEqual(tree(join(ROOT, ".gen")));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
