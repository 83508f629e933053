import { ITerraformDependable, Lazy } from "cdktf";
import { Construct } from "constructs";
import { Bridge, HyperlabProvider, Vxlan } from "../../l1";
import { ipAddress, Ipv4Network, Ipv6Network } from "../core/addresses";
import { ConfigurationError } from "../core/errors";
import { ownerIdentity } from "../core/identity";
import { instanceValue, objectValue, propsOf } from "../core/input";
import { interfaceName } from "../core/names";
import { integerIn } from "../core/numbers";
import { claimUnique } from "../core/registry";
import { LinuxHost } from "../hosts/linux-host";
import { claimInterfaceName, DhcpReservation, IBridgedNetwork, segmentOf } from "./network";
import type { BridgedNetwork } from "./bridged-network";

/** How a BridgedNetwork is stretched across LinuxHosts: VXLAN with static peers. */
export interface BridgeOverlayProps {
  /** VXLAN network identifier (1-16777215), the same on every host of the network; a change replaces the tunnels. */
  readonly vni: number;
  /** This host's underlay address: the tunnels' source here, and the peer the other hosts send to. */
  readonly underlayAddress: string;
  /** UDP port of the tunnels (1-65535), the same on every host; a change replaces them. @default 4789 */
  readonly port?: number;
  /** Name of the VXLAN device on each host (an interface name). @default - "vx" followed by the VNI */
  readonly deviceName?: string;
}

/** What one host of a stretched network contributes: its underlay address and its tunnel. */
interface Member {
  readonly host: LinuxHost;
  readonly underlay: string;
}

/** The overlay of a stretched network, held by its home BridgedNetwork. */
export class Overlay {
  readonly vni: number;
  readonly port: number;
  readonly deviceName: string;
  private readonly members: Member[] = [];

  constructor(private readonly home: BridgedNetwork, props: BridgeOverlayProps) {
    this.vni = integerIn(home, "overlay.vni", props.vni, 1, 16777215);
    this.port = integerIn(home, "overlay.port", props.port ?? 4789, 1, 65535);
    this.deviceName = interfaceName(home, "overlay.deviceName", props.deviceName ?? `vx${this.vni}`);
  }

  /**
   * Adds a host's tunnel, joined to `bridge`, whose peers are every other host's
   * underlay address, read when the app is synthesized (hosts join after).
   */
  join(scope: Construct, prop: string, host: LinuxHost, underlayAddress: unknown, bridge: Bridge, provider: HyperlabProvider): Vxlan {
    const underlay = ipAddress(scope, prop, underlayAddress, "the other hosts' tunnels point at it at synth");
    claimUnique(scope, `underlay address of ${this.home.node.path}`, underlay, prop);
    claimUnique(scope, `host of ${this.home.node.path}`, host.node.path, "host");
    const v6 = underlay.includes(":");
    if (this.members.length && this.members[0].underlay.includes(":") !== v6) {
      throw new ConfigurationError(scope, `${prop} ${underlay} is not of the family of ${this.members[0].underlay}: a tunnel's peers are of its own`);
    }
    claimInterfaceName(scope, host, "overlay.deviceName", this.deviceName);
    this.members.push({ host, underlay });
    return new Vxlan(scope, "vxlan", {
      provider,
      netns: host.netns ?? "",
      name: this.deviceName,
      mark: ownerIdentity(scope, "vxlan"),
      vni: this.vni,
      port: this.port,
      local: underlay,
      bridge: bridge.name,
      mtu: this.home.mtu,
      peers: Lazy.listValue({ produce: () => this.members.filter((m) => m.underlay !== underlay).map((m) => m.underlay) }),
    });
  }
}

export interface StretchedBridgeProps {
  /** The network to stretch: a BridgedNetwork with `overlay`. */
  readonly network: BridgedNetwork;
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
  readonly host: LinuxHost;
  readonly bridgeName: string;
  readonly network?: Ipv4Network;
  readonly gateway?: string;
  readonly network6?: Ipv6Network;
  readonly gateway6?: string;
  readonly mtu: number;
  readonly hasDhcp: boolean;
  readonly dhcpRange?: { readonly start: string; readonly end: string };
  readonly vlanFiltering = false;
  readonly segment: string;
  readonly dependable: ITerraformDependable;
  readonly resourceAddress: string;
  /** The bridge on this host (hyperlab_bridge). */
  readonly bridge: Bridge;
  /** The tunnel on this host (hyperlab_vxlan). */
  readonly vxlan: Vxlan;
  private readonly home: BridgedNetwork;

  constructor(scope: Construct, id: string, props: StretchedBridgeProps) {
    super(scope, id);
    props = propsOf<StretchedBridgeProps>(this, props);
    const home = objectValue<BridgedNetwork>(this, "network", props.network);
    const overlay = home?.overlay;
    if (!home || !overlay) {
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
  }

  /** Reservations go to the network's DHCP server, on its own host. */
  reserveAddress(reservation: DhcpReservation): ITerraformDependable {
    return this.home.reserveAddress(reservation);
  }
}
