// A KVM stack for the interrupted-deploy test: two guests that are defined but
// never started (each with a boot volume copied from the small image HL_E2E_IMAGE
// and a data disk), in a storage pool of the test's own (HL_E2E_POOL under
// HL_E2E_POOL_DIR). No network: the test is about libvirt's objects. No cloud-init
// seed: libvirt provider 0.8.3 can hang for good reading one back (see README).
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
for (const name of ["a", "b"]) {
  new KvmGuest(stack, `vm-${name}`, {
    host, name: `${env("HL_E2E_POOL")}-${name}`, startOnCreate: false, startOnBoot: false, accelerator: "tcg",
    bootImage: env("HL_E2E_IMAGE"), disks: [{ sizeGiB: 1 }],
  });
}
app.synth();
