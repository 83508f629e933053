// Each stack's .terraform.lock.hcl, written at synth from tools/provider-hashes.txt,
// is what both engines accept offline from the mirror, and a package that hashes
// otherwise is refused: what a provider build may be is recorded in the repo.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TerraformStack } from "cdktf";
import { BridgedNetwork, HyperlabApp, LinuxHost } from "../../constructs";
import { readProviderHashes } from "../../constructs/app/provider-locks";
import { Engine, engineEnv, run } from "../support/engine";

const recorded = readProviderHashes().find((h) => h.source === "hyperlab/hyperlab" && h.platform === "linux_amd64")!;

function synthLocked(outdir = mkdtempSync(join(tmpdir(), "hyperlab-lock-"))): { outdir: string; stackDir: string } {
  const saved = { ...process.env };
  Object.assign(process.env, engineEnv("tofu"));
  try {
    const app = new HyperlabApp({ outdir });
    const stack = new TerraformStack(app, "locked");
    new BridgedNetwork(stack, "lan", { host: new LinuxHost(stack, "host", { netns: "hl-lock-never" }), bridgeName: "hlbr9", cidr: "10.98.0.0/24" });
    app.synth();
  } finally {
    process.env = saved;
  }
  return { outdir, stackDir: join(outdir, "stacks", "locked") };
}

const init = (engine: Engine, dir: string, ok = [0]) =>
  run(engineEnv(engine).TERRAFORM_BINARY_NAME!, ["init", "-input=false", "-no-color"], { cwd: dir, env: { ...engineEnv(engine), TF_IN_AUTOMATION: "1" }, ok });

describe("provider lock files", () => {
  let outdir: string;
  let stackDir: string;
  beforeAll(() => ({ outdir, stackDir } = synthLocked()));
  afterAll(() => rmSync(outdir, { recursive: true, force: true }));

  test("synth writes the recorded hash under every engine's host and cdktf's", () => {
    const env = engineEnv("terraform");
    const lock = readFileSync(join(stackDir, ".terraform.lock.hcl"), "utf8");
    for (const host of new Set([env.HYPERLAB_REGISTRY_HOST, env.HYPERLAB_TERRAFORM_REGISTRY_HOST, env.HYPERLAB_CDKTF_REGISTRY_HOST])) {
      const block = lock.slice(lock.indexOf(`provider "${host}/hyperlab/hyperlab" {\n  version     = "0.1.0"\n  constraints = "0.1.0"\n  hashes = [\n`));
      // Every recorded platform's hash, in sorted order: this platform's among them.
      expect(block.slice(0, block.indexOf("]"))).toContain(`    "${recorded.hash}",\n`);
    }
    expect(recorded.hash).toMatch(/^h1:[A-Za-z0-9+/]{43}=$/);
  });

  test.each<Engine>(["tofu", "terraform"])("%s installs from the mirror against the lock file, offline", (engine) => {
    const dir = mkdtempSync(join(tmpdir(), "hyperlab-lock-init-"));
    try {
      for (const f of ["cdk.tf.json", ".terraform.lock.hcl"]) writeFileSync(join(dir, f), readFileSync(join(stackDir, f)));
      init(engine, dir);
      const after = readFileSync(join(dir, ".terraform.lock.hcl"), "utf8");
      const host = engine === "tofu" ? engineEnv().HYPERLAB_REGISTRY_HOST : engineEnv("terraform").HYPERLAB_TERRAFORM_REGISTRY_HOST;
      expect(after).toContain(`provider "${host}/hyperlab/hyperlab"`);
      expect(after).toContain(recorded.hash);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test.each<Engine>(["tofu", "terraform"])("%s refuses a provider package whose hash is not the recorded one", (engine) => {
    const dir = mkdtempSync(join(tmpdir(), "hyperlab-lock-bad-"));
    try {
      writeFileSync(join(dir, "cdk.tf.json"), readFileSync(join(stackDir, "cdk.tf.json")));
      const forged = `h1:${Buffer.alloc(32, 7).toString("base64")}`;
      writeFileSync(join(dir, ".terraform.lock.hcl"), readFileSync(join(stackDir, ".terraform.lock.hcl"), "utf8").split(recorded.hash).join(forged));
      const r = init(engine, dir, [1]);
      expect(r.stdout + r.stderr).toMatch(/hyperlab\/hyperlab[\s\S]*(does not match|checksum)/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

// Issue 30: a synth after init rewrote the lock file with every engine's
// address, and the engine that initialised the stack then refused to plan
// ("Required plugins are not installed ... registry.terraform.io/hyperlab/hyperlab")
// until it was initialised again.
describe("a new synth keeps an initialised stack plannable, with no init in between", () => {
  test.each<Engine>(["tofu", "terraform"])("%s plan, run bare after synth", (engine) => {
    const { outdir, stackDir } = synthLocked();
    try {
      init(engine, stackDir);
      synthLocked(outdir);
      const env: NodeJS.ProcessEnv = { ...engineEnv(engine), TF_IN_AUTOMATION: "1" };
      const r = run(env.TERRAFORM_BINARY_NAME!, ["plan", "-input=false", "-no-color", "-refresh=false", "-detailed-exitcode"], { cwd: stackDir, env, ok: [0, 1, 2] });
      expect(r.stderr + r.stdout).not.toMatch(/Required plugins are not installed|Inconsistent dependency lock file/);
      expect(r.status).toBe(2); // the plan ran: the bridge is to be made
      // The lock file the engine accepted still names the provider at cdktf's
      // default address, so cdktf deploy does not run `providers lock` (which needs a registry).
      const lock = readFileSync(join(stackDir, ".terraform.lock.hcl"), "utf8");
      expect(lock).toMatch(new RegExp(`provider "${env.HYPERLAB_CDKTF_REGISTRY_HOST!.replace(/\./g, "\\.")}/hyperlab/hyperlab"`));
      expect(lock).toContain(recorded.hash);
    } finally {
      rmSync(outdir, { recursive: true, force: true });
    }
  });
});
