import { Construct } from "constructs";
import { ValidationError } from "../core/errors";
import { interfaceName, hostPath } from "../core/names";
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
}

/**
 * A plain Linux machine that runs Terraform and hosts guests directly: bridges and
 * TAP devices through iproute2, containers through the lxc-* tools, KVM guests
 * through libvirt. Commands run locally (local-exec), so it is the machine where
 * `cdktf deploy` runs, as root.
 */
export class LinuxHost extends Construct {
  readonly kind = "linux";
  readonly netns?: string;
  readonly libvirtUri: string;
  readonly lxcPath: string;
  readonly storagePoolPath: string;

  constructor(scope: Construct, id: string, props: LinuxHostProps = {}) {
    super(scope, id);
    this.netns = props.netns === undefined ? undefined : interfaceName(this, "netns", props.netns);
    this.libvirtUri = props.libvirtUri ?? "qemu:///system";
    if (!/^[a-z+]+:\/\/[A-Za-z0-9.:@_\/-]*(\?[A-Za-z0-9=&_.\/-]*)?$/.test(this.libvirtUri)) {
      throw new ValidationError(this, "libvirtUri", this.libvirtUri, "expected a libvirt URI such as 'qemu:///system'");
    }
    this.lxcPath = hostPath(this, "lxcPath", props.lxcPath ?? "/var/lib/lxc");
    this.storagePoolPath = hostPath(this, "storagePoolPath", props.storagePoolPath ?? "/var/lib/hyperlab/pool");
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
