// https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/cloud_init_disk
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface CloudInitDiskConfig extends cdktf.TerraformMetaArguments {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/cloud_init_disk#id CloudInitDisk#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/cloud_init_disk#meta_data CloudInitDisk#meta_data}
  */
  readonly metaData?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/cloud_init_disk#name CloudInitDisk#name}
  */
  readonly name: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/cloud_init_disk#network_config CloudInitDisk#network_config}
  */
  readonly networkConfig?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/cloud_init_disk#pve_node CloudInitDisk#pve_node}
  */
  readonly pveNode: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/cloud_init_disk#storage CloudInitDisk#storage}
  */
  readonly storage: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/cloud_init_disk#user_data CloudInitDisk#user_data}
  */
  readonly userData?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/cloud_init_disk#vendor_data CloudInitDisk#vendor_data}
  */
  readonly vendorData?: string;
}

/**
* Represents a {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/cloud_init_disk proxmox_cloud_init_disk}
*/
export class CloudInitDisk extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "proxmox_cloud_init_disk";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a CloudInitDisk resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the CloudInitDisk to import
  * @param importFromId The id of the existing CloudInitDisk that should be imported. Refer to the {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/cloud_init_disk#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the CloudInitDisk to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "proxmox_cloud_init_disk", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/cloud_init_disk proxmox_cloud_init_disk} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options CloudInitDiskConfig
  */
  public constructor(scope: Construct, id: string, config: CloudInitDiskConfig) {
    super(scope, id, {
      terraformResourceType: 'proxmox_cloud_init_disk',
      terraformGeneratorMetadata: {
        providerName: 'proxmox',
        providerVersion: '3.0.2-rc07',
        providerVersionConstraint: '3.0.2-rc07'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._id = config.id;
    this._metaData = config.metaData;
    this._name = config.name;
    this._networkConfig = config.networkConfig;
    this._pveNode = config.pveNode;
    this._storage = config.storage;
    this._userData = config.userData;
    this._vendorData = config.vendorData;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // id - computed: true, optional: true, required: false
  private _id?: string; 
  public get id() {
    return this.getStringAttribute('id');
  }
  public set id(value: string) {
    this._id = value;
  }
  public resetId() {
    this._id = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get idInput() {
    return this._id;
  }

  // meta_data - computed: false, optional: true, required: false
  private _metaData?: string; 
  public get metaData() {
    return this.getStringAttribute('meta_data');
  }
  public set metaData(value: string) {
    this._metaData = value;
  }
  public resetMetaData() {
    this._metaData = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get metaDataInput() {
    return this._metaData;
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
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

  // pve_node - computed: false, optional: false, required: true
  private _pveNode?: string; 
  public get pveNode() {
    return this.getStringAttribute('pve_node');
  }
  public set pveNode(value: string) {
    this._pveNode = value;
  }
  // Temporarily expose input value. Use with caution.
  public get pveNodeInput() {
    return this._pveNode;
  }

  // sha256 - computed: true, optional: false, required: false
  public get sha256() {
    return this.getStringAttribute('sha256');
  }

  // size - computed: true, optional: false, required: false
  public get size() {
    return this.getStringAttribute('size');
  }

  // storage - computed: false, optional: false, required: true
  private _storage?: string; 
  public get storage() {
    return this.getStringAttribute('storage');
  }
  public set storage(value: string) {
    this._storage = value;
  }
  // Temporarily expose input value. Use with caution.
  public get storageInput() {
    return this._storage;
  }

  // user_data - computed: false, optional: true, required: false
  private _userData?: string; 
  public get userData() {
    return this.getStringAttribute('user_data');
  }
  public set userData(value: string) {
    this._userData = value;
  }
  public resetUserData() {
    this._userData = undefined;
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
      id: cdktf.stringToTerraform(this._id),
      meta_data: cdktf.stringToTerraform(this._metaData),
      name: cdktf.stringToTerraform(this._name),
      network_config: cdktf.stringToTerraform(this._networkConfig),
      pve_node: cdktf.stringToTerraform(this._pveNode),
      storage: cdktf.stringToTerraform(this._storage),
      user_data: cdktf.stringToTerraform(this._userData),
      vendor_data: cdktf.stringToTerraform(this._vendorData),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      id: {
        value: cdktf.stringToHclTerraform(this._id),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      meta_data: {
        value: cdktf.stringToHclTerraform(this._metaData),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      name: {
        value: cdktf.stringToHclTerraform(this._name),
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
      pve_node: {
        value: cdktf.stringToHclTerraform(this._pveNode),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      storage: {
        value: cdktf.stringToHclTerraform(this._storage),
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
