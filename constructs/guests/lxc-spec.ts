// The spec of an LxcContainer: its props (documented, the public types), the checked
// spec both backends build from, the backend interface and the parse function that
// checks each shared prop once, with its range and default written here only. The
// construct (lxc-container.ts) and each backend (lxc-linux.ts, proxmox-lxc.ts)
// import this file, and it imports neither: no import circle (__tests__/import-cycles.test.ts).
import { ITerraformDependable, TerraformVariable } from "cdktf";
import { Construct, IConstruct } from "constructs";
import { Refusals } from "../core/errors";
import { booleanValue } from "../core/input";
import { guestName } from "../core/names";
import { integerIn } from "../core/numbers";
import { guestHostValue, GuestHost } from "../hosts/host";
import { ProxmoxNode } from "../hosts/proxmox-node";
import type { LxcFileProps, LxcTemplateProps } from "./lxc-provision";
import { GuestNicProps, nicList, resolveNics, ResolvedNic } from "./nic";
import { ProxmoxStartupProps } from "./proxmox-settings";
import type { WaitForProps } from "./wait-for";

/** A ProxmoxNode's containers always have a memory limit: proxmox_lxc's own default. */
const PROXMOX_MEMORY_MIB = 512;
/** Why a token is refused for the numbers and switches below. */
const AT_SYNTH = "it is checked at synth";

/** What only an LxcContainer on a ProxmoxNode has. */
export interface LxcProxmoxProps {
  /** The OS template volume, "STORAGE:vztmpl/FILE" (see `pveam list local`). */
  readonly ostemplate: string;
  /** Root filesystem: storage and size in GiB (1-65536). @default - local-lvm, 8 GiB */
  readonly rootfs?: { readonly storage?: string; readonly sizeGiB?: number };
  /** Swap in MiB (0-1048576). @default 512 */
  readonly swapMiB?: number;
  /** Container features. @default - none */
  readonly features?: ProxmoxLxcFeatures;
  /** OpenSSH public keys for root (up to 64). @default [] */
  readonly sshKeys?: string[];
  /** Root's password, only as a sensitive TerraformVariable (never written into cdk.tf.json). @default - none */
  readonly password?: TerraformVariable;
  /** The container's id (100-999999999). @default - derived from the construct path in the node's vmidRange */
  readonly vmid?: number;
  /**
   * Volumes made for the container and mounted into it, as mp0, mp1, ... in this
   * order (telmate rc07 reads mount points back only as a run from mp0). A change
   * of one replaces its volume. @default []
   */
  readonly mountPoints?: ProxmoxMountPointProps[];
  /** Resource pool the container is a member of. @default - none */
  readonly pool?: string;
  /** Tags shown in the node's UI, each `[a-zA-Z0-9_]` then `[a-zA-Z0-9._-]`; written sorted. @default [] */
  readonly tags?: string[];
  /** Where the container starts in the node's boot order, and the pause after it. @default - unordered */
  readonly startup?: ProxmoxStartupProps;
  /** DNS servers of the container (up to 3, Proxmox's nameserver); changes in place. @default - the node's */
  readonly nameservers?: string[];
  /** DNS search domains of the container (up to 6, Proxmox's searchdomain); changes in place. @default - the node's */
  readonly searchDomains?: string[];
  /** Protect the container from removal: Proxmox refuses to destroy it (so does a deploy that would) until it is unset. @default false */
  readonly protection?: boolean;
}

/** What a Proxmox container may do besides the usual. */
export interface ProxmoxLxcFeatures {
  /** Nested containers (and systemd's namespacing) inside it. @default false */
  readonly nesting?: boolean;
  /** keyctl() for Docker inside an unprivileged container. @default false */
  readonly keyctl?: boolean;
  /** FUSE mounts inside it. @default false */
  readonly fuse?: boolean;
  /**
   * File system types the container may mount itself ("nfs", "cifs"). Refused:
   * Proxmox lets only root@pam's own login change feature flags other than
   * nesting ("changing feature flags (except nesting) is only allowed for
   * root@pam"), and a ProxmoxNode signs in with an API token, which is never
   * root@pam. Mount the share on the node instead. @default - none
   */
  readonly mount?: ("nfs" | "cifs")[];
}

/** A volume mounted into a Proxmox container. */
export interface ProxmoxMountPointProps {
  /** Where it is mounted in the container: an absolute path without ',', '=', spaces or '..' segments. */
  readonly path: string;
  /** Its size in GiB (1-65536); required (the volume is made that size). */
  readonly sizeGiB?: number;
  /** Storage it is made on. @default - the root filesystem's */
  readonly storage?: string;
  /** Whether vzdump backups include it. @default false */
  readonly backup?: boolean;
  /**
   * A directory of the node to bind-mount instead of a new volume (e.g. "/main").
   * Refused: Proxmox allows bind mount points only to root@pam's own login ("mount
   * point type bind is only allowed for root@pam"), and a ProxmoxNode signs in with
   * an API token. Even then, in an unprivileged container the node's files show as
   * nobody:nogroup unless they belong to the mapped ids (100000+) or an idmap is
   * set. Set it on the node (`pct set VMID -mp0 /main,mp=/main`) or use a volume.
   * @default - a new volume
   */
  readonly hostPath?: string;
}

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
  /**
   * Memory limit in MiB (16-1048576); changes in place.
   * @default - no limit on a LinuxHost; 512 on a ProxmoxNode, whose containers always have one
   */
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

/**
 * An LxcContainer's props, checked once at the door: every prop both kinds of host
 * take, with its default applied. Each backend builds from it and checks only what
 * its own kind of host has (`props`: template, files and commands on a LinuxHost,
 * the `proxmox` block on a ProxmoxNode).
 */
export interface LxcContainerSpec {
  readonly host: GuestHost;
  readonly name: string;
  readonly nics: readonly ResolvedNic[];
  /** Memory limit in MiB, 16-1048576; undefined for none (a LinuxHost only). */
  readonly memoryMiB?: number;
  /** CPUs, 1-1024; undefined for no limit. */
  readonly cpus?: number;
  readonly privileged: boolean;
  readonly startOnCreate: boolean;
  readonly startOnBoot: boolean;
  /** The props as given, for what only one kind of host has: its backend checks those. */
  readonly props: LxcContainerProps;
}

/** Builds an LxcContainer on one kind of host, from its spec alone. */
export interface LxcBackend {
  build(ct: Construct, spec: LxcContainerSpec): ITerraformDependable;
}

/**
 * Checks an LxcContainer's shared props into its spec. Every refusal is kept and
 * the next prop checked (the NICs wait for the name, which they carry), then all
 * are thrown together to the construct's door, each with the construct path, to be
 * reported at synth with the app's other refusals.
 */
export function parseLxcContainer(ct: IConstruct, props: LxcContainerProps): LxcContainerSpec {
  // Everything else depends on the host: a bad one is refused alone.
  const host = guestHostValue(ct, "host", props.host);
  const refusals = new Refusals();
  const check = refusals.check.bind(refusals);
  const name = check(() => guestName(ct, "name", props.name));
  // pve-container adds an on-link route to a gateway off the NIC's subnet; on a
  // LinuxHost hyperlab_lxc_container is tested with gateways on it only.
  const nics = name === undefined ? undefined : check(() => resolveNics({ scope: ct, host, hostname: name, offSubnetGateway: host instanceof ProxmoxNode ? true
    : "on a LinuxHost the gateway must be on the NIC's network (hyperlab_lxc_container takes no on-link gateway; a container on a ProxmoxNode does)" },
  nicList<GuestNicProps>(ct, props.nics, 10)));
  const memory = props.memoryMiB ?? (host instanceof ProxmoxNode ? PROXMOX_MEMORY_MIB : undefined);
  const memoryMiB = check(() => memory === undefined ? undefined : integerIn(ct, "memoryMiB", memory, 16, 1048576, "MiB", AT_SYNTH));
  const cpus = check(() => props.cpus === undefined ? undefined : integerIn(ct, "cpus", props.cpus, 1, 1024, "", AT_SYNTH));
  const privileged = check(() => booleanValue(ct, "privileged", props.privileged, false, "it decides the container's kind at synth"));
  const startOnCreate = check(() => booleanValue(ct, "startOnCreate", props.startOnCreate, true, AT_SYNTH));
  const startOnBoot = check(() => booleanValue(ct, "startOnBoot", props.startOnBoot, true, AT_SYNTH));
  refusals.throwIfAny();
  return { host, name: name!, nics: nics!, memoryMiB, cpus, privileged: privileged!, startOnCreate: startOnCreate!, startOnBoot: startOnBoot!, props };
}
