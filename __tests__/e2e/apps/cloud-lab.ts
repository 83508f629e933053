// A real cloud-init guest deployed as a KvmGuest: the Debian 12 image of
// tools/guest-image/build-cloud.sh (HL_CI_IMAGE_DIR) as its boot disk, its kernel
// and initrd from HL_CI_BOOT_DIR, two NICs on
// isolated bridges (the host is the gateway on each, no uplink; the first dual
// stack), a cloud-init seed with a user and one SSH key (HL_CI_KEY), the second NIC
// on the network HL_CI_SECOND_NET (1 or 2).
//
// Its software comes from the test's own signed APT repository (HL_CI_REPO_URL, on
// the first bridge's host address; its key in the file HL_CI_REPO_KEY_FILE): the seed
// gives the key (writeFiles) and the source (aptSources, signed-by that key), installs lighttpd
// (packages), writes the page HL_CI_PAGE (writeFiles, deferred until lighttpd is
// installed) and runs a command that writes the installed version next to it
// (runCommands). With HL_CI_FAIL set, a last command fails, printing it.
// The deploy waits for SSH on the first NIC and for cloud-init to finish.
import { readFileSync } from "node:fs";
import { LocalBackend, TerraformStack } from "cdktf";
import { BridgedNetwork, HyperlabApp, KvmGuest, LinuxHost } from "../../../constructs";

const env = (name: string) => {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set`);
  return v;
};
export const CLOUD_NETS = [
  { bridge: "hlcwbr0", cidr: "10.237.1.0/24", gateway: "10.237.1.1", address: "10.237.1.10" },
  { bridge: "hlcwbr1", cidr: "10.237.2.0/24", gateway: "10.237.2.1", address: "10.237.2.10" },
  // Where the second NIC moves, with a new address, in the test's second deploy.
  { bridge: "hlcwbr2", cidr: "10.237.3.0/24", gateway: "10.237.3.1", address: "10.237.3.20" },
];
/** The first network is dual stack: the guest's first NIC has a static IPv6 address too. */
export const CLOUD_IPV6 = { cidr: "fd42:237:1::/64", gateway: "fd42:237:1::1", address: "fd42:237:1::10" };
export const CLOUD_GUEST = "hlcw-guest";
export const CLOUD_USER = "tester";
/** The package the guest installs from the test's repository, and where its key goes. */
export const CLOUD_PACKAGE = "lighttpd";
const REPO_KEY = "/etc/apt/keyrings/hyperlab-test.asc";
/** What the failing command prints before it exits 3. */
export const CLOUD_FAILURE = "hlcw-check: the page is not what was deployed";

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
  // One vCPU: under TCG a second one costs more host CPU than it saves (a boot to
  // cloud-init finished, side by side: 100 CPU-s with two, 88 with one).
  new KvmGuest(stack, "guest", {
    host, name: CLOUD_GUEST, accelerator: "tcg", cpus: 1, memoryMiB: 1024,
    bootImage: `${images}/root.img`,
    kernelBoot: { kernel: `${boot}/vmlinuz`, initrd: `${boot}/initrd.img`, cmdline: "root=/dev/vda rw console=ttyS0" },
    nics: [
      { network: lans[0], address: CLOUD_NETS[0].address, address6: CLOUD_IPV6.address },
      { network: lans[second], address: CLOUD_NETS[second].address },
    ],
    cloudInit: {
      user: CLOUD_USER, sshKeys: [env("HL_CI_KEY")], nameservers: [CLOUD_NETS[0].gateway],
      aptSources: [{ name: "hyperlab-test", source: `deb [signed-by=${REPO_KEY}] ${env("HL_CI_REPO_URL")} ./` }],
      packages: [CLOUD_PACKAGE],
      writeFiles: [
        // apt 2.6 reads an armored key named by signed-by: no gpg in the guest.
        { path: REPO_KEY, content: readFileSync(env("HL_CI_REPO_KEY_FILE"), "utf8") },
        { path: "/var/www/html/index.html", content: env("HL_CI_PAGE"), defer: true },
      ],
      runCommands: [
        { shell: `dpkg-query -W -f '\${Version}\\n' ${CLOUD_PACKAGE} >/var/www/html/version.txt` },
        ...(process.env.HL_CI_FAIL ? [{ shell: `echo '${CLOUD_FAILURE}' >&2; exit 3` }] : []),
      ],
      // The image's sources.list names the host's archive, out of reach of these
      // bridges: the test's repository (sources.list.d) is the only source. Debian's
      // cloud.cfg sets apt.preserve_sources_list, which would keep the file as it is.
      userData: { apt: { preserve_sources_list: false, sources_list: "# hyperlab test guest: its only source is sources.list.d/hyperlab-test.list\n" } },
    },
    startOnBoot: false,
    shutdownTimeoutSeconds: 120,
    waitFor: { tcpPort: 22, cloudInit: true, timeoutSeconds: 1500 },
  });
  app.synth();
}
