// `npm run bench` (fifth part): deploy time of 1, 3 and 6 KVM guests (TCG, each
// with a boot disk, a data disk and a cloud-init seed), started (direct kernel boot
// of the host's kernel) and defined only, in the same run, as ratios against one
// guest; then the refresh time of the three started guests. The KVM objects of a stack deploy in parallel,
// limited only by the engine's -parallelism (10). Needs root and libvirtd; the
// guests' files go under a directory this script makes and removes.
// Usage: tsx tools/bench-kvm.ts
import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { engineEnv } from "../cli/engine-env";

const ROOT = join(__dirname, "..");
const POOL = "hlbk";
const RUNS = 3;

function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): number {
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { cwd, env, encoding: "utf8", maxBuffer: 256 << 20 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} exited ${r.status}\n${r.stderr}${r.stdout}`);
  return Number(process.hrtime.bigint() - start) / 1e9;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function main(): void {
  const kernel = readdirSync("/boot").filter((f) => f.startsWith("vmlinuz-")).sort().pop();
  if (!kernel) throw new Error("no /boot/vmlinuz-*: install linux-image-amd64");
  const work = mkdtempSync(join(tmpdir(), "hyperlab-bench-kvm-"));
  chmodSync(work, 0o755); // QEMU (user libvirt-qemu) opens the guests' images below it
  const poolDir = join(work, "pool");
  const base: NodeJS.ProcessEnv = {
    ...engineEnv(), CI: "1", TF_IN_AUTOMATION: "1", HL_E2E_POOL: POOL, HL_E2E_POOL_DIR: poolDir,
    HL_E2E_IMAGE: join(work, "image.qcow2"), HL_E2E_KERNEL: `/boot/${kernel}`,
  };
  run("qemu-img", ["create", "-q", "-f", "qcow2", join(work, "image.qcow2"), "16M"], work, base);
  const app = `${join(ROOT, "node_modules", ".bin", "tsx")} ${join(ROOT, "__tests__", "e2e", "apps", "kvm-lab.ts")}`;
  writeFileSync(join(work, "cdktf.json"), JSON.stringify({ language: "typescript", app, output: "cdktf.out", sendCrashReports: "false" }));
  const cdktf = join(ROOT, "node_modules", ".bin", "cdktf");
  const tofu = base.TERRAFORM_BINARY_NAME!;
  const dir = join(work, "cdktf.out", "stacks", "kvm-lab");
  const deploys: Record<string, number[]> = {};
  let refreshes: number[] = [];
  try {
    for (let r = 0; r < RUNS; r++) {
      for (const [n, started] of [[1, true], [3, true], [6, true], [1, false], [3, false], [6, false]] as const) {
        const env = { ...base, HL_E2E_GUESTS: String(n), HL_E2E_KERNEL: started ? base.HL_E2E_KERNEL : undefined };
        const key = `${n}${started ? "" : "d"}`;
        run(cdktf, ["synth", "--no-color"], work, env);
        run(tofu, ["init", "-input=false", "-no-color"], dir, env);
        (deploys[key] ??= []).push(run(tofu, ["apply", "-auto-approve", "-input=false", "-no-color"], dir, env));
        if (n === 3 && started) {
          refreshes = refreshes.concat([0, 1, 2].map(() => run(tofu, ["plan", "-input=false", "-no-color", "-detailed-exitcode"], dir, env)));
        }
        run(tofu, ["destroy", "-auto-approve", "-input=false", "-no-color"], dir, env);
      }
    }
  } finally {
    spawnSync(cdktf, ["destroy", "kvm-lab", "--auto-approve", "--no-color"], { cwd: work, env: base, encoding: "utf8" });
    rmSync(work, { recursive: true, force: true });
  }
  const line = (suffix: string) => {
    const one = median(deploys[`1${suffix}`]);
    return [1, 3, 6].map((n) => `${n} guest${n > 1 ? "s" : ""} ${median(deploys[`${n}${suffix}`]).toFixed(2)} s ` +
      `(${(median(deploys[`${n}${suffix}`]) / one).toFixed(2)}x)`).join(", ");
  };
  console.log(`KVM deploy (TCG, boot disk + data disk + seed per guest; median of ${RUNS}), started (kernel boot): ${line("")}; ` +
    `defined, not started: ${line("d")}; refresh of the 3 started guests median ${median(refreshes).toFixed(2)} s ` +
    `(runs: ${Object.entries(deploys).map(([k, d]) => `${k}: ${d.map((x) => x.toFixed(2)).join("/")}`).join("; ")})`);
}

main();
