import { createHash } from "node:crypto";
import { dependable } from "cdktf";
import { Construct } from "constructs";
import { HostFile, proxmoxL1, VmQemu, VmQemuConfig, VmQemuDisk } from "../../l1";
import { ConfigurationError, describeValue, ValidationError } from "../core/errors";
import { booleanValue, listValue, objectValue, stringValue } from "../core/input";
import { proxmoxVmSshKeys } from "../core/keys";
import { terraformLiteral } from "../core/literal";
import { dnsName } from "../core/names";
import { integerIn, oneOf } from "../core/numbers";
import { claimUnique } from "../core/registry";
import { ownerIdentity } from "../core/identity";
import { ProxmoxNode, ProxmoxSnippetStorage, proxmoxStorage } from "../hosts/proxmox-node";
import type { KvmBackend, KvmCloudInitProps, KvmGuestSpec, KvmProxmoxProps } from "./kvm-spec";
import { proxmoxNic, proxmoxPool, proxmoxStartup, proxmoxTags, sensitiveVariable } from "./proxmox-settings";
import { refuseOnProxmox } from "./refusals";
import { CLOUD_CONFIG_PROPS } from "./cloud-config";
import { userData, vendorData } from "./cloud-init";

const OS_TYPES = ["other", "wxp", "w2k", "w2k3", "w2k8", "wvista", "win7", "win8", "win10", "win11", "l24", "l26", "solaris"];

const CPU_TYPE = /^[A-Za-z0-9][A-Za-z0-9_.+-]{0,63}$/;

// The slots telmate rc07 takes (schema.go SchemaDisk): ide0-3, sata0-5, scsi0-30, virtio0-15.
const SLOT = /^(ide[0-3]|sata[0-5]|scsi([0-9]|[12][0-9]|30)|virtio([0-9]|1[0-5]))$/;
const BUS_SIZE: Record<string, number> = { ide: 4, sata: 6, scsi: 31, virtio: 16 };

function diskSlot(guest: Construct, prop: string, value: unknown, notVirtio = false): string {
  const expected = `a disk slot: ide0-3, sata0-5, scsi0-30${notVirtio ? "" : " or virtio0-15"}`;
  const slot = stringValue(guest, prop, value, expected, "it is checked at synth");
  if (!SLOT.test(slot) || (notVirtio && slot.startsWith("virtio"))) throw new ValidationError(guest, prop, slot, expected);
  return slot;
}

/** A KvmGuest on a ProxmoxNode: proxmox_vm_qemu. */
export const proxmoxBackend: KvmBackend = {
  build(guest, spec) {
    const node = spec.host as ProxmoxNode;
    const props = spec.props;
    claimUnique(guest, `KVM guest name on ${node.namespaceKey}`, spec.name, "name");
    refuseOnProxmox(guest, props, ["bootImage", "cloneMode", "kernelBoot", "title"]);
    // packageUpgrade alone is Proxmox's own ciupgrade; every other cloud-config prop
    // reaches the VM in a snippet (cicustom), which then carries packageUpgrade too.
    const snippetProp = [...CLOUD_CONFIG_PROPS, "vendorData"].filter((name) => name !== "packageUpgrade")
      .find((name) => (props.cloudInit as Record<string, unknown> | undefined)?.[name] !== undefined);
    if (snippetProp !== undefined && node.snippetStorage === undefined) {
      throw new ConfigurationError(guest, `cloudInit.${snippetProp} on a Proxmox node needs the node's ssh settings: it reaches the VM ` +
        "as a cloud-init snippet file on the node's snippet storage (cicustom), which Proxmox's API cannot upload, so the hyperlab " +
        `provider writes it over SSH. Give the ProxmoxNode ${node.node.path} ssh (and snippets, when the storage is not "local" ` +
        "at /var/lib/vz)");
    }
    spec.nicProps.forEach((nic, i) => {
      if (nic.tap !== undefined) throw new ConfigurationError(guest, `nics[${i}].tap: a Proxmox node makes its VMs' TAP devices itself`);
    });
    const vm = proxmoxVm(guest, node, spec);
    if (snippetProp !== undefined) snippets(guest, spec, node.snippetStorage!, vm);
    // telmate fills the addresses in only with its connection info (waitFor).
    const reportedAddresses = props.waitFor === undefined ? undefined : { ipv4: vm.defaultIpv4Address, ipv6: vm.defaultIpv6Address };
    return { proxmoxVm: vm, reportedAddresses };
  },
};

/**
 * The guest's cloud-config as snippet files on the node (hyperlab_host_file, written
 * through the node's SSH agent) and the VM's `cicustom` naming them.
 *
 * The user snippet is the whole user-data the libvirt seed would carry (hostname,
 * user, keys, the typed props and userData): with `cicustom user=`, Proxmox uses
 * it instead of the user-data it writes from ciuser/sshkeys. The network config
 * stays Proxmox's (ipconfigN). Each file is named after a digest of its content,
 * so an edit is a new file: the VM's cicustom changes (an in-place update of
 * proxmox_vm_qemu), the new file is made before (create_before_destroy) and the
 * old one removed after. Proxmox's instance-id digests the user-data, not the
 * vendor-data, so the user snippet carries the vendor snippet's digest in a
 * comment: an edit of either gives a new instance-id and cloud-init runs again.
 */
function snippets(guest: Construct, spec: KvmGuestSpec, store: ProxmoxSnippetStorage, vm: VmQemu): void {
  const ci = spec.cloudInit!;
  const vendor = vendorData(ci);
  const digest = (text: string) => createHash("sha256").update(text).digest("hex").slice(0, 16);
  const user = vendor === undefined ? userData(ci) : `${userData(ci)}# vendor-data sha256 ${digest(vendor)}\n`;
  const files: HostFile[] = [];
  const parts: string[] = [];
  for (const [kind, content] of [["user", user], ["vendor", vendor]] as const) {
    if (content === undefined) continue;
    const name = `hyperlab-${spec.name}-${kind}-${digest(content)}.yaml`;
    const file = new HostFile(guest, `snippet-${kind}`, {
      provider: store.provider,
      path: terraformLiteral(`${store.directory}/${name}`),
      content: terraformLiteral(content),
      // The user-data may hold secrets (passwords, keys): readable by root alone.
      mode: "0600",
      owner: ownerIdentity(guest, `snippet-${kind}`),
      lifecycle: { createBeforeDestroy: true },
    });
    files.push(file);
    parts.push(`${kind}=${store.storage}:snippets/${name}`);
  }
  vm.cicustom = parts.join(",");
  vm.dependsOn = [...(vm.dependsOn ?? []), ...files.map((f) => dependable(f))];
}

// Proxmox's ISO storage content takes .iso and .img files.
const ISO = /^[A-Za-z][A-Za-z0-9._-]{0,63}:iso\/[A-Za-z0-9][A-Za-z0-9._+-]{0,200}\.(iso|img)$/;

/**
 * A KvmGuest on a Proxmox node: proxmox_vm_qemu, cloned from a template or booted
 * from an ISO, with its disks on one storage, virtio NICs on the node's bridges,
 * and cloud-init (ipconfigN, ciuser, sshkeys, nameserver) from the shared props.
 */
export function proxmoxVm(guest: Construct, node: ProxmoxNode, spec: KvmGuestSpec): VmQemu {
  // The shared props come checked in the spec; `props` holds what only a Proxmox VM has.
  const { props, nics, nicModels: models } = spec;
  const px = objectValue<KvmProxmoxProps>(guest, "proxmox", props.proxmox) ?? {};
  const clone = objectValue<{ template?: unknown; templateId?: unknown; full?: unknown }>(guest, "proxmox.clone", px.clone);
  if (clone !== undefined && (clone.template === undefined) === (clone.templateId === undefined)) {
    throw new ConfigurationError(guest, `proxmox.clone has template ${describeValue(clone.template)} and templateId ${describeValue(clone.templateId)}: ` +
      "it names its template by name (template) or by VM id (templateId), give exactly one");
  }
  if ((clone === undefined) === (px.iso === undefined)) {
    throw new ConfigurationError(guest, "on a Proxmox node give exactly one of proxmox.clone (a template) or proxmox.iso: the VM has nothing to boot");
  }
  const storage = proxmoxStorage(guest, "proxmox.storage", px.storage ?? "local-lvm");
  // telmate #1164: Read always fills in a disk's format, so one left out diffs
  // forever; and it rebuilds the disk list in slot order (ide, sata, scsi,
  // virtio), so the list is written in that order too (see the sort below).
  const format = oneOf(guest, "proxmox.diskFormat", px.diskFormat ?? "raw", ["raw", "qcow2"]);
  const disks: VmQemuDisk[] = [];
  const taken = new Map<string, string>();
  const place = (slot: string, prop: string, disk: Omit<VmQemuDisk, "slot">) => {
    if (taken.has(slot)) throw new ConfigurationError(guest, `${prop} ${slot} is also ${taken.get(slot)}: one disk per slot`);
    taken.set(slot, prop);
    disks.push({ slot, ...disk });
  };
  const bootSlot = diskSlot(guest, "proxmox.bootDisk", px.bootDisk ?? "scsi0");
  // telmate rc07 reads cache, discard and iothread back as written; unset stays unset.
  const ssd = px.diskEmulateSsd === undefined ? undefined : booleanValue(guest, "proxmox.diskEmulateSsd", px.diskEmulateSsd, false, "it is checked at synth");
  const diskOptions = {
    emulatessd: ssd,
    cache: px.diskCache === undefined ? undefined : oneOf(guest, "proxmox.diskCache", px.diskCache, ["none", "writethrough", "writeback", "directsync", "unsafe"]),
    discard: px.diskDiscard === undefined ? undefined : booleanValue(guest, "proxmox.diskDiscard", px.diskDiscard, false, "it is checked at synth"),
    iothread: px.diskIothread === undefined ? undefined : booleanValue(guest, "proxmox.diskIothread", px.diskIothread, false, "it is checked at synth"),
  };
  if (clone === undefined) {
    const iso = stringValue(guest, "proxmox.iso", px.iso, "an ISO volume 'STORAGE:iso/FILE.iso' (or .img)", "it is checked at synth");
    if (!ISO.test(iso)) throw new ValidationError(guest, "proxmox.iso", iso, "an ISO volume 'STORAGE:iso/FILE.iso' (or .img)");
    place("ide2", "the installer ISO's drive", { type: "cdrom", iso });
  }
  const bootSize = props.bootDiskSizeGiB === undefined ? undefined
    : integerIn(guest, "bootDiskSizeGiB", props.bootDiskSizeGiB, 1, 65536, "GiB", "it is checked at synth");
  if (clone !== undefined && bootSize === undefined) {
    // telmate rc07 (terraform_disk.go): a slot of type "ignore" is neither changed
    // nor deleted, and Read gives it back as written: the template's disk as it is.
    place(bootSlot, "proxmox.bootDisk", { type: "ignore" });
  } else {
    // The provider reads sizes back in its own form: whole GiB written as "NG" stay equal.
    const bootStorage = px.bootDiskStorage === undefined ? storage : proxmoxStorage(guest, "proxmox.bootDiskStorage", px.bootDiskStorage);
    place(bootSlot, "proxmox.bootDisk", { type: "disk", storage: bootStorage, size: `${bootSize ?? 10}G`, format, ...diskOptions });
  }
  const kept = listValue(guest, "proxmox.keepTemplateDisks", px.keepTemplateDisks, 30);
  if (kept.length && clone === undefined) throw new ConfigurationError(guest, "proxmox.keepTemplateDisks applies to a clone: an ISO install has no template disks");
  kept.forEach((value, i) => place(diskSlot(guest, `proxmox.keepTemplateDisks[${i}]`, value), `proxmox.keepTemplateDisks[${i}]`, { type: "ignore" }));
  const cloudInit = spec.cloudInit;
  // What Proxmox takes from cloudInit beyond the seed's spec: its own key rule, the password, ciupgrade.
  const ciProps = cloudInit && objectValue<KvmCloudInitProps>(guest, "cloudInit", props.cloudInit);
  if (cloudInit) {
    const ciStorage = px.cloudInitStorage === undefined ? storage : proxmoxStorage(guest, "proxmox.cloudInitStorage", px.cloudInitStorage);
    place(diskSlot(guest, "proxmox.cloudInitSlot", px.cloudInitSlot ?? "ide0", true), "proxmox.cloudInitSlot", { type: "cloudinit", storage: ciStorage });
  } else if (px.cloudInitSlot !== undefined || px.cloudInitStorage !== undefined) {
    throw new ConfigurationError(guest, `proxmox.${px.cloudInitSlot !== undefined ? "cloudInitSlot" : "cloudInitStorage"} is set but the guest has no cloudInit`);
  }
  // Extra disks follow the boot disk on its bus, in the free slots after it.
  const bus = /^[a-z]+/.exec(bootSlot)![0];
  let next = Number(bootSlot.slice(bus.length)) + 1;
  listValue(guest, "disks", props.disks, 16).forEach((value, i) => {
    const disk = objectValue<{ sizeGiB: unknown; format?: unknown; storage?: unknown }>(guest, `disks[${i}]`, value) ?? { sizeGiB: undefined };
    if (disk.format !== undefined) {
      throw new ConfigurationError(guest, `disks[${i}].format: on a Proxmox node the storage decides a disk's format`);
    }
    const size = integerIn(guest, `disks[${i}].sizeGiB`, disk.sizeGiB, 1, 65536, "GiB", "it is checked at synth");
    while (taken.has(`${bus}${next}`)) next++;
    if (next >= BUS_SIZE[bus]) {
      throw new ConfigurationError(guest, `disks[${i}] has no free ${bus} slot after the boot disk ${bootSlot} (${bus} has ${BUS_SIZE[bus]}); put the boot disk on another bus`);
    }
    const diskStorage = disk.storage === undefined ? storage : proxmoxStorage(guest, `disks[${i}].storage`, disk.storage);
    place(`${bus}${next}`, `disks[${i}]`, { type: "disk", storage: diskStorage, size: `${size}G`, format, ...diskOptions });
  });
  if (ssd && bus === "virtio") {
    throw new ConfigurationError(guest, `proxmox.diskEmulateSsd is set but the disks are on ${bootSlot}'s virtio bus, which Proxmox ` +
      "gives no ssd flag (ide, sata and scsi have one): put the boot disk on scsi (proxmox.bootDisk) or leave it out");
  }
  const nicSettings = nics.map((nic, i) => proxmoxNic(guest, i, nic, "VM"));
  nics.forEach((nic, i) => {
    // telmate qemu/network/sdk.go: an MTU on another model is dropped with a warning, a diff in every plan.
    if (nicSettings[i].mtu !== undefined && models[i] !== "virtio") {
      throw new ConfigurationError(guest, `nics[${i}].proxmox.mtu ${nicSettings[i].mtu} needs model "virtio" (Proxmox sets an MTU on virtio NICs only); nics[${i}].model is "${models[i]}"`);
    }
    if (nicSettings[i].ip6 && !cloudInit) {
      throw new ConfigurationError(guest, `nics[${i}].proxmox.ipv6 "${nicSettings[i].ip6}" reaches a Proxmox VM only through cloud-init (ipconfig${i}); add cloudInit`);
    }
    if (nic.address && !nic.dhcp && !cloudInit) {
      throw new ConfigurationError(guest, `nics[${i}].address ${nic.address} reaches a Proxmox VM only through cloud-init (ipconfig${i}); add cloudInit`);
    }
    if (nic.address6 && !cloudInit) {
      throw new ConfigurationError(guest, `nics[${i}].address6 ${nic.address6} reaches a Proxmox VM only through cloud-init (ipconfig${i}); add cloudInit`);
    }
  });
  const ipconfig: Record<string, string> = {};
  if (cloudInit) {
    nics.forEach((nic, i) => {
      const ip = nic.address && !nic.dhcp
        ? `ip=${nic.addressWithPrefix}${nic.gateway ? `,gw=${nic.gateway}` : ""}`
        : "ip=dhcp";
      const ip6 = nicSettings[i].ip6;
      ipconfig[`ipconfig${i}`] = ip + (nic.address6WithPrefix ? `,ip6=${nic.address6WithPrefix}${nic.gateway6 ? `,gw6=${nic.gateway6}` : ""}` : "") +
        (ip6 ? `,ip6=${ip6}` : "");
    });
  }
  const sshKeys = ciProps ? proxmoxVmSshKeys(guest, "cloudInit.sshKeys", ciProps.sshKeys) : [];
  const nameservers = cloudInit?.nameservers ?? [];
  const searchDomains = cloudInit?.searchDomains ?? [];
  const running = spec.startOnCreate;
  const memory = spec.memoryMiB;
  disks.sort((a, b) => slotOrder(a.slot) - slotOrder(b.slot));
  return new (proxmoxL1().VmQemu)(guest, "vm", {
    provider: node.provider,
    name: spec.name,
    targetNode: node.nodeName,
    vmid: node.vmidFor(guest, px.vmid),
    clone: clone?.template === undefined ? undefined : dnsName(guest, "proxmox.clone.template", clone.template),
    cloneId: clone?.templateId === undefined ? undefined
      : integerIn(guest, "proxmox.clone.templateId", clone.templateId, 100, 999999999, "", "it is checked at synth"),
    fullClone: clone === undefined ? undefined : booleanValue(guest, "proxmox.clone.full", clone.full, true, "it is checked at synth"),
    memory,
    balloon: px.balloonMiB === undefined ? undefined
      : integerIn(guest, "proxmox.balloonMiB", px.balloonMiB, 0, typeof memory === "number" ? memory : 4194304, "MiB", "it is checked at synth"),
    cpu: cpuBlock(guest, spec, px),
    kvm: spec.accelerator === undefined ? undefined : spec.accelerator === "kvm",
    protection: px.protection === undefined ? undefined : booleanValue(guest, "proxmox.protection", px.protection, false, "it is checked at synth"),
    qemuOs: px.osType === undefined ? undefined : oneOf(guest, "proxmox.osType", px.osType, OS_TYPES),
    automaticReboot: px.automaticReboot === undefined ? undefined
      : booleanValue(guest, "proxmox.automaticReboot", px.automaticReboot, true, "it is checked at synth"),
    ...machineAndFirmware(guest, spec, px, storage),
    pool: proxmoxPool(guest, "proxmox.pool", px.pool),
    tags: proxmoxTags(guest, "proxmox.tags", px.tags),
    startupShutdown: startupShutdown(guest, spec, px),
    ...readiness(guest, spec),
    // Proxmox's agent is 1 or 0, written at synth: a token (which the spec lets through for libvirt) is refused here.
    agent: booleanValue(guest, "agent", spec.agent, false, "it is checked at synth") ? 1 : 0,
    // telmate rc07 writes and reads `boot` verbatim: the boot disk, then an installer's drive.
    boot: bootOrder(guest, px, bootSlot, clone === undefined, nics.length),
    scsihw: oneOf(guest, "proxmox.scsihw", px.scsihw ?? "virtio-scsi-single", ["virtio-scsi-single", "virtio-scsi-pci", "lsi", "megasas", "pvscsi"]),
    disk: disks,
    // Blocks in ascending id, the order Read gives them back in.
    network: nics.map((nic, i) => ({
      id: i, model: models[i], bridge: nic.network.bridgeName, macaddr: nic.mac.toUpperCase(), tag: nic.vlan,
      mtu: nicSettings[i].mtu, firewall: nicSettings[i].firewall,
    })),
    ...ipconfig,
    ciuser: cloudInit?.user,
    // Proxmox's ciupgrade: an upgrade of every package at the first boot, as cloudInit.packageUpgrade means on a LinuxHost.
    ciupgrade: ciProps?.packageUpgrade === undefined ? undefined
      : booleanValue(guest, "cloudInit.packageUpgrade", ciProps.packageUpgrade, false, "it is checked at synth"),
    cipassword: ciProps?.password === undefined ? undefined : sensitiveVariable(guest, "cloudInit.password", ciProps.password),
    sshkeys: sshKeys.length ? terraformLiteral(sshKeys.join("\n")) : undefined,
    // telmate #1311: Read gives nameservers back separated by single spaces.
    nameserver: nameservers.length ? nameservers.join(" ") : undefined,
    searchdomain: searchDomains.length ? searchDomains.join(" ") : undefined,
    startAtNodeBoot: spec.startOnBoot,
    // telmate #1548: Read reports the live power state, so "running" makes a VM
    // stopped by hand show as drift, which is what this project wants to see.
    vmState: typeof running === "boolean" ? (running ? "running" : "stopped") : undefined,
    // telmate #1030: `desc` is deprecated and Read may not fill it; `description` is read back.
    description: spec.description,
    // telmate #961: qemu_os is written only when proxmox.osType is given: since rc07 an unset value never diffs.
  });
}

/** cpu: cores, sockets, type, numa and the vCPUs online at boot (telmate cpu/schema.go and sdk.go). */
function cpuBlock(guest: Construct, spec: KvmGuestSpec, px: KvmProxmoxProps): VmQemuConfig["cpu"] {
  const cores = spec.cpus;
  const sockets = px.sockets === undefined ? undefined : integerIn(guest, "proxmox.sockets", px.sockets, 1, 4, "", "it is checked at synth");
  const all = typeof cores === "number" ? cores * (sockets ?? 1) : 1024;
  return {
    cores, sockets, type: cpuType(guest, spec, px),
    numa: px.numa === undefined ? undefined : booleanValue(guest, "proxmox.numa", px.numa, false, "it is checked at synth"),
    vcores: px.vcpus === undefined ? undefined : integerIn(guest, "proxmox.vcpus", px.vcpus, 1, all, "", "it is checked at synth"),
  };
}

/**
 * Proxmox's boot order, which telmate rc07 writes and reads verbatim: the boot
 * disk, then an installer's drive; net0 first or last with proxmox.netBoot.
 */
function bootOrder(guest: Construct, px: KvmProxmoxProps, bootSlot: string, installer: boolean, nicCount: number): string {
  const order = [bootSlot, ...(installer ? ["ide2"] : [])];
  if (px.netBoot !== undefined) {
    const where = oneOf(guest, "proxmox.netBoot", px.netBoot, ["first", "last"]);
    if (nicCount === 0) throw new ConfigurationError(guest, `proxmox.netBoot "${where}" boots from net0, and the VM has no NIC: give it nics`);
    if (where === "first") order.unshift("net0");
    else order.push("net0");
  }
  return `order=${order.join(";")}`;
}

/** cpu.type: proxmox.cpuType as written, or the Proxmox type cpuMode means. */
function cpuType(guest: Construct, spec: KvmGuestSpec, px: KvmProxmoxProps): string | undefined {
  if (px.cpuType !== undefined) {
    if (spec.props.cpuMode !== undefined) throw new ConfigurationError(guest, "give cpuMode or proxmox.cpuType, not both");
    const expected = "a Proxmox CPU type as Proxmox names it, e.g. 'host', 'x86-64-v2-AES', 'kvm64'";
    const type = stringValue(guest, "proxmox.cpuType", px.cpuType, expected, "it is checked at synth");
    if (!CPU_TYPE.test(type)) throw new ValidationError(guest, "proxmox.cpuType", type, expected);
    return type;
  }
  if (spec.props.cpuMode === undefined) return undefined;
  // Proxmox has no "host-model": its CPU types are named models, given as proxmox.cpuType.
  const mode = oneOf(guest, "cpuMode", spec.props.cpuMode, ["host-passthrough", "maximum"]);
  return mode === "host-passthrough" ? "host" : "max";
}

/**
 * machine, bios and the display from the shared props. telmate rc07 reads machine
 * and bios back as Proxmox stores them (as written here), and never reads efidisk
 * or vga back: a change of either shows in no plan, so both are written only when
 * asked for.
 */
function machineAndFirmware(guest: Construct, spec: KvmGuestSpec, px: KvmProxmoxProps, storage: string): Partial<VmQemuConfig> {
  const { machine, firmware, graphics } = spec;
  if (px.efiStorage !== undefined && firmware !== "efi") throw new ConfigurationError(guest, 'proxmox.efiStorage needs firmware "efi"');
  return {
    machine,
    bios: firmware === undefined ? undefined : firmware === "efi" ? "ovmf" : "seabios",
    // 4m without Microsoft's keys: an OVMF that boots any signed or unsigned loader.
    efidisk: firmware === "efi"
      ? [{ storage: px.efiStorage === undefined ? storage : proxmoxStorage(guest, "proxmox.efiStorage", px.efiStorage), efitype: "4m", preEnrolledKeys: false }]
      : undefined,
    // No display: the console is the first serial port, as on a LinuxHost (ttyS0).
    serial: graphics === "none" ? [{ id: 0, type: "socket" }] : undefined,
    vga: graphics === undefined ? undefined : [{ type: graphics === "none" ? "serial0" : "std" }],
  };
}

/**
 * waitFor on a Proxmox node: telmate's connection info, which a deploy waits for
 * up to agent_timeout. telmate rc07 (initConnInfo) takes a static ipconfig0's
 * address as it is, and asks the guest agent for DHCP ones; it probes no port.
 */
function readiness(guest: Construct, spec: KvmGuestSpec): Partial<VmQemuConfig> {
  const w = objectValue<{ agent?: unknown; address?: unknown; tcpPort?: unknown; cloudInit?: unknown; timeoutSeconds?: unknown; ipv6?: unknown }>(guest, "waitFor", spec.props.waitFor);
  // telmate rc07 defaults define_connection_info to true, and then every Read of a
  // running VM with agent = 1 and no static ipconfig0 polls its guest agent for up
  // to agent_timeout (90 s): written false, a refresh never waits for an agent.
  if (w === undefined) return { defineConnectionInfo: false };
  if (w.cloudInit !== undefined) {
    throw new ConfigurationError(guest, "waitFor.cloudInit works on a LinuxHost (the provider reads cloud-init's result through libvirt's " +
      "guest agent); on a Proxmox node the deploy waits for the guest agent's report only (waitFor.agent)");
  }
  if (w.address !== undefined || w.tcpPort !== undefined) {
    throw new ConfigurationError(guest, "waitFor.address and waitFor.tcpPort do not apply on a Proxmox node: its deploy waits for the " +
      "guest agent's report (waitFor.agent), and telmate probes no address or port");
  }
  if (booleanValue(guest, "waitFor.agent", w.agent, false, "it is checked at synth") !== true) {
    throw new ConfigurationError(guest, "waitFor on a Proxmox node waits for the guest agent: set waitFor.agent (and agent: true)");
  }
  if (spec.agent !== true) throw new ConfigurationError(guest, "waitFor.agent needs agent: true (the guest agent's channel)");
  return {
    defineConnectionInfo: true,
    agentTimeout: integerIn(guest, "waitFor.timeoutSeconds", w.timeoutSeconds ?? 300, 1, 86400, "s", "it is checked at synth"),
    // Without it telmate also waits for a global IPv6 address, which an IPv4-only guest never reports: the whole agent_timeout.
    skipIpv6: !booleanValue(guest, "waitFor.ipv6", w.ipv6, false, "it is checked at synth"),
  };
}

/** The startup_shutdown block from proxmox.startup and shutdownTimeoutSeconds; -1 is telmate's "not set". */
function startupShutdown(guest: Construct, spec: KvmGuestSpec, px: KvmProxmoxProps): VmQemuConfig["startupShutdown"] {
  const startup = proxmoxStartup(guest, "proxmox.startup", px.startup);
  const timeout = spec.props.shutdownTimeoutSeconds === undefined ? undefined
    : integerIn(guest, "shutdownTimeoutSeconds", spec.props.shutdownTimeoutSeconds, 0, 86400, "s", "it is checked at synth");
  if (!startup && timeout === undefined) return undefined;
  return { order: startup?.order ?? -1, startupDelay: startup?.delay ?? -1, shutdownTimeout: timeout ?? -1 };
}

/** A disk slot's place in the order the provider reads disks back in: ide0-3, sata0-5, scsi0-30, virtio0-15. */
export function slotOrder(slot: string | undefined): number {
  const m = /^(ide|sata|scsi|virtio)(\d+)$/.exec(slot ?? "");
  if (!m) return Number.MAX_SAFE_INTEGER;
  return ["ide", "sata", "scsi", "virtio"].indexOf(m[1]) * 100 + Number(m[2]);
}
