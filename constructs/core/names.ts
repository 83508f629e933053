import { IConstruct } from "constructs";
import { ValidationError } from "./errors";

// Linux's IFNAMSIZ is 16 including the NUL; we also refuse anything a shell or
// iproute2 could read as syntax, even though the kernel would take more.
const INTERFACE_NAME = /^[a-zA-Z0-9_.-]{1,15}$/;
// RFC 1123 label: what Proxmox, libvirt and LXC all accept as a guest name.
const DNS_LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/i;
const DNS_NAME = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i;
// Unix user/group names as useradd accepts them by default.
const POSIX_USER = /^[a-z_][a-z0-9_-]{0,31}$/;

export function interfaceName(scope: IConstruct, prop: string, value: string): string {
  if (!INTERFACE_NAME.test(value) || value === "." || value === "..") {
    throw new ValidationError(scope, prop, value, "a Linux interface name is 1-15 characters of [a-zA-Z0-9_.-]");
  }
  return value;
}

export function guestName(scope: IConstruct, prop: string, value: string): string {
  if (!DNS_LABEL.test(value)) {
    throw new ValidationError(scope, prop, value,
      "a guest name is a DNS label: 1-63 letters, digits or '-', not starting or ending with '-'");
  }
  return value;
}

export function dnsName(scope: IConstruct, prop: string, value: string): string {
  if (!DNS_NAME.test(value)) {
    throw new ValidationError(scope, prop, value, "expected a DNS name such as 'example.org' (labels of letters, digits, '-')");
  }
  return value;
}

export function posixUser(scope: IConstruct, prop: string, value: string): string {
  if (!POSIX_USER.test(value)) {
    throw new ValidationError(scope, prop, value, "a user or group name is [a-z_] followed by up to 31 of [a-z0-9_-]");
  }
  return value;
}

/** A path on the host: absolute, no shell metacharacters, no '..' segments. */
export function hostPath(scope: IConstruct, prop: string, value: string): string {
  if (!/^\/[A-Za-z0-9._\/+-]*$/.test(value) || value.split("/").includes("..")) {
    throw new ValidationError(scope, prop, value, "an absolute path of [A-Za-z0-9._/+-] without '..' segments");
  }
  return value;
}
