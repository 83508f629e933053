import { Address6 } from "ip-address";
import { Construct, IConstruct } from "constructs";
import { HyperlabProvider, hyperlabProviderOf } from "../../l1";
import { ValidationError } from "../core/errors";
import { propsOf, stringValue } from "../core/input";
import { canonicalPath, guestName, hostPath, HostPathRule, netnsName } from "../core/names";
import { refuse } from "../core/refused";
import { LinuxHostSshProps, SshSpec, sshHostProvider, sshSpec } from "./ssh";

export type { LinuxHostSshProps } from "./ssh";

export interface LinuxHostProps {
  /**
   * Reach this host over SSH instead of being the machine that runs the engine:
   * its bridges, TAPs, NAT, DHCP, containers and KVM guests are made there, by a
   * provider configuration of its own (an alias), and drift is read there. The
   * paths (lxcPath, storagePoolPath, images) are that host's.
   * @default - the host is the machine running the engine
   */
  readonly ssh?: LinuxHostSshProps;
  /**
   * Network namespace that host-side commands (bridges, TAPs, NAT, LXC) run in.
   * It must exist before apply; useful to keep a lab off the host's own stack.
   * @default - the host's own network namespace
   */
  readonly netns?: string;
  /**
   * libvirt connection URI used for KVM guests on this host: driver `qemu`, transport
   * unix, ssh, libssh, libssh2, tls or tcp (not `ext`, which runs a command), a user
   * and host that do not start with '-' (an IPv6 host in brackets, e.g.
   * `qemu+ssh://root@[2001:db8::10]/system`), a port 1-65535, and only the
   * parameters socket, keyfile, known_hosts, known_hosts_verify, no_verify, no_tty,
   * sshauth (comma-separated methods, e.g. `agent,privkey`), pkipath and mode; the
   * path parameters have no '..' segments.
   * @default "qemu:///system"
   */
  readonly libvirtUri?: string;
  /**
   * Directory LXC keeps its containers in (lxc-* `-P`).
   * @default "/var/lib/lxc"
   */
  readonly lxcPath?: string;
  /**
   * Directory the KVM guests' disk images and cloud-init seeds go in, one directory
   * per guest (named after it), made by the first guest and removed with the last.
   * Its filesystem must take user extended attributes (ext4, xfs, btrfs, tmpfs do):
   * each file carries its owner's mark there.
   * @default "/var/lib/hyperlab/pool"
   */
  readonly storagePoolPath?: string;
}


// driver qemu, a transport that connects (not `ext`, which runs a command), then an
// authority: an optional user, a host (a DNS name, an IPv4 address or an IPv6
// address in brackets) and an optional port, neither user nor host starting with
// '-' (an ssh client would read it as an option).
const LIBVIRT_URI = new RegExp("^qemu(?:\\+(?:unix|ssh|libssh|libssh2|tls|tcp))?://" +
  "(?:(?:([A-Za-z0-9._][A-Za-z0-9._-]{0,63})@)?(\\[[0-9A-Fa-f:.]{2,45}\\]|[A-Za-z0-9_][A-Za-z0-9._-]{0,252})(?::(\\d{1,5}))?)?" +
  "/(system|session)(?:\\?(.*))?$");
const LIBVIRT_URI_PARAMS = ["socket", "keyfile", "known_hosts", "known_hosts_verify", "no_verify", "no_tty", "sshauth", "pkipath", "mode"];
/** Parameters that name a file or directory: no '..' segment may climb out of where they point. */
const LIBVIRT_PATH_PARAMS = ["socket", "keyfile", "known_hosts", "pkipath"];
const PATH_VALUE = /^[A-Za-z0-9._\/+~-]*$/;
// sshauth is a comma-separated list of methods, e.g. "agent,privkey".
const SSHAUTH_VALUE = /^[a-z][a-z-]*(,[a-z][a-z-]*)*$/;
const PLAIN_VALUE = /^[A-Za-z0-9._-]*$/;

/**
 * lxcPath reaches LXC's template scripts (--path, --rootfs), and lxc-busybox expands
 * them unquoted (`mkdir -p ${rootfs}/dev ...`): a space would split the path into
 * other directories and '*', '?', '[' would glob. And LxcContainer hands lxcPath to
 * the JSON as it is (not through terraformLiteral), so '${' and '%{' are refused
 * here rather than evaluated there.
 */
const LXC_PATH: HostPathRule = {
  refuse: /[ *?[]|[$%]\{/,
  because: "spaces, '*', '?', '[' (LXC's templates expand the path unquoted), '${' or '%{' (LxcContainer writes it unescaped)",
};

/** A libvirt URI that cannot smuggle an option to ssh or name a command to run. */
function libvirtUri(scope: Construct, value: unknown): string {
  const expected = "expected a libvirt URI such as 'qemu:///system', 'qemu+ssh://ci-runner@kvm1/system' or " +
    "'qemu+tcp://[fd00::1]:16509/system': driver qemu, transport unix/ssh/libssh/libssh2/tls/tcp, a user and host not " +
    "starting with '-' (an IPv6 host in brackets), a port 1-65535, parameters " + LIBVIRT_URI_PARAMS.join(", ") +
    ` (paths of [A-Za-z0-9._/+~-] without '..' segments, sshauth a comma-separated list of methods such as 'agent,privkey')`;
  const uri = stringValue(scope, "libvirtUri", value, expected, "it keys the uniqueness of pools and guest names at synth");
  const m = uri.length <= 512 ? LIBVIRT_URI.exec(uri) : null;
  if (!m || !validUriHost(m[2]) || (m[3] !== undefined && !(Number(m[3]) >= 1 && Number(m[3]) <= 65535)) ||
      (m[5] !== undefined && !m[5].split("&").every(validUriParam))) {
    throw new ValidationError(scope, "libvirtUri", uri, expected);
  }
  return uri;
}

/** See LinuxHost.libvirtDaemon. */
function libvirtDaemon(uri: string, machine: string): string {
  const [, user, host, , path, query] = LIBVIRT_URI.exec(uri)!;
  // /var/run is /run; the system daemon's own socket is the one a URI without one reaches.
  const given = query?.split("&").find((p) => p.startsWith("socket="))?.slice("socket=".length);
  const socket = given === undefined ? undefined : canonicalPath(given).replace(/^\/var\/run\//, "/run/");
  const own = path === "system" && socket === "/run/libvirt/libvirt-sock";
  const where = host === undefined ? machine : host.toLowerCase().replace(/\.$/, "");
  // A session daemon is one per user; the system daemon is one per machine.
  const who = path === "session" && user !== undefined ? `${user}@` : "";
  return `the ${path} libvirtd of ${who}${where}${socket && !own ? ` at ${socket}` : ""}`;
}

function validUriHost(host: string | undefined): boolean {
  if (host === undefined || !host.startsWith("[")) return true;
  const inner = host.slice(1, -1);
  // A full IPv6 address (no zone): ip-address also takes prefixes and zones, which a host is not.
  return /^[0-9A-Fa-f:.]+$/.test(inner) && Address6.isValid(inner) && inner.includes(":");
}

function validUriParam(param: string): boolean {
  const eq = param.indexOf("=");
  if (eq < 0) return false;
  const [name, value] = [param.slice(0, eq), param.slice(eq + 1)];
  if (!LIBVIRT_URI_PARAMS.includes(name)) return false;
  if (LIBVIRT_PATH_PARAMS.includes(name)) return PATH_VALUE.test(value) && !value.split("/").includes("..");
  if (name === "sshauth") return SSHAUTH_VALUE.test(value);
  return PLAIN_VALUE.test(value);
}

/**
 * A plain Linux machine that runs Terraform and hosts guests directly: bridges,
 * TAP devices, NAT, DHCP, containers and KVM guests (on the host's libvirtd) through
 * the hyperlab provider. It is the machine where `cdktf deploy` runs, as root, or,
 * with `ssh`, another machine the provider reaches over SSH.
 */
export class LinuxHost extends Construct {
  readonly netns?: string;
  readonly libvirtUri!: string;
  /**
   * The libvirt daemon libvirtUri reaches, one spelling for all the URIs that reach
   * it ('qemu:///system' and 'qemu+unix:///system'; a host in any case, with or
   * without a user, port or final dot): guest names are claimed per daemon.
   */
  readonly libvirtDaemon!: string;
  readonly lxcPath!: string;
  readonly storagePoolPath!: string;
  /** A guest NIC carries a VLAN tag only on a bridge that filters VLANs (vlanFiltering). */
  readonly vlanOnAnyBridge = false;
  /** The SSH settings, for a host that is not the machine running the engine. */
  readonly ssh?: SshSpec;
  /** The provider configuration this host's resources use: the stack's own, or this host's alias. */
  private readonly provider?: HyperlabProvider;

  constructor(scope: Construct, id: string, props: LinuxHostProps = {}) {
    super(scope, id);
    // The door: a refusal of the props is kept for synth, and the construct builds nothing (core/refused.ts).
    try {
      props = propsOf<LinuxHostProps>(this, props);
      this.ssh = sshSpec(this, props.ssh);
      this.netns = props.netns === undefined ? undefined : netnsName(this, "netns", props.netns);
      this.libvirtUri = libvirtUri(this, props.libvirtUri ?? "qemu:///system");
      this.libvirtDaemon = libvirtDaemon(this.libvirtUri, this.ssh?.address ?? "this machine");
      this.lxcPath = hostPath(this, "lxcPath", props.lxcPath ?? "/var/lib/lxc", undefined, LXC_PATH);
      this.storagePoolPath = hostPath(this, "storagePoolPath", props.storagePoolPath ?? "/var/lib/hyperlab/pool");
      if (this.ssh) this.provider = sshHostProvider(this, this.ssh);
    } catch (err) {
      refuse(this, err);
    }
  }

  /** The provider configuration for this host's resources. */
  providerOf(scope: IConstruct): HyperlabProvider {
    return this.provider ?? hyperlabProviderOf(scope);
  }

  /** `what` on this host's machine, for claims of what is unique per machine (paths, daemons). */
  onMachine(what: string): string {
    return this.ssh ? `${what} on ${this.ssh.address}` : what;
  }

  /** A KvmGuest's name on this host: a DNS label, its hostname too. */
  kvmGuestName(scope: Construct, prop: string, value: unknown): string {
    return guestName(scope, prop, value);
  }

  /** Scope of names that are per network namespace: interfaces, IPv4 networks. */
  get namespaceKey(): string {
    return this.onMachine(this.netns === undefined ? "the host's own network namespace" : `network namespace ${this.netns}`);
  }
}
