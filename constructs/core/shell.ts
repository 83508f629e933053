import { join, quote } from "shlex";

/**
 * The one place that turns arguments into shell text. Every command a construct
 * runs is an argv array; values were validated already, and quoting here means a
 * value that slipped through is still just an argument, never shell syntax.
 */
export type Argv = readonly string[];

/** A single command line with every argument quoted. */
export function command(argv: Argv): string {
  if (argv.length === 0) throw new Error("command: empty argv");
  return join([...argv]);
}

/** Runs argv inside a network namespace when one is given. */
export function inNetns(netns: string | undefined, argv: Argv): Argv {
  return netns ? ["ip", "netns", "exec", netns, ...argv] : argv;
}

/** A line that may fail without failing the script (destroy must be re-runnable). */
export function tolerant(line: string): string {
  return `${line} || true`;
}

/** Runs `then` only if `condition` succeeds. */
export function when(condition: string, then: string): string {
  return `if ${condition}; then ${then}; fi`;
}

/** Joins lines into a script that stops at the first failing line. */
export function script(lines: readonly string[]): string {
  return ["set -eu", ...lines].join("\n");
}

/** Quotes one value for use inside a fixed script fragment. */
export function arg(value: string): string {
  return quote(value);
}
