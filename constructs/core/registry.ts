import { App } from "cdktf";
import { IConstruct } from "constructs";
import { ValidationError } from "./errors";

/**
 * Values that must be unique within one app (MACs, IPs per network, interface
 * names per network namespace, ...). Claims are recorded per app, so two apps in
 * one process (as in tests) never see each other's claims. A claim belongs to a
 * construct and a prop: the same construct claiming the same value under two
 * props (two NICs of one guest with one MAC) is a conflict too.
 */
const claimsByApp = new WeakMap<IConstruct, Map<string, string>>();

/** The Map kept for `owner` (an app, a stack) in `store`, made on first use. */
export function mapOf<K extends object, V>(store: WeakMap<K, Map<string, V>>, owner: K): Map<string, V> {
  let map = store.get(owner);
  if (!map) {
    map = new Map();
    store.set(owner, map);
  }
  return map;
}

export function claimUnique(scope: IConstruct, kind: string, value: string, prop: string): void {
  const claims = mapOf(claimsByApp, App.of(scope));
  const key = `${kind}\u0000${value}`;
  const owner = `${scope.node.path} ${prop}`;
  const earlier = claims.get(key);
  if (earlier !== undefined && earlier !== owner) {
    throw new ValidationError(scope, prop, value, `${kind} must be unique within the app, but ${earlier} already uses it`);
  }
  claims.set(key, owner);
}

/** The construct path and prop that claimed `value` as `kind` in the app, if one did. */
export function claimedBy(scope: IConstruct, kind: string, value: string): string | undefined {
  return mapOf(claimsByApp, App.of(scope)).get(`${kind}\u0000${value}`);
}

/** Whether some construct of the app claimed `value` as `kind` already. */
export function isClaimed(scope: IConstruct, kind: string, value: string): boolean {
  return mapOf(claimsByApp, App.of(scope)).has(`${kind}\u0000${value}`);
}

/**
 * Ranges that must not overlap within one scope (the IPv4 networks of one network
 * namespace). `overlaps` compares a new entry with each earlier one.
 */
const rangesByApp = new WeakMap<IConstruct, Map<string, { owner: string; range: unknown }[]>>();

export function claimDisjoint<T>(scope: IConstruct, kind: string, range: T, prop: string, overlaps: (a: T, b: T) => boolean, shown: (r: T) => string): void {
  const byKind = mapOf(rangesByApp, App.of(scope));
  const entries = byKind.get(kind) ?? [];
  const clash = entries.find((e) => overlaps(e.range as T, range));
  if (clash) {
    throw new ValidationError(scope, prop, shown(range), `${kind} must not overlap, but ${clash.owner} has ${shown(clash.range as T)}`);
  }
  entries.push({ owner: `${scope.node.path} ${prop}`, range });
  byKind.set(kind, entries);
}
