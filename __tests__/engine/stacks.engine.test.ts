// Every stack under stacks/ against the pinned engine and the real provider
// schemas: init + validate, and a plan under the engine's own test framework
// with the libvirt provider mocked (nothing is created).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { App } from "cdktf";
import { LabStack } from "../../stacks/lab-stack";
import { LinuxLabStack } from "../../stacks/linux-lab-stack";
import { tofu } from "../support/engine";

const STACKS = [
  { name: "lab", make: (app: App) => new LabStack(app, "lab") },
  { name: "linux-lab", make: (app: App) => new LinuxLabStack(app, "linux-lab") },
];

function synthToDisk(make: (app: App) => void): { outdir: string; dir: (stack: string) => string } {
  const outdir = mkdtempSync(join(tmpdir(), "hyperlab-synth-"));
  const app = new App({ outdir });
  make(app);
  app.synth();
  return { outdir, dir: (stack) => join(outdir, "stacks", stack) };
}

describe.each(STACKS)("stack $name", ({ name, make }) => {
  let outdir: string;
  let dir: string;
  beforeAll(() => {
    const s = synthToDisk(make);
    outdir = s.outdir;
    dir = s.dir(name);
    tofu(dir, ["init", "-input=false", "-no-color"]);
  });
  afterAll(() => rmSync(outdir, { recursive: true, force: true }));

  test("passes validate on the pinned engine with the real providers", () => {
    const result = JSON.parse(tofu(dir, ["validate", "-json", "-no-color"]).stdout);
    expect(result.diagnostics).toEqual([]);
    expect(result.valid).toBe(true);
  });

  test("plans under `tofu test` with the libvirt provider mocked, with the attributes it synthesized", () => {
    const json = JSON.parse(readFileSync(join(dir, "cdk.tf.json"), "utf8"));
    const asserts = Object.entries<any>(json.resource.libvirt_domain ?? {}).map(([key, d]) => `
  assert {
    condition     = libvirt_domain.${key}.name == "${d.name}" && libvirt_domain.${key}.vcpu == ${d.vcpu} && libvirt_domain.${key}.memory == ${d.memory}
    error_message = "domain ${d.name} planned with other settings than synthesized"
  }`);
    expect(asserts.length).toBeGreaterThan(0);
    writeFileSync(join(dir, "plan.tftest.hcl"), `mock_provider "libvirt" {}\n\nrun "plan" {\n  command = plan\n${asserts.join("\n")}\n}\n`);
    const out = tofu(dir, ["test", "-no-color"]).stdout;
    expect(out).toMatch(/run "plan"\.\.\. pass/);
    expect(out).toMatch(/1 passed, 0 failed/);
  });
});
