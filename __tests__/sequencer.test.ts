// The order `npm test` starts files in: the longest first by support/durations.json,
// unknown files as short, ties in path order; the same order every run.
import { join } from "node:path";

// eslint-disable-next-line @typescript-eslint/no-var-requires
const LongestFirst = require("./support/sequencer.js");
const durations = require("./support/durations.json") as Record<string, number>;

const ROOT = join(__dirname, "..");
const file = (rel: string) => ({ path: join(ROOT, rel), context: {} as any });

test("longest first, unknown files last in path order", () => {
  const sequencer = new LongestFirst({ contexts: [], globalConfig: {} as any });
  const tests = ["__tests__/b-new.test.ts", "__tests__/e2e/drift.e2e.test.ts", "__tests__/a-new.test.ts",
    "__tests__/e2e/cloud-init-guest.e2e.test.ts", "__tests__/e2e/linux-lab.e2e.test.ts"].map(file);
  const order = sequencer.sort(tests).map((t: { path: string }) => t.path.slice(ROOT.length + 1));
  expect(order).toEqual(["__tests__/e2e/cloud-init-guest.e2e.test.ts", "__tests__/e2e/drift.e2e.test.ts",
    "__tests__/e2e/linux-lab.e2e.test.ts", "__tests__/a-new.test.ts", "__tests__/b-new.test.ts"]);
  expect(sequencer.sort([...tests].reverse()).map((t: { path: string }) => t.path)).toEqual(sequencer.sort(tests).map((t: { path: string }) => t.path));
});

test("every file durations.json names exists", () => {
  const { existsSync } = require("node:fs");
  expect(Object.keys(durations).filter((rel) => !existsSync(join(ROOT, rel)))).toEqual([]);
});
