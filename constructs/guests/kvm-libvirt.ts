import { Annotations } from "cdktf";
import { Construct } from "constructs";
import { HyperlabProvider, KvmDomain, KvmDomainNics, KvmSeed, KvmVolume } from "../../l1";
import { ConfigurationError } from "../core/errors";
import { ownerIdentity } from "../core/identity";
import { instanceValue, isToken, listValue, objectValue, stringValue } from "../core/input";
import { checkTextAroundTokens, terraformLiteral } from "../core/literal";
import { hostPath } from "../core/names";
import { integerIn, oneOf } from "../core/numbers";
import { attributeOf, setDependsOn } from "../core/references";
import { requireUsable } from "../core/refused";
import { claimUnique } from "../core/registry";
import { LinuxHost } from "../hosts/linux-host";
import { BaseImage } from "../images/base-image";
import { TapInterface } from "../networks/tap-interface";
import { instanceId, metaData, networkConfig, userData, vendorData } from "./cloud-init";
import { kernelCmdlineTokens, kernelIpToken } from "./kernel-cmdline";
import type { KernelBootProps, KvmBackend, KvmDiskProps, KvmGuestProps, KvmGuestSpec } from "./kvm-spec";
import { bridgeIndexReferences } from "./nic";
import { waitForSpec } from "./wait-for";
import { refuseProxmoxOnly } from "./refusals";

const GIB = 2 ** 30;
/** The URIs whose libvirtd runs where the engine runs: the provider writes the guests' images beside it. */
const LOCAL_URI = /^qemu(\+unix)?:\/\/\/(system|session)(\?.*)?$/;

/**
 * A KvmGuest on a LinuxHost: a hyperlab_kvm_domain on the host's libvirtd, its
 * disk images and cloud-init seed as hyperlab_kvm_volume and hyperlab_kvm_seed in
 * a directory of its own under the host's storagePoolPath.
 */
export const libvirtBackend: KvmBackend = {
  build(guest, spec) {
    const host = spec.host as LinuxHost;
    refuseProxmoxOnly(guest, spec.props);
    if (host.netns) {
      throw new ConfigurationError(guest, `${host.node.path} has netns ${host.netns}, and KVM guests join bridges in libvirtd's own ` +
        "network namespace: put the guest on a LinuxHost without netns");
    }
    if (!LOCAL_URI.test(host.libvirtUri)) {
      throw new ConfigurationError(guest, `${host.node.path} has libvirtUri ${host.libvirtUri}: KVM guests are made on a libvirtd ` +
        "where the provider runs (qemu:///system or qemu:///session), as it writes their disk images and seeds beside it; for " +
        "another machine, give its LinuxHost ssh, and the provider runs there");
    }
    return { domain: new LibvirtGuest(guest, host, spec).domain };
  },
};

class LibvirtGuest {
  readonly domain: KvmDomain;
  private readonly dir: string;
  private readonly provider: HyperlabProvider;

  /** The props only a LinuxHost has (boot image, kernel, disks), which this backend checks. */
  private readonly props: KvmGuestProps;

  constructor(private readonly guest: Construct, private readonly host: LinuxHost, private readonly spec: KvmGuestSpec) {
    const props = this.props = spec.props;
    // Domain names are per libvirtd, whatever LinuxHost construct points at it.
    claimUnique(guest, `KVM guest name on ${host.libvirtDaemon}`, spec.name, "name");
    // One directory however storagePoolPath spells it ("/srv/pool/", "/srv//pool"): claimed as the volumes' paths have it.
    this.dir = `${host.storagePoolPath.replace(/\/+/g, "/").replace(/\/$/, "")}/${spec.name}`;
    claimUnique(guest, host.onMachine("KVM guest image directory"), this.dir, "name");
    this.provider = host.providerOf(guest);
    if (props.bootImage === undefined && props.kernelBoot === undefined) {
      throw new ConfigurationError(guest, "give bootImage, kernelBoot or both: the guest has nothing to boot");
    }
    if (props.bootDiskSizeGiB !== undefined && props.bootImage === undefined) {
      throw new ConfigurationError(guest, "bootDiskSizeGiB needs bootImage");
    }
    spec.nics.forEach((nic, i) => {
      if (nic.vlan !== undefined) {
        throw new ConfigurationError(guest, `nics[${i}].vlan: VLAN tags are not offered by the libvirt target of a LinuxHost`);
      }
    });
    const volumes = this.volumes();
    const kernel = objectValue<KernelBootProps>(guest, "kernelBoot", props.kernelBoot);
    const seed = spec.cloudInit ? this.seed() : undefined;
    const cmdline = kernel ? this.kernelCmdline(kernel) : undefined;
    // waitFor.cloudInit reads cloud-init's result through the guest agent: its channel
    // comes with it unless agent is set (false is refused by waitForSpec).
    const waitsForCloudInit = typeof props.waitFor === "object" && props.waitFor !== null &&
      (props.waitFor as { cloudInit?: unknown }).cloudInit === true;
    const agent = spec.agent || (props.agent === undefined && waitsForCloudInit);
    if (!kernel && !spec.cloudInit) this.refuseUnappliedAddresses();
    // libvirt's defaults of the shared choices (a ProxmoxNode leaves them to the node).
    const accelerator = spec.accelerator ?? "kvm";
    const cpuMode = oneOf(guest, "cpuMode", props.cpuMode ?? (accelerator === "kvm" ? "host-passthrough" : "maximum"),
      ["host-passthrough", "host-model", "maximum"]);
    if (accelerator === "tcg" && cpuMode !== "maximum") {
      throw new ConfigurationError(guest, `cpuMode ${cpuMode} needs KVM: a TCG guest takes "maximum" (everything QEMU emulates)`);
    }
    const taps = this.tapNics();
    const tapOf = new Map(taps.map((t) => [t.index, t.tap]));
    this.domain = new KvmDomain(guest, "domain", {
      provider: this.provider,
      // The provider connects to qemu:///system unless told: a qemu:///session host's guest belongs on its own libvirtd.
      uri: host.libvirtUri,
      name: spec.name,
      owner: ownerIdentity(guest),
      // libvirt calls a TCG domain "qemu".
      type: accelerator === "kvm" ? "kvm" : "qemu",
      vcpus: spec.cpus,
      memoryMib: spec.memoryMiB,
      cpuMode,
      machine: spec.machine ?? "pc",
      firmware: spec.firmware ?? "bios",
      graphics: spec.graphics ?? "none",
      kernel: kernel ? terraformLiteral(hostPath(guest, "kernelBoot.kernel", kernel.kernel, "plan")) : undefined,
      initrd: kernel?.initrd === undefined ? undefined : terraformLiteral(hostPath(guest, "kernelBoot.initrd", kernel.initrd, "plan")),
      cmdline: cmdline?.length ? cmdline.join(" ") : undefined,
      // Written as the references cdktf resolves them to (see core/references.ts).
      disks: volumes.length ? volumes.map((v) => ({ path: attributeOf(guest, v, "path"), format: attributeOf(guest, v, "format") })) : undefined,
      seed: seed && attributeOf(guest, seed, "path"),
      // A new seed restarts a running guest: cloud-init reads it at boot.
      seedInstanceId: spec.cloudInit ? instanceId(spec.cloudInit) : undefined,
      nics: spec.nics.length ? spec.nics.map((nic, i): KvmDomainNics => {
        const tap = tapOf.get(i);
        return tap ? { tap: tap.name, mac: nic.mac.toLowerCase(), model: spec.nicModels[i] }
          : { bridge: nic.network.bridgeName, mac: nic.mac.toLowerCase(), model: spec.nicModels[i] };
      }) : undefined,
      agent,
      running: spec.startOnCreate,
      autostart: spec.startOnBoot,
      description: spec.description,
      title: spec.title,
      shutdownTimeoutSeconds: integerIn(guest, "shutdownTimeoutSeconds", props.shutdownTimeoutSeconds ?? 60, 0, 3600, "s"),
      waitFor: waitForSpec(guest, props.waitFor, spec.nics, { channel: agent === true, cloudInitSeed: spec.cloudInit !== undefined }),
      // QEMU's NICs hang on the bridge (or TAP) that existed when the domain started:
      // one made again (deleted on the host) needs the domain started anew. So does a
      // disk image made again: the running guest would keep the old one open.
      lifecycle: {
        replaceTriggeredBy: [...bridgeIndexReferences(spec.nics), ...taps.map((t) => `${t.tap.resourceAddress}.id`),
          ...volumes.map((v) => `${v.terraformResourceType}.${v.friendlyUniqueId}.id`)],
      },
    });
    setDependsOn(this.domain, [...new Set([...spec.nics.flatMap((n) => n.dependsOn), ...taps.map((t) => t.tap.dependable)])]);
  }

  /** The boot image (copied and converted to qcow2, grown to bootDiskSizeGiB) and the data disks. */
  private volumes(): KvmVolume[] {
    const { guest, props } = this;
    const volumes: KvmVolume[] = [];
    const cloneMode = props.cloneMode === undefined ? undefined : oneOf(guest, "cloneMode", props.cloneMode, ["linked", "full"]);
    if (props.bootImage !== undefined) {
      volumes.push(new KvmVolume(guest, "boot", {
        provider: this.provider,
        path: terraformLiteral(`${this.dir}/boot.qcow2`), format: "qcow2", ...this.bootSource(props.bootImage, cloneMode),
        sizeBytes: props.bootDiskSizeGiB === undefined ? undefined
          : integerIn(guest, "bootDiskSizeGiB", props.bootDiskSizeGiB, 1, 65536, "GiB", "the size in bytes is computed at synth") * GIB,
        owner: ownerIdentity(guest, "boot"),
      }));
    } else if (cloneMode !== undefined) {
      throw new ConfigurationError(guest, "cloneMode needs bootImage (a BaseImage)");
    }
    listValue(guest, "disks", props.disks, 16).forEach((value, i) => {
      const disk = objectValue<KvmDiskProps>(guest, `disks[${i}]`, value) ?? ({} as KvmDiskProps);
      const sizeGiB = integerIn(guest, `disks[${i}].sizeGiB`, disk.sizeGiB, 1, 65536, "GiB", "the size in bytes is computed at synth");
      const format = oneOf(guest, `disks[${i}].format`, disk.format ?? "qcow2", ["qcow2", "raw"]);
      volumes.push(new KvmVolume(guest, `disk${i}`, {
        provider: this.provider,
        path: terraformLiteral(`${this.dir}/disk${i}.${format}`), format, sizeBytes: sizeGiB * GIB, owner: ownerIdentity(guest, `disk${i}`),
      }));
    });
    return volumes;
  }

  /** The boot disk's origin: an overlay on, or a copy of, a BaseImage; or a copy of a path or URL. */
  private bootSource(image: unknown, cloneMode: "linked" | "full" | undefined): { source?: string; backingPath?: string } {
    const { guest } = this;
    if (image instanceof BaseImage) {
      requireUsable(guest, "bootImage", image);
      if (image.host.libvirtDaemon !== this.host.libvirtDaemon || image.host.storagePoolPath !== this.host.storagePoolPath) {
        throw new ConfigurationError(guest, `bootImage ${image.node.path} is kept in ${image.host.storagePoolPath} for ` +
          `${image.host.libvirtDaemon}, and this guest runs on ${this.host.libvirtDaemon} with storagePoolPath ` +
          `${this.host.storagePoolPath}: give it a BaseImage on its own host`);
      }
      // The resource's path attribute: the disk depends on the image, and is made after it.
      return (cloneMode ?? "linked") === "linked" ? { backingPath: image.image.path } : { source: image.image.path };
    }
    if (cloneMode === "linked") {
      throw new ConfigurationError(guest, "cloneMode \"linked\" needs a BaseImage as bootImage: a path or URL is copied " +
        "(make a BaseImage of it, with its sha256, to overlay it)");
    }
    const source = this.imageSource(image);
    if (/^https?:/.test(source)) {
      Annotations.of(guest).addWarning(`bootImage ${source} is downloaded for this guest alone and taken with no checksum: ` +
        "a BaseImage verifies it (sha256/sha512) and downloads it once per host");
    }
    return { source };
  }

  private imageSource(image: unknown): string {
    const expected = "a BaseImage, an absolute path on the host or an http(s) URL";
    const value = stringValue(this.guest, "bootImage", image, expected, "plan");
    if (isToken(value)) return terraformLiteral(checkTextAroundTokens(this.guest, "bootImage", value, expected));
    if (/^https?:\/\/[A-Za-z0-9][A-Za-z0-9._~:\/?#@!$&()*+,;=%-]{0,2047}$/.test(value)) return terraformLiteral(value);
    // The provider hands the path to qemu-img as one argument: no escaping beyond the JSON's.
    return terraformLiteral(hostPath(this.guest, "bootImage", value));
  }

  private seed(): KvmSeed {
    const s = this.spec.cloudInit!;
    // SSH key comments are free text: the seed must carry them literally.
    return new KvmSeed(this.guest, "cloudinit", {
      provider: this.provider,
      path: terraformLiteral(`${this.dir}/seed.iso`),
      userData: terraformLiteral(userData(s)),
      metaData: terraformLiteral(metaData(s)),
      networkConfig: terraformLiteral(networkConfig(s)),
      ...(s.vendorConfig ? { vendorData: terraformLiteral(vendorData(s)!) } : {}),
      owner: ownerIdentity(this.guest, "seed"),
    });
  }

  /**
   * The kernel's tokens, plus `ip=` for the static NIC when no cloud-init seed
   * configures it: the standard form that the kernel's own IP autoconfiguration,
   * initramfs-tools and dracut all read.
   */
  private kernelCmdline(kernel: KernelBootProps): string[] {
    const { guest, spec } = this;
    const line = kernel.cmdline === undefined ? "" : stringValue(guest, "kernelBoot.cmdline", kernel.cmdline,
      "a kernel command line", "its tokens are checked at synth");
    if (line.length > 2047) {
      throw new ConfigurationError(guest, `kernelBoot.cmdline is ${line.length} characters; the kernel takes at most 2047 (COMMAND_LINE_SIZE)`);
    }
    const tokens = kernelCmdlineTokens(guest, "kernelBoot.cmdline", line);
    const statics = spec.nics.map((nic, i) => ({ nic, i })).filter(({ nic }) => nic.address && !nic.dhcp);
    if (!spec.cloudInit) this.refuseUnappliedAddresses6("the kernel's ip= parameter is IPv4 only");
    if (spec.cloudInit || statics.length === 0) return tokens;
    if (statics.length > 1) {
      throw new ConfigurationError(guest, `nics[${statics[1].i}].address: without cloudInit a static address reaches the ` +
        "guest as the kernel's ip= parameter, which configures one NIC; add cloudInit to configure several");
    }
    if (tokens.some((t) => t.startsWith("ip="))) {
      throw new ConfigurationError(guest, `kernelBoot.cmdline has its own ip= and nics[${statics[0].i}].address would add another; ` +
        "keep one of them");
    }
    const { nic, i } = statics[0];
    if (nic.ipv4Network!.prefixLength === 31) {
      throw new ConfigurationError(guest, `nics[${i}].address ${nic.address} is on the point-to-point ${nic.ipv4Network!.cidr}, ` +
        "and the kernel's ip= sets the broadcast address to address|~netmask, which on a /31 is the other end (or the " +
        "guest itself): add cloudInit, whose network config sets a /31 without a broadcast address");
    }
    const token = kernelIpToken({
      address: nic.address!, gateway: nic.gateway, netmask: nic.ipv4Network!.netmask, hostname: spec.name, device: `eth${i}`,
    });
    if (line.length + token.length + 1 > 2047) {
      throw new ConfigurationError(guest, "kernelBoot.cmdline with the NIC's ip= parameter would pass the kernel's 2047 characters");
    }
    return [...tokens, token];
  }

  /** A static IPv6 address reaches a KVM guest only through its cloud-init network config. */
  private refuseUnappliedAddresses6(why: string): void {
    this.spec.nics.forEach((nic, i) => {
      if (nic.address6) {
        throw new ConfigurationError(this.guest, `nics[${i}].address6 ${nic.address6} would never reach the guest without cloudInit ` +
          `(${why}); add cloudInit, whose network config sets it`);
      }
    });
  }

  /** libvirt cannot set an address inside a guest: something in the guest must. */
  private refuseUnappliedAddresses(): void {
    this.refuseUnappliedAddresses6("libvirt does not configure addresses inside a guest");
    this.spec.nics.forEach((nic, i) => {
      if (nic.address && !nic.dhcp) {
        throw new ConfigurationError(this.guest, `nics[${i}].address ${nic.address} would never reach the guest: libvirt does not ` +
          "configure addresses inside a guest. Add cloudInit (its network config sets the address), or set " +
          `nics[${i}].dhcp on a network whose DHCP server the stack runs (the address is then reserved for the NIC's MAC), ` +
          "or boot with kernelBoot (the address goes on the kernel command line as ip=)");
      }
    });
  }

  private tapNics(): { index: number; tap: TapInterface }[] {
    const { guest, spec } = this;
    return spec.nicProps.flatMap((nic, i) => {
      if (nic.tap === undefined) return [];
      const tap = instanceValue(guest, `nics[${i}].tap`, nic.tap, TapInterface, "a TapInterface of this app");
      if (tap.network.node !== spec.nics[i].network.node) {
        throw new ConfigurationError(guest, `nics[${i}].tap ${tap.node.path} is on ${tap.network.node.path}, not on nics[${i}].network ${spec.nics[i].network.node.path}`);
      }
      if (tap.multiQueue) {
        throw new ConfigurationError(guest, `nics[${i}].tap ${tap.node.path} is multi-queue; libvirt opens a TAP for a single-queue NIC here`);
      }
      claimUnique(guest, "TAP device used by a guest NIC", tap.node.path, `nics[${i}].tap`);
      return [{ index: i, tap }];
    });
  }
}
