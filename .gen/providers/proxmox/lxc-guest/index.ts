// generated from terraform resource schema

import { LxcGuestClone, 
lxcGuestCloneToTerraform, 
lxcGuestCloneToHclTerraform, 
LxcGuestCloneOutputReference, 
LxcGuestCpu, 
lxcGuestCpuToTerraform, 
lxcGuestCpuToHclTerraform, 
LxcGuestCpuOutputReference, 
LxcGuestDns, 
lxcGuestDnsToTerraform, 
lxcGuestDnsToHclTerraform, 
LxcGuestDnsOutputReference, 
LxcGuestFeatures, 
lxcGuestFeaturesToTerraform, 
lxcGuestFeaturesToHclTerraform, 
LxcGuestFeaturesOutputReference, 
LxcGuestMount, 
lxcGuestMountToTerraform, 
lxcGuestMountToHclTerraform, 
LxcGuestMountList, 
LxcGuestMounts, 
lxcGuestMountsToTerraform, 
lxcGuestMountsToHclTerraform, 
LxcGuestMountsOutputReference, 
LxcGuestNetwork, 
lxcGuestNetworkToTerraform, 
lxcGuestNetworkToHclTerraform, 
LxcGuestNetworkList, 
LxcGuestNetworks, 
lxcGuestNetworksToTerraform, 
lxcGuestNetworksToHclTerraform, 
LxcGuestNetworksOutputReference, 
LxcGuestRootMount, 
lxcGuestRootMountToTerraform, 
lxcGuestRootMountToHclTerraform, 
LxcGuestRootMountOutputReference, 
LxcGuestStartupShutdown, 
lxcGuestStartupShutdownToTerraform, 
lxcGuestStartupShutdownToHclTerraform, 
LxcGuestStartupShutdownOutputReference, 
LxcGuestTemplate, 
lxcGuestTemplateToTerraform, 
lxcGuestTemplateToHclTerraform, 
LxcGuestTemplateOutputReference, 
LxcGuestTimeouts, 
lxcGuestTimeoutsToTerraform, 
lxcGuestTimeoutsToHclTerraform, 
LxcGuestTimeoutsOutputReference} from './index-structs'
export * from './index-structs'
import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface LxcGuestConfig extends cdktf.TerraformMetaArguments {
  /**
  * Automatically reboot the guest system if any of the modified parameters requires a reboot to take effect.
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#automatic_reboot LxcGuest#automatic_reboot}
  */
  readonly automaticReboot?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#automatic_reboot_severity LxcGuest#automatic_reboot_severity}
  */
  readonly automaticRebootSeverity?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#description LxcGuest#description}
  */
  readonly description?: string;
  /**
  * The Guest id also known as `vmid`
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#guest_id LxcGuest#guest_id}
  */
  readonly guestId?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#id LxcGuest#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#memory LxcGuest#memory}
  */
  readonly memory?: number;
  /**
  * The Guest name
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#name LxcGuest#name}
  */
  readonly name?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#password LxcGuest#password}
  */
  readonly password?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#pool LxcGuest#pool}
  */
  readonly pool?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#power_state LxcGuest#power_state}
  */
  readonly powerState?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#privileged LxcGuest#privileged}
  */
  readonly privileged?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#ssh_public_keys LxcGuest#ssh_public_keys}
  */
  readonly sshPublicKeys?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#start_at_node_boot LxcGuest#start_at_node_boot}
  */
  readonly startAtNodeBoot?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#swap LxcGuest#swap}
  */
  readonly swap?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#tags LxcGuest#tags}
  */
  readonly tags?: string[];
  /**
  * The node the lxc guest goes to.
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#target_node LxcGuest#target_node}
  */
  readonly targetNode?: string;
  /**
  * A list of nodes the lxc guest may be placed on.
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#target_nodes LxcGuest#target_nodes}
  */
  readonly targetNodes?: string[];
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#unprivileged LxcGuest#unprivileged}
  */
  readonly unprivileged?: boolean | cdktf.IResolvable;
  /**
  * clone block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#clone LxcGuest#clone}
  */
  readonly clone?: LxcGuestClone;
  /**
  * cpu block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#cpu LxcGuest#cpu}
  */
  readonly cpu?: LxcGuestCpu;
  /**
  * dns block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#dns LxcGuest#dns}
  */
  readonly dns?: LxcGuestDns;
  /**
  * features block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#features LxcGuest#features}
  */
  readonly features?: LxcGuestFeatures;
  /**
  * mount block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#mount LxcGuest#mount}
  */
  readonly mount?: LxcGuestMount[] | cdktf.IResolvable;
  /**
  * mounts block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#mounts LxcGuest#mounts}
  */
  readonly mounts?: LxcGuestMounts;
  /**
  * network block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#network LxcGuest#network}
  */
  readonly network?: LxcGuestNetwork[] | cdktf.IResolvable;
  /**
  * networks block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#networks LxcGuest#networks}
  */
  readonly networks?: LxcGuestNetworks;
  /**
  * root_mount block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#root_mount LxcGuest#root_mount}
  */
  readonly rootMount: LxcGuestRootMount;
  /**
  * startup_shutdown block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#startup_shutdown LxcGuest#startup_shutdown}
  */
  readonly startupShutdown?: LxcGuestStartupShutdown;
  /**
  * template block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#template LxcGuest#template}
  */
  readonly template?: LxcGuestTemplate;
  /**
  * timeouts block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#timeouts LxcGuest#timeouts}
  */
  readonly timeouts?: LxcGuestTimeouts;
}

/**
* Represents a {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest proxmox_lxc_guest}
*/
export class LxcGuest extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "proxmox_lxc_guest";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a LxcGuest resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the LxcGuest to import
  * @param importFromId The id of the existing LxcGuest that should be imported. Refer to the {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the LxcGuest to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "proxmox_lxc_guest", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest proxmox_lxc_guest} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options LxcGuestConfig
  */
  public constructor(scope: Construct, id: string, config: LxcGuestConfig) {
    super(scope, id, {
      terraformResourceType: 'proxmox_lxc_guest',
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
    this._automaticReboot = config.automaticReboot;
    this._automaticRebootSeverity = config.automaticRebootSeverity;
    this._description = config.description;
    this._guestId = config.guestId;
    this._id = config.id;
    this._memory = config.memory;
    this._name = config.name;
    this._password = config.password;
    this._pool = config.pool;
    this._powerState = config.powerState;
    this._privileged = config.privileged;
    this._sshPublicKeys = config.sshPublicKeys;
    this._startAtNodeBoot = config.startAtNodeBoot;
    this._swap = config.swap;
    this._tags = config.tags;
    this._targetNode = config.targetNode;
    this._targetNodes = config.targetNodes;
    this._unprivileged = config.unprivileged;
    this._clone.internalValue = config.clone;
    this._cpu.internalValue = config.cpu;
    this._dns.internalValue = config.dns;
    this._features.internalValue = config.features;
    this._mount.internalValue = config.mount;
    this._mounts.internalValue = config.mounts;
    this._network.internalValue = config.network;
    this._networks.internalValue = config.networks;
    this._rootMount.internalValue = config.rootMount;
    this._startupShutdown.internalValue = config.startupShutdown;
    this._template.internalValue = config.template;
    this._timeouts.internalValue = config.timeouts;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // automatic_reboot - computed: false, optional: true, required: false
  private _automaticReboot?: boolean | cdktf.IResolvable; 
  public get automaticReboot() {
    return this.getBooleanAttribute('automatic_reboot');
  }
  public set automaticReboot(value: boolean | cdktf.IResolvable) {
    this._automaticReboot = value;
  }
  public resetAutomaticReboot() {
    this._automaticReboot = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get automaticRebootInput() {
    return this._automaticReboot;
  }

  // automatic_reboot_severity - computed: false, optional: true, required: false
  private _automaticRebootSeverity?: string; 
  public get automaticRebootSeverity() {
    return this.getStringAttribute('automatic_reboot_severity');
  }
  public set automaticRebootSeverity(value: string) {
    this._automaticRebootSeverity = value;
  }
  public resetAutomaticRebootSeverity() {
    this._automaticRebootSeverity = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get automaticRebootSeverityInput() {
    return this._automaticRebootSeverity;
  }

  // cpu_architecture - computed: true, optional: false, required: false
  public get cpuArchitecture() {
    return this.getStringAttribute('cpu_architecture');
  }

  // description - computed: false, optional: true, required: false
  private _description?: string; 
  public get description() {
    return this.getStringAttribute('description');
  }
  public set description(value: string) {
    this._description = value;
  }
  public resetDescription() {
    this._description = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get descriptionInput() {
    return this._description;
  }

  // guest_id - computed: true, optional: true, required: false
  private _guestId?: number; 
  public get guestId() {
    return this.getNumberAttribute('guest_id');
  }
  public set guestId(value: number) {
    this._guestId = value;
  }
  public resetGuestId() {
    this._guestId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get guestIdInput() {
    return this._guestId;
  }

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

  // name - computed: false, optional: true, required: false
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  public resetName() {
    this._name = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // os - computed: true, optional: false, required: false
  public get os() {
    return this.getStringAttribute('os');
  }

  // password - computed: false, optional: true, required: false
  private _password?: string; 
  public get password() {
    return this.getStringAttribute('password');
  }
  public set password(value: string) {
    this._password = value;
  }
  public resetPassword() {
    this._password = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get passwordInput() {
    return this._password;
  }

  // pool - computed: false, optional: true, required: false
  private _pool?: string; 
  public get pool() {
    return this.getStringAttribute('pool');
  }
  public set pool(value: string) {
    this._pool = value;
  }
  public resetPool() {
    this._pool = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get poolInput() {
    return this._pool;
  }

  // power_state - computed: false, optional: true, required: false
  private _powerState?: string; 
  public get powerState() {
    return this.getStringAttribute('power_state');
  }
  public set powerState(value: string) {
    this._powerState = value;
  }
  public resetPowerState() {
    this._powerState = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get powerStateInput() {
    return this._powerState;
  }

  // privileged - computed: false, optional: true, required: false
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

  // reboot_required - computed: true, optional: false, required: false
  public get rebootRequired() {
    return this.getBooleanAttribute('reboot_required');
  }

  // ssh_public_keys - computed: false, optional: true, required: false
  private _sshPublicKeys?: string; 
  public get sshPublicKeys() {
    return this.getStringAttribute('ssh_public_keys');
  }
  public set sshPublicKeys(value: string) {
    this._sshPublicKeys = value;
  }
  public resetSshPublicKeys() {
    this._sshPublicKeys = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sshPublicKeysInput() {
    return this._sshPublicKeys;
  }

  // start_at_node_boot - computed: false, optional: true, required: false
  private _startAtNodeBoot?: boolean | cdktf.IResolvable; 
  public get startAtNodeBoot() {
    return this.getBooleanAttribute('start_at_node_boot');
  }
  public set startAtNodeBoot(value: boolean | cdktf.IResolvable) {
    this._startAtNodeBoot = value;
  }
  public resetStartAtNodeBoot() {
    this._startAtNodeBoot = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get startAtNodeBootInput() {
    return this._startAtNodeBoot;
  }

  // swap - computed: false, optional: true, required: false
  private _swap?: number; 
  public get swap() {
    return this.getNumberAttribute('swap');
  }
  public set swap(value: number) {
    this._swap = value;
  }
  public resetSwap() {
    this._swap = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get swapInput() {
    return this._swap;
  }

  // tags - computed: false, optional: true, required: false
  private _tags?: string[]; 
  public get tags() {
    return cdktf.Fn.tolist(this.getListAttribute('tags'));
  }
  public set tags(value: string[]) {
    this._tags = value;
  }
  public resetTags() {
    this._tags = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tagsInput() {
    return this._tags;
  }

  // target_node - computed: false, optional: true, required: false
  private _targetNode?: string; 
  public get targetNode() {
    return this.getStringAttribute('target_node');
  }
  public set targetNode(value: string) {
    this._targetNode = value;
  }
  public resetTargetNode() {
    this._targetNode = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get targetNodeInput() {
    return this._targetNode;
  }

  // target_nodes - computed: false, optional: true, required: false
  private _targetNodes?: string[]; 
  public get targetNodes() {
    return cdktf.Fn.tolist(this.getListAttribute('target_nodes'));
  }
  public set targetNodes(value: string[]) {
    this._targetNodes = value;
  }
  public resetTargetNodes() {
    this._targetNodes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get targetNodesInput() {
    return this._targetNodes;
  }

  // unprivileged - computed: false, optional: true, required: false
  private _unprivileged?: boolean | cdktf.IResolvable; 
  public get unprivileged() {
    return this.getBooleanAttribute('unprivileged');
  }
  public set unprivileged(value: boolean | cdktf.IResolvable) {
    this._unprivileged = value;
  }
  public resetUnprivileged() {
    this._unprivileged = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get unprivilegedInput() {
    return this._unprivileged;
  }

  // clone - computed: false, optional: true, required: false
  private _clone = new LxcGuestCloneOutputReference(this, "clone");
  public get clone() {
    return this._clone;
  }
  public putClone(value: LxcGuestClone) {
    this._clone.internalValue = value;
  }
  public resetClone() {
    this._clone.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cloneInput() {
    return this._clone.internalValue;
  }

  // cpu - computed: false, optional: true, required: false
  private _cpu = new LxcGuestCpuOutputReference(this, "cpu");
  public get cpu() {
    return this._cpu;
  }
  public putCpu(value: LxcGuestCpu) {
    this._cpu.internalValue = value;
  }
  public resetCpu() {
    this._cpu.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cpuInput() {
    return this._cpu.internalValue;
  }

  // dns - computed: false, optional: true, required: false
  private _dns = new LxcGuestDnsOutputReference(this, "dns");
  public get dns() {
    return this._dns;
  }
  public putDns(value: LxcGuestDns) {
    this._dns.internalValue = value;
  }
  public resetDns() {
    this._dns.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dnsInput() {
    return this._dns.internalValue;
  }

  // features - computed: false, optional: true, required: false
  private _features = new LxcGuestFeaturesOutputReference(this, "features");
  public get features() {
    return this._features;
  }
  public putFeatures(value: LxcGuestFeatures) {
    this._features.internalValue = value;
  }
  public resetFeatures() {
    this._features.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get featuresInput() {
    return this._features.internalValue;
  }

  // mount - computed: false, optional: true, required: false
  private _mount = new LxcGuestMountList(this, "mount", false);
  public get mount() {
    return this._mount;
  }
  public putMount(value: LxcGuestMount[] | cdktf.IResolvable) {
    this._mount.internalValue = value;
  }
  public resetMount() {
    this._mount.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mountInput() {
    return this._mount.internalValue;
  }

  // mounts - computed: false, optional: true, required: false
  private _mounts = new LxcGuestMountsOutputReference(this, "mounts");
  public get mounts() {
    return this._mounts;
  }
  public putMounts(value: LxcGuestMounts) {
    this._mounts.internalValue = value;
  }
  public resetMounts() {
    this._mounts.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mountsInput() {
    return this._mounts.internalValue;
  }

  // network - computed: false, optional: true, required: false
  private _network = new LxcGuestNetworkList(this, "network", false);
  public get network() {
    return this._network;
  }
  public putNetwork(value: LxcGuestNetwork[] | cdktf.IResolvable) {
    this._network.internalValue = value;
  }
  public resetNetwork() {
    this._network.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get networkInput() {
    return this._network.internalValue;
  }

  // networks - computed: false, optional: true, required: false
  private _networks = new LxcGuestNetworksOutputReference(this, "networks");
  public get networks() {
    return this._networks;
  }
  public putNetworks(value: LxcGuestNetworks) {
    this._networks.internalValue = value;
  }
  public resetNetworks() {
    this._networks.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get networksInput() {
    return this._networks.internalValue;
  }

  // root_mount - computed: false, optional: false, required: true
  private _rootMount = new LxcGuestRootMountOutputReference(this, "root_mount");
  public get rootMount() {
    return this._rootMount;
  }
  public putRootMount(value: LxcGuestRootMount) {
    this._rootMount.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get rootMountInput() {
    return this._rootMount.internalValue;
  }

  // startup_shutdown - computed: false, optional: true, required: false
  private _startupShutdown = new LxcGuestStartupShutdownOutputReference(this, "startup_shutdown");
  public get startupShutdown() {
    return this._startupShutdown;
  }
  public putStartupShutdown(value: LxcGuestStartupShutdown) {
    this._startupShutdown.internalValue = value;
  }
  public resetStartupShutdown() {
    this._startupShutdown.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get startupShutdownInput() {
    return this._startupShutdown.internalValue;
  }

  // template - computed: false, optional: true, required: false
  private _template = new LxcGuestTemplateOutputReference(this, "template");
  public get template() {
    return this._template;
  }
  public putTemplate(value: LxcGuestTemplate) {
    this._template.internalValue = value;
  }
  public resetTemplate() {
    this._template.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get templateInput() {
    return this._template.internalValue;
  }

  // timeouts - computed: false, optional: true, required: false
  private _timeouts = new LxcGuestTimeoutsOutputReference(this, "timeouts");
  public get timeouts() {
    return this._timeouts;
  }
  public putTimeouts(value: LxcGuestTimeouts) {
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
      automatic_reboot: cdktf.booleanToTerraform(this._automaticReboot),
      automatic_reboot_severity: cdktf.stringToTerraform(this._automaticRebootSeverity),
      description: cdktf.stringToTerraform(this._description),
      guest_id: cdktf.numberToTerraform(this._guestId),
      id: cdktf.stringToTerraform(this._id),
      memory: cdktf.numberToTerraform(this._memory),
      name: cdktf.stringToTerraform(this._name),
      password: cdktf.stringToTerraform(this._password),
      pool: cdktf.stringToTerraform(this._pool),
      power_state: cdktf.stringToTerraform(this._powerState),
      privileged: cdktf.booleanToTerraform(this._privileged),
      ssh_public_keys: cdktf.stringToTerraform(this._sshPublicKeys),
      start_at_node_boot: cdktf.booleanToTerraform(this._startAtNodeBoot),
      swap: cdktf.numberToTerraform(this._swap),
      tags: cdktf.listMapper(cdktf.stringToTerraform, false)(this._tags),
      target_node: cdktf.stringToTerraform(this._targetNode),
      target_nodes: cdktf.listMapper(cdktf.stringToTerraform, false)(this._targetNodes),
      unprivileged: cdktf.booleanToTerraform(this._unprivileged),
      clone: lxcGuestCloneToTerraform(this._clone.internalValue),
      cpu: lxcGuestCpuToTerraform(this._cpu.internalValue),
      dns: lxcGuestDnsToTerraform(this._dns.internalValue),
      features: lxcGuestFeaturesToTerraform(this._features.internalValue),
      mount: cdktf.listMapper(lxcGuestMountToTerraform, true)(this._mount.internalValue),
      mounts: lxcGuestMountsToTerraform(this._mounts.internalValue),
      network: cdktf.listMapper(lxcGuestNetworkToTerraform, true)(this._network.internalValue),
      networks: lxcGuestNetworksToTerraform(this._networks.internalValue),
      root_mount: lxcGuestRootMountToTerraform(this._rootMount.internalValue),
      startup_shutdown: lxcGuestStartupShutdownToTerraform(this._startupShutdown.internalValue),
      template: lxcGuestTemplateToTerraform(this._template.internalValue),
      timeouts: lxcGuestTimeoutsToTerraform(this._timeouts.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      automatic_reboot: {
        value: cdktf.booleanToHclTerraform(this._automaticReboot),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      automatic_reboot_severity: {
        value: cdktf.stringToHclTerraform(this._automaticRebootSeverity),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      description: {
        value: cdktf.stringToHclTerraform(this._description),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      guest_id: {
        value: cdktf.numberToHclTerraform(this._guestId),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      id: {
        value: cdktf.stringToHclTerraform(this._id),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      memory: {
        value: cdktf.numberToHclTerraform(this._memory),
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
      password: {
        value: cdktf.stringToHclTerraform(this._password),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      pool: {
        value: cdktf.stringToHclTerraform(this._pool),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      power_state: {
        value: cdktf.stringToHclTerraform(this._powerState),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      privileged: {
        value: cdktf.booleanToHclTerraform(this._privileged),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      ssh_public_keys: {
        value: cdktf.stringToHclTerraform(this._sshPublicKeys),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      start_at_node_boot: {
        value: cdktf.booleanToHclTerraform(this._startAtNodeBoot),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      swap: {
        value: cdktf.numberToHclTerraform(this._swap),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      tags: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._tags),
        isBlock: false,
        type: "set",
        storageClassType: "stringList",
      },
      target_node: {
        value: cdktf.stringToHclTerraform(this._targetNode),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      target_nodes: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._targetNodes),
        isBlock: false,
        type: "set",
        storageClassType: "stringList",
      },
      unprivileged: {
        value: cdktf.booleanToHclTerraform(this._unprivileged),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      clone: {
        value: lxcGuestCloneToHclTerraform(this._clone.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "LxcGuestCloneList",
      },
      cpu: {
        value: lxcGuestCpuToHclTerraform(this._cpu.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "LxcGuestCpuList",
      },
      dns: {
        value: lxcGuestDnsToHclTerraform(this._dns.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "LxcGuestDnsList",
      },
      features: {
        value: lxcGuestFeaturesToHclTerraform(this._features.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "LxcGuestFeaturesList",
      },
      mount: {
        value: cdktf.listMapperHcl(lxcGuestMountToHclTerraform, true)(this._mount.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "LxcGuestMountList",
      },
      mounts: {
        value: lxcGuestMountsToHclTerraform(this._mounts.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "LxcGuestMountsList",
      },
      network: {
        value: cdktf.listMapperHcl(lxcGuestNetworkToHclTerraform, true)(this._network.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "LxcGuestNetworkList",
      },
      networks: {
        value: lxcGuestNetworksToHclTerraform(this._networks.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "LxcGuestNetworksList",
      },
      root_mount: {
        value: lxcGuestRootMountToHclTerraform(this._rootMount.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "LxcGuestRootMountList",
      },
      startup_shutdown: {
        value: lxcGuestStartupShutdownToHclTerraform(this._startupShutdown.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "LxcGuestStartupShutdownList",
      },
      template: {
        value: lxcGuestTemplateToHclTerraform(this._template.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "LxcGuestTemplateList",
      },
      timeouts: {
        value: lxcGuestTimeoutsToHclTerraform(this._timeouts.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "LxcGuestTimeouts",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
