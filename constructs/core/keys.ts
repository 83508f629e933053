import { IConstruct } from "constructs";
import { ValidationError } from "./errors";
import { listValue, stringValue } from "./input";

const SSH_PUBLIC_KEY = /^(ssh-(rsa|ed25519|dss)|ecdsa-sha2-nistp(256|384|521)|sk-(ssh-ed25519|ecdsa-sha2-nistp256)@openssh\.com) [A-Za-z0-9+\/]{16,16384}={0,3}( [\x20-\x7e]{1,200})?$/;

/**
 * One OpenSSH public key line ("ssh-ed25519 AAAA... comment"), on one line. The
 * comment is free printable text; it reaches the seed literally (see literal.ts).
 */
export function sshPublicKey(scope: IConstruct, prop: string, value: unknown): string {
  const expected = "expected one OpenSSH public key line such as 'ssh-ed25519 AAAAC3... user@host' (comment: up to 200 printable ASCII characters)";
  const key = stringValue(scope, prop, value, expected, "it is written into the guest's seed at synth");
  if (!SSH_PUBLIC_KEY.test(key)) throw new ValidationError(scope, prop, key, expected);
  return key;
}

/** A list of up to `max` OpenSSH public key lines, each checked as above. */
export function sshPublicKeys(scope: IConstruct, prop: string, value: unknown, max = 64): string[] {
  return listValue(scope, prop, value, max).map((k, i) => sshPublicKey(scope, `${prop}[${i}]`, k));
}
