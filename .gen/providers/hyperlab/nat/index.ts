// https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/nat
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface NatConfig extends cdktf.TerraformMetaArguments {
  /**
  * The bridge whose guests are masqueraded.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/nat#bridge Nat#bridge}
  */
  readonly bridge: string;
  /**
  * Whether both FORWARD rules are in place (Read: whether they are).
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/nat#forward Nat#forward}
  */
  readonly forward?: boolean | cdktf.IResolvable;
  /**
  * Whether net.ipv4.ip_forward is 1 in the namespace, and with source_cidr6 net.ipv6.conf.all.forwarding too (Read: whether they are).
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/nat#ip_forward Nat#ip_forward}
  */
  readonly ipForward?: boolean | cdktf.IResolvable;
  /**
  * Identity written in the rules' comment ("hyperlab:BRIDGE MARK"): Create refuses when rules for the bridge carry another mark or none, Update changes them only while they carry this mark or the one this resource applied last, and Delete removes only rules with its own; a change rewrites the rules in place. A state written before marks (no mark) takes the bridge's unmarked rules as its own.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/nat#mark Nat#mark}
  */
  readonly mark: string;
  /**
  * Whether the MASQUERADE rule is in place (Read: whether it is).
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/nat#masquerade Nat#masquerade}
  */
  readonly masquerade?: boolean | cdktf.IResolvable;
  /**
  * Whether the ip6tables MASQUERADE rule for source_cidr6 is in place (Read: whether it is): for a ULA prefix (fc00::/7), which is not routed beyond the host; a global prefix is routed, not translated. Needs source_cidr6.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/nat#masquerade6 Nat#masquerade6}
  */
  readonly masquerade6?: boolean | cdktf.IResolvable;
  /**
  * Network namespace (a name under /run/netns) the resource lives in; "" is the provider's own.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/nat#netns Nat#netns}
  */
  readonly netns?: string;
  /**
  * The bridge's IPv4 network, e.g. 10.0.3.0/24.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/nat#source_cidr Nat#source_cidr}
  */
  readonly sourceCidr: string;
  /**
  * The bridge's IPv6 network, e.g. fd42:1::/64: its traffic is forwarded too (ip6tables FORWARD rules, IPv6 forwarding on), and masqueraded where masquerade6 is set.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/nat#source_cidr6 Nat#source_cidr6}
  */
  readonly sourceCidr6?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/nat#timeouts Nat#timeouts}
  */
  readonly timeouts?: NatTimeouts;
}
export interface NatTimeouts {
  /**
  * A string that can be [parsed as a duration](https://pkg.go.dev/time#ParseDuration) consisting of numbers and unit suffixes, such as "30s" or "2h45m". Valid time units are "s" (seconds), "m" (minutes), "h" (hours).
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/nat#create Nat#create}
  */
  readonly create?: string;
  /**
  * A string that can be [parsed as a duration](https://pkg.go.dev/time#ParseDuration) consisting of numbers and unit suffixes, such as "30s" or "2h45m". Valid time units are "s" (seconds), "m" (minutes), "h" (hours). Setting a timeout for a Delete operation is only applicable if changes are saved into state before the destroy operation occurs.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/nat#delete Nat#delete}
  */
  readonly delete?: string;
  /**
  * A string that can be [parsed as a duration](https://pkg.go.dev/time#ParseDuration) consisting of numbers and unit suffixes, such as "30s" or "2h45m". Valid time units are "s" (seconds), "m" (minutes), "h" (hours).
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/nat#update Nat#update}
  */
  readonly update?: string;
}

export function natTimeoutsToTerraform(struct?: NatTimeouts | cdktf.IResolvable): any {
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


export function natTimeoutsToHclTerraform(struct?: NatTimeouts | cdktf.IResolvable): any {
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

export class NatTimeoutsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): NatTimeouts | cdktf.IResolvable | undefined {
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

  public set internalValue(value: NatTimeouts | cdktf.IResolvable | undefined) {
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
* Represents a {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/nat hyperlab_nat}
*/
export class Nat extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "hyperlab_nat";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a Nat resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the Nat to import
  * @param importFromId The id of the existing Nat that should be imported. Refer to the {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/nat#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the Nat to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "hyperlab_nat", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/nat hyperlab_nat} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options NatConfig
  */
  public constructor(scope: Construct, id: string, config: NatConfig) {
    super(scope, id, {
      terraformResourceType: 'hyperlab_nat',
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
    this._forward = config.forward;
    this._ipForward = config.ipForward;
    this._mark = config.mark;
    this._masquerade = config.masquerade;
    this._masquerade6 = config.masquerade6;
    this._netns = config.netns;
    this._sourceCidr = config.sourceCidr;
    this._sourceCidr6 = config.sourceCidr6;
    this._timeouts.internalValue = config.timeouts;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // bridge - computed: false, optional: false, required: true
  private _bridge?: string; 
  public get bridge() {
    return this.getStringAttribute('bridge');
  }
  public set bridge(value: string) {
    this._bridge = value;
  }
  // Temporarily expose input value. Use with caution.
  public get bridgeInput() {
    return this._bridge;
  }

  // forward - computed: true, optional: true, required: false
  private _forward?: boolean | cdktf.IResolvable; 
  public get forward() {
    return this.getBooleanAttribute('forward');
  }
  public set forward(value: boolean | cdktf.IResolvable) {
    this._forward = value;
  }
  public resetForward() {
    this._forward = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get forwardInput() {
    return this._forward;
  }

  // found_mark - computed: true, optional: false, required: false
  public get foundMark() {
    return this.getStringAttribute('found_mark');
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // ip_forward - computed: true, optional: true, required: false
  private _ipForward?: boolean | cdktf.IResolvable; 
  public get ipForward() {
    return this.getBooleanAttribute('ip_forward');
  }
  public set ipForward(value: boolean | cdktf.IResolvable) {
    this._ipForward = value;
  }
  public resetIpForward() {
    this._ipForward = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ipForwardInput() {
    return this._ipForward;
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

  // masquerade - computed: true, optional: true, required: false
  private _masquerade?: boolean | cdktf.IResolvable; 
  public get masquerade() {
    return this.getBooleanAttribute('masquerade');
  }
  public set masquerade(value: boolean | cdktf.IResolvable) {
    this._masquerade = value;
  }
  public resetMasquerade() {
    this._masquerade = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get masqueradeInput() {
    return this._masquerade;
  }

  // masquerade6 - computed: true, optional: true, required: false
  private _masquerade6?: boolean | cdktf.IResolvable; 
  public get masquerade6() {
    return this.getBooleanAttribute('masquerade6');
  }
  public set masquerade6(value: boolean | cdktf.IResolvable) {
    this._masquerade6 = value;
  }
  public resetMasquerade6() {
    this._masquerade6 = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get masquerade6Input() {
    return this._masquerade6;
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

  // source_cidr - computed: false, optional: false, required: true
  private _sourceCidr?: string; 
  public get sourceCidr() {
    return this.getStringAttribute('source_cidr');
  }
  public set sourceCidr(value: string) {
    this._sourceCidr = value;
  }
  // Temporarily expose input value. Use with caution.
  public get sourceCidrInput() {
    return this._sourceCidr;
  }

  // source_cidr6 - computed: false, optional: true, required: false
  private _sourceCidr6?: string; 
  public get sourceCidr6() {
    return this.getStringAttribute('source_cidr6');
  }
  public set sourceCidr6(value: string) {
    this._sourceCidr6 = value;
  }
  public resetSourceCidr6() {
    this._sourceCidr6 = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sourceCidr6Input() {
    return this._sourceCidr6;
  }

  // timeouts - computed: false, optional: true, required: false
  private _timeouts = new NatTimeoutsOutputReference(this, "timeouts");
  public get timeouts() {
    return this._timeouts;
  }
  public putTimeouts(value: NatTimeouts) {
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
      forward: cdktf.booleanToTerraform(this._forward),
      ip_forward: cdktf.booleanToTerraform(this._ipForward),
      mark: cdktf.stringToTerraform(this._mark),
      masquerade: cdktf.booleanToTerraform(this._masquerade),
      masquerade6: cdktf.booleanToTerraform(this._masquerade6),
      netns: cdktf.stringToTerraform(this._netns),
      source_cidr: cdktf.stringToTerraform(this._sourceCidr),
      source_cidr6: cdktf.stringToTerraform(this._sourceCidr6),
      timeouts: natTimeoutsToTerraform(this._timeouts.internalValue),
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
      forward: {
        value: cdktf.booleanToHclTerraform(this._forward),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      ip_forward: {
        value: cdktf.booleanToHclTerraform(this._ipForward),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      mark: {
        value: cdktf.stringToHclTerraform(this._mark),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      masquerade: {
        value: cdktf.booleanToHclTerraform(this._masquerade),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      masquerade6: {
        value: cdktf.booleanToHclTerraform(this._masquerade6),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      netns: {
        value: cdktf.stringToHclTerraform(this._netns),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      source_cidr: {
        value: cdktf.stringToHclTerraform(this._sourceCidr),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      source_cidr6: {
        value: cdktf.stringToHclTerraform(this._sourceCidr6),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      timeouts: {
        value: natTimeoutsToHclTerraform(this._timeouts.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "NatTimeouts",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
