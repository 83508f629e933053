import { IConstruct } from "constructs";
import { ValidationError } from "./errors";
import { listValue, stringValue } from "./input";

// The key types an authorized_keys line can name (sshd(8), AUTHORIZED_KEYS FILE
// FORMAT), certificates included. rsa-sha2-256/512 are signature algorithms, not
// key types: a key line never names them.
const KEY_TYPES = [
  "ssh-rsa", "ssh-dss", "ssh-ed25519", "ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384", "ecdsa-sha2-nistp521",
  "sk-ssh-ed25519@openssh.com", "sk-ecdsa-sha2-nistp256@openssh.com",
  "ssh-rsa-cert-v01@openssh.com", "ssh-dss-cert-v01@openssh.com", "ssh-ed25519-cert-v01@openssh.com",
  "ecdsa-sha2-nistp256-cert-v01@openssh.com", "ecdsa-sha2-nistp384-cert-v01@openssh.com", "ecdsa-sha2-nistp521-cert-v01@openssh.com",
  "sk-ssh-ed25519-cert-v01@openssh.com", "sk-ecdsa-sha2-nistp256-cert-v01@openssh.com",
];
// sshd's options (auth-options.c), matched without regard to case as sshd does:
// those that take no value, and those that take one in double quotes.
const FLAG_OPTIONS = [
  "agent-forwarding", "cert-authority", "no-agent-forwarding", "no-port-forwarding", "no-pty", "no-user-rc",
  "no-x11-forwarding", "port-forwarding", "pty", "user-rc", "x11-forwarding", "restrict", "no-touch-required", "verify-required",
];
const VALUE_OPTIONS = ["command", "environment", "expiry-time", "from", "permitlisten", "permitopen", "principals", "tunnel"];

// A quoted option value as sshd reads it: `\"` is a quote inside it, any other
// character (a backslash not before a quote included) is itself; it ends at the
// first unescaped quote.
const QUOTED = String.raw`"(?:\\"|\\(?!")|[^"\\])*"`;
const OPTION = `[A-Za-z0-9-]+(?:=${QUOTED})?`;
const escape = (s: string) => s.replace(/[.+]/g, (c) => `\\${c}`);
const SSH_KEY_LINE = new RegExp(`^(?:(${OPTION}(?:,${OPTION})*) )?(${KEY_TYPES.map(escape).join("|")}) ` +
  "([A-Za-z0-9+/]{16,16384}={0,3})(?: (.{1,200}))?$", "u");
const ONE_OPTION = new RegExp(`([A-Za-z0-9-]+)(=${QUOTED})?(?:,|$)`, "gy");
// Control characters (newline, CR, NUL, tab, ESC, C1), lone surrogates and the
// Unicode line and paragraph separators: none may be in a key line, which is one
// line of authorized_keys and one YAML scalar in the seed.
const NOT_IN_A_LINE = /[\p{Cc}\p{Cs}\u2028\u2029]/u;
const OPTIONS_MAX = 8192;

const EXPECTED = "expected one OpenSSH authorized_keys line: optional options (comma-separated, such as " +
  "'from=\"10.0.0.0/8\",no-agent-forwarding' or 'command=\"...\"' with spaces and \\\" inside the quotes; sshd's own options only), " +
  `a key type (${KEY_TYPES.join(", ")}), the base64 key, and an optional comment of up to 200 characters, UTF-8 allowed ` +
  "(no control characters, newline, CR, NUL or lone surrogates)";

function validOptions(options: string | undefined): boolean {
  if (options === undefined) return true;
  if (options.length > OPTIONS_MAX) return false;
  ONE_OPTION.lastIndex = 0;
  let m: RegExpExecArray | null;
  let end = 0;
  while (end < options.length && (m = ONE_OPTION.exec(options)) !== null) {
    const name = m[1].toLowerCase();
    if (!(m[2] === undefined ? FLAG_OPTIONS : VALUE_OPTIONS).includes(name)) return false;
    end = ONE_OPTION.lastIndex;
  }
  return end === options.length;
}

/**
 * One OpenSSH public key line as authorized_keys takes it (sshd(8)): options,
 * key type (certificates too), base64 key, comment. The comment and option values
 * are free text; they reach the seed literally (see literal.ts).
 */
export function sshPublicKey(scope: IConstruct, prop: string, value: unknown): string {
  const key = stringValue(scope, prop, value, EXPECTED, "it is written into the guest's seed at synth");
  const m = NOT_IN_A_LINE.test(key) ? null : SSH_KEY_LINE.exec(key);
  if (!m || !validOptions(m[1])) throw new ValidationError(scope, prop, key, EXPECTED);
  return key;
}

/** A list of up to `max` OpenSSH public key lines, each checked as above. */
export function sshPublicKeys(scope: IConstruct, prop: string, value: unknown, max = 64): string[] {
  return listValue(scope, prop, value, max).map((k, i) => sshPublicKey(scope, `${prop}[${i}]`, k));
}

// What a Proxmox VM's sshkeys can carry unchanged. telmate/proxmox 3.0.2-rc07 sends
// them URL-encoded and reads them back decoding only %2B %40 %3D %3A %20 %2F %2C
// %22: any other encoded character comes back encoded, and the key would show as
// changed in every plan. Proxmox then writes each key into the guest's cloud-init
// YAML as an unquoted scalar, where ': ' (or a ':' at the end) would start a mapping.
const PROXMOX_VM_KEY = /^[A-Za-z0-9 _.~$&+:=@/,"-]*$/;

/** Keys for a Proxmox VM's sshkeys: valid lines (as above) of the characters that arrive unchanged there. */
export function proxmoxVmSshKeys(scope: IConstruct, prop: string, value: unknown, max = 64): string[] {
  return sshPublicKeys(scope, prop, value, max).map((key, i) => {
    if (!PROXMOX_VM_KEY.test(key) || /:( |$)/.test(key)) {
      throw new ValidationError(scope, `${prop}[${i}]`, key, "a key for a Proxmox VM has only letters, digits, spaces and " +
        "_.~$&+:=@/,\"- (telmate/proxmox reads others back still URL-encoded, so the key would show as changed in every plan), " +
        "and no ': ' nor a ':' at the end (Proxmox writes the key into the cloud-init YAML unquoted)");
    }
    return key;
  });
}
