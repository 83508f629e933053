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

/** Meta data: a stable instance id, so cloud-init runs once per guest, not per boot. */
export function metaData(s: CloudInitSpec, instanceId: string): string {
  return yaml({ "instance-id": instanceId, "local-hostname": s.hostname });
}

/** Network config v2: each NIC matched by MAC, static where it has an address, DHCP otherwise. */
export function networkConfig(s: CloudInitSpec): string {
  const ethernets: Record<string, unknown> = {};
  s.nics.forEach((nic, i) => {
    const eth: Record<string, unknown> = { match: { macaddress: nic.mac }, "set-name": `eth${i}` };
    if (nic.addressWithPrefix && !nic.dhcp) {
      eth.addresses = [nic.addressWithPrefix];
      if (nic.gateway) eth.routes = [{ to: "default", via: nic.gateway }];
      if (s.nameservers.length || s.searchDomains.length) {
        eth.nameservers = { addresses: [...s.nameservers], search: [...s.searchDomains] };
      }
    } else {
      eth.dhcp4 = true;
    }
    ethernets[`eth${i}`] = eth;
  });
  return yaml({ version: 2, ethernets });
}
