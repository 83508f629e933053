// The spec of a KvmGuest: its props (documented, the public types), the checked spec
// every backend builds from, the backend interface and the parse function that
// checks each shared prop once, with its range and default written here only. The
// construct (kvm-guest.ts) and each backend (kvm-libvirt.ts, proxmox-vm.ts) import
// this file, and it imports neither: no import circle (__tests__/import-cycles.test.ts).
import { TerraformVariable } from "cdktf";
import { Construct, IConstruct } from "constructs";
import type { KvmDomain, VmQemu } from "../../l1";
import { nameserverAddress } from "../core/addresses";
import { Refusals } from "../core/errors";
import { booleanValue, listValue, objectValue } from "../core/input";
import { sshPublicKeys } from "../core/keys";
import { freeText, oneLineText, terraformLiteral } from "../core/literal";
import { dnsName, posixUser } from "../core/names";
import { integerIn, oneOf } from "../core/numbers";
import { guestHostValue, GuestHost } from "../hosts/host";
import { ProxmoxNode } from "../hosts/proxmox-node";
import type { BaseImage } from "../images/base-image";
import { TapInterface } from "../networks/tap-interface";
import { CloudInitSpec, generatedCloudConfig } from "./cloud-init";
import { cloudConfig, vendorCloudConfig, KvmAptSourceProps, KvmCloudInitCommandProps, KvmCloudInitFileProps } from "./cloud-config";
import { GuestNicProps, nicList, resolveNics, ResolvedNic } from "./nic";
import { ProxmoxStartupProps } from "./proxmox-settings";
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

/** What a KvmGuest on a ProxmoxNode has that a libvirt guest does not. */
export interface KvmProxmoxProps {
  /**
   * A VM template on the cluster to clone (a full or a linked clone), by name
   * (`template`, telmate's clone) or by VM id (`templateId`, clone_id, 100-999999999):
   * give one. Give this or `iso`. A change replaces the VM. @default - none
   */
  readonly clone?: { readonly template?: string; readonly templateId?: number; readonly full?: boolean };
  /** An ISO volume to install from, "STORAGE:iso/FILE.iso". Give this or `clone`. @default - none */
  readonly iso?: string;
  /** Storage the boot disk, extra disks and cloud-init drive are made on, unless each says its own. @default "local-lvm" */
  readonly storage?: string;
  /** Storage of the boot disk the VM makes (ISO install) or grows (clone); a change makes the disk anew there, empty. @default - proxmox.storage */
  readonly bootDiskStorage?: string;
  /** Storage of the cloud-init drive; a change makes the drive anew there (it holds only generated data). @default - proxmox.storage */
  readonly cloudInitStorage?: string;
  /** SCSI controller model. @default "virtio-scsi-single" */
  readonly scsihw?: "virtio-scsi-single" | "virtio-scsi-pci" | "lsi" | "megasas" | "pvscsi";
  /** The VM's id (100-999999999). @default - derived from the construct path in the node's vmidRange */
  readonly vmid?: number;
  /**
   * Format of the VM's disks, as the storage keeps them: "raw" on LVM, ZFS or Ceph,
   * "qcow2" on a directory storage. @default "raw"
   */
  readonly diskFormat?: "raw" | "qcow2";
  /**
   * Slot of the boot disk, e.g. "virtio0" (as in telmate's cloud-init template
   * example), "scsi0", "sata0": `boot` names it. For a clone, the slot the
   * template's OS disk is on: the clone keeps that disk as the template has it
   * (size, storage, format), or grows it to `bootDiskSizeGiB` when given, which must
   * be at least the template's (telmate rc07 makes a smaller one anew, empty). For an
   * ISO install, the slot the new boot disk is made on. Extra `disks` follow on the
   * same bus. A change replaces the VM's disk layout. @default "scsi0"
   */
  readonly bootDisk?: string;
  /**
   * Other disks of the template a clone keeps as they are, by slot (e.g. ["scsi1"]):
   * telmate rc07 deletes every slot of the template the VM does not declare.
   * @default [] (only the boot disk is kept)
   */
  readonly keepTemplateDisks?: string[];
  /** Slot of the cloud-init drive: ide, sata or scsi (Proxmox takes none on virtio). @default "ide0" */
  readonly cloudInitSlot?: string;
  /** Resource pool the VM is a member of. @default - none */
  readonly pool?: string;
  /** Tags shown in the node's UI, each `[a-zA-Z0-9_]` then `[a-zA-Z0-9._-]`; written sorted. @default [] */
  readonly tags?: string[];
  /**
   * CPU type as Proxmox names it, in its case ("host", "x86-64-v2-AES", "kvm64"):
   * telmate reads it back as Proxmox stores it. Instead of `cpuMode`. A change
   * restarts the VM. @default - from cpuMode ("host-passthrough" is "host", "maximum" "max"), else "host"
   */
  readonly cpuType?: string;
  /** CPU sockets (1-4); `cpus` is the cores of each. @default 1 */
  readonly sockets?: number;
  /** Cache mode of the disks the VM makes or grows. @default - Proxmox's own ("none") */
  readonly diskCache?: "none" | "writethrough" | "writeback" | "directsync" | "unsafe";
  /** Pass discards (TRIM) of those disks to the storage, for thin LVM, ZFS or Ceph. @default false */
  readonly diskDiscard?: boolean;
  /** An I/O thread for each of those disks (scsihw "virtio-scsi-single", or virtio disks). @default false */
  readonly diskIothread?: boolean;
  /** Where the VM starts in the node's boot order, and the pause after it. @default - unordered */
  readonly startup?: ProxmoxStartupProps;
  /** Storage of the EFI variables disk, with firmware "efi". @default - proxmox.storage */
  readonly efiStorage?: string;
  /**
   * Show the disks the VM makes or grows to the guest as SSDs (Proxmox's `ssd`, so
   * the guest schedules and trims them as flash); ide, sata and scsi disks only
   * (Proxmox has no ssd flag on virtio). A change is pending until the VM restarts.
   * @default false
   */
  readonly diskEmulateSsd?: boolean;
  /** NUMA emulation (Proxmox's numa; needed for memory and CPU hot-plug); a change restarts the VM. @default false */
  readonly numa?: boolean;
  /**
   * vCPUs online at boot (Proxmox's vcpus, telmate's cpu.vcores), at most `cpus` x
   * `sockets`: the rest can be hot-plugged. A change restarts the VM. @default - all of them
   */
  readonly vcpus?: number;
  /**
   * Memory the balloon driver may shrink the VM to, in MiB (0-memoryMiB): 0 takes
   * the balloon device away; otherwise Proxmox reclaims memory down to it when the
   * node is short. A change is applied on the next restart. @default - telmate's 0 (no balloon device)
   */
  readonly balloonMiB?: number;
  /** Protect the VM from removal: Proxmox refuses to destroy it (so does a deploy that would) until it is unset. @default false */
  readonly protection?: boolean;
  /**
   * The guest OS type (Proxmox's ostype, telmate's qemu_os): "l26" (Linux 2.6+),
   * "win11", "win10", "win8", "win7", "wvista", "w2k8", "w2k3", "w2k", "wxp",
   * "l24", "solaris" or "other"; Proxmox tunes the VM for it. A change restarts the VM.
   * @default - the template's, or Proxmox's "other" for an ISO install (telmate rc07 never diffs an unset value)
   */
  readonly osType?: string;
  /**
   * Let telmate restart the VM when a change needs it (automatic_reboot); with false
   * the change waits for a restart by hand and a deploy fails ("reboot required").
   * @default true
   */
  readonly automaticReboot?: boolean;
  /**
   * Boot from the network (PXE on the first NIC, net0) "first", before the boot
   * disk, or "last", after it and any installer. @default - not from the network
   */
  readonly netBoot?: "first" | "last";
}

/**
 * A KvmGuest's props, checked once at the door: every prop both kinds of host take,
 * with its default applied. Each backend builds from it and checks only what its
 * own kind of host has (`props`: boot images, disks and kernel on a LinuxHost, the
 * `proxmox` block on a ProxmoxNode).
 */
export interface KvmGuestSpec {
  readonly host: GuestHost;
  readonly name: string;
  /** Virtual CPUs, 1-256 (or a token, checked at plan). */
  readonly cpus: number;
  /** Memory in MiB, 32-4194304 (or a token, checked at plan). */
  readonly memoryMiB: number;
  readonly nicProps: readonly KvmNicProps[];
  readonly nicModels: readonly ("virtio" | "e1000")[];
  readonly nics: readonly ResolvedNic[];
  readonly cloudInit?: CloudInitSpec;
  readonly agent: boolean;
  readonly startOnCreate: boolean;
  readonly startOnBoot: boolean;
  /**
   * The shared choices as given, checked; undefined when not given, because the
   * default is the host's: libvirt's documented one on a LinuxHost, the node's own
   * on a ProxmoxNode (telmate then writes nothing, and reads nothing back to diff).
   */
  readonly accelerator?: "kvm" | "tcg";
  readonly machine?: "pc" | "q35";
  readonly firmware?: "bios" | "efi";
  readonly graphics?: "none" | "vnc";
  /** Checked free text, literal in the JSON. */
  readonly description?: string;
  /** Checked one-line text, literal in the JSON. */
  readonly title?: string;
  /** The props as given, for what only one kind of host has: its backend checks those. */
  readonly props: KvmGuestProps;
}

/** Builds a KvmGuest on one kind of host, from its spec alone. */
export interface KvmBackend {
  build(guest: Construct, spec: KvmGuestSpec): {
    domain?: KvmDomain; proxmoxVm?: VmQemu; reportedAddresses?: { ipv4: string; ipv6: string };
  };
}

/**
 * Checks a KvmGuest's shared props into its spec. Every refusal is kept and the
 * next prop checked (a prop that needs an earlier one, as the NICs need the name,
 * waits for it), then all are thrown together to the construct's door, each with
 * the construct path, to be reported at synth with the app's other refusals.
 */
export function parseKvmGuest(guest: IConstruct, props: KvmGuestProps): KvmGuestSpec {
  // Everything else depends on the host: a bad one is refused alone.
  const host = guestHostValue(guest, "host", props.host);
  const refusals = new Refusals();
  const check = refusals.check.bind(refusals);
  const name = check(() => host.kvmGuestName(guest, "name", props.name));
  const nicProps = check(() => nicList<KvmNicProps>(guest, props.nics, 16));
  const nicModels = nicProps?.map((nic, i) => check(() => oneOf<"virtio" | "e1000">(guest, `nics[${i}].model`, nic.model ?? "virtio", ["virtio", "e1000"]))!);
  // NIC addresses and DHCP reservations are named after the guest.
  const nics = name === undefined || nicProps === undefined ? undefined
    : check(() => resolveNics({ scope: guest, host, hostname: name, offSubnetGateway: host instanceof ProxmoxNode ? OFF_SUBNET_PROXMOX_VM : OFF_SUBNET_SEED }, nicProps));
  // The seed carries the hostname and the NICs' addresses.
  const cloudInit = name === undefined || nics === undefined ? undefined : check(() => parseCloudInit(guest, props, name, nics));
  const cpus = check(() => integerIn(guest, "cpus", props.cpus ?? 1, 1, 256, "", "plan"));
  const memoryMiB = check(() => integerIn(guest, "memoryMiB", props.memoryMiB ?? 512, 32, 4194304, "MiB", "plan"));
  const agent = check(() => booleanValue(guest, "agent", props.agent, false, "plan"));
  const startOnCreate = check(() => booleanValue(guest, "startOnCreate", props.startOnCreate, true, "plan"));
  const startOnBoot = check(() => booleanValue(guest, "startOnBoot", props.startOnBoot, true, "plan"));
  const accelerator = check(() => props.accelerator === undefined ? undefined : oneOf<"kvm" | "tcg">(guest, "accelerator", props.accelerator, ["kvm", "tcg"]));
  const machine = check(() => props.machine === undefined ? undefined : oneOf<"pc" | "q35">(guest, "machine", props.machine, ["pc", "q35"]));
  const firmware = check(() => props.firmware === undefined ? undefined : oneOf<"bios" | "efi">(guest, "firmware", props.firmware, ["bios", "efi"]));
  const graphics = check(() => props.graphics === undefined ? undefined : oneOf<"none" | "vnc">(guest, "graphics", props.graphics, ["none", "vnc"]));
  const description = check(() => props.description === undefined ? undefined
    : terraformLiteral(freeText(guest, "description", props.description, DESCRIPTION_MAX, "plan")));
  const title = check(() => props.title === undefined ? undefined : terraformLiteral(oneLineText(guest, "title", props.title, TITLE_MAX, "plan")));
  refusals.throwIfAny();
  return {
    host, name: name!, nicProps: nicProps!, nicModels: nicModels!, nics: nics!, cloudInit,
    cpus: cpus!, memoryMiB: memoryMiB!, agent: agent!, startOnCreate: startOnCreate!, startOnBoot: startOnBoot!,
    accelerator, machine, firmware, graphics, description, title, props,
  };
}

/** The cloud-init seed's content: the generated part, then the user's cloud-config merged into it. */
function parseCloudInit(guest: IConstruct, props: KvmGuestProps, hostname: string, nics: readonly ResolvedNic[]): CloudInitSpec | undefined {
  const ci = objectValue<KvmCloudInitProps>(guest, "cloudInit", props.cloudInit);
  if (ci === undefined) return undefined;
  const generated: CloudInitSpec = {
    hostname,
    user: ci.user === undefined ? undefined : posixUser(guest, "cloudInit.user", ci.user),
    sshKeys: sshPublicKeys(guest, "cloudInit.sshKeys", ci.sshKeys),
    nameservers: listValue(guest, "cloudInit.nameservers", ci.nameservers, 3).map((n, i) => nameserverAddress(guest, `cloudInit.nameservers[${i}]`, n)),
    searchDomains: listValue(guest, "cloudInit.searchDomains", ci.searchDomains, 6).map((d, i) => dnsName(guest, `cloudInit.searchDomains[${i}]`, d)),
    nics,
  };
  const merged = cloudConfig(guest, ci, generatedCloudConfig(generated));
  return { ...generated, cloudConfig: merged, vendorConfig: vendorCloudConfig(guest, ci, merged ?? generatedCloudConfig(generated)) };
}
