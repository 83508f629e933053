import { createHash } from "node:crypto";
import { IConstruct } from "constructs";
import { ValidationError } from "./errors";
import { stringValue } from "./input";
import { integerIn } from "./numbers";

// VMware's values, which its own tools check (and refuse) when a VM powers on:
// static MACs in 00:50:56:00:00:00-00:50:56:3F:FF:FF and vmnets 0-19 on Linux.

const VMWARE_STATIC_MAC = /^00:50:56:[0-3][0-9a-f]:[0-9a-f]{2}:[0-9a-f]{2}$/;

/** A MAC in VMware's static range, returned in lower case. */
export function vmwareMac(scope: IConstruct, prop: string, value: unknown): string {
  const expected = "expected a MAC in VMware's static range 00:50:56:00:00:00-00:50:56:3F:FF:FF, e.g. '00:50:56:00:12:34'";
  const mac = stringValue(scope, prop, value, expected, "MACs are checked for uniqueness at synth").toLowerCase();
  if (!VMWARE_STATIC_MAC.test(mac)) throw new ValidationError(scope, prop, value, expected);
  return mac;
}

/** A MAC in VMware's static range derived from a stable string (the construct path). */
export function derivedVmwareMac(seed: string): string {
  const b = createHash("sha256").update(seed).digest();
  const octets = [0x00, 0x50, 0x56, b[0] & 0x3f, b[1], b[2]];
  return octets.map((o) => o.toString(16).padStart(2, "0")).join(":");
}

/** A vmnet number: VMware Workstation and Player on Linux have vmnet0-vmnet19. */
export function vmnetNumber(scope: IConstruct, prop: string, value: unknown): number {
  return integerIn(scope, prop, value, 0, 19, "", "it names the vmnet device and is checked for uniqueness at synth");
}

/** VMware's memsize: MiB, a multiple of 4 (VMware refuses others at power-on). */
export function vmwareMemory(scope: IConstruct, prop: string, value: unknown): number {
  const mib = integerIn(scope, prop, value, 4, 131072, "MiB");
  if (mib % 4 !== 0) throw new ValidationError(scope, prop, mib, "expected a multiple of 4 MiB (VMware's memsize)");
  return mib;
}
