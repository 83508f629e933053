// https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/tap
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface TapConfig extends cdktf.TerraformMetaArguments {
  /**
  * Bridge the device is enslaved to; changes in place. Read shows the bridge it really is on.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/tap#bridge Tap#bridge}
  */
  readonly bridge?: string;
  /**
  * Group allowed to open the device (a name); a change replaces the device.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/tap#group Tap#group}
  */
  readonly group?: string;
  /**
  * Identity written on the TAP (the device's alias): Create takes an existing TAP of its name only when it carries this mark, and refuses one that carries none or another; Update and Delete change or remove it only while it carries this mark or the one this resource applied last (a change re-marks it in place). found_mark shows what it carries.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/tap#mark Tap#mark}
  */
  readonly mark: string;
  /**
  * MTU in bytes; changes in place.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/tap#mtu Tap#mtu}
  */
  readonly mtu?: number;
  /**
  * One queue per vCPU (IFF_MULTI_QUEUE); a change replaces the device.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/tap#multi_queue Tap#multi_queue}
  */
  readonly multiQueue?: boolean | cdktf.IResolvable;
  /**
  * Device name.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/tap#name Tap#name}
  */
  readonly name: string;
  /**
  * Network namespace (a name under /run/netns) the resource lives in; "" is the provider's own.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/tap#netns Tap#netns}
  */
  readonly netns?: string;
  /**
  * User allowed to open the device (a name); the kernel keeps it, so a change replaces the device.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/tap#owner Tap#owner}
  */
  readonly owner?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/tap#timeouts Tap#timeouts}
  */
  readonly timeouts?: TapTimeouts;
}
export interface TapTimeouts {
  /**
  * A string that can be [parsed as a duration](https://pkg.go.dev/time#ParseDuration) consisting of numbers and unit suffixes, such as "30s" or "2h45m". Valid time units are "s" (seconds), "m" (minutes), "h" (hours).
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/tap#create Tap#create}
  */
  readonly create?: string;
  /**
  * A string that can be [parsed as a duration](https://pkg.go.dev/time#ParseDuration) consisting of numbers and unit suffixes, such as "30s" or "2h45m". Valid time units are "s" (seconds), "m" (minutes), "h" (hours). Setting a timeout for a Delete operation is only applicable if changes are saved into state before the destroy operation occurs.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/tap#delete Tap#delete}
  */
  readonly delete?: string;
  /**
  * A string that can be [parsed as a duration](https://pkg.go.dev/time#ParseDuration) consisting of numbers and unit suffixes, such as "30s" or "2h45m". Valid time units are "s" (seconds), "m" (minutes), "h" (hours).
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/tap#update Tap#update}
  */
  readonly update?: string;
}

export function tapTimeoutsToTerraform(struct?: TapTimeouts | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    create: cdktf.stringToTerraform(struct!.create),
    delete: cdktf.stringToTerraform(struct!.delete),
    update: cdktf.stringToTerraform(struct!.update),
  }
}


export function tapTimeoutsToHclTerraform(struct?: TapTimeouts | cdktf.IResolvable): any {
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

export class TapTimeoutsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): TapTimeouts | cdktf.IResolvable | undefined {
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
    if (this._update !== undefined) {
      hasAnyValues = true;
      internalValueResult.update = this._update;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: TapTimeouts | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._create = undefined;
      this._delete = undefined;
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
* Represents a {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/tap hyperlab_tap}
*/
export class Tap extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "hyperlab_tap";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a Tap resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the Tap to import
  * @param importFromId The id of the existing Tap that should be imported. Refer to the {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/tap#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the Tap to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "hyperlab_tap", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/tap hyperlab_tap} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options TapConfig
  */
  public constructor(scope: Construct, id: string, config: TapConfig) {
    super(scope, id, {
      terraformResourceType: 'hyperlab_tap',
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
    this._bridge = config.bridge;
    this._group = config.group;
    this._mark = config.mark;
    this._mtu = config.mtu;
    this._multiQueue = config.multiQueue;
    this._name = config.name;
    this._netns = config.netns;
    this._owner = config.owner;
    this._timeouts.internalValue = config.timeouts;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // bridge - computed: false, optional: true, required: false
  private _bridge?: string; 
  public get bridge() {
    return this.getStringAttribute('bridge');
  }
  public set bridge(value: string) {
    this._bridge = value;
  }
  public resetBridge() {
    this._bridge = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get bridgeInput() {
    return this._bridge;
  }

  // found_mark - computed: true, optional: false, required: false
  public get foundMark() {
    return this.getStringAttribute('found_mark');
  }

  // group - computed: false, optional: true, required: false
  private _group?: string; 
  public get group() {
    return this.getStringAttribute('group');
  }
  public set group(value: string) {
    this._group = value;
  }
  public resetGroup() {
    this._group = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get groupInput() {
    return this._group;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // mark - computed: false, optional: false, required: true
  private _mark?: string; 
  public get mark() {
    return this.getStringAttribute('mark');
  }
  public set mark(value: string) {
    this._mark = value;
  }
  // Temporarily expose input value. Use with caution.
  public get markInput() {
    return this._mark;
  }

  // mtu - computed: true, optional: true, required: false
  private _mtu?: number; 
  public get mtu() {
    return this.getNumberAttribute('mtu');
  }
  public set mtu(value: number) {
    this._mtu = value;
  }
  public resetMtu() {
    this._mtu = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mtuInput() {
    return this._mtu;
  }

  // multi_queue - computed: true, optional: true, required: false
  private _multiQueue?: boolean | cdktf.IResolvable; 
  public get multiQueue() {
    return this.getBooleanAttribute('multi_queue');
  }
  public set multiQueue(value: boolean | cdktf.IResolvable) {
    this._multiQueue = value;
  }
  public resetMultiQueue() {
    this._multiQueue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get multiQueueInput() {
    return this._multiQueue;
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

  // netns - computed: true, optional: true, required: false
  private _netns?: string; 
  public get netns() {
    return this.getStringAttribute('netns');
  }
  public set netns(value: string) {
    this._netns = value;
  }
  public resetNetns() {
    this._netns = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get netnsInput() {
    return this._netns;
  }

  // owner - computed: false, optional: true, required: false
  private _owner?: string; 
  public get owner() {
    return this.getStringAttribute('owner');
  }
  public set owner(value: string) {
    this._owner = value;
  }
  public resetOwner() {
    this._owner = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ownerInput() {
    return this._owner;
  }

  // timeouts - computed: false, optional: true, required: false
  private _timeouts = new TapTimeoutsOutputReference(this, "timeouts");
  public get timeouts() {
    return this._timeouts;
  }
  public putTimeouts(value: TapTimeouts) {
    this._timeouts.internalValue = value;
  }
  public resetTimeouts() {
    this._timeouts.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timeoutsInput() {
    return this._timeouts.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      bridge: cdktf.stringToTerraform(this._bridge),
      group: cdktf.stringToTerraform(this._group),
      mark: cdktf.stringToTerraform(this._mark),
      mtu: cdktf.numberToTerraform(this._mtu),
      multi_queue: cdktf.booleanToTerraform(this._multiQueue),
      name: cdktf.stringToTerraform(this._name),
      netns: cdktf.stringToTerraform(this._netns),
      owner: cdktf.stringToTerraform(this._owner),
      timeouts: tapTimeoutsToTerraform(this._timeouts.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      bridge: {
        value: cdktf.stringToHclTerraform(this._bridge),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      group: {
        value: cdktf.stringToHclTerraform(this._group),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      mark: {
        value: cdktf.stringToHclTerraform(this._mark),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      mtu: {
        value: cdktf.numberToHclTerraform(this._mtu),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      multi_queue: {
        value: cdktf.booleanToHclTerraform(this._multiQueue),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      name: {
        value: cdktf.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      netns: {
        value: cdktf.stringToHclTerraform(this._netns),
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
      timeouts: {
        value: tapTimeoutsToHclTerraform(this._timeouts.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "TapTimeouts",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
