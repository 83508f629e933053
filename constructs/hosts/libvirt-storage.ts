import { ITerraformDependable, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { LibvirtProvider, Pool } from "../../l1";
import { ConfigurationError } from "../core/errors";
import { terraformLiteral } from "../core/literal";
import { claimUnique } from "../core/registry";
import { LinuxHost } from "./linux-host";

const ID = "libvirt";

/**
 * The libvirt provider configuration and storage pool of a stack: one per stack
 * (the provider's default configuration), made when the first KVM guest needs it
 * and found in the construct tree by the next.
 */
export class LibvirtStorage extends Construct {
  /** The stack's libvirt storage for guests of `host`; refuses a second KVM-hosting host in one stack. */
  static of(host: LinuxHost): LibvirtStorage {
    const stack = TerraformStack.of(host);
    const existing = stack.node.tryFindChild(ID) as LibvirtStorage | undefined;
    if (existing && existing.host !== host) {
      throw new ConfigurationError(host, `only one LinuxHost per stack can host KVM guests (one libvirt provider ` +
        `configuration per stack) and ${existing.host.node.path} already does; put these guests in a stack of their own`);
    }
    return existing ?? new LibvirtStorage(stack, host);
  }

  readonly pool: Pool;
  private last?: ITerraformDependable;

  private constructor(stack: TerraformStack, readonly host: LinuxHost) {
    super(stack, ID);
    if (host.netns) {
      throw new ConfigurationError(host, "KVM guests need libvirtd's network namespace; a LinuxHost with netns cannot host them");
    }
    // Pool names and directories are global to a libvirtd, whichever stack names them.
    claimUnique(host, `libvirt storage pool name on ${host.libvirtUri}`, host.storagePoolName, "storagePoolName");
    claimUnique(host, `libvirt storage pool directory on ${host.libvirtUri}`, host.storagePoolPath, "storagePoolPath");
    new LibvirtProvider(this, "provider", { uri: terraformLiteral(host.libvirtUri) });
    this.pool = new Pool(this, "pool", { name: host.storagePoolName, type: "dir", target: { path: terraformLiteral(host.storagePoolPath) } });
  }

  /**
   * What the next libvirt resource of the stack must wait for: the one made
   * before it. libvirt provider 0.8.3 can hang for good when it works on a
   * cloud-init disk and other objects at once (its issues #1021 and #594;
   * `-parallelism=1` is the workaround given there), and here it did, in a
   * refresh as in an apply. So every volume, cloud-init disk and domain of a
   * stack takes its turn, in apply, refresh and destroy alike; record each with
   * `took`. The hyperlab resources around them still run in parallel.
   */
  turn(): ITerraformDependable[] | undefined {
    return this.last ? [this.last] : undefined;
  }

  /** Records the libvirt resource the next one waits for, and returns it. */
  took<T extends ITerraformDependable>(resource: T): T {
    this.last = resource;
    return resource;
  }
}
