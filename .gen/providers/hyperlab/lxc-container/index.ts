// https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/lxc_container
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface LxcContainerConfig extends cdktf.TerraformMetaArguments {
  /**
  * Start with the host (lxc.start.auto); changes in place.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/lxc_container#autostart LxcContainer#autostart}
  */
  readonly autostart?: boolean | cdktf.IResolvable;
  /**
  * Commands run in the container, in order, after the files: each an argument vector (no shell; write ["sh", "-c", "..."] for one), run as the container's root with lxc-attach, once after create and all again when files or commands change. The first that exits non-zero fails the apply with its exit status and output.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/lxc_container#commands LxcContainer#commands}
  */
  readonly commands?: string[][] | cdktf.IResolvable;
  /**
  * CPU time the container may use, in CPUs (a cgroup cpu.max quota over any host CPUs, not a pinning); changes in place, on a running container too.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/lxc_container#cpus LxcContainer#cpus}
  */
  readonly cpus?: number;
  /**
  * Files written in the container once it runs, after create and again when any changes (in place: the provisioned attribute shows it), before the commands, as the container's root (in its user namespace). A file removed from the list is left in the container. Secrets belong in sensitive variables: content is kept in the state.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/lxc_container#files LxcContainer#files}
  */
  readonly files?: LxcContainerFiles[] | cdktf.IResolvable;
  /**
  * How many ids that namespace maps; a change replaces the container.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/lxc_container#id_map_count LxcContainer#id_map_count}
  */
  readonly idMapCount?: number;
  /**
  * First host uid and gid of an unprivileged container's user namespace (container root maps to it); a change replaces the container.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/lxc_container#id_map_start LxcContainer#id_map_start}
  */
  readonly idMapStart?: number;
  /**
  * Directory LXC keeps containers in (lxc-* -P).
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/lxc_container#lxc_path LxcContainer#lxc_path}
  */
  readonly lxcPath?: string;
  /**
  * Identity written on the container (a `# hyperlab.mark` line of its configuration): Create takes an existing container of its name only when it carries this mark, and refuses one that carries none or another; Update and Delete change or remove it only while it carries this mark or the one this resource applied last (a change re-marks it in place). found_mark shows what it carries.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/lxc_container#mark LxcContainer#mark}
  */
  readonly mark: string;
  /**
  * Memory limit in MiB; changes in place.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/lxc_container#memory_mib LxcContainer#memory_mib}
  */
  readonly memoryMib?: number;
  /**
  * Container name (and its hostname).
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/lxc_container#name LxcContainer#name}
  */
  readonly name: string;
  /**
  * Network namespace (a name under /run/netns) the resource lives in; "" is the provider's own.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/lxc_container#netns LxcContainer#netns}
  */
  readonly netns?: string;
  /**
  * veth NICs, eth0 first; a change replaces the container.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/lxc_container#nics LxcContainer#nics}
  */
  readonly nics?: LxcContainerNics[] | cdktf.IResolvable;
  /**
  * Run without a user namespace: root in the container is root on the host. A change replaces the container.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/lxc_container#privileged LxcContainer#privileged}
  */
  readonly privileged?: boolean | cdktf.IResolvable;
  /**
  * Opaque values, such as the IDs of the bridges its NICs join: when one changes (a bridge was made again), a running container is restarted, so its veths join the bridges anew. Its root filesystem stays.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/lxc_container#restart_triggers LxcContainer#restart_triggers}
  */
  readonly restartTriggers?: string[];
  /**
  * Whether the container runs; changes in place.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/lxc_container#running LxcContainer#running}
  */
  readonly running?: boolean | cdktf.IResolvable;
  /**
  * LXC template that builds the root filesystem; a change replaces the container. Recorded in the container's configuration, so import and Read give it back.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/lxc_container#template LxcContainer#template}
  */
  readonly template: string;
  /**
  * Arguments for the template, after --.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/lxc_container#template_args LxcContainer#template_args}
  */
  readonly templateArgs?: string[];
  /**
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/lxc_container#timeouts LxcContainer#timeouts}
  */
  readonly timeouts?: LxcContainerTimeouts;
  /**
  * What apply waits for after it starts the container, probed from the container's network namespace; apply fails after the timeout, naming what it waited for. Kept in the container's configuration as an LXC comment.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/lxc_container#wait_for LxcContainer#wait_for}
  */
  readonly waitFor?: LxcContainerWaitFor;
}
export interface LxcContainerFiles {
  /**
  * The file's content, written as given.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/lxc_container#content LxcContainer#content}
  */
  readonly content: string;
  /**
  * Permissions, an octal string such as "0644".
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/lxc_container#mode LxcContainer#mode}
  */
  readonly mode?: string;
  /**
  * USER[:GROUP] in the container (names or ids); "0:0" is the container's root.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/lxc_container#owner LxcContainer#owner}
  */
  readonly owner?: string;
  /**
  * Absolute path in the container; missing directories are made (0755).
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/lxc_container#path LxcContainer#path}
  */
  readonly path: string;
}

export function lxcContainerFilesToTerraform(struct?: LxcContainerFiles | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    content: cdktf.stringToTerraform(struct!.content),
    mode: cdktf.stringToTerraform(struct!.mode),
    owner: cdktf.stringToTerraform(struct!.owner),
    path: cdktf.stringToTerraform(struct!.path),
  }
}


export function lxcContainerFilesToHclTerraform(struct?: LxcContainerFiles | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    content: {
      value: cdktf.stringToHclTerraform(struct!.content),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    mode: {
      value: cdktf.stringToHclTerraform(struct!.mode),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    owner: {
      value: cdktf.stringToHclTerraform(struct!.owner),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    path: {
      value: cdktf.stringToHclTerraform(struct!.path),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class LxcContainerFilesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): LxcContainerFiles | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._content !== undefined) {
      hasAnyValues = true;
      internalValueResult.content = this._content;
    }
    if (this._mode !== undefined) {
      hasAnyValues = true;
      internalValueResult.mode = this._mode;
    }
    if (this._owner !== undefined) {
      hasAnyValues = true;
      internalValueResult.owner = this._owner;
    }
    if (this._path !== undefined) {
      hasAnyValues = true;
      internalValueResult.path = this._path;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: LxcContainerFiles | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._content = undefined;
      this._mode = undefined;
      this._owner = undefined;
      this._path = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._content = value.content;
      this._mode = value.mode;
      this._owner = value.owner;
      this._path = value.path;
    }
  }

  // content - computed: false, optional: false, required: true
  private _content?: string; 
  public get content() {
    return this.getStringAttribute('content');
  }
  public set content(value: string) {
    this._content = value;
  }
  // Temporarily expose input value. Use with caution.
  public get contentInput() {
    return this._content;
  }

  // mode - computed: true, optional: true, required: false
  private _mode?: string; 
  public get mode() {
    return this.getStringAttribute('mode');
  }
  public set mode(value: string) {
    this._mode = value;
  }
  public resetMode() {
    this._mode = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get modeInput() {
    return this._mode;
  }

  // owner - computed: true, optional: true, required: false
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
}

export class LxcContainerFilesList extends cdktf.ComplexList {
  public internalValue? : LxcContainerFiles[] | cdktf.IResolvable

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
  public get(index: number): LxcContainerFilesOutputReference {
    return new LxcContainerFilesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface LxcContainerNics {
  /**
  * Bridge the host end joins.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/lxc_container#bridge LxcContainer#bridge}
  */
  readonly bridge: string;
  /**
  * Default route of the container: on one NIC at most.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/lxc_container#gateway LxcContainer#gateway}
  */
  readonly gateway?: string;
  /**
  * IPv6 default route of the container (lxc.net.N.ipv6.gateway): on one NIC at most.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/lxc_container#gateway6 LxcContainer#gateway6}
  */
  readonly gateway6?: string;
  /**
  * MAC, lower case.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/lxc_container#hwaddr LxcContainer#hwaddr}
  */
  readonly hwaddr: string;
  /**
  * Static address with prefix; none for DHCP or unconfigured.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/lxc_container#ipv4 LxcContainer#ipv4}
  */
  readonly ipv4?: string;
  /**
  * Static IPv6 address with prefix (lxc.net.N.ipv6.address), canonical form; none: unconfigured (or SLAAC from router advertisements).
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/lxc_container#ipv6 LxcContainer#ipv6}
  */
  readonly ipv6?: string;
  /**
  * 802.1Q VLAN tag of the host end.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/lxc_container#vlan LxcContainer#vlan}
  */
  readonly vlan?: number;
}

export function lxcContainerNicsToTerraform(struct?: LxcContainerNics | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    bridge: cdktf.stringToTerraform(struct!.bridge),
    gateway: cdktf.stringToTerraform(struct!.gateway),
    gateway6: cdktf.stringToTerraform(struct!.gateway6),
    hwaddr: cdktf.stringToTerraform(struct!.hwaddr),
    ipv4: cdktf.stringToTerraform(struct!.ipv4),
    ipv6: cdktf.stringToTerraform(struct!.ipv6),
    vlan: cdktf.numberToTerraform(struct!.vlan),
  }
}


export function lxcContainerNicsToHclTerraform(struct?: LxcContainerNics | cdktf.IResolvable): any {
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
    gateway: {
      value: cdktf.stringToHclTerraform(struct!.gateway),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    gateway6: {
      value: cdktf.stringToHclTerraform(struct!.gateway6),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    hwaddr: {
      value: cdktf.stringToHclTerraform(struct!.hwaddr),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    ipv4: {
      value: cdktf.stringToHclTerraform(struct!.ipv4),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    ipv6: {
      value: cdktf.stringToHclTerraform(struct!.ipv6),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    vlan: {
      value: cdktf.numberToHclTerraform(struct!.vlan),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class LxcContainerNicsOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): LxcContainerNics | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._bridge !== undefined) {
      hasAnyValues = true;
      internalValueResult.bridge = this._bridge;
    }
    if (this._gateway !== undefined) {
      hasAnyValues = true;
      internalValueResult.gateway = this._gateway;
    }
    if (this._gateway6 !== undefined) {
      hasAnyValues = true;
      internalValueResult.gateway6 = this._gateway6;
    }
    if (this._hwaddr !== undefined) {
      hasAnyValues = true;
      internalValueResult.hwaddr = this._hwaddr;
    }
    if (this._ipv4 !== undefined) {
      hasAnyValues = true;
      internalValueResult.ipv4 = this._ipv4;
    }
    if (this._ipv6 !== undefined) {
      hasAnyValues = true;
      internalValueResult.ipv6 = this._ipv6;
    }
    if (this._vlan !== undefined) {
      hasAnyValues = true;
      internalValueResult.vlan = this._vlan;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: LxcContainerNics | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._bridge = undefined;
      this._gateway = undefined;
      this._gateway6 = undefined;
      this._hwaddr = undefined;
      this._ipv4 = undefined;
      this._ipv6 = undefined;
      this._vlan = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._bridge = value.bridge;
      this._gateway = value.gateway;
      this._gateway6 = value.gateway6;
      this._hwaddr = value.hwaddr;
      this._ipv4 = value.ipv4;
      this._ipv6 = value.ipv6;
      this._vlan = value.vlan;
    }
  }

  // bridge - computed: true, optional: false, required: true
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

  // gateway - computed: true, optional: true, required: false
  private _gateway?: string; 
  public get gateway() {
    return this.getStringAttribute('gateway');
  }
  public set gateway(value: string) {
    this._gateway = value;
  }
  public resetGateway() {
    this._gateway = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get gatewayInput() {
    return this._gateway;
  }

  // gateway6 - computed: true, optional: true, required: false
  private _gateway6?: string; 
  public get gateway6() {
    return this.getStringAttribute('gateway6');
  }
  public set gateway6(value: string) {
    this._gateway6 = value;
  }
  public resetGateway6() {
    this._gateway6 = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get gateway6Input() {
    return this._gateway6;
  }

  // hwaddr - computed: true, optional: false, required: true
  private _hwaddr?: string; 
  public get hwaddr() {
    return this.getStringAttribute('hwaddr');
  }
  public set hwaddr(value: string) {
    this._hwaddr = value;
  }
  // Temporarily expose input value. Use with caution.
  public get hwaddrInput() {
    return this._hwaddr;
  }

  // ipv4 - computed: true, optional: true, required: false
  private _ipv4?: string; 
  public get ipv4() {
    return this.getStringAttribute('ipv4');
  }
  public set ipv4(value: string) {
    this._ipv4 = value;
  }
  public resetIpv4() {
    this._ipv4 = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ipv4Input() {
    return this._ipv4;
  }

  // ipv6 - computed: true, optional: true, required: false
  private _ipv6?: string; 
  public get ipv6() {
    return this.getStringAttribute('ipv6');
  }
  public set ipv6(value: string) {
    this._ipv6 = value;
  }
  public resetIpv6() {
    this._ipv6 = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ipv6Input() {
    return this._ipv6;
  }

  // vlan - computed: true, optional: true, required: false
  private _vlan?: number; 
  public get vlan() {
    return this.getNumberAttribute('vlan');
  }
  public set vlan(value: number) {
    this._vlan = value;
  }
  public resetVlan() {
    this._vlan = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vlanInput() {
    return this._vlan;
  }
}

export class LxcContainerNicsList extends cdktf.ComplexList {
  public internalValue? : LxcContainerNics[] | cdktf.IResolvable

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
  public get(index: number): LxcContainerNicsOutputReference {
    return new LxcContainerNicsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface LxcContainerTimeouts {
  /**
  * A string that can be [parsed as a duration](https://pkg.go.dev/time#ParseDuration) consisting of numbers and unit suffixes, such as "30s" or "2h45m". Valid time units are "s" (seconds), "m" (minutes), "h" (hours).
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/lxc_container#create LxcContainer#create}
  */
  readonly create?: string;
  /**
  * A string that can be [parsed as a duration](https://pkg.go.dev/time#ParseDuration) consisting of numbers and unit suffixes, such as "30s" or "2h45m". Valid time units are "s" (seconds), "m" (minutes), "h" (hours). Setting a timeout for a Delete operation is only applicable if changes are saved into state before the destroy operation occurs.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/lxc_container#delete LxcContainer#delete}
  */
  readonly delete?: string;
  /**
  * A string that can be [parsed as a duration](https://pkg.go.dev/time#ParseDuration) consisting of numbers and unit suffixes, such as "30s" or "2h45m". Valid time units are "s" (seconds), "m" (minutes), "h" (hours).
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/lxc_container#update LxcContainer#update}
  */
  readonly update?: string;
}

export function lxcContainerTimeoutsToTerraform(struct?: LxcContainerTimeouts | cdktf.IResolvable): any {
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


export function lxcContainerTimeoutsToHclTerraform(struct?: LxcContainerTimeouts | cdktf.IResolvable): any {
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

export class LxcContainerTimeoutsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): LxcContainerTimeouts | cdktf.IResolvable | undefined {
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

  public set internalValue(value: LxcContainerTimeouts | cdktf.IResolvable | undefined) {
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
export interface LxcContainerWaitFor {
  /**
  * The container's address (ICMP echo, or tcp_port).
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/lxc_container#address LxcContainer#address}
  */
  readonly address: string;
  /**
  * A TCP port at address that must accept a connection.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/lxc_container#tcp_port LxcContainer#tcp_port}
  */
  readonly tcpPort?: number;
  /**
  * How long to wait, in seconds.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/lxc_container#timeout_seconds LxcContainer#timeout_seconds}
  */
  readonly timeoutSeconds?: number;
}

export function lxcContainerWaitForToTerraform(struct?: LxcContainerWaitFor | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    address: cdktf.stringToTerraform(struct!.address),
    tcp_port: cdktf.numberToTerraform(struct!.tcpPort),
    timeout_seconds: cdktf.numberToTerraform(struct!.timeoutSeconds),
  }
}


export function lxcContainerWaitForToHclTerraform(struct?: LxcContainerWaitFor | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    address: {
      value: cdktf.stringToHclTerraform(struct!.address),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    tcp_port: {
      value: cdktf.numberToHclTerraform(struct!.tcpPort),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    timeout_seconds: {
      value: cdktf.numberToHclTerraform(struct!.timeoutSeconds),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class LxcContainerWaitForOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): LxcContainerWaitFor | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._address !== undefined) {
      hasAnyValues = true;
      internalValueResult.address = this._address;
    }
    if (this._tcpPort !== undefined) {
      hasAnyValues = true;
      internalValueResult.tcpPort = this._tcpPort;
    }
    if (this._timeoutSeconds !== undefined) {
      hasAnyValues = true;
      internalValueResult.timeoutSeconds = this._timeoutSeconds;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: LxcContainerWaitFor | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._address = undefined;
      this._tcpPort = undefined;
      this._timeoutSeconds = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._address = value.address;
      this._tcpPort = value.tcpPort;
      this._timeoutSeconds = value.timeoutSeconds;
    }
  }

  // address - computed: false, optional: false, required: true
  private _address?: string; 
  public get address() {
    return this.getStringAttribute('address');
  }
  public set address(value: string) {
    this._address = value;
  }
  // Temporarily expose input value. Use with caution.
  public get addressInput() {
    return this._address;
  }

  // tcp_port - computed: false, optional: true, required: false
  private _tcpPort?: number; 
  public get tcpPort() {
    return this.getNumberAttribute('tcp_port');
  }
  public set tcpPort(value: number) {
    this._tcpPort = value;
  }
  public resetTcpPort() {
    this._tcpPort = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tcpPortInput() {
    return this._tcpPort;
  }

  // timeout_seconds - computed: true, optional: true, required: false
  private _timeoutSeconds?: number; 
  public get timeoutSeconds() {
    return this.getNumberAttribute('timeout_seconds');
  }
  public set timeoutSeconds(value: number) {
    this._timeoutSeconds = value;
  }
  public resetTimeoutSeconds() {
    this._timeoutSeconds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timeoutSecondsInput() {
    return this._timeoutSeconds;
  }
}

/**
* Represents a {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/lxc_container hyperlab_lxc_container}
*/
export class LxcContainer extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "hyperlab_lxc_container";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a LxcContainer resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the LxcContainer to import
  * @param importFromId The id of the existing LxcContainer that should be imported. Refer to the {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/lxc_container#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the LxcContainer to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "hyperlab_lxc_container", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/lxc_container hyperlab_lxc_container} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options LxcContainerConfig
  */
  public constructor(scope: Construct, id: string, config: LxcContainerConfig) {
    super(scope, id, {
      terraformResourceType: 'hyperlab_lxc_container',
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
    this._autostart = config.autostart;
    this._commands = config.commands;
    this._cpus = config.cpus;
    this._files.internalValue = config.files;
    this._idMapCount = config.idMapCount;
    this._idMapStart = config.idMapStart;
    this._lxcPath = config.lxcPath;
    this._mark = config.mark;
    this._memoryMib = config.memoryMib;
    this._name = config.name;
    this._netns = config.netns;
    this._nics.internalValue = config.nics;
    this._privileged = config.privileged;
    this._restartTriggers = config.restartTriggers;
    this._running = config.running;
    this._template = config.template;
    this._templateArgs = config.templateArgs;
    this._timeouts.internalValue = config.timeouts;
    this._waitFor.internalValue = config.waitFor;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // autostart - computed: true, optional: true, required: false
  private _autostart?: boolean | cdktf.IResolvable; 
  public get autostart() {
    return this.getBooleanAttribute('autostart');
  }
  public set autostart(value: boolean | cdktf.IResolvable) {
    this._autostart = value;
  }
  public resetAutostart() {
    this._autostart = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get autostartInput() {
    return this._autostart;
  }

  // commands - computed: false, optional: true, required: false
  private _commands?: string[][] | cdktf.IResolvable; 
  public get commands() {
    return this.interpolationForAttribute('commands');
  }
  public set commands(value: string[][] | cdktf.IResolvable) {
    this._commands = value;
  }
  public resetCommands() {
    this._commands = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get commandsInput() {
    return this._commands;
  }

  // cpus - computed: false, optional: true, required: false
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

  // files - computed: false, optional: true, required: false
  private _files = new LxcContainerFilesList(this, "files", false);
  public get files() {
    return this._files;
  }
  public putFiles(value: LxcContainerFiles[] | cdktf.IResolvable) {
    this._files.internalValue = value;
  }
  public resetFiles() {
    this._files.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get filesInput() {
    return this._files.internalValue;
  }

  // found_mark - computed: true, optional: false, required: false
  public get foundMark() {
    return this.getStringAttribute('found_mark');
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // id_map_count - computed: true, optional: true, required: false
  private _idMapCount?: number; 
  public get idMapCount() {
    return this.getNumberAttribute('id_map_count');
  }
  public set idMapCount(value: number) {
    this._idMapCount = value;
  }
  public resetIdMapCount() {
    this._idMapCount = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get idMapCountInput() {
    return this._idMapCount;
  }

  // id_map_start - computed: true, optional: true, required: false
  private _idMapStart?: number; 
  public get idMapStart() {
    return this.getNumberAttribute('id_map_start');
  }
  public set idMapStart(value: number) {
    this._idMapStart = value;
  }
  public resetIdMapStart() {
    this._idMapStart = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get idMapStartInput() {
    return this._idMapStart;
  }

  // lxc_path - computed: true, optional: true, required: false
  private _lxcPath?: string; 
  public get lxcPath() {
    return this.getStringAttribute('lxc_path');
  }
  public set lxcPath(value: string) {
    this._lxcPath = value;
  }
  public resetLxcPath() {
    this._lxcPath = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get lxcPathInput() {
    return this._lxcPath;
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

  // memory_mib - computed: false, optional: true, required: false
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

  // nics - computed: true, optional: true, required: false
  private _nics = new LxcContainerNicsList(this, "nics", false);
  public get nics() {
    return this._nics;
  }
  public putNics(value: LxcContainerNics[] | cdktf.IResolvable) {
    this._nics.internalValue = value;
  }
  public resetNics() {
    this._nics.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get nicsInput() {
    return this._nics.internalValue;
  }

  // privileged - computed: true, optional: true, required: false
  private _privileged?: boolean | cdktf.IResolvable; 
  public get privileged() {
    return this.getBooleanAttribute('privileged');
  }
  public set privileged(value: boolean | cdktf.IResolvable) {
    this._privileged = value;
  }
  public resetPrivileged() {
    this._privileged = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get privilegedInput() {
    return this._privileged;
  }

  // provisioned - computed: true, optional: false, required: false
  public get provisioned() {
    return this.getStringAttribute('provisioned');
  }

  // restart_triggers - computed: false, optional: true, required: false
  private _restartTriggers?: string[]; 
  public get restartTriggers() {
    return this.getListAttribute('restart_triggers');
  }
  public set restartTriggers(value: string[]) {
    this._restartTriggers = value;
  }
  public resetRestartTriggers() {
    this._restartTriggers = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get restartTriggersInput() {
    return this._restartTriggers;
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

  // template - computed: false, optional: false, required: true
  private _template?: string; 
  public get template() {
    return this.getStringAttribute('template');
  }
  public set template(value: string) {
    this._template = value;
  }
  // Temporarily expose input value. Use with caution.
  public get templateInput() {
    return this._template;
  }

  // template_args - computed: true, optional: true, required: false
  private _templateArgs?: string[]; 
  public get templateArgs() {
    return this.getListAttribute('template_args');
  }
  public set templateArgs(value: string[]) {
    this._templateArgs = value;
  }
  public resetTemplateArgs() {
    this._templateArgs = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get templateArgsInput() {
    return this._templateArgs;
  }

  // timeouts - computed: false, optional: true, required: false
  private _timeouts = new LxcContainerTimeoutsOutputReference(this, "timeouts");
  public get timeouts() {
    return this._timeouts;
  }
  public putTimeouts(value: LxcContainerTimeouts) {
    this._timeouts.internalValue = value;
  }
  public resetTimeouts() {
    this._timeouts.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timeoutsInput() {
    return this._timeouts.internalValue;
  }

  // wait_for - computed: false, optional: true, required: false
  private _waitFor = new LxcContainerWaitForOutputReference(this, "wait_for");
  public get waitFor() {
    return this._waitFor;
  }
  public putWaitFor(value: LxcContainerWaitFor) {
    this._waitFor.internalValue = value;
  }
  public resetWaitFor() {
    this._waitFor.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get waitForInput() {
    return this._waitFor.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      autostart: cdktf.booleanToTerraform(this._autostart),
      commands: cdktf.listMapper(cdktf.listMapper(cdktf.stringToTerraform, false), false)(this._commands),
      cpus: cdktf.numberToTerraform(this._cpus),
      files: cdktf.listMapper(lxcContainerFilesToTerraform, false)(this._files.internalValue),
      id_map_count: cdktf.numberToTerraform(this._idMapCount),
      id_map_start: cdktf.numberToTerraform(this._idMapStart),
      lxc_path: cdktf.stringToTerraform(this._lxcPath),
      mark: cdktf.stringToTerraform(this._mark),
      memory_mib: cdktf.numberToTerraform(this._memoryMib),
      name: cdktf.stringToTerraform(this._name),
      netns: cdktf.stringToTerraform(this._netns),
      nics: cdktf.listMapper(lxcContainerNicsToTerraform, false)(this._nics.internalValue),
      privileged: cdktf.booleanToTerraform(this._privileged),
      restart_triggers: cdktf.listMapper(cdktf.stringToTerraform, false)(this._restartTriggers),
      running: cdktf.booleanToTerraform(this._running),
      template: cdktf.stringToTerraform(this._template),
      template_args: cdktf.listMapper(cdktf.stringToTerraform, false)(this._templateArgs),
      timeouts: lxcContainerTimeoutsToTerraform(this._timeouts.internalValue),
      wait_for: lxcContainerWaitForToTerraform(this._waitFor.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      autostart: {
        value: cdktf.booleanToHclTerraform(this._autostart),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      commands: {
        value: cdktf.listMapperHcl(cdktf.listMapperHcl(cdktf.stringToHclTerraform, false), false)(this._commands),
        isBlock: false,
        type: "list",
        storageClassType: "stringListList",
      },
      cpus: {
        value: cdktf.numberToHclTerraform(this._cpus),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      files: {
        value: cdktf.listMapperHcl(lxcContainerFilesToHclTerraform, false)(this._files.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "LxcContainerFilesList",
      },
      id_map_count: {
        value: cdktf.numberToHclTerraform(this._idMapCount),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      id_map_start: {
        value: cdktf.numberToHclTerraform(this._idMapStart),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      lxc_path: {
        value: cdktf.stringToHclTerraform(this._lxcPath),
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
      nics: {
        value: cdktf.listMapperHcl(lxcContainerNicsToHclTerraform, false)(this._nics.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "LxcContainerNicsList",
      },
      privileged: {
        value: cdktf.booleanToHclTerraform(this._privileged),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      restart_triggers: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._restartTriggers),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      running: {
        value: cdktf.booleanToHclTerraform(this._running),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      template: {
        value: cdktf.stringToHclTerraform(this._template),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      template_args: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._templateArgs),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      timeouts: {
        value: lxcContainerTimeoutsToHclTerraform(this._timeouts.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "LxcContainerTimeouts",
      },
      wait_for: {
        value: lxcContainerWaitForToHclTerraform(this._waitFor.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "LxcContainerWaitFor",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
