// A jest reporter for `npm test`: after jest's own summary, the slowest test
// files with their times, so a run that got slower says where. Plain JavaScript:
// jest loads reporters without transforming them.
"use strict";
const { relative } = require("node:path");

const SHOWN = 15;

class TimingReporter {
  constructor(globalConfig) {
    this.rootDir = globalConfig.rootDir;
  }

  onRunComplete(_contexts, results) {
    const files = results.testResults.map((r) => ({
      seconds: (r.perfStats.end - r.perfStats.start) / 1000,
      project: r.displayName ? r.displayName.name : "",
      file: relative(this.rootDir, r.testFilePath),
      status: r.testExecError || r.numFailingTests > 0 ? "FAIL" : "pass",
    }));
    files.sort((a, b) => b.seconds - a.seconds);
    const total = files.reduce((sum, f) => sum + f.seconds, 0);
    const lines = files.slice(0, SHOWN).map((f) =>
      `${f.seconds.toFixed(1).padStart(8)} s  ${f.status}  ${f.project.padEnd(8)} ${f.file}`);
    process.stdout.write(`\njest: the ${Math.min(SHOWN, files.length)} slowest of ${files.length} test files ` +
      `(${total.toFixed(0)} s in all):\n${lines.join("\n")}\n`);
    // HYPERLAB_DURATIONS_OUT=FILE: every file's seconds, as sequencer.js reads them
    // (support/durations.json), to refresh that list from a whole run.
    const out = process.env.HYPERLAB_DURATIONS_OUT;
    if (out) {
      const seconds = Object.fromEntries(files.map((f) => [f.file, Math.round(f.seconds)]));
      require("node:fs").writeFileSync(out, `${JSON.stringify(seconds, null, 2)}\n`);
    }
  }
}

module.exports = TimingReporter;
