import { LxcContainerResource } from "../../l1";
import { ConfigurationError, ValidationError } from "../core/errors";
import { listValue, stringValue } from "../core/input";
import { ownerIdentity } from "../core/identity";
import { terraformLiteral } from "../core/literal";
import { claimUnique } from "../core/registry";
import { setDependsOn } from "../core/references";
import { LinuxHost } from "../hosts/linux-host";
import type { LxcBackend } from "./lxc-spec";
import { bridgeIndexes } from "./nic";
import { refuseProxmoxOnly } from "./refusals";
import { waitForSpec } from "./wait-for";
import { knownTemplate, lxcCommands, lxcFiles } from "./lxc-provision";

const TEMPLATE_ARG = /^[A-Za-z0-9._:=\/+,-]{1,4096}$/;
const TEMPLATE = /^[a-z0-9][a-z0-9-]{0,31}$/;

/** An LxcContainer on a LinuxHost: hyperlab_lxc_container, made by the lxc-* tools in the host's lxcPath. */
export const lxcLinuxBackend: LxcBackend = {
  build(ct, spec) {
    const host = spec.host as LinuxHost;
    // The shared props come checked in the spec; `props` holds what only a LinuxHost's container has.
    const props = spec.props;
    refuseProxmoxOnly(ct, props);
    // Containers live in lxcPath, whichever network namespace their tools run in.
    claimUnique(ct, host.onMachine(`container name in ${host.lxcPath}`), spec.name, "name");
    let template: string;
    let templateArgs: string[];
    if (typeof props.template === "object" && props.template !== null) {
      if (props.templateArgs !== undefined) {
        throw new ConfigurationError(ct, "templateArgs goes with a template name; template { debian: ... } makes its own arguments");
      }
      ({ template, templateArgs } = knownTemplate(ct, props.template));
    } else {
      const templateExpected = "an LXC template name such as 'busybox' or 'download': 1-32 of [a-z0-9-], starting with a letter or digit; " +
        "or { debian: { release, packages } }";
      template = stringValue(ct, "template", props.template ?? "busybox", templateExpected, "it is checked at synth");
      if (!TEMPLATE.test(template)) throw new ValidationError(ct, "template", template, templateExpected);
      templateArgs = listValue(ct, "templateArgs", props.templateArgs, 64).map((value, i) => {
        const expected = "1-4096 characters of [A-Za-z0-9._:=/+,-]";
        const a = stringValue(ct, `templateArgs[${i}]`, value, expected, "it is checked at synth");
        if (!TEMPLATE_ARG.test(a)) throw new ValidationError(ct, `templateArgs[${i}]`, a, expected);
        return a;
      });
    }
    const files = lxcFiles(ct, props.files);
    const commands = lxcCommands(ct, props.commands);
    const running = spec.startOnCreate;
    if (!running && (files.length || commands.length)) {
      throw new ConfigurationError(ct, "files and commands are written and run in the running container: " +
        "drop startOnCreate: false, or the files and commands");
    }
    spec.nics.forEach((nic, i) => {
      if (nic.addressWithPrefix && !nic.dhcp && nic.ipv4Network?.prefixLength === 31) {
        throw new ConfigurationError(ct, `nics[${i}].address ${nic.address} is on the point-to-point ` +
          `${nic.ipv4Network.cidr}, and LXC sets the broadcast address to address|~netmask, which on a /31 is the ` +
          "other end (or the container itself): use a /30 or larger network for containers");
      }
    });
    const waitFor = waitForSpec(ct, props.waitFor, spec.nics);
    const container = new LxcContainerResource(ct, "container", {
      provider: host.providerOf(ct),
      netns: host.netns ?? "",
      name: spec.name,
      mark: ownerIdentity(ct),
      lxcPath: terraformLiteral(host.lxcPath),
      template,
      templateArgs,
      privileged: spec.privileged,
      nics: spec.nics.map((nic) => ({
        bridge: nic.network.bridgeName,
        hwaddr: nic.mac,
        ipv4: nic.dhcp ? undefined : nic.addressWithPrefix,
        gateway: nic.gateway,
        vlan: nic.vlan,
        ipv6: nic.address6WithPrefix,
        gateway6: nic.gateway6,
      })),
      memoryMib: spec.memoryMiB,
      cpus: spec.cpus,
      autostart: spec.startOnBoot,
      running,
      files: files.length ? files : undefined,
      commands: commands.length ? commands : undefined,
      waitFor: waitFor && { address: waitFor.address!, tcpPort: waitFor.tcpPort, timeoutSeconds: waitFor.timeoutSeconds },
      // A bridge made again (deleted on the host) restarts the container, whose veths then join it.
      restartTriggers: bridgeIndexes(spec.nics),
    });
    setDependsOn(container, [...new Set(spec.nics.flatMap((n) => n.dependsOn))]);
    return container;
  },
};

