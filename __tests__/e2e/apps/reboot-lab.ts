// A host-side lab for the reboot test: a NAT bridge with DHCP, a TAP and two
// busybox containers (one static, one by DHCP reservation), all in the network
// namespace HL_E2E_NETNS (made by the test), containers in HL_E2E_LXC_PATH.
import { LocalBackend, TerraformStack } from "cdktf";
import { BridgedNetwork, HyperlabApp, LinuxHost, LxcContainer, TapInterface } from "../../../constructs";

const env = (name: string) => {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set`);
  return v;
};
const app = new HyperlabApp();
const stack = new TerraformStack(app, "reboot-lab");
new LocalBackend(stack, { path: "../../../terraform.reboot-lab.tfstate" });
const host = new LinuxHost(stack, "host", { netns: env("HL_E2E_NETNS"), lxcPath: env("HL_E2E_LXC_PATH") });
const lan = new BridgedNetwork(stack, "lan", {
  host, bridgeName: "hlrb0", cidr: "10.215.0.0/24", mode: "nat", dhcp: { rangeStart: "10.215.0.100", rangeEnd: "10.215.0.150" },
});
new TapInterface(stack, "tap0", { network: lan, name: "hlrb-tap0" });
new LxcContainer(stack, "ct-a", { host, name: "hlrb-ct-a", nics: [{ network: lan, address: "10.215.0.11" }], memoryMiB: 64 });
new LxcContainer(stack, "ct-b", { host, name: "hlrb-ct-b", nics: [{ network: lan, address: "10.215.0.12", dhcp: true }], memoryMiB: 64 });
app.synth();
