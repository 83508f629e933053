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
}

export function resolveNics(scope: Construct, host: LinuxHost, nics: readonly GuestNicProps[], maxNics: number): ResolvedNic[] {
  if (nics.length > maxNics) {
    throw new ConfigurationError(scope, `${nics.length} NICs given, but this target takes at most ${maxNics}`);
  }
  return nics.map((nic, i) => resolveNic(scope, host, nic, `nics[${i}]`));
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

function resolveNic(scope: Construct, host: LinuxHost, nic: GuestNicProps, prop: string): ResolvedNic {
  requireSameHost(scope, prop, nic.network, host);
  const mac = resolveMac(scope, prop, nic.mac);
  if (nic.address !== undefined && !nic.network.network) {
    throw new ConfigurationError(scope, `${prop}.address needs a network with a known cidr; ${nic.network.node.path} has none`);
  }
  const address = nic.address === undefined ? undefined : claimAddress(nic.network, scope, `${prop}.address`, nic.address);
  let gateway: string | undefined;
  if (nic.gateway !== undefined) {
    if (!address) throw new ConfigurationError(scope, `${prop}.gateway is set but ${prop}.address is not`);
    gateway = nic.network.network ? nic.network.network.hostAddress(scope, `${prop}.gateway`, nic.gateway) : nic.gateway;
  } else if (address) {
    gateway = nic.network.gateway;
  }
  if (gateway !== undefined && gateway === address) {
    throw new ConfigurationError(scope, `${prop}.gateway ${gateway} is the guest's own address`);
  }
  const vlan = nic.vlan === undefined ? undefined : vlanId(scope, `${prop}.vlan`, nic.vlan);
  return {
    network: nic.network,
    mac,
    address,
    addressWithPrefix: address ? nic.network.network?.withPrefix(address) : undefined,
    gateway,
    vlan,
  };
}
