import { IConstruct } from "constructs";

const SHOWN_CHARACTERS = 120;

/**
 * A value as a person reads it in a message, whatever its JavaScript type: strings
 * quoted and escaped (long ones cut), NaN and Infinity by name, never a throw
 * (JSON.stringify throws on a BigInt and drops a Symbol).
 */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case "string": {
      const shown = JSON.stringify(value.length > SHOWN_CHARACTERS ? value.slice(0, SHOWN_CHARACTERS) : value);
      return value.length > SHOWN_CHARACTERS ? `${shown}... (${value.length} characters)` : shown;
    }
    case "number":
      return Object.is(value, -0) ? "-0" : String(value);
    case "bigint":
      return `${value}n (a BigInt)`;
    case "symbol":
      return `${String(value.description ?? "")} (a Symbol)`;
    case "function":
      return "a function";
    case "undefined":
      return "undefined";
    case "boolean":
      return String(value);
    default:
      if (value === null) return "null";
      try {
        if (Array.isArray(value)) return `an array of ${value.length}`;
      } catch {
        return "an object that cannot be read (a revoked Proxy?)";
      }
      return "an object";
  }
}

/**
 * A synth-time error about one user-supplied value: names the construct path,
 * the offending value and what would have been accepted.
 */
export class ValidationError extends Error {
  constructor(scope: IConstruct, prop: string, value: unknown, expected: string) {
    super(`${scope.node.path}: ${prop} ${describeValue(value)} is invalid: ${expected}`);
    this.name = "ValidationError";
  }
}

/** A synth-time error about props that contradict each other or the target. */
export class ConfigurationError extends Error {
  constructor(scope: IConstruct, message: string) {
    super(`${scope.node.path}: ${message}`);
    this.name = "ConfigurationError";
  }
}

/**
 * A construct's refusals of its props, kept as they are found so a user sees every
 * mistake of the construct in one run instead of one per run (as AWS CDK reports
 * its validation errors together). Each check runs on its own prop; a refusal is
 * kept and the next check runs. `throwIfAny` then throws the first refusal, its
 * own class kept (a caller catching ValidationError still catches it), its message
 * followed by every other's, each naming its construct path, prop and value.
 * Anything else thrown (a bug, not a refusal) passes through at once.
 */
export class Refusals {
  private readonly found: Error[] = [];

  /** The check's value, or undefined when it refused (the refusal is kept). */
  check<T>(run: () => T): T | undefined {
    try {
      return run();
    } catch (err) {
      if (!(err instanceof ValidationError || err instanceof ConfigurationError)) throw err;
      this.found.push(err);
      return undefined;
    }
  }

  /** Whether a check has refused so far: a check that needs an earlier value waits for none. */
  get any(): boolean {
    return this.found.length > 0;
  }

  /** Throws the refusals kept, together; returns when there were none. */
  throwIfAny(): void {
    const [first, ...others] = this.found;
    if (first === undefined) return;
    if (others.length) {
      first.message += `\nand ${others.length} more:\n${others.map((e) => `  ${e.message}`).join("\n")}`;
      // V8 wrote the message into the stack when the error was made: keep the two the same.
      const frames = first.stack?.indexOf("\n    at ") ?? -1;
      if (frames >= 0) first.stack = `${first.name}: ${first.message}${first.stack!.slice(frames)}`;
    }
    throw first;
  }
}
