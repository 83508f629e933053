// A host-side lab for the interrupted-apply test: a NAT bridge with DHCP, two TAPs
// and three busybox containers, all in the network namespace HL_E2E_NETNS (made by
// the test), with containers in HL_E2E_LXC_PATH. No KVM guests: the libvirt
// provider does not adopt objects left by an interrupted apply.
import { LocalBackend, TerraformStack } from "cdktf";
import { BridgedNetwork, HyperlabApp, LinuxHost, LxcContainer, TapInterface } from "../../../constructs";

const env = (name: string) => {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set`);
  return v;
};
const app = new HyperlabApp();
const stack = new TerraformStack(app, "host-lab");
new LocalBackend(stack, { path: "../../../terraform.host-lab.tfstate" });
const host = new LinuxHost(stack, "host", { netns: env("HL_E2E_NETNS"), lxcPath: env("HL_E2E_LXC_PATH") });
const lan = new BridgedNetwork(stack, "lan", {
  host, bridgeName: "hlint0", cidr: "10.214.0.0/24", mode: "nat", dhcp: { rangeStart: "10.214.0.100", rangeEnd: "10.214.0.150" },
});
new TapInterface(stack, "tap0", { network: lan, name: "hlint-tap0" });
new TapInterface(stack, "tap1", { network: lan, name: "hlint-tap1", multiQueue: true });
["a", "b", "c"].forEach((s, i) => new LxcContainer(stack, `ct-${s}`, {
  host, name: `hlint-ct-${s}`, nics: [{ network: lan, address: `10.214.0.${11 + i}`, dhcp: s === "c" }], memoryMiB: 64,
}));
app.synth();
