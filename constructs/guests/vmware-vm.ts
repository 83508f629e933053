import { ITerraformDependable } from "cdktf";
import { Construct } from "constructs";
import { hyperlabProviderOf, VmwareVmNics, VmwareVmResource } from "../../l1";
import { ConfigurationError, Refusals, ValidationError } from "../core/errors";
import { ownerIdentity } from "../core/identity";
import { booleanValue, instanceValue, listValue, objectValue, propsOf, stringValue } from "../core/input";
import { refuse } from "../core/refused";
import { posix } from "node:path";
import { terraformLiteral } from "../core/literal";
import { guestName, hostPath, HostPathRule } from "../core/names";
import { integerIn } from "../core/numbers";
import { claimUnique } from "../core/registry";
import { derivedVmwareMac, vmwareMac, vmwareMemory } from "../core/vmware";
import { LinuxHost } from "../hosts/linux-host";
import { VmnetNetwork } from "../networks/vmnet-network";

/** One VMware NIC (ethernetN), on a vmnet of the stack. */
export interface VmwareNicProps {
  /** The vmnet the NIC is on. */
  readonly network: VmnetNetwork;
  /** Static MAC in VMware's range 00:50:56:00:00:00-00:50:56:3F:FF:FF. @default - derived from the construct path, in that range */
  readonly mac?: string;
}

export interface VmwareVmProps {
  /** The Linux host running VMware Workstation Player (vmrun runs there, as the user running Terraform). */
  readonly host: LinuxHost;
  /** VM name (displayName, and the .vmx's name): a DNS label, unique on the machine. */
  readonly name: string;
  /** Folder the VM's folder is made in; the .vmx is BASE/NAME/NAME.vmx. @default "/var/lib/hyperlab/vmware" */
  readonly baseFolder?: string;
  /** VMware guest OS identifier (guestOS), e.g. "debian12-64". @default "other-64" */
  readonly guestOS?: string;
  /** Virtual CPUs (numvcpus, 1-32). @default 1 */
  readonly cpus?: number;
  /** Memory in MiB (memsize, 4-131072, a multiple of 4). @default 1024 */
  readonly memoryMiB?: number;
  /** Virtual disks (.vmdk, absolute paths) on scsi0 units 0-6, in order; they are the user's and outlive the VM. @default [] */
  readonly disks?: string[];
  /** Up to ten NICs (ethernet0-9), in order. @default [] */
  readonly nics?: VmwareNicProps[];
  /** Whether the VM runs (vmrun start nogui); a VM stopped by hand shows as drift. @default true */
  readonly running?: boolean;
}

/**
 * A disk path is written into the .vmx as `key = "value"`, Go-quoted by the
 * provider: a '"' or '\\' would arrive backslash-escaped, which VMware does not
 * read, and VMware reads '|' as the start of its own escape ('|22').
 */
const VMX_VALUE: HostPathRule = {
  refuse: /["\\|]/, because: "'\"', '\\' or '|' (a .vmx value cannot hold them as the provider writes it)",
};

const GUEST_OS = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

/**
 * A VMware Workstation Player VM (`hyperlab_vmware_vm`): a .vmx written
 * deterministically from the props, started and stopped with `vmrun -T player`,
 * read back from the .vmx and `vmrun list`. Any change to a running VM stops it
 * and starts it again, as VMware reads the .vmx at power-on.
 */
export class VmwareVm extends Construct {
  readonly name!: string;
  readonly vmxPath!: string;
  readonly dependable!: ITerraformDependable;

  constructor(scope: Construct, id: string, props: VmwareVmProps) {
    super(scope, id);
    // The door: a refusal of the props is kept for synth, and the construct builds nothing (core/refused.ts).
    try {
      props = propsOf<VmwareVmProps>(this, props);
      const host = instanceValue(this, "host", props.host, LinuxHost, "a LinuxHost");
      if (host.netns !== undefined) {
        throw new ConfigurationError(this, `host ${host.node.path} runs its commands in network namespace ${host.netns}, ` +
          "but VMware's vmnets live in the host's own namespace; give VMware a LinuxHost without netns");
      }
      this.name = guestName(this, "name", props.name);
      claimUnique(this, "VMware VM name on this machine", this.name, "name");
      const baseFolder = hostPath(this, "baseFolder", props.baseFolder ?? "/var/lib/hyperlab/vmware");
      // Cleaned as the provider cleans the paths `vmrun list` prints, to find it there.
      this.vmxPath = posix.normalize(`${baseFolder}/${this.name}/${this.name}.vmx`);
      claimUnique(this, ".vmx path", this.vmxPath, "baseFolder");
      // Every prop below is checked on its own: a refusal is kept and the next one checked, then all are thrown together.
      const refusals = new Refusals();
      const check = refusals.check.bind(refusals);
      const guestOS = check(() => {
        const guestExpected = "a VMware guest OS identifier such as 'debian12-64' or 'other-64'";
        const value = stringValue(this, "guestOS", props.guestOS ?? "other-64", guestExpected, "it is written into the .vmx at synth");
        if (!GUEST_OS.test(value)) throw new ValidationError(this, "guestOS", value, guestExpected);
        return value;
      });
      const disks = check(() => listValue(this, "disks", props.disks, 7).map((d, i) => {
        const disk = hostPath(this, `disks[${i}]`, d, undefined, VMX_VALUE);
        if (!disk.endsWith(".vmdk")) throw new ValidationError(this, `disks[${i}]`, disk, "expected a VMware virtual disk (.vmdk)");
        claimUnique(this, "VMware virtual disk", disk, `disks[${i}]`);
        return disk;
      }));
      const nicProps = check(() => listValue(this, "nics", props.nics, 10).map((nic, i) => {
        const n = objectValue<VmwareNicProps>(this, `nics[${i}]`, nic);
        if (n === undefined) throw new ValidationError(this, `nics[${i}]`, nic, "expected an object of NIC props");
        return n;
      }));
      const dependsOn: ITerraformDependable[] = [];
      const nics = nicProps && check(() => nicProps.map((nic, i): VmwareVmNics => {
        const prop = `nics[${i}]`;
        const network = instanceValue(this, `${prop}.network`, nic.network, VmnetNetwork, "a VmnetNetwork");
        if (network.host !== host) throw new ConfigurationError(this, `${prop}.network ${network.node.path} is on another host than ${host.node.path}`);
        dependsOn.push(network.dependable);
        const mac = nic.mac === undefined ? derivedVmwareMac(`${this.node.path}/${prop}`) : vmwareMac(this, `${prop}.mac`, nic.mac);
        claimUnique(this, "MAC address", mac, `${prop}.mac`);
        return { connectionType: "custom", vnet: network.number, mac };
      }));
      const cpus = check(() => integerIn(this, "cpus", props.cpus ?? 1, 1, 32));
      const memoryMib = check(() => vmwareMemory(this, "memoryMiB", props.memoryMiB ?? 1024));
      const running = check(() => booleanValue(this, "running", props.running, true, "it is checked at synth"));
      refusals.throwIfAny();
      this.dependable = new VmwareVmResource(this, "vm", {
        provider: hyperlabProviderOf(this),
        vmxPath: terraformLiteral(this.vmxPath),
        mark: ownerIdentity(this),
        displayName: this.name,
        guestOs: guestOS!,
        cpus: cpus!,
        memoryMib: memoryMib!,
        disks: disks!.map(terraformLiteral),
        nics: nics!,
        running: running!,
        dependsOn: dependsOn.length ? dependsOn : undefined,
      });
    } catch (err) {
      refuse(this, err);
    }
  }
}
