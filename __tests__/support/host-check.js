// jest's global setup and teardown for `npm test`: the whole-host residue check
// (host-check.ts) around the run. Plain JavaScript, as jest loads global hooks; the
// check itself runs under tsx. Only when root, as the e2e tests themselves: a unit
// run by a developer without root reads nothing of the host.
"use strict";
const { spawnSync } = require("node:child_process");
const { join } = require("node:path");

const ROOT = join(__dirname, "..", "..");
const FILE = join(require("node:os").tmpdir(), `hyperlab-host-check-${process.pid}.json`);

function hostCheck(verb) {
  if (process.getuid && process.getuid() !== 0) return;
  const r = spawnSync(join(ROOT, "node_modules", ".bin", "tsx"), [join(__dirname, "host-check.ts"), verb, FILE], { encoding: "utf8", stdio: ["ignore", "inherit", "pipe"] });
  if (r.status !== 0) throw new Error(`host check (${verb}) failed:\n${r.stderr || r.error}`);
}

module.exports = { setup: async () => hostCheck("save"), teardown: async () => hostCheck("compare") };
