import { ITerraformDependable } from "cdktf";
import { Construct } from "constructs";
import { derivedMac, macAddress } from "../core/addresses";
import { ConfigurationError } from "../core/errors";
import { vlanId } from "../core/numbers";
import { claimUnique } from "../core/registry";
import { LinuxHost } from "../hosts/linux-host";
import { claimAddress, IBridgedNetwork } from "../networks/bridged-network";

/** One network interface of a guest. */
export interface GuestNicProps {
  /** The network the NIC is attached to. */
  readonly network: IBridgedNetwork;
  /**
   * Static IPv4 address of the guest on `network` (no prefix; the network's is used).
   * @default - no static address (DHCP or unconfigured)
   */
  readonly address?: string;
  /**
   * Gateway the guest routes through.
   * @default - the network's gateway when `address` is set
   */
  readonly gateway?: string;
  /**
   * MAC address (unicast).
   * @default - derived from the construct path: stable across synths, locally administered
   */
  readonly mac?: string;
  /** 802.1Q VLAN tag on the bridge port (1-4094); needs a VLAN-filtering bridge. @default - untagged */
  readonly vlan?: number;
  /**
   * The guest configures this NIC by DHCP. With `address`, the stack's DHCP server on
   * the network reserves that address for the NIC's MAC.
   * @default false (static when `address` is set)
   */
  readonly dhcp?: boolean;
}

/** A NIC after validation, with every default filled in. */
export interface ResolvedNic {
  readonly network: IBridgedNetwork;
  readonly mac: string;
  readonly address?: string;
  /** "address/prefix", when the address and the network's CIDR are known. */
  readonly addressWithPrefix?: string;
  readonly gateway?: string;
  readonly vlan?: number;
  /** Configured by DHCP in the guest (any `address` is then a reservation). */
  readonly dhcp: boolean;
  /** What must exist before the guest starts: the bridge, and the DHCP reservation if any. */
  readonly dependsOn: ITerraformDependable[];
}

/** Where a guest's NICs are resolved: its host and the name its DHCP reservations carry. */
export interface NicOwner {
  readonly scope: Construct;
  readonly host: LinuxHost;
  readonly hostname: string;
}

export function resolveNics(owner: NicOwner, nics: readonly GuestNicProps[], maxNics: number): ResolvedNic[] {
  if (nics.length > maxNics) {
    throw new ConfigurationError(owner.scope, `${nics.length} NICs given, but this target takes at most ${maxNics}`);
  }
  return nics.map((nic, i) => resolveNic(owner, nic, i));
}

/** The NIC's MAC: the given one validated, or one derived from the construct path; unique in the app. */
export function resolveMac(scope: Construct, prop: string, mac: string | undefined): string {
  const resolved = mac === undefined ? derivedMac(`${scope.node.path}/${prop}`) : macAddress(scope, `${prop}.mac`, mac);
  claimUnique(scope, "MAC address", resolved, `${prop}.mac`);
  return resolved;
}

/** Guests attach only to bridges on the host they run on. */
export function requireSameHost(scope: Construct, prop: string, network: IBridgedNetwork, host: LinuxHost): void {
  if (network.host !== host) {
    throw new ConfigurationError(scope, `${prop}.network ${network.node.path} is on another host than ${host.node.path}`);
  }
}

function resolveNic({ scope, host, hostname }: NicOwner, nic: GuestNicProps, index: number): ResolvedNic {
  const prop = `nics[${index}]`;
  requireSameHost(scope, prop, nic.network, host);
  const mac = resolveMac(scope, prop, nic.mac);
  if (nic.address !== undefined && !nic.network.network) {
    throw new ConfigurationError(scope, `${prop}.address needs a network with a known cidr; ${nic.network.node.path} has none`);
  }
  const address = nic.address === undefined ? undefined : claimAddress(nic.network, scope, `${prop}.address`, nic.address);
  let gateway: string | undefined;
  if (nic.gateway !== undefined) {
    if (!address) throw new ConfigurationError(scope, `${prop}.gateway is set but ${prop}.address is not`);
    // An address implies a known CIDR (checked above), so the gateway is checked against it too.
    gateway = nic.network.network!.hostAddress(scope, `${prop}.gateway`, nic.gateway);
  } else if (address) {
    gateway = nic.network.gateway;
  }
  if (gateway !== undefined && gateway === address) {
    throw new ConfigurationError(scope, `${prop}.gateway ${gateway} is the guest's own address`);
  }
  const vlan = nic.vlan === undefined ? undefined : vlanId(scope, `${prop}.vlan`, nic.vlan);
  const dhcp = nic.dhcp ?? false;
  const dependsOn = nic.network.dependable ? [nic.network.dependable] : [];
  if (dhcp) {
    if (!nic.network.hasDhcp) {
      throw new ConfigurationError(scope, `${prop}.dhcp is set but no DHCP server answers on ${nic.network.node.path}`);
    }
    if (nic.gateway !== undefined) throw new ConfigurationError(scope, `${prop}.gateway comes from DHCP when ${prop}.dhcp is set`);
    if (address) {
      if (!nic.network.reserveAddress) {
        throw new ConfigurationError(scope, `${prop}.address with dhcp needs a DHCP server the stack runs; ${nic.network.node.path} is not managed`);
      }
      dependsOn.push(nic.network.reserveAddress(scope, `nic${index}-lease`, { mac, address, hostname }));
    }
  }
  return {
    network: nic.network,
    mac,
    address,
    addressWithPrefix: address ? nic.network.network?.withPrefix(address) : undefined,
    gateway: dhcp ? undefined : gateway,
    vlan,
    dhcp,
    dependsOn,
  };
}
