// Issue 30: drift (and review, adopt) synthesize only when the code changed
// since the last synth, decided by the digest of the synth's inputs.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findProject } from "../cli/project";
import { DIGEST_FILE, synthIfChanged } from "../cli/synth-cache";
import { needsInit } from "../cli/stack-plan";

let root: string;
let runs: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "hyperlab-synth-cache-"));
  runs = join(root, "..", `${root.split("/").pop()}.runs`);
  // An app that writes a manifest and counts its runs outside the project.
  writeFileSync(join(root, "cdktf.json"), JSON.stringify({ app: `sh app.sh`, output: "out" }));
  writeFileSync(join(root, "app.sh"), `set -e\nmkdir -p "$CDKTF_OUTDIR"\necho '{"stacks":{}}' > "$CDKTF_OUTDIR/manifest.json"\necho run >> ${runs}\n[ ! -e fail ]\n`);
  writeFileSync(join(root, "main.ts"), "// v1\n");
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(runs, { force: true });
});
const count = () => (existsSync(runs) ? readFileSync(runs, "utf8").split("\n").filter(Boolean).length : 0);

test("the app runs again only when a file, the settings or the environment it reads changed", () => {
  const env = { HYPERLAB_STATE: "local" };
  expect(synthIfChanged(findProject(root), env)).toBe(true);
  expect(synthIfChanged(findProject(root), env)).toBe(false);
  // What the engines and deploys write is not code.
  mkdirSync(join(root, "out", "stacks", "lab", ".terraform"), { recursive: true });
  writeFileSync(join(root, "out", "stacks", "lab", "cdk.tf.json"), "{}");
  writeFileSync(join(root, "terraform.lab.tfstate"), "{}");
  mkdirSync(join(root, "node_modules", "x"), { recursive: true });
  writeFileSync(join(root, "node_modules", "x", "index.js"), "");
  expect(synthIfChanged(findProject(root), env)).toBe(false);
  expect(count()).toBe(1);
  // The code.
  writeFileSync(join(root, "main.ts"), "// v2\n");
  expect(synthIfChanged(findProject(root), env)).toBe(true);
  // The installed packages.
  writeFileSync(join(root, "node_modules", ".package-lock.json"), "{}");
  expect(synthIfChanged(findProject(root), env)).toBe(true);
  // The environment the app reads.
  expect(synthIfChanged(findProject(root), { HYPERLAB_STATE: "pg" })).toBe(true);
  // The project's settings.
  writeFileSync(join(root, "cdktf.json"), JSON.stringify({ app: `sh app.sh`, output: "out", context: { a: 1 } }));
  expect(synthIfChanged(findProject(root), { HYPERLAB_STATE: "pg" })).toBe(true);
  expect(synthIfChanged(findProject(root), { HYPERLAB_STATE: "pg" })).toBe(false);
  expect(count()).toBe(5);
});

test("a synth that fails leaves no digest: the next run synthesizes", () => {
  expect(synthIfChanged(findProject(root), {})).toBe(true);
  writeFileSync(join(root, "fail"), "");
  expect(() => synthIfChanged(findProject(root), {})).toThrow(/synth failed/);
  expect(existsSync(join(root, "out", DIGEST_FILE))).toBe(false);
  rmSync(join(root, "fail"));
  expect(synthIfChanged(findProject(root), {})).toBe(true);
  expect(count()).toBe(3);
});

test("a stack is initialized again only when it never was or a provider it requires is not installed for the engine", () => {
  const dir = join(root, "stack");
  const env = { HYPERLAB_REGISTRY_HOST: "tofu.example", HYPERLAB_TERRAFORM_REGISTRY_HOST: "tf.example", HYPERLAB_ENGINE: "tofu" };
  mkdirSync(dir);
  writeFileSync(join(dir, "cdk.tf.json"), JSON.stringify({ terraform: { required_providers: { hyperlab: { source: "hyperlab/hyperlab", version: "0.1.0" } } } }));
  expect(needsInit(dir, env)).toBe(true);
  mkdirSync(join(dir, ".terraform", "providers", "tofu.example", "hyperlab", "hyperlab", "0.1.0"), { recursive: true });
  expect(needsInit(dir, env)).toBe(false);
  expect(needsInit(dir, { ...env, HYPERLAB_ENGINE: "terraform" })).toBe(true);
  writeFileSync(join(dir, "cdk.tf.json"), JSON.stringify({ terraform: { required_providers: { hyperlab: { source: "hyperlab/hyperlab", version: "0.2.0" } } } }));
  expect(needsInit(dir, env)).toBe(true);
});
