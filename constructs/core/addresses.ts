import { createHash } from "node:crypto";
import { Address4 } from "ip-address";
import { IConstruct } from "constructs";
import { ValidationError } from "./errors";

/** An IPv4 network in CIDR notation, parsed once and validated. */
export class Ipv4Network {
  /** Parses `cidr` (e.g. "10.0.3.0/24"); the address part must be the network address. */
  static parse(scope: IConstruct, prop: string, cidr: string): Ipv4Network {
    const expected = "an IPv4 network in CIDR notation such as '10.0.3.0/24' (prefix 8-30, host bits zero)";
    if (!/^\d{1,3}(\.\d{1,3}){3}\/\d{1,2}$/.test(cidr) || !Address4.isValid(cidr)) {
      throw new ValidationError(scope, prop, cidr, expected);
    }
    const parsed = new Address4(cidr);
    if (parsed.subnetMask < 8 || parsed.subnetMask > 30 || parsed.addressMinusSuffix !== parsed.startAddress().correctForm()) {
      throw new ValidationError(scope, prop, cidr, expected);
    }
    return new Ipv4Network(parsed);
  }

  readonly cidr: string;
  readonly prefixLength: number;
  readonly networkAddress: string;
  readonly broadcastAddress: string;

  private constructor(private readonly parsed: Address4) {
    this.cidr = parsed.address;
    this.prefixLength = parsed.subnetMask;
    this.networkAddress = parsed.startAddress().correctForm();
    this.broadcastAddress = parsed.endAddress().correctForm();
  }

  /**
   * Validates a host address on this network: a plain dotted quad inside the
   * CIDR, neither the network nor the broadcast address.
   */
  hostAddress(scope: IConstruct, prop: string, address: string): string {
    const range = `a host address in ${this.cidr} other than ${this.networkAddress} and ${this.broadcastAddress}`;
    if (!/^\d{1,3}(\.\d{1,3}){3}$/.test(address) || !Address4.isValid(address)) {
      throw new ValidationError(scope, prop, address, `expected ${range}`);
    }
    const a = new Address4(address);
    if (!a.isInSubnet(this.parsed) || address === this.networkAddress || address === this.broadcastAddress) {
      throw new ValidationError(scope, prop, address, `expected ${range}`);
    }
    return a.correctForm();
  }

  /** "address/prefix" for the given host address on this network. */
  withPrefix(address: string): string {
    return `${address}/${this.prefixLength}`;
  }

  /** The n-th host address (1 = first usable), for defaults such as the gateway. */
  host(n: number): string {
    return Address4.fromBigInt(this.parsed.startAddress().bigInt() + BigInt(n)).correctForm();
  }
}

/** An IPv4 address as a number, for ordering addresses. */
export function ipv4Order(address: string): bigint {
  return new Address4(address).bigInt();
}

/** Validates a plain IPv4 address (no prefix), e.g. a DNS server. */
export function ipv4Address(scope: IConstruct, prop: string, value: string): string {
  if (!/^\d{1,3}(\.\d{1,3}){3}$/.test(value) || !Address4.isValid(value)) {
    throw new ValidationError(scope, prop, value, "expected an IPv4 address such as '10.0.3.1'");
  }
  return new Address4(value).correctForm();
}

const MAC = /^([0-9a-f]{2}:){5}[0-9a-f]{2}$/;

/** Validates a unicast MAC address and returns it in lower case. */
export function macAddress(scope: IConstruct, prop: string, value: string): string {
  const mac = value.toLowerCase();
  if (!MAC.test(mac) || (parseInt(mac.slice(0, 2), 16) & 1) === 1) {
    throw new ValidationError(scope, prop, value, "expected a unicast MAC such as '52:54:00:12:34:56' (first octet even)");
  }
  return mac;
}

/**
 * A MAC derived from a stable string (the construct path): the same code always
 * gets the same MAC, and it lies in the locally administered unicast range.
 */
export function derivedMac(seed: string): string {
  const bytes = createHash("sha256").update(seed).digest().subarray(0, 6);
  bytes[0] = (bytes[0] & 0xfc) | 0x02;
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join(":");
}
