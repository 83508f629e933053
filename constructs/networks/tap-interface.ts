import { ITerraformDependable } from "cdktf";
import { Construct } from "constructs";
import { Tap } from "../../l1";
import { ConfigurationError } from "../core/errors";
import { ownerIdentity } from "../core/identity";
import { booleanValue, propsOf } from "../core/input";
import { refuse } from "../core/refused";
import { LinuxHost } from "../hosts/linux-host";
import { interfaceName, posixUser } from "../core/names";
import { bridgedNetworkValue, claimInterfaceName, IBridgedNetwork } from "./network";

export interface TapInterfaceProps {
  /** The bridge the TAP device joins; the TAP inherits its MTU. */
  readonly network: IBridgedNetwork;
  /** Device name: 1-15 characters of [a-zA-Z0-9_.-], not starting with '-' or '.'; unique in the namespace. */
  readonly name: string;
  /** User allowed to open the device without root (e.g. the one running QEMU). @default - root only */
  readonly owner?: string;
  /** Group allowed to open the device. @default - none */
  readonly group?: string;
  /** Whether the device has one queue per vCPU (`multi_queue`), for virtio-net multiqueue. @default false */
  readonly multiQueue?: boolean;
}

/**
 * A persistent TAP device (hyperlab_tap) enslaved to a bridge: the host end of a
 * guest NIC for hypervisors that open a TAP by name (QEMU `-netdev tap,ifname=`).
 * Read sees it detached, deleted or changed.
 */
export class TapInterface extends Construct {
  readonly name!: string;
  readonly network!: IBridgedNetwork;
  readonly multiQueue!: boolean;
  readonly dependable!: ITerraformDependable;
  /** The TAP's resource address (e.g. "hyperlab_tap.tap_1A2B"), whose id is new when it had to be made again. */
  readonly resourceAddress!: string;

  constructor(scope: Construct, id: string, props: TapInterfaceProps) {
    super(scope, id);
    // The door: a refusal of the props is kept for synth, and the construct builds nothing (core/refused.ts).
    try {
      props = propsOf<TapInterfaceProps>(this, props);
      this.network = bridgedNetworkValue(this, "network", props.network);
      if (!(this.network.host instanceof LinuxHost)) {
        throw new ConfigurationError(this, `network ${this.network.node.path} is on a Proxmox node, which makes its guests' TAP devices itself`);
      }
      const host = this.network.host;
      this.multiQueue = booleanValue(this, "multiQueue", props.multiQueue, false, "it is checked against guest NICs at synth");
      this.name = interfaceName(this, "name", props.name);
      claimInterfaceName(this, host, "name", this.name);
      const tap = new Tap(this, "tap", {
        provider: host.providerOf(this),
        netns: host.netns ?? "",
        name: this.name,
        mark: ownerIdentity(this),
        bridge: this.network.bridgeName,
        owner: props.owner === undefined ? undefined : posixUser(this, "owner", props.owner),
        group: props.group === undefined ? undefined : posixUser(this, "group", props.group),
        multiQueue: this.multiQueue,
        mtu: this.network.mtu,
        dependsOn: this.network.dependable ? [this.network.dependable] : undefined,
      });
      this.dependable = tap;
      this.resourceAddress = `${tap.terraformResourceType}.${tap.friendlyUniqueId}`;
    } catch (err) {
      refuse(this, err);
    }
  }
}
