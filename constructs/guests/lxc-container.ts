import { ITerraformDependable } from "cdktf";
import { Construct } from "constructs";
import { CommandResource } from "../core/command-resource";
import { ConfigurationError, ValidationError } from "../core/errors";
import { booleanValue, instanceValue, listValue, propsOf, stringValue } from "../core/input";
import { guestName } from "../core/names";
import { integerIn } from "../core/numbers";
import { claimUnique } from "../core/registry";
import { LinuxHost } from "../hosts/linux-host";
import { lxcCommands } from "./lxc-commands";
import { GuestNicProps, nicList, resolveNics, ResolvedNic } from "./nic";

export interface LxcContainerProps {
  /** Where the container runs. */
  readonly host: LinuxHost;
  /** Container name and hostname: a DNS label, unique among the containers of the host's `lxcPath`. */
  readonly hostname: string;
  /**
   * LXC template that builds the root filesystem ("busybox", "download", ...):
   * 1-32 of [a-z0-9-], starting with a letter or digit.
   * @default "busybox"
   */
  readonly template?: string;
  /**
   * Arguments after `--` for the template (up to 64, each 1-128 of [A-Za-z0-9._:=/+-]),
   * e.g. ["--dist", "debian", "--release", "bookworm", "--arch", "amd64"]. They
   * follow `--`, so only the template reads them, and options are what they are for.
   * @default []
   */
  readonly templateArgs?: string[];
  /** Network interfaces (veth pairs on bridges, up to 10), in order eth0, eth1, ...; LXC sets static addresses. @default [] */
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
    props = propsOf<LxcContainerProps>(this, props);
    const host = instanceValue(this, "host", props.host, LinuxHost, "a LinuxHost");
    this.hostname = guestName(this, "hostname", props.hostname);
    // Containers live in lxcPath, whichever network namespace their commands run in.
    claimUnique(this, `container name in ${host.lxcPath}`, this.hostname, "hostname");
    if (booleanValue(this, "unprivileged", props.unprivileged, false, "it decides the host commands at synth")) {
      throw new ConfigurationError(this, "unprivileged containers are not supported on a LinuxHost target (it runs privileged containers as root)");
    }
    const templateExpected = "an LXC template name such as 'busybox' or 'download': 1-32 of [a-z0-9-], starting with a letter or digit";
    const template = stringValue(this, "template", props.template ?? "busybox", templateExpected, "it is written into host commands at synth");
    if (!/^[a-z0-9][a-z0-9-]{0,31}$/.test(template)) throw new ValidationError(this, "template", template, templateExpected);
    const templateArgs = listValue(this, "templateArgs", props.templateArgs, 64).map((value, i) => {
      const expected = "1-128 characters of [A-Za-z0-9._:=/+-]";
      const a = stringValue(this, `templateArgs[${i}]`, value, expected, "it is written into host commands at synth");
      if (!TEMPLATE_ARG.test(a)) throw new ValidationError(this, `templateArgs[${i}]`, a, expected);
      return a;
    });
    this.nics = resolveNics({ scope: this, host, hostname: this.hostname }, nicList<GuestNicProps>(this, props.nics, 10));
    const cores = props.cores === undefined ? undefined : integerIn(this, "cores", props.cores, 1, 1024);
    const commands = lxcCommands({
      name: this.hostname,
      lxcPath: host.lxcPath,
      template,
      templateArgs,
      nics: this.nics,
      memoryMiB: props.memoryMiB === undefined ? undefined : integerIn(this, "memoryMiB", props.memoryMiB, 16, 1048576, "MiB"),
      cpus: cores === undefined ? undefined : cores === 1 ? "0" : `0-${cores - 1}`,
      autostart: booleanValue(this, "startOnBoot", props.startOnBoot, true, "it is written into the container's configuration at synth"),
      startOnCreate: booleanValue(this, "startOnCreate", props.startOnCreate, true, "it decides the host commands at synth"),
      run: (argv) => host.run(argv),
    });
    const dependsOn = this.nics.flatMap((n) => n.dependsOn);
    this.dependable = new CommandResource(this, "container", { ...commands, dependsOn }).resource;
  }
}
