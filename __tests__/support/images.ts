import { createHash } from "node:crypto";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { run, RunResult } from "./engine";

const ROOT = join(__dirname, "..", "..");

/**
 * Builds a test guest image into `dir` with tools/guest-image/SCRIPT (or finds it up
 * to date), under a lock named by `dir`: test files run side by side, and two that ask
 * for the same image at once would otherwise build into one directory together. The
 * first builds; the others wait, then find it up to date. The lock lives in /run/lock,
 * so it leaves nothing where the residue checks look.
 */
export function buildGuestImage(script: "build.sh" | "build-cloud.sh", dir: string): RunResult {
  mkdirSync("/run/lock", { recursive: true });
  const lock = `/run/lock/hyperlab-image-${createHash("sha256").update(dir).digest("hex").slice(0, 16)}.lock`;
  return run("flock", [lock, "bash", join(ROOT, "tools", "guest-image", script), dir]);
}
