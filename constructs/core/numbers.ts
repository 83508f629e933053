import { IConstruct } from "constructs";
import { ValidationError } from "./errors";

/** An integer in [min, max]; `unit` only makes the message readable. */
export function integerIn(scope: IConstruct, prop: string, value: number, min: number, max: number, unit = ""): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    const u = unit ? ` ${unit}` : "";
    throw new ValidationError(scope, prop, value, `expected an integer from ${min} to ${max}${u}`);
  }
  return value;
}

/** Ethernet MTU range Linux bridges accept (68 is IPv4's minimum; 65535 the kernel's max). */
export function mtu(scope: IConstruct, prop: string, value: number): number {
  return integerIn(scope, prop, value, 68, 65535, "bytes");
}

/** An 802.1Q VLAN ID (0 and 4095 are reserved). */
export function vlanId(scope: IConstruct, prop: string, value: number): number {
  return integerIn(scope, prop, value, 1, 4094);
}

/** Values from a fixed set, e.g. a NIC model. */
export function oneOf<T extends string>(scope: IConstruct, prop: string, value: T, allowed: readonly T[]): T {
  if (!allowed.includes(value)) {
    throw new ValidationError(scope, prop, value, `expected one of ${allowed.map((a) => `'${a}'`).join(", ")}`);
  }
  return value;
}
