// No hang: 50 consecutive refreshes (`tofu plan`) of a stack of three KVM guests
// with cloud-init seeds each finish within a bound and find nothing to change.
// The libvirt provider this project used before hung in 2 of 30 such refreshes
// (it read each seed back over libvirtd's socket); the hyperlab provider reads a
// seed from its file. The guests are defined, not running; destroy leaves nothing.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { engineEnv, run } from "../support/engine";
import { difference, hostState, HostState } from "../support/residue";

jest.setTimeout(20 * 60 * 1000);

const ROOT = join(__dirname, "..", "..");
const POOL = "hlrf";
const POOL_DIR = `/var/lib/hyperlab/${POOL}`;
const REFRESHES = 50;
/** Far above the ~1-2 s a refresh takes here, far below a hang. */
const BOUND_SECONDS = 30;

describe("refreshes of three seeded KVM guests", () => {
  let work: string;
  let before: HostState;
  const env = () => ({ ...engineEnv(), CI: "1", HL_E2E_POOL: POOL, HL_E2E_POOL_DIR: POOL_DIR, HL_E2E_IMAGE: join(work, "image.qcow2"), HL_E2E_GUESTS: "3" });
  const cdktf = (verb: string, ok = [0]) =>
    run(join(ROOT, "node_modules", ".bin", "cdktf"), [verb, ...(verb === "synth" ? [] : ["kvm-lab", "--auto-approve"]), "--no-color"], { cwd: work, env: env(), ok });

  beforeAll(() => {
    before = hostState();
    work = mkdtempSync(join(tmpdir(), "hyperlab-kvm-refresh-"));
    run("qemu-img", ["create", "-q", "-f", "qcow2", join(work, "image.qcow2"), "16M"]);
    const app = `${join(ROOT, "node_modules", ".bin", "tsx")} ${join(__dirname, "apps", "kvm-lab.ts")}`;
    writeFileSync(join(work, "cdktf.json"), JSON.stringify({ language: "typescript", app, output: "cdktf.out", sendCrashReports: "false" }));
    cdktf("deploy");
  });

  afterAll(() => {
    try {
      cdktf("destroy", [0, 1]);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  test(`${REFRESHES} refreshes, each within ${BOUND_SECONDS} s and with no changes`, () => {
    const e = engineEnv();
    const times: number[] = [];
    const failures: string[] = [];
    for (let i = 0; i < REFRESHES; i++) {
      const t = process.hrtime.bigint();
      // spawnSync's timeout kills a hung refresh, so a hang fails this test instead of stalling it.
      const r = run(e.TERRAFORM_BINARY_NAME!, ["plan", "-detailed-exitcode", "-input=false", "-no-color"], {
        cwd: join(work, "cdktf.out", "stacks", "kvm-lab"), env: { ...e, TF_IN_AUTOMATION: "1" }, ok: [-1, 0, 1, 2], timeoutMs: BOUND_SECONDS * 1000,
      });
      const took = Number(process.hrtime.bigint() - t) / 1e9;
      times.push(took);
      if (r.status !== 0) failures.push(`refresh ${i + 1}: exit ${r.status} after ${took.toFixed(1)} s\n${r.stdout}\n${r.stderr}`);
    }
    const sorted = [...times].sort((a, b) => a - b);
    console.log(`${REFRESHES} refreshes of 3 seeded guests: ${REFRESHES - failures.length}/${REFRESHES} clean within ${BOUND_SECONDS} s; ` +
      `median ${sorted[REFRESHES >> 1].toFixed(2)} s, slowest ${sorted[REFRESHES - 1].toFixed(2)} s`);
    expect(failures).toEqual([]);
  });

  test("destroy leaves nothing", () => {
    cdktf("destroy");
    expect(difference(before, hostState(), /hlrf/)).toEqual({});
  });
});
