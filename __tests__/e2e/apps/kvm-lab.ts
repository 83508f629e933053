// A KVM stack for the interrupted-deploy and refresh tests and the bench:
// HL_E2E_GUESTS guests (default 2), each with a boot disk copied from the small
// image HL_E2E_IMAGE, a data disk and a cloud-init seed, their files under
// HL_E2E_POOL_DIR. Defined but never started, unless HL_E2E_KERNEL names a kernel
// to boot directly (TCG; it stops at the root mount, as no root filesystem is
// given). No network: the tests are about the guests' own objects.
import { LocalBackend, TerraformStack } from "cdktf";
import { HyperlabApp, KvmGuest, LinuxHost } from "../../../constructs";

const env = (name: string) => {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set`);
  return v;
};
const app = new HyperlabApp();
const stack = new TerraformStack(app, "kvm-lab");
new LocalBackend(stack, { path: "../../../terraform.kvm-lab.tfstate" });
const host = new LinuxHost(stack, "host", { storagePoolPath: env("HL_E2E_POOL_DIR") });
const count = Number(process.env.HL_E2E_GUESTS ?? "2");
for (const name of "abcdefgh".slice(0, count)) {
  new KvmGuest(stack, `vm-${name}`, {
    host, name: `${env("HL_E2E_POOL")}-${name}`, startOnBoot: false, accelerator: "tcg", memoryMiB: 128,
    startOnCreate: process.env.HL_E2E_KERNEL !== undefined, shutdownTimeoutSeconds: 0,
    kernelBoot: process.env.HL_E2E_KERNEL ? { kernel: process.env.HL_E2E_KERNEL, cmdline: "console=ttyS0 quiet" } : undefined,
    bootImage: env("HL_E2E_IMAGE"), disks: [{ sizeGiB: 1 }],
    cloudInit: { user: "lab", sshKeys: ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHyperlabKvmLabKeyForTests lab@kvm-lab"] },
  });
}
app.synth();
