import { TerraformStack, TerraformVariable } from "cdktf";
import { Construct } from "constructs";
import { HyperlabProvider } from "../../l1";
import { ipAddress } from "../core/addresses";
import { ConfigurationError, ValidationError } from "../core/errors";
import { booleanValue, objectValue, stringValue } from "../core/input";
import { terraformLiteral } from "../core/literal";
import { dnsName, hostPath, posixUser } from "../core/names";
import { integerIn } from "../core/numbers";
import { claimUnique } from "../core/registry";

/**
 * How the provider reaches a LinuxHost that is not the machine running the engine.
 * The provider logs in, starts a copy of itself there (copying it to `agentDir`
 * when the host has none with the same sha256) and makes every resource of the
 * host through it. The host key is always checked; the private key never reaches
 * cdk.tf.json or the state.
 */
export interface LinuxHostSshProps {
  /** DNS name or IP address of the host. */
  readonly host: string;
  /** SSH port (1-65535). @default 22 */
  readonly port?: number;
  /** User to log in as: the resources need root's privileges on the host (see `sudo`). @default "root" */
  readonly user?: string;
  /**
   * Run the agent, and its copy to `agentDir`, as root through `sudo -n`: for a
   * `user` that is not root. The user needs a NOPASSWD sudo rule; one that asks for
   * a password fails the deploy with sudo's message, never prompts.
   * @default false
   */
  readonly sudo?: boolean;
  /**
   * The host's public keys as known_hosts lines (`ADDRESS KEYTYPE BASE64`, e.g. from
   * `ssh-keyscan`, checked out of band); a key that is unknown or changed stops the
   * deploy before anything is done on the host. Exactly one of knownHosts and
   * knownHostsFile.
   * @default - none
   */
  readonly knownHosts?: string;
  /** A known_hosts file on the machine running the engine, instead of knownHosts. @default - none */
  readonly knownHostsFile?: string;
  /**
   * Name of a sensitive Terraform variable holding the private key (OpenSSH or PEM,
   * unencrypted), which the stack declares (set it with TF_VAR_<name> in a pipeline).
   * Hosts may share one. One of privateKeyVariable, privateKeyFile or useAgent.
   * @default - none
   */
  readonly privateKeyVariable?: string;
  /** A private key file on the machine running the engine, instead of privateKeyVariable. @default - none */
  readonly privateKeyFile?: string;
  /** Offer the keys of the ssh-agent at SSH_AUTH_SOCK too. @default false */
  readonly useAgent?: boolean;
  /** Directory on the host that keeps the agent binary, named by its sha256. @default "/var/lib/hyperlab/agent" */
  readonly agentDir?: string;
  /** Seconds to connect and log in (1-600); a host that does not answer fails its resources' plan and apply. @default 15 */
  readonly timeoutSeconds?: number;
}

/** A LinuxHost's SSH settings, checked, as the provider's `ssh` block has them. */
export interface SshSpec {
  readonly address: string;
  readonly port: number;
  readonly user: string;
  readonly knownHosts?: string;
  readonly knownHostsFile?: string;
  readonly privateKey?: string;
  readonly privateKeyFile?: string;
  readonly useAgent?: boolean;
  readonly sudo?: boolean;
  readonly agentDir?: string;
  readonly timeoutSeconds: number;
}

/** One known_hosts line: host patterns (or a |1| hash), a key type, a base64 key, an optional comment. */
const KNOWN_HOSTS_LINE = /^(@(?:cert-authority|revoked) )?[A-Za-z0-9.:[\]*?,!_|=+/-]{1,1024} (ssh-ed25519|ssh-rsa|ecdsa-sha2-nistp(?:256|384|521)|sk-ssh-ed25519@openssh\.com|sk-ecdsa-sha2-nistp256@openssh\.com) [A-Za-z0-9+/]{16,16384}={0,2}( [\x20-\x7e]{0,256})?$/;
const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_-]{0,63}$/;

function knownHostsValue(scope: Construct, value: unknown): string {
  const expected = "known_hosts lines: `HOSTS KEYTYPE BASE64 [comment]`, e.g. '10.0.0.2 ssh-ed25519 AAAAC3Nza...', up to 64 lines";
  const text = stringValue(scope, "ssh.knownHosts", value, expected, "the host key is checked before anything is done on the host");
  const lines = text.split("\n").filter((l) => l.trim() !== "" && !l.startsWith("#"));
  if (!lines.length || lines.length > 64 || !lines.every((l) => KNOWN_HOSTS_LINE.test(l))) {
    throw new ValidationError(scope, "ssh.knownHosts", text, expected);
  }
  return lines.join("\n");
}

/** The address as the provider dials it: an IP address in canonical form, or a DNS name. */
function sshAddress(scope: Construct, value: unknown): string {
  const s = stringValue(scope, "ssh.host", value, "a DNS name or an IP address", "it names the host in claims and messages at synth");
  return /^[0-9.]+$|:/.test(s) ? ipAddress(scope, "ssh.host", s, "it names the host at synth") : dnsName(scope, "ssh.host", s).toLowerCase().replace(/\.$/, "");
}

export function sshSpec(scope: Construct, value: unknown): SshSpec | undefined {
  const props = objectValue<LinuxHostSshProps>(scope, "ssh", value);
  if (props === undefined) return undefined;
  const address = sshAddress(scope, props.host);
  const sources = (["knownHosts", "knownHostsFile"] as const).filter((p) => props[p] !== undefined);
  if (sources.length !== 1) {
    throw new ConfigurationError(scope, "ssh needs exactly one of knownHosts and knownHostsFile: the host key is always checked, " +
      "and there is no way to accept an unknown one");
  }
  const keys = (["privateKeyVariable", "privateKeyFile"] as const).filter((p) => props[p] !== undefined);
  const useAgent = booleanValue(scope, "ssh.useAgent", props.useAgent, false, "it is checked at synth");
  if (keys.length > 1) throw new ConfigurationError(scope, "ssh takes privateKeyVariable or privateKeyFile, not both");
  if (!keys.length && !useAgent) {
    throw new ConfigurationError(scope, "ssh needs a way to log in: privateKeyVariable (a sensitive variable), privateKeyFile or useAgent");
  }
  let privateKey: string | undefined;
  if (props.privateKeyVariable !== undefined) {
    const expected = "a Terraform variable name: a letter or '_', then up to 63 of [A-Za-z0-9_-]";
    const name = stringValue(scope, "ssh.privateKeyVariable", props.privateKeyVariable, expected, "it names a variable the stack declares");
    if (!VARIABLE_NAME.test(name)) throw new ValidationError(scope, "ssh.privateKeyVariable", name, expected);
    privateKey = sensitiveVariable(scope, name).stringValue;
  }
  return {
    address,
    port: integerIn(scope, "ssh.port", props.port ?? 22, 1, 65535),
    user: props.user === undefined ? "root" : posixUser(scope, "ssh.user", props.user),
    knownHosts: props.knownHosts === undefined ? undefined : knownHostsValue(scope, props.knownHosts),
    knownHostsFile: props.knownHostsFile === undefined ? undefined : terraformLiteral(hostPath(scope, "ssh.knownHostsFile", props.knownHostsFile)),
    privateKey,
    privateKeyFile: props.privateKeyFile === undefined ? undefined : terraformLiteral(hostPath(scope, "ssh.privateKeyFile", props.privateKeyFile)),
    useAgent: useAgent || undefined,
    sudo: booleanValue(scope, "ssh.sudo", props.sudo, false, "it is checked at synth") || undefined,
    agentDir: props.agentDir === undefined ? undefined : terraformLiteral(hostPath(scope, "ssh.agentDir", props.agentDir)),
    timeoutSeconds: integerIn(scope, "ssh.timeoutSeconds", props.timeoutSeconds ?? 15, 1, 600, "seconds"),
  };
}

/** The stack's sensitive variable of that name, declared by the first host that needs it. */
function sensitiveVariable(scope: Construct, name: string): TerraformVariable {
  const stack = TerraformStack.of(scope);
  const id = `ssh-key-${name}`;
  const existing = stack.node.tryFindChild(id);
  if (existing instanceof TerraformVariable) return existing;
  const variable = new TerraformVariable(stack, id, {
    type: "string", sensitive: true, nullable: false,
    description: "Private SSH key for the LinuxHosts with ssh.privateKeyVariable " + name + " (never written to cdk.tf.json or the state)",
  });
  variable.overrideLogicalId(name);
  return variable;
}

/**
 * The hyperlab provider configuration of a host reached over SSH (a LinuxHost, or
 * a ProxmoxNode for its snippet files): one alias per host, as the engine runs one
 * provider process per configuration, named after the host's path.
 */
export function sshHostProvider(host: Construct, ssh: SshSpec): HyperlabProvider {
  const alias = host.node.path.replace(/[^A-Za-z0-9_]/g, "_").replace(/^(?=[0-9])/, "_");
  claimUnique(host, "hyperlab provider alias", alias, "ssh");
  const { address, ...rest } = ssh;
  // The name is for messages: the path, in the characters the provider's messages take.
  const name = host.node.path.replace(/[^\p{L}\p{N}_./:-]/gu, "_").slice(0, 256);
  return new HyperlabProvider(host, "provider", { alias, ssh: { name, host: address, ...rest } });
}
