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
