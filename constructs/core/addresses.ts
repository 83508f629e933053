import { createHash } from "node:crypto";
import { Address4, Address6 } from "ip-address";
import { IConstruct } from "constructs";
import { ValidationError } from "./errors";
import { isToken, stringValue, TokenPolicy } from "./input";

const DOTTED_QUAD = /^\d{1,3}(\.\d{1,3}){3}$/;
/** A dotted quad as Address4's correctForm writes it: each octet 0-255, no leading zero. */
const CANONICAL_QUAD = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

function quadToNumber(quad: string): number {
  const [a, b, c, d] = quad.split(".").map(Number);
  return ((a * 256 + b) * 256 + c) * 256 + d;
}

function numberToQuad(n: number): string {
  return `${Math.floor(n / 2 ** 24) % 256}.${Math.floor(n / 2 ** 16) % 256}.${Math.floor(n / 2 ** 8) % 256}.${n % 256}`;
}

/**
 * IPv4 space that is never a guest network: "this network", loopback, link-local,
 * multicast and the reserved block (with the limited broadcast address).
 */
const NOT_FOR_GUEST_NETWORKS: readonly [string, string][] = [
  ["0.0.0.0/8", "'this network'"], ["127.0.0.0/8", "loopback"], ["169.254.0.0/16", "link-local"],
  ["224.0.0.0/4", "multicast"], ["240.0.0.0/4", "reserved"],
];
const AT_SYNTH = "addresses are checked against their network and each other at synth";

function specialBlock(a: Address4): string | undefined {
  const hit = NOT_FOR_GUEST_NETWORKS.find(([block]) => {
    const b = new Address4(block);
    // Overlap, not only containment: a /7 that covers loopback is refused too.
    return a.startAddress().bigInt() <= b.endAddress().bigInt() && b.startAddress().bigInt() <= a.endAddress().bigInt();
  });
  return hit && `${hit[0]} (${hit[1]})`;
}

/** An IPv4 network in CIDR notation, parsed once and validated. */
export class Ipv4Network {
  /**
   * Parses `cidr` (e.g. "10.0.3.0/24"); the address part must be the network
   * address. Prefixes 8-32: a /31 is a point-to-point link of two usable addresses
   * (RFC 3021), a /32 one address. `maxPrefix` lowers the limit where the target
   * needs room for more (VMware's vmnets).
   */
  static parse(scope: IConstruct, prop: string, value: unknown, maxPrefix = 32): Ipv4Network {
    const expected = `an IPv4 network in CIDR notation such as '10.0.3.0/24' (prefix 8-${maxPrefix}, host bits zero)`;
    const cidr = stringValue(scope, prop, value, expected,
      "the gateway, DHCP range and guest addresses are derived from and checked against it at synth");
    if (!/^\d{1,3}(\.\d{1,3}){3}\/\d{1,2}$/.test(cidr) || !Address4.isValid(cidr)) {
      throw new ValidationError(scope, prop, cidr, expected);
    }
    const parsed = new Address4(cidr);
    if (parsed.subnetMask < 8 || parsed.subnetMask > maxPrefix || parsed.addressMinusSuffix !== parsed.startAddress().correctForm()) {
      throw new ValidationError(scope, prop, cidr, expected);
    }
    const special = specialBlock(parsed);
    if (special) throw new ValidationError(scope, prop, cidr, `a guest network must be unicast space, and this overlaps ${special}`);
    return new Ipv4Network(parsed);
  }

  readonly cidr: string;
  readonly prefixLength: number;
  readonly networkAddress: string;
  readonly broadcastAddress: string;

  /** The first and last addresses as 32-bit numbers, for the checks a large lab makes per guest. */
  private readonly first: number;
  private readonly last: number;

  private constructor(private readonly parsed: Address4) {
    this.cidr = parsed.address;
    this.prefixLength = parsed.subnetMask;
    this.networkAddress = parsed.startAddress().correctForm();
    this.broadcastAddress = parsed.endAddress().correctForm();
    this.first = Number(parsed.startAddress().bigInt());
    this.last = Number(parsed.endAddress().bigInt());
  }

  /** Whether the network has no network and broadcast addresses: a /31 (RFC 3021) or a /32. */
  get allUsable(): boolean {
    return this.prefixLength >= 31;
  }

  /**
   * Validates a host address on this network: a plain dotted quad inside the
   * CIDR, neither the network nor the broadcast address (a /31's and a /32's
   * addresses are all host addresses).
   */
  hostAddress(scope: IConstruct, prop: string, value: unknown): string {
    const range = this.prefixLength === 32 ? `${this.networkAddress}, the one address of ${this.cidr}`
      : this.prefixLength === 31 ? `${this.networkAddress} or ${this.broadcastAddress}, the two addresses of the point-to-point ${this.cidr}`
      : `a host address in ${this.cidr} other than ${this.networkAddress} and ${this.broadcastAddress}`;
    const address = stringValue(scope, prop, value, `expected ${range}`, AT_SYNTH);
    // The usual case, a canonical dotted quad, without parsing it as an Address4 (the same answer).
    const n = CANONICAL_QUAD.test(address) ? quadToNumber(address) : undefined;
    if (n !== undefined && n >= this.first && n <= this.last &&
      (this.allUsable || (n !== this.first && n !== this.last))) {
      return address;
    }
    if (!DOTTED_QUAD.test(address) || !Address4.isValid(address)) {
      throw new ValidationError(scope, prop, address, `expected ${range}`);
    }
    const a = new Address4(address);
    if (!a.isInSubnet(this.parsed) || (!this.allUsable && (address === this.networkAddress || address === this.broadcastAddress))) {
      throw new ValidationError(scope, prop, address, `expected ${range}`);
    }
    return a.correctForm();
  }

  /** Whether the two networks share any address. */
  overlaps(other: Ipv4Network): boolean {
    const [a, b] = [this.parsed, other.parsed];
    return a.startAddress().bigInt() <= b.endAddress().bigInt() && b.startAddress().bigInt() <= a.endAddress().bigInt();
  }

  /** The dotted netmask, e.g. 255.255.255.0 for a /24. */
  get netmask(): string {
    return Address4.fromBigInt(((1n << 32n) - 1n) ^ ((1n << BigInt(32 - this.prefixLength)) - 1n)).correctForm();
  }

  /** "address/prefix" for the given host address on this network. */
  withPrefix(address: string): string {
    return `${address}/${this.prefixLength}`;
  }

  /**
   * The n-th usable host address (1 = first usable), for defaults such as the
   * gateway: on a /31 the first is the network's first address, on a /32 its only one.
   */
  host(n: number): string {
    const first = this.first + (this.allUsable ? 0 : 1);
    const address = first + n - 1;
    const last = this.last - (this.allUsable ? 0 : 1);
    if (!Number.isInteger(n) || n < 1 || address > last) throw new RangeError(`${this.cidr} has no host address number ${n}`);
    return numberToQuad(address);
  }
}

/**
 * IPv6 space that is never a guest network: the reserved ::/8 (unspecified,
 * loopback, IPv4-mapped), link-local fe80::/10 (every interface's own), the
 * deprecated site-local fec0::/10 and multicast ff00::/8.
 */
const NOT_FOR_IPV6_NETWORKS: readonly [string, string][] = [
  ["::/8", "reserved: unspecified, loopback ::1, IPv4-mapped"], ["fe80::/10", "link-local"],
  ["fec0::/10", "deprecated site-local"], ["ff00::/8", "multicast"],
];
/** Hex groups and colons only: no zone (%eth0), no embedded dotted IPv4. */
const IPV6_TEXT = /^[0-9A-Fa-f:]{2,39}$/;
const ULA = new Address6("fc00::/7");

function overlaps6(a: Address6, b: Address6): boolean {
  return a.startAddress().bigInt() <= b.endAddress().bigInt() && b.startAddress().bigInt() <= a.endAddress().bigInt();
}

/**
 * An IPv6 network (prefix) in CIDR notation, parsed once and validated: the host
 * part zero, prefix 48-64 (a bridge with router advertisements and SLAAC needs a
 * /64), not reserved, link-local or multicast space. Addresses are kept in their
 * canonical form (RFC 5952), which is how the kernel and the provider give them back.
 */
export class Ipv6Network {
  static parse(scope: IConstruct, prop: string, value: unknown): Ipv6Network {
    const expected = "an IPv6 network in CIDR notation such as 'fd42:1::/64' (prefix 48-64, host bits zero)";
    const text = stringValue(scope, prop, value, expected,
      "the host's address and guest addresses are derived from and checked against it at synth");
    const [addr, bits, ...rest] = text.split("/");
    if (rest.length || !IPV6_TEXT.test(addr) || !/^\d{2}$/.test(bits ?? "") || !Address6.isValid(text)) {
      throw new ValidationError(scope, prop, text, expected);
    }
    const parsed = new Address6(text);
    if (parsed.subnetMask < 48 || parsed.subnetMask > 64 || new Address6(addr).bigInt() !== parsed.startAddress().bigInt()) {
      throw new ValidationError(scope, prop, text, expected);
    }
    const special = NOT_FOR_IPV6_NETWORKS.find(([block]) => overlaps6(parsed, new Address6(block)));
    if (special) {
      throw new ValidationError(scope, prop, text, `a guest network must be unicast space, and this overlaps ${special[0]} (${special[1]})`);
    }
    return new Ipv6Network(parsed);
  }

  /** The prefix in canonical form, e.g. "fd42:1::/64". */
  readonly cidr: string;
  readonly prefixLength: number;
  readonly networkAddress: string;
  /** Whether it is unique local space (fc00::/7, in practice fd00::/8): not routed beyond the site, so NAT66 is the way out. */
  readonly isUniqueLocal: boolean;

  private constructor(private readonly parsed: Address6) {
    this.prefixLength = parsed.subnetMask;
    this.networkAddress = parsed.startAddress().correctForm();
    this.cidr = `${this.networkAddress}/${this.prefixLength}`;
    this.isUniqueLocal = parsed.isInSubnet(ULA);
  }

  /**
   * Validates a host address on this network: an IPv6 address (no prefix, no
   * zone) inside the prefix, not the subnet-router anycast address (all-zero
   * interface part); returns it in canonical form.
   */
  hostAddress(scope: IConstruct, prop: string, value: unknown): string {
    const range = `an IPv6 address in ${this.cidr} other than ${this.networkAddress} (the subnet-router anycast address)`;
    const address = stringValue(scope, prop, value, `expected ${range}`, AT_SYNTH);
    if (!IPV6_TEXT.test(address) || !Address6.isValid(address)) {
      throw new ValidationError(scope, prop, address, `expected ${range}`);
    }
    const a = new Address6(address);
    if (!a.isInSubnet(this.parsed) || a.bigInt() === this.parsed.startAddress().bigInt()) {
      throw new ValidationError(scope, prop, address, `expected ${range}`);
    }
    return a.correctForm();
  }

  /** Whether the two prefixes share any address. */
  overlaps(other: Ipv6Network): boolean {
    return overlaps6(this.parsed, other.parsed);
  }

  /** "address/prefix" for the given host address on this network. */
  withPrefix(address: string): string {
    return `${address}/${this.prefixLength}`;
  }

  /** The n-th address of the prefix (1 = ::1), for defaults such as the host's address. */
  host(n: number): string {
    return Address6.fromBigInt(this.parsed.startAddress().bigInt() + BigInt(n)).correctForm();
  }
}

/**
 * Validates an IPv6 DNS server address (no prefix, no zone), not unspecified,
 * link-local or multicast; returns it in canonical form.
 */
export function ipv6NameserverAddress(scope: IConstruct, prop: string, value: unknown): string {
  const expected = "expected a unicast IPv6 address such as 'fd42:1::53' (not ::, fe80::/10 link-local or ff00::/8 multicast)";
  const s = stringValue(scope, prop, value, expected, "it is handed to the guests at synth");
  if (!IPV6_TEXT.test(s) || !Address6.isValid(s)) throw new ValidationError(scope, prop, s, expected);
  const a = new Address6(s);
  if (a.bigInt() === 0n || a.isInSubnet(new Address6("fe80::/10")) || a.isInSubnet(new Address6("ff00::/8"))) {
    throw new ValidationError(scope, prop, s, expected);
  }
  return a.correctForm();
}

/**
 * Validates an IPv4 or IPv6 address (no prefix, no zone, not fe80::/10 link-local),
 * such as the address a deploy probes; returns it in canonical form. A token passes
 * under policy "plan" (the provider checks it at plan).
 */
export function ipAddress(scope: IConstruct, prop: string, value: unknown, tokens: TokenPolicy): string {
  const expected = "expected an IPv4 or IPv6 address such as '10.0.3.10' or 'fd42:1::10' (no prefix or zone, not fe80::/10 link-local)";
  const s = stringValue(scope, prop, value, expected, tokens);
  if (isToken(s)) return s;
  if (DOTTED_QUAD.test(s) && Address4.isValid(s)) return new Address4(s).correctForm();
  if (IPV6_TEXT.test(s) && Address6.isValid(s) && !new Address6(s).isInSubnet(new Address6("fe80::/10"))) return new Address6(s).correctForm();
  throw new ValidationError(scope, prop, s, expected);
}

/** An IPv4 address as a number, for ordering addresses. */
export function ipv4Order(address: string): bigint {
  return new Address4(address).bigInt();
}

/**
 * Validates a DNS server address (no prefix). Loopback is allowed: a resolver on
 * the guest itself (such as 127.0.0.53) is a real setup.
 */
export function nameserverAddress(scope: IConstruct, prop: string, value: unknown): string {
  const expected = "expected a unicast IPv4 address such as '10.0.3.1' (not in 0.0.0.0/8, multicast 224.0.0.0/4 or reserved 240.0.0.0/4)";
  const s = stringValue(scope, prop, value, expected, "it is written into the guest's seed at synth");
  if (!DOTTED_QUAD.test(s) || !Address4.isValid(s)) throw new ValidationError(scope, prop, s, expected);
  const a = new Address4(s);
  const first = Number(a.correctForm().split(".")[0]);
  if (first === 0 || first >= 224) throw new ValidationError(scope, prop, s, expected);
  return a.correctForm();
}

const MAC = /^([0-9a-f]{2}:){5}[0-9a-f]{2}$/;

/** Validates a unicast MAC address and returns it in lower case. */
export function macAddress(scope: IConstruct, prop: string, value: unknown): string {
  const expected = "expected a unicast MAC such as '52:54:00:12:34:56' (first octet even, not all zero)";
  const mac = stringValue(scope, prop, value, expected, "MACs are checked for uniqueness and written into host commands at synth").toLowerCase();
  if (!MAC.test(mac) || (parseInt(mac.slice(0, 2), 16) & 1) === 1 || mac === "00:00:00:00:00:00") {
    throw new ValidationError(scope, prop, value, expected);
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
