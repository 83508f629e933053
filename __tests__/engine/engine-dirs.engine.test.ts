// The engine as an installed package runs it: its files copied out of the
// repository into a folder of their own, as `npm pack` ships them, and a package
// version of their own. Its mirror lands in that version's folder and leaves
// another version's alone; without telmate/proxmox's sources it says, in one
// line, what to set or pass.
import { chmodSync, copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { engineDir } from "../../cli/engine-env";
import { engineEnv, run } from "../support/engine";

const ROOT = join(__dirname, "..", "..");
const TOFU_VERSION = /^TOFU_VERSION=(.*)$/m.exec(readFileSync(join(ROOT, "tools", "versions.env"), "utf8"))![1];
const SHIPPED_TOOLS = ["engine.sh", "engine-dir.sh", "versions.env", "providers.txt", "provider-hashes.txt", "unpack-telmate.sh", "module-hash.js", "vendor-sources.sha256"];

describe("engine folders per package version", () => {
  let work: string;
  const cache = () => join(work, "cache");
  const pkg = () => join(work, "node_modules", "@hyperlab-iac", "cdk");
  const engine = (args: string[], ok = [0]) => run("bash", [join(pkg(), "tools", "engine.sh"), ...args], {
    env: { ...process.env, HYPERLAB_CACHE: cache(), HYPERLAB_SOURCES: "", HYPERLAB_PROJECT: work }, ok,
  });

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), "hyperlab-engine-dirs-"));
    mkdirSync(join(pkg(), "tools"), { recursive: true });
    for (const file of SHIPPED_TOOLS) copyFileSync(join(ROOT, "tools", file), join(pkg(), "tools", file));
    cpSync(join(ROOT, "provider"), join(pkg(), "provider"), { recursive: true, filter: (f) => !f.endsWith("_test.go") && !f.includes("testdata") });
    const manifest = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
    writeFileSync(join(pkg(), "package.json"), JSON.stringify({ ...manifest, version: "0.1.1-dirs" }, null, 2) + "\n");
    // The OpenTofu binary is copied in: this is about folders, not a cold engine build.
    mkdirSync(join(cache(), "bin"), { recursive: true });
    copyFileSync(engineEnv().HYPERLAB_TOFU!, join(cache(), "bin", `tofu-${TOFU_VERSION}`));
    chmodSync(join(cache(), "bin", `tofu-${TOFU_VERSION}`), 0o755);
  }, 60_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  test("without telmate/proxmox's sources it names them and the way out", () => {
    const r = engine([], [1]);
    expect(r.stderr).toContain("[engine] telmate/proxmox 3.0.2-rc07: the Go module proxy does not serve");
    expect(r.stderr).toContain("set HYPERLAB_SOURCES to a folder holding terraform-provider-proxmox-v3.0.2-rc07-93f84364.tar.gz and " +
      "proxmox-api-go-898857dc.tar.gz, or pass --no-proxmox if no stack has a ProxmoxNode");
  });

  test("--no-proxmox prepares this version's folder, hashes verified, and no other version's", () => {
    const r = engine(["--no-proxmox"]);
    const mine = join(cache(), "v0.1.1-dirs");
    expect(r.stdout).toContain(`cli config: ${join(mine, "tofurc")}`);
    expect(r.stdout).toMatch(/hashes: {4}verified against tools\/provider-hashes.txt\n {2}hyperlab\/hyperlab 0\.1\.0 h1:/);
    expect(r.stdout).not.toContain("telmate/proxmox");
    expect(readFileSync(join(mine, "env.sh"), "utf8")).toContain(`export HYPERLAB_MIRROR="${join(mine, "providers")}"`);
    // This repository's version has a folder of its own, untouched by the other's run.
    expect(engineDir({ HYPERLAB_CACHE: cache() })).toBe(join(cache(), `v${JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version}`));
    expect(existsSync(engineDir({ HYPERLAB_CACHE: cache() }))).toBe(false);
    // The binaries and Go sources are shared, named by version.
    expect(existsSync(join(cache(), "bin", `tofu-${TOFU_VERSION}`))).toBe(true);
  });
});
