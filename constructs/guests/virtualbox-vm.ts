import { ITerraformDependable } from "cdktf";
import { Construct } from "constructs";
import { hyperlabProviderOf, VirtualBoxVmResource, VirtualboxVmNics } from "../../l1";
import { ConfigurationError, Refusals, ValidationError } from "../core/errors";
import { ownerIdentity } from "../core/identity";
import { booleanValue, instanceValue, listValue, objectValue, propsOf, stringValue } from "../core/input";
import { refuse } from "../core/refused";
import { posix } from "node:path";
import { terraformLiteral } from "../core/literal";
import { guestName, hostPath, interfaceName } from "../core/names";
import { integerIn } from "../core/numbers";
import { claimUnique } from "../core/registry";
import { LinuxHost } from "../hosts/linux-host";
import { bridgedNetworkValue, IBridgedNetwork } from "../networks/network";
import { resolveMac, requireSameHost } from "./nic";

/** One VirtualBox NIC: give exactly one of `network`, `hostOnlyAdapter` or `nat`. */
export interface VirtualBoxNicProps {
  /** Bridge the NIC is bridged to. @default - not bridged */
  readonly network?: IBridgedNetwork;
  /** VirtualBox host-only adapter, e.g. "vboxnet0" (an interface name). @default - not host-only */
  readonly hostOnlyAdapter?: string;
  /** Use VirtualBox's built-in NAT. @default false */
  readonly nat?: boolean;
  /** MAC address. @default - derived from the construct path */
  readonly mac?: string;
}

export interface VirtualBoxVmProps {
  /**
   * The Linux host running VirtualBox (VBoxManage runs there, as the user running
   * Terraform). Not one with a `netns`: VirtualBox's bridged NICs see the host's
   * own namespace, whatever namespace VBoxManage is started in.
   */
  readonly host: LinuxHost;
  /** VM name: a DNS label, unique on the machine (VirtualBox has one VM registry per user). */
  readonly name: string;
  /** OVA/OVF appliance to import. Give this or `diskImage`. @default - none */
  readonly ova?: string;
  /** Disk image (VDI, VMDK, VHD) copied as the VM's boot disk. Give this or `ova`. @default - none */
  readonly diskImage?: string;
  /** VirtualBox OS type for `diskImage` VMs, e.g. "Debian_64". @default "Linux_64" */
  readonly osType?: string;
  /** Virtual CPUs (1-32); changes in place (a running VM is powered off and started again). @default 1 */
  readonly cpus?: number;
  /** Memory in MiB (4-1048576); changes in place like `cpus`. @default 1024 */
  readonly memoryMiB?: number;
  /** Up to four NICs, in slot order; change in place like `cpus`. @default [] */
  readonly nics?: VirtualBoxNicProps[];
  /** Folder VirtualBox keeps the VM's files in. @default "/var/lib/hyperlab/virtualbox" */
  readonly baseFolder?: string;
  /** Whether the VM runs (headless); a VM powered off by hand shows as drift. @default true */
  readonly running?: boolean;
}

const OS_TYPE = /^[A-Za-z0-9][A-Za-z0-9_]{0,63}$/;

/**
 * A VirtualBox VM (`hyperlab_virtualbox_vm`, made and read back by VBoxManage):
 * imported from an appliance or built around a copy of a disk image, with up to
 * four NICs, running headless. Destroy powers it off and unregisters it with
 * --delete (its own files only).
 */
export class VirtualBoxVm extends Construct {
  readonly name!: string;
  readonly dependable!: ITerraformDependable;

  constructor(scope: Construct, id: string, props: VirtualBoxVmProps) {
    super(scope, id);
    // The door: a refusal of the props is kept for synth, and the construct builds nothing (core/refused.ts).
    try {
      props = propsOf<VirtualBoxVmProps>(this, props);
      const host = instanceValue(this, "host", props.host, LinuxHost, "a LinuxHost");
      if (host.netns !== undefined) {
        throw new ConfigurationError(this, `host ${host.node.path} runs its commands in network namespace ${host.netns}, but ` +
          "VirtualBox's bridged NICs attach in the host's own namespace, where that namespace's bridges do not exist; " +
          "give VirtualBox VMs a LinuxHost without netns");
      }
      this.name = guestName(this, "name", props.name);
      claimUnique(this, "VirtualBox VM name on this machine", this.name, "name");
      if ((props.ova === undefined) === (props.diskImage === undefined)) {
        throw new ConfigurationError(this, "give exactly one of ova or diskImage");
      }
      // Every prop below is checked on its own: a refusal is kept and the next one checked, then all are thrown together.
      const refusals = new Refusals();
      const check = refusals.check.bind(refusals);
      const osType = check(() => {
        const osTypeExpected = "a VirtualBox OS type such as 'Debian_64' (see VBoxManage list ostypes)";
        const value = stringValue(this, "osType", props.osType ?? "Linux_64", osTypeExpected, "it becomes a VBoxManage argument at synth");
        if (!OS_TYPE.test(value)) throw new ValidationError(this, "osType", value, osTypeExpected);
        if (props.ova !== undefined && props.osType !== undefined) {
          throw new ConfigurationError(this, "osType applies to diskImage VMs; an OVA carries its own");
        }
        return value;
      });
      const nicProps = check(() => listValue(this, "nics", props.nics, 4)
        .map((nic, i) => objectValue<VirtualBoxNicProps>(this, `nics[${i}]`, nic) ?? ({} as VirtualBoxNicProps)));
      const nics = nicProps?.map((nic, i) => check(() => this.resolveNic(host, nic, `nics[${i}]`))!);
      const ova = check(() => props.ova === undefined ? undefined : terraformLiteral(hostPath(this, "ova", props.ova)));
      const diskImage = check(() => props.diskImage === undefined ? undefined : terraformLiteral(hostPath(this, "diskImage", props.diskImage)));
      const baseFolder = check(() => terraformLiteral(this.baseFolder(props.baseFolder ?? "/var/lib/hyperlab/virtualbox")));
      const cpus = check(() => integerIn(this, "cpus", props.cpus ?? 1, 1, 32));
      const memoryMib = check(() => integerIn(this, "memoryMiB", props.memoryMiB ?? 1024, 4, 1048576, "MiB"));
      const running = check(() => booleanValue(this, "running", props.running, true, "it is checked at synth"));
      refusals.throwIfAny();
      const dependsOn = nicProps!.flatMap((n) => (n.network?.dependable ? [n.network.dependable] : []));
      this.dependable = new VirtualBoxVmResource(this, "vm", {
        provider: hyperlabProviderOf(this),
        name: this.name,
        mark: ownerIdentity(this),
        osType: osType!,
        ova,
        diskImage,
        baseFolder: baseFolder!,
        cpus: cpus!,
        memoryMib: memoryMib!,
        nics: nics!,
        running: running!,
        dependsOn: dependsOn.length ? dependsOn : undefined,
      });
    } catch (err) {
      refuse(this, err);
    }
  }

  /**
   * The provider reads the folder back from `showvminfo --machinereadable` (the
   * CfgFile's folder, cleaned), where VBoxManage escapes '"' and '\\': the folder is
   * written cleaned (no '//', '/./' or trailing '/') and without those two, so what
   * is read back is what was written, not drift.
   */
  private baseFolder(value: unknown): string {
    const folder = hostPath(this, "baseFolder", value, undefined,
      { refuse: /["\\]/, because: "'\"' or '\\' (VBoxManage's machine-readable output escapes them, so the folder would read back changed)" });
    return folder === "/" ? folder : posix.normalize(folder).replace(/\/+$/, "");
  }

  private resolveNic(host: LinuxHost, nic: VirtualBoxNicProps, prop: string): VirtualboxVmNics {
    const nat = booleanValue(this, `${prop}.nat`, nic.nat, false, "it decides the NIC's attachment at synth");
    const kinds = [nic.network !== undefined, nic.hostOnlyAdapter !== undefined, nat].filter(Boolean).length;
    if (kinds !== 1) throw new ConfigurationError(this, `${prop} needs exactly one of network, hostOnlyAdapter or nat`);
    const mac = resolveMac(this, prop, nic.mac);
    if (nic.network !== undefined) {
      const network = bridgedNetworkValue(this, `${prop}.network`, nic.network);
      requireSameHost(this, prop, network, host);
      return { kind: "bridged", adapter: network.bridgeName, mac };
    }
    if (nic.hostOnlyAdapter !== undefined) {
      return { kind: "hostonly", adapter: interfaceName(this, `${prop}.hostOnlyAdapter`, nic.hostOnlyAdapter), mac };
    }
    return { kind: "nat", mac };
  }
}
