// generated from terraform resource schema

import { VmQemuUnusedDiskList, 
VmQemuCpu, 
vmQemuCpuToTerraform, 
vmQemuCpuToHclTerraform, 
VmQemuCpuOutputReference, 
VmQemuDisk, 
vmQemuDiskToTerraform, 
vmQemuDiskToHclTerraform, 
VmQemuDiskList, 
VmQemuDisks, 
vmQemuDisksToTerraform, 
vmQemuDisksToHclTerraform, 
VmQemuDisksOutputReference, 
VmQemuEfidisk, 
vmQemuEfidiskToTerraform, 
vmQemuEfidiskToHclTerraform, 
VmQemuEfidiskList, 
VmQemuHostpci, 
vmQemuHostpciToTerraform, 
vmQemuHostpciToHclTerraform, 
VmQemuHostpciList, 
VmQemuNetwork, 
vmQemuNetworkToTerraform, 
vmQemuNetworkToHclTerraform, 
VmQemuNetworkList, 
VmQemuPci, 
vmQemuPciToTerraform, 
vmQemuPciToHclTerraform, 
VmQemuPciList, 
VmQemuPcis, 
vmQemuPcisToTerraform, 
vmQemuPcisToHclTerraform, 
VmQemuPcisOutputReference, 
VmQemuRng, 
vmQemuRngToTerraform, 
vmQemuRngToHclTerraform, 
VmQemuRngOutputReference, 
VmQemuSerial, 
vmQemuSerialToTerraform, 
vmQemuSerialToHclTerraform, 
VmQemuSerialList, 
VmQemuSmbios, 
vmQemuSmbiosToTerraform, 
vmQemuSmbiosToHclTerraform, 
VmQemuSmbiosList, 
VmQemuStartupShutdown, 
vmQemuStartupShutdownToTerraform, 
vmQemuStartupShutdownToHclTerraform, 
VmQemuStartupShutdownOutputReference, 
VmQemuTimeouts, 
vmQemuTimeoutsToTerraform, 
vmQemuTimeoutsToHclTerraform, 
VmQemuTimeoutsOutputReference, 
VmQemuTpmState, 
vmQemuTpmStateToTerraform, 
vmQemuTpmStateToHclTerraform, 
VmQemuTpmStateOutputReference, 
VmQemuUsb, 
vmQemuUsbToTerraform, 
vmQemuUsbToHclTerraform, 
VmQemuUsbList, 
VmQemuUsbs, 
vmQemuUsbsToTerraform, 
vmQemuUsbsToHclTerraform, 
VmQemuUsbsOutputReference, 
VmQemuVga, 
vmQemuVgaToTerraform, 
vmQemuVgaToHclTerraform, 
VmQemuVgaList} from './index-structs'
export * from './index-structs'
import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface VmQemuConfig extends cdktf.TerraformMetaArguments {
  /**
  * Value in second to wait after some operations, useful if system is not fast or during I/O intensive parallel terraform tasks
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#additional_wait VmQemu#additional_wait}
  */
  readonly additionalWait?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#agent VmQemu#agent}
  */
  readonly agent?: number;
  /**
  * Timeout in seconds to keep trying to obtain an IP address from the guest agent one we have a connection.
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#agent_timeout VmQemu#agent_timeout}
  */
  readonly agentTimeout?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#args VmQemu#args}
  */
  readonly args?: string;
  /**
  * Automatically reboot the guest system if any of the modified parameters requires a reboot to take effect.
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#automatic_reboot VmQemu#automatic_reboot}
  */
  readonly automaticReboot?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#automatic_reboot_severity VmQemu#automatic_reboot_severity}
  */
  readonly automaticRebootSeverity?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#balloon VmQemu#balloon}
  */
  readonly balloon?: number;
  /**
  * The VM bios, it can be seabios or ovmf
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#bios VmQemu#bios}
  */
  readonly bios?: string;
  /**
  * Boot order of the VM
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#boot VmQemu#boot}
  */
  readonly boot?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#bootdisk VmQemu#bootdisk}
  */
  readonly bootdisk?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#ci_wait VmQemu#ci_wait}
  */
  readonly ciWait?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#cicustom VmQemu#cicustom}
  */
  readonly cicustom?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#cipassword VmQemu#cipassword}
  */
  readonly cipassword?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#ciupgrade VmQemu#ciupgrade}
  */
  readonly ciupgrade?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#ciuser VmQemu#ciuser}
  */
  readonly ciuser?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#clone VmQemu#clone}
  */
  readonly clone?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#clone_id VmQemu#clone_id}
  */
  readonly cloneId?: number;
  /**
  * Value in second to wait after a VM has been cloned, useful if system is not fast or during I/O intensive parallel terraform tasks
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#clone_wait VmQemu#clone_wait}
  */
  readonly cloneWait?: number;
  /**
  * Number of CPU cores
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#cores VmQemu#cores}
  */
  readonly cores?: number;
  /**
  * CPU type
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#cpu_type VmQemu#cpu_type}
  */
  readonly cpuType?: string;
  /**
  * By default define SSH for provisioner info
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#define_connection_info VmQemu#define_connection_info}
  */
  readonly defineConnectionInfo?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#desc VmQemu#desc}
  */
  readonly desc?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#description VmQemu#description}
  */
  readonly description?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#force_create VmQemu#force_create}
  */
  readonly forceCreate?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#force_recreate_on_change_of VmQemu#force_recreate_on_change_of}
  */
  readonly forceRecreateOnChangeOf?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#full_clone VmQemu#full_clone}
  */
  readonly fullClone?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#hagroup VmQemu#hagroup}
  */
  readonly hagroup?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#hastate VmQemu#hastate}
  */
  readonly hastate?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#hotplug VmQemu#hotplug}
  */
  readonly hotplug?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#id VmQemu#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#ipconfig0 VmQemu#ipconfig0}
  */
  readonly ipconfig0?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#ipconfig1 VmQemu#ipconfig1}
  */
  readonly ipconfig1?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#ipconfig10 VmQemu#ipconfig10}
  */
  readonly ipconfig10?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#ipconfig11 VmQemu#ipconfig11}
  */
  readonly ipconfig11?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#ipconfig12 VmQemu#ipconfig12}
  */
  readonly ipconfig12?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#ipconfig13 VmQemu#ipconfig13}
  */
  readonly ipconfig13?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#ipconfig14 VmQemu#ipconfig14}
  */
  readonly ipconfig14?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#ipconfig15 VmQemu#ipconfig15}
  */
  readonly ipconfig15?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#ipconfig2 VmQemu#ipconfig2}
  */
  readonly ipconfig2?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#ipconfig3 VmQemu#ipconfig3}
  */
  readonly ipconfig3?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#ipconfig4 VmQemu#ipconfig4}
  */
  readonly ipconfig4?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#ipconfig5 VmQemu#ipconfig5}
  */
  readonly ipconfig5?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#ipconfig6 VmQemu#ipconfig6}
  */
  readonly ipconfig6?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#ipconfig7 VmQemu#ipconfig7}
  */
  readonly ipconfig7?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#ipconfig8 VmQemu#ipconfig8}
  */
  readonly ipconfig8?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#ipconfig9 VmQemu#ipconfig9}
  */
  readonly ipconfig9?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#kvm VmQemu#kvm}
  */
  readonly kvm?: boolean | cdktf.IResolvable;
  /**
  * Specifies the Qemu machine type.
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#machine VmQemu#machine}
  */
  readonly machine?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#memory VmQemu#memory}
  */
  readonly memory?: number;
  /**
  * The Guest name
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#name VmQemu#name}
  */
  readonly name?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#nameserver VmQemu#nameserver}
  */
  readonly nameserver?: string;
  /**
  * Enable NUMA
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#numa VmQemu#numa}
  */
  readonly numa?: boolean | cdktf.IResolvable;
  /**
  * VM autostart on boot
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#onboot VmQemu#onboot}
  */
  readonly onboot?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#os_network_config VmQemu#os_network_config}
  */
  readonly osNetworkConfig?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#os_type VmQemu#os_type}
  */
  readonly osType?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#pool VmQemu#pool}
  */
  readonly pool?: string;
  /**
  * Protect VM from being removed
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#protection VmQemu#protection}
  */
  readonly protection?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#pxe VmQemu#pxe}
  */
  readonly pxe?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#qemu_os VmQemu#qemu_os}
  */
  readonly qemuOs?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#scsihw VmQemu#scsihw}
  */
  readonly scsihw?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#searchdomain VmQemu#searchdomain}
  */
  readonly searchdomain?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#skip_ipv4 VmQemu#skip_ipv4}
  */
  readonly skipIpv4?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#skip_ipv6 VmQemu#skip_ipv6}
  */
  readonly skipIpv6?: boolean | cdktf.IResolvable;
  /**
  * Number of CPU sockets
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#sockets VmQemu#sockets}
  */
  readonly sockets?: number;
  /**
  * Use to pass instance ip address, redundant
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#ssh_forward_ip VmQemu#ssh_forward_ip}
  */
  readonly sshForwardIp?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#ssh_private_key VmQemu#ssh_private_key}
  */
  readonly sshPrivateKey?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#ssh_user VmQemu#ssh_user}
  */
  readonly sshUser?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#sshkeys VmQemu#sshkeys}
  */
  readonly sshkeys?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#start_at_node_boot VmQemu#start_at_node_boot}
  */
  readonly startAtNodeBoot?: boolean | cdktf.IResolvable;
  /**
  * Startup order of the VM
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#startup VmQemu#startup}
  */
  readonly startup?: string;
  /**
  * Enable tablet mode in the VM
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#tablet VmQemu#tablet}
  */
  readonly tablet?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#tags VmQemu#tags}
  */
  readonly tags?: string;
  /**
  * The node the qemu guest goes to.
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#target_node VmQemu#target_node}
  */
  readonly targetNode?: string;
  /**
  * A list of nodes the qemu guest may be placed on.
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#target_nodes VmQemu#target_nodes}
  */
  readonly targetNodes?: string[];
  /**
  * Number of virtual cores
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#vcpus VmQemu#vcpus}
  */
  readonly vcpus?: number;
  /**
  * The state of the VM (running, started, stopped)
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#vm_state VmQemu#vm_state}
  */
  readonly vmState?: string;
  /**
  * The VM identifier in proxmox (100-999999999)
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#vmid VmQemu#vmid}
  */
  readonly vmid?: number;
  /**
  * cpu block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#cpu VmQemu#cpu}
  */
  readonly cpu?: VmQemuCpu;
  /**
  * disk block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#disk VmQemu#disk}
  */
  readonly disk?: VmQemuDisk[] | cdktf.IResolvable;
  /**
  * disks block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#disks VmQemu#disks}
  */
  readonly disks?: VmQemuDisks;
  /**
  * efidisk block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#efidisk VmQemu#efidisk}
  */
  readonly efidisk?: VmQemuEfidisk[] | cdktf.IResolvable;
  /**
  * hostpci block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#hostpci VmQemu#hostpci}
  */
  readonly hostpci?: VmQemuHostpci[] | cdktf.IResolvable;
  /**
  * network block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#network VmQemu#network}
  */
  readonly network?: VmQemuNetwork[] | cdktf.IResolvable;
  /**
  * pci block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#pci VmQemu#pci}
  */
  readonly pci?: VmQemuPci[] | cdktf.IResolvable;
  /**
  * pcis block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#pcis VmQemu#pcis}
  */
  readonly pcis?: VmQemuPcis;
  /**
  * rng block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#rng VmQemu#rng}
  */
  readonly rng?: VmQemuRng;
  /**
  * serial block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#serial VmQemu#serial}
  */
  readonly serial?: VmQemuSerial[] | cdktf.IResolvable;
  /**
  * smbios block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#smbios VmQemu#smbios}
  */
  readonly smbios?: VmQemuSmbios[] | cdktf.IResolvable;
  /**
  * startup_shutdown block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#startup_shutdown VmQemu#startup_shutdown}
  */
  readonly startupShutdown?: VmQemuStartupShutdown;
  /**
  * timeouts block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#timeouts VmQemu#timeouts}
  */
  readonly timeouts?: VmQemuTimeouts;
  /**
  * tpm_state block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#tpm_state VmQemu#tpm_state}
  */
  readonly tpmState?: VmQemuTpmState;
  /**
  * usb block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#usb VmQemu#usb}
  */
  readonly usb?: VmQemuUsb[] | cdktf.IResolvable;
  /**
  * usbs block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#usbs VmQemu#usbs}
  */
  readonly usbs?: VmQemuUsbs;
  /**
  * vga block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#vga VmQemu#vga}
  */
  readonly vga?: VmQemuVga[] | cdktf.IResolvable;
}

/**
* Represents a {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu proxmox_vm_qemu}
*/
export class VmQemu extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "proxmox_vm_qemu";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a VmQemu resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the VmQemu to import
  * @param importFromId The id of the existing VmQemu that should be imported. Refer to the {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the VmQemu to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "proxmox_vm_qemu", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/vm_qemu proxmox_vm_qemu} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options VmQemuConfig = {}
  */
  public constructor(scope: Construct, id: string, config: VmQemuConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'proxmox_vm_qemu',
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
    this._additionalWait = config.additionalWait;
    this._agent = config.agent;
    this._agentTimeout = config.agentTimeout;
    this._args = config.args;
    this._automaticReboot = config.automaticReboot;
    this._automaticRebootSeverity = config.automaticRebootSeverity;
    this._balloon = config.balloon;
    this._bios = config.bios;
    this._boot = config.boot;
    this._bootdisk = config.bootdisk;
    this._ciWait = config.ciWait;
    this._cicustom = config.cicustom;
    this._cipassword = config.cipassword;
    this._ciupgrade = config.ciupgrade;
    this._ciuser = config.ciuser;
    this._clone = config.clone;
    this._cloneId = config.cloneId;
    this._cloneWait = config.cloneWait;
    this._cores = config.cores;
    this._cpuType = config.cpuType;
    this._defineConnectionInfo = config.defineConnectionInfo;
    this._desc = config.desc;
    this._description = config.description;
    this._forceCreate = config.forceCreate;
    this._forceRecreateOnChangeOf = config.forceRecreateOnChangeOf;
    this._fullClone = config.fullClone;
    this._hagroup = config.hagroup;
    this._hastate = config.hastate;
    this._hotplug = config.hotplug;
    this._id = config.id;
    this._ipconfig0 = config.ipconfig0;
    this._ipconfig1 = config.ipconfig1;
    this._ipconfig10 = config.ipconfig10;
    this._ipconfig11 = config.ipconfig11;
    this._ipconfig12 = config.ipconfig12;
    this._ipconfig13 = config.ipconfig13;
    this._ipconfig14 = config.ipconfig14;
    this._ipconfig15 = config.ipconfig15;
    this._ipconfig2 = config.ipconfig2;
    this._ipconfig3 = config.ipconfig3;
    this._ipconfig4 = config.ipconfig4;
    this._ipconfig5 = config.ipconfig5;
    this._ipconfig6 = config.ipconfig6;
    this._ipconfig7 = config.ipconfig7;
    this._ipconfig8 = config.ipconfig8;
    this._ipconfig9 = config.ipconfig9;
    this._kvm = config.kvm;
    this._machine = config.machine;
    this._memory = config.memory;
    this._name = config.name;
    this._nameserver = config.nameserver;
    this._numa = config.numa;
    this._onboot = config.onboot;
    this._osNetworkConfig = config.osNetworkConfig;
    this._osType = config.osType;
    this._pool = config.pool;
    this._protection = config.protection;
    this._pxe = config.pxe;
    this._qemuOs = config.qemuOs;
    this._scsihw = config.scsihw;
    this._searchdomain = config.searchdomain;
    this._skipIpv4 = config.skipIpv4;
    this._skipIpv6 = config.skipIpv6;
    this._sockets = config.sockets;
    this._sshForwardIp = config.sshForwardIp;
    this._sshPrivateKey = config.sshPrivateKey;
    this._sshUser = config.sshUser;
    this._sshkeys = config.sshkeys;
    this._startAtNodeBoot = config.startAtNodeBoot;
    this._startup = config.startup;
    this._tablet = config.tablet;
    this._tags = config.tags;
    this._targetNode = config.targetNode;
    this._targetNodes = config.targetNodes;
    this._vcpus = config.vcpus;
    this._vmState = config.vmState;
    this._vmid = config.vmid;
    this._cpu.internalValue = config.cpu;
    this._disk.internalValue = config.disk;
    this._disks.internalValue = config.disks;
    this._efidisk.internalValue = config.efidisk;
    this._hostpci.internalValue = config.hostpci;
    this._network.internalValue = config.network;
    this._pci.internalValue = config.pci;
    this._pcis.internalValue = config.pcis;
    this._rng.internalValue = config.rng;
    this._serial.internalValue = config.serial;
    this._smbios.internalValue = config.smbios;
    this._startupShutdown.internalValue = config.startupShutdown;
    this._timeouts.internalValue = config.timeouts;
    this._tpmState.internalValue = config.tpmState;
    this._usb.internalValue = config.usb;
    this._usbs.internalValue = config.usbs;
    this._vga.internalValue = config.vga;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // additional_wait - computed: false, optional: true, required: false
  private _additionalWait?: number; 
  public get additionalWait() {
    return this.getNumberAttribute('additional_wait');
  }
  public set additionalWait(value: number) {
    this._additionalWait = value;
  }
  public resetAdditionalWait() {
    this._additionalWait = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get additionalWaitInput() {
    return this._additionalWait;
  }

  // agent - computed: false, optional: true, required: false
  private _agent?: number; 
  public get agent() {
    return this.getNumberAttribute('agent');
  }
  public set agent(value: number) {
    this._agent = value;
  }
  public resetAgent() {
    this._agent = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get agentInput() {
    return this._agent;
  }

  // agent_timeout - computed: false, optional: true, required: false
  private _agentTimeout?: number; 
  public get agentTimeout() {
    return this.getNumberAttribute('agent_timeout');
  }
  public set agentTimeout(value: number) {
    this._agentTimeout = value;
  }
  public resetAgentTimeout() {
    this._agentTimeout = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get agentTimeoutInput() {
    return this._agentTimeout;
  }

  // args - computed: false, optional: true, required: false
  private _args?: string; 
  public get args() {
    return this.getStringAttribute('args');
  }
  public set args(value: string) {
    this._args = value;
  }
  public resetArgs() {
    this._args = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get argsInput() {
    return this._args;
  }

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

  // balloon - computed: false, optional: true, required: false
  private _balloon?: number; 
  public get balloon() {
    return this.getNumberAttribute('balloon');
  }
  public set balloon(value: number) {
    this._balloon = value;
  }
  public resetBalloon() {
    this._balloon = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get balloonInput() {
    return this._balloon;
  }

  // bios - computed: false, optional: true, required: false
  private _bios?: string; 
  public get bios() {
    return this.getStringAttribute('bios');
  }
  public set bios(value: string) {
    this._bios = value;
  }
  public resetBios() {
    this._bios = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get biosInput() {
    return this._bios;
  }

  // boot - computed: true, optional: true, required: false
  private _boot?: string; 
  public get boot() {
    return this.getStringAttribute('boot');
  }
  public set boot(value: string) {
    this._boot = value;
  }
  public resetBoot() {
    this._boot = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get bootInput() {
    return this._boot;
  }

  // bootdisk - computed: true, optional: true, required: false
  private _bootdisk?: string; 
  public get bootdisk() {
    return this.getStringAttribute('bootdisk');
  }
  public set bootdisk(value: string) {
    this._bootdisk = value;
  }
  public resetBootdisk() {
    this._bootdisk = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get bootdiskInput() {
    return this._bootdisk;
  }

  // ci_wait - computed: false, optional: true, required: false
  private _ciWait?: number; 
  public get ciWait() {
    return this.getNumberAttribute('ci_wait');
  }
  public set ciWait(value: number) {
    this._ciWait = value;
  }
  public resetCiWait() {
    this._ciWait = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ciWaitInput() {
    return this._ciWait;
  }

  // cicustom - computed: false, optional: true, required: false
  private _cicustom?: string; 
  public get cicustom() {
    return this.getStringAttribute('cicustom');
  }
  public set cicustom(value: string) {
    this._cicustom = value;
  }
  public resetCicustom() {
    this._cicustom = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cicustomInput() {
    return this._cicustom;
  }

  // cipassword - computed: false, optional: true, required: false
  private _cipassword?: string; 
  public get cipassword() {
    return this.getStringAttribute('cipassword');
  }
  public set cipassword(value: string) {
    this._cipassword = value;
  }
  public resetCipassword() {
    this._cipassword = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cipasswordInput() {
    return this._cipassword;
  }

  // ciupgrade - computed: false, optional: true, required: false
  private _ciupgrade?: boolean | cdktf.IResolvable; 
  public get ciupgrade() {
    return this.getBooleanAttribute('ciupgrade');
  }
  public set ciupgrade(value: boolean | cdktf.IResolvable) {
    this._ciupgrade = value;
  }
  public resetCiupgrade() {
    this._ciupgrade = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ciupgradeInput() {
    return this._ciupgrade;
  }

  // ciuser - computed: false, optional: true, required: false
  private _ciuser?: string; 
  public get ciuser() {
    return this.getStringAttribute('ciuser');
  }
  public set ciuser(value: string) {
    this._ciuser = value;
  }
  public resetCiuser() {
    this._ciuser = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ciuserInput() {
    return this._ciuser;
  }

  // clone - computed: false, optional: true, required: false
  private _clone?: string; 
  public get clone() {
    return this.getStringAttribute('clone');
  }
  public set clone(value: string) {
    this._clone = value;
  }
  public resetClone() {
    this._clone = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cloneInput() {
    return this._clone;
  }

  // clone_id - computed: false, optional: true, required: false
  private _cloneId?: number; 
  public get cloneId() {
    return this.getNumberAttribute('clone_id');
  }
  public set cloneId(value: number) {
    this._cloneId = value;
  }
  public resetCloneId() {
    this._cloneId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cloneIdInput() {
    return this._cloneId;
  }

  // clone_wait - computed: false, optional: true, required: false
  private _cloneWait?: number; 
  public get cloneWait() {
    return this.getNumberAttribute('clone_wait');
  }
  public set cloneWait(value: number) {
    this._cloneWait = value;
  }
  public resetCloneWait() {
    this._cloneWait = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cloneWaitInput() {
    return this._cloneWait;
  }

  // cores - computed: false, optional: true, required: false
  private _cores?: number; 
  public get cores() {
    return this.getNumberAttribute('cores');
  }
  public set cores(value: number) {
    this._cores = value;
  }
  public resetCores() {
    this._cores = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get coresInput() {
    return this._cores;
  }

  // cpu_type - computed: false, optional: true, required: false
  private _cpuType?: string; 
  public get cpuType() {
    return this.getStringAttribute('cpu_type');
  }
  public set cpuType(value: string) {
    this._cpuType = value;
  }
  public resetCpuType() {
    this._cpuType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cpuTypeInput() {
    return this._cpuType;
  }

  // current_node - computed: true, optional: false, required: false
  public get currentNode() {
    return this.getStringAttribute('current_node');
  }

  // default_ipv4_address - computed: true, optional: false, required: false
  public get defaultIpv4Address() {
    return this.getStringAttribute('default_ipv4_address');
  }

  // default_ipv6_address - computed: true, optional: false, required: false
  public get defaultIpv6Address() {
    return this.getStringAttribute('default_ipv6_address');
  }

  // define_connection_info - computed: false, optional: true, required: false
  private _defineConnectionInfo?: boolean | cdktf.IResolvable; 
  public get defineConnectionInfo() {
    return this.getBooleanAttribute('define_connection_info');
  }
  public set defineConnectionInfo(value: boolean | cdktf.IResolvable) {
    this._defineConnectionInfo = value;
  }
  public resetDefineConnectionInfo() {
    this._defineConnectionInfo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get defineConnectionInfoInput() {
    return this._defineConnectionInfo;
  }

  // desc - computed: false, optional: true, required: false
  private _desc?: string; 
  public get desc() {
    return this.getStringAttribute('desc');
  }
  public set desc(value: string) {
    this._desc = value;
  }
  public resetDesc() {
    this._desc = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get descInput() {
    return this._desc;
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

  // force_create - computed: false, optional: true, required: false
  private _forceCreate?: boolean | cdktf.IResolvable; 
  public get forceCreate() {
    return this.getBooleanAttribute('force_create');
  }
  public set forceCreate(value: boolean | cdktf.IResolvable) {
    this._forceCreate = value;
  }
  public resetForceCreate() {
    this._forceCreate = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get forceCreateInput() {
    return this._forceCreate;
  }

  // force_recreate_on_change_of - computed: false, optional: true, required: false
  private _forceRecreateOnChangeOf?: string; 
  public get forceRecreateOnChangeOf() {
    return this.getStringAttribute('force_recreate_on_change_of');
  }
  public set forceRecreateOnChangeOf(value: string) {
    this._forceRecreateOnChangeOf = value;
  }
  public resetForceRecreateOnChangeOf() {
    this._forceRecreateOnChangeOf = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get forceRecreateOnChangeOfInput() {
    return this._forceRecreateOnChangeOf;
  }

  // full_clone - computed: false, optional: true, required: false
  private _fullClone?: boolean | cdktf.IResolvable; 
  public get fullClone() {
    return this.getBooleanAttribute('full_clone');
  }
  public set fullClone(value: boolean | cdktf.IResolvable) {
    this._fullClone = value;
  }
  public resetFullClone() {
    this._fullClone = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fullCloneInput() {
    return this._fullClone;
  }

  // hagroup - computed: false, optional: true, required: false
  private _hagroup?: string; 
  public get hagroup() {
    return this.getStringAttribute('hagroup');
  }
  public set hagroup(value: string) {
    this._hagroup = value;
  }
  public resetHagroup() {
    this._hagroup = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get hagroupInput() {
    return this._hagroup;
  }

  // hastate - computed: false, optional: true, required: false
  private _hastate?: string; 
  public get hastate() {
    return this.getStringAttribute('hastate');
  }
  public set hastate(value: string) {
    this._hastate = value;
  }
  public resetHastate() {
    this._hastate = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get hastateInput() {
    return this._hastate;
  }

  // hotplug - computed: false, optional: true, required: false
  private _hotplug?: string; 
  public get hotplug() {
    return this.getStringAttribute('hotplug');
  }
  public set hotplug(value: string) {
    this._hotplug = value;
  }
  public resetHotplug() {
    this._hotplug = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get hotplugInput() {
    return this._hotplug;
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

  // ipconfig0 - computed: false, optional: true, required: false
  private _ipconfig0?: string; 
  public get ipconfig0() {
    return this.getStringAttribute('ipconfig0');
  }
  public set ipconfig0(value: string) {
    this._ipconfig0 = value;
  }
  public resetIpconfig0() {
    this._ipconfig0 = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ipconfig0Input() {
    return this._ipconfig0;
  }

  // ipconfig1 - computed: false, optional: true, required: false
  private _ipconfig1?: string; 
  public get ipconfig1() {
    return this.getStringAttribute('ipconfig1');
  }
  public set ipconfig1(value: string) {
    this._ipconfig1 = value;
  }
  public resetIpconfig1() {
    this._ipconfig1 = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ipconfig1Input() {
    return this._ipconfig1;
  }

  // ipconfig10 - computed: false, optional: true, required: false
  private _ipconfig10?: string; 
  public get ipconfig10() {
    return this.getStringAttribute('ipconfig10');
  }
  public set ipconfig10(value: string) {
    this._ipconfig10 = value;
  }
  public resetIpconfig10() {
    this._ipconfig10 = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ipconfig10Input() {
    return this._ipconfig10;
  }

  // ipconfig11 - computed: false, optional: true, required: false
  private _ipconfig11?: string; 
  public get ipconfig11() {
    return this.getStringAttribute('ipconfig11');
  }
  public set ipconfig11(value: string) {
    this._ipconfig11 = value;
  }
  public resetIpconfig11() {
    this._ipconfig11 = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ipconfig11Input() {
    return this._ipconfig11;
  }

  // ipconfig12 - computed: false, optional: true, required: false
  private _ipconfig12?: string; 
  public get ipconfig12() {
    return this.getStringAttribute('ipconfig12');
  }
  public set ipconfig12(value: string) {
    this._ipconfig12 = value;
  }
  public resetIpconfig12() {
    this._ipconfig12 = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ipconfig12Input() {
    return this._ipconfig12;
  }

  // ipconfig13 - computed: false, optional: true, required: false
  private _ipconfig13?: string; 
  public get ipconfig13() {
    return this.getStringAttribute('ipconfig13');
  }
  public set ipconfig13(value: string) {
    this._ipconfig13 = value;
  }
  public resetIpconfig13() {
    this._ipconfig13 = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ipconfig13Input() {
    return this._ipconfig13;
  }

  // ipconfig14 - computed: false, optional: true, required: false
  private _ipconfig14?: string; 
  public get ipconfig14() {
    return this.getStringAttribute('ipconfig14');
  }
  public set ipconfig14(value: string) {
    this._ipconfig14 = value;
  }
  public resetIpconfig14() {
    this._ipconfig14 = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ipconfig14Input() {
    return this._ipconfig14;
  }

  // ipconfig15 - computed: false, optional: true, required: false
  private _ipconfig15?: string; 
  public get ipconfig15() {
    return this.getStringAttribute('ipconfig15');
  }
  public set ipconfig15(value: string) {
    this._ipconfig15 = value;
  }
  public resetIpconfig15() {
    this._ipconfig15 = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ipconfig15Input() {
    return this._ipconfig15;
  }

  // ipconfig2 - computed: false, optional: true, required: false
  private _ipconfig2?: string; 
  public get ipconfig2() {
    return this.getStringAttribute('ipconfig2');
  }
  public set ipconfig2(value: string) {
    this._ipconfig2 = value;
  }
  public resetIpconfig2() {
    this._ipconfig2 = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ipconfig2Input() {
    return this._ipconfig2;
  }

  // ipconfig3 - computed: false, optional: true, required: false
  private _ipconfig3?: string; 
  public get ipconfig3() {
    return this.getStringAttribute('ipconfig3');
  }
  public set ipconfig3(value: string) {
    this._ipconfig3 = value;
  }
  public resetIpconfig3() {
    this._ipconfig3 = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ipconfig3Input() {
    return this._ipconfig3;
  }

  // ipconfig4 - computed: false, optional: true, required: false
  private _ipconfig4?: string; 
  public get ipconfig4() {
    return this.getStringAttribute('ipconfig4');
  }
  public set ipconfig4(value: string) {
    this._ipconfig4 = value;
  }
  public resetIpconfig4() {
    this._ipconfig4 = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ipconfig4Input() {
    return this._ipconfig4;
  }

  // ipconfig5 - computed: false, optional: true, required: false
  private _ipconfig5?: string; 
  public get ipconfig5() {
    return this.getStringAttribute('ipconfig5');
  }
  public set ipconfig5(value: string) {
    this._ipconfig5 = value;
  }
  public resetIpconfig5() {
    this._ipconfig5 = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ipconfig5Input() {
    return this._ipconfig5;
  }

  // ipconfig6 - computed: false, optional: true, required: false
  private _ipconfig6?: string; 
  public get ipconfig6() {
    return this.getStringAttribute('ipconfig6');
  }
  public set ipconfig6(value: string) {
    this._ipconfig6 = value;
  }
  public resetIpconfig6() {
    this._ipconfig6 = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ipconfig6Input() {
    return this._ipconfig6;
  }

  // ipconfig7 - computed: false, optional: true, required: false
  private _ipconfig7?: string; 
  public get ipconfig7() {
    return this.getStringAttribute('ipconfig7');
  }
  public set ipconfig7(value: string) {
    this._ipconfig7 = value;
  }
  public resetIpconfig7() {
    this._ipconfig7 = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ipconfig7Input() {
    return this._ipconfig7;
  }

  // ipconfig8 - computed: false, optional: true, required: false
  private _ipconfig8?: string; 
  public get ipconfig8() {
    return this.getStringAttribute('ipconfig8');
  }
  public set ipconfig8(value: string) {
    this._ipconfig8 = value;
  }
  public resetIpconfig8() {
    this._ipconfig8 = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ipconfig8Input() {
    return this._ipconfig8;
  }

  // ipconfig9 - computed: false, optional: true, required: false
  private _ipconfig9?: string; 
  public get ipconfig9() {
    return this.getStringAttribute('ipconfig9');
  }
  public set ipconfig9(value: string) {
    this._ipconfig9 = value;
  }
  public resetIpconfig9() {
    this._ipconfig9 = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ipconfig9Input() {
    return this._ipconfig9;
  }

  // kvm - computed: false, optional: true, required: false
  private _kvm?: boolean | cdktf.IResolvable; 
  public get kvm() {
    return this.getBooleanAttribute('kvm');
  }
  public set kvm(value: boolean | cdktf.IResolvable) {
    this._kvm = value;
  }
  public resetKvm() {
    this._kvm = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get kvmInput() {
    return this._kvm;
  }

  // linked_vmid - computed: true, optional: false, required: false
  public get linkedVmid() {
    return this.getNumberAttribute('linked_vmid');
  }

  // machine - computed: false, optional: true, required: false
  private _machine?: string; 
  public get machine() {
    return this.getStringAttribute('machine');
  }
  public set machine(value: string) {
    this._machine = value;
  }
  public resetMachine() {
    this._machine = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get machineInput() {
    return this._machine;
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

  // nameserver - computed: false, optional: true, required: false
  private _nameserver?: string; 
  public get nameserver() {
    return this.getStringAttribute('nameserver');
  }
  public set nameserver(value: string) {
    this._nameserver = value;
  }
  public resetNameserver() {
    this._nameserver = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get nameserverInput() {
    return this._nameserver;
  }

  // numa - computed: false, optional: true, required: false
  private _numa?: boolean | cdktf.IResolvable; 
  public get numa() {
    return this.getBooleanAttribute('numa');
  }
  public set numa(value: boolean | cdktf.IResolvable) {
    this._numa = value;
  }
  public resetNuma() {
    this._numa = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numaInput() {
    return this._numa;
  }

  // onboot - computed: false, optional: true, required: false
  private _onboot?: boolean | cdktf.IResolvable; 
  public get onboot() {
    return this.getBooleanAttribute('onboot');
  }
  public set onboot(value: boolean | cdktf.IResolvable) {
    this._onboot = value;
  }
  public resetOnboot() {
    this._onboot = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get onbootInput() {
    return this._onboot;
  }

  // os_network_config - computed: false, optional: true, required: false
  private _osNetworkConfig?: string; 
  public get osNetworkConfig() {
    return this.getStringAttribute('os_network_config');
  }
  public set osNetworkConfig(value: string) {
    this._osNetworkConfig = value;
  }
  public resetOsNetworkConfig() {
    this._osNetworkConfig = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get osNetworkConfigInput() {
    return this._osNetworkConfig;
  }

  // os_type - computed: false, optional: true, required: false
  private _osType?: string; 
  public get osType() {
    return this.getStringAttribute('os_type');
  }
  public set osType(value: string) {
    this._osType = value;
  }
  public resetOsType() {
    this._osType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get osTypeInput() {
    return this._osType;
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

  // protection - computed: false, optional: true, required: false
  private _protection?: boolean | cdktf.IResolvable; 
  public get protection() {
    return this.getBooleanAttribute('protection');
  }
  public set protection(value: boolean | cdktf.IResolvable) {
    this._protection = value;
  }
  public resetProtection() {
    this._protection = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get protectionInput() {
    return this._protection;
  }

  // pxe - computed: false, optional: true, required: false
  private _pxe?: boolean | cdktf.IResolvable; 
  public get pxe() {
    return this.getBooleanAttribute('pxe');
  }
  public set pxe(value: boolean | cdktf.IResolvable) {
    this._pxe = value;
  }
  public resetPxe() {
    this._pxe = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pxeInput() {
    return this._pxe;
  }

  // qemu_os - computed: false, optional: true, required: false
  private _qemuOs?: string; 
  public get qemuOs() {
    return this.getStringAttribute('qemu_os');
  }
  public set qemuOs(value: string) {
    this._qemuOs = value;
  }
  public resetQemuOs() {
    this._qemuOs = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get qemuOsInput() {
    return this._qemuOs;
  }

  // reboot_required - computed: true, optional: false, required: false
  public get rebootRequired() {
    return this.getBooleanAttribute('reboot_required');
  }

  // scsihw - computed: false, optional: true, required: false
  private _scsihw?: string; 
  public get scsihw() {
    return this.getStringAttribute('scsihw');
  }
  public set scsihw(value: string) {
    this._scsihw = value;
  }
  public resetScsihw() {
    this._scsihw = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get scsihwInput() {
    return this._scsihw;
  }

  // searchdomain - computed: false, optional: true, required: false
  private _searchdomain?: string; 
  public get searchdomain() {
    return this.getStringAttribute('searchdomain');
  }
  public set searchdomain(value: string) {
    this._searchdomain = value;
  }
  public resetSearchdomain() {
    this._searchdomain = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get searchdomainInput() {
    return this._searchdomain;
  }

  // skip_ipv4 - computed: false, optional: true, required: false
  private _skipIpv4?: boolean | cdktf.IResolvable; 
  public get skipIpv4() {
    return this.getBooleanAttribute('skip_ipv4');
  }
  public set skipIpv4(value: boolean | cdktf.IResolvable) {
    this._skipIpv4 = value;
  }
  public resetSkipIpv4() {
    this._skipIpv4 = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get skipIpv4Input() {
    return this._skipIpv4;
  }

  // skip_ipv6 - computed: false, optional: true, required: false
  private _skipIpv6?: boolean | cdktf.IResolvable; 
  public get skipIpv6() {
    return this.getBooleanAttribute('skip_ipv6');
  }
  public set skipIpv6(value: boolean | cdktf.IResolvable) {
    this._skipIpv6 = value;
  }
  public resetSkipIpv6() {
    this._skipIpv6 = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get skipIpv6Input() {
    return this._skipIpv6;
  }

  // sockets - computed: false, optional: true, required: false
  private _sockets?: number; 
  public get sockets() {
    return this.getNumberAttribute('sockets');
  }
  public set sockets(value: number) {
    this._sockets = value;
  }
  public resetSockets() {
    this._sockets = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get socketsInput() {
    return this._sockets;
  }

  // ssh_forward_ip - computed: false, optional: true, required: false
  private _sshForwardIp?: string; 
  public get sshForwardIp() {
    return this.getStringAttribute('ssh_forward_ip');
  }
  public set sshForwardIp(value: string) {
    this._sshForwardIp = value;
  }
  public resetSshForwardIp() {
    this._sshForwardIp = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sshForwardIpInput() {
    return this._sshForwardIp;
  }

  // ssh_host - computed: true, optional: false, required: false
  public get sshHost() {
    return this.getStringAttribute('ssh_host');
  }

  // ssh_port - computed: true, optional: false, required: false
  public get sshPort() {
    return this.getStringAttribute('ssh_port');
  }

  // ssh_private_key - computed: false, optional: true, required: false
  private _sshPrivateKey?: string; 
  public get sshPrivateKey() {
    return this.getStringAttribute('ssh_private_key');
  }
  public set sshPrivateKey(value: string) {
    this._sshPrivateKey = value;
  }
  public resetSshPrivateKey() {
    this._sshPrivateKey = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sshPrivateKeyInput() {
    return this._sshPrivateKey;
  }

  // ssh_user - computed: false, optional: true, required: false
  private _sshUser?: string; 
  public get sshUser() {
    return this.getStringAttribute('ssh_user');
  }
  public set sshUser(value: string) {
    this._sshUser = value;
  }
  public resetSshUser() {
    this._sshUser = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sshUserInput() {
    return this._sshUser;
  }

  // sshkeys - computed: false, optional: true, required: false
  private _sshkeys?: string; 
  public get sshkeys() {
    return this.getStringAttribute('sshkeys');
  }
  public set sshkeys(value: string) {
    this._sshkeys = value;
  }
  public resetSshkeys() {
    this._sshkeys = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sshkeysInput() {
    return this._sshkeys;
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

  // startup - computed: false, optional: true, required: false
  private _startup?: string; 
  public get startup() {
    return this.getStringAttribute('startup');
  }
  public set startup(value: string) {
    this._startup = value;
  }
  public resetStartup() {
    this._startup = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get startupInput() {
    return this._startup;
  }

  // tablet - computed: false, optional: true, required: false
  private _tablet?: boolean | cdktf.IResolvable; 
  public get tablet() {
    return this.getBooleanAttribute('tablet');
  }
  public set tablet(value: boolean | cdktf.IResolvable) {
    this._tablet = value;
  }
  public resetTablet() {
    this._tablet = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tabletInput() {
    return this._tablet;
  }

  // tags - computed: false, optional: true, required: false
  private _tags?: string; 
  public get tags() {
    return this.getStringAttribute('tags');
  }
  public set tags(value: string) {
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

  // unused_disk - computed: true, optional: false, required: false
  private _unusedDisk = new VmQemuUnusedDiskList(this, "unused_disk", false);
  public get unusedDisk() {
    return this._unusedDisk;
  }

  // vcpus - computed: false, optional: true, required: false
  private _vcpus?: number; 
  public get vcpus() {
    return this.getNumberAttribute('vcpus');
  }
  public set vcpus(value: number) {
    this._vcpus = value;
  }
  public resetVcpus() {
    this._vcpus = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vcpusInput() {
    return this._vcpus;
  }

  // vm_state - computed: false, optional: true, required: false
  private _vmState?: string; 
  public get vmState() {
    return this.getStringAttribute('vm_state');
  }
  public set vmState(value: string) {
    this._vmState = value;
  }
  public resetVmState() {
    this._vmState = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vmStateInput() {
    return this._vmState;
  }

  // vmid - computed: true, optional: true, required: false
  private _vmid?: number; 
  public get vmid() {
    return this.getNumberAttribute('vmid');
  }
  public set vmid(value: number) {
    this._vmid = value;
  }
  public resetVmid() {
    this._vmid = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vmidInput() {
    return this._vmid;
  }

  // cpu - computed: false, optional: true, required: false
  private _cpu = new VmQemuCpuOutputReference(this, "cpu");
  public get cpu() {
    return this._cpu;
  }
  public putCpu(value: VmQemuCpu) {
    this._cpu.internalValue = value;
  }
  public resetCpu() {
    this._cpu.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cpuInput() {
    return this._cpu.internalValue;
  }

  // disk - computed: false, optional: true, required: false
  private _disk = new VmQemuDiskList(this, "disk", false);
  public get disk() {
    return this._disk;
  }
  public putDisk(value: VmQemuDisk[] | cdktf.IResolvable) {
    this._disk.internalValue = value;
  }
  public resetDisk() {
    this._disk.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get diskInput() {
    return this._disk.internalValue;
  }

  // disks - computed: false, optional: true, required: false
  private _disks = new VmQemuDisksOutputReference(this, "disks");
  public get disks() {
    return this._disks;
  }
  public putDisks(value: VmQemuDisks) {
    this._disks.internalValue = value;
  }
  public resetDisks() {
    this._disks.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get disksInput() {
    return this._disks.internalValue;
  }

  // efidisk - computed: false, optional: true, required: false
  private _efidisk = new VmQemuEfidiskList(this, "efidisk", false);
  public get efidisk() {
    return this._efidisk;
  }
  public putEfidisk(value: VmQemuEfidisk[] | cdktf.IResolvable) {
    this._efidisk.internalValue = value;
  }
  public resetEfidisk() {
    this._efidisk.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get efidiskInput() {
    return this._efidisk.internalValue;
  }

  // hostpci - computed: false, optional: true, required: false
  private _hostpci = new VmQemuHostpciList(this, "hostpci", false);
  public get hostpci() {
    return this._hostpci;
  }
  public putHostpci(value: VmQemuHostpci[] | cdktf.IResolvable) {
    this._hostpci.internalValue = value;
  }
  public resetHostpci() {
    this._hostpci.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get hostpciInput() {
    return this._hostpci.internalValue;
  }

  // network - computed: false, optional: true, required: false
  private _network = new VmQemuNetworkList(this, "network", false);
  public get network() {
    return this._network;
  }
  public putNetwork(value: VmQemuNetwork[] | cdktf.IResolvable) {
    this._network.internalValue = value;
  }
  public resetNetwork() {
    this._network.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get networkInput() {
    return this._network.internalValue;
  }

  // pci - computed: false, optional: true, required: false
  private _pci = new VmQemuPciList(this, "pci", false);
  public get pci() {
    return this._pci;
  }
  public putPci(value: VmQemuPci[] | cdktf.IResolvable) {
    this._pci.internalValue = value;
  }
  public resetPci() {
    this._pci.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pciInput() {
    return this._pci.internalValue;
  }

  // pcis - computed: false, optional: true, required: false
  private _pcis = new VmQemuPcisOutputReference(this, "pcis");
  public get pcis() {
    return this._pcis;
  }
  public putPcis(value: VmQemuPcis) {
    this._pcis.internalValue = value;
  }
  public resetPcis() {
    this._pcis.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pcisInput() {
    return this._pcis.internalValue;
  }

  // rng - computed: false, optional: true, required: false
  private _rng = new VmQemuRngOutputReference(this, "rng");
  public get rng() {
    return this._rng;
  }
  public putRng(value: VmQemuRng) {
    this._rng.internalValue = value;
  }
  public resetRng() {
    this._rng.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rngInput() {
    return this._rng.internalValue;
  }

  // serial - computed: false, optional: true, required: false
  private _serial = new VmQemuSerialList(this, "serial", true);
  public get serial() {
    return this._serial;
  }
  public putSerial(value: VmQemuSerial[] | cdktf.IResolvable) {
    this._serial.internalValue = value;
  }
  public resetSerial() {
    this._serial.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get serialInput() {
    return this._serial.internalValue;
  }

  // smbios - computed: false, optional: true, required: false
  private _smbios = new VmQemuSmbiosList(this, "smbios", false);
  public get smbios() {
    return this._smbios;
  }
  public putSmbios(value: VmQemuSmbios[] | cdktf.IResolvable) {
    this._smbios.internalValue = value;
  }
  public resetSmbios() {
    this._smbios.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get smbiosInput() {
    return this._smbios.internalValue;
  }

  // startup_shutdown - computed: false, optional: true, required: false
  private _startupShutdown = new VmQemuStartupShutdownOutputReference(this, "startup_shutdown");
  public get startupShutdown() {
    return this._startupShutdown;
  }
  public putStartupShutdown(value: VmQemuStartupShutdown) {
    this._startupShutdown.internalValue = value;
  }
  public resetStartupShutdown() {
    this._startupShutdown.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get startupShutdownInput() {
    return this._startupShutdown.internalValue;
  }

  // timeouts - computed: false, optional: true, required: false
  private _timeouts = new VmQemuTimeoutsOutputReference(this, "timeouts");
  public get timeouts() {
    return this._timeouts;
  }
  public putTimeouts(value: VmQemuTimeouts) {
    this._timeouts.internalValue = value;
  }
  public resetTimeouts() {
    this._timeouts.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timeoutsInput() {
    return this._timeouts.internalValue;
  }

  // tpm_state - computed: false, optional: true, required: false
  private _tpmState = new VmQemuTpmStateOutputReference(this, "tpm_state");
  public get tpmState() {
    return this._tpmState;
  }
  public putTpmState(value: VmQemuTpmState) {
    this._tpmState.internalValue = value;
  }
  public resetTpmState() {
    this._tpmState.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tpmStateInput() {
    return this._tpmState.internalValue;
  }

  // usb - computed: false, optional: true, required: false
  private _usb = new VmQemuUsbList(this, "usb", false);
  public get usb() {
    return this._usb;
  }
  public putUsb(value: VmQemuUsb[] | cdktf.IResolvable) {
    this._usb.internalValue = value;
  }
  public resetUsb() {
    this._usb.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get usbInput() {
    return this._usb.internalValue;
  }

  // usbs - computed: false, optional: true, required: false
  private _usbs = new VmQemuUsbsOutputReference(this, "usbs");
  public get usbs() {
    return this._usbs;
  }
  public putUsbs(value: VmQemuUsbs) {
    this._usbs.internalValue = value;
  }
  public resetUsbs() {
    this._usbs.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get usbsInput() {
    return this._usbs.internalValue;
  }

  // vga - computed: false, optional: true, required: false
  private _vga = new VmQemuVgaList(this, "vga", true);
  public get vga() {
    return this._vga;
  }
  public putVga(value: VmQemuVga[] | cdktf.IResolvable) {
    this._vga.internalValue = value;
  }
  public resetVga() {
    this._vga.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vgaInput() {
    return this._vga.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      additional_wait: cdktf.numberToTerraform(this._additionalWait),
      agent: cdktf.numberToTerraform(this._agent),
      agent_timeout: cdktf.numberToTerraform(this._agentTimeout),
      args: cdktf.stringToTerraform(this._args),
      automatic_reboot: cdktf.booleanToTerraform(this._automaticReboot),
      automatic_reboot_severity: cdktf.stringToTerraform(this._automaticRebootSeverity),
      balloon: cdktf.numberToTerraform(this._balloon),
      bios: cdktf.stringToTerraform(this._bios),
      boot: cdktf.stringToTerraform(this._boot),
      bootdisk: cdktf.stringToTerraform(this._bootdisk),
      ci_wait: cdktf.numberToTerraform(this._ciWait),
      cicustom: cdktf.stringToTerraform(this._cicustom),
      cipassword: cdktf.stringToTerraform(this._cipassword),
      ciupgrade: cdktf.booleanToTerraform(this._ciupgrade),
      ciuser: cdktf.stringToTerraform(this._ciuser),
      clone: cdktf.stringToTerraform(this._clone),
      clone_id: cdktf.numberToTerraform(this._cloneId),
      clone_wait: cdktf.numberToTerraform(this._cloneWait),
      cores: cdktf.numberToTerraform(this._cores),
      cpu_type: cdktf.stringToTerraform(this._cpuType),
      define_connection_info: cdktf.booleanToTerraform(this._defineConnectionInfo),
      desc: cdktf.stringToTerraform(this._desc),
      description: cdktf.stringToTerraform(this._description),
      force_create: cdktf.booleanToTerraform(this._forceCreate),
      force_recreate_on_change_of: cdktf.stringToTerraform(this._forceRecreateOnChangeOf),
      full_clone: cdktf.booleanToTerraform(this._fullClone),
      hagroup: cdktf.stringToTerraform(this._hagroup),
      hastate: cdktf.stringToTerraform(this._hastate),
      hotplug: cdktf.stringToTerraform(this._hotplug),
      id: cdktf.stringToTerraform(this._id),
      ipconfig0: cdktf.stringToTerraform(this._ipconfig0),
      ipconfig1: cdktf.stringToTerraform(this._ipconfig1),
      ipconfig10: cdktf.stringToTerraform(this._ipconfig10),
      ipconfig11: cdktf.stringToTerraform(this._ipconfig11),
      ipconfig12: cdktf.stringToTerraform(this._ipconfig12),
      ipconfig13: cdktf.stringToTerraform(this._ipconfig13),
      ipconfig14: cdktf.stringToTerraform(this._ipconfig14),
      ipconfig15: cdktf.stringToTerraform(this._ipconfig15),
      ipconfig2: cdktf.stringToTerraform(this._ipconfig2),
      ipconfig3: cdktf.stringToTerraform(this._ipconfig3),
      ipconfig4: cdktf.stringToTerraform(this._ipconfig4),
      ipconfig5: cdktf.stringToTerraform(this._ipconfig5),
      ipconfig6: cdktf.stringToTerraform(this._ipconfig6),
      ipconfig7: cdktf.stringToTerraform(this._ipconfig7),
      ipconfig8: cdktf.stringToTerraform(this._ipconfig8),
      ipconfig9: cdktf.stringToTerraform(this._ipconfig9),
      kvm: cdktf.booleanToTerraform(this._kvm),
      machine: cdktf.stringToTerraform(this._machine),
      memory: cdktf.numberToTerraform(this._memory),
      name: cdktf.stringToTerraform(this._name),
      nameserver: cdktf.stringToTerraform(this._nameserver),
      numa: cdktf.booleanToTerraform(this._numa),
      onboot: cdktf.booleanToTerraform(this._onboot),
      os_network_config: cdktf.stringToTerraform(this._osNetworkConfig),
      os_type: cdktf.stringToTerraform(this._osType),
      pool: cdktf.stringToTerraform(this._pool),
      protection: cdktf.booleanToTerraform(this._protection),
      pxe: cdktf.booleanToTerraform(this._pxe),
      qemu_os: cdktf.stringToTerraform(this._qemuOs),
      scsihw: cdktf.stringToTerraform(this._scsihw),
      searchdomain: cdktf.stringToTerraform(this._searchdomain),
      skip_ipv4: cdktf.booleanToTerraform(this._skipIpv4),
      skip_ipv6: cdktf.booleanToTerraform(this._skipIpv6),
      sockets: cdktf.numberToTerraform(this._sockets),
      ssh_forward_ip: cdktf.stringToTerraform(this._sshForwardIp),
      ssh_private_key: cdktf.stringToTerraform(this._sshPrivateKey),
      ssh_user: cdktf.stringToTerraform(this._sshUser),
      sshkeys: cdktf.stringToTerraform(this._sshkeys),
      start_at_node_boot: cdktf.booleanToTerraform(this._startAtNodeBoot),
      startup: cdktf.stringToTerraform(this._startup),
      tablet: cdktf.booleanToTerraform(this._tablet),
      tags: cdktf.stringToTerraform(this._tags),
      target_node: cdktf.stringToTerraform(this._targetNode),
      target_nodes: cdktf.listMapper(cdktf.stringToTerraform, false)(this._targetNodes),
      vcpus: cdktf.numberToTerraform(this._vcpus),
      vm_state: cdktf.stringToTerraform(this._vmState),
      vmid: cdktf.numberToTerraform(this._vmid),
      cpu: vmQemuCpuToTerraform(this._cpu.internalValue),
      disk: cdktf.listMapper(vmQemuDiskToTerraform, true)(this._disk.internalValue),
      disks: vmQemuDisksToTerraform(this._disks.internalValue),
      efidisk: cdktf.listMapper(vmQemuEfidiskToTerraform, true)(this._efidisk.internalValue),
      hostpci: cdktf.listMapper(vmQemuHostpciToTerraform, true)(this._hostpci.internalValue),
      network: cdktf.listMapper(vmQemuNetworkToTerraform, true)(this._network.internalValue),
      pci: cdktf.listMapper(vmQemuPciToTerraform, true)(this._pci.internalValue),
      pcis: vmQemuPcisToTerraform(this._pcis.internalValue),
      rng: vmQemuRngToTerraform(this._rng.internalValue),
      serial: cdktf.listMapper(vmQemuSerialToTerraform, true)(this._serial.internalValue),
      smbios: cdktf.listMapper(vmQemuSmbiosToTerraform, true)(this._smbios.internalValue),
      startup_shutdown: vmQemuStartupShutdownToTerraform(this._startupShutdown.internalValue),
      timeouts: vmQemuTimeoutsToTerraform(this._timeouts.internalValue),
      tpm_state: vmQemuTpmStateToTerraform(this._tpmState.internalValue),
      usb: cdktf.listMapper(vmQemuUsbToTerraform, true)(this._usb.internalValue),
      usbs: vmQemuUsbsToTerraform(this._usbs.internalValue),
      vga: cdktf.listMapper(vmQemuVgaToTerraform, true)(this._vga.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      additional_wait: {
        value: cdktf.numberToHclTerraform(this._additionalWait),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      agent: {
        value: cdktf.numberToHclTerraform(this._agent),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      agent_timeout: {
        value: cdktf.numberToHclTerraform(this._agentTimeout),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      args: {
        value: cdktf.stringToHclTerraform(this._args),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
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
      balloon: {
        value: cdktf.numberToHclTerraform(this._balloon),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      bios: {
        value: cdktf.stringToHclTerraform(this._bios),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      boot: {
        value: cdktf.stringToHclTerraform(this._boot),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      bootdisk: {
        value: cdktf.stringToHclTerraform(this._bootdisk),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      ci_wait: {
        value: cdktf.numberToHclTerraform(this._ciWait),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      cicustom: {
        value: cdktf.stringToHclTerraform(this._cicustom),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      cipassword: {
        value: cdktf.stringToHclTerraform(this._cipassword),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      ciupgrade: {
        value: cdktf.booleanToHclTerraform(this._ciupgrade),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      ciuser: {
        value: cdktf.stringToHclTerraform(this._ciuser),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      clone: {
        value: cdktf.stringToHclTerraform(this._clone),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      clone_id: {
        value: cdktf.numberToHclTerraform(this._cloneId),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      clone_wait: {
        value: cdktf.numberToHclTerraform(this._cloneWait),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      cores: {
        value: cdktf.numberToHclTerraform(this._cores),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      cpu_type: {
        value: cdktf.stringToHclTerraform(this._cpuType),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      define_connection_info: {
        value: cdktf.booleanToHclTerraform(this._defineConnectionInfo),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      desc: {
        value: cdktf.stringToHclTerraform(this._desc),
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
      force_create: {
        value: cdktf.booleanToHclTerraform(this._forceCreate),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      force_recreate_on_change_of: {
        value: cdktf.stringToHclTerraform(this._forceRecreateOnChangeOf),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      full_clone: {
        value: cdktf.booleanToHclTerraform(this._fullClone),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      hagroup: {
        value: cdktf.stringToHclTerraform(this._hagroup),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      hastate: {
        value: cdktf.stringToHclTerraform(this._hastate),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      hotplug: {
        value: cdktf.stringToHclTerraform(this._hotplug),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      id: {
        value: cdktf.stringToHclTerraform(this._id),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      ipconfig0: {
        value: cdktf.stringToHclTerraform(this._ipconfig0),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      ipconfig1: {
        value: cdktf.stringToHclTerraform(this._ipconfig1),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      ipconfig10: {
        value: cdktf.stringToHclTerraform(this._ipconfig10),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      ipconfig11: {
        value: cdktf.stringToHclTerraform(this._ipconfig11),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      ipconfig12: {
        value: cdktf.stringToHclTerraform(this._ipconfig12),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      ipconfig13: {
        value: cdktf.stringToHclTerraform(this._ipconfig13),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      ipconfig14: {
        value: cdktf.stringToHclTerraform(this._ipconfig14),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      ipconfig15: {
        value: cdktf.stringToHclTerraform(this._ipconfig15),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      ipconfig2: {
        value: cdktf.stringToHclTerraform(this._ipconfig2),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      ipconfig3: {
        value: cdktf.stringToHclTerraform(this._ipconfig3),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      ipconfig4: {
        value: cdktf.stringToHclTerraform(this._ipconfig4),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      ipconfig5: {
        value: cdktf.stringToHclTerraform(this._ipconfig5),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      ipconfig6: {
        value: cdktf.stringToHclTerraform(this._ipconfig6),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      ipconfig7: {
        value: cdktf.stringToHclTerraform(this._ipconfig7),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      ipconfig8: {
        value: cdktf.stringToHclTerraform(this._ipconfig8),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      ipconfig9: {
        value: cdktf.stringToHclTerraform(this._ipconfig9),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      kvm: {
        value: cdktf.booleanToHclTerraform(this._kvm),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      machine: {
        value: cdktf.stringToHclTerraform(this._machine),
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
      nameserver: {
        value: cdktf.stringToHclTerraform(this._nameserver),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      numa: {
        value: cdktf.booleanToHclTerraform(this._numa),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      onboot: {
        value: cdktf.booleanToHclTerraform(this._onboot),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      os_network_config: {
        value: cdktf.stringToHclTerraform(this._osNetworkConfig),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      os_type: {
        value: cdktf.stringToHclTerraform(this._osType),
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
      protection: {
        value: cdktf.booleanToHclTerraform(this._protection),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      pxe: {
        value: cdktf.booleanToHclTerraform(this._pxe),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      qemu_os: {
        value: cdktf.stringToHclTerraform(this._qemuOs),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      scsihw: {
        value: cdktf.stringToHclTerraform(this._scsihw),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      searchdomain: {
        value: cdktf.stringToHclTerraform(this._searchdomain),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      skip_ipv4: {
        value: cdktf.booleanToHclTerraform(this._skipIpv4),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      skip_ipv6: {
        value: cdktf.booleanToHclTerraform(this._skipIpv6),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      sockets: {
        value: cdktf.numberToHclTerraform(this._sockets),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      ssh_forward_ip: {
        value: cdktf.stringToHclTerraform(this._sshForwardIp),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      ssh_private_key: {
        value: cdktf.stringToHclTerraform(this._sshPrivateKey),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      ssh_user: {
        value: cdktf.stringToHclTerraform(this._sshUser),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      sshkeys: {
        value: cdktf.stringToHclTerraform(this._sshkeys),
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
      startup: {
        value: cdktf.stringToHclTerraform(this._startup),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      tablet: {
        value: cdktf.booleanToHclTerraform(this._tablet),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      tags: {
        value: cdktf.stringToHclTerraform(this._tags),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
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
      vcpus: {
        value: cdktf.numberToHclTerraform(this._vcpus),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      vm_state: {
        value: cdktf.stringToHclTerraform(this._vmState),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      vmid: {
        value: cdktf.numberToHclTerraform(this._vmid),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      cpu: {
        value: vmQemuCpuToHclTerraform(this._cpu.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "VmQemuCpuList",
      },
      disk: {
        value: cdktf.listMapperHcl(vmQemuDiskToHclTerraform, true)(this._disk.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "VmQemuDiskList",
      },
      disks: {
        value: vmQemuDisksToHclTerraform(this._disks.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "VmQemuDisksList",
      },
      efidisk: {
        value: cdktf.listMapperHcl(vmQemuEfidiskToHclTerraform, true)(this._efidisk.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "VmQemuEfidiskList",
      },
      hostpci: {
        value: cdktf.listMapperHcl(vmQemuHostpciToHclTerraform, true)(this._hostpci.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "VmQemuHostpciList",
      },
      network: {
        value: cdktf.listMapperHcl(vmQemuNetworkToHclTerraform, true)(this._network.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "VmQemuNetworkList",
      },
      pci: {
        value: cdktf.listMapperHcl(vmQemuPciToHclTerraform, true)(this._pci.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "VmQemuPciList",
      },
      pcis: {
        value: vmQemuPcisToHclTerraform(this._pcis.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "VmQemuPcisList",
      },
      rng: {
        value: vmQemuRngToHclTerraform(this._rng.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "VmQemuRngList",
      },
      serial: {
        value: cdktf.listMapperHcl(vmQemuSerialToHclTerraform, true)(this._serial.internalValue),
        isBlock: true,
        type: "set",
        storageClassType: "VmQemuSerialList",
      },
      smbios: {
        value: cdktf.listMapperHcl(vmQemuSmbiosToHclTerraform, true)(this._smbios.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "VmQemuSmbiosList",
      },
      startup_shutdown: {
        value: vmQemuStartupShutdownToHclTerraform(this._startupShutdown.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "VmQemuStartupShutdownList",
      },
      timeouts: {
        value: vmQemuTimeoutsToHclTerraform(this._timeouts.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "VmQemuTimeouts",
      },
      tpm_state: {
        value: vmQemuTpmStateToHclTerraform(this._tpmState.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "VmQemuTpmStateList",
      },
      usb: {
        value: cdktf.listMapperHcl(vmQemuUsbToHclTerraform, true)(this._usb.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "VmQemuUsbList",
      },
      usbs: {
        value: vmQemuUsbsToHclTerraform(this._usbs.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "VmQemuUsbsList",
      },
      vga: {
        value: cdktf.listMapperHcl(vmQemuVgaToHclTerraform, true)(this._vga.internalValue),
        isBlock: true,
        type: "set",
        storageClassType: "VmQemuVgaList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
