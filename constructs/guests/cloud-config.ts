import { gunzipSync } from "node:zlib";
import { IConstruct } from "constructs";
import { parseDocument } from "yaml";
import { ConfigurationError, describeValue, ValidationError } from "../core/errors";
import { booleanValue, isToken, listValue, objectValue, stringValue } from "../core/input";
import { freeText } from "../core/literal";

/** Why the cloud-config props cannot be tokens. */
const AT_SYNTH = "it is written into the guest's cloud-init seed, whose instance-id is a digest of the text at synth";

/** A file cloud-init writes in the guest (its write_files module). */
export interface KvmCloudInitFileProps {
  /** Absolute, clean path in the guest (no `.`, `..` or empty segments, no trailing `/`). */
  readonly path: string;
  /** The file's content: text, or base64 with `encoding`. Up to 1 MiB of characters. */
  readonly content: string;
  /** Mode as an octal string, e.g. "0644" or "0755". @default "0644" (cloud-init's) */
  readonly permissions?: string;
  /** Owner as "user:group". @default "root:root" (cloud-init's) */
  readonly owner?: string;
  /**
   * How `content` is encoded: `text` (as written), `b64` (base64 of the bytes) or
   * `gzip+b64` (base64 of gzip data, which cloud-init unpacks).
   * @default "text"
   */
  readonly encoding?: "text" | "b64" | "gzip+b64";
  /** Append to the file instead of replacing it. @default false */
  readonly append?: boolean;
  /**
   * Write it late in the boot (cloud-init's final stage), after packages are
   * installed and users made, so the owner can be a user cloud-init makes.
   * @default false
   */
  readonly defer?: boolean;
}

/**
 * One command cloud-init runs: exactly one of `argv` (words handed to the command
 * as they are, no shell reads them) or `shell` (a line /bin/sh reads, pipes and
 * expansions included, which you opt into by naming it).
 */
export interface KvmCloudInitCommandProps {
  /** The command and its arguments, 1-256 words of up to 4096 characters. @default - give this or `shell` */
  readonly argv?: string[];
  /** A shell line or script (/bin/sh), up to 65536 characters. @default - give this or `argv` */
  readonly shell?: string;
}

/** An APT source cloud-init adds (apt.sources), with its signing key. */
export interface KvmAptSourceProps {
  /** File name under /etc/apt/sources.list.d (".list" is added): 1-64 of [A-Za-z0-9_.-], starting with a letter or digit. */
  readonly name: string;
  /**
   * One sources.list line, "deb ..." or "deb-src ...". cloud-init replaces $KEY_FILE
   * (where it wrote `key`), $MIRROR, $RELEASE, $PRIMARY and $SECURITY in it.
   */
  readonly source: string;
  /** The repository's ASCII-armored OpenPGP public key block. @default - none: the source must be signed by a key the guest has */
  readonly key?: string;
}

/** The typed cloud-config props of a KvmGuest's cloudInit, as written by users. */
export interface CloudConfigProps {
  readonly packages?: unknown;
  readonly packageUpdate?: unknown;
  readonly packageUpgrade?: unknown;
  readonly writeFiles?: unknown;
  readonly runCommands?: unknown;
  readonly bootCommands?: unknown;
  readonly aptSources?: unknown;
  readonly aptProxy?: unknown;
  readonly userData?: unknown;
  readonly vendorData?: unknown;
}

/** The names of those props, which a Proxmox VM refuses. */
export const CLOUD_CONFIG_PROPS = ["packages", "packageUpdate", "packageUpgrade", "writeFiles", "runCommands", "bootCommands",
  "aptSources", "aptProxy", "userData"] as const;

/**
 * The top-level keys of cloud-config that cloud-init 22.4 (Debian 12's) and 23.x
 * know: every module's schema keys, and the base keys (merge_how, output, ...).
 * Any other key would be ignored by the guest without a word, so it is refused.
 */
export const CLOUD_CONFIG_KEYS: ReadonlySet<string> = new Set([
  "allow_public_ssh_keys", "ansible", "apk_repos", "apt", "apt_pipelining", "apt_reboot_if_required", "apt_update", "apt_upgrade",
  "authkey_hash", "autoinstall", "bootcmd", "byobu_by_default", "ca-certs", "ca_certs", "chef", "chpasswd", "cloud_config_modules",
  "cloud_final_modules", "cloud_init_modules", "create_hostname_file", "device_aliases", "disable_ec2_metadata", "disable_root",
  "disable_root_opts", "disk_setup", "drivers", "fan", "final_message", "fqdn", "fs_setup", "groups", "growpart", "grub-dpkg",
  "grub_dpkg", "hostname", "keyboard", "landscape", "launch-index", "locale", "locale_configfile", "lxd", "manage_etc_hosts",
  "manage_resolv_conf", "mcollective", "merge_how", "merge_type", "migrate", "mount_default_fields", "mounts", "no_ssh_fingerprints",
  "ntp", "output", "package_reboot_if_required", "package_update", "package_upgrade", "packages", "password", "phone_home",
  "power_state", "prefer_fqdn_over_hostname", "preserve_hostname", "puppet", "random_seed", "reporting", "resize_rootfs",
  "resolv_conf", "rh_subscription", "rsyslog", "runcmd", "salt_minion", "snap", "spacewalk", "ssh", "ssh_authorized_keys",
  "ssh_deletekeys", "ssh_fp_console_blacklist", "ssh_genkeytypes", "ssh_import_id", "ssh_key_console_blacklist", "ssh_keys",
  "ssh_publish_hostkeys", "ssh_pwauth", "ssh_quiet_keygen", "swap", "timezone", "ubuntu_advantage", "ubuntu_pro", "updates", "user",
  "users", "vendor_data", "wireguard", "write_files", "yum_repo_dir", "yum_repos", "zypper",
]);

// Debian policy 5.6.1: lower case letters, digits, '+', '-', '.'; at least two
// characters, starting with an alphanumeric.
const PACKAGE = /^[a-z0-9][a-z0-9+.-]+$/;
const POSIX_NAME = "[a-z_][a-z0-9_-]{0,31}";
const OWNER = new RegExp(`^${POSIX_NAME}:${POSIX_NAME}$`);
const PERMISSIONS = /^0[0-7]{3,4}$/;
// cloud-init's write_files encodings whose content is text (base64 or as written).
const TEXT_ENCODINGS = new Map<string, "text" | "b64" | "gzip+b64">([
  ["text", "text"], ["text/plain", "text"], ["b64", "b64"], ["base64", "b64"],
  ["gz+b64", "gzip+b64"], ["gzip+b64", "gzip+b64"], ["gz+base64", "gzip+b64"], ["gzip+base64", "gzip+b64"],
]);
const BASE64 = /^[A-Za-z0-9+/\s]*={0,2}\s*$/;
const SOURCE_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
const SOURCE_LINE = /^deb(-src)? [\x20-\x7e]{1,4088}$/;
const KEY_BLOCK = /^-----BEGIN PGP PUBLIC KEY BLOCK-----\n[\s\S]*\n-----END PGP PUBLIC KEY BLOCK-----\n?$/;
const PROXY = /^https?:\/\/([A-Za-z0-9._~%-]+(:[A-Za-z0-9._~%-]*)?@)?([A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(:[0-9]{1,5})?\/?$/;
const MAX_FILE = 1048576;
const MAX_DOCUMENT = 1048576;

/**
 * The cloud-config the typed props and `userData` add to what the construct
 * generates, checked; `generated` is the construct's own document (hostname,
 * user, keys), with which the result must merge (see `mergeCloudConfig`).
 */
export function cloudConfig(scope: IConstruct, props: CloudConfigProps, generated: Record<string, unknown>): Record<string, unknown> | undefined {
  if (CLOUD_CONFIG_PROPS.every((name) => props[name] === undefined)) return undefined;
  const typed: Record<string, unknown> = {};
  const packages = listValue(scope, "cloudInit.packages", props.packages, 1024).map((p, i) => packageName(scope, `cloudInit.packages[${i}]`, p));
  if (packages.length) typed.packages = packages;
  if (props.packageUpdate !== undefined) typed.package_update = booleanValue(scope, "cloudInit.packageUpdate", props.packageUpdate, false, AT_SYNTH);
  if (props.packageUpgrade !== undefined) typed.package_upgrade = booleanValue(scope, "cloudInit.packageUpgrade", props.packageUpgrade, false, AT_SYNTH);
  const files = listValue(scope, "cloudInit.writeFiles", props.writeFiles, 256).map((f, i) => writeFile(scope, `cloudInit.writeFiles[${i}]`, f));
  if (files.length) typed.write_files = files;
  const bootcmd = listValue(scope, "cloudInit.bootCommands", props.bootCommands, 256).map((c, i) => command(scope, `cloudInit.bootCommands[${i}]`, c));
  if (bootcmd.length) typed.bootcmd = bootcmd;
  const runcmd = listValue(scope, "cloudInit.runCommands", props.runCommands, 256).map((c, i) => command(scope, `cloudInit.runCommands[${i}]`, c));
  if (runcmd.length) typed.runcmd = runcmd;
  const apt: Record<string, unknown> = {};
  const sources = listValue(scope, "cloudInit.aptSources", props.aptSources, 64).map((s, i) => aptSource(scope, `cloudInit.aptSources[${i}]`, s));
  if (sources.length) {
    const byName: Record<string, unknown> = {};
    sources.forEach(({ name, entry }, i) => {
      if (Object.hasOwn(byName, name)) throw new ConfigurationError(scope, `cloudInit.aptSources[${i}].name "${name}" is given twice: name each source once`);
      Object.defineProperty(byName, name, { value: entry, enumerable: true, writable: true, configurable: true });
    });
    apt.sources = byName;
  }
  if (props.aptProxy !== undefined) {
    apt.proxy = matching(scope, "cloudInit.aptProxy", props.aptProxy, PROXY,
      "expected an http:// or https:// URL of the proxy, such as \"http://10.40.0.1:3142\" (host, optional user:password@ and port, no path)");
  }
  if (Object.keys(apt).length) typed.apt = apt;

  let merged = mergeInto(scope, generated, typed, "the typed cloudInit props");
  if (props.userData !== undefined) merged = mergeInto(scope, merged, cloudConfigObject(scope, "cloudInit.userData", props.userData), "cloudInit.userData");
  checkWriteFilePaths(scope, merged);
  return merged;
}

/** A string matching `pattern`, known at synth, or the error saying `expected`. */
function matching(scope: IConstruct, prop: string, value: unknown, pattern: RegExp, expected: string): string {
  const text = stringValue(scope, prop, value, expected, AT_SYNTH);
  if (!pattern.test(text)) throw new ValidationError(scope, prop, text, expected);
  return text;
}

export const packageName = (scope: IConstruct, prop: string, value: unknown) => matching(scope, prop, value, PACKAGE,
  "a Debian package name: 2 or more of [a-z0-9+.-], starting with a letter or digit (Debian policy 5.6.1)");

export function filePath(scope: IConstruct, prop: string, value: unknown): string {
  const expected = "an absolute, clean path in the guest: '/' then names of printable characters, no '.', '..' or empty names, " +
    "no trailing '/', up to 4095 bytes";
  const path = stringValue(scope, prop, value, expected, AT_SYNTH);
  const names = path.split("/").slice(1);
  if (!path.startsWith("/") || path === "/" || names.some((n) => n === "" || n === "." || n === ".." || Buffer.byteLength(n) > 255) ||
      !/^[\p{L}\p{M}\p{N}\p{P}\p{S} ]+$/u.test(path) || Buffer.byteLength(path) > 4095) {
    throw new ValidationError(scope, prop, path, expected);
  }
  return path;
}

export const permissions = (scope: IConstruct, prop: string, value: unknown) => matching(scope, prop, value, PERMISSIONS,
  "an octal mode as a string, a 0 then 3 or 4 digits 0-7, such as \"0644\" or \"0755\"");

const owner = (scope: IConstruct, prop: string, value: unknown) => matching(scope, prop, value, OWNER,
  "\"user:group\", each a name of [a-z_] then up to 31 of [a-z0-9_-]");

/** The content, checked against its encoding: base64 that decodes (to gzip data for gzip+b64). */
function encodedContent(scope: IConstruct, prop: string, content: string, encoding: "text" | "b64" | "gzip+b64"): void {
  if (encoding === "text") return;
  const expected = encoding === "b64" ? "base64 text (encoding b64)" : "base64 of gzip data (encoding gzip+b64)";
  if (!BASE64.test(content)) throw new ValidationError(scope, prop, content, expected);
  if (encoding === "gzip+b64") {
    try {
      gunzipSync(Buffer.from(content, "base64"));
    } catch (err) {
      throw new ValidationError(scope, prop, content, `${expected}; it does not unpack: ${(err as Error).message}`);
    }
  }
}

function encodingOf(scope: IConstruct, prop: string, value: unknown): "text" | "b64" | "gzip+b64" {
  const expected = "one of \"text\", \"b64\" or \"gzip+b64\" (cloud-init's text/plain, base64 and gzip+base64; " +
    "plain gzip needs binary content, which a text document cannot carry: base64-encode it)";
  const e = stringValue(scope, prop, value, expected, AT_SYNTH);
  const found = TEXT_ENCODINGS.get(e);
  if (!found) throw new ValidationError(scope, prop, e, expected);
  return found;
}

/** A write_files entry from the typed prop. */
function writeFile(scope: IConstruct, prop: string, value: unknown): Record<string, unknown> {
  const f = objectValue<KvmCloudInitFileProps>(scope, prop, value)!;
  if (f === undefined) throw new ValidationError(scope, prop, value, "expected an object of props");
  const entry: Record<string, unknown> = { path: filePath(scope, `${prop}.path`, f.path) };
  const content = freeText(scope, `${prop}.content`, f.content, MAX_FILE, AT_SYNTH);
  const encoding = f.encoding === undefined ? "text" : encodingOf(scope, `${prop}.encoding`, f.encoding);
  encodedContent(scope, `${prop}.content`, content, encoding);
  entry.content = content;
  if (encoding !== "text") entry.encoding = encoding === "b64" ? "b64" : "gz+b64";
  if (f.permissions !== undefined) entry.permissions = permissions(scope, `${prop}.permissions`, f.permissions);
  if (f.owner !== undefined) entry.owner = owner(scope, `${prop}.owner`, f.owner);
  if (f.append !== undefined) entry.append = booleanValue(scope, `${prop}.append`, f.append, false, AT_SYNTH);
  if (f.defer !== undefined) entry.defer = booleanValue(scope, `${prop}.defer`, f.defer, false, AT_SYNTH);
  return entry;
}

/** A runcmd/bootcmd entry: an argv list, or a shell string. */
function command(scope: IConstruct, prop: string, value: unknown): string | string[] {
  const c = objectValue<KvmCloudInitCommandProps>(scope, prop, value);
  if (c === undefined || (c.argv === undefined) === (c.shell === undefined)) {
    throw new ValidationError(scope, prop, value, "expected an object with exactly one of argv (a list of words) or shell (a /bin/sh line)");
  }
  if (c.shell !== undefined) {
    const line = freeText(scope, `${prop}.shell`, c.shell, 65536, AT_SYNTH);
    if (line.trim() === "") throw new ValidationError(scope, `${prop}.shell`, line, "expected a command, not blank text");
    return line;
  }
  const argv = listValue(scope, `${prop}.argv`, c.argv, 256).map((w, i) => freeText(scope, `${prop}.argv[${i}]`, w, 4096, AT_SYNTH));
  if (argv.length === 0 || argv[0] === "") throw new ValidationError(scope, `${prop}.argv`, c.argv, "expected the command then its arguments: at least one word, the first not empty");
  return argv;
}

function aptSource(scope: IConstruct, prop: string, value: unknown): { name: string; entry: Record<string, unknown> } {
  const s = objectValue<KvmAptSourceProps>(scope, prop, value);
  if (s === undefined) throw new ValidationError(scope, prop, value, "expected an object of props");
  const name = matching(scope, `${prop}.name`, s.name, SOURCE_NAME,
    "1-64 of [A-Za-z0-9_.-], starting with a letter or digit (a file name under /etc/apt/sources.list.d)");
  const source = matching(scope, `${prop}.source`, s.source, SOURCE_LINE,
    "one sources.list line of up to 4096 printable ASCII characters, \"deb URI SUITE COMPONENT...\" or \"deb-src ...\"");
  const entry: Record<string, unknown> = { source };
  if (s.key !== undefined) {
    const keyExpected = "an ASCII-armored OpenPGP public key block, from \"-----BEGIN PGP PUBLIC KEY BLOCK-----\" to " +
      "\"-----END PGP PUBLIC KEY BLOCK-----\" (gpg --armor --export), up to 65536 characters";
    const key = freeText(scope, `${prop}.key`, s.key, 65536, AT_SYNTH);
    if (!KEY_BLOCK.test(key)) throw new ValidationError(scope, `${prop}.key`, key, keyExpected);
    entry.key = key;
  }
  return { name, entry };
}

/**
 * The guest's vendor-data document (`vendorData`), checked as `userData` is, or
 * undefined without one. cloud-init merges user-data over vendor-data, so a
 * top-level key both documents set would lose the vendor's value without a word:
 * such a key is refused, naming it (`userDoc` is the guest's whole user-data).
 */
export function vendorCloudConfig(scope: IConstruct, props: CloudConfigProps, userDoc: Record<string, unknown>): Record<string, unknown> | undefined {
  if (props.vendorData === undefined) return undefined;
  const doc = cloudConfigObject(scope, "cloudInit.vendorData", props.vendorData);
  for (const key of Object.keys(doc)) {
    if (Object.hasOwn(userDoc, key)) {
      throw new ConfigurationError(scope, `cloudInit.vendorData sets ${key}, which the guest's user-data also sets (from the construct's ` +
        "props: name, cloudInit.user/sshKeys, the typed cloudInit props or cloudInit.userData); cloud-init would take the user-data's " +
        `value and drop the vendor's. Set ${key} in one of them`);
    }
  }
  if (Object.keys(doc).length === 0) throw new ValidationError(scope, "cloudInit.vendorData", props.vendorData, "a cloud-config with at least one key");
  return doc;
}

/**
 * `userData` or `vendorData` (named by `prop`) as a cloud-config object: a plain
 * object, or a "#cloud-config" document read as cloud-init reads it (YAML 1.1).
 * Only the values a YAML document round-trips exactly are taken: strings,
 * booleans, null, integers and plain decimals, lists and mappings with string keys.
 */
function cloudConfigObject(scope: IConstruct, prop: string, value: unknown): Record<string, unknown> {
  let doc: unknown = value;
  if (typeof value === "string") {
    const expected = `a "#cloud-config" document (its first line "#cloud-config"), up to ${MAX_DOCUMENT} characters, that is a YAML mapping`;
    const text = freeText(scope, prop, value, MAX_DOCUMENT, AT_SYNTH);
    if (!/^#cloud-config[ \t]*(\n|$)/.test(text)) throw new ValidationError(scope, prop, text, expected);
    const parsed = parseDocument(text, { version: "1.1", uniqueKeys: true, merge: true });
    if (parsed.errors.length) throw new ValidationError(scope, prop, text, `${expected}; YAML: ${parsed.errors[0].message}`);
    try {
      doc = parsed.toJS({ maxAliasCount: 1000 }) ?? {};
    } catch (err) {
      throw new ValidationError(scope, prop, text, `${expected}; YAML: ${(err as Error).message}`);
    }
  } else if (isToken(value)) {
    throw new ValidationError(scope, prop, value, `a token cannot be used here, the value must be known at synth: ${AT_SYNTH}`);
  }
  if (!isPlainObject(doc)) {
    throw new ValidationError(scope, prop, doc, "expected a cloud-config object (top-level keys such as packages, write_files, runcmd) " +
      "or a \"#cloud-config\" document string");
  }
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(doc)) {
    if (!CLOUD_CONFIG_KEYS.has(key)) {
      throw new ValidationError(scope, `${prop}.${key}`, key, "not a top-level key of cloud-config that cloud-init 22.4/23.x knows " +
        "(the guest would ignore it); see cloud-init's module reference for the keys, e.g. packages, write_files, runcmd, bootcmd, apt");
    }
    setKey(out, key, plainValue(scope, `${prop}.${key}`, doc[key], 0));
  }
  checkUserLists(scope, prop, out);
  return out;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

function setKey(o: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
}

/** A value that reads back from the seed's YAML exactly as given. */
function plainValue(scope: IConstruct, prop: string, value: unknown, depth: number): unknown {
  if (depth > 32) throw new ValidationError(scope, prop, value, "nested deeper than 32 levels");
  if (value === null || typeof value === "boolean") return value;
  if (typeof value === "string") {
    if (isToken(value)) throw new ValidationError(scope, prop, value, `a token cannot be used here, the value must be known at synth: ${AT_SYNTH}`);
    return freeText(scope, prop, value, MAX_DOCUMENT, AT_SYNTH);
  }
  if (typeof value === "number") {
    // YAML 1.1 (PyYAML) reads an integer, or a decimal with a '.', and no exponent without one.
    const shown = String(value);
    if (!Number.isFinite(value) || (Number.isInteger(value) ? !Number.isSafeInteger(value) : /e/i.test(shown))) {
      throw new ValidationError(scope, prop, value, "expected an integer of at most 2^53-1, or a plain decimal such as 0.5; write others as strings");
    }
    return Object.is(value, -0) ? 0 : value;
  }
  if (Array.isArray(value)) return value.map((v, i) => plainValue(scope, `${prop}[${i}]`, v, depth + 1));
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      if (key === "<<" || key === "") throw new ValidationError(scope, `${prop}.${key}`, key, "expected a key other than \"\" or \"<<\" (YAML 1.1's merge key)");
      setKey(out, key, plainValue(scope, `${prop}.${key}`, value[key], depth + 1));
    }
    return out;
  }
  throw new ValidationError(scope, prop, value, "expected text, a number, true/false, null, a list or a mapping " +
    "(a YAML date, binary or set is none of these: quote it)");
}

/** The user's own write_files and packages entries, checked as the typed props are. */
function checkUserLists(scope: IConstruct, prop: string, doc: Record<string, unknown>): void {
  const list = (key: string) => {
    const v = doc[key];
    if (v !== undefined && !Array.isArray(v)) throw new ValidationError(scope, `${prop}.${key}`, v, "expected a list");
    return (v ?? []) as unknown[];
  };
  list("packages").forEach((p, i) => {
    const at = `${prop}.packages[${i}]`;
    // cloud-init also takes [name, version].
    if (Array.isArray(p) && p.length === 2) packageName(scope, `${at}[0]`, p[0]);
    else packageName(scope, at, p);
  });
  list("write_files").forEach((f, i) => {
    const at = `${prop}.write_files[${i}]`;
    if (!isPlainObject(f)) throw new ValidationError(scope, at, f, "expected a mapping with path and content");
    filePath(scope, `${at}.path`, f.path);
    const encoding = f.encoding === undefined ? "text" : encodingOf(scope, `${at}.encoding`, f.encoding);
    if (f.content !== undefined) {
      const content = stringValue(scope, `${at}.content`, f.content, "expected text", AT_SYNTH);
      encodedContent(scope, `${at}.content`, content, encoding);
    }
    if (f.permissions !== undefined) permissions(scope, `${at}.permissions`, f.permissions);
    if (f.owner !== undefined) owner(scope, `${at}.owner`, f.owner);
  });
  for (const key of ["runcmd", "bootcmd"]) {
    list(key).forEach((c, i) => {
      const ok = typeof c === "string" || (Array.isArray(c) && c.length > 0 && c.every((w) => typeof w === "string"));
      if (!ok) throw new ValidationError(scope, `${prop}.${key}[${i}]`, c, "expected a shell string or a list of words");
    });
  }
}

/**
 * `add` merged into `base`, neither changed: a key only one has is kept; lists are
 * joined (base's entries first); mappings merge key by key; the same scalar in
 * both is kept once; anything else is a conflict, refused naming the key and both
 * values (a key of the user's is never dropped).
 */
export function mergeInto(scope: IConstruct, base: Record<string, unknown>, add: Record<string, unknown>, from: string): Record<string, unknown> {
  const merge = (a: Record<string, unknown>, b: Record<string, unknown>, at: string): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(a)) setKey(out, key, a[key]);
    for (const key of Object.keys(b)) {
      const path = at ? `${at}.${key}` : key;
      if (!Object.hasOwn(out, key)) setKey(out, key, b[key]);
      else if (Array.isArray(out[key]) && Array.isArray(b[key])) setKey(out, key, [...(out[key] as unknown[]), ...(b[key] as unknown[])]);
      else if (isPlainObject(out[key]) && isPlainObject(b[key])) setKey(out, key, merge(out[key] as Record<string, unknown>, b[key] as Record<string, unknown>, path));
      else if (out[key] !== b[key]) {
        throw new ConfigurationError(scope, `${from} sets ${path} to ${shownValue(b[key])}, but the guest's cloud-config already has ` +
          `${path}: ${shownValue(out[key])} (from the construct's props: name, cloudInit.user/sshKeys or the typed cloudInit props). ` +
          "Leave it out of one of them, or give both the same value");
      }
    }
    return out;
  };
  return merge(base, add, "");
}

function shownValue(v: unknown): string {
  if (Array.isArray(v) || isPlainObject(v)) return `a ${Array.isArray(v) ? "list" : "mapping"} (${JSON.stringify(v).slice(0, 80)})`;
  return describeValue(v);
}

/** No two write_files entries replace the same file (a later one may append to it). */
function checkWriteFilePaths(scope: IConstruct, doc: Record<string, unknown>): void {
  const seen = new Set<string>();
  for (const f of (Array.isArray(doc.write_files) ? doc.write_files : []) as Record<string, unknown>[]) {
    if (!isPlainObject(f) || typeof f.path !== "string") continue;
    if (seen.has(f.path) && f.append !== true) {
      throw new ConfigurationError(scope, `write_files has ${f.path} twice (cloudInit.writeFiles, cloudInit.userData, or the ` +
        "user's authorized_keys the construct writes): write each file once, or set append on the later one");
    }
    seen.add(f.path);
  }
}
