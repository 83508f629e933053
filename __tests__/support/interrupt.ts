// What the interrupted-deploy tests share: kill points drawn from a fixed seed,
// and an apply SIGKILLed, engine and providers, at one of them.
//
// A kill point is a place in the apply's own progress (the engine's k-th
// "Creating..." or "Creation complete" line, then a delay short of the next
// one), not a moment on the clock: under load an apply runs slower or faster
// than the one measured, and a clock-based kill then lands after it finished.
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

/** One progress line of an apply, and when it came after the apply started. */
export interface ApplyEvent { line: string; atMs: number }

/** Where to kill: after the event at `index`, `delayMs` later unless the next event comes first. */
export interface KillPoint { index: number; delayMs: number; event: string; of: number }

const PROGRESS = /^\S+: (Creating\.\.\.|Creation complete\b)/;

function startApply(stackDir: string) {
  const e = engineEnv();
  return spawn(e.TERRAFORM_BINARY_NAME!, ["apply", "-auto-approve", "-input=false", "-no-color"],
    { cwd: stackDir, env: { ...e, TF_IN_AUTOMATION: "1" }, stdio: ["ignore", "pipe", "pipe"], detached: true });
}

/** Calls `onEvent` for each progress line of `child`'s output, as it comes. */
function onProgress(child: ReturnType<typeof startApply>, onEvent: (line: string) => void) {
  let rest = "";
  child.stdout!.setEncoding("utf8").on("data", (chunk: string) => {
    const lines = (rest + chunk).split("\n");
    rest = lines.pop()!;
    for (const line of lines) if (PROGRESS.test(line)) onEvent(line);
  });
  child.stderr!.resume();
}

/** Runs one whole apply in `stackDir` and returns its progress lines with their times. */
export function timedApply(stackDir: string): Promise<ApplyEvent[]> {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const events: ApplyEvent[] = [];
    const child = startApply(stackDir);
    onProgress(child, (line) => events.push({ line, atMs: Number(process.hrtime.bigint() - t0) / 1e6 }));
    child.on("exit", (code) => (code === 0 ? resolve(events) : reject(new Error(`apply exited ${code}`))));
  });
}

/**
 * Ten kill points over the events of a whole apply, from a fixed seed: an event
 * (each about as likely), then a delay that is a fraction of the time the whole
 * apply took to reach the next event, so that some kills land inside a create.
 */
export function killPoints(seed: number, events: ApplyEvent[], count = 10): KillPoint[] {
  if (events.length === 0) throw new Error("the whole apply printed no progress line to kill at");
  const f = fractions(seed);
  return Array.from({ length: count }, () => {
    const index = Math.min(events.length - 1, Math.floor((f.next().value as number) * events.length));
    const gap = index + 1 < events.length ? events[index + 1].atMs - events[index].atMs : 0;
    return { index, delayMs: Math.round(gap * (f.next().value as number)), event: events[index].line, of: events.length };
  });
}

/**
 * Starts an apply in `stackDir`, in a process group of its own, and SIGKILLs that
 * group (the engine and the providers it started, nothing else on the machine)
 * at `point`; resolves to whether the apply was still running to kill.
 */
export function killedApply(stackDir: string, point: KillPoint): Promise<boolean> {
  return new Promise((resolve) => {
    const child = startApply(stackDir);
    let seen = 0;
    let killed = false;
    let timer: NodeJS.Timeout | undefined;
    const kill = () => {
      if (killed || child.exitCode !== null || child.signalCode !== null) return;
      try {
        process.kill(-child.pid!, "SIGKILL");
        killed = true;
      } catch {
        // The group ended between the check and the kill.
      }
    };
    onProgress(child, () => {
      seen++;
      if (seen === point.index + 1) timer = setTimeout(kill, point.delayMs);
      else if (seen > point.index + 1) kill(); // the next event came before the delay ran out
    });
    child.on("exit", () => {
      clearTimeout(timer);
      resolve(killed);
    });
  });
}

/** How a kill point reads in a test's tally. */
export function describeKillPoint(p: KillPoint): string {
  return `kill ${p.delayMs} ms after event ${p.index + 1}/${p.of} (${p.event.replace(/ \[id=.*$/, "")})`;
}
