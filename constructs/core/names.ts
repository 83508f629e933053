import { IConstruct } from "constructs";
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
// PATH_MAX is 4096 including the NUL.
const HOST_PATH = /^\/[A-Za-z0-9._\/+-]{0,4094}$/;

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

/** A path on the host: absolute, no shell metacharacters, no '..' segments, under PATH_MAX. */
export function hostPath(scope: IConstruct, prop: string, value: unknown, tokens: TokenPolicy = "it is written into host commands at synth"): string {
  const expected = "an absolute path of up to 4095 characters of [A-Za-z0-9._/+-] without '..' segments";
  const path = matching(scope, prop, value, HOST_PATH, expected, tokens);
  if (!isToken(path) && path.split("/").includes("..")) {
    throw new ValidationError(scope, prop, path, expected);
  }
  return path;
}
