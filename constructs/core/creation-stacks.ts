/**
 * cdktf 0.21 records a "creation stack" for every token, list and object reference it
 * makes (`captureStackTrace` in cdktf's tokens/private/stack-trace.js): a whole stack
 * trace, collected and formatted as text on the spot. It is read only when resolving
 * that token fails, to say where the token was made. The constructs make thousands of
 * them (the generated bindings' list and object fields, attribute references,
 * dependsOn): formatting those stacks was about a third of the synth of a large lab.
 *
 * Inside `withoutCreationStacks`, `Error.captureStackTrace` on an object that is not
 * an Error (cdktf's captures are plain `{ stack }` objects) collects nothing, and a
 * stack V8 collects anyway for such an object is formatted as "", so the tokens
 * made there have an empty creation stack, and making one costs no stack walk. What a user loses: when such a
 * token fails to resolve, cdktf's message has no "created at" lines; they would
 * point into this library's backends, which made the token, and the construct path
 * in the message still names the object. Every Error keeps its whole stack, as the
 * previous formatter (or V8's default format) writes it. CDK Terrain has the same
 * switch for the whole app (`CDKTN_DISABLE_CREATION_STACK`).
 */
type PrepareStackTrace = (error: Error, frames: NodeJS.CallSite[]) => unknown;

let outer: PrepareStackTrace | undefined;

/** V8's own format, as Node writes it when no formatter is installed. */
function v8Format(error: Error, frames: NodeJS.CallSite[]): string {
  let head: string;
  try {
    head = Error.prototype.toString.call(error);
  } catch {
    head = "<error>";
  }
  return frames.length === 0 ? head : `${head}\n    at ${frames.join("\n    at ")}`;
}

function emptyUnlessError(error: Error, frames: NodeJS.CallSite[]): unknown {
  // Cross-realm safe (jest runs modules in their own context): Errors of any realm.
  if (Object.prototype.toString.call(error) !== "[object Error]") return "";
  return outer ? outer(error, frames) : v8Format(error, frames);
}

type CaptureStackTrace = (target: object, constructorOpt?: Function) => void;

let capture: CaptureStackTrace | undefined;

/** Error.captureStackTrace for Errors (of any realm); nothing for another object. */
function captureUnlessNotError(target: object, constructorOpt?: Function): void {
  if (Object.prototype.toString.call(target) === "[object Error]") capture!.call(Error, target, constructorOpt);
}

/** Runs `build` with creation stacks left empty for the tokens it makes (see above). */
export function withoutCreationStacks<T>(build: () => T): T {
  if (Error.prepareStackTrace === emptyUnlessError) return build();
  const previous = Error.prepareStackTrace;
  const previousCapture = Error.captureStackTrace;
  outer = previous;
  capture = previousCapture;
  Error.prepareStackTrace = emptyUnlessError;
  Error.captureStackTrace = captureUnlessNotError;
  try {
    return build();
  } finally {
    Error.prepareStackTrace = previous;
    Error.captureStackTrace = previousCapture;
    outer = undefined;
    capture = undefined;
  }
}
