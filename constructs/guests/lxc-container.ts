import { ITerraformDependable } from "cdktf";
import { Construct } from "constructs";
import { CommandResource } from "../core/command-resource";
import { ConfigurationError, ValidationError } from "../core/errors";
import { guestName } from "../core/names";
import { integerIn } from "../core/numbers";
import { claimUnique } from "../core/registry";
import { LinuxHost } from "../hosts/linux-host";
import { lxcCommands } from "./lxc-commands";
import { GuestNicProps, resolveNics, ResolvedNic } from "./nic";

export interface LxcContainerProps {
  /** Where the container runs. */
  readonly host: LinuxHost;
  /** Container name and hostname: a DNS label. */
  readonly hostname: string;
  /**
   * LXC template that builds the root filesystem ("busybox", "download", ...).
   * @default "busybox"
   */
  readonly template?: string;
  /**
   * Arguments after `--` for the template, e.g. ["--dist", "debian", "--release", "bookworm", "--arch", "amd64"].
   * @default []
   */
  readonly templateArgs?: string[];
  /** Network interfaces (veth pairs on bridges), in order eth0, eth1, ... @default [] */
  readonly nics?: GuestNicProps[];
  /** Memory limit in MiB (16-1048576). @default - no limit */
  readonly memoryMiB?: number;
  /** Number of CPUs the container may use (the first N host CPUs). @default - all */
  readonly cores?: number;
  /** Whether the container runs in a user namespace. @default false on a LinuxHost (privileged) */
  readonly unprivileged?: boolean;
  /** Start the container right after creating it. @default true */
  readonly startOnCreate?: boolean;
  /** Start it when the host boots (`lxc.start.auto`). @default true */
  readonly startOnBoot?: boolean;
}

const TEMPLATE_ARG = /^[A-Za-z0-9._:=\/+-]{1,128}$/;

/**
 * An LXC system container. On a LinuxHost it is made by the lxc-* tools: created
 * from a template, attached to bridges by veth pairs with static addresses,
 * started; destroy stops and removes it.
 */
export class LxcContainer extends Construct {
  readonly hostname: string;
  readonly nics: readonly ResolvedNic[];
  readonly dependable: ITerraformDependable;

  constructor(scope: Construct, id: string, props: LxcContainerProps) {
    super(scope, id);
    const host = props.host;
    this.hostname = guestName(this, "hostname", props.hostname);
    claimUnique(this, `container name on ${host.uniquenessKey}`, this.hostname, "hostname");
    if (props.unprivileged) {
      throw new ConfigurationError(this, "unprivileged containers are not supported on a LinuxHost target (it runs privileged containers as root)");
    }
    const template = props.template ?? "busybox";
    if (!/^[a-z0-9-]{1,32}$/.test(template)) {
      throw new ValidationError(this, "template", template, "an LXC template name such as 'busybox' or 'download'");
    }
    const templateArgs = (props.templateArgs ?? []).map((a, i) => {
      if (!TEMPLATE_ARG.test(a)) throw new ValidationError(this, `templateArgs[${i}]`, a, "1-128 characters of [A-Za-z0-9._:=/+-]");
      return a;
    });
    this.nics = resolveNics({ scope: this, host, hostname: this.hostname }, props.nics ?? [], 10);
    const cores = props.cores === undefined ? undefined : integerIn(this, "cores", props.cores, 1, 1024);
    const commands = lxcCommands({
      name: this.hostname,
      lxcPath: host.lxcPath,
      template,
      templateArgs,
      nics: this.nics,
      memoryMiB: props.memoryMiB === undefined ? undefined : integerIn(this, "memoryMiB", props.memoryMiB, 16, 1048576, "MiB"),
      cpus: cores === undefined ? undefined : cores === 1 ? "0" : `0-${cores - 1}`,
      autostart: props.startOnBoot ?? true,
      startOnCreate: props.startOnCreate ?? true,
      run: (argv) => host.run(argv),
    });
    const dependsOn = this.nics.flatMap((n) => n.dependsOn);
    this.dependable = new CommandResource(this, "container", { ...commands, dependsOn }).resource;
  }
}
