// The cdktf app the end-to-end test deploys: the LinuxLabStack with the test's
// own names, network and guest image (given by environment, as `cdktf deploy`
// runs this file itself), plus a guest that is defined but never started, whose
// description and cloud-init seed carry Terraform template syntax that must
// arrive as written.
import { HyperlabApp, KvmGuest } from "../../../constructs";
import { LinuxLabStack } from "../../../stacks/linux-lab-stack";

const env = (name: string) => {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set`);
  return v;
};
/** Text the engine would evaluate if it reached the JSON unescaped. */
export const LITERAL_TEXT = 'x${file("/etc/shadow")}%{ if true }y%{ endif }$${z}';
export const LITERAL_KEY = `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHyperlabLiteralKeyForTests ${LITERAL_TEXT}`;

if (require.main === module) {
  const app = new HyperlabApp();
  const lab = new LinuxLabStack(app, "linux-lab", {
    prefix: env("HL_E2E_PREFIX"),
    bridgeName: env("HL_E2E_BRIDGE"),
    cidr: env("HL_E2E_CIDR"),
    guestKernel: `${env("HL_E2E_GUEST")}/vmlinuz`,
    guestInitrd: `${env("HL_E2E_GUEST")}/initramfs.cpio.gz`,
    guestAccelerator: env("HL_E2E_ACCEL") === "tcg" ? "tcg" : "kvm",
  });
  new KvmGuest(lab, "literal", {
    host: lab.host,
    // HL_E2E_LITERAL_NAME lets the review test make a change that replaces the guest.
    name: `${env("HL_E2E_PREFIX")}-literal${process.env.HL_E2E_LITERAL_NAME ? `-${process.env.HL_E2E_LITERAL_NAME}` : ""}`,
    accelerator: "tcg",
    startOnCreate: false,
    startOnBoot: false,
    kernelBoot: { kernel: `${env("HL_E2E_GUEST")}/vmlinuz` },
    // HL_E2E_LITERAL_NOTE lets the drift test make a code change that is not deployed.
    description: `${LITERAL_TEXT}\n\tsecond line${process.env.HL_E2E_LITERAL_NOTE ? `\n${process.env.HL_E2E_LITERAL_NOTE}` : ""}`,
    cloudInit: { sshKeys: [LITERAL_KEY] },
    nics: [{ network: lab.network, address: lab.network.network!.host(30) }],
  });
  app.synth();
}
