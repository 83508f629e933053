import { IConstruct } from "constructs";

/**
 * A synth-time error about one user-supplied value: names the construct path,
 * the offending value and what would have been accepted.
 */
export class ValidationError extends Error {
  constructor(scope: IConstruct, prop: string, value: unknown, expected: string) {
    super(`${scope.node.path}: ${prop} ${JSON.stringify(value)} is invalid: ${expected}`);
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
