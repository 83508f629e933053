// Reads `go test -json` on stdin and prints what `go test` (not -v) would have
// printed, as it comes: each package's closing line ("ok", "FAIL"), and the whole
// output of a test that fails ("--- FAIL" included) or never ended; then the
// slowest tests with their times. Used by tools/test-provider.sh. Exits 0: go
// test's own exit status is the verdict.
"use strict";
const { createInterface } = require("node:readline");

const SHOWN = Number(process.argv[2] ?? 15);
const tests = [];
/** Output of each test still running, by package and name: shown only if it fails. */
const pending = new Map();
const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
rl.on("line", (line) => {
  let e;
  try {
    e = JSON.parse(line);
  } catch {
    process.stdout.write(`${line}\n`); // not an event (e.g. a build error): as it came
    return;
  }
  const key = `${e.Package} ${e.Test}`;
  if (typeof e.Output === "string") {
    if (e.Test) pending.set(key, (pending.get(key) ?? "") + e.Output);
    else if (e.Output !== "PASS\n") process.stdout.write(e.Output);
  }
  if (e.Test && ["pass", "fail", "skip"].includes(e.Action)) {
    if (e.Action === "fail") process.stdout.write(pending.get(key) ?? "");
    pending.delete(key);
    if (!e.Test.includes("/")) tests.push({ name: e.Test, pkg: e.Package ?? "", action: e.Action, seconds: e.Elapsed ?? 0 });
  }
});
rl.on("close", () => {
  for (const output of pending.values()) process.stdout.write(output); // tests that never ended (a timeout, a crash)
  tests.sort((a, b) => b.seconds - a.seconds);
  const total = tests.reduce((sum, t) => sum + t.seconds, 0);
  const lines = tests.slice(0, SHOWN).map((t) =>
    `${t.seconds.toFixed(1).padStart(8)} s  ${t.action.padEnd(4)}  ${t.name}  (${t.pkg.replace(/^.*\/internal\//, "internal/")})`);
  // How many passed, were skipped and failed: a count that drops after a change
  // (a test package no longer built, a test renamed away) shows here.
  const count = (action) => tests.filter((t) => t.action === action).length;
  process.stdout.write(`\ngo test: ${tests.length} tests, ${count("pass")} passed, ${count("skip")} skipped, ` +
    `${count("fail")} failed; the ${Math.min(SHOWN, tests.length)} slowest (${total.toFixed(0)} s in all):\n${lines.join("\n")}\n`);
});
