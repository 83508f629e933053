import { ITerraformDependable } from "cdktf";
import { Construct } from "constructs";
import { hyperlabProviderOf, LxcContainerResource } from "../../l1";
import { ConfigurationError, ValidationError } from "../core/errors";
import { booleanValue, listValue, propsOf, stringValue } from "../core/input";
import { terraformLiteral } from "../core/literal";
import { guestName } from "../core/names";
import { integerIn } from "../core/numbers";
import { claimUnique } from "../core/registry";
import { guestHostValue, GuestHost } from "../hosts/host";
import { ProxmoxNode } from "../hosts/proxmox-node";
import { LxcProxmoxProps, proxmoxLxc } from "./proxmox-lxc";
import { refuseOnProxmox } from "./refusals";
import { bridgeIndexes, GuestNicProps, nicList, resolveNics, ResolvedNic } from "./nic";

export interface LxcContainerProps {
  /** Where the container runs: a LinuxHost (the lxc-* tools) or a ProxmoxNode (proxmox_lxc). */
  readonly host: GuestHost;
  /** Container name, also its hostname: a DNS label, unique among the containers of the host's `lxcPath`. */
  readonly name: string;
  /**
   * LXC template that builds the root filesystem ("busybox", "download", ...):
   * 1-32 of [a-z0-9-], starting with a letter or digit.
   * @default "busybox"
   */
  readonly template?: string;
  /**
   * Arguments after `--` for the template (up to 64, each 1-128 of [A-Za-z0-9._:=/+-]),
   * e.g. ["--dist", "debian", "--release", "bookworm", "--arch", "amd64"]. They
   * follow `--`, so only the template reads them, and options are what they are for.
   * @default []
   */
  readonly templateArgs?: string[];
  /** Network interfaces (veth pairs on bridges, up to 10), in order eth0, eth1, ...; LXC sets static addresses. @default [] */
  readonly nics?: GuestNicProps[];
  /** Memory limit in MiB (16-1048576); changes in place. @default - no limit */
  readonly memoryMiB?: number;
  /**
   * CPU time the container may use, in CPUs (1-1024): on a LinuxHost a cgroup quota
   * (`cpu.max`) spread over any host CPUs, not a pinning; on a ProxmoxNode its
   * `cores`. Changes in place, on a running container too. @default - no limit
   */
  readonly cpus?: number;
  /**
   * Run the container without a user namespace, so root in the container is root on
   * the host: a process that escapes it owns the host. Only for workloads that need
   * it (some nested container runtimes, device access). Unprivileged, container root
   * is host uid 100000 (ids 100000-165535). Both are under LXC's generated AppArmor
   * profile where the host has AppArmor. A change replaces the container.
   * @default false (unprivileged)
   */
  readonly privileged?: boolean;
  /** Whether the container runs (started after creating it); changes in place. @default true */
  readonly startOnCreate?: boolean;
  /** Start it when the host boots (`lxc.start.auto`); changes in place. @default true */
  readonly startOnBoot?: boolean;
  /**
   * What only a container on a ProxmoxNode has: its OS template volume, root
   * filesystem, swap, features, root's SSH keys and password, and VMID. Refused on
   * a LinuxHost; on a ProxmoxNode, template and templateArgs are refused instead.
   * @default - none
   */
  readonly proxmox?: LxcProxmoxProps;
}

const TEMPLATE_ARG = /^[A-Za-z0-9._:=\/+-]{1,128}$/;
const TEMPLATE = /^[a-z0-9][a-z0-9-]{0,31}$/;

/**
 * An LXC system container (hyperlab_lxc_container), made by the lxc-* tools from
 * a template, attached to bridges by veth pairs with static addresses or DHCP.
 * Memory, CPUs, autostart and running change in place; the provider reads them
 * back, so a container stopped, removed or reconfigured by hand shows in plan.
 */
export class LxcContainer extends Construct {
  readonly name: string;
  readonly nics: readonly ResolvedNic[];
  readonly dependable: ITerraformDependable;

  constructor(scope: Construct, id: string, props: LxcContainerProps) {
    super(scope, id);
    props = propsOf<LxcContainerProps>(this, props);
    const host = guestHostValue(this, "host", props.host);
    this.name = guestName(this, "name", props.name);
    if (host instanceof ProxmoxNode) {
      claimUnique(this, `container name on ${host.namespaceKey}`, this.name, "name");
      refuseOnProxmox(this, props, ["template", "templateArgs"]);
      this.nics = resolveNics({ scope: this, host, hostname: this.name }, nicList<GuestNicProps>(this, props.nics, 10));
      this.dependable = proxmoxLxc(this, host, { ...props, name: this.name }, this.nics);
      return;
    }
    if (props.proxmox !== undefined) {
      throw new ConfigurationError(this, `proxmox applies to a container on a ProxmoxNode, and ${host.node.path} is a LinuxHost`);
    }
    // Containers live in lxcPath, whichever network namespace their tools run in.
    claimUnique(this, `container name in ${host.lxcPath}`, this.name, "name");
    const privileged = booleanValue(this, "privileged", props.privileged, false, "it decides the container's kind at synth");
    const templateExpected = "an LXC template name such as 'busybox' or 'download': 1-32 of [a-z0-9-], starting with a letter or digit";
    const template = stringValue(this, "template", props.template ?? "busybox", templateExpected, "it is checked at synth");
    if (!TEMPLATE.test(template)) throw new ValidationError(this, "template", template, templateExpected);
    const templateArgs = listValue(this, "templateArgs", props.templateArgs, 64).map((value, i) => {
      const expected = "1-128 characters of [A-Za-z0-9._:=/+-]";
      const a = stringValue(this, `templateArgs[${i}]`, value, expected, "it is checked at synth");
      if (!TEMPLATE_ARG.test(a)) throw new ValidationError(this, `templateArgs[${i}]`, a, expected);
      return a;
    });
    this.nics = resolveNics({ scope: this, host, hostname: this.name }, nicList<GuestNicProps>(this, props.nics, 10));
    this.nics.forEach((nic, i) => {
      if (nic.addressWithPrefix && !nic.dhcp && nic.network.network?.prefixLength === 31) {
        throw new ConfigurationError(this, `nics[${i}].address ${nic.address} is on the point-to-point ` +
          `${nic.network.network.cidr}, and LXC sets the broadcast address to address|~netmask, which on a /31 is the ` +
          "other end (or the container itself): use a /30 or larger network for containers");
      }
    });
    this.dependable = new LxcContainerResource(this, "container", {
      provider: hyperlabProviderOf(this),
      netns: host.netns ?? "",
      name: this.name,
      lxcPath: terraformLiteral(host.lxcPath),
      template,
      templateArgs,
      privileged,
      nics: this.nics.map((nic) => ({
        bridge: nic.network.bridgeName,
        hwaddr: nic.mac,
        ipv4: nic.dhcp ? undefined : nic.addressWithPrefix,
        gateway: nic.gateway,
        vlan: nic.vlan,
        ipv6: nic.address6WithPrefix,
        gateway6: nic.gateway6,
      })),
      memoryMib: props.memoryMiB === undefined ? undefined : integerIn(this, "memoryMiB", props.memoryMiB, 16, 1048576, "MiB"),
      cpus: props.cpus === undefined ? undefined : integerIn(this, "cpus", props.cpus, 1, 1024),
      autostart: booleanValue(this, "startOnBoot", props.startOnBoot, true, "it is checked at synth"),
      running: booleanValue(this, "startOnCreate", props.startOnCreate, true, "it is checked at synth"),
      // A bridge made again (deleted on the host) restarts the container, whose veths then join it.
      restartTriggers: bridgeIndexes(this.nics),
      dependsOn: this.nics.flatMap((n) => n.dependsOn),
    });
  }
}
