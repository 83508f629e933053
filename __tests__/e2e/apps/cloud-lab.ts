// A real cloud-init guest deployed as a KvmGuest: the Debian 12 image of
// tools/guest-image/build-cloud.sh (HL_CI_IMAGE_DIR) as its boot disk, its kernel
// and initrd from HL_CI_BOOT_DIR, two NICs on
// two isolated bridges (the host is the gateway on each, no uplink), a cloud-init
// seed with a user and one SSH key (HL_CI_KEY), the second NIC's address from
// HL_CI_SECOND. The deploy waits for SSH on the first NIC.
import { LocalBackend, TerraformStack } from "cdktf";
import { BridgedNetwork, HyperlabApp, KvmGuest, LinuxHost } from "../../../constructs";

const env = (name: string) => {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set`);
  return v;
};
export const CLOUD_NETS = [
  { bridge: "hlcibr0", cidr: "10.231.1.0/24", gateway: "10.231.1.1", address: "10.231.1.10" },
  { bridge: "hlcibr1", cidr: "10.231.2.0/24", gateway: "10.231.2.1", address: "10.231.2.10" },
];
export const CLOUD_GUEST = "hlci-guest";
export const CLOUD_USER = "tester";

if (require.main === module) {
  const app = new HyperlabApp();
  const stack = new TerraformStack(app, "cloud-lab");
  new LocalBackend(stack, { path: "../../../terraform.cloud-lab.tfstate" });
  const host = new LinuxHost(stack, "host", { storagePoolPath: env("HL_CI_POOL_DIR") });
  const lans = CLOUD_NETS.map((n, i) => new BridgedNetwork(stack, `lan${i}`, { host, bridgeName: n.bridge, cidr: n.cidr }));
  const images = env("HL_CI_IMAGE_DIR");
  // The kernel and initrd where QEMU (user libvirt-qemu) can read them; the boot image is read by the provider.
  const boot = env("HL_CI_BOOT_DIR");
  new KvmGuest(stack, "guest", {
    host, name: CLOUD_GUEST, accelerator: "tcg", cpus: 2, memoryMiB: 1024,
    bootImage: `${images}/root.img`,
    kernelBoot: { kernel: `${boot}/vmlinuz`, initrd: `${boot}/initrd.img`, cmdline: "root=/dev/vda rw console=ttyS0" },
    nics: [{ network: lans[0], address: CLOUD_NETS[0].address }, { network: lans[1], address: env("HL_CI_SECOND") }],
    cloudInit: { user: CLOUD_USER, sshKeys: [env("HL_CI_KEY")], nameservers: [CLOUD_NETS[0].gateway] },
    startOnBoot: false,
    shutdownTimeoutSeconds: 120,
    waitFor: { tcpPort: 22, timeoutSeconds: 600 },
  });
  app.synth();
}
