// The package's public API, by name: what a user imports is a semver promise, so
// nothing is exported by `export *`. Internals (NIC resolution, backends, specs,
// validators) stay importable inside the package only. __tests__/public-api.test.ts
// lists these names and fails on one added or removed without updating it.
export { ConfigurationError, RefusedConstructError, ValidationError } from "./core/errors";
export { LinuxHost } from "./hosts/linux-host";
export type { LinuxHostProps } from "./hosts/linux-host";
export type { LinuxHostSshProps } from "./hosts/ssh";
export { ProxmoxNode } from "./hosts/proxmox-node";
export type { ProxmoxNodeProps, ProxmoxSnippetsProps, ProxmoxVmidRange } from "./hosts/proxmox-node";
export { BaseImage } from "./images/base-image";
export type { BaseImageProps, UnverifiedChecksum } from "./images/base-image";
export { BridgedNetwork } from "./networks/bridged-network";
export type { BridgeDhcpProps, BridgeDnsProps, BridgedNetworkProps, BridgeMode, DhcpReservation, IBridgedNetwork } from "./networks/bridged-network";
export { ExistingBridge } from "./networks/existing-bridge";
export type { ExistingBridgeProps } from "./networks/existing-bridge";
export { StretchedBridge } from "./networks/stretched-bridge";
export type { BridgeOverlayProps } from "./networks/overlay";
export type { StretchedBridgeProps } from "./networks/stretched-bridge";
export { TapInterface } from "./networks/tap-interface";
export type { TapInterfaceProps } from "./networks/tap-interface";
export { VmnetNetwork } from "./networks/vmnet-network";
export type { VmnetMode, VmnetNetworkProps } from "./networks/vmnet-network";
export type { GuestNicProps, ResolvedNic } from "./guests/nic";
export type { WaitForProps } from "./guests/wait-for";
export { KvmGuest } from "./guests/kvm-guest";
export type { KernelBootProps, KvmCloudInitProps, KvmDiskProps, KvmGuestProps, KvmNicProps, KvmProxmoxProps, KvmWaitForProps } from "./guests/kvm-spec";
export type { KvmAptSourceProps, KvmCloudInitCommandProps, KvmCloudInitFileProps } from "./guests/cloud-config";
export { LxcContainer } from "./guests/lxc-container";
export type { LxcContainerProps, LxcProxmoxProps, ProxmoxMountPointProps } from "./guests/lxc-spec";
export type { LxcDebianTemplateProps, LxcFileProps, LxcTemplateProps } from "./guests/lxc-provision";
export type { ProxmoxStartupProps } from "./guests/proxmox-settings";
export { VirtualBoxVm } from "./guests/virtualbox-vm";
export type { VirtualBoxNicProps, VirtualBoxVmProps } from "./guests/virtualbox-vm";
export { VmwareVm } from "./guests/vmware-vm";
export type { VmwareNicProps, VmwareVmProps } from "./guests/vmware-vm";
export { HyperlabApp } from "./app/hyperlab-app";
export { usePostgresState } from "./app/postgres-state";
export type { PostgresStateProps } from "./app/postgres-state";
