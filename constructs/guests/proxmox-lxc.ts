import { TerraformVariable } from "cdktf";
import { Construct } from "constructs";
import { proxmoxL1, ProxmoxLxc } from "../../l1";
import { ConfigurationError, describeValue, ValidationError } from "../core/errors";
import { booleanValue, instanceValue, listValue, objectValue, stringValue } from "../core/input";
import { sshPublicKeys } from "../core/keys";
import { terraformLiteral } from "../core/literal";
import { ipv6NameserverAddress, nameserverAddress } from "../core/addresses";
import { dnsName, hostPath, HostPathRule } from "../core/names";
import { integerIn } from "../core/numbers";
import { claimUnique } from "../core/registry";
import { ProxmoxNode, proxmoxStorage } from "../hosts/proxmox-node";
import type { LxcBackend, LxcContainerSpec, LxcProxmoxProps, ProxmoxMountPointProps } from "./lxc-spec";
import { proxmoxNic, proxmoxPool, proxmoxStartup, proxmoxTags } from "./proxmox-settings";
import { refuseOnProxmox } from "./refusals";


/** Why a container can have no bind mount or mount feature through hyperlab (see docs/proxmox-settings.md). */
const ROOT_PAM_ONLY = "Proxmox lets only root@pam's own login (a password ticket) set them, and a ProxmoxNode signs in with an API token, " +
  "which Proxmox never counts as root@pam, even root@pam's own token";


// A mount path is a value of Proxmox's "mp0: VOLUME,mp=PATH,size=8G" line: no ',' or '='.
const MOUNT_PATH: HostPathRule = { refuse: /[,= ]/, because: "',', '=' or spaces (Proxmox's mount point line cannot hold them)" };

/** An LxcContainer on a ProxmoxNode: proxmox_lxc. */
export const proxmoxLxcBackend: LxcBackend = {
  build(ct, spec) {
    const node = spec.host as ProxmoxNode;
    claimUnique(ct, `container name on ${node.namespaceKey}`, spec.name, "name");
    refuseOnProxmox(ct, spec.props, ["template", "templateArgs", "waitFor", "files", "commands"]);
    return proxmoxLxc(ct, node, spec);
  },
};

const OSTEMPLATE = /^[A-Za-z][A-Za-z0-9._-]{0,63}:vztmpl\/[A-Za-z0-9][A-Za-z0-9._+-]{0,200}$/;

/**
 * An LxcContainer on a Proxmox node: proxmox_lxc from an OS template volume, with
 * its root filesystem, veth NICs on the node's bridges (static or DHCP, VLAN tag),
 * memory, swap, cores, start and onboot. Unprivileged unless said otherwise.
 */
export function proxmoxLxc(ct: Construct, node: ProxmoxNode, spec: LxcContainerSpec): ProxmoxLxc {
  // The shared props come checked in the spec; only the proxmox block is this backend's to check.
  const nics = spec.nics;
  const px = objectValue<LxcProxmoxProps>(ct, "proxmox", spec.props.proxmox);
  if (!px) throw new ConfigurationError(ct, "on a Proxmox node give proxmox.ostemplate, the OS template volume the container is made from");
  const templateExpected = "an OS template volume 'STORAGE:vztmpl/FILE', e.g. 'local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst'";
  const ostemplate = stringValue(ct, "proxmox.ostemplate", px.ostemplate, templateExpected, "it is checked at synth");
  if (!OSTEMPLATE.test(ostemplate)) throw new ValidationError(ct, "proxmox.ostemplate", ostemplate, templateExpected);
  const rootfs = objectValue<{ storage?: unknown; sizeGiB?: unknown }>(ct, "proxmox.rootfs", px.rootfs) ?? {};
  const storage = proxmoxStorage(ct, "proxmox.rootfs.storage", rootfs.storage ?? "local-lvm");
  const features = objectValue<{ nesting?: unknown; keyctl?: unknown; fuse?: unknown; mount?: unknown }>(ct, "proxmox.features", px.features);
  if (features?.mount !== undefined) {
    throw new ConfigurationError(ct, `proxmox.features.mount ${shownList(features.mount)} is refused: ${ROOT_PAM_ONLY}; ` +
      "mount the NFS or CIFS share on the node and give the container a volume");
  }
  const password = px.password === undefined ? undefined
    : instanceValue(ct, "proxmox.password", px.password, TerraformVariable, "a sensitive TerraformVariable (a string would be written into cdk.tf.json)");
  if (password && password.sensitive !== true) {
    throw new ConfigurationError(ct, `proxmox.password ${password.node.path} must be declared with sensitive: true`);
  }
  const sshKeys = sshPublicKeys(ct, "proxmox.sshKeys", px.sshKeys);
  const flag = (name: "nesting" | "keyctl" | "fuse") => booleanValue(ct, `proxmox.features.${name}`, features?.[name], false, "it is checked at synth");
  return new (proxmoxL1().ProxmoxLxc)(ct, "container", {
    provider: node.provider,
    hostname: spec.name,
    targetNode: node.nodeName,
    vmid: node.vmidFor(ct, px.vmid),
    ostemplate,
    unprivileged: !spec.privileged,
    rootfs: { storage, size: `${integerIn(ct, "proxmox.rootfs.sizeGiB", rootfs.sizeGiB ?? 8, 1, 65536, "GiB", "it is checked at synth")}G` },
    memory: spec.memoryMiB,
    swap: integerIn(ct, "proxmox.swapMiB", px.swapMiB ?? 512, 0, 1048576, "MiB", "it is checked at synth"),
    cores: spec.cpus,
    features: features ? { nesting: flag("nesting"), keyctl: flag("keyctl"), fuse: flag("fuse") } : undefined,
    sshPublicKeys: sshKeys.length ? terraformLiteral(sshKeys.join("\n")) : undefined,
    password: password?.stringValue,
    start: spec.startOnCreate,
    onboot: spec.startOnBoot,
    mountpoint: listValue(ct, "proxmox.mountPoints", px.mountPoints, 64).map((value, i) => {
      const prop = `proxmox.mountPoints[${i}]`;
      const mp = objectValue<ProxmoxMountPointProps>(ct, prop, value) ?? ({} as ProxmoxMountPointProps);
      if (mp.hostPath !== undefined) {
        throw new ConfigurationError(ct, `${prop}.hostPath ${describeValue(mp.hostPath)} is a bind mount, refused: ${ROOT_PAM_ONLY}. ` +
          "In an unprivileged container the node's files would also show as nobody unless owned by the mapped ids (100000+). " +
          `Bind it on the node (pct set VMID -mp${i} ${typeof mp.hostPath === "string" ? mp.hostPath : "/PATH"},mp=...) or give sizeGiB for a volume`);
      }
      return {
        key: String(i), slot: i,
        mp: terraformLiteral(hostPath(ct, `${prop}.path`, mp.path, "it is checked at synth", MOUNT_PATH)),
        storage: mp.storage === undefined ? storage : proxmoxStorage(ct, `${prop}.storage`, mp.storage),
        size: `${integerIn(ct, `${prop}.sizeGiB`, mp.sizeGiB, 1, 65536, "GiB", "it is checked at synth")}G`,
        backup: mp.backup === undefined ? undefined : booleanValue(ct, `${prop}.backup`, mp.backup, false, "it is checked at synth"),
      };
    }),
    pool: proxmoxPool(ct, "proxmox.pool", px.pool),
    protection: px.protection === undefined ? undefined : booleanValue(ct, "proxmox.protection", px.protection, false, "it is checked at synth"),
    // Proxmox's nameserver and searchdomain are space-separated lists, read back as written.
    nameserver: joined(listValue(ct, "proxmox.nameservers", px.nameservers, 3).map((n, i) => dnsServer(ct, `proxmox.nameservers[${i}]`, n))),
    searchdomain: joined(listValue(ct, "proxmox.searchDomains", px.searchDomains, 6).map((d, i) => dnsName(ct, `proxmox.searchDomains[${i}]`, d))),
    tags: proxmoxTags(ct, "proxmox.tags", px.tags),
    // telmate rc07 writes and reads a container's startup string as it is.
    startup: startupLine(proxmoxStartup(ct, "proxmox.startup", px.startup)),
    network: nics.map((nic, i) => {
      const settings = proxmoxNic(ct, i, nic, "container");
      return {
        name: `eth${i}`, bridge: nic.network.bridgeName, hwaddr: nic.mac.toUpperCase(),
        ip: nic.address && !nic.dhcp ? nic.addressWithPrefix : "dhcp", gw: nic.dhcp ? undefined : nic.gateway, tag: nic.vlan,
        ip6: settings.ip6 ?? nic.address6WithPrefix, gw6: nic.gateway6, mtu: settings.mtu, firewall: settings.firewall,
      };
    }),
  });
}

/** A list of strings as written (e.g. ["nfs","cifs"]); anything else as describeValue shows it. */
function shownList(value: unknown): string {
  try {
    if (Array.isArray(value) && value.length <= 8 && value.every((v) => typeof v === "string" && v.length <= 64)) return JSON.stringify(value);
  } catch {
    // a hostile object: described below
  }
  return describeValue(value);
}

function joined(list: string[]): string | undefined {
  return list.length ? list.join(" ") : undefined;
}

/** A container's DNS server: IPv4 or IPv6 unicast. */
function dnsServer(ct: Construct, prop: string, value: unknown): string {
  return typeof value === "string" && value.includes(":") ? ipv6NameserverAddress(ct, prop, value) : nameserverAddress(ct, prop, value);
}

/** Proxmox's startup property: "order=N,up=N", only the parts given. */
function startupLine(startup: { order?: number; delay?: number } | undefined): string | undefined {
  const parts = [startup?.order === undefined ? "" : `order=${startup.order}`, startup?.delay === undefined ? "" : `up=${startup.delay}`].filter(Boolean);
  return parts.length ? parts.join(",") : undefined;
}
