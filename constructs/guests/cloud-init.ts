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

/**
 * cloud-init reads its documents with PyYAML, a YAML 1.1 reader, where a plain
 * `no`, `on`, `0b101`, `2001-01-01` or a MAC such as `52:54:00:12:34:56` (a base-60
 * integer) is not the string written. Written for YAML 1.1 with every string
 * double-quoted, each value reads back as exactly the string given, by 1.1 and 1.2
 * readers alike.
 */
const yaml = (doc: unknown) => stringify(doc, { lineWidth: 0, version: "1.1", defaultStringType: "QUOTE_DOUBLE", defaultKeyType: "PLAIN" });

/**
 * Each document of a seed, rendered once per spec: a guest's seed, its meta data
 * and its domain's seed instance id all read them, and a spec is not changed
 * after it is made (its fields are readonly).
 */
const rendered = new WeakMap<CloudInitSpec, { userData?: string; networkConfig?: string; instanceId?: string; metaData?: string }>();
function once<K extends "userData" | "networkConfig" | "instanceId" | "metaData">(s: CloudInitSpec, key: K, render: () => string): string {
  let docs = rendered.get(s);
  if (!docs) rendered.set(s, (docs = {}));
  return (docs[key] ??= render());
}

/**
 * #cloud-config user data: hostname, and the login user with its SSH keys.
 *
 * The user's authorized_keys is also written whole, with exactly these keys, late in
 * the boot (a deferred write_files entry, in cloud-init's final stage): cloud-init's
 * users-groups module only adds keys to the file (ssh_util.update_authorized_keys keeps
 * every key already there), so without it a key taken out of `sshKeys` would still log
 * in after the seed changed. Until the final stage of that boot the old keys still work.
 * The home is cloud-init's default for a user it makes, /home/NAME.
 */
export function userData(s: CloudInitSpec): string {
  return once(s, "userData", () => renderUserData(s));
}

function renderUserData(s: CloudInitSpec): string {
  const doc: Record<string, unknown> = { hostname: s.hostname, preserve_hostname: false };
  if (s.user) {
    doc.users = [{ name: s.user, shell: "/bin/bash", sudo: "ALL=(ALL) NOPASSWD:ALL", ssh_authorized_keys: [...s.sshKeys] }];
    doc.write_files = [{
      path: `/home/${s.user}/.ssh/authorized_keys`, owner: `${s.user}:${s.user}`, permissions: "0600", defer: true,
      content: s.sshKeys.map((k) => `${k}\n`).join(""),
    }];
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
  return once(s, "metaData", () => yaml({ "instance-id": instanceId(s), "local-hostname": s.hostname }));
}

/** The seed's instance-id: the hostname and a digest of the user data and network config. */
export function instanceId(s: CloudInitSpec): string {
  return once(s, "instanceId", () => renderInstanceId(s));
}

function renderInstanceId(s: CloudInitSpec): string {
  const digest = createHash("sha256").update(userData(s)).update("\0").update(networkConfig(s)).digest("hex").slice(0, 16);
  return `${s.hostname}-${digest}`;
}

/**
 * Network config v2: each NIC matched by MAC, static where it has an address, DHCP
 * otherwise, with its static IPv6 address beside either. Only the default-route
 * NIC has a default route (gateway4, gateway6); the nameservers and search domains
 * go on every NIC, DHCP ones too.
 */
export function networkConfig(s: CloudInitSpec): string {
  return once(s, "networkConfig", () => renderNetworkConfig(s));
}

function renderNetworkConfig(s: CloudInitSpec): string {
  const ethernets: Record<string, unknown> = {};
  s.nics.forEach((nic, i) => {
    const eth: Record<string, unknown> = { match: { macaddress: nic.mac }, "set-name": `eth${i}` };
    const static4 = nic.addressWithPrefix && !nic.dhcp ? nic.addressWithPrefix : undefined;
    const addresses = [static4, nic.address6WithPrefix].filter((a): a is string => a !== undefined);
    if (addresses.length) eth.addresses = addresses;
    // gateway4/gateway6, not `routes: [{ to: default }]` entries: cloud-init 22.4.2
    // (Debian 12's) rejects `to: default` ("Address default is not a valid ip
    // address") and then applies no network config at all; and its ifupdown renderer
    // writes any route as `post-up route add`, which needs net-tools and fails quietly
    // without it. gateway4/6 become ifupdown's own `gateway` lines, and a default
    // route in the other renderers (networkd, sysconfig, netplan).
    if (static4 && nic.gateway) eth.gateway4 = nic.gateway;
    if (nic.gateway6) eth.gateway6 = nic.gateway6;
    if (!static4) eth.dhcp4 = true;
    if (s.nameservers.length || s.searchDomains.length) {
      eth.nameservers = { addresses: [...s.nameservers], search: [...s.searchDomains] };
    }
    ethernets[`eth${i}`] = eth;
  });
  return yaml({ version: 2, ethernets });
}
