// withoutCreationStacks: tokens made inside have no creation stack (the cost it
// removes), every Error keeps its whole stack, and the formatter in place before is
// back afterwards, also when the build throws.
import { Lazy } from "cdktf";
import { withoutCreationStacks } from "../constructs/core/creation-stacks";


/** A lazy token: cdktf records a creation stack for it, as for its other tokens. */
function lazyToken(): { creationStack: string[] } {
  return Lazy.anyValue({ produce: () => 1 }) as unknown as { creationStack: string[] };
}

test("a token made inside has an empty creation stack; one made outside keeps its stack", () => {
  expect(lazyToken().creationStack.length).toBeGreaterThan(2);
  expect(withoutCreationStacks(() => lazyToken()).creationStack).toEqual([]);
});

test("an Error made inside keeps its whole stack, formatted as V8 does", () => {
  const inner = () => new TypeError("bad prop");
  const e = withoutCreationStacks(() => inner());
  expect(e.stack).toMatch(/^TypeError: bad prop\n    at inner /);
  expect(e.stack!.split("\n").length).toBeGreaterThan(3);
});

test("the formatter in place before is used for Errors inside, and is back afterwards, also after a throw", () => {
  const before = Error.prepareStackTrace;
  const mine = (err: Error) => `formatted: ${err.message}`;
  Error.prepareStackTrace = mine;
  try {
    expect(withoutCreationStacks(() => new Error("x")).stack).toBe("formatted: x");
    expect(() => withoutCreationStacks(() => { throw new Error("boom"); })).toThrow("boom");
    expect(Error.prepareStackTrace).toBe(mine);
    // Nested: the inner call leaves the outer one's formatter in place.
    withoutCreationStacks(() => {
      const during = Error.prepareStackTrace;
      withoutCreationStacks(() => undefined);
      expect(Error.prepareStackTrace).toBe(during);
    });
  } finally {
    Error.prepareStackTrace = before;
  }
  expect(Error.prepareStackTrace).toBe(before);
});

test("inside, Error.captureStackTrace collects nothing for a plain object, and an Error's stack as before; it is back afterwards", () => {
  const before = Error.captureStackTrace;
  const plain: { stack?: string } = { stack: "" };
  const err = new Error("e");
  withoutCreationStacks(() => {
    Error.captureStackTrace(plain);
    Error.captureStackTrace(err);
  });
  expect(plain.stack).toBe("");
  expect(err.stack!.split("\n").length).toBeGreaterThan(2);
  expect(Error.captureStackTrace).toBe(before);
  expect(() => withoutCreationStacks(() => { throw new Error("boom"); })).toThrow("boom");
  expect(Error.captureStackTrace).toBe(before);
});
