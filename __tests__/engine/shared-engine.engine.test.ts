// Stacks on one machine share the engine folder (the provider mirror and the CLI
// configuration from tools/engine.sh): the suite's files, a user's CI jobs, two
// terminals. A stack's `init` must not re-lay what another stack already
// initialised resolves its providers through, or that stack's plan, run at the same
// moment, fails with "could not read package directory" (seen when the suite ran
// its files side by side: OpenTofu re-installs a shared plugin cache entry, removing
// it first, for every stack whose lock file does not yet name the package). The same
// through cdktf, which points the engine at a plugin cache of its own
// (~/.terraform.d/plugin-cache) unless told not to.
import { lstatSync, mkdtempSync, readlinkSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { TerraformStack } from "cdktf";
import { BridgedNetwork, HyperlabApp, LinuxHost } from "../../constructs";
import { readProviderHashes } from "../../constructs/app/provider-locks";
import { Engine, engineEnv, run } from "../support/engine";

const ROOT = join(__dirname, "..", "..");

const hyperlab = readProviderHashes().find((h) => h.source === "hyperlab/hyperlab" && h.platform === "linux_amd64")!;

/**
 * Each link from `path` to the package directory, with its inode and times: a link
 * removed and made again gets new times (the file system may hand it the same inode).
 */
function linkChain(path: string): { path: string; inode: string; made: string }[] {
  const chain: { path: string; inode: string; made: string }[] = [];
  for (let p = path; chain.length < 10;) {
    const st = lstatSync(p, { bigint: true });
    chain.push({ path: p, inode: String(st.ino), made: `${st.birthtimeNs} ${st.mtimeNs} ${st.ctimeNs}` });
    if (!st.isSymbolicLink()) break;
    p = resolve(dirname(p), readlinkSync(p));
  }
  return chain;
}

describe.each<[Engine, string]>([["tofu", "HYPERLAB_REGISTRY_HOST"], ["terraform", "HYPERLAB_TERRAFORM_REGISTRY_HOST"]])("%s: stacks initialised side by side", (engine, hostVar) => {
  // As a user's shell has it after sourcing env.sh: no plugin cache of its own.
  const env = () => {
    const e: NodeJS.ProcessEnv = { ...engineEnv(engine), TF_IN_AUTOMATION: "1" };
    delete e.TF_PLUGIN_CACHE_DIR;
    return e;
  };
  const bin = () => engineEnv(engine).TERRAFORM_BINARY_NAME!;
  let work: string;
  const stack = (name: string) => {
    const dir = join(work, name);
    run("mkdir", ["-p", dir]);
    writeFileSync(join(dir, "main.tf"), `terraform {\n  required_providers {\n    hyperlab = { source = "hyperlab/hyperlab", version = "${hyperlab.version}" }\n  }\n}\n`);
    return dir;
  };
  const init = (dir: string) => run(bin(), ["init", "-input=false", "-no-color"], { cwd: dir, env: env() });

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), `hyperlab-shared-${engine}-`));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  test("a new stack's init leaves the provider of a stack initialised before it where it was", () => {
    const first = stack("first");
    init(first);
    const pkg = join(first, ".terraform", "providers", env()[hostVar]!, "hyperlab", "hyperlab", hyperlab.version, "linux_amd64");
    const before = linkChain(pkg);
    // Each new stack has no lock file yet: the case that re-laid the shared entry.
    for (const name of ["second", "third"]) init(stack(name));
    expect(linkChain(pkg)).toEqual(before);
    // Straight into the mirror, which only tools/engine.sh writes.
    expect(before.map((l) => l.path)).toEqual([pkg, join(env().HYPERLAB_MIRROR!, env()[hostVar]!, "hyperlab", "hyperlab", hyperlab.version, "linux_amd64")]);
    // And the first stack still reaches its provider.
    expect(JSON.parse(run(bin(), ["providers", "schema", "-json"], { cwd: first, env: env() }).stdout).provider_schemas).toHaveProperty([`${env()[hostVar]}/hyperlab/hyperlab`]);
  });

  test("through cdktf: a stack's provider links straight into the engine folder's mirror, which only tools/engine.sh writes", () => {
    const project = join(work, "cdktf");
    run("mkdir", ["-p", project]);
    const saved = { ...process.env };
    Object.assign(process.env, engineEnv(engine)); // the lock file's hosts
    try {
      const app = new HyperlabApp({ outdir: join(project, "cdktf.out") });
      new BridgedNetwork(new TerraformStack(app, "first"), "lan", { host: new LinuxHost(app.node.findChild("first"), "host", { netns: "hlsh-first" }), bridgeName: "hlbr9", cidr: "10.98.0.0/24" });
      app.synth();
    } finally {
      process.env = saved;
    }
    writeFileSync(join(project, "cdktf.json"), JSON.stringify({ language: "typescript", app: "false", output: "cdktf.out", sendCrashReports: "false" }));
    // `cdktf diff` runs the engine's init, then a plan (nothing is created).
    run(join(ROOT, "node_modules", ".bin", "cdktf"), ["diff", "--skip-synth", "first", "--no-color"], { cwd: project, env: env() });
    const host = env()[hostVar]!;
    const pkg = join(project, "cdktf.out", "stacks", "first", ".terraform", "providers", host, "hyperlab", "hyperlab", hyperlab.version, "linux_amd64");
    // Not through a plugin cache of cdktf's (~/.terraform.d/plugin-cache), which any
    // stack's init may re-lay: the stack's own link, then the mirror's directory.
    expect(linkChain(pkg).map((l) => l.path)).toEqual([pkg, join(env().HYPERLAB_MIRROR!, host, "hyperlab", "hyperlab", hyperlab.version, "linux_amd64")]);
  }, 120_000);
});
