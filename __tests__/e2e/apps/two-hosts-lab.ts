// The two-host test's app, deployed with cdktf as a user does. With
// HL_E2E_SSH_HOSTS (JSON: hosts a and b, each with its underlay address and
// known_hosts line), stack "two-hosts": a network on host A stretched to host B
// by VXLAN, a container on each, every host reached over SSH with the key in the
// sensitive variable lab_ssh_key. With HL_E2E_NETNS, stack "one-host": the same
// lab on one local host (that namespace), for the figures.
import { TerraformStack } from "cdktf";
import { BridgedNetwork, HyperlabApp, IBridgedNetwork, LinuxHost, LxcContainer } from "../../../constructs";

const env = (name: string) => {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set`);
  return v;
};
const DHCP = { rangeStart: "10.77.0.100", rangeEnd: "10.77.0.150" };
const containers = (stack: TerraformStack, names: [string, string], hosts: [LinuxHost, LinuxHost], nets: [IBridgedNetwork, IBridgedNetwork]) =>
  ["ctA", "ctB"].forEach((id, i) => new LxcContainer(stack, id, {
    host: hosts[i], name: names[i], nics: [{ network: nets[i], address: `10.77.0.${10 * (i + 1)}` }], memoryMiB: 64,
  }));

const app = new HyperlabApp();
if (process.env.HL_E2E_SSH_HOSTS) {
  const hosts = JSON.parse(env("HL_E2E_SSH_HOSTS")) as Record<"a" | "b", { address: string; knownHosts: string }>;
  const stack = new TerraformStack(app, "two-hosts");
  const host = (id: string, h: { address: string; knownHosts: string }) => new LinuxHost(stack, id, {
    lxcPath: env("HL_E2E_LXC_PATH"), ssh: { host: h.address, knownHosts: h.knownHosts, privateKeyVariable: "lab_ssh_key", timeoutSeconds: 10 },
  });
  const hostA = host("hostA", hosts.a);
  const hostB = host("hostB", hosts.b);
  const lab = new BridgedNetwork(stack, "lab", {
    host: hostA, bridgeName: "hlx0", cidr: "10.77.0.0/24", mode: "nat", dhcp: DHCP, overlay: { vni: 4242, underlayAddress: hosts.a.address },
  });
  containers(stack, ["ct-a", "ct-b"], [hostA, hostB], [lab, lab.extendTo(hostB, { underlayAddress: hosts.b.address })]);
}
if (process.env.HL_E2E_NETNS) {
  const stack = new TerraformStack(app, "one-host");
  const host = new LinuxHost(stack, "host", { netns: env("HL_E2E_NETNS"), lxcPath: env("HL_E2E_LXC_PATH") });
  const lab = new BridgedNetwork(stack, "lab", { host, bridgeName: "hlx0", cidr: "10.77.0.0/24", mode: "nat", mtu: 1450, dhcp: DHCP });
  const suffix = env("HL_E2E_SUFFIX");
  containers(stack, [`one-a-${suffix}`, `one-b-${suffix}`], [host, host], [lab, lab]);
}
app.synth();
