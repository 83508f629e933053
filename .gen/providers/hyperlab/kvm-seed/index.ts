// https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/kvm_seed
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface KvmSeedConfig extends cdktf.TerraformMetaArguments {
  /**
  * meta-data (instance-id, local-hostname); a change rewrites the image in place, and the guest reads it at its next boot.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/kvm_seed#meta_data KvmSeed#meta_data}
  */
  readonly metaData: string;
  /**
  * network-config (version 2); a change rewrites the image in place, and the guest reads it at its next boot.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/kvm_seed#network_config KvmSeed#network_config}
  */
  readonly networkConfig?: string;
  /**
  * Identity stamped on the file; a file found at `path` is taken, rewritten or removed only while it carries this mark (or the one this resource applied last).
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/kvm_seed#owner KvmSeed#owner}
  */
  readonly owner: string;
  /**
  * Absolute path of the image file; a change replaces it.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/kvm_seed#path KvmSeed#path}
  */
  readonly path: string;
  /**
  * user-data (#cloud-config); a change rewrites the image in place, and the guest reads it at its next boot.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/kvm_seed#user_data KvmSeed#user_data}
  */
  readonly userData: string;
  /**
  * vendor-data (#cloud-config that cloud-init applies under user-data; left out of the image when not set); a change rewrites the image in place, and the guest reads it at its next boot.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/kvm_seed#vendor_data KvmSeed#vendor_data}
  */
  readonly vendorData?: string;
}

/**
* Represents a {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/kvm_seed hyperlab_kvm_seed}
*/
export class KvmSeed extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "hyperlab_kvm_seed";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a KvmSeed resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the KvmSeed to import
  * @param importFromId The id of the existing KvmSeed that should be imported. Refer to the {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/kvm_seed#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the KvmSeed to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "hyperlab_kvm_seed", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/kvm_seed hyperlab_kvm_seed} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options KvmSeedConfig
  */
  public constructor(scope: Construct, id: string, config: KvmSeedConfig) {
    super(scope, id, {
      terraformResourceType: 'hyperlab_kvm_seed',
      terraformGeneratorMetadata: {
        providerName: 'hyperlab',
        providerVersion: '0.1.0',
        providerVersionConstraint: '0.1.0'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._metaData = config.metaData;
    this._networkConfig = config.networkConfig;
    this._owner = config.owner;
    this._path = config.path;
    this._userData = config.userData;
    this._vendorData = config.vendorData;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // found_mark - computed: true, optional: false, required: false
  public get foundMark() {
    return this.getStringAttribute('found_mark');
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // meta_data - computed: false, optional: false, required: true
  private _metaData?: string; 
  public get metaData() {
    return this.getStringAttribute('meta_data');
  }
  public set metaData(value: string) {
    this._metaData = value;
  }
  // Temporarily expose input value. Use with caution.
  public get metaDataInput() {
    return this._metaData;
  }

  // network_config - computed: false, optional: true, required: false
  private _networkConfig?: string; 
  public get networkConfig() {
    return this.getStringAttribute('network_config');
  }
  public set networkConfig(value: string) {
    this._networkConfig = value;
  }
  public resetNetworkConfig() {
    this._networkConfig = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get networkConfigInput() {
    return this._networkConfig;
  }

  // owner - computed: false, optional: false, required: true
  private _owner?: string; 
  public get owner() {
    return this.getStringAttribute('owner');
  }
  public set owner(value: string) {
    this._owner = value;
  }
  // Temporarily expose input value. Use with caution.
  public get ownerInput() {
    return this._owner;
  }

  // path - computed: false, optional: false, required: true
  private _path?: string; 
  public get path() {
    return this.getStringAttribute('path');
  }
  public set path(value: string) {
    this._path = value;
  }
  // Temporarily expose input value. Use with caution.
  public get pathInput() {
    return this._path;
  }

  // user_data - computed: false, optional: false, required: true
  private _userData?: string; 
  public get userData() {
    return this.getStringAttribute('user_data');
  }
  public set userData(value: string) {
    this._userData = value;
  }
  // Temporarily expose input value. Use with caution.
  public get userDataInput() {
    return this._userData;
  }

  // vendor_data - computed: false, optional: true, required: false
  private _vendorData?: string; 
  public get vendorData() {
    return this.getStringAttribute('vendor_data');
  }
  public set vendorData(value: string) {
    this._vendorData = value;
  }
  public resetVendorData() {
    this._vendorData = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vendorDataInput() {
    return this._vendorData;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      meta_data: cdktf.stringToTerraform(this._metaData),
      network_config: cdktf.stringToTerraform(this._networkConfig),
      owner: cdktf.stringToTerraform(this._owner),
      path: cdktf.stringToTerraform(this._path),
      user_data: cdktf.stringToTerraform(this._userData),
      vendor_data: cdktf.stringToTerraform(this._vendorData),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      meta_data: {
        value: cdktf.stringToHclTerraform(this._metaData),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      network_config: {
        value: cdktf.stringToHclTerraform(this._networkConfig),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      owner: {
        value: cdktf.stringToHclTerraform(this._owner),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      path: {
        value: cdktf.stringToHclTerraform(this._path),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      user_data: {
        value: cdktf.stringToHclTerraform(this._userData),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      vendor_data: {
        value: cdktf.stringToHclTerraform(this._vendorData),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
