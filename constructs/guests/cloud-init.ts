import { createHash } from "node:crypto";
import { stringify } from "yaml";
import { ResolvedNic } from "./nic";

/** What a guest's cloud-init seed says. */
export interface CloudInitSpec {
  readonly hostname: string;
  readonly user?: string;
  readonly sshKeys: readonly string[];
  readonly nameservers: readonly string[];
  readonly searchDomains: readonly string[];
  readonly nics: readonly ResolvedNic[];
}

const yaml = (doc: unknown) => stringify(doc, { lineWidth: 0 });

/** #cloud-config user data: hostname, and the login user with its SSH keys. */
export function userData(s: CloudInitSpec): string {
  const doc: Record<string, unknown> = { hostname: s.hostname, preserve_hostname: false };
  if (s.user) {
    doc.users = [{ name: s.user, shell: "/bin/bash", sudo: "ALL=(ALL) NOPASSWD:ALL", ssh_authorized_keys: [...s.sshKeys] }];
  } else if (s.sshKeys.length > 0) {
    doc.ssh_authorized_keys = [...s.sshKeys];
  }
  return `#cloud-config\n${yaml(doc)}`;
}

/**
 * Meta data. cloud-init applies a seed once per instance id: the id is the
 * hostname and a digest of the user data and network config, so it stays the same
 * across boots (cloud-init does not run again) and changes with any edit of the
 * seed (a new SSH key or address is applied at the next boot).
 */
export function metaData(s: CloudInitSpec): string {
  const digest = createHash("sha256").update(userData(s)).update("\0").update(networkConfig(s)).digest("hex").slice(0, 16);
  return yaml({ "instance-id": `${s.hostname}-${digest}`, "local-hostname": s.hostname });
}

/**
 * Network config v2: each NIC matched by MAC, static where it has an address, DHCP
 * otherwise, with its static IPv6 address beside either. Only the default-route
 * NIC has a default route (IPv4 "default" and IPv6 "::/0"); the nameservers and
 * search domains go on every NIC, DHCP ones too.
 */
export function networkConfig(s: CloudInitSpec): string {
  const ethernets: Record<string, unknown> = {};
  s.nics.forEach((nic, i) => {
    const eth: Record<string, unknown> = { match: { macaddress: nic.mac }, "set-name": `eth${i}` };
    const static4 = nic.addressWithPrefix && !nic.dhcp ? nic.addressWithPrefix : undefined;
    const addresses = [static4, nic.address6WithPrefix].filter((a): a is string => a !== undefined);
    if (addresses.length) eth.addresses = addresses;
    const routes = [
      ...(static4 && nic.gateway ? [{ to: "default", via: nic.gateway }] : []),
      ...(nic.gateway6 ? [{ to: "::/0", via: nic.gateway6 }] : []),
    ];
    if (routes.length) eth.routes = routes;
    if (!static4) eth.dhcp4 = true;
    if (s.nameservers.length || s.searchDomains.length) {
      eth.nameservers = { addresses: [...s.nameservers], search: [...s.searchDomains] };
    }
    ethernets[`eth${i}`] = eth;
  });
  return yaml({ version: 2, ethernets });
}
