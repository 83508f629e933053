// A KVM guest for the reboot test: on an isolated bridge of the host (no uplink,
// the host at .1), booting the busybox test guest of tools/guest-image/build.sh
// (HL_E2E_GUEST) with its address on the kernel command line, set to start with
// libvirtd (autostart), and waited for until it serves HTTP.
import { LocalBackend, TerraformStack } from "cdktf";
import { BridgedNetwork, HyperlabApp, KvmGuest, LinuxHost } from "../../../constructs";

const env = (name: string) => {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set`);
  return v;
};
const app = new HyperlabApp();
const stack = new TerraformStack(app, "reboot-kvm-lab");
new LocalBackend(stack, { path: "../../../terraform.reboot-kvm-lab.tfstate" });
const host = new LinuxHost(stack, "host", { storagePoolPath: "/var/lib/hyperlab/hlrk-pool" });
const lan = new BridgedNetwork(stack, "lan", { host, bridgeName: "hlrk0", cidr: "10.216.0.0/24" });
new KvmGuest(stack, "vm", {
  host, name: "hlrk-vm", accelerator: env("HL_E2E_ACCEL") === "tcg" ? "tcg" : "kvm", memoryMiB: 256, startOnBoot: true,
  kernelBoot: { kernel: `${env("HL_E2E_GUEST")}/vmlinuz`, initrd: `${env("HL_E2E_GUEST")}/initramfs.cpio.gz`, cmdline: "console=ttyS0 quiet" },
  nics: [{ network: lan, address: "10.216.0.21" }],
  shutdownTimeoutSeconds: 0,
  waitFor: { tcpPort: 80, timeoutSeconds: 300 },
});
app.synth();
