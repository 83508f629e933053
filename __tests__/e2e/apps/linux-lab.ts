// The cdktf app the end-to-end test deploys: the LinuxLabStack with the test's
// own names, network and guest image (given by environment, as `cdktf deploy`
// runs this file itself).
import { App } from "cdktf";
import { LinuxLabStack } from "../../../stacks/linux-lab-stack";

const env = (name: string) => {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set`);
  return v;
};
const app = new App();
new LinuxLabStack(app, "linux-lab", {
  prefix: env("HL_E2E_PREFIX"),
  bridgeName: env("HL_E2E_BRIDGE"),
  cidr: env("HL_E2E_CIDR"),
  guestKernel: `${env("HL_E2E_GUEST")}/vmlinuz`,
  guestInitrd: `${env("HL_E2E_GUEST")}/initramfs.cpio.gz`,
  guestAccelerator: env("HL_E2E_ACCEL") === "tcg" ? "tcg" : "kvm",
});
app.synth();
