import { TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { LibvirtProvider } from "../../.gen/providers/libvirt/provider";
import { Pool } from "../../.gen/providers/libvirt/pool";
import { ConfigurationError, ValidationError } from "../core/errors";
import { guestName, hostPath, interfaceName } from "../core/names";
import { Argv, inNetns } from "../core/shell";

export interface LinuxHostProps {
  /**
   * Network namespace that host-side commands (bridges, TAPs, NAT, LXC) run in.
   * It must exist before apply; useful to keep a lab off the host's own stack.
   * @default - the host's own network namespace
   */
  readonly netns?: string;
  /**
   * libvirt connection URI used for KVM guests on this host.
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
   * Name of that pool (libvirt pool names are global on the host).
   * @default "hyperlab"
   */
  readonly storagePoolName?: string;
}

const kvmHostOfStack = new WeakMap<TerraformStack, LinuxHost>();

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
    this.netns = props.netns === undefined ? undefined : interfaceName(this, "netns", props.netns);
    this.libvirtUri = props.libvirtUri ?? "qemu:///system";
    if (!/^[a-z+]+:\/\/[A-Za-z0-9.:@_\/-]*(\?[A-Za-z0-9=&_.\/-]*)?$/.test(this.libvirtUri)) {
      throw new ValidationError(this, "libvirtUri", this.libvirtUri, "expected a libvirt URI such as 'qemu:///system'");
    }
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

  /** Key that scopes per-host uniqueness (interface names, guest names). */
  get uniquenessKey(): string {
    return `host ${this.netns ?? "(host namespace)"}`;
  }
}
