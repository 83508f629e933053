import { Construct } from "constructs";
import { Ipv4Network, Ipv6Network } from "../core/addresses";
import { ConfigurationError } from "../core/errors";
import { booleanValue, propsOf } from "../core/input";
import { interfaceName } from "../core/names";
import { mtu as validMtu } from "../core/numbers";
import { refuse } from "../core/refused";
import { GuestHost, guestHostValue } from "../hosts/host";
import { claimAddress, claimAddress6, claimInterfaceName, IBridgedNetwork } from "./network";

export interface ExistingBridgeProps {
  /** The host the bridge already exists on: a LinuxHost, or a ProxmoxNode (e.g. its vmbr0). */
  readonly host: GuestHost;
  /** Its interface name, e.g. a Proxmox node's "vmbr0". */
  readonly bridgeName: string;
  /** Its IPv4 network, so guest addresses can be checked against it. @default - not checked */
  readonly cidr?: string;
  /** The gateway guests should use. @default - none */
  readonly gateway?: string;
  /** Its IPv6 prefix (see BridgedNetworkProps.ipv6Cidr), so guests' `address6` can be checked against it. @default - none */
  readonly ipv6Cidr?: string;
  /** The IPv6 gateway guests should use (needs ipv6Cidr). @default - none */
  readonly ipv6Gateway?: string;
  /** Its MTU in bytes. @default 1500 */
  readonly mtu?: number;
  /** Whether a DHCP server (not managed by the stack) answers on it. @default false */
  readonly hasDhcp?: boolean;
  /** Whether it filters by VLAN tag, so guest NICs on it may carry one. @default false */
  readonly vlanFiltering?: boolean;
}

/**
 * A bridge the stack only names (BridgedNetwork.fromExisting): nothing is created
 * or removed. It claims its name on its host, as a managed bridge does (a bridge
 * made by the stack or a TAP of the same name would be that bridge), and its
 * gateways, which are the router's addresses on it: no guest may take them.
 */
export class ExistingBridge extends Construct implements IBridgedNetwork {
  readonly host!: GuestHost;
  readonly bridgeName!: string;
  readonly network?: Ipv4Network;
  readonly gateway?: string;
  readonly network6?: Ipv6Network;
  readonly gateway6?: string;
  readonly mtu!: number;
  readonly hasDhcp!: boolean;
  readonly vlanFiltering!: boolean;

  constructor(scope: Construct, id: string, props: ExistingBridgeProps) {
    super(scope, id);
    // The door: a refusal of the props is kept for synth, and the construct builds nothing (core/refused.ts).
    try {
      props = propsOf<ExistingBridgeProps>(this, props);
      this.host = guestHostValue(this, "host", props.host);
      this.bridgeName = interfaceName(this, "bridgeName", props.bridgeName);
      claimInterfaceName(this, this.host, "bridgeName", this.bridgeName);
      this.network = props.cidr === undefined ? undefined : Ipv4Network.parse(this, "cidr", props.cidr);
      if (props.gateway !== undefined) {
        if (!this.network) throw new ConfigurationError(this, "gateway needs cidr, to check the gateway is on the network");
        this.gateway = claimAddress(this, this, "gateway", props.gateway);
      }
      this.network6 = props.ipv6Cidr === undefined ? undefined : Ipv6Network.parse(this, "ipv6Cidr", props.ipv6Cidr);
      if (props.ipv6Gateway !== undefined) {
        if (!this.network6) throw new ConfigurationError(this, "ipv6Gateway needs ipv6Cidr, to check the gateway is on the prefix");
        this.gateway6 = claimAddress6(this, this, "ipv6Gateway", props.ipv6Gateway);
      }
      this.mtu = validMtu(this, "mtu", props.mtu ?? 1500);
      this.hasDhcp = booleanValue(this, "hasDhcp", props.hasDhcp, false, "guests' NIC settings are decided at synth");
      this.vlanFiltering = booleanValue(this, "vlanFiltering", props.vlanFiltering, false, "guests' NIC settings are decided at synth");
    } catch (err) {
      refuse(this, err);
    }
  }
}
