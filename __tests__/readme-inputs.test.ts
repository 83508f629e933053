// The input-rules table (docs/input-rules.md, linked from the README) names every string
// prop of every construct (read from the sources, as the sweeps read them), says whether
// it is validated or escaped, and where it lands: a prop added later fails here until the
// table says so.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { constructSchemas } from "./support/props-schema";

const ROOT = join(__dirname, "..");
const RULES = "docs/input-rules.md";
const page = readFileSync(join(ROOT, RULES), "utf8");
const start = page.indexOf("\n## Every string prop");
const section = start < 0 ? "" : page.slice(start, page.indexOf("\n## ", start + 1) < 0 ? undefined : page.indexOf("\n## ", start + 1));
const rows = new Map([...section.matchAll(/^\| `([A-Za-z]+\.[A-Za-z0-9_.[\]]+)` \| ([^|]+) \| (.+) \|$/gm)].map((m) => [m[1], { kind: m[2], lands: m[3] }]));

test(`the table is in ${RULES}, under "Every string prop", and the README links to it`, () => {
  expect(section.length).toBeGreaterThan(0);
  expect(rows.size).toBeGreaterThan(50);
  expect(readFileSync(join(ROOT, "README.md"), "utf8")).toContain(`](${RULES})`);
});

const stringProps = constructSchemas(ROOT).flatMap((s) =>
  s.props.filter((p) => p.kind === "string" || p.kind === "string[]").map((p) => `${s.name}.${p.path}`));

test.each(stringProps)("%s has a row saying validated or escaped, and where it lands", (prop) => {
  const row = rows.get(prop);
  expect(row).toBeDefined();
  expect(row!.kind).toMatch(/^(validated|escaped)/);
  expect(row!.lands.trim().length).toBeGreaterThan(3);
});

test("the table names no prop the constructs do not have", () => {
  expect([...rows.keys()].filter((p) => !stringProps.includes(p))).toEqual([]);
});
