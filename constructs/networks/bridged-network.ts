import { ITerraformDependable } from "cdktf";
import { Construct } from "constructs";
import { Ipv4Network } from "../core/addresses";
import { CommandResource } from "../core/command-resource";
import { ConfigurationError } from "../core/errors";
import { interfaceName } from "../core/names";
import { mtu as validMtu, oneOf } from "../core/numbers";
import { claimUnique } from "../core/registry";
import { script } from "../core/shell";
import { LinuxHost } from "../hosts/linux-host";
import { bridgeCommands } from "./bridge-commands";

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
}

export interface BridgedNetworkProps {
  /** The Linux host that runs Terraform and owns the bridge. */
  readonly host: LinuxHost;
  /** Bridge interface name: 1-15 characters of [a-zA-Z0-9_.-]. */
  readonly bridgeName: string;
  /** IPv4 network on the bridge in CIDR notation, e.g. "10.0.3.0/24". */
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
  /** Physical interface to enslave; required with mode `uplink`, refused otherwise. @default - none */
  readonly uplinkInterface?: string;
  /** Bridge MTU in bytes (68-65535). @default 1500 */
  readonly mtu?: number;
  /** Whether the bridge filters by 802.1Q VLAN tag (needed for guest VLAN tags). @default false */
  readonly vlanFiltering?: boolean;
}

export interface ExistingBridgeProps {
  /** The host the bridge already exists on. */
  readonly host: LinuxHost;
  /** Its interface name, e.g. a Proxmox node's "vmbr0". */
  readonly bridgeName: string;
  /** Its IPv4 network, so guest addresses can be checked against it. @default - not checked */
  readonly cidr?: string;
  /** The gateway guests should use. @default - none */
  readonly gateway?: string;
  /** Its MTU in bytes. @default 1500 */
  readonly mtu?: number;
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

  constructor(scope: Construct, id: string, props: BridgedNetworkProps) {
    super(scope, id);
    this.host = props.host;
    this.bridgeName = interfaceName(this, "bridgeName", props.bridgeName);
    claimUnique(this, `interface name on ${this.host.uniquenessKey}`, this.bridgeName, "bridgeName");
    this.network = Ipv4Network.parse(this, "cidr", props.cidr);
    this.gateway = this.network.hostAddress(this, "gateway", props.gateway ?? this.network.host(1));
    claimAddress(this, this, "gateway", this.gateway);
    this.mode = oneOf(this, "mode", props.mode ?? "isolated", MODES);
    this.mtu = validMtu(this, "mtu", props.mtu ?? 1500);
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

    const lines = bridgeCommands({
      bridge: this.bridgeName,
      mtu: this.mtu,
      vlanFiltering: props.vlanFiltering ?? false,
      hostAddress: this.network.withPrefix(this.gateway),
      uplink,
      natCidr: this.mode === "nat" ? this.network.cidr : undefined,
      run: (argv) => this.host.run(argv),
      stateDir: `/run/hyperlab/nat-${this.host.netns ?? "host"}`,
    });
    const bridge = new CommandResource(this, "bridge", { create: script(lines.create), destroy: script(lines.destroy) });
    this.dependable = bridge.resource;
  }
}

class ExistingBridge extends Construct implements IBridgedNetwork {
  readonly host: LinuxHost;
  readonly bridgeName: string;
  readonly network?: Ipv4Network;
  readonly gateway?: string;
  readonly mtu: number;

  constructor(scope: Construct, id: string, props: ExistingBridgeProps) {
    super(scope, id);
    this.host = props.host;
    this.bridgeName = interfaceName(this, "bridgeName", props.bridgeName);
    this.network = props.cidr === undefined ? undefined : Ipv4Network.parse(this, "cidr", props.cidr);
    if (props.gateway !== undefined) {
      if (!this.network) throw new ConfigurationError(this, "gateway needs cidr, to check the gateway is on the network");
      this.gateway = this.network.hostAddress(this, "gateway", props.gateway);
    }
    this.mtu = validMtu(this, "mtu", props.mtu ?? 1500);
  }
}

/**
 * Checks that `address` is a host address of `net` (when its CIDR is known) and
 * that no other construct in the app took it on the same bridge.
 */
export function claimAddress(net: IBridgedNetwork, scope: Construct, prop: string, address: string): string {
  const valid = net.network ? net.network.hostAddress(scope, prop, address) : address;
  claimUnique(scope, `address on bridge ${net.bridgeName} (${net.host.uniquenessKey})`, valid, prop);
  return valid;
}
