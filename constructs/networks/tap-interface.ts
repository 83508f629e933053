import { ITerraformDependable } from "cdktf";
import { Construct } from "constructs";
import { CommandResource } from "../core/command-resource";
import { booleanValue, propsOf } from "../core/input";
import { interfaceName, posixUser } from "../core/names";
import { Argv, command, script, tolerant } from "../core/shell";
import { bridgedNetworkValue, claimInterfaceName, IBridgedNetwork } from "./bridged-network";

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
 * A persistent TAP device (`ip tuntap`) enslaved to a bridge: the host end of a
 * guest NIC for hypervisors that open a TAP by name (QEMU `-netdev tap,ifname=`).
 */
export class TapInterface extends Construct {
  readonly name: string;
  readonly network: IBridgedNetwork;
  readonly multiQueue: boolean;
  readonly dependable: ITerraformDependable;

  constructor(scope: Construct, id: string, props: TapInterfaceProps) {
    super(scope, id);
    props = propsOf<TapInterfaceProps>(this, props);
    this.network = bridgedNetworkValue(this, "network", props.network);
    this.multiQueue = booleanValue(this, "multiQueue", props.multiQueue, false, "it decides the host commands at synth");
    this.name = interfaceName(this, "name", props.name);
    claimInterfaceName(this, this.network.host, "name", this.name);
    const add: string[] = ["ip", "tuntap", "add", "dev", this.name, "mode", "tap"];
    if (props.owner !== undefined) add.push("user", posixUser(this, "owner", props.owner));
    if (props.group !== undefined) add.push("group", posixUser(this, "group", props.group));
    if (this.multiQueue) add.push("multi_queue");

    const host = this.network.host;
    const sh = (argv: Argv) => command(host.run(argv));
    const create = [
      sh(add),
      sh(["ip", "link", "set", "dev", this.name, "mtu", String(this.network.mtu), "master", this.network.bridgeName]),
      sh(["ip", "link", "set", "dev", this.name, "up"]),
    ];
    const destroy = [tolerant(sh(["ip", "link", "delete", "dev", this.name]))];
    const dependsOn = this.network.dependable ? [this.network.dependable] : undefined;
    this.dependable = new CommandResource(this, "tap", { create: script(create), destroy: script(destroy), dependsOn }).resource;
  }
}
