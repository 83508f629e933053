import { ITerraformDependable } from "cdktf";
import { Construct } from "constructs";
import { hyperlabProviderOf, Vmnet } from "../../l1";
import { Ipv4Network } from "../core/addresses";
import { ConfigurationError } from "../core/errors";
import { booleanValue, instanceValue, propsOf } from "../core/input";
import { terraformLiteral } from "../core/literal";
import { hostPath, interfaceName } from "../core/names";
import { oneOf } from "../core/numbers";
import { refuse } from "../core/refused";
import { claimUnique } from "../core/registry";
import { vmnetNumber } from "../core/vmware";
import { LinuxHost } from "../hosts/linux-host";
import { bridgedNetworkValue, claimInterfaceName, claimNetwork, IBridgedNetwork } from "./network";

/** How a vmnet reaches beyond its VMs. */
export type VmnetMode = "bridged" | "hostonly" | "nat";
const MODES: readonly VmnetMode[] = ["bridged", "hostonly", "nat"];

export interface VmnetNetworkProps {
  /** The Linux host running VMware Workstation Player (vmware-networks runs there, as root). */
  readonly host: LinuxHost;
  /** vmnet number, 0-19 (vmnet0 ... vmnet19); unique per networking file. */
  readonly number: number;
  /**
   * `bridged`: VMs share a host interface's network (give `bridge` or
   * `bridgeInterface`). `hostonly`: VMs and the host on `cidr`. `nat`: as
   * hostonly, and VMware's NAT service routes out through the host.
   */
  readonly mode: VmnetMode;
  /** A bridge of the stack (or named with BridgedNetwork.fromExisting) a bridged vmnet bridges to. @default - none */
  readonly bridge?: IBridgedNetwork;
  /** A host interface (e.g. "eth0") a bridged vmnet bridges to, when it is no BridgedNetwork. @default - none */
  readonly bridgeInterface?: string;
  /**
   * IPv4 network of a hostonly or nat vmnet, e.g. "10.60.0.0/24" (prefix 8-30); the
   * host's vmnetN adapter is on it, so it must not overlap the host's bridges.
   * @default - none (required for hostonly and nat)
   */
  readonly cidr?: string;
  /** VMware's DHCP server on a hostonly or nat vmnet. @default false */
  readonly dhcp?: boolean;
  /** VMware's networking file. @default "/etc/vmware/networking" */
  readonly networkingFile?: string;
}

/**
 * A VMware vmnet (`hyperlab_vmnet`): its lines of VMware's networking file,
 * applied with vmware-networks. VmwareVm NICs attach to it by object.
 */
export class VmnetNetwork extends Construct {
  readonly host!: LinuxHost;
  readonly number!: number;
  readonly mode!: VmnetMode;
  readonly dependable!: ITerraformDependable;

  constructor(scope: Construct, id: string, props: VmnetNetworkProps) {
    super(scope, id);
    // The door: a refusal of the props is kept for synth, and the construct builds nothing (core/refused.ts).
    try {
      props = propsOf<VmnetNetworkProps>(this, props);
      this.host = instanceValue(this, "host", props.host, LinuxHost, "a LinuxHost");
      if (this.host.netns !== undefined) {
        throw new ConfigurationError(this, `host ${this.host.node.path} runs its commands in network namespace ${this.host.netns}, ` +
          "but VMware's vmnets live in the host's own namespace; give VMware a LinuxHost without netns");
      }
      this.number = vmnetNumber(this, "number", props.number);
      this.mode = oneOf(this, "mode", props.mode, MODES);
      const networkingFile = hostPath(this, "networkingFile", props.networkingFile ?? "/etc/vmware/networking");
      claimUnique(this, `vmnet number in ${networkingFile}`, String(this.number), "number");
      const bridged = this.mode === "bridged";
      let bridgeInterface: string | undefined;
      const dependsOn: ITerraformDependable[] = [];
      if (bridged) {
        if ((props.bridge === undefined) === (props.bridgeInterface === undefined)) {
          throw new ConfigurationError(this, "a bridged vmnet needs exactly one of bridge or bridgeInterface");
        }
        if (props.bridge !== undefined) {
          const bridge = bridgedNetworkValue(this, "bridge", props.bridge);
          if (bridge.host !== this.host) {
            throw new ConfigurationError(this, `bridge ${bridge.node.path} is on another host than ${this.host.node.path}`);
          }
          bridgeInterface = bridge.bridgeName;
          if (bridge.dependable) dependsOn.push(bridge.dependable);
        } else {
          bridgeInterface = interfaceName(this, "bridgeInterface", props.bridgeInterface);
        }
        if (props.cidr !== undefined) throw new ConfigurationError(this, "cidr applies to hostonly and nat vmnets; a bridged one takes the bridge's network");
        if (props.dhcp !== undefined) throw new ConfigurationError(this, "dhcp applies to hostonly and nat vmnets");
      } else {
        if (props.bridge !== undefined || props.bridgeInterface !== undefined) {
          throw new ConfigurationError(this, `bridge and bridgeInterface apply to bridged vmnets, not ${this.mode}`);
        }
        if (props.cidr === undefined) throw new ConfigurationError(this, `a ${this.mode} vmnet needs a cidr`);
      }
      // VMware puts its host adapter at .1, and a NAT vmnet its gateway at .2 and a DHCP
      // range after them: a vmnet needs a /30 at least.
      const network = props.cidr === undefined ? undefined : Ipv4Network.parse(this, "cidr", props.cidr, 30);
      if (network) {
        // VMware puts a host adapter named vmnetN on the network, in the host's namespace.
        claimInterfaceName(this, this.host, "number", `vmnet${this.number}`);
        claimNetwork(this, this.host, network);
      }
      this.dependable = new Vmnet(this, "vmnet", {
        provider: hyperlabProviderOf(this),
        number: this.number,
        mode: this.mode,
        bridgeInterface,
        subnet: network?.cidr,
        dhcp: bridged ? undefined : booleanValue(this, "dhcp", props.dhcp, false, "it is checked at synth"),
        networkingFile: terraformLiteral(networkingFile),
        dependsOn: dependsOn.length ? dependsOn : undefined,
      });
    } catch (err) {
      refuse(this, err);
    }
  }
}
