import { ITerraformDependable, Lazy } from "cdktf";
import { Construct } from "constructs";
import { Bridge, Dhcp, DhcpReservations, hyperlabProviderOf, Nat } from "../../l1";
import { Ipv4Network, ipv4Order } from "../core/addresses";
import { ConfigurationError } from "../core/errors";
import { booleanValue, instanceValue, objectValue, propsOf } from "../core/input";
import { interfaceName } from "../core/names";
import { integerIn, mtu as validMtu, oneOf } from "../core/numbers";
import { LinuxHost } from "../hosts/linux-host";
import { ExistingBridge, ExistingBridgeProps } from "./existing-bridge";
import { claimAddress, claimInterfaceName, claimNetwork, DhcpReservation, IBridgedNetwork } from "./network";

export type { DhcpReservation, IBridgedNetwork } from "./network";

/** How a bridge reaches beyond its guests. */
export type BridgeMode = "isolated" | "nat" | "uplink";
const MODES: readonly BridgeMode[] = ["isolated", "nat", "uplink"];

/** A DHCP server (dnsmasq) the stack runs on a bridge. */
export interface BridgeDhcpProps {
  /** First address handed out dynamically (on the network, not the gateway). */
  readonly rangeStart: string;
  /** Last address handed out dynamically. */
  readonly rangeEnd: string;
  /** Lease time in seconds (120-604800). @default 3600 */
  readonly leaseSeconds?: number;
}

export interface BridgedNetworkProps {
  /** The Linux host that runs Terraform and owns the bridge. */
  readonly host: LinuxHost;
  /**
   * Bridge interface name: 1-15 characters of [a-zA-Z0-9_.-], not starting with '-'
   * or '.'; unique among the interfaces of the host's network namespace.
   */
  readonly bridgeName: string;
  /**
   * IPv4 network on the bridge in CIDR notation, e.g. "10.0.3.0/24": prefix 8-30,
   * unicast space, overlapping no other network of the same namespace. Not a token:
   * the gateway and guest addresses are derived from it at synth.
   */
  readonly cidr: string;
  /**
   * The host's address on the bridge, which guests use as their gateway.
   * @default - the first host address of `cidr` (e.g. 10.0.3.1)
   */
  readonly gateway?: string;
  /**
   * `isolated`: guests and host only. `nat`: the host forwards and masquerades the
   * guests' traffic, as lxc-net does. `uplink`: a physical interface is enslaved.
   * @default "isolated"
   */
  readonly mode?: BridgeMode;
  /**
   * Physical interface to enslave; required with mode `uplink`, refused otherwise.
   * It cannot be a bridge or TAP of the app, nor the uplink of another bridge.
   * @default - none
   */
  readonly uplinkInterface?: string;
  /** Bridge MTU in bytes (68-65535). @default 1500 */
  readonly mtu?: number;
  /** Whether the bridge filters by 802.1Q VLAN tag (needed for guest VLAN tags). @default false */
  readonly vlanFiltering?: boolean;
  /**
   * Run a DHCP server (dnsmasq, DHCP only) on the bridge, with the host as router.
   * Guests whose NICs have `dhcp: true` and an `address` get that address reserved.
   * @default - no DHCP server
   */
  readonly dhcp?: BridgeDhcpProps;
}

/**
 * A Linux bridge on the host running Terraform (hyperlab_bridge), with the host as
 * gateway, optionally as NAT router (hyperlab_nat) and DHCP server (hyperlab_dhcp)
 * for its guests. The provider reads all three back, so changes made on the host
 * show in plan.
 */
export class BridgedNetwork extends Construct implements IBridgedNetwork {
  /** Names a bridge that exists already (not created, changed or removed by the stack). */
  static fromExisting(scope: Construct, id: string, props: ExistingBridgeProps): IBridgedNetwork {
    return new ExistingBridge(scope, id, props);
  }

  readonly host: LinuxHost;
  readonly bridgeName: string;
  readonly network: Ipv4Network;
  readonly gateway: string;
  readonly mode: BridgeMode;
  readonly mtu: number;
  readonly dependable: ITerraformDependable;
  readonly resourceAddress: string;
  readonly hasDhcp: boolean;
  readonly dhcpRange?: { readonly start: string; readonly end: string };
  readonly vlanFiltering: boolean;
  /** The bridge resource (hyperlab_bridge). */
  readonly bridge: Bridge;
  /** The DHCP server resource (hyperlab_dhcp), when `dhcp` is given. */
  readonly dhcpServer?: Dhcp;
  private readonly reservations: DhcpReservations[] = [];

  constructor(scope: Construct, id: string, props: BridgedNetworkProps) {
    super(scope, id);
    props = propsOf<BridgedNetworkProps>(this, props);
    this.host = instanceValue(this, "host", props.host, LinuxHost, "a LinuxHost");
    this.bridgeName = interfaceName(this, "bridgeName", props.bridgeName);
    claimInterfaceName(this, this.host, "bridgeName", this.bridgeName);
    this.network = Ipv4Network.parse(this, "cidr", props.cidr);
    claimNetwork(this, this.host, this.network);
    this.gateway = this.network.hostAddress(this, "gateway", props.gateway ?? this.network.host(1));
    claimAddress(this, this, "gateway", this.gateway);
    this.mode = oneOf(this, "mode", props.mode ?? "isolated", MODES);
    this.mtu = validMtu(this, "mtu", props.mtu ?? 1500);
    this.vlanFiltering = booleanValue(this, "vlanFiltering", props.vlanFiltering, false, "it is checked against guest NICs at synth");
    const uplink = props.uplinkInterface === undefined ? undefined : interfaceName(this, "uplinkInterface", props.uplinkInterface);
    if (this.mode === "uplink" && !uplink) {
      throw new ConfigurationError(this, "mode 'uplink' needs uplinkInterface (the physical interface to enslave)");
    }
    if (this.mode !== "uplink" && uplink) {
      throw new ConfigurationError(this, `uplinkInterface "${uplink}" is only valid with mode 'uplink', not '${this.mode}'`);
    }
    if (uplink === this.bridgeName) {
      throw new ConfigurationError(this, `uplinkInterface "${uplink}" cannot be the bridge itself`);
    }
    // An uplink is an interface of the namespace like the bridges and TAPs: one
    // that is the app's own bridge or TAP, or another bridge's uplink, clashes.
    if (uplink) claimInterfaceName(this, this.host, "uplinkInterface", uplink);
    const dhcpProps = objectValue<BridgeDhcpProps>(this, "dhcp", props.dhcp);
    this.hasDhcp = dhcpProps !== undefined;

    const provider = hyperlabProviderOf(this);
    const netns = this.host.netns ?? "";
    this.bridge = new Bridge(this, "bridge", {
      provider, netns, name: this.bridgeName, mtu: this.mtu, vlanFiltering: this.vlanFiltering,
      addresses: [this.network.withPrefix(this.gateway)], uplink,
    });
    this.dependable = this.bridge;
    this.resourceAddress = `${this.bridge.terraformResourceType}.${this.bridge.friendlyUniqueId}`;
    if (this.mode === "nat") {
      // The defaults are declared, so drift reports them (see tools/drift-report.ts).
      new Nat(this, "nat", {
        provider, netns, bridge: this.bridge.name, sourceCidr: this.network.cidr, masquerade: true, forward: true, ipForward: true,
      });
    }
    if (dhcpProps) {
      const range = this.dhcpRangeOf(dhcpProps);
      this.dhcpRange = { start: range.rangeStart, end: range.rangeEnd };
      // Guests add their reservations while the app is built; the list is read at synth.
      const reservations = Lazy.anyValue({ produce: () => this.reservations }, { omitEmptyArray: false });
      this.dhcpServer = new Dhcp(this, "dhcp", {
        provider, netns, bridge: this.bridge.name, ...range, router: this.gateway, reservations, running: true,
        // dnsmasq binds to the bridge it started on: a bridge made again needs a new server.
        lifecycle: { replaceTriggeredBy: [`${this.resourceAddress}.ifindex`] },
      });
    }
  }

  reserveAddress(r: DhcpReservation): ITerraformDependable {
    if (!this.dhcpServer) throw new ConfigurationError(this, `runs no DHCP server to reserve ${r.address} in`);
    this.reservations.push({ mac: r.mac, address: r.address, hostname: r.hostname });
    return this.dhcpServer;
  }

  private dhcpRangeOf(dhcp: BridgeDhcpProps): { rangeStart: string; rangeEnd: string; leaseSeconds: number } {
    if (dhcp.rangeStart === undefined || dhcp.rangeEnd === undefined) {
      throw new ConfigurationError(this, "dhcp needs rangeStart and rangeEnd (the dynamic range)");
    }
    const start = this.network.hostAddress(this, "dhcp.rangeStart", dhcp.rangeStart);
    const end = this.network.hostAddress(this, "dhcp.rangeEnd", dhcp.rangeEnd);
    if (ipv4Order(start) > ipv4Order(end)) {
      throw new ConfigurationError(this, `dhcp.rangeStart ${start} comes after dhcp.rangeEnd ${end}`);
    }
    const gateway = ipv4Order(this.gateway);
    if (ipv4Order(start) <= gateway && gateway <= ipv4Order(end)) {
      throw new ConfigurationError(this, `the DHCP range ${start}-${end} contains the gateway ${this.gateway}`);
    }
    return {
      rangeStart: start,
      rangeEnd: end,
      leaseSeconds: integerIn(this, "dhcp.leaseSeconds", dhcp.leaseSeconds ?? 3600, 120, 604800, "seconds"),
    };
  }
}
