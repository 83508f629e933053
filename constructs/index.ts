export * from "./core/errors";
export * from "./hosts/linux-host";
export * from "./networks/bridged-network";
export * from "./networks/tap-interface";
export * from "./guests/nic";
export * from "./guests/lxc-container";
export * from "./guests/virtualbox-vm";
export * from "./guests/kvm-guest";
