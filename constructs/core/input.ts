import { Token } from "cdktf";
import { IConstruct } from "constructs";
import { ConfigurationError, ValidationError } from "./errors";

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
    if (tokens === "plan" && typeof value === type) return value as T;
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
  if (value.length > max) throw new ValidationError(scope, prop, value, `expected at most ${max} entries`);
  return [...value];
}

/** A nested props object (absent stays undefined). */
export function objectValue<T>(scope: IConstruct, prop: string, value: unknown): T | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "object" || value === null || Array.isArray(value) || isToken(value)) {
    throw new ValidationError(scope, prop, value, "expected an object of props");
  }
  return value as T;
}

/** A construct's props argument, which JavaScript callers may leave out or get wrong. */
export function propsOf<T>(scope: IConstruct, props: unknown): T {
  if (typeof props !== "object" || props === null || Array.isArray(props)) {
    throw new ConfigurationError(scope, `props must be an object, not ${props === null ? "null" : Array.isArray(props) ? "an array" : typeof props}`);
  }
  return props as T;
}

/** A prop that must be an instance of a construct class, e.g. `host`. */
export function instanceValue<T>(scope: IConstruct, prop: string, value: unknown, kind: abstract new (...args: any[]) => T, what: string): T {
  if (!(value instanceof kind)) throw new ValidationError(scope, prop, value, `expected ${what}`);
  return value;
}
