// A stretched network's overlay (VXLAN with static peers): held by its home
// BridgedNetwork, joined by each StretchedBridge. In a file of its own so that both
// import it and neither imports the other's module for it (no import circle).
import { Lazy } from "cdktf";
import { Construct } from "constructs";
import { Bridge, HyperlabProvider, Vxlan } from "../../l1";
import { ipAddress } from "../core/addresses";
import { ConfigurationError } from "../core/errors";
import { ownerIdentity } from "../core/identity";
import { interfaceName } from "../core/names";
import { integerIn } from "../core/numbers";
import { claimUnique } from "../core/registry";
import { LinuxHost } from "../hosts/linux-host";
import { claimInterfaceName, IBridgedNetwork } from "./network";

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

  constructor(private readonly home: IBridgedNetwork, props: BridgeOverlayProps) {
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

