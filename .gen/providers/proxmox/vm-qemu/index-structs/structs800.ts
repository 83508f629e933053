import * as cdktf from 'cdktf';
import { VmQemuDisksVirtioVirtio7Cdrom,
vmQemuDisksVirtioVirtio7CdromToTerraform,
vmQemuDisksVirtioVirtio7CdromToHclTerraform,
VmQemuDisksVirtioVirtio7CdromOutputReference,
VmQemuDisksVirtioVirtio0,
vmQemuDisksVirtioVirtio0ToTerraform,
vmQemuDisksVirtioVirtio0ToHclTerraform,
VmQemuDisksVirtioVirtio0OutputReference,
VmQemuDisksVirtioVirtio1,
vmQemuDisksVirtioVirtio1ToTerraform,
vmQemuDisksVirtioVirtio1ToHclTerraform,
VmQemuDisksVirtioVirtio1OutputReference,
VmQemuDisksVirtioVirtio10,
vmQemuDisksVirtioVirtio10ToTerraform,
vmQemuDisksVirtioVirtio10ToHclTerraform,
VmQemuDisksVirtioVirtio10OutputReference,
VmQemuDisksVirtioVirtio11,
vmQemuDisksVirtioVirtio11ToTerraform,
vmQemuDisksVirtioVirtio11ToHclTerraform,
VmQemuDisksVirtioVirtio11OutputReference,
VmQemuDisksVirtioVirtio12,
vmQemuDisksVirtioVirtio12ToTerraform,
vmQemuDisksVirtioVirtio12ToHclTerraform,
VmQemuDisksVirtioVirtio12OutputReference,
VmQemuDisksVirtioVirtio13,
vmQemuDisksVirtioVirtio13ToTerraform,
vmQemuDisksVirtioVirtio13ToHclTerraform,
VmQemuDisksVirtioVirtio13OutputReference,
VmQemuDisksVirtioVirtio14,
vmQemuDisksVirtioVirtio14ToTerraform,
vmQemuDisksVirtioVirtio14ToHclTerraform,
VmQemuDisksVirtioVirtio14OutputReference,
VmQemuDisksVirtioVirtio15,
vmQemuDisksVirtioVirtio15ToTerraform,
vmQemuDisksVirtioVirtio15ToHclTerraform,
VmQemuDisksVirtioVirtio15OutputReference,
VmQemuDisksVirtioVirtio2,
vmQemuDisksVirtioVirtio2ToTerraform,
vmQemuDisksVirtioVirtio2ToHclTerraform,
VmQemuDisksVirtioVirtio2OutputReference,
VmQemuDisksVirtioVirtio3,
vmQemuDisksVirtioVirtio3ToTerraform,
vmQemuDisksVirtioVirtio3ToHclTerraform,
VmQemuDisksVirtioVirtio3OutputReference,
VmQemuDisksVirtioVirtio4,
vmQemuDisksVirtioVirtio4ToTerraform,
vmQemuDisksVirtioVirtio4ToHclTerraform,
VmQemuDisksVirtioVirtio4OutputReference,
VmQemuDisksVirtioVirtio5,
vmQemuDisksVirtioVirtio5ToTerraform,
vmQemuDisksVirtioVirtio5ToHclTerraform,
VmQemuDisksVirtioVirtio5OutputReference,
VmQemuDisksVirtioVirtio6,
vmQemuDisksVirtioVirtio6ToTerraform,
vmQemuDisksVirtioVirtio6ToHclTerraform,
VmQemuDisksVirtioVirtio6OutputReference,
VmQemuDisksScsi,
vmQemuDisksScsiToTerraform,
vmQemuDisksScsiToHclTerraform,
VmQemuDisksScsiOutputReference } from './structs400'
import { VmQemuDisksIde,
vmQemuDisksIdeToTerraform,
vmQemuDisksIdeToHclTerraform,
VmQemuDisksIdeOutputReference,
VmQemuDisksSata,
vmQemuDisksSataToTerraform,
vmQemuDisksSataToHclTerraform,
VmQemuDisksSataOutputReference } from './structs0'
export interface VmQemuDisksVirtioVirtio7Disk {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#asyncio VmQemu#asyncio}
  */
  readonly asyncio?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#backup VmQemu#backup}
  */
  readonly backup?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#cache VmQemu#cache}
  */
  readonly cache?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#discard VmQemu#discard}
  */
  readonly discard?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#format VmQemu#format}
  */
  readonly format?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#iops_r_burst VmQemu#iops_r_burst}
  */
  readonly iopsRBurst?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#iops_r_burst_length VmQemu#iops_r_burst_length}
  */
  readonly iopsRBurstLength?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#iops_r_concurrent VmQemu#iops_r_concurrent}
  */
  readonly iopsRConcurrent?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#iops_wr_burst VmQemu#iops_wr_burst}
  */
  readonly iopsWrBurst?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#iops_wr_burst_length VmQemu#iops_wr_burst_length}
  */
  readonly iopsWrBurstLength?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#iops_wr_concurrent VmQemu#iops_wr_concurrent}
  */
  readonly iopsWrConcurrent?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#iothread VmQemu#iothread}
  */
  readonly iothread?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mbps_r_burst VmQemu#mbps_r_burst}
  */
  readonly mbpsRBurst?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mbps_r_concurrent VmQemu#mbps_r_concurrent}
  */
  readonly mbpsRConcurrent?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mbps_wr_burst VmQemu#mbps_wr_burst}
  */
  readonly mbpsWrBurst?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mbps_wr_concurrent VmQemu#mbps_wr_concurrent}
  */
  readonly mbpsWrConcurrent?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#readonly VmQemu#readonly}
  */
  readonly readonly?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#replicate VmQemu#replicate}
  */
  readonly replicate?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#serial VmQemu#serial}
  */
  readonly serial?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#size VmQemu#size}
  */
  readonly size: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#storage VmQemu#storage}
  */
  readonly storage: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#wwn VmQemu#wwn}
  */
  readonly wwn?: string;
}

export function vmQemuDisksVirtioVirtio7DiskToTerraform(struct?: VmQemuDisksVirtioVirtio7DiskOutputReference | VmQemuDisksVirtioVirtio7Disk): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    asyncio: cdktf.stringToTerraform(struct!.asyncio),
    backup: cdktf.booleanToTerraform(struct!.backup),
    cache: cdktf.stringToTerraform(struct!.cache),
    discard: cdktf.booleanToTerraform(struct!.discard),
    format: cdktf.stringToTerraform(struct!.format),
    iops_r_burst: cdktf.numberToTerraform(struct!.iopsRBurst),
    iops_r_burst_length: cdktf.numberToTerraform(struct!.iopsRBurstLength),
    iops_r_concurrent: cdktf.numberToTerraform(struct!.iopsRConcurrent),
    iops_wr_burst: cdktf.numberToTerraform(struct!.iopsWrBurst),
    iops_wr_burst_length: cdktf.numberToTerraform(struct!.iopsWrBurstLength),
    iops_wr_concurrent: cdktf.numberToTerraform(struct!.iopsWrConcurrent),
    iothread: cdktf.booleanToTerraform(struct!.iothread),
    mbps_r_burst: cdktf.numberToTerraform(struct!.mbpsRBurst),
    mbps_r_concurrent: cdktf.numberToTerraform(struct!.mbpsRConcurrent),
    mbps_wr_burst: cdktf.numberToTerraform(struct!.mbpsWrBurst),
    mbps_wr_concurrent: cdktf.numberToTerraform(struct!.mbpsWrConcurrent),
    readonly: cdktf.booleanToTerraform(struct!.readonly),
    replicate: cdktf.booleanToTerraform(struct!.replicate),
    serial: cdktf.stringToTerraform(struct!.serial),
    size: cdktf.stringToTerraform(struct!.size),
    storage: cdktf.stringToTerraform(struct!.storage),
    wwn: cdktf.stringToTerraform(struct!.wwn),
  }
}


export function vmQemuDisksVirtioVirtio7DiskToHclTerraform(struct?: VmQemuDisksVirtioVirtio7DiskOutputReference | VmQemuDisksVirtioVirtio7Disk): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    asyncio: {
      value: cdktf.stringToHclTerraform(struct!.asyncio),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    backup: {
      value: cdktf.booleanToHclTerraform(struct!.backup),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    cache: {
      value: cdktf.stringToHclTerraform(struct!.cache),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    discard: {
      value: cdktf.booleanToHclTerraform(struct!.discard),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    format: {
      value: cdktf.stringToHclTerraform(struct!.format),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    iops_r_burst: {
      value: cdktf.numberToHclTerraform(struct!.iopsRBurst),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    iops_r_burst_length: {
      value: cdktf.numberToHclTerraform(struct!.iopsRBurstLength),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    iops_r_concurrent: {
      value: cdktf.numberToHclTerraform(struct!.iopsRConcurrent),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    iops_wr_burst: {
      value: cdktf.numberToHclTerraform(struct!.iopsWrBurst),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    iops_wr_burst_length: {
      value: cdktf.numberToHclTerraform(struct!.iopsWrBurstLength),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    iops_wr_concurrent: {
      value: cdktf.numberToHclTerraform(struct!.iopsWrConcurrent),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    iothread: {
      value: cdktf.booleanToHclTerraform(struct!.iothread),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    mbps_r_burst: {
      value: cdktf.numberToHclTerraform(struct!.mbpsRBurst),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    mbps_r_concurrent: {
      value: cdktf.numberToHclTerraform(struct!.mbpsRConcurrent),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    mbps_wr_burst: {
      value: cdktf.numberToHclTerraform(struct!.mbpsWrBurst),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    mbps_wr_concurrent: {
      value: cdktf.numberToHclTerraform(struct!.mbpsWrConcurrent),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    readonly: {
      value: cdktf.booleanToHclTerraform(struct!.readonly),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    replicate: {
      value: cdktf.booleanToHclTerraform(struct!.replicate),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    serial: {
      value: cdktf.stringToHclTerraform(struct!.serial),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    size: {
      value: cdktf.stringToHclTerraform(struct!.size),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    storage: {
      value: cdktf.stringToHclTerraform(struct!.storage),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    wwn: {
      value: cdktf.stringToHclTerraform(struct!.wwn),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuDisksVirtioVirtio7DiskOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VmQemuDisksVirtioVirtio7Disk | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._asyncio !== undefined) {
      hasAnyValues = true;
      internalValueResult.asyncio = this._asyncio;
    }
    if (this._backup !== undefined) {
      hasAnyValues = true;
      internalValueResult.backup = this._backup;
    }
    if (this._cache !== undefined) {
      hasAnyValues = true;
      internalValueResult.cache = this._cache;
    }
    if (this._discard !== undefined) {
      hasAnyValues = true;
      internalValueResult.discard = this._discard;
    }
    if (this._format !== undefined) {
      hasAnyValues = true;
      internalValueResult.format = this._format;
    }
    if (this._iopsRBurst !== undefined) {
      hasAnyValues = true;
      internalValueResult.iopsRBurst = this._iopsRBurst;
    }
    if (this._iopsRBurstLength !== undefined) {
      hasAnyValues = true;
      internalValueResult.iopsRBurstLength = this._iopsRBurstLength;
    }
    if (this._iopsRConcurrent !== undefined) {
      hasAnyValues = true;
      internalValueResult.iopsRConcurrent = this._iopsRConcurrent;
    }
    if (this._iopsWrBurst !== undefined) {
      hasAnyValues = true;
      internalValueResult.iopsWrBurst = this._iopsWrBurst;
    }
    if (this._iopsWrBurstLength !== undefined) {
      hasAnyValues = true;
      internalValueResult.iopsWrBurstLength = this._iopsWrBurstLength;
    }
    if (this._iopsWrConcurrent !== undefined) {
      hasAnyValues = true;
      internalValueResult.iopsWrConcurrent = this._iopsWrConcurrent;
    }
    if (this._iothread !== undefined) {
      hasAnyValues = true;
      internalValueResult.iothread = this._iothread;
    }
    if (this._mbpsRBurst !== undefined) {
      hasAnyValues = true;
      internalValueResult.mbpsRBurst = this._mbpsRBurst;
    }
    if (this._mbpsRConcurrent !== undefined) {
      hasAnyValues = true;
      internalValueResult.mbpsRConcurrent = this._mbpsRConcurrent;
    }
    if (this._mbpsWrBurst !== undefined) {
      hasAnyValues = true;
      internalValueResult.mbpsWrBurst = this._mbpsWrBurst;
    }
    if (this._mbpsWrConcurrent !== undefined) {
      hasAnyValues = true;
      internalValueResult.mbpsWrConcurrent = this._mbpsWrConcurrent;
    }
    if (this._readonly !== undefined) {
      hasAnyValues = true;
      internalValueResult.readonly = this._readonly;
    }
    if (this._replicate !== undefined) {
      hasAnyValues = true;
      internalValueResult.replicate = this._replicate;
    }
    if (this._serial !== undefined) {
      hasAnyValues = true;
      internalValueResult.serial = this._serial;
    }
    if (this._size !== undefined) {
      hasAnyValues = true;
      internalValueResult.size = this._size;
    }
    if (this._storage !== undefined) {
      hasAnyValues = true;
      internalValueResult.storage = this._storage;
    }
    if (this._wwn !== undefined) {
      hasAnyValues = true;
      internalValueResult.wwn = this._wwn;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuDisksVirtioVirtio7Disk | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._asyncio = undefined;
      this._backup = undefined;
      this._cache = undefined;
      this._discard = undefined;
      this._format = undefined;
      this._iopsRBurst = undefined;
      this._iopsRBurstLength = undefined;
      this._iopsRConcurrent = undefined;
      this._iopsWrBurst = undefined;
      this._iopsWrBurstLength = undefined;
      this._iopsWrConcurrent = undefined;
      this._iothread = undefined;
      this._mbpsRBurst = undefined;
      this._mbpsRConcurrent = undefined;
      this._mbpsWrBurst = undefined;
      this._mbpsWrConcurrent = undefined;
      this._readonly = undefined;
      this._replicate = undefined;
      this._serial = undefined;
      this._size = undefined;
      this._storage = undefined;
      this._wwn = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._asyncio = value.asyncio;
      this._backup = value.backup;
      this._cache = value.cache;
      this._discard = value.discard;
      this._format = value.format;
      this._iopsRBurst = value.iopsRBurst;
      this._iopsRBurstLength = value.iopsRBurstLength;
      this._iopsRConcurrent = value.iopsRConcurrent;
      this._iopsWrBurst = value.iopsWrBurst;
      this._iopsWrBurstLength = value.iopsWrBurstLength;
      this._iopsWrConcurrent = value.iopsWrConcurrent;
      this._iothread = value.iothread;
      this._mbpsRBurst = value.mbpsRBurst;
      this._mbpsRConcurrent = value.mbpsRConcurrent;
      this._mbpsWrBurst = value.mbpsWrBurst;
      this._mbpsWrConcurrent = value.mbpsWrConcurrent;
      this._readonly = value.readonly;
      this._replicate = value.replicate;
      this._serial = value.serial;
      this._size = value.size;
      this._storage = value.storage;
      this._wwn = value.wwn;
    }
  }

  // asyncio - computed: false, optional: true, required: false
  private _asyncio?: string; 
  public get asyncio() {
    return this.getStringAttribute('asyncio');
  }
  public set asyncio(value: string) {
    this._asyncio = value;
  }
  public resetAsyncio() {
    this._asyncio = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get asyncioInput() {
    return this._asyncio;
  }

  // backup - computed: false, optional: true, required: false
  private _backup?: boolean | cdktf.IResolvable; 
  public get backup() {
    return this.getBooleanAttribute('backup');
  }
  public set backup(value: boolean | cdktf.IResolvable) {
    this._backup = value;
  }
  public resetBackup() {
    this._backup = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get backupInput() {
    return this._backup;
  }

  // cache - computed: false, optional: true, required: false
  private _cache?: string; 
  public get cache() {
    return this.getStringAttribute('cache');
  }
  public set cache(value: string) {
    this._cache = value;
  }
  public resetCache() {
    this._cache = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cacheInput() {
    return this._cache;
  }

  // discard - computed: false, optional: true, required: false
  private _discard?: boolean | cdktf.IResolvable; 
  public get discard() {
    return this.getBooleanAttribute('discard');
  }
  public set discard(value: boolean | cdktf.IResolvable) {
    this._discard = value;
  }
  public resetDiscard() {
    this._discard = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get discardInput() {
    return this._discard;
  }

  // format - computed: false, optional: true, required: false
  private _format?: string; 
  public get format() {
    return this.getStringAttribute('format');
  }
  public set format(value: string) {
    this._format = value;
  }
  public resetFormat() {
    this._format = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get formatInput() {
    return this._format;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getNumberAttribute('id');
  }

  // iops_r_burst - computed: false, optional: true, required: false
  private _iopsRBurst?: number; 
  public get iopsRBurst() {
    return this.getNumberAttribute('iops_r_burst');
  }
  public set iopsRBurst(value: number) {
    this._iopsRBurst = value;
  }
  public resetIopsRBurst() {
    this._iopsRBurst = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get iopsRBurstInput() {
    return this._iopsRBurst;
  }

  // iops_r_burst_length - computed: false, optional: true, required: false
  private _iopsRBurstLength?: number; 
  public get iopsRBurstLength() {
    return this.getNumberAttribute('iops_r_burst_length');
  }
  public set iopsRBurstLength(value: number) {
    this._iopsRBurstLength = value;
  }
  public resetIopsRBurstLength() {
    this._iopsRBurstLength = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get iopsRBurstLengthInput() {
    return this._iopsRBurstLength;
  }

  // iops_r_concurrent - computed: false, optional: true, required: false
  private _iopsRConcurrent?: number; 
  public get iopsRConcurrent() {
    return this.getNumberAttribute('iops_r_concurrent');
  }
  public set iopsRConcurrent(value: number) {
    this._iopsRConcurrent = value;
  }
  public resetIopsRConcurrent() {
    this._iopsRConcurrent = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get iopsRConcurrentInput() {
    return this._iopsRConcurrent;
  }

  // iops_wr_burst - computed: false, optional: true, required: false
  private _iopsWrBurst?: number; 
  public get iopsWrBurst() {
    return this.getNumberAttribute('iops_wr_burst');
  }
  public set iopsWrBurst(value: number) {
    this._iopsWrBurst = value;
  }
  public resetIopsWrBurst() {
    this._iopsWrBurst = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get iopsWrBurstInput() {
    return this._iopsWrBurst;
  }

  // iops_wr_burst_length - computed: false, optional: true, required: false
  private _iopsWrBurstLength?: number; 
  public get iopsWrBurstLength() {
    return this.getNumberAttribute('iops_wr_burst_length');
  }
  public set iopsWrBurstLength(value: number) {
    this._iopsWrBurstLength = value;
  }
  public resetIopsWrBurstLength() {
    this._iopsWrBurstLength = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get iopsWrBurstLengthInput() {
    return this._iopsWrBurstLength;
  }

  // iops_wr_concurrent - computed: false, optional: true, required: false
  private _iopsWrConcurrent?: number; 
  public get iopsWrConcurrent() {
    return this.getNumberAttribute('iops_wr_concurrent');
  }
  public set iopsWrConcurrent(value: number) {
    this._iopsWrConcurrent = value;
  }
  public resetIopsWrConcurrent() {
    this._iopsWrConcurrent = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get iopsWrConcurrentInput() {
    return this._iopsWrConcurrent;
  }

  // iothread - computed: false, optional: true, required: false
  private _iothread?: boolean | cdktf.IResolvable; 
  public get iothread() {
    return this.getBooleanAttribute('iothread');
  }
  public set iothread(value: boolean | cdktf.IResolvable) {
    this._iothread = value;
  }
  public resetIothread() {
    this._iothread = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get iothreadInput() {
    return this._iothread;
  }

  // linked_disk_id - computed: true, optional: false, required: false
  public get linkedDiskId() {
    return this.getNumberAttribute('linked_disk_id');
  }

  // mbps_r_burst - computed: false, optional: true, required: false
  private _mbpsRBurst?: number; 
  public get mbpsRBurst() {
    return this.getNumberAttribute('mbps_r_burst');
  }
  public set mbpsRBurst(value: number) {
    this._mbpsRBurst = value;
  }
  public resetMbpsRBurst() {
    this._mbpsRBurst = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mbpsRBurstInput() {
    return this._mbpsRBurst;
  }

  // mbps_r_concurrent - computed: false, optional: true, required: false
  private _mbpsRConcurrent?: number; 
  public get mbpsRConcurrent() {
    return this.getNumberAttribute('mbps_r_concurrent');
  }
  public set mbpsRConcurrent(value: number) {
    this._mbpsRConcurrent = value;
  }
  public resetMbpsRConcurrent() {
    this._mbpsRConcurrent = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mbpsRConcurrentInput() {
    return this._mbpsRConcurrent;
  }

  // mbps_wr_burst - computed: false, optional: true, required: false
  private _mbpsWrBurst?: number; 
  public get mbpsWrBurst() {
    return this.getNumberAttribute('mbps_wr_burst');
  }
  public set mbpsWrBurst(value: number) {
    this._mbpsWrBurst = value;
  }
  public resetMbpsWrBurst() {
    this._mbpsWrBurst = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mbpsWrBurstInput() {
    return this._mbpsWrBurst;
  }

  // mbps_wr_concurrent - computed: false, optional: true, required: false
  private _mbpsWrConcurrent?: number; 
  public get mbpsWrConcurrent() {
    return this.getNumberAttribute('mbps_wr_concurrent');
  }
  public set mbpsWrConcurrent(value: number) {
    this._mbpsWrConcurrent = value;
  }
  public resetMbpsWrConcurrent() {
    this._mbpsWrConcurrent = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mbpsWrConcurrentInput() {
    return this._mbpsWrConcurrent;
  }

  // readonly - computed: false, optional: true, required: false
  private _readonly?: boolean | cdktf.IResolvable; 
  public get readonly() {
    return this.getBooleanAttribute('readonly');
  }
  public set readonly(value: boolean | cdktf.IResolvable) {
    this._readonly = value;
  }
  public resetReadonly() {
    this._readonly = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get readonlyInput() {
    return this._readonly;
  }

  // replicate - computed: false, optional: true, required: false
  private _replicate?: boolean | cdktf.IResolvable; 
  public get replicate() {
    return this.getBooleanAttribute('replicate');
  }
  public set replicate(value: boolean | cdktf.IResolvable) {
    this._replicate = value;
  }
  public resetReplicate() {
    this._replicate = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get replicateInput() {
    return this._replicate;
  }

  // serial - computed: false, optional: true, required: false
  private _serial?: string; 
  public get serial() {
    return this.getStringAttribute('serial');
  }
  public set serial(value: string) {
    this._serial = value;
  }
  public resetSerial() {
    this._serial = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get serialInput() {
    return this._serial;
  }

  // size - computed: false, optional: false, required: true
  private _size?: string; 
  public get size() {
    return this.getStringAttribute('size');
  }
  public set size(value: string) {
    this._size = value;
  }
  // Temporarily expose input value. Use with caution.
  public get sizeInput() {
    return this._size;
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

  // wwn - computed: false, optional: true, required: false
  private _wwn?: string; 
  public get wwn() {
    return this.getStringAttribute('wwn');
  }
  public set wwn(value: string) {
    this._wwn = value;
  }
  public resetWwn() {
    this._wwn = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get wwnInput() {
    return this._wwn;
  }
}
export interface VmQemuDisksVirtioVirtio7Passthrough {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#asyncio VmQemu#asyncio}
  */
  readonly asyncio?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#backup VmQemu#backup}
  */
  readonly backup?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#cache VmQemu#cache}
  */
  readonly cache?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#discard VmQemu#discard}
  */
  readonly discard?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#file VmQemu#file}
  */
  readonly file: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#iops_r_burst VmQemu#iops_r_burst}
  */
  readonly iopsRBurst?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#iops_r_burst_length VmQemu#iops_r_burst_length}
  */
  readonly iopsRBurstLength?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#iops_r_concurrent VmQemu#iops_r_concurrent}
  */
  readonly iopsRConcurrent?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#iops_wr_burst VmQemu#iops_wr_burst}
  */
  readonly iopsWrBurst?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#iops_wr_burst_length VmQemu#iops_wr_burst_length}
  */
  readonly iopsWrBurstLength?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#iops_wr_concurrent VmQemu#iops_wr_concurrent}
  */
  readonly iopsWrConcurrent?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#iothread VmQemu#iothread}
  */
  readonly iothread?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mbps_r_burst VmQemu#mbps_r_burst}
  */
  readonly mbpsRBurst?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mbps_r_concurrent VmQemu#mbps_r_concurrent}
  */
  readonly mbpsRConcurrent?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mbps_wr_burst VmQemu#mbps_wr_burst}
  */
  readonly mbpsWrBurst?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mbps_wr_concurrent VmQemu#mbps_wr_concurrent}
  */
  readonly mbpsWrConcurrent?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#readonly VmQemu#readonly}
  */
  readonly readonly?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#replicate VmQemu#replicate}
  */
  readonly replicate?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#serial VmQemu#serial}
  */
  readonly serial?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#wwn VmQemu#wwn}
  */
  readonly wwn?: string;
}

export function vmQemuDisksVirtioVirtio7PassthroughToTerraform(struct?: VmQemuDisksVirtioVirtio7PassthroughOutputReference | VmQemuDisksVirtioVirtio7Passthrough): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    asyncio: cdktf.stringToTerraform(struct!.asyncio),
    backup: cdktf.booleanToTerraform(struct!.backup),
    cache: cdktf.stringToTerraform(struct!.cache),
    discard: cdktf.booleanToTerraform(struct!.discard),
    file: cdktf.stringToTerraform(struct!.file),
    iops_r_burst: cdktf.numberToTerraform(struct!.iopsRBurst),
    iops_r_burst_length: cdktf.numberToTerraform(struct!.iopsRBurstLength),
    iops_r_concurrent: cdktf.numberToTerraform(struct!.iopsRConcurrent),
    iops_wr_burst: cdktf.numberToTerraform(struct!.iopsWrBurst),
    iops_wr_burst_length: cdktf.numberToTerraform(struct!.iopsWrBurstLength),
    iops_wr_concurrent: cdktf.numberToTerraform(struct!.iopsWrConcurrent),
    iothread: cdktf.booleanToTerraform(struct!.iothread),
    mbps_r_burst: cdktf.numberToTerraform(struct!.mbpsRBurst),
    mbps_r_concurrent: cdktf.numberToTerraform(struct!.mbpsRConcurrent),
    mbps_wr_burst: cdktf.numberToTerraform(struct!.mbpsWrBurst),
    mbps_wr_concurrent: cdktf.numberToTerraform(struct!.mbpsWrConcurrent),
    readonly: cdktf.booleanToTerraform(struct!.readonly),
    replicate: cdktf.booleanToTerraform(struct!.replicate),
    serial: cdktf.stringToTerraform(struct!.serial),
    wwn: cdktf.stringToTerraform(struct!.wwn),
  }
}


export function vmQemuDisksVirtioVirtio7PassthroughToHclTerraform(struct?: VmQemuDisksVirtioVirtio7PassthroughOutputReference | VmQemuDisksVirtioVirtio7Passthrough): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    asyncio: {
      value: cdktf.stringToHclTerraform(struct!.asyncio),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    backup: {
      value: cdktf.booleanToHclTerraform(struct!.backup),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    cache: {
      value: cdktf.stringToHclTerraform(struct!.cache),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    discard: {
      value: cdktf.booleanToHclTerraform(struct!.discard),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    file: {
      value: cdktf.stringToHclTerraform(struct!.file),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    iops_r_burst: {
      value: cdktf.numberToHclTerraform(struct!.iopsRBurst),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    iops_r_burst_length: {
      value: cdktf.numberToHclTerraform(struct!.iopsRBurstLength),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    iops_r_concurrent: {
      value: cdktf.numberToHclTerraform(struct!.iopsRConcurrent),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    iops_wr_burst: {
      value: cdktf.numberToHclTerraform(struct!.iopsWrBurst),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    iops_wr_burst_length: {
      value: cdktf.numberToHclTerraform(struct!.iopsWrBurstLength),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    iops_wr_concurrent: {
      value: cdktf.numberToHclTerraform(struct!.iopsWrConcurrent),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    iothread: {
      value: cdktf.booleanToHclTerraform(struct!.iothread),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    mbps_r_burst: {
      value: cdktf.numberToHclTerraform(struct!.mbpsRBurst),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    mbps_r_concurrent: {
      value: cdktf.numberToHclTerraform(struct!.mbpsRConcurrent),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    mbps_wr_burst: {
      value: cdktf.numberToHclTerraform(struct!.mbpsWrBurst),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    mbps_wr_concurrent: {
      value: cdktf.numberToHclTerraform(struct!.mbpsWrConcurrent),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    readonly: {
      value: cdktf.booleanToHclTerraform(struct!.readonly),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    replicate: {
      value: cdktf.booleanToHclTerraform(struct!.replicate),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    serial: {
      value: cdktf.stringToHclTerraform(struct!.serial),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    wwn: {
      value: cdktf.stringToHclTerraform(struct!.wwn),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuDisksVirtioVirtio7PassthroughOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VmQemuDisksVirtioVirtio7Passthrough | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._asyncio !== undefined) {
      hasAnyValues = true;
      internalValueResult.asyncio = this._asyncio;
    }
    if (this._backup !== undefined) {
      hasAnyValues = true;
      internalValueResult.backup = this._backup;
    }
    if (this._cache !== undefined) {
      hasAnyValues = true;
      internalValueResult.cache = this._cache;
    }
    if (this._discard !== undefined) {
      hasAnyValues = true;
      internalValueResult.discard = this._discard;
    }
    if (this._file !== undefined) {
      hasAnyValues = true;
      internalValueResult.file = this._file;
    }
    if (this._iopsRBurst !== undefined) {
      hasAnyValues = true;
      internalValueResult.iopsRBurst = this._iopsRBurst;
    }
    if (this._iopsRBurstLength !== undefined) {
      hasAnyValues = true;
      internalValueResult.iopsRBurstLength = this._iopsRBurstLength;
    }
    if (this._iopsRConcurrent !== undefined) {
      hasAnyValues = true;
      internalValueResult.iopsRConcurrent = this._iopsRConcurrent;
    }
    if (this._iopsWrBurst !== undefined) {
      hasAnyValues = true;
      internalValueResult.iopsWrBurst = this._iopsWrBurst;
    }
    if (this._iopsWrBurstLength !== undefined) {
      hasAnyValues = true;
      internalValueResult.iopsWrBurstLength = this._iopsWrBurstLength;
    }
    if (this._iopsWrConcurrent !== undefined) {
      hasAnyValues = true;
      internalValueResult.iopsWrConcurrent = this._iopsWrConcurrent;
    }
    if (this._iothread !== undefined) {
      hasAnyValues = true;
      internalValueResult.iothread = this._iothread;
    }
    if (this._mbpsRBurst !== undefined) {
      hasAnyValues = true;
      internalValueResult.mbpsRBurst = this._mbpsRBurst;
    }
    if (this._mbpsRConcurrent !== undefined) {
      hasAnyValues = true;
      internalValueResult.mbpsRConcurrent = this._mbpsRConcurrent;
    }
    if (this._mbpsWrBurst !== undefined) {
      hasAnyValues = true;
      internalValueResult.mbpsWrBurst = this._mbpsWrBurst;
    }
    if (this._mbpsWrConcurrent !== undefined) {
      hasAnyValues = true;
      internalValueResult.mbpsWrConcurrent = this._mbpsWrConcurrent;
    }
    if (this._readonly !== undefined) {
      hasAnyValues = true;
      internalValueResult.readonly = this._readonly;
    }
    if (this._replicate !== undefined) {
      hasAnyValues = true;
      internalValueResult.replicate = this._replicate;
    }
    if (this._serial !== undefined) {
      hasAnyValues = true;
      internalValueResult.serial = this._serial;
    }
    if (this._wwn !== undefined) {
      hasAnyValues = true;
      internalValueResult.wwn = this._wwn;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuDisksVirtioVirtio7Passthrough | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._asyncio = undefined;
      this._backup = undefined;
      this._cache = undefined;
      this._discard = undefined;
      this._file = undefined;
      this._iopsRBurst = undefined;
      this._iopsRBurstLength = undefined;
      this._iopsRConcurrent = undefined;
      this._iopsWrBurst = undefined;
      this._iopsWrBurstLength = undefined;
      this._iopsWrConcurrent = undefined;
      this._iothread = undefined;
      this._mbpsRBurst = undefined;
      this._mbpsRConcurrent = undefined;
      this._mbpsWrBurst = undefined;
      this._mbpsWrConcurrent = undefined;
      this._readonly = undefined;
      this._replicate = undefined;
      this._serial = undefined;
      this._wwn = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._asyncio = value.asyncio;
      this._backup = value.backup;
      this._cache = value.cache;
      this._discard = value.discard;
      this._file = value.file;
      this._iopsRBurst = value.iopsRBurst;
      this._iopsRBurstLength = value.iopsRBurstLength;
      this._iopsRConcurrent = value.iopsRConcurrent;
      this._iopsWrBurst = value.iopsWrBurst;
      this._iopsWrBurstLength = value.iopsWrBurstLength;
      this._iopsWrConcurrent = value.iopsWrConcurrent;
      this._iothread = value.iothread;
      this._mbpsRBurst = value.mbpsRBurst;
      this._mbpsRConcurrent = value.mbpsRConcurrent;
      this._mbpsWrBurst = value.mbpsWrBurst;
      this._mbpsWrConcurrent = value.mbpsWrConcurrent;
      this._readonly = value.readonly;
      this._replicate = value.replicate;
      this._serial = value.serial;
      this._wwn = value.wwn;
    }
  }

  // asyncio - computed: false, optional: true, required: false
  private _asyncio?: string; 
  public get asyncio() {
    return this.getStringAttribute('asyncio');
  }
  public set asyncio(value: string) {
    this._asyncio = value;
  }
  public resetAsyncio() {
    this._asyncio = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get asyncioInput() {
    return this._asyncio;
  }

  // backup - computed: false, optional: true, required: false
  private _backup?: boolean | cdktf.IResolvable; 
  public get backup() {
    return this.getBooleanAttribute('backup');
  }
  public set backup(value: boolean | cdktf.IResolvable) {
    this._backup = value;
  }
  public resetBackup() {
    this._backup = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get backupInput() {
    return this._backup;
  }

  // cache - computed: false, optional: true, required: false
  private _cache?: string; 
  public get cache() {
    return this.getStringAttribute('cache');
  }
  public set cache(value: string) {
    this._cache = value;
  }
  public resetCache() {
    this._cache = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cacheInput() {
    return this._cache;
  }

  // discard - computed: false, optional: true, required: false
  private _discard?: boolean | cdktf.IResolvable; 
  public get discard() {
    return this.getBooleanAttribute('discard');
  }
  public set discard(value: boolean | cdktf.IResolvable) {
    this._discard = value;
  }
  public resetDiscard() {
    this._discard = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get discardInput() {
    return this._discard;
  }

  // file - computed: false, optional: false, required: true
  private _file?: string; 
  public get file() {
    return this.getStringAttribute('file');
  }
  public set file(value: string) {
    this._file = value;
  }
  // Temporarily expose input value. Use with caution.
  public get fileInput() {
    return this._file;
  }

  // iops_r_burst - computed: false, optional: true, required: false
  private _iopsRBurst?: number; 
  public get iopsRBurst() {
    return this.getNumberAttribute('iops_r_burst');
  }
  public set iopsRBurst(value: number) {
    this._iopsRBurst = value;
  }
  public resetIopsRBurst() {
    this._iopsRBurst = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get iopsRBurstInput() {
    return this._iopsRBurst;
  }

  // iops_r_burst_length - computed: false, optional: true, required: false
  private _iopsRBurstLength?: number; 
  public get iopsRBurstLength() {
    return this.getNumberAttribute('iops_r_burst_length');
  }
  public set iopsRBurstLength(value: number) {
    this._iopsRBurstLength = value;
  }
  public resetIopsRBurstLength() {
    this._iopsRBurstLength = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get iopsRBurstLengthInput() {
    return this._iopsRBurstLength;
  }

  // iops_r_concurrent - computed: false, optional: true, required: false
  private _iopsRConcurrent?: number; 
  public get iopsRConcurrent() {
    return this.getNumberAttribute('iops_r_concurrent');
  }
  public set iopsRConcurrent(value: number) {
    this._iopsRConcurrent = value;
  }
  public resetIopsRConcurrent() {
    this._iopsRConcurrent = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get iopsRConcurrentInput() {
    return this._iopsRConcurrent;
  }

  // iops_wr_burst - computed: false, optional: true, required: false
  private _iopsWrBurst?: number; 
  public get iopsWrBurst() {
    return this.getNumberAttribute('iops_wr_burst');
  }
  public set iopsWrBurst(value: number) {
    this._iopsWrBurst = value;
  }
  public resetIopsWrBurst() {
    this._iopsWrBurst = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get iopsWrBurstInput() {
    return this._iopsWrBurst;
  }

  // iops_wr_burst_length - computed: false, optional: true, required: false
  private _iopsWrBurstLength?: number; 
  public get iopsWrBurstLength() {
    return this.getNumberAttribute('iops_wr_burst_length');
  }
  public set iopsWrBurstLength(value: number) {
    this._iopsWrBurstLength = value;
  }
  public resetIopsWrBurstLength() {
    this._iopsWrBurstLength = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get iopsWrBurstLengthInput() {
    return this._iopsWrBurstLength;
  }

  // iops_wr_concurrent - computed: false, optional: true, required: false
  private _iopsWrConcurrent?: number; 
  public get iopsWrConcurrent() {
    return this.getNumberAttribute('iops_wr_concurrent');
  }
  public set iopsWrConcurrent(value: number) {
    this._iopsWrConcurrent = value;
  }
  public resetIopsWrConcurrent() {
    this._iopsWrConcurrent = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get iopsWrConcurrentInput() {
    return this._iopsWrConcurrent;
  }

  // iothread - computed: false, optional: true, required: false
  private _iothread?: boolean | cdktf.IResolvable; 
  public get iothread() {
    return this.getBooleanAttribute('iothread');
  }
  public set iothread(value: boolean | cdktf.IResolvable) {
    this._iothread = value;
  }
  public resetIothread() {
    this._iothread = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get iothreadInput() {
    return this._iothread;
  }

  // mbps_r_burst - computed: false, optional: true, required: false
  private _mbpsRBurst?: number; 
  public get mbpsRBurst() {
    return this.getNumberAttribute('mbps_r_burst');
  }
  public set mbpsRBurst(value: number) {
    this._mbpsRBurst = value;
  }
  public resetMbpsRBurst() {
    this._mbpsRBurst = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mbpsRBurstInput() {
    return this._mbpsRBurst;
  }

  // mbps_r_concurrent - computed: false, optional: true, required: false
  private _mbpsRConcurrent?: number; 
  public get mbpsRConcurrent() {
    return this.getNumberAttribute('mbps_r_concurrent');
  }
  public set mbpsRConcurrent(value: number) {
    this._mbpsRConcurrent = value;
  }
  public resetMbpsRConcurrent() {
    this._mbpsRConcurrent = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mbpsRConcurrentInput() {
    return this._mbpsRConcurrent;
  }

  // mbps_wr_burst - computed: false, optional: true, required: false
  private _mbpsWrBurst?: number; 
  public get mbpsWrBurst() {
    return this.getNumberAttribute('mbps_wr_burst');
  }
  public set mbpsWrBurst(value: number) {
    this._mbpsWrBurst = value;
  }
  public resetMbpsWrBurst() {
    this._mbpsWrBurst = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mbpsWrBurstInput() {
    return this._mbpsWrBurst;
  }

  // mbps_wr_concurrent - computed: false, optional: true, required: false
  private _mbpsWrConcurrent?: number; 
  public get mbpsWrConcurrent() {
    return this.getNumberAttribute('mbps_wr_concurrent');
  }
  public set mbpsWrConcurrent(value: number) {
    this._mbpsWrConcurrent = value;
  }
  public resetMbpsWrConcurrent() {
    this._mbpsWrConcurrent = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mbpsWrConcurrentInput() {
    return this._mbpsWrConcurrent;
  }

  // readonly - computed: false, optional: true, required: false
  private _readonly?: boolean | cdktf.IResolvable; 
  public get readonly() {
    return this.getBooleanAttribute('readonly');
  }
  public set readonly(value: boolean | cdktf.IResolvable) {
    this._readonly = value;
  }
  public resetReadonly() {
    this._readonly = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get readonlyInput() {
    return this._readonly;
  }

  // replicate - computed: false, optional: true, required: false
  private _replicate?: boolean | cdktf.IResolvable; 
  public get replicate() {
    return this.getBooleanAttribute('replicate');
  }
  public set replicate(value: boolean | cdktf.IResolvable) {
    this._replicate = value;
  }
  public resetReplicate() {
    this._replicate = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get replicateInput() {
    return this._replicate;
  }

  // serial - computed: false, optional: true, required: false
  private _serial?: string; 
  public get serial() {
    return this.getStringAttribute('serial');
  }
  public set serial(value: string) {
    this._serial = value;
  }
  public resetSerial() {
    this._serial = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get serialInput() {
    return this._serial;
  }

  // size - computed: true, optional: false, required: false
  public get size() {
    return this.getStringAttribute('size');
  }

  // wwn - computed: false, optional: true, required: false
  private _wwn?: string; 
  public get wwn() {
    return this.getStringAttribute('wwn');
  }
  public set wwn(value: string) {
    this._wwn = value;
  }
  public resetWwn() {
    this._wwn = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get wwnInput() {
    return this._wwn;
  }
}
export interface VmQemuDisksVirtioVirtio7 {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#ignore VmQemu#ignore}
  */
  readonly ignore?: boolean | cdktf.IResolvable;
  /**
  * cdrom block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#cdrom VmQemu#cdrom}
  */
  readonly cdrom?: VmQemuDisksVirtioVirtio7Cdrom;
  /**
  * disk block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#disk VmQemu#disk}
  */
  readonly disk?: VmQemuDisksVirtioVirtio7Disk;
  /**
  * passthrough block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#passthrough VmQemu#passthrough}
  */
  readonly passthrough?: VmQemuDisksVirtioVirtio7Passthrough;
}

export function vmQemuDisksVirtioVirtio7ToTerraform(struct?: VmQemuDisksVirtioVirtio7OutputReference | VmQemuDisksVirtioVirtio7): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    ignore: cdktf.booleanToTerraform(struct!.ignore),
    cdrom: vmQemuDisksVirtioVirtio7CdromToTerraform(struct!.cdrom),
    disk: vmQemuDisksVirtioVirtio7DiskToTerraform(struct!.disk),
    passthrough: vmQemuDisksVirtioVirtio7PassthroughToTerraform(struct!.passthrough),
  }
}


export function vmQemuDisksVirtioVirtio7ToHclTerraform(struct?: VmQemuDisksVirtioVirtio7OutputReference | VmQemuDisksVirtioVirtio7): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    ignore: {
      value: cdktf.booleanToHclTerraform(struct!.ignore),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    cdrom: {
      value: vmQemuDisksVirtioVirtio7CdromToHclTerraform(struct!.cdrom),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuDisksVirtioVirtio7CdromList",
    },
    disk: {
      value: vmQemuDisksVirtioVirtio7DiskToHclTerraform(struct!.disk),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuDisksVirtioVirtio7DiskList",
    },
    passthrough: {
      value: vmQemuDisksVirtioVirtio7PassthroughToHclTerraform(struct!.passthrough),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuDisksVirtioVirtio7PassthroughList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuDisksVirtioVirtio7OutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VmQemuDisksVirtioVirtio7 | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._ignore !== undefined) {
      hasAnyValues = true;
      internalValueResult.ignore = this._ignore;
    }
    if (this._cdrom?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.cdrom = this._cdrom?.internalValue;
    }
    if (this._disk?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.disk = this._disk?.internalValue;
    }
    if (this._passthrough?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.passthrough = this._passthrough?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuDisksVirtioVirtio7 | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._ignore = undefined;
      this._cdrom.internalValue = undefined;
      this._disk.internalValue = undefined;
      this._passthrough.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._ignore = value.ignore;
      this._cdrom.internalValue = value.cdrom;
      this._disk.internalValue = value.disk;
      this._passthrough.internalValue = value.passthrough;
    }
  }

  // ignore - computed: false, optional: true, required: false
  private _ignore?: boolean | cdktf.IResolvable; 
  public get ignore() {
    return this.getBooleanAttribute('ignore');
  }
  public set ignore(value: boolean | cdktf.IResolvable) {
    this._ignore = value;
  }
  public resetIgnore() {
    this._ignore = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ignoreInput() {
    return this._ignore;
  }

  // cdrom - computed: false, optional: true, required: false
  private _cdrom = new VmQemuDisksVirtioVirtio7CdromOutputReference(this, "cdrom");
  public get cdrom() {
    return this._cdrom;
  }
  public putCdrom(value: VmQemuDisksVirtioVirtio7Cdrom) {
    this._cdrom.internalValue = value;
  }
  public resetCdrom() {
    this._cdrom.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cdromInput() {
    return this._cdrom.internalValue;
  }

  // disk - computed: false, optional: true, required: false
  private _disk = new VmQemuDisksVirtioVirtio7DiskOutputReference(this, "disk");
  public get disk() {
    return this._disk;
  }
  public putDisk(value: VmQemuDisksVirtioVirtio7Disk) {
    this._disk.internalValue = value;
  }
  public resetDisk() {
    this._disk.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get diskInput() {
    return this._disk.internalValue;
  }

  // passthrough - computed: false, optional: true, required: false
  private _passthrough = new VmQemuDisksVirtioVirtio7PassthroughOutputReference(this, "passthrough");
  public get passthrough() {
    return this._passthrough;
  }
  public putPassthrough(value: VmQemuDisksVirtioVirtio7Passthrough) {
    this._passthrough.internalValue = value;
  }
  public resetPassthrough() {
    this._passthrough.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get passthroughInput() {
    return this._passthrough.internalValue;
  }
}
export interface VmQemuDisksVirtioVirtio8Cdrom {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#iso VmQemu#iso}
  */
  readonly iso?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#passthrough VmQemu#passthrough}
  */
  readonly passthrough?: boolean | cdktf.IResolvable;
}

export function vmQemuDisksVirtioVirtio8CdromToTerraform(struct?: VmQemuDisksVirtioVirtio8CdromOutputReference | VmQemuDisksVirtioVirtio8Cdrom): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    iso: cdktf.stringToTerraform(struct!.iso),
    passthrough: cdktf.booleanToTerraform(struct!.passthrough),
  }
}


export function vmQemuDisksVirtioVirtio8CdromToHclTerraform(struct?: VmQemuDisksVirtioVirtio8CdromOutputReference | VmQemuDisksVirtioVirtio8Cdrom): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    iso: {
      value: cdktf.stringToHclTerraform(struct!.iso),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    passthrough: {
      value: cdktf.booleanToHclTerraform(struct!.passthrough),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuDisksVirtioVirtio8CdromOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VmQemuDisksVirtioVirtio8Cdrom | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._iso !== undefined) {
      hasAnyValues = true;
      internalValueResult.iso = this._iso;
    }
    if (this._passthrough !== undefined) {
      hasAnyValues = true;
      internalValueResult.passthrough = this._passthrough;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuDisksVirtioVirtio8Cdrom | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._iso = undefined;
      this._passthrough = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._iso = value.iso;
      this._passthrough = value.passthrough;
    }
  }

  // iso - computed: false, optional: true, required: false
  private _iso?: string; 
  public get iso() {
    return this.getStringAttribute('iso');
  }
  public set iso(value: string) {
    this._iso = value;
  }
  public resetIso() {
    this._iso = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get isoInput() {
    return this._iso;
  }

  // passthrough - computed: false, optional: true, required: false
  private _passthrough?: boolean | cdktf.IResolvable; 
  public get passthrough() {
    return this.getBooleanAttribute('passthrough');
  }
  public set passthrough(value: boolean | cdktf.IResolvable) {
    this._passthrough = value;
  }
  public resetPassthrough() {
    this._passthrough = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get passthroughInput() {
    return this._passthrough;
  }
}
export interface VmQemuDisksVirtioVirtio8Disk {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#asyncio VmQemu#asyncio}
  */
  readonly asyncio?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#backup VmQemu#backup}
  */
  readonly backup?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#cache VmQemu#cache}
  */
  readonly cache?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#discard VmQemu#discard}
  */
  readonly discard?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#format VmQemu#format}
  */
  readonly format?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#iops_r_burst VmQemu#iops_r_burst}
  */
  readonly iopsRBurst?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#iops_r_burst_length VmQemu#iops_r_burst_length}
  */
  readonly iopsRBurstLength?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#iops_r_concurrent VmQemu#iops_r_concurrent}
  */
  readonly iopsRConcurrent?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#iops_wr_burst VmQemu#iops_wr_burst}
  */
  readonly iopsWrBurst?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#iops_wr_burst_length VmQemu#iops_wr_burst_length}
  */
  readonly iopsWrBurstLength?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#iops_wr_concurrent VmQemu#iops_wr_concurrent}
  */
  readonly iopsWrConcurrent?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#iothread VmQemu#iothread}
  */
  readonly iothread?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mbps_r_burst VmQemu#mbps_r_burst}
  */
  readonly mbpsRBurst?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mbps_r_concurrent VmQemu#mbps_r_concurrent}
  */
  readonly mbpsRConcurrent?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mbps_wr_burst VmQemu#mbps_wr_burst}
  */
  readonly mbpsWrBurst?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mbps_wr_concurrent VmQemu#mbps_wr_concurrent}
  */
  readonly mbpsWrConcurrent?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#readonly VmQemu#readonly}
  */
  readonly readonly?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#replicate VmQemu#replicate}
  */
  readonly replicate?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#serial VmQemu#serial}
  */
  readonly serial?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#size VmQemu#size}
  */
  readonly size: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#storage VmQemu#storage}
  */
  readonly storage: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#wwn VmQemu#wwn}
  */
  readonly wwn?: string;
}

export function vmQemuDisksVirtioVirtio8DiskToTerraform(struct?: VmQemuDisksVirtioVirtio8DiskOutputReference | VmQemuDisksVirtioVirtio8Disk): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    asyncio: cdktf.stringToTerraform(struct!.asyncio),
    backup: cdktf.booleanToTerraform(struct!.backup),
    cache: cdktf.stringToTerraform(struct!.cache),
    discard: cdktf.booleanToTerraform(struct!.discard),
    format: cdktf.stringToTerraform(struct!.format),
    iops_r_burst: cdktf.numberToTerraform(struct!.iopsRBurst),
    iops_r_burst_length: cdktf.numberToTerraform(struct!.iopsRBurstLength),
    iops_r_concurrent: cdktf.numberToTerraform(struct!.iopsRConcurrent),
    iops_wr_burst: cdktf.numberToTerraform(struct!.iopsWrBurst),
    iops_wr_burst_length: cdktf.numberToTerraform(struct!.iopsWrBurstLength),
    iops_wr_concurrent: cdktf.numberToTerraform(struct!.iopsWrConcurrent),
    iothread: cdktf.booleanToTerraform(struct!.iothread),
    mbps_r_burst: cdktf.numberToTerraform(struct!.mbpsRBurst),
    mbps_r_concurrent: cdktf.numberToTerraform(struct!.mbpsRConcurrent),
    mbps_wr_burst: cdktf.numberToTerraform(struct!.mbpsWrBurst),
    mbps_wr_concurrent: cdktf.numberToTerraform(struct!.mbpsWrConcurrent),
    readonly: cdktf.booleanToTerraform(struct!.readonly),
    replicate: cdktf.booleanToTerraform(struct!.replicate),
    serial: cdktf.stringToTerraform(struct!.serial),
    size: cdktf.stringToTerraform(struct!.size),
    storage: cdktf.stringToTerraform(struct!.storage),
    wwn: cdktf.stringToTerraform(struct!.wwn),
  }
}


export function vmQemuDisksVirtioVirtio8DiskToHclTerraform(struct?: VmQemuDisksVirtioVirtio8DiskOutputReference | VmQemuDisksVirtioVirtio8Disk): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    asyncio: {
      value: cdktf.stringToHclTerraform(struct!.asyncio),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    backup: {
      value: cdktf.booleanToHclTerraform(struct!.backup),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    cache: {
      value: cdktf.stringToHclTerraform(struct!.cache),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    discard: {
      value: cdktf.booleanToHclTerraform(struct!.discard),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    format: {
      value: cdktf.stringToHclTerraform(struct!.format),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    iops_r_burst: {
      value: cdktf.numberToHclTerraform(struct!.iopsRBurst),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    iops_r_burst_length: {
      value: cdktf.numberToHclTerraform(struct!.iopsRBurstLength),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    iops_r_concurrent: {
      value: cdktf.numberToHclTerraform(struct!.iopsRConcurrent),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    iops_wr_burst: {
      value: cdktf.numberToHclTerraform(struct!.iopsWrBurst),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    iops_wr_burst_length: {
      value: cdktf.numberToHclTerraform(struct!.iopsWrBurstLength),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    iops_wr_concurrent: {
      value: cdktf.numberToHclTerraform(struct!.iopsWrConcurrent),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    iothread: {
      value: cdktf.booleanToHclTerraform(struct!.iothread),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    mbps_r_burst: {
      value: cdktf.numberToHclTerraform(struct!.mbpsRBurst),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    mbps_r_concurrent: {
      value: cdktf.numberToHclTerraform(struct!.mbpsRConcurrent),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    mbps_wr_burst: {
      value: cdktf.numberToHclTerraform(struct!.mbpsWrBurst),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    mbps_wr_concurrent: {
      value: cdktf.numberToHclTerraform(struct!.mbpsWrConcurrent),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    readonly: {
      value: cdktf.booleanToHclTerraform(struct!.readonly),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    replicate: {
      value: cdktf.booleanToHclTerraform(struct!.replicate),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    serial: {
      value: cdktf.stringToHclTerraform(struct!.serial),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    size: {
      value: cdktf.stringToHclTerraform(struct!.size),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    storage: {
      value: cdktf.stringToHclTerraform(struct!.storage),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    wwn: {
      value: cdktf.stringToHclTerraform(struct!.wwn),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuDisksVirtioVirtio8DiskOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VmQemuDisksVirtioVirtio8Disk | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._asyncio !== undefined) {
      hasAnyValues = true;
      internalValueResult.asyncio = this._asyncio;
    }
    if (this._backup !== undefined) {
      hasAnyValues = true;
      internalValueResult.backup = this._backup;
    }
    if (this._cache !== undefined) {
      hasAnyValues = true;
      internalValueResult.cache = this._cache;
    }
    if (this._discard !== undefined) {
      hasAnyValues = true;
      internalValueResult.discard = this._discard;
    }
    if (this._format !== undefined) {
      hasAnyValues = true;
      internalValueResult.format = this._format;
    }
    if (this._iopsRBurst !== undefined) {
      hasAnyValues = true;
      internalValueResult.iopsRBurst = this._iopsRBurst;
    }
    if (this._iopsRBurstLength !== undefined) {
      hasAnyValues = true;
      internalValueResult.iopsRBurstLength = this._iopsRBurstLength;
    }
    if (this._iopsRConcurrent !== undefined) {
      hasAnyValues = true;
      internalValueResult.iopsRConcurrent = this._iopsRConcurrent;
    }
    if (this._iopsWrBurst !== undefined) {
      hasAnyValues = true;
      internalValueResult.iopsWrBurst = this._iopsWrBurst;
    }
    if (this._iopsWrBurstLength !== undefined) {
      hasAnyValues = true;
      internalValueResult.iopsWrBurstLength = this._iopsWrBurstLength;
    }
    if (this._iopsWrConcurrent !== undefined) {
      hasAnyValues = true;
      internalValueResult.iopsWrConcurrent = this._iopsWrConcurrent;
    }
    if (this._iothread !== undefined) {
      hasAnyValues = true;
      internalValueResult.iothread = this._iothread;
    }
    if (this._mbpsRBurst !== undefined) {
      hasAnyValues = true;
      internalValueResult.mbpsRBurst = this._mbpsRBurst;
    }
    if (this._mbpsRConcurrent !== undefined) {
      hasAnyValues = true;
      internalValueResult.mbpsRConcurrent = this._mbpsRConcurrent;
    }
    if (this._mbpsWrBurst !== undefined) {
      hasAnyValues = true;
      internalValueResult.mbpsWrBurst = this._mbpsWrBurst;
    }
    if (this._mbpsWrConcurrent !== undefined) {
      hasAnyValues = true;
      internalValueResult.mbpsWrConcurrent = this._mbpsWrConcurrent;
    }
    if (this._readonly !== undefined) {
      hasAnyValues = true;
      internalValueResult.readonly = this._readonly;
    }
    if (this._replicate !== undefined) {
      hasAnyValues = true;
      internalValueResult.replicate = this._replicate;
    }
    if (this._serial !== undefined) {
      hasAnyValues = true;
      internalValueResult.serial = this._serial;
    }
    if (this._size !== undefined) {
      hasAnyValues = true;
      internalValueResult.size = this._size;
    }
    if (this._storage !== undefined) {
      hasAnyValues = true;
      internalValueResult.storage = this._storage;
    }
    if (this._wwn !== undefined) {
      hasAnyValues = true;
      internalValueResult.wwn = this._wwn;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuDisksVirtioVirtio8Disk | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._asyncio = undefined;
      this._backup = undefined;
      this._cache = undefined;
      this._discard = undefined;
      this._format = undefined;
      this._iopsRBurst = undefined;
      this._iopsRBurstLength = undefined;
      this._iopsRConcurrent = undefined;
      this._iopsWrBurst = undefined;
      this._iopsWrBurstLength = undefined;
      this._iopsWrConcurrent = undefined;
      this._iothread = undefined;
      this._mbpsRBurst = undefined;
      this._mbpsRConcurrent = undefined;
      this._mbpsWrBurst = undefined;
      this._mbpsWrConcurrent = undefined;
      this._readonly = undefined;
      this._replicate = undefined;
      this._serial = undefined;
      this._size = undefined;
      this._storage = undefined;
      this._wwn = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._asyncio = value.asyncio;
      this._backup = value.backup;
      this._cache = value.cache;
      this._discard = value.discard;
      this._format = value.format;
      this._iopsRBurst = value.iopsRBurst;
      this._iopsRBurstLength = value.iopsRBurstLength;
      this._iopsRConcurrent = value.iopsRConcurrent;
      this._iopsWrBurst = value.iopsWrBurst;
      this._iopsWrBurstLength = value.iopsWrBurstLength;
      this._iopsWrConcurrent = value.iopsWrConcurrent;
      this._iothread = value.iothread;
      this._mbpsRBurst = value.mbpsRBurst;
      this._mbpsRConcurrent = value.mbpsRConcurrent;
      this._mbpsWrBurst = value.mbpsWrBurst;
      this._mbpsWrConcurrent = value.mbpsWrConcurrent;
      this._readonly = value.readonly;
      this._replicate = value.replicate;
      this._serial = value.serial;
      this._size = value.size;
      this._storage = value.storage;
      this._wwn = value.wwn;
    }
  }

  // asyncio - computed: false, optional: true, required: false
  private _asyncio?: string; 
  public get asyncio() {
    return this.getStringAttribute('asyncio');
  }
  public set asyncio(value: string) {
    this._asyncio = value;
  }
  public resetAsyncio() {
    this._asyncio = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get asyncioInput() {
    return this._asyncio;
  }

  // backup - computed: false, optional: true, required: false
  private _backup?: boolean | cdktf.IResolvable; 
  public get backup() {
    return this.getBooleanAttribute('backup');
  }
  public set backup(value: boolean | cdktf.IResolvable) {
    this._backup = value;
  }
  public resetBackup() {
    this._backup = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get backupInput() {
    return this._backup;
  }

  // cache - computed: false, optional: true, required: false
  private _cache?: string; 
  public get cache() {
    return this.getStringAttribute('cache');
  }
  public set cache(value: string) {
    this._cache = value;
  }
  public resetCache() {
    this._cache = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cacheInput() {
    return this._cache;
  }

  // discard - computed: false, optional: true, required: false
  private _discard?: boolean | cdktf.IResolvable; 
  public get discard() {
    return this.getBooleanAttribute('discard');
  }
  public set discard(value: boolean | cdktf.IResolvable) {
    this._discard = value;
  }
  public resetDiscard() {
    this._discard = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get discardInput() {
    return this._discard;
  }

  // format - computed: false, optional: true, required: false
  private _format?: string; 
  public get format() {
    return this.getStringAttribute('format');
  }
  public set format(value: string) {
    this._format = value;
  }
  public resetFormat() {
    this._format = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get formatInput() {
    return this._format;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getNumberAttribute('id');
  }

  // iops_r_burst - computed: false, optional: true, required: false
  private _iopsRBurst?: number; 
  public get iopsRBurst() {
    return this.getNumberAttribute('iops_r_burst');
  }
  public set iopsRBurst(value: number) {
    this._iopsRBurst = value;
  }
  public resetIopsRBurst() {
    this._iopsRBurst = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get iopsRBurstInput() {
    return this._iopsRBurst;
  }

  // iops_r_burst_length - computed: false, optional: true, required: false
  private _iopsRBurstLength?: number; 
  public get iopsRBurstLength() {
    return this.getNumberAttribute('iops_r_burst_length');
  }
  public set iopsRBurstLength(value: number) {
    this._iopsRBurstLength = value;
  }
  public resetIopsRBurstLength() {
    this._iopsRBurstLength = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get iopsRBurstLengthInput() {
    return this._iopsRBurstLength;
  }

  // iops_r_concurrent - computed: false, optional: true, required: false
  private _iopsRConcurrent?: number; 
  public get iopsRConcurrent() {
    return this.getNumberAttribute('iops_r_concurrent');
  }
  public set iopsRConcurrent(value: number) {
    this._iopsRConcurrent = value;
  }
  public resetIopsRConcurrent() {
    this._iopsRConcurrent = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get iopsRConcurrentInput() {
    return this._iopsRConcurrent;
  }

  // iops_wr_burst - computed: false, optional: true, required: false
  private _iopsWrBurst?: number; 
  public get iopsWrBurst() {
    return this.getNumberAttribute('iops_wr_burst');
  }
  public set iopsWrBurst(value: number) {
    this._iopsWrBurst = value;
  }
  public resetIopsWrBurst() {
    this._iopsWrBurst = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get iopsWrBurstInput() {
    return this._iopsWrBurst;
  }

  // iops_wr_burst_length - computed: false, optional: true, required: false
  private _iopsWrBurstLength?: number; 
  public get iopsWrBurstLength() {
    return this.getNumberAttribute('iops_wr_burst_length');
  }
  public set iopsWrBurstLength(value: number) {
    this._iopsWrBurstLength = value;
  }
  public resetIopsWrBurstLength() {
    this._iopsWrBurstLength = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get iopsWrBurstLengthInput() {
    return this._iopsWrBurstLength;
  }

  // iops_wr_concurrent - computed: false, optional: true, required: false
  private _iopsWrConcurrent?: number; 
  public get iopsWrConcurrent() {
    return this.getNumberAttribute('iops_wr_concurrent');
  }
  public set iopsWrConcurrent(value: number) {
    this._iopsWrConcurrent = value;
  }
  public resetIopsWrConcurrent() {
    this._iopsWrConcurrent = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get iopsWrConcurrentInput() {
    return this._iopsWrConcurrent;
  }

  // iothread - computed: false, optional: true, required: false
  private _iothread?: boolean | cdktf.IResolvable; 
  public get iothread() {
    return this.getBooleanAttribute('iothread');
  }
  public set iothread(value: boolean | cdktf.IResolvable) {
    this._iothread = value;
  }
  public resetIothread() {
    this._iothread = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get iothreadInput() {
    return this._iothread;
  }

  // linked_disk_id - computed: true, optional: false, required: false
  public get linkedDiskId() {
    return this.getNumberAttribute('linked_disk_id');
  }

  // mbps_r_burst - computed: false, optional: true, required: false
  private _mbpsRBurst?: number; 
  public get mbpsRBurst() {
    return this.getNumberAttribute('mbps_r_burst');
  }
  public set mbpsRBurst(value: number) {
    this._mbpsRBurst = value;
  }
  public resetMbpsRBurst() {
    this._mbpsRBurst = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mbpsRBurstInput() {
    return this._mbpsRBurst;
  }

  // mbps_r_concurrent - computed: false, optional: true, required: false
  private _mbpsRConcurrent?: number; 
  public get mbpsRConcurrent() {
    return this.getNumberAttribute('mbps_r_concurrent');
  }
  public set mbpsRConcurrent(value: number) {
    this._mbpsRConcurrent = value;
  }
  public resetMbpsRConcurrent() {
    this._mbpsRConcurrent = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mbpsRConcurrentInput() {
    return this._mbpsRConcurrent;
  }

  // mbps_wr_burst - computed: false, optional: true, required: false
  private _mbpsWrBurst?: number; 
  public get mbpsWrBurst() {
    return this.getNumberAttribute('mbps_wr_burst');
  }
  public set mbpsWrBurst(value: number) {
    this._mbpsWrBurst = value;
  }
  public resetMbpsWrBurst() {
    this._mbpsWrBurst = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mbpsWrBurstInput() {
    return this._mbpsWrBurst;
  }

  // mbps_wr_concurrent - computed: false, optional: true, required: false
  private _mbpsWrConcurrent?: number; 
  public get mbpsWrConcurrent() {
    return this.getNumberAttribute('mbps_wr_concurrent');
  }
  public set mbpsWrConcurrent(value: number) {
    this._mbpsWrConcurrent = value;
  }
  public resetMbpsWrConcurrent() {
    this._mbpsWrConcurrent = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mbpsWrConcurrentInput() {
    return this._mbpsWrConcurrent;
  }

  // readonly - computed: false, optional: true, required: false
  private _readonly?: boolean | cdktf.IResolvable; 
  public get readonly() {
    return this.getBooleanAttribute('readonly');
  }
  public set readonly(value: boolean | cdktf.IResolvable) {
    this._readonly = value;
  }
  public resetReadonly() {
    this._readonly = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get readonlyInput() {
    return this._readonly;
  }

  // replicate - computed: false, optional: true, required: false
  private _replicate?: boolean | cdktf.IResolvable; 
  public get replicate() {
    return this.getBooleanAttribute('replicate');
  }
  public set replicate(value: boolean | cdktf.IResolvable) {
    this._replicate = value;
  }
  public resetReplicate() {
    this._replicate = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get replicateInput() {
    return this._replicate;
  }

  // serial - computed: false, optional: true, required: false
  private _serial?: string; 
  public get serial() {
    return this.getStringAttribute('serial');
  }
  public set serial(value: string) {
    this._serial = value;
  }
  public resetSerial() {
    this._serial = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get serialInput() {
    return this._serial;
  }

  // size - computed: false, optional: false, required: true
  private _size?: string; 
  public get size() {
    return this.getStringAttribute('size');
  }
  public set size(value: string) {
    this._size = value;
  }
  // Temporarily expose input value. Use with caution.
  public get sizeInput() {
    return this._size;
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

  // wwn - computed: false, optional: true, required: false
  private _wwn?: string; 
  public get wwn() {
    return this.getStringAttribute('wwn');
  }
  public set wwn(value: string) {
    this._wwn = value;
  }
  public resetWwn() {
    this._wwn = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get wwnInput() {
    return this._wwn;
  }
}
export interface VmQemuDisksVirtioVirtio8Passthrough {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#asyncio VmQemu#asyncio}
  */
  readonly asyncio?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#backup VmQemu#backup}
  */
  readonly backup?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#cache VmQemu#cache}
  */
  readonly cache?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#discard VmQemu#discard}
  */
  readonly discard?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#file VmQemu#file}
  */
  readonly file: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#iops_r_burst VmQemu#iops_r_burst}
  */
  readonly iopsRBurst?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#iops_r_burst_length VmQemu#iops_r_burst_length}
  */
  readonly iopsRBurstLength?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#iops_r_concurrent VmQemu#iops_r_concurrent}
  */
  readonly iopsRConcurrent?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#iops_wr_burst VmQemu#iops_wr_burst}
  */
  readonly iopsWrBurst?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#iops_wr_burst_length VmQemu#iops_wr_burst_length}
  */
  readonly iopsWrBurstLength?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#iops_wr_concurrent VmQemu#iops_wr_concurrent}
  */
  readonly iopsWrConcurrent?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#iothread VmQemu#iothread}
  */
  readonly iothread?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mbps_r_burst VmQemu#mbps_r_burst}
  */
  readonly mbpsRBurst?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mbps_r_concurrent VmQemu#mbps_r_concurrent}
  */
  readonly mbpsRConcurrent?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mbps_wr_burst VmQemu#mbps_wr_burst}
  */
  readonly mbpsWrBurst?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mbps_wr_concurrent VmQemu#mbps_wr_concurrent}
  */
  readonly mbpsWrConcurrent?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#readonly VmQemu#readonly}
  */
  readonly readonly?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#replicate VmQemu#replicate}
  */
  readonly replicate?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#serial VmQemu#serial}
  */
  readonly serial?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#wwn VmQemu#wwn}
  */
  readonly wwn?: string;
}

export function vmQemuDisksVirtioVirtio8PassthroughToTerraform(struct?: VmQemuDisksVirtioVirtio8PassthroughOutputReference | VmQemuDisksVirtioVirtio8Passthrough): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    asyncio: cdktf.stringToTerraform(struct!.asyncio),
    backup: cdktf.booleanToTerraform(struct!.backup),
    cache: cdktf.stringToTerraform(struct!.cache),
    discard: cdktf.booleanToTerraform(struct!.discard),
    file: cdktf.stringToTerraform(struct!.file),
    iops_r_burst: cdktf.numberToTerraform(struct!.iopsRBurst),
    iops_r_burst_length: cdktf.numberToTerraform(struct!.iopsRBurstLength),
    iops_r_concurrent: cdktf.numberToTerraform(struct!.iopsRConcurrent),
    iops_wr_burst: cdktf.numberToTerraform(struct!.iopsWrBurst),
    iops_wr_burst_length: cdktf.numberToTerraform(struct!.iopsWrBurstLength),
    iops_wr_concurrent: cdktf.numberToTerraform(struct!.iopsWrConcurrent),
    iothread: cdktf.booleanToTerraform(struct!.iothread),
    mbps_r_burst: cdktf.numberToTerraform(struct!.mbpsRBurst),
    mbps_r_concurrent: cdktf.numberToTerraform(struct!.mbpsRConcurrent),
    mbps_wr_burst: cdktf.numberToTerraform(struct!.mbpsWrBurst),
    mbps_wr_concurrent: cdktf.numberToTerraform(struct!.mbpsWrConcurrent),
    readonly: cdktf.booleanToTerraform(struct!.readonly),
    replicate: cdktf.booleanToTerraform(struct!.replicate),
    serial: cdktf.stringToTerraform(struct!.serial),
    wwn: cdktf.stringToTerraform(struct!.wwn),
  }
}


export function vmQemuDisksVirtioVirtio8PassthroughToHclTerraform(struct?: VmQemuDisksVirtioVirtio8PassthroughOutputReference | VmQemuDisksVirtioVirtio8Passthrough): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    asyncio: {
      value: cdktf.stringToHclTerraform(struct!.asyncio),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    backup: {
      value: cdktf.booleanToHclTerraform(struct!.backup),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    cache: {
      value: cdktf.stringToHclTerraform(struct!.cache),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    discard: {
      value: cdktf.booleanToHclTerraform(struct!.discard),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    file: {
      value: cdktf.stringToHclTerraform(struct!.file),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    iops_r_burst: {
      value: cdktf.numberToHclTerraform(struct!.iopsRBurst),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    iops_r_burst_length: {
      value: cdktf.numberToHclTerraform(struct!.iopsRBurstLength),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    iops_r_concurrent: {
      value: cdktf.numberToHclTerraform(struct!.iopsRConcurrent),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    iops_wr_burst: {
      value: cdktf.numberToHclTerraform(struct!.iopsWrBurst),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    iops_wr_burst_length: {
      value: cdktf.numberToHclTerraform(struct!.iopsWrBurstLength),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    iops_wr_concurrent: {
      value: cdktf.numberToHclTerraform(struct!.iopsWrConcurrent),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    iothread: {
      value: cdktf.booleanToHclTerraform(struct!.iothread),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    mbps_r_burst: {
      value: cdktf.numberToHclTerraform(struct!.mbpsRBurst),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    mbps_r_concurrent: {
      value: cdktf.numberToHclTerraform(struct!.mbpsRConcurrent),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    mbps_wr_burst: {
      value: cdktf.numberToHclTerraform(struct!.mbpsWrBurst),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    mbps_wr_concurrent: {
      value: cdktf.numberToHclTerraform(struct!.mbpsWrConcurrent),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    readonly: {
      value: cdktf.booleanToHclTerraform(struct!.readonly),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    replicate: {
      value: cdktf.booleanToHclTerraform(struct!.replicate),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    serial: {
      value: cdktf.stringToHclTerraform(struct!.serial),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    wwn: {
      value: cdktf.stringToHclTerraform(struct!.wwn),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuDisksVirtioVirtio8PassthroughOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VmQemuDisksVirtioVirtio8Passthrough | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._asyncio !== undefined) {
      hasAnyValues = true;
      internalValueResult.asyncio = this._asyncio;
    }
    if (this._backup !== undefined) {
      hasAnyValues = true;
      internalValueResult.backup = this._backup;
    }
    if (this._cache !== undefined) {
      hasAnyValues = true;
      internalValueResult.cache = this._cache;
    }
    if (this._discard !== undefined) {
      hasAnyValues = true;
      internalValueResult.discard = this._discard;
    }
    if (this._file !== undefined) {
      hasAnyValues = true;
      internalValueResult.file = this._file;
    }
    if (this._iopsRBurst !== undefined) {
      hasAnyValues = true;
      internalValueResult.iopsRBurst = this._iopsRBurst;
    }
    if (this._iopsRBurstLength !== undefined) {
      hasAnyValues = true;
      internalValueResult.iopsRBurstLength = this._iopsRBurstLength;
    }
    if (this._iopsRConcurrent !== undefined) {
      hasAnyValues = true;
      internalValueResult.iopsRConcurrent = this._iopsRConcurrent;
    }
    if (this._iopsWrBurst !== undefined) {
      hasAnyValues = true;
      internalValueResult.iopsWrBurst = this._iopsWrBurst;
    }
    if (this._iopsWrBurstLength !== undefined) {
      hasAnyValues = true;
      internalValueResult.iopsWrBurstLength = this._iopsWrBurstLength;
    }
    if (this._iopsWrConcurrent !== undefined) {
      hasAnyValues = true;
      internalValueResult.iopsWrConcurrent = this._iopsWrConcurrent;
    }
    if (this._iothread !== undefined) {
      hasAnyValues = true;
      internalValueResult.iothread = this._iothread;
    }
    if (this._mbpsRBurst !== undefined) {
      hasAnyValues = true;
      internalValueResult.mbpsRBurst = this._mbpsRBurst;
    }
    if (this._mbpsRConcurrent !== undefined) {
      hasAnyValues = true;
      internalValueResult.mbpsRConcurrent = this._mbpsRConcurrent;
    }
    if (this._mbpsWrBurst !== undefined) {
      hasAnyValues = true;
      internalValueResult.mbpsWrBurst = this._mbpsWrBurst;
    }
    if (this._mbpsWrConcurrent !== undefined) {
      hasAnyValues = true;
      internalValueResult.mbpsWrConcurrent = this._mbpsWrConcurrent;
    }
    if (this._readonly !== undefined) {
      hasAnyValues = true;
      internalValueResult.readonly = this._readonly;
    }
    if (this._replicate !== undefined) {
      hasAnyValues = true;
      internalValueResult.replicate = this._replicate;
    }
    if (this._serial !== undefined) {
      hasAnyValues = true;
      internalValueResult.serial = this._serial;
    }
    if (this._wwn !== undefined) {
      hasAnyValues = true;
      internalValueResult.wwn = this._wwn;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuDisksVirtioVirtio8Passthrough | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._asyncio = undefined;
      this._backup = undefined;
      this._cache = undefined;
      this._discard = undefined;
      this._file = undefined;
      this._iopsRBurst = undefined;
      this._iopsRBurstLength = undefined;
      this._iopsRConcurrent = undefined;
      this._iopsWrBurst = undefined;
      this._iopsWrBurstLength = undefined;
      this._iopsWrConcurrent = undefined;
      this._iothread = undefined;
      this._mbpsRBurst = undefined;
      this._mbpsRConcurrent = undefined;
      this._mbpsWrBurst = undefined;
      this._mbpsWrConcurrent = undefined;
      this._readonly = undefined;
      this._replicate = undefined;
      this._serial = undefined;
      this._wwn = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._asyncio = value.asyncio;
      this._backup = value.backup;
      this._cache = value.cache;
      this._discard = value.discard;
      this._file = value.file;
      this._iopsRBurst = value.iopsRBurst;
      this._iopsRBurstLength = value.iopsRBurstLength;
      this._iopsRConcurrent = value.iopsRConcurrent;
      this._iopsWrBurst = value.iopsWrBurst;
      this._iopsWrBurstLength = value.iopsWrBurstLength;
      this._iopsWrConcurrent = value.iopsWrConcurrent;
      this._iothread = value.iothread;
      this._mbpsRBurst = value.mbpsRBurst;
      this._mbpsRConcurrent = value.mbpsRConcurrent;
      this._mbpsWrBurst = value.mbpsWrBurst;
      this._mbpsWrConcurrent = value.mbpsWrConcurrent;
      this._readonly = value.readonly;
      this._replicate = value.replicate;
      this._serial = value.serial;
      this._wwn = value.wwn;
    }
  }

  // asyncio - computed: false, optional: true, required: false
  private _asyncio?: string; 
  public get asyncio() {
    return this.getStringAttribute('asyncio');
  }
  public set asyncio(value: string) {
    this._asyncio = value;
  }
  public resetAsyncio() {
    this._asyncio = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get asyncioInput() {
    return this._asyncio;
  }

  // backup - computed: false, optional: true, required: false
  private _backup?: boolean | cdktf.IResolvable; 
  public get backup() {
    return this.getBooleanAttribute('backup');
  }
  public set backup(value: boolean | cdktf.IResolvable) {
    this._backup = value;
  }
  public resetBackup() {
    this._backup = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get backupInput() {
    return this._backup;
  }

  // cache - computed: false, optional: true, required: false
  private _cache?: string; 
  public get cache() {
    return this.getStringAttribute('cache');
  }
  public set cache(value: string) {
    this._cache = value;
  }
  public resetCache() {
    this._cache = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cacheInput() {
    return this._cache;
  }

  // discard - computed: false, optional: true, required: false
  private _discard?: boolean | cdktf.IResolvable; 
  public get discard() {
    return this.getBooleanAttribute('discard');
  }
  public set discard(value: boolean | cdktf.IResolvable) {
    this._discard = value;
  }
  public resetDiscard() {
    this._discard = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get discardInput() {
    return this._discard;
  }

  // file - computed: false, optional: false, required: true
  private _file?: string; 
  public get file() {
    return this.getStringAttribute('file');
  }
  public set file(value: string) {
    this._file = value;
  }
  // Temporarily expose input value. Use with caution.
  public get fileInput() {
    return this._file;
  }

  // iops_r_burst - computed: false, optional: true, required: false
  private _iopsRBurst?: number; 
  public get iopsRBurst() {
    return this.getNumberAttribute('iops_r_burst');
  }
  public set iopsRBurst(value: number) {
    this._iopsRBurst = value;
  }
  public resetIopsRBurst() {
    this._iopsRBurst = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get iopsRBurstInput() {
    return this._iopsRBurst;
  }

  // iops_r_burst_length - computed: false, optional: true, required: false
  private _iopsRBurstLength?: number; 
  public get iopsRBurstLength() {
    return this.getNumberAttribute('iops_r_burst_length');
  }
  public set iopsRBurstLength(value: number) {
    this._iopsRBurstLength = value;
  }
  public resetIopsRBurstLength() {
    this._iopsRBurstLength = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get iopsRBurstLengthInput() {
    return this._iopsRBurstLength;
  }

  // iops_r_concurrent - computed: false, optional: true, required: false
  private _iopsRConcurrent?: number; 
  public get iopsRConcurrent() {
    return this.getNumberAttribute('iops_r_concurrent');
  }
  public set iopsRConcurrent(value: number) {
    this._iopsRConcurrent = value;
  }
  public resetIopsRConcurrent() {
    this._iopsRConcurrent = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get iopsRConcurrentInput() {
    return this._iopsRConcurrent;
  }

  // iops_wr_burst - computed: false, optional: true, required: false
  private _iopsWrBurst?: number; 
  public get iopsWrBurst() {
    return this.getNumberAttribute('iops_wr_burst');
  }
  public set iopsWrBurst(value: number) {
    this._iopsWrBurst = value;
  }
  public resetIopsWrBurst() {
    this._iopsWrBurst = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get iopsWrBurstInput() {
    return this._iopsWrBurst;
  }

  // iops_wr_burst_length - computed: false, optional: true, required: false
  private _iopsWrBurstLength?: number; 
  public get iopsWrBurstLength() {
    return this.getNumberAttribute('iops_wr_burst_length');
  }
  public set iopsWrBurstLength(value: number) {
    this._iopsWrBurstLength = value;
  }
  public resetIopsWrBurstLength() {
    this._iopsWrBurstLength = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get iopsWrBurstLengthInput() {
    return this._iopsWrBurstLength;
  }

  // iops_wr_concurrent - computed: false, optional: true, required: false
  private _iopsWrConcurrent?: number; 
  public get iopsWrConcurrent() {
    return this.getNumberAttribute('iops_wr_concurrent');
  }
  public set iopsWrConcurrent(value: number) {
    this._iopsWrConcurrent = value;
  }
  public resetIopsWrConcurrent() {
    this._iopsWrConcurrent = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get iopsWrConcurrentInput() {
    return this._iopsWrConcurrent;
  }

  // iothread - computed: false, optional: true, required: false
  private _iothread?: boolean | cdktf.IResolvable; 
  public get iothread() {
    return this.getBooleanAttribute('iothread');
  }
  public set iothread(value: boolean | cdktf.IResolvable) {
    this._iothread = value;
  }
  public resetIothread() {
    this._iothread = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get iothreadInput() {
    return this._iothread;
  }

  // mbps_r_burst - computed: false, optional: true, required: false
  private _mbpsRBurst?: number; 
  public get mbpsRBurst() {
    return this.getNumberAttribute('mbps_r_burst');
  }
  public set mbpsRBurst(value: number) {
    this._mbpsRBurst = value;
  }
  public resetMbpsRBurst() {
    this._mbpsRBurst = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mbpsRBurstInput() {
    return this._mbpsRBurst;
  }

  // mbps_r_concurrent - computed: false, optional: true, required: false
  private _mbpsRConcurrent?: number; 
  public get mbpsRConcurrent() {
    return this.getNumberAttribute('mbps_r_concurrent');
  }
  public set mbpsRConcurrent(value: number) {
    this._mbpsRConcurrent = value;
  }
  public resetMbpsRConcurrent() {
    this._mbpsRConcurrent = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mbpsRConcurrentInput() {
    return this._mbpsRConcurrent;
  }

  // mbps_wr_burst - computed: false, optional: true, required: false
  private _mbpsWrBurst?: number; 
  public get mbpsWrBurst() {
    return this.getNumberAttribute('mbps_wr_burst');
  }
  public set mbpsWrBurst(value: number) {
    this._mbpsWrBurst = value;
  }
  public resetMbpsWrBurst() {
    this._mbpsWrBurst = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mbpsWrBurstInput() {
    return this._mbpsWrBurst;
  }

  // mbps_wr_concurrent - computed: false, optional: true, required: false
  private _mbpsWrConcurrent?: number; 
  public get mbpsWrConcurrent() {
    return this.getNumberAttribute('mbps_wr_concurrent');
  }
  public set mbpsWrConcurrent(value: number) {
    this._mbpsWrConcurrent = value;
  }
  public resetMbpsWrConcurrent() {
    this._mbpsWrConcurrent = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mbpsWrConcurrentInput() {
    return this._mbpsWrConcurrent;
  }

  // readonly - computed: false, optional: true, required: false
  private _readonly?: boolean | cdktf.IResolvable; 
  public get readonly() {
    return this.getBooleanAttribute('readonly');
  }
  public set readonly(value: boolean | cdktf.IResolvable) {
    this._readonly = value;
  }
  public resetReadonly() {
    this._readonly = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get readonlyInput() {
    return this._readonly;
  }

  // replicate - computed: false, optional: true, required: false
  private _replicate?: boolean | cdktf.IResolvable; 
  public get replicate() {
    return this.getBooleanAttribute('replicate');
  }
  public set replicate(value: boolean | cdktf.IResolvable) {
    this._replicate = value;
  }
  public resetReplicate() {
    this._replicate = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get replicateInput() {
    return this._replicate;
  }

  // serial - computed: false, optional: true, required: false
  private _serial?: string; 
  public get serial() {
    return this.getStringAttribute('serial');
  }
  public set serial(value: string) {
    this._serial = value;
  }
  public resetSerial() {
    this._serial = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get serialInput() {
    return this._serial;
  }

  // size - computed: true, optional: false, required: false
  public get size() {
    return this.getStringAttribute('size');
  }

  // wwn - computed: false, optional: true, required: false
  private _wwn?: string; 
  public get wwn() {
    return this.getStringAttribute('wwn');
  }
  public set wwn(value: string) {
    this._wwn = value;
  }
  public resetWwn() {
    this._wwn = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get wwnInput() {
    return this._wwn;
  }
}
export interface VmQemuDisksVirtioVirtio8 {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#ignore VmQemu#ignore}
  */
  readonly ignore?: boolean | cdktf.IResolvable;
  /**
  * cdrom block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#cdrom VmQemu#cdrom}
  */
  readonly cdrom?: VmQemuDisksVirtioVirtio8Cdrom;
  /**
  * disk block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#disk VmQemu#disk}
  */
  readonly disk?: VmQemuDisksVirtioVirtio8Disk;
  /**
  * passthrough block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#passthrough VmQemu#passthrough}
  */
  readonly passthrough?: VmQemuDisksVirtioVirtio8Passthrough;
}

export function vmQemuDisksVirtioVirtio8ToTerraform(struct?: VmQemuDisksVirtioVirtio8OutputReference | VmQemuDisksVirtioVirtio8): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    ignore: cdktf.booleanToTerraform(struct!.ignore),
    cdrom: vmQemuDisksVirtioVirtio8CdromToTerraform(struct!.cdrom),
    disk: vmQemuDisksVirtioVirtio8DiskToTerraform(struct!.disk),
    passthrough: vmQemuDisksVirtioVirtio8PassthroughToTerraform(struct!.passthrough),
  }
}


export function vmQemuDisksVirtioVirtio8ToHclTerraform(struct?: VmQemuDisksVirtioVirtio8OutputReference | VmQemuDisksVirtioVirtio8): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    ignore: {
      value: cdktf.booleanToHclTerraform(struct!.ignore),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    cdrom: {
      value: vmQemuDisksVirtioVirtio8CdromToHclTerraform(struct!.cdrom),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuDisksVirtioVirtio8CdromList",
    },
    disk: {
      value: vmQemuDisksVirtioVirtio8DiskToHclTerraform(struct!.disk),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuDisksVirtioVirtio8DiskList",
    },
    passthrough: {
      value: vmQemuDisksVirtioVirtio8PassthroughToHclTerraform(struct!.passthrough),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuDisksVirtioVirtio8PassthroughList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuDisksVirtioVirtio8OutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VmQemuDisksVirtioVirtio8 | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._ignore !== undefined) {
      hasAnyValues = true;
      internalValueResult.ignore = this._ignore;
    }
    if (this._cdrom?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.cdrom = this._cdrom?.internalValue;
    }
    if (this._disk?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.disk = this._disk?.internalValue;
    }
    if (this._passthrough?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.passthrough = this._passthrough?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuDisksVirtioVirtio8 | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._ignore = undefined;
      this._cdrom.internalValue = undefined;
      this._disk.internalValue = undefined;
      this._passthrough.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._ignore = value.ignore;
      this._cdrom.internalValue = value.cdrom;
      this._disk.internalValue = value.disk;
      this._passthrough.internalValue = value.passthrough;
    }
  }

  // ignore - computed: false, optional: true, required: false
  private _ignore?: boolean | cdktf.IResolvable; 
  public get ignore() {
    return this.getBooleanAttribute('ignore');
  }
  public set ignore(value: boolean | cdktf.IResolvable) {
    this._ignore = value;
  }
  public resetIgnore() {
    this._ignore = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ignoreInput() {
    return this._ignore;
  }

  // cdrom - computed: false, optional: true, required: false
  private _cdrom = new VmQemuDisksVirtioVirtio8CdromOutputReference(this, "cdrom");
  public get cdrom() {
    return this._cdrom;
  }
  public putCdrom(value: VmQemuDisksVirtioVirtio8Cdrom) {
    this._cdrom.internalValue = value;
  }
  public resetCdrom() {
    this._cdrom.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cdromInput() {
    return this._cdrom.internalValue;
  }

  // disk - computed: false, optional: true, required: false
  private _disk = new VmQemuDisksVirtioVirtio8DiskOutputReference(this, "disk");
  public get disk() {
    return this._disk;
  }
  public putDisk(value: VmQemuDisksVirtioVirtio8Disk) {
    this._disk.internalValue = value;
  }
  public resetDisk() {
    this._disk.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get diskInput() {
    return this._disk.internalValue;
  }

  // passthrough - computed: false, optional: true, required: false
  private _passthrough = new VmQemuDisksVirtioVirtio8PassthroughOutputReference(this, "passthrough");
  public get passthrough() {
    return this._passthrough;
  }
  public putPassthrough(value: VmQemuDisksVirtioVirtio8Passthrough) {
    this._passthrough.internalValue = value;
  }
  public resetPassthrough() {
    this._passthrough.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get passthroughInput() {
    return this._passthrough.internalValue;
  }
}
export interface VmQemuDisksVirtioVirtio9Cdrom {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#iso VmQemu#iso}
  */
  readonly iso?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#passthrough VmQemu#passthrough}
  */
  readonly passthrough?: boolean | cdktf.IResolvable;
}

export function vmQemuDisksVirtioVirtio9CdromToTerraform(struct?: VmQemuDisksVirtioVirtio9CdromOutputReference | VmQemuDisksVirtioVirtio9Cdrom): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    iso: cdktf.stringToTerraform(struct!.iso),
    passthrough: cdktf.booleanToTerraform(struct!.passthrough),
  }
}


export function vmQemuDisksVirtioVirtio9CdromToHclTerraform(struct?: VmQemuDisksVirtioVirtio9CdromOutputReference | VmQemuDisksVirtioVirtio9Cdrom): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    iso: {
      value: cdktf.stringToHclTerraform(struct!.iso),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    passthrough: {
      value: cdktf.booleanToHclTerraform(struct!.passthrough),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuDisksVirtioVirtio9CdromOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VmQemuDisksVirtioVirtio9Cdrom | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._iso !== undefined) {
      hasAnyValues = true;
      internalValueResult.iso = this._iso;
    }
    if (this._passthrough !== undefined) {
      hasAnyValues = true;
      internalValueResult.passthrough = this._passthrough;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuDisksVirtioVirtio9Cdrom | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._iso = undefined;
      this._passthrough = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._iso = value.iso;
      this._passthrough = value.passthrough;
    }
  }

  // iso - computed: false, optional: true, required: false
  private _iso?: string; 
  public get iso() {
    return this.getStringAttribute('iso');
  }
  public set iso(value: string) {
    this._iso = value;
  }
  public resetIso() {
    this._iso = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get isoInput() {
    return this._iso;
  }

  // passthrough - computed: false, optional: true, required: false
  private _passthrough?: boolean | cdktf.IResolvable; 
  public get passthrough() {
    return this.getBooleanAttribute('passthrough');
  }
  public set passthrough(value: boolean | cdktf.IResolvable) {
    this._passthrough = value;
  }
  public resetPassthrough() {
    this._passthrough = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get passthroughInput() {
    return this._passthrough;
  }
}
export interface VmQemuDisksVirtioVirtio9Disk {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#asyncio VmQemu#asyncio}
  */
  readonly asyncio?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#backup VmQemu#backup}
  */
  readonly backup?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#cache VmQemu#cache}
  */
  readonly cache?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#discard VmQemu#discard}
  */
  readonly discard?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#format VmQemu#format}
  */
  readonly format?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#iops_r_burst VmQemu#iops_r_burst}
  */
  readonly iopsRBurst?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#iops_r_burst_length VmQemu#iops_r_burst_length}
  */
  readonly iopsRBurstLength?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#iops_r_concurrent VmQemu#iops_r_concurrent}
  */
  readonly iopsRConcurrent?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#iops_wr_burst VmQemu#iops_wr_burst}
  */
  readonly iopsWrBurst?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#iops_wr_burst_length VmQemu#iops_wr_burst_length}
  */
  readonly iopsWrBurstLength?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#iops_wr_concurrent VmQemu#iops_wr_concurrent}
  */
  readonly iopsWrConcurrent?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#iothread VmQemu#iothread}
  */
  readonly iothread?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mbps_r_burst VmQemu#mbps_r_burst}
  */
  readonly mbpsRBurst?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mbps_r_concurrent VmQemu#mbps_r_concurrent}
  */
  readonly mbpsRConcurrent?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mbps_wr_burst VmQemu#mbps_wr_burst}
  */
  readonly mbpsWrBurst?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mbps_wr_concurrent VmQemu#mbps_wr_concurrent}
  */
  readonly mbpsWrConcurrent?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#readonly VmQemu#readonly}
  */
  readonly readonly?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#replicate VmQemu#replicate}
  */
  readonly replicate?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#serial VmQemu#serial}
  */
  readonly serial?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#size VmQemu#size}
  */
  readonly size: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#storage VmQemu#storage}
  */
  readonly storage: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#wwn VmQemu#wwn}
  */
  readonly wwn?: string;
}

export function vmQemuDisksVirtioVirtio9DiskToTerraform(struct?: VmQemuDisksVirtioVirtio9DiskOutputReference | VmQemuDisksVirtioVirtio9Disk): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    asyncio: cdktf.stringToTerraform(struct!.asyncio),
    backup: cdktf.booleanToTerraform(struct!.backup),
    cache: cdktf.stringToTerraform(struct!.cache),
    discard: cdktf.booleanToTerraform(struct!.discard),
    format: cdktf.stringToTerraform(struct!.format),
    iops_r_burst: cdktf.numberToTerraform(struct!.iopsRBurst),
    iops_r_burst_length: cdktf.numberToTerraform(struct!.iopsRBurstLength),
    iops_r_concurrent: cdktf.numberToTerraform(struct!.iopsRConcurrent),
    iops_wr_burst: cdktf.numberToTerraform(struct!.iopsWrBurst),
    iops_wr_burst_length: cdktf.numberToTerraform(struct!.iopsWrBurstLength),
    iops_wr_concurrent: cdktf.numberToTerraform(struct!.iopsWrConcurrent),
    iothread: cdktf.booleanToTerraform(struct!.iothread),
    mbps_r_burst: cdktf.numberToTerraform(struct!.mbpsRBurst),
    mbps_r_concurrent: cdktf.numberToTerraform(struct!.mbpsRConcurrent),
    mbps_wr_burst: cdktf.numberToTerraform(struct!.mbpsWrBurst),
    mbps_wr_concurrent: cdktf.numberToTerraform(struct!.mbpsWrConcurrent),
    readonly: cdktf.booleanToTerraform(struct!.readonly),
    replicate: cdktf.booleanToTerraform(struct!.replicate),
    serial: cdktf.stringToTerraform(struct!.serial),
    size: cdktf.stringToTerraform(struct!.size),
    storage: cdktf.stringToTerraform(struct!.storage),
    wwn: cdktf.stringToTerraform(struct!.wwn),
  }
}


export function vmQemuDisksVirtioVirtio9DiskToHclTerraform(struct?: VmQemuDisksVirtioVirtio9DiskOutputReference | VmQemuDisksVirtioVirtio9Disk): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    asyncio: {
      value: cdktf.stringToHclTerraform(struct!.asyncio),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    backup: {
      value: cdktf.booleanToHclTerraform(struct!.backup),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    cache: {
      value: cdktf.stringToHclTerraform(struct!.cache),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    discard: {
      value: cdktf.booleanToHclTerraform(struct!.discard),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    format: {
      value: cdktf.stringToHclTerraform(struct!.format),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    iops_r_burst: {
      value: cdktf.numberToHclTerraform(struct!.iopsRBurst),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    iops_r_burst_length: {
      value: cdktf.numberToHclTerraform(struct!.iopsRBurstLength),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    iops_r_concurrent: {
      value: cdktf.numberToHclTerraform(struct!.iopsRConcurrent),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    iops_wr_burst: {
      value: cdktf.numberToHclTerraform(struct!.iopsWrBurst),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    iops_wr_burst_length: {
      value: cdktf.numberToHclTerraform(struct!.iopsWrBurstLength),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    iops_wr_concurrent: {
      value: cdktf.numberToHclTerraform(struct!.iopsWrConcurrent),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    iothread: {
      value: cdktf.booleanToHclTerraform(struct!.iothread),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    mbps_r_burst: {
      value: cdktf.numberToHclTerraform(struct!.mbpsRBurst),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    mbps_r_concurrent: {
      value: cdktf.numberToHclTerraform(struct!.mbpsRConcurrent),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    mbps_wr_burst: {
      value: cdktf.numberToHclTerraform(struct!.mbpsWrBurst),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    mbps_wr_concurrent: {
      value: cdktf.numberToHclTerraform(struct!.mbpsWrConcurrent),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    readonly: {
      value: cdktf.booleanToHclTerraform(struct!.readonly),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    replicate: {
      value: cdktf.booleanToHclTerraform(struct!.replicate),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    serial: {
      value: cdktf.stringToHclTerraform(struct!.serial),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    size: {
      value: cdktf.stringToHclTerraform(struct!.size),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    storage: {
      value: cdktf.stringToHclTerraform(struct!.storage),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    wwn: {
      value: cdktf.stringToHclTerraform(struct!.wwn),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuDisksVirtioVirtio9DiskOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VmQemuDisksVirtioVirtio9Disk | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._asyncio !== undefined) {
      hasAnyValues = true;
      internalValueResult.asyncio = this._asyncio;
    }
    if (this._backup !== undefined) {
      hasAnyValues = true;
      internalValueResult.backup = this._backup;
    }
    if (this._cache !== undefined) {
      hasAnyValues = true;
      internalValueResult.cache = this._cache;
    }
    if (this._discard !== undefined) {
      hasAnyValues = true;
      internalValueResult.discard = this._discard;
    }
    if (this._format !== undefined) {
      hasAnyValues = true;
      internalValueResult.format = this._format;
    }
    if (this._iopsRBurst !== undefined) {
      hasAnyValues = true;
      internalValueResult.iopsRBurst = this._iopsRBurst;
    }
    if (this._iopsRBurstLength !== undefined) {
      hasAnyValues = true;
      internalValueResult.iopsRBurstLength = this._iopsRBurstLength;
    }
    if (this._iopsRConcurrent !== undefined) {
      hasAnyValues = true;
      internalValueResult.iopsRConcurrent = this._iopsRConcurrent;
    }
    if (this._iopsWrBurst !== undefined) {
      hasAnyValues = true;
      internalValueResult.iopsWrBurst = this._iopsWrBurst;
    }
    if (this._iopsWrBurstLength !== undefined) {
      hasAnyValues = true;
      internalValueResult.iopsWrBurstLength = this._iopsWrBurstLength;
    }
    if (this._iopsWrConcurrent !== undefined) {
      hasAnyValues = true;
      internalValueResult.iopsWrConcurrent = this._iopsWrConcurrent;
    }
    if (this._iothread !== undefined) {
      hasAnyValues = true;
      internalValueResult.iothread = this._iothread;
    }
    if (this._mbpsRBurst !== undefined) {
      hasAnyValues = true;
      internalValueResult.mbpsRBurst = this._mbpsRBurst;
    }
    if (this._mbpsRConcurrent !== undefined) {
      hasAnyValues = true;
      internalValueResult.mbpsRConcurrent = this._mbpsRConcurrent;
    }
    if (this._mbpsWrBurst !== undefined) {
      hasAnyValues = true;
      internalValueResult.mbpsWrBurst = this._mbpsWrBurst;
    }
    if (this._mbpsWrConcurrent !== undefined) {
      hasAnyValues = true;
      internalValueResult.mbpsWrConcurrent = this._mbpsWrConcurrent;
    }
    if (this._readonly !== undefined) {
      hasAnyValues = true;
      internalValueResult.readonly = this._readonly;
    }
    if (this._replicate !== undefined) {
      hasAnyValues = true;
      internalValueResult.replicate = this._replicate;
    }
    if (this._serial !== undefined) {
      hasAnyValues = true;
      internalValueResult.serial = this._serial;
    }
    if (this._size !== undefined) {
      hasAnyValues = true;
      internalValueResult.size = this._size;
    }
    if (this._storage !== undefined) {
      hasAnyValues = true;
      internalValueResult.storage = this._storage;
    }
    if (this._wwn !== undefined) {
      hasAnyValues = true;
      internalValueResult.wwn = this._wwn;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuDisksVirtioVirtio9Disk | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._asyncio = undefined;
      this._backup = undefined;
      this._cache = undefined;
      this._discard = undefined;
      this._format = undefined;
      this._iopsRBurst = undefined;
      this._iopsRBurstLength = undefined;
      this._iopsRConcurrent = undefined;
      this._iopsWrBurst = undefined;
      this._iopsWrBurstLength = undefined;
      this._iopsWrConcurrent = undefined;
      this._iothread = undefined;
      this._mbpsRBurst = undefined;
      this._mbpsRConcurrent = undefined;
      this._mbpsWrBurst = undefined;
      this._mbpsWrConcurrent = undefined;
      this._readonly = undefined;
      this._replicate = undefined;
      this._serial = undefined;
      this._size = undefined;
      this._storage = undefined;
      this._wwn = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._asyncio = value.asyncio;
      this._backup = value.backup;
      this._cache = value.cache;
      this._discard = value.discard;
      this._format = value.format;
      this._iopsRBurst = value.iopsRBurst;
      this._iopsRBurstLength = value.iopsRBurstLength;
      this._iopsRConcurrent = value.iopsRConcurrent;
      this._iopsWrBurst = value.iopsWrBurst;
      this._iopsWrBurstLength = value.iopsWrBurstLength;
      this._iopsWrConcurrent = value.iopsWrConcurrent;
      this._iothread = value.iothread;
      this._mbpsRBurst = value.mbpsRBurst;
      this._mbpsRConcurrent = value.mbpsRConcurrent;
      this._mbpsWrBurst = value.mbpsWrBurst;
      this._mbpsWrConcurrent = value.mbpsWrConcurrent;
      this._readonly = value.readonly;
      this._replicate = value.replicate;
      this._serial = value.serial;
      this._size = value.size;
      this._storage = value.storage;
      this._wwn = value.wwn;
    }
  }

  // asyncio - computed: false, optional: true, required: false
  private _asyncio?: string; 
  public get asyncio() {
    return this.getStringAttribute('asyncio');
  }
  public set asyncio(value: string) {
    this._asyncio = value;
  }
  public resetAsyncio() {
    this._asyncio = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get asyncioInput() {
    return this._asyncio;
  }

  // backup - computed: false, optional: true, required: false
  private _backup?: boolean | cdktf.IResolvable; 
  public get backup() {
    return this.getBooleanAttribute('backup');
  }
  public set backup(value: boolean | cdktf.IResolvable) {
    this._backup = value;
  }
  public resetBackup() {
    this._backup = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get backupInput() {
    return this._backup;
  }

  // cache - computed: false, optional: true, required: false
  private _cache?: string; 
  public get cache() {
    return this.getStringAttribute('cache');
  }
  public set cache(value: string) {
    this._cache = value;
  }
  public resetCache() {
    this._cache = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cacheInput() {
    return this._cache;
  }

  // discard - computed: false, optional: true, required: false
  private _discard?: boolean | cdktf.IResolvable; 
  public get discard() {
    return this.getBooleanAttribute('discard');
  }
  public set discard(value: boolean | cdktf.IResolvable) {
    this._discard = value;
  }
  public resetDiscard() {
    this._discard = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get discardInput() {
    return this._discard;
  }

  // format - computed: false, optional: true, required: false
  private _format?: string; 
  public get format() {
    return this.getStringAttribute('format');
  }
  public set format(value: string) {
    this._format = value;
  }
  public resetFormat() {
    this._format = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get formatInput() {
    return this._format;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getNumberAttribute('id');
  }

  // iops_r_burst - computed: false, optional: true, required: false
  private _iopsRBurst?: number; 
  public get iopsRBurst() {
    return this.getNumberAttribute('iops_r_burst');
  }
  public set iopsRBurst(value: number) {
    this._iopsRBurst = value;
  }
  public resetIopsRBurst() {
    this._iopsRBurst = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get iopsRBurstInput() {
    return this._iopsRBurst;
  }

  // iops_r_burst_length - computed: false, optional: true, required: false
  private _iopsRBurstLength?: number; 
  public get iopsRBurstLength() {
    return this.getNumberAttribute('iops_r_burst_length');
  }
  public set iopsRBurstLength(value: number) {
    this._iopsRBurstLength = value;
  }
  public resetIopsRBurstLength() {
    this._iopsRBurstLength = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get iopsRBurstLengthInput() {
    return this._iopsRBurstLength;
  }

  // iops_r_concurrent - computed: false, optional: true, required: false
  private _iopsRConcurrent?: number; 
  public get iopsRConcurrent() {
    return this.getNumberAttribute('iops_r_concurrent');
  }
  public set iopsRConcurrent(value: number) {
    this._iopsRConcurrent = value;
  }
  public resetIopsRConcurrent() {
    this._iopsRConcurrent = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get iopsRConcurrentInput() {
    return this._iopsRConcurrent;
  }

  // iops_wr_burst - computed: false, optional: true, required: false
  private _iopsWrBurst?: number; 
  public get iopsWrBurst() {
    return this.getNumberAttribute('iops_wr_burst');
  }
  public set iopsWrBurst(value: number) {
    this._iopsWrBurst = value;
  }
  public resetIopsWrBurst() {
    this._iopsWrBurst = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get iopsWrBurstInput() {
    return this._iopsWrBurst;
  }

  // iops_wr_burst_length - computed: false, optional: true, required: false
  private _iopsWrBurstLength?: number; 
  public get iopsWrBurstLength() {
    return this.getNumberAttribute('iops_wr_burst_length');
  }
  public set iopsWrBurstLength(value: number) {
    this._iopsWrBurstLength = value;
  }
  public resetIopsWrBurstLength() {
    this._iopsWrBurstLength = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get iopsWrBurstLengthInput() {
    return this._iopsWrBurstLength;
  }

  // iops_wr_concurrent - computed: false, optional: true, required: false
  private _iopsWrConcurrent?: number; 
  public get iopsWrConcurrent() {
    return this.getNumberAttribute('iops_wr_concurrent');
  }
  public set iopsWrConcurrent(value: number) {
    this._iopsWrConcurrent = value;
  }
  public resetIopsWrConcurrent() {
    this._iopsWrConcurrent = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get iopsWrConcurrentInput() {
    return this._iopsWrConcurrent;
  }

  // iothread - computed: false, optional: true, required: false
  private _iothread?: boolean | cdktf.IResolvable; 
  public get iothread() {
    return this.getBooleanAttribute('iothread');
  }
  public set iothread(value: boolean | cdktf.IResolvable) {
    this._iothread = value;
  }
  public resetIothread() {
    this._iothread = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get iothreadInput() {
    return this._iothread;
  }

  // linked_disk_id - computed: true, optional: false, required: false
  public get linkedDiskId() {
    return this.getNumberAttribute('linked_disk_id');
  }

  // mbps_r_burst - computed: false, optional: true, required: false
  private _mbpsRBurst?: number; 
  public get mbpsRBurst() {
    return this.getNumberAttribute('mbps_r_burst');
  }
  public set mbpsRBurst(value: number) {
    this._mbpsRBurst = value;
  }
  public resetMbpsRBurst() {
    this._mbpsRBurst = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mbpsRBurstInput() {
    return this._mbpsRBurst;
  }

  // mbps_r_concurrent - computed: false, optional: true, required: false
  private _mbpsRConcurrent?: number; 
  public get mbpsRConcurrent() {
    return this.getNumberAttribute('mbps_r_concurrent');
  }
  public set mbpsRConcurrent(value: number) {
    this._mbpsRConcurrent = value;
  }
  public resetMbpsRConcurrent() {
    this._mbpsRConcurrent = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mbpsRConcurrentInput() {
    return this._mbpsRConcurrent;
  }

  // mbps_wr_burst - computed: false, optional: true, required: false
  private _mbpsWrBurst?: number; 
  public get mbpsWrBurst() {
    return this.getNumberAttribute('mbps_wr_burst');
  }
  public set mbpsWrBurst(value: number) {
    this._mbpsWrBurst = value;
  }
  public resetMbpsWrBurst() {
    this._mbpsWrBurst = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mbpsWrBurstInput() {
    return this._mbpsWrBurst;
  }

  // mbps_wr_concurrent - computed: false, optional: true, required: false
  private _mbpsWrConcurrent?: number; 
  public get mbpsWrConcurrent() {
    return this.getNumberAttribute('mbps_wr_concurrent');
  }
  public set mbpsWrConcurrent(value: number) {
    this._mbpsWrConcurrent = value;
  }
  public resetMbpsWrConcurrent() {
    this._mbpsWrConcurrent = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mbpsWrConcurrentInput() {
    return this._mbpsWrConcurrent;
  }

  // readonly - computed: false, optional: true, required: false
  private _readonly?: boolean | cdktf.IResolvable; 
  public get readonly() {
    return this.getBooleanAttribute('readonly');
  }
  public set readonly(value: boolean | cdktf.IResolvable) {
    this._readonly = value;
  }
  public resetReadonly() {
    this._readonly = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get readonlyInput() {
    return this._readonly;
  }

  // replicate - computed: false, optional: true, required: false
  private _replicate?: boolean | cdktf.IResolvable; 
  public get replicate() {
    return this.getBooleanAttribute('replicate');
  }
  public set replicate(value: boolean | cdktf.IResolvable) {
    this._replicate = value;
  }
  public resetReplicate() {
    this._replicate = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get replicateInput() {
    return this._replicate;
  }

  // serial - computed: false, optional: true, required: false
  private _serial?: string; 
  public get serial() {
    return this.getStringAttribute('serial');
  }
  public set serial(value: string) {
    this._serial = value;
  }
  public resetSerial() {
    this._serial = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get serialInput() {
    return this._serial;
  }

  // size - computed: false, optional: false, required: true
  private _size?: string; 
  public get size() {
    return this.getStringAttribute('size');
  }
  public set size(value: string) {
    this._size = value;
  }
  // Temporarily expose input value. Use with caution.
  public get sizeInput() {
    return this._size;
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

  // wwn - computed: false, optional: true, required: false
  private _wwn?: string; 
  public get wwn() {
    return this.getStringAttribute('wwn');
  }
  public set wwn(value: string) {
    this._wwn = value;
  }
  public resetWwn() {
    this._wwn = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get wwnInput() {
    return this._wwn;
  }
}
export interface VmQemuDisksVirtioVirtio9Passthrough {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#asyncio VmQemu#asyncio}
  */
  readonly asyncio?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#backup VmQemu#backup}
  */
  readonly backup?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#cache VmQemu#cache}
  */
  readonly cache?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#discard VmQemu#discard}
  */
  readonly discard?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#file VmQemu#file}
  */
  readonly file: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#iops_r_burst VmQemu#iops_r_burst}
  */
  readonly iopsRBurst?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#iops_r_burst_length VmQemu#iops_r_burst_length}
  */
  readonly iopsRBurstLength?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#iops_r_concurrent VmQemu#iops_r_concurrent}
  */
  readonly iopsRConcurrent?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#iops_wr_burst VmQemu#iops_wr_burst}
  */
  readonly iopsWrBurst?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#iops_wr_burst_length VmQemu#iops_wr_burst_length}
  */
  readonly iopsWrBurstLength?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#iops_wr_concurrent VmQemu#iops_wr_concurrent}
  */
  readonly iopsWrConcurrent?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#iothread VmQemu#iothread}
  */
  readonly iothread?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mbps_r_burst VmQemu#mbps_r_burst}
  */
  readonly mbpsRBurst?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mbps_r_concurrent VmQemu#mbps_r_concurrent}
  */
  readonly mbpsRConcurrent?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mbps_wr_burst VmQemu#mbps_wr_burst}
  */
  readonly mbpsWrBurst?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mbps_wr_concurrent VmQemu#mbps_wr_concurrent}
  */
  readonly mbpsWrConcurrent?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#readonly VmQemu#readonly}
  */
  readonly readonly?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#replicate VmQemu#replicate}
  */
  readonly replicate?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#serial VmQemu#serial}
  */
  readonly serial?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#wwn VmQemu#wwn}
  */
  readonly wwn?: string;
}

export function vmQemuDisksVirtioVirtio9PassthroughToTerraform(struct?: VmQemuDisksVirtioVirtio9PassthroughOutputReference | VmQemuDisksVirtioVirtio9Passthrough): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    asyncio: cdktf.stringToTerraform(struct!.asyncio),
    backup: cdktf.booleanToTerraform(struct!.backup),
    cache: cdktf.stringToTerraform(struct!.cache),
    discard: cdktf.booleanToTerraform(struct!.discard),
    file: cdktf.stringToTerraform(struct!.file),
    iops_r_burst: cdktf.numberToTerraform(struct!.iopsRBurst),
    iops_r_burst_length: cdktf.numberToTerraform(struct!.iopsRBurstLength),
    iops_r_concurrent: cdktf.numberToTerraform(struct!.iopsRConcurrent),
    iops_wr_burst: cdktf.numberToTerraform(struct!.iopsWrBurst),
    iops_wr_burst_length: cdktf.numberToTerraform(struct!.iopsWrBurstLength),
    iops_wr_concurrent: cdktf.numberToTerraform(struct!.iopsWrConcurrent),
    iothread: cdktf.booleanToTerraform(struct!.iothread),
    mbps_r_burst: cdktf.numberToTerraform(struct!.mbpsRBurst),
    mbps_r_concurrent: cdktf.numberToTerraform(struct!.mbpsRConcurrent),
    mbps_wr_burst: cdktf.numberToTerraform(struct!.mbpsWrBurst),
    mbps_wr_concurrent: cdktf.numberToTerraform(struct!.mbpsWrConcurrent),
    readonly: cdktf.booleanToTerraform(struct!.readonly),
    replicate: cdktf.booleanToTerraform(struct!.replicate),
    serial: cdktf.stringToTerraform(struct!.serial),
    wwn: cdktf.stringToTerraform(struct!.wwn),
  }
}


export function vmQemuDisksVirtioVirtio9PassthroughToHclTerraform(struct?: VmQemuDisksVirtioVirtio9PassthroughOutputReference | VmQemuDisksVirtioVirtio9Passthrough): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    asyncio: {
      value: cdktf.stringToHclTerraform(struct!.asyncio),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    backup: {
      value: cdktf.booleanToHclTerraform(struct!.backup),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    cache: {
      value: cdktf.stringToHclTerraform(struct!.cache),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    discard: {
      value: cdktf.booleanToHclTerraform(struct!.discard),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    file: {
      value: cdktf.stringToHclTerraform(struct!.file),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    iops_r_burst: {
      value: cdktf.numberToHclTerraform(struct!.iopsRBurst),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    iops_r_burst_length: {
      value: cdktf.numberToHclTerraform(struct!.iopsRBurstLength),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    iops_r_concurrent: {
      value: cdktf.numberToHclTerraform(struct!.iopsRConcurrent),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    iops_wr_burst: {
      value: cdktf.numberToHclTerraform(struct!.iopsWrBurst),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    iops_wr_burst_length: {
      value: cdktf.numberToHclTerraform(struct!.iopsWrBurstLength),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    iops_wr_concurrent: {
      value: cdktf.numberToHclTerraform(struct!.iopsWrConcurrent),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    iothread: {
      value: cdktf.booleanToHclTerraform(struct!.iothread),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    mbps_r_burst: {
      value: cdktf.numberToHclTerraform(struct!.mbpsRBurst),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    mbps_r_concurrent: {
      value: cdktf.numberToHclTerraform(struct!.mbpsRConcurrent),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    mbps_wr_burst: {
      value: cdktf.numberToHclTerraform(struct!.mbpsWrBurst),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    mbps_wr_concurrent: {
      value: cdktf.numberToHclTerraform(struct!.mbpsWrConcurrent),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    readonly: {
      value: cdktf.booleanToHclTerraform(struct!.readonly),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    replicate: {
      value: cdktf.booleanToHclTerraform(struct!.replicate),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    serial: {
      value: cdktf.stringToHclTerraform(struct!.serial),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    wwn: {
      value: cdktf.stringToHclTerraform(struct!.wwn),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuDisksVirtioVirtio9PassthroughOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VmQemuDisksVirtioVirtio9Passthrough | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._asyncio !== undefined) {
      hasAnyValues = true;
      internalValueResult.asyncio = this._asyncio;
    }
    if (this._backup !== undefined) {
      hasAnyValues = true;
      internalValueResult.backup = this._backup;
    }
    if (this._cache !== undefined) {
      hasAnyValues = true;
      internalValueResult.cache = this._cache;
    }
    if (this._discard !== undefined) {
      hasAnyValues = true;
      internalValueResult.discard = this._discard;
    }
    if (this._file !== undefined) {
      hasAnyValues = true;
      internalValueResult.file = this._file;
    }
    if (this._iopsRBurst !== undefined) {
      hasAnyValues = true;
      internalValueResult.iopsRBurst = this._iopsRBurst;
    }
    if (this._iopsRBurstLength !== undefined) {
      hasAnyValues = true;
      internalValueResult.iopsRBurstLength = this._iopsRBurstLength;
    }
    if (this._iopsRConcurrent !== undefined) {
      hasAnyValues = true;
      internalValueResult.iopsRConcurrent = this._iopsRConcurrent;
    }
    if (this._iopsWrBurst !== undefined) {
      hasAnyValues = true;
      internalValueResult.iopsWrBurst = this._iopsWrBurst;
    }
    if (this._iopsWrBurstLength !== undefined) {
      hasAnyValues = true;
      internalValueResult.iopsWrBurstLength = this._iopsWrBurstLength;
    }
    if (this._iopsWrConcurrent !== undefined) {
      hasAnyValues = true;
      internalValueResult.iopsWrConcurrent = this._iopsWrConcurrent;
    }
    if (this._iothread !== undefined) {
      hasAnyValues = true;
      internalValueResult.iothread = this._iothread;
    }
    if (this._mbpsRBurst !== undefined) {
      hasAnyValues = true;
      internalValueResult.mbpsRBurst = this._mbpsRBurst;
    }
    if (this._mbpsRConcurrent !== undefined) {
      hasAnyValues = true;
      internalValueResult.mbpsRConcurrent = this._mbpsRConcurrent;
    }
    if (this._mbpsWrBurst !== undefined) {
      hasAnyValues = true;
      internalValueResult.mbpsWrBurst = this._mbpsWrBurst;
    }
    if (this._mbpsWrConcurrent !== undefined) {
      hasAnyValues = true;
      internalValueResult.mbpsWrConcurrent = this._mbpsWrConcurrent;
    }
    if (this._readonly !== undefined) {
      hasAnyValues = true;
      internalValueResult.readonly = this._readonly;
    }
    if (this._replicate !== undefined) {
      hasAnyValues = true;
      internalValueResult.replicate = this._replicate;
    }
    if (this._serial !== undefined) {
      hasAnyValues = true;
      internalValueResult.serial = this._serial;
    }
    if (this._wwn !== undefined) {
      hasAnyValues = true;
      internalValueResult.wwn = this._wwn;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuDisksVirtioVirtio9Passthrough | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._asyncio = undefined;
      this._backup = undefined;
      this._cache = undefined;
      this._discard = undefined;
      this._file = undefined;
      this._iopsRBurst = undefined;
      this._iopsRBurstLength = undefined;
      this._iopsRConcurrent = undefined;
      this._iopsWrBurst = undefined;
      this._iopsWrBurstLength = undefined;
      this._iopsWrConcurrent = undefined;
      this._iothread = undefined;
      this._mbpsRBurst = undefined;
      this._mbpsRConcurrent = undefined;
      this._mbpsWrBurst = undefined;
      this._mbpsWrConcurrent = undefined;
      this._readonly = undefined;
      this._replicate = undefined;
      this._serial = undefined;
      this._wwn = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._asyncio = value.asyncio;
      this._backup = value.backup;
      this._cache = value.cache;
      this._discard = value.discard;
      this._file = value.file;
      this._iopsRBurst = value.iopsRBurst;
      this._iopsRBurstLength = value.iopsRBurstLength;
      this._iopsRConcurrent = value.iopsRConcurrent;
      this._iopsWrBurst = value.iopsWrBurst;
      this._iopsWrBurstLength = value.iopsWrBurstLength;
      this._iopsWrConcurrent = value.iopsWrConcurrent;
      this._iothread = value.iothread;
      this._mbpsRBurst = value.mbpsRBurst;
      this._mbpsRConcurrent = value.mbpsRConcurrent;
      this._mbpsWrBurst = value.mbpsWrBurst;
      this._mbpsWrConcurrent = value.mbpsWrConcurrent;
      this._readonly = value.readonly;
      this._replicate = value.replicate;
      this._serial = value.serial;
      this._wwn = value.wwn;
    }
  }

  // asyncio - computed: false, optional: true, required: false
  private _asyncio?: string; 
  public get asyncio() {
    return this.getStringAttribute('asyncio');
  }
  public set asyncio(value: string) {
    this._asyncio = value;
  }
  public resetAsyncio() {
    this._asyncio = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get asyncioInput() {
    return this._asyncio;
  }

  // backup - computed: false, optional: true, required: false
  private _backup?: boolean | cdktf.IResolvable; 
  public get backup() {
    return this.getBooleanAttribute('backup');
  }
  public set backup(value: boolean | cdktf.IResolvable) {
    this._backup = value;
  }
  public resetBackup() {
    this._backup = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get backupInput() {
    return this._backup;
  }

  // cache - computed: false, optional: true, required: false
  private _cache?: string; 
  public get cache() {
    return this.getStringAttribute('cache');
  }
  public set cache(value: string) {
    this._cache = value;
  }
  public resetCache() {
    this._cache = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cacheInput() {
    return this._cache;
  }

  // discard - computed: false, optional: true, required: false
  private _discard?: boolean | cdktf.IResolvable; 
  public get discard() {
    return this.getBooleanAttribute('discard');
  }
  public set discard(value: boolean | cdktf.IResolvable) {
    this._discard = value;
  }
  public resetDiscard() {
    this._discard = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get discardInput() {
    return this._discard;
  }

  // file - computed: false, optional: false, required: true
  private _file?: string; 
  public get file() {
    return this.getStringAttribute('file');
  }
  public set file(value: string) {
    this._file = value;
  }
  // Temporarily expose input value. Use with caution.
  public get fileInput() {
    return this._file;
  }

  // iops_r_burst - computed: false, optional: true, required: false
  private _iopsRBurst?: number; 
  public get iopsRBurst() {
    return this.getNumberAttribute('iops_r_burst');
  }
  public set iopsRBurst(value: number) {
    this._iopsRBurst = value;
  }
  public resetIopsRBurst() {
    this._iopsRBurst = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get iopsRBurstInput() {
    return this._iopsRBurst;
  }

  // iops_r_burst_length - computed: false, optional: true, required: false
  private _iopsRBurstLength?: number; 
  public get iopsRBurstLength() {
    return this.getNumberAttribute('iops_r_burst_length');
  }
  public set iopsRBurstLength(value: number) {
    this._iopsRBurstLength = value;
  }
  public resetIopsRBurstLength() {
    this._iopsRBurstLength = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get iopsRBurstLengthInput() {
    return this._iopsRBurstLength;
  }

  // iops_r_concurrent - computed: false, optional: true, required: false
  private _iopsRConcurrent?: number; 
  public get iopsRConcurrent() {
    return this.getNumberAttribute('iops_r_concurrent');
  }
  public set iopsRConcurrent(value: number) {
    this._iopsRConcurrent = value;
  }
  public resetIopsRConcurrent() {
    this._iopsRConcurrent = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get iopsRConcurrentInput() {
    return this._iopsRConcurrent;
  }

  // iops_wr_burst - computed: false, optional: true, required: false
  private _iopsWrBurst?: number; 
  public get iopsWrBurst() {
    return this.getNumberAttribute('iops_wr_burst');
  }
  public set iopsWrBurst(value: number) {
    this._iopsWrBurst = value;
  }
  public resetIopsWrBurst() {
    this._iopsWrBurst = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get iopsWrBurstInput() {
    return this._iopsWrBurst;
  }

  // iops_wr_burst_length - computed: false, optional: true, required: false
  private _iopsWrBurstLength?: number; 
  public get iopsWrBurstLength() {
    return this.getNumberAttribute('iops_wr_burst_length');
  }
  public set iopsWrBurstLength(value: number) {
    this._iopsWrBurstLength = value;
  }
  public resetIopsWrBurstLength() {
    this._iopsWrBurstLength = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get iopsWrBurstLengthInput() {
    return this._iopsWrBurstLength;
  }

  // iops_wr_concurrent - computed: false, optional: true, required: false
  private _iopsWrConcurrent?: number; 
  public get iopsWrConcurrent() {
    return this.getNumberAttribute('iops_wr_concurrent');
  }
  public set iopsWrConcurrent(value: number) {
    this._iopsWrConcurrent = value;
  }
  public resetIopsWrConcurrent() {
    this._iopsWrConcurrent = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get iopsWrConcurrentInput() {
    return this._iopsWrConcurrent;
  }

  // iothread - computed: false, optional: true, required: false
  private _iothread?: boolean | cdktf.IResolvable; 
  public get iothread() {
    return this.getBooleanAttribute('iothread');
  }
  public set iothread(value: boolean | cdktf.IResolvable) {
    this._iothread = value;
  }
  public resetIothread() {
    this._iothread = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get iothreadInput() {
    return this._iothread;
  }

  // mbps_r_burst - computed: false, optional: true, required: false
  private _mbpsRBurst?: number; 
  public get mbpsRBurst() {
    return this.getNumberAttribute('mbps_r_burst');
  }
  public set mbpsRBurst(value: number) {
    this._mbpsRBurst = value;
  }
  public resetMbpsRBurst() {
    this._mbpsRBurst = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mbpsRBurstInput() {
    return this._mbpsRBurst;
  }

  // mbps_r_concurrent - computed: false, optional: true, required: false
  private _mbpsRConcurrent?: number; 
  public get mbpsRConcurrent() {
    return this.getNumberAttribute('mbps_r_concurrent');
  }
  public set mbpsRConcurrent(value: number) {
    this._mbpsRConcurrent = value;
  }
  public resetMbpsRConcurrent() {
    this._mbpsRConcurrent = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mbpsRConcurrentInput() {
    return this._mbpsRConcurrent;
  }

  // mbps_wr_burst - computed: false, optional: true, required: false
  private _mbpsWrBurst?: number; 
  public get mbpsWrBurst() {
    return this.getNumberAttribute('mbps_wr_burst');
  }
  public set mbpsWrBurst(value: number) {
    this._mbpsWrBurst = value;
  }
  public resetMbpsWrBurst() {
    this._mbpsWrBurst = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mbpsWrBurstInput() {
    return this._mbpsWrBurst;
  }

  // mbps_wr_concurrent - computed: false, optional: true, required: false
  private _mbpsWrConcurrent?: number; 
  public get mbpsWrConcurrent() {
    return this.getNumberAttribute('mbps_wr_concurrent');
  }
  public set mbpsWrConcurrent(value: number) {
    this._mbpsWrConcurrent = value;
  }
  public resetMbpsWrConcurrent() {
    this._mbpsWrConcurrent = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mbpsWrConcurrentInput() {
    return this._mbpsWrConcurrent;
  }

  // readonly - computed: false, optional: true, required: false
  private _readonly?: boolean | cdktf.IResolvable; 
  public get readonly() {
    return this.getBooleanAttribute('readonly');
  }
  public set readonly(value: boolean | cdktf.IResolvable) {
    this._readonly = value;
  }
  public resetReadonly() {
    this._readonly = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get readonlyInput() {
    return this._readonly;
  }

  // replicate - computed: false, optional: true, required: false
  private _replicate?: boolean | cdktf.IResolvable; 
  public get replicate() {
    return this.getBooleanAttribute('replicate');
  }
  public set replicate(value: boolean | cdktf.IResolvable) {
    this._replicate = value;
  }
  public resetReplicate() {
    this._replicate = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get replicateInput() {
    return this._replicate;
  }

  // serial - computed: false, optional: true, required: false
  private _serial?: string; 
  public get serial() {
    return this.getStringAttribute('serial');
  }
  public set serial(value: string) {
    this._serial = value;
  }
  public resetSerial() {
    this._serial = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get serialInput() {
    return this._serial;
  }

  // size - computed: true, optional: false, required: false
  public get size() {
    return this.getStringAttribute('size');
  }

  // wwn - computed: false, optional: true, required: false
  private _wwn?: string; 
  public get wwn() {
    return this.getStringAttribute('wwn');
  }
  public set wwn(value: string) {
    this._wwn = value;
  }
  public resetWwn() {
    this._wwn = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get wwnInput() {
    return this._wwn;
  }
}
export interface VmQemuDisksVirtioVirtio9 {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#ignore VmQemu#ignore}
  */
  readonly ignore?: boolean | cdktf.IResolvable;
  /**
  * cdrom block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#cdrom VmQemu#cdrom}
  */
  readonly cdrom?: VmQemuDisksVirtioVirtio9Cdrom;
  /**
  * disk block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#disk VmQemu#disk}
  */
  readonly disk?: VmQemuDisksVirtioVirtio9Disk;
  /**
  * passthrough block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#passthrough VmQemu#passthrough}
  */
  readonly passthrough?: VmQemuDisksVirtioVirtio9Passthrough;
}

export function vmQemuDisksVirtioVirtio9ToTerraform(struct?: VmQemuDisksVirtioVirtio9OutputReference | VmQemuDisksVirtioVirtio9): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    ignore: cdktf.booleanToTerraform(struct!.ignore),
    cdrom: vmQemuDisksVirtioVirtio9CdromToTerraform(struct!.cdrom),
    disk: vmQemuDisksVirtioVirtio9DiskToTerraform(struct!.disk),
    passthrough: vmQemuDisksVirtioVirtio9PassthroughToTerraform(struct!.passthrough),
  }
}


export function vmQemuDisksVirtioVirtio9ToHclTerraform(struct?: VmQemuDisksVirtioVirtio9OutputReference | VmQemuDisksVirtioVirtio9): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    ignore: {
      value: cdktf.booleanToHclTerraform(struct!.ignore),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    cdrom: {
      value: vmQemuDisksVirtioVirtio9CdromToHclTerraform(struct!.cdrom),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuDisksVirtioVirtio9CdromList",
    },
    disk: {
      value: vmQemuDisksVirtioVirtio9DiskToHclTerraform(struct!.disk),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuDisksVirtioVirtio9DiskList",
    },
    passthrough: {
      value: vmQemuDisksVirtioVirtio9PassthroughToHclTerraform(struct!.passthrough),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuDisksVirtioVirtio9PassthroughList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuDisksVirtioVirtio9OutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VmQemuDisksVirtioVirtio9 | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._ignore !== undefined) {
      hasAnyValues = true;
      internalValueResult.ignore = this._ignore;
    }
    if (this._cdrom?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.cdrom = this._cdrom?.internalValue;
    }
    if (this._disk?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.disk = this._disk?.internalValue;
    }
    if (this._passthrough?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.passthrough = this._passthrough?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuDisksVirtioVirtio9 | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._ignore = undefined;
      this._cdrom.internalValue = undefined;
      this._disk.internalValue = undefined;
      this._passthrough.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._ignore = value.ignore;
      this._cdrom.internalValue = value.cdrom;
      this._disk.internalValue = value.disk;
      this._passthrough.internalValue = value.passthrough;
    }
  }

  // ignore - computed: false, optional: true, required: false
  private _ignore?: boolean | cdktf.IResolvable; 
  public get ignore() {
    return this.getBooleanAttribute('ignore');
  }
  public set ignore(value: boolean | cdktf.IResolvable) {
    this._ignore = value;
  }
  public resetIgnore() {
    this._ignore = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ignoreInput() {
    return this._ignore;
  }

  // cdrom - computed: false, optional: true, required: false
  private _cdrom = new VmQemuDisksVirtioVirtio9CdromOutputReference(this, "cdrom");
  public get cdrom() {
    return this._cdrom;
  }
  public putCdrom(value: VmQemuDisksVirtioVirtio9Cdrom) {
    this._cdrom.internalValue = value;
  }
  public resetCdrom() {
    this._cdrom.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cdromInput() {
    return this._cdrom.internalValue;
  }

  // disk - computed: false, optional: true, required: false
  private _disk = new VmQemuDisksVirtioVirtio9DiskOutputReference(this, "disk");
  public get disk() {
    return this._disk;
  }
  public putDisk(value: VmQemuDisksVirtioVirtio9Disk) {
    this._disk.internalValue = value;
  }
  public resetDisk() {
    this._disk.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get diskInput() {
    return this._disk.internalValue;
  }

  // passthrough - computed: false, optional: true, required: false
  private _passthrough = new VmQemuDisksVirtioVirtio9PassthroughOutputReference(this, "passthrough");
  public get passthrough() {
    return this._passthrough;
  }
  public putPassthrough(value: VmQemuDisksVirtioVirtio9Passthrough) {
    this._passthrough.internalValue = value;
  }
  public resetPassthrough() {
    this._passthrough.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get passthroughInput() {
    return this._passthrough.internalValue;
  }
}
export interface VmQemuDisksVirtio {
  /**
  * virtio0 block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#virtio0 VmQemu#virtio0}
  */
  readonly virtio0?: VmQemuDisksVirtioVirtio0;
  /**
  * virtio1 block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#virtio1 VmQemu#virtio1}
  */
  readonly virtio1?: VmQemuDisksVirtioVirtio1;
  /**
  * virtio10 block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#virtio10 VmQemu#virtio10}
  */
  readonly virtio10?: VmQemuDisksVirtioVirtio10;
  /**
  * virtio11 block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#virtio11 VmQemu#virtio11}
  */
  readonly virtio11?: VmQemuDisksVirtioVirtio11;
  /**
  * virtio12 block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#virtio12 VmQemu#virtio12}
  */
  readonly virtio12?: VmQemuDisksVirtioVirtio12;
  /**
  * virtio13 block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#virtio13 VmQemu#virtio13}
  */
  readonly virtio13?: VmQemuDisksVirtioVirtio13;
  /**
  * virtio14 block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#virtio14 VmQemu#virtio14}
  */
  readonly virtio14?: VmQemuDisksVirtioVirtio14;
  /**
  * virtio15 block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#virtio15 VmQemu#virtio15}
  */
  readonly virtio15?: VmQemuDisksVirtioVirtio15;
  /**
  * virtio2 block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#virtio2 VmQemu#virtio2}
  */
  readonly virtio2?: VmQemuDisksVirtioVirtio2;
  /**
  * virtio3 block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#virtio3 VmQemu#virtio3}
  */
  readonly virtio3?: VmQemuDisksVirtioVirtio3;
  /**
  * virtio4 block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#virtio4 VmQemu#virtio4}
  */
  readonly virtio4?: VmQemuDisksVirtioVirtio4;
  /**
  * virtio5 block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#virtio5 VmQemu#virtio5}
  */
  readonly virtio5?: VmQemuDisksVirtioVirtio5;
  /**
  * virtio6 block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#virtio6 VmQemu#virtio6}
  */
  readonly virtio6?: VmQemuDisksVirtioVirtio6;
  /**
  * virtio7 block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#virtio7 VmQemu#virtio7}
  */
  readonly virtio7?: VmQemuDisksVirtioVirtio7;
  /**
  * virtio8 block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#virtio8 VmQemu#virtio8}
  */
  readonly virtio8?: VmQemuDisksVirtioVirtio8;
  /**
  * virtio9 block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#virtio9 VmQemu#virtio9}
  */
  readonly virtio9?: VmQemuDisksVirtioVirtio9;
}

export function vmQemuDisksVirtioToTerraform(struct?: VmQemuDisksVirtioOutputReference | VmQemuDisksVirtio): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    virtio0: vmQemuDisksVirtioVirtio0ToTerraform(struct!.virtio0),
    virtio1: vmQemuDisksVirtioVirtio1ToTerraform(struct!.virtio1),
    virtio10: vmQemuDisksVirtioVirtio10ToTerraform(struct!.virtio10),
    virtio11: vmQemuDisksVirtioVirtio11ToTerraform(struct!.virtio11),
    virtio12: vmQemuDisksVirtioVirtio12ToTerraform(struct!.virtio12),
    virtio13: vmQemuDisksVirtioVirtio13ToTerraform(struct!.virtio13),
    virtio14: vmQemuDisksVirtioVirtio14ToTerraform(struct!.virtio14),
    virtio15: vmQemuDisksVirtioVirtio15ToTerraform(struct!.virtio15),
    virtio2: vmQemuDisksVirtioVirtio2ToTerraform(struct!.virtio2),
    virtio3: vmQemuDisksVirtioVirtio3ToTerraform(struct!.virtio3),
    virtio4: vmQemuDisksVirtioVirtio4ToTerraform(struct!.virtio4),
    virtio5: vmQemuDisksVirtioVirtio5ToTerraform(struct!.virtio5),
    virtio6: vmQemuDisksVirtioVirtio6ToTerraform(struct!.virtio6),
    virtio7: vmQemuDisksVirtioVirtio7ToTerraform(struct!.virtio7),
    virtio8: vmQemuDisksVirtioVirtio8ToTerraform(struct!.virtio8),
    virtio9: vmQemuDisksVirtioVirtio9ToTerraform(struct!.virtio9),
  }
}


export function vmQemuDisksVirtioToHclTerraform(struct?: VmQemuDisksVirtioOutputReference | VmQemuDisksVirtio): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    virtio0: {
      value: vmQemuDisksVirtioVirtio0ToHclTerraform(struct!.virtio0),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuDisksVirtioVirtio0List",
    },
    virtio1: {
      value: vmQemuDisksVirtioVirtio1ToHclTerraform(struct!.virtio1),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuDisksVirtioVirtio1List",
    },
    virtio10: {
      value: vmQemuDisksVirtioVirtio10ToHclTerraform(struct!.virtio10),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuDisksVirtioVirtio10List",
    },
    virtio11: {
      value: vmQemuDisksVirtioVirtio11ToHclTerraform(struct!.virtio11),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuDisksVirtioVirtio11List",
    },
    virtio12: {
      value: vmQemuDisksVirtioVirtio12ToHclTerraform(struct!.virtio12),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuDisksVirtioVirtio12List",
    },
    virtio13: {
      value: vmQemuDisksVirtioVirtio13ToHclTerraform(struct!.virtio13),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuDisksVirtioVirtio13List",
    },
    virtio14: {
      value: vmQemuDisksVirtioVirtio14ToHclTerraform(struct!.virtio14),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuDisksVirtioVirtio14List",
    },
    virtio15: {
      value: vmQemuDisksVirtioVirtio15ToHclTerraform(struct!.virtio15),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuDisksVirtioVirtio15List",
    },
    virtio2: {
      value: vmQemuDisksVirtioVirtio2ToHclTerraform(struct!.virtio2),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuDisksVirtioVirtio2List",
    },
    virtio3: {
      value: vmQemuDisksVirtioVirtio3ToHclTerraform(struct!.virtio3),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuDisksVirtioVirtio3List",
    },
    virtio4: {
      value: vmQemuDisksVirtioVirtio4ToHclTerraform(struct!.virtio4),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuDisksVirtioVirtio4List",
    },
    virtio5: {
      value: vmQemuDisksVirtioVirtio5ToHclTerraform(struct!.virtio5),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuDisksVirtioVirtio5List",
    },
    virtio6: {
      value: vmQemuDisksVirtioVirtio6ToHclTerraform(struct!.virtio6),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuDisksVirtioVirtio6List",
    },
    virtio7: {
      value: vmQemuDisksVirtioVirtio7ToHclTerraform(struct!.virtio7),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuDisksVirtioVirtio7List",
    },
    virtio8: {
      value: vmQemuDisksVirtioVirtio8ToHclTerraform(struct!.virtio8),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuDisksVirtioVirtio8List",
    },
    virtio9: {
      value: vmQemuDisksVirtioVirtio9ToHclTerraform(struct!.virtio9),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuDisksVirtioVirtio9List",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuDisksVirtioOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VmQemuDisksVirtio | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._virtio0?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.virtio0 = this._virtio0?.internalValue;
    }
    if (this._virtio1?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.virtio1 = this._virtio1?.internalValue;
    }
    if (this._virtio10?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.virtio10 = this._virtio10?.internalValue;
    }
    if (this._virtio11?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.virtio11 = this._virtio11?.internalValue;
    }
    if (this._virtio12?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.virtio12 = this._virtio12?.internalValue;
    }
    if (this._virtio13?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.virtio13 = this._virtio13?.internalValue;
    }
    if (this._virtio14?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.virtio14 = this._virtio14?.internalValue;
    }
    if (this._virtio15?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.virtio15 = this._virtio15?.internalValue;
    }
    if (this._virtio2?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.virtio2 = this._virtio2?.internalValue;
    }
    if (this._virtio3?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.virtio3 = this._virtio3?.internalValue;
    }
    if (this._virtio4?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.virtio4 = this._virtio4?.internalValue;
    }
    if (this._virtio5?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.virtio5 = this._virtio5?.internalValue;
    }
    if (this._virtio6?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.virtio6 = this._virtio6?.internalValue;
    }
    if (this._virtio7?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.virtio7 = this._virtio7?.internalValue;
    }
    if (this._virtio8?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.virtio8 = this._virtio8?.internalValue;
    }
    if (this._virtio9?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.virtio9 = this._virtio9?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuDisksVirtio | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._virtio0.internalValue = undefined;
      this._virtio1.internalValue = undefined;
      this._virtio10.internalValue = undefined;
      this._virtio11.internalValue = undefined;
      this._virtio12.internalValue = undefined;
      this._virtio13.internalValue = undefined;
      this._virtio14.internalValue = undefined;
      this._virtio15.internalValue = undefined;
      this._virtio2.internalValue = undefined;
      this._virtio3.internalValue = undefined;
      this._virtio4.internalValue = undefined;
      this._virtio5.internalValue = undefined;
      this._virtio6.internalValue = undefined;
      this._virtio7.internalValue = undefined;
      this._virtio8.internalValue = undefined;
      this._virtio9.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._virtio0.internalValue = value.virtio0;
      this._virtio1.internalValue = value.virtio1;
      this._virtio10.internalValue = value.virtio10;
      this._virtio11.internalValue = value.virtio11;
      this._virtio12.internalValue = value.virtio12;
      this._virtio13.internalValue = value.virtio13;
      this._virtio14.internalValue = value.virtio14;
      this._virtio15.internalValue = value.virtio15;
      this._virtio2.internalValue = value.virtio2;
      this._virtio3.internalValue = value.virtio3;
      this._virtio4.internalValue = value.virtio4;
      this._virtio5.internalValue = value.virtio5;
      this._virtio6.internalValue = value.virtio6;
      this._virtio7.internalValue = value.virtio7;
      this._virtio8.internalValue = value.virtio8;
      this._virtio9.internalValue = value.virtio9;
    }
  }

  // virtio0 - computed: false, optional: true, required: false
  private _virtio0 = new VmQemuDisksVirtioVirtio0OutputReference(this, "virtio0");
  public get virtio0() {
    return this._virtio0;
  }
  public putVirtio0(value: VmQemuDisksVirtioVirtio0) {
    this._virtio0.internalValue = value;
  }
  public resetVirtio0() {
    this._virtio0.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get virtio0Input() {
    return this._virtio0.internalValue;
  }

  // virtio1 - computed: false, optional: true, required: false
  private _virtio1 = new VmQemuDisksVirtioVirtio1OutputReference(this, "virtio1");
  public get virtio1() {
    return this._virtio1;
  }
  public putVirtio1(value: VmQemuDisksVirtioVirtio1) {
    this._virtio1.internalValue = value;
  }
  public resetVirtio1() {
    this._virtio1.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get virtio1Input() {
    return this._virtio1.internalValue;
  }

  // virtio10 - computed: false, optional: true, required: false
  private _virtio10 = new VmQemuDisksVirtioVirtio10OutputReference(this, "virtio10");
  public get virtio10() {
    return this._virtio10;
  }
  public putVirtio10(value: VmQemuDisksVirtioVirtio10) {
    this._virtio10.internalValue = value;
  }
  public resetVirtio10() {
    this._virtio10.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get virtio10Input() {
    return this._virtio10.internalValue;
  }

  // virtio11 - computed: false, optional: true, required: false
  private _virtio11 = new VmQemuDisksVirtioVirtio11OutputReference(this, "virtio11");
  public get virtio11() {
    return this._virtio11;
  }
  public putVirtio11(value: VmQemuDisksVirtioVirtio11) {
    this._virtio11.internalValue = value;
  }
  public resetVirtio11() {
    this._virtio11.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get virtio11Input() {
    return this._virtio11.internalValue;
  }

  // virtio12 - computed: false, optional: true, required: false
  private _virtio12 = new VmQemuDisksVirtioVirtio12OutputReference(this, "virtio12");
  public get virtio12() {
    return this._virtio12;
  }
  public putVirtio12(value: VmQemuDisksVirtioVirtio12) {
    this._virtio12.internalValue = value;
  }
  public resetVirtio12() {
    this._virtio12.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get virtio12Input() {
    return this._virtio12.internalValue;
  }

  // virtio13 - computed: false, optional: true, required: false
  private _virtio13 = new VmQemuDisksVirtioVirtio13OutputReference(this, "virtio13");
  public get virtio13() {
    return this._virtio13;
  }
  public putVirtio13(value: VmQemuDisksVirtioVirtio13) {
    this._virtio13.internalValue = value;
  }
  public resetVirtio13() {
    this._virtio13.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get virtio13Input() {
    return this._virtio13.internalValue;
  }

  // virtio14 - computed: false, optional: true, required: false
  private _virtio14 = new VmQemuDisksVirtioVirtio14OutputReference(this, "virtio14");
  public get virtio14() {
    return this._virtio14;
  }
  public putVirtio14(value: VmQemuDisksVirtioVirtio14) {
    this._virtio14.internalValue = value;
  }
  public resetVirtio14() {
    this._virtio14.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get virtio14Input() {
    return this._virtio14.internalValue;
  }

  // virtio15 - computed: false, optional: true, required: false
  private _virtio15 = new VmQemuDisksVirtioVirtio15OutputReference(this, "virtio15");
  public get virtio15() {
    return this._virtio15;
  }
  public putVirtio15(value: VmQemuDisksVirtioVirtio15) {
    this._virtio15.internalValue = value;
  }
  public resetVirtio15() {
    this._virtio15.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get virtio15Input() {
    return this._virtio15.internalValue;
  }

  // virtio2 - computed: false, optional: true, required: false
  private _virtio2 = new VmQemuDisksVirtioVirtio2OutputReference(this, "virtio2");
  public get virtio2() {
    return this._virtio2;
  }
  public putVirtio2(value: VmQemuDisksVirtioVirtio2) {
    this._virtio2.internalValue = value;
  }
  public resetVirtio2() {
    this._virtio2.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get virtio2Input() {
    return this._virtio2.internalValue;
  }

  // virtio3 - computed: false, optional: true, required: false
  private _virtio3 = new VmQemuDisksVirtioVirtio3OutputReference(this, "virtio3");
  public get virtio3() {
    return this._virtio3;
  }
  public putVirtio3(value: VmQemuDisksVirtioVirtio3) {
    this._virtio3.internalValue = value;
  }
  public resetVirtio3() {
    this._virtio3.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get virtio3Input() {
    return this._virtio3.internalValue;
  }

  // virtio4 - computed: false, optional: true, required: false
  private _virtio4 = new VmQemuDisksVirtioVirtio4OutputReference(this, "virtio4");
  public get virtio4() {
    return this._virtio4;
  }
  public putVirtio4(value: VmQemuDisksVirtioVirtio4) {
    this._virtio4.internalValue = value;
  }
  public resetVirtio4() {
    this._virtio4.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get virtio4Input() {
    return this._virtio4.internalValue;
  }

  // virtio5 - computed: false, optional: true, required: false
  private _virtio5 = new VmQemuDisksVirtioVirtio5OutputReference(this, "virtio5");
  public get virtio5() {
    return this._virtio5;
  }
  public putVirtio5(value: VmQemuDisksVirtioVirtio5) {
    this._virtio5.internalValue = value;
  }
  public resetVirtio5() {
    this._virtio5.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get virtio5Input() {
    return this._virtio5.internalValue;
  }

  // virtio6 - computed: false, optional: true, required: false
  private _virtio6 = new VmQemuDisksVirtioVirtio6OutputReference(this, "virtio6");
  public get virtio6() {
    return this._virtio6;
  }
  public putVirtio6(value: VmQemuDisksVirtioVirtio6) {
    this._virtio6.internalValue = value;
  }
  public resetVirtio6() {
    this._virtio6.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get virtio6Input() {
    return this._virtio6.internalValue;
  }

  // virtio7 - computed: false, optional: true, required: false
  private _virtio7 = new VmQemuDisksVirtioVirtio7OutputReference(this, "virtio7");
  public get virtio7() {
    return this._virtio7;
  }
  public putVirtio7(value: VmQemuDisksVirtioVirtio7) {
    this._virtio7.internalValue = value;
  }
  public resetVirtio7() {
    this._virtio7.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get virtio7Input() {
    return this._virtio7.internalValue;
  }

  // virtio8 - computed: false, optional: true, required: false
  private _virtio8 = new VmQemuDisksVirtioVirtio8OutputReference(this, "virtio8");
  public get virtio8() {
    return this._virtio8;
  }
  public putVirtio8(value: VmQemuDisksVirtioVirtio8) {
    this._virtio8.internalValue = value;
  }
  public resetVirtio8() {
    this._virtio8.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get virtio8Input() {
    return this._virtio8.internalValue;
  }

  // virtio9 - computed: false, optional: true, required: false
  private _virtio9 = new VmQemuDisksVirtioVirtio9OutputReference(this, "virtio9");
  public get virtio9() {
    return this._virtio9;
  }
  public putVirtio9(value: VmQemuDisksVirtioVirtio9) {
    this._virtio9.internalValue = value;
  }
  public resetVirtio9() {
    this._virtio9.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get virtio9Input() {
    return this._virtio9.internalValue;
  }
}
export interface VmQemuDisks {
  /**
  * ide block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#ide VmQemu#ide}
  */
  readonly ide?: VmQemuDisksIde;
  /**
  * sata block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#sata VmQemu#sata}
  */
  readonly sata?: VmQemuDisksSata;
  /**
  * scsi block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#scsi VmQemu#scsi}
  */
  readonly scsi?: VmQemuDisksScsi;
  /**
  * virtio block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#virtio VmQemu#virtio}
  */
  readonly virtio?: VmQemuDisksVirtio;
}

export function vmQemuDisksToTerraform(struct?: VmQemuDisksOutputReference | VmQemuDisks): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    ide: vmQemuDisksIdeToTerraform(struct!.ide),
    sata: vmQemuDisksSataToTerraform(struct!.sata),
    scsi: vmQemuDisksScsiToTerraform(struct!.scsi),
    virtio: vmQemuDisksVirtioToTerraform(struct!.virtio),
  }
}


export function vmQemuDisksToHclTerraform(struct?: VmQemuDisksOutputReference | VmQemuDisks): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    ide: {
      value: vmQemuDisksIdeToHclTerraform(struct!.ide),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuDisksIdeList",
    },
    sata: {
      value: vmQemuDisksSataToHclTerraform(struct!.sata),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuDisksSataList",
    },
    scsi: {
      value: vmQemuDisksScsiToHclTerraform(struct!.scsi),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuDisksScsiList",
    },
    virtio: {
      value: vmQemuDisksVirtioToHclTerraform(struct!.virtio),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuDisksVirtioList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuDisksOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VmQemuDisks | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._ide?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.ide = this._ide?.internalValue;
    }
    if (this._sata?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.sata = this._sata?.internalValue;
    }
    if (this._scsi?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.scsi = this._scsi?.internalValue;
    }
    if (this._virtio?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.virtio = this._virtio?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuDisks | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._ide.internalValue = undefined;
      this._sata.internalValue = undefined;
      this._scsi.internalValue = undefined;
      this._virtio.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._ide.internalValue = value.ide;
      this._sata.internalValue = value.sata;
      this._scsi.internalValue = value.scsi;
      this._virtio.internalValue = value.virtio;
    }
  }

  // ide - computed: false, optional: true, required: false
  private _ide = new VmQemuDisksIdeOutputReference(this, "ide");
  public get ide() {
    return this._ide;
  }
  public putIde(value: VmQemuDisksIde) {
    this._ide.internalValue = value;
  }
  public resetIde() {
    this._ide.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ideInput() {
    return this._ide.internalValue;
  }

  // sata - computed: false, optional: true, required: false
  private _sata = new VmQemuDisksSataOutputReference(this, "sata");
  public get sata() {
    return this._sata;
  }
  public putSata(value: VmQemuDisksSata) {
    this._sata.internalValue = value;
  }
  public resetSata() {
    this._sata.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sataInput() {
    return this._sata.internalValue;
  }

  // scsi - computed: false, optional: true, required: false
  private _scsi = new VmQemuDisksScsiOutputReference(this, "scsi");
  public get scsi() {
    return this._scsi;
  }
  public putScsi(value: VmQemuDisksScsi) {
    this._scsi.internalValue = value;
  }
  public resetScsi() {
    this._scsi.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get scsiInput() {
    return this._scsi.internalValue;
  }

  // virtio - computed: false, optional: true, required: false
  private _virtio = new VmQemuDisksVirtioOutputReference(this, "virtio");
  public get virtio() {
    return this._virtio;
  }
  public putVirtio(value: VmQemuDisksVirtio) {
    this._virtio.internalValue = value;
  }
  public resetVirtio() {
    this._virtio.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get virtioInput() {
    return this._virtio.internalValue;
  }
}
export interface VmQemuEfidisk {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#efitype VmQemu#efitype}
  */
  readonly efitype?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#pre_enrolled_keys VmQemu#pre_enrolled_keys}
  */
  readonly preEnrolledKeys?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#storage VmQemu#storage}
  */
  readonly storage: string;
}

export function vmQemuEfidiskToTerraform(struct?: VmQemuEfidisk | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    efitype: cdktf.stringToTerraform(struct!.efitype),
    pre_enrolled_keys: cdktf.booleanToTerraform(struct!.preEnrolledKeys),
    storage: cdktf.stringToTerraform(struct!.storage),
  }
}


export function vmQemuEfidiskToHclTerraform(struct?: VmQemuEfidisk | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    efitype: {
      value: cdktf.stringToHclTerraform(struct!.efitype),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    pre_enrolled_keys: {
      value: cdktf.booleanToHclTerraform(struct!.preEnrolledKeys),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    storage: {
      value: cdktf.stringToHclTerraform(struct!.storage),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuEfidiskOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): VmQemuEfidisk | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._efitype !== undefined) {
      hasAnyValues = true;
      internalValueResult.efitype = this._efitype;
    }
    if (this._preEnrolledKeys !== undefined) {
      hasAnyValues = true;
      internalValueResult.preEnrolledKeys = this._preEnrolledKeys;
    }
    if (this._storage !== undefined) {
      hasAnyValues = true;
      internalValueResult.storage = this._storage;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuEfidisk | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._efitype = undefined;
      this._preEnrolledKeys = undefined;
      this._storage = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._efitype = value.efitype;
      this._preEnrolledKeys = value.preEnrolledKeys;
      this._storage = value.storage;
    }
  }

  // efitype - computed: false, optional: true, required: false
  private _efitype?: string; 
  public get efitype() {
    return this.getStringAttribute('efitype');
  }
  public set efitype(value: string) {
    this._efitype = value;
  }
  public resetEfitype() {
    this._efitype = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get efitypeInput() {
    return this._efitype;
  }

  // pre_enrolled_keys - computed: false, optional: true, required: false
  private _preEnrolledKeys?: boolean | cdktf.IResolvable; 
  public get preEnrolledKeys() {
    return this.getBooleanAttribute('pre_enrolled_keys');
  }
  public set preEnrolledKeys(value: boolean | cdktf.IResolvable) {
    this._preEnrolledKeys = value;
  }
  public resetPreEnrolledKeys() {
    this._preEnrolledKeys = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get preEnrolledKeysInput() {
    return this._preEnrolledKeys;
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
}

export class VmQemuEfidiskList extends cdktf.ComplexList {
  public internalValue? : VmQemuEfidisk[] | cdktf.IResolvable

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
  public get(index: number): VmQemuEfidiskOutputReference {
    return new VmQemuEfidiskOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface VmQemuHostpci {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#host VmQemu#host}
  */
  readonly host: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#pcie VmQemu#pcie}
  */
  readonly pcie?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#rombar VmQemu#rombar}
  */
  readonly rombar?: number;
}

export function vmQemuHostpciToTerraform(struct?: VmQemuHostpci | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    host: cdktf.stringToTerraform(struct!.host),
    pcie: cdktf.numberToTerraform(struct!.pcie),
    rombar: cdktf.numberToTerraform(struct!.rombar),
  }
}


export function vmQemuHostpciToHclTerraform(struct?: VmQemuHostpci | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    host: {
      value: cdktf.stringToHclTerraform(struct!.host),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    pcie: {
      value: cdktf.numberToHclTerraform(struct!.pcie),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    rombar: {
      value: cdktf.numberToHclTerraform(struct!.rombar),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuHostpciOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): VmQemuHostpci | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._host !== undefined) {
      hasAnyValues = true;
      internalValueResult.host = this._host;
    }
    if (this._pcie !== undefined) {
      hasAnyValues = true;
      internalValueResult.pcie = this._pcie;
    }
    if (this._rombar !== undefined) {
      hasAnyValues = true;
      internalValueResult.rombar = this._rombar;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuHostpci | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._host = undefined;
      this._pcie = undefined;
      this._rombar = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._host = value.host;
      this._pcie = value.pcie;
      this._rombar = value.rombar;
    }
  }

  // host - computed: false, optional: false, required: true
  private _host?: string; 
  public get host() {
    return this.getStringAttribute('host');
  }
  public set host(value: string) {
    this._host = value;
  }
  // Temporarily expose input value. Use with caution.
  public get hostInput() {
    return this._host;
  }

  // pcie - computed: false, optional: true, required: false
  private _pcie?: number; 
  public get pcie() {
    return this.getNumberAttribute('pcie');
  }
  public set pcie(value: number) {
    this._pcie = value;
  }
  public resetPcie() {
    this._pcie = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pcieInput() {
    return this._pcie;
  }

  // rombar - computed: false, optional: true, required: false
  private _rombar?: number; 
  public get rombar() {
    return this.getNumberAttribute('rombar');
  }
  public set rombar(value: number) {
    this._rombar = value;
  }
  public resetRombar() {
    this._rombar = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rombarInput() {
    return this._rombar;
  }
}

export class VmQemuHostpciList extends cdktf.ComplexList {
  public internalValue? : VmQemuHostpci[] | cdktf.IResolvable

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
  public get(index: number): VmQemuHostpciOutputReference {
    return new VmQemuHostpciOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface VmQemuNetwork {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#bridge VmQemu#bridge}
  */
  readonly bridge?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#firewall VmQemu#firewall}
  */
  readonly firewall?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#id VmQemu#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#link_down VmQemu#link_down}
  */
  readonly linkDown?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#macaddr VmQemu#macaddr}
  */
  readonly macaddr?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#model VmQemu#model}
  */
  readonly model: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mtu VmQemu#mtu}
  */
  readonly mtu?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#queues VmQemu#queues}
  */
  readonly queues?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#rate VmQemu#rate}
  */
  readonly rate?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#tag VmQemu#tag}
  */
  readonly tag?: number;
}

export function vmQemuNetworkToTerraform(struct?: VmQemuNetwork | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    bridge: cdktf.stringToTerraform(struct!.bridge),
    firewall: cdktf.booleanToTerraform(struct!.firewall),
    id: cdktf.numberToTerraform(struct!.id),
    link_down: cdktf.booleanToTerraform(struct!.linkDown),
    macaddr: cdktf.stringToTerraform(struct!.macaddr),
    model: cdktf.stringToTerraform(struct!.model),
    mtu: cdktf.numberToTerraform(struct!.mtu),
    queues: cdktf.numberToTerraform(struct!.queues),
    rate: cdktf.numberToTerraform(struct!.rate),
    tag: cdktf.numberToTerraform(struct!.tag),
  }
}


export function vmQemuNetworkToHclTerraform(struct?: VmQemuNetwork | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    bridge: {
      value: cdktf.stringToHclTerraform(struct!.bridge),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    firewall: {
      value: cdktf.booleanToHclTerraform(struct!.firewall),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    id: {
      value: cdktf.numberToHclTerraform(struct!.id),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    link_down: {
      value: cdktf.booleanToHclTerraform(struct!.linkDown),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    macaddr: {
      value: cdktf.stringToHclTerraform(struct!.macaddr),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    model: {
      value: cdktf.stringToHclTerraform(struct!.model),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    mtu: {
      value: cdktf.numberToHclTerraform(struct!.mtu),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    queues: {
      value: cdktf.numberToHclTerraform(struct!.queues),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    rate: {
      value: cdktf.numberToHclTerraform(struct!.rate),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    tag: {
      value: cdktf.numberToHclTerraform(struct!.tag),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuNetworkOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): VmQemuNetwork | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._bridge !== undefined) {
      hasAnyValues = true;
      internalValueResult.bridge = this._bridge;
    }
    if (this._firewall !== undefined) {
      hasAnyValues = true;
      internalValueResult.firewall = this._firewall;
    }
    if (this._id !== undefined) {
      hasAnyValues = true;
      internalValueResult.id = this._id;
    }
    if (this._linkDown !== undefined) {
      hasAnyValues = true;
      internalValueResult.linkDown = this._linkDown;
    }
    if (this._macaddr !== undefined) {
      hasAnyValues = true;
      internalValueResult.macaddr = this._macaddr;
    }
    if (this._model !== undefined) {
      hasAnyValues = true;
      internalValueResult.model = this._model;
    }
    if (this._mtu !== undefined) {
      hasAnyValues = true;
      internalValueResult.mtu = this._mtu;
    }
    if (this._queues !== undefined) {
      hasAnyValues = true;
      internalValueResult.queues = this._queues;
    }
    if (this._rate !== undefined) {
      hasAnyValues = true;
      internalValueResult.rate = this._rate;
    }
    if (this._tag !== undefined) {
      hasAnyValues = true;
      internalValueResult.tag = this._tag;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuNetwork | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._bridge = undefined;
      this._firewall = undefined;
      this._id = undefined;
      this._linkDown = undefined;
      this._macaddr = undefined;
      this._model = undefined;
      this._mtu = undefined;
      this._queues = undefined;
      this._rate = undefined;
      this._tag = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._bridge = value.bridge;
      this._firewall = value.firewall;
      this._id = value.id;
      this._linkDown = value.linkDown;
      this._macaddr = value.macaddr;
      this._model = value.model;
      this._mtu = value.mtu;
      this._queues = value.queues;
      this._rate = value.rate;
      this._tag = value.tag;
    }
  }

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

  // firewall - computed: false, optional: true, required: false
  private _firewall?: boolean | cdktf.IResolvable; 
  public get firewall() {
    return this.getBooleanAttribute('firewall');
  }
  public set firewall(value: boolean | cdktf.IResolvable) {
    this._firewall = value;
  }
  public resetFirewall() {
    this._firewall = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get firewallInput() {
    return this._firewall;
  }

  // id - computed: false, optional: false, required: true
  private _id?: number; 
  public get id() {
    return this.getNumberAttribute('id');
  }
  public set id(value: number) {
    this._id = value;
  }
  // Temporarily expose input value. Use with caution.
  public get idInput() {
    return this._id;
  }

  // link_down - computed: false, optional: true, required: false
  private _linkDown?: boolean | cdktf.IResolvable; 
  public get linkDown() {
    return this.getBooleanAttribute('link_down');
  }
  public set linkDown(value: boolean | cdktf.IResolvable) {
    this._linkDown = value;
  }
  public resetLinkDown() {
    this._linkDown = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get linkDownInput() {
    return this._linkDown;
  }

  // macaddr - computed: true, optional: true, required: false
  private _macaddr?: string; 
  public get macaddr() {
    return this.getStringAttribute('macaddr');
  }
  public set macaddr(value: string) {
    this._macaddr = value;
  }
  public resetMacaddr() {
    this._macaddr = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get macaddrInput() {
    return this._macaddr;
  }

  // model - computed: false, optional: false, required: true
  private _model?: string; 
  public get model() {
    return this.getStringAttribute('model');
  }
  public set model(value: string) {
    this._model = value;
  }
  // Temporarily expose input value. Use with caution.
  public get modelInput() {
    return this._model;
  }

  // mtu - computed: false, optional: true, required: false
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

  // queues - computed: false, optional: true, required: false
  private _queues?: number; 
  public get queues() {
    return this.getNumberAttribute('queues');
  }
  public set queues(value: number) {
    this._queues = value;
  }
  public resetQueues() {
    this._queues = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get queuesInput() {
    return this._queues;
  }

  // rate - computed: false, optional: true, required: false
  private _rate?: number; 
  public get rate() {
    return this.getNumberAttribute('rate');
  }
  public set rate(value: number) {
    this._rate = value;
  }
  public resetRate() {
    this._rate = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rateInput() {
    return this._rate;
  }

  // tag - computed: false, optional: true, required: false
  private _tag?: number; 
  public get tag() {
    return this.getNumberAttribute('tag');
  }
  public set tag(value: number) {
    this._tag = value;
  }
  public resetTag() {
    this._tag = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tagInput() {
    return this._tag;
  }
}

export class VmQemuNetworkList extends cdktf.ComplexList {
  public internalValue? : VmQemuNetwork[] | cdktf.IResolvable

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
  public get(index: number): VmQemuNetworkOutputReference {
    return new VmQemuNetworkOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface VmQemuPci {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#device_id VmQemu#device_id}
  */
  readonly deviceId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#id VmQemu#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mapping_id VmQemu#mapping_id}
  */
  readonly mappingId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mdev VmQemu#mdev}
  */
  readonly mdev?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#pcie VmQemu#pcie}
  */
  readonly pcie?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#primary_gpu VmQemu#primary_gpu}
  */
  readonly primaryGpu?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#raw_id VmQemu#raw_id}
  */
  readonly rawId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#rombar VmQemu#rombar}
  */
  readonly rombar?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#sub_device_id VmQemu#sub_device_id}
  */
  readonly subDeviceId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#sub_vendor_id VmQemu#sub_vendor_id}
  */
  readonly subVendorId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#vendor_id VmQemu#vendor_id}
  */
  readonly vendorId?: string;
}

export function vmQemuPciToTerraform(struct?: VmQemuPci | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    device_id: cdktf.stringToTerraform(struct!.deviceId),
    id: cdktf.numberToTerraform(struct!.id),
    mapping_id: cdktf.stringToTerraform(struct!.mappingId),
    mdev: cdktf.stringToTerraform(struct!.mdev),
    pcie: cdktf.booleanToTerraform(struct!.pcie),
    primary_gpu: cdktf.booleanToTerraform(struct!.primaryGpu),
    raw_id: cdktf.stringToTerraform(struct!.rawId),
    rombar: cdktf.booleanToTerraform(struct!.rombar),
    sub_device_id: cdktf.stringToTerraform(struct!.subDeviceId),
    sub_vendor_id: cdktf.stringToTerraform(struct!.subVendorId),
    vendor_id: cdktf.stringToTerraform(struct!.vendorId),
  }
}


export function vmQemuPciToHclTerraform(struct?: VmQemuPci | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    device_id: {
      value: cdktf.stringToHclTerraform(struct!.deviceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    id: {
      value: cdktf.numberToHclTerraform(struct!.id),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    mapping_id: {
      value: cdktf.stringToHclTerraform(struct!.mappingId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    mdev: {
      value: cdktf.stringToHclTerraform(struct!.mdev),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    pcie: {
      value: cdktf.booleanToHclTerraform(struct!.pcie),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    primary_gpu: {
      value: cdktf.booleanToHclTerraform(struct!.primaryGpu),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    raw_id: {
      value: cdktf.stringToHclTerraform(struct!.rawId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    rombar: {
      value: cdktf.booleanToHclTerraform(struct!.rombar),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    sub_device_id: {
      value: cdktf.stringToHclTerraform(struct!.subDeviceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    sub_vendor_id: {
      value: cdktf.stringToHclTerraform(struct!.subVendorId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    vendor_id: {
      value: cdktf.stringToHclTerraform(struct!.vendorId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuPciOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): VmQemuPci | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._deviceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.deviceId = this._deviceId;
    }
    if (this._id !== undefined) {
      hasAnyValues = true;
      internalValueResult.id = this._id;
    }
    if (this._mappingId !== undefined) {
      hasAnyValues = true;
      internalValueResult.mappingId = this._mappingId;
    }
    if (this._mdev !== undefined) {
      hasAnyValues = true;
      internalValueResult.mdev = this._mdev;
    }
    if (this._pcie !== undefined) {
      hasAnyValues = true;
      internalValueResult.pcie = this._pcie;
    }
    if (this._primaryGpu !== undefined) {
      hasAnyValues = true;
      internalValueResult.primaryGpu = this._primaryGpu;
    }
    if (this._rawId !== undefined) {
      hasAnyValues = true;
      internalValueResult.rawId = this._rawId;
    }
    if (this._rombar !== undefined) {
      hasAnyValues = true;
      internalValueResult.rombar = this._rombar;
    }
    if (this._subDeviceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.subDeviceId = this._subDeviceId;
    }
    if (this._subVendorId !== undefined) {
      hasAnyValues = true;
      internalValueResult.subVendorId = this._subVendorId;
    }
    if (this._vendorId !== undefined) {
      hasAnyValues = true;
      internalValueResult.vendorId = this._vendorId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuPci | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._deviceId = undefined;
      this._id = undefined;
      this._mappingId = undefined;
      this._mdev = undefined;
      this._pcie = undefined;
      this._primaryGpu = undefined;
      this._rawId = undefined;
      this._rombar = undefined;
      this._subDeviceId = undefined;
      this._subVendorId = undefined;
      this._vendorId = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._deviceId = value.deviceId;
      this._id = value.id;
      this._mappingId = value.mappingId;
      this._mdev = value.mdev;
      this._pcie = value.pcie;
      this._primaryGpu = value.primaryGpu;
      this._rawId = value.rawId;
      this._rombar = value.rombar;
      this._subDeviceId = value.subDeviceId;
      this._subVendorId = value.subVendorId;
      this._vendorId = value.vendorId;
    }
  }

  // device_id - computed: false, optional: true, required: false
  private _deviceId?: string; 
  public get deviceId() {
    return this.getStringAttribute('device_id');
  }
  public set deviceId(value: string) {
    this._deviceId = value;
  }
  public resetDeviceId() {
    this._deviceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get deviceIdInput() {
    return this._deviceId;
  }

  // id - computed: false, optional: false, required: true
  private _id?: number; 
  public get id() {
    return this.getNumberAttribute('id');
  }
  public set id(value: number) {
    this._id = value;
  }
  // Temporarily expose input value. Use with caution.
  public get idInput() {
    return this._id;
  }

  // mapping_id - computed: false, optional: true, required: false
  private _mappingId?: string; 
  public get mappingId() {
    return this.getStringAttribute('mapping_id');
  }
  public set mappingId(value: string) {
    this._mappingId = value;
  }
  public resetMappingId() {
    this._mappingId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mappingIdInput() {
    return this._mappingId;
  }

  // mdev - computed: false, optional: true, required: false
  private _mdev?: string; 
  public get mdev() {
    return this.getStringAttribute('mdev');
  }
  public set mdev(value: string) {
    this._mdev = value;
  }
  public resetMdev() {
    this._mdev = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mdevInput() {
    return this._mdev;
  }

  // pcie - computed: false, optional: true, required: false
  private _pcie?: boolean | cdktf.IResolvable; 
  public get pcie() {
    return this.getBooleanAttribute('pcie');
  }
  public set pcie(value: boolean | cdktf.IResolvable) {
    this._pcie = value;
  }
  public resetPcie() {
    this._pcie = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pcieInput() {
    return this._pcie;
  }

  // primary_gpu - computed: false, optional: true, required: false
  private _primaryGpu?: boolean | cdktf.IResolvable; 
  public get primaryGpu() {
    return this.getBooleanAttribute('primary_gpu');
  }
  public set primaryGpu(value: boolean | cdktf.IResolvable) {
    this._primaryGpu = value;
  }
  public resetPrimaryGpu() {
    this._primaryGpu = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get primaryGpuInput() {
    return this._primaryGpu;
  }

  // raw_id - computed: false, optional: true, required: false
  private _rawId?: string; 
  public get rawId() {
    return this.getStringAttribute('raw_id');
  }
  public set rawId(value: string) {
    this._rawId = value;
  }
  public resetRawId() {
    this._rawId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rawIdInput() {
    return this._rawId;
  }

  // rombar - computed: false, optional: true, required: false
  private _rombar?: boolean | cdktf.IResolvable; 
  public get rombar() {
    return this.getBooleanAttribute('rombar');
  }
  public set rombar(value: boolean | cdktf.IResolvable) {
    this._rombar = value;
  }
  public resetRombar() {
    this._rombar = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rombarInput() {
    return this._rombar;
  }

  // sub_device_id - computed: false, optional: true, required: false
  private _subDeviceId?: string; 
  public get subDeviceId() {
    return this.getStringAttribute('sub_device_id');
  }
  public set subDeviceId(value: string) {
    this._subDeviceId = value;
  }
  public resetSubDeviceId() {
    this._subDeviceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get subDeviceIdInput() {
    return this._subDeviceId;
  }

  // sub_vendor_id - computed: false, optional: true, required: false
  private _subVendorId?: string; 
  public get subVendorId() {
    return this.getStringAttribute('sub_vendor_id');
  }
  public set subVendorId(value: string) {
    this._subVendorId = value;
  }
  public resetSubVendorId() {
    this._subVendorId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get subVendorIdInput() {
    return this._subVendorId;
  }

  // vendor_id - computed: false, optional: true, required: false
  private _vendorId?: string; 
  public get vendorId() {
    return this.getStringAttribute('vendor_id');
  }
  public set vendorId(value: string) {
    this._vendorId = value;
  }
  public resetVendorId() {
    this._vendorId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vendorIdInput() {
    return this._vendorId;
  }
}

export class VmQemuPciList extends cdktf.ComplexList {
  public internalValue? : VmQemuPci[] | cdktf.IResolvable

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
  public get(index: number): VmQemuPciOutputReference {
    return new VmQemuPciOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface VmQemuPcisPci0Mapping {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#device_id VmQemu#device_id}
  */
  readonly deviceId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mapping_id VmQemu#mapping_id}
  */
  readonly mappingId: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mdev VmQemu#mdev}
  */
  readonly mdev?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#pcie VmQemu#pcie}
  */
  readonly pcie?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#primary_gpu VmQemu#primary_gpu}
  */
  readonly primaryGpu?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#rombar VmQemu#rombar}
  */
  readonly rombar?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#sub_device_id VmQemu#sub_device_id}
  */
  readonly subDeviceId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#sub_vendor_id VmQemu#sub_vendor_id}
  */
  readonly subVendorId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#vendor_id VmQemu#vendor_id}
  */
  readonly vendorId?: string;
}

export function vmQemuPcisPci0MappingToTerraform(struct?: VmQemuPcisPci0MappingOutputReference | VmQemuPcisPci0Mapping): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    device_id: cdktf.stringToTerraform(struct!.deviceId),
    mapping_id: cdktf.stringToTerraform(struct!.mappingId),
    mdev: cdktf.stringToTerraform(struct!.mdev),
    pcie: cdktf.booleanToTerraform(struct!.pcie),
    primary_gpu: cdktf.booleanToTerraform(struct!.primaryGpu),
    rombar: cdktf.booleanToTerraform(struct!.rombar),
    sub_device_id: cdktf.stringToTerraform(struct!.subDeviceId),
    sub_vendor_id: cdktf.stringToTerraform(struct!.subVendorId),
    vendor_id: cdktf.stringToTerraform(struct!.vendorId),
  }
}


export function vmQemuPcisPci0MappingToHclTerraform(struct?: VmQemuPcisPci0MappingOutputReference | VmQemuPcisPci0Mapping): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    device_id: {
      value: cdktf.stringToHclTerraform(struct!.deviceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    mapping_id: {
      value: cdktf.stringToHclTerraform(struct!.mappingId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    mdev: {
      value: cdktf.stringToHclTerraform(struct!.mdev),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    pcie: {
      value: cdktf.booleanToHclTerraform(struct!.pcie),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    primary_gpu: {
      value: cdktf.booleanToHclTerraform(struct!.primaryGpu),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    rombar: {
      value: cdktf.booleanToHclTerraform(struct!.rombar),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    sub_device_id: {
      value: cdktf.stringToHclTerraform(struct!.subDeviceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    sub_vendor_id: {
      value: cdktf.stringToHclTerraform(struct!.subVendorId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    vendor_id: {
      value: cdktf.stringToHclTerraform(struct!.vendorId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuPcisPci0MappingOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VmQemuPcisPci0Mapping | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._deviceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.deviceId = this._deviceId;
    }
    if (this._mappingId !== undefined) {
      hasAnyValues = true;
      internalValueResult.mappingId = this._mappingId;
    }
    if (this._mdev !== undefined) {
      hasAnyValues = true;
      internalValueResult.mdev = this._mdev;
    }
    if (this._pcie !== undefined) {
      hasAnyValues = true;
      internalValueResult.pcie = this._pcie;
    }
    if (this._primaryGpu !== undefined) {
      hasAnyValues = true;
      internalValueResult.primaryGpu = this._primaryGpu;
    }
    if (this._rombar !== undefined) {
      hasAnyValues = true;
      internalValueResult.rombar = this._rombar;
    }
    if (this._subDeviceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.subDeviceId = this._subDeviceId;
    }
    if (this._subVendorId !== undefined) {
      hasAnyValues = true;
      internalValueResult.subVendorId = this._subVendorId;
    }
    if (this._vendorId !== undefined) {
      hasAnyValues = true;
      internalValueResult.vendorId = this._vendorId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuPcisPci0Mapping | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._deviceId = undefined;
      this._mappingId = undefined;
      this._mdev = undefined;
      this._pcie = undefined;
      this._primaryGpu = undefined;
      this._rombar = undefined;
      this._subDeviceId = undefined;
      this._subVendorId = undefined;
      this._vendorId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._deviceId = value.deviceId;
      this._mappingId = value.mappingId;
      this._mdev = value.mdev;
      this._pcie = value.pcie;
      this._primaryGpu = value.primaryGpu;
      this._rombar = value.rombar;
      this._subDeviceId = value.subDeviceId;
      this._subVendorId = value.subVendorId;
      this._vendorId = value.vendorId;
    }
  }

  // device_id - computed: false, optional: true, required: false
  private _deviceId?: string; 
  public get deviceId() {
    return this.getStringAttribute('device_id');
  }
  public set deviceId(value: string) {
    this._deviceId = value;
  }
  public resetDeviceId() {
    this._deviceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get deviceIdInput() {
    return this._deviceId;
  }

  // mapping_id - computed: false, optional: false, required: true
  private _mappingId?: string; 
  public get mappingId() {
    return this.getStringAttribute('mapping_id');
  }
  public set mappingId(value: string) {
    this._mappingId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get mappingIdInput() {
    return this._mappingId;
  }

  // mdev - computed: false, optional: true, required: false
  private _mdev?: string; 
  public get mdev() {
    return this.getStringAttribute('mdev');
  }
  public set mdev(value: string) {
    this._mdev = value;
  }
  public resetMdev() {
    this._mdev = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mdevInput() {
    return this._mdev;
  }

  // pcie - computed: false, optional: true, required: false
  private _pcie?: boolean | cdktf.IResolvable; 
  public get pcie() {
    return this.getBooleanAttribute('pcie');
  }
  public set pcie(value: boolean | cdktf.IResolvable) {
    this._pcie = value;
  }
  public resetPcie() {
    this._pcie = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pcieInput() {
    return this._pcie;
  }

  // primary_gpu - computed: false, optional: true, required: false
  private _primaryGpu?: boolean | cdktf.IResolvable; 
  public get primaryGpu() {
    return this.getBooleanAttribute('primary_gpu');
  }
  public set primaryGpu(value: boolean | cdktf.IResolvable) {
    this._primaryGpu = value;
  }
  public resetPrimaryGpu() {
    this._primaryGpu = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get primaryGpuInput() {
    return this._primaryGpu;
  }

  // rombar - computed: false, optional: true, required: false
  private _rombar?: boolean | cdktf.IResolvable; 
  public get rombar() {
    return this.getBooleanAttribute('rombar');
  }
  public set rombar(value: boolean | cdktf.IResolvable) {
    this._rombar = value;
  }
  public resetRombar() {
    this._rombar = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rombarInput() {
    return this._rombar;
  }

  // sub_device_id - computed: false, optional: true, required: false
  private _subDeviceId?: string; 
  public get subDeviceId() {
    return this.getStringAttribute('sub_device_id');
  }
  public set subDeviceId(value: string) {
    this._subDeviceId = value;
  }
  public resetSubDeviceId() {
    this._subDeviceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get subDeviceIdInput() {
    return this._subDeviceId;
  }

  // sub_vendor_id - computed: false, optional: true, required: false
  private _subVendorId?: string; 
  public get subVendorId() {
    return this.getStringAttribute('sub_vendor_id');
  }
  public set subVendorId(value: string) {
    this._subVendorId = value;
  }
  public resetSubVendorId() {
    this._subVendorId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get subVendorIdInput() {
    return this._subVendorId;
  }

  // vendor_id - computed: false, optional: true, required: false
  private _vendorId?: string; 
  public get vendorId() {
    return this.getStringAttribute('vendor_id');
  }
  public set vendorId(value: string) {
    this._vendorId = value;
  }
  public resetVendorId() {
    this._vendorId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vendorIdInput() {
    return this._vendorId;
  }
}
export interface VmQemuPcisPci0Raw {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#device_id VmQemu#device_id}
  */
  readonly deviceId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mdev VmQemu#mdev}
  */
  readonly mdev?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#pcie VmQemu#pcie}
  */
  readonly pcie?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#primary_gpu VmQemu#primary_gpu}
  */
  readonly primaryGpu?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#raw_id VmQemu#raw_id}
  */
  readonly rawId: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#rombar VmQemu#rombar}
  */
  readonly rombar?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#sub_device_id VmQemu#sub_device_id}
  */
  readonly subDeviceId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#sub_vendor_id VmQemu#sub_vendor_id}
  */
  readonly subVendorId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#vendor_id VmQemu#vendor_id}
  */
  readonly vendorId?: string;
}

export function vmQemuPcisPci0RawToTerraform(struct?: VmQemuPcisPci0RawOutputReference | VmQemuPcisPci0Raw): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    device_id: cdktf.stringToTerraform(struct!.deviceId),
    mdev: cdktf.stringToTerraform(struct!.mdev),
    pcie: cdktf.booleanToTerraform(struct!.pcie),
    primary_gpu: cdktf.booleanToTerraform(struct!.primaryGpu),
    raw_id: cdktf.stringToTerraform(struct!.rawId),
    rombar: cdktf.booleanToTerraform(struct!.rombar),
    sub_device_id: cdktf.stringToTerraform(struct!.subDeviceId),
    sub_vendor_id: cdktf.stringToTerraform(struct!.subVendorId),
    vendor_id: cdktf.stringToTerraform(struct!.vendorId),
  }
}


export function vmQemuPcisPci0RawToHclTerraform(struct?: VmQemuPcisPci0RawOutputReference | VmQemuPcisPci0Raw): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    device_id: {
      value: cdktf.stringToHclTerraform(struct!.deviceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    mdev: {
      value: cdktf.stringToHclTerraform(struct!.mdev),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    pcie: {
      value: cdktf.booleanToHclTerraform(struct!.pcie),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    primary_gpu: {
      value: cdktf.booleanToHclTerraform(struct!.primaryGpu),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    raw_id: {
      value: cdktf.stringToHclTerraform(struct!.rawId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    rombar: {
      value: cdktf.booleanToHclTerraform(struct!.rombar),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    sub_device_id: {
      value: cdktf.stringToHclTerraform(struct!.subDeviceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    sub_vendor_id: {
      value: cdktf.stringToHclTerraform(struct!.subVendorId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    vendor_id: {
      value: cdktf.stringToHclTerraform(struct!.vendorId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuPcisPci0RawOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VmQemuPcisPci0Raw | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._deviceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.deviceId = this._deviceId;
    }
    if (this._mdev !== undefined) {
      hasAnyValues = true;
      internalValueResult.mdev = this._mdev;
    }
    if (this._pcie !== undefined) {
      hasAnyValues = true;
      internalValueResult.pcie = this._pcie;
    }
    if (this._primaryGpu !== undefined) {
      hasAnyValues = true;
      internalValueResult.primaryGpu = this._primaryGpu;
    }
    if (this._rawId !== undefined) {
      hasAnyValues = true;
      internalValueResult.rawId = this._rawId;
    }
    if (this._rombar !== undefined) {
      hasAnyValues = true;
      internalValueResult.rombar = this._rombar;
    }
    if (this._subDeviceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.subDeviceId = this._subDeviceId;
    }
    if (this._subVendorId !== undefined) {
      hasAnyValues = true;
      internalValueResult.subVendorId = this._subVendorId;
    }
    if (this._vendorId !== undefined) {
      hasAnyValues = true;
      internalValueResult.vendorId = this._vendorId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuPcisPci0Raw | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._deviceId = undefined;
      this._mdev = undefined;
      this._pcie = undefined;
      this._primaryGpu = undefined;
      this._rawId = undefined;
      this._rombar = undefined;
      this._subDeviceId = undefined;
      this._subVendorId = undefined;
      this._vendorId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._deviceId = value.deviceId;
      this._mdev = value.mdev;
      this._pcie = value.pcie;
      this._primaryGpu = value.primaryGpu;
      this._rawId = value.rawId;
      this._rombar = value.rombar;
      this._subDeviceId = value.subDeviceId;
      this._subVendorId = value.subVendorId;
      this._vendorId = value.vendorId;
    }
  }

  // device_id - computed: false, optional: true, required: false
  private _deviceId?: string; 
  public get deviceId() {
    return this.getStringAttribute('device_id');
  }
  public set deviceId(value: string) {
    this._deviceId = value;
  }
  public resetDeviceId() {
    this._deviceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get deviceIdInput() {
    return this._deviceId;
  }

  // mdev - computed: false, optional: true, required: false
  private _mdev?: string; 
  public get mdev() {
    return this.getStringAttribute('mdev');
  }
  public set mdev(value: string) {
    this._mdev = value;
  }
  public resetMdev() {
    this._mdev = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mdevInput() {
    return this._mdev;
  }

  // pcie - computed: false, optional: true, required: false
  private _pcie?: boolean | cdktf.IResolvable; 
  public get pcie() {
    return this.getBooleanAttribute('pcie');
  }
  public set pcie(value: boolean | cdktf.IResolvable) {
    this._pcie = value;
  }
  public resetPcie() {
    this._pcie = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pcieInput() {
    return this._pcie;
  }

  // primary_gpu - computed: false, optional: true, required: false
  private _primaryGpu?: boolean | cdktf.IResolvable; 
  public get primaryGpu() {
    return this.getBooleanAttribute('primary_gpu');
  }
  public set primaryGpu(value: boolean | cdktf.IResolvable) {
    this._primaryGpu = value;
  }
  public resetPrimaryGpu() {
    this._primaryGpu = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get primaryGpuInput() {
    return this._primaryGpu;
  }

  // raw_id - computed: false, optional: false, required: true
  private _rawId?: string; 
  public get rawId() {
    return this.getStringAttribute('raw_id');
  }
  public set rawId(value: string) {
    this._rawId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get rawIdInput() {
    return this._rawId;
  }

  // rombar - computed: false, optional: true, required: false
  private _rombar?: boolean | cdktf.IResolvable; 
  public get rombar() {
    return this.getBooleanAttribute('rombar');
  }
  public set rombar(value: boolean | cdktf.IResolvable) {
    this._rombar = value;
  }
  public resetRombar() {
    this._rombar = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rombarInput() {
    return this._rombar;
  }

  // sub_device_id - computed: false, optional: true, required: false
  private _subDeviceId?: string; 
  public get subDeviceId() {
    return this.getStringAttribute('sub_device_id');
  }
  public set subDeviceId(value: string) {
    this._subDeviceId = value;
  }
  public resetSubDeviceId() {
    this._subDeviceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get subDeviceIdInput() {
    return this._subDeviceId;
  }

  // sub_vendor_id - computed: false, optional: true, required: false
  private _subVendorId?: string; 
  public get subVendorId() {
    return this.getStringAttribute('sub_vendor_id');
  }
  public set subVendorId(value: string) {
    this._subVendorId = value;
  }
  public resetSubVendorId() {
    this._subVendorId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get subVendorIdInput() {
    return this._subVendorId;
  }

  // vendor_id - computed: false, optional: true, required: false
  private _vendorId?: string; 
  public get vendorId() {
    return this.getStringAttribute('vendor_id');
  }
  public set vendorId(value: string) {
    this._vendorId = value;
  }
  public resetVendorId() {
    this._vendorId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vendorIdInput() {
    return this._vendorId;
  }
}
export interface VmQemuPcisPci0 {
  /**
  * mapping block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mapping VmQemu#mapping}
  */
  readonly mapping?: VmQemuPcisPci0Mapping;
  /**
  * raw block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#raw VmQemu#raw}
  */
  readonly raw?: VmQemuPcisPci0Raw;
}

export function vmQemuPcisPci0ToTerraform(struct?: VmQemuPcisPci0OutputReference | VmQemuPcisPci0): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    mapping: vmQemuPcisPci0MappingToTerraform(struct!.mapping),
    raw: vmQemuPcisPci0RawToTerraform(struct!.raw),
  }
}


export function vmQemuPcisPci0ToHclTerraform(struct?: VmQemuPcisPci0OutputReference | VmQemuPcisPci0): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    mapping: {
      value: vmQemuPcisPci0MappingToHclTerraform(struct!.mapping),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuPcisPci0MappingList",
    },
    raw: {
      value: vmQemuPcisPci0RawToHclTerraform(struct!.raw),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuPcisPci0RawList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuPcisPci0OutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VmQemuPcisPci0 | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._mapping?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.mapping = this._mapping?.internalValue;
    }
    if (this._raw?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.raw = this._raw?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuPcisPci0 | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._mapping.internalValue = undefined;
      this._raw.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._mapping.internalValue = value.mapping;
      this._raw.internalValue = value.raw;
    }
  }

  // mapping - computed: false, optional: true, required: false
  private _mapping = new VmQemuPcisPci0MappingOutputReference(this, "mapping");
  public get mapping() {
    return this._mapping;
  }
  public putMapping(value: VmQemuPcisPci0Mapping) {
    this._mapping.internalValue = value;
  }
  public resetMapping() {
    this._mapping.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mappingInput() {
    return this._mapping.internalValue;
  }

  // raw - computed: false, optional: true, required: false
  private _raw = new VmQemuPcisPci0RawOutputReference(this, "raw");
  public get raw() {
    return this._raw;
  }
  public putRaw(value: VmQemuPcisPci0Raw) {
    this._raw.internalValue = value;
  }
  public resetRaw() {
    this._raw.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rawInput() {
    return this._raw.internalValue;
  }
}
export interface VmQemuPcisPci1Mapping {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#device_id VmQemu#device_id}
  */
  readonly deviceId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mapping_id VmQemu#mapping_id}
  */
  readonly mappingId: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mdev VmQemu#mdev}
  */
  readonly mdev?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#pcie VmQemu#pcie}
  */
  readonly pcie?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#primary_gpu VmQemu#primary_gpu}
  */
  readonly primaryGpu?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#rombar VmQemu#rombar}
  */
  readonly rombar?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#sub_device_id VmQemu#sub_device_id}
  */
  readonly subDeviceId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#sub_vendor_id VmQemu#sub_vendor_id}
  */
  readonly subVendorId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#vendor_id VmQemu#vendor_id}
  */
  readonly vendorId?: string;
}

export function vmQemuPcisPci1MappingToTerraform(struct?: VmQemuPcisPci1MappingOutputReference | VmQemuPcisPci1Mapping): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    device_id: cdktf.stringToTerraform(struct!.deviceId),
    mapping_id: cdktf.stringToTerraform(struct!.mappingId),
    mdev: cdktf.stringToTerraform(struct!.mdev),
    pcie: cdktf.booleanToTerraform(struct!.pcie),
    primary_gpu: cdktf.booleanToTerraform(struct!.primaryGpu),
    rombar: cdktf.booleanToTerraform(struct!.rombar),
    sub_device_id: cdktf.stringToTerraform(struct!.subDeviceId),
    sub_vendor_id: cdktf.stringToTerraform(struct!.subVendorId),
    vendor_id: cdktf.stringToTerraform(struct!.vendorId),
  }
}


export function vmQemuPcisPci1MappingToHclTerraform(struct?: VmQemuPcisPci1MappingOutputReference | VmQemuPcisPci1Mapping): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    device_id: {
      value: cdktf.stringToHclTerraform(struct!.deviceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    mapping_id: {
      value: cdktf.stringToHclTerraform(struct!.mappingId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    mdev: {
      value: cdktf.stringToHclTerraform(struct!.mdev),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    pcie: {
      value: cdktf.booleanToHclTerraform(struct!.pcie),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    primary_gpu: {
      value: cdktf.booleanToHclTerraform(struct!.primaryGpu),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    rombar: {
      value: cdktf.booleanToHclTerraform(struct!.rombar),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    sub_device_id: {
      value: cdktf.stringToHclTerraform(struct!.subDeviceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    sub_vendor_id: {
      value: cdktf.stringToHclTerraform(struct!.subVendorId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    vendor_id: {
      value: cdktf.stringToHclTerraform(struct!.vendorId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuPcisPci1MappingOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VmQemuPcisPci1Mapping | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._deviceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.deviceId = this._deviceId;
    }
    if (this._mappingId !== undefined) {
      hasAnyValues = true;
      internalValueResult.mappingId = this._mappingId;
    }
    if (this._mdev !== undefined) {
      hasAnyValues = true;
      internalValueResult.mdev = this._mdev;
    }
    if (this._pcie !== undefined) {
      hasAnyValues = true;
      internalValueResult.pcie = this._pcie;
    }
    if (this._primaryGpu !== undefined) {
      hasAnyValues = true;
      internalValueResult.primaryGpu = this._primaryGpu;
    }
    if (this._rombar !== undefined) {
      hasAnyValues = true;
      internalValueResult.rombar = this._rombar;
    }
    if (this._subDeviceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.subDeviceId = this._subDeviceId;
    }
    if (this._subVendorId !== undefined) {
      hasAnyValues = true;
      internalValueResult.subVendorId = this._subVendorId;
    }
    if (this._vendorId !== undefined) {
      hasAnyValues = true;
      internalValueResult.vendorId = this._vendorId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuPcisPci1Mapping | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._deviceId = undefined;
      this._mappingId = undefined;
      this._mdev = undefined;
      this._pcie = undefined;
      this._primaryGpu = undefined;
      this._rombar = undefined;
      this._subDeviceId = undefined;
      this._subVendorId = undefined;
      this._vendorId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._deviceId = value.deviceId;
      this._mappingId = value.mappingId;
      this._mdev = value.mdev;
      this._pcie = value.pcie;
      this._primaryGpu = value.primaryGpu;
      this._rombar = value.rombar;
      this._subDeviceId = value.subDeviceId;
      this._subVendorId = value.subVendorId;
      this._vendorId = value.vendorId;
    }
  }

  // device_id - computed: false, optional: true, required: false
  private _deviceId?: string; 
  public get deviceId() {
    return this.getStringAttribute('device_id');
  }
  public set deviceId(value: string) {
    this._deviceId = value;
  }
  public resetDeviceId() {
    this._deviceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get deviceIdInput() {
    return this._deviceId;
  }

  // mapping_id - computed: false, optional: false, required: true
  private _mappingId?: string; 
  public get mappingId() {
    return this.getStringAttribute('mapping_id');
  }
  public set mappingId(value: string) {
    this._mappingId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get mappingIdInput() {
    return this._mappingId;
  }

  // mdev - computed: false, optional: true, required: false
  private _mdev?: string; 
  public get mdev() {
    return this.getStringAttribute('mdev');
  }
  public set mdev(value: string) {
    this._mdev = value;
  }
  public resetMdev() {
    this._mdev = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mdevInput() {
    return this._mdev;
  }

  // pcie - computed: false, optional: true, required: false
  private _pcie?: boolean | cdktf.IResolvable; 
  public get pcie() {
    return this.getBooleanAttribute('pcie');
  }
  public set pcie(value: boolean | cdktf.IResolvable) {
    this._pcie = value;
  }
  public resetPcie() {
    this._pcie = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pcieInput() {
    return this._pcie;
  }

  // primary_gpu - computed: false, optional: true, required: false
  private _primaryGpu?: boolean | cdktf.IResolvable; 
  public get primaryGpu() {
    return this.getBooleanAttribute('primary_gpu');
  }
  public set primaryGpu(value: boolean | cdktf.IResolvable) {
    this._primaryGpu = value;
  }
  public resetPrimaryGpu() {
    this._primaryGpu = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get primaryGpuInput() {
    return this._primaryGpu;
  }

  // rombar - computed: false, optional: true, required: false
  private _rombar?: boolean | cdktf.IResolvable; 
  public get rombar() {
    return this.getBooleanAttribute('rombar');
  }
  public set rombar(value: boolean | cdktf.IResolvable) {
    this._rombar = value;
  }
  public resetRombar() {
    this._rombar = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rombarInput() {
    return this._rombar;
  }

  // sub_device_id - computed: false, optional: true, required: false
  private _subDeviceId?: string; 
  public get subDeviceId() {
    return this.getStringAttribute('sub_device_id');
  }
  public set subDeviceId(value: string) {
    this._subDeviceId = value;
  }
  public resetSubDeviceId() {
    this._subDeviceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get subDeviceIdInput() {
    return this._subDeviceId;
  }

  // sub_vendor_id - computed: false, optional: true, required: false
  private _subVendorId?: string; 
  public get subVendorId() {
    return this.getStringAttribute('sub_vendor_id');
  }
  public set subVendorId(value: string) {
    this._subVendorId = value;
  }
  public resetSubVendorId() {
    this._subVendorId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get subVendorIdInput() {
    return this._subVendorId;
  }

  // vendor_id - computed: false, optional: true, required: false
  private _vendorId?: string; 
  public get vendorId() {
    return this.getStringAttribute('vendor_id');
  }
  public set vendorId(value: string) {
    this._vendorId = value;
  }
  public resetVendorId() {
    this._vendorId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vendorIdInput() {
    return this._vendorId;
  }
}
export interface VmQemuPcisPci1Raw {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#device_id VmQemu#device_id}
  */
  readonly deviceId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mdev VmQemu#mdev}
  */
  readonly mdev?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#pcie VmQemu#pcie}
  */
  readonly pcie?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#primary_gpu VmQemu#primary_gpu}
  */
  readonly primaryGpu?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#raw_id VmQemu#raw_id}
  */
  readonly rawId: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#rombar VmQemu#rombar}
  */
  readonly rombar?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#sub_device_id VmQemu#sub_device_id}
  */
  readonly subDeviceId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#sub_vendor_id VmQemu#sub_vendor_id}
  */
  readonly subVendorId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#vendor_id VmQemu#vendor_id}
  */
  readonly vendorId?: string;
}

export function vmQemuPcisPci1RawToTerraform(struct?: VmQemuPcisPci1RawOutputReference | VmQemuPcisPci1Raw): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    device_id: cdktf.stringToTerraform(struct!.deviceId),
    mdev: cdktf.stringToTerraform(struct!.mdev),
    pcie: cdktf.booleanToTerraform(struct!.pcie),
    primary_gpu: cdktf.booleanToTerraform(struct!.primaryGpu),
    raw_id: cdktf.stringToTerraform(struct!.rawId),
    rombar: cdktf.booleanToTerraform(struct!.rombar),
    sub_device_id: cdktf.stringToTerraform(struct!.subDeviceId),
    sub_vendor_id: cdktf.stringToTerraform(struct!.subVendorId),
    vendor_id: cdktf.stringToTerraform(struct!.vendorId),
  }
}


export function vmQemuPcisPci1RawToHclTerraform(struct?: VmQemuPcisPci1RawOutputReference | VmQemuPcisPci1Raw): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    device_id: {
      value: cdktf.stringToHclTerraform(struct!.deviceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    mdev: {
      value: cdktf.stringToHclTerraform(struct!.mdev),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    pcie: {
      value: cdktf.booleanToHclTerraform(struct!.pcie),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    primary_gpu: {
      value: cdktf.booleanToHclTerraform(struct!.primaryGpu),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    raw_id: {
      value: cdktf.stringToHclTerraform(struct!.rawId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    rombar: {
      value: cdktf.booleanToHclTerraform(struct!.rombar),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    sub_device_id: {
      value: cdktf.stringToHclTerraform(struct!.subDeviceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    sub_vendor_id: {
      value: cdktf.stringToHclTerraform(struct!.subVendorId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    vendor_id: {
      value: cdktf.stringToHclTerraform(struct!.vendorId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuPcisPci1RawOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VmQemuPcisPci1Raw | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._deviceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.deviceId = this._deviceId;
    }
    if (this._mdev !== undefined) {
      hasAnyValues = true;
      internalValueResult.mdev = this._mdev;
    }
    if (this._pcie !== undefined) {
      hasAnyValues = true;
      internalValueResult.pcie = this._pcie;
    }
    if (this._primaryGpu !== undefined) {
      hasAnyValues = true;
      internalValueResult.primaryGpu = this._primaryGpu;
    }
    if (this._rawId !== undefined) {
      hasAnyValues = true;
      internalValueResult.rawId = this._rawId;
    }
    if (this._rombar !== undefined) {
      hasAnyValues = true;
      internalValueResult.rombar = this._rombar;
    }
    if (this._subDeviceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.subDeviceId = this._subDeviceId;
    }
    if (this._subVendorId !== undefined) {
      hasAnyValues = true;
      internalValueResult.subVendorId = this._subVendorId;
    }
    if (this._vendorId !== undefined) {
      hasAnyValues = true;
      internalValueResult.vendorId = this._vendorId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuPcisPci1Raw | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._deviceId = undefined;
      this._mdev = undefined;
      this._pcie = undefined;
      this._primaryGpu = undefined;
      this._rawId = undefined;
      this._rombar = undefined;
      this._subDeviceId = undefined;
      this._subVendorId = undefined;
      this._vendorId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._deviceId = value.deviceId;
      this._mdev = value.mdev;
      this._pcie = value.pcie;
      this._primaryGpu = value.primaryGpu;
      this._rawId = value.rawId;
      this._rombar = value.rombar;
      this._subDeviceId = value.subDeviceId;
      this._subVendorId = value.subVendorId;
      this._vendorId = value.vendorId;
    }
  }

  // device_id - computed: false, optional: true, required: false
  private _deviceId?: string; 
  public get deviceId() {
    return this.getStringAttribute('device_id');
  }
  public set deviceId(value: string) {
    this._deviceId = value;
  }
  public resetDeviceId() {
    this._deviceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get deviceIdInput() {
    return this._deviceId;
  }

  // mdev - computed: false, optional: true, required: false
  private _mdev?: string; 
  public get mdev() {
    return this.getStringAttribute('mdev');
  }
  public set mdev(value: string) {
    this._mdev = value;
  }
  public resetMdev() {
    this._mdev = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mdevInput() {
    return this._mdev;
  }

  // pcie - computed: false, optional: true, required: false
  private _pcie?: boolean | cdktf.IResolvable; 
  public get pcie() {
    return this.getBooleanAttribute('pcie');
  }
  public set pcie(value: boolean | cdktf.IResolvable) {
    this._pcie = value;
  }
  public resetPcie() {
    this._pcie = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pcieInput() {
    return this._pcie;
  }

  // primary_gpu - computed: false, optional: true, required: false
  private _primaryGpu?: boolean | cdktf.IResolvable; 
  public get primaryGpu() {
    return this.getBooleanAttribute('primary_gpu');
  }
  public set primaryGpu(value: boolean | cdktf.IResolvable) {
    this._primaryGpu = value;
  }
  public resetPrimaryGpu() {
    this._primaryGpu = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get primaryGpuInput() {
    return this._primaryGpu;
  }

  // raw_id - computed: false, optional: false, required: true
  private _rawId?: string; 
  public get rawId() {
    return this.getStringAttribute('raw_id');
  }
  public set rawId(value: string) {
    this._rawId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get rawIdInput() {
    return this._rawId;
  }

  // rombar - computed: false, optional: true, required: false
  private _rombar?: boolean | cdktf.IResolvable; 
  public get rombar() {
    return this.getBooleanAttribute('rombar');
  }
  public set rombar(value: boolean | cdktf.IResolvable) {
    this._rombar = value;
  }
  public resetRombar() {
    this._rombar = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rombarInput() {
    return this._rombar;
  }

  // sub_device_id - computed: false, optional: true, required: false
  private _subDeviceId?: string; 
  public get subDeviceId() {
    return this.getStringAttribute('sub_device_id');
  }
  public set subDeviceId(value: string) {
    this._subDeviceId = value;
  }
  public resetSubDeviceId() {
    this._subDeviceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get subDeviceIdInput() {
    return this._subDeviceId;
  }

  // sub_vendor_id - computed: false, optional: true, required: false
  private _subVendorId?: string; 
  public get subVendorId() {
    return this.getStringAttribute('sub_vendor_id');
  }
  public set subVendorId(value: string) {
    this._subVendorId = value;
  }
  public resetSubVendorId() {
    this._subVendorId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get subVendorIdInput() {
    return this._subVendorId;
  }

  // vendor_id - computed: false, optional: true, required: false
  private _vendorId?: string; 
  public get vendorId() {
    return this.getStringAttribute('vendor_id');
  }
  public set vendorId(value: string) {
    this._vendorId = value;
  }
  public resetVendorId() {
    this._vendorId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vendorIdInput() {
    return this._vendorId;
  }
}
export interface VmQemuPcisPci1 {
  /**
  * mapping block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mapping VmQemu#mapping}
  */
  readonly mapping?: VmQemuPcisPci1Mapping;
  /**
  * raw block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#raw VmQemu#raw}
  */
  readonly raw?: VmQemuPcisPci1Raw;
}

export function vmQemuPcisPci1ToTerraform(struct?: VmQemuPcisPci1OutputReference | VmQemuPcisPci1): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    mapping: vmQemuPcisPci1MappingToTerraform(struct!.mapping),
    raw: vmQemuPcisPci1RawToTerraform(struct!.raw),
  }
}


export function vmQemuPcisPci1ToHclTerraform(struct?: VmQemuPcisPci1OutputReference | VmQemuPcisPci1): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    mapping: {
      value: vmQemuPcisPci1MappingToHclTerraform(struct!.mapping),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuPcisPci1MappingList",
    },
    raw: {
      value: vmQemuPcisPci1RawToHclTerraform(struct!.raw),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuPcisPci1RawList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuPcisPci1OutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VmQemuPcisPci1 | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._mapping?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.mapping = this._mapping?.internalValue;
    }
    if (this._raw?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.raw = this._raw?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuPcisPci1 | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._mapping.internalValue = undefined;
      this._raw.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._mapping.internalValue = value.mapping;
      this._raw.internalValue = value.raw;
    }
  }

  // mapping - computed: false, optional: true, required: false
  private _mapping = new VmQemuPcisPci1MappingOutputReference(this, "mapping");
  public get mapping() {
    return this._mapping;
  }
  public putMapping(value: VmQemuPcisPci1Mapping) {
    this._mapping.internalValue = value;
  }
  public resetMapping() {
    this._mapping.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mappingInput() {
    return this._mapping.internalValue;
  }

  // raw - computed: false, optional: true, required: false
  private _raw = new VmQemuPcisPci1RawOutputReference(this, "raw");
  public get raw() {
    return this._raw;
  }
  public putRaw(value: VmQemuPcisPci1Raw) {
    this._raw.internalValue = value;
  }
  public resetRaw() {
    this._raw.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rawInput() {
    return this._raw.internalValue;
  }
}
export interface VmQemuPcisPci10Mapping {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#device_id VmQemu#device_id}
  */
  readonly deviceId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mapping_id VmQemu#mapping_id}
  */
  readonly mappingId: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mdev VmQemu#mdev}
  */
  readonly mdev?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#pcie VmQemu#pcie}
  */
  readonly pcie?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#primary_gpu VmQemu#primary_gpu}
  */
  readonly primaryGpu?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#rombar VmQemu#rombar}
  */
  readonly rombar?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#sub_device_id VmQemu#sub_device_id}
  */
  readonly subDeviceId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#sub_vendor_id VmQemu#sub_vendor_id}
  */
  readonly subVendorId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#vendor_id VmQemu#vendor_id}
  */
  readonly vendorId?: string;
}

export function vmQemuPcisPci10MappingToTerraform(struct?: VmQemuPcisPci10MappingOutputReference | VmQemuPcisPci10Mapping): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    device_id: cdktf.stringToTerraform(struct!.deviceId),
    mapping_id: cdktf.stringToTerraform(struct!.mappingId),
    mdev: cdktf.stringToTerraform(struct!.mdev),
    pcie: cdktf.booleanToTerraform(struct!.pcie),
    primary_gpu: cdktf.booleanToTerraform(struct!.primaryGpu),
    rombar: cdktf.booleanToTerraform(struct!.rombar),
    sub_device_id: cdktf.stringToTerraform(struct!.subDeviceId),
    sub_vendor_id: cdktf.stringToTerraform(struct!.subVendorId),
    vendor_id: cdktf.stringToTerraform(struct!.vendorId),
  }
}


export function vmQemuPcisPci10MappingToHclTerraform(struct?: VmQemuPcisPci10MappingOutputReference | VmQemuPcisPci10Mapping): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    device_id: {
      value: cdktf.stringToHclTerraform(struct!.deviceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    mapping_id: {
      value: cdktf.stringToHclTerraform(struct!.mappingId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    mdev: {
      value: cdktf.stringToHclTerraform(struct!.mdev),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    pcie: {
      value: cdktf.booleanToHclTerraform(struct!.pcie),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    primary_gpu: {
      value: cdktf.booleanToHclTerraform(struct!.primaryGpu),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    rombar: {
      value: cdktf.booleanToHclTerraform(struct!.rombar),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    sub_device_id: {
      value: cdktf.stringToHclTerraform(struct!.subDeviceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    sub_vendor_id: {
      value: cdktf.stringToHclTerraform(struct!.subVendorId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    vendor_id: {
      value: cdktf.stringToHclTerraform(struct!.vendorId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuPcisPci10MappingOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VmQemuPcisPci10Mapping | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._deviceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.deviceId = this._deviceId;
    }
    if (this._mappingId !== undefined) {
      hasAnyValues = true;
      internalValueResult.mappingId = this._mappingId;
    }
    if (this._mdev !== undefined) {
      hasAnyValues = true;
      internalValueResult.mdev = this._mdev;
    }
    if (this._pcie !== undefined) {
      hasAnyValues = true;
      internalValueResult.pcie = this._pcie;
    }
    if (this._primaryGpu !== undefined) {
      hasAnyValues = true;
      internalValueResult.primaryGpu = this._primaryGpu;
    }
    if (this._rombar !== undefined) {
      hasAnyValues = true;
      internalValueResult.rombar = this._rombar;
    }
    if (this._subDeviceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.subDeviceId = this._subDeviceId;
    }
    if (this._subVendorId !== undefined) {
      hasAnyValues = true;
      internalValueResult.subVendorId = this._subVendorId;
    }
    if (this._vendorId !== undefined) {
      hasAnyValues = true;
      internalValueResult.vendorId = this._vendorId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuPcisPci10Mapping | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._deviceId = undefined;
      this._mappingId = undefined;
      this._mdev = undefined;
      this._pcie = undefined;
      this._primaryGpu = undefined;
      this._rombar = undefined;
      this._subDeviceId = undefined;
      this._subVendorId = undefined;
      this._vendorId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._deviceId = value.deviceId;
      this._mappingId = value.mappingId;
      this._mdev = value.mdev;
      this._pcie = value.pcie;
      this._primaryGpu = value.primaryGpu;
      this._rombar = value.rombar;
      this._subDeviceId = value.subDeviceId;
      this._subVendorId = value.subVendorId;
      this._vendorId = value.vendorId;
    }
  }

  // device_id - computed: false, optional: true, required: false
  private _deviceId?: string; 
  public get deviceId() {
    return this.getStringAttribute('device_id');
  }
  public set deviceId(value: string) {
    this._deviceId = value;
  }
  public resetDeviceId() {
    this._deviceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get deviceIdInput() {
    return this._deviceId;
  }

  // mapping_id - computed: false, optional: false, required: true
  private _mappingId?: string; 
  public get mappingId() {
    return this.getStringAttribute('mapping_id');
  }
  public set mappingId(value: string) {
    this._mappingId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get mappingIdInput() {
    return this._mappingId;
  }

  // mdev - computed: false, optional: true, required: false
  private _mdev?: string; 
  public get mdev() {
    return this.getStringAttribute('mdev');
  }
  public set mdev(value: string) {
    this._mdev = value;
  }
  public resetMdev() {
    this._mdev = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mdevInput() {
    return this._mdev;
  }

  // pcie - computed: false, optional: true, required: false
  private _pcie?: boolean | cdktf.IResolvable; 
  public get pcie() {
    return this.getBooleanAttribute('pcie');
  }
  public set pcie(value: boolean | cdktf.IResolvable) {
    this._pcie = value;
  }
  public resetPcie() {
    this._pcie = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pcieInput() {
    return this._pcie;
  }

  // primary_gpu - computed: false, optional: true, required: false
  private _primaryGpu?: boolean | cdktf.IResolvable; 
  public get primaryGpu() {
    return this.getBooleanAttribute('primary_gpu');
  }
  public set primaryGpu(value: boolean | cdktf.IResolvable) {
    this._primaryGpu = value;
  }
  public resetPrimaryGpu() {
    this._primaryGpu = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get primaryGpuInput() {
    return this._primaryGpu;
  }

  // rombar - computed: false, optional: true, required: false
  private _rombar?: boolean | cdktf.IResolvable; 
  public get rombar() {
    return this.getBooleanAttribute('rombar');
  }
  public set rombar(value: boolean | cdktf.IResolvable) {
    this._rombar = value;
  }
  public resetRombar() {
    this._rombar = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rombarInput() {
    return this._rombar;
  }

  // sub_device_id - computed: false, optional: true, required: false
  private _subDeviceId?: string; 
  public get subDeviceId() {
    return this.getStringAttribute('sub_device_id');
  }
  public set subDeviceId(value: string) {
    this._subDeviceId = value;
  }
  public resetSubDeviceId() {
    this._subDeviceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get subDeviceIdInput() {
    return this._subDeviceId;
  }

  // sub_vendor_id - computed: false, optional: true, required: false
  private _subVendorId?: string; 
  public get subVendorId() {
    return this.getStringAttribute('sub_vendor_id');
  }
  public set subVendorId(value: string) {
    this._subVendorId = value;
  }
  public resetSubVendorId() {
    this._subVendorId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get subVendorIdInput() {
    return this._subVendorId;
  }

  // vendor_id - computed: false, optional: true, required: false
  private _vendorId?: string; 
  public get vendorId() {
    return this.getStringAttribute('vendor_id');
  }
  public set vendorId(value: string) {
    this._vendorId = value;
  }
  public resetVendorId() {
    this._vendorId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vendorIdInput() {
    return this._vendorId;
  }
}
export interface VmQemuPcisPci10Raw {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#device_id VmQemu#device_id}
  */
  readonly deviceId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mdev VmQemu#mdev}
  */
  readonly mdev?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#pcie VmQemu#pcie}
  */
  readonly pcie?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#primary_gpu VmQemu#primary_gpu}
  */
  readonly primaryGpu?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#raw_id VmQemu#raw_id}
  */
  readonly rawId: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#rombar VmQemu#rombar}
  */
  readonly rombar?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#sub_device_id VmQemu#sub_device_id}
  */
  readonly subDeviceId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#sub_vendor_id VmQemu#sub_vendor_id}
  */
  readonly subVendorId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#vendor_id VmQemu#vendor_id}
  */
  readonly vendorId?: string;
}

export function vmQemuPcisPci10RawToTerraform(struct?: VmQemuPcisPci10RawOutputReference | VmQemuPcisPci10Raw): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    device_id: cdktf.stringToTerraform(struct!.deviceId),
    mdev: cdktf.stringToTerraform(struct!.mdev),
    pcie: cdktf.booleanToTerraform(struct!.pcie),
    primary_gpu: cdktf.booleanToTerraform(struct!.primaryGpu),
    raw_id: cdktf.stringToTerraform(struct!.rawId),
    rombar: cdktf.booleanToTerraform(struct!.rombar),
    sub_device_id: cdktf.stringToTerraform(struct!.subDeviceId),
    sub_vendor_id: cdktf.stringToTerraform(struct!.subVendorId),
    vendor_id: cdktf.stringToTerraform(struct!.vendorId),
  }
}


export function vmQemuPcisPci10RawToHclTerraform(struct?: VmQemuPcisPci10RawOutputReference | VmQemuPcisPci10Raw): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    device_id: {
      value: cdktf.stringToHclTerraform(struct!.deviceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    mdev: {
      value: cdktf.stringToHclTerraform(struct!.mdev),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    pcie: {
      value: cdktf.booleanToHclTerraform(struct!.pcie),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    primary_gpu: {
      value: cdktf.booleanToHclTerraform(struct!.primaryGpu),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    raw_id: {
      value: cdktf.stringToHclTerraform(struct!.rawId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    rombar: {
      value: cdktf.booleanToHclTerraform(struct!.rombar),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    sub_device_id: {
      value: cdktf.stringToHclTerraform(struct!.subDeviceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    sub_vendor_id: {
      value: cdktf.stringToHclTerraform(struct!.subVendorId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    vendor_id: {
      value: cdktf.stringToHclTerraform(struct!.vendorId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuPcisPci10RawOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VmQemuPcisPci10Raw | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._deviceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.deviceId = this._deviceId;
    }
    if (this._mdev !== undefined) {
      hasAnyValues = true;
      internalValueResult.mdev = this._mdev;
    }
    if (this._pcie !== undefined) {
      hasAnyValues = true;
      internalValueResult.pcie = this._pcie;
    }
    if (this._primaryGpu !== undefined) {
      hasAnyValues = true;
      internalValueResult.primaryGpu = this._primaryGpu;
    }
    if (this._rawId !== undefined) {
      hasAnyValues = true;
      internalValueResult.rawId = this._rawId;
    }
    if (this._rombar !== undefined) {
      hasAnyValues = true;
      internalValueResult.rombar = this._rombar;
    }
    if (this._subDeviceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.subDeviceId = this._subDeviceId;
    }
    if (this._subVendorId !== undefined) {
      hasAnyValues = true;
      internalValueResult.subVendorId = this._subVendorId;
    }
    if (this._vendorId !== undefined) {
      hasAnyValues = true;
      internalValueResult.vendorId = this._vendorId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuPcisPci10Raw | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._deviceId = undefined;
      this._mdev = undefined;
      this._pcie = undefined;
      this._primaryGpu = undefined;
      this._rawId = undefined;
      this._rombar = undefined;
      this._subDeviceId = undefined;
      this._subVendorId = undefined;
      this._vendorId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._deviceId = value.deviceId;
      this._mdev = value.mdev;
      this._pcie = value.pcie;
      this._primaryGpu = value.primaryGpu;
      this._rawId = value.rawId;
      this._rombar = value.rombar;
      this._subDeviceId = value.subDeviceId;
      this._subVendorId = value.subVendorId;
      this._vendorId = value.vendorId;
    }
  }

  // device_id - computed: false, optional: true, required: false
  private _deviceId?: string; 
  public get deviceId() {
    return this.getStringAttribute('device_id');
  }
  public set deviceId(value: string) {
    this._deviceId = value;
  }
  public resetDeviceId() {
    this._deviceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get deviceIdInput() {
    return this._deviceId;
  }

  // mdev - computed: false, optional: true, required: false
  private _mdev?: string; 
  public get mdev() {
    return this.getStringAttribute('mdev');
  }
  public set mdev(value: string) {
    this._mdev = value;
  }
  public resetMdev() {
    this._mdev = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mdevInput() {
    return this._mdev;
  }

  // pcie - computed: false, optional: true, required: false
  private _pcie?: boolean | cdktf.IResolvable; 
  public get pcie() {
    return this.getBooleanAttribute('pcie');
  }
  public set pcie(value: boolean | cdktf.IResolvable) {
    this._pcie = value;
  }
  public resetPcie() {
    this._pcie = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pcieInput() {
    return this._pcie;
  }

  // primary_gpu - computed: false, optional: true, required: false
  private _primaryGpu?: boolean | cdktf.IResolvable; 
  public get primaryGpu() {
    return this.getBooleanAttribute('primary_gpu');
  }
  public set primaryGpu(value: boolean | cdktf.IResolvable) {
    this._primaryGpu = value;
  }
  public resetPrimaryGpu() {
    this._primaryGpu = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get primaryGpuInput() {
    return this._primaryGpu;
  }

  // raw_id - computed: false, optional: false, required: true
  private _rawId?: string; 
  public get rawId() {
    return this.getStringAttribute('raw_id');
  }
  public set rawId(value: string) {
    this._rawId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get rawIdInput() {
    return this._rawId;
  }

  // rombar - computed: false, optional: true, required: false
  private _rombar?: boolean | cdktf.IResolvable; 
  public get rombar() {
    return this.getBooleanAttribute('rombar');
  }
  public set rombar(value: boolean | cdktf.IResolvable) {
    this._rombar = value;
  }
  public resetRombar() {
    this._rombar = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rombarInput() {
    return this._rombar;
  }

  // sub_device_id - computed: false, optional: true, required: false
  private _subDeviceId?: string; 
  public get subDeviceId() {
    return this.getStringAttribute('sub_device_id');
  }
  public set subDeviceId(value: string) {
    this._subDeviceId = value;
  }
  public resetSubDeviceId() {
    this._subDeviceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get subDeviceIdInput() {
    return this._subDeviceId;
  }

  // sub_vendor_id - computed: false, optional: true, required: false
  private _subVendorId?: string; 
  public get subVendorId() {
    return this.getStringAttribute('sub_vendor_id');
  }
  public set subVendorId(value: string) {
    this._subVendorId = value;
  }
  public resetSubVendorId() {
    this._subVendorId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get subVendorIdInput() {
    return this._subVendorId;
  }

  // vendor_id - computed: false, optional: true, required: false
  private _vendorId?: string; 
  public get vendorId() {
    return this.getStringAttribute('vendor_id');
  }
  public set vendorId(value: string) {
    this._vendorId = value;
  }
  public resetVendorId() {
    this._vendorId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vendorIdInput() {
    return this._vendorId;
  }
}
export interface VmQemuPcisPci10 {
  /**
  * mapping block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mapping VmQemu#mapping}
  */
  readonly mapping?: VmQemuPcisPci10Mapping;
  /**
  * raw block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#raw VmQemu#raw}
  */
  readonly raw?: VmQemuPcisPci10Raw;
}

export function vmQemuPcisPci10ToTerraform(struct?: VmQemuPcisPci10OutputReference | VmQemuPcisPci10): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    mapping: vmQemuPcisPci10MappingToTerraform(struct!.mapping),
    raw: vmQemuPcisPci10RawToTerraform(struct!.raw),
  }
}


export function vmQemuPcisPci10ToHclTerraform(struct?: VmQemuPcisPci10OutputReference | VmQemuPcisPci10): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    mapping: {
      value: vmQemuPcisPci10MappingToHclTerraform(struct!.mapping),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuPcisPci10MappingList",
    },
    raw: {
      value: vmQemuPcisPci10RawToHclTerraform(struct!.raw),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuPcisPci10RawList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuPcisPci10OutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VmQemuPcisPci10 | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._mapping?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.mapping = this._mapping?.internalValue;
    }
    if (this._raw?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.raw = this._raw?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuPcisPci10 | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._mapping.internalValue = undefined;
      this._raw.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._mapping.internalValue = value.mapping;
      this._raw.internalValue = value.raw;
    }
  }

  // mapping - computed: false, optional: true, required: false
  private _mapping = new VmQemuPcisPci10MappingOutputReference(this, "mapping");
  public get mapping() {
    return this._mapping;
  }
  public putMapping(value: VmQemuPcisPci10Mapping) {
    this._mapping.internalValue = value;
  }
  public resetMapping() {
    this._mapping.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mappingInput() {
    return this._mapping.internalValue;
  }

  // raw - computed: false, optional: true, required: false
  private _raw = new VmQemuPcisPci10RawOutputReference(this, "raw");
  public get raw() {
    return this._raw;
  }
  public putRaw(value: VmQemuPcisPci10Raw) {
    this._raw.internalValue = value;
  }
  public resetRaw() {
    this._raw.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rawInput() {
    return this._raw.internalValue;
  }
}
export interface VmQemuPcisPci11Mapping {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#device_id VmQemu#device_id}
  */
  readonly deviceId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mapping_id VmQemu#mapping_id}
  */
  readonly mappingId: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mdev VmQemu#mdev}
  */
  readonly mdev?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#pcie VmQemu#pcie}
  */
  readonly pcie?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#primary_gpu VmQemu#primary_gpu}
  */
  readonly primaryGpu?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#rombar VmQemu#rombar}
  */
  readonly rombar?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#sub_device_id VmQemu#sub_device_id}
  */
  readonly subDeviceId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#sub_vendor_id VmQemu#sub_vendor_id}
  */
  readonly subVendorId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#vendor_id VmQemu#vendor_id}
  */
  readonly vendorId?: string;
}

export function vmQemuPcisPci11MappingToTerraform(struct?: VmQemuPcisPci11MappingOutputReference | VmQemuPcisPci11Mapping): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    device_id: cdktf.stringToTerraform(struct!.deviceId),
    mapping_id: cdktf.stringToTerraform(struct!.mappingId),
    mdev: cdktf.stringToTerraform(struct!.mdev),
    pcie: cdktf.booleanToTerraform(struct!.pcie),
    primary_gpu: cdktf.booleanToTerraform(struct!.primaryGpu),
    rombar: cdktf.booleanToTerraform(struct!.rombar),
    sub_device_id: cdktf.stringToTerraform(struct!.subDeviceId),
    sub_vendor_id: cdktf.stringToTerraform(struct!.subVendorId),
    vendor_id: cdktf.stringToTerraform(struct!.vendorId),
  }
}


export function vmQemuPcisPci11MappingToHclTerraform(struct?: VmQemuPcisPci11MappingOutputReference | VmQemuPcisPci11Mapping): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    device_id: {
      value: cdktf.stringToHclTerraform(struct!.deviceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    mapping_id: {
      value: cdktf.stringToHclTerraform(struct!.mappingId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    mdev: {
      value: cdktf.stringToHclTerraform(struct!.mdev),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    pcie: {
      value: cdktf.booleanToHclTerraform(struct!.pcie),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    primary_gpu: {
      value: cdktf.booleanToHclTerraform(struct!.primaryGpu),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    rombar: {
      value: cdktf.booleanToHclTerraform(struct!.rombar),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    sub_device_id: {
      value: cdktf.stringToHclTerraform(struct!.subDeviceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    sub_vendor_id: {
      value: cdktf.stringToHclTerraform(struct!.subVendorId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    vendor_id: {
      value: cdktf.stringToHclTerraform(struct!.vendorId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuPcisPci11MappingOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VmQemuPcisPci11Mapping | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._deviceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.deviceId = this._deviceId;
    }
    if (this._mappingId !== undefined) {
      hasAnyValues = true;
      internalValueResult.mappingId = this._mappingId;
    }
    if (this._mdev !== undefined) {
      hasAnyValues = true;
      internalValueResult.mdev = this._mdev;
    }
    if (this._pcie !== undefined) {
      hasAnyValues = true;
      internalValueResult.pcie = this._pcie;
    }
    if (this._primaryGpu !== undefined) {
      hasAnyValues = true;
      internalValueResult.primaryGpu = this._primaryGpu;
    }
    if (this._rombar !== undefined) {
      hasAnyValues = true;
      internalValueResult.rombar = this._rombar;
    }
    if (this._subDeviceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.subDeviceId = this._subDeviceId;
    }
    if (this._subVendorId !== undefined) {
      hasAnyValues = true;
      internalValueResult.subVendorId = this._subVendorId;
    }
    if (this._vendorId !== undefined) {
      hasAnyValues = true;
      internalValueResult.vendorId = this._vendorId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuPcisPci11Mapping | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._deviceId = undefined;
      this._mappingId = undefined;
      this._mdev = undefined;
      this._pcie = undefined;
      this._primaryGpu = undefined;
      this._rombar = undefined;
      this._subDeviceId = undefined;
      this._subVendorId = undefined;
      this._vendorId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._deviceId = value.deviceId;
      this._mappingId = value.mappingId;
      this._mdev = value.mdev;
      this._pcie = value.pcie;
      this._primaryGpu = value.primaryGpu;
      this._rombar = value.rombar;
      this._subDeviceId = value.subDeviceId;
      this._subVendorId = value.subVendorId;
      this._vendorId = value.vendorId;
    }
  }

  // device_id - computed: false, optional: true, required: false
  private _deviceId?: string; 
  public get deviceId() {
    return this.getStringAttribute('device_id');
  }
  public set deviceId(value: string) {
    this._deviceId = value;
  }
  public resetDeviceId() {
    this._deviceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get deviceIdInput() {
    return this._deviceId;
  }

  // mapping_id - computed: false, optional: false, required: true
  private _mappingId?: string; 
  public get mappingId() {
    return this.getStringAttribute('mapping_id');
  }
  public set mappingId(value: string) {
    this._mappingId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get mappingIdInput() {
    return this._mappingId;
  }

  // mdev - computed: false, optional: true, required: false
  private _mdev?: string; 
  public get mdev() {
    return this.getStringAttribute('mdev');
  }
  public set mdev(value: string) {
    this._mdev = value;
  }
  public resetMdev() {
    this._mdev = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mdevInput() {
    return this._mdev;
  }

  // pcie - computed: false, optional: true, required: false
  private _pcie?: boolean | cdktf.IResolvable; 
  public get pcie() {
    return this.getBooleanAttribute('pcie');
  }
  public set pcie(value: boolean | cdktf.IResolvable) {
    this._pcie = value;
  }
  public resetPcie() {
    this._pcie = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pcieInput() {
    return this._pcie;
  }

  // primary_gpu - computed: false, optional: true, required: false
  private _primaryGpu?: boolean | cdktf.IResolvable; 
  public get primaryGpu() {
    return this.getBooleanAttribute('primary_gpu');
  }
  public set primaryGpu(value: boolean | cdktf.IResolvable) {
    this._primaryGpu = value;
  }
  public resetPrimaryGpu() {
    this._primaryGpu = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get primaryGpuInput() {
    return this._primaryGpu;
  }

  // rombar - computed: false, optional: true, required: false
  private _rombar?: boolean | cdktf.IResolvable; 
  public get rombar() {
    return this.getBooleanAttribute('rombar');
  }
  public set rombar(value: boolean | cdktf.IResolvable) {
    this._rombar = value;
  }
  public resetRombar() {
    this._rombar = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rombarInput() {
    return this._rombar;
  }

  // sub_device_id - computed: false, optional: true, required: false
  private _subDeviceId?: string; 
  public get subDeviceId() {
    return this.getStringAttribute('sub_device_id');
  }
  public set subDeviceId(value: string) {
    this._subDeviceId = value;
  }
  public resetSubDeviceId() {
    this._subDeviceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get subDeviceIdInput() {
    return this._subDeviceId;
  }

  // sub_vendor_id - computed: false, optional: true, required: false
  private _subVendorId?: string; 
  public get subVendorId() {
    return this.getStringAttribute('sub_vendor_id');
  }
  public set subVendorId(value: string) {
    this._subVendorId = value;
  }
  public resetSubVendorId() {
    this._subVendorId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get subVendorIdInput() {
    return this._subVendorId;
  }

  // vendor_id - computed: false, optional: true, required: false
  private _vendorId?: string; 
  public get vendorId() {
    return this.getStringAttribute('vendor_id');
  }
  public set vendorId(value: string) {
    this._vendorId = value;
  }
  public resetVendorId() {
    this._vendorId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vendorIdInput() {
    return this._vendorId;
  }
}
export interface VmQemuPcisPci11Raw {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#device_id VmQemu#device_id}
  */
  readonly deviceId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mdev VmQemu#mdev}
  */
  readonly mdev?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#pcie VmQemu#pcie}
  */
  readonly pcie?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#primary_gpu VmQemu#primary_gpu}
  */
  readonly primaryGpu?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#raw_id VmQemu#raw_id}
  */
  readonly rawId: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#rombar VmQemu#rombar}
  */
  readonly rombar?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#sub_device_id VmQemu#sub_device_id}
  */
  readonly subDeviceId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#sub_vendor_id VmQemu#sub_vendor_id}
  */
  readonly subVendorId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#vendor_id VmQemu#vendor_id}
  */
  readonly vendorId?: string;
}

export function vmQemuPcisPci11RawToTerraform(struct?: VmQemuPcisPci11RawOutputReference | VmQemuPcisPci11Raw): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    device_id: cdktf.stringToTerraform(struct!.deviceId),
    mdev: cdktf.stringToTerraform(struct!.mdev),
    pcie: cdktf.booleanToTerraform(struct!.pcie),
    primary_gpu: cdktf.booleanToTerraform(struct!.primaryGpu),
    raw_id: cdktf.stringToTerraform(struct!.rawId),
    rombar: cdktf.booleanToTerraform(struct!.rombar),
    sub_device_id: cdktf.stringToTerraform(struct!.subDeviceId),
    sub_vendor_id: cdktf.stringToTerraform(struct!.subVendorId),
    vendor_id: cdktf.stringToTerraform(struct!.vendorId),
  }
}


export function vmQemuPcisPci11RawToHclTerraform(struct?: VmQemuPcisPci11RawOutputReference | VmQemuPcisPci11Raw): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    device_id: {
      value: cdktf.stringToHclTerraform(struct!.deviceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    mdev: {
      value: cdktf.stringToHclTerraform(struct!.mdev),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    pcie: {
      value: cdktf.booleanToHclTerraform(struct!.pcie),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    primary_gpu: {
      value: cdktf.booleanToHclTerraform(struct!.primaryGpu),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    raw_id: {
      value: cdktf.stringToHclTerraform(struct!.rawId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    rombar: {
      value: cdktf.booleanToHclTerraform(struct!.rombar),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    sub_device_id: {
      value: cdktf.stringToHclTerraform(struct!.subDeviceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    sub_vendor_id: {
      value: cdktf.stringToHclTerraform(struct!.subVendorId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    vendor_id: {
      value: cdktf.stringToHclTerraform(struct!.vendorId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuPcisPci11RawOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VmQemuPcisPci11Raw | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._deviceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.deviceId = this._deviceId;
    }
    if (this._mdev !== undefined) {
      hasAnyValues = true;
      internalValueResult.mdev = this._mdev;
    }
    if (this._pcie !== undefined) {
      hasAnyValues = true;
      internalValueResult.pcie = this._pcie;
    }
    if (this._primaryGpu !== undefined) {
      hasAnyValues = true;
      internalValueResult.primaryGpu = this._primaryGpu;
    }
    if (this._rawId !== undefined) {
      hasAnyValues = true;
      internalValueResult.rawId = this._rawId;
    }
    if (this._rombar !== undefined) {
      hasAnyValues = true;
      internalValueResult.rombar = this._rombar;
    }
    if (this._subDeviceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.subDeviceId = this._subDeviceId;
    }
    if (this._subVendorId !== undefined) {
      hasAnyValues = true;
      internalValueResult.subVendorId = this._subVendorId;
    }
    if (this._vendorId !== undefined) {
      hasAnyValues = true;
      internalValueResult.vendorId = this._vendorId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuPcisPci11Raw | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._deviceId = undefined;
      this._mdev = undefined;
      this._pcie = undefined;
      this._primaryGpu = undefined;
      this._rawId = undefined;
      this._rombar = undefined;
      this._subDeviceId = undefined;
      this._subVendorId = undefined;
      this._vendorId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._deviceId = value.deviceId;
      this._mdev = value.mdev;
      this._pcie = value.pcie;
      this._primaryGpu = value.primaryGpu;
      this._rawId = value.rawId;
      this._rombar = value.rombar;
      this._subDeviceId = value.subDeviceId;
      this._subVendorId = value.subVendorId;
      this._vendorId = value.vendorId;
    }
  }

  // device_id - computed: false, optional: true, required: false
  private _deviceId?: string; 
  public get deviceId() {
    return this.getStringAttribute('device_id');
  }
  public set deviceId(value: string) {
    this._deviceId = value;
  }
  public resetDeviceId() {
    this._deviceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get deviceIdInput() {
    return this._deviceId;
  }

  // mdev - computed: false, optional: true, required: false
  private _mdev?: string; 
  public get mdev() {
    return this.getStringAttribute('mdev');
  }
  public set mdev(value: string) {
    this._mdev = value;
  }
  public resetMdev() {
    this._mdev = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mdevInput() {
    return this._mdev;
  }

  // pcie - computed: false, optional: true, required: false
  private _pcie?: boolean | cdktf.IResolvable; 
  public get pcie() {
    return this.getBooleanAttribute('pcie');
  }
  public set pcie(value: boolean | cdktf.IResolvable) {
    this._pcie = value;
  }
  public resetPcie() {
    this._pcie = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pcieInput() {
    return this._pcie;
  }

  // primary_gpu - computed: false, optional: true, required: false
  private _primaryGpu?: boolean | cdktf.IResolvable; 
  public get primaryGpu() {
    return this.getBooleanAttribute('primary_gpu');
  }
  public set primaryGpu(value: boolean | cdktf.IResolvable) {
    this._primaryGpu = value;
  }
  public resetPrimaryGpu() {
    this._primaryGpu = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get primaryGpuInput() {
    return this._primaryGpu;
  }

  // raw_id - computed: false, optional: false, required: true
  private _rawId?: string; 
  public get rawId() {
    return this.getStringAttribute('raw_id');
  }
  public set rawId(value: string) {
    this._rawId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get rawIdInput() {
    return this._rawId;
  }

  // rombar - computed: false, optional: true, required: false
  private _rombar?: boolean | cdktf.IResolvable; 
  public get rombar() {
    return this.getBooleanAttribute('rombar');
  }
  public set rombar(value: boolean | cdktf.IResolvable) {
    this._rombar = value;
  }
  public resetRombar() {
    this._rombar = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rombarInput() {
    return this._rombar;
  }

  // sub_device_id - computed: false, optional: true, required: false
  private _subDeviceId?: string; 
  public get subDeviceId() {
    return this.getStringAttribute('sub_device_id');
  }
  public set subDeviceId(value: string) {
    this._subDeviceId = value;
  }
  public resetSubDeviceId() {
    this._subDeviceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get subDeviceIdInput() {
    return this._subDeviceId;
  }

  // sub_vendor_id - computed: false, optional: true, required: false
  private _subVendorId?: string; 
  public get subVendorId() {
    return this.getStringAttribute('sub_vendor_id');
  }
  public set subVendorId(value: string) {
    this._subVendorId = value;
  }
  public resetSubVendorId() {
    this._subVendorId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get subVendorIdInput() {
    return this._subVendorId;
  }

  // vendor_id - computed: false, optional: true, required: false
  private _vendorId?: string; 
  public get vendorId() {
    return this.getStringAttribute('vendor_id');
  }
  public set vendorId(value: string) {
    this._vendorId = value;
  }
  public resetVendorId() {
    this._vendorId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vendorIdInput() {
    return this._vendorId;
  }
}
export interface VmQemuPcisPci11 {
  /**
  * mapping block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mapping VmQemu#mapping}
  */
  readonly mapping?: VmQemuPcisPci11Mapping;
  /**
  * raw block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#raw VmQemu#raw}
  */
  readonly raw?: VmQemuPcisPci11Raw;
}

export function vmQemuPcisPci11ToTerraform(struct?: VmQemuPcisPci11OutputReference | VmQemuPcisPci11): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    mapping: vmQemuPcisPci11MappingToTerraform(struct!.mapping),
    raw: vmQemuPcisPci11RawToTerraform(struct!.raw),
  }
}


export function vmQemuPcisPci11ToHclTerraform(struct?: VmQemuPcisPci11OutputReference | VmQemuPcisPci11): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    mapping: {
      value: vmQemuPcisPci11MappingToHclTerraform(struct!.mapping),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuPcisPci11MappingList",
    },
    raw: {
      value: vmQemuPcisPci11RawToHclTerraform(struct!.raw),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuPcisPci11RawList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuPcisPci11OutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VmQemuPcisPci11 | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._mapping?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.mapping = this._mapping?.internalValue;
    }
    if (this._raw?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.raw = this._raw?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuPcisPci11 | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._mapping.internalValue = undefined;
      this._raw.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._mapping.internalValue = value.mapping;
      this._raw.internalValue = value.raw;
    }
  }

  // mapping - computed: false, optional: true, required: false
  private _mapping = new VmQemuPcisPci11MappingOutputReference(this, "mapping");
  public get mapping() {
    return this._mapping;
  }
  public putMapping(value: VmQemuPcisPci11Mapping) {
    this._mapping.internalValue = value;
  }
  public resetMapping() {
    this._mapping.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mappingInput() {
    return this._mapping.internalValue;
  }

  // raw - computed: false, optional: true, required: false
  private _raw = new VmQemuPcisPci11RawOutputReference(this, "raw");
  public get raw() {
    return this._raw;
  }
  public putRaw(value: VmQemuPcisPci11Raw) {
    this._raw.internalValue = value;
  }
  public resetRaw() {
    this._raw.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rawInput() {
    return this._raw.internalValue;
  }
}
export interface VmQemuPcisPci12Mapping {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#device_id VmQemu#device_id}
  */
  readonly deviceId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mapping_id VmQemu#mapping_id}
  */
  readonly mappingId: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mdev VmQemu#mdev}
  */
  readonly mdev?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#pcie VmQemu#pcie}
  */
  readonly pcie?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#primary_gpu VmQemu#primary_gpu}
  */
  readonly primaryGpu?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#rombar VmQemu#rombar}
  */
  readonly rombar?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#sub_device_id VmQemu#sub_device_id}
  */
  readonly subDeviceId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#sub_vendor_id VmQemu#sub_vendor_id}
  */
  readonly subVendorId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#vendor_id VmQemu#vendor_id}
  */
  readonly vendorId?: string;
}

export function vmQemuPcisPci12MappingToTerraform(struct?: VmQemuPcisPci12MappingOutputReference | VmQemuPcisPci12Mapping): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    device_id: cdktf.stringToTerraform(struct!.deviceId),
    mapping_id: cdktf.stringToTerraform(struct!.mappingId),
    mdev: cdktf.stringToTerraform(struct!.mdev),
    pcie: cdktf.booleanToTerraform(struct!.pcie),
    primary_gpu: cdktf.booleanToTerraform(struct!.primaryGpu),
    rombar: cdktf.booleanToTerraform(struct!.rombar),
    sub_device_id: cdktf.stringToTerraform(struct!.subDeviceId),
    sub_vendor_id: cdktf.stringToTerraform(struct!.subVendorId),
    vendor_id: cdktf.stringToTerraform(struct!.vendorId),
  }
}


export function vmQemuPcisPci12MappingToHclTerraform(struct?: VmQemuPcisPci12MappingOutputReference | VmQemuPcisPci12Mapping): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    device_id: {
      value: cdktf.stringToHclTerraform(struct!.deviceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    mapping_id: {
      value: cdktf.stringToHclTerraform(struct!.mappingId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    mdev: {
      value: cdktf.stringToHclTerraform(struct!.mdev),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    pcie: {
      value: cdktf.booleanToHclTerraform(struct!.pcie),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    primary_gpu: {
      value: cdktf.booleanToHclTerraform(struct!.primaryGpu),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    rombar: {
      value: cdktf.booleanToHclTerraform(struct!.rombar),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    sub_device_id: {
      value: cdktf.stringToHclTerraform(struct!.subDeviceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    sub_vendor_id: {
      value: cdktf.stringToHclTerraform(struct!.subVendorId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    vendor_id: {
      value: cdktf.stringToHclTerraform(struct!.vendorId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuPcisPci12MappingOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VmQemuPcisPci12Mapping | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._deviceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.deviceId = this._deviceId;
    }
    if (this._mappingId !== undefined) {
      hasAnyValues = true;
      internalValueResult.mappingId = this._mappingId;
    }
    if (this._mdev !== undefined) {
      hasAnyValues = true;
      internalValueResult.mdev = this._mdev;
    }
    if (this._pcie !== undefined) {
      hasAnyValues = true;
      internalValueResult.pcie = this._pcie;
    }
    if (this._primaryGpu !== undefined) {
      hasAnyValues = true;
      internalValueResult.primaryGpu = this._primaryGpu;
    }
    if (this._rombar !== undefined) {
      hasAnyValues = true;
      internalValueResult.rombar = this._rombar;
    }
    if (this._subDeviceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.subDeviceId = this._subDeviceId;
    }
    if (this._subVendorId !== undefined) {
      hasAnyValues = true;
      internalValueResult.subVendorId = this._subVendorId;
    }
    if (this._vendorId !== undefined) {
      hasAnyValues = true;
      internalValueResult.vendorId = this._vendorId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuPcisPci12Mapping | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._deviceId = undefined;
      this._mappingId = undefined;
      this._mdev = undefined;
      this._pcie = undefined;
      this._primaryGpu = undefined;
      this._rombar = undefined;
      this._subDeviceId = undefined;
      this._subVendorId = undefined;
      this._vendorId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._deviceId = value.deviceId;
      this._mappingId = value.mappingId;
      this._mdev = value.mdev;
      this._pcie = value.pcie;
      this._primaryGpu = value.primaryGpu;
      this._rombar = value.rombar;
      this._subDeviceId = value.subDeviceId;
      this._subVendorId = value.subVendorId;
      this._vendorId = value.vendorId;
    }
  }

  // device_id - computed: false, optional: true, required: false
  private _deviceId?: string; 
  public get deviceId() {
    return this.getStringAttribute('device_id');
  }
  public set deviceId(value: string) {
    this._deviceId = value;
  }
  public resetDeviceId() {
    this._deviceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get deviceIdInput() {
    return this._deviceId;
  }

  // mapping_id - computed: false, optional: false, required: true
  private _mappingId?: string; 
  public get mappingId() {
    return this.getStringAttribute('mapping_id');
  }
  public set mappingId(value: string) {
    this._mappingId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get mappingIdInput() {
    return this._mappingId;
  }

  // mdev - computed: false, optional: true, required: false
  private _mdev?: string; 
  public get mdev() {
    return this.getStringAttribute('mdev');
  }
  public set mdev(value: string) {
    this._mdev = value;
  }
  public resetMdev() {
    this._mdev = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mdevInput() {
    return this._mdev;
  }

  // pcie - computed: false, optional: true, required: false
  private _pcie?: boolean | cdktf.IResolvable; 
  public get pcie() {
    return this.getBooleanAttribute('pcie');
  }
  public set pcie(value: boolean | cdktf.IResolvable) {
    this._pcie = value;
  }
  public resetPcie() {
    this._pcie = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pcieInput() {
    return this._pcie;
  }

  // primary_gpu - computed: false, optional: true, required: false
  private _primaryGpu?: boolean | cdktf.IResolvable; 
  public get primaryGpu() {
    return this.getBooleanAttribute('primary_gpu');
  }
  public set primaryGpu(value: boolean | cdktf.IResolvable) {
    this._primaryGpu = value;
  }
  public resetPrimaryGpu() {
    this._primaryGpu = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get primaryGpuInput() {
    return this._primaryGpu;
  }

  // rombar - computed: false, optional: true, required: false
  private _rombar?: boolean | cdktf.IResolvable; 
  public get rombar() {
    return this.getBooleanAttribute('rombar');
  }
  public set rombar(value: boolean | cdktf.IResolvable) {
    this._rombar = value;
  }
  public resetRombar() {
    this._rombar = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rombarInput() {
    return this._rombar;
  }

  // sub_device_id - computed: false, optional: true, required: false
  private _subDeviceId?: string; 
  public get subDeviceId() {
    return this.getStringAttribute('sub_device_id');
  }
  public set subDeviceId(value: string) {
    this._subDeviceId = value;
  }
  public resetSubDeviceId() {
    this._subDeviceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get subDeviceIdInput() {
    return this._subDeviceId;
  }

  // sub_vendor_id - computed: false, optional: true, required: false
  private _subVendorId?: string; 
  public get subVendorId() {
    return this.getStringAttribute('sub_vendor_id');
  }
  public set subVendorId(value: string) {
    this._subVendorId = value;
  }
  public resetSubVendorId() {
    this._subVendorId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get subVendorIdInput() {
    return this._subVendorId;
  }

  // vendor_id - computed: false, optional: true, required: false
  private _vendorId?: string; 
  public get vendorId() {
    return this.getStringAttribute('vendor_id');
  }
  public set vendorId(value: string) {
    this._vendorId = value;
  }
  public resetVendorId() {
    this._vendorId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vendorIdInput() {
    return this._vendorId;
  }
}
export interface VmQemuPcisPci12Raw {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#device_id VmQemu#device_id}
  */
  readonly deviceId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mdev VmQemu#mdev}
  */
  readonly mdev?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#pcie VmQemu#pcie}
  */
  readonly pcie?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#primary_gpu VmQemu#primary_gpu}
  */
  readonly primaryGpu?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#raw_id VmQemu#raw_id}
  */
  readonly rawId: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#rombar VmQemu#rombar}
  */
  readonly rombar?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#sub_device_id VmQemu#sub_device_id}
  */
  readonly subDeviceId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#sub_vendor_id VmQemu#sub_vendor_id}
  */
  readonly subVendorId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#vendor_id VmQemu#vendor_id}
  */
  readonly vendorId?: string;
}

export function vmQemuPcisPci12RawToTerraform(struct?: VmQemuPcisPci12RawOutputReference | VmQemuPcisPci12Raw): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    device_id: cdktf.stringToTerraform(struct!.deviceId),
    mdev: cdktf.stringToTerraform(struct!.mdev),
    pcie: cdktf.booleanToTerraform(struct!.pcie),
    primary_gpu: cdktf.booleanToTerraform(struct!.primaryGpu),
    raw_id: cdktf.stringToTerraform(struct!.rawId),
    rombar: cdktf.booleanToTerraform(struct!.rombar),
    sub_device_id: cdktf.stringToTerraform(struct!.subDeviceId),
    sub_vendor_id: cdktf.stringToTerraform(struct!.subVendorId),
    vendor_id: cdktf.stringToTerraform(struct!.vendorId),
  }
}


export function vmQemuPcisPci12RawToHclTerraform(struct?: VmQemuPcisPci12RawOutputReference | VmQemuPcisPci12Raw): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    device_id: {
      value: cdktf.stringToHclTerraform(struct!.deviceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    mdev: {
      value: cdktf.stringToHclTerraform(struct!.mdev),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    pcie: {
      value: cdktf.booleanToHclTerraform(struct!.pcie),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    primary_gpu: {
      value: cdktf.booleanToHclTerraform(struct!.primaryGpu),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    raw_id: {
      value: cdktf.stringToHclTerraform(struct!.rawId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    rombar: {
      value: cdktf.booleanToHclTerraform(struct!.rombar),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    sub_device_id: {
      value: cdktf.stringToHclTerraform(struct!.subDeviceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    sub_vendor_id: {
      value: cdktf.stringToHclTerraform(struct!.subVendorId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    vendor_id: {
      value: cdktf.stringToHclTerraform(struct!.vendorId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuPcisPci12RawOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VmQemuPcisPci12Raw | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._deviceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.deviceId = this._deviceId;
    }
    if (this._mdev !== undefined) {
      hasAnyValues = true;
      internalValueResult.mdev = this._mdev;
    }
    if (this._pcie !== undefined) {
      hasAnyValues = true;
      internalValueResult.pcie = this._pcie;
    }
    if (this._primaryGpu !== undefined) {
      hasAnyValues = true;
      internalValueResult.primaryGpu = this._primaryGpu;
    }
    if (this._rawId !== undefined) {
      hasAnyValues = true;
      internalValueResult.rawId = this._rawId;
    }
    if (this._rombar !== undefined) {
      hasAnyValues = true;
      internalValueResult.rombar = this._rombar;
    }
    if (this._subDeviceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.subDeviceId = this._subDeviceId;
    }
    if (this._subVendorId !== undefined) {
      hasAnyValues = true;
      internalValueResult.subVendorId = this._subVendorId;
    }
    if (this._vendorId !== undefined) {
      hasAnyValues = true;
      internalValueResult.vendorId = this._vendorId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuPcisPci12Raw | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._deviceId = undefined;
      this._mdev = undefined;
      this._pcie = undefined;
      this._primaryGpu = undefined;
      this._rawId = undefined;
      this._rombar = undefined;
      this._subDeviceId = undefined;
      this._subVendorId = undefined;
      this._vendorId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._deviceId = value.deviceId;
      this._mdev = value.mdev;
      this._pcie = value.pcie;
      this._primaryGpu = value.primaryGpu;
      this._rawId = value.rawId;
      this._rombar = value.rombar;
      this._subDeviceId = value.subDeviceId;
      this._subVendorId = value.subVendorId;
      this._vendorId = value.vendorId;
    }
  }

  // device_id - computed: false, optional: true, required: false
  private _deviceId?: string; 
  public get deviceId() {
    return this.getStringAttribute('device_id');
  }
  public set deviceId(value: string) {
    this._deviceId = value;
  }
  public resetDeviceId() {
    this._deviceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get deviceIdInput() {
    return this._deviceId;
  }

  // mdev - computed: false, optional: true, required: false
  private _mdev?: string; 
  public get mdev() {
    return this.getStringAttribute('mdev');
  }
  public set mdev(value: string) {
    this._mdev = value;
  }
  public resetMdev() {
    this._mdev = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mdevInput() {
    return this._mdev;
  }

  // pcie - computed: false, optional: true, required: false
  private _pcie?: boolean | cdktf.IResolvable; 
  public get pcie() {
    return this.getBooleanAttribute('pcie');
  }
  public set pcie(value: boolean | cdktf.IResolvable) {
    this._pcie = value;
  }
  public resetPcie() {
    this._pcie = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pcieInput() {
    return this._pcie;
  }

  // primary_gpu - computed: false, optional: true, required: false
  private _primaryGpu?: boolean | cdktf.IResolvable; 
  public get primaryGpu() {
    return this.getBooleanAttribute('primary_gpu');
  }
  public set primaryGpu(value: boolean | cdktf.IResolvable) {
    this._primaryGpu = value;
  }
  public resetPrimaryGpu() {
    this._primaryGpu = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get primaryGpuInput() {
    return this._primaryGpu;
  }

  // raw_id - computed: false, optional: false, required: true
  private _rawId?: string; 
  public get rawId() {
    return this.getStringAttribute('raw_id');
  }
  public set rawId(value: string) {
    this._rawId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get rawIdInput() {
    return this._rawId;
  }

  // rombar - computed: false, optional: true, required: false
  private _rombar?: boolean | cdktf.IResolvable; 
  public get rombar() {
    return this.getBooleanAttribute('rombar');
  }
  public set rombar(value: boolean | cdktf.IResolvable) {
    this._rombar = value;
  }
  public resetRombar() {
    this._rombar = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rombarInput() {
    return this._rombar;
  }

  // sub_device_id - computed: false, optional: true, required: false
  private _subDeviceId?: string; 
  public get subDeviceId() {
    return this.getStringAttribute('sub_device_id');
  }
  public set subDeviceId(value: string) {
    this._subDeviceId = value;
  }
  public resetSubDeviceId() {
    this._subDeviceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get subDeviceIdInput() {
    return this._subDeviceId;
  }

  // sub_vendor_id - computed: false, optional: true, required: false
  private _subVendorId?: string; 
  public get subVendorId() {
    return this.getStringAttribute('sub_vendor_id');
  }
  public set subVendorId(value: string) {
    this._subVendorId = value;
  }
  public resetSubVendorId() {
    this._subVendorId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get subVendorIdInput() {
    return this._subVendorId;
  }

  // vendor_id - computed: false, optional: true, required: false
  private _vendorId?: string; 
  public get vendorId() {
    return this.getStringAttribute('vendor_id');
  }
  public set vendorId(value: string) {
    this._vendorId = value;
  }
  public resetVendorId() {
    this._vendorId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vendorIdInput() {
    return this._vendorId;
  }
}
export interface VmQemuPcisPci12 {
  /**
  * mapping block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mapping VmQemu#mapping}
  */
  readonly mapping?: VmQemuPcisPci12Mapping;
  /**
  * raw block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#raw VmQemu#raw}
  */
  readonly raw?: VmQemuPcisPci12Raw;
}

export function vmQemuPcisPci12ToTerraform(struct?: VmQemuPcisPci12OutputReference | VmQemuPcisPci12): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    mapping: vmQemuPcisPci12MappingToTerraform(struct!.mapping),
    raw: vmQemuPcisPci12RawToTerraform(struct!.raw),
  }
}


export function vmQemuPcisPci12ToHclTerraform(struct?: VmQemuPcisPci12OutputReference | VmQemuPcisPci12): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    mapping: {
      value: vmQemuPcisPci12MappingToHclTerraform(struct!.mapping),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuPcisPci12MappingList",
    },
    raw: {
      value: vmQemuPcisPci12RawToHclTerraform(struct!.raw),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuPcisPci12RawList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuPcisPci12OutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VmQemuPcisPci12 | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._mapping?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.mapping = this._mapping?.internalValue;
    }
    if (this._raw?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.raw = this._raw?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuPcisPci12 | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._mapping.internalValue = undefined;
      this._raw.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._mapping.internalValue = value.mapping;
      this._raw.internalValue = value.raw;
    }
  }

  // mapping - computed: false, optional: true, required: false
  private _mapping = new VmQemuPcisPci12MappingOutputReference(this, "mapping");
  public get mapping() {
    return this._mapping;
  }
  public putMapping(value: VmQemuPcisPci12Mapping) {
    this._mapping.internalValue = value;
  }
  public resetMapping() {
    this._mapping.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mappingInput() {
    return this._mapping.internalValue;
  }

  // raw - computed: false, optional: true, required: false
  private _raw = new VmQemuPcisPci12RawOutputReference(this, "raw");
  public get raw() {
    return this._raw;
  }
  public putRaw(value: VmQemuPcisPci12Raw) {
    this._raw.internalValue = value;
  }
  public resetRaw() {
    this._raw.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rawInput() {
    return this._raw.internalValue;
  }
}
export interface VmQemuPcisPci13Mapping {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#device_id VmQemu#device_id}
  */
  readonly deviceId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mapping_id VmQemu#mapping_id}
  */
  readonly mappingId: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mdev VmQemu#mdev}
  */
  readonly mdev?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#pcie VmQemu#pcie}
  */
  readonly pcie?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#primary_gpu VmQemu#primary_gpu}
  */
  readonly primaryGpu?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#rombar VmQemu#rombar}
  */
  readonly rombar?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#sub_device_id VmQemu#sub_device_id}
  */
  readonly subDeviceId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#sub_vendor_id VmQemu#sub_vendor_id}
  */
  readonly subVendorId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#vendor_id VmQemu#vendor_id}
  */
  readonly vendorId?: string;
}

export function vmQemuPcisPci13MappingToTerraform(struct?: VmQemuPcisPci13MappingOutputReference | VmQemuPcisPci13Mapping): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    device_id: cdktf.stringToTerraform(struct!.deviceId),
    mapping_id: cdktf.stringToTerraform(struct!.mappingId),
    mdev: cdktf.stringToTerraform(struct!.mdev),
    pcie: cdktf.booleanToTerraform(struct!.pcie),
    primary_gpu: cdktf.booleanToTerraform(struct!.primaryGpu),
    rombar: cdktf.booleanToTerraform(struct!.rombar),
    sub_device_id: cdktf.stringToTerraform(struct!.subDeviceId),
    sub_vendor_id: cdktf.stringToTerraform(struct!.subVendorId),
    vendor_id: cdktf.stringToTerraform(struct!.vendorId),
  }
}


export function vmQemuPcisPci13MappingToHclTerraform(struct?: VmQemuPcisPci13MappingOutputReference | VmQemuPcisPci13Mapping): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    device_id: {
      value: cdktf.stringToHclTerraform(struct!.deviceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    mapping_id: {
      value: cdktf.stringToHclTerraform(struct!.mappingId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    mdev: {
      value: cdktf.stringToHclTerraform(struct!.mdev),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    pcie: {
      value: cdktf.booleanToHclTerraform(struct!.pcie),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    primary_gpu: {
      value: cdktf.booleanToHclTerraform(struct!.primaryGpu),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    rombar: {
      value: cdktf.booleanToHclTerraform(struct!.rombar),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    sub_device_id: {
      value: cdktf.stringToHclTerraform(struct!.subDeviceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    sub_vendor_id: {
      value: cdktf.stringToHclTerraform(struct!.subVendorId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    vendor_id: {
      value: cdktf.stringToHclTerraform(struct!.vendorId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuPcisPci13MappingOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VmQemuPcisPci13Mapping | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._deviceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.deviceId = this._deviceId;
    }
    if (this._mappingId !== undefined) {
      hasAnyValues = true;
      internalValueResult.mappingId = this._mappingId;
    }
    if (this._mdev !== undefined) {
      hasAnyValues = true;
      internalValueResult.mdev = this._mdev;
    }
    if (this._pcie !== undefined) {
      hasAnyValues = true;
      internalValueResult.pcie = this._pcie;
    }
    if (this._primaryGpu !== undefined) {
      hasAnyValues = true;
      internalValueResult.primaryGpu = this._primaryGpu;
    }
    if (this._rombar !== undefined) {
      hasAnyValues = true;
      internalValueResult.rombar = this._rombar;
    }
    if (this._subDeviceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.subDeviceId = this._subDeviceId;
    }
    if (this._subVendorId !== undefined) {
      hasAnyValues = true;
      internalValueResult.subVendorId = this._subVendorId;
    }
    if (this._vendorId !== undefined) {
      hasAnyValues = true;
      internalValueResult.vendorId = this._vendorId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuPcisPci13Mapping | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._deviceId = undefined;
      this._mappingId = undefined;
      this._mdev = undefined;
      this._pcie = undefined;
      this._primaryGpu = undefined;
      this._rombar = undefined;
      this._subDeviceId = undefined;
      this._subVendorId = undefined;
      this._vendorId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._deviceId = value.deviceId;
      this._mappingId = value.mappingId;
      this._mdev = value.mdev;
      this._pcie = value.pcie;
      this._primaryGpu = value.primaryGpu;
      this._rombar = value.rombar;
      this._subDeviceId = value.subDeviceId;
      this._subVendorId = value.subVendorId;
      this._vendorId = value.vendorId;
    }
  }

  // device_id - computed: false, optional: true, required: false
  private _deviceId?: string; 
  public get deviceId() {
    return this.getStringAttribute('device_id');
  }
  public set deviceId(value: string) {
    this._deviceId = value;
  }
  public resetDeviceId() {
    this._deviceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get deviceIdInput() {
    return this._deviceId;
  }

  // mapping_id - computed: false, optional: false, required: true
  private _mappingId?: string; 
  public get mappingId() {
    return this.getStringAttribute('mapping_id');
  }
  public set mappingId(value: string) {
    this._mappingId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get mappingIdInput() {
    return this._mappingId;
  }

  // mdev - computed: false, optional: true, required: false
  private _mdev?: string; 
  public get mdev() {
    return this.getStringAttribute('mdev');
  }
  public set mdev(value: string) {
    this._mdev = value;
  }
  public resetMdev() {
    this._mdev = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mdevInput() {
    return this._mdev;
  }

  // pcie - computed: false, optional: true, required: false
  private _pcie?: boolean | cdktf.IResolvable; 
  public get pcie() {
    return this.getBooleanAttribute('pcie');
  }
  public set pcie(value: boolean | cdktf.IResolvable) {
    this._pcie = value;
  }
  public resetPcie() {
    this._pcie = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pcieInput() {
    return this._pcie;
  }

  // primary_gpu - computed: false, optional: true, required: false
  private _primaryGpu?: boolean | cdktf.IResolvable; 
  public get primaryGpu() {
    return this.getBooleanAttribute('primary_gpu');
  }
  public set primaryGpu(value: boolean | cdktf.IResolvable) {
    this._primaryGpu = value;
  }
  public resetPrimaryGpu() {
    this._primaryGpu = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get primaryGpuInput() {
    return this._primaryGpu;
  }

  // rombar - computed: false, optional: true, required: false
  private _rombar?: boolean | cdktf.IResolvable; 
  public get rombar() {
    return this.getBooleanAttribute('rombar');
  }
  public set rombar(value: boolean | cdktf.IResolvable) {
    this._rombar = value;
  }
  public resetRombar() {
    this._rombar = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rombarInput() {
    return this._rombar;
  }

  // sub_device_id - computed: false, optional: true, required: false
  private _subDeviceId?: string; 
  public get subDeviceId() {
    return this.getStringAttribute('sub_device_id');
  }
  public set subDeviceId(value: string) {
    this._subDeviceId = value;
  }
  public resetSubDeviceId() {
    this._subDeviceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get subDeviceIdInput() {
    return this._subDeviceId;
  }

  // sub_vendor_id - computed: false, optional: true, required: false
  private _subVendorId?: string; 
  public get subVendorId() {
    return this.getStringAttribute('sub_vendor_id');
  }
  public set subVendorId(value: string) {
    this._subVendorId = value;
  }
  public resetSubVendorId() {
    this._subVendorId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get subVendorIdInput() {
    return this._subVendorId;
  }

  // vendor_id - computed: false, optional: true, required: false
  private _vendorId?: string; 
  public get vendorId() {
    return this.getStringAttribute('vendor_id');
  }
  public set vendorId(value: string) {
    this._vendorId = value;
  }
  public resetVendorId() {
    this._vendorId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vendorIdInput() {
    return this._vendorId;
  }
}
export interface VmQemuPcisPci13Raw {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#device_id VmQemu#device_id}
  */
  readonly deviceId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mdev VmQemu#mdev}
  */
  readonly mdev?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#pcie VmQemu#pcie}
  */
  readonly pcie?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#primary_gpu VmQemu#primary_gpu}
  */
  readonly primaryGpu?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#raw_id VmQemu#raw_id}
  */
  readonly rawId: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#rombar VmQemu#rombar}
  */
  readonly rombar?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#sub_device_id VmQemu#sub_device_id}
  */
  readonly subDeviceId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#sub_vendor_id VmQemu#sub_vendor_id}
  */
  readonly subVendorId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#vendor_id VmQemu#vendor_id}
  */
  readonly vendorId?: string;
}

export function vmQemuPcisPci13RawToTerraform(struct?: VmQemuPcisPci13RawOutputReference | VmQemuPcisPci13Raw): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    device_id: cdktf.stringToTerraform(struct!.deviceId),
    mdev: cdktf.stringToTerraform(struct!.mdev),
    pcie: cdktf.booleanToTerraform(struct!.pcie),
    primary_gpu: cdktf.booleanToTerraform(struct!.primaryGpu),
    raw_id: cdktf.stringToTerraform(struct!.rawId),
    rombar: cdktf.booleanToTerraform(struct!.rombar),
    sub_device_id: cdktf.stringToTerraform(struct!.subDeviceId),
    sub_vendor_id: cdktf.stringToTerraform(struct!.subVendorId),
    vendor_id: cdktf.stringToTerraform(struct!.vendorId),
  }
}


export function vmQemuPcisPci13RawToHclTerraform(struct?: VmQemuPcisPci13RawOutputReference | VmQemuPcisPci13Raw): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    device_id: {
      value: cdktf.stringToHclTerraform(struct!.deviceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    mdev: {
      value: cdktf.stringToHclTerraform(struct!.mdev),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    pcie: {
      value: cdktf.booleanToHclTerraform(struct!.pcie),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    primary_gpu: {
      value: cdktf.booleanToHclTerraform(struct!.primaryGpu),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    raw_id: {
      value: cdktf.stringToHclTerraform(struct!.rawId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    rombar: {
      value: cdktf.booleanToHclTerraform(struct!.rombar),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    sub_device_id: {
      value: cdktf.stringToHclTerraform(struct!.subDeviceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    sub_vendor_id: {
      value: cdktf.stringToHclTerraform(struct!.subVendorId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    vendor_id: {
      value: cdktf.stringToHclTerraform(struct!.vendorId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuPcisPci13RawOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VmQemuPcisPci13Raw | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._deviceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.deviceId = this._deviceId;
    }
    if (this._mdev !== undefined) {
      hasAnyValues = true;
      internalValueResult.mdev = this._mdev;
    }
    if (this._pcie !== undefined) {
      hasAnyValues = true;
      internalValueResult.pcie = this._pcie;
    }
    if (this._primaryGpu !== undefined) {
      hasAnyValues = true;
      internalValueResult.primaryGpu = this._primaryGpu;
    }
    if (this._rawId !== undefined) {
      hasAnyValues = true;
      internalValueResult.rawId = this._rawId;
    }
    if (this._rombar !== undefined) {
      hasAnyValues = true;
      internalValueResult.rombar = this._rombar;
    }
    if (this._subDeviceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.subDeviceId = this._subDeviceId;
    }
    if (this._subVendorId !== undefined) {
      hasAnyValues = true;
      internalValueResult.subVendorId = this._subVendorId;
    }
    if (this._vendorId !== undefined) {
      hasAnyValues = true;
      internalValueResult.vendorId = this._vendorId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuPcisPci13Raw | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._deviceId = undefined;
      this._mdev = undefined;
      this._pcie = undefined;
      this._primaryGpu = undefined;
      this._rawId = undefined;
      this._rombar = undefined;
      this._subDeviceId = undefined;
      this._subVendorId = undefined;
      this._vendorId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._deviceId = value.deviceId;
      this._mdev = value.mdev;
      this._pcie = value.pcie;
      this._primaryGpu = value.primaryGpu;
      this._rawId = value.rawId;
      this._rombar = value.rombar;
      this._subDeviceId = value.subDeviceId;
      this._subVendorId = value.subVendorId;
      this._vendorId = value.vendorId;
    }
  }

  // device_id - computed: false, optional: true, required: false
  private _deviceId?: string; 
  public get deviceId() {
    return this.getStringAttribute('device_id');
  }
  public set deviceId(value: string) {
    this._deviceId = value;
  }
  public resetDeviceId() {
    this._deviceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get deviceIdInput() {
    return this._deviceId;
  }

  // mdev - computed: false, optional: true, required: false
  private _mdev?: string; 
  public get mdev() {
    return this.getStringAttribute('mdev');
  }
  public set mdev(value: string) {
    this._mdev = value;
  }
  public resetMdev() {
    this._mdev = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mdevInput() {
    return this._mdev;
  }

  // pcie - computed: false, optional: true, required: false
  private _pcie?: boolean | cdktf.IResolvable; 
  public get pcie() {
    return this.getBooleanAttribute('pcie');
  }
  public set pcie(value: boolean | cdktf.IResolvable) {
    this._pcie = value;
  }
  public resetPcie() {
    this._pcie = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pcieInput() {
    return this._pcie;
  }

  // primary_gpu - computed: false, optional: true, required: false
  private _primaryGpu?: boolean | cdktf.IResolvable; 
  public get primaryGpu() {
    return this.getBooleanAttribute('primary_gpu');
  }
  public set primaryGpu(value: boolean | cdktf.IResolvable) {
    this._primaryGpu = value;
  }
  public resetPrimaryGpu() {
    this._primaryGpu = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get primaryGpuInput() {
    return this._primaryGpu;
  }

  // raw_id - computed: false, optional: false, required: true
  private _rawId?: string; 
  public get rawId() {
    return this.getStringAttribute('raw_id');
  }
  public set rawId(value: string) {
    this._rawId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get rawIdInput() {
    return this._rawId;
  }

  // rombar - computed: false, optional: true, required: false
  private _rombar?: boolean | cdktf.IResolvable; 
  public get rombar() {
    return this.getBooleanAttribute('rombar');
  }
  public set rombar(value: boolean | cdktf.IResolvable) {
    this._rombar = value;
  }
  public resetRombar() {
    this._rombar = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rombarInput() {
    return this._rombar;
  }

  // sub_device_id - computed: false, optional: true, required: false
  private _subDeviceId?: string; 
  public get subDeviceId() {
    return this.getStringAttribute('sub_device_id');
  }
  public set subDeviceId(value: string) {
    this._subDeviceId = value;
  }
  public resetSubDeviceId() {
    this._subDeviceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get subDeviceIdInput() {
    return this._subDeviceId;
  }

  // sub_vendor_id - computed: false, optional: true, required: false
  private _subVendorId?: string; 
  public get subVendorId() {
    return this.getStringAttribute('sub_vendor_id');
  }
  public set subVendorId(value: string) {
    this._subVendorId = value;
  }
  public resetSubVendorId() {
    this._subVendorId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get subVendorIdInput() {
    return this._subVendorId;
  }

  // vendor_id - computed: false, optional: true, required: false
  private _vendorId?: string; 
  public get vendorId() {
    return this.getStringAttribute('vendor_id');
  }
  public set vendorId(value: string) {
    this._vendorId = value;
  }
  public resetVendorId() {
    this._vendorId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vendorIdInput() {
    return this._vendorId;
  }
}
export interface VmQemuPcisPci13 {
  /**
  * mapping block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mapping VmQemu#mapping}
  */
  readonly mapping?: VmQemuPcisPci13Mapping;
  /**
  * raw block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#raw VmQemu#raw}
  */
  readonly raw?: VmQemuPcisPci13Raw;
}

export function vmQemuPcisPci13ToTerraform(struct?: VmQemuPcisPci13OutputReference | VmQemuPcisPci13): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    mapping: vmQemuPcisPci13MappingToTerraform(struct!.mapping),
    raw: vmQemuPcisPci13RawToTerraform(struct!.raw),
  }
}


export function vmQemuPcisPci13ToHclTerraform(struct?: VmQemuPcisPci13OutputReference | VmQemuPcisPci13): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    mapping: {
      value: vmQemuPcisPci13MappingToHclTerraform(struct!.mapping),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuPcisPci13MappingList",
    },
    raw: {
      value: vmQemuPcisPci13RawToHclTerraform(struct!.raw),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuPcisPci13RawList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuPcisPci13OutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VmQemuPcisPci13 | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._mapping?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.mapping = this._mapping?.internalValue;
    }
    if (this._raw?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.raw = this._raw?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuPcisPci13 | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._mapping.internalValue = undefined;
      this._raw.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._mapping.internalValue = value.mapping;
      this._raw.internalValue = value.raw;
    }
  }

  // mapping - computed: false, optional: true, required: false
  private _mapping = new VmQemuPcisPci13MappingOutputReference(this, "mapping");
  public get mapping() {
    return this._mapping;
  }
  public putMapping(value: VmQemuPcisPci13Mapping) {
    this._mapping.internalValue = value;
  }
  public resetMapping() {
    this._mapping.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mappingInput() {
    return this._mapping.internalValue;
  }

  // raw - computed: false, optional: true, required: false
  private _raw = new VmQemuPcisPci13RawOutputReference(this, "raw");
  public get raw() {
    return this._raw;
  }
  public putRaw(value: VmQemuPcisPci13Raw) {
    this._raw.internalValue = value;
  }
  public resetRaw() {
    this._raw.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rawInput() {
    return this._raw.internalValue;
  }
}
export interface VmQemuPcisPci14Mapping {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#device_id VmQemu#device_id}
  */
  readonly deviceId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mapping_id VmQemu#mapping_id}
  */
  readonly mappingId: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mdev VmQemu#mdev}
  */
  readonly mdev?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#pcie VmQemu#pcie}
  */
  readonly pcie?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#primary_gpu VmQemu#primary_gpu}
  */
  readonly primaryGpu?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#rombar VmQemu#rombar}
  */
  readonly rombar?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#sub_device_id VmQemu#sub_device_id}
  */
  readonly subDeviceId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#sub_vendor_id VmQemu#sub_vendor_id}
  */
  readonly subVendorId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#vendor_id VmQemu#vendor_id}
  */
  readonly vendorId?: string;
}

export function vmQemuPcisPci14MappingToTerraform(struct?: VmQemuPcisPci14MappingOutputReference | VmQemuPcisPci14Mapping): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    device_id: cdktf.stringToTerraform(struct!.deviceId),
    mapping_id: cdktf.stringToTerraform(struct!.mappingId),
    mdev: cdktf.stringToTerraform(struct!.mdev),
    pcie: cdktf.booleanToTerraform(struct!.pcie),
    primary_gpu: cdktf.booleanToTerraform(struct!.primaryGpu),
    rombar: cdktf.booleanToTerraform(struct!.rombar),
    sub_device_id: cdktf.stringToTerraform(struct!.subDeviceId),
    sub_vendor_id: cdktf.stringToTerraform(struct!.subVendorId),
    vendor_id: cdktf.stringToTerraform(struct!.vendorId),
  }
}


export function vmQemuPcisPci14MappingToHclTerraform(struct?: VmQemuPcisPci14MappingOutputReference | VmQemuPcisPci14Mapping): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    device_id: {
      value: cdktf.stringToHclTerraform(struct!.deviceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    mapping_id: {
      value: cdktf.stringToHclTerraform(struct!.mappingId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    mdev: {
      value: cdktf.stringToHclTerraform(struct!.mdev),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    pcie: {
      value: cdktf.booleanToHclTerraform(struct!.pcie),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    primary_gpu: {
      value: cdktf.booleanToHclTerraform(struct!.primaryGpu),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    rombar: {
      value: cdktf.booleanToHclTerraform(struct!.rombar),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    sub_device_id: {
      value: cdktf.stringToHclTerraform(struct!.subDeviceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    sub_vendor_id: {
      value: cdktf.stringToHclTerraform(struct!.subVendorId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    vendor_id: {
      value: cdktf.stringToHclTerraform(struct!.vendorId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuPcisPci14MappingOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VmQemuPcisPci14Mapping | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._deviceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.deviceId = this._deviceId;
    }
    if (this._mappingId !== undefined) {
      hasAnyValues = true;
      internalValueResult.mappingId = this._mappingId;
    }
    if (this._mdev !== undefined) {
      hasAnyValues = true;
      internalValueResult.mdev = this._mdev;
    }
    if (this._pcie !== undefined) {
      hasAnyValues = true;
      internalValueResult.pcie = this._pcie;
    }
    if (this._primaryGpu !== undefined) {
      hasAnyValues = true;
      internalValueResult.primaryGpu = this._primaryGpu;
    }
    if (this._rombar !== undefined) {
      hasAnyValues = true;
      internalValueResult.rombar = this._rombar;
    }
    if (this._subDeviceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.subDeviceId = this._subDeviceId;
    }
    if (this._subVendorId !== undefined) {
      hasAnyValues = true;
      internalValueResult.subVendorId = this._subVendorId;
    }
    if (this._vendorId !== undefined) {
      hasAnyValues = true;
      internalValueResult.vendorId = this._vendorId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuPcisPci14Mapping | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._deviceId = undefined;
      this._mappingId = undefined;
      this._mdev = undefined;
      this._pcie = undefined;
      this._primaryGpu = undefined;
      this._rombar = undefined;
      this._subDeviceId = undefined;
      this._subVendorId = undefined;
      this._vendorId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._deviceId = value.deviceId;
      this._mappingId = value.mappingId;
      this._mdev = value.mdev;
      this._pcie = value.pcie;
      this._primaryGpu = value.primaryGpu;
      this._rombar = value.rombar;
      this._subDeviceId = value.subDeviceId;
      this._subVendorId = value.subVendorId;
      this._vendorId = value.vendorId;
    }
  }

  // device_id - computed: false, optional: true, required: false
  private _deviceId?: string; 
  public get deviceId() {
    return this.getStringAttribute('device_id');
  }
  public set deviceId(value: string) {
    this._deviceId = value;
  }
  public resetDeviceId() {
    this._deviceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get deviceIdInput() {
    return this._deviceId;
  }

  // mapping_id - computed: false, optional: false, required: true
  private _mappingId?: string; 
  public get mappingId() {
    return this.getStringAttribute('mapping_id');
  }
  public set mappingId(value: string) {
    this._mappingId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get mappingIdInput() {
    return this._mappingId;
  }

  // mdev - computed: false, optional: true, required: false
  private _mdev?: string; 
  public get mdev() {
    return this.getStringAttribute('mdev');
  }
  public set mdev(value: string) {
    this._mdev = value;
  }
  public resetMdev() {
    this._mdev = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mdevInput() {
    return this._mdev;
  }

  // pcie - computed: false, optional: true, required: false
  private _pcie?: boolean | cdktf.IResolvable; 
  public get pcie() {
    return this.getBooleanAttribute('pcie');
  }
  public set pcie(value: boolean | cdktf.IResolvable) {
    this._pcie = value;
  }
  public resetPcie() {
    this._pcie = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pcieInput() {
    return this._pcie;
  }

  // primary_gpu - computed: false, optional: true, required: false
  private _primaryGpu?: boolean | cdktf.IResolvable; 
  public get primaryGpu() {
    return this.getBooleanAttribute('primary_gpu');
  }
  public set primaryGpu(value: boolean | cdktf.IResolvable) {
    this._primaryGpu = value;
  }
  public resetPrimaryGpu() {
    this._primaryGpu = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get primaryGpuInput() {
    return this._primaryGpu;
  }

  // rombar - computed: false, optional: true, required: false
  private _rombar?: boolean | cdktf.IResolvable; 
  public get rombar() {
    return this.getBooleanAttribute('rombar');
  }
  public set rombar(value: boolean | cdktf.IResolvable) {
    this._rombar = value;
  }
  public resetRombar() {
    this._rombar = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rombarInput() {
    return this._rombar;
  }

  // sub_device_id - computed: false, optional: true, required: false
  private _subDeviceId?: string; 
  public get subDeviceId() {
    return this.getStringAttribute('sub_device_id');
  }
  public set subDeviceId(value: string) {
    this._subDeviceId = value;
  }
  public resetSubDeviceId() {
    this._subDeviceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get subDeviceIdInput() {
    return this._subDeviceId;
  }

  // sub_vendor_id - computed: false, optional: true, required: false
  private _subVendorId?: string; 
  public get subVendorId() {
    return this.getStringAttribute('sub_vendor_id');
  }
  public set subVendorId(value: string) {
    this._subVendorId = value;
  }
  public resetSubVendorId() {
    this._subVendorId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get subVendorIdInput() {
    return this._subVendorId;
  }

  // vendor_id - computed: false, optional: true, required: false
  private _vendorId?: string; 
  public get vendorId() {
    return this.getStringAttribute('vendor_id');
  }
  public set vendorId(value: string) {
    this._vendorId = value;
  }
  public resetVendorId() {
    this._vendorId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vendorIdInput() {
    return this._vendorId;
  }
}
export interface VmQemuPcisPci14Raw {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#device_id VmQemu#device_id}
  */
  readonly deviceId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mdev VmQemu#mdev}
  */
  readonly mdev?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#pcie VmQemu#pcie}
  */
  readonly pcie?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#primary_gpu VmQemu#primary_gpu}
  */
  readonly primaryGpu?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#raw_id VmQemu#raw_id}
  */
  readonly rawId: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#rombar VmQemu#rombar}
  */
  readonly rombar?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#sub_device_id VmQemu#sub_device_id}
  */
  readonly subDeviceId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#sub_vendor_id VmQemu#sub_vendor_id}
  */
  readonly subVendorId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#vendor_id VmQemu#vendor_id}
  */
  readonly vendorId?: string;
}

export function vmQemuPcisPci14RawToTerraform(struct?: VmQemuPcisPci14RawOutputReference | VmQemuPcisPci14Raw): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    device_id: cdktf.stringToTerraform(struct!.deviceId),
    mdev: cdktf.stringToTerraform(struct!.mdev),
    pcie: cdktf.booleanToTerraform(struct!.pcie),
    primary_gpu: cdktf.booleanToTerraform(struct!.primaryGpu),
    raw_id: cdktf.stringToTerraform(struct!.rawId),
    rombar: cdktf.booleanToTerraform(struct!.rombar),
    sub_device_id: cdktf.stringToTerraform(struct!.subDeviceId),
    sub_vendor_id: cdktf.stringToTerraform(struct!.subVendorId),
    vendor_id: cdktf.stringToTerraform(struct!.vendorId),
  }
}


export function vmQemuPcisPci14RawToHclTerraform(struct?: VmQemuPcisPci14RawOutputReference | VmQemuPcisPci14Raw): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    device_id: {
      value: cdktf.stringToHclTerraform(struct!.deviceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    mdev: {
      value: cdktf.stringToHclTerraform(struct!.mdev),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    pcie: {
      value: cdktf.booleanToHclTerraform(struct!.pcie),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    primary_gpu: {
      value: cdktf.booleanToHclTerraform(struct!.primaryGpu),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    raw_id: {
      value: cdktf.stringToHclTerraform(struct!.rawId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    rombar: {
      value: cdktf.booleanToHclTerraform(struct!.rombar),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    sub_device_id: {
      value: cdktf.stringToHclTerraform(struct!.subDeviceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    sub_vendor_id: {
      value: cdktf.stringToHclTerraform(struct!.subVendorId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    vendor_id: {
      value: cdktf.stringToHclTerraform(struct!.vendorId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuPcisPci14RawOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VmQemuPcisPci14Raw | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._deviceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.deviceId = this._deviceId;
    }
    if (this._mdev !== undefined) {
      hasAnyValues = true;
      internalValueResult.mdev = this._mdev;
    }
    if (this._pcie !== undefined) {
      hasAnyValues = true;
      internalValueResult.pcie = this._pcie;
    }
    if (this._primaryGpu !== undefined) {
      hasAnyValues = true;
      internalValueResult.primaryGpu = this._primaryGpu;
    }
    if (this._rawId !== undefined) {
      hasAnyValues = true;
      internalValueResult.rawId = this._rawId;
    }
    if (this._rombar !== undefined) {
      hasAnyValues = true;
      internalValueResult.rombar = this._rombar;
    }
    if (this._subDeviceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.subDeviceId = this._subDeviceId;
    }
    if (this._subVendorId !== undefined) {
      hasAnyValues = true;
      internalValueResult.subVendorId = this._subVendorId;
    }
    if (this._vendorId !== undefined) {
      hasAnyValues = true;
      internalValueResult.vendorId = this._vendorId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuPcisPci14Raw | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._deviceId = undefined;
      this._mdev = undefined;
      this._pcie = undefined;
      this._primaryGpu = undefined;
      this._rawId = undefined;
      this._rombar = undefined;
      this._subDeviceId = undefined;
      this._subVendorId = undefined;
      this._vendorId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._deviceId = value.deviceId;
      this._mdev = value.mdev;
      this._pcie = value.pcie;
      this._primaryGpu = value.primaryGpu;
      this._rawId = value.rawId;
      this._rombar = value.rombar;
      this._subDeviceId = value.subDeviceId;
      this._subVendorId = value.subVendorId;
      this._vendorId = value.vendorId;
    }
  }

  // device_id - computed: false, optional: true, required: false
  private _deviceId?: string; 
  public get deviceId() {
    return this.getStringAttribute('device_id');
  }
  public set deviceId(value: string) {
    this._deviceId = value;
  }
  public resetDeviceId() {
    this._deviceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get deviceIdInput() {
    return this._deviceId;
  }

  // mdev - computed: false, optional: true, required: false
  private _mdev?: string; 
  public get mdev() {
    return this.getStringAttribute('mdev');
  }
  public set mdev(value: string) {
    this._mdev = value;
  }
  public resetMdev() {
    this._mdev = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mdevInput() {
    return this._mdev;
  }

  // pcie - computed: false, optional: true, required: false
  private _pcie?: boolean | cdktf.IResolvable; 
  public get pcie() {
    return this.getBooleanAttribute('pcie');
  }
  public set pcie(value: boolean | cdktf.IResolvable) {
    this._pcie = value;
  }
  public resetPcie() {
    this._pcie = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pcieInput() {
    return this._pcie;
  }

  // primary_gpu - computed: false, optional: true, required: false
  private _primaryGpu?: boolean | cdktf.IResolvable; 
  public get primaryGpu() {
    return this.getBooleanAttribute('primary_gpu');
  }
  public set primaryGpu(value: boolean | cdktf.IResolvable) {
    this._primaryGpu = value;
  }
  public resetPrimaryGpu() {
    this._primaryGpu = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get primaryGpuInput() {
    return this._primaryGpu;
  }

  // raw_id - computed: false, optional: false, required: true
  private _rawId?: string; 
  public get rawId() {
    return this.getStringAttribute('raw_id');
  }
  public set rawId(value: string) {
    this._rawId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get rawIdInput() {
    return this._rawId;
  }

  // rombar - computed: false, optional: true, required: false
  private _rombar?: boolean | cdktf.IResolvable; 
  public get rombar() {
    return this.getBooleanAttribute('rombar');
  }
  public set rombar(value: boolean | cdktf.IResolvable) {
    this._rombar = value;
  }
  public resetRombar() {
    this._rombar = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rombarInput() {
    return this._rombar;
  }

  // sub_device_id - computed: false, optional: true, required: false
  private _subDeviceId?: string; 
  public get subDeviceId() {
    return this.getStringAttribute('sub_device_id');
  }
  public set subDeviceId(value: string) {
    this._subDeviceId = value;
  }
  public resetSubDeviceId() {
    this._subDeviceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get subDeviceIdInput() {
    return this._subDeviceId;
  }

  // sub_vendor_id - computed: false, optional: true, required: false
  private _subVendorId?: string; 
  public get subVendorId() {
    return this.getStringAttribute('sub_vendor_id');
  }
  public set subVendorId(value: string) {
    this._subVendorId = value;
  }
  public resetSubVendorId() {
    this._subVendorId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get subVendorIdInput() {
    return this._subVendorId;
  }

  // vendor_id - computed: false, optional: true, required: false
  private _vendorId?: string; 
  public get vendorId() {
    return this.getStringAttribute('vendor_id');
  }
  public set vendorId(value: string) {
    this._vendorId = value;
  }
  public resetVendorId() {
    this._vendorId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vendorIdInput() {
    return this._vendorId;
  }
}
export interface VmQemuPcisPci14 {
  /**
  * mapping block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mapping VmQemu#mapping}
  */
  readonly mapping?: VmQemuPcisPci14Mapping;
  /**
  * raw block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#raw VmQemu#raw}
  */
  readonly raw?: VmQemuPcisPci14Raw;
}

export function vmQemuPcisPci14ToTerraform(struct?: VmQemuPcisPci14OutputReference | VmQemuPcisPci14): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    mapping: vmQemuPcisPci14MappingToTerraform(struct!.mapping),
    raw: vmQemuPcisPci14RawToTerraform(struct!.raw),
  }
}


export function vmQemuPcisPci14ToHclTerraform(struct?: VmQemuPcisPci14OutputReference | VmQemuPcisPci14): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    mapping: {
      value: vmQemuPcisPci14MappingToHclTerraform(struct!.mapping),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuPcisPci14MappingList",
    },
    raw: {
      value: vmQemuPcisPci14RawToHclTerraform(struct!.raw),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuPcisPci14RawList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuPcisPci14OutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VmQemuPcisPci14 | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._mapping?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.mapping = this._mapping?.internalValue;
    }
    if (this._raw?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.raw = this._raw?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuPcisPci14 | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._mapping.internalValue = undefined;
      this._raw.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._mapping.internalValue = value.mapping;
      this._raw.internalValue = value.raw;
    }
  }

  // mapping - computed: false, optional: true, required: false
  private _mapping = new VmQemuPcisPci14MappingOutputReference(this, "mapping");
  public get mapping() {
    return this._mapping;
  }
  public putMapping(value: VmQemuPcisPci14Mapping) {
    this._mapping.internalValue = value;
  }
  public resetMapping() {
    this._mapping.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mappingInput() {
    return this._mapping.internalValue;
  }

  // raw - computed: false, optional: true, required: false
  private _raw = new VmQemuPcisPci14RawOutputReference(this, "raw");
  public get raw() {
    return this._raw;
  }
  public putRaw(value: VmQemuPcisPci14Raw) {
    this._raw.internalValue = value;
  }
  public resetRaw() {
    this._raw.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rawInput() {
    return this._raw.internalValue;
  }
}
export interface VmQemuPcisPci2Mapping {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#device_id VmQemu#device_id}
  */
  readonly deviceId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mapping_id VmQemu#mapping_id}
  */
  readonly mappingId: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mdev VmQemu#mdev}
  */
  readonly mdev?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#pcie VmQemu#pcie}
  */
  readonly pcie?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#primary_gpu VmQemu#primary_gpu}
  */
  readonly primaryGpu?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#rombar VmQemu#rombar}
  */
  readonly rombar?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#sub_device_id VmQemu#sub_device_id}
  */
  readonly subDeviceId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#sub_vendor_id VmQemu#sub_vendor_id}
  */
  readonly subVendorId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#vendor_id VmQemu#vendor_id}
  */
  readonly vendorId?: string;
}

export function vmQemuPcisPci2MappingToTerraform(struct?: VmQemuPcisPci2MappingOutputReference | VmQemuPcisPci2Mapping): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    device_id: cdktf.stringToTerraform(struct!.deviceId),
    mapping_id: cdktf.stringToTerraform(struct!.mappingId),
    mdev: cdktf.stringToTerraform(struct!.mdev),
    pcie: cdktf.booleanToTerraform(struct!.pcie),
    primary_gpu: cdktf.booleanToTerraform(struct!.primaryGpu),
    rombar: cdktf.booleanToTerraform(struct!.rombar),
    sub_device_id: cdktf.stringToTerraform(struct!.subDeviceId),
    sub_vendor_id: cdktf.stringToTerraform(struct!.subVendorId),
    vendor_id: cdktf.stringToTerraform(struct!.vendorId),
  }
}


export function vmQemuPcisPci2MappingToHclTerraform(struct?: VmQemuPcisPci2MappingOutputReference | VmQemuPcisPci2Mapping): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    device_id: {
      value: cdktf.stringToHclTerraform(struct!.deviceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    mapping_id: {
      value: cdktf.stringToHclTerraform(struct!.mappingId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    mdev: {
      value: cdktf.stringToHclTerraform(struct!.mdev),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    pcie: {
      value: cdktf.booleanToHclTerraform(struct!.pcie),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    primary_gpu: {
      value: cdktf.booleanToHclTerraform(struct!.primaryGpu),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    rombar: {
      value: cdktf.booleanToHclTerraform(struct!.rombar),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    sub_device_id: {
      value: cdktf.stringToHclTerraform(struct!.subDeviceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    sub_vendor_id: {
      value: cdktf.stringToHclTerraform(struct!.subVendorId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    vendor_id: {
      value: cdktf.stringToHclTerraform(struct!.vendorId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuPcisPci2MappingOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VmQemuPcisPci2Mapping | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._deviceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.deviceId = this._deviceId;
    }
    if (this._mappingId !== undefined) {
      hasAnyValues = true;
      internalValueResult.mappingId = this._mappingId;
    }
    if (this._mdev !== undefined) {
      hasAnyValues = true;
      internalValueResult.mdev = this._mdev;
    }
    if (this._pcie !== undefined) {
      hasAnyValues = true;
      internalValueResult.pcie = this._pcie;
    }
    if (this._primaryGpu !== undefined) {
      hasAnyValues = true;
      internalValueResult.primaryGpu = this._primaryGpu;
    }
    if (this._rombar !== undefined) {
      hasAnyValues = true;
      internalValueResult.rombar = this._rombar;
    }
    if (this._subDeviceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.subDeviceId = this._subDeviceId;
    }
    if (this._subVendorId !== undefined) {
      hasAnyValues = true;
      internalValueResult.subVendorId = this._subVendorId;
    }
    if (this._vendorId !== undefined) {
      hasAnyValues = true;
      internalValueResult.vendorId = this._vendorId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuPcisPci2Mapping | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._deviceId = undefined;
      this._mappingId = undefined;
      this._mdev = undefined;
      this._pcie = undefined;
      this._primaryGpu = undefined;
      this._rombar = undefined;
      this._subDeviceId = undefined;
      this._subVendorId = undefined;
      this._vendorId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._deviceId = value.deviceId;
      this._mappingId = value.mappingId;
      this._mdev = value.mdev;
      this._pcie = value.pcie;
      this._primaryGpu = value.primaryGpu;
      this._rombar = value.rombar;
      this._subDeviceId = value.subDeviceId;
      this._subVendorId = value.subVendorId;
      this._vendorId = value.vendorId;
    }
  }

  // device_id - computed: false, optional: true, required: false
  private _deviceId?: string; 
  public get deviceId() {
    return this.getStringAttribute('device_id');
  }
  public set deviceId(value: string) {
    this._deviceId = value;
  }
  public resetDeviceId() {
    this._deviceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get deviceIdInput() {
    return this._deviceId;
  }

  // mapping_id - computed: false, optional: false, required: true
  private _mappingId?: string; 
  public get mappingId() {
    return this.getStringAttribute('mapping_id');
  }
  public set mappingId(value: string) {
    this._mappingId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get mappingIdInput() {
    return this._mappingId;
  }

  // mdev - computed: false, optional: true, required: false
  private _mdev?: string; 
  public get mdev() {
    return this.getStringAttribute('mdev');
  }
  public set mdev(value: string) {
    this._mdev = value;
  }
  public resetMdev() {
    this._mdev = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mdevInput() {
    return this._mdev;
  }

  // pcie - computed: false, optional: true, required: false
  private _pcie?: boolean | cdktf.IResolvable; 
  public get pcie() {
    return this.getBooleanAttribute('pcie');
  }
  public set pcie(value: boolean | cdktf.IResolvable) {
    this._pcie = value;
  }
  public resetPcie() {
    this._pcie = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pcieInput() {
    return this._pcie;
  }

  // primary_gpu - computed: false, optional: true, required: false
  private _primaryGpu?: boolean | cdktf.IResolvable; 
  public get primaryGpu() {
    return this.getBooleanAttribute('primary_gpu');
  }
  public set primaryGpu(value: boolean | cdktf.IResolvable) {
    this._primaryGpu = value;
  }
  public resetPrimaryGpu() {
    this._primaryGpu = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get primaryGpuInput() {
    return this._primaryGpu;
  }

  // rombar - computed: false, optional: true, required: false
  private _rombar?: boolean | cdktf.IResolvable; 
  public get rombar() {
    return this.getBooleanAttribute('rombar');
  }
  public set rombar(value: boolean | cdktf.IResolvable) {
    this._rombar = value;
  }
  public resetRombar() {
    this._rombar = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rombarInput() {
    return this._rombar;
  }

  // sub_device_id - computed: false, optional: true, required: false
  private _subDeviceId?: string; 
  public get subDeviceId() {
    return this.getStringAttribute('sub_device_id');
  }
  public set subDeviceId(value: string) {
    this._subDeviceId = value;
  }
  public resetSubDeviceId() {
    this._subDeviceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get subDeviceIdInput() {
    return this._subDeviceId;
  }

  // sub_vendor_id - computed: false, optional: true, required: false
  private _subVendorId?: string; 
  public get subVendorId() {
    return this.getStringAttribute('sub_vendor_id');
  }
  public set subVendorId(value: string) {
    this._subVendorId = value;
  }
  public resetSubVendorId() {
    this._subVendorId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get subVendorIdInput() {
    return this._subVendorId;
  }

  // vendor_id - computed: false, optional: true, required: false
  private _vendorId?: string; 
  public get vendorId() {
    return this.getStringAttribute('vendor_id');
  }
  public set vendorId(value: string) {
    this._vendorId = value;
  }
  public resetVendorId() {
    this._vendorId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vendorIdInput() {
    return this._vendorId;
  }
}
export interface VmQemuPcisPci2Raw {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#device_id VmQemu#device_id}
  */
  readonly deviceId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mdev VmQemu#mdev}
  */
  readonly mdev?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#pcie VmQemu#pcie}
  */
  readonly pcie?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#primary_gpu VmQemu#primary_gpu}
  */
  readonly primaryGpu?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#raw_id VmQemu#raw_id}
  */
  readonly rawId: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#rombar VmQemu#rombar}
  */
  readonly rombar?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#sub_device_id VmQemu#sub_device_id}
  */
  readonly subDeviceId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#sub_vendor_id VmQemu#sub_vendor_id}
  */
  readonly subVendorId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#vendor_id VmQemu#vendor_id}
  */
  readonly vendorId?: string;
}

export function vmQemuPcisPci2RawToTerraform(struct?: VmQemuPcisPci2RawOutputReference | VmQemuPcisPci2Raw): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    device_id: cdktf.stringToTerraform(struct!.deviceId),
    mdev: cdktf.stringToTerraform(struct!.mdev),
    pcie: cdktf.booleanToTerraform(struct!.pcie),
    primary_gpu: cdktf.booleanToTerraform(struct!.primaryGpu),
    raw_id: cdktf.stringToTerraform(struct!.rawId),
    rombar: cdktf.booleanToTerraform(struct!.rombar),
    sub_device_id: cdktf.stringToTerraform(struct!.subDeviceId),
    sub_vendor_id: cdktf.stringToTerraform(struct!.subVendorId),
    vendor_id: cdktf.stringToTerraform(struct!.vendorId),
  }
}


export function vmQemuPcisPci2RawToHclTerraform(struct?: VmQemuPcisPci2RawOutputReference | VmQemuPcisPci2Raw): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    device_id: {
      value: cdktf.stringToHclTerraform(struct!.deviceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    mdev: {
      value: cdktf.stringToHclTerraform(struct!.mdev),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    pcie: {
      value: cdktf.booleanToHclTerraform(struct!.pcie),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    primary_gpu: {
      value: cdktf.booleanToHclTerraform(struct!.primaryGpu),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    raw_id: {
      value: cdktf.stringToHclTerraform(struct!.rawId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    rombar: {
      value: cdktf.booleanToHclTerraform(struct!.rombar),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    sub_device_id: {
      value: cdktf.stringToHclTerraform(struct!.subDeviceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    sub_vendor_id: {
      value: cdktf.stringToHclTerraform(struct!.subVendorId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    vendor_id: {
      value: cdktf.stringToHclTerraform(struct!.vendorId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuPcisPci2RawOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VmQemuPcisPci2Raw | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._deviceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.deviceId = this._deviceId;
    }
    if (this._mdev !== undefined) {
      hasAnyValues = true;
      internalValueResult.mdev = this._mdev;
    }
    if (this._pcie !== undefined) {
      hasAnyValues = true;
      internalValueResult.pcie = this._pcie;
    }
    if (this._primaryGpu !== undefined) {
      hasAnyValues = true;
      internalValueResult.primaryGpu = this._primaryGpu;
    }
    if (this._rawId !== undefined) {
      hasAnyValues = true;
      internalValueResult.rawId = this._rawId;
    }
    if (this._rombar !== undefined) {
      hasAnyValues = true;
      internalValueResult.rombar = this._rombar;
    }
    if (this._subDeviceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.subDeviceId = this._subDeviceId;
    }
    if (this._subVendorId !== undefined) {
      hasAnyValues = true;
      internalValueResult.subVendorId = this._subVendorId;
    }
    if (this._vendorId !== undefined) {
      hasAnyValues = true;
      internalValueResult.vendorId = this._vendorId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuPcisPci2Raw | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._deviceId = undefined;
      this._mdev = undefined;
      this._pcie = undefined;
      this._primaryGpu = undefined;
      this._rawId = undefined;
      this._rombar = undefined;
      this._subDeviceId = undefined;
      this._subVendorId = undefined;
      this._vendorId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._deviceId = value.deviceId;
      this._mdev = value.mdev;
      this._pcie = value.pcie;
      this._primaryGpu = value.primaryGpu;
      this._rawId = value.rawId;
      this._rombar = value.rombar;
      this._subDeviceId = value.subDeviceId;
      this._subVendorId = value.subVendorId;
      this._vendorId = value.vendorId;
    }
  }

  // device_id - computed: false, optional: true, required: false
  private _deviceId?: string; 
  public get deviceId() {
    return this.getStringAttribute('device_id');
  }
  public set deviceId(value: string) {
    this._deviceId = value;
  }
  public resetDeviceId() {
    this._deviceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get deviceIdInput() {
    return this._deviceId;
  }

  // mdev - computed: false, optional: true, required: false
  private _mdev?: string; 
  public get mdev() {
    return this.getStringAttribute('mdev');
  }
  public set mdev(value: string) {
    this._mdev = value;
  }
  public resetMdev() {
    this._mdev = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mdevInput() {
    return this._mdev;
  }

  // pcie - computed: false, optional: true, required: false
  private _pcie?: boolean | cdktf.IResolvable; 
  public get pcie() {
    return this.getBooleanAttribute('pcie');
  }
  public set pcie(value: boolean | cdktf.IResolvable) {
    this._pcie = value;
  }
  public resetPcie() {
    this._pcie = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pcieInput() {
    return this._pcie;
  }

  // primary_gpu - computed: false, optional: true, required: false
  private _primaryGpu?: boolean | cdktf.IResolvable; 
  public get primaryGpu() {
    return this.getBooleanAttribute('primary_gpu');
  }
  public set primaryGpu(value: boolean | cdktf.IResolvable) {
    this._primaryGpu = value;
  }
  public resetPrimaryGpu() {
    this._primaryGpu = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get primaryGpuInput() {
    return this._primaryGpu;
  }

  // raw_id - computed: false, optional: false, required: true
  private _rawId?: string; 
  public get rawId() {
    return this.getStringAttribute('raw_id');
  }
  public set rawId(value: string) {
    this._rawId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get rawIdInput() {
    return this._rawId;
  }

  // rombar - computed: false, optional: true, required: false
  private _rombar?: boolean | cdktf.IResolvable; 
  public get rombar() {
    return this.getBooleanAttribute('rombar');
  }
  public set rombar(value: boolean | cdktf.IResolvable) {
    this._rombar = value;
  }
  public resetRombar() {
    this._rombar = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rombarInput() {
    return this._rombar;
  }

  // sub_device_id - computed: false, optional: true, required: false
  private _subDeviceId?: string; 
  public get subDeviceId() {
    return this.getStringAttribute('sub_device_id');
  }
  public set subDeviceId(value: string) {
    this._subDeviceId = value;
  }
  public resetSubDeviceId() {
    this._subDeviceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get subDeviceIdInput() {
    return this._subDeviceId;
  }

  // sub_vendor_id - computed: false, optional: true, required: false
  private _subVendorId?: string; 
  public get subVendorId() {
    return this.getStringAttribute('sub_vendor_id');
  }
  public set subVendorId(value: string) {
    this._subVendorId = value;
  }
  public resetSubVendorId() {
    this._subVendorId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get subVendorIdInput() {
    return this._subVendorId;
  }

  // vendor_id - computed: false, optional: true, required: false
  private _vendorId?: string; 
  public get vendorId() {
    return this.getStringAttribute('vendor_id');
  }
  public set vendorId(value: string) {
    this._vendorId = value;
  }
  public resetVendorId() {
    this._vendorId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vendorIdInput() {
    return this._vendorId;
  }
}
export interface VmQemuPcisPci2 {
  /**
  * mapping block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mapping VmQemu#mapping}
  */
  readonly mapping?: VmQemuPcisPci2Mapping;
  /**
  * raw block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#raw VmQemu#raw}
  */
  readonly raw?: VmQemuPcisPci2Raw;
}

export function vmQemuPcisPci2ToTerraform(struct?: VmQemuPcisPci2OutputReference | VmQemuPcisPci2): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    mapping: vmQemuPcisPci2MappingToTerraform(struct!.mapping),
    raw: vmQemuPcisPci2RawToTerraform(struct!.raw),
  }
}


export function vmQemuPcisPci2ToHclTerraform(struct?: VmQemuPcisPci2OutputReference | VmQemuPcisPci2): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    mapping: {
      value: vmQemuPcisPci2MappingToHclTerraform(struct!.mapping),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuPcisPci2MappingList",
    },
    raw: {
      value: vmQemuPcisPci2RawToHclTerraform(struct!.raw),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuPcisPci2RawList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuPcisPci2OutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VmQemuPcisPci2 | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._mapping?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.mapping = this._mapping?.internalValue;
    }
    if (this._raw?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.raw = this._raw?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuPcisPci2 | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._mapping.internalValue = undefined;
      this._raw.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._mapping.internalValue = value.mapping;
      this._raw.internalValue = value.raw;
    }
  }

  // mapping - computed: false, optional: true, required: false
  private _mapping = new VmQemuPcisPci2MappingOutputReference(this, "mapping");
  public get mapping() {
    return this._mapping;
  }
  public putMapping(value: VmQemuPcisPci2Mapping) {
    this._mapping.internalValue = value;
  }
  public resetMapping() {
    this._mapping.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mappingInput() {
    return this._mapping.internalValue;
  }

  // raw - computed: false, optional: true, required: false
  private _raw = new VmQemuPcisPci2RawOutputReference(this, "raw");
  public get raw() {
    return this._raw;
  }
  public putRaw(value: VmQemuPcisPci2Raw) {
    this._raw.internalValue = value;
  }
  public resetRaw() {
    this._raw.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rawInput() {
    return this._raw.internalValue;
  }
}
export interface VmQemuPcisPci3Mapping {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#device_id VmQemu#device_id}
  */
  readonly deviceId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mapping_id VmQemu#mapping_id}
  */
  readonly mappingId: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mdev VmQemu#mdev}
  */
  readonly mdev?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#pcie VmQemu#pcie}
  */
  readonly pcie?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#primary_gpu VmQemu#primary_gpu}
  */
  readonly primaryGpu?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#rombar VmQemu#rombar}
  */
  readonly rombar?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#sub_device_id VmQemu#sub_device_id}
  */
  readonly subDeviceId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#sub_vendor_id VmQemu#sub_vendor_id}
  */
  readonly subVendorId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#vendor_id VmQemu#vendor_id}
  */
  readonly vendorId?: string;
}

export function vmQemuPcisPci3MappingToTerraform(struct?: VmQemuPcisPci3MappingOutputReference | VmQemuPcisPci3Mapping): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    device_id: cdktf.stringToTerraform(struct!.deviceId),
    mapping_id: cdktf.stringToTerraform(struct!.mappingId),
    mdev: cdktf.stringToTerraform(struct!.mdev),
    pcie: cdktf.booleanToTerraform(struct!.pcie),
    primary_gpu: cdktf.booleanToTerraform(struct!.primaryGpu),
    rombar: cdktf.booleanToTerraform(struct!.rombar),
    sub_device_id: cdktf.stringToTerraform(struct!.subDeviceId),
    sub_vendor_id: cdktf.stringToTerraform(struct!.subVendorId),
    vendor_id: cdktf.stringToTerraform(struct!.vendorId),
  }
}


export function vmQemuPcisPci3MappingToHclTerraform(struct?: VmQemuPcisPci3MappingOutputReference | VmQemuPcisPci3Mapping): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    device_id: {
      value: cdktf.stringToHclTerraform(struct!.deviceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    mapping_id: {
      value: cdktf.stringToHclTerraform(struct!.mappingId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    mdev: {
      value: cdktf.stringToHclTerraform(struct!.mdev),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    pcie: {
      value: cdktf.booleanToHclTerraform(struct!.pcie),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    primary_gpu: {
      value: cdktf.booleanToHclTerraform(struct!.primaryGpu),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    rombar: {
      value: cdktf.booleanToHclTerraform(struct!.rombar),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    sub_device_id: {
      value: cdktf.stringToHclTerraform(struct!.subDeviceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    sub_vendor_id: {
      value: cdktf.stringToHclTerraform(struct!.subVendorId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    vendor_id: {
      value: cdktf.stringToHclTerraform(struct!.vendorId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuPcisPci3MappingOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VmQemuPcisPci3Mapping | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._deviceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.deviceId = this._deviceId;
    }
    if (this._mappingId !== undefined) {
      hasAnyValues = true;
      internalValueResult.mappingId = this._mappingId;
    }
    if (this._mdev !== undefined) {
      hasAnyValues = true;
      internalValueResult.mdev = this._mdev;
    }
    if (this._pcie !== undefined) {
      hasAnyValues = true;
      internalValueResult.pcie = this._pcie;
    }
    if (this._primaryGpu !== undefined) {
      hasAnyValues = true;
      internalValueResult.primaryGpu = this._primaryGpu;
    }
    if (this._rombar !== undefined) {
      hasAnyValues = true;
      internalValueResult.rombar = this._rombar;
    }
    if (this._subDeviceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.subDeviceId = this._subDeviceId;
    }
    if (this._subVendorId !== undefined) {
      hasAnyValues = true;
      internalValueResult.subVendorId = this._subVendorId;
    }
    if (this._vendorId !== undefined) {
      hasAnyValues = true;
      internalValueResult.vendorId = this._vendorId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuPcisPci3Mapping | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._deviceId = undefined;
      this._mappingId = undefined;
      this._mdev = undefined;
      this._pcie = undefined;
      this._primaryGpu = undefined;
      this._rombar = undefined;
      this._subDeviceId = undefined;
      this._subVendorId = undefined;
      this._vendorId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._deviceId = value.deviceId;
      this._mappingId = value.mappingId;
      this._mdev = value.mdev;
      this._pcie = value.pcie;
      this._primaryGpu = value.primaryGpu;
      this._rombar = value.rombar;
      this._subDeviceId = value.subDeviceId;
      this._subVendorId = value.subVendorId;
      this._vendorId = value.vendorId;
    }
  }

  // device_id - computed: false, optional: true, required: false
  private _deviceId?: string; 
  public get deviceId() {
    return this.getStringAttribute('device_id');
  }
  public set deviceId(value: string) {
    this._deviceId = value;
  }
  public resetDeviceId() {
    this._deviceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get deviceIdInput() {
    return this._deviceId;
  }

  // mapping_id - computed: false, optional: false, required: true
  private _mappingId?: string; 
  public get mappingId() {
    return this.getStringAttribute('mapping_id');
  }
  public set mappingId(value: string) {
    this._mappingId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get mappingIdInput() {
    return this._mappingId;
  }

  // mdev - computed: false, optional: true, required: false
  private _mdev?: string; 
  public get mdev() {
    return this.getStringAttribute('mdev');
  }
  public set mdev(value: string) {
    this._mdev = value;
  }
  public resetMdev() {
    this._mdev = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mdevInput() {
    return this._mdev;
  }

  // pcie - computed: false, optional: true, required: false
  private _pcie?: boolean | cdktf.IResolvable; 
  public get pcie() {
    return this.getBooleanAttribute('pcie');
  }
  public set pcie(value: boolean | cdktf.IResolvable) {
    this._pcie = value;
  }
  public resetPcie() {
    this._pcie = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pcieInput() {
    return this._pcie;
  }

  // primary_gpu - computed: false, optional: true, required: false
  private _primaryGpu?: boolean | cdktf.IResolvable; 
  public get primaryGpu() {
    return this.getBooleanAttribute('primary_gpu');
  }
  public set primaryGpu(value: boolean | cdktf.IResolvable) {
    this._primaryGpu = value;
  }
  public resetPrimaryGpu() {
    this._primaryGpu = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get primaryGpuInput() {
    return this._primaryGpu;
  }

  // rombar - computed: false, optional: true, required: false
  private _rombar?: boolean | cdktf.IResolvable; 
  public get rombar() {
    return this.getBooleanAttribute('rombar');
  }
  public set rombar(value: boolean | cdktf.IResolvable) {
    this._rombar = value;
  }
  public resetRombar() {
    this._rombar = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rombarInput() {
    return this._rombar;
  }

  // sub_device_id - computed: false, optional: true, required: false
  private _subDeviceId?: string; 
  public get subDeviceId() {
    return this.getStringAttribute('sub_device_id');
  }
  public set subDeviceId(value: string) {
    this._subDeviceId = value;
  }
  public resetSubDeviceId() {
    this._subDeviceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get subDeviceIdInput() {
    return this._subDeviceId;
  }

  // sub_vendor_id - computed: false, optional: true, required: false
  private _subVendorId?: string; 
  public get subVendorId() {
    return this.getStringAttribute('sub_vendor_id');
  }
  public set subVendorId(value: string) {
    this._subVendorId = value;
  }
  public resetSubVendorId() {
    this._subVendorId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get subVendorIdInput() {
    return this._subVendorId;
  }

  // vendor_id - computed: false, optional: true, required: false
  private _vendorId?: string; 
  public get vendorId() {
    return this.getStringAttribute('vendor_id');
  }
  public set vendorId(value: string) {
    this._vendorId = value;
  }
  public resetVendorId() {
    this._vendorId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vendorIdInput() {
    return this._vendorId;
  }
}
export interface VmQemuPcisPci3Raw {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#device_id VmQemu#device_id}
  */
  readonly deviceId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mdev VmQemu#mdev}
  */
  readonly mdev?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#pcie VmQemu#pcie}
  */
  readonly pcie?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#primary_gpu VmQemu#primary_gpu}
  */
  readonly primaryGpu?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#raw_id VmQemu#raw_id}
  */
  readonly rawId: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#rombar VmQemu#rombar}
  */
  readonly rombar?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#sub_device_id VmQemu#sub_device_id}
  */
  readonly subDeviceId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#sub_vendor_id VmQemu#sub_vendor_id}
  */
  readonly subVendorId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#vendor_id VmQemu#vendor_id}
  */
  readonly vendorId?: string;
}

export function vmQemuPcisPci3RawToTerraform(struct?: VmQemuPcisPci3RawOutputReference | VmQemuPcisPci3Raw): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    device_id: cdktf.stringToTerraform(struct!.deviceId),
    mdev: cdktf.stringToTerraform(struct!.mdev),
    pcie: cdktf.booleanToTerraform(struct!.pcie),
    primary_gpu: cdktf.booleanToTerraform(struct!.primaryGpu),
    raw_id: cdktf.stringToTerraform(struct!.rawId),
    rombar: cdktf.booleanToTerraform(struct!.rombar),
    sub_device_id: cdktf.stringToTerraform(struct!.subDeviceId),
    sub_vendor_id: cdktf.stringToTerraform(struct!.subVendorId),
    vendor_id: cdktf.stringToTerraform(struct!.vendorId),
  }
}


export function vmQemuPcisPci3RawToHclTerraform(struct?: VmQemuPcisPci3RawOutputReference | VmQemuPcisPci3Raw): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    device_id: {
      value: cdktf.stringToHclTerraform(struct!.deviceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    mdev: {
      value: cdktf.stringToHclTerraform(struct!.mdev),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    pcie: {
      value: cdktf.booleanToHclTerraform(struct!.pcie),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    primary_gpu: {
      value: cdktf.booleanToHclTerraform(struct!.primaryGpu),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    raw_id: {
      value: cdktf.stringToHclTerraform(struct!.rawId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    rombar: {
      value: cdktf.booleanToHclTerraform(struct!.rombar),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    sub_device_id: {
      value: cdktf.stringToHclTerraform(struct!.subDeviceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    sub_vendor_id: {
      value: cdktf.stringToHclTerraform(struct!.subVendorId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    vendor_id: {
      value: cdktf.stringToHclTerraform(struct!.vendorId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuPcisPci3RawOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VmQemuPcisPci3Raw | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._deviceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.deviceId = this._deviceId;
    }
    if (this._mdev !== undefined) {
      hasAnyValues = true;
      internalValueResult.mdev = this._mdev;
    }
    if (this._pcie !== undefined) {
      hasAnyValues = true;
      internalValueResult.pcie = this._pcie;
    }
    if (this._primaryGpu !== undefined) {
      hasAnyValues = true;
      internalValueResult.primaryGpu = this._primaryGpu;
    }
    if (this._rawId !== undefined) {
      hasAnyValues = true;
      internalValueResult.rawId = this._rawId;
    }
    if (this._rombar !== undefined) {
      hasAnyValues = true;
      internalValueResult.rombar = this._rombar;
    }
    if (this._subDeviceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.subDeviceId = this._subDeviceId;
    }
    if (this._subVendorId !== undefined) {
      hasAnyValues = true;
      internalValueResult.subVendorId = this._subVendorId;
    }
    if (this._vendorId !== undefined) {
      hasAnyValues = true;
      internalValueResult.vendorId = this._vendorId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuPcisPci3Raw | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._deviceId = undefined;
      this._mdev = undefined;
      this._pcie = undefined;
      this._primaryGpu = undefined;
      this._rawId = undefined;
      this._rombar = undefined;
      this._subDeviceId = undefined;
      this._subVendorId = undefined;
      this._vendorId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._deviceId = value.deviceId;
      this._mdev = value.mdev;
      this._pcie = value.pcie;
      this._primaryGpu = value.primaryGpu;
      this._rawId = value.rawId;
      this._rombar = value.rombar;
      this._subDeviceId = value.subDeviceId;
      this._subVendorId = value.subVendorId;
      this._vendorId = value.vendorId;
    }
  }

  // device_id - computed: false, optional: true, required: false
  private _deviceId?: string; 
  public get deviceId() {
    return this.getStringAttribute('device_id');
  }
  public set deviceId(value: string) {
    this._deviceId = value;
  }
  public resetDeviceId() {
    this._deviceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get deviceIdInput() {
    return this._deviceId;
  }

  // mdev - computed: false, optional: true, required: false
  private _mdev?: string; 
  public get mdev() {
    return this.getStringAttribute('mdev');
  }
  public set mdev(value: string) {
    this._mdev = value;
  }
  public resetMdev() {
    this._mdev = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mdevInput() {
    return this._mdev;
  }

  // pcie - computed: false, optional: true, required: false
  private _pcie?: boolean | cdktf.IResolvable; 
  public get pcie() {
    return this.getBooleanAttribute('pcie');
  }
  public set pcie(value: boolean | cdktf.IResolvable) {
    this._pcie = value;
  }
  public resetPcie() {
    this._pcie = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pcieInput() {
    return this._pcie;
  }

  // primary_gpu - computed: false, optional: true, required: false
  private _primaryGpu?: boolean | cdktf.IResolvable; 
  public get primaryGpu() {
    return this.getBooleanAttribute('primary_gpu');
  }
  public set primaryGpu(value: boolean | cdktf.IResolvable) {
    this._primaryGpu = value;
  }
  public resetPrimaryGpu() {
    this._primaryGpu = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get primaryGpuInput() {
    return this._primaryGpu;
  }

  // raw_id - computed: false, optional: false, required: true
  private _rawId?: string; 
  public get rawId() {
    return this.getStringAttribute('raw_id');
  }
  public set rawId(value: string) {
    this._rawId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get rawIdInput() {
    return this._rawId;
  }

  // rombar - computed: false, optional: true, required: false
  private _rombar?: boolean | cdktf.IResolvable; 
  public get rombar() {
    return this.getBooleanAttribute('rombar');
  }
  public set rombar(value: boolean | cdktf.IResolvable) {
    this._rombar = value;
  }
  public resetRombar() {
    this._rombar = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rombarInput() {
    return this._rombar;
  }

  // sub_device_id - computed: false, optional: true, required: false
  private _subDeviceId?: string; 
  public get subDeviceId() {
    return this.getStringAttribute('sub_device_id');
  }
  public set subDeviceId(value: string) {
    this._subDeviceId = value;
  }
  public resetSubDeviceId() {
    this._subDeviceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get subDeviceIdInput() {
    return this._subDeviceId;
  }

  // sub_vendor_id - computed: false, optional: true, required: false
  private _subVendorId?: string; 
  public get subVendorId() {
    return this.getStringAttribute('sub_vendor_id');
  }
  public set subVendorId(value: string) {
    this._subVendorId = value;
  }
  public resetSubVendorId() {
    this._subVendorId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get subVendorIdInput() {
    return this._subVendorId;
  }

  // vendor_id - computed: false, optional: true, required: false
  private _vendorId?: string; 
  public get vendorId() {
    return this.getStringAttribute('vendor_id');
  }
  public set vendorId(value: string) {
    this._vendorId = value;
  }
  public resetVendorId() {
    this._vendorId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vendorIdInput() {
    return this._vendorId;
  }
}
export interface VmQemuPcisPci3 {
  /**
  * mapping block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mapping VmQemu#mapping}
  */
  readonly mapping?: VmQemuPcisPci3Mapping;
  /**
  * raw block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#raw VmQemu#raw}
  */
  readonly raw?: VmQemuPcisPci3Raw;
}

export function vmQemuPcisPci3ToTerraform(struct?: VmQemuPcisPci3OutputReference | VmQemuPcisPci3): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    mapping: vmQemuPcisPci3MappingToTerraform(struct!.mapping),
    raw: vmQemuPcisPci3RawToTerraform(struct!.raw),
  }
}


export function vmQemuPcisPci3ToHclTerraform(struct?: VmQemuPcisPci3OutputReference | VmQemuPcisPci3): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    mapping: {
      value: vmQemuPcisPci3MappingToHclTerraform(struct!.mapping),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuPcisPci3MappingList",
    },
    raw: {
      value: vmQemuPcisPci3RawToHclTerraform(struct!.raw),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuPcisPci3RawList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuPcisPci3OutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VmQemuPcisPci3 | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._mapping?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.mapping = this._mapping?.internalValue;
    }
    if (this._raw?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.raw = this._raw?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuPcisPci3 | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._mapping.internalValue = undefined;
      this._raw.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._mapping.internalValue = value.mapping;
      this._raw.internalValue = value.raw;
    }
  }

  // mapping - computed: false, optional: true, required: false
  private _mapping = new VmQemuPcisPci3MappingOutputReference(this, "mapping");
  public get mapping() {
    return this._mapping;
  }
  public putMapping(value: VmQemuPcisPci3Mapping) {
    this._mapping.internalValue = value;
  }
  public resetMapping() {
    this._mapping.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mappingInput() {
    return this._mapping.internalValue;
  }

  // raw - computed: false, optional: true, required: false
  private _raw = new VmQemuPcisPci3RawOutputReference(this, "raw");
  public get raw() {
    return this._raw;
  }
  public putRaw(value: VmQemuPcisPci3Raw) {
    this._raw.internalValue = value;
  }
  public resetRaw() {
    this._raw.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rawInput() {
    return this._raw.internalValue;
  }
}
export interface VmQemuPcisPci4Mapping {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#device_id VmQemu#device_id}
  */
  readonly deviceId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mapping_id VmQemu#mapping_id}
  */
  readonly mappingId: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mdev VmQemu#mdev}
  */
  readonly mdev?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#pcie VmQemu#pcie}
  */
  readonly pcie?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#primary_gpu VmQemu#primary_gpu}
  */
  readonly primaryGpu?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#rombar VmQemu#rombar}
  */
  readonly rombar?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#sub_device_id VmQemu#sub_device_id}
  */
  readonly subDeviceId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#sub_vendor_id VmQemu#sub_vendor_id}
  */
  readonly subVendorId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#vendor_id VmQemu#vendor_id}
  */
  readonly vendorId?: string;
}

export function vmQemuPcisPci4MappingToTerraform(struct?: VmQemuPcisPci4MappingOutputReference | VmQemuPcisPci4Mapping): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    device_id: cdktf.stringToTerraform(struct!.deviceId),
    mapping_id: cdktf.stringToTerraform(struct!.mappingId),
    mdev: cdktf.stringToTerraform(struct!.mdev),
    pcie: cdktf.booleanToTerraform(struct!.pcie),
    primary_gpu: cdktf.booleanToTerraform(struct!.primaryGpu),
    rombar: cdktf.booleanToTerraform(struct!.rombar),
    sub_device_id: cdktf.stringToTerraform(struct!.subDeviceId),
    sub_vendor_id: cdktf.stringToTerraform(struct!.subVendorId),
    vendor_id: cdktf.stringToTerraform(struct!.vendorId),
  }
}


export function vmQemuPcisPci4MappingToHclTerraform(struct?: VmQemuPcisPci4MappingOutputReference | VmQemuPcisPci4Mapping): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    device_id: {
      value: cdktf.stringToHclTerraform(struct!.deviceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    mapping_id: {
      value: cdktf.stringToHclTerraform(struct!.mappingId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    mdev: {
      value: cdktf.stringToHclTerraform(struct!.mdev),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    pcie: {
      value: cdktf.booleanToHclTerraform(struct!.pcie),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    primary_gpu: {
      value: cdktf.booleanToHclTerraform(struct!.primaryGpu),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    rombar: {
      value: cdktf.booleanToHclTerraform(struct!.rombar),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    sub_device_id: {
      value: cdktf.stringToHclTerraform(struct!.subDeviceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    sub_vendor_id: {
      value: cdktf.stringToHclTerraform(struct!.subVendorId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    vendor_id: {
      value: cdktf.stringToHclTerraform(struct!.vendorId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuPcisPci4MappingOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VmQemuPcisPci4Mapping | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._deviceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.deviceId = this._deviceId;
    }
    if (this._mappingId !== undefined) {
      hasAnyValues = true;
      internalValueResult.mappingId = this._mappingId;
    }
    if (this._mdev !== undefined) {
      hasAnyValues = true;
      internalValueResult.mdev = this._mdev;
    }
    if (this._pcie !== undefined) {
      hasAnyValues = true;
      internalValueResult.pcie = this._pcie;
    }
    if (this._primaryGpu !== undefined) {
      hasAnyValues = true;
      internalValueResult.primaryGpu = this._primaryGpu;
    }
    if (this._rombar !== undefined) {
      hasAnyValues = true;
      internalValueResult.rombar = this._rombar;
    }
    if (this._subDeviceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.subDeviceId = this._subDeviceId;
    }
    if (this._subVendorId !== undefined) {
      hasAnyValues = true;
      internalValueResult.subVendorId = this._subVendorId;
    }
    if (this._vendorId !== undefined) {
      hasAnyValues = true;
      internalValueResult.vendorId = this._vendorId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuPcisPci4Mapping | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._deviceId = undefined;
      this._mappingId = undefined;
      this._mdev = undefined;
      this._pcie = undefined;
      this._primaryGpu = undefined;
      this._rombar = undefined;
      this._subDeviceId = undefined;
      this._subVendorId = undefined;
      this._vendorId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._deviceId = value.deviceId;
      this._mappingId = value.mappingId;
      this._mdev = value.mdev;
      this._pcie = value.pcie;
      this._primaryGpu = value.primaryGpu;
      this._rombar = value.rombar;
      this._subDeviceId = value.subDeviceId;
      this._subVendorId = value.subVendorId;
      this._vendorId = value.vendorId;
    }
  }

  // device_id - computed: false, optional: true, required: false
  private _deviceId?: string; 
  public get deviceId() {
    return this.getStringAttribute('device_id');
  }
  public set deviceId(value: string) {
    this._deviceId = value;
  }
  public resetDeviceId() {
    this._deviceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get deviceIdInput() {
    return this._deviceId;
  }

  // mapping_id - computed: false, optional: false, required: true
  private _mappingId?: string; 
  public get mappingId() {
    return this.getStringAttribute('mapping_id');
  }
  public set mappingId(value: string) {
    this._mappingId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get mappingIdInput() {
    return this._mappingId;
  }

  // mdev - computed: false, optional: true, required: false
  private _mdev?: string; 
  public get mdev() {
    return this.getStringAttribute('mdev');
  }
  public set mdev(value: string) {
    this._mdev = value;
  }
  public resetMdev() {
    this._mdev = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mdevInput() {
    return this._mdev;
  }

  // pcie - computed: false, optional: true, required: false
  private _pcie?: boolean | cdktf.IResolvable; 
  public get pcie() {
    return this.getBooleanAttribute('pcie');
  }
  public set pcie(value: boolean | cdktf.IResolvable) {
    this._pcie = value;
  }
  public resetPcie() {
    this._pcie = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pcieInput() {
    return this._pcie;
  }

  // primary_gpu - computed: false, optional: true, required: false
  private _primaryGpu?: boolean | cdktf.IResolvable; 
  public get primaryGpu() {
    return this.getBooleanAttribute('primary_gpu');
  }
  public set primaryGpu(value: boolean | cdktf.IResolvable) {
    this._primaryGpu = value;
  }
  public resetPrimaryGpu() {
    this._primaryGpu = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get primaryGpuInput() {
    return this._primaryGpu;
  }

  // rombar - computed: false, optional: true, required: false
  private _rombar?: boolean | cdktf.IResolvable; 
  public get rombar() {
    return this.getBooleanAttribute('rombar');
  }
  public set rombar(value: boolean | cdktf.IResolvable) {
    this._rombar = value;
  }
  public resetRombar() {
    this._rombar = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rombarInput() {
    return this._rombar;
  }

  // sub_device_id - computed: false, optional: true, required: false
  private _subDeviceId?: string; 
  public get subDeviceId() {
    return this.getStringAttribute('sub_device_id');
  }
  public set subDeviceId(value: string) {
    this._subDeviceId = value;
  }
  public resetSubDeviceId() {
    this._subDeviceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get subDeviceIdInput() {
    return this._subDeviceId;
  }

  // sub_vendor_id - computed: false, optional: true, required: false
  private _subVendorId?: string; 
  public get subVendorId() {
    return this.getStringAttribute('sub_vendor_id');
  }
  public set subVendorId(value: string) {
    this._subVendorId = value;
  }
  public resetSubVendorId() {
    this._subVendorId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get subVendorIdInput() {
    return this._subVendorId;
  }

  // vendor_id - computed: false, optional: true, required: false
  private _vendorId?: string; 
  public get vendorId() {
    return this.getStringAttribute('vendor_id');
  }
  public set vendorId(value: string) {
    this._vendorId = value;
  }
  public resetVendorId() {
    this._vendorId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vendorIdInput() {
    return this._vendorId;
  }
}
export interface VmQemuPcisPci4Raw {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#device_id VmQemu#device_id}
  */
  readonly deviceId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mdev VmQemu#mdev}
  */
  readonly mdev?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#pcie VmQemu#pcie}
  */
  readonly pcie?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#primary_gpu VmQemu#primary_gpu}
  */
  readonly primaryGpu?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#raw_id VmQemu#raw_id}
  */
  readonly rawId: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#rombar VmQemu#rombar}
  */
  readonly rombar?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#sub_device_id VmQemu#sub_device_id}
  */
  readonly subDeviceId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#sub_vendor_id VmQemu#sub_vendor_id}
  */
  readonly subVendorId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#vendor_id VmQemu#vendor_id}
  */
  readonly vendorId?: string;
}

export function vmQemuPcisPci4RawToTerraform(struct?: VmQemuPcisPci4RawOutputReference | VmQemuPcisPci4Raw): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    device_id: cdktf.stringToTerraform(struct!.deviceId),
    mdev: cdktf.stringToTerraform(struct!.mdev),
    pcie: cdktf.booleanToTerraform(struct!.pcie),
    primary_gpu: cdktf.booleanToTerraform(struct!.primaryGpu),
    raw_id: cdktf.stringToTerraform(struct!.rawId),
    rombar: cdktf.booleanToTerraform(struct!.rombar),
    sub_device_id: cdktf.stringToTerraform(struct!.subDeviceId),
    sub_vendor_id: cdktf.stringToTerraform(struct!.subVendorId),
    vendor_id: cdktf.stringToTerraform(struct!.vendorId),
  }
}


export function vmQemuPcisPci4RawToHclTerraform(struct?: VmQemuPcisPci4RawOutputReference | VmQemuPcisPci4Raw): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    device_id: {
      value: cdktf.stringToHclTerraform(struct!.deviceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    mdev: {
      value: cdktf.stringToHclTerraform(struct!.mdev),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    pcie: {
      value: cdktf.booleanToHclTerraform(struct!.pcie),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    primary_gpu: {
      value: cdktf.booleanToHclTerraform(struct!.primaryGpu),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    raw_id: {
      value: cdktf.stringToHclTerraform(struct!.rawId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    rombar: {
      value: cdktf.booleanToHclTerraform(struct!.rombar),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    sub_device_id: {
      value: cdktf.stringToHclTerraform(struct!.subDeviceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    sub_vendor_id: {
      value: cdktf.stringToHclTerraform(struct!.subVendorId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    vendor_id: {
      value: cdktf.stringToHclTerraform(struct!.vendorId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuPcisPci4RawOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VmQemuPcisPci4Raw | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._deviceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.deviceId = this._deviceId;
    }
    if (this._mdev !== undefined) {
      hasAnyValues = true;
      internalValueResult.mdev = this._mdev;
    }
    if (this._pcie !== undefined) {
      hasAnyValues = true;
      internalValueResult.pcie = this._pcie;
    }
    if (this._primaryGpu !== undefined) {
      hasAnyValues = true;
      internalValueResult.primaryGpu = this._primaryGpu;
    }
    if (this._rawId !== undefined) {
      hasAnyValues = true;
      internalValueResult.rawId = this._rawId;
    }
    if (this._rombar !== undefined) {
      hasAnyValues = true;
      internalValueResult.rombar = this._rombar;
    }
    if (this._subDeviceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.subDeviceId = this._subDeviceId;
    }
    if (this._subVendorId !== undefined) {
      hasAnyValues = true;
      internalValueResult.subVendorId = this._subVendorId;
    }
    if (this._vendorId !== undefined) {
      hasAnyValues = true;
      internalValueResult.vendorId = this._vendorId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuPcisPci4Raw | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._deviceId = undefined;
      this._mdev = undefined;
      this._pcie = undefined;
      this._primaryGpu = undefined;
      this._rawId = undefined;
      this._rombar = undefined;
      this._subDeviceId = undefined;
      this._subVendorId = undefined;
      this._vendorId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._deviceId = value.deviceId;
      this._mdev = value.mdev;
      this._pcie = value.pcie;
      this._primaryGpu = value.primaryGpu;
      this._rawId = value.rawId;
      this._rombar = value.rombar;
      this._subDeviceId = value.subDeviceId;
      this._subVendorId = value.subVendorId;
      this._vendorId = value.vendorId;
    }
  }

  // device_id - computed: false, optional: true, required: false
  private _deviceId?: string; 
  public get deviceId() {
    return this.getStringAttribute('device_id');
  }
  public set deviceId(value: string) {
    this._deviceId = value;
  }
  public resetDeviceId() {
    this._deviceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get deviceIdInput() {
    return this._deviceId;
  }

  // mdev - computed: false, optional: true, required: false
  private _mdev?: string; 
  public get mdev() {
    return this.getStringAttribute('mdev');
  }
  public set mdev(value: string) {
    this._mdev = value;
  }
  public resetMdev() {
    this._mdev = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mdevInput() {
    return this._mdev;
  }

  // pcie - computed: false, optional: true, required: false
  private _pcie?: boolean | cdktf.IResolvable; 
  public get pcie() {
    return this.getBooleanAttribute('pcie');
  }
  public set pcie(value: boolean | cdktf.IResolvable) {
    this._pcie = value;
  }
  public resetPcie() {
    this._pcie = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pcieInput() {
    return this._pcie;
  }

  // primary_gpu - computed: false, optional: true, required: false
  private _primaryGpu?: boolean | cdktf.IResolvable; 
  public get primaryGpu() {
    return this.getBooleanAttribute('primary_gpu');
  }
  public set primaryGpu(value: boolean | cdktf.IResolvable) {
    this._primaryGpu = value;
  }
  public resetPrimaryGpu() {
    this._primaryGpu = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get primaryGpuInput() {
    return this._primaryGpu;
  }

  // raw_id - computed: false, optional: false, required: true
  private _rawId?: string; 
  public get rawId() {
    return this.getStringAttribute('raw_id');
  }
  public set rawId(value: string) {
    this._rawId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get rawIdInput() {
    return this._rawId;
  }

  // rombar - computed: false, optional: true, required: false
  private _rombar?: boolean | cdktf.IResolvable; 
  public get rombar() {
    return this.getBooleanAttribute('rombar');
  }
  public set rombar(value: boolean | cdktf.IResolvable) {
    this._rombar = value;
  }
  public resetRombar() {
    this._rombar = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rombarInput() {
    return this._rombar;
  }

  // sub_device_id - computed: false, optional: true, required: false
  private _subDeviceId?: string; 
  public get subDeviceId() {
    return this.getStringAttribute('sub_device_id');
  }
  public set subDeviceId(value: string) {
    this._subDeviceId = value;
  }
  public resetSubDeviceId() {
    this._subDeviceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get subDeviceIdInput() {
    return this._subDeviceId;
  }

  // sub_vendor_id - computed: false, optional: true, required: false
  private _subVendorId?: string; 
  public get subVendorId() {
    return this.getStringAttribute('sub_vendor_id');
  }
  public set subVendorId(value: string) {
    this._subVendorId = value;
  }
  public resetSubVendorId() {
    this._subVendorId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get subVendorIdInput() {
    return this._subVendorId;
  }

  // vendor_id - computed: false, optional: true, required: false
  private _vendorId?: string; 
  public get vendorId() {
    return this.getStringAttribute('vendor_id');
  }
  public set vendorId(value: string) {
    this._vendorId = value;
  }
  public resetVendorId() {
    this._vendorId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vendorIdInput() {
    return this._vendorId;
  }
}
export interface VmQemuPcisPci4 {
  /**
  * mapping block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mapping VmQemu#mapping}
  */
  readonly mapping?: VmQemuPcisPci4Mapping;
  /**
  * raw block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#raw VmQemu#raw}
  */
  readonly raw?: VmQemuPcisPci4Raw;
}

export function vmQemuPcisPci4ToTerraform(struct?: VmQemuPcisPci4OutputReference | VmQemuPcisPci4): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    mapping: vmQemuPcisPci4MappingToTerraform(struct!.mapping),
    raw: vmQemuPcisPci4RawToTerraform(struct!.raw),
  }
}


export function vmQemuPcisPci4ToHclTerraform(struct?: VmQemuPcisPci4OutputReference | VmQemuPcisPci4): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    mapping: {
      value: vmQemuPcisPci4MappingToHclTerraform(struct!.mapping),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuPcisPci4MappingList",
    },
    raw: {
      value: vmQemuPcisPci4RawToHclTerraform(struct!.raw),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuPcisPci4RawList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuPcisPci4OutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VmQemuPcisPci4 | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._mapping?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.mapping = this._mapping?.internalValue;
    }
    if (this._raw?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.raw = this._raw?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuPcisPci4 | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._mapping.internalValue = undefined;
      this._raw.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._mapping.internalValue = value.mapping;
      this._raw.internalValue = value.raw;
    }
  }

  // mapping - computed: false, optional: true, required: false
  private _mapping = new VmQemuPcisPci4MappingOutputReference(this, "mapping");
  public get mapping() {
    return this._mapping;
  }
  public putMapping(value: VmQemuPcisPci4Mapping) {
    this._mapping.internalValue = value;
  }
  public resetMapping() {
    this._mapping.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mappingInput() {
    return this._mapping.internalValue;
  }

  // raw - computed: false, optional: true, required: false
  private _raw = new VmQemuPcisPci4RawOutputReference(this, "raw");
  public get raw() {
    return this._raw;
  }
  public putRaw(value: VmQemuPcisPci4Raw) {
    this._raw.internalValue = value;
  }
  public resetRaw() {
    this._raw.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rawInput() {
    return this._raw.internalValue;
  }
}
export interface VmQemuPcisPci5Mapping {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#device_id VmQemu#device_id}
  */
  readonly deviceId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mapping_id VmQemu#mapping_id}
  */
  readonly mappingId: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mdev VmQemu#mdev}
  */
  readonly mdev?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#pcie VmQemu#pcie}
  */
  readonly pcie?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#primary_gpu VmQemu#primary_gpu}
  */
  readonly primaryGpu?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#rombar VmQemu#rombar}
  */
  readonly rombar?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#sub_device_id VmQemu#sub_device_id}
  */
  readonly subDeviceId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#sub_vendor_id VmQemu#sub_vendor_id}
  */
  readonly subVendorId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#vendor_id VmQemu#vendor_id}
  */
  readonly vendorId?: string;
}

export function vmQemuPcisPci5MappingToTerraform(struct?: VmQemuPcisPci5MappingOutputReference | VmQemuPcisPci5Mapping): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    device_id: cdktf.stringToTerraform(struct!.deviceId),
    mapping_id: cdktf.stringToTerraform(struct!.mappingId),
    mdev: cdktf.stringToTerraform(struct!.mdev),
    pcie: cdktf.booleanToTerraform(struct!.pcie),
    primary_gpu: cdktf.booleanToTerraform(struct!.primaryGpu),
    rombar: cdktf.booleanToTerraform(struct!.rombar),
    sub_device_id: cdktf.stringToTerraform(struct!.subDeviceId),
    sub_vendor_id: cdktf.stringToTerraform(struct!.subVendorId),
    vendor_id: cdktf.stringToTerraform(struct!.vendorId),
  }
}


export function vmQemuPcisPci5MappingToHclTerraform(struct?: VmQemuPcisPci5MappingOutputReference | VmQemuPcisPci5Mapping): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    device_id: {
      value: cdktf.stringToHclTerraform(struct!.deviceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    mapping_id: {
      value: cdktf.stringToHclTerraform(struct!.mappingId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    mdev: {
      value: cdktf.stringToHclTerraform(struct!.mdev),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    pcie: {
      value: cdktf.booleanToHclTerraform(struct!.pcie),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    primary_gpu: {
      value: cdktf.booleanToHclTerraform(struct!.primaryGpu),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    rombar: {
      value: cdktf.booleanToHclTerraform(struct!.rombar),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    sub_device_id: {
      value: cdktf.stringToHclTerraform(struct!.subDeviceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    sub_vendor_id: {
      value: cdktf.stringToHclTerraform(struct!.subVendorId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    vendor_id: {
      value: cdktf.stringToHclTerraform(struct!.vendorId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuPcisPci5MappingOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VmQemuPcisPci5Mapping | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._deviceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.deviceId = this._deviceId;
    }
    if (this._mappingId !== undefined) {
      hasAnyValues = true;
      internalValueResult.mappingId = this._mappingId;
    }
    if (this._mdev !== undefined) {
      hasAnyValues = true;
      internalValueResult.mdev = this._mdev;
    }
    if (this._pcie !== undefined) {
      hasAnyValues = true;
      internalValueResult.pcie = this._pcie;
    }
    if (this._primaryGpu !== undefined) {
      hasAnyValues = true;
      internalValueResult.primaryGpu = this._primaryGpu;
    }
    if (this._rombar !== undefined) {
      hasAnyValues = true;
      internalValueResult.rombar = this._rombar;
    }
    if (this._subDeviceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.subDeviceId = this._subDeviceId;
    }
    if (this._subVendorId !== undefined) {
      hasAnyValues = true;
      internalValueResult.subVendorId = this._subVendorId;
    }
    if (this._vendorId !== undefined) {
      hasAnyValues = true;
      internalValueResult.vendorId = this._vendorId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuPcisPci5Mapping | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._deviceId = undefined;
      this._mappingId = undefined;
      this._mdev = undefined;
      this._pcie = undefined;
      this._primaryGpu = undefined;
      this._rombar = undefined;
      this._subDeviceId = undefined;
      this._subVendorId = undefined;
      this._vendorId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._deviceId = value.deviceId;
      this._mappingId = value.mappingId;
      this._mdev = value.mdev;
      this._pcie = value.pcie;
      this._primaryGpu = value.primaryGpu;
      this._rombar = value.rombar;
      this._subDeviceId = value.subDeviceId;
      this._subVendorId = value.subVendorId;
      this._vendorId = value.vendorId;
    }
  }

  // device_id - computed: false, optional: true, required: false
  private _deviceId?: string; 
  public get deviceId() {
    return this.getStringAttribute('device_id');
  }
  public set deviceId(value: string) {
    this._deviceId = value;
  }
  public resetDeviceId() {
    this._deviceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get deviceIdInput() {
    return this._deviceId;
  }

  // mapping_id - computed: false, optional: false, required: true
  private _mappingId?: string; 
  public get mappingId() {
    return this.getStringAttribute('mapping_id');
  }
  public set mappingId(value: string) {
    this._mappingId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get mappingIdInput() {
    return this._mappingId;
  }

  // mdev - computed: false, optional: true, required: false
  private _mdev?: string; 
  public get mdev() {
    return this.getStringAttribute('mdev');
  }
  public set mdev(value: string) {
    this._mdev = value;
  }
  public resetMdev() {
    this._mdev = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mdevInput() {
    return this._mdev;
  }

  // pcie - computed: false, optional: true, required: false
  private _pcie?: boolean | cdktf.IResolvable; 
  public get pcie() {
    return this.getBooleanAttribute('pcie');
  }
  public set pcie(value: boolean | cdktf.IResolvable) {
    this._pcie = value;
  }
  public resetPcie() {
    this._pcie = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pcieInput() {
    return this._pcie;
  }

  // primary_gpu - computed: false, optional: true, required: false
  private _primaryGpu?: boolean | cdktf.IResolvable; 
  public get primaryGpu() {
    return this.getBooleanAttribute('primary_gpu');
  }
  public set primaryGpu(value: boolean | cdktf.IResolvable) {
    this._primaryGpu = value;
  }
  public resetPrimaryGpu() {
    this._primaryGpu = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get primaryGpuInput() {
    return this._primaryGpu;
  }

  // rombar - computed: false, optional: true, required: false
  private _rombar?: boolean | cdktf.IResolvable; 
  public get rombar() {
    return this.getBooleanAttribute('rombar');
  }
  public set rombar(value: boolean | cdktf.IResolvable) {
    this._rombar = value;
  }
  public resetRombar() {
    this._rombar = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rombarInput() {
    return this._rombar;
  }

  // sub_device_id - computed: false, optional: true, required: false
  private _subDeviceId?: string; 
  public get subDeviceId() {
    return this.getStringAttribute('sub_device_id');
  }
  public set subDeviceId(value: string) {
    this._subDeviceId = value;
  }
  public resetSubDeviceId() {
    this._subDeviceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get subDeviceIdInput() {
    return this._subDeviceId;
  }

  // sub_vendor_id - computed: false, optional: true, required: false
  private _subVendorId?: string; 
  public get subVendorId() {
    return this.getStringAttribute('sub_vendor_id');
  }
  public set subVendorId(value: string) {
    this._subVendorId = value;
  }
  public resetSubVendorId() {
    this._subVendorId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get subVendorIdInput() {
    return this._subVendorId;
  }

  // vendor_id - computed: false, optional: true, required: false
  private _vendorId?: string; 
  public get vendorId() {
    return this.getStringAttribute('vendor_id');
  }
  public set vendorId(value: string) {
    this._vendorId = value;
  }
  public resetVendorId() {
    this._vendorId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vendorIdInput() {
    return this._vendorId;
  }
}
export interface VmQemuPcisPci5Raw {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#device_id VmQemu#device_id}
  */
  readonly deviceId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mdev VmQemu#mdev}
  */
  readonly mdev?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#pcie VmQemu#pcie}
  */
  readonly pcie?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#primary_gpu VmQemu#primary_gpu}
  */
  readonly primaryGpu?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#raw_id VmQemu#raw_id}
  */
  readonly rawId: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#rombar VmQemu#rombar}
  */
  readonly rombar?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#sub_device_id VmQemu#sub_device_id}
  */
  readonly subDeviceId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#sub_vendor_id VmQemu#sub_vendor_id}
  */
  readonly subVendorId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#vendor_id VmQemu#vendor_id}
  */
  readonly vendorId?: string;
}

export function vmQemuPcisPci5RawToTerraform(struct?: VmQemuPcisPci5RawOutputReference | VmQemuPcisPci5Raw): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    device_id: cdktf.stringToTerraform(struct!.deviceId),
    mdev: cdktf.stringToTerraform(struct!.mdev),
    pcie: cdktf.booleanToTerraform(struct!.pcie),
    primary_gpu: cdktf.booleanToTerraform(struct!.primaryGpu),
    raw_id: cdktf.stringToTerraform(struct!.rawId),
    rombar: cdktf.booleanToTerraform(struct!.rombar),
    sub_device_id: cdktf.stringToTerraform(struct!.subDeviceId),
    sub_vendor_id: cdktf.stringToTerraform(struct!.subVendorId),
    vendor_id: cdktf.stringToTerraform(struct!.vendorId),
  }
}


export function vmQemuPcisPci5RawToHclTerraform(struct?: VmQemuPcisPci5RawOutputReference | VmQemuPcisPci5Raw): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    device_id: {
      value: cdktf.stringToHclTerraform(struct!.deviceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    mdev: {
      value: cdktf.stringToHclTerraform(struct!.mdev),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    pcie: {
      value: cdktf.booleanToHclTerraform(struct!.pcie),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    primary_gpu: {
      value: cdktf.booleanToHclTerraform(struct!.primaryGpu),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    raw_id: {
      value: cdktf.stringToHclTerraform(struct!.rawId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    rombar: {
      value: cdktf.booleanToHclTerraform(struct!.rombar),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    sub_device_id: {
      value: cdktf.stringToHclTerraform(struct!.subDeviceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    sub_vendor_id: {
      value: cdktf.stringToHclTerraform(struct!.subVendorId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    vendor_id: {
      value: cdktf.stringToHclTerraform(struct!.vendorId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuPcisPci5RawOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VmQemuPcisPci5Raw | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._deviceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.deviceId = this._deviceId;
    }
    if (this._mdev !== undefined) {
      hasAnyValues = true;
      internalValueResult.mdev = this._mdev;
    }
    if (this._pcie !== undefined) {
      hasAnyValues = true;
      internalValueResult.pcie = this._pcie;
    }
    if (this._primaryGpu !== undefined) {
      hasAnyValues = true;
      internalValueResult.primaryGpu = this._primaryGpu;
    }
    if (this._rawId !== undefined) {
      hasAnyValues = true;
      internalValueResult.rawId = this._rawId;
    }
    if (this._rombar !== undefined) {
      hasAnyValues = true;
      internalValueResult.rombar = this._rombar;
    }
    if (this._subDeviceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.subDeviceId = this._subDeviceId;
    }
    if (this._subVendorId !== undefined) {
      hasAnyValues = true;
      internalValueResult.subVendorId = this._subVendorId;
    }
    if (this._vendorId !== undefined) {
      hasAnyValues = true;
      internalValueResult.vendorId = this._vendorId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuPcisPci5Raw | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._deviceId = undefined;
      this._mdev = undefined;
      this._pcie = undefined;
      this._primaryGpu = undefined;
      this._rawId = undefined;
      this._rombar = undefined;
      this._subDeviceId = undefined;
      this._subVendorId = undefined;
      this._vendorId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._deviceId = value.deviceId;
      this._mdev = value.mdev;
      this._pcie = value.pcie;
      this._primaryGpu = value.primaryGpu;
      this._rawId = value.rawId;
      this._rombar = value.rombar;
      this._subDeviceId = value.subDeviceId;
      this._subVendorId = value.subVendorId;
      this._vendorId = value.vendorId;
    }
  }

  // device_id - computed: false, optional: true, required: false
  private _deviceId?: string; 
  public get deviceId() {
    return this.getStringAttribute('device_id');
  }
  public set deviceId(value: string) {
    this._deviceId = value;
  }
  public resetDeviceId() {
    this._deviceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get deviceIdInput() {
    return this._deviceId;
  }

  // mdev - computed: false, optional: true, required: false
  private _mdev?: string; 
  public get mdev() {
    return this.getStringAttribute('mdev');
  }
  public set mdev(value: string) {
    this._mdev = value;
  }
  public resetMdev() {
    this._mdev = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mdevInput() {
    return this._mdev;
  }

  // pcie - computed: false, optional: true, required: false
  private _pcie?: boolean | cdktf.IResolvable; 
  public get pcie() {
    return this.getBooleanAttribute('pcie');
  }
  public set pcie(value: boolean | cdktf.IResolvable) {
    this._pcie = value;
  }
  public resetPcie() {
    this._pcie = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pcieInput() {
    return this._pcie;
  }

  // primary_gpu - computed: false, optional: true, required: false
  private _primaryGpu?: boolean | cdktf.IResolvable; 
  public get primaryGpu() {
    return this.getBooleanAttribute('primary_gpu');
  }
  public set primaryGpu(value: boolean | cdktf.IResolvable) {
    this._primaryGpu = value;
  }
  public resetPrimaryGpu() {
    this._primaryGpu = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get primaryGpuInput() {
    return this._primaryGpu;
  }

  // raw_id - computed: false, optional: false, required: true
  private _rawId?: string; 
  public get rawId() {
    return this.getStringAttribute('raw_id');
  }
  public set rawId(value: string) {
    this._rawId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get rawIdInput() {
    return this._rawId;
  }

  // rombar - computed: false, optional: true, required: false
  private _rombar?: boolean | cdktf.IResolvable; 
  public get rombar() {
    return this.getBooleanAttribute('rombar');
  }
  public set rombar(value: boolean | cdktf.IResolvable) {
    this._rombar = value;
  }
  public resetRombar() {
    this._rombar = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rombarInput() {
    return this._rombar;
  }

  // sub_device_id - computed: false, optional: true, required: false
  private _subDeviceId?: string; 
  public get subDeviceId() {
    return this.getStringAttribute('sub_device_id');
  }
  public set subDeviceId(value: string) {
    this._subDeviceId = value;
  }
  public resetSubDeviceId() {
    this._subDeviceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get subDeviceIdInput() {
    return this._subDeviceId;
  }

  // sub_vendor_id - computed: false, optional: true, required: false
  private _subVendorId?: string; 
  public get subVendorId() {
    return this.getStringAttribute('sub_vendor_id');
  }
  public set subVendorId(value: string) {
    this._subVendorId = value;
  }
  public resetSubVendorId() {
    this._subVendorId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get subVendorIdInput() {
    return this._subVendorId;
  }

  // vendor_id - computed: false, optional: true, required: false
  private _vendorId?: string; 
  public get vendorId() {
    return this.getStringAttribute('vendor_id');
  }
  public set vendorId(value: string) {
    this._vendorId = value;
  }
  public resetVendorId() {
    this._vendorId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vendorIdInput() {
    return this._vendorId;
  }
}
export interface VmQemuPcisPci5 {
  /**
  * mapping block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mapping VmQemu#mapping}
  */
  readonly mapping?: VmQemuPcisPci5Mapping;
  /**
  * raw block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#raw VmQemu#raw}
  */
  readonly raw?: VmQemuPcisPci5Raw;
}

export function vmQemuPcisPci5ToTerraform(struct?: VmQemuPcisPci5OutputReference | VmQemuPcisPci5): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    mapping: vmQemuPcisPci5MappingToTerraform(struct!.mapping),
    raw: vmQemuPcisPci5RawToTerraform(struct!.raw),
  }
}


export function vmQemuPcisPci5ToHclTerraform(struct?: VmQemuPcisPci5OutputReference | VmQemuPcisPci5): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    mapping: {
      value: vmQemuPcisPci5MappingToHclTerraform(struct!.mapping),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuPcisPci5MappingList",
    },
    raw: {
      value: vmQemuPcisPci5RawToHclTerraform(struct!.raw),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuPcisPci5RawList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuPcisPci5OutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VmQemuPcisPci5 | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._mapping?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.mapping = this._mapping?.internalValue;
    }
    if (this._raw?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.raw = this._raw?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuPcisPci5 | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._mapping.internalValue = undefined;
      this._raw.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._mapping.internalValue = value.mapping;
      this._raw.internalValue = value.raw;
    }
  }

  // mapping - computed: false, optional: true, required: false
  private _mapping = new VmQemuPcisPci5MappingOutputReference(this, "mapping");
  public get mapping() {
    return this._mapping;
  }
  public putMapping(value: VmQemuPcisPci5Mapping) {
    this._mapping.internalValue = value;
  }
  public resetMapping() {
    this._mapping.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mappingInput() {
    return this._mapping.internalValue;
  }

  // raw - computed: false, optional: true, required: false
  private _raw = new VmQemuPcisPci5RawOutputReference(this, "raw");
  public get raw() {
    return this._raw;
  }
  public putRaw(value: VmQemuPcisPci5Raw) {
    this._raw.internalValue = value;
  }
  public resetRaw() {
    this._raw.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rawInput() {
    return this._raw.internalValue;
  }
}
export interface VmQemuPcisPci6Mapping {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#device_id VmQemu#device_id}
  */
  readonly deviceId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mapping_id VmQemu#mapping_id}
  */
  readonly mappingId: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mdev VmQemu#mdev}
  */
  readonly mdev?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#pcie VmQemu#pcie}
  */
  readonly pcie?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#primary_gpu VmQemu#primary_gpu}
  */
  readonly primaryGpu?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#rombar VmQemu#rombar}
  */
  readonly rombar?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#sub_device_id VmQemu#sub_device_id}
  */
  readonly subDeviceId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#sub_vendor_id VmQemu#sub_vendor_id}
  */
  readonly subVendorId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#vendor_id VmQemu#vendor_id}
  */
  readonly vendorId?: string;
}

export function vmQemuPcisPci6MappingToTerraform(struct?: VmQemuPcisPci6MappingOutputReference | VmQemuPcisPci6Mapping): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    device_id: cdktf.stringToTerraform(struct!.deviceId),
    mapping_id: cdktf.stringToTerraform(struct!.mappingId),
    mdev: cdktf.stringToTerraform(struct!.mdev),
    pcie: cdktf.booleanToTerraform(struct!.pcie),
    primary_gpu: cdktf.booleanToTerraform(struct!.primaryGpu),
    rombar: cdktf.booleanToTerraform(struct!.rombar),
    sub_device_id: cdktf.stringToTerraform(struct!.subDeviceId),
    sub_vendor_id: cdktf.stringToTerraform(struct!.subVendorId),
    vendor_id: cdktf.stringToTerraform(struct!.vendorId),
  }
}


export function vmQemuPcisPci6MappingToHclTerraform(struct?: VmQemuPcisPci6MappingOutputReference | VmQemuPcisPci6Mapping): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    device_id: {
      value: cdktf.stringToHclTerraform(struct!.deviceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    mapping_id: {
      value: cdktf.stringToHclTerraform(struct!.mappingId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    mdev: {
      value: cdktf.stringToHclTerraform(struct!.mdev),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    pcie: {
      value: cdktf.booleanToHclTerraform(struct!.pcie),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    primary_gpu: {
      value: cdktf.booleanToHclTerraform(struct!.primaryGpu),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    rombar: {
      value: cdktf.booleanToHclTerraform(struct!.rombar),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    sub_device_id: {
      value: cdktf.stringToHclTerraform(struct!.subDeviceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    sub_vendor_id: {
      value: cdktf.stringToHclTerraform(struct!.subVendorId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    vendor_id: {
      value: cdktf.stringToHclTerraform(struct!.vendorId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuPcisPci6MappingOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VmQemuPcisPci6Mapping | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._deviceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.deviceId = this._deviceId;
    }
    if (this._mappingId !== undefined) {
      hasAnyValues = true;
      internalValueResult.mappingId = this._mappingId;
    }
    if (this._mdev !== undefined) {
      hasAnyValues = true;
      internalValueResult.mdev = this._mdev;
    }
    if (this._pcie !== undefined) {
      hasAnyValues = true;
      internalValueResult.pcie = this._pcie;
    }
    if (this._primaryGpu !== undefined) {
      hasAnyValues = true;
      internalValueResult.primaryGpu = this._primaryGpu;
    }
    if (this._rombar !== undefined) {
      hasAnyValues = true;
      internalValueResult.rombar = this._rombar;
    }
    if (this._subDeviceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.subDeviceId = this._subDeviceId;
    }
    if (this._subVendorId !== undefined) {
      hasAnyValues = true;
      internalValueResult.subVendorId = this._subVendorId;
    }
    if (this._vendorId !== undefined) {
      hasAnyValues = true;
      internalValueResult.vendorId = this._vendorId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuPcisPci6Mapping | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._deviceId = undefined;
      this._mappingId = undefined;
      this._mdev = undefined;
      this._pcie = undefined;
      this._primaryGpu = undefined;
      this._rombar = undefined;
      this._subDeviceId = undefined;
      this._subVendorId = undefined;
      this._vendorId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._deviceId = value.deviceId;
      this._mappingId = value.mappingId;
      this._mdev = value.mdev;
      this._pcie = value.pcie;
      this._primaryGpu = value.primaryGpu;
      this._rombar = value.rombar;
      this._subDeviceId = value.subDeviceId;
      this._subVendorId = value.subVendorId;
      this._vendorId = value.vendorId;
    }
  }

  // device_id - computed: false, optional: true, required: false
  private _deviceId?: string; 
  public get deviceId() {
    return this.getStringAttribute('device_id');
  }
  public set deviceId(value: string) {
    this._deviceId = value;
  }
  public resetDeviceId() {
    this._deviceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get deviceIdInput() {
    return this._deviceId;
  }

  // mapping_id - computed: false, optional: false, required: true
  private _mappingId?: string; 
  public get mappingId() {
    return this.getStringAttribute('mapping_id');
  }
  public set mappingId(value: string) {
    this._mappingId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get mappingIdInput() {
    return this._mappingId;
  }

  // mdev - computed: false, optional: true, required: false
  private _mdev?: string; 
  public get mdev() {
    return this.getStringAttribute('mdev');
  }
  public set mdev(value: string) {
    this._mdev = value;
  }
  public resetMdev() {
    this._mdev = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mdevInput() {
    return this._mdev;
  }

  // pcie - computed: false, optional: true, required: false
  private _pcie?: boolean | cdktf.IResolvable; 
  public get pcie() {
    return this.getBooleanAttribute('pcie');
  }
  public set pcie(value: boolean | cdktf.IResolvable) {
    this._pcie = value;
  }
  public resetPcie() {
    this._pcie = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pcieInput() {
    return this._pcie;
  }

  // primary_gpu - computed: false, optional: true, required: false
  private _primaryGpu?: boolean | cdktf.IResolvable; 
  public get primaryGpu() {
    return this.getBooleanAttribute('primary_gpu');
  }
  public set primaryGpu(value: boolean | cdktf.IResolvable) {
    this._primaryGpu = value;
  }
  public resetPrimaryGpu() {
    this._primaryGpu = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get primaryGpuInput() {
    return this._primaryGpu;
  }

  // rombar - computed: false, optional: true, required: false
  private _rombar?: boolean | cdktf.IResolvable; 
  public get rombar() {
    return this.getBooleanAttribute('rombar');
  }
  public set rombar(value: boolean | cdktf.IResolvable) {
    this._rombar = value;
  }
  public resetRombar() {
    this._rombar = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rombarInput() {
    return this._rombar;
  }

  // sub_device_id - computed: false, optional: true, required: false
  private _subDeviceId?: string; 
  public get subDeviceId() {
    return this.getStringAttribute('sub_device_id');
  }
  public set subDeviceId(value: string) {
    this._subDeviceId = value;
  }
  public resetSubDeviceId() {
    this._subDeviceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get subDeviceIdInput() {
    return this._subDeviceId;
  }

  // sub_vendor_id - computed: false, optional: true, required: false
  private _subVendorId?: string; 
  public get subVendorId() {
    return this.getStringAttribute('sub_vendor_id');
  }
  public set subVendorId(value: string) {
    this._subVendorId = value;
  }
  public resetSubVendorId() {
    this._subVendorId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get subVendorIdInput() {
    return this._subVendorId;
  }

  // vendor_id - computed: false, optional: true, required: false
  private _vendorId?: string; 
  public get vendorId() {
    return this.getStringAttribute('vendor_id');
  }
  public set vendorId(value: string) {
    this._vendorId = value;
  }
  public resetVendorId() {
    this._vendorId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vendorIdInput() {
    return this._vendorId;
  }
}
export interface VmQemuPcisPci6Raw {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#device_id VmQemu#device_id}
  */
  readonly deviceId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mdev VmQemu#mdev}
  */
  readonly mdev?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#pcie VmQemu#pcie}
  */
  readonly pcie?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#primary_gpu VmQemu#primary_gpu}
  */
  readonly primaryGpu?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#raw_id VmQemu#raw_id}
  */
  readonly rawId: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#rombar VmQemu#rombar}
  */
  readonly rombar?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#sub_device_id VmQemu#sub_device_id}
  */
  readonly subDeviceId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#sub_vendor_id VmQemu#sub_vendor_id}
  */
  readonly subVendorId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#vendor_id VmQemu#vendor_id}
  */
  readonly vendorId?: string;
}

export function vmQemuPcisPci6RawToTerraform(struct?: VmQemuPcisPci6RawOutputReference | VmQemuPcisPci6Raw): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    device_id: cdktf.stringToTerraform(struct!.deviceId),
    mdev: cdktf.stringToTerraform(struct!.mdev),
    pcie: cdktf.booleanToTerraform(struct!.pcie),
    primary_gpu: cdktf.booleanToTerraform(struct!.primaryGpu),
    raw_id: cdktf.stringToTerraform(struct!.rawId),
    rombar: cdktf.booleanToTerraform(struct!.rombar),
    sub_device_id: cdktf.stringToTerraform(struct!.subDeviceId),
    sub_vendor_id: cdktf.stringToTerraform(struct!.subVendorId),
    vendor_id: cdktf.stringToTerraform(struct!.vendorId),
  }
}


export function vmQemuPcisPci6RawToHclTerraform(struct?: VmQemuPcisPci6RawOutputReference | VmQemuPcisPci6Raw): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    device_id: {
      value: cdktf.stringToHclTerraform(struct!.deviceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    mdev: {
      value: cdktf.stringToHclTerraform(struct!.mdev),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    pcie: {
      value: cdktf.booleanToHclTerraform(struct!.pcie),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    primary_gpu: {
      value: cdktf.booleanToHclTerraform(struct!.primaryGpu),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    raw_id: {
      value: cdktf.stringToHclTerraform(struct!.rawId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    rombar: {
      value: cdktf.booleanToHclTerraform(struct!.rombar),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    sub_device_id: {
      value: cdktf.stringToHclTerraform(struct!.subDeviceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    sub_vendor_id: {
      value: cdktf.stringToHclTerraform(struct!.subVendorId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    vendor_id: {
      value: cdktf.stringToHclTerraform(struct!.vendorId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuPcisPci6RawOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VmQemuPcisPci6Raw | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._deviceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.deviceId = this._deviceId;
    }
    if (this._mdev !== undefined) {
      hasAnyValues = true;
      internalValueResult.mdev = this._mdev;
    }
    if (this._pcie !== undefined) {
      hasAnyValues = true;
      internalValueResult.pcie = this._pcie;
    }
    if (this._primaryGpu !== undefined) {
      hasAnyValues = true;
      internalValueResult.primaryGpu = this._primaryGpu;
    }
    if (this._rawId !== undefined) {
      hasAnyValues = true;
      internalValueResult.rawId = this._rawId;
    }
    if (this._rombar !== undefined) {
      hasAnyValues = true;
      internalValueResult.rombar = this._rombar;
    }
    if (this._subDeviceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.subDeviceId = this._subDeviceId;
    }
    if (this._subVendorId !== undefined) {
      hasAnyValues = true;
      internalValueResult.subVendorId = this._subVendorId;
    }
    if (this._vendorId !== undefined) {
      hasAnyValues = true;
      internalValueResult.vendorId = this._vendorId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuPcisPci6Raw | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._deviceId = undefined;
      this._mdev = undefined;
      this._pcie = undefined;
      this._primaryGpu = undefined;
      this._rawId = undefined;
      this._rombar = undefined;
      this._subDeviceId = undefined;
      this._subVendorId = undefined;
      this._vendorId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._deviceId = value.deviceId;
      this._mdev = value.mdev;
      this._pcie = value.pcie;
      this._primaryGpu = value.primaryGpu;
      this._rawId = value.rawId;
      this._rombar = value.rombar;
      this._subDeviceId = value.subDeviceId;
      this._subVendorId = value.subVendorId;
      this._vendorId = value.vendorId;
    }
  }

  // device_id - computed: false, optional: true, required: false
  private _deviceId?: string; 
  public get deviceId() {
    return this.getStringAttribute('device_id');
  }
  public set deviceId(value: string) {
    this._deviceId = value;
  }
  public resetDeviceId() {
    this._deviceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get deviceIdInput() {
    return this._deviceId;
  }

  // mdev - computed: false, optional: true, required: false
  private _mdev?: string; 
  public get mdev() {
    return this.getStringAttribute('mdev');
  }
  public set mdev(value: string) {
    this._mdev = value;
  }
  public resetMdev() {
    this._mdev = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mdevInput() {
    return this._mdev;
  }

  // pcie - computed: false, optional: true, required: false
  private _pcie?: boolean | cdktf.IResolvable; 
  public get pcie() {
    return this.getBooleanAttribute('pcie');
  }
  public set pcie(value: boolean | cdktf.IResolvable) {
    this._pcie = value;
  }
  public resetPcie() {
    this._pcie = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pcieInput() {
    return this._pcie;
  }

  // primary_gpu - computed: false, optional: true, required: false
  private _primaryGpu?: boolean | cdktf.IResolvable; 
  public get primaryGpu() {
    return this.getBooleanAttribute('primary_gpu');
  }
  public set primaryGpu(value: boolean | cdktf.IResolvable) {
    this._primaryGpu = value;
  }
  public resetPrimaryGpu() {
    this._primaryGpu = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get primaryGpuInput() {
    return this._primaryGpu;
  }

  // raw_id - computed: false, optional: false, required: true
  private _rawId?: string; 
  public get rawId() {
    return this.getStringAttribute('raw_id');
  }
  public set rawId(value: string) {
    this._rawId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get rawIdInput() {
    return this._rawId;
  }

  // rombar - computed: false, optional: true, required: false
  private _rombar?: boolean | cdktf.IResolvable; 
  public get rombar() {
    return this.getBooleanAttribute('rombar');
  }
  public set rombar(value: boolean | cdktf.IResolvable) {
    this._rombar = value;
  }
  public resetRombar() {
    this._rombar = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rombarInput() {
    return this._rombar;
  }

  // sub_device_id - computed: false, optional: true, required: false
  private _subDeviceId?: string; 
  public get subDeviceId() {
    return this.getStringAttribute('sub_device_id');
  }
  public set subDeviceId(value: string) {
    this._subDeviceId = value;
  }
  public resetSubDeviceId() {
    this._subDeviceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get subDeviceIdInput() {
    return this._subDeviceId;
  }

  // sub_vendor_id - computed: false, optional: true, required: false
  private _subVendorId?: string; 
  public get subVendorId() {
    return this.getStringAttribute('sub_vendor_id');
  }
  public set subVendorId(value: string) {
    this._subVendorId = value;
  }
  public resetSubVendorId() {
    this._subVendorId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get subVendorIdInput() {
    return this._subVendorId;
  }

  // vendor_id - computed: false, optional: true, required: false
  private _vendorId?: string; 
  public get vendorId() {
    return this.getStringAttribute('vendor_id');
  }
  public set vendorId(value: string) {
    this._vendorId = value;
  }
  public resetVendorId() {
    this._vendorId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vendorIdInput() {
    return this._vendorId;
  }
}
export interface VmQemuPcisPci6 {
  /**
  * mapping block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mapping VmQemu#mapping}
  */
  readonly mapping?: VmQemuPcisPci6Mapping;
  /**
  * raw block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#raw VmQemu#raw}
  */
  readonly raw?: VmQemuPcisPci6Raw;
}

export function vmQemuPcisPci6ToTerraform(struct?: VmQemuPcisPci6OutputReference | VmQemuPcisPci6): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    mapping: vmQemuPcisPci6MappingToTerraform(struct!.mapping),
    raw: vmQemuPcisPci6RawToTerraform(struct!.raw),
  }
}


export function vmQemuPcisPci6ToHclTerraform(struct?: VmQemuPcisPci6OutputReference | VmQemuPcisPci6): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    mapping: {
      value: vmQemuPcisPci6MappingToHclTerraform(struct!.mapping),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuPcisPci6MappingList",
    },
    raw: {
      value: vmQemuPcisPci6RawToHclTerraform(struct!.raw),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuPcisPci6RawList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuPcisPci6OutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VmQemuPcisPci6 | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._mapping?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.mapping = this._mapping?.internalValue;
    }
    if (this._raw?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.raw = this._raw?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuPcisPci6 | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._mapping.internalValue = undefined;
      this._raw.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._mapping.internalValue = value.mapping;
      this._raw.internalValue = value.raw;
    }
  }

  // mapping - computed: false, optional: true, required: false
  private _mapping = new VmQemuPcisPci6MappingOutputReference(this, "mapping");
  public get mapping() {
    return this._mapping;
  }
  public putMapping(value: VmQemuPcisPci6Mapping) {
    this._mapping.internalValue = value;
  }
  public resetMapping() {
    this._mapping.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mappingInput() {
    return this._mapping.internalValue;
  }

  // raw - computed: false, optional: true, required: false
  private _raw = new VmQemuPcisPci6RawOutputReference(this, "raw");
  public get raw() {
    return this._raw;
  }
  public putRaw(value: VmQemuPcisPci6Raw) {
    this._raw.internalValue = value;
  }
  public resetRaw() {
    this._raw.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rawInput() {
    return this._raw.internalValue;
  }
}
export interface VmQemuPcisPci7Mapping {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#device_id VmQemu#device_id}
  */
  readonly deviceId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mapping_id VmQemu#mapping_id}
  */
  readonly mappingId: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mdev VmQemu#mdev}
  */
  readonly mdev?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#pcie VmQemu#pcie}
  */
  readonly pcie?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#primary_gpu VmQemu#primary_gpu}
  */
  readonly primaryGpu?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#rombar VmQemu#rombar}
  */
  readonly rombar?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#sub_device_id VmQemu#sub_device_id}
  */
  readonly subDeviceId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#sub_vendor_id VmQemu#sub_vendor_id}
  */
  readonly subVendorId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#vendor_id VmQemu#vendor_id}
  */
  readonly vendorId?: string;
}

export function vmQemuPcisPci7MappingToTerraform(struct?: VmQemuPcisPci7MappingOutputReference | VmQemuPcisPci7Mapping): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    device_id: cdktf.stringToTerraform(struct!.deviceId),
    mapping_id: cdktf.stringToTerraform(struct!.mappingId),
    mdev: cdktf.stringToTerraform(struct!.mdev),
    pcie: cdktf.booleanToTerraform(struct!.pcie),
    primary_gpu: cdktf.booleanToTerraform(struct!.primaryGpu),
    rombar: cdktf.booleanToTerraform(struct!.rombar),
    sub_device_id: cdktf.stringToTerraform(struct!.subDeviceId),
    sub_vendor_id: cdktf.stringToTerraform(struct!.subVendorId),
    vendor_id: cdktf.stringToTerraform(struct!.vendorId),
  }
}


export function vmQemuPcisPci7MappingToHclTerraform(struct?: VmQemuPcisPci7MappingOutputReference | VmQemuPcisPci7Mapping): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    device_id: {
      value: cdktf.stringToHclTerraform(struct!.deviceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    mapping_id: {
      value: cdktf.stringToHclTerraform(struct!.mappingId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    mdev: {
      value: cdktf.stringToHclTerraform(struct!.mdev),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    pcie: {
      value: cdktf.booleanToHclTerraform(struct!.pcie),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    primary_gpu: {
      value: cdktf.booleanToHclTerraform(struct!.primaryGpu),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    rombar: {
      value: cdktf.booleanToHclTerraform(struct!.rombar),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    sub_device_id: {
      value: cdktf.stringToHclTerraform(struct!.subDeviceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    sub_vendor_id: {
      value: cdktf.stringToHclTerraform(struct!.subVendorId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    vendor_id: {
      value: cdktf.stringToHclTerraform(struct!.vendorId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuPcisPci7MappingOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VmQemuPcisPci7Mapping | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._deviceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.deviceId = this._deviceId;
    }
    if (this._mappingId !== undefined) {
      hasAnyValues = true;
      internalValueResult.mappingId = this._mappingId;
    }
    if (this._mdev !== undefined) {
      hasAnyValues = true;
      internalValueResult.mdev = this._mdev;
    }
    if (this._pcie !== undefined) {
      hasAnyValues = true;
      internalValueResult.pcie = this._pcie;
    }
    if (this._primaryGpu !== undefined) {
      hasAnyValues = true;
      internalValueResult.primaryGpu = this._primaryGpu;
    }
    if (this._rombar !== undefined) {
      hasAnyValues = true;
      internalValueResult.rombar = this._rombar;
    }
    if (this._subDeviceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.subDeviceId = this._subDeviceId;
    }
    if (this._subVendorId !== undefined) {
      hasAnyValues = true;
      internalValueResult.subVendorId = this._subVendorId;
    }
    if (this._vendorId !== undefined) {
      hasAnyValues = true;
      internalValueResult.vendorId = this._vendorId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuPcisPci7Mapping | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._deviceId = undefined;
      this._mappingId = undefined;
      this._mdev = undefined;
      this._pcie = undefined;
      this._primaryGpu = undefined;
      this._rombar = undefined;
      this._subDeviceId = undefined;
      this._subVendorId = undefined;
      this._vendorId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._deviceId = value.deviceId;
      this._mappingId = value.mappingId;
      this._mdev = value.mdev;
      this._pcie = value.pcie;
      this._primaryGpu = value.primaryGpu;
      this._rombar = value.rombar;
      this._subDeviceId = value.subDeviceId;
      this._subVendorId = value.subVendorId;
      this._vendorId = value.vendorId;
    }
  }

  // device_id - computed: false, optional: true, required: false
  private _deviceId?: string; 
  public get deviceId() {
    return this.getStringAttribute('device_id');
  }
  public set deviceId(value: string) {
    this._deviceId = value;
  }
  public resetDeviceId() {
    this._deviceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get deviceIdInput() {
    return this._deviceId;
  }

  // mapping_id - computed: false, optional: false, required: true
  private _mappingId?: string; 
  public get mappingId() {
    return this.getStringAttribute('mapping_id');
  }
  public set mappingId(value: string) {
    this._mappingId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get mappingIdInput() {
    return this._mappingId;
  }

  // mdev - computed: false, optional: true, required: false
  private _mdev?: string; 
  public get mdev() {
    return this.getStringAttribute('mdev');
  }
  public set mdev(value: string) {
    this._mdev = value;
  }
  public resetMdev() {
    this._mdev = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mdevInput() {
    return this._mdev;
  }

  // pcie - computed: false, optional: true, required: false
  private _pcie?: boolean | cdktf.IResolvable; 
  public get pcie() {
    return this.getBooleanAttribute('pcie');
  }
  public set pcie(value: boolean | cdktf.IResolvable) {
    this._pcie = value;
  }
  public resetPcie() {
    this._pcie = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pcieInput() {
    return this._pcie;
  }

  // primary_gpu - computed: false, optional: true, required: false
  private _primaryGpu?: boolean | cdktf.IResolvable; 
  public get primaryGpu() {
    return this.getBooleanAttribute('primary_gpu');
  }
  public set primaryGpu(value: boolean | cdktf.IResolvable) {
    this._primaryGpu = value;
  }
  public resetPrimaryGpu() {
    this._primaryGpu = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get primaryGpuInput() {
    return this._primaryGpu;
  }

  // rombar - computed: false, optional: true, required: false
  private _rombar?: boolean | cdktf.IResolvable; 
  public get rombar() {
    return this.getBooleanAttribute('rombar');
  }
  public set rombar(value: boolean | cdktf.IResolvable) {
    this._rombar = value;
  }
  public resetRombar() {
    this._rombar = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rombarInput() {
    return this._rombar;
  }

  // sub_device_id - computed: false, optional: true, required: false
  private _subDeviceId?: string; 
  public get subDeviceId() {
    return this.getStringAttribute('sub_device_id');
  }
  public set subDeviceId(value: string) {
    this._subDeviceId = value;
  }
  public resetSubDeviceId() {
    this._subDeviceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get subDeviceIdInput() {
    return this._subDeviceId;
  }

  // sub_vendor_id - computed: false, optional: true, required: false
  private _subVendorId?: string; 
  public get subVendorId() {
    return this.getStringAttribute('sub_vendor_id');
  }
  public set subVendorId(value: string) {
    this._subVendorId = value;
  }
  public resetSubVendorId() {
    this._subVendorId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get subVendorIdInput() {
    return this._subVendorId;
  }

  // vendor_id - computed: false, optional: true, required: false
  private _vendorId?: string; 
  public get vendorId() {
    return this.getStringAttribute('vendor_id');
  }
  public set vendorId(value: string) {
    this._vendorId = value;
  }
  public resetVendorId() {
    this._vendorId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vendorIdInput() {
    return this._vendorId;
  }
}
export interface VmQemuPcisPci7Raw {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#device_id VmQemu#device_id}
  */
  readonly deviceId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mdev VmQemu#mdev}
  */
  readonly mdev?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#pcie VmQemu#pcie}
  */
  readonly pcie?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#primary_gpu VmQemu#primary_gpu}
  */
  readonly primaryGpu?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#raw_id VmQemu#raw_id}
  */
  readonly rawId: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#rombar VmQemu#rombar}
  */
  readonly rombar?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#sub_device_id VmQemu#sub_device_id}
  */
  readonly subDeviceId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#sub_vendor_id VmQemu#sub_vendor_id}
  */
  readonly subVendorId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#vendor_id VmQemu#vendor_id}
  */
  readonly vendorId?: string;
}

export function vmQemuPcisPci7RawToTerraform(struct?: VmQemuPcisPci7RawOutputReference | VmQemuPcisPci7Raw): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    device_id: cdktf.stringToTerraform(struct!.deviceId),
    mdev: cdktf.stringToTerraform(struct!.mdev),
    pcie: cdktf.booleanToTerraform(struct!.pcie),
    primary_gpu: cdktf.booleanToTerraform(struct!.primaryGpu),
    raw_id: cdktf.stringToTerraform(struct!.rawId),
    rombar: cdktf.booleanToTerraform(struct!.rombar),
    sub_device_id: cdktf.stringToTerraform(struct!.subDeviceId),
    sub_vendor_id: cdktf.stringToTerraform(struct!.subVendorId),
    vendor_id: cdktf.stringToTerraform(struct!.vendorId),
  }
}


export function vmQemuPcisPci7RawToHclTerraform(struct?: VmQemuPcisPci7RawOutputReference | VmQemuPcisPci7Raw): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    device_id: {
      value: cdktf.stringToHclTerraform(struct!.deviceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    mdev: {
      value: cdktf.stringToHclTerraform(struct!.mdev),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    pcie: {
      value: cdktf.booleanToHclTerraform(struct!.pcie),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    primary_gpu: {
      value: cdktf.booleanToHclTerraform(struct!.primaryGpu),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    raw_id: {
      value: cdktf.stringToHclTerraform(struct!.rawId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    rombar: {
      value: cdktf.booleanToHclTerraform(struct!.rombar),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    sub_device_id: {
      value: cdktf.stringToHclTerraform(struct!.subDeviceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    sub_vendor_id: {
      value: cdktf.stringToHclTerraform(struct!.subVendorId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    vendor_id: {
      value: cdktf.stringToHclTerraform(struct!.vendorId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuPcisPci7RawOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VmQemuPcisPci7Raw | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._deviceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.deviceId = this._deviceId;
    }
    if (this._mdev !== undefined) {
      hasAnyValues = true;
      internalValueResult.mdev = this._mdev;
    }
    if (this._pcie !== undefined) {
      hasAnyValues = true;
      internalValueResult.pcie = this._pcie;
    }
    if (this._primaryGpu !== undefined) {
      hasAnyValues = true;
      internalValueResult.primaryGpu = this._primaryGpu;
    }
    if (this._rawId !== undefined) {
      hasAnyValues = true;
      internalValueResult.rawId = this._rawId;
    }
    if (this._rombar !== undefined) {
      hasAnyValues = true;
      internalValueResult.rombar = this._rombar;
    }
    if (this._subDeviceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.subDeviceId = this._subDeviceId;
    }
    if (this._subVendorId !== undefined) {
      hasAnyValues = true;
      internalValueResult.subVendorId = this._subVendorId;
    }
    if (this._vendorId !== undefined) {
      hasAnyValues = true;
      internalValueResult.vendorId = this._vendorId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuPcisPci7Raw | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._deviceId = undefined;
      this._mdev = undefined;
      this._pcie = undefined;
      this._primaryGpu = undefined;
      this._rawId = undefined;
      this._rombar = undefined;
      this._subDeviceId = undefined;
      this._subVendorId = undefined;
      this._vendorId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._deviceId = value.deviceId;
      this._mdev = value.mdev;
      this._pcie = value.pcie;
      this._primaryGpu = value.primaryGpu;
      this._rawId = value.rawId;
      this._rombar = value.rombar;
      this._subDeviceId = value.subDeviceId;
      this._subVendorId = value.subVendorId;
      this._vendorId = value.vendorId;
    }
  }

  // device_id - computed: false, optional: true, required: false
  private _deviceId?: string; 
  public get deviceId() {
    return this.getStringAttribute('device_id');
  }
  public set deviceId(value: string) {
    this._deviceId = value;
  }
  public resetDeviceId() {
    this._deviceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get deviceIdInput() {
    return this._deviceId;
  }

  // mdev - computed: false, optional: true, required: false
  private _mdev?: string; 
  public get mdev() {
    return this.getStringAttribute('mdev');
  }
  public set mdev(value: string) {
    this._mdev = value;
  }
  public resetMdev() {
    this._mdev = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mdevInput() {
    return this._mdev;
  }

  // pcie - computed: false, optional: true, required: false
  private _pcie?: boolean | cdktf.IResolvable; 
  public get pcie() {
    return this.getBooleanAttribute('pcie');
  }
  public set pcie(value: boolean | cdktf.IResolvable) {
    this._pcie = value;
  }
  public resetPcie() {
    this._pcie = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pcieInput() {
    return this._pcie;
  }

  // primary_gpu - computed: false, optional: true, required: false
  private _primaryGpu?: boolean | cdktf.IResolvable; 
  public get primaryGpu() {
    return this.getBooleanAttribute('primary_gpu');
  }
  public set primaryGpu(value: boolean | cdktf.IResolvable) {
    this._primaryGpu = value;
  }
  public resetPrimaryGpu() {
    this._primaryGpu = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get primaryGpuInput() {
    return this._primaryGpu;
  }

  // raw_id - computed: false, optional: false, required: true
  private _rawId?: string; 
  public get rawId() {
    return this.getStringAttribute('raw_id');
  }
  public set rawId(value: string) {
    this._rawId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get rawIdInput() {
    return this._rawId;
  }

  // rombar - computed: false, optional: true, required: false
  private _rombar?: boolean | cdktf.IResolvable; 
  public get rombar() {
    return this.getBooleanAttribute('rombar');
  }
  public set rombar(value: boolean | cdktf.IResolvable) {
    this._rombar = value;
  }
  public resetRombar() {
    this._rombar = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rombarInput() {
    return this._rombar;
  }

  // sub_device_id - computed: false, optional: true, required: false
  private _subDeviceId?: string; 
  public get subDeviceId() {
    return this.getStringAttribute('sub_device_id');
  }
  public set subDeviceId(value: string) {
    this._subDeviceId = value;
  }
  public resetSubDeviceId() {
    this._subDeviceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get subDeviceIdInput() {
    return this._subDeviceId;
  }

  // sub_vendor_id - computed: false, optional: true, required: false
  private _subVendorId?: string; 
  public get subVendorId() {
    return this.getStringAttribute('sub_vendor_id');
  }
  public set subVendorId(value: string) {
    this._subVendorId = value;
  }
  public resetSubVendorId() {
    this._subVendorId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get subVendorIdInput() {
    return this._subVendorId;
  }

  // vendor_id - computed: false, optional: true, required: false
  private _vendorId?: string; 
  public get vendorId() {
    return this.getStringAttribute('vendor_id');
  }
  public set vendorId(value: string) {
    this._vendorId = value;
  }
  public resetVendorId() {
    this._vendorId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vendorIdInput() {
    return this._vendorId;
  }
}
export interface VmQemuPcisPci7 {
  /**
  * mapping block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mapping VmQemu#mapping}
  */
  readonly mapping?: VmQemuPcisPci7Mapping;
  /**
  * raw block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#raw VmQemu#raw}
  */
  readonly raw?: VmQemuPcisPci7Raw;
}

export function vmQemuPcisPci7ToTerraform(struct?: VmQemuPcisPci7OutputReference | VmQemuPcisPci7): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    mapping: vmQemuPcisPci7MappingToTerraform(struct!.mapping),
    raw: vmQemuPcisPci7RawToTerraform(struct!.raw),
  }
}


export function vmQemuPcisPci7ToHclTerraform(struct?: VmQemuPcisPci7OutputReference | VmQemuPcisPci7): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    mapping: {
      value: vmQemuPcisPci7MappingToHclTerraform(struct!.mapping),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuPcisPci7MappingList",
    },
    raw: {
      value: vmQemuPcisPci7RawToHclTerraform(struct!.raw),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuPcisPci7RawList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuPcisPci7OutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VmQemuPcisPci7 | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._mapping?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.mapping = this._mapping?.internalValue;
    }
    if (this._raw?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.raw = this._raw?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuPcisPci7 | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._mapping.internalValue = undefined;
      this._raw.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._mapping.internalValue = value.mapping;
      this._raw.internalValue = value.raw;
    }
  }

  // mapping - computed: false, optional: true, required: false
  private _mapping = new VmQemuPcisPci7MappingOutputReference(this, "mapping");
  public get mapping() {
    return this._mapping;
  }
  public putMapping(value: VmQemuPcisPci7Mapping) {
    this._mapping.internalValue = value;
  }
  public resetMapping() {
    this._mapping.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mappingInput() {
    return this._mapping.internalValue;
  }

  // raw - computed: false, optional: true, required: false
  private _raw = new VmQemuPcisPci7RawOutputReference(this, "raw");
  public get raw() {
    return this._raw;
  }
  public putRaw(value: VmQemuPcisPci7Raw) {
    this._raw.internalValue = value;
  }
  public resetRaw() {
    this._raw.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rawInput() {
    return this._raw.internalValue;
  }
}
export interface VmQemuPcisPci8Mapping {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#device_id VmQemu#device_id}
  */
  readonly deviceId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mapping_id VmQemu#mapping_id}
  */
  readonly mappingId: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mdev VmQemu#mdev}
  */
  readonly mdev?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#pcie VmQemu#pcie}
  */
  readonly pcie?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#primary_gpu VmQemu#primary_gpu}
  */
  readonly primaryGpu?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#rombar VmQemu#rombar}
  */
  readonly rombar?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#sub_device_id VmQemu#sub_device_id}
  */
  readonly subDeviceId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#sub_vendor_id VmQemu#sub_vendor_id}
  */
  readonly subVendorId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#vendor_id VmQemu#vendor_id}
  */
  readonly vendorId?: string;
}

export function vmQemuPcisPci8MappingToTerraform(struct?: VmQemuPcisPci8MappingOutputReference | VmQemuPcisPci8Mapping): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    device_id: cdktf.stringToTerraform(struct!.deviceId),
    mapping_id: cdktf.stringToTerraform(struct!.mappingId),
    mdev: cdktf.stringToTerraform(struct!.mdev),
    pcie: cdktf.booleanToTerraform(struct!.pcie),
    primary_gpu: cdktf.booleanToTerraform(struct!.primaryGpu),
    rombar: cdktf.booleanToTerraform(struct!.rombar),
    sub_device_id: cdktf.stringToTerraform(struct!.subDeviceId),
    sub_vendor_id: cdktf.stringToTerraform(struct!.subVendorId),
    vendor_id: cdktf.stringToTerraform(struct!.vendorId),
  }
}


export function vmQemuPcisPci8MappingToHclTerraform(struct?: VmQemuPcisPci8MappingOutputReference | VmQemuPcisPci8Mapping): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    device_id: {
      value: cdktf.stringToHclTerraform(struct!.deviceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    mapping_id: {
      value: cdktf.stringToHclTerraform(struct!.mappingId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    mdev: {
      value: cdktf.stringToHclTerraform(struct!.mdev),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    pcie: {
      value: cdktf.booleanToHclTerraform(struct!.pcie),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    primary_gpu: {
      value: cdktf.booleanToHclTerraform(struct!.primaryGpu),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    rombar: {
      value: cdktf.booleanToHclTerraform(struct!.rombar),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    sub_device_id: {
      value: cdktf.stringToHclTerraform(struct!.subDeviceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    sub_vendor_id: {
      value: cdktf.stringToHclTerraform(struct!.subVendorId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    vendor_id: {
      value: cdktf.stringToHclTerraform(struct!.vendorId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuPcisPci8MappingOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VmQemuPcisPci8Mapping | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._deviceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.deviceId = this._deviceId;
    }
    if (this._mappingId !== undefined) {
      hasAnyValues = true;
      internalValueResult.mappingId = this._mappingId;
    }
    if (this._mdev !== undefined) {
      hasAnyValues = true;
      internalValueResult.mdev = this._mdev;
    }
    if (this._pcie !== undefined) {
      hasAnyValues = true;
      internalValueResult.pcie = this._pcie;
    }
    if (this._primaryGpu !== undefined) {
      hasAnyValues = true;
      internalValueResult.primaryGpu = this._primaryGpu;
    }
    if (this._rombar !== undefined) {
      hasAnyValues = true;
      internalValueResult.rombar = this._rombar;
    }
    if (this._subDeviceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.subDeviceId = this._subDeviceId;
    }
    if (this._subVendorId !== undefined) {
      hasAnyValues = true;
      internalValueResult.subVendorId = this._subVendorId;
    }
    if (this._vendorId !== undefined) {
      hasAnyValues = true;
      internalValueResult.vendorId = this._vendorId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuPcisPci8Mapping | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._deviceId = undefined;
      this._mappingId = undefined;
      this._mdev = undefined;
      this._pcie = undefined;
      this._primaryGpu = undefined;
      this._rombar = undefined;
      this._subDeviceId = undefined;
      this._subVendorId = undefined;
      this._vendorId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._deviceId = value.deviceId;
      this._mappingId = value.mappingId;
      this._mdev = value.mdev;
      this._pcie = value.pcie;
      this._primaryGpu = value.primaryGpu;
      this._rombar = value.rombar;
      this._subDeviceId = value.subDeviceId;
      this._subVendorId = value.subVendorId;
      this._vendorId = value.vendorId;
    }
  }

  // device_id - computed: false, optional: true, required: false
  private _deviceId?: string; 
  public get deviceId() {
    return this.getStringAttribute('device_id');
  }
  public set deviceId(value: string) {
    this._deviceId = value;
  }
  public resetDeviceId() {
    this._deviceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get deviceIdInput() {
    return this._deviceId;
  }

  // mapping_id - computed: false, optional: false, required: true
  private _mappingId?: string; 
  public get mappingId() {
    return this.getStringAttribute('mapping_id');
  }
  public set mappingId(value: string) {
    this._mappingId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get mappingIdInput() {
    return this._mappingId;
  }

  // mdev - computed: false, optional: true, required: false
  private _mdev?: string; 
  public get mdev() {
    return this.getStringAttribute('mdev');
  }
  public set mdev(value: string) {
    this._mdev = value;
  }
  public resetMdev() {
    this._mdev = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mdevInput() {
    return this._mdev;
  }

  // pcie - computed: false, optional: true, required: false
  private _pcie?: boolean | cdktf.IResolvable; 
  public get pcie() {
    return this.getBooleanAttribute('pcie');
  }
  public set pcie(value: boolean | cdktf.IResolvable) {
    this._pcie = value;
  }
  public resetPcie() {
    this._pcie = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pcieInput() {
    return this._pcie;
  }

  // primary_gpu - computed: false, optional: true, required: false
  private _primaryGpu?: boolean | cdktf.IResolvable; 
  public get primaryGpu() {
    return this.getBooleanAttribute('primary_gpu');
  }
  public set primaryGpu(value: boolean | cdktf.IResolvable) {
    this._primaryGpu = value;
  }
  public resetPrimaryGpu() {
    this._primaryGpu = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get primaryGpuInput() {
    return this._primaryGpu;
  }

  // rombar - computed: false, optional: true, required: false
  private _rombar?: boolean | cdktf.IResolvable; 
  public get rombar() {
    return this.getBooleanAttribute('rombar');
  }
  public set rombar(value: boolean | cdktf.IResolvable) {
    this._rombar = value;
  }
  public resetRombar() {
    this._rombar = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rombarInput() {
    return this._rombar;
  }

  // sub_device_id - computed: false, optional: true, required: false
  private _subDeviceId?: string; 
  public get subDeviceId() {
    return this.getStringAttribute('sub_device_id');
  }
  public set subDeviceId(value: string) {
    this._subDeviceId = value;
  }
  public resetSubDeviceId() {
    this._subDeviceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get subDeviceIdInput() {
    return this._subDeviceId;
  }

  // sub_vendor_id - computed: false, optional: true, required: false
  private _subVendorId?: string; 
  public get subVendorId() {
    return this.getStringAttribute('sub_vendor_id');
  }
  public set subVendorId(value: string) {
    this._subVendorId = value;
  }
  public resetSubVendorId() {
    this._subVendorId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get subVendorIdInput() {
    return this._subVendorId;
  }

  // vendor_id - computed: false, optional: true, required: false
  private _vendorId?: string; 
  public get vendorId() {
    return this.getStringAttribute('vendor_id');
  }
  public set vendorId(value: string) {
    this._vendorId = value;
  }
  public resetVendorId() {
    this._vendorId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vendorIdInput() {
    return this._vendorId;
  }
}
export interface VmQemuPcisPci8Raw {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#device_id VmQemu#device_id}
  */
  readonly deviceId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mdev VmQemu#mdev}
  */
  readonly mdev?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#pcie VmQemu#pcie}
  */
  readonly pcie?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#primary_gpu VmQemu#primary_gpu}
  */
  readonly primaryGpu?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#raw_id VmQemu#raw_id}
  */
  readonly rawId: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#rombar VmQemu#rombar}
  */
  readonly rombar?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#sub_device_id VmQemu#sub_device_id}
  */
  readonly subDeviceId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#sub_vendor_id VmQemu#sub_vendor_id}
  */
  readonly subVendorId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#vendor_id VmQemu#vendor_id}
  */
  readonly vendorId?: string;
}

export function vmQemuPcisPci8RawToTerraform(struct?: VmQemuPcisPci8RawOutputReference | VmQemuPcisPci8Raw): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    device_id: cdktf.stringToTerraform(struct!.deviceId),
    mdev: cdktf.stringToTerraform(struct!.mdev),
    pcie: cdktf.booleanToTerraform(struct!.pcie),
    primary_gpu: cdktf.booleanToTerraform(struct!.primaryGpu),
    raw_id: cdktf.stringToTerraform(struct!.rawId),
    rombar: cdktf.booleanToTerraform(struct!.rombar),
    sub_device_id: cdktf.stringToTerraform(struct!.subDeviceId),
    sub_vendor_id: cdktf.stringToTerraform(struct!.subVendorId),
    vendor_id: cdktf.stringToTerraform(struct!.vendorId),
  }
}


export function vmQemuPcisPci8RawToHclTerraform(struct?: VmQemuPcisPci8RawOutputReference | VmQemuPcisPci8Raw): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    device_id: {
      value: cdktf.stringToHclTerraform(struct!.deviceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    mdev: {
      value: cdktf.stringToHclTerraform(struct!.mdev),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    pcie: {
      value: cdktf.booleanToHclTerraform(struct!.pcie),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    primary_gpu: {
      value: cdktf.booleanToHclTerraform(struct!.primaryGpu),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    raw_id: {
      value: cdktf.stringToHclTerraform(struct!.rawId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    rombar: {
      value: cdktf.booleanToHclTerraform(struct!.rombar),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    sub_device_id: {
      value: cdktf.stringToHclTerraform(struct!.subDeviceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    sub_vendor_id: {
      value: cdktf.stringToHclTerraform(struct!.subVendorId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    vendor_id: {
      value: cdktf.stringToHclTerraform(struct!.vendorId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuPcisPci8RawOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VmQemuPcisPci8Raw | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._deviceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.deviceId = this._deviceId;
    }
    if (this._mdev !== undefined) {
      hasAnyValues = true;
      internalValueResult.mdev = this._mdev;
    }
    if (this._pcie !== undefined) {
      hasAnyValues = true;
      internalValueResult.pcie = this._pcie;
    }
    if (this._primaryGpu !== undefined) {
      hasAnyValues = true;
      internalValueResult.primaryGpu = this._primaryGpu;
    }
    if (this._rawId !== undefined) {
      hasAnyValues = true;
      internalValueResult.rawId = this._rawId;
    }
    if (this._rombar !== undefined) {
      hasAnyValues = true;
      internalValueResult.rombar = this._rombar;
    }
    if (this._subDeviceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.subDeviceId = this._subDeviceId;
    }
    if (this._subVendorId !== undefined) {
      hasAnyValues = true;
      internalValueResult.subVendorId = this._subVendorId;
    }
    if (this._vendorId !== undefined) {
      hasAnyValues = true;
      internalValueResult.vendorId = this._vendorId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuPcisPci8Raw | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._deviceId = undefined;
      this._mdev = undefined;
      this._pcie = undefined;
      this._primaryGpu = undefined;
      this._rawId = undefined;
      this._rombar = undefined;
      this._subDeviceId = undefined;
      this._subVendorId = undefined;
      this._vendorId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._deviceId = value.deviceId;
      this._mdev = value.mdev;
      this._pcie = value.pcie;
      this._primaryGpu = value.primaryGpu;
      this._rawId = value.rawId;
      this._rombar = value.rombar;
      this._subDeviceId = value.subDeviceId;
      this._subVendorId = value.subVendorId;
      this._vendorId = value.vendorId;
    }
  }

  // device_id - computed: false, optional: true, required: false
  private _deviceId?: string; 
  public get deviceId() {
    return this.getStringAttribute('device_id');
  }
  public set deviceId(value: string) {
    this._deviceId = value;
  }
  public resetDeviceId() {
    this._deviceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get deviceIdInput() {
    return this._deviceId;
  }

  // mdev - computed: false, optional: true, required: false
  private _mdev?: string; 
  public get mdev() {
    return this.getStringAttribute('mdev');
  }
  public set mdev(value: string) {
    this._mdev = value;
  }
  public resetMdev() {
    this._mdev = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mdevInput() {
    return this._mdev;
  }

  // pcie - computed: false, optional: true, required: false
  private _pcie?: boolean | cdktf.IResolvable; 
  public get pcie() {
    return this.getBooleanAttribute('pcie');
  }
  public set pcie(value: boolean | cdktf.IResolvable) {
    this._pcie = value;
  }
  public resetPcie() {
    this._pcie = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pcieInput() {
    return this._pcie;
  }

  // primary_gpu - computed: false, optional: true, required: false
  private _primaryGpu?: boolean | cdktf.IResolvable; 
  public get primaryGpu() {
    return this.getBooleanAttribute('primary_gpu');
  }
  public set primaryGpu(value: boolean | cdktf.IResolvable) {
    this._primaryGpu = value;
  }
  public resetPrimaryGpu() {
    this._primaryGpu = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get primaryGpuInput() {
    return this._primaryGpu;
  }

  // raw_id - computed: false, optional: false, required: true
  private _rawId?: string; 
  public get rawId() {
    return this.getStringAttribute('raw_id');
  }
  public set rawId(value: string) {
    this._rawId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get rawIdInput() {
    return this._rawId;
  }

  // rombar - computed: false, optional: true, required: false
  private _rombar?: boolean | cdktf.IResolvable; 
  public get rombar() {
    return this.getBooleanAttribute('rombar');
  }
  public set rombar(value: boolean | cdktf.IResolvable) {
    this._rombar = value;
  }
  public resetRombar() {
    this._rombar = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rombarInput() {
    return this._rombar;
  }

  // sub_device_id - computed: false, optional: true, required: false
  private _subDeviceId?: string; 
  public get subDeviceId() {
    return this.getStringAttribute('sub_device_id');
  }
  public set subDeviceId(value: string) {
    this._subDeviceId = value;
  }
  public resetSubDeviceId() {
    this._subDeviceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get subDeviceIdInput() {
    return this._subDeviceId;
  }

  // sub_vendor_id - computed: false, optional: true, required: false
  private _subVendorId?: string; 
  public get subVendorId() {
    return this.getStringAttribute('sub_vendor_id');
  }
  public set subVendorId(value: string) {
    this._subVendorId = value;
  }
  public resetSubVendorId() {
    this._subVendorId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get subVendorIdInput() {
    return this._subVendorId;
  }

  // vendor_id - computed: false, optional: true, required: false
  private _vendorId?: string; 
  public get vendorId() {
    return this.getStringAttribute('vendor_id');
  }
  public set vendorId(value: string) {
    this._vendorId = value;
  }
  public resetVendorId() {
    this._vendorId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vendorIdInput() {
    return this._vendorId;
  }
}
export interface VmQemuPcisPci8 {
  /**
  * mapping block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mapping VmQemu#mapping}
  */
  readonly mapping?: VmQemuPcisPci8Mapping;
  /**
  * raw block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#raw VmQemu#raw}
  */
  readonly raw?: VmQemuPcisPci8Raw;
}

export function vmQemuPcisPci8ToTerraform(struct?: VmQemuPcisPci8OutputReference | VmQemuPcisPci8): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    mapping: vmQemuPcisPci8MappingToTerraform(struct!.mapping),
    raw: vmQemuPcisPci8RawToTerraform(struct!.raw),
  }
}


export function vmQemuPcisPci8ToHclTerraform(struct?: VmQemuPcisPci8OutputReference | VmQemuPcisPci8): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    mapping: {
      value: vmQemuPcisPci8MappingToHclTerraform(struct!.mapping),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuPcisPci8MappingList",
    },
    raw: {
      value: vmQemuPcisPci8RawToHclTerraform(struct!.raw),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuPcisPci8RawList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuPcisPci8OutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VmQemuPcisPci8 | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._mapping?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.mapping = this._mapping?.internalValue;
    }
    if (this._raw?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.raw = this._raw?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuPcisPci8 | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._mapping.internalValue = undefined;
      this._raw.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._mapping.internalValue = value.mapping;
      this._raw.internalValue = value.raw;
    }
  }

  // mapping - computed: false, optional: true, required: false
  private _mapping = new VmQemuPcisPci8MappingOutputReference(this, "mapping");
  public get mapping() {
    return this._mapping;
  }
  public putMapping(value: VmQemuPcisPci8Mapping) {
    this._mapping.internalValue = value;
  }
  public resetMapping() {
    this._mapping.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mappingInput() {
    return this._mapping.internalValue;
  }

  // raw - computed: false, optional: true, required: false
  private _raw = new VmQemuPcisPci8RawOutputReference(this, "raw");
  public get raw() {
    return this._raw;
  }
  public putRaw(value: VmQemuPcisPci8Raw) {
    this._raw.internalValue = value;
  }
  public resetRaw() {
    this._raw.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rawInput() {
    return this._raw.internalValue;
  }
}
export interface VmQemuPcisPci9Mapping {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#device_id VmQemu#device_id}
  */
  readonly deviceId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mapping_id VmQemu#mapping_id}
  */
  readonly mappingId: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mdev VmQemu#mdev}
  */
  readonly mdev?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#pcie VmQemu#pcie}
  */
  readonly pcie?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#primary_gpu VmQemu#primary_gpu}
  */
  readonly primaryGpu?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#rombar VmQemu#rombar}
  */
  readonly rombar?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#sub_device_id VmQemu#sub_device_id}
  */
  readonly subDeviceId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#sub_vendor_id VmQemu#sub_vendor_id}
  */
  readonly subVendorId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#vendor_id VmQemu#vendor_id}
  */
  readonly vendorId?: string;
}

export function vmQemuPcisPci9MappingToTerraform(struct?: VmQemuPcisPci9MappingOutputReference | VmQemuPcisPci9Mapping): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    device_id: cdktf.stringToTerraform(struct!.deviceId),
    mapping_id: cdktf.stringToTerraform(struct!.mappingId),
    mdev: cdktf.stringToTerraform(struct!.mdev),
    pcie: cdktf.booleanToTerraform(struct!.pcie),
    primary_gpu: cdktf.booleanToTerraform(struct!.primaryGpu),
    rombar: cdktf.booleanToTerraform(struct!.rombar),
    sub_device_id: cdktf.stringToTerraform(struct!.subDeviceId),
    sub_vendor_id: cdktf.stringToTerraform(struct!.subVendorId),
    vendor_id: cdktf.stringToTerraform(struct!.vendorId),
  }
}


export function vmQemuPcisPci9MappingToHclTerraform(struct?: VmQemuPcisPci9MappingOutputReference | VmQemuPcisPci9Mapping): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    device_id: {
      value: cdktf.stringToHclTerraform(struct!.deviceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    mapping_id: {
      value: cdktf.stringToHclTerraform(struct!.mappingId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    mdev: {
      value: cdktf.stringToHclTerraform(struct!.mdev),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    pcie: {
      value: cdktf.booleanToHclTerraform(struct!.pcie),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    primary_gpu: {
      value: cdktf.booleanToHclTerraform(struct!.primaryGpu),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    rombar: {
      value: cdktf.booleanToHclTerraform(struct!.rombar),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    sub_device_id: {
      value: cdktf.stringToHclTerraform(struct!.subDeviceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    sub_vendor_id: {
      value: cdktf.stringToHclTerraform(struct!.subVendorId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    vendor_id: {
      value: cdktf.stringToHclTerraform(struct!.vendorId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuPcisPci9MappingOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VmQemuPcisPci9Mapping | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._deviceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.deviceId = this._deviceId;
    }
    if (this._mappingId !== undefined) {
      hasAnyValues = true;
      internalValueResult.mappingId = this._mappingId;
    }
    if (this._mdev !== undefined) {
      hasAnyValues = true;
      internalValueResult.mdev = this._mdev;
    }
    if (this._pcie !== undefined) {
      hasAnyValues = true;
      internalValueResult.pcie = this._pcie;
    }
    if (this._primaryGpu !== undefined) {
      hasAnyValues = true;
      internalValueResult.primaryGpu = this._primaryGpu;
    }
    if (this._rombar !== undefined) {
      hasAnyValues = true;
      internalValueResult.rombar = this._rombar;
    }
    if (this._subDeviceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.subDeviceId = this._subDeviceId;
    }
    if (this._subVendorId !== undefined) {
      hasAnyValues = true;
      internalValueResult.subVendorId = this._subVendorId;
    }
    if (this._vendorId !== undefined) {
      hasAnyValues = true;
      internalValueResult.vendorId = this._vendorId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuPcisPci9Mapping | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._deviceId = undefined;
      this._mappingId = undefined;
      this._mdev = undefined;
      this._pcie = undefined;
      this._primaryGpu = undefined;
      this._rombar = undefined;
      this._subDeviceId = undefined;
      this._subVendorId = undefined;
      this._vendorId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._deviceId = value.deviceId;
      this._mappingId = value.mappingId;
      this._mdev = value.mdev;
      this._pcie = value.pcie;
      this._primaryGpu = value.primaryGpu;
      this._rombar = value.rombar;
      this._subDeviceId = value.subDeviceId;
      this._subVendorId = value.subVendorId;
      this._vendorId = value.vendorId;
    }
  }

  // device_id - computed: false, optional: true, required: false
  private _deviceId?: string; 
  public get deviceId() {
    return this.getStringAttribute('device_id');
  }
  public set deviceId(value: string) {
    this._deviceId = value;
  }
  public resetDeviceId() {
    this._deviceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get deviceIdInput() {
    return this._deviceId;
  }

  // mapping_id - computed: false, optional: false, required: true
  private _mappingId?: string; 
  public get mappingId() {
    return this.getStringAttribute('mapping_id');
  }
  public set mappingId(value: string) {
    this._mappingId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get mappingIdInput() {
    return this._mappingId;
  }

  // mdev - computed: false, optional: true, required: false
  private _mdev?: string; 
  public get mdev() {
    return this.getStringAttribute('mdev');
  }
  public set mdev(value: string) {
    this._mdev = value;
  }
  public resetMdev() {
    this._mdev = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mdevInput() {
    return this._mdev;
  }

  // pcie - computed: false, optional: true, required: false
  private _pcie?: boolean | cdktf.IResolvable; 
  public get pcie() {
    return this.getBooleanAttribute('pcie');
  }
  public set pcie(value: boolean | cdktf.IResolvable) {
    this._pcie = value;
  }
  public resetPcie() {
    this._pcie = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pcieInput() {
    return this._pcie;
  }

  // primary_gpu - computed: false, optional: true, required: false
  private _primaryGpu?: boolean | cdktf.IResolvable; 
  public get primaryGpu() {
    return this.getBooleanAttribute('primary_gpu');
  }
  public set primaryGpu(value: boolean | cdktf.IResolvable) {
    this._primaryGpu = value;
  }
  public resetPrimaryGpu() {
    this._primaryGpu = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get primaryGpuInput() {
    return this._primaryGpu;
  }

  // rombar - computed: false, optional: true, required: false
  private _rombar?: boolean | cdktf.IResolvable; 
  public get rombar() {
    return this.getBooleanAttribute('rombar');
  }
  public set rombar(value: boolean | cdktf.IResolvable) {
    this._rombar = value;
  }
  public resetRombar() {
    this._rombar = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rombarInput() {
    return this._rombar;
  }

  // sub_device_id - computed: false, optional: true, required: false
  private _subDeviceId?: string; 
  public get subDeviceId() {
    return this.getStringAttribute('sub_device_id');
  }
  public set subDeviceId(value: string) {
    this._subDeviceId = value;
  }
  public resetSubDeviceId() {
    this._subDeviceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get subDeviceIdInput() {
    return this._subDeviceId;
  }

  // sub_vendor_id - computed: false, optional: true, required: false
  private _subVendorId?: string; 
  public get subVendorId() {
    return this.getStringAttribute('sub_vendor_id');
  }
  public set subVendorId(value: string) {
    this._subVendorId = value;
  }
  public resetSubVendorId() {
    this._subVendorId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get subVendorIdInput() {
    return this._subVendorId;
  }

  // vendor_id - computed: false, optional: true, required: false
  private _vendorId?: string; 
  public get vendorId() {
    return this.getStringAttribute('vendor_id');
  }
  public set vendorId(value: string) {
    this._vendorId = value;
  }
  public resetVendorId() {
    this._vendorId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vendorIdInput() {
    return this._vendorId;
  }
}
export interface VmQemuPcisPci9Raw {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#device_id VmQemu#device_id}
  */
  readonly deviceId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mdev VmQemu#mdev}
  */
  readonly mdev?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#pcie VmQemu#pcie}
  */
  readonly pcie?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#primary_gpu VmQemu#primary_gpu}
  */
  readonly primaryGpu?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#raw_id VmQemu#raw_id}
  */
  readonly rawId: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#rombar VmQemu#rombar}
  */
  readonly rombar?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#sub_device_id VmQemu#sub_device_id}
  */
  readonly subDeviceId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#sub_vendor_id VmQemu#sub_vendor_id}
  */
  readonly subVendorId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#vendor_id VmQemu#vendor_id}
  */
  readonly vendorId?: string;
}

export function vmQemuPcisPci9RawToTerraform(struct?: VmQemuPcisPci9RawOutputReference | VmQemuPcisPci9Raw): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    device_id: cdktf.stringToTerraform(struct!.deviceId),
    mdev: cdktf.stringToTerraform(struct!.mdev),
    pcie: cdktf.booleanToTerraform(struct!.pcie),
    primary_gpu: cdktf.booleanToTerraform(struct!.primaryGpu),
    raw_id: cdktf.stringToTerraform(struct!.rawId),
    rombar: cdktf.booleanToTerraform(struct!.rombar),
    sub_device_id: cdktf.stringToTerraform(struct!.subDeviceId),
    sub_vendor_id: cdktf.stringToTerraform(struct!.subVendorId),
    vendor_id: cdktf.stringToTerraform(struct!.vendorId),
  }
}


export function vmQemuPcisPci9RawToHclTerraform(struct?: VmQemuPcisPci9RawOutputReference | VmQemuPcisPci9Raw): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    device_id: {
      value: cdktf.stringToHclTerraform(struct!.deviceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    mdev: {
      value: cdktf.stringToHclTerraform(struct!.mdev),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    pcie: {
      value: cdktf.booleanToHclTerraform(struct!.pcie),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    primary_gpu: {
      value: cdktf.booleanToHclTerraform(struct!.primaryGpu),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    raw_id: {
      value: cdktf.stringToHclTerraform(struct!.rawId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    rombar: {
      value: cdktf.booleanToHclTerraform(struct!.rombar),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    sub_device_id: {
      value: cdktf.stringToHclTerraform(struct!.subDeviceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    sub_vendor_id: {
      value: cdktf.stringToHclTerraform(struct!.subVendorId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    vendor_id: {
      value: cdktf.stringToHclTerraform(struct!.vendorId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuPcisPci9RawOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VmQemuPcisPci9Raw | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._deviceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.deviceId = this._deviceId;
    }
    if (this._mdev !== undefined) {
      hasAnyValues = true;
      internalValueResult.mdev = this._mdev;
    }
    if (this._pcie !== undefined) {
      hasAnyValues = true;
      internalValueResult.pcie = this._pcie;
    }
    if (this._primaryGpu !== undefined) {
      hasAnyValues = true;
      internalValueResult.primaryGpu = this._primaryGpu;
    }
    if (this._rawId !== undefined) {
      hasAnyValues = true;
      internalValueResult.rawId = this._rawId;
    }
    if (this._rombar !== undefined) {
      hasAnyValues = true;
      internalValueResult.rombar = this._rombar;
    }
    if (this._subDeviceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.subDeviceId = this._subDeviceId;
    }
    if (this._subVendorId !== undefined) {
      hasAnyValues = true;
      internalValueResult.subVendorId = this._subVendorId;
    }
    if (this._vendorId !== undefined) {
      hasAnyValues = true;
      internalValueResult.vendorId = this._vendorId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuPcisPci9Raw | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._deviceId = undefined;
      this._mdev = undefined;
      this._pcie = undefined;
      this._primaryGpu = undefined;
      this._rawId = undefined;
      this._rombar = undefined;
      this._subDeviceId = undefined;
      this._subVendorId = undefined;
      this._vendorId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._deviceId = value.deviceId;
      this._mdev = value.mdev;
      this._pcie = value.pcie;
      this._primaryGpu = value.primaryGpu;
      this._rawId = value.rawId;
      this._rombar = value.rombar;
      this._subDeviceId = value.subDeviceId;
      this._subVendorId = value.subVendorId;
      this._vendorId = value.vendorId;
    }
  }

  // device_id - computed: false, optional: true, required: false
  private _deviceId?: string; 
  public get deviceId() {
    return this.getStringAttribute('device_id');
  }
  public set deviceId(value: string) {
    this._deviceId = value;
  }
  public resetDeviceId() {
    this._deviceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get deviceIdInput() {
    return this._deviceId;
  }

  // mdev - computed: false, optional: true, required: false
  private _mdev?: string; 
  public get mdev() {
    return this.getStringAttribute('mdev');
  }
  public set mdev(value: string) {
    this._mdev = value;
  }
  public resetMdev() {
    this._mdev = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mdevInput() {
    return this._mdev;
  }

  // pcie - computed: false, optional: true, required: false
  private _pcie?: boolean | cdktf.IResolvable; 
  public get pcie() {
    return this.getBooleanAttribute('pcie');
  }
  public set pcie(value: boolean | cdktf.IResolvable) {
    this._pcie = value;
  }
  public resetPcie() {
    this._pcie = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pcieInput() {
    return this._pcie;
  }

  // primary_gpu - computed: false, optional: true, required: false
  private _primaryGpu?: boolean | cdktf.IResolvable; 
  public get primaryGpu() {
    return this.getBooleanAttribute('primary_gpu');
  }
  public set primaryGpu(value: boolean | cdktf.IResolvable) {
    this._primaryGpu = value;
  }
  public resetPrimaryGpu() {
    this._primaryGpu = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get primaryGpuInput() {
    return this._primaryGpu;
  }

  // raw_id - computed: false, optional: false, required: true
  private _rawId?: string; 
  public get rawId() {
    return this.getStringAttribute('raw_id');
  }
  public set rawId(value: string) {
    this._rawId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get rawIdInput() {
    return this._rawId;
  }

  // rombar - computed: false, optional: true, required: false
  private _rombar?: boolean | cdktf.IResolvable; 
  public get rombar() {
    return this.getBooleanAttribute('rombar');
  }
  public set rombar(value: boolean | cdktf.IResolvable) {
    this._rombar = value;
  }
  public resetRombar() {
    this._rombar = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rombarInput() {
    return this._rombar;
  }

  // sub_device_id - computed: false, optional: true, required: false
  private _subDeviceId?: string; 
  public get subDeviceId() {
    return this.getStringAttribute('sub_device_id');
  }
  public set subDeviceId(value: string) {
    this._subDeviceId = value;
  }
  public resetSubDeviceId() {
    this._subDeviceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get subDeviceIdInput() {
    return this._subDeviceId;
  }

  // sub_vendor_id - computed: false, optional: true, required: false
  private _subVendorId?: string; 
  public get subVendorId() {
    return this.getStringAttribute('sub_vendor_id');
  }
  public set subVendorId(value: string) {
    this._subVendorId = value;
  }
  public resetSubVendorId() {
    this._subVendorId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get subVendorIdInput() {
    return this._subVendorId;
  }

  // vendor_id - computed: false, optional: true, required: false
  private _vendorId?: string; 
  public get vendorId() {
    return this.getStringAttribute('vendor_id');
  }
  public set vendorId(value: string) {
    this._vendorId = value;
  }
  public resetVendorId() {
    this._vendorId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vendorIdInput() {
    return this._vendorId;
  }
}
export interface VmQemuPcisPci9 {
  /**
  * mapping block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mapping VmQemu#mapping}
  */
  readonly mapping?: VmQemuPcisPci9Mapping;
  /**
  * raw block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#raw VmQemu#raw}
  */
  readonly raw?: VmQemuPcisPci9Raw;
}

export function vmQemuPcisPci9ToTerraform(struct?: VmQemuPcisPci9OutputReference | VmQemuPcisPci9): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    mapping: vmQemuPcisPci9MappingToTerraform(struct!.mapping),
    raw: vmQemuPcisPci9RawToTerraform(struct!.raw),
  }
}


export function vmQemuPcisPci9ToHclTerraform(struct?: VmQemuPcisPci9OutputReference | VmQemuPcisPci9): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    mapping: {
      value: vmQemuPcisPci9MappingToHclTerraform(struct!.mapping),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuPcisPci9MappingList",
    },
    raw: {
      value: vmQemuPcisPci9RawToHclTerraform(struct!.raw),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuPcisPci9RawList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuPcisPci9OutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VmQemuPcisPci9 | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._mapping?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.mapping = this._mapping?.internalValue;
    }
    if (this._raw?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.raw = this._raw?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuPcisPci9 | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._mapping.internalValue = undefined;
      this._raw.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._mapping.internalValue = value.mapping;
      this._raw.internalValue = value.raw;
    }
  }

  // mapping - computed: false, optional: true, required: false
  private _mapping = new VmQemuPcisPci9MappingOutputReference(this, "mapping");
  public get mapping() {
    return this._mapping;
  }
  public putMapping(value: VmQemuPcisPci9Mapping) {
    this._mapping.internalValue = value;
  }
  public resetMapping() {
    this._mapping.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mappingInput() {
    return this._mapping.internalValue;
  }

  // raw - computed: false, optional: true, required: false
  private _raw = new VmQemuPcisPci9RawOutputReference(this, "raw");
  public get raw() {
    return this._raw;
  }
  public putRaw(value: VmQemuPcisPci9Raw) {
    this._raw.internalValue = value;
  }
  public resetRaw() {
    this._raw.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rawInput() {
    return this._raw.internalValue;
  }
}
export interface VmQemuPcis {
  /**
  * pci0 block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#pci0 VmQemu#pci0}
  */
  readonly pci0?: VmQemuPcisPci0;
  /**
  * pci1 block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#pci1 VmQemu#pci1}
  */
  readonly pci1?: VmQemuPcisPci1;
  /**
  * pci10 block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#pci10 VmQemu#pci10}
  */
  readonly pci10?: VmQemuPcisPci10;
  /**
  * pci11 block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#pci11 VmQemu#pci11}
  */
  readonly pci11?: VmQemuPcisPci11;
  /**
  * pci12 block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#pci12 VmQemu#pci12}
  */
  readonly pci12?: VmQemuPcisPci12;
  /**
  * pci13 block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#pci13 VmQemu#pci13}
  */
  readonly pci13?: VmQemuPcisPci13;
  /**
  * pci14 block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#pci14 VmQemu#pci14}
  */
  readonly pci14?: VmQemuPcisPci14;
  /**
  * pci2 block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#pci2 VmQemu#pci2}
  */
  readonly pci2?: VmQemuPcisPci2;
  /**
  * pci3 block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#pci3 VmQemu#pci3}
  */
  readonly pci3?: VmQemuPcisPci3;
  /**
  * pci4 block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#pci4 VmQemu#pci4}
  */
  readonly pci4?: VmQemuPcisPci4;
  /**
  * pci5 block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#pci5 VmQemu#pci5}
  */
  readonly pci5?: VmQemuPcisPci5;
  /**
  * pci6 block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#pci6 VmQemu#pci6}
  */
  readonly pci6?: VmQemuPcisPci6;
  /**
  * pci7 block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#pci7 VmQemu#pci7}
  */
  readonly pci7?: VmQemuPcisPci7;
  /**
  * pci8 block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#pci8 VmQemu#pci8}
  */
  readonly pci8?: VmQemuPcisPci8;
  /**
  * pci9 block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#pci9 VmQemu#pci9}
  */
  readonly pci9?: VmQemuPcisPci9;
}

export function vmQemuPcisToTerraform(struct?: VmQemuPcisOutputReference | VmQemuPcis): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    pci0: vmQemuPcisPci0ToTerraform(struct!.pci0),
    pci1: vmQemuPcisPci1ToTerraform(struct!.pci1),
    pci10: vmQemuPcisPci10ToTerraform(struct!.pci10),
    pci11: vmQemuPcisPci11ToTerraform(struct!.pci11),
    pci12: vmQemuPcisPci12ToTerraform(struct!.pci12),
    pci13: vmQemuPcisPci13ToTerraform(struct!.pci13),
    pci14: vmQemuPcisPci14ToTerraform(struct!.pci14),
    pci2: vmQemuPcisPci2ToTerraform(struct!.pci2),
    pci3: vmQemuPcisPci3ToTerraform(struct!.pci3),
    pci4: vmQemuPcisPci4ToTerraform(struct!.pci4),
    pci5: vmQemuPcisPci5ToTerraform(struct!.pci5),
    pci6: vmQemuPcisPci6ToTerraform(struct!.pci6),
    pci7: vmQemuPcisPci7ToTerraform(struct!.pci7),
    pci8: vmQemuPcisPci8ToTerraform(struct!.pci8),
    pci9: vmQemuPcisPci9ToTerraform(struct!.pci9),
  }
}


export function vmQemuPcisToHclTerraform(struct?: VmQemuPcisOutputReference | VmQemuPcis): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    pci0: {
      value: vmQemuPcisPci0ToHclTerraform(struct!.pci0),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuPcisPci0List",
    },
    pci1: {
      value: vmQemuPcisPci1ToHclTerraform(struct!.pci1),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuPcisPci1List",
    },
    pci10: {
      value: vmQemuPcisPci10ToHclTerraform(struct!.pci10),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuPcisPci10List",
    },
    pci11: {
      value: vmQemuPcisPci11ToHclTerraform(struct!.pci11),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuPcisPci11List",
    },
    pci12: {
      value: vmQemuPcisPci12ToHclTerraform(struct!.pci12),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuPcisPci12List",
    },
    pci13: {
      value: vmQemuPcisPci13ToHclTerraform(struct!.pci13),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuPcisPci13List",
    },
    pci14: {
      value: vmQemuPcisPci14ToHclTerraform(struct!.pci14),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuPcisPci14List",
    },
    pci2: {
      value: vmQemuPcisPci2ToHclTerraform(struct!.pci2),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuPcisPci2List",
    },
    pci3: {
      value: vmQemuPcisPci3ToHclTerraform(struct!.pci3),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuPcisPci3List",
    },
    pci4: {
      value: vmQemuPcisPci4ToHclTerraform(struct!.pci4),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuPcisPci4List",
    },
    pci5: {
      value: vmQemuPcisPci5ToHclTerraform(struct!.pci5),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuPcisPci5List",
    },
    pci6: {
      value: vmQemuPcisPci6ToHclTerraform(struct!.pci6),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuPcisPci6List",
    },
    pci7: {
      value: vmQemuPcisPci7ToHclTerraform(struct!.pci7),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuPcisPci7List",
    },
    pci8: {
      value: vmQemuPcisPci8ToHclTerraform(struct!.pci8),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuPcisPci8List",
    },
    pci9: {
      value: vmQemuPcisPci9ToHclTerraform(struct!.pci9),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuPcisPci9List",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuPcisOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VmQemuPcis | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._pci0?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.pci0 = this._pci0?.internalValue;
    }
    if (this._pci1?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.pci1 = this._pci1?.internalValue;
    }
    if (this._pci10?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.pci10 = this._pci10?.internalValue;
    }
    if (this._pci11?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.pci11 = this._pci11?.internalValue;
    }
    if (this._pci12?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.pci12 = this._pci12?.internalValue;
    }
    if (this._pci13?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.pci13 = this._pci13?.internalValue;
    }
    if (this._pci14?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.pci14 = this._pci14?.internalValue;
    }
    if (this._pci2?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.pci2 = this._pci2?.internalValue;
    }
    if (this._pci3?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.pci3 = this._pci3?.internalValue;
    }
    if (this._pci4?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.pci4 = this._pci4?.internalValue;
    }
    if (this._pci5?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.pci5 = this._pci5?.internalValue;
    }
    if (this._pci6?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.pci6 = this._pci6?.internalValue;
    }
    if (this._pci7?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.pci7 = this._pci7?.internalValue;
    }
    if (this._pci8?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.pci8 = this._pci8?.internalValue;
    }
    if (this._pci9?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.pci9 = this._pci9?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuPcis | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._pci0.internalValue = undefined;
      this._pci1.internalValue = undefined;
      this._pci10.internalValue = undefined;
      this._pci11.internalValue = undefined;
      this._pci12.internalValue = undefined;
      this._pci13.internalValue = undefined;
      this._pci14.internalValue = undefined;
      this._pci2.internalValue = undefined;
      this._pci3.internalValue = undefined;
      this._pci4.internalValue = undefined;
      this._pci5.internalValue = undefined;
      this._pci6.internalValue = undefined;
      this._pci7.internalValue = undefined;
      this._pci8.internalValue = undefined;
      this._pci9.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._pci0.internalValue = value.pci0;
      this._pci1.internalValue = value.pci1;
      this._pci10.internalValue = value.pci10;
      this._pci11.internalValue = value.pci11;
      this._pci12.internalValue = value.pci12;
      this._pci13.internalValue = value.pci13;
      this._pci14.internalValue = value.pci14;
      this._pci2.internalValue = value.pci2;
      this._pci3.internalValue = value.pci3;
      this._pci4.internalValue = value.pci4;
      this._pci5.internalValue = value.pci5;
      this._pci6.internalValue = value.pci6;
      this._pci7.internalValue = value.pci7;
      this._pci8.internalValue = value.pci8;
      this._pci9.internalValue = value.pci9;
    }
  }

  // pci0 - computed: false, optional: true, required: false
  private _pci0 = new VmQemuPcisPci0OutputReference(this, "pci0");
  public get pci0() {
    return this._pci0;
  }
  public putPci0(value: VmQemuPcisPci0) {
    this._pci0.internalValue = value;
  }
  public resetPci0() {
    this._pci0.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pci0Input() {
    return this._pci0.internalValue;
  }

  // pci1 - computed: false, optional: true, required: false
  private _pci1 = new VmQemuPcisPci1OutputReference(this, "pci1");
  public get pci1() {
    return this._pci1;
  }
  public putPci1(value: VmQemuPcisPci1) {
    this._pci1.internalValue = value;
  }
  public resetPci1() {
    this._pci1.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pci1Input() {
    return this._pci1.internalValue;
  }

  // pci10 - computed: false, optional: true, required: false
  private _pci10 = new VmQemuPcisPci10OutputReference(this, "pci10");
  public get pci10() {
    return this._pci10;
  }
  public putPci10(value: VmQemuPcisPci10) {
    this._pci10.internalValue = value;
  }
  public resetPci10() {
    this._pci10.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pci10Input() {
    return this._pci10.internalValue;
  }

  // pci11 - computed: false, optional: true, required: false
  private _pci11 = new VmQemuPcisPci11OutputReference(this, "pci11");
  public get pci11() {
    return this._pci11;
  }
  public putPci11(value: VmQemuPcisPci11) {
    this._pci11.internalValue = value;
  }
  public resetPci11() {
    this._pci11.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pci11Input() {
    return this._pci11.internalValue;
  }

  // pci12 - computed: false, optional: true, required: false
  private _pci12 = new VmQemuPcisPci12OutputReference(this, "pci12");
  public get pci12() {
    return this._pci12;
  }
  public putPci12(value: VmQemuPcisPci12) {
    this._pci12.internalValue = value;
  }
  public resetPci12() {
    this._pci12.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pci12Input() {
    return this._pci12.internalValue;
  }

  // pci13 - computed: false, optional: true, required: false
  private _pci13 = new VmQemuPcisPci13OutputReference(this, "pci13");
  public get pci13() {
    return this._pci13;
  }
  public putPci13(value: VmQemuPcisPci13) {
    this._pci13.internalValue = value;
  }
  public resetPci13() {
    this._pci13.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pci13Input() {
    return this._pci13.internalValue;
  }

  // pci14 - computed: false, optional: true, required: false
  private _pci14 = new VmQemuPcisPci14OutputReference(this, "pci14");
  public get pci14() {
    return this._pci14;
  }
  public putPci14(value: VmQemuPcisPci14) {
    this._pci14.internalValue = value;
  }
  public resetPci14() {
    this._pci14.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pci14Input() {
    return this._pci14.internalValue;
  }

  // pci2 - computed: false, optional: true, required: false
  private _pci2 = new VmQemuPcisPci2OutputReference(this, "pci2");
  public get pci2() {
    return this._pci2;
  }
  public putPci2(value: VmQemuPcisPci2) {
    this._pci2.internalValue = value;
  }
  public resetPci2() {
    this._pci2.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pci2Input() {
    return this._pci2.internalValue;
  }

  // pci3 - computed: false, optional: true, required: false
  private _pci3 = new VmQemuPcisPci3OutputReference(this, "pci3");
  public get pci3() {
    return this._pci3;
  }
  public putPci3(value: VmQemuPcisPci3) {
    this._pci3.internalValue = value;
  }
  public resetPci3() {
    this._pci3.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pci3Input() {
    return this._pci3.internalValue;
  }

  // pci4 - computed: false, optional: true, required: false
  private _pci4 = new VmQemuPcisPci4OutputReference(this, "pci4");
  public get pci4() {
    return this._pci4;
  }
  public putPci4(value: VmQemuPcisPci4) {
    this._pci4.internalValue = value;
  }
  public resetPci4() {
    this._pci4.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pci4Input() {
    return this._pci4.internalValue;
  }

  // pci5 - computed: false, optional: true, required: false
  private _pci5 = new VmQemuPcisPci5OutputReference(this, "pci5");
  public get pci5() {
    return this._pci5;
  }
  public putPci5(value: VmQemuPcisPci5) {
    this._pci5.internalValue = value;
  }
  public resetPci5() {
    this._pci5.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pci5Input() {
    return this._pci5.internalValue;
  }

  // pci6 - computed: false, optional: true, required: false
  private _pci6 = new VmQemuPcisPci6OutputReference(this, "pci6");
  public get pci6() {
    return this._pci6;
  }
  public putPci6(value: VmQemuPcisPci6) {
    this._pci6.internalValue = value;
  }
  public resetPci6() {
    this._pci6.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pci6Input() {
    return this._pci6.internalValue;
  }

  // pci7 - computed: false, optional: true, required: false
  private _pci7 = new VmQemuPcisPci7OutputReference(this, "pci7");
  public get pci7() {
    return this._pci7;
  }
  public putPci7(value: VmQemuPcisPci7) {
    this._pci7.internalValue = value;
  }
  public resetPci7() {
    this._pci7.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pci7Input() {
    return this._pci7.internalValue;
  }

  // pci8 - computed: false, optional: true, required: false
  private _pci8 = new VmQemuPcisPci8OutputReference(this, "pci8");
  public get pci8() {
    return this._pci8;
  }
  public putPci8(value: VmQemuPcisPci8) {
    this._pci8.internalValue = value;
  }
  public resetPci8() {
    this._pci8.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pci8Input() {
    return this._pci8.internalValue;
  }

  // pci9 - computed: false, optional: true, required: false
  private _pci9 = new VmQemuPcisPci9OutputReference(this, "pci9");
  public get pci9() {
    return this._pci9;
  }
  public putPci9(value: VmQemuPcisPci9) {
    this._pci9.internalValue = value;
  }
  public resetPci9() {
    this._pci9.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pci9Input() {
    return this._pci9.internalValue;
  }
}
export interface VmQemuRng {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#limit VmQemu#limit}
  */
  readonly limit?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#period VmQemu#period}
  */
  readonly period?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#source VmQemu#source}
  */
  readonly source?: string;
}

export function vmQemuRngToTerraform(struct?: VmQemuRngOutputReference | VmQemuRng): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    limit: cdktf.numberToTerraform(struct!.limit),
    period: cdktf.numberToTerraform(struct!.period),
    source: cdktf.stringToTerraform(struct!.source),
  }
}


export function vmQemuRngToHclTerraform(struct?: VmQemuRngOutputReference | VmQemuRng): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    limit: {
      value: cdktf.numberToHclTerraform(struct!.limit),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    period: {
      value: cdktf.numberToHclTerraform(struct!.period),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    source: {
      value: cdktf.stringToHclTerraform(struct!.source),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuRngOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VmQemuRng | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._limit !== undefined) {
      hasAnyValues = true;
      internalValueResult.limit = this._limit;
    }
    if (this._period !== undefined) {
      hasAnyValues = true;
      internalValueResult.period = this._period;
    }
    if (this._source !== undefined) {
      hasAnyValues = true;
      internalValueResult.source = this._source;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuRng | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._limit = undefined;
      this._period = undefined;
      this._source = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._limit = value.limit;
      this._period = value.period;
      this._source = value.source;
    }
  }

  // limit - computed: false, optional: true, required: false
  private _limit?: number; 
  public get limit() {
    return this.getNumberAttribute('limit');
  }
  public set limit(value: number) {
    this._limit = value;
  }
  public resetLimit() {
    this._limit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get limitInput() {
    return this._limit;
  }

  // period - computed: false, optional: true, required: false
  private _period?: number; 
  public get period() {
    return this.getNumberAttribute('period');
  }
  public set period(value: number) {
    this._period = value;
  }
  public resetPeriod() {
    this._period = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get periodInput() {
    return this._period;
  }

  // source - computed: false, optional: true, required: false
  private _source?: string; 
  public get source() {
    return this.getStringAttribute('source');
  }
  public set source(value: string) {
    this._source = value;
  }
  public resetSource() {
    this._source = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sourceInput() {
    return this._source;
  }
}
export interface VmQemuSerial {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#id VmQemu#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#type VmQemu#type}
  */
  readonly type?: string;
}

export function vmQemuSerialToTerraform(struct?: VmQemuSerial | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    id: cdktf.numberToTerraform(struct!.id),
    type: cdktf.stringToTerraform(struct!.type),
  }
}


export function vmQemuSerialToHclTerraform(struct?: VmQemuSerial | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    id: {
      value: cdktf.numberToHclTerraform(struct!.id),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    type: {
      value: cdktf.stringToHclTerraform(struct!.type),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuSerialOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): VmQemuSerial | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._id !== undefined) {
      hasAnyValues = true;
      internalValueResult.id = this._id;
    }
    if (this._type !== undefined) {
      hasAnyValues = true;
      internalValueResult.type = this._type;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuSerial | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._id = undefined;
      this._type = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._id = value.id;
      this._type = value.type;
    }
  }

  // id - computed: false, optional: false, required: true
  private _id?: number; 
  public get id() {
    return this.getNumberAttribute('id');
  }
  public set id(value: number) {
    this._id = value;
  }
  // Temporarily expose input value. Use with caution.
  public get idInput() {
    return this._id;
  }

  // type - computed: false, optional: true, required: false
  private _type?: string; 
  public get type() {
    return this.getStringAttribute('type');
  }
  public set type(value: string) {
    this._type = value;
  }
  public resetType() {
    this._type = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get typeInput() {
    return this._type;
  }
}

export class VmQemuSerialList extends cdktf.ComplexList {
  public internalValue? : VmQemuSerial[] | cdktf.IResolvable

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
  public get(index: number): VmQemuSerialOutputReference {
    return new VmQemuSerialOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface VmQemuSmbios {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#family VmQemu#family}
  */
  readonly family?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#manufacturer VmQemu#manufacturer}
  */
  readonly manufacturer?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#product VmQemu#product}
  */
  readonly product?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#serial VmQemu#serial}
  */
  readonly serial?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#sku VmQemu#sku}
  */
  readonly sku?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#uuid VmQemu#uuid}
  */
  readonly uuid?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#version VmQemu#version}
  */
  readonly version?: string;
}

export function vmQemuSmbiosToTerraform(struct?: VmQemuSmbios | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    family: cdktf.stringToTerraform(struct!.family),
    manufacturer: cdktf.stringToTerraform(struct!.manufacturer),
    product: cdktf.stringToTerraform(struct!.product),
    serial: cdktf.stringToTerraform(struct!.serial),
    sku: cdktf.stringToTerraform(struct!.sku),
    uuid: cdktf.stringToTerraform(struct!.uuid),
    version: cdktf.stringToTerraform(struct!.version),
  }
}


export function vmQemuSmbiosToHclTerraform(struct?: VmQemuSmbios | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    family: {
      value: cdktf.stringToHclTerraform(struct!.family),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    manufacturer: {
      value: cdktf.stringToHclTerraform(struct!.manufacturer),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    product: {
      value: cdktf.stringToHclTerraform(struct!.product),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    serial: {
      value: cdktf.stringToHclTerraform(struct!.serial),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    sku: {
      value: cdktf.stringToHclTerraform(struct!.sku),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    uuid: {
      value: cdktf.stringToHclTerraform(struct!.uuid),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    version: {
      value: cdktf.stringToHclTerraform(struct!.version),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuSmbiosOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): VmQemuSmbios | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._family !== undefined) {
      hasAnyValues = true;
      internalValueResult.family = this._family;
    }
    if (this._manufacturer !== undefined) {
      hasAnyValues = true;
      internalValueResult.manufacturer = this._manufacturer;
    }
    if (this._product !== undefined) {
      hasAnyValues = true;
      internalValueResult.product = this._product;
    }
    if (this._serial !== undefined) {
      hasAnyValues = true;
      internalValueResult.serial = this._serial;
    }
    if (this._sku !== undefined) {
      hasAnyValues = true;
      internalValueResult.sku = this._sku;
    }
    if (this._uuid !== undefined) {
      hasAnyValues = true;
      internalValueResult.uuid = this._uuid;
    }
    if (this._version !== undefined) {
      hasAnyValues = true;
      internalValueResult.version = this._version;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuSmbios | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._family = undefined;
      this._manufacturer = undefined;
      this._product = undefined;
      this._serial = undefined;
      this._sku = undefined;
      this._uuid = undefined;
      this._version = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._family = value.family;
      this._manufacturer = value.manufacturer;
      this._product = value.product;
      this._serial = value.serial;
      this._sku = value.sku;
      this._uuid = value.uuid;
      this._version = value.version;
    }
  }

  // family - computed: false, optional: true, required: false
  private _family?: string; 
  public get family() {
    return this.getStringAttribute('family');
  }
  public set family(value: string) {
    this._family = value;
  }
  public resetFamily() {
    this._family = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get familyInput() {
    return this._family;
  }

  // manufacturer - computed: false, optional: true, required: false
  private _manufacturer?: string; 
  public get manufacturer() {
    return this.getStringAttribute('manufacturer');
  }
  public set manufacturer(value: string) {
    this._manufacturer = value;
  }
  public resetManufacturer() {
    this._manufacturer = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get manufacturerInput() {
    return this._manufacturer;
  }

  // product - computed: false, optional: true, required: false
  private _product?: string; 
  public get product() {
    return this.getStringAttribute('product');
  }
  public set product(value: string) {
    this._product = value;
  }
  public resetProduct() {
    this._product = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get productInput() {
    return this._product;
  }

  // serial - computed: false, optional: true, required: false
  private _serial?: string; 
  public get serial() {
    return this.getStringAttribute('serial');
  }
  public set serial(value: string) {
    this._serial = value;
  }
  public resetSerial() {
    this._serial = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get serialInput() {
    return this._serial;
  }

  // sku - computed: false, optional: true, required: false
  private _sku?: string; 
  public get sku() {
    return this.getStringAttribute('sku');
  }
  public set sku(value: string) {
    this._sku = value;
  }
  public resetSku() {
    this._sku = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get skuInput() {
    return this._sku;
  }

  // uuid - computed: true, optional: true, required: false
  private _uuid?: string; 
  public get uuid() {
    return this.getStringAttribute('uuid');
  }
  public set uuid(value: string) {
    this._uuid = value;
  }
  public resetUuid() {
    this._uuid = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get uuidInput() {
    return this._uuid;
  }

  // version - computed: false, optional: true, required: false
  private _version?: string; 
  public get version() {
    return this.getStringAttribute('version');
  }
  public set version(value: string) {
    this._version = value;
  }
  public resetVersion() {
    this._version = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get versionInput() {
    return this._version;
  }
}

export class VmQemuSmbiosList extends cdktf.ComplexList {
  public internalValue? : VmQemuSmbios[] | cdktf.IResolvable

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
  public get(index: number): VmQemuSmbiosOutputReference {
    return new VmQemuSmbiosOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface VmQemuStartupShutdown {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#order VmQemu#order}
  */
  readonly order?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#shutdown_timeout VmQemu#shutdown_timeout}
  */
  readonly shutdownTimeout?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#startup_delay VmQemu#startup_delay}
  */
  readonly startupDelay?: number;
}

export function vmQemuStartupShutdownToTerraform(struct?: VmQemuStartupShutdownOutputReference | VmQemuStartupShutdown): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    order: cdktf.numberToTerraform(struct!.order),
    shutdown_timeout: cdktf.numberToTerraform(struct!.shutdownTimeout),
    startup_delay: cdktf.numberToTerraform(struct!.startupDelay),
  }
}


export function vmQemuStartupShutdownToHclTerraform(struct?: VmQemuStartupShutdownOutputReference | VmQemuStartupShutdown): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    order: {
      value: cdktf.numberToHclTerraform(struct!.order),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    shutdown_timeout: {
      value: cdktf.numberToHclTerraform(struct!.shutdownTimeout),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    startup_delay: {
      value: cdktf.numberToHclTerraform(struct!.startupDelay),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuStartupShutdownOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VmQemuStartupShutdown | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._order !== undefined) {
      hasAnyValues = true;
      internalValueResult.order = this._order;
    }
    if (this._shutdownTimeout !== undefined) {
      hasAnyValues = true;
      internalValueResult.shutdownTimeout = this._shutdownTimeout;
    }
    if (this._startupDelay !== undefined) {
      hasAnyValues = true;
      internalValueResult.startupDelay = this._startupDelay;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuStartupShutdown | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._order = undefined;
      this._shutdownTimeout = undefined;
      this._startupDelay = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._order = value.order;
      this._shutdownTimeout = value.shutdownTimeout;
      this._startupDelay = value.startupDelay;
    }
  }

  // order - computed: false, optional: true, required: false
  private _order?: number; 
  public get order() {
    return this.getNumberAttribute('order');
  }
  public set order(value: number) {
    this._order = value;
  }
  public resetOrder() {
    this._order = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get orderInput() {
    return this._order;
  }

  // shutdown_timeout - computed: false, optional: true, required: false
  private _shutdownTimeout?: number; 
  public get shutdownTimeout() {
    return this.getNumberAttribute('shutdown_timeout');
  }
  public set shutdownTimeout(value: number) {
    this._shutdownTimeout = value;
  }
  public resetShutdownTimeout() {
    this._shutdownTimeout = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get shutdownTimeoutInput() {
    return this._shutdownTimeout;
  }

  // startup_delay - computed: false, optional: true, required: false
  private _startupDelay?: number; 
  public get startupDelay() {
    return this.getNumberAttribute('startup_delay');
  }
  public set startupDelay(value: number) {
    this._startupDelay = value;
  }
  public resetStartupDelay() {
    this._startupDelay = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get startupDelayInput() {
    return this._startupDelay;
  }
}
export interface VmQemuTimeouts {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#create VmQemu#create}
  */
  readonly create?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#default VmQemu#default}
  */
  readonly default?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#delete VmQemu#delete}
  */
  readonly delete?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#read VmQemu#read}
  */
  readonly read?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#update VmQemu#update}
  */
  readonly update?: string;
}

export function vmQemuTimeoutsToTerraform(struct?: VmQemuTimeouts | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    create: cdktf.stringToTerraform(struct!.create),
    default: cdktf.stringToTerraform(struct!.default),
    delete: cdktf.stringToTerraform(struct!.delete),
    read: cdktf.stringToTerraform(struct!.read),
    update: cdktf.stringToTerraform(struct!.update),
  }
}


export function vmQemuTimeoutsToHclTerraform(struct?: VmQemuTimeouts | cdktf.IResolvable): any {
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
    default: {
      value: cdktf.stringToHclTerraform(struct!.default),
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

export class VmQemuTimeoutsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): VmQemuTimeouts | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._create !== undefined) {
      hasAnyValues = true;
      internalValueResult.create = this._create;
    }
    if (this._default !== undefined) {
      hasAnyValues = true;
      internalValueResult.default = this._default;
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

  public set internalValue(value: VmQemuTimeouts | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._create = undefined;
      this._default = undefined;
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
      this._default = value.default;
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

  // default - computed: false, optional: true, required: false
  private _default?: string; 
  public get default() {
    return this.getStringAttribute('default');
  }
  public set default(value: string) {
    this._default = value;
  }
  public resetDefault() {
    this._default = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get defaultInput() {
    return this._default;
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
export interface VmQemuTpmState {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#storage VmQemu#storage}
  */
  readonly storage: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#version VmQemu#version}
  */
  readonly version?: string;
}

export function vmQemuTpmStateToTerraform(struct?: VmQemuTpmStateOutputReference | VmQemuTpmState): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    storage: cdktf.stringToTerraform(struct!.storage),
    version: cdktf.stringToTerraform(struct!.version),
  }
}


export function vmQemuTpmStateToHclTerraform(struct?: VmQemuTpmStateOutputReference | VmQemuTpmState): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    storage: {
      value: cdktf.stringToHclTerraform(struct!.storage),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    version: {
      value: cdktf.stringToHclTerraform(struct!.version),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuTpmStateOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VmQemuTpmState | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._storage !== undefined) {
      hasAnyValues = true;
      internalValueResult.storage = this._storage;
    }
    if (this._version !== undefined) {
      hasAnyValues = true;
      internalValueResult.version = this._version;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuTpmState | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._storage = undefined;
      this._version = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._storage = value.storage;
      this._version = value.version;
    }
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

  // version - computed: false, optional: true, required: false
  private _version?: string; 
  public get version() {
    return this.getStringAttribute('version');
  }
  public set version(value: string) {
    this._version = value;
  }
  public resetVersion() {
    this._version = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get versionInput() {
    return this._version;
  }
}
export interface VmQemuUsb {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#device_id VmQemu#device_id}
  */
  readonly deviceId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#host VmQemu#host}
  */
  readonly host?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#id VmQemu#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mapping_id VmQemu#mapping_id}
  */
  readonly mappingId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#port_id VmQemu#port_id}
  */
  readonly portId?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#usb3 VmQemu#usb3}
  */
  readonly usb3?: boolean | cdktf.IResolvable;
}

export function vmQemuUsbToTerraform(struct?: VmQemuUsb | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    device_id: cdktf.stringToTerraform(struct!.deviceId),
    host: cdktf.stringToTerraform(struct!.host),
    id: cdktf.numberToTerraform(struct!.id),
    mapping_id: cdktf.stringToTerraform(struct!.mappingId),
    port_id: cdktf.stringToTerraform(struct!.portId),
    usb3: cdktf.booleanToTerraform(struct!.usb3),
  }
}


export function vmQemuUsbToHclTerraform(struct?: VmQemuUsb | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    device_id: {
      value: cdktf.stringToHclTerraform(struct!.deviceId),
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
    id: {
      value: cdktf.numberToHclTerraform(struct!.id),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    mapping_id: {
      value: cdktf.stringToHclTerraform(struct!.mappingId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    port_id: {
      value: cdktf.stringToHclTerraform(struct!.portId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    usb3: {
      value: cdktf.booleanToHclTerraform(struct!.usb3),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuUsbOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): VmQemuUsb | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._deviceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.deviceId = this._deviceId;
    }
    if (this._host !== undefined) {
      hasAnyValues = true;
      internalValueResult.host = this._host;
    }
    if (this._id !== undefined) {
      hasAnyValues = true;
      internalValueResult.id = this._id;
    }
    if (this._mappingId !== undefined) {
      hasAnyValues = true;
      internalValueResult.mappingId = this._mappingId;
    }
    if (this._portId !== undefined) {
      hasAnyValues = true;
      internalValueResult.portId = this._portId;
    }
    if (this._usb3 !== undefined) {
      hasAnyValues = true;
      internalValueResult.usb3 = this._usb3;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuUsb | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._deviceId = undefined;
      this._host = undefined;
      this._id = undefined;
      this._mappingId = undefined;
      this._portId = undefined;
      this._usb3 = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._deviceId = value.deviceId;
      this._host = value.host;
      this._id = value.id;
      this._mappingId = value.mappingId;
      this._portId = value.portId;
      this._usb3 = value.usb3;
    }
  }

  // device_id - computed: false, optional: true, required: false
  private _deviceId?: string; 
  public get deviceId() {
    return this.getStringAttribute('device_id');
  }
  public set deviceId(value: string) {
    this._deviceId = value;
  }
  public resetDeviceId() {
    this._deviceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get deviceIdInput() {
    return this._deviceId;
  }

  // host - computed: false, optional: true, required: false
  private _host?: string; 
  public get host() {
    return this.getStringAttribute('host');
  }
  public set host(value: string) {
    this._host = value;
  }
  public resetHost() {
    this._host = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get hostInput() {
    return this._host;
  }

  // id - computed: false, optional: false, required: true
  private _id?: number; 
  public get id() {
    return this.getNumberAttribute('id');
  }
  public set id(value: number) {
    this._id = value;
  }
  // Temporarily expose input value. Use with caution.
  public get idInput() {
    return this._id;
  }

  // mapping_id - computed: false, optional: true, required: false
  private _mappingId?: string; 
  public get mappingId() {
    return this.getStringAttribute('mapping_id');
  }
  public set mappingId(value: string) {
    this._mappingId = value;
  }
  public resetMappingId() {
    this._mappingId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mappingIdInput() {
    return this._mappingId;
  }

  // port_id - computed: false, optional: true, required: false
  private _portId?: string; 
  public get portId() {
    return this.getStringAttribute('port_id');
  }
  public set portId(value: string) {
    this._portId = value;
  }
  public resetPortId() {
    this._portId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get portIdInput() {
    return this._portId;
  }

  // usb3 - computed: false, optional: true, required: false
  private _usb3?: boolean | cdktf.IResolvable; 
  public get usb3() {
    return this.getBooleanAttribute('usb3');
  }
  public set usb3(value: boolean | cdktf.IResolvable) {
    this._usb3 = value;
  }
  public resetUsb3() {
    this._usb3 = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get usb3Input() {
    return this._usb3;
  }
}

export class VmQemuUsbList extends cdktf.ComplexList {
  public internalValue? : VmQemuUsb[] | cdktf.IResolvable

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
  public get(index: number): VmQemuUsbOutputReference {
    return new VmQemuUsbOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface VmQemuUsbsUsb0Device {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#device_id VmQemu#device_id}
  */
  readonly deviceId: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#usb3 VmQemu#usb3}
  */
  readonly usb3?: boolean | cdktf.IResolvable;
}

export function vmQemuUsbsUsb0DeviceToTerraform(struct?: VmQemuUsbsUsb0DeviceOutputReference | VmQemuUsbsUsb0Device): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    device_id: cdktf.stringToTerraform(struct!.deviceId),
    usb3: cdktf.booleanToTerraform(struct!.usb3),
  }
}


export function vmQemuUsbsUsb0DeviceToHclTerraform(struct?: VmQemuUsbsUsb0DeviceOutputReference | VmQemuUsbsUsb0Device): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    device_id: {
      value: cdktf.stringToHclTerraform(struct!.deviceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    usb3: {
      value: cdktf.booleanToHclTerraform(struct!.usb3),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuUsbsUsb0DeviceOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VmQemuUsbsUsb0Device | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._deviceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.deviceId = this._deviceId;
    }
    if (this._usb3 !== undefined) {
      hasAnyValues = true;
      internalValueResult.usb3 = this._usb3;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuUsbsUsb0Device | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._deviceId = undefined;
      this._usb3 = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._deviceId = value.deviceId;
      this._usb3 = value.usb3;
    }
  }

  // device_id - computed: false, optional: false, required: true
  private _deviceId?: string; 
  public get deviceId() {
    return this.getStringAttribute('device_id');
  }
  public set deviceId(value: string) {
    this._deviceId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get deviceIdInput() {
    return this._deviceId;
  }

  // usb3 - computed: false, optional: true, required: false
  private _usb3?: boolean | cdktf.IResolvable; 
  public get usb3() {
    return this.getBooleanAttribute('usb3');
  }
  public set usb3(value: boolean | cdktf.IResolvable) {
    this._usb3 = value;
  }
  public resetUsb3() {
    this._usb3 = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get usb3Input() {
    return this._usb3;
  }
}
export interface VmQemuUsbsUsb0Mapping {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mapping_id VmQemu#mapping_id}
  */
  readonly mappingId: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#usb3 VmQemu#usb3}
  */
  readonly usb3?: boolean | cdktf.IResolvable;
}

export function vmQemuUsbsUsb0MappingToTerraform(struct?: VmQemuUsbsUsb0MappingOutputReference | VmQemuUsbsUsb0Mapping): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    mapping_id: cdktf.stringToTerraform(struct!.mappingId),
    usb3: cdktf.booleanToTerraform(struct!.usb3),
  }
}


export function vmQemuUsbsUsb0MappingToHclTerraform(struct?: VmQemuUsbsUsb0MappingOutputReference | VmQemuUsbsUsb0Mapping): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    mapping_id: {
      value: cdktf.stringToHclTerraform(struct!.mappingId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    usb3: {
      value: cdktf.booleanToHclTerraform(struct!.usb3),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuUsbsUsb0MappingOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VmQemuUsbsUsb0Mapping | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._mappingId !== undefined) {
      hasAnyValues = true;
      internalValueResult.mappingId = this._mappingId;
    }
    if (this._usb3 !== undefined) {
      hasAnyValues = true;
      internalValueResult.usb3 = this._usb3;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuUsbsUsb0Mapping | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._mappingId = undefined;
      this._usb3 = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._mappingId = value.mappingId;
      this._usb3 = value.usb3;
    }
  }

  // mapping_id - computed: false, optional: false, required: true
  private _mappingId?: string; 
  public get mappingId() {
    return this.getStringAttribute('mapping_id');
  }
  public set mappingId(value: string) {
    this._mappingId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get mappingIdInput() {
    return this._mappingId;
  }

  // usb3 - computed: false, optional: true, required: false
  private _usb3?: boolean | cdktf.IResolvable; 
  public get usb3() {
    return this.getBooleanAttribute('usb3');
  }
  public set usb3(value: boolean | cdktf.IResolvable) {
    this._usb3 = value;
  }
  public resetUsb3() {
    this._usb3 = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get usb3Input() {
    return this._usb3;
  }
}
export interface VmQemuUsbsUsb0Port {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#port_id VmQemu#port_id}
  */
  readonly portId: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#usb3 VmQemu#usb3}
  */
  readonly usb3?: boolean | cdktf.IResolvable;
}

export function vmQemuUsbsUsb0PortToTerraform(struct?: VmQemuUsbsUsb0PortOutputReference | VmQemuUsbsUsb0Port): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    port_id: cdktf.stringToTerraform(struct!.portId),
    usb3: cdktf.booleanToTerraform(struct!.usb3),
  }
}


export function vmQemuUsbsUsb0PortToHclTerraform(struct?: VmQemuUsbsUsb0PortOutputReference | VmQemuUsbsUsb0Port): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    port_id: {
      value: cdktf.stringToHclTerraform(struct!.portId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    usb3: {
      value: cdktf.booleanToHclTerraform(struct!.usb3),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuUsbsUsb0PortOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VmQemuUsbsUsb0Port | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._portId !== undefined) {
      hasAnyValues = true;
      internalValueResult.portId = this._portId;
    }
    if (this._usb3 !== undefined) {
      hasAnyValues = true;
      internalValueResult.usb3 = this._usb3;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuUsbsUsb0Port | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._portId = undefined;
      this._usb3 = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._portId = value.portId;
      this._usb3 = value.usb3;
    }
  }

  // port_id - computed: false, optional: false, required: true
  private _portId?: string; 
  public get portId() {
    return this.getStringAttribute('port_id');
  }
  public set portId(value: string) {
    this._portId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get portIdInput() {
    return this._portId;
  }

  // usb3 - computed: false, optional: true, required: false
  private _usb3?: boolean | cdktf.IResolvable; 
  public get usb3() {
    return this.getBooleanAttribute('usb3');
  }
  public set usb3(value: boolean | cdktf.IResolvable) {
    this._usb3 = value;
  }
  public resetUsb3() {
    this._usb3 = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get usb3Input() {
    return this._usb3;
  }
}
export interface VmQemuUsbsUsb0Spice {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#usb3 VmQemu#usb3}
  */
  readonly usb3?: boolean | cdktf.IResolvable;
}

export function vmQemuUsbsUsb0SpiceToTerraform(struct?: VmQemuUsbsUsb0SpiceOutputReference | VmQemuUsbsUsb0Spice): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    usb3: cdktf.booleanToTerraform(struct!.usb3),
  }
}


export function vmQemuUsbsUsb0SpiceToHclTerraform(struct?: VmQemuUsbsUsb0SpiceOutputReference | VmQemuUsbsUsb0Spice): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    usb3: {
      value: cdktf.booleanToHclTerraform(struct!.usb3),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuUsbsUsb0SpiceOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VmQemuUsbsUsb0Spice | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._usb3 !== undefined) {
      hasAnyValues = true;
      internalValueResult.usb3 = this._usb3;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuUsbsUsb0Spice | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._usb3 = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._usb3 = value.usb3;
    }
  }

  // usb3 - computed: false, optional: true, required: false
  private _usb3?: boolean | cdktf.IResolvable; 
  public get usb3() {
    return this.getBooleanAttribute('usb3');
  }
  public set usb3(value: boolean | cdktf.IResolvable) {
    this._usb3 = value;
  }
  public resetUsb3() {
    this._usb3 = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get usb3Input() {
    return this._usb3;
  }
}
export interface VmQemuUsbsUsb0 {
  /**
  * device block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#device VmQemu#device}
  */
  readonly device?: VmQemuUsbsUsb0Device;
  /**
  * mapping block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mapping VmQemu#mapping}
  */
  readonly mapping?: VmQemuUsbsUsb0Mapping;
  /**
  * port block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#port VmQemu#port}
  */
  readonly port?: VmQemuUsbsUsb0Port;
  /**
  * spice block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#spice VmQemu#spice}
  */
  readonly spice?: VmQemuUsbsUsb0Spice;
}

export function vmQemuUsbsUsb0ToTerraform(struct?: VmQemuUsbsUsb0OutputReference | VmQemuUsbsUsb0): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    device: vmQemuUsbsUsb0DeviceToTerraform(struct!.device),
    mapping: vmQemuUsbsUsb0MappingToTerraform(struct!.mapping),
    port: vmQemuUsbsUsb0PortToTerraform(struct!.port),
    spice: vmQemuUsbsUsb0SpiceToTerraform(struct!.spice),
  }
}


export function vmQemuUsbsUsb0ToHclTerraform(struct?: VmQemuUsbsUsb0OutputReference | VmQemuUsbsUsb0): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    device: {
      value: vmQemuUsbsUsb0DeviceToHclTerraform(struct!.device),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuUsbsUsb0DeviceList",
    },
    mapping: {
      value: vmQemuUsbsUsb0MappingToHclTerraform(struct!.mapping),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuUsbsUsb0MappingList",
    },
    port: {
      value: vmQemuUsbsUsb0PortToHclTerraform(struct!.port),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuUsbsUsb0PortList",
    },
    spice: {
      value: vmQemuUsbsUsb0SpiceToHclTerraform(struct!.spice),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuUsbsUsb0SpiceList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuUsbsUsb0OutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VmQemuUsbsUsb0 | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._device?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.device = this._device?.internalValue;
    }
    if (this._mapping?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.mapping = this._mapping?.internalValue;
    }
    if (this._port?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.port = this._port?.internalValue;
    }
    if (this._spice?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.spice = this._spice?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuUsbsUsb0 | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._device.internalValue = undefined;
      this._mapping.internalValue = undefined;
      this._port.internalValue = undefined;
      this._spice.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._device.internalValue = value.device;
      this._mapping.internalValue = value.mapping;
      this._port.internalValue = value.port;
      this._spice.internalValue = value.spice;
    }
  }

  // device - computed: false, optional: true, required: false
  private _device = new VmQemuUsbsUsb0DeviceOutputReference(this, "device");
  public get device() {
    return this._device;
  }
  public putDevice(value: VmQemuUsbsUsb0Device) {
    this._device.internalValue = value;
  }
  public resetDevice() {
    this._device.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get deviceInput() {
    return this._device.internalValue;
  }

  // mapping - computed: false, optional: true, required: false
  private _mapping = new VmQemuUsbsUsb0MappingOutputReference(this, "mapping");
  public get mapping() {
    return this._mapping;
  }
  public putMapping(value: VmQemuUsbsUsb0Mapping) {
    this._mapping.internalValue = value;
  }
  public resetMapping() {
    this._mapping.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mappingInput() {
    return this._mapping.internalValue;
  }

  // port - computed: false, optional: true, required: false
  private _port = new VmQemuUsbsUsb0PortOutputReference(this, "port");
  public get port() {
    return this._port;
  }
  public putPort(value: VmQemuUsbsUsb0Port) {
    this._port.internalValue = value;
  }
  public resetPort() {
    this._port.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get portInput() {
    return this._port.internalValue;
  }

  // spice - computed: false, optional: true, required: false
  private _spice = new VmQemuUsbsUsb0SpiceOutputReference(this, "spice");
  public get spice() {
    return this._spice;
  }
  public putSpice(value: VmQemuUsbsUsb0Spice) {
    this._spice.internalValue = value;
  }
  public resetSpice() {
    this._spice.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get spiceInput() {
    return this._spice.internalValue;
  }
}
export interface VmQemuUsbsUsb1Device {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#device_id VmQemu#device_id}
  */
  readonly deviceId: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#usb3 VmQemu#usb3}
  */
  readonly usb3?: boolean | cdktf.IResolvable;
}

export function vmQemuUsbsUsb1DeviceToTerraform(struct?: VmQemuUsbsUsb1DeviceOutputReference | VmQemuUsbsUsb1Device): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    device_id: cdktf.stringToTerraform(struct!.deviceId),
    usb3: cdktf.booleanToTerraform(struct!.usb3),
  }
}


export function vmQemuUsbsUsb1DeviceToHclTerraform(struct?: VmQemuUsbsUsb1DeviceOutputReference | VmQemuUsbsUsb1Device): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    device_id: {
      value: cdktf.stringToHclTerraform(struct!.deviceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    usb3: {
      value: cdktf.booleanToHclTerraform(struct!.usb3),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuUsbsUsb1DeviceOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VmQemuUsbsUsb1Device | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._deviceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.deviceId = this._deviceId;
    }
    if (this._usb3 !== undefined) {
      hasAnyValues = true;
      internalValueResult.usb3 = this._usb3;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuUsbsUsb1Device | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._deviceId = undefined;
      this._usb3 = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._deviceId = value.deviceId;
      this._usb3 = value.usb3;
    }
  }

  // device_id - computed: false, optional: false, required: true
  private _deviceId?: string; 
  public get deviceId() {
    return this.getStringAttribute('device_id');
  }
  public set deviceId(value: string) {
    this._deviceId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get deviceIdInput() {
    return this._deviceId;
  }

  // usb3 - computed: false, optional: true, required: false
  private _usb3?: boolean | cdktf.IResolvable; 
  public get usb3() {
    return this.getBooleanAttribute('usb3');
  }
  public set usb3(value: boolean | cdktf.IResolvable) {
    this._usb3 = value;
  }
  public resetUsb3() {
    this._usb3 = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get usb3Input() {
    return this._usb3;
  }
}
export interface VmQemuUsbsUsb1Mapping {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mapping_id VmQemu#mapping_id}
  */
  readonly mappingId: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#usb3 VmQemu#usb3}
  */
  readonly usb3?: boolean | cdktf.IResolvable;
}

export function vmQemuUsbsUsb1MappingToTerraform(struct?: VmQemuUsbsUsb1MappingOutputReference | VmQemuUsbsUsb1Mapping): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    mapping_id: cdktf.stringToTerraform(struct!.mappingId),
    usb3: cdktf.booleanToTerraform(struct!.usb3),
  }
}


export function vmQemuUsbsUsb1MappingToHclTerraform(struct?: VmQemuUsbsUsb1MappingOutputReference | VmQemuUsbsUsb1Mapping): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    mapping_id: {
      value: cdktf.stringToHclTerraform(struct!.mappingId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    usb3: {
      value: cdktf.booleanToHclTerraform(struct!.usb3),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuUsbsUsb1MappingOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VmQemuUsbsUsb1Mapping | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._mappingId !== undefined) {
      hasAnyValues = true;
      internalValueResult.mappingId = this._mappingId;
    }
    if (this._usb3 !== undefined) {
      hasAnyValues = true;
      internalValueResult.usb3 = this._usb3;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuUsbsUsb1Mapping | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._mappingId = undefined;
      this._usb3 = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._mappingId = value.mappingId;
      this._usb3 = value.usb3;
    }
  }

  // mapping_id - computed: false, optional: false, required: true
  private _mappingId?: string; 
  public get mappingId() {
    return this.getStringAttribute('mapping_id');
  }
  public set mappingId(value: string) {
    this._mappingId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get mappingIdInput() {
    return this._mappingId;
  }

  // usb3 - computed: false, optional: true, required: false
  private _usb3?: boolean | cdktf.IResolvable; 
  public get usb3() {
    return this.getBooleanAttribute('usb3');
  }
  public set usb3(value: boolean | cdktf.IResolvable) {
    this._usb3 = value;
  }
  public resetUsb3() {
    this._usb3 = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get usb3Input() {
    return this._usb3;
  }
}
export interface VmQemuUsbsUsb1Port {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#port_id VmQemu#port_id}
  */
  readonly portId: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#usb3 VmQemu#usb3}
  */
  readonly usb3?: boolean | cdktf.IResolvable;
}

export function vmQemuUsbsUsb1PortToTerraform(struct?: VmQemuUsbsUsb1PortOutputReference | VmQemuUsbsUsb1Port): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    port_id: cdktf.stringToTerraform(struct!.portId),
    usb3: cdktf.booleanToTerraform(struct!.usb3),
  }
}


export function vmQemuUsbsUsb1PortToHclTerraform(struct?: VmQemuUsbsUsb1PortOutputReference | VmQemuUsbsUsb1Port): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    port_id: {
      value: cdktf.stringToHclTerraform(struct!.portId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    usb3: {
      value: cdktf.booleanToHclTerraform(struct!.usb3),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuUsbsUsb1PortOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VmQemuUsbsUsb1Port | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._portId !== undefined) {
      hasAnyValues = true;
      internalValueResult.portId = this._portId;
    }
    if (this._usb3 !== undefined) {
      hasAnyValues = true;
      internalValueResult.usb3 = this._usb3;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuUsbsUsb1Port | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._portId = undefined;
      this._usb3 = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._portId = value.portId;
      this._usb3 = value.usb3;
    }
  }

  // port_id - computed: false, optional: false, required: true
  private _portId?: string; 
  public get portId() {
    return this.getStringAttribute('port_id');
  }
  public set portId(value: string) {
    this._portId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get portIdInput() {
    return this._portId;
  }

  // usb3 - computed: false, optional: true, required: false
  private _usb3?: boolean | cdktf.IResolvable; 
  public get usb3() {
    return this.getBooleanAttribute('usb3');
  }
  public set usb3(value: boolean | cdktf.IResolvable) {
    this._usb3 = value;
  }
  public resetUsb3() {
    this._usb3 = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get usb3Input() {
    return this._usb3;
  }
}
export interface VmQemuUsbsUsb1Spice {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#usb3 VmQemu#usb3}
  */
  readonly usb3?: boolean | cdktf.IResolvable;
}

export function vmQemuUsbsUsb1SpiceToTerraform(struct?: VmQemuUsbsUsb1SpiceOutputReference | VmQemuUsbsUsb1Spice): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    usb3: cdktf.booleanToTerraform(struct!.usb3),
  }
}


export function vmQemuUsbsUsb1SpiceToHclTerraform(struct?: VmQemuUsbsUsb1SpiceOutputReference | VmQemuUsbsUsb1Spice): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    usb3: {
      value: cdktf.booleanToHclTerraform(struct!.usb3),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuUsbsUsb1SpiceOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VmQemuUsbsUsb1Spice | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._usb3 !== undefined) {
      hasAnyValues = true;
      internalValueResult.usb3 = this._usb3;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuUsbsUsb1Spice | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._usb3 = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._usb3 = value.usb3;
    }
  }

  // usb3 - computed: false, optional: true, required: false
  private _usb3?: boolean | cdktf.IResolvable; 
  public get usb3() {
    return this.getBooleanAttribute('usb3');
  }
  public set usb3(value: boolean | cdktf.IResolvable) {
    this._usb3 = value;
  }
  public resetUsb3() {
    this._usb3 = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get usb3Input() {
    return this._usb3;
  }
}
export interface VmQemuUsbsUsb1 {
  /**
  * device block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#device VmQemu#device}
  */
  readonly device?: VmQemuUsbsUsb1Device;
  /**
  * mapping block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mapping VmQemu#mapping}
  */
  readonly mapping?: VmQemuUsbsUsb1Mapping;
  /**
  * port block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#port VmQemu#port}
  */
  readonly port?: VmQemuUsbsUsb1Port;
  /**
  * spice block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#spice VmQemu#spice}
  */
  readonly spice?: VmQemuUsbsUsb1Spice;
}

export function vmQemuUsbsUsb1ToTerraform(struct?: VmQemuUsbsUsb1OutputReference | VmQemuUsbsUsb1): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    device: vmQemuUsbsUsb1DeviceToTerraform(struct!.device),
    mapping: vmQemuUsbsUsb1MappingToTerraform(struct!.mapping),
    port: vmQemuUsbsUsb1PortToTerraform(struct!.port),
    spice: vmQemuUsbsUsb1SpiceToTerraform(struct!.spice),
  }
}


export function vmQemuUsbsUsb1ToHclTerraform(struct?: VmQemuUsbsUsb1OutputReference | VmQemuUsbsUsb1): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    device: {
      value: vmQemuUsbsUsb1DeviceToHclTerraform(struct!.device),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuUsbsUsb1DeviceList",
    },
    mapping: {
      value: vmQemuUsbsUsb1MappingToHclTerraform(struct!.mapping),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuUsbsUsb1MappingList",
    },
    port: {
      value: vmQemuUsbsUsb1PortToHclTerraform(struct!.port),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuUsbsUsb1PortList",
    },
    spice: {
      value: vmQemuUsbsUsb1SpiceToHclTerraform(struct!.spice),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuUsbsUsb1SpiceList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuUsbsUsb1OutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VmQemuUsbsUsb1 | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._device?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.device = this._device?.internalValue;
    }
    if (this._mapping?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.mapping = this._mapping?.internalValue;
    }
    if (this._port?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.port = this._port?.internalValue;
    }
    if (this._spice?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.spice = this._spice?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuUsbsUsb1 | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._device.internalValue = undefined;
      this._mapping.internalValue = undefined;
      this._port.internalValue = undefined;
      this._spice.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._device.internalValue = value.device;
      this._mapping.internalValue = value.mapping;
      this._port.internalValue = value.port;
      this._spice.internalValue = value.spice;
    }
  }

  // device - computed: false, optional: true, required: false
  private _device = new VmQemuUsbsUsb1DeviceOutputReference(this, "device");
  public get device() {
    return this._device;
  }
  public putDevice(value: VmQemuUsbsUsb1Device) {
    this._device.internalValue = value;
  }
  public resetDevice() {
    this._device.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get deviceInput() {
    return this._device.internalValue;
  }

  // mapping - computed: false, optional: true, required: false
  private _mapping = new VmQemuUsbsUsb1MappingOutputReference(this, "mapping");
  public get mapping() {
    return this._mapping;
  }
  public putMapping(value: VmQemuUsbsUsb1Mapping) {
    this._mapping.internalValue = value;
  }
  public resetMapping() {
    this._mapping.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mappingInput() {
    return this._mapping.internalValue;
  }

  // port - computed: false, optional: true, required: false
  private _port = new VmQemuUsbsUsb1PortOutputReference(this, "port");
  public get port() {
    return this._port;
  }
  public putPort(value: VmQemuUsbsUsb1Port) {
    this._port.internalValue = value;
  }
  public resetPort() {
    this._port.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get portInput() {
    return this._port.internalValue;
  }

  // spice - computed: false, optional: true, required: false
  private _spice = new VmQemuUsbsUsb1SpiceOutputReference(this, "spice");
  public get spice() {
    return this._spice;
  }
  public putSpice(value: VmQemuUsbsUsb1Spice) {
    this._spice.internalValue = value;
  }
  public resetSpice() {
    this._spice.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get spiceInput() {
    return this._spice.internalValue;
  }
}
export interface VmQemuUsbsUsb2Device {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#device_id VmQemu#device_id}
  */
  readonly deviceId: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#usb3 VmQemu#usb3}
  */
  readonly usb3?: boolean | cdktf.IResolvable;
}

export function vmQemuUsbsUsb2DeviceToTerraform(struct?: VmQemuUsbsUsb2DeviceOutputReference | VmQemuUsbsUsb2Device): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    device_id: cdktf.stringToTerraform(struct!.deviceId),
    usb3: cdktf.booleanToTerraform(struct!.usb3),
  }
}


export function vmQemuUsbsUsb2DeviceToHclTerraform(struct?: VmQemuUsbsUsb2DeviceOutputReference | VmQemuUsbsUsb2Device): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    device_id: {
      value: cdktf.stringToHclTerraform(struct!.deviceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    usb3: {
      value: cdktf.booleanToHclTerraform(struct!.usb3),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuUsbsUsb2DeviceOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VmQemuUsbsUsb2Device | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._deviceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.deviceId = this._deviceId;
    }
    if (this._usb3 !== undefined) {
      hasAnyValues = true;
      internalValueResult.usb3 = this._usb3;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuUsbsUsb2Device | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._deviceId = undefined;
      this._usb3 = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._deviceId = value.deviceId;
      this._usb3 = value.usb3;
    }
  }

  // device_id - computed: false, optional: false, required: true
  private _deviceId?: string; 
  public get deviceId() {
    return this.getStringAttribute('device_id');
  }
  public set deviceId(value: string) {
    this._deviceId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get deviceIdInput() {
    return this._deviceId;
  }

  // usb3 - computed: false, optional: true, required: false
  private _usb3?: boolean | cdktf.IResolvable; 
  public get usb3() {
    return this.getBooleanAttribute('usb3');
  }
  public set usb3(value: boolean | cdktf.IResolvable) {
    this._usb3 = value;
  }
  public resetUsb3() {
    this._usb3 = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get usb3Input() {
    return this._usb3;
  }
}
export interface VmQemuUsbsUsb2Mapping {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mapping_id VmQemu#mapping_id}
  */
  readonly mappingId: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#usb3 VmQemu#usb3}
  */
  readonly usb3?: boolean | cdktf.IResolvable;
}

export function vmQemuUsbsUsb2MappingToTerraform(struct?: VmQemuUsbsUsb2MappingOutputReference | VmQemuUsbsUsb2Mapping): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    mapping_id: cdktf.stringToTerraform(struct!.mappingId),
    usb3: cdktf.booleanToTerraform(struct!.usb3),
  }
}


export function vmQemuUsbsUsb2MappingToHclTerraform(struct?: VmQemuUsbsUsb2MappingOutputReference | VmQemuUsbsUsb2Mapping): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    mapping_id: {
      value: cdktf.stringToHclTerraform(struct!.mappingId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    usb3: {
      value: cdktf.booleanToHclTerraform(struct!.usb3),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuUsbsUsb2MappingOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VmQemuUsbsUsb2Mapping | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._mappingId !== undefined) {
      hasAnyValues = true;
      internalValueResult.mappingId = this._mappingId;
    }
    if (this._usb3 !== undefined) {
      hasAnyValues = true;
      internalValueResult.usb3 = this._usb3;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuUsbsUsb2Mapping | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._mappingId = undefined;
      this._usb3 = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._mappingId = value.mappingId;
      this._usb3 = value.usb3;
    }
  }

  // mapping_id - computed: false, optional: false, required: true
  private _mappingId?: string; 
  public get mappingId() {
    return this.getStringAttribute('mapping_id');
  }
  public set mappingId(value: string) {
    this._mappingId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get mappingIdInput() {
    return this._mappingId;
  }

  // usb3 - computed: false, optional: true, required: false
  private _usb3?: boolean | cdktf.IResolvable; 
  public get usb3() {
    return this.getBooleanAttribute('usb3');
  }
  public set usb3(value: boolean | cdktf.IResolvable) {
    this._usb3 = value;
  }
  public resetUsb3() {
    this._usb3 = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get usb3Input() {
    return this._usb3;
  }
}
export interface VmQemuUsbsUsb2Port {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#port_id VmQemu#port_id}
  */
  readonly portId: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#usb3 VmQemu#usb3}
  */
  readonly usb3?: boolean | cdktf.IResolvable;
}

export function vmQemuUsbsUsb2PortToTerraform(struct?: VmQemuUsbsUsb2PortOutputReference | VmQemuUsbsUsb2Port): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    port_id: cdktf.stringToTerraform(struct!.portId),
    usb3: cdktf.booleanToTerraform(struct!.usb3),
  }
}


export function vmQemuUsbsUsb2PortToHclTerraform(struct?: VmQemuUsbsUsb2PortOutputReference | VmQemuUsbsUsb2Port): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    port_id: {
      value: cdktf.stringToHclTerraform(struct!.portId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    usb3: {
      value: cdktf.booleanToHclTerraform(struct!.usb3),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuUsbsUsb2PortOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VmQemuUsbsUsb2Port | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._portId !== undefined) {
      hasAnyValues = true;
      internalValueResult.portId = this._portId;
    }
    if (this._usb3 !== undefined) {
      hasAnyValues = true;
      internalValueResult.usb3 = this._usb3;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuUsbsUsb2Port | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._portId = undefined;
      this._usb3 = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._portId = value.portId;
      this._usb3 = value.usb3;
    }
  }

  // port_id - computed: false, optional: false, required: true
  private _portId?: string; 
  public get portId() {
    return this.getStringAttribute('port_id');
  }
  public set portId(value: string) {
    this._portId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get portIdInput() {
    return this._portId;
  }

  // usb3 - computed: false, optional: true, required: false
  private _usb3?: boolean | cdktf.IResolvable; 
  public get usb3() {
    return this.getBooleanAttribute('usb3');
  }
  public set usb3(value: boolean | cdktf.IResolvable) {
    this._usb3 = value;
  }
  public resetUsb3() {
    this._usb3 = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get usb3Input() {
    return this._usb3;
  }
}
export interface VmQemuUsbsUsb2Spice {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#usb3 VmQemu#usb3}
  */
  readonly usb3?: boolean | cdktf.IResolvable;
}

export function vmQemuUsbsUsb2SpiceToTerraform(struct?: VmQemuUsbsUsb2SpiceOutputReference | VmQemuUsbsUsb2Spice): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    usb3: cdktf.booleanToTerraform(struct!.usb3),
  }
}


export function vmQemuUsbsUsb2SpiceToHclTerraform(struct?: VmQemuUsbsUsb2SpiceOutputReference | VmQemuUsbsUsb2Spice): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    usb3: {
      value: cdktf.booleanToHclTerraform(struct!.usb3),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuUsbsUsb2SpiceOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VmQemuUsbsUsb2Spice | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._usb3 !== undefined) {
      hasAnyValues = true;
      internalValueResult.usb3 = this._usb3;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuUsbsUsb2Spice | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._usb3 = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._usb3 = value.usb3;
    }
  }

  // usb3 - computed: false, optional: true, required: false
  private _usb3?: boolean | cdktf.IResolvable; 
  public get usb3() {
    return this.getBooleanAttribute('usb3');
  }
  public set usb3(value: boolean | cdktf.IResolvable) {
    this._usb3 = value;
  }
  public resetUsb3() {
    this._usb3 = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get usb3Input() {
    return this._usb3;
  }
}
export interface VmQemuUsbsUsb2 {
  /**
  * device block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#device VmQemu#device}
  */
  readonly device?: VmQemuUsbsUsb2Device;
  /**
  * mapping block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mapping VmQemu#mapping}
  */
  readonly mapping?: VmQemuUsbsUsb2Mapping;
  /**
  * port block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#port VmQemu#port}
  */
  readonly port?: VmQemuUsbsUsb2Port;
  /**
  * spice block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#spice VmQemu#spice}
  */
  readonly spice?: VmQemuUsbsUsb2Spice;
}

export function vmQemuUsbsUsb2ToTerraform(struct?: VmQemuUsbsUsb2OutputReference | VmQemuUsbsUsb2): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    device: vmQemuUsbsUsb2DeviceToTerraform(struct!.device),
    mapping: vmQemuUsbsUsb2MappingToTerraform(struct!.mapping),
    port: vmQemuUsbsUsb2PortToTerraform(struct!.port),
    spice: vmQemuUsbsUsb2SpiceToTerraform(struct!.spice),
  }
}


export function vmQemuUsbsUsb2ToHclTerraform(struct?: VmQemuUsbsUsb2OutputReference | VmQemuUsbsUsb2): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    device: {
      value: vmQemuUsbsUsb2DeviceToHclTerraform(struct!.device),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuUsbsUsb2DeviceList",
    },
    mapping: {
      value: vmQemuUsbsUsb2MappingToHclTerraform(struct!.mapping),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuUsbsUsb2MappingList",
    },
    port: {
      value: vmQemuUsbsUsb2PortToHclTerraform(struct!.port),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuUsbsUsb2PortList",
    },
    spice: {
      value: vmQemuUsbsUsb2SpiceToHclTerraform(struct!.spice),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuUsbsUsb2SpiceList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuUsbsUsb2OutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VmQemuUsbsUsb2 | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._device?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.device = this._device?.internalValue;
    }
    if (this._mapping?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.mapping = this._mapping?.internalValue;
    }
    if (this._port?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.port = this._port?.internalValue;
    }
    if (this._spice?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.spice = this._spice?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuUsbsUsb2 | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._device.internalValue = undefined;
      this._mapping.internalValue = undefined;
      this._port.internalValue = undefined;
      this._spice.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._device.internalValue = value.device;
      this._mapping.internalValue = value.mapping;
      this._port.internalValue = value.port;
      this._spice.internalValue = value.spice;
    }
  }

  // device - computed: false, optional: true, required: false
  private _device = new VmQemuUsbsUsb2DeviceOutputReference(this, "device");
  public get device() {
    return this._device;
  }
  public putDevice(value: VmQemuUsbsUsb2Device) {
    this._device.internalValue = value;
  }
  public resetDevice() {
    this._device.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get deviceInput() {
    return this._device.internalValue;
  }

  // mapping - computed: false, optional: true, required: false
  private _mapping = new VmQemuUsbsUsb2MappingOutputReference(this, "mapping");
  public get mapping() {
    return this._mapping;
  }
  public putMapping(value: VmQemuUsbsUsb2Mapping) {
    this._mapping.internalValue = value;
  }
  public resetMapping() {
    this._mapping.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mappingInput() {
    return this._mapping.internalValue;
  }

  // port - computed: false, optional: true, required: false
  private _port = new VmQemuUsbsUsb2PortOutputReference(this, "port");
  public get port() {
    return this._port;
  }
  public putPort(value: VmQemuUsbsUsb2Port) {
    this._port.internalValue = value;
  }
  public resetPort() {
    this._port.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get portInput() {
    return this._port.internalValue;
  }

  // spice - computed: false, optional: true, required: false
  private _spice = new VmQemuUsbsUsb2SpiceOutputReference(this, "spice");
  public get spice() {
    return this._spice;
  }
  public putSpice(value: VmQemuUsbsUsb2Spice) {
    this._spice.internalValue = value;
  }
  public resetSpice() {
    this._spice.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get spiceInput() {
    return this._spice.internalValue;
  }
}
export interface VmQemuUsbsUsb3Device {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#device_id VmQemu#device_id}
  */
  readonly deviceId: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#usb3 VmQemu#usb3}
  */
  readonly usb3?: boolean | cdktf.IResolvable;
}

export function vmQemuUsbsUsb3DeviceToTerraform(struct?: VmQemuUsbsUsb3DeviceOutputReference | VmQemuUsbsUsb3Device): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    device_id: cdktf.stringToTerraform(struct!.deviceId),
    usb3: cdktf.booleanToTerraform(struct!.usb3),
  }
}


export function vmQemuUsbsUsb3DeviceToHclTerraform(struct?: VmQemuUsbsUsb3DeviceOutputReference | VmQemuUsbsUsb3Device): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    device_id: {
      value: cdktf.stringToHclTerraform(struct!.deviceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    usb3: {
      value: cdktf.booleanToHclTerraform(struct!.usb3),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuUsbsUsb3DeviceOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VmQemuUsbsUsb3Device | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._deviceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.deviceId = this._deviceId;
    }
    if (this._usb3 !== undefined) {
      hasAnyValues = true;
      internalValueResult.usb3 = this._usb3;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuUsbsUsb3Device | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._deviceId = undefined;
      this._usb3 = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._deviceId = value.deviceId;
      this._usb3 = value.usb3;
    }
  }

  // device_id - computed: false, optional: false, required: true
  private _deviceId?: string; 
  public get deviceId() {
    return this.getStringAttribute('device_id');
  }
  public set deviceId(value: string) {
    this._deviceId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get deviceIdInput() {
    return this._deviceId;
  }

  // usb3 - computed: false, optional: true, required: false
  private _usb3?: boolean | cdktf.IResolvable; 
  public get usb3() {
    return this.getBooleanAttribute('usb3');
  }
  public set usb3(value: boolean | cdktf.IResolvable) {
    this._usb3 = value;
  }
  public resetUsb3() {
    this._usb3 = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get usb3Input() {
    return this._usb3;
  }
}
export interface VmQemuUsbsUsb3Mapping {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mapping_id VmQemu#mapping_id}
  */
  readonly mappingId: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#usb3 VmQemu#usb3}
  */
  readonly usb3?: boolean | cdktf.IResolvable;
}

export function vmQemuUsbsUsb3MappingToTerraform(struct?: VmQemuUsbsUsb3MappingOutputReference | VmQemuUsbsUsb3Mapping): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    mapping_id: cdktf.stringToTerraform(struct!.mappingId),
    usb3: cdktf.booleanToTerraform(struct!.usb3),
  }
}


export function vmQemuUsbsUsb3MappingToHclTerraform(struct?: VmQemuUsbsUsb3MappingOutputReference | VmQemuUsbsUsb3Mapping): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    mapping_id: {
      value: cdktf.stringToHclTerraform(struct!.mappingId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    usb3: {
      value: cdktf.booleanToHclTerraform(struct!.usb3),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuUsbsUsb3MappingOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VmQemuUsbsUsb3Mapping | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._mappingId !== undefined) {
      hasAnyValues = true;
      internalValueResult.mappingId = this._mappingId;
    }
    if (this._usb3 !== undefined) {
      hasAnyValues = true;
      internalValueResult.usb3 = this._usb3;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuUsbsUsb3Mapping | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._mappingId = undefined;
      this._usb3 = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._mappingId = value.mappingId;
      this._usb3 = value.usb3;
    }
  }

  // mapping_id - computed: false, optional: false, required: true
  private _mappingId?: string; 
  public get mappingId() {
    return this.getStringAttribute('mapping_id');
  }
  public set mappingId(value: string) {
    this._mappingId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get mappingIdInput() {
    return this._mappingId;
  }

  // usb3 - computed: false, optional: true, required: false
  private _usb3?: boolean | cdktf.IResolvable; 
  public get usb3() {
    return this.getBooleanAttribute('usb3');
  }
  public set usb3(value: boolean | cdktf.IResolvable) {
    this._usb3 = value;
  }
  public resetUsb3() {
    this._usb3 = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get usb3Input() {
    return this._usb3;
  }
}
export interface VmQemuUsbsUsb3Port {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#port_id VmQemu#port_id}
  */
  readonly portId: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#usb3 VmQemu#usb3}
  */
  readonly usb3?: boolean | cdktf.IResolvable;
}

export function vmQemuUsbsUsb3PortToTerraform(struct?: VmQemuUsbsUsb3PortOutputReference | VmQemuUsbsUsb3Port): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    port_id: cdktf.stringToTerraform(struct!.portId),
    usb3: cdktf.booleanToTerraform(struct!.usb3),
  }
}


export function vmQemuUsbsUsb3PortToHclTerraform(struct?: VmQemuUsbsUsb3PortOutputReference | VmQemuUsbsUsb3Port): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    port_id: {
      value: cdktf.stringToHclTerraform(struct!.portId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    usb3: {
      value: cdktf.booleanToHclTerraform(struct!.usb3),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuUsbsUsb3PortOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VmQemuUsbsUsb3Port | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._portId !== undefined) {
      hasAnyValues = true;
      internalValueResult.portId = this._portId;
    }
    if (this._usb3 !== undefined) {
      hasAnyValues = true;
      internalValueResult.usb3 = this._usb3;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuUsbsUsb3Port | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._portId = undefined;
      this._usb3 = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._portId = value.portId;
      this._usb3 = value.usb3;
    }
  }

  // port_id - computed: false, optional: false, required: true
  private _portId?: string; 
  public get portId() {
    return this.getStringAttribute('port_id');
  }
  public set portId(value: string) {
    this._portId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get portIdInput() {
    return this._portId;
  }

  // usb3 - computed: false, optional: true, required: false
  private _usb3?: boolean | cdktf.IResolvable; 
  public get usb3() {
    return this.getBooleanAttribute('usb3');
  }
  public set usb3(value: boolean | cdktf.IResolvable) {
    this._usb3 = value;
  }
  public resetUsb3() {
    this._usb3 = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get usb3Input() {
    return this._usb3;
  }
}
export interface VmQemuUsbsUsb3Spice {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#usb3 VmQemu#usb3}
  */
  readonly usb3?: boolean | cdktf.IResolvable;
}

export function vmQemuUsbsUsb3SpiceToTerraform(struct?: VmQemuUsbsUsb3SpiceOutputReference | VmQemuUsbsUsb3Spice): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    usb3: cdktf.booleanToTerraform(struct!.usb3),
  }
}


export function vmQemuUsbsUsb3SpiceToHclTerraform(struct?: VmQemuUsbsUsb3SpiceOutputReference | VmQemuUsbsUsb3Spice): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    usb3: {
      value: cdktf.booleanToHclTerraform(struct!.usb3),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuUsbsUsb3SpiceOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VmQemuUsbsUsb3Spice | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._usb3 !== undefined) {
      hasAnyValues = true;
      internalValueResult.usb3 = this._usb3;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuUsbsUsb3Spice | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._usb3 = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._usb3 = value.usb3;
    }
  }

  // usb3 - computed: false, optional: true, required: false
  private _usb3?: boolean | cdktf.IResolvable; 
  public get usb3() {
    return this.getBooleanAttribute('usb3');
  }
  public set usb3(value: boolean | cdktf.IResolvable) {
    this._usb3 = value;
  }
  public resetUsb3() {
    this._usb3 = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get usb3Input() {
    return this._usb3;
  }
}
export interface VmQemuUsbsUsb3 {
  /**
  * device block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#device VmQemu#device}
  */
  readonly device?: VmQemuUsbsUsb3Device;
  /**
  * mapping block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mapping VmQemu#mapping}
  */
  readonly mapping?: VmQemuUsbsUsb3Mapping;
  /**
  * port block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#port VmQemu#port}
  */
  readonly port?: VmQemuUsbsUsb3Port;
  /**
  * spice block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#spice VmQemu#spice}
  */
  readonly spice?: VmQemuUsbsUsb3Spice;
}

export function vmQemuUsbsUsb3ToTerraform(struct?: VmQemuUsbsUsb3OutputReference | VmQemuUsbsUsb3): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    device: vmQemuUsbsUsb3DeviceToTerraform(struct!.device),
    mapping: vmQemuUsbsUsb3MappingToTerraform(struct!.mapping),
    port: vmQemuUsbsUsb3PortToTerraform(struct!.port),
    spice: vmQemuUsbsUsb3SpiceToTerraform(struct!.spice),
  }
}


export function vmQemuUsbsUsb3ToHclTerraform(struct?: VmQemuUsbsUsb3OutputReference | VmQemuUsbsUsb3): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    device: {
      value: vmQemuUsbsUsb3DeviceToHclTerraform(struct!.device),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuUsbsUsb3DeviceList",
    },
    mapping: {
      value: vmQemuUsbsUsb3MappingToHclTerraform(struct!.mapping),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuUsbsUsb3MappingList",
    },
    port: {
      value: vmQemuUsbsUsb3PortToHclTerraform(struct!.port),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuUsbsUsb3PortList",
    },
    spice: {
      value: vmQemuUsbsUsb3SpiceToHclTerraform(struct!.spice),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuUsbsUsb3SpiceList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuUsbsUsb3OutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VmQemuUsbsUsb3 | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._device?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.device = this._device?.internalValue;
    }
    if (this._mapping?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.mapping = this._mapping?.internalValue;
    }
    if (this._port?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.port = this._port?.internalValue;
    }
    if (this._spice?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.spice = this._spice?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuUsbsUsb3 | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._device.internalValue = undefined;
      this._mapping.internalValue = undefined;
      this._port.internalValue = undefined;
      this._spice.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._device.internalValue = value.device;
      this._mapping.internalValue = value.mapping;
      this._port.internalValue = value.port;
      this._spice.internalValue = value.spice;
    }
  }

  // device - computed: false, optional: true, required: false
  private _device = new VmQemuUsbsUsb3DeviceOutputReference(this, "device");
  public get device() {
    return this._device;
  }
  public putDevice(value: VmQemuUsbsUsb3Device) {
    this._device.internalValue = value;
  }
  public resetDevice() {
    this._device.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get deviceInput() {
    return this._device.internalValue;
  }

  // mapping - computed: false, optional: true, required: false
  private _mapping = new VmQemuUsbsUsb3MappingOutputReference(this, "mapping");
  public get mapping() {
    return this._mapping;
  }
  public putMapping(value: VmQemuUsbsUsb3Mapping) {
    this._mapping.internalValue = value;
  }
  public resetMapping() {
    this._mapping.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mappingInput() {
    return this._mapping.internalValue;
  }

  // port - computed: false, optional: true, required: false
  private _port = new VmQemuUsbsUsb3PortOutputReference(this, "port");
  public get port() {
    return this._port;
  }
  public putPort(value: VmQemuUsbsUsb3Port) {
    this._port.internalValue = value;
  }
  public resetPort() {
    this._port.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get portInput() {
    return this._port.internalValue;
  }

  // spice - computed: false, optional: true, required: false
  private _spice = new VmQemuUsbsUsb3SpiceOutputReference(this, "spice");
  public get spice() {
    return this._spice;
  }
  public putSpice(value: VmQemuUsbsUsb3Spice) {
    this._spice.internalValue = value;
  }
  public resetSpice() {
    this._spice.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get spiceInput() {
    return this._spice.internalValue;
  }
}
export interface VmQemuUsbsUsb4Device {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#device_id VmQemu#device_id}
  */
  readonly deviceId: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#usb3 VmQemu#usb3}
  */
  readonly usb3?: boolean | cdktf.IResolvable;
}

export function vmQemuUsbsUsb4DeviceToTerraform(struct?: VmQemuUsbsUsb4DeviceOutputReference | VmQemuUsbsUsb4Device): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    device_id: cdktf.stringToTerraform(struct!.deviceId),
    usb3: cdktf.booleanToTerraform(struct!.usb3),
  }
}


export function vmQemuUsbsUsb4DeviceToHclTerraform(struct?: VmQemuUsbsUsb4DeviceOutputReference | VmQemuUsbsUsb4Device): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    device_id: {
      value: cdktf.stringToHclTerraform(struct!.deviceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    usb3: {
      value: cdktf.booleanToHclTerraform(struct!.usb3),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuUsbsUsb4DeviceOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VmQemuUsbsUsb4Device | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._deviceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.deviceId = this._deviceId;
    }
    if (this._usb3 !== undefined) {
      hasAnyValues = true;
      internalValueResult.usb3 = this._usb3;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuUsbsUsb4Device | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._deviceId = undefined;
      this._usb3 = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._deviceId = value.deviceId;
      this._usb3 = value.usb3;
    }
  }

  // device_id - computed: false, optional: false, required: true
  private _deviceId?: string; 
  public get deviceId() {
    return this.getStringAttribute('device_id');
  }
  public set deviceId(value: string) {
    this._deviceId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get deviceIdInput() {
    return this._deviceId;
  }

  // usb3 - computed: false, optional: true, required: false
  private _usb3?: boolean | cdktf.IResolvable; 
  public get usb3() {
    return this.getBooleanAttribute('usb3');
  }
  public set usb3(value: boolean | cdktf.IResolvable) {
    this._usb3 = value;
  }
  public resetUsb3() {
    this._usb3 = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get usb3Input() {
    return this._usb3;
  }
}
export interface VmQemuUsbsUsb4Mapping {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mapping_id VmQemu#mapping_id}
  */
  readonly mappingId: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#usb3 VmQemu#usb3}
  */
  readonly usb3?: boolean | cdktf.IResolvable;
}

export function vmQemuUsbsUsb4MappingToTerraform(struct?: VmQemuUsbsUsb4MappingOutputReference | VmQemuUsbsUsb4Mapping): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    mapping_id: cdktf.stringToTerraform(struct!.mappingId),
    usb3: cdktf.booleanToTerraform(struct!.usb3),
  }
}


export function vmQemuUsbsUsb4MappingToHclTerraform(struct?: VmQemuUsbsUsb4MappingOutputReference | VmQemuUsbsUsb4Mapping): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    mapping_id: {
      value: cdktf.stringToHclTerraform(struct!.mappingId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    usb3: {
      value: cdktf.booleanToHclTerraform(struct!.usb3),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuUsbsUsb4MappingOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VmQemuUsbsUsb4Mapping | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._mappingId !== undefined) {
      hasAnyValues = true;
      internalValueResult.mappingId = this._mappingId;
    }
    if (this._usb3 !== undefined) {
      hasAnyValues = true;
      internalValueResult.usb3 = this._usb3;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuUsbsUsb4Mapping | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._mappingId = undefined;
      this._usb3 = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._mappingId = value.mappingId;
      this._usb3 = value.usb3;
    }
  }

  // mapping_id - computed: false, optional: false, required: true
  private _mappingId?: string; 
  public get mappingId() {
    return this.getStringAttribute('mapping_id');
  }
  public set mappingId(value: string) {
    this._mappingId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get mappingIdInput() {
    return this._mappingId;
  }

  // usb3 - computed: false, optional: true, required: false
  private _usb3?: boolean | cdktf.IResolvable; 
  public get usb3() {
    return this.getBooleanAttribute('usb3');
  }
  public set usb3(value: boolean | cdktf.IResolvable) {
    this._usb3 = value;
  }
  public resetUsb3() {
    this._usb3 = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get usb3Input() {
    return this._usb3;
  }
}
export interface VmQemuUsbsUsb4Port {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#port_id VmQemu#port_id}
  */
  readonly portId: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#usb3 VmQemu#usb3}
  */
  readonly usb3?: boolean | cdktf.IResolvable;
}

export function vmQemuUsbsUsb4PortToTerraform(struct?: VmQemuUsbsUsb4PortOutputReference | VmQemuUsbsUsb4Port): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    port_id: cdktf.stringToTerraform(struct!.portId),
    usb3: cdktf.booleanToTerraform(struct!.usb3),
  }
}


export function vmQemuUsbsUsb4PortToHclTerraform(struct?: VmQemuUsbsUsb4PortOutputReference | VmQemuUsbsUsb4Port): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    port_id: {
      value: cdktf.stringToHclTerraform(struct!.portId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    usb3: {
      value: cdktf.booleanToHclTerraform(struct!.usb3),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuUsbsUsb4PortOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VmQemuUsbsUsb4Port | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._portId !== undefined) {
      hasAnyValues = true;
      internalValueResult.portId = this._portId;
    }
    if (this._usb3 !== undefined) {
      hasAnyValues = true;
      internalValueResult.usb3 = this._usb3;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuUsbsUsb4Port | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._portId = undefined;
      this._usb3 = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._portId = value.portId;
      this._usb3 = value.usb3;
    }
  }

  // port_id - computed: false, optional: false, required: true
  private _portId?: string; 
  public get portId() {
    return this.getStringAttribute('port_id');
  }
  public set portId(value: string) {
    this._portId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get portIdInput() {
    return this._portId;
  }

  // usb3 - computed: false, optional: true, required: false
  private _usb3?: boolean | cdktf.IResolvable; 
  public get usb3() {
    return this.getBooleanAttribute('usb3');
  }
  public set usb3(value: boolean | cdktf.IResolvable) {
    this._usb3 = value;
  }
  public resetUsb3() {
    this._usb3 = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get usb3Input() {
    return this._usb3;
  }
}
export interface VmQemuUsbsUsb4Spice {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#usb3 VmQemu#usb3}
  */
  readonly usb3?: boolean | cdktf.IResolvable;
}

export function vmQemuUsbsUsb4SpiceToTerraform(struct?: VmQemuUsbsUsb4SpiceOutputReference | VmQemuUsbsUsb4Spice): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    usb3: cdktf.booleanToTerraform(struct!.usb3),
  }
}


export function vmQemuUsbsUsb4SpiceToHclTerraform(struct?: VmQemuUsbsUsb4SpiceOutputReference | VmQemuUsbsUsb4Spice): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    usb3: {
      value: cdktf.booleanToHclTerraform(struct!.usb3),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuUsbsUsb4SpiceOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VmQemuUsbsUsb4Spice | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._usb3 !== undefined) {
      hasAnyValues = true;
      internalValueResult.usb3 = this._usb3;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuUsbsUsb4Spice | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._usb3 = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._usb3 = value.usb3;
    }
  }

  // usb3 - computed: false, optional: true, required: false
  private _usb3?: boolean | cdktf.IResolvable; 
  public get usb3() {
    return this.getBooleanAttribute('usb3');
  }
  public set usb3(value: boolean | cdktf.IResolvable) {
    this._usb3 = value;
  }
  public resetUsb3() {
    this._usb3 = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get usb3Input() {
    return this._usb3;
  }
}
export interface VmQemuUsbsUsb4 {
  /**
  * device block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#device VmQemu#device}
  */
  readonly device?: VmQemuUsbsUsb4Device;
  /**
  * mapping block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#mapping VmQemu#mapping}
  */
  readonly mapping?: VmQemuUsbsUsb4Mapping;
  /**
  * port block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#port VmQemu#port}
  */
  readonly port?: VmQemuUsbsUsb4Port;
  /**
  * spice block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#spice VmQemu#spice}
  */
  readonly spice?: VmQemuUsbsUsb4Spice;
}

export function vmQemuUsbsUsb4ToTerraform(struct?: VmQemuUsbsUsb4OutputReference | VmQemuUsbsUsb4): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    device: vmQemuUsbsUsb4DeviceToTerraform(struct!.device),
    mapping: vmQemuUsbsUsb4MappingToTerraform(struct!.mapping),
    port: vmQemuUsbsUsb4PortToTerraform(struct!.port),
    spice: vmQemuUsbsUsb4SpiceToTerraform(struct!.spice),
  }
}


export function vmQemuUsbsUsb4ToHclTerraform(struct?: VmQemuUsbsUsb4OutputReference | VmQemuUsbsUsb4): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    device: {
      value: vmQemuUsbsUsb4DeviceToHclTerraform(struct!.device),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuUsbsUsb4DeviceList",
    },
    mapping: {
      value: vmQemuUsbsUsb4MappingToHclTerraform(struct!.mapping),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuUsbsUsb4MappingList",
    },
    port: {
      value: vmQemuUsbsUsb4PortToHclTerraform(struct!.port),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuUsbsUsb4PortList",
    },
    spice: {
      value: vmQemuUsbsUsb4SpiceToHclTerraform(struct!.spice),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuUsbsUsb4SpiceList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuUsbsUsb4OutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VmQemuUsbsUsb4 | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._device?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.device = this._device?.internalValue;
    }
    if (this._mapping?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.mapping = this._mapping?.internalValue;
    }
    if (this._port?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.port = this._port?.internalValue;
    }
    if (this._spice?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.spice = this._spice?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuUsbsUsb4 | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._device.internalValue = undefined;
      this._mapping.internalValue = undefined;
      this._port.internalValue = undefined;
      this._spice.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._device.internalValue = value.device;
      this._mapping.internalValue = value.mapping;
      this._port.internalValue = value.port;
      this._spice.internalValue = value.spice;
    }
  }

  // device - computed: false, optional: true, required: false
  private _device = new VmQemuUsbsUsb4DeviceOutputReference(this, "device");
  public get device() {
    return this._device;
  }
  public putDevice(value: VmQemuUsbsUsb4Device) {
    this._device.internalValue = value;
  }
  public resetDevice() {
    this._device.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get deviceInput() {
    return this._device.internalValue;
  }

  // mapping - computed: false, optional: true, required: false
  private _mapping = new VmQemuUsbsUsb4MappingOutputReference(this, "mapping");
  public get mapping() {
    return this._mapping;
  }
  public putMapping(value: VmQemuUsbsUsb4Mapping) {
    this._mapping.internalValue = value;
  }
  public resetMapping() {
    this._mapping.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mappingInput() {
    return this._mapping.internalValue;
  }

  // port - computed: false, optional: true, required: false
  private _port = new VmQemuUsbsUsb4PortOutputReference(this, "port");
  public get port() {
    return this._port;
  }
  public putPort(value: VmQemuUsbsUsb4Port) {
    this._port.internalValue = value;
  }
  public resetPort() {
    this._port.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get portInput() {
    return this._port.internalValue;
  }

  // spice - computed: false, optional: true, required: false
  private _spice = new VmQemuUsbsUsb4SpiceOutputReference(this, "spice");
  public get spice() {
    return this._spice;
  }
  public putSpice(value: VmQemuUsbsUsb4Spice) {
    this._spice.internalValue = value;
  }
  public resetSpice() {
    this._spice.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get spiceInput() {
    return this._spice.internalValue;
  }
}
export interface VmQemuUsbs {
  /**
  * usb0 block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#usb0 VmQemu#usb0}
  */
  readonly usb0?: VmQemuUsbsUsb0;
  /**
  * usb1 block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#usb1 VmQemu#usb1}
  */
  readonly usb1?: VmQemuUsbsUsb1;
  /**
  * usb2 block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#usb2 VmQemu#usb2}
  */
  readonly usb2?: VmQemuUsbsUsb2;
  /**
  * usb3 block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#usb3 VmQemu#usb3}
  */
  readonly usb3?: VmQemuUsbsUsb3;
  /**
  * usb4 block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#usb4 VmQemu#usb4}
  */
  readonly usb4?: VmQemuUsbsUsb4;
}

export function vmQemuUsbsToTerraform(struct?: VmQemuUsbsOutputReference | VmQemuUsbs): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    usb0: vmQemuUsbsUsb0ToTerraform(struct!.usb0),
    usb1: vmQemuUsbsUsb1ToTerraform(struct!.usb1),
    usb2: vmQemuUsbsUsb2ToTerraform(struct!.usb2),
    usb3: vmQemuUsbsUsb3ToTerraform(struct!.usb3),
    usb4: vmQemuUsbsUsb4ToTerraform(struct!.usb4),
  }
}


export function vmQemuUsbsToHclTerraform(struct?: VmQemuUsbsOutputReference | VmQemuUsbs): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    usb0: {
      value: vmQemuUsbsUsb0ToHclTerraform(struct!.usb0),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuUsbsUsb0List",
    },
    usb1: {
      value: vmQemuUsbsUsb1ToHclTerraform(struct!.usb1),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuUsbsUsb1List",
    },
    usb2: {
      value: vmQemuUsbsUsb2ToHclTerraform(struct!.usb2),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuUsbsUsb2List",
    },
    usb3: {
      value: vmQemuUsbsUsb3ToHclTerraform(struct!.usb3),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuUsbsUsb3List",
    },
    usb4: {
      value: vmQemuUsbsUsb4ToHclTerraform(struct!.usb4),
      isBlock: true,
      type: "list",
      storageClassType: "VmQemuUsbsUsb4List",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuUsbsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VmQemuUsbs | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._usb0?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.usb0 = this._usb0?.internalValue;
    }
    if (this._usb1?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.usb1 = this._usb1?.internalValue;
    }
    if (this._usb2?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.usb2 = this._usb2?.internalValue;
    }
    if (this._usb3?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.usb3 = this._usb3?.internalValue;
    }
    if (this._usb4?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.usb4 = this._usb4?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuUsbs | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._usb0.internalValue = undefined;
      this._usb1.internalValue = undefined;
      this._usb2.internalValue = undefined;
      this._usb3.internalValue = undefined;
      this._usb4.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._usb0.internalValue = value.usb0;
      this._usb1.internalValue = value.usb1;
      this._usb2.internalValue = value.usb2;
      this._usb3.internalValue = value.usb3;
      this._usb4.internalValue = value.usb4;
    }
  }

  // usb0 - computed: false, optional: true, required: false
  private _usb0 = new VmQemuUsbsUsb0OutputReference(this, "usb0");
  public get usb0() {
    return this._usb0;
  }
  public putUsb0(value: VmQemuUsbsUsb0) {
    this._usb0.internalValue = value;
  }
  public resetUsb0() {
    this._usb0.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get usb0Input() {
    return this._usb0.internalValue;
  }

  // usb1 - computed: false, optional: true, required: false
  private _usb1 = new VmQemuUsbsUsb1OutputReference(this, "usb1");
  public get usb1() {
    return this._usb1;
  }
  public putUsb1(value: VmQemuUsbsUsb1) {
    this._usb1.internalValue = value;
  }
  public resetUsb1() {
    this._usb1.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get usb1Input() {
    return this._usb1.internalValue;
  }

  // usb2 - computed: false, optional: true, required: false
  private _usb2 = new VmQemuUsbsUsb2OutputReference(this, "usb2");
  public get usb2() {
    return this._usb2;
  }
  public putUsb2(value: VmQemuUsbsUsb2) {
    this._usb2.internalValue = value;
  }
  public resetUsb2() {
    this._usb2.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get usb2Input() {
    return this._usb2.internalValue;
  }

  // usb3 - computed: false, optional: true, required: false
  private _usb3 = new VmQemuUsbsUsb3OutputReference(this, "usb3");
  public get usb3() {
    return this._usb3;
  }
  public putUsb3(value: VmQemuUsbsUsb3) {
    this._usb3.internalValue = value;
  }
  public resetUsb3() {
    this._usb3.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get usb3Input() {
    return this._usb3.internalValue;
  }

  // usb4 - computed: false, optional: true, required: false
  private _usb4 = new VmQemuUsbsUsb4OutputReference(this, "usb4");
  public get usb4() {
    return this._usb4;
  }
  public putUsb4(value: VmQemuUsbsUsb4) {
    this._usb4.internalValue = value;
  }
  public resetUsb4() {
    this._usb4.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get usb4Input() {
    return this._usb4.internalValue;
  }
}
export interface VmQemuVga {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#memory VmQemu#memory}
  */
  readonly memory?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#type VmQemu#type}
  */
  readonly type?: string;
}

export function vmQemuVgaToTerraform(struct?: VmQemuVga | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    memory: cdktf.numberToTerraform(struct!.memory),
    type: cdktf.stringToTerraform(struct!.type),
  }
}


export function vmQemuVgaToHclTerraform(struct?: VmQemuVga | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    memory: {
      value: cdktf.numberToHclTerraform(struct!.memory),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    type: {
      value: cdktf.stringToHclTerraform(struct!.type),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VmQemuVgaOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): VmQemuVga | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._memory !== undefined) {
      hasAnyValues = true;
      internalValueResult.memory = this._memory;
    }
    if (this._type !== undefined) {
      hasAnyValues = true;
      internalValueResult.type = this._type;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmQemuVga | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._memory = undefined;
      this._type = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._memory = value.memory;
      this._type = value.type;
    }
  }

  // memory - computed: false, optional: true, required: false
  private _memory?: number; 
  public get memory() {
    return this.getNumberAttribute('memory');
  }
  public set memory(value: number) {
    this._memory = value;
  }
  public resetMemory() {
    this._memory = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get memoryInput() {
    return this._memory;
  }

  // type - computed: false, optional: true, required: false
  private _type?: string; 
  public get type() {
    return this.getStringAttribute('type');
  }
  public set type(value: string) {
    this._type = value;
  }
  public resetType() {
    this._type = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get typeInput() {
    return this._type;
  }
}

export class VmQemuVgaList extends cdktf.ComplexList {
  public internalValue? : VmQemuVga[] | cdktf.IResolvable

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
  public get(index: number): VmQemuVgaOutputReference {
    return new VmQemuVgaOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
