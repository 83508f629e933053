// Sweeps every prop of every construct (read from the TypeScript sources, so props
// and constructs added later are swept too) with hostile and wrong-typed values.
// Each value must be refused with a ValidationError or ConfigurationError that
// names a construct path, or, where accepted, reach the synthesized JSON without
// an unescaped Terraform template, and never as an option of a host tool.
import { join } from "node:path";
import { describeValue } from "../constructs/core/errors";
import { constructSchemas, PropPath } from "./support/props-schema";
import { BASELINES, KEY, MARK, problem } from "./support/sweep";


/** Hostile text: shell, template and option injection, control characters, sizes. */
const STRINGS = [
  `x;touch /tmp/${MARK}`, `$(touch /tmp/${MARK})`, `\`touch /tmp/${MARK}\``, `a'b"c ${MARK}`, `x\ntouch /tmp/${MARK}`,
  `x\${file("/etc/${MARK}")}`, `x%{ if true }${MARK}%{ endif }`, `$\${${MARK}}`, `--${MARK}`, `-o${MARK}`, `-`,
  `${MARK}\u0000`, `\u001b[2J${MARK}`, `${MARK}`.repeat(20000), "", " ", "..", "/", `../../${MARK}`, `${MARK}\u202e`,
  `${KEY} x\${file("/etc/${MARK}")}`, `qemu+ssh://-o${MARK}/system`, `10.40.0.7;${MARK}`,
];
/** Wrong types and awkward numbers, as JSON/YAML or JavaScript callers can pass them. */
const OTHERS: unknown[] = [
  null, true, 0, -1, 1.5, NaN, Infinity, -Infinity, 2 ** 53, -0, Symbol(MARK), BigInt(1), {}, [], [null], [`x;${MARK}`],
  { toString: (() => { let n = 0; return () => (n++ ? `x;${MARK}` : "ok"); })() }, () => MARK,
];

const ROOT = join(__dirname, "..");
const schemas = constructSchemas(ROOT);

test("the props of every construct are read from the sources, and each construct has a baseline to sweep", () => {
  expect(schemas.map((s) => s.name)).toEqual(Object.keys(BASELINES).sort());
  const kvm = schemas.find((s) => s.name === "KvmGuest")!.props.map((p) => p.path);
  expect(kvm).toEqual(expect.arrayContaining(["description", "nics[].address", "nics[].tap", "cloudInit.sshKeys", "kernelBoot.cmdline",
    "cpuMode", "machine", "firmware", "graphics", "shutdownTimeoutSeconds", "waitFor.address", "waitFor.tcpPort", "waitFor.agent"]));
});

describe.each(schemas)("$name", ({ name, props }) => {
  test(`every prop refuses or safely takes ${STRINGS.length + OTHERS.length} hostile values`, () => {
    const problems: string[] = [];
    for (const baseline of BASELINES[name]) {
      for (const prop of props) {
        for (const value of valuesFor(prop)) {
          const found = problem(baseline, prop.path, value);
          if (found) problems.push(`${prop.path} = ${describeValue(value)}: ${found}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

function valuesFor(prop: PropPath): unknown[] {
  // Lists also get hostile entries; every prop gets every value, whatever its type.
  const inLists = prop.kind === "string[]" || prop.kind === "object" ? STRINGS.slice(0, 12).map((s) => [s]) : [];
  return [...STRINGS, ...OTHERS, ...inLists];
}
