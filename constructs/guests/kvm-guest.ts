import { ITerraformDependable } from "cdktf";
import { Construct } from "constructs";
import { CloudinitDisk, Domain, DomainDisk, Volume } from "../../l1";
import type { VmQemu } from "../../l1";
import { ConfigurationError } from "../core/errors";
import { booleanValue, instanceValue, isToken, listValue, objectValue, propsOf, stringValue } from "../core/input";
import { sshPublicKeys } from "../core/keys";
import { freeText, terraformLiteral } from "../core/literal";
import { dnsName, guestName, hostPath, posixUser } from "../core/names";
import { integerIn, oneOf } from "../core/numbers";
import { claimUnique } from "../core/registry";
import { nameserverAddress } from "../core/addresses";
import { LibvirtStorage } from "../hosts/libvirt-storage";
import { guestHostValue, GuestHost } from "../hosts/host";
import { ProxmoxNode } from "../hosts/proxmox-node";
import { KvmProxmoxProps, proxmoxVm } from "./proxmox-vm";
import { refuseOnProxmox } from "./proxmox-refusals";
import { CloudInitSpec, metaData, networkConfig, userData } from "./cloud-init";
import { TapInterface } from "../networks/tap-interface";
import { kernelCmdlineTokens, kernelIpToken, libvirtCmdline } from "./kernel-cmdline";
import { TapNic, tapNicXslt } from "./libvirt-tap-xslt";
import { bridgeIndexReferences, GuestNicProps, nicList, resolveNics, ResolvedNic } from "./nic";

/** Longest description kept with a guest (Proxmox's limit, which libvirt also takes). */
const DESCRIPTION_MAX = 8192;

/** Boot a kernel directly (no bootloader, no boot disk needed). */
export interface KernelBootProps {
  /** Path of the kernel image on the host; a token is checked by libvirt at apply. */
  readonly kernel: string;
  /** Path of the initramfs on the host; a token is checked by libvirt at apply. @default - none */
  readonly initrd?: string;
  /**
   * Kernel command line, space-separated tokens of [A-Za-z0-9_.,:=/+@-], up to 2047
   * characters (x86's COMMAND_LINE_SIZE). Without `cloudInit`, a NIC's static
   * address is added as the standard `ip=` token, so the line must not have one.
   * @default ""
   */
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
  /**
   * OpenSSH public keys authorised for that user (up to 64); comments arrive literally.
   * With `user`, exactly these: the user's authorized_keys is written whole at the end
   * of each boot with a new seed, so a key taken out of the list stops logging in
   * (without `user`, cloud-init adds them to the image's default user and keeps old ones).
   * @default []
   */
  readonly sshKeys?: string[];
  /** DNS servers for statically addressed NICs (up to 3, as resolv.conf takes). @default [] */
  readonly nameservers?: string[];
  /** DNS search domains for statically addressed NICs (up to 6). @default [] */
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
  /** Where the guest runs: a LinuxHost (a libvirt domain) or a ProxmoxNode (proxmox_vm_qemu). */
  readonly host: GuestHost;
  /** Domain name and hostname: a DNS label. */
  readonly name: string;
  /**
   * How QEMU runs the guest: `kvm` (hardware virtualisation through /dev/kvm) or
   * `tcg` (software emulation, for hosts without usable KVM; much slower).
   * @default "kvm"
   */
  readonly accelerator?: "kvm" | "tcg";
  /** Virtual CPUs (1-256); a token is checked by libvirt at apply. @default 1 */
  readonly cpus?: number;
  /** Memory in MiB (32-4194304); a token is checked by libvirt at apply. @default 512 */
  readonly memoryMiB?: number;
  /**
   * Disk image (qcow2) on the host or an http(s) URL, copied into the pool as the
   * boot disk; a token is checked by libvirt at apply. @default - none
   */
  readonly bootImage?: string;
  /** Size of the boot disk in GiB; the image becomes its backing file. @default - the image's own size */
  readonly bootDiskSizeGiB?: number;
  /** Direct kernel boot. Give this, `bootImage`, or both (kernel with a root disk). @default - none */
  readonly kernelBoot?: KernelBootProps;
  /** Extra empty disks (up to 16), attached after the boot disk. @default [] */
  readonly disks?: KvmDiskProps[];
  /**
   * NICs (up to 16), in order. A static `address` reaches the guest through the
   * cloud-init seed, or without one through the kernel's `ip=` (kernelBoot, one
   * static NIC); a guest with neither refuses it (use `dhcp` with a reservation).
   * @default []
   */
  readonly nics?: KvmNicProps[];
  /** A cloud-init seed disk (NoCloud) with hostname, user, keys and static addressing. @default - none */
  readonly cloudInit?: KvmCloudInitProps;
  /** Whether the QEMU guest agent channel is added; a token is taken as is. @default false */
  readonly agent?: boolean;
  /** Start the guest after creating it; a token is taken as is. @default true */
  readonly startOnCreate?: boolean;
  /** Start it when libvirtd starts (host boot); a token is taken as is. @default true */
  readonly startOnBoot?: boolean;
  /**
   * Free-text description stored with the domain: up to 8192 characters, no control
   * characters but tab and newline. Arrives literally (`${` is not evaluated).
   * @default - none
   */
  readonly description?: string;
  /**
   * What only a guest on a ProxmoxNode has: the template to clone or the ISO to
   * boot, the storage, the SCSI controller and the VMID. Refused on a LinuxHost.
   * On a ProxmoxNode, bootImage, kernelBoot, accelerator, disk formats and NIC TAPs
   * are refused instead.
   * @default - none
   */
  readonly proxmox?: KvmProxmoxProps;
}

/**
 * A QEMU/KVM guest. On a LinuxHost it is a libvirt domain with its volumes in the
 * host's pool: boot disk from an image and/or direct kernel boot, data disks, a
 * cloud-init seed, NICs on BridgedNetworks (libvirt makes the TAP devices).
 */
export class KvmGuest extends Construct {
  readonly name: string;
  readonly nics: readonly ResolvedNic[];
  /** The libvirt domain, on a LinuxHost. */
  readonly domain?: Domain;
  /** The Proxmox VM, on a ProxmoxNode. */
  readonly proxmoxVm?: VmQemu;

  constructor(scope: Construct, id: string, props: KvmGuestProps) {
    super(scope, id);
    props = propsOf<KvmGuestProps>(this, props);
    const host = guestHostValue(this, "host", props.host);
    this.name = guestName(this, "name", props.name);
    if (host instanceof ProxmoxNode) {
      claimUnique(this, `KVM guest name on ${host.namespaceKey}`, this.name, "name");
      refuseOnProxmox(this, props, ["bootImage", "kernelBoot", "accelerator"]);
      const nicProps = nicList<KvmNicProps>(this, props.nics, 16);
      nicProps.forEach((nic, i) => {
        if (nic.tap !== undefined) throw new ConfigurationError(this, `nics[${i}].tap: a Proxmox node makes its VMs' TAP devices itself`);
        if (nic.model !== undefined) oneOf(this, `nics[${i}].model`, nic.model, ["virtio"]);
      });
      this.nics = resolveNics({ scope: this, host, hostname: this.name }, nicProps);
      this.proxmoxVm = proxmoxVm(this, host, { ...props, name: this.name, cloudInit: objectValue(this, "cloudInit", props.cloudInit) }, this.nics);
      return;
    }
    if (props.proxmox !== undefined) {
      throw new ConfigurationError(this, `proxmox applies to a guest on a ProxmoxNode, and ${host.node.path} is a LinuxHost`);
    }
    // Domain names are per libvirtd, whatever LinuxHost construct points at it.
    claimUnique(this, `KVM guest name on ${host.libvirtUri}`, this.name, "name");
    if (props.bootImage === undefined && props.kernelBoot === undefined) {
      throw new ConfigurationError(this, "give bootImage, kernelBoot or both: the guest has nothing to boot");
    }
    if (props.bootDiskSizeGiB !== undefined && props.bootImage === undefined) {
      throw new ConfigurationError(this, "bootDiskSizeGiB needs bootImage");
    }
    const nicProps = nicList<KvmNicProps>(this, props.nics, 16);
    this.nics = resolveNics({ scope: this, host, hostname: this.name }, nicProps);
    nicProps.forEach((nic, i) => nic.model !== undefined && oneOf(this, `nics[${i}].model`, nic.model, ["virtio"]));
    this.nics.forEach((nic, i) => {
      if (nic.vlan !== undefined) {
        throw new ConfigurationError(this, `nics[${i}].vlan: VLAN tags are not offered by the libvirt target of a LinuxHost`);
      }
    });
    const tapNics = this.tapNics(nicProps);
    const cloudInitProps = objectValue<KvmCloudInitProps>(this, "cloudInit", props.cloudInit);
    const kernel = objectValue<KernelBootProps>(this, "kernelBoot", props.kernelBoot);
    const storage = LibvirtStorage.of(host);
    const pool = storage.pool;
    // Every libvirt resource waits for the one made before it (see LibvirtStorage.turn).
    const disks: DomainDisk[] = [];

    if (props.bootImage !== undefined) {
      const source = this.imageSource(props.bootImage);
      if (props.bootDiskSizeGiB === undefined) {
        disks.push({ volumeId: storage.took(new Volume(this, "boot", {
          name: `${this.name}-boot.qcow2`, pool: pool.name, source, format: "qcow2", dependsOn: storage.turn(),
        })).id });
      } else {
        const size = integerIn(this, "bootDiskSizeGiB", props.bootDiskSizeGiB, 1, 65536, "GiB", "the size in bytes is computed at synth");
        const base = storage.took(new Volume(this, "base", {
          name: `${this.name}-base.qcow2`, pool: pool.name, source, format: "qcow2", dependsOn: storage.turn(),
        }));
        disks.push({
          volumeId: storage.took(new Volume(this, "boot", {
            name: `${this.name}-boot.qcow2`, pool: pool.name, baseVolumeId: base.id, format: "qcow2", size: size * 2 ** 30,
          })).id,
        });
      }
    }
    listValue(this, "disks", props.disks, 16).forEach((value, i) => {
      const disk = objectValue<KvmDiskProps>(this, `disks[${i}]`, value) ?? ({} as KvmDiskProps);
      const sizeGiB = integerIn(this, `disks[${i}].sizeGiB`, disk.sizeGiB, 1, 65536, "GiB", "the size in bytes is computed at synth");
      const format = oneOf(this, `disks[${i}].format`, disk.format ?? "qcow2", ["qcow2", "raw"]);
      const volume = storage.took(new Volume(this, `disk${i}`, {
        name: `${this.name}-disk${i}.${format}`, pool: pool.name, format, size: sizeGiB * 2 ** 30, dependsOn: storage.turn(),
      }));
      disks.push({ volumeId: volume.id });
    });

    const cloudinit = cloudInitProps ? storage.took(this.cloudInitDisk(cloudInitProps, pool.name, storage.turn())) : undefined;
    const cmdline = kernel ? this.kernelCmdline(kernel, cloudInitProps !== undefined) : undefined;
    if (!kernel && !cloudInitProps) this.refuseUnappliedAddresses();
    const accelerator = oneOf(this, "accelerator", props.accelerator ?? "kvm", ["kvm", "tcg"]);
    const description = props.description === undefined ? undefined
      : terraformLiteral(freeText(this, "description", props.description, DESCRIPTION_MAX, "plan"));
    this.domain = new Domain(this, "domain", {
      name: this.name,
      // libvirt calls a TCG domain "qemu".
      type: accelerator === "kvm" ? "kvm" : "qemu",
      description,
      vcpu: integerIn(this, "cpus", props.cpus ?? 1, 1, 256, "", "plan"),
      memory: integerIn(this, "memoryMiB", props.memoryMiB ?? 512, 32, 4194304, "MiB", "plan"),
      running: booleanValue(this, "startOnCreate", props.startOnCreate, true, "plan"),
      autostart: booleanValue(this, "startOnBoot", props.startOnBoot, true, "plan"),
      qemuAgent: booleanValue(this, "agent", props.agent, false, "plan"),
      kernel: kernel ? terraformLiteral(hostPath(this, "kernelBoot.kernel", kernel.kernel, "plan")) : undefined,
      initrd: kernel?.initrd === undefined ? undefined : terraformLiteral(hostPath(this, "kernelBoot.initrd", kernel.initrd, "plan")),
      cmdline: cmdline?.length ? libvirtCmdline(cmdline) : undefined,
      cloudinit: cloudinit?.id,
      disk: disks.length ? disks : undefined,
      // The provider reads MACs back in upper case; written so, a second plan is empty.
      // A NIC on a stack-made TAP is declared by MAC alone; the XSLT below completes it.
      networkInterface: this.nics.map((nic, i) => ({
        bridge: nicProps[i].tap ? undefined : nic.network.bridgeName,
        mac: nic.mac.toUpperCase(),
      })),
      xml: tapNics.length ? { xslt: terraformLiteral(tapNicXslt(tapNics)) } : undefined,
      // A serial console, so `virsh console NAME` reaches the guest.
      console: [{ type: "pty", targetPort: "0", targetType: "serial" }],
      dependsOn: [...(storage.turn() ?? []), ...this.nics.flatMap((n) => n.dependsOn), ...tapNics.map((t) => t.tap.dependable)],
      // QEMU's NICs hang on the bridge (or TAP) that existed when the domain started:
      // one made again (deleted on the host) needs the domain started anew. Its
      // volumes are resources of their own and stay.
      lifecycle: { replaceTriggeredBy: [...bridgeIndexReferences(this.nics), ...tapNics.map((t) => `${t.tap.resourceAddress}.id`)] },
    });
    storage.took(this.domain);
  }

  /**
   * The kernel's tokens, plus `ip=` for the static NIC when no cloud-init seed
   * configures it: the standard form that the kernel's own IP autoconfiguration,
   * initramfs-tools and dracut all read.
   */
  private kernelCmdline(kernel: KernelBootProps, hasCloudInit: boolean): string[] {
    const line = kernel.cmdline === undefined ? "" : stringValue(this, "kernelBoot.cmdline", kernel.cmdline,
      "a kernel command line", "its tokens are checked and sorted at synth");
    if (line.length > 2047) {
      throw new ConfigurationError(this, `kernelBoot.cmdline is ${line.length} characters; the kernel takes at most 2047 (COMMAND_LINE_SIZE)`);
    }
    const tokens = kernelCmdlineTokens(this, "kernelBoot.cmdline", line);
    const statics = this.nics.map((nic, i) => ({ nic, i })).filter(({ nic }) => nic.address && !nic.dhcp);
    if (!hasCloudInit) this.refuseUnappliedAddresses6("the kernel's ip= parameter is IPv4 only");
    if (hasCloudInit || statics.length === 0) return tokens;
    if (statics.length > 1) {
      throw new ConfigurationError(this, `nics[${statics[1].i}].address: without cloudInit a static address reaches the ` +
        "guest as the kernel's ip= parameter, which configures one NIC; add cloudInit to configure several");
    }
    if (tokens.some((t) => t.startsWith("ip="))) {
      throw new ConfigurationError(this, `kernelBoot.cmdline has its own ip= and nics[${statics[0].i}].address would add another; ` +
        "keep one of them");
    }
    const { nic, i } = statics[0];
    if (nic.network.network!.prefixLength === 31) {
      throw new ConfigurationError(this, `nics[${i}].address ${nic.address} is on the point-to-point ${nic.network.network!.cidr}, ` +
        "and the kernel's ip= sets the broadcast address to address|~netmask, which on a /31 is the other end (or the " +
        "guest itself): add cloudInit, whose network config sets a /31 without a broadcast address");
    }
    const token = kernelIpToken({
      address: nic.address!, gateway: nic.gateway, netmask: nic.network.network!.netmask, hostname: this.name, device: `eth${i}`,
    });
    if (line.length + token.length + 1 > 2047) {
      throw new ConfigurationError(this, "kernelBoot.cmdline with the NIC's ip= parameter would pass the kernel's 2047 characters");
    }
    return [...tokens, token];
  }

  /** A static IPv6 address reaches a KVM guest only through its cloud-init network config. */
  private refuseUnappliedAddresses6(why: string): void {
    this.nics.forEach((nic, i) => {
      if (nic.address6) {
        throw new ConfigurationError(this, `nics[${i}].address6 ${nic.address6} would never reach the guest without cloudInit ` +
          `(${why}); add cloudInit, whose network config sets it`);
      }
    });
  }

  /** libvirt cannot set an address inside a guest: something in the guest must. */
  private refuseUnappliedAddresses(): void {
    this.refuseUnappliedAddresses6("libvirt does not configure addresses inside a guest");
    this.nics.forEach((nic, i) => {
      if (nic.address && !nic.dhcp) {
        throw new ConfigurationError(this, `nics[${i}].address ${nic.address} would never reach the guest: libvirt does not ` +
          "configure addresses inside a guest. Add cloudInit (its network config sets the address), or set " +
          `nics[${i}].dhcp on a network whose DHCP server the stack runs (the address is then reserved for the NIC's MAC), ` +
          "or boot with kernelBoot (the address goes on the kernel command line as ip=)");
      }
    });
  }

  private tapNics(nics: readonly KvmNicProps[]): (TapNic & { tap: TapInterface })[] {
    return nics.flatMap((nic, i) => {
      if (nic.tap === undefined) return [];
      const tap = instanceValue(this, `nics[${i}].tap`, nic.tap, TapInterface, "a TapInterface of this app");
      if (tap.network !== this.nics[i].network) {
        throw new ConfigurationError(this, `nics[${i}].tap ${tap.node.path} is on ${tap.network.node.path}, not on nics[${i}].network ${this.nics[i].network.node.path}`);
      }
      if (tap.multiQueue) {
        throw new ConfigurationError(this, `nics[${i}].tap ${tap.node.path} is multi-queue; libvirt opens a TAP for a single-queue NIC here`);
      }
      claimUnique(this, "TAP device used by a guest NIC", tap.node.path, `nics[${i}].tap`);
      return [{ mac: this.nics[i].mac.toUpperCase(), tapName: tap.name, tap }];
    });
  }

  private imageSource(image: unknown): string {
    const expected = "an absolute path on the host or an http(s) URL";
    const value = stringValue(this, "bootImage", image, expected, "plan");
    if (isToken(value)) return value;
    if (/^https?:\/\/[A-Za-z0-9][A-Za-z0-9._~:\/?#@!$&()*+,;=%-]{0,2047}$/.test(value)) return terraformLiteral(value);
    const path = hostPath(this, "bootImage", value);
    // The libvirt provider reads source as a URL (Go's url.Parse, then its path):
    // '?' and '#' would cut the path and '%' decode it. A path with any of them goes
    // as a file:// URL with those three percent-encoded, which gives back the path.
    const source = /[%?#]/.test(path)
      ? `file://${path.replace(/[%?#]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`
      : path;
    return terraformLiteral(source);
  }

  private cloudInitDisk(props: KvmCloudInitProps, pool: string, dependsOn: ITerraformDependable[] | undefined): CloudinitDisk {
    const spec: CloudInitSpec = {
      hostname: this.name,
      user: props.user === undefined ? undefined : posixUser(this, "cloudInit.user", props.user),
      sshKeys: sshPublicKeys(this, "cloudInit.sshKeys", props.sshKeys),
      nameservers: listValue(this, "cloudInit.nameservers", props.nameservers, 3)
        .map((n, i) => nameserverAddress(this, `cloudInit.nameservers[${i}]`, n)),
      searchDomains: listValue(this, "cloudInit.searchDomains", props.searchDomains, 6)
        .map((d, i) => dnsName(this, `cloudInit.searchDomains[${i}]`, d)),
      nics: this.nics,
    };
    // SSH key comments are free text: the seed must carry them literally.
    return new CloudinitDisk(this, "cloudinit", {
      name: `${this.name}-cloudinit.iso`,
      pool,
      userData: terraformLiteral(userData(spec)),
      metaData: terraformLiteral(metaData(spec)),
      networkConfig: terraformLiteral(networkConfig(spec)),
      dependsOn,
    });
  }
}
