import { createHash } from "node:crypto";
import { Address6 } from "ip-address";
import { TerraformStack, TerraformVariable } from "cdktf";
import { Construct } from "constructs";
import { HyperlabProvider, proxmoxL1, ProxmoxProvider } from "../../l1";
import { ConfigurationError, ValidationError } from "../core/errors";
import { booleanValue, instanceValue, objectValue, propsOf, stringValue } from "../core/input";
import { dnsName, guestName, hostPath } from "../core/names";
import { integerIn } from "../core/numbers";
import { refuse } from "../core/refused";
import { claimedBy, claimUnique } from "../core/registry";
import { LinuxHostSshProps, SshSpec, sshHostProvider, sshSpec } from "./ssh";

export interface ProxmoxVmidRange {
  /** First VMID guests without one may get. */
  readonly first: number;
  /** Last VMID guests without one may get. */
  readonly last: number;
}

export interface ProxmoxNodeProps {
  /** The cluster's API URL, e.g. "https://pve1.example.org:8006/api2/json". */
  readonly apiUrl: string;
  /** The node's name in the cluster (a DNS label), where guests are made. */
  readonly nodeName: string;
  /** API token id, "USER@REALM!TOKEN" (see `pveum user token add`). */
  readonly tokenId: string;
  /**
   * A sensitive TerraformVariable holding the token's secret. Never a string: a
   * prop value would be written into cdk.tf.json.
   * @default - the provider reads PM_API_TOKEN_SECRET from the environment
   */
  readonly tokenSecret?: TerraformVariable;
  /** Accept the API's TLS certificate unchecked (a self-signed one). Say it explicitly. @default false */
  readonly insecureTls?: boolean;
  /** API requests the provider makes at once (1-16). @default 2 */
  readonly parallelism?: number;
  /**
   * Range the VMIDs of guests without an explicit `vmid` are derived in, each from
   * the guest's construct path alone. A change derives every such VMID anew, which
   * replaces those guests. @default 10000-19999
   */
  readonly vmidRange?: ProxmoxVmidRange;
  /**
   * SSH access to the node's own shell, as LinuxHost's `ssh` (the same props and
   * checks): the hyperlab provider starts its agent there to write the cloud-init
   * snippets of KVM guests with `cloudInit.userData`, `vendorData` or the typed
   * cloud-config props, which Proxmox's API cannot upload. The user needs root's
   * rights on the snippet directory (root, or `sudo`).
   * @default - none: those props are refused on this node
   */
  readonly ssh?: LinuxHostSshProps;
  /** The storage the snippets are written to (needs ssh). @default - storage "local" at /var/lib/vz */
  readonly snippets?: ProxmoxSnippetsProps;
}

/** A Proxmox storage with the "snippets" content type, and where it is on the node. */
export interface ProxmoxSnippetsProps {
  /** Storage id, as `cicustom` names it ("local:snippets/FILE"). @default "local" */
  readonly storage?: string;
  /** Its directory on the node (its `path` in /etc/pve/storage.cfg); files go in DIR/snippets/. @default "/var/lib/vz" */
  readonly directory?: string;
}

/** Where a node's snippets are written and how a VM names them. */
export interface ProxmoxSnippetStorage {
  readonly storage: string;
  /** The directory the files are in (the storage's directory + "/snippets"). */
  readonly directory: string;
  /** The hyperlab provider configuration that writes them (the node's alias). */
  readonly provider: HyperlabProvider;
  /** The address the provider reaches the node at, for messages. */
  readonly address: string;
}

const API_URL = /^https:\/\/([A-Za-z0-9][A-Za-z0-9.-]{0,252}|\[[0-9A-Fa-f:.]{2,45}\])(?::(\d{1,5}))?\/api2\/json$/;
const DNS_NAME = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;
const URL_EXPECTED = "an https API URL such as 'https://pve1.example.org:8006/api2/json', 'https://192.0.2.10:8006/api2/json' " +
  "or 'https://[2001:db8::10]:8006/api2/json': a DNS name, an IPv4 address or an IPv6 address in brackets, a port 1-65535, path /api2/json";

/**
 * The API URL in one spelling, the one the provider gets and the VMID claims are
 * keyed by: the host in lower case without a final dot, an IPv6 address
 * compressed, no port 443 (https's own). So 'https://PVE1.example.org.:8006/...'
 * and 'https://pve1.example.org:8006/...' are one cluster.
 */
function apiUrl(scope: Construct, value: unknown): string {
  const given = stringValue(scope, "apiUrl", value, URL_EXPECTED, "it keys the uniqueness of VMIDs at synth");
  const m = API_URL.exec(given);
  const port = m?.[2] === undefined ? undefined : Number(m[2]);
  if (!m || (port !== undefined && !(port >= 1 && port <= 65535))) throw new ValidationError(scope, "apiUrl", given, URL_EXPECTED);
  let host = m[1].toLowerCase();
  if (host.startsWith("[")) {
    const inner = host.slice(1, -1);
    if (!Address6.isValid(inner) || !inner.includes(":") || inner.includes("/") || inner.includes("%")) {
      throw new ValidationError(scope, "apiUrl", given, URL_EXPECTED);
    }
    host = `[${new Address6(inner).correctForm()}]`;
  } else {
    host = host.replace(/\.$/, "");
    if (!DNS_NAME.test(host)) throw new ValidationError(scope, "apiUrl", given, URL_EXPECTED);
    // All digits is an IPv4 address: four octets, no leading zeros (which some read as octal).
    if (/^[0-9.]+$/.test(host) && !/^((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/.test(host)) throw new ValidationError(scope, "apiUrl", given, URL_EXPECTED);
  }
  return `https://${host}${port === undefined || port === 443 ? "" : `:${port}`}/api2/json`;
}
const TOKEN_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}@[A-Za-z0-9][A-Za-z0-9._-]{0,63}![A-Za-z][A-Za-z0-9._-]{0,63}$/;
const PROVIDER_ID = "proxmox-provider";

/**
 * A Proxmox VE node, reached through its cluster's API with an API token. Guests
 * (KvmGuest, LxcContainer) given this host become proxmox_vm_qemu and proxmox_lxc
 * resources of telmate/proxmox on it. Bridges on it are named with
 * BridgedNetwork.fromExisting (e.g. vmbr0).
 */
export class ProxmoxNode extends Construct {
  readonly apiUrl!: string;
  readonly nodeName!: string;
  readonly provider!: ProxmoxProvider;
  /**
   * A guest NIC may carry a VLAN tag on any bridge: on one that is not VLAN-aware,
   * Proxmox makes a VLAN bridge of its own for the tag (vmbr0v10).
   */
  readonly vlanOnAnyBridge = true;
  private readonly vmidRange!: ProxmoxVmidRange;
  /** The SSH settings, for the snippet files. */
  readonly ssh?: SshSpec;
  /** Where snippets go; undefined without ssh. */
  readonly snippetStorage?: ProxmoxSnippetStorage;

  constructor(scope: Construct, id: string, props: ProxmoxNodeProps) {
    super(scope, id);
    // The door: a refusal of the props is kept for synth, and the construct builds nothing (core/refused.ts).
    try {
      props = propsOf<ProxmoxNodeProps>(this, props);
      this.apiUrl = apiUrl(this, props.apiUrl);
      this.nodeName = guestName(this, "nodeName", props.nodeName);
      const tokenExpected = "an API token id 'USER@REALM!TOKEN', e.g. 'hyperlab@pve!deploy'";
      const tokenId = stringValue(this, "tokenId", props.tokenId, tokenExpected, "it is checked at synth");
      if (!TOKEN_ID.test(tokenId)) throw new ValidationError(this, "tokenId", tokenId, tokenExpected);
      const secret = props.tokenSecret === undefined ? undefined
        : instanceValue(this, "tokenSecret", props.tokenSecret, TerraformVariable,
          "a sensitive TerraformVariable (a string would be written into cdk.tf.json); or leave it out and set PM_API_TOKEN_SECRET");
      if (secret && secret.sensitive !== true) {
        throw new ConfigurationError(this, `tokenSecret ${secret.node.path} must be declared with sensitive: true, so the engine never shows it`);
      }
      const range = objectValue<ProxmoxVmidRange>(this, "vmidRange", props.vmidRange) ?? { first: 10000, last: 19999 };
      const first = integerIn(this, "vmidRange.first", range.first, 100, 999999999, "", "VMIDs are derived at synth");
      const last = integerIn(this, "vmidRange.last", range.last, first, 999999999, "", "VMIDs are derived at synth");
      this.vmidRange = { first, last };
      const config = {
        pmApiUrl: this.apiUrl,
        pmApiTokenId: tokenId,
        pmApiTokenSecret: secret?.stringValue,
        pmTlsInsecure: booleanValue(this, "insecureTls", props.insecureTls, false, "it is checked at synth"),
        pmParallel: integerIn(this, "parallelism", props.parallelism ?? 2, 1, 16, "", "it is checked at synth"),
      };
      // One provider configuration per stack: nodes of one cluster share it.
      const stack = TerraformStack.of(this);
      const existing = stack.node.tryFindChild(PROVIDER_ID) as ProxmoxProvider | undefined;
      if (existing && (existing.pmApiUrl !== config.pmApiUrl || existing.pmApiTokenId !== config.pmApiTokenId)) {
        throw new ConfigurationError(this, `a stack talks to one Proxmox cluster with one token, and ${existing.pmApiUrl} ` +
          `(${existing.pmApiTokenId}) is already this stack's; put this node in a stack of its own`);
      }
      this.provider = existing ?? new (proxmoxL1().ProxmoxProvider)(stack, PROVIDER_ID, config);
      this.ssh = sshSpec(this, props.ssh);
      const snippets = objectValue<ProxmoxSnippetsProps>(this, "snippets", props.snippets);
      if (snippets !== undefined && this.ssh === undefined) {
        throw new ConfigurationError(this, "snippets is set but the node has no ssh: the snippet files are written over SSH; add ssh");
      }
      if (this.ssh) {
        const dir = hostPath(this, "snippets.directory", snippets?.directory ?? "/var/lib/vz", "it is checked at synth");
        this.snippetStorage = {
          storage: proxmoxStorage(this, "snippets.storage", snippets?.storage ?? "local"),
          directory: `${dir === "/" ? "" : dir}/snippets`,
          provider: sshHostProvider(this, this.ssh),
          address: this.ssh.address,
        };
      }
    } catch (err) {
      refuse(this, err);
    }
  }

  /**
   * A KvmGuest's name on this node: a DNS name of up to 128 characters, dots
   * allowed ("web.lab.example"), as Proxmox and telmate take a VM name.
   */
  kvmGuestName(scope: Construct, prop: string, value: unknown): string {
    const name = dnsName(scope, prop, value);
    if (name.length > 128) throw new ValidationError(scope, prop, name, "a Proxmox VM name has up to 128 characters");
    return name;
  }

  /** Scope of names that are per node: guest names, bridges. */
  get namespaceKey(): string {
    return `Proxmox node ${this.nodeName} of ${this.apiUrl}`;
  }

  /**
   * The guest's VMID: the one given (100-999999999), or one derived from the
   * construct path alone within the node's range (the same every synth, whatever
   * other guests are added, removed or renamed), unique among the guests of the
   * cluster in this app. telmate replaces a guest whose vmid changes, disks and
   * all, so a derived VMID is never moved to the next free one: a collision is
   * refused, naming both guests, for one of them to be given an explicit vmid.
   */
  vmidFor(scope: Construct, given: unknown): number {
    const kind = `VMID on ${this.apiUrl}`;
    const prop = "proxmox.vmid";
    if (given !== undefined) {
      const vmid = integerIn(scope, prop, given, 100, 999999999, "", "VMIDs are checked for uniqueness at synth");
      claimUnique(scope, kind, String(vmid), prop);
      return vmid;
    }
    const size = this.vmidRange.last - this.vmidRange.first + 1;
    const vmid = this.vmidRange.first + (createHash("sha256").update(scope.node.path).digest().readUInt32BE(0) % size);
    const owner = claimedBy(scope, kind, String(vmid));
    if (owner !== undefined) {
      throw new ConfigurationError(scope, `the VMID ${vmid} derived from this guest's path is taken: ${owner} has it. ` +
        `Give one of the two an explicit ${prop} (the other keeps ${vmid}); derived VMIDs are never moved to a free one, ` +
        "as telmate replaces a guest, disks and all, whose VMID changes");
    }
    claimUnique(scope, kind, String(vmid), prop);
    return vmid;
  }
}

const STORAGE = /^[A-Za-z][A-Za-z0-9._-]{0,63}$/;

/** A Proxmox storage id, e.g. "local-lvm", for the disks and root filesystems guests get. */
export function proxmoxStorage(scope: Construct, prop: string, value: unknown): string {
  const expected = "a Proxmox storage id such as 'local-lvm'";
  const storage = stringValue(scope, prop, value, expected, "it is checked at synth");
  if (!STORAGE.test(storage)) throw new ValidationError(scope, prop, storage, expected);
  return storage;
}
