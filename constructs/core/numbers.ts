import { IConstruct } from "constructs";
import { ValidationError } from "./errors";
import { isToken, numberValue, stringValue, TokenPolicy } from "./input";

const NUMBER_AT_SYNTH = "it is written into host commands at synth";

/**
 * An integer in [min, max]; `unit` only makes the message readable. A token passes
 * only under policy "plan" (the target checks the range when it plans).
 */
export function integerIn(scope: IConstruct, prop: string, value: unknown, min: number, max: number, unit = "", tokens: TokenPolicy = NUMBER_AT_SYNTH): number {
  const u = unit ? ` ${unit}` : "";
  const expected = `expected an integer from ${min} to ${max}${u}`;
  const n = numberValue(scope, prop, value, expected, tokens);
  if (isToken(n)) return n;
  if (!Number.isInteger(n) || n < min || n > max) throw new ValidationError(scope, prop, n, expected);
  return n;
}

/** Ethernet MTU range Linux bridges accept (68 is IPv4's minimum; 65535 the kernel's max). */
export function mtu(scope: IConstruct, prop: string, value: unknown): number {
  return integerIn(scope, prop, value, 68, 65535, "bytes", "TAP devices take the bridge's MTU at synth");
}

/** An 802.1Q VLAN ID (0 and 4095 are reserved). */
export function vlanId(scope: IConstruct, prop: string, value: unknown): number {
  return integerIn(scope, prop, value, 1, 4094, "", "it is written into the guest's configuration at synth");
}

/** Values from a fixed set, e.g. a NIC model. */
export function oneOf<T extends string>(scope: IConstruct, prop: string, value: unknown, allowed: readonly T[]): T {
  const expected = `expected one of ${allowed.map((a) => `'${a}'`).join(", ")}`;
  const s = stringValue(scope, prop, value, expected, "the choice decides what is synthesized");
  if (!(allowed as readonly string[]).includes(s)) throw new ValidationError(scope, prop, s, expected);
  return s as T;
}
