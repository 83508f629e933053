// The committed provider schemas (tools/schemas/, from which `npm run get` makes
// .gen/) are what the providers built into the mirror report: a change to the
// hyperlab provider's schema that was not captured fails here.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "../support/engine";

const ROOT = join(__dirname, "..", "..");

test.each([["hyperlab/hyperlab", "0.1.0"], ["telmate/proxmox", "3.0.2-rc07"]])("the committed schema of %s %s is the built provider's", (source, version) => {
  const dir = mkdtempSync(join(tmpdir(), "hyperlab-schema-"));
  try {
    const out = join(dir, "schema.json");
    run("bash", [join(ROOT, "tools", "capture-schema.sh"), source, version, out]);
    const committed = readFileSync(join(ROOT, "tools", "schemas", `${source.split("/")[1]}.json`), "utf8");
    expect(readFileSync(out, "utf8")).toBe(committed);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
