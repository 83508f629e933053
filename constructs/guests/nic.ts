import { ITerraformDependable } from "cdktf";
import { Construct } from "constructs";
import { derivedMac, Ipv4Network, ipv4Order, macAddress, nameserverAddress } from "../core/addresses";
import { ConfigurationError, ValidationError } from "../core/errors";
import { booleanValue, listValue, objectValue } from "../core/input";
import { vlanId } from "../core/numbers";
import { claimUnique } from "../core/registry";
import { GuestHost } from "../hosts/host";
import { bridgedNetworkValue, claimAddress, claimAddress6, IBridgedNetwork, segmentOf } from "../networks/network";

/** One network interface of a guest. */
export interface GuestNicProps {
  /** The network the NIC is attached to. */
  readonly network: IBridgedNetwork;
  /**
   * Static IPv4 address of the guest on `network` (no prefix; the network's is used),
   * unique on the network and outside its DHCP dynamic range. Something must put it
   * in the guest: each guest construct says what (cloud-init, LXC, ...) and refuses
   * an address it cannot apply. On a network whose cidr is not known (an uplink
   * bridge without `cidr`, an existing bridge without one) the address carries its
   * prefix, e.g. "192.168.1.20/24": the LAN's network, which the user vouches for.
   * @default - no static address (DHCP or unconfigured)
   */
  readonly address?: string;
  /**
   * Static IPv6 address of the guest on `network` (no prefix; the network's
   * `ipv6Cidr` prefix is used), unique on the network; refused on a network
   * without `ipv6Cidr`. It may stand beside a static or DHCP IPv4 address. The
   * guest's IPv6 default route (through the network's IPv6 gateway) goes on the
   * same NIC as its IPv4 one (see `defaultRoute`).
   * @default - no static IPv6 address (SLAAC where the network's DHCP server advertises the prefix)
   */
  readonly address6?: string;
  /**
   * Gateway of the guest's default route, on the NIC that carries it (see
   * `defaultRoute`); refused on the others, which get on-link addresses only.
   * @default - the network's gateway, on the default-route NIC with a static `address`
   */
  readonly gateway?: string;
  /**
   * This NIC carries the guest's one default route. A guest has one: two default
   * routes on two bridges make the guest's traffic take either, and LXC refuses to
   * start a container with two. The other NICs get on-link addresses only, and a
   * DHCP NIC among them gets no router from the stack's DHCP server.
   * @default - the first NIC with a static address and a gateway, or with `dhcp`, or with a static `address6` and an IPv6 gateway
   */
  readonly defaultRoute?: boolean;
  /**
   * MAC address (unicast).
   * @default - derived from the construct path: stable across synths, locally administered
   */
  readonly mac?: string;
  /** 802.1Q VLAN tag on the bridge port (1-4094); refused unless the bridge filters VLANs. @default - untagged */
  readonly vlan?: number;
  /**
   * The guest configures this NIC by DHCP. With `address`, the stack's DHCP server on
   * the network reserves that address for the NIC's MAC.
   * @default false (static when `address` is set)
   */
  readonly dhcp?: boolean;
  /**
   * What only a NIC of a guest on a ProxmoxNode has: MTU, the node's firewall and
   * IPv6 by DHCPv6 or SLAAC. Refused on a LinuxHost. @default - none
   */
  readonly proxmox?: ProxmoxNicProps;
}

/** A guest NIC's Proxmox settings (telmate rc07's `network` block). */
export interface ProxmoxNicProps {
  /**
   * MTU of the NIC in bytes (576-65520), e.g. 1400 on a VLAN over a tunnel; on a
   * VM 1 means "the bridge's MTU" (Proxmox's own convention). A change is applied
   * by Proxmox to the NIC (hot-plugged on a running VM).
   * @default - the bridge's MTU
   */
  readonly mtu?: number;
  /** Put the NIC behind the Proxmox firewall (its per-guest rules); changes in place. @default false */
  readonly firewall?: boolean;
  /**
   * IPv6 configured by the guest itself: "dhcp" (DHCPv6) or "auto" (SLAAC). Instead
   * of a static `address6`. On a VM it reaches the guest through cloud-init (ipconfigN).
   * @default - static `address6` if given, else none
   */
  readonly ipv6?: "dhcp" | "auto";
}

/** A NIC after validation, with every default filled in. */
export interface ResolvedNic {
  readonly network: IBridgedNetwork;
  readonly mac: string;
  readonly address?: string;
  /** "address/prefix", when the address and the network's CIDR are known. */
  readonly addressWithPrefix?: string;
  /** The IPv4 network the address is on: the bridge's, or the one a static address on a bridge without cidr named. */
  readonly ipv4Network?: Ipv4Network;
  /** The default route's gateway: set on the default-route NIC only, when it is static. */
  readonly gateway?: string;
  /** Static IPv6 address, without prefix. */
  readonly address6?: string;
  /** "address6/prefix". */
  readonly address6WithPrefix?: string;
  /** The IPv6 default route's gateway: on the default-route NIC only, when it has a static `address6`. */
  readonly gateway6?: string;
  readonly vlan?: number;
  /** Configured by DHCP in the guest (any `address` is then a reservation). */
  readonly dhcp: boolean;
  /** Whether this NIC carries the guest's default route (one NIC of a guest at most). */
  readonly defaultRoute: boolean;
  /** The NIC's `proxmox` props as given (checked by the Proxmox backends; refused on a LinuxHost). */
  readonly proxmox?: ProxmoxNicProps;
  /** What must exist before the guest starts: the bridge, and the DHCP reservation if any. */
  readonly dependsOn: ITerraformDependable[];
}

/** Where a guest's NICs are resolved: its host and the name its DHCP reservations carry. */
export interface NicOwner {
  readonly scope: Construct;
  readonly host: GuestHost;
  readonly hostname: string;
  /**
   * Whether a static NIC's gateway may lie outside the NIC's subnet (reached by an
   * on-link route the guest's setup adds): true where it is, else why it is not.
   * @default - refused: the gateway must be a host address of the NIC's network
   */
  readonly offSubnetGateway?: true | string;
}

/** The `nics` prop as a checked list of NIC props objects (at most `maxNics`). */
export function nicList<T>(scope: Construct, value: unknown, maxNics: number): T[] {
  return listValue(scope, "nics", value, maxNics).map((nic, i) => {
    const props = objectValue<T>(scope, `nics[${i}]`, nic);
    if (props === undefined) throw new ValidationError(scope, `nics[${i}]`, nic, "expected an object of NIC props");
    return props;
  });
}

export function resolveNics(owner: NicOwner, nics: readonly GuestNicProps[]): ResolvedNic[] {
  const checked = nics.map((nic, i) => checkNic(owner, nic, i));
  const chosen = defaultRouteIndex(owner.scope, checked);
  return checked.map((nic, i) => finishNic(owner, nic, i, i === chosen));
}

/** A NIC's props checked, before the guest's default route is placed. */
interface CheckedNic {
  readonly props: GuestNicProps;
  readonly network: IBridgedNetwork;
  readonly mac: string;
  readonly address?: string;
  readonly ipv4Network?: Ipv4Network;
  /** The gateway this NIC would route through if it carried the default route. */
  readonly gateway?: string;
  readonly address6?: string;
  /** The IPv6 gateway this NIC would route through if it carried the default route. */
  readonly gateway6?: string;
  readonly vlan?: number;
  readonly dhcp: boolean;
  /** `defaultRoute` as given, undefined when not given. */
  readonly defaultRoute?: boolean;
}

/**
 * Which NIC carries the guest's default route: the one marked `defaultRoute`, or
 * the first that can (a static address with a gateway, or DHCP); -1 for none.
 */
function defaultRouteIndex(scope: Construct, nics: readonly CheckedNic[]): number {
  const marked = nics.flatMap((n, i) => (n.defaultRoute ? [i] : []));
  if (marked.length > 1) {
    throw new ConfigurationError(scope, `nics[${marked[0]}] and nics[${marked[1]}] both set defaultRoute; a guest has one default route`);
  }
  if (marked.length === 1) {
    const nic = nics[marked[0]];
    if (!nic.dhcp && !nic.gateway && !nic.gateway6) {
      throw new ConfigurationError(scope, `nics[${marked[0]}].defaultRoute is set but the NIC has no gateway: give it an address ` +
        `and a gateway (or a network with one), or dhcp`);
    }
    return marked[0];
  }
  return nics.findIndex((n) => n.defaultRoute !== false &&
    (n.dhcp || (n.address !== undefined && n.gateway !== undefined) || (n.address6 !== undefined && n.gateway6 !== undefined)));
}

/** The NIC's MAC: the given one validated, or one derived from the construct path; unique in the app. */
export function resolveMac(scope: Construct, prop: string, mac: unknown): string {
  const resolved = mac === undefined ? derivedMac(`${scope.node.path}/${prop}`) : macAddress(scope, `${prop}.mac`, mac);
  claimUnique(scope, "MAC address", resolved, `${prop}.mac`);
  return resolved;
}

/** Guests attach only to bridges on the host they run on. */
export function requireSameHost(scope: Construct, prop: string, network: IBridgedNetwork, host: GuestHost): void {
  if (network.host !== host) {
    throw new ConfigurationError(scope, `${prop}.network ${network.node.path} is on another host than ${host.node.path}`);
  }
}

function checkNic({ scope, host, offSubnetGateway }: NicOwner, nic: GuestNicProps, index: number): CheckedNic {
  const prop = `nics[${index}]`;
  const network = bridgedNetworkValue(scope, `${prop}.network`, nic.network);
  requireSameHost(scope, prop, network, host);
  const mac = resolveMac(scope, prop, nic.mac);
  let address: string | undefined;
  let ipv4Network = network.network;
  if (nic.address !== undefined && !network.network) {
    // No cidr to check against: the address names its own network, which the user vouches for.
    const vouched = typeof nic.address === "string" ? /^(\d{1,3}(?:\.\d{1,3}){3})\/(\d{1,2})$/.exec(nic.address) : null;
    if (!vouched) {
      throw new ValidationError(scope, `${prop}.address`, nic.address, `${network.node.path} has no known cidr, so the address ` +
        "carries the prefix of the LAN it is on, e.g. '192.168.1.20/24'");
    }
    const prefix = Number(vouched[2]);
    const base = vouched[1].split(".").map(Number).reduce((n, o) => n * 256 + o, 0);
    const size = 2 ** (32 - Math.min(prefix, 32));
    const start = Math.floor(base / size) * size;
    const dotted = [24, 16, 8, 0].map((shift) => Math.floor(start / 2 ** shift) % 256).join(".");
    ipv4Network = Ipv4Network.parse(scope, `${prop}.address`, `${dotted}/${prefix}`);
    address = ipv4Network.hostAddress(scope, `${prop}.address`, vouched[1]);
    claimUnique(scope, `address on ${segmentOf(network)}`, address, `${prop}.address`);
  } else if (nic.address !== undefined) {
    address = claimAddress(network, scope, `${prop}.address`, nic.address);
  }
  let gateway: string | undefined;
  if (nic.gateway !== undefined) {
    if (!address) throw new ConfigurationError(scope, `${prop}.gateway is set but ${prop}.address is not`);
    // An address implies a known network (the bridge's or its own), so the gateway is checked against it too.
    gateway = gatewayAddress(scope, `${prop}.gateway`, nic.gateway, ipv4Network!, offSubnetGateway);
  } else if (address) {
    gateway = network.gateway;
  }
  if (gateway !== undefined && gateway === address) {
    throw new ConfigurationError(scope, `${prop}.gateway ${gateway} is the guest's own address`);
  }
  if (nic.address6 !== undefined && !network.network6) {
    throw new ConfigurationError(scope, `${prop}.address6 needs a network with an IPv6 prefix (ipv6Cidr); ${network.node.path} has none`);
  }
  const address6 = nic.address6 === undefined ? undefined : claimAddress6(network, scope, `${prop}.address6`, nic.address6);
  const gateway6 = address6 ? network.gateway6 : undefined;
  if (gateway6 !== undefined && gateway6 === address6) {
    throw new ConfigurationError(scope, `${prop}.address6 ${address6} is the network's IPv6 gateway`);
  }
  const vlan = nic.vlan === undefined ? undefined : vlanId(scope, `${prop}.vlan`, nic.vlan);
  if (vlan !== undefined && !network.vlanFiltering && !host.vlanOnAnyBridge) {
    throw new ConfigurationError(scope, `${prop}.vlan ${vlan} needs a VLAN-filtering bridge, and ${network.node.path} does not filter VLANs (vlanFiltering)`);
  }
  const dhcp = booleanValue(scope, `${prop}.dhcp`, nic.dhcp, false, "it decides the guest's configuration at synth");
  const range = network.dhcpRange;
  if (address && !dhcp && range && ipv4Order(range.start) <= ipv4Order(address) && ipv4Order(address) <= ipv4Order(range.end)) {
    throw new ConfigurationError(scope, `${prop}.address ${address} is static but inside the DHCP dynamic range ` +
      `${range.start}-${range.end} of ${network.node.path}, where the server may lease it to another guest; ` +
      `take an address outside the range, or set ${prop}.dhcp to reserve it`);
  }
  if (dhcp) {
    if (!network.hasDhcp) {
      throw new ConfigurationError(scope, `${prop}.dhcp is set but no DHCP server answers on ${network.node.path}`);
    }
    if (nic.gateway !== undefined) throw new ConfigurationError(scope, `${prop}.gateway comes from DHCP when ${prop}.dhcp is set`);
    if (address && !network.reserveAddress) {
      throw new ConfigurationError(scope, `${prop}.address with dhcp needs a DHCP server the stack runs; ${network.node.path} is not managed`);
    }
  }
  const defaultRoute = nic.defaultRoute === undefined
    ? undefined
    : booleanValue(scope, `${prop}.defaultRoute`, nic.defaultRoute, false, "it decides the guest's routes at synth");
  return { props: nic, network, mac, address, ipv4Network: address ? ipv4Network : undefined, gateway: dhcp ? undefined : gateway, address6, gateway6, vlan, dhcp, defaultRoute };
}

function finishNic({ scope, hostname }: NicOwner, nic: CheckedNic, index: number, defaultRoute: boolean): ResolvedNic {
  const prop = `nics[${index}]`;
  const { network, mac, address, dhcp } = nic;
  if (!defaultRoute && nic.props.gateway !== undefined) {
    throw new ConfigurationError(scope, `${prop}.gateway is set, but the guest's one default route is on another NIC; ` +
      `set ${prop}.defaultRoute to route through ${nic.props.gateway}, or drop the gateway`);
  }
  const dependsOn = network.dependable ? [network.dependable] : [];
  // On the stack's own server (it has a dynamic range) every DHCP NIC is reserved,
  // with an address or none, so its lease carries the guest's name and the
  // network's DNS answers it (clients such as busybox udhcpc send no name).
  const named = dhcp && network.reserveAddress !== undefined && network.dhcpRange !== undefined;
  if (dhcp && (address || !defaultRoute || named)) {
    if (!network.reserveAddress) {
      // Only the stack's own server can be told to give this MAC no router.
      throw new ConfigurationError(scope, `${prop} takes DHCP from a server the stack does not run (${network.node.path}), ` +
        `which may give the guest a second default route; give it a static address, or make it the default route (defaultRoute)`);
    }
    dependsOn.push(network.reserveAddress({ mac, address, hostname, defaultRoute: defaultRoute ? undefined : false }));
  }
  return {
    network,
    mac,
    address,
    addressWithPrefix: address ? nic.ipv4Network?.withPrefix(address) : undefined,
    ipv4Network: nic.ipv4Network,
    gateway: defaultRoute && !dhcp ? nic.gateway : undefined,
    address6: nic.address6,
    address6WithPrefix: nic.address6 ? network.network6?.withPrefix(nic.address6) : undefined,
    gateway6: defaultRoute ? nic.gateway6 : undefined,
    vlan: nic.vlan,
    dhcp,
    defaultRoute,
    proxmox: nic.props.proxmox,
    dependsOn,
  };
}

/**
 * A static NIC's gateway: a host address of its network, or, where the guest's
 * setup adds an on-link route to it (a Proxmox container), any unicast IPv4
 * address; elsewhere an address off the subnet is refused with the reason.
 */
function gatewayAddress(scope: Construct, prop: string, value: unknown, network: Ipv4Network, offSubnet: true | string | undefined): string {
  try {
    return network.hostAddress(scope, prop, value);
  } catch (err) {
    const text = typeof value === "string" ? value : "";
    let unicast: string | undefined;
    try {
      unicast = nameserverAddress(scope, prop, text);
    } catch {
      throw err;
    }
    if (offSubnet === true) return unicast;
    throw new ValidationError(scope, prop, value, `expected a host address of the NIC's subnet ${network.cidr}, as ${unicast} is outside it: ` +
      (offSubnet ?? "the gateway must be a host address of the NIC's network"));
  }
}

/**
 * The kernel indexes of the managed bridges the NICs join, once each, in NIC
 * order: new whenever a bridge had to be made again, so guests can join it anew.
 */
export function bridgeIndexes(nics: readonly ResolvedNic[]): string[] | undefined {
  const references = bridgeIndexReferences(nics);
  return references.length ? references.map((r) => `\${${r}}`) : undefined;
}

/** References to those indexes, for a resource's lifecycle.replace_triggered_by. */
export function bridgeIndexReferences(nics: readonly ResolvedNic[]): string[] {
  return [...new Set(nics.flatMap((n) => (n.network.resourceAddress ? [`${n.network.resourceAddress}.ifindex`] : [])))];
}

/** A guest's addresses known at synth: each NIC's IPv4 address (static or reserved), then the IPv6 ones. */
export function guestAddresses(nics: readonly ResolvedNic[]): string[] {
  return [...nics.flatMap((n) => (n.address ? [n.address] : [])), ...nics.flatMap((n) => (n.address6 ? [n.address6] : []))];
}
