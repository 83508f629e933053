// A dual-stack lab for the IPv6 end-to-end test: a NAT bridge with an IPv4 network
// and a ULA IPv6 prefix, dnsmasq with router advertisements, and a busybox
// container with static IPv4 and IPv6 addresses, all in the network namespace
// HL_E2E_NETNS (made by the test), with containers in HL_E2E_LXC_PATH.
import { TerraformStack } from "cdktf";
import { BridgedNetwork, HyperlabApp, LinuxHost, LxcContainer } from "../../../constructs";

const env = (name: string) => {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set`);
  return v;
};
const app = new HyperlabApp();
const stack = new TerraformStack(app, "dual-stack");
const host = new LinuxHost(stack, "host", { netns: env("HL_E2E_NETNS"), lxcPath: env("HL_E2E_LXC_PATH") });
const lan = new BridgedNetwork(stack, "lan", {
  host, bridgeName: "hlds0", cidr: "10.215.0.0/24", ipv6Cidr: "fd21:5::/64", mode: "nat",
  dhcp: { rangeStart: "10.215.0.100", rangeEnd: "10.215.0.150" },
});
new LxcContainer(stack, "ct", {
  host, name: "hlds-ct", memoryMiB: 64,
  nics: [{ network: lan, address: "10.215.0.10", address6: "fd21:5::10", mac: "52:54:00:21:50:10" }],
});
app.synth();
