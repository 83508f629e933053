import { IConstruct } from "constructs";
import { checkTextAroundTokens } from "./literal";
import { ValidationError } from "./errors";
import { isToken, stringValue, TokenPolicy } from "./input";

// Linux's IFNAMSIZ is 16 including the NUL. We refuse anything a shell or iproute2
// could read as syntax, and a leading '-' or '.', which tools read as an option or
// a hidden/relative name, although the kernel would take more.
const INTERFACE_NAME = /^[a-zA-Z0-9_][a-zA-Z0-9_.-]{0,14}$/;
// RFC 1123 label: what Proxmox, libvirt and LXC all accept as a guest name.
const DNS_LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/i;
const DNS_NAME = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i;
// Unix user/group names as useradd accepts them by default.
const POSIX_USER = /^[a-z_][a-z0-9_-]{0,31}$/;
// A printable character as Go's unicode.IsPrint has it (the provider's side):
// letters, marks, digits, punctuation, symbols and the ASCII space. Not control
// characters (newline, NUL, ESC, C1), format characters (bidi overrides), other
// spaces, separators, private-use or unassigned code points, nor a lone surrogate
// (no UTF-8 file name can hold one).
const HOST_PATH = /^\/[\p{L}\p{M}\p{N}\p{P}\p{S} ]*$/u;
// PATH_MAX is 4096 bytes including the NUL; NAME_MAX 255 bytes per name.
const PATH_MAX = 4095;
const NAME_MAX = 255;

/** Why a name cannot be a token, for the default policy of these validators. */
const NAME_AT_SYNTH = "names are checked for uniqueness and written into host commands and other names at synth";

function matching(scope: IConstruct, prop: string, value: unknown, pattern: RegExp, expected: string, tokens: TokenPolicy): string {
  const s = stringValue(scope, prop, value, expected, tokens);
  if (isToken(s)) return s; // only under policy "plan": the target checks it
  if (!pattern.test(s)) throw new ValidationError(scope, prop, s, expected);
  return s;
}

export function interfaceName(scope: IConstruct, prop: string, value: unknown, tokens: TokenPolicy = NAME_AT_SYNTH): string {
  const expected = "a Linux interface name is 1-15 characters of [a-zA-Z0-9_.-], starting with a letter, digit or '_'";
  return matching(scope, prop, value, INTERFACE_NAME, expected, tokens);
}

/** A network namespace name (a file under /run/netns): the same rule as an interface name. */
export function netnsName(scope: IConstruct, prop: string, value: unknown): string {
  const expected = "a network namespace name is 1-15 characters of [a-zA-Z0-9_.-], starting with a letter, digit or '_'";
  return matching(scope, prop, value, INTERFACE_NAME, expected, NAME_AT_SYNTH);
}

export function guestName(scope: IConstruct, prop: string, value: unknown, tokens: TokenPolicy = NAME_AT_SYNTH): string {
  const expected = "a guest name is a DNS label: 1-63 letters, digits or '-', not starting or ending with '-'";
  return matching(scope, prop, value, DNS_LABEL, expected, tokens);
}

export function dnsName(scope: IConstruct, prop: string, value: unknown): string {
  const expected = "expected a DNS name such as 'example.org' (labels of letters, digits, '-')";
  return matching(scope, prop, value, DNS_NAME, expected, "it is written into the guest's network configuration at synth");
}

export function posixUser(scope: IConstruct, prop: string, value: unknown): string {
  const expected = "a user or group name is [a-z_] followed by up to 31 of [a-z0-9_-]";
  return matching(scope, prop, value, POSIX_USER, expected, "it is written into host commands or the guest's seed at synth");
}

/**
 * What a call site refuses in a host path on top of hostPath's rule, where the
 * path lands somewhere that cannot carry those characters.
 */
export interface HostPathRule {
  /** Matches what is refused. */
  readonly refuse: RegExp;
  /** What that is and why, for the message: "'\"' or '|', which a .vmx value cannot hold". */
  readonly because: string;
}

const HOST_PATH_EXPECTED = `an absolute path of up to ${PATH_MAX} bytes of printable characters (letters, digits, punctuation, ` +
  `symbols, spaces; no control characters, newline or NUL), each name up to ${NAME_MAX} bytes, without '..' segments`;

/**
 * A path on the host: absolute, printable (spaces, '@', '~', non-ASCII letters
 * allowed: "/srv/VirtualBox VMs", "debian~12.qcow2"), no '..' segments, within
 * PATH_MAX and NAME_MAX. Every use hands it on as one argv word (no shell) or as a
 * provider attribute; each call site passes it through terraformLiteral into the
 * JSON, and adds a `rule` where it lands somewhere stricter.
 */
export function hostPath(scope: IConstruct, prop: string, value: unknown, tokens: TokenPolicy = "it is written into host commands at synth", rule?: HostPathRule): string {
  const expected = rule ? `${HOST_PATH_EXPECTED}, and without ${rule.because}` : HOST_PATH_EXPECTED;
  const path = stringValue(scope, prop, value, expected, tokens);
  // Only under policy "plan": the target checks the token's value, this the text joined to it.
  if (isToken(path)) return checkTextAroundTokens(scope, prop, path, expected);
  const segments = path.split("/");
  if (!HOST_PATH.test(path) || Buffer.byteLength(path) > PATH_MAX || segments.includes("..") ||
      segments.some((s) => Buffer.byteLength(s) > NAME_MAX) || rule?.refuse.test(path)) {
    throw new ValidationError(scope, prop, path, expected);
  }
  return canonicalPath(path);
}

/**
 * The one spelling of an absolute path without '..' segments: no empty or '.'
 * segments, no trailing '/'. Uniqueness claims and the provider see this one, so
 * '/var/lib/lxc/' and '/var/lib//lxc' are the same directory as '/var/lib/lxc'.
 */
export function canonicalPath(path: string): string {
  return `/${path.split("/").filter((s) => s !== "" && s !== ".").join("/")}`;
}
