// The engine's env.sh read the way the shell that sources it reads it: quoted or
// not, every `export NAME=VALUE` line (issue 30: CHECKPOINT_DISABLE=1, written
// unquoted by tools/engine.sh, was dropped by `hyperlab run`).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { engineEnv, packageVersion, readEnvFile } from "../cli/engine-env";

const text = [
  "# comment",
  'export A="/x y/z"',
  "export CHECKPOINT_DISABLE=1",
  "export EMPTY=",
  "export QUOTED_EMPTY=\"\"",
  "export SINGLE='it''s $PATH'",
  'export ESCAPED="a \\"b\\" \\$c \\\\d"',
  'export PATH="/opt/bin:$PATH"',
  "export P2=/b:${PATH}",
  "  export INDENTED=yes # trailing comment",
  "NOT_EXPORTED=no",
].join("\n");

test("quoted and unquoted values, as sh reads them", () => {
  const env = readEnvFile(text, { PATH: "/usr/bin" });
  expect(env).toEqual({
    A: "/x y/z", CHECKPOINT_DISABLE: "1", EMPTY: "", QUOTED_EMPTY: "", SINGLE: "its $PATH",
    ESCAPED: 'a "b" $c \\d', PATH: "/opt/bin:/usr/bin", P2: "/b:/opt/bin:/usr/bin", INDENTED: "yes",
  });
});

test("what the file says is what sh makes of it", () => {
  const sh = spawnSync("sh", ["-c", `PATH=/usr/bin:/bin; ${text.replace("NOT_EXPORTED=no", "")}\nenv -0`], { encoding: "utf8", env: {} });
  const fromSh = Object.fromEntries(sh.stdout.split("\0").filter(Boolean).map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1)]));
  const ours = readEnvFile(text, { PATH: "/usr/bin:/bin" });
  const names = [...text.matchAll(/export (\w+)/g)].map((m) => m[1]);
  expect(names.length).toBe(9);
  for (const name of names) expect([name, ours[name]]).toEqual([name, fromSh[name]]);
});

test("engineEnv keeps CHECKPOINT_DISABLE from the engine's env.sh", () => {
  const cache = mkdtempSync(join(tmpdir(), "hyperlab-envsh-"));
  const saved = { ...process.env };
  try {
    mkdirSync(join(cache, `v${packageVersion()}`));
    writeFileSync(join(cache, `v${packageVersion()}`, "env.sh"), 'export TERRAFORM_BINARY_NAME="/bin/true"\nexport CHECKPOINT_DISABLE=1\n');
    process.env.HYPERLAB_CACHE = cache;
    delete process.env.CHECKPOINT_DISABLE;
    expect(engineEnv("tofu").CHECKPOINT_DISABLE).toBe("1");
  } finally {
    process.env = saved;
    rmSync(cache, { recursive: true, force: true });
  }
  expect(readFileSync(join(__dirname, "..", "tools", "engine.sh"), "utf8")).toContain("export CHECKPOINT_DISABLE=1");
});
