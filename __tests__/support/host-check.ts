// The whole-host residue check of a jest run: `save FILE` before the first test file,
// `compare FILE` after the last (jest's global setup and teardown, host-check.js).
// Test files run side by side, so each compares only the entries of its own names
// (residue.ts `difference(..., own)`); this check sees everything, whatever its name,
// and the forwarding switch: the run as a whole must leave the host as it found it.
// Exits 1 naming what was added or removed.
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { difference, HostState, hostState } from "./residue";

/**
 * What may stay once a run is over, by design: the test guest image the e2e files
 * build (a cache, rebuilt only when its script changes), and the host-wide folders
 * the provider keeps for every lab of the machine (boot-time restore records with the
 * binary the boot unit runs, DHCP lease files, the SSH agent's binary).
 */
const KEPT = new Set(["/var/lib/hyperlab", "/var/lib/hyperlab/guest", "/var/lib/hyperlab/restore", "/var/lib/hyperlab/dhcp", "/var/lib/hyperlab/agent"]);

function main(argv: string[]): number {
  const [verb, file] = argv;
  if (verb === "save" && file) {
    writeFileSync(file, JSON.stringify(hostState()));
    return 0;
  }
  if (verb === "compare" && file) {
    if (!existsSync(file)) {
      process.stderr.write(`[host-check] ${file} is missing: the global setup did not run\n`);
      return 1;
    }
    const before = JSON.parse(readFileSync(file, "utf8")) as HostState;
    rmSync(file, { force: true });
    const diff = difference(before, hostState());
    if (diff.files) {
      diff.files.added = diff.files.added.filter((f) => !KEPT.has(f));
      if (diff.files.added.length === 0 && diff.files.removed.length === 0) delete diff.files;
    }
    if (Object.keys(diff).length === 0) return 0;
    process.stderr.write(`[host-check] the run did not leave the host as it found it (added/removed since before the first test file):\n` +
      `${JSON.stringify(diff, null, 2)}\n`);
    return 1;
  }
  process.stderr.write("usage: host-check.ts save|compare FILE\n");
  return 2;
}

process.exitCode = main(process.argv.slice(2));
