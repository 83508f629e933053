// Shared state with a real lock: the state-lab app keeps its state in a throwaway
// PostgreSQL cluster (the engine's pg backend, PG_CONN_STR from the environment)
// while deploys of it race, get killed and hang. Its bridge lives in a network
// namespace the test makes and deletes.
import { ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { lockHolders } from "../../cli/state-lock";
import { Cluster, startCluster } from "../support/postgres";
import { engineEnv, run } from "../support/engine";

const ROOT = join(__dirname, "..", "..");
const NS = `hl-st-${process.pid}`;
/** The database password: it must reach no file, plan summary or log. */
const SENTINEL = "Sentinel-pw-4c1d9e7a";
const SCHEMA = "hyperlab_state_lab";
const HOLD_SECONDS = 20;

interface Deploy {
  readonly child: ChildProcess;
  readonly started: number;
  readonly done: Promise<{ status: number | null; output: string; ms: number }>;
}

describe("shared state in PostgreSQL", () => {
  let cluster: Cluster;
  let work: string;
  const projects: string[] = [];
  const logs: string[] = [];
  const running: Deploy[] = [];

  const env = (round: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({
    ...engineEnv(), CI: "1", PG_CONN_STR: cluster.connStr,
    HL_E2E_NETNS: NS, HL_E2E_ROUND: round, HL_E2E_HOLD: String(HOLD_SECONDS), ...extra,
  });
  const cdktf = join(ROOT, "node_modules", ".bin", "cdktf");
  const stackDir = () => join(work, "cdktf.out", "stacks", "state-lab");

  /** Starts `cdktf deploy` in a process group of its own, so the test can kill or stop all of it. */
  /** A checkout of its own, as each pipeline has: deploys that share a directory would share cdktf.out. */
  function project(): string {
    const dir = mkdtempSync(join(tmpdir(), "hyperlab-state-"));
    const app = `${join(ROOT, "node_modules", ".bin", "tsx")} ${join(ROOT, "__tests__", "e2e", "apps", "state-lab.ts")}`;
    writeFileSync(join(dir, "cdktf.json"), JSON.stringify({ language: "typescript", app, output: "cdktf.out", sendCrashReports: "false" }));
    projects.push(dir);
    return dir;
  }

  function deploy(round: string, extra: NodeJS.ProcessEnv = {}, verb = "deploy", cwd = work): Deploy {
    const started = Date.now();
    const child = spawn(cdktf, [verb, "state-lab", "--auto-approve", "--no-color"], { cwd, env: env(round, extra), detached: true });
    let output = "";
    child.stdout!.on("data", (d) => (output += d));
    child.stderr!.on("data", (d) => (output += d));
    const done = new Promise<{ status: number | null; output: string; ms: number }>((resolve) =>
      child.on("close", (status) => {
        logs.push(output);
        resolve({ status, output, ms: Date.now() - started });
      }));
    const d = { child, started, done };
    running.push(d);
    return d;
  }
  const ok = (r: { status: number | null; output: string }) => {
    if (r.status !== 0) throw new Error(`deploy exited ${r.status}:\n${r.output}`);
  };
  const signal = (d: Deploy, sig: NodeJS.Signals) => { try { process.kill(-d.child.pid!, sig); } catch { /* gone */ } };

  async function holders() {
    const c = await cluster.client();
    try { return await lockHolders(c, SCHEMA); } finally { await c.end(); }
  }
  async function waitFor(what: string, check: () => Promise<boolean>, seconds = 120) {
    for (const end = Date.now() + seconds * 1000; Date.now() < end; await new Promise((r) => setTimeout(r, 200))) {
      if (await check()) return;
    }
    throw new Error(`timed out after ${seconds} s waiting for ${what}`);
  }
  async function stateRow(): Promise<{ serial: number; lineage: string; resources: string[] }> {
    const c = await cluster.client();
    try {
      const r = await c.query(`SELECT data FROM ${SCHEMA}.states WHERE name = 'default'`);
      const state = JSON.parse(r.rows[0].data);
      return { serial: state.serial, lineage: state.lineage, resources: state.resources.map((x: any) => `${x.type}.${x.name}`).sort() };
    } finally { await c.end(); }
  }
  const planIsClean = () => {
    const e = env("unused");
    const r = run(e.TERRAFORM_BINARY_NAME!, ["plan", "-detailed-exitcode", "-input=false", "-no-color"], { cwd: stackDir(), env: e, ok: [0, 2] });
    logs.push(r.stdout + r.stderr);
    return r.status === 0;
  };

  beforeAll(async () => {
    run("ip", ["netns", "add", NS]);
    cluster = await startCluster(SENTINEL);
    work = project();
  }, 120_000);

  afterAll(async () => {
    for (const d of running) { signal(d, "SIGKILL"); signal(d, "SIGCONT"); }
    try {
      if (cluster && existsSync(stackDir())) await deploy("cleanup", { HL_E2E_HOLD: "0" }, "destroy").done;
    } finally {
      cluster?.stop();
      run("ip", ["netns", "delete", NS], { ok: [0, 1] });
      for (const dir of projects) rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);

  test("two deploys at once: one is refused with a lock message, one waits for the lock; the state stays whole", async () => {
    const first = await deploy("1", { TF_LOG: "debug", TF_LOG_PATH: join(work, "engine-debug.log") }).done;
    ok(first);
    const before = await stateRow();

    const a = deploy("2");
    await waitFor("the first deploy to hold the lock", async () => (await holders()).length === 1);
    const locked = Date.now();
    const refused = deploy("2", {}, "deploy", project());
    const waiting = deploy("2", { TF_CLI_ARGS_apply: "-lock-timeout=300s" }, "deploy", project());
    const [r, aDone, w] = [await refused.done, await a.done, await waiting.done];

    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/Error acquiring the state lock/);
    expect(r.output).toMatch(/Workspace is already locked: default/);
    ok(aDone);
    ok(w);
    expect(w.output).toMatch(/No changes/);
    // The waiting deploy finished only after the first one released the lock.
    expect(waiting.started + w.ms).toBeGreaterThan(a.started + aDone.ms);
    console.log(`refused deploy printed:\n${r.output.split("\n").filter((l) => /lock|Lock|ID:|Error/.test(l)).join("\n")}\n` +
      `waiting deploy: started ${((waiting.started - locked) / 1000).toFixed(1)} s after the lock was taken, ` +
      `finished ${((waiting.started + w.ms - (a.started + aDone.ms)) / 1000).toFixed(1)} s after the first deploy ended, ${(w.ms / 1000).toFixed(1)} s in all`);

    const after = await stateRow();
    expect(after.lineage).toBe(before.lineage);
    expect(after.serial).toBeGreaterThan(before.serial);
    expect(after.resources.map((r) => r.split(".")[0])).toEqual(["hyperlab_bridge", "terraform_data"]);
    expect(after.resources).toEqual(before.resources);
    const pulled = JSON.parse(run(engineEnv().TERRAFORM_BINARY_NAME!, ["state", "pull"], { cwd: stackDir(), env: env("2") }).stdout);
    expect(pulled.serial).toBe(after.serial);
    expect(planIsClean()).toBe(true);
  }, 600_000);

  test("a deploy killed while it holds the lock leaves none: the next deploy runs with no manual step", async () => {
    const killed = deploy("3");
    await waitFor("the deploy to hold the lock", async () => (await holders()).length === 1);
    await new Promise((r) => setTimeout(r, 3000));
    signal(killed, "SIGKILL");
    await killed.done;
    await waitFor("PostgreSQL to drop the killed session's lock", async () => (await holders()).length === 0, 30);
    const next = await deploy("3").done;
    ok(next);
    expect(planIsClean()).toBe(true);
  }, 600_000);

  test("a hung deploy keeps its lock: force-unlock cannot free it, state-lock --terminate does", async () => {
    const hung = deploy("4");
    await waitFor("the deploy to hold the lock", async () => (await holders()).length === 1);
    signal(hung, "SIGSTOP");
    const refused = await deploy("4", {}, "deploy", project()).done;
    expect(refused.output).toMatch(/Workspace is already locked/);
    const id = /ID:\s+([0-9a-f-]{36})/.exec(refused.output)?.[1];
    expect(id).toBeDefined();

    // The engine's own unlock runs pg_advisory_unlock in its new session: it
    // reports success, and the hung session still holds the lock.
    const e = env("4");
    const forced = run(e.TERRAFORM_BINARY_NAME!, ["force-unlock", "-force", id!], { cwd: stackDir(), env: e, ok: [0, 1] });
    logs.push(forced.stdout + forced.stderr);
    expect(await holders()).toHaveLength(1);

    const tsx = join(ROOT, "node_modules", ".bin", "tsx");
    const lockTool = (...args: string[]) => run(tsx, [join(ROOT, "cli", "main.ts"), "state-lock", "state-lab", "--dir", work, "--no-synth", ...args], { env: e, ok: [0, 2] });
    const shown = lockTool();
    logs.push(shown.stdout + shown.stderr);
    expect(shown.status).toBe(2);
    expect(shown.stdout).toMatch(/is locked by session \d+/);
    const ended = lockTool("--terminate");
    logs.push(ended.stdout + ended.stderr);
    expect(ended.status).toBe(0);
    expect(await holders()).toHaveLength(0);
    console.log(`force-unlock printed: ${forced.stdout.trim()}\nstate-lock printed:\n${shown.stdout}${ended.stdout}`);

    signal(hung, "SIGKILL");
    signal(hung, "SIGCONT");
    await hung.done;
    const next = await deploy("4").done;
    ok(next);
    expect(planIsClean()).toBe(true);
  }, 600_000);

  test("the password reaches no synthesized file, engine file, plan summary or log", () => {
    const tsx = join(ROOT, "node_modules", ".bin", "tsx");
    const review = run(tsx, [join(ROOT, "cli", "main.ts"), "review", "state-lab", "--dir", work, "--out", join(work, "review")], { env: env("5") });
    logs.push(review.stdout + review.stderr);
    expect(review.stdout).toContain("1 to replace"); // the hold step, for round 5
    const files = [join(stackDir(), "cdk.tf.json"), join(stackDir(), ".terraform", "terraform.tfstate"), join(work, "engine-debug.log"),
      join(work, "review.md"), join(work, "review.json")];
    for (const f of files) {
      expect([f, existsSync(f)]).toEqual([f, true]);
      expect(readFileSync(f, "utf8")).not.toContain(SENTINEL);
    }
    expect(JSON.parse(readFileSync(files[0], "utf8")).terraform.backend).toEqual({ pg: { schema_name: SCHEMA } });
    expect(logs.length).toBeGreaterThan(8);
    for (const log of logs) expect(log).not.toContain(SENTINEL);
  });
});
