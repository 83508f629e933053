// https://local/providers/hyperlab/hyperlab/0.1.0/docs
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface HyperlabProviderConfig {
  /**
  * The Linux host this configuration acts on, over SSH: every resource of the configuration is made there, by a copy of this provider started on the host (copied to agent_dir when the host lacks one with its sha256). Without it, the host is the machine the engine runs on.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs#ssh HyperlabProvider#ssh}
  */
  readonly ssh?: HyperlabProviderSsh;
  /**
  * Alias name
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs#alias HyperlabProvider#alias}
  */
  readonly alias?: string;
}
export interface HyperlabProviderSsh {
  /**
  * Directory on the host the agent binary is kept in, named by its sha256; default /var/lib/hyperlab/agent.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs#agent_dir HyperlabProvider#agent_dir}
  */
  readonly agentDir?: string;
  /**
  * DNS name or IP address of the host.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs#host HyperlabProvider#host}
  */
  readonly host: string;
  /**
  * known_hosts lines for the host (its public keys): the host key is checked against them, and an unknown or changed key stops the connection.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs#known_hosts HyperlabProvider#known_hosts}
  */
  readonly knownHosts?: string;
  /**
  * A known_hosts file to check the host key against, instead of known_hosts.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs#known_hosts_file HyperlabProvider#known_hosts_file}
  */
  readonly knownHostsFile?: string;
  /**
  * The host's name in messages (the construct gives its path).
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs#name HyperlabProvider#name}
  */
  readonly name: string;
  /**
  * SSH port (1-65535); default 22.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs#port HyperlabProvider#port}
  */
  readonly port?: number;
  /**
  * Private key to log in with (OpenSSH or PEM, unencrypted); from a sensitive variable.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs#private_key HyperlabProvider#private_key}
  */
  readonly privateKey?: string;
  /**
  * A file holding the private key to log in with, instead of private_key.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs#private_key_file HyperlabProvider#private_key_file}
  */
  readonly privateKeyFile?: string;
  /**
  * Run the agent, and its copy, as root through `sudo -n` (no password: the user needs a NOPASSWD rule); for a user that is not root. Default false.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs#sudo HyperlabProvider#sudo}
  */
  readonly sudo?: boolean | cdktf.IResolvable;
  /**
  * Seconds to connect and log in (1-600); default 15. A host that does not answer in time fails its resources' plan and apply.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs#timeout_seconds HyperlabProvider#timeout_seconds}
  */
  readonly timeoutSeconds?: number;
  /**
  * Also offer the keys of the ssh-agent at SSH_AUTH_SOCK.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs#use_agent HyperlabProvider#use_agent}
  */
  readonly useAgent?: boolean | cdktf.IResolvable;
  /**
  * User to log in as; default root. The resources need root's privileges on the host.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs#user HyperlabProvider#user}
  */
  readonly user?: string;
}

export function hyperlabProviderSshToTerraform(struct?: HyperlabProviderSsh | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    agent_dir: cdktf.stringToTerraform(struct!.agentDir),
    host: cdktf.stringToTerraform(struct!.host),
    known_hosts: cdktf.stringToTerraform(struct!.knownHosts),
    known_hosts_file: cdktf.stringToTerraform(struct!.knownHostsFile),
    name: cdktf.stringToTerraform(struct!.name),
    port: cdktf.numberToTerraform(struct!.port),
    private_key: cdktf.stringToTerraform(struct!.privateKey),
    private_key_file: cdktf.stringToTerraform(struct!.privateKeyFile),
    sudo: cdktf.booleanToTerraform(struct!.sudo),
    timeout_seconds: cdktf.numberToTerraform(struct!.timeoutSeconds),
    use_agent: cdktf.booleanToTerraform(struct!.useAgent),
    user: cdktf.stringToTerraform(struct!.user),
  }
}


export function hyperlabProviderSshToHclTerraform(struct?: HyperlabProviderSsh | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    agent_dir: {
      value: cdktf.stringToHclTerraform(struct!.agentDir),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    host: {
      value: cdktf.stringToHclTerraform(struct!.host),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    known_hosts: {
      value: cdktf.stringToHclTerraform(struct!.knownHosts),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    known_hosts_file: {
      value: cdktf.stringToHclTerraform(struct!.knownHostsFile),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    name: {
      value: cdktf.stringToHclTerraform(struct!.name),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    port: {
      value: cdktf.numberToHclTerraform(struct!.port),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    private_key: {
      value: cdktf.stringToHclTerraform(struct!.privateKey),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    private_key_file: {
      value: cdktf.stringToHclTerraform(struct!.privateKeyFile),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    sudo: {
      value: cdktf.booleanToHclTerraform(struct!.sudo),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    timeout_seconds: {
      value: cdktf.numberToHclTerraform(struct!.timeoutSeconds),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    use_agent: {
      value: cdktf.booleanToHclTerraform(struct!.useAgent),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    user: {
      value: cdktf.stringToHclTerraform(struct!.user),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}


/**
* Represents a {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs hyperlab}
*/
export class HyperlabProvider extends cdktf.TerraformProvider {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "hyperlab";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a HyperlabProvider resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the HyperlabProvider to import
  * @param importFromId The id of the existing HyperlabProvider that should be imported. Refer to the {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the HyperlabProvider to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "hyperlab", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs hyperlab} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options HyperlabProviderConfig = {}
  */
  public constructor(scope: Construct, id: string, config: HyperlabProviderConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'hyperlab',
      terraformGeneratorMetadata: {
        providerName: 'hyperlab',
        providerVersion: '0.1.0',
        providerVersionConstraint: '0.1.0'
      },
      terraformProviderSource: 'hyperlab/hyperlab'
    });
    this._ssh = config.ssh;
    this._alias = config.alias;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // ssh - computed: false, optional: true, required: false
  private _ssh?: HyperlabProviderSsh; 
  public get ssh() {
    return this._ssh;
  }
  public set ssh(value: HyperlabProviderSsh | undefined) {
    this._ssh = value;
  }
  public resetSsh() {
    this._ssh = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sshInput() {
    return this._ssh;
  }

  // alias - computed: false, optional: true, required: false
  private _alias?: string; 
  public get alias() {
    return this._alias;
  }
  public set alias(value: string | undefined) {
    this._alias = value;
  }
  public resetAlias() {
    this._alias = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get aliasInput() {
    return this._alias;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      ssh: hyperlabProviderSshToTerraform(this._ssh),
      alias: cdktf.stringToTerraform(this._alias),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      ssh: {
        value: hyperlabProviderSshToHclTerraform(this._ssh),
        isBlock: true,
        type: "struct",
        storageClassType: "HyperlabProviderSsh",
      },
      alias: {
        value: cdktf.stringToHclTerraform(this._alias),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
