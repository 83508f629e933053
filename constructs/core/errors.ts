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

/** Sets an error's constructPath, left out of what node prints of the error (the message names the path). */
function definePath(error: Error, scope: IConstruct): void {
  Object.defineProperty(error, "constructPath", { value: scope.node.path, enumerable: false });
}

/**
 * A refusal of one user-supplied value: names the construct path, the offending
 * value and what would have been accepted. The construct keeps it, and the app's
 * synth throws it with every other refusal of the app, listed in its message.
 */
export class ValidationError extends Error {
  /** The path of the construct whose prop is refused: synth lists refusals in path order. */
  declare readonly constructPath: string;

  constructor(scope: IConstruct, prop: string, value: unknown, expected: string) {
    super(`${scope.node.path}: ${prop} ${describeValue(value)} is invalid: ${expected}`);
    this.name = "ValidationError";
    definePath(this, scope);
  }
}

/**
 * A refusal of props that contradict each other or the target: kept by the
 * construct and thrown by the app's synth as a ValidationError is.
 */
export class ConfigurationError extends Error {
  /** The path of the construct whose props are refused: synth lists refusals in path order. */
  declare readonly constructPath: string;

  constructor(scope: IConstruct, message: string) {
    super(`${scope.node.path}: ${message}`);
    this.name = "ConfigurationError";
    definePath(this, scope);
  }
}

/**
 * A prop names a construct that was refused itself (a guest on a BridgedNetwork
 * whose cidr was refused): this construct cannot be checked against it nor built
 * on it. It is refused too, silently: the other construct's refusal, reported at
 * synth, says what to fix, and this one is checked again in the next run.
 */
export class RefusedReference extends ConfigurationError {
  constructor(scope: IConstruct, prop: string, refused: IConstruct) {
    super(scope, `${prop} ${refused.node.path} was refused, so this construct is not built on it`);
    this.name = "RefusedReference";
  }
}

/**
 * Reading an attribute of a construct whose props were refused: it built nothing,
 * so it has no value to give. Thrown at once (the caller needs a value now), its
 * message naming the construct's refusals, which synth reports with every other.
 */
export class RefusedConstructError extends Error {
  constructor(path: string, attribute: string, refusals: readonly string[]) {
    super(`${path}: ${attribute} cannot be read: the construct's props were refused, so it built nothing:\n` +
      refusals.map((r) => `  ${r}`).join("\n"));
    this.name = "RefusedConstructError";
  }
}

/** The lines of refusals shown together: the first, then "and N more:" and the others, indented. */
export function togetherMessage(messages: readonly string[]): string {
  const [first, ...others] = messages;
  return others.length ? `${first}\nand ${others.length} more:\n${others.map((m) => `  ${m}`).join("\n")}` : first ?? "";
}

/**
 * Several refusals of one construct's props, thrown together from its checks to
 * its constructor, which keeps each of them for synth (see core/refused.ts).
 */
export class RefusedTogether extends Error {
  constructor(readonly refusals: readonly Error[]) {
    super(togetherMessage(refusals.map((e) => e.message)));
    this.name = "RefusedTogether";
  }
}

/**
 * A construct's refusals of its props, kept as they are found so a user sees every
 * mistake in one run instead of one per run (as AWS CDK reports its validation
 * errors together). Each check runs on its own prop; a refusal is kept and the next
 * check runs. `throwIfAny` then throws them to the construct's constructor, which
 * keeps them for synth with every other construct's (core/refused.ts). Anything
 * else thrown (a bug, not a refusal) passes through at once.
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

  /** Throws the refusals kept: one as itself, several as a RefusedTogether; returns when there were none. */
  throwIfAny(): void {
    if (this.found.length === 1) throw this.found[0];
    if (this.found.length > 1) throw new RefusedTogether(this.found);
  }
}
