/**
 * The generated bindings' `synthesizeAttributes` returns every attribute of the
 * schema, each one not set as `undefined` (in nested blocks too). cdktf resolves
 * that object twice at synth (the stack's preparing pass and its element pass),
 * and for every key, set or not, makes a resolution context and scans the key for
 * tokens before it drops an undefined value: in a large lab, about a third of the
 * keys it resolves are unset. Here the bindings' attributes are handed to cdktf
 * without the unset keys.
 *
 * The JSON is the same: cdktf drops undefined values when it resolves, writes the
 * file with sorted keys, and its override merge (addOverride) meets a missing key
 * as it meets an undefined one. Only plain objects and arrays are copied; tokens,
 * lazy values and anything else are passed on as they are.
 */
type Attributes = Record<string, unknown>;

function withoutUnset(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutUnset);
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Attributes = {};
    for (const key of Object.keys(value)) {
      const v = (value as Attributes)[key];
      if (v !== undefined) out[key] = withoutUnset(v);
    }
    return out;
  }
  return value;
}

/** Makes a generated resource class's `synthesizeAttributes` leave out unset attributes (see above). */
export function compactAttributes(cls: { prototype: object }): void {
  const proto = cls.prototype as { synthesizeAttributes(): Attributes };
  const generated = proto.synthesizeAttributes;
  proto.synthesizeAttributes = function synthesizeAttributes(this: unknown): Attributes {
    return withoutUnset(generated.call(this)) as Attributes;
  };
}
