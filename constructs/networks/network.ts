import { ITerraformDependable } from "cdktf";
import { Construct } from "constructs";
import { Ipv4Network, Ipv6Network } from "../core/addresses";
import { ValidationError } from "../core/errors";
import { booleanValue, checkKnownToken, isToken } from "../core/input";
import { interfaceName } from "../core/names";
import { mtu as validMtu } from "../core/numbers";
import { requireUsable } from "../core/refused";
import { claimDisjoint, claimUnique } from "../core/registry";
import { GuestHost } from "../hosts/host";
import { LinuxHost } from "../hosts/linux-host";
import { ProxmoxNode } from "../hosts/proxmox-node";

/**
 * What guests and TAP devices need from a bridge: one the stack manages
 * (BridgedNetwork) or one it only names (BridgedNetwork.fromExisting).
 */
export interface IBridgedNetwork {
  /** The host the bridge lives on. */
  readonly host: GuestHost;
  /** The bridge's interface name. */
  readonly bridgeName: string;
  /** The IPv4 network on the bridge, when known. */
  readonly network?: Ipv4Network;
  /** The host's own address on the bridge (the guests' gateway), when it has one. */
  readonly gateway?: string;
  /** The IPv6 prefix on the bridge, when it has one (dual stack). */
  readonly network6?: Ipv6Network;
  /** The guests' IPv6 gateway (the host's IPv6 address on the bridge), when it has one. */
  readonly gateway6?: string;
  /** MTU of the bridge, inherited by TAP devices on it. */
  readonly mtu: number;
  /** What must exist before a device joins the bridge; absent for bridges the stack does not manage. */
  readonly dependable?: ITerraformDependable;
  /**
   * The managed bridge's resource address (e.g. "hyperlab_bridge.lan_bridge_1A2B"):
   * guests watch its `ifindex`, which is new whenever the bridge had to be made
   * again (deleted on the host), to join it anew. Absent for bridges the stack does not manage.
   */
  readonly resourceAddress?: string;
  /** Construct the network belongs to, for messages and uniqueness scopes. */
  readonly node: Construct["node"];
  /** Whether a DHCP server answers on the bridge, so guests may configure NICs by DHCP. */
  readonly hasDhcp: boolean;
  /** The addresses the stack's DHCP server hands out dynamically, when it runs one. */
  readonly dhcpRange?: { readonly start: string; readonly end: string };
  /** Whether the bridge filters by VLAN tag, so guest NICs may carry one. */
  readonly vlanFiltering: boolean;
  /**
   * The layer-2 segment the bridge is part of, where guest addresses must be unique:
   * for a network stretched across hosts, the same on every host's bridge.
   * @default - the bridge alone, in its host's namespace
   */
  readonly segment?: string;
  /**
   * Makes the stack's DHCP server on this bridge always give `address` to `mac`
   * (and no router, where `defaultRoute` is false), returning what a guest must
   * wait for. Absent where the stack runs no DHCP server.
   */
  reserveAddress?(reservation: DhcpReservation): ITerraformDependable;
}

/** What the stack's DHCP server gives one MAC. */
export interface DhcpReservation {
  readonly mac: string;
  /** The address it always gets. @default - one from the dynamic range */
  readonly address?: string;
  readonly hostname: string;
  /** false: no router option, so the NIC adds no default route. @default - the network's router */
  readonly defaultRoute?: false;
}

/**
 * Checks that `address` is a host address of `net` (whose CIDR must be known) and
 * that no other construct in the app took it on the same bridge.
 */
export function claimAddress(net: IBridgedNetwork, scope: Construct, prop: string, address: unknown): string {
  if (!net.network) throw new ValidationError(scope, prop, address, `${net.node.path} has no known cidr to check it against`);
  const valid = net.network.hostAddress(scope, prop, address);
  // A /32 has one address, and it is the bridge's own (the host's, the gateway):
  // no guest fits on it.
  if (net.network.prefixLength === 32 && scope !== net) {
    throw new ValidationError(scope, prop, valid, `${net.node.path} is ${net.network.cidr}, a /32: its one address is the host's ` +
      "on the bridge, and no guest address fits; give the bridge a /31 (host and one guest) or a larger network");
  }
  claimUnique(scope, `address on ${segmentOf(net)}`, valid, prop);
  return valid;
}

/**
 * Checks that `address` is an IPv6 host address of `net`'s prefix and that no other
 * construct in the app took it on the same bridge.
 */
export function claimAddress6(net: IBridgedNetwork, scope: Construct, prop: string, address: unknown): string {
  if (!net.network6) throw new ValidationError(scope, prop, address, `${net.node.path} has no ipv6Cidr to check it against`);
  const valid = net.network6.hostAddress(scope, prop, address);
  claimUnique(scope, `IPv6 address on ${segmentOf(net)}`, valid, prop);
  return valid;
}

/** The segment whose addresses a guest's address must differ from: see IBridgedNetwork.segment. */
export function segmentOf(net: IBridgedNetwork): string {
  return net.segment ?? `bridge ${net.bridgeName} (${net.host.namespaceKey})`;
}

/** Interfaces (bridges, TAPs, uplinks) share one name space per network namespace. */
export function claimInterfaceName(scope: Construct, host: GuestHost, prop: string, name: string): void {
  claimUnique(scope, `interface name in ${host.namespaceKey}`, name, prop);
}

/** Two bridges of one namespace with overlapping networks make routing ambiguous. */
export function claimNetwork(scope: Construct, host: GuestHost, network: Ipv4Network): void {
  claimDisjoint(scope, `IPv4 networks of bridges in ${host.namespaceKey}`, network, "cidr", (a, b) => a.overlaps(b), (n) => n.cidr);
}

/** Two bridges of one namespace with overlapping IPv6 prefixes make routing ambiguous too. */
export function claimNetwork6(scope: Construct, host: GuestHost, network: Ipv6Network): void {
  claimDisjoint(scope, `IPv6 networks of bridges in ${host.namespaceKey}`, network, "ipv6Cidr", (a, b) => a.overlaps(b), (n) => n.cidr);
}

/** A prop that must be a bridge: one the stack made or one named with fromExisting. */
export function bridgedNetworkValue(scope: Construct, prop: string, value: unknown): IBridgedNetwork {
  const expected = "expected a BridgedNetwork, or a bridge named with BridgedNetwork.fromExisting";
  if (!(value instanceof Construct)) throw new ValidationError(scope, prop, value, expected);
  // A refused network has no fields to read: the guest is refused with it, silently.
  requireUsable(scope, prop, value);
  // A network may be implemented outside the library (IBridgedNetwork is an
  // interface): its fields reach config-file lines, argv words and Terraform
  // references of the guest's resources. So each is read once, checked, and the
  // guest works on that copy, which no getter can change afterwards.
  const read = (key: keyof IBridgedNetwork): any => {
    try {
      return (value as any)[key];
    } catch (err) {
      throw new ValidationError(scope, `${prop}.${key}`, value, `could not be read (${err instanceof Error ? err.message : "an error"})`);
    }
  };
  const host = read("host");
  if (!(host instanceof LinuxHost || host instanceof ProxmoxNode)) throw new ValidationError(scope, `${prop}.host`, host, "expected a LinuxHost or a ProxmoxNode");
  const bridgeName = interfaceName(scope, `${prop}.bridgeName`, read("bridgeName"));
  const network = optionalOf<Ipv4Network>(scope, `${prop}.network`, read("network"), (v) => v instanceof Ipv4Network, "an Ipv4Network");
  const network6 = optionalOf<Ipv6Network>(scope, `${prop}.network6`, read("network6"), (v) => v instanceof Ipv6Network, "an Ipv6Network");
  const gateway = addressOn(scope, `${prop}.gateway`, read("gateway"), network, "cidr");
  const gateway6 = addressOn(scope, `${prop}.gateway6`, read("gateway6"), network6, "ipv6Cidr");
  const range = read("dhcpRange");
  const dhcpRange = range === undefined ? undefined : {
    start: addressOn(scope, `${prop}.dhcpRange.start`, range?.start, network, "cidr")!,
    end: addressOn(scope, `${prop}.dhcpRange.end`, range?.end, network, "cidr")!,
  };
  const resourceAddress = optionalAddress(scope, `${prop}.resourceAddress`, read("resourceAddress"));
  const dependable = optionalDependable(scope, `${prop}.dependable`, read("dependable"));
  const segment = read("segment");
  if (segment !== undefined && (typeof segment !== "string" || segment.length > 512 || isToken(segment))) {
    throw new ValidationError(scope, `${prop}.segment`, segment, "expected a segment name of up to 512 characters (or none)");
  }
  const reserve = read("reserveAddress");
  if (reserve !== undefined && typeof reserve !== "function") throw new ValidationError(scope, `${prop}.reserveAddress`, reserve, "expected a method (or none)");
  return Object.freeze({
    node: value.node, host, bridgeName, network, network6, gateway, gateway6, dhcpRange, resourceAddress, dependable, segment,
    mtu: validMtu(scope, `${prop}.mtu`, read("mtu")),
    hasDhcp: booleanValue(scope, `${prop}.hasDhcp`, read("hasDhcp"), false, "it is checked at synth"),
    vlanFiltering: booleanValue(scope, `${prop}.vlanFiltering`, read("vlanFiltering"), false, "it is checked at synth"),
    reserveAddress: reserve === undefined ? undefined
      : (r: DhcpReservation) => optionalDependable(scope, `${prop}.reserveAddress()`, reserve.call(value, r))!,
  });
}

function optionalOf<T>(scope: Construct, prop: string, value: unknown, isKind: (v: unknown) => boolean, what: string): T | undefined {
  if (value !== undefined && !isKind(value)) throw new ValidationError(scope, prop, value, `expected ${what} (or none)`);
  return value as T | undefined;
}

function addressOn(scope: Construct, prop: string, value: unknown, on: Ipv4Network | Ipv6Network | undefined, cidrProp: string): string | undefined {
  if (value === undefined) return undefined;
  if (!on) throw new ValidationError(scope, prop, value, `an address needs the network's ${cidrProp}`);
  return on.hostAddress(scope, prop, value);
}

// A resource address as cdktf writes references: type.name, or module.name.type.name.
const RESOURCE_ADDRESS = /^[A-Za-z_][A-Za-z0-9_-]*(\.[A-Za-z_][A-Za-z0-9_-]*)+$/;

function optionalAddress(scope: Construct, prop: string, value: unknown): string | undefined {
  if (value !== undefined && (typeof value !== "string" || !RESOURCE_ADDRESS.test(value))) {
    throw new ValidationError(scope, prop, value, "expected a resource address such as 'hyperlab_bridge.lan_bridge_1A2B' (or none)");
  }
  return value as string | undefined;
}

function optionalDependable(scope: Construct, prop: string, value: unknown): ITerraformDependable | undefined {
  if (value === undefined) return undefined;
  let fqn: unknown;
  try {
    fqn = (value as ITerraformDependable).fqn;
  } catch {
    fqn = undefined;
  }
  // cdktf's own fqn is a token of this app; one written by hand is an address.
  if (typeof fqn !== "string" || !(isToken(fqn) || RESOURCE_ADDRESS.test(fqn))) {
    throw new ValidationError(scope, prop, value, "expected a resource of the stack to depend on (or none)");
  }
  checkKnownToken(scope, `${prop}.fqn`, fqn);
  return value as ITerraformDependable;
}
