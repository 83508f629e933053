import { TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { LibvirtProvider } from "../../.gen/providers/libvirt/provider";
import { Pool } from "../../.gen/providers/libvirt/pool";
import { ConfigurationError, ValidationError } from "../core/errors";
import { objectValue, stringValue } from "../core/input";
import { guestName, hostPath, netnsName } from "../core/names";
import { claimUnique } from "../core/registry";
import { Argv, inNetns } from "../core/shell";

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

const kvmHostOfStack = new WeakMap<TerraformStack, LinuxHost>();

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
 * A plain Linux machine that runs Terraform and hosts guests directly: bridges and
 * TAP devices through iproute2, containers through the lxc-* tools, KVM guests
 * through libvirt. Commands run locally (local-exec), so it is the machine where
 * `cdktf deploy` runs, as root.
 */
export class LinuxHost extends Construct {
  readonly netns?: string;
  readonly libvirtUri: string;
  readonly lxcPath: string;
  readonly storagePoolPath: string;
  readonly storagePoolName: string;
  private libvirtPool?: Pool;

  constructor(scope: Construct, id: string, props: LinuxHostProps = {}) {
    super(scope, id);
    props = objectValue<LinuxHostProps>(this, "props", props) ?? {};
    this.netns = props.netns === undefined ? undefined : netnsName(this, "netns", props.netns);
    this.libvirtUri = libvirtUri(this, props.libvirtUri ?? "qemu:///system");
    this.lxcPath = hostPath(this, "lxcPath", props.lxcPath ?? "/var/lib/lxc");
    this.storagePoolPath = hostPath(this, "storagePoolPath", props.storagePoolPath ?? "/var/lib/hyperlab/pool");
    this.storagePoolName = guestName(this, "storagePoolName", props.storagePoolName ?? "hyperlab");
  }

  /**
   * The libvirt storage pool guest volumes live in; the provider and the pool are
   * added to the stack the first time a guest needs them.
   */
  storagePool(): Pool {
    if (!this.libvirtPool) {
      if (this.netns) {
        throw new ConfigurationError(this, "KVM guests need libvirtd's network namespace; a LinuxHost with netns cannot host them");
      }
      // The stack gets the libvirt provider's default configuration, and there is one per stack.
      const stack = TerraformStack.of(this);
      const other = kvmHostOfStack.get(stack);
      if (other) {
        throw new ConfigurationError(this, `only one LinuxHost per stack can host KVM guests (one libvirt provider ` +
          `configuration per stack) and ${other.node.path} already does; put these guests in a stack of their own`);
      }
      kvmHostOfStack.set(stack, this);
      claimUnique(this, `libvirt storage pool name on ${this.libvirtUri}`, this.storagePoolName, "storagePoolName");
      claimUnique(this, `libvirt storage pool directory on ${this.libvirtUri}`, this.storagePoolPath, "storagePoolPath");
      new LibvirtProvider(this, "libvirt", { uri: this.libvirtUri });
      this.libvirtPool = new Pool(this, "pool", {
        name: this.storagePoolName,
        type: "dir",
        target: { path: this.storagePoolPath },
      });
    }
    return this.libvirtPool;
  }

  /** argv as it must run on this host: inside its namespace when it has one. */
  run(argv: Argv): Argv {
    return inNetns(this.netns, argv);
  }

  /** Scope of names that are per network namespace: interfaces, IPv4 networks. */
  get namespaceKey(): string {
    return this.netns === undefined ? "the host's own network namespace" : `network namespace ${this.netns}`;
  }

  /**
   * A path under /run for state the commands keep about one object of this host
   * (a DHCP server's pid, the NAT bookkeeping). Directly under /run, so no shared
   * parent directory is left behind; '@' and '=' cannot occur in namespace or
   * interface names, so two objects never get the same path.
   */
  runStatePath(kind: string, ...names: string[]): string {
    const namespace = this.netns === undefined ? "root" : `netns=${this.netns}`;
    return `/run/hyperlab-${kind}@${[namespace, ...names].join("@")}`;
  }
}
