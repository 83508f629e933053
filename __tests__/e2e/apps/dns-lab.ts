// The lab of the network DNS test (issue 27): a NAT network with DHCP at its
// defaults (no range, no nameservers, DNS on the bridge), the domain lab.internal,
// two busybox containers taking DHCP; and an uplink bridge without cidr (a pure
// layer-2 switch to HL_E2E_UPLINK) with a third container taking the LAN's own
// DHCP. Everything in the network namespace HL_E2E_NETNS (made by the test).
import { LocalBackend, TerraformStack } from "cdktf";
import { BridgedNetwork, HyperlabApp, LinuxHost, LxcContainer } from "../../../constructs";

const env = (name: string) => {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set`);
  return v;
};
const app = new HyperlabApp();
const stack = new TerraformStack(app, "dns-lab");
new LocalBackend(stack, { path: "../../../terraform.dns-lab.tfstate" });
const host = new LinuxHost(stack, "host", { netns: env("HL_E2E_NETNS"), lxcPath: env("HL_E2E_LXC_PATH") });
const lan = new BridgedNetwork(stack, "lan", { host, bridgeName: "hldns0", cidr: "10.216.0.0/24", mode: "nat", dhcp: {}, domain: "lab.internal" });
for (const name of ["hldns-a", "hldns-b"]) {
  new LxcContainer(stack, name, { host, name, nics: [{ network: lan, dhcp: true }], memoryMiB: 64, startOnBoot: true });
}
const wire = new BridgedNetwork(stack, "wire", { host, bridgeName: "hldnsup0", mode: "uplink", uplinkInterface: env("HL_E2E_UPLINK") });
new LxcContainer(stack, "hldns-c", { host, name: "hldns-c", nics: [{ network: wire, dhcp: true }], memoryMiB: 64, startOnBoot: true });
app.synth();
