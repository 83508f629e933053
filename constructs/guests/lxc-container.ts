import { ITerraformDependable } from "cdktf";
import { withoutCreationStacks } from "../core/creation-stacks";
import { Construct } from "constructs";
import { propsOf } from "../core/input";
import { guestName } from "../core/names";
import { backendOf, guestHostValue, GuestHost } from "../hosts/host";
import { LinuxHost } from "../hosts/linux-host";
import { ProxmoxNode } from "../hosts/proxmox-node";
import { lxcLinuxBackend } from "./lxc-linux";
import { proxmoxLxcBackend } from "./proxmox-lxc";
import type { LxcProxmoxProps } from "./proxmox-lxc";
import { guestAddresses, GuestNicProps, nicList, resolveNics, ResolvedNic } from "./nic";
import type { WaitForProps } from "./wait-for";
import type { LxcFileProps, LxcTemplateProps } from "./lxc-provision";

export interface LxcContainerProps {
  /** Where the container runs: a LinuxHost (the lxc-* tools) or a ProxmoxNode (proxmox_lxc). */
  readonly host: GuestHost;
  /** Container name, also its hostname: a DNS label, unique among the containers of the host's `lxcPath`. */
  readonly name: string;
  /**
   * LXC template that builds the root filesystem ("busybox", "download", ...):
   * 1-32 of [a-z0-9-], starting with a letter or digit. Or, on a LinuxHost,
   * `{ debian: { release, packages } }`: LXC's `debian` template (debootstrap,
   * cached by the template under /var/cache/lxc/debian) from the Debian archive the
   * host's apt is configured with, with those packages installed; see docs/lxc-files-commands.md.
   * A change replaces the container.
   * @default "busybox"
   */
  readonly template?: string | LxcTemplateProps;
  /**
   * Arguments after `--` for the template (up to 64, each 1-4096 of [A-Za-z0-9._:=/+,-]),
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
   * What a deploy waits for once it has started the container (on a LinuxHost): its
   * address answering a ping or a TCP port, probed from the host's namespace.
   * @default - nothing: the deploy returns once LXC reports the container running
   */
  readonly waitFor?: WaitForProps;
  /**
   * Files written in the container (on a LinuxHost) once it runs, as its root in its user
   * namespace, before the commands: after create, and all again (with the commands) when
   * any file or command changes, an in-place update. A file dropped from the list stays in the container.
   * @default []
   */
  readonly files?: LxcFileProps[];
  /**
   * Commands run in the container (on a LinuxHost), in order, after the files, as its root
   * (lxc-attach, in its user namespace): each a list of words, the program first, never
   * a shell line (write ["sh", "-c", "..."] for one). Run after create, and all again when
   * files or commands change (an in-place update). The first that exits non-zero fails the
   * deploy, quoting its exit status and output; the container needs startOnCreate.
   * @default []
   */
  readonly commands?: string[][];
  /**
   * What only a container on a ProxmoxNode has: its OS template volume, root
   * filesystem, swap, features, root's SSH keys and password, and VMID. Refused on
   * a LinuxHost; on a ProxmoxNode, template and templateArgs are refused instead.
   * @default - none
   */
  readonly proxmox?: LxcProxmoxProps;
}

/** A container's props checked once at the door; each backend builds from it. */
export interface LxcContainerSpec {
  readonly host: GuestHost;
  readonly name: string;
  readonly nics: readonly ResolvedNic[];
}

/** Builds an LxcContainer on one kind of host. */
export interface LxcBackend {
  build(ct: LxcContainer, spec: LxcContainerSpec, props: LxcContainerProps): ITerraformDependable;
}

/** One backend per kind of host, each in a file of its own. */
const BACKENDS = new Map<Function, LxcBackend>([[LinuxHost, lxcLinuxBackend], [ProxmoxNode, proxmoxLxcBackend]]);

/**
 * An LXC system container (hyperlab_lxc_container), made by the lxc-* tools from
 * a template, attached to bridges by veth pairs with static addresses or DHCP.
 * Memory, CPUs, autostart and running change in place; the provider reads them
 * back, so a container stopped, removed or reconfigured by hand shows in plan.
 */
export class LxcContainer extends Construct {
  readonly name: string;
  readonly nics: readonly ResolvedNic[];
  /**
   * The guest's addresses known at synth, in NIC order: static ones and DHCP
   * reservations, IPv4 then each NIC's IPv6. For a TerraformOutput that other stacks read.
   */
  readonly addresses: readonly string[];
  readonly dependable: ITerraformDependable;

  constructor(scope: Construct, id: string, props: LxcContainerProps) {
    super(scope, id);
    props = propsOf<LxcContainerProps>(this, props);
    const host = guestHostValue(this, "host", props.host);
    this.name = guestName(this, "name", props.name);
    // pve-container adds an on-link route to a gateway off the NIC's subnet; on a
    // LinuxHost hyperlab_lxc_container is tested with gateways on it only.
    this.nics = resolveNics({ scope: this, host, hostname: this.name, offSubnetGateway: host instanceof ProxmoxNode ? true
      : "on a LinuxHost the gateway must be on the NIC's network (hyperlab_lxc_container takes no on-link gateway; a container on a ProxmoxNode does)" },
    nicList<GuestNicProps>(this, props.nics, 10));
    this.addresses = guestAddresses(this.nics);
    this.dependable = withoutCreationStacks(() => backendOf(BACKENDS, host).build(this, { host, name: this.name, nics: this.nics }, props));
  }
}
