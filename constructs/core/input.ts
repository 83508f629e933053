import { Token, Tokenization } from "cdktf";
import { IConstruct } from "constructs";
import { ConfigurationError, ValidationError } from "./errors";
import { requireUsable } from "./refused";

/**
 * The JavaScript-type half of validation: props may come from JavaScript callers or
 * from JSON/YAML, so every value is checked for its type before its content, and
 * validators return the primitive they checked (never the caller's object, whose
 * `toString()` could answer differently the next time).
 */

/** Whether `value` is a cdktf token: a variable, a resource attribute, a function call. */
export function isToken(value: unknown): boolean {
  if (typeof value === "string" || typeof value === "number") return Token.isUnresolved(value);
  return typeof value === "object" && value !== null && !Array.isArray(value) && Token.isUnresolved(value);
}

/**
 * How a validator treats a token: `"plan"` passes it through unchecked (the target
 * checks it at plan time); a sentence refuses it, saying why the value must be
 * known at synth.
 */
export type TokenPolicy = "plan" | string;

/** Where a validator gets its value's type wrong or finds a token it cannot take. */
function refuseToken(scope: IConstruct, prop: string, value: unknown, why: string): never {
  throw new ValidationError(scope, prop, value, `a token cannot be used here, the value must be known at synth: ${why}`);
}

/** A primitive of `type` (a token passes only under policy "plan"), or the error. */
function primitive<T>(scope: IConstruct, prop: string, value: unknown, type: "string" | "number", expected: string, tokens: TokenPolicy): T {
  if (isToken(value)) {
    if (tokens === "plan" && typeof value === type) {
      checkKnownToken(scope, prop, value as string | number);
      return value as T;
    }
    refuseToken(scope, prop, value, tokens === "plan" ? `expected a ${type} token` : tokens);
  }
  if (typeof value !== type) throw new ValidationError(scope, prop, value, `expected a ${type}: ${expected}`);
  return value as T;
}

/** The value as a string primitive, or the error. `expected` describes the valid values for the message. */
export function stringValue(scope: IConstruct, prop: string, value: unknown, expected: string, tokens: TokenPolicy): string {
  return primitive<string>(scope, prop, value, "string", expected, tokens);
}

/** The value as a number primitive (NaN included; range checks come after), or the error. */
export function numberValue(scope: IConstruct, prop: string, value: unknown, expected: string, tokens: TokenPolicy): number {
  return primitive<number>(scope, prop, value, "number", expected, tokens);
}

/** A boolean prop with its default; a token passes only under policy "plan". */
export function booleanValue(scope: IConstruct, prop: string, value: unknown, fallback: boolean, tokens: TokenPolicy): boolean {
  if (value === undefined) return fallback;
  if (isToken(value)) {
    if (tokens === "plan") return value as boolean;
    refuseToken(scope, prop, value, tokens);
  }
  if (typeof value !== "boolean") throw new ValidationError(scope, prop, value, "expected true or false");
  return value;
}

/** A list prop (absent = empty) of at most `max` entries, as a fresh array. */
export function listValue(scope: IConstruct, prop: string, value: unknown, max: number): unknown[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || isToken(value)) {
    throw new ValidationError(scope, prop, value, `expected an array (a token cannot be used: the list is expanded at synth)`);
  }
  // Counted by iterating, as the list is used: a `length` can say otherwise.
  const entries: unknown[] = [];
  for (const entry of value) {
    if (entries.length === max) throw new ValidationError(scope, prop, value, `expected at most ${max} entries`);
    entries.push(entry);
  }
  return entries;
}

/** A nested props object (absent stays undefined). */
export function objectValue<T>(scope: IConstruct, prop: string, value: unknown): T | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "object" || value === null || Array.isArray(value) || isToken(value)) {
    throw new ValidationError(scope, prop, value, "expected an object of props");
  }
  return value as T;
}

/**
 * A construct's props argument, which JavaScript callers may leave out or get
 * wrong, read once at the door into plain data (see `snapshotProps`).
 */
export function propsOf<T>(scope: IConstruct, props: unknown): T {
  let kind: string;
  try {
    kind = props === null ? "null" : Array.isArray(props) ? "an array" : typeof props;
  } catch (err) {
    throw new ValidationError(scope, "props", props, `could not be read (${errorText(err)})`);
  }
  if (kind !== "object") throw new ConfigurationError(scope, `props must be an object, not ${kind}`);
  return snapshotProps(scope, "", props, 0) as T;
}

/** Deeper than any props interface nests; a cycle stops here too. */
const MAX_DEPTH = 12;
/** More entries than any list prop takes; beyond it a list is not read on. */
const MAX_ENTRIES = 4096;

/**
 * The props as plain data, read exactly once: every own property of plain objects
 * and every entry of arrays, recursively. So a getter that throws, a revoked
 * Proxy or a `length` that lies fails here, with the prop's path, and no later
 * read can answer differently. `null` is refused wherever it is (a prop left out
 * takes its default; null is never read as "not given"), and a token this app
 * does not know (forged, or from another CDK app) is refused with the path rather
 * than failing inside cdktf at synth. Other objects (constructs, tokens, hosts,
 * networks) are references and stay as they are.
 */
function snapshotProps(scope: IConstruct, path: string, value: unknown, depth: number): unknown {
  const prop = path || "props";
  if (value === null) {
    throw new ValidationError(scope, prop, value, "null is not a value here: leave the prop out to take its default");
  }
  if (typeof value === "string" || typeof value === "number") {
    checkKnownToken(scope, prop, value);
    return value;
  }
  if (typeof value !== "object") return value;
  try {
    if (Array.isArray(value)) {
      if (depth >= MAX_DEPTH) throw new ValidationError(scope, prop, value, `nested deeper than ${MAX_DEPTH} levels (a cycle?)`);
      const length = value.length;
      if (!(Number.isSafeInteger(length) && length >= 0 && length <= MAX_ENTRIES)) {
        throw new ValidationError(scope, prop, value, `expected a list of at most ${MAX_ENTRIES} entries`);
      }
      return Array.from({ length }, (_, i) => snapshotProps(scope, `${path}[${i}]`, value[i], depth + 1));
    }
    const proto = Object.getPrototypeOf(value);
    if ((proto !== Object.prototype && proto !== null) || Token.isUnresolved(value)) return value;
    if (depth >= MAX_DEPTH) throw new ValidationError(scope, prop, value, `nested deeper than ${MAX_DEPTH} levels (a cycle?)`);
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      const entry = snapshotProps(scope, path ? `${path}.${key}` : key, (value as Record<string, unknown>)[key], depth + 1);
      // defineProperty: a key named "__proto__" (JSON.parse makes one) stays a key.
      if (entry !== undefined) Object.defineProperty(copy, key, { value: entry, enumerable: true, writable: true, configurable: true });
    }
    return copy;
  } catch (err) {
    if (err instanceof ValidationError || err instanceof ConfigurationError) throw err;
    throw new ValidationError(scope, prop, value, `could not be read (${errorText(err)})`);
  }
}

/** Refuses a string or number that looks like a token this app never made. */
export function checkKnownToken(scope: IConstruct, prop: string, value: string | number): void {
  if (!Token.isUnresolved(value)) return;
  if (typeof value === "number") {
    if (Tokenization.reverseNumber(value) === undefined) throw new ValidationError(scope, prop, value, UNKNOWN_TOKEN);
    return;
  }
  try {
    Tokenization.reverseString(value);
  } catch {
    throw new ValidationError(scope, prop, value, UNKNOWN_TOKEN);
  }
}

const UNKNOWN_TOKEN = "a token this app does not know (forged, or from another CDK app): pass the token itself, or plain text";

function errorText(err: unknown): string {
  try {
    return err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  } catch {
    return "an error that cannot be shown";
  }
}

/** A prop that must be an instance of a construct class, e.g. `host`. */
export function instanceValue<T>(scope: IConstruct, prop: string, value: unknown, kind: abstract new (...args: any[]) => T, what: string): T {
  if (!(value instanceof kind)) throw new ValidationError(scope, prop, value, `expected ${what}`);
  requireUsable(scope, prop, value);
  return value;
}
