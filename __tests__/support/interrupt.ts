// What the interrupted-deploy tests share: kill points drawn from a fixed seed,
// and an apply SIGKILLed, engine and providers, at one of them.
import { spawn, spawnSync } from "node:child_process";
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
 * Starts an apply in `stackDir` and SIGKILLs the engine and the providers named
 * after `seconds`; resolves to whether anything was still running to kill.
 */
export function killedApply(stackDir: string, seconds: number, providers: string[]): Promise<boolean> {
  return new Promise((resolve) => {
    const e = engineEnv();
    const child = spawn(e.TERRAFORM_BINARY_NAME!, ["apply", "-auto-approve", "-input=false", "-no-color"], { cwd: stackDir, env: e, stdio: "ignore" });
    let killed = false;
    const timer = setTimeout(() => {
      for (const pattern of [...providers.map((p) => `terraform-provider-${p}`), "tofu apply"]) {
        killed = spawnSync("pkill", ["-KILL", "-f", pattern]).status === 0 || killed;
      }
    }, seconds * 1000);
    child.on("exit", () => {
      clearTimeout(timer);
      resolve(killed);
    });
  });
}
