// https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/kvm_image
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface KvmImageConfig extends cdktf.TerraformMetaArguments {
  /**
  * Directory searched, two levels deep, for qcow2 overlays backed by this image before it is destroyed. Default: the directory above the image's own.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/kvm_image#overlay_dir KvmImage#overlay_dir}
  */
  readonly overlayDir?: string;
  /**
  * Identity stamped on the file; a file found at `path` is taken, changed or removed only while it carries this mark (or the one this resource applied last).
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/kvm_image#owner KvmImage#owner}
  */
  readonly owner: string;
  /**
  * Absolute path of the image file on the host; a change replaces it.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/kvm_image#path KvmImage#path}
  */
  readonly path: string;
  /**
  * SHA-256 of the image's content (lowercase hex); this or sha512 is required unless `unverified`. A change replaces the image.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/kvm_image#sha256 KvmImage#sha256}
  */
  readonly sha256?: string;
  /**
  * SHA-512 of the image's content (lowercase hex). A change replaces the image.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/kvm_image#sha512 KvmImage#sha512}
  */
  readonly sha512?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/kvm_image#timeouts KvmImage#timeouts}
  */
  readonly timeouts?: KvmImageTimeouts;
  /**
  * Take the image with no digest: no check at fetch, none of the file on the host or of the URL on refresh. Refused together with a digest.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/kvm_image#unverified KvmImage#unverified}
  */
  readonly unverified?: boolean | cdktf.IResolvable;
  /**
  * Where the image is fetched from: an http(s) URL, a file:// URL or an absolute path on the host. Its content is taken as it is (no conversion). A change replaces the image.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/kvm_image#url KvmImage#url}
  */
  readonly url: string;
}
export interface KvmImageTimeouts {
  /**
  * A string that can be [parsed as a duration](https://pkg.go.dev/time#ParseDuration) consisting of numbers and unit suffixes, such as "30s" or "2h45m". Valid time units are "s" (seconds), "m" (minutes), "h" (hours).
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/kvm_image#create KvmImage#create}
  */
  readonly create?: string;
  /**
  * A string that can be [parsed as a duration](https://pkg.go.dev/time#ParseDuration) consisting of numbers and unit suffixes, such as "30s" or "2h45m". Valid time units are "s" (seconds), "m" (minutes), "h" (hours). Setting a timeout for a Delete operation is only applicable if changes are saved into state before the destroy operation occurs.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/kvm_image#delete KvmImage#delete}
  */
  readonly delete?: string;
  /**
  * A string that can be [parsed as a duration](https://pkg.go.dev/time#ParseDuration) consisting of numbers and unit suffixes, such as "30s" or "2h45m". Valid time units are "s" (seconds), "m" (minutes), "h" (hours). Read operations occur during any refresh or planning operation when refresh is enabled.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/kvm_image#read KvmImage#read}
  */
  readonly read?: string;
  /**
  * A string that can be [parsed as a duration](https://pkg.go.dev/time#ParseDuration) consisting of numbers and unit suffixes, such as "30s" or "2h45m". Valid time units are "s" (seconds), "m" (minutes), "h" (hours).
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/kvm_image#update KvmImage#update}
  */
  readonly update?: string;
}

export function kvmImageTimeoutsToTerraform(struct?: KvmImageTimeouts | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    create: cdktf.stringToTerraform(struct!.create),
    delete: cdktf.stringToTerraform(struct!.delete),
    read: cdktf.stringToTerraform(struct!.read),
    update: cdktf.stringToTerraform(struct!.update),
  }
}


export function kvmImageTimeoutsToHclTerraform(struct?: KvmImageTimeouts | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    create: {
      value: cdktf.stringToHclTerraform(struct!.create),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    delete: {
      value: cdktf.stringToHclTerraform(struct!.delete),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    read: {
      value: cdktf.stringToHclTerraform(struct!.read),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    update: {
      value: cdktf.stringToHclTerraform(struct!.update),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KvmImageTimeoutsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KvmImageTimeouts | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._create !== undefined) {
      hasAnyValues = true;
      internalValueResult.create = this._create;
    }
    if (this._delete !== undefined) {
      hasAnyValues = true;
      internalValueResult.delete = this._delete;
    }
    if (this._read !== undefined) {
      hasAnyValues = true;
      internalValueResult.read = this._read;
    }
    if (this._update !== undefined) {
      hasAnyValues = true;
      internalValueResult.update = this._update;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KvmImageTimeouts | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._create = undefined;
      this._delete = undefined;
      this._read = undefined;
      this._update = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._create = value.create;
      this._delete = value.delete;
      this._read = value.read;
      this._update = value.update;
    }
  }

  // create - computed: false, optional: true, required: false
  private _create?: string; 
  public get create() {
    return this.getStringAttribute('create');
  }
  public set create(value: string) {
    this._create = value;
  }
  public resetCreate() {
    this._create = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get createInput() {
    return this._create;
  }

  // delete - computed: false, optional: true, required: false
  private _delete?: string; 
  public get delete() {
    return this.getStringAttribute('delete');
  }
  public set delete(value: string) {
    this._delete = value;
  }
  public resetDelete() {
    this._delete = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get deleteInput() {
    return this._delete;
  }

  // read - computed: false, optional: true, required: false
  private _read?: string; 
  public get read() {
    return this.getStringAttribute('read');
  }
  public set read(value: string) {
    this._read = value;
  }
  public resetRead() {
    this._read = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get readInput() {
    return this._read;
  }

  // update - computed: false, optional: true, required: false
  private _update?: string; 
  public get update() {
    return this.getStringAttribute('update');
  }
  public set update(value: string) {
    this._update = value;
  }
  public resetUpdate() {
    this._update = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get updateInput() {
    return this._update;
  }
}

/**
* Represents a {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/kvm_image hyperlab_kvm_image}
*/
export class KvmImage extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "hyperlab_kvm_image";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a KvmImage resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the KvmImage to import
  * @param importFromId The id of the existing KvmImage that should be imported. Refer to the {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/kvm_image#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the KvmImage to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "hyperlab_kvm_image", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/kvm_image hyperlab_kvm_image} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options KvmImageConfig
  */
  public constructor(scope: Construct, id: string, config: KvmImageConfig) {
    super(scope, id, {
      terraformResourceType: 'hyperlab_kvm_image',
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
    this._overlayDir = config.overlayDir;
    this._owner = config.owner;
    this._path = config.path;
    this._sha256 = config.sha256;
    this._sha512 = config.sha512;
    this._timeouts.internalValue = config.timeouts;
    this._unverified = config.unverified;
    this._url = config.url;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // format - computed: true, optional: false, required: false
  public get format() {
    return this.getStringAttribute('format');
  }

  // found_mark - computed: true, optional: false, required: false
  public get foundMark() {
    return this.getStringAttribute('found_mark');
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // overlay_dir - computed: false, optional: true, required: false
  private _overlayDir?: string; 
  public get overlayDir() {
    return this.getStringAttribute('overlay_dir');
  }
  public set overlayDir(value: string) {
    this._overlayDir = value;
  }
  public resetOverlayDir() {
    this._overlayDir = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get overlayDirInput() {
    return this._overlayDir;
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

  // sha256 - computed: false, optional: true, required: false
  private _sha256?: string; 
  public get sha256() {
    return this.getStringAttribute('sha256');
  }
  public set sha256(value: string) {
    this._sha256 = value;
  }
  public resetSha256() {
    this._sha256 = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sha256Input() {
    return this._sha256;
  }

  // sha512 - computed: false, optional: true, required: false
  private _sha512?: string; 
  public get sha512() {
    return this.getStringAttribute('sha512');
  }
  public set sha512(value: string) {
    this._sha512 = value;
  }
  public resetSha512() {
    this._sha512 = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sha512Input() {
    return this._sha512;
  }

  // size_bytes - computed: true, optional: false, required: false
  public get sizeBytes() {
    return this.getNumberAttribute('size_bytes');
  }

  // timeouts - computed: false, optional: true, required: false
  private _timeouts = new KvmImageTimeoutsOutputReference(this, "timeouts");
  public get timeouts() {
    return this._timeouts;
  }
  public putTimeouts(value: KvmImageTimeouts) {
    this._timeouts.internalValue = value;
  }
  public resetTimeouts() {
    this._timeouts.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timeoutsInput() {
    return this._timeouts.internalValue;
  }

  // unverified - computed: true, optional: true, required: false
  private _unverified?: boolean | cdktf.IResolvable; 
  public get unverified() {
    return this.getBooleanAttribute('unverified');
  }
  public set unverified(value: boolean | cdktf.IResolvable) {
    this._unverified = value;
  }
  public resetUnverified() {
    this._unverified = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get unverifiedInput() {
    return this._unverified;
  }

  // url - computed: false, optional: false, required: true
  private _url?: string; 
  public get url() {
    return this.getStringAttribute('url');
  }
  public set url(value: string) {
    this._url = value;
  }
  // Temporarily expose input value. Use with caution.
  public get urlInput() {
    return this._url;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      overlay_dir: cdktf.stringToTerraform(this._overlayDir),
      owner: cdktf.stringToTerraform(this._owner),
      path: cdktf.stringToTerraform(this._path),
      sha256: cdktf.stringToTerraform(this._sha256),
      sha512: cdktf.stringToTerraform(this._sha512),
      timeouts: kvmImageTimeoutsToTerraform(this._timeouts.internalValue),
      unverified: cdktf.booleanToTerraform(this._unverified),
      url: cdktf.stringToTerraform(this._url),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      overlay_dir: {
        value: cdktf.stringToHclTerraform(this._overlayDir),
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
      sha256: {
        value: cdktf.stringToHclTerraform(this._sha256),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      sha512: {
        value: cdktf.stringToHclTerraform(this._sha512),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      timeouts: {
        value: kvmImageTimeoutsToHclTerraform(this._timeouts.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "KvmImageTimeouts",
      },
      unverified: {
        value: cdktf.booleanToHclTerraform(this._unverified),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      url: {
        value: cdktf.stringToHclTerraform(this._url),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
