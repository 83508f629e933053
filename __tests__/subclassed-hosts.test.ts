// A user's subclass of LinuxHost or ProxmoxNode is a host like its parent: every
// guest kind builds on it with its parent's backend, and the JSON is the parent's.
import { TerraformStack, Testing } from "cdktf";
import { BridgedNetwork, ExistingBridge, KvmGuest, LinuxHost, LxcContainer, ProxmoxNode } from "../constructs";
import { NODE } from "./support/proxmox";

class MyHost extends LinuxHost {}
class MyNode extends ProxmoxNode {}

function lab(hostOf: (stack: TerraformStack) => LinuxHost | ProxmoxNode): any {
  const stack = new TerraformStack(Testing.app(), "test");
  const host = hostOf(stack);
  // A Proxmox node's bridges are its own (vmbr1): the lab names one.
  const lan = host instanceof ProxmoxNode
    ? new ExistingBridge(stack, "lan", { host, bridgeName: "vmbr1", cidr: "10.31.0.0/24", gateway: "10.31.0.1" })
    : new BridgedNetwork(stack, "lan", { host, bridgeName: "vmbr1", cidr: "10.31.0.0/24" });
  new KvmGuest(stack, "vm", {
    host, name: "vm", nics: [{ network: lan, address: "10.31.0.10" }], cloudInit: {},
    ...(host instanceof ProxmoxNode ? { proxmox: { clone: { template: "debian-12" } } } : { bootImage: "/srv/debian.qcow2" }),
  });
  new LxcContainer(stack, "ct", {
    host, name: "ct", nics: [{ network: lan, address: "10.31.0.11" }],
    ...(host instanceof ProxmoxNode ? { proxmox: { ostemplate: "local:vztmpl/debian-12.tar.zst" } } : {}),
  });
  return JSON.parse(Testing.synth(stack));
}

test("KvmGuest, LxcContainer and BridgedNetwork on a subclass of LinuxHost: the same JSON as on a LinuxHost", () => {
  const subclassed = lab((s) => new MyHost(s, "host"));
  expect(Object.keys(subclassed.resource)).toEqual(expect.arrayContaining(["hyperlab_kvm_domain", "hyperlab_lxc_container", "hyperlab_bridge"]));
  expect(subclassed).toEqual(lab((s) => new LinuxHost(s, "host")));
});

test("KvmGuest, LxcContainer and ExistingBridge on a subclass of ProxmoxNode: the same JSON as on a ProxmoxNode", () => {
  const subclassed = lab((s) => new MyNode(s, "pve", NODE));
  expect(Object.keys(subclassed.resource)).toEqual(expect.arrayContaining(["proxmox_vm_qemu", "proxmox_lxc"]));
  expect(subclassed).toEqual(lab((s) => new ProxmoxNode(s, "pve", NODE)));
});
