import { ITerraformDependable, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { Ipv4Network, ipv4Order } from "../core/addresses";
import { CommandResource } from "../core/command-resource";
import { ConfigurationError, ValidationError } from "../core/errors";
import { booleanValue, instanceValue, objectValue, propsOf } from "../core/input";
import { interfaceName } from "../core/names";
import { integerIn, mtu as validMtu, oneOf } from "../core/numbers";
import { claimDisjoint, claimUnique, mapOf } from "../core/registry";
import { script } from "../core/shell";
import { LinuxHost } from "../hosts/linux-host";
import { bridgeCommands, DhcpSpec, dhcpReservationCommands } from "./bridge-commands";
import { ExistingBridge, ExistingBridgeProps } from "./existing-bridge";

/** How a bridge reaches beyond its guests. */
export type BridgeMode = "isolated" | "nat" | "uplink";
const MODES: readonly BridgeMode[] = ["isolated", "nat", "uplink"];

/** A Linux bridge guests attach to, managed by the stack or already there. */
export interface IBridgedNetwork {
  /** The host the bridge lives on. */
  readonly host: LinuxHost;
  /** The bridge's interface name. */
  readonly bridgeName: string;
  /** The IPv4 network on the bridge, when known. */
  readonly network?: Ipv4Network;
  /** The host's own address on the bridge (the guests' gateway), when it has one. */
  readonly gateway?: string;
  /** MTU of the bridge, inherited by TAP devices on it. */
  readonly mtu: number;
  /** What must exist before a device joins the bridge; absent for bridges the stack does not manage. */
  readonly dependable?: ITerraformDependable;
  /** Construct the network belongs to, for messages and uniqueness scopes. */
  readonly node: Construct["node"];
  /** Whether a DHCP server answers on the bridge, so guests may configure NICs by DHCP. */
  readonly hasDhcp: boolean;
  /** The addresses the stack's DHCP server hands out dynamically, when it runs one. */
  readonly dhcpRange?: { readonly start: string; readonly end: string };
  /** Whether the bridge filters by VLAN tag, so guest NICs may carry one. */
  readonly vlanFiltering: boolean;
  /**
   * Makes the stack's DHCP server on this bridge always give `address` to `mac`.
   * Absent where the stack runs no DHCP server for the bridge.
   */
  reserveAddress?(scope: Construct, id: string, reservation: DhcpReservation): ITerraformDependable;
}

/** A fixed DHCP lease. */
export interface DhcpReservation {
  readonly mac: string;
  readonly address: string;
  readonly hostname: string;
}

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
 * A Linux bridge on the host running Terraform, created and removed with iproute2,
 * with the host as gateway and optionally as NAT router for its guests.
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
  readonly hasDhcp: boolean;
  readonly dhcpRange?: { readonly start: string; readonly end: string };
  readonly vlanFiltering: boolean;

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
    this.vlanFiltering = booleanValue(this, "vlanFiltering", props.vlanFiltering, false, "it decides the host commands at synth");
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
    const dhcp = dhcpProps && this.dhcpSpec(dhcpProps);
    this.dhcpRange = dhcp && { start: dhcp.rangeStart, end: dhcp.rangeEnd };
    const lines = bridgeCommands({
      bridge: this.bridgeName,
      mtu: this.mtu,
      vlanFiltering: this.vlanFiltering,
      hostAddress: this.network.withPrefix(this.gateway),
      uplink,
      natCidr: this.mode === "nat" ? this.network.cidr : undefined,
      run: (argv) => this.host.run(argv),
      runStatePath: (kind, ...names) => this.host.runStatePath(kind, ...names),
      dhcp,
    });
    const dependsOn = this.mode === "nat" ? previousNatNetwork(this, this.host) : undefined;
    const bridge = new CommandResource(this, "bridge", { create: script(lines.create), destroy: script(lines.destroy), dependsOn });
    this.dependable = bridge.resource;
    if (this.mode === "nat") natNetworksOf(this).set(this.host.namespaceKey, bridge.resource);
  }

  reserveAddress(scope: Construct, id: string, r: DhcpReservation): ITerraformDependable {
    if (!this.hasDhcp) throw new ConfigurationError(scope, `${this.node.path} runs no DHCP server to reserve ${r.address} in`);
    const file = `${r.hostname}-${r.mac.replace(/:/g, "")}`;
    const lines = dhcpReservationCommands((kind, ...names) => this.host.runStatePath(kind, ...names), this.bridgeName, file, r);
    return new CommandResource(scope, id, {
      create: script(lines.create), destroy: script(lines.destroy), dependsOn: [this.dependable],
    }).resource;
  }

  private dhcpSpec(dhcp: BridgeDhcpProps): DhcpSpec {
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
      router: this.gateway,
    };
  }
}

/**
 * Checks that `address` is a host address of `net` (when its CIDR is known) and
 * that no other construct in the app took it on the same bridge.
 */
export function claimAddress(net: IBridgedNetwork, scope: Construct, prop: string, address: unknown): string {
  if (!net.network) throw new ConfigurationError(scope, `${prop} needs a network with a known cidr; ${net.node.path} has none`);
  const valid = net.network.hostAddress(scope, prop, address);
  claimUnique(scope, `address on bridge ${net.bridgeName} (${net.host.namespaceKey})`, valid, prop);
  return valid;
}

/** Interfaces (bridges, TAPs, uplinks) share one name space per network namespace. */
export function claimInterfaceName(scope: Construct, host: LinuxHost, prop: string, name: string): void {
  claimUnique(scope, `interface name in ${host.namespaceKey}`, name, prop);
}

/** Two bridges of one namespace with overlapping networks make routing ambiguous. */
export function claimNetwork(scope: Construct, host: LinuxHost, network: Ipv4Network): void {
  claimDisjoint(scope, `IPv4 networks of bridges in ${host.namespaceKey}`, network, "cidr", (a, b) => a.overlaps(b), (n) => n.cidr);
}

/** The stack's NAT bridges per namespace, latest last: each waits for the one before. */
const natNetworksByStack = new WeakMap<TerraformStack, Map<string, ITerraformDependable>>();

function natNetworksOf(scope: Construct): Map<string, ITerraformDependable> {
  return mapOf(natNetworksByStack, TerraformStack.of(scope));
}

function previousNatNetwork(scope: Construct, host: LinuxHost): ITerraformDependable[] | undefined {
  const previous = natNetworksOf(scope).get(host.namespaceKey);
  return previous && [previous];
}

/** A prop that must be a bridge: one the stack made or one named with fromExisting. */
export function bridgedNetworkValue(scope: Construct, prop: string, value: unknown): IBridgedNetwork {
  const net = value as IBridgedNetwork;
  if (!(value instanceof Construct) || typeof net.bridgeName !== "string" || !(net.host instanceof LinuxHost)) {
    throw new ValidationError(scope, prop, value, "expected a BridgedNetwork, or a bridge named with BridgedNetwork.fromExisting");
  }
  return net;
}
