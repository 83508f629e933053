import { Construct } from "constructs";
import { ValidationError } from "../core/errors";
import { listValue, objectValue, stringValue } from "../core/input";
import { integerIn } from "../core/numbers";

/** When a guest starts and stops with its node, relative to the node's other guests. */
export interface ProxmoxStartupProps {
  /** Place in the node's start order (lower starts first, stops last). @default - after the ordered ones */
  readonly order?: number;
  /** Seconds the node waits after starting this guest before the next one. @default 0 */
  readonly delaySeconds?: number;
}

const POOL = /^[A-Za-z0-9_][A-Za-z0-9_-]{0,63}$/;
// telmate rc07 tags/schema.go: what a tag may be; the whole list at most 124 characters.
const TAG = /^[a-zA-Z0-9_][a-zA-Z0-9._-]*$/;

/** A resource pool id, e.g. "lab": the guest is made a member of it. */
export function proxmoxPool(scope: Construct, prop: string, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const expected = "a Proxmox pool id: up to 64 of [A-Za-z0-9_-], not starting with '-'";
  const pool = stringValue(scope, prop, value, expected, "it is checked at synth");
  if (!POOL.test(pool)) throw new ValidationError(scope, prop, pool, expected);
  return pool;
}

/**
 * Tags as telmate rc07 writes them: each checked, without duplicates, sorted
 * (its Update sorts them, and its diff ignores order), joined with ";".
 */
export function proxmoxTags(scope: Construct, prop: string, value: unknown): string | undefined {
  const tags = listValue(scope, prop, value, 32).map((t, i) => {
    const expected = "a Proxmox tag: [a-zA-Z0-9_] then [a-zA-Z0-9._-]";
    const tag = stringValue(scope, `${prop}[${i}]`, t, expected, "it is checked at synth");
    if (!TAG.test(tag)) throw new ValidationError(scope, `${prop}[${i}]`, tag, expected);
    return tag;
  });
  if (tags.length === 0) return undefined;
  const joined = [...new Set(tags)].sort().join(";");
  if (joined.length > 124) throw new ValidationError(scope, prop, joined, "telmate takes tags of up to 124 characters in all");
  return joined;
}

/** The start order and delay, checked: order 0-9999 and delay 0-3600 s, as Proxmox takes them. */
export function proxmoxStartup(scope: Construct, prop: string, value: unknown): { order?: number; delay?: number } | undefined {
  const startup = objectValue<ProxmoxStartupProps>(scope, prop, value);
  if (startup === undefined) return undefined;
  return {
    order: startup.order === undefined ? undefined : integerIn(scope, `${prop}.order`, startup.order, 0, 9999, "", "it is checked at synth"),
    delay: startup.delaySeconds === undefined ? undefined
      : integerIn(scope, `${prop}.delaySeconds`, startup.delaySeconds, 0, 3600, "s", "it is checked at synth"),
  };
}
