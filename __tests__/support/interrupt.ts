// What the interrupted-deploy tests share: kill points drawn from a fixed seed,
// and an apply SIGKILLed, engine and providers, at one of them.
import { spawn } from "node:child_process";
import { engineEnv } from "./engine";

/** A fixed sequence of fractions in (0, 1): the kill points, the same every run. */
export function* fractions(seed: number): Generator<number> {
  let x = seed;
  for (;;) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    yield 0.05 + 0.9 * (x / 2 ** 31);
  }
}

/**
 * Starts an apply in `stackDir`, in a process group of its own, and SIGKILLs that
 * group (the engine and the providers it started, nothing else on the machine)
 * after `seconds`; resolves to whether the apply was still running to kill.
 */
export function killedApply(stackDir: string, seconds: number): Promise<boolean> {
  return new Promise((resolve) => {
    const e = engineEnv();
    const child = spawn(e.TERRAFORM_BINARY_NAME!, ["apply", "-auto-approve", "-input=false", "-no-color"],
      { cwd: stackDir, env: e, stdio: "ignore", detached: true });
    let killed = false;
    const timer = setTimeout(() => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      try {
        process.kill(-child.pid!, "SIGKILL");
        killed = true;
      } catch {
        // The group ended between the check and the kill.
      }
    }, seconds * 1000);
    child.on("exit", () => {
      clearTimeout(timer);
      resolve(killed);
    });
  });
}
