// The package as users get it: `npm pack`, then fresh projects in a temporary
// folder that install the tarball the way users do. Four apps (cdktf's typescript
// template with ts-node and jest, tsx with a strict tsconfig, the newest
// constructs 10.x served, CDK Terrain) type-check, synthesize the same lab with
// the public API and run a jest test with cdktf's matchers. From the template app,
// with the CLI only: `hyperlab engine`, a deploy into a network namespace the test
// makes, `hyperlab drift` (0, then 2 after a tamper), `hyperlab review`, destroy
// leaving nothing. `hyperlab init` scaffolds a project whose `npm ci`, `npm run
// synth` and `npm test` pass.
import { spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { engineEnv, run, RunResult } from "../support/engine";
import { difference, hostState, HostState } from "../support/residue";
import { AppKind, KINDS, NPM_FLAGS, TEMPLATE } from "./kinds";

jest.setTimeout(40 * 60 * 1000);

const ROOT = join(__dirname, "..", "..");
const PKG = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
const NETNS = "hlc";
const LXC_PATH = "/var/lib/hyperlab/consumer-lxc";
const seconds = (from: bigint) => Number(process.hrtime.bigint() - from) / 1e9;
// Installs come from the npm cache where it has the package; no audit or funding calls.
interface App {
  readonly kind: AppKind;
  readonly dir: string;
  readonly installSeconds: number;
  run(cmd: string, args: string[], opts?: { env?: NodeJS.ProcessEnv; ok?: number[] }): RunResult;
}

let work: string;
let tarball: string;
const apps = new Map<string, App>();

/** A fresh project of `kind` that installs the tarball; the consumer app's sources copied in. */
function makeApp(kind: AppKind): App {
  const dir = join(work, kind.name);
  mkdirSync(dir);
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: kind.name, version: "1.0.0", private: true, scripts: { test: "jest" } }, null, 2));
  const t = process.hrtime.bigint();
  run("npm", ["install", ...NPM_FLAGS, tarball, ...kind.dependencies], { cwd: dir });
  run("npm", ["install", ...NPM_FLAGS, "--save-dev", ...kind.devDependencies], { cwd: dir });
  const installSeconds = seconds(t);
  const retarget = (text: string) => (kind.library === "cdktn" ? text.replace(/"cdktf(\/[^"]*)?"/g, '"cdktn$1"') : text);
  for (const file of ["lab.ts", "main.ts", "lab.test.ts"]) {
    writeFileSync(join(dir, file), retarget(readFileSync(join(__dirname, "app", file), "utf8")));
  }
  writeFileSync(join(dir, "tsconfig.json"), JSON.stringify(kind.tsconfig, null, 2));
  if (kind.name === "cdktf-template") {
    for (const file of ["jest.config.js", "setup.js"]) cpSync(join(TEMPLATE, file), join(dir, file));
  } else {
    writeFileSync(join(dir, "jest.config.js"), 'module.exports = { preset: "ts-jest", testEnvironment: "node", setupFilesAfterEnv: ["<rootDir>/setup.js"] };\n');
    writeFileSync(join(dir, "setup.js"), retarget('require("cdktf").Testing.setupJest();\n'));
  }
  writeFileSync(join(dir, "cdktf.json"), JSON.stringify({ language: "typescript", app: kind.app, output: "cdktf.out", sendCrashReports: "false" }, null, 2));
  return {
    kind, dir, installSeconds,
    run: (cmd, args, opts = {}) => run(cmd, args, { cwd: dir, env: { ...process.env, CI: "1", ...opts.env }, ok: opts.ok }),
  };
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "hyperlab-consumer-"));
  const packed = run("npm", ["pack", "--json", "--pack-destination", work], { cwd: ROOT });
  // prepack's build prints before npm's JSON.
  const info = JSON.parse(packed.stdout.slice(packed.stdout.indexOf("[\n")))[0];
  tarball = join(work, info.filename);
  console.log(`tarball ${info.filename}: ${info.size} bytes packed, ${info.unpackedSize} unpacked, ${info.entryCount} files`);
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("the packed package", () => {
  test("ships the build, the engine's files and the provider's sources, and no test, fixture or CI file", () => {
    const files = run("tar", ["-tzf", tarball]).stdout.trim().split("\n").map((f) => f.replace(/^package\//, ""));
    expect(files).toEqual(expect.arrayContaining([
      "package.json", "README.md", "CHANGELOG.md", "lib/constructs/index.js", "lib/constructs/index.d.ts", "lib/cli/main.js",
      "lib/.gen/providers/proxmox/vm-qemu/index.js", "tools/engine.sh", "tools/provider-hashes.txt", "provider/go.mod", "provider/main.go",
      "cli/templates/init/main.ts.tmpl",
    ]));
    const unwanted = files.filter((f) => /(^|\/)__tests__\/|_test\.go$|testdata\/|^examples\/|^\.ci\/|^stacks\/|\.ts$/.test(f) && !f.endsWith(".d.ts") && !f.startsWith("cli/templates/"));
    expect(unwanted).toEqual([]);
    // Every require of cdktf goes through the module that picks the app's library.
    const shipped = run("tar", ["-xzOf", tarball, "package/lib/.gen/providers/hyperlab/bridge/index.js"]).stdout;
    expect(shipped).not.toMatch(/require\("cdktf"\)/);
    expect(shipped).toContain('require("../../../../constructs/core/cdk-library")');
  });
});

describe.each(KINDS.map((k) => [k.name, k] as const))("a fresh %s app installing the tarball", (name, kind) => {
  let app: App;
  beforeAll(() => {
    app = makeApp(kind);
    apps.set(name, app);
  });

  test("type-checks, synthesizes the lab and runs its jest test with cdktf's matchers", () => {
    const constructs = JSON.parse(readFileSync(join(app.dir, "node_modules", "constructs", "package.json"), "utf8")).version;
    console.log(`${name}: installed in ${app.installSeconds.toFixed(1)} s (${kind.library}, constructs ${constructs})`);
    app.run("npx", ["tsc", "--noEmit", "-p", "."]);
    app.run("npx", ["hyperlab", "synth"]);
    const lab = JSON.parse(readFileSync(join(app.dir, "cdktf.out", "stacks", "lab", "cdk.tf.json"), "utf8"));
    expect(Object.keys(lab.resource).sort()).toEqual(["hyperlab_bridge", "hyperlab_dhcp", "hyperlab_lxc_container", "hyperlab_nat", "hyperlab_tap"]);
    expect(lab["//"].metadata.version).toBe(JSON.parse(readFileSync(join(app.dir, "node_modules", kind.library, "package.json"), "utf8")).version);
    const fleet = JSON.parse(readFileSync(join(app.dir, "cdktf.out", "stacks", "fleet", "cdk.tf.json"), "utf8"));
    expect(Object.keys(fleet.resource)).toEqual(expect.arrayContaining(["hyperlab_kvm_domain", "proxmox_vm_qemu"]));
    const tests = app.run("npx", ["jest", "--ci"]);
    expect(tests.stderr).toMatch(/Tests:\s+3 passed, 3 total/);
  });

  if (name === "cdktf-template") {
    test("the Proxmox bindings load only when a Proxmox construct is made", () => {
      const loaded = (code: string) => app.run("node", ["-e", `${code}; console.log(Object.keys(require.cache).filter((f) => f.includes("/.gen/providers/proxmox/")).length)`]).stdout.trim();
      expect(loaded('require("@hyperlab-iac/cdk")')).toBe("0");
      const withNode = 'const h = require("@hyperlab-iac/cdk"); const { App, TerraformStack } = require("cdktf"); ' +
        'new h.ProxmoxNode(new TerraformStack(new App(), "s"), "pve", { apiUrl: "https://pve.example:8006/api2/json", nodeName: "pve1", tokenId: "a@pve!b" })';
      expect(Number(loaded(withNode))).toBeGreaterThan(0);
    });

    test("the user's own cdktf CLI synthesizes it too", () => {
      rmSync(join(app.dir, "cdktf.out"), { recursive: true, force: true });
      app.run("npx", ["cdktf", "synth", "--no-color"], { env: { CHECKPOINT_DISABLE: "1" } });
      expect(existsSync(join(app.dir, "cdktf.out", "stacks", "lab", "cdk.tf.json"))).toBe(true);
    });
  }
});

test("every cdktf app synthesizes the lab byte for byte alike; CDK Terrain's differs only in the JSON's layout and its version", () => {
  const stack = (name: string) => readFileSync(join(apps.get(name)!.dir, "cdktf.out", "stacks", "lab", "cdk.tf.json"), "utf8");
  expect(stack("tsx-strict")).toBe(stack("cdktf-template"));
  expect(stack("newest-constructs")).toBe(stack("cdktf-template"));
  const withoutVersion = (text: string) => {
    const json = JSON.parse(text);
    delete json["//"].metadata.version;
    return json;
  };
  expect(withoutVersion(stack("cdk-terrain"))).toEqual(withoutVersion(stack("cdktf-template")));
});

describe("the CLI from the user's project", () => {
  let before: HostState;
  let app: App;
  // The user's engine folder is the test's own: `hyperlab engine` builds the mirror
  // there from the package's files (only the OpenTofu binary is copied in, to spare
  // a cold build of it), and this repository's engine folder is left alone.
  const cache = () => join(work, "user-cache");
  const hyperlab = (args: string[], ok = [0], env: NodeJS.ProcessEnv = {}) =>
    app.run("npx", ["hyperlab", ...args], { env: { HLC_NETNS: NETNS, HLC_LXC_PATH: LXC_PATH, HYPERLAB_CACHE: cache(), ...env }, ok });
  const links = () => JSON.parse(run("ip", ["-n", NETNS, "-j", "link", "show"]).stdout).map((l: any) => l.ifname).sort();

  beforeAll(() => {
    app = apps.get("cdktf-template")!;
    const tofu = `tofu-${/^TOFU_VERSION=(.*)$/m.exec(readFileSync(join(ROOT, "tools", "versions.env"), "utf8"))![1]}`;
    mkdirSync(join(cache(), "bin"), { recursive: true });
    copyFileSync(engineEnv().HYPERLAB_TOFU!, join(cache(), "bin", tofu));
    chmodSync(join(cache(), "bin", tofu), 0o755);
    run("mkdir", ["-p", LXC_PATH]); // the containers' folder is the test's own, there before and after
    before = hostState();
    spawnSync("ip", ["netns", "delete", NETNS]);
    run("ip", ["netns", "add", NETNS]);
  });

  afterAll(() => {
    try {
      hyperlab(["run", "--", "npx", "cdktf", "destroy", "lab", "--auto-approve", "--no-color"], [0, 1]);
    } finally {
      spawnSync("ip", ["netns", "delete", NETNS]);
      rmSync(LXC_PATH, { recursive: true, force: true });
    }
  });

  test("a user error is one line saying what to do, with no stack trace", () => {
    const empty = mkdtempSync(join(work, "no-engine-"));
    const r = app.run("npx", ["hyperlab", "drift", "lab", "--no-synth"], { env: { HYPERLAB_CACHE: empty }, ok: [1] });
    expect(r.stderr.trim()).toBe(`hyperlab: the engine is not prepared (${join(empty, `v${PKG.version}`, "env.sh")} is missing): run \`hyperlab engine\` first`);
    const outside = app.run("npx", ["hyperlab", "review", "lab", "--dir", empty], { ok: [1] });
    expect(outside.stderr).not.toMatch(/\n\s+at /);
  });

  test("engine, deploy, drift 0, a tamper gives drift 2, review, destroy leaves nothing", () => {
    // The lab has no ProxmoxNode: the engine is prepared without telmate/proxmox, as
    // such a user prepares it (the missing-sources message is tested in engine-dirs.engine.test.ts,
    // the route through the archives by this repository's own engine build).
    const engine = hyperlab(["engine", "--no-proxmox"]);
    expect(engine.stdout).toMatch(/hashes: {4}verified against tools\/provider-hashes.txt\n {2}hyperlab\/hyperlab 0\.1\.0 h1:/);
    expect(engine.stdout).not.toContain("telmate/proxmox");
    let t = process.hrtime.bigint();
    hyperlab(["run", "--", "npx", "cdktf", "deploy", "lab", "--auto-approve", "--no-color"]);
    const deploySeconds = seconds(t);
    expect(links()).toEqual(expect.arrayContaining(["hlc0", "hlc-tap0", "lo"]));
    // LXC's monitor socket lives in the container's network namespace: ask from there.
    expect(run("ip", ["netns", "exec", NETNS, "lxc-info", "-P", LXC_PATH, "-n", "hlc-web", "-s"]).stdout).toMatch(/RUNNING/);

    t = process.hrtime.bigint();
    const clean = hyperlab(["drift", "lab", "--no-synth"], [0, 1, 2, 3]);
    const cliDrift = seconds(t);
    expect(clean.status).toBe(0);
    t = process.hrtime.bigint();
    const repoDrift = run(join(ROOT, "node_modules", ".bin", "tsx"), [join(ROOT, "cli", "main.ts"), "drift", "lab", "--no-synth", "--dir", app.dir],
      { env: { ...process.env, HYPERLAB_CACHE: cache() }, ok: [0] });
    const repoSeconds = seconds(t);
    expect(repoDrift.stdout).toContain("0 drifted, 0 undeployed (stack lab)");

    run("ip", ["-n", NETNS, "link", "set", "hlc-tap0", "mtu", "1280"]);
    const drifted = hyperlab(["drift", "lab", "--no-synth"], [2]);
    expect(drifted.stdout).toMatch(/DRIFT lab\/tap\/tap \(hyperlab_tap\.[^)]+\): mtu expected 1500, actual 1280/);

    const review = hyperlab(["review", "lab", "--no-synth", "--out", join(app.dir, "review")]);
    expect(readFileSync(join(app.dir, "review.md"), "utf8")).toBe(review.stdout);
    expect(review.stdout).toContain("**0 to create, 1 to update in place, 0 to replace, 0 to destroy.**");
    expect(review.stdout).toContain("| mtu | `1280` | `1500` |");
    expect(review.stdout).toContain("- mtu: deployed `1500`, now `1280`");

    // The state is lost: adopt finds the stack's own objects by their marks.
    hyperlab(["run", "--", "npx", "cdktf", "deploy", "lab", "--auto-approve", "--no-color"]);
    expect(hyperlab(["drift", "lab", "--no-synth"]).status).toBe(0);
    rmSync(join(app.dir, "lab.tfstate"));
    const alias = run("ip", ["netns", "exec", NETNS, "cat", "/sys/class/net/hlc0/ifalias"]).stdout.trim();
    expect(alias).toMatch(/^hyperlab-owner=lab\/c8[0-9a-f]{40}$/);
    run("ip", ["-n", NETNS, "link", "set", "hlc0", "alias", "hyperlab-owner=someone/else"]);
    const refused = hyperlab(["adopt", "lab", "--dry-run", "--no-synth"], [2]);
    expect(refused.stdout).toMatch(/REFUSED lab\/lan\/bridge \(hyperlab_bridge\.[^)]+\): hlc\/hlc0 is marked as someone\/else's/);
    expect(refused.stdout).toMatch(/WOULD IMPORT lab\/tap\/tap \(hyperlab_tap\.[^)]+\) from hlc\/hlc-tap0/);
    expect(refused.stdout).toMatch(/WOULD IMPORT lab\/web\/container \(hyperlab_lxc_container\.[^)]+\) from hlc\/hlc-web:\/var\/lib\/hyperlab\/consumer-lxc/);
    expect(existsSync(join(app.dir, "lab.tfstate")) ? readFileSync(join(app.dir, "lab.tfstate"), "utf8") : "").not.toContain("hyperlab_tap");
    run("ip", ["-n", NETNS, "link", "set", "hlc0", "alias", alias]);
    const adopted = hyperlab(["adopt", "lab", "--no-synth"]);
    expect(adopted.stdout).toContain("3 imported, 0 refused, 0 absent, 0 skipped (stack lab)");
    hyperlab(["run", "--", "npx", "cdktf", "deploy", "lab", "--auto-approve", "--no-color"]); // NAT and DHCP, which carry no mark, converge
    expect(hyperlab(["drift", "lab", "--no-synth"]).status).toBe(0);
    expect(links()).toEqual(expect.arrayContaining(["hlc0", "hlc-tap0"]));

    hyperlab(["run", "--", "npx", "cdktf", "destroy", "lab", "--auto-approve", "--no-color"]);
    expect(links()).toEqual(["lo"]);
    expect(readdirSync(LXC_PATH)).toEqual([]);
    console.log(`consumer lab: deploy ${deploySeconds.toFixed(1)} s; hyperlab drift ${cliDrift.toFixed(2)} s from the installed package, ` +
      `${repoSeconds.toFixed(2)} s from this repository's CLI (ratio ${(cliDrift / repoSeconds).toFixed(2)})`);
    run("ip", ["netns", "delete", NETNS]);
    expect(difference(before, hostState(), /\bhlc(\b|[0-9-])|consumer-lxc|hlf-vm/)).toEqual({});
    run("ip", ["netns", "add", NETNS]);
  });
});

test("hyperlab init scaffolds a project whose npm ci, npm run synth and npm test pass", () => {
  const app = apps.get("cdktf-template")!;
  const project = join(work, "my-lab");
  // init runs npm install itself; from the cache, as the apps above install.
  app.run("npx", ["hyperlab", "init", project, "--package-spec", `file:${tarball}`], { env: { npm_config_prefer_offline: "true", npm_config_update_notifier: "false" } });
  rmSync(join(project, "node_modules"), { recursive: true, force: true });
  const t = process.hrtime.bigint();
  run("npm", ["ci", ...NPM_FLAGS], { cwd: project });
  console.log(`init project: npm ci in ${seconds(t).toFixed(1)} s`);
  run("npm", ["run", "synth"], { cwd: project, env: { ...process.env, CHECKPOINT_DISABLE: "1", CI: "1" } });
  const lab = JSON.parse(readFileSync(join(project, "cdktf.out", "stacks", "lab", "cdk.tf.json"), "utf8"));
  expect(lab.resource.hyperlab_bridge).toBeDefined();
  const tests = run("npm", ["test"], { cwd: project, env: { ...process.env, CI: "1" } });
  expect(tests.stderr).toMatch(/Tests:\s+2 passed, 2 total/);
  expect(existsSync(join(project, ".github", "workflows", "hyperlab.yml"))).toBe(true);
  expect(existsSync(join(project, ".gitignore"))).toBe(true);
  // Into a folder that is not empty, it refuses and changes nothing.
  const refused = app.run("npx", ["hyperlab", "init", project], { ok: [1] });
  expect(refused.stderr.trim()).toBe(`hyperlab: ${project} is not empty: hyperlab init scaffolds a new project into an empty folder`);
});
