import { Construct } from "constructs";
import { ValidationError } from "../core/errors";
import { objectValue, stringValue } from "../core/input";
import { guestName, hostPath, netnsName } from "../core/names";

export interface LinuxHostProps {
  /**
   * Network namespace that host-side commands (bridges, TAPs, NAT, LXC) run in.
   * It must exist before apply; useful to keep a lab off the host's own stack.
   * @default - the host's own network namespace
   */
  readonly netns?: string;
  /**
   * libvirt connection URI used for KVM guests on this host: driver `qemu`, transport
   * unix, ssh, libssh, libssh2, tls or tcp (not `ext`, which runs a command), a host
   * that does not start with '-', and only the parameters socket, keyfile,
   * known_hosts, known_hosts_verify, no_verify, no_tty, sshauth, pkipath and mode.
   * @default "qemu:///system"
   */
  readonly libvirtUri?: string;
  /**
   * Directory LXC keeps its containers in (lxc-* `-P`).
   * @default "/var/lib/lxc"
   */
  readonly lxcPath?: string;
  /**
   * Directory of the libvirt storage pool the stack creates for guest volumes.
   * @default "/var/lib/hyperlab/pool"
   */
  readonly storagePoolPath?: string;
  /**
   * Name of that pool. libvirt pool names are global to a libvirtd, so two stacks
   * with the same libvirtUri must use different names (and directories).
   * @default "hyperlab"
   */
  readonly storagePoolName?: string;
}


const LIBVIRT_URI = /^qemu(\+(unix|ssh|libssh|libssh2|tls|tcp))?:\/\/(([A-Za-z0-9._]+@)?[A-Za-z0-9_][A-Za-z0-9._-]*(:\d{1,5})?)?\/(system|session)(\?([a-z_]+=[A-Za-z0-9._\/-]*)(&[a-z_]+=[A-Za-z0-9._\/-]*)*)?$/;
const LIBVIRT_URI_PARAMS = ["socket", "keyfile", "known_hosts", "known_hosts_verify", "no_verify", "no_tty", "sshauth", "pkipath", "mode"];

/** A libvirt URI that cannot smuggle an option to ssh or name a command to run. */
function libvirtUri(scope: Construct, value: unknown): string {
  const expected = "expected a libvirt URI such as 'qemu:///system' or 'qemu+ssh://root@kvm1/system': driver qemu, " +
    `transport unix/ssh/libssh/libssh2/tls/tcp, a host not starting with '-', parameters ${LIBVIRT_URI_PARAMS.join(", ")}`;
  const uri = stringValue(scope, "libvirtUri", value, expected, "it keys the uniqueness of pools and guest names at synth");
  const params = uri.includes("?") ? uri.slice(uri.indexOf("?") + 1).split("&").map((p) => p.split("=")[0]) : [];
  if (uri.length > 512 || !LIBVIRT_URI.test(uri) || params.some((p) => !LIBVIRT_URI_PARAMS.includes(p))) {
    throw new ValidationError(scope, "libvirtUri", uri, expected);
  }
  return uri;
}

/**
 * A plain Linux machine that runs Terraform and hosts guests directly: bridges,
 * TAP devices, NAT, DHCP and containers through the hyperlab provider, KVM guests
 * through libvirt. It is the machine where `cdktf deploy` runs, as root.
 */
export class LinuxHost extends Construct {
  readonly netns?: string;
  readonly libvirtUri: string;
  readonly lxcPath: string;
  readonly storagePoolPath: string;
  readonly storagePoolName: string;

  constructor(scope: Construct, id: string, props: LinuxHostProps = {}) {
    super(scope, id);
    props = objectValue<LinuxHostProps>(this, "props", props) ?? {};
    this.netns = props.netns === undefined ? undefined : netnsName(this, "netns", props.netns);
    this.libvirtUri = libvirtUri(this, props.libvirtUri ?? "qemu:///system");
    this.lxcPath = hostPath(this, "lxcPath", props.lxcPath ?? "/var/lib/lxc");
    this.storagePoolPath = hostPath(this, "storagePoolPath", props.storagePoolPath ?? "/var/lib/hyperlab/pool");
    this.storagePoolName = guestName(this, "storagePoolName", props.storagePoolName ?? "hyperlab");
  }

  /** Scope of names that are per network namespace: interfaces, IPv4 networks. */
  get namespaceKey(): string {
    return this.netns === undefined ? "the host's own network namespace" : `network namespace ${this.netns}`;
  }
}
