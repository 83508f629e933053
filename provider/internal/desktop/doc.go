// Package desktop is the desktop hypervisor resources, driven through their
// command-line tools as the user of the engine: hyperlab_virtualbox_vm
// (VBoxManage), hyperlab_vmware_vm (vmrun and the .vmx file) and hyperlab_vmnet
// (VMware's virtual networks).
package desktop
