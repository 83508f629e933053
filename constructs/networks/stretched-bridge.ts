import { ITerraformDependable } from "cdktf";
import { Construct } from "constructs";
import { Bridge, Vxlan } from "../../l1";
import { Ipv4Network, Ipv6Network } from "../core/addresses";
import { ConfigurationError } from "../core/errors";
import { ownerIdentity } from "../core/identity";
import { instanceValue, objectValue, propsOf } from "../core/input";
import { interfaceName } from "../core/names";
import { refuse, requireUsable } from "../core/refused";
import { LinuxHost } from "../hosts/linux-host";
import { claimInterfaceName, DhcpReservation, IBridgedNetwork, segmentOf } from "./network";
import { Overlay } from "./overlay";

export interface StretchedBridgeProps {
  /** The network to stretch: a BridgedNetwork made with `overlay` (any other network is refused). */
  // Typed as the interface: this module does not import BridgedNetwork, whose extendTo makes a StretchedBridge.
  readonly network: IBridgedNetwork;
  /** The LinuxHost to stretch it to (not the network's own host). */
  readonly host: LinuxHost;
  /** This host's underlay address, of the family of the network's own. */
  readonly underlayAddress: string;
  /** Name of the bridge on this host. @default - the network's bridgeName */
  readonly bridgeName?: string;
}

/**
 * A BridgedNetwork on one more LinuxHost: a bridge there (hyperlab_bridge, with no
 * address) and a VXLAN device (hyperlab_vxlan) joining it to the network's other
 * hosts, so guests here are on the network's layer-2 segment. The network's own host
 * keeps its gateway, NAT and DHCP server: guests here route and lease through it.
 * Use it as any network: `nics: [{ network: stretched }]` for guests of `host`.
 */
export class StretchedBridge extends Construct implements IBridgedNetwork {
  readonly host!: LinuxHost;
  readonly bridgeName!: string;
  readonly network?: Ipv4Network;
  readonly gateway?: string;
  readonly network6?: Ipv6Network;
  readonly gateway6?: string;
  readonly mtu!: number;
  readonly hasDhcp!: boolean;
  readonly dhcpRange?: { readonly start: string; readonly end: string };
  readonly vlanFiltering = false;
  readonly segment!: string;
  readonly dependable!: ITerraformDependable;
  readonly resourceAddress!: string;
  /** The bridge on this host (hyperlab_bridge). */
  readonly bridge!: Bridge;
  /** The tunnel on this host (hyperlab_vxlan). */
  readonly vxlan!: Vxlan;
  private readonly home!: IBridgedNetwork;

  constructor(scope: Construct, id: string, props: StretchedBridgeProps) {
    super(scope, id);
    // The door: a refusal of the props is kept for synth, and the construct builds nothing (core/refused.ts).
    try {
      props = propsOf<StretchedBridgeProps>(this, props);
      const home = objectValue<IBridgedNetwork>(this, "network", props.network);
      requireUsable(this, "network", home);
      // Only a BridgedNetwork made with `overlay` holds one.
      const overlay = (home as { overlay?: unknown } | undefined)?.overlay;
      if (!home || !(overlay instanceof Overlay)) {
        throw new ConfigurationError(this, "network must be a BridgedNetwork with overlay (its VNI and its host's underlay address)");
      }
      this.home = home;
      this.host = instanceValue(this, "host", props.host, LinuxHost, "a LinuxHost");
      if (this.host === home.host) throw new ConfigurationError(this, `host ${this.host.node.path} is the network's own host`);
      this.bridgeName = interfaceName(this, "bridgeName", props.bridgeName ?? home.bridgeName);
      claimInterfaceName(this, this.host, "bridgeName", this.bridgeName);
      this.network = home.network;
      this.gateway = home.gateway;
      this.network6 = home.network6;
      this.gateway6 = home.gateway6;
      this.mtu = home.mtu;
      this.hasDhcp = home.hasDhcp;
      this.dhcpRange = home.dhcpRange;
      this.segment = segmentOf(home);
      const provider = this.host.providerOf(this);
      // A plain switch here: the gateway's address is on the network's own host.
      this.bridge = new Bridge(this, "bridge", {
        provider, netns: this.host.netns ?? "", name: this.bridgeName, mtu: this.mtu, vlanFiltering: false,
        mark: ownerIdentity(this), addresses: [],
      });
      this.vxlan = overlay.join(this, "underlayAddress", this.host, props.underlayAddress, this.bridge, provider);
      // Guests wait for the tunnel too: a DHCP client here needs the server across it.
      this.dependable = this.vxlan;
      this.resourceAddress = `${this.bridge.terraformResourceType}.${this.bridge.friendlyUniqueId}`;
    } catch (err) {
      refuse(this, err);
    }
  }

  /** Reservations go to the network's DHCP server, on its own host. */
  reserveAddress(reservation: DhcpReservation): ITerraformDependable {
    return this.home.reserveAddress!(reservation);
  }
}
