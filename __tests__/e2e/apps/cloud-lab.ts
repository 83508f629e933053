// A real cloud-init guest deployed as a KvmGuest: the Debian 12 image of
// tools/guest-image/build-cloud.sh (HL_CI_IMAGE_DIR) as its boot disk, its kernel
// and initrd from HL_CI_BOOT_DIR, two NICs on
// isolated bridges (the host is the gateway on each, no uplink; the first dual
// stack), a cloud-init seed with a user and one SSH key (HL_CI_KEY), the second NIC
// on the network HL_CI_SECOND_NET (1 or 2). The deploy waits for SSH on the first NIC.
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
  // Where the second NIC moves, with a new address, in the test's second deploy.
  { bridge: "hlcibr2", cidr: "10.231.3.0/24", gateway: "10.231.3.1", address: "10.231.3.20" },
];
/** The first network is dual stack: the guest's first NIC has a static IPv6 address too. */
export const CLOUD_IPV6 = { cidr: "fd42:231:1::/64", gateway: "fd42:231:1::1", address: "fd42:231:1::10" };
export const CLOUD_GUEST = "hlci-guest";
export const CLOUD_USER = "tester";

if (require.main === module) {
  const app = new HyperlabApp();
  const stack = new TerraformStack(app, "cloud-lab");
  new LocalBackend(stack, { path: "../../../terraform.cloud-lab.tfstate" });
  const host = new LinuxHost(stack, "host", { storagePoolPath: env("HL_CI_POOL_DIR") });
  const lans = CLOUD_NETS.map((n, i) => new BridgedNetwork(stack, `lan${i}`, {
    host, bridgeName: n.bridge, cidr: n.cidr, ipv6Cidr: i === 0 ? CLOUD_IPV6.cidr : undefined,
  }));
  const second = Number(env("HL_CI_SECOND_NET"));
  const images = env("HL_CI_IMAGE_DIR");
  // The kernel and initrd where QEMU (user libvirt-qemu) can read them; the boot image is read by the provider.
  const boot = env("HL_CI_BOOT_DIR");
  new KvmGuest(stack, "guest", {
    host, name: CLOUD_GUEST, accelerator: "tcg", cpus: 2, memoryMiB: 1024,
    bootImage: `${images}/root.img`,
    kernelBoot: { kernel: `${boot}/vmlinuz`, initrd: `${boot}/initrd.img`, cmdline: "root=/dev/vda rw console=ttyS0" },
    nics: [
      { network: lans[0], address: CLOUD_NETS[0].address, address6: CLOUD_IPV6.address },
      { network: lans[second], address: CLOUD_NETS[second].address },
    ],
    cloudInit: { user: CLOUD_USER, sshKeys: [env("HL_CI_KEY")], nameservers: [CLOUD_NETS[0].gateway] },
    startOnBoot: false,
    shutdownTimeoutSeconds: 120,
    waitFor: { tcpPort: 22, timeoutSeconds: 600 },
  });
  app.synth();
}
