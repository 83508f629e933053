// https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/vmware_vm
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface VmwareVmConfig extends cdktf.TerraformMetaArguments {
  /**
  * numvcpus.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/vmware_vm#cpus VmwareVm#cpus}
  */
  readonly cpus?: number;
  /**
  * Virtual disks (.vmdk) on scsi0, in unit order.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/vmware_vm#disks VmwareVm#disks}
  */
  readonly disks?: string[];
  /**
  * displayName: the VM's name in VMware's UI.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/vmware_vm#display_name VmwareVm#display_name}
  */
  readonly displayName: string;
  /**
  * guestOS, e.g. debian12-64.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/vmware_vm#guest_os VmwareVm#guest_os}
  */
  readonly guestOs?: string;
  /**
  * Identity kept in the .vmx as `hyperlab.owner = "MARK"`: Create takes an existing .vmx at vmx_path only when it carries this mark, and refuses one that carries none or another; Update and Delete change or remove the VM only while it carries it. Changes in place (written with the other keys: a running VM is stopped and started again).
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/vmware_vm#mark VmwareVm#mark}
  */
  readonly mark: string;
  /**
  * memsize, in MiB.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/vmware_vm#memory_mib VmwareVm#memory_mib}
  */
  readonly memoryMib?: number;
  /**
  * ethernet0, ethernet1, ... with static MACs.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/vmware_vm#nics VmwareVm#nics}
  */
  readonly nics?: VmwareVmNics[] | cdktf.IResolvable;
  /**
  * Whether the VM runs (vmrun start nogui / stop).
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/vmware_vm#running VmwareVm#running}
  */
  readonly running?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/vmware_vm#timeouts VmwareVm#timeouts}
  */
  readonly timeouts?: VmwareVmTimeouts;
  /**
  * Where the .vmx is written; its folder is made if missing.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/vmware_vm#vmx_path VmwareVm#vmx_path}
  */
  readonly vmxPath: string;
}
export interface VmwareVmNics {
  /**
  * "custom" (on vmnet vnet), or VMware's "bridged", "hostonly", "nat".
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/vmware_vm#connection_type VmwareVm#connection_type}
  */
  readonly connectionType: string;
  /**
  * Static MAC.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/vmware_vm#mac VmwareVm#mac}
  */
  readonly mac: string;
  /**
  * vmnet number (0-19) of a custom NIC.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/vmware_vm#vnet VmwareVm#vnet}
  */
  readonly vnet?: number;
}

export function vmwareVmNicsToTerraform(struct?: VmwareVmNics | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    connection_type: cdktf.stringToTerraform(struct!.connectionType),
    mac: cdktf.stringToTerraform(struct!.mac),
    vnet: cdktf.numberToTerraform(struct!.vnet),
  }
}


export function vmwareVmNicsToHclTerraform(struct?: VmwareVmNics | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    connection_type: {
      value: cdktf.stringToHclTerraform(struct!.connectionType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    mac: {
      value: cdktf.stringToHclTerraform(struct!.mac),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    vnet: {
      value: cdktf.numberToHclTerraform(struct!.vnet),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmwareVmNicsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): VmwareVmNics | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._connectionType !== undefined) {
      hasAnyValues = true;
      internalValueResult.connectionType = this._connectionType;
    }
    if (this._mac !== undefined) {
      hasAnyValues = true;
      internalValueResult.mac = this._mac;
    }
    if (this._vnet !== undefined) {
      hasAnyValues = true;
      internalValueResult.vnet = this._vnet;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmwareVmNics | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._connectionType = undefined;
      this._mac = undefined;
      this._vnet = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._connectionType = value.connectionType;
      this._mac = value.mac;
      this._vnet = value.vnet;
    }
  }

  // connection_type - computed: true, optional: false, required: true
  private _connectionType?: string; 
  public get connectionType() {
    return this.getStringAttribute('connection_type');
  }
  public set connectionType(value: string) {
    this._connectionType = value;
  }
  // Temporarily expose input value. Use with caution.
  public get connectionTypeInput() {
    return this._connectionType;
  }

  // mac - computed: true, optional: false, required: true
  private _mac?: string; 
  public get mac() {
    return this.getStringAttribute('mac');
  }
  public set mac(value: string) {
    this._mac = value;
  }
  // Temporarily expose input value. Use with caution.
  public get macInput() {
    return this._mac;
  }

  // vnet - computed: true, optional: true, required: false
  private _vnet?: number; 
  public get vnet() {
    return this.getNumberAttribute('vnet');
  }
  public set vnet(value: number) {
    this._vnet = value;
  }
  public resetVnet() {
    this._vnet = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vnetInput() {
    return this._vnet;
  }
}

export class VmwareVmNicsList extends cdktf.ComplexList {
  public internalValue? : VmwareVmNics[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): VmwareVmNicsOutputReference {
    return new VmwareVmNicsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface VmwareVmTimeouts {
  /**
  * A string that can be [parsed as a duration](https://pkg.go.dev/time#ParseDuration) consisting of numbers and unit suffixes, such as "30s" or "2h45m". Valid time units are "s" (seconds), "m" (minutes), "h" (hours).
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/vmware_vm#create VmwareVm#create}
  */
  readonly create?: string;
  /**
  * A string that can be [parsed as a duration](https://pkg.go.dev/time#ParseDuration) consisting of numbers and unit suffixes, such as "30s" or "2h45m". Valid time units are "s" (seconds), "m" (minutes), "h" (hours). Setting a timeout for a Delete operation is only applicable if changes are saved into state before the destroy operation occurs.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/vmware_vm#delete VmwareVm#delete}
  */
  readonly delete?: string;
  /**
  * A string that can be [parsed as a duration](https://pkg.go.dev/time#ParseDuration) consisting of numbers and unit suffixes, such as "30s" or "2h45m". Valid time units are "s" (seconds), "m" (minutes), "h" (hours).
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/vmware_vm#update VmwareVm#update}
  */
  readonly update?: string;
}

export function vmwareVmTimeoutsToTerraform(struct?: VmwareVmTimeouts | cdktf.IResolvable): any {
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


export function vmwareVmTimeoutsToHclTerraform(struct?: VmwareVmTimeouts | cdktf.IResolvable): any {
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

export class VmwareVmTimeoutsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): VmwareVmTimeouts | cdktf.IResolvable | undefined {
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

  public set internalValue(value: VmwareVmTimeouts | cdktf.IResolvable | undefined) {
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
* Represents a {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/vmware_vm hyperlab_vmware_vm}
*/
export class VmwareVm extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "hyperlab_vmware_vm";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a VmwareVm resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the VmwareVm to import
  * @param importFromId The id of the existing VmwareVm that should be imported. Refer to the {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/vmware_vm#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the VmwareVm to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "hyperlab_vmware_vm", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/vmware_vm hyperlab_vmware_vm} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options VmwareVmConfig
  */
  public constructor(scope: Construct, id: string, config: VmwareVmConfig) {
    super(scope, id, {
      terraformResourceType: 'hyperlab_vmware_vm',
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
    this._cpus = config.cpus;
    this._disks = config.disks;
    this._displayName = config.displayName;
    this._guestOs = config.guestOs;
    this._mark = config.mark;
    this._memoryMib = config.memoryMib;
    this._nics.internalValue = config.nics;
    this._running = config.running;
    this._timeouts.internalValue = config.timeouts;
    this._vmxPath = config.vmxPath;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // cpus - computed: true, optional: true, required: false
  private _cpus?: number; 
  public get cpus() {
    return this.getNumberAttribute('cpus');
  }
  public set cpus(value: number) {
    this._cpus = value;
  }
  public resetCpus() {
    this._cpus = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cpusInput() {
    return this._cpus;
  }

  // disks - computed: true, optional: true, required: false
  private _disks?: string[]; 
  public get disks() {
    return this.getListAttribute('disks');
  }
  public set disks(value: string[]) {
    this._disks = value;
  }
  public resetDisks() {
    this._disks = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get disksInput() {
    return this._disks;
  }

  // display_name - computed: false, optional: false, required: true
  private _displayName?: string; 
  public get displayName() {
    return this.getStringAttribute('display_name');
  }
  public set displayName(value: string) {
    this._displayName = value;
  }
  // Temporarily expose input value. Use with caution.
  public get displayNameInput() {
    return this._displayName;
  }

  // found_mark - computed: true, optional: false, required: false
  public get foundMark() {
    return this.getStringAttribute('found_mark');
  }

  // guest_os - computed: true, optional: true, required: false
  private _guestOs?: string; 
  public get guestOs() {
    return this.getStringAttribute('guest_os');
  }
  public set guestOs(value: string) {
    this._guestOs = value;
  }
  public resetGuestOs() {
    this._guestOs = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get guestOsInput() {
    return this._guestOs;
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

  // memory_mib - computed: true, optional: true, required: false
  private _memoryMib?: number; 
  public get memoryMib() {
    return this.getNumberAttribute('memory_mib');
  }
  public set memoryMib(value: number) {
    this._memoryMib = value;
  }
  public resetMemoryMib() {
    this._memoryMib = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get memoryMibInput() {
    return this._memoryMib;
  }

  // nics - computed: true, optional: true, required: false
  private _nics = new VmwareVmNicsList(this, "nics", false);
  public get nics() {
    return this._nics;
  }
  public putNics(value: VmwareVmNics[] | cdktf.IResolvable) {
    this._nics.internalValue = value;
  }
  public resetNics() {
    this._nics.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get nicsInput() {
    return this._nics.internalValue;
  }

  // running - computed: true, optional: true, required: false
  private _running?: boolean | cdktf.IResolvable; 
  public get running() {
    return this.getBooleanAttribute('running');
  }
  public set running(value: boolean | cdktf.IResolvable) {
    this._running = value;
  }
  public resetRunning() {
    this._running = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get runningInput() {
    return this._running;
  }

  // timeouts - computed: false, optional: true, required: false
  private _timeouts = new VmwareVmTimeoutsOutputReference(this, "timeouts");
  public get timeouts() {
    return this._timeouts;
  }
  public putTimeouts(value: VmwareVmTimeouts) {
    this._timeouts.internalValue = value;
  }
  public resetTimeouts() {
    this._timeouts.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timeoutsInput() {
    return this._timeouts.internalValue;
  }

  // vmx_path - computed: false, optional: false, required: true
  private _vmxPath?: string; 
  public get vmxPath() {
    return this.getStringAttribute('vmx_path');
  }
  public set vmxPath(value: string) {
    this._vmxPath = value;
  }
  // Temporarily expose input value. Use with caution.
  public get vmxPathInput() {
    return this._vmxPath;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      cpus: cdktf.numberToTerraform(this._cpus),
      disks: cdktf.listMapper(cdktf.stringToTerraform, false)(this._disks),
      display_name: cdktf.stringToTerraform(this._displayName),
      guest_os: cdktf.stringToTerraform(this._guestOs),
      mark: cdktf.stringToTerraform(this._mark),
      memory_mib: cdktf.numberToTerraform(this._memoryMib),
      nics: cdktf.listMapper(vmwareVmNicsToTerraform, false)(this._nics.internalValue),
      running: cdktf.booleanToTerraform(this._running),
      timeouts: vmwareVmTimeoutsToTerraform(this._timeouts.internalValue),
      vmx_path: cdktf.stringToTerraform(this._vmxPath),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      cpus: {
        value: cdktf.numberToHclTerraform(this._cpus),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      disks: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._disks),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      display_name: {
        value: cdktf.stringToHclTerraform(this._displayName),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      guest_os: {
        value: cdktf.stringToHclTerraform(this._guestOs),
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
      memory_mib: {
        value: cdktf.numberToHclTerraform(this._memoryMib),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      nics: {
        value: cdktf.listMapperHcl(vmwareVmNicsToHclTerraform, false)(this._nics.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "VmwareVmNicsList",
      },
      running: {
        value: cdktf.booleanToHclTerraform(this._running),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      timeouts: {
        value: vmwareVmTimeoutsToHclTerraform(this._timeouts.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "VmwareVmTimeouts",
      },
      vmx_path: {
        value: cdktf.stringToHclTerraform(this._vmxPath),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
