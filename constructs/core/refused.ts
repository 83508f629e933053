// Refusals of props across an app (issue 31), as AWS CDK reports its validation
// errors: a construct whose props are refused keeps its refusals instead of
// stopping the app, builds nothing, and the app's synth throws one error listing
// every refusal of every construct, each with its construct path, in path order.
// So a lab with a bad KvmGuest, a bad BridgedNetwork and a bad LxcContainer is
// fixed after one run, not three.
//
// Each construct's constructor is the door: its checks (a spec module's, then a
// backend's) run inside `try`, and its `catch` hands what was thrown to `refuse`.
import { Aspects, IAspect, TerraformStack } from "cdktf";
import { IConstruct } from "constructs";
import { ConfigurationError, RefusedConstructError, RefusedReference, RefusedTogether, togetherMessage, ValidationError } from "./errors";

/** One refused prop (or props that contradict each other) of one construct. */
interface Refusal {
  readonly path: string;
  readonly error: Error;
  /** The error's own message and stack, as it was made: synth adds the others' lines to a copy. */
  readonly message: string;
  readonly stack?: string;
  /** false for a RefusedReference: the construct it names reports the reason. */
  readonly reported: boolean;
}

/** Every refusal of an app, keyed by the app (its tree's root). */
const refusalsByApp = new WeakMap<IConstruct, Refusal[]>();
/** The refusals of each refused construct. */
const refusalsByConstruct = new WeakMap<IConstruct, Refusal[]>();

/** Whether `value` is a construct whose props were refused (so it built nothing). */
export function isRefused(value: unknown): boolean {
  return typeof value === "object" && value !== null && refusalsByConstruct.has(value as IConstruct);
}

/**
 * A prop's construct, checked to be usable: a construct that was refused itself
 * makes `scope` refused too, silently (RefusedReference), instead of a crash on
 * the attributes it does not have.
 */
export function requireUsable(scope: IConstruct, prop: string, value: unknown): void {
  if (isRefused(value)) throw new RefusedReference(scope, prop, value as IConstruct);
}

/**
 * Keeps what a construct's checks threw (a ValidationError, a ConfigurationError,
 * or several as a RefusedTogether) as the construct's refusals, to be thrown at
 * synth with the app's others; anything else (a bug) is thrown on at once. The
 * refused construct is left empty: what it had made before the refusal is removed
 * (no resource is built from props that were not all checked), and each of its
 * attributes throws a RefusedConstructError when read.
 */
export function refuse(construct: IConstruct, thrown: unknown): void {
  const errors = refusalErrors(thrown);
  if (errors === undefined) throw thrown;
  const refusals: Refusal[] = errors.map((error) => ({
    path: error instanceof ValidationError || error instanceof ConfigurationError ? error.constructPath : construct.node.path,
    error,
    message: error.message,
    stack: error.stack,
    reported: !(error instanceof RefusedReference),
  }));
  const own = refusalsByConstruct.get(construct) ?? [];
  own.push(...refusals);
  refusalsByConstruct.set(construct, own);
  const app = construct.node.root;
  const all = refusalsByApp.get(app) ?? [];
  all.push(...refusals);
  refusalsByApp.set(app, all);

  for (const child of [...construct.node.children]) construct.node.tryRemoveChild(child.node.id);
  emptyAttributes(construct, own);
  // As AWS CDK's constructs do: node.validate() names what is wrong with it.
  construct.node.addValidation({ validate: () => own.filter((r) => r.reported).map((r) => r.message) });
  throwAtSynthOfEveryStack(app);
}

function refusalErrors(thrown: unknown): readonly Error[] | undefined {
  if (thrown instanceof RefusedTogether) return thrown.refusals;
  if (thrown instanceof ValidationError || thrown instanceof ConfigurationError) return [thrown];
  return undefined;
}

/**
 * Replaces each attribute of the refused construct (its own fields, which the
 * compiler defines on every instance, set or not) with a getter that throws:
 * a program that reads one before synth learns at once why there is nothing to read.
 */
function emptyAttributes(construct: IConstruct, refusals: readonly Refusal[]): void {
  for (const key of Object.keys(construct)) {
    if (key === "node") continue;
    Object.defineProperty(construct, key, {
      configurable: true,
      enumerable: true,
      get: () => {
        throw new RefusedConstructError(construct.node.path, key, refusals.map((r) => r.message));
      },
    });
  }
}

/**
 * Throws the app's refusals as one error, when it has any: the first refusal in
 * construct-path order, of its own class (code catching ValidationError still
 * catches it) and with its own stack (where the construct was made), its message
 * followed by every other's. Refusals of one construct keep the order its checks
 * found them in.
 */
export function throwIfRefused(scope: IConstruct): void {
  const all = refusalsByApp.get(scope.node.root);
  if (!all?.length) return;
  const reported = all.filter((r) => r.reported);
  const [first, ...others] = [...(reported.length ? reported : all)].sort((a, b) => comparePaths(a.path, b.path));
  const error = first.error;
  error.message = togetherMessage([first.message, ...others.map((r) => r.message)]);
  // The stack as V8 wrote it when the error was made starts with the message: keep the two the same.
  const frames = first.stack?.indexOf("\n    at ") ?? -1;
  if (frames >= 0) error.stack = `${error.name}: ${error.message}${first.stack!.slice(frames)}`;
  throw error;
}

/** Construct paths compared one id at a time, so "a/b" comes before "a-b/c" and "a/b/c" after "a/b". */
function comparePaths(a: string, b: string): number {
  const x = a.split("/");
  const y = b.split("/");
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
  }
  return x.length - y.length;
}

/**
 * The aspect cdktf runs first when it synthesizes a stack (App.synth, and the
 * Testing helpers: Testing.synth runs aspects but no validations, and runs them
 * whatever skipValidation says): it throws the app's refusals before any JSON is
 * written, on the stack's own node, the first it visits.
 */
const REFUSALS_AT_SYNTH: IAspect = { visit: (node) => throwIfRefused(node) };

/**
 * Puts the aspect on every stack of the app, so the first stack App.synth takes
 * throws, whichever stack holds the refused construct: no stack's JSON is written.
 */
function throwAtSynthOfEveryStack(app: IConstruct): void {
  for (const stack of app.node.findAll().filter(TerraformStack.isStack)) {
    const aspects = Aspects.of(stack);
    if (!aspects.all.includes(REFUSALS_AT_SYNTH)) aspects.add(REFUSALS_AT_SYNTH);
  }
}
