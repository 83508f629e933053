// A BaseImage and HL_E2E_GUESTS KVM guests (default 2) booting from it, defined but
// started only with HL_E2E_KERNEL (direct kernel boot, TCG: QEMU opens the disk
// chain, the kernel stops at the root mount): the base image is fetched from HL_E2E_IMAGE_URL and verified
// against HL_E2E_IMAGE_SHA256, the guests' boot disks are overlays on it
// (HL_E2E_CLONE_MODE, default linked). Files under HL_E2E_POOL_DIR.
import { LocalBackend, TerraformStack } from "cdktf";
import { BaseImage, HyperlabApp, KvmGuest, LinuxHost } from "../../../constructs";

const env = (name: string) => {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set`);
  return v;
};
const app = new HyperlabApp();
const stack = new TerraformStack(app, "image-lab");
new LocalBackend(stack, { path: "../../../terraform.image-lab.tfstate" });
const host = new LinuxHost(stack, "host", { storagePoolPath: env("HL_E2E_POOL_DIR") });
const image = new BaseImage(stack, "base", { host, name: "base", url: env("HL_E2E_IMAGE_URL"), sha256: env("HL_E2E_IMAGE_SHA256") });
for (const name of "abcdefgh".slice(0, Number(process.env.HL_E2E_GUESTS ?? "2"))) {
  new KvmGuest(stack, `vm-${name}`, {
    host, name: `${env("HL_E2E_POOL")}-${name}`, startOnBoot: false, accelerator: "tcg", memoryMiB: 128, shutdownTimeoutSeconds: 0,
    startOnCreate: process.env.HL_E2E_KERNEL !== undefined,
    kernelBoot: process.env.HL_E2E_KERNEL ? { kernel: process.env.HL_E2E_KERNEL, cmdline: "console=ttyS0 quiet" } : undefined,
    bootImage: image, cloneMode: (process.env.HL_E2E_CLONE_MODE ?? "linked") as "linked" | "full",
  });
}
app.synth();
