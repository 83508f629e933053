// Issue 30: the `hyperlab` command works in a checkout after `npm ci` (no build),
// and `hyperlab init` without --package-spec says in one line what to pass while
// the package is not published.
import { spawnSync } from "node:child_process";
import { accessSync, chmodSync, constants, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { init } from "../cli/init";

const ROOT = join(__dirname, "..");
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));

test("the package's bin is a committed, executable file that runs the CLI with no build", () => {
  const bin = join(ROOT, pkg.bin.hyperlab);
  expect(existsSync(bin)).toBe(true);
  accessSync(bin, constants.X_OK);
  const tracked = spawnSync("git", ["ls-files", "-s", pkg.bin.hyperlab], { cwd: ROOT, encoding: "utf8" }).stdout;
  expect(tracked).toMatch(/^100755 /);
  // The published package ships it.
  expect(pkg.files).toContain(pkg.bin.hyperlab);
  const r = spawnSync(bin, ["--version"], { cwd: tmpdir(), encoding: "utf8" });
  expect([r.status, r.stdout.trim(), r.stderr]).toEqual([0, pkg.version, ""]);
});

test("init without --package-spec, the package not published: one line saying what to pass", () => {
  const bin = mkdtempSync(join(tmpdir(), "hyperlab-fake-npm-"));
  const dir = join(bin, "lab");
  const saved = process.env.PATH;
  try {
    // An npm whose registry does not have the package, as npm reports it.
    writeFileSync(join(bin, "npm"), `#!/bin/sh\necho "npm error code E404" >&2\necho "npm error 404 Not Found - GET ${pkg.name} - Not found" >&2\necho "npm error 404  '${pkg.name}@^${pkg.version}' is not in this registry." >&2\nexit 1\n`);
    chmodSync(join(bin, "npm"), 0o755);
    process.env.PATH = `${bin}:${saved}`;
    let message = "";
    try {
      init(dir, { install: true });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message.split("\n")).toHaveLength(1);
    expect(message).toContain(`${pkg.name}@^${pkg.version} is not published`);
    expect(message).toContain(`hyperlab init ${dir} --package-spec `);
    expect(message).toMatch(/npm pack/);
  } finally {
    process.env.PATH = saved;
    rmSync(bin, { recursive: true, force: true });
  }
});

test("the scaffold's scripts run cdktf only through hyperlab, which gives it the engine's environment (CHECKPOINT_DISABLE)", () => {
  const dir = join(mkdtempSync(join(tmpdir(), "hyperlab-scaffold-")), "lab");
  try {
    init(dir, { install: false, packageSpec: "file:/nowhere" });
    const scripts: Record<string, string> = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).scripts;
    expect(scripts.synth).toBe("hyperlab synth");
    for (const [name, script] of Object.entries(scripts)) {
      if (/\bcdktf\b/.test(script)) expect([name, script]).toEqual([name, expect.stringMatching(/^hyperlab run -- cdktf /)]);
    }
  } finally {
    rmSync(join(dir, ".."), { recursive: true, force: true });
  }
});
