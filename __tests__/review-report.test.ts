// The plan summary for code review, on a plan that creates, updates, replaces and
// destroys, with a sensitive value and drift: its Markdown is the golden file
// beside the plan, and the sensitive value appears nowhere.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { reviewMarkdown, reviewSummary } from "../cli/review-report";

const FIXTURES = join(__dirname, "fixtures", "review");
const read = (name: string) => readFileSync(join(FIXTURES, name), "utf8");
const summary = reviewSummary("lab", JSON.parse(read("cdk.tf.json")), JSON.parse(read("plan.json")));

test("the Markdown is the golden one", () => {
  expect(reviewMarkdown(summary)).toBe(read("review.md"));
});

test("counts, grouping by construct and the warnings with their causes", () => {
  expect(summary.counts).toEqual({ create: 1, update: 3, replace: 1, destroy: 1 });
  expect(summary.groups.map((g) => g.construct)).toEqual(["lab/ct", "lab/db", "lab/kvm-tap", "lab/lan", "lab/old", "lab/web"]);
  expect(summary.warnings.map((w) => `${w.kind} ${w.constructPath}`)).toEqual([
    "data-loss lab/db/domain", "data-loss lab/old/disk",
    "new-address lab/db/domain", "new-address lab/ct/container",
    "nic-moves lab/db/domain",
    "reboot lab/ct/container", "reboot lab/web/vm",
  ]);
  expect(summary.warnings[0].message).toContain("replaced (forced by `nics.0.bridge`)");
  expect(summary.drift).toEqual([{ constructPath: "lab/lan/bridge", address: "hyperlab_bridge.lan_bridge", gone: false, attributes: [{ attribute: "mtu", expected: 1400, actual: 9000 }] }]);
});

test("a sensitive value reaches neither the Markdown nor the JSON", () => {
  expect(reviewMarkdown(summary)).not.toMatch(/Sentinel/);
  expect(JSON.stringify(summary)).not.toMatch(/Sentinel/);
  expect(reviewMarkdown(summary)).toContain("| cipassword | `\"(sensitive)\"` | `\"(sensitive)\"` |");
});

test("a plan with no changes says so in one line", () => {
  const md = reviewMarkdown(reviewSummary("lab", {}, { resource_changes: [], resource_drift: [] }));
  expect(md).toBe("### Plan for stack `lab`\n\n**No changes.**\nNo drift found by the refresh.\n");
});
