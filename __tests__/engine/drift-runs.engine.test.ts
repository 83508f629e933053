// Issue 30: a drift check of unchanged code runs the engine twice (one plan, one
// show of it) and nothing else: no synth (the inputs' digest is the last synth's),
// no init (the providers are installed for the engine). Changed code synthesizes again.
import { appendFileSync, chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { drift } from "../../cli/drift";
import { engineDir, packageVersion } from "../../cli/engine-env";
import { engineEnv } from "../support/engine";

const stackJson = {
  terraform: { required_providers: { hyperlab: { source: "hyperlab/hyperlab", version: "0.1.0" } }, backend: { local: { path: "terraform.tfstate" } } },
  provider: { hyperlab: [{}] },
  resource: { hyperlab_bridge: { lan: { "//": { metadata: { path: "s/lan/bridge" } }, name: "hldr0", netns: "hl-drift-runs-never", mtu: 1500, mark: "s/drift-runs" } } },
};

test("drift of unchanged code: one plan and one show; changed code: a synth first", () => {
  const work = mkdtempSync(join(tmpdir(), "hyperlab-drift-runs-"));
  const project = join(work, "project");
  const log = join(work, "engine.log");
  const synths = join(work, "synths.log");
  const saved = { ...process.env };
  try {
    // The engine's environment, with an engine that logs its subcommand, then runs the real one.
    const real = engineEnv("tofu");
    const cache = join(work, "cache");
    mkdirSync(join(cache, `v${packageVersion()}`), { recursive: true });
    const wrapper = join(work, "tofu");
    writeFileSync(wrapper, `#!/bin/sh\necho "$1" >> ${log}\nexec ${real.TERRAFORM_BINARY_NAME} "$@"\n`);
    chmodSync(wrapper, 0o755);
    const envSh = readFileSync(join(engineDir(), "env.sh"), "utf8").replace(/^export TERRAFORM_BINARY_NAME=.*$/m, `export TERRAFORM_BINARY_NAME="${wrapper}"`);
    writeFileSync(join(cache, `v${packageVersion()}`, "env.sh"), envSh);
    process.env.HYPERLAB_CACHE = cache;
    process.env.HYPERLAB_ENGINE = "tofu";
    // An app that writes the stack and logs each run.
    mkdirSync(project);
    writeFileSync(join(project, "stack.json"), JSON.stringify(stackJson));
    writeFileSync(join(project, "app.sh"), [
      "set -e", `echo run >> ${synths}`, 'mkdir -p "$CDKTF_OUTDIR/stacks/s"',
      'cp stack.json "$CDKTF_OUTDIR/stacks/s/cdk.tf.json"',
      `echo '{"stacks":{"s":{"name":"s","workingDirectory":"stacks/s","synthesizedStackPath":"stacks/s/cdk.tf.json"}}}' > "$CDKTF_OUTDIR/manifest.json"`, "",
    ].join("\n"));
    writeFileSync(join(project, "cdktf.json"), JSON.stringify({ app: "sh app.sh", output: "cdktf.out" }));
    const runs = () => readFileSync(log, "utf8").split("\n").filter(Boolean);
    const synthCount = () => readFileSync(synths, "utf8").split("\n").filter(Boolean).length;

    expect(drift("s", { dir: project, synth: true })).toBe(3); // never deployed: code not yet deployed
    expect(synthCount()).toBe(1);
    expect(runs()).toEqual(["init", "plan", "show"]);

    writeFileSync(log, "");
    expect(drift("s", { dir: project, synth: true })).toBe(3);
    expect(synthCount()).toBe(1);
    expect(runs()).toEqual(["plan", "show"]);

    // The code changed: synth again; the providers did not: still no init.
    appendFileSync(join(project, "app.sh"), "# changed\n");
    writeFileSync(log, "");
    expect(drift("s", { dir: project, synth: true })).toBe(3);
    expect(synthCount()).toBe(2);
    expect(runs()).toEqual(["plan", "show"]);
  } finally {
    process.env = saved;
    rmSync(work, { recursive: true, force: true });
  }
});
