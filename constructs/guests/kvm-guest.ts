import { Construct } from "constructs";
import { CloudinitDisk } from "../../.gen/providers/libvirt/cloudinit-disk";
import { Domain, DomainDisk } from "../../.gen/providers/libvirt/domain";
import { Volume } from "../../.gen/providers/libvirt/volume";
import { ConfigurationError } from "../core/errors";
import { sshPublicKey } from "../core/keys";
import { dnsName, guestName, hostPath, posixUser } from "../core/names";
import { integerIn, oneOf } from "../core/numbers";
import { claimUnique } from "../core/registry";
import { ipv4Address } from "../core/addresses";
import { LinuxHost } from "../hosts/linux-host";
import { CloudInitSpec, metaData, networkConfig, userData } from "./cloud-init";
import { TapInterface } from "../networks/tap-interface";
import { kernelCmdlineTokens, libvirtCmdline } from "./kernel-cmdline";
import { TapNic, tapNicXslt } from "./libvirt-tap-xslt";
import { GuestNicProps, resolveNics, ResolvedNic } from "./nic";

/** Boot a kernel directly (no bootloader, no boot disk needed). */
export interface KernelBootProps {
  /** Path of the kernel image on the host. */
  readonly kernel: string;
  /** Path of the initramfs on the host. @default - none */
  readonly initrd?: string;
  /** Kernel command line, space-separated tokens of [A-Za-z0-9_.,:=/+@-]. @default "" */
  readonly cmdline?: string;
}

/** An extra, empty data disk. */
export interface KvmDiskProps {
  /** Size in GiB (1-65536). */
  readonly sizeGiB: number;
  /** Image format. @default "qcow2" */
  readonly format?: "qcow2" | "raw";
}

/** What cloud-init configures in the guest at first boot. */
export interface KvmCloudInitProps {
  /** Login user created with passwordless sudo. @default - the image's default user */
  readonly user?: string;
  /** OpenSSH public keys authorised for that user. @default [] */
  readonly sshKeys?: string[];
  /** DNS servers for statically addressed NICs. @default [] */
  readonly nameservers?: string[];
  /** DNS search domains for statically addressed NICs. @default [] */
  readonly searchDomains?: string[];
}

/** A guest NIC on a bridge. */
export interface KvmNicProps extends GuestNicProps {
  /** NIC model the guest sees. @default "virtio" (the only model the libvirt target offers) */
  readonly model?: "virtio";
  /**
   * A TAP device the stack made on `network`, for QEMU to use as this NIC's host end
   * (single-queue; needs xsltproc where Terraform runs, for the libvirt provider).
   * @default - libvirt creates a TAP device on the bridge itself
   */
  readonly tap?: TapInterface;
}

export interface KvmGuestProps {
  /** Where the guest runs (through libvirt on that host). */
  readonly host: LinuxHost;
  /** Domain name and hostname: a DNS label. */
  readonly name: string;
  /**
   * How QEMU runs the guest: `kvm` (hardware virtualisation through /dev/kvm) or
   * `tcg` (software emulation, for hosts without usable KVM; much slower).
   * @default "kvm"
   */
  readonly accelerator?: "kvm" | "tcg";
  /** Virtual CPUs (1-256). @default 1 */
  readonly cpus?: number;
  /** Memory in MiB (32-4194304). @default 512 */
  readonly memoryMiB?: number;
  /** Disk image (qcow2) on the host or an http(s) URL, copied into the pool as the boot disk. @default - none */
  readonly bootImage?: string;
  /** Size of the boot disk in GiB; the image becomes its backing file. @default - the image's own size */
  readonly bootDiskSizeGiB?: number;
  /** Direct kernel boot. Give this, `bootImage`, or both (kernel with a root disk). @default - none */
  readonly kernelBoot?: KernelBootProps;
  /** Extra empty disks, attached after the boot disk. @default [] */
  readonly disks?: KvmDiskProps[];
  /** NICs, in order. @default [] */
  readonly nics?: KvmNicProps[];
  /** A cloud-init seed disk (NoCloud) with hostname, user, keys and static addressing. @default - none */
  readonly cloudInit?: KvmCloudInitProps;
  /** Whether the QEMU guest agent channel is added. @default false */
  readonly agent?: boolean;
  /** Start the guest after creating it. @default true */
  readonly startOnCreate?: boolean;
  /** Start it when libvirtd starts (host boot). @default true */
  readonly startOnBoot?: boolean;
  /** Free-text description stored with the domain. @default - none */
  readonly description?: string;
}

/**
 * A QEMU/KVM guest. On a LinuxHost it is a libvirt domain with its volumes in the
 * host's pool: boot disk from an image and/or direct kernel boot, data disks, a
 * cloud-init seed, NICs on BridgedNetworks (libvirt makes the TAP devices).
 */
export class KvmGuest extends Construct {
  readonly name: string;
  readonly nics: readonly ResolvedNic[];
  readonly domain: Domain;

  constructor(scope: Construct, id: string, props: KvmGuestProps) {
    super(scope, id);
    const host = props.host;
    this.name = guestName(this, "name", props.name);
    claimUnique(this, `KVM guest name on ${host.uniquenessKey}`, this.name, "name");
    if (!props.bootImage && !props.kernelBoot) {
      throw new ConfigurationError(this, "give bootImage, kernelBoot or both: the guest has nothing to boot");
    }
    if (props.bootDiskSizeGiB !== undefined && !props.bootImage) {
      throw new ConfigurationError(this, "bootDiskSizeGiB needs bootImage");
    }
    const nicProps = props.nics ?? [];
    this.nics = resolveNics({ scope: this, host, hostname: this.name }, nicProps, 16);
    nicProps.forEach((nic, i) => nic.model !== undefined && oneOf(this, `nics[${i}].model`, nic.model, ["virtio"]));
    this.nics.forEach((nic, i) => {
      if (nic.vlan !== undefined) {
        throw new ConfigurationError(this, `nics[${i}].vlan: VLAN tags are not offered by the libvirt target of a LinuxHost`);
      }
    });
    const tapNics = this.tapNics(nicProps);
    const pool = host.storagePool();
    const disks: DomainDisk[] = [];

    if (props.bootImage) {
      const source = this.imageSource(props.bootImage);
      if (props.bootDiskSizeGiB === undefined) {
        disks.push({ volumeId: new Volume(this, "boot", { name: `${this.name}-boot.qcow2`, pool: pool.name, source, format: "qcow2" }).id });
      } else {
        const base = new Volume(this, "base", { name: `${this.name}-base.qcow2`, pool: pool.name, source, format: "qcow2" });
        const size = integerIn(this, "bootDiskSizeGiB", props.bootDiskSizeGiB, 1, 65536, "GiB");
        disks.push({
          volumeId: new Volume(this, "boot", {
            name: `${this.name}-boot.qcow2`, pool: pool.name, baseVolumeId: base.id, format: "qcow2", size: size * 2 ** 30,
          }).id,
        });
      }
    }
    (props.disks ?? []).forEach((disk, i) => {
      const sizeGiB = integerIn(this, `disks[${i}].sizeGiB`, disk.sizeGiB, 1, 65536, "GiB");
      const format = oneOf(this, `disks[${i}].format`, disk.format ?? "qcow2", ["qcow2", "raw"]);
      const volume = new Volume(this, `disk${i}`, {
        name: `${this.name}-disk${i}.${format}`, pool: pool.name, format, size: sizeGiB * 2 ** 30,
      });
      disks.push({ volumeId: volume.id });
    });

    const cloudinit = props.cloudInit ? this.cloudInitDisk(props.cloudInit, pool.name) : undefined;
    const kernel = props.kernelBoot;
    const accelerator = oneOf(this, "accelerator", props.accelerator ?? "kvm", ["kvm", "tcg"]);
    this.domain = new Domain(this, "domain", {
      name: this.name,
      // libvirt calls a TCG domain "qemu".
      type: accelerator === "kvm" ? "kvm" : "qemu",
      description: props.description,
      vcpu: integerIn(this, "cpus", props.cpus ?? 1, 1, 256),
      memory: integerIn(this, "memoryMiB", props.memoryMiB ?? 512, 32, 4194304, "MiB"),
      running: props.startOnCreate ?? true,
      autostart: props.startOnBoot ?? true,
      qemuAgent: props.agent ?? false,
      kernel: kernel ? hostPath(this, "kernelBoot.kernel", kernel.kernel) : undefined,
      initrd: kernel?.initrd === undefined ? undefined : hostPath(this, "kernelBoot.initrd", kernel.initrd),
      cmdline: kernel?.cmdline ? libvirtCmdline(kernelCmdlineTokens(this, "kernelBoot.cmdline", kernel.cmdline)) : undefined,
      cloudinit: cloudinit?.id,
      disk: disks.length ? disks : undefined,
      // The provider reads MACs back in upper case; written so, a second plan is empty.
      // A NIC on a stack-made TAP is declared by MAC alone; the XSLT below completes it.
      networkInterface: this.nics.map((nic, i) => ({
        bridge: nicProps[i].tap ? undefined : nic.network.bridgeName,
        mac: nic.mac.toUpperCase(),
      })),
      xml: tapNics.length ? { xslt: tapNicXslt(tapNics) } : undefined,
      // A serial console, so `virsh console NAME` reaches the guest.
      console: [{ type: "pty", targetPort: "0", targetType: "serial" }],
      dependsOn: [...this.nics.flatMap((n) => n.dependsOn), ...nicProps.flatMap((n) => (n.tap ? [n.tap.dependable] : []))],
    });
  }

  private tapNics(nics: readonly KvmNicProps[]): TapNic[] {
    return nics.flatMap((nic, i) => {
      if (!nic.tap) return [];
      if (nic.tap.network !== nic.network) {
        throw new ConfigurationError(this, `nics[${i}].tap ${nic.tap.node.path} is on ${nic.tap.network.node.path}, not on nics[${i}].network ${nic.network.node.path}`);
      }
      if (nic.tap.multiQueue) {
        throw new ConfigurationError(this, `nics[${i}].tap ${nic.tap.node.path} is multi-queue; libvirt opens a TAP for a single-queue NIC here`);
      }
      if (nics.slice(0, i).some((other) => other.tap === nic.tap)) {
        throw new ConfigurationError(this, `nics[${i}].tap ${nic.tap.node.path} is already the host end of another NIC`);
      }
      claimUnique(this, "TAP device used by a guest NIC", nic.tap.node.path, `nics[${i}].tap`);
      return [{ mac: this.nics[i].mac.toUpperCase(), tapName: nic.tap.name }];
    });
  }

  private imageSource(image: string): string {
    if (/^https?:\/\/[A-Za-z0-9._~:\/?#@!$&()*+,;=%-]+$/.test(image)) return image;
    return hostPath(this, "bootImage", image);
  }

  private cloudInitDisk(props: KvmCloudInitProps, pool: string): CloudinitDisk {
    const spec: CloudInitSpec = {
      hostname: this.name,
      user: props.user === undefined ? undefined : posixUser(this, "cloudInit.user", props.user),
      sshKeys: (props.sshKeys ?? []).map((k, i) => sshPublicKey(this, `cloudInit.sshKeys[${i}]`, k)),
      nameservers: (props.nameservers ?? []).map((n, i) => ipv4Address(this, `cloudInit.nameservers[${i}]`, n)),
      searchDomains: (props.searchDomains ?? []).map((d, i) => dnsName(this, `cloudInit.searchDomains[${i}]`, d)),
      nics: this.nics,
    };
    return new CloudinitDisk(this, "cloudinit", {
      name: `${this.name}-cloudinit.iso`,
      pool,
      userData: userData(spec),
      metaData: metaData(spec, this.name),
      networkConfig: networkConfig(spec),
    });
  }
}
