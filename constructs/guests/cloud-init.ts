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
  /**
   * The whole cloud-config when the guest's props add to what the construct
   * generates (packages, files, commands, userData), already merged with it.
   */
  readonly cloudConfig?: Readonly<Record<string, unknown>>;
  /** The guest's vendor-data cloud-config (`vendorData`), when it has one. */
  readonly vendorConfig?: Readonly<Record<string, unknown>>;
}

/**
 * cloud-init reads its documents with PyYAML, a YAML 1.1 reader, where a plain
 * `no`, `on`, `0b101`, `2001-01-01` or a MAC such as `52:54:00:12:34:56` (a base-60
 * integer) is not the string written. Written for YAML 1.1 with every string
 * double-quoted, each value reads back as exactly the string given, by 1.1 and 1.2
 * readers alike.
 */
const yamlLibrary = (doc: unknown) => stringify(doc, { lineWidth: 0, version: "1.1", defaultStringType: "QUOTE_DOUBLE", defaultKeyType: "PLAIN" });

/** How many documents were rendered (for the test that each is rendered once per guest). */
export const renderCount = { documents: 0 };

function yaml(doc: unknown): string {
  renderCount.documents++;
  return plainYaml(doc) ?? yamlLibrary(doc);
}

// Keys YAML 1.1 reads as something else than a string (the yaml library quotes them).
const SPECIAL_KEYS = new Set(["y", "n", "yes", "no", "on", "off", "true", "false", "null"]);
const PLAIN_KEY = /^[a-z][a-z0-9]*(?:[_-][a-z0-9]+)*$/;
// Printable ASCII but the two characters a double-quoted scalar escapes, and newlines.
const SIMPLE_STRING = /^[\x20-\x21\x23-\x5b\x5d-\x7e\n]*$/;

/**
 * The text the yaml library writes for `doc` with the options above, written
 * directly (the library takes most of a KVM guest's synth time): for documents
 * of maps with plain lower-case keys, lists, integers, booleans and printable
 * ASCII strings, the shapes cloud-init documents have. Anything else (another
 * character, a null, a list in a list) returns undefined and the library writes it;
 * __tests__/cloud-init-render.test.ts compares the two.
 */
export function plainYaml(doc: unknown): string | undefined {
  const lines: string[] = [];
  const scalar = (v: unknown): string | undefined => {
    if (typeof v === "string") return SIMPLE_STRING.test(v) ? `"${v.replace(/\n/g, "\\n")}"` : undefined;
    if (typeof v === "boolean") return v ? "true" : "false";
    if (typeof v === "number") return Number.isSafeInteger(v) && !Object.is(v, -0) ? String(v) : undefined;
    return undefined;
  };
  const isMap = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;
  // Writes `value` after `head` ("key:" or "-"), its block content at `indent`.
  const node = (head: string, value: unknown, pad: string, indent: string): boolean => {
    if (Array.isArray(value)) {
      if (value.length === 0) { lines.push(`${pad}${head} []`); return true; }
      lines.push(`${pad}${head}`);
      return value.every((item) => item !== undefined && !Array.isArray(item) && seqItem(item, indent));
    }
    if (isMap(value)) {
      const entries = Object.entries(value).filter(([, v]) => v !== undefined);
      if (entries.length === 0) { lines.push(`${pad}${head} {}`); return true; }
      lines.push(`${pad}${head}`);
      return mapEntries(entries, indent, indent);
    }
    const text = scalar(value);
    if (text === undefined) return false;
    lines.push(`${pad}${head} ${text}`);
    return true;
  };
  const mapEntries = (entries: [string, unknown][], firstPad: string, indent: string): boolean =>
    entries.every(([key, v], i) => PLAIN_KEY.test(key) && !SPECIAL_KEYS.has(key) && node(`${key}:`, v, i === 0 ? firstPad : indent, `${indent}  `));
  const seqItem = (item: unknown, indent: string): boolean => {
    if (isMap(item)) {
      const entries = Object.entries(item).filter(([, v]) => v !== undefined);
      if (entries.length === 0) { lines.push(`${indent}- {}`); return true; }
      // The first entry on the dash's line, the others under it.
      const at = lines.length;
      if (!mapEntries(entries, "", `${indent}  `)) return false;
      lines[at] = `${indent}- ${lines[at]}`;
      return true;
    }
    const text = scalar(item);
    if (text === undefined) return false;
    lines.push(`${indent}- ${text}`);
    return true;
  };
  if (!isMap(doc)) return undefined;
  const entries = Object.entries(doc).filter(([, v]) => v !== undefined);
  if (entries.length === 0 || !mapEntries(entries, "", "")) return undefined;
  return `${lines.join("\n")}\n`;
}

/**
 * Each document of a seed, rendered once per spec: a guest's seed, its meta data
 * and its domain's seed instance id all read them, and a spec is not changed
 * after it is made (its fields are readonly).
 */
const rendered = new WeakMap<CloudInitSpec, { userData?: string; vendorData?: string; networkConfig?: string; instanceId?: string; metaData?: string }>();
function once<K extends "userData" | "vendorData" | "networkConfig" | "instanceId" | "metaData">(s: CloudInitSpec, key: K, render: () => string): string {
  let docs = rendered.get(s);
  if (!docs) rendered.set(s, (docs = {}));
  return (docs[key] ??= render());
}

/**
 * #cloud-config user data: what the construct writes (`generatedCloudConfig`), or,
 * when the guest's cloudInit adds packages, files, commands or userData, the whole
 * document merged from both (`cloudConfig` in cloud-config.ts).
 */
export function userData(s: CloudInitSpec): string {
  return once(s, "userData", () => `#cloud-config\n${yaml(s.cloudConfig ?? generatedCloudConfig(s))}`);
}

/** #cloud-config vendor data (`vendorData`), or undefined when the guest has none. */
export function vendorData(s: CloudInitSpec): string | undefined {
  if (s.vendorConfig === undefined) return undefined;
  return once(s, "vendorData", () => `#cloud-config\n${yaml(s.vendorConfig)}`);
}

/**
 * The cloud-config the construct itself writes: hostname, and the login user with
 * its SSH keys.
 *
 * The user's authorized_keys is also written whole, with exactly these keys, late in
 * the boot (a deferred write_files entry, in cloud-init's final stage): cloud-init's
 * users-groups module only adds keys to the file (ssh_util.update_authorized_keys keeps
 * every key already there), so without it a key taken out of `sshKeys` would still log
 * in after the seed changed. Until the final stage of that boot the old keys still work.
 * The home is cloud-init's default for a user it makes, /home/NAME.
 */
export function generatedCloudConfig(s: CloudInitSpec): Record<string, unknown> {
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
  return doc;
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

/**
 * The seed's instance-id: the hostname and a digest of the user data and network
 * config, and of the vendor data when there is one (a seed without it keeps the id
 * it had before vendor data existed).
 */
export function instanceId(s: CloudInitSpec): string {
  return once(s, "instanceId", () => renderInstanceId(s));
}

function renderInstanceId(s: CloudInitSpec): string {
  const hash = createHash("sha256").update(userData(s)).update("\0").update(networkConfig(s));
  const vendor = vendorData(s);
  if (vendor !== undefined) hash.update("\0vendor-data\0").update(vendor);
  const digest = hash.digest("hex").slice(0, 16);
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
