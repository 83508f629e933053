// A stack for the two-owners test: HL_E2E_STACK names it, and two projects
// synthesize it under two names with the same objects on the same host: a NAT
// bridge with DHCP and a container in the namespace HL_E2E_NETNS, and a KVM
// guest (defined, never started, no NIC) whose boot disk, data disk and seed sit
// in HL_E2E_POOL_DIR. The names and paths collide by configuration; the owner
// marks (STACK/ADDRESS) do not.
import { LocalBackend, TerraformStack } from "cdktf";
import { BridgedNetwork, HyperlabApp, KvmGuest, LinuxHost, LxcContainer } from "../../../constructs";

const env = (name: string) => {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set`);
  return v;
};
const app = new HyperlabApp();
const stack = new TerraformStack(app, env("HL_E2E_STACK"));
new LocalBackend(stack, { path: `../../../terraform.${env("HL_E2E_STACK")}.tfstate` });
const netHost = new LinuxHost(stack, "net-host", { netns: env("HL_E2E_NETNS"), lxcPath: env("HL_E2E_LXC_PATH") });
const lan = new BridgedNetwork(stack, "lan", {
  host: netHost, bridgeName: "hlown0", cidr: "10.97.0.0/24", mode: "nat",
  dhcp: { rangeStart: "10.97.0.100", rangeEnd: "10.97.0.150" },
});
new LxcContainer(stack, "ct", { host: netHost, name: "hlown-ct", startOnCreate: false, nics: [{ network: lan, address: "10.97.0.20" }] });
const kvmHost = new LinuxHost(stack, "kvm-host", { storagePoolPath: env("HL_E2E_POOL_DIR") });
new KvmGuest(stack, "vm", {
  host: kvmHost, name: "hlown-vm", startOnBoot: false, startOnCreate: false, accelerator: "tcg", memoryMiB: 128,
  bootImage: env("HL_E2E_IMAGE"), disks: [{ sizeGiB: 1 }],
  cloudInit: { user: "lab", sshKeys: ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHyperlabOwnersLabKeyForTests lab@owners"] },
});
app.synth();
