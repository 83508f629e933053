// The pipeline examples in examples/ci/: the GitHub workflows pass actionlint
// (built from its module by tools/engine.sh; it runs shellcheck on their scripts),
// and the GitLab file has the same three jobs, checked by its structure. Every
// job calls the project's own npm scripts, which must exist.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { engineEnv, run } from "../support/engine";

const CI = join(__dirname, "..", "..", "examples", "ci");
const scripts = Object.keys(JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")).scripts);
const githubFiles = readdirSync(join(CI, "github")).filter((f) => f.endsWith(".yml")).sort();
const actionlint = (files: string[]) =>
  run(engineEnv().HYPERLAB_ACTIONLINT!, ["-no-color", "-config-file", join(CI, "github", "actionlint.yaml"), ...files], { ok: [0, 1] });

test("the GitHub workflows pass actionlint, which does find a broken one", () => {
  expect(githubFiles).toEqual(["deploy.yml", "drift.yml", "plan.yml"]);
  const r = actionlint(githubFiles.map((f) => join(CI, "github", f)));
  expect(r.stdout + r.stderr).toBe("");
  expect(r.status).toBe(0);
  const dir = mkdtempSync(join(tmpdir(), "hyperlab-actionlint-"));
  try {
    const broken = readFileSync(join(CI, "github", "deploy.yml"), "utf8").replace("secrets.PG_CONN_STR", "secret.PG_CONN_STR");
    writeFileSync(join(dir, "broken.yml"), broken);
    expect(actionlint([join(dir, "broken.yml")]).status).toBe(1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** Every `npm run NAME` in a job's commands. */
const npmRuns = (commands: string[]) => commands.flatMap((c) => [...c.matchAll(/npm run (\S+)/g)].map((m) => m[1]));

test("the GitHub jobs use the project's scripts and take the state secret from the secret store", () => {
  for (const file of githubFiles) {
    const wf = parse(readFileSync(join(CI, "github", file), "utf8"));
    const steps = Object.values<any>(wf.jobs).flatMap((j) => j.steps);
    for (const name of npmRuns(steps.map((s: any) => s.run ?? ""))) expect(scripts).toContain(name);
    const env = Object.values<any>(wf.jobs)[0].env;
    expect(env).toMatchObject({ HYPERLAB_STATE: "pg", PG_CONN_STR: "${{ secrets.PG_CONN_STR }}" });
  }
});

test("the GitLab file has plan, deploy and drift, on merge requests, the default branch and a schedule", () => {
  const ci = parse(readFileSync(join(CI, "gitlab", ".gitlab-ci.yml"), "utf8"));
  expect(ci.stages).toEqual(["plan", "deploy", "drift"]);
  const jobs = ["plan", "deploy", "drift"];
  for (const job of jobs) {
    expect(ci[job].stage).toBe(job);
    expect(ci[job].script.length).toBeGreaterThan(0);
    for (const name of npmRuns([...ci[job].script, ...ci.default.before_script])) expect(scripts).toContain(name);
  }
  expect(ci.plan.rules).toEqual([{ if: '$CI_PIPELINE_SOURCE == "merge_request_event"' }]);
  expect(ci.plan.script[0]).toBe("npm run review -- lab --out review");
  expect(ci.deploy.rules[0].if).toContain("$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH");
  expect(ci.deploy.resource_group).toBeDefined();
  expect(ci.drift.rules).toEqual([{ if: '$CI_PIPELINE_SOURCE == "schedule"' }]);
  expect(ci.drift.script).toEqual(["npm run drift -- lab --report drift"]);
  // Drift (exit 2) fails the job; main not yet deployed (exit 3) does not.
  expect(ci.drift.allow_failure).toEqual({ exit_codes: [3] });
  // The connection string is a CI/CD variable, never written in the file.
  expect(JSON.stringify(ci)).not.toMatch(/PG_CONN_STR|postgres:\/\//);
  const known = new Set(["stages", "variables", "default", ...jobs]);
  expect(Object.keys(ci).filter((k) => !known.has(k))).toEqual([]);
});
