// CONTRIBUTING.md's Layout names every directory the repository tracks at the top,
// every package under provider/internal and every folder of constructs/: a directory
// added (or a package split out) fails here until the Layout says what it holds.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(__dirname, "..");
const contributing = readFileSync(join(ROOT, "CONTRIBUTING.md"), "utf8");
const at = contributing.indexOf("\n## Layout");
const layout = at < 0 ? "" : (/```\n([\s\S]*?)```/.exec(contributing.slice(at))?.[1] ?? "");
const tracked = execFileSync("git", ["ls-files"], { cwd: ROOT, encoding: "utf8" }).split("\n").filter(Boolean);
const dirsAt = (prefix: string, depth: number) =>
  [...new Set(tracked.filter((f) => f.startsWith(prefix) && f.split("/").length > depth + 1).map((f) => f.split("/")[depth]!))].sort();

test("the Layout block is there", () => {
  expect(layout.split("\n").length).toBeGreaterThan(20);
});

test.each(dirsAt("", 0))("top-level %s/ is in the Layout", (dir) => {
  expect(layout).toMatch(new RegExp(`^${dir.replace(/\./g, "\\.")}/`, "m"));
});

test.each(dirsAt("provider/internal/", 2))("provider/internal/%s is in the Layout", (pkg) => {
  expect(layout).toMatch(new RegExp(`internal/${pkg}\\b`));
});

test.each(dirsAt("constructs/", 1))("constructs/%s/ is in the Layout", (dir) => {
  expect(layout).toContain(`${dir}/`);
});
