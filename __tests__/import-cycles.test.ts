// No import circle in constructs/ or cli/ (issue 31): each guest kind's spec module is
// imported by its construct and its backends and imports neither. The checker
// (tools/import-cycles.ts, the compiler's own module resolution) is proved on
// fixtures first: it must find a circle made of a type-only import, and none in the
// same files without it.
import { join } from "node:path";
import { importCycles, importGraph, sourceFiles } from "../tools/import-cycles";

const ROOT = join(__dirname, "..");
const FIXTURES = join(__dirname, "fixtures", "import-cycles");

test("the checker finds a circle, even through a type-only import", () => {
  const files = sourceFiles(FIXTURES, ["circle"]);
  expect(files).toHaveLength(3);
  // backend -> spec (a type) -> guest (a type) -> backend: the circle kvm-libvirt.ts made with kvm-guest.ts.
  expect(importCycles(importGraph(files), FIXTURES)).toEqual([["circle/backend.ts", "circle/spec.ts", "circle/guest.ts", "circle/backend.ts"]]);
});

test("the checker finds a circle made by a require() call", () => {
  expect(importCycles(importGraph(sourceFiles(FIXTURES, ["required"])), FIXTURES)).toEqual([["required/backend.ts", "required/host.ts", "required/backend.ts"]]);
});

test("the checker finds no circle where there is none", () => {
  const files = sourceFiles(FIXTURES, ["line"]);
  const graph = importGraph(files);
  // The edges are seen (so an empty answer is not an empty graph).
  expect(graph.get(join(FIXTURES, "line", "guest.ts"))).toEqual([join(FIXTURES, "line", "backend.ts"), join(FIXTURES, "line", "spec.ts")]);
  expect(importCycles(graph, FIXTURES)).toEqual([]);
});

test("constructs/ and cli/ have no import circle", () => {
  const files = sourceFiles(ROOT, ["constructs", "cli"]);
  expect(files).toContain(join(ROOT, "constructs", "guests", "kvm-guest.ts"));
  expect(files).toContain(join(ROOT, "cli", "main.ts"));
  const graph = importGraph(files);
  // cli/ reaches constructs/ (the edges cross the two folders).
  expect(graph.get(join(ROOT, "constructs", "index.ts"))!.length).toBeGreaterThan(10);
  expect(importCycles(graph, ROOT)).toEqual([]);
});
