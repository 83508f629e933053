import { IConstruct } from "constructs";
import { ValidationError } from "./errors";

const SSH_PUBLIC_KEY = /^(ssh-(rsa|ed25519|dss)|ecdsa-sha2-nistp(256|384|521)|sk-(ssh-ed25519|ecdsa-sha2-nistp256)@openssh\.com) [A-Za-z0-9+\/]+={0,3}( [\x20-\x7e]{1,200})?$/;

/** One OpenSSH public key line ("ssh-ed25519 AAAA... comment"), on one line. */
export function sshPublicKey(scope: IConstruct, prop: string, value: string): string {
  if (!SSH_PUBLIC_KEY.test(value)) {
    throw new ValidationError(scope, prop, value, "expected one OpenSSH public key line such as 'ssh-ed25519 AAAAC3... user@host'");
  }
  return value;
}
