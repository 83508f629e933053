import { TerraformVariable } from "cdktf";
import { Construct } from "constructs";
import { proxmoxL1, ProxmoxLxc } from "../../l1";
import { ConfigurationError, describeValue, ValidationError } from "../core/errors";
import { booleanValue, instanceValue, listValue, objectValue, stringValue } from "../core/input";
import { sshPublicKeys } from "../core/keys";
import { terraformLiteral } from "../core/literal";
import { ipv6NameserverAddress, nameserverAddress } from "../core/addresses";
import { dnsName, hostPath, HostPathRule } from "../core/names";
import { integerIn } from "../core/numbers";
import { claimUnique } from "../core/registry";
import { ProxmoxNode, proxmoxStorage } from "../hosts/proxmox-node";
import type { LxcBackend } from "./lxc-container";
import { ProxmoxStartupProps, proxmoxNic, proxmoxPool, proxmoxStartup, proxmoxTags } from "./proxmox-settings";
import { refuseOnProxmox } from "./refusals";
import { ResolvedNic } from "./nic";

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

/** Why a container can have no bind mount or mount feature through hyperlab (see docs/proxmox-settings.md). */
const ROOT_PAM_ONLY = "Proxmox lets only root@pam's own login (a password ticket) set them, and a ProxmoxNode signs in with an API token, " +
  "which Proxmox never counts as root@pam, even root@pam's own token";

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

// A mount path is a value of Proxmox's "mp0: VOLUME,mp=PATH,size=8G" line: no ',' or '='.
const MOUNT_PATH: HostPathRule = { refuse: /[,= ]/, because: "',', '=' or spaces (Proxmox's mount point line cannot hold them)" };

export interface ProxmoxLxcSpec {
  readonly name: string;
  readonly memoryMiB?: unknown;
  readonly cpus?: unknown;
  readonly privileged?: unknown;
  readonly startOnCreate?: unknown;
  readonly startOnBoot?: unknown;
  readonly proxmox?: unknown;
}

/** An LxcContainer on a ProxmoxNode: proxmox_lxc. */
export const proxmoxLxcBackend: LxcBackend = {
  build(ct, spec, props) {
    const node = spec.host as ProxmoxNode;
    claimUnique(ct, `container name on ${node.namespaceKey}`, spec.name, "name");
    refuseOnProxmox(ct, props, ["template", "templateArgs", "waitFor", "files", "commands"]);
    return proxmoxLxc(ct, node, { ...props, name: spec.name }, spec.nics);
  },
};

const OSTEMPLATE = /^[A-Za-z][A-Za-z0-9._-]{0,63}:vztmpl\/[A-Za-z0-9][A-Za-z0-9._+-]{0,200}$/;

/**
 * An LxcContainer on a Proxmox node: proxmox_lxc from an OS template volume, with
 * its root filesystem, veth NICs on the node's bridges (static or DHCP, VLAN tag),
 * memory, swap, cores, start and onboot. Unprivileged unless said otherwise.
 */
export function proxmoxLxc(ct: Construct, node: ProxmoxNode, spec: ProxmoxLxcSpec, nics: readonly ResolvedNic[]): ProxmoxLxc {
  const px = objectValue<LxcProxmoxProps>(ct, "proxmox", spec.proxmox);
  if (!px) throw new ConfigurationError(ct, "on a Proxmox node give proxmox.ostemplate, the OS template volume the container is made from");
  const templateExpected = "an OS template volume 'STORAGE:vztmpl/FILE', e.g. 'local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst'";
  const ostemplate = stringValue(ct, "proxmox.ostemplate", px.ostemplate, templateExpected, "it is checked at synth");
  if (!OSTEMPLATE.test(ostemplate)) throw new ValidationError(ct, "proxmox.ostemplate", ostemplate, templateExpected);
  const rootfs = objectValue<{ storage?: unknown; sizeGiB?: unknown }>(ct, "proxmox.rootfs", px.rootfs) ?? {};
  const storage = proxmoxStorage(ct, "proxmox.rootfs.storage", rootfs.storage ?? "local-lvm");
  const features = objectValue<{ nesting?: unknown; keyctl?: unknown; fuse?: unknown; mount?: unknown }>(ct, "proxmox.features", px.features);
  if (features?.mount !== undefined) {
    throw new ConfigurationError(ct, `proxmox.features.mount ${shownList(features.mount)} is refused: ${ROOT_PAM_ONLY}; ` +
      "mount the NFS or CIFS share on the node and give the container a volume");
  }
  const password = px.password === undefined ? undefined
    : instanceValue(ct, "proxmox.password", px.password, TerraformVariable, "a sensitive TerraformVariable (a string would be written into cdk.tf.json)");
  if (password && password.sensitive !== true) {
    throw new ConfigurationError(ct, `proxmox.password ${password.node.path} must be declared with sensitive: true`);
  }
  const sshKeys = sshPublicKeys(ct, "proxmox.sshKeys", px.sshKeys);
  const flag = (name: "nesting" | "keyctl" | "fuse") => booleanValue(ct, `proxmox.features.${name}`, features?.[name], false, "it is checked at synth");
  return new (proxmoxL1().ProxmoxLxc)(ct, "container", {
    provider: node.provider,
    hostname: spec.name,
    targetNode: node.nodeName,
    vmid: node.vmidFor(ct, px.vmid),
    ostemplate,
    unprivileged: !booleanValue(ct, "privileged", spec.privileged, false, "it is checked at synth"),
    rootfs: { storage, size: `${integerIn(ct, "proxmox.rootfs.sizeGiB", rootfs.sizeGiB ?? 8, 1, 65536, "GiB", "it is checked at synth")}G` },
    memory: integerIn(ct, "memoryMiB", spec.memoryMiB ?? 512, 16, 1048576, "MiB", "it is checked at synth"),
    swap: integerIn(ct, "proxmox.swapMiB", px.swapMiB ?? 512, 0, 1048576, "MiB", "it is checked at synth"),
    cores: spec.cpus === undefined ? undefined : integerIn(ct, "cpus", spec.cpus, 1, 1024, "", "it is checked at synth"),
    features: features ? { nesting: flag("nesting"), keyctl: flag("keyctl"), fuse: flag("fuse") } : undefined,
    sshPublicKeys: sshKeys.length ? terraformLiteral(sshKeys.join("\n")) : undefined,
    password: password?.stringValue,
    start: booleanValue(ct, "startOnCreate", spec.startOnCreate, true, "it is checked at synth"),
    onboot: booleanValue(ct, "startOnBoot", spec.startOnBoot, true, "it is checked at synth"),
    mountpoint: listValue(ct, "proxmox.mountPoints", px.mountPoints, 64).map((value, i) => {
      const prop = `proxmox.mountPoints[${i}]`;
      const mp = objectValue<ProxmoxMountPointProps>(ct, prop, value) ?? ({} as ProxmoxMountPointProps);
      if (mp.hostPath !== undefined) {
        throw new ConfigurationError(ct, `${prop}.hostPath ${describeValue(mp.hostPath)} is a bind mount, refused: ${ROOT_PAM_ONLY}. ` +
          "In an unprivileged container the node's files would also show as nobody unless owned by the mapped ids (100000+). " +
          `Bind it on the node (pct set VMID -mp${i} ${typeof mp.hostPath === "string" ? mp.hostPath : "/PATH"},mp=...) or give sizeGiB for a volume`);
      }
      return {
        key: String(i), slot: i,
        mp: terraformLiteral(hostPath(ct, `${prop}.path`, mp.path, "it is checked at synth", MOUNT_PATH)),
        storage: mp.storage === undefined ? storage : proxmoxStorage(ct, `${prop}.storage`, mp.storage),
        size: `${integerIn(ct, `${prop}.sizeGiB`, mp.sizeGiB, 1, 65536, "GiB", "it is checked at synth")}G`,
        backup: mp.backup === undefined ? undefined : booleanValue(ct, `${prop}.backup`, mp.backup, false, "it is checked at synth"),
      };
    }),
    pool: proxmoxPool(ct, "proxmox.pool", px.pool),
    protection: px.protection === undefined ? undefined : booleanValue(ct, "proxmox.protection", px.protection, false, "it is checked at synth"),
    // Proxmox's nameserver and searchdomain are space-separated lists, read back as written.
    nameserver: joined(listValue(ct, "proxmox.nameservers", px.nameservers, 3).map((n, i) => dnsServer(ct, `proxmox.nameservers[${i}]`, n))),
    searchdomain: joined(listValue(ct, "proxmox.searchDomains", px.searchDomains, 6).map((d, i) => dnsName(ct, `proxmox.searchDomains[${i}]`, d))),
    tags: proxmoxTags(ct, "proxmox.tags", px.tags),
    // telmate rc07 writes and reads a container's startup string as it is.
    startup: startupLine(proxmoxStartup(ct, "proxmox.startup", px.startup)),
    network: nics.map((nic, i) => {
      const settings = proxmoxNic(ct, i, nic, "container");
      return {
        name: `eth${i}`, bridge: nic.network.bridgeName, hwaddr: nic.mac.toUpperCase(),
        ip: nic.address && !nic.dhcp ? nic.addressWithPrefix : "dhcp", gw: nic.dhcp ? undefined : nic.gateway, tag: nic.vlan,
        ip6: settings.ip6 ?? nic.address6WithPrefix, gw6: nic.gateway6, mtu: settings.mtu, firewall: settings.firewall,
      };
    }),
  });
}

/** A list of strings as written (e.g. ["nfs","cifs"]); anything else as describeValue shows it. */
function shownList(value: unknown): string {
  try {
    if (Array.isArray(value) && value.length <= 8 && value.every((v) => typeof v === "string" && v.length <= 64)) return JSON.stringify(value);
  } catch {
    // a hostile object: described below
  }
  return describeValue(value);
}

function joined(list: string[]): string | undefined {
  return list.length ? list.join(" ") : undefined;
}

/** A container's DNS server: IPv4 or IPv6 unicast. */
function dnsServer(ct: Construct, prop: string, value: unknown): string {
  return typeof value === "string" && value.includes(":") ? ipv6NameserverAddress(ct, prop, value) : nameserverAddress(ct, prop, value);
}

/** Proxmox's startup property: "order=N,up=N", only the parts given. */
function startupLine(startup: { order?: number; delay?: number } | undefined): string | undefined {
  const parts = [startup?.order === undefined ? "" : `order=${startup.order}`, startup?.delay === undefined ? "" : `up=${startup.delay}`].filter(Boolean);
  return parts.length ? parts.join(",") : undefined;
}
