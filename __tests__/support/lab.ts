import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { engineEnv, run, RunResult } from "./engine";

const ROOT = join(__dirname, "..", "..");

/** Where a test deploys the Linux lab from: a project directory of its own with the e2e app. */
export interface LabProject {
  readonly work: string;
  readonly stackDir: string;
  cdktf(verb: "synth" | "deploy" | "destroy"): RunResult;
  /**
   * The pinned engine itself in the synthesized stack directory (e.g. `init`, `apply`):
   * what `cdktf deploy` runs after its synth, without synthesizing again.
   */
  engine(args: string[]): RunResult;
  /**
   * `npm run drift` on the lab; resolves to its exit code and output, whatever the code.
   * With `synth: false`, plans what the last synth wrote (`--no-synth`).
   */
  drift(reportPrefix?: string, options?: { synth?: boolean }): RunResult;
  /** `npm run review` on the lab, written to PREFIX.md/.json; throws unless it exits 0. */
  review(prefix: string): RunResult;
  remove(): void;
}

export interface LabNames {
  readonly prefix: string;
  readonly bridge: string;
  readonly cidr: string;
  readonly guestDir: string;
  readonly accelerator: "kvm" | "tcg";
}

export function labProject(names: LabNames): LabProject {
  const work = mkdtempSync(join(tmpdir(), "hyperlab-lab-"));
  const app = `${join(ROOT, "node_modules", ".bin", "tsx")} ${join(ROOT, "__tests__", "e2e", "apps", "linux-lab.ts")}`;
  writeFileSync(join(work, "cdktf.json"), JSON.stringify({ language: "typescript", app, output: "cdktf.out", sendCrashReports: "false" }));
  const env = () => ({
    ...engineEnv(), CI: "1",
    HL_E2E_PREFIX: names.prefix, HL_E2E_BRIDGE: names.bridge, HL_E2E_CIDR: names.cidr, HL_E2E_GUEST: names.guestDir, HL_E2E_ACCEL: names.accelerator,
  });
  return {
    work,
    stackDir: join(work, "cdktf.out", "stacks", "linux-lab"),
    cdktf(verb) {
      const flags = verb === "synth" ? [] : ["linux-lab", "--auto-approve"];
      return run(join(ROOT, "node_modules", ".bin", "cdktf"), [verb, ...flags, "--no-color"], { cwd: work, env: env() });
    },
    engine(args) {
      return run(engineEnv().TERRAFORM_BINARY_NAME!, [...args, "-input=false", "-no-color"],
        { cwd: join(work, "cdktf.out", "stacks", "linux-lab"), env: { ...env(), TF_IN_AUTOMATION: "1" } });
    },
    drift(reportPrefix, options = {}) {
      const args = [join(ROOT, "cli", "main.ts"), "drift", "linux-lab", "--dir", work, ...(reportPrefix ? ["--report", reportPrefix] : []),
        ...(options.synth === false ? ["--no-synth"] : [])];
      // The engine's debug log stays in the project directory, for a run that goes wrong.
      return run(join(ROOT, "node_modules", ".bin", "tsx"), args, {
        env: { ...env(), TF_LOG: "debug", TF_LOG_PATH: join(work, "drift-engine.log") }, ok: [0, 1, 2, 3],
      });
    },
    review(prefix) {
      const args = [join(ROOT, "cli", "main.ts"), "review", "linux-lab", "--dir", work, "--out", prefix];
      return run(join(ROOT, "node_modules", ".bin", "tsx"), args, { env: env() });
    },
    remove: () => rmSync(work, { recursive: true, force: true }),
  };
}
