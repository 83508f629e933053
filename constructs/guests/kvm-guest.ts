import { TerraformVariable } from "cdktf";
import { Construct } from "constructs";
import { withoutCreationStacks } from "../core/creation-stacks";
import type { KvmDomain, VmQemu } from "../../l1";
import { nameserverAddress } from "../core/addresses";
import { booleanValue, listValue, objectValue, propsOf } from "../core/input";
import { sshPublicKeys } from "../core/keys";
import { freeText, oneLineText, terraformLiteral } from "../core/literal";
import { dnsName, posixUser } from "../core/names";
import { integerIn, oneOf } from "../core/numbers";
import { backendOf, guestHostValue, GuestHost } from "../hosts/host";
import { LinuxHost } from "../hosts/linux-host";
import { ProxmoxNode } from "../hosts/proxmox-node";
import type { BaseImage } from "../images/base-image";
import { TapInterface } from "../networks/tap-interface";
import { CloudInitSpec, generatedCloudConfig } from "./cloud-init";
import { cloudConfig, vendorCloudConfig, KvmAptSourceProps, KvmCloudInitCommandProps, KvmCloudInitFileProps } from "./cloud-config";
import { libvirtBackend } from "./kvm-libvirt";
import { proxmoxBackend } from "./proxmox-vm";
import type { KvmProxmoxProps } from "./proxmox-vm";
import { guestAddresses, GuestNicProps, nicList, resolveNics, ResolvedNic } from "./nic";
import type { WaitForProps } from "./wait-for";

/** Why a VM's gateway must be on the NIC's subnet, by host kind (see docs/proxmox-settings.md). */
const OFF_SUBNET_SEED = "the guest's seed hands it to cloud-init as gateway4, a plain `gateway` route with no on-link route to it, " +
  "which ifupdown and networkd cannot install for an address off the subnet";
const OFF_SUBNET_PROXMOX_VM = "Proxmox hands ipconfigN's gw to cloud-init as a plain gateway, which the guest installs with no on-link " +
  "route to it, so its default route fails; a container on a ProxmoxNode takes one (pve-container adds the on-link route)";

/** Longest description kept with a guest (Proxmox's limit, which libvirt also takes). */
const DESCRIPTION_MAX = 8192;
/** Longest title kept with a guest (one line, as `virsh list --title` shows it). */
const TITLE_MAX = 255;

/** Boot a kernel directly (no bootloader, no boot disk needed). */
export interface KernelBootProps {
  /** Path of the kernel image on the host; a token is checked by libvirt at apply. */
  readonly kernel: string;
  /** Path of the initramfs on the host; a token is checked by libvirt at apply. @default - none */
  readonly initrd?: string;
  /**
   * Kernel command line, space-separated tokens of [A-Za-z0-9_.,:=/+@-], up to 2047
   * characters (x86's COMMAND_LINE_SIZE), kept in the order written. Without
   * `cloudInit`, a NIC's static address is added as the standard `ip=` token, so the
   * line must not have one. A change restarts a running guest.
   * @default ""
   */
  readonly cmdline?: string;
}

/** An extra, empty data disk. */
export interface KvmDiskProps {
  /** Size in GiB (1-65536); growing it is done in place with the guest stopped, shrinking replaces the disk. */
  readonly sizeGiB: number;
  /** Image format; a change replaces the disk. Refused on a ProxmoxNode, whose storage decides it. @default "qcow2" */
  readonly format?: "qcow2" | "raw";
  /**
   * On a ProxmoxNode, the storage the disk is made on (e.g. "local-zfs"); a change
   * makes the disk anew there, empty. Refused on a LinuxHost. @default - proxmox.storage
   */
  readonly storage?: string;
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
  /**
   * Debian packages to install at first boot (cloud-init's `packages`; up to 1024
   * names, Debian-valid: [a-z0-9+.-], starting with a letter or digit). Like every
   * prop below, an edit changes the seed's instance-id, so a running guest restarts
   * and cloud-init runs again (packages already installed stay; none is removed).
   * On a ProxmoxNode this and the props below go into a user snippet (cicustom),
   * which needs the node's `ssh`.
   * @default []
   */
  readonly packages?: string[];
  /** Run `apt-get update` before installing (`package_update`); cloud-init does it anyway when `packages` is given. @default - cloud-init's choice */
  readonly packageUpdate?: boolean;
  /**
   * Upgrade every installed package at first boot (`package_upgrade`; on a
   * ProxmoxNode Proxmox's `ciupgrade`): slower boots, and a newer guest than the image.
   * @default false (on a ProxmoxNode telmate's false too)
   */
  readonly packageUpgrade?: boolean;
  /**
   * The login user's password (Proxmox's cipassword), only as a TerraformVariable
   * declared sensitive: a string would be written into cdk.tf.json. Only on a
   * ProxmoxNode (refused on a LinuxHost, whose seed is a file on the host). A change
   * regenerates the cloud-init drive; cloud-init applies it on the next boot.
   * telmate keeps it as written (Read never reads it back), so a change on the node shows in no plan.
   * @default - none (log in with sshKeys)
   */
  readonly password?: TerraformVariable;
  /**
   * Files cloud-init writes (`write_files`, up to 256), after the user's
   * authorized_keys entry the construct writes. A path may be written once (a
   * later entry may `append`). An edit re-runs cloud-init, which writes them again.
   * @default []
   */
  readonly writeFiles?: KvmCloudInitFileProps[];
  /**
   * Commands run once per instance at the end of the first boot (`runcmd`, up to
   * 256), in order: `{ argv: [...] }` words handed over as they are, or
   * `{ shell: "..." }`, a line /bin/sh reads. An edit runs them all again.
   * @default []
   */
  readonly runCommands?: KvmCloudInitCommandProps[];
  /** Commands run early in every boot (`bootcmd`, up to 256), before networking is up; as `runCommands`. @default [] */
  readonly bootCommands?: KvmCloudInitCommandProps[];
  /** APT sources to add (`apt.sources`, up to 64, each name once), each with its signing key. @default [] */
  readonly aptSources?: KvmAptSourceProps[];
  /** HTTP proxy APT uses in the guest (`apt.proxy`), e.g. "http://10.40.0.1:3142". @default - none */
  readonly aptProxy?: string;
  /**
   * More cloud-config: an object of top-level cloud-config keys, or a whole
   * "#cloud-config" document as text (e.g. read from a file), read as cloud-init reads
   * it (YAML 1.1). Merged after what the construct and the props above write: lists
   * (packages, runcmd, write_files, ...) are joined, theirs first; mappings merge key by
   * key; a key that the construct sets to another value (e.g. `hostname`) is refused
   * with both values, never dropped. Keys cloud-init does not know are refused. No
   * tokens: the seed is written at synth. On a ProxmoxNode, part of the user snippet
   * (needs the node's `ssh`).
   * @default - none
   */
  readonly userData?: { [key: string]: unknown } | string;
  /**
   * Vendor data: a cloud-config object or "#cloud-config" document, checked as
   * `userData` is, written as the seed's own `vendor-data` file (on a ProxmoxNode, a
   * vendor snippet). cloud-init applies it under the user-data, so a top-level key
   * the user-data also sets (hostname, users, packages, ...) is refused: it would be
   * dropped. An edit changes the instance-id, as any edit of the seed does. No tokens.
   * @default - none
   */
  readonly vendorData?: { [key: string]: unknown } | string;
}

/** A guest NIC on a bridge. */
export interface KvmNicProps extends GuestNicProps {
  /** NIC model the guest sees; a change restarts a running guest. @default "virtio" */
  readonly model?: "virtio" | "e1000";
  /**
   * A TAP device the stack made on `network`, for QEMU to use as this NIC's host end
   * (single-queue; libvirt opens it and leaves it be).
   * @default - libvirt creates a TAP device on the bridge itself
   */
  readonly tap?: TapInterface;
}

/** What a deploy waits for once it has started a KVM guest: an address, its guest agent, and/or cloud-init. */
export interface KvmWaitForProps extends WaitForProps {
  /** The QEMU guest agent must answer (needs `agent: true`). @default false */
  readonly agent?: boolean;
  /**
   * On a ProxmoxNode, wait for a global IPv6 address in the agent's report too
   * (telmate's skip_ipv6 = false); without it an IPv4 address is enough. Refused on a LinuxHost.
   * @default false
   */
  readonly ipv6?: boolean;
  /**
   * cloud-init must have finished in the guest (on a LinuxHost). When it finished
   * with errors (a failed runCommands entry, a package apt cannot find), the deploy
   * fails naming the guest and quoting cloud-init's errors and the end of its
   * output log. Read through the QEMU guest agent: needs `cloudInit` (the seed) and
   * qemu-guest-agent in the image (Debian's genericcloud images lack it: install it
   * in the image, since `packages` come in the very run being waited for); turns
   * the agent channel on unless `agent` is false (refused). Alone, no address is probed.
   * @default false
   */
  readonly cloudInit?: boolean;
}

export interface KvmGuestProps {
  /** Where the guest runs: a LinuxHost (a libvirt domain) or a ProxmoxNode (proxmox_vm_qemu). */
  readonly host: GuestHost;
  /**
   * Domain name and hostname: a DNS label on a LinuxHost; on a ProxmoxNode a DNS
   * name of up to 128 characters, dots allowed. A change replaces the guest.
   */
  readonly name: string;
  /**
   * How QEMU runs the guest: `kvm` (hardware virtualisation through /dev/kvm) or
   * `tcg` (software emulation, for hosts without usable KVM; much slower). A change
   * restarts a running guest. On a ProxmoxNode telmate's `kvm` (tcg is kvm = false,
   * for a node that is itself a VM without nested virtualisation).
   * @default "kvm"
   */
  readonly accelerator?: "kvm" | "tcg";
  /**
   * CPU model the guest sees: `host-passthrough` (the host's CPU as is), `host-model`
   * (a named model close to it, migratable) or `maximum` (all QEMU offers; TCG's only
   * choice). On Proxmox, "host-passthrough" is cpu type "host" and "maximum" "max"
   * (or give proxmox.cpuType). A change restarts a running guest.
   * @default "host-passthrough" with kvm, "maximum" with tcg; on Proxmox telmate's "host"
   */
  readonly cpuMode?: "host-passthrough" | "host-model" | "maximum";
  /** Machine type: `pc` (i440FX, IDE) or `q35` (PCIe, SATA), on Proxmox too; a change restarts a running guest. @default "pc" (on Proxmox the node's) */
  readonly machine?: "pc" | "q35";
  /**
   * Firmware: `bios` (SeaBIOS) or `efi` (OVMF, with its NVRAM file, made and removed
   * by libvirt; needs the host's ovmf package). On Proxmox `efi` is bios "ovmf" with
   * an EFI disk on proxmox.efiStorage (telmate never reads it back: a change of it
   * shows in no plan). A change restarts a running guest.
   * @default "bios" (on Proxmox the node's, SeaBIOS)
   */
  readonly firmware?: "bios" | "efi";
  /**
   * Display: `none` (a serial console only, `virsh console NAME`; on Proxmox serial0
   * as the display, `qm terminal`) or `vnc` (on 127.0.0.1; on Proxmox the standard VGA).
   * telmate never reads a Proxmox VM's display back. @default "none" (on Proxmox the node's)
   */
  readonly graphics?: "none" | "vnc";
  /** Virtual CPUs (1-256); a change restarts a running guest; a token is checked at apply. @default 1 */
  readonly cpus?: number;
  /** Memory in MiB (32-4194304); a change restarts a running guest; a token is checked at apply. @default 512 */
  readonly memoryMiB?: number;
  /**
   * What the boot disk is made from. A `BaseImage` (on the same LinuxHost): a
   * verified image fetched once per host, which the boot disk overlays or copies
   * (`cloneMode`). Or a string, as before: a disk image on the host (qcow2, raw,
   * vmdk, vdi, ...: qemu-img detects it) or an http(s) URL, copied whole into the
   * guest's directory as its qcow2 boot disk, with NO checksum (an http(s) URL is
   * downloaded for each guest and taken unverified: synth warns; use a BaseImage).
   * A change replaces the disk and the guest.
   * @default - none
   */
  readonly bootImage?: string | BaseImage;
  /**
   * How the boot disk is made from a `BaseImage`: `linked`, a qcow2 overlay whose
   * backing file is the image (copy-on-write: the guest's disk holds only what it
   * writes; the image must stay, and a deploy that would remove it while this disk
   * exists is refused), or `full`, a qcow2 copy of the whole image (independent of
   * it, as large as its data). A string `bootImage` is always copied. A change
   * replaces the disk and the guest.
   * @default "linked" (with a BaseImage)
   */
  readonly cloneMode?: "linked" | "full";
  /**
   * Size of the boot disk in GiB, at least the image's own (on Proxmox, the
   * template's); growing it is done in place with the guest stopped.
   * @default - the image's own size; on Proxmox the template's, or 10 GiB for an ISO install
   */
  readonly bootDiskSizeGiB?: number;
  /** Direct kernel boot. Give this, `bootImage`, or both (kernel with a root disk). @default - none */
  readonly kernelBoot?: KernelBootProps;
  /** Extra empty disks (up to 16), attached after the boot disk. @default [] */
  readonly disks?: KvmDiskProps[];
  /**
   * NICs (up to 16), in order. A static `address` reaches the guest through the
   * cloud-init seed, or without one through the kernel's `ip=` (kernelBoot, one
   * static NIC); a guest with neither refuses it (use `dhcp` with a reservation).
   * Moving a NIC to another network restarts a running guest.
   * @default []
   */
  readonly nics?: KvmNicProps[];
  /**
   * A cloud-init seed (NoCloud) with hostname, user, keys and static addressing, and
   * what the guest installs, writes and runs at first boot (packages, writeFiles,
   * runCommands, userData: one #cloud-config document).
   * An edit rewrites it in place with a new instance-id and restarts a running guest, which applies it as it boots.
   * @default - none
   */
  readonly cloudInit?: KvmCloudInitProps;
  /** Whether the QEMU guest agent channel is added; a token is taken as is. @default false */
  readonly agent?: boolean;
  /** Whether the guest runs: started after creating it, and started again if found shut off; a token is taken as is. @default true */
  readonly startOnCreate?: boolean;
  /** Start it when libvirtd starts (host boot); a token is taken as is. @default true */
  readonly startOnBoot?: boolean;
  /** Seconds a shutdown (for a restart) may take before the guest is powered off; 0 powers off at once; on Proxmox startup_shutdown's shutdown_timeout. @default 60 (on Proxmox the node's) */
  readonly shutdownTimeoutSeconds?: number;
  /**
   * What a deploy waits for after starting the guest. On a ProxmoxNode only the
   * guest agent's report (`agent`, `timeoutSeconds`): telmate's connection info,
   * whose addresses become `reportedAddresses`.
   * @default - nothing: the deploy returns once the guest is started
   */
  readonly waitFor?: KvmWaitForProps;
  /**
   * Free-text description stored with the domain: up to 8192 characters, no control
   * characters but tab and newline. Arrives literally (`${` is not evaluated).
   * @default - none
   */
  readonly description?: string;
  /**
   * One-line title stored with the domain (`virsh list --title`, `virsh desc --title`):
   * up to 255 characters, no control characters (no tab or newline). Arrives
   * literally (`${` is not evaluated). A title changed on the host is drift that the
   * next deploy puts back. Refused on a ProxmoxNode, whose VMs have none.
   * @default - none
   */
  readonly title?: string;
  /**
   * What only a guest on a ProxmoxNode has: the template to clone or the ISO to
   * boot, the storage, the SCSI controller and the VMID. Refused on a LinuxHost.
   * @default - none
   */
  readonly proxmox?: KvmProxmoxProps;
}

/** A KvmGuest's props, checked once at the door; each backend builds from it. */
export interface KvmGuestSpec {
  readonly host: GuestHost;
  readonly name: string;
  readonly cpus: number;
  readonly memoryMiB: number;
  readonly nicProps: readonly KvmNicProps[];
  readonly nicModels: readonly ("virtio" | "e1000")[];
  readonly nics: readonly ResolvedNic[];
  readonly cloudInit?: CloudInitSpec;
  readonly agent: boolean;
  readonly startOnCreate: boolean;
  readonly startOnBoot: boolean;
  /** Checked free text, literal in the JSON. */
  readonly description?: string;
  /** Checked one-line text, literal in the JSON. */
  readonly title?: string;
}

/** Builds a KvmGuest on one kind of host. */
export interface KvmBackend {
  build(guest: KvmGuest, spec: KvmGuestSpec, props: KvmGuestProps): {
    domain?: KvmDomain; proxmoxVm?: VmQemu; reportedAddresses?: { ipv4: string; ipv6: string };
  };
}

/** One backend per kind of host, each in a file of its own. */
const BACKENDS = new Map<Function, KvmBackend>([[LinuxHost, libvirtBackend], [ProxmoxNode, proxmoxBackend]]);

/**
 * A QEMU/KVM guest. On a LinuxHost it is a libvirt domain (hyperlab_kvm_domain)
 * with its disk images and cloud-init seed in a directory of its own; on a
 * ProxmoxNode, a proxmox_vm_qemu.
 */
export class KvmGuest extends Construct {
  readonly name: string;
  readonly nics: readonly ResolvedNic[];
  /**
   * The guest's addresses known at synth, in NIC order: static ones and DHCP
   * reservations, IPv4 then each NIC's IPv6. For a TerraformOutput that other stacks read.
   */
  readonly addresses: readonly string[];
  /** The libvirt domain, on a LinuxHost. */
  readonly domain?: KvmDomain;
  /** The Proxmox VM, on a ProxmoxNode. */
  readonly proxmoxVm?: VmQemu;
  /**
   * On a ProxmoxNode with waitFor.agent: the guest's IPv4 and IPv6 addresses as
   * telmate reports them once it is up (from ipconfig0, or its guest agent), as
   * tokens for TerraformOutputs. Absent on a LinuxHost, whose addresses are known at synth (`addresses`).
   */
  readonly reportedAddresses?: { readonly ipv4: string; readonly ipv6: string };

  constructor(scope: Construct, id: string, props: KvmGuestProps) {
    super(scope, id);
    props = propsOf<KvmGuestProps>(this, props);
    const spec = parseKvmGuest(this, props);
    this.name = spec.name;
    this.nics = spec.nics;
    this.addresses = guestAddresses(spec.nics);
    const built = withoutCreationStacks(() => backendOf(BACKENDS, spec.host).build(this, spec, props));
    this.domain = built.domain;
    this.proxmoxVm = built.proxmoxVm;
    this.reportedAddresses = built.reportedAddresses;
  }
}

function parseKvmGuest(guest: KvmGuest, props: KvmGuestProps): KvmGuestSpec {
  const host = guestHostValue(guest, "host", props.host);
  const name = host.kvmGuestName(guest, "name", props.name);
  const nicProps = nicList<KvmNicProps>(guest, props.nics, 16);
  const nicModels = nicProps.map((nic, i) => oneOf<"virtio" | "e1000">(guest, `nics[${i}].model`, nic.model ?? "virtio", ["virtio", "e1000"]));
  const nics = resolveNics({ scope: guest, host, hostname: name, offSubnetGateway: host instanceof ProxmoxNode ? OFF_SUBNET_PROXMOX_VM : OFF_SUBNET_SEED }, nicProps);
  const ci = objectValue<KvmCloudInitProps>(guest, "cloudInit", props.cloudInit);
  const generated: CloudInitSpec | undefined = ci && {
    hostname: name,
    user: ci.user === undefined ? undefined : posixUser(guest, "cloudInit.user", ci.user),
    sshKeys: sshPublicKeys(guest, "cloudInit.sshKeys", ci.sshKeys),
    nameservers: listValue(guest, "cloudInit.nameservers", ci.nameservers, 3).map((n, i) => nameserverAddress(guest, `cloudInit.nameservers[${i}]`, n)),
    searchDomains: listValue(guest, "cloudInit.searchDomains", ci.searchDomains, 6).map((d, i) => dnsName(guest, `cloudInit.searchDomains[${i}]`, d)),
    nics,
  };
  const merged = generated && cloudConfig(guest, ci!, generatedCloudConfig(generated));
  const cloudInit = generated && {
    ...generated, cloudConfig: merged, vendorConfig: vendorCloudConfig(guest, ci!, merged ?? generatedCloudConfig(generated)),
  };
  return {
    host, name, nicProps, nicModels, nics, cloudInit,
    cpus: integerIn(guest, "cpus", props.cpus ?? 1, 1, 256, "", "plan"),
    memoryMiB: integerIn(guest, "memoryMiB", props.memoryMiB ?? 512, 32, 4194304, "MiB", "plan"),
    agent: booleanValue(guest, "agent", props.agent, false, "plan"),
    startOnCreate: booleanValue(guest, "startOnCreate", props.startOnCreate, true, "plan"),
    startOnBoot: booleanValue(guest, "startOnBoot", props.startOnBoot, true, "plan"),
    description: props.description === undefined ? undefined : terraformLiteral(freeText(guest, "description", props.description, DESCRIPTION_MAX, "plan")),
    title: props.title === undefined ? undefined : terraformLiteral(oneLineText(guest, "title", props.title, TITLE_MAX, "plan")),
  };
}
