// The lab of the network DNS test (issue 27): a NAT network with DHCP at its
// defaults (no range, no nameservers, DNS on the bridge), the domain lab.internal,
// two busybox containers taking DHCP; and an uplink bridge without cidr (a pure
// layer-2 switch to HL_E2E_UPLINK) with a third container taking the LAN's own
// DHCP. Everything in the network namespace HL_E2E_NETNS (made by the test).
// With HL_E2E_VM_IMAGE set, a KVM guest too (the Debian cloud-init guest): KVM guests
// join bridges in libvirtd's own namespace, so it is on an uplink bridge without
// cidr in the machine's namespace, whose uplink HL_E2E_VM_UPLINK is a veth the test
// made into the NAT network's bridge: it takes DHCP and DNS from that network, as a
// guest bridged onto a LAN takes the LAN's. No nameservers are set for it either.
import { LocalBackend, TerraformStack } from "cdktf";
import { BridgedNetwork, HyperlabApp, KvmGuest, LinuxHost, LxcContainer } from "../../../constructs";

const env = (name: string) => {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set`);
  return v;
};
const app = new HyperlabApp();
const stack = new TerraformStack(app, "dns-lab");
new LocalBackend(stack, { path: "../../../terraform.dns-lab.tfstate" });
const host = new LinuxHost(stack, "host", { netns: env("HL_E2E_NETNS"), lxcPath: env("HL_E2E_LXC_PATH") });
const lan = new BridgedNetwork(stack, "lan", { host, bridgeName: "hldns0", cidr: "10.216.0.0/24", mode: "nat", dhcp: {}, domain: "lab.internal" });
for (const name of ["hldns-a", "hldns-b"]) {
  new LxcContainer(stack, name, { host, name, nics: [{ network: lan, dhcp: true }], memoryMiB: 64, startOnBoot: true });
}
const wire = new BridgedNetwork(stack, "wire", { host, bridgeName: "hldnsup0", mode: "uplink", uplinkInterface: env("HL_E2E_UPLINK") });
new LxcContainer(stack, "hldns-c", { host, name: "hldns-c", nics: [{ network: wire, dhcp: true }], memoryMiB: 64, startOnBoot: true });
const image = process.env.HL_E2E_VM_IMAGE;
if (image) {
  const machine = new LinuxHost(stack, "machine", { storagePoolPath: env("HL_E2E_VM_POOL") });
  const vmWire = new BridgedNetwork(stack, "vm-wire", { host: machine, bridgeName: "hldnsvm0", mode: "uplink", uplinkInterface: env("HL_E2E_VM_UPLINK") });
  const boot = env("HL_E2E_VM_BOOT_DIR");
  new KvmGuest(stack, "vm", {
    host: machine, name: "hldns-vm", accelerator: "tcg", cpus: 1, memoryMiB: 768,
    bootImage: image,
    kernelBoot: { kernel: `${boot}/vmlinuz`, initrd: `${boot}/initrd.img`, cmdline: "root=/dev/vda rw console=ttyS0" },
    nics: [{ network: vmWire, dhcp: true }],
    cloudInit: { user: "tester", sshKeys: [env("HL_E2E_VM_KEY")] },
    startOnBoot: false,
    shutdownTimeoutSeconds: 60,
  });
}
app.synth();
