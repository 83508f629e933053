// Issue 30: each cloud-init document of a KVM guest is rendered once per guest
// (it was 7 YAML renders: the seed's user data, meta data and network config,
// and the instance id, which metaData and seedInstanceId each computed again).
import { BridgedNetwork, KvmGuest } from "../constructs";
import { synth } from "./support/synth";

jest.mock("yaml", () => {
  const actual = jest.requireActual("yaml");
  return { ...actual, stringify: jest.fn(actual.stringify) };
});
// eslint-disable-next-line @typescript-eslint/no-var-requires
const yaml = require("yaml") as { stringify: jest.Mock };

test("a KVM guest's seed renders its user data, network config and meta data once each", () => {
  let renders = 0;
  const json = synth((stack, host) => {
    const lan = new BridgedNetwork(stack, "lan", { host, bridgeName: "hlbr0", cidr: "10.40.0.0/24" });
    yaml.stringify.mockClear();
    new KvmGuest(stack, "vm", {
      host, name: "vm1", bootImage: "/srv/images/debian.qcow2",
      nics: [{ network: lan, address: "10.40.0.20", mac: "52:54:00:00:00:20" }],
      cloudInit: { user: "debian", sshKeys: ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExample user@host"] },
    });
    renders = yaml.stringify.mock.calls.length;
  });
  expect(renders).toBe(3);
  // And what it wrote is the seed, with the instance id in both places.
  const seed = Object.values(json.resource.hyperlab_kvm_seed)[0] as Record<string, string>;
  const domain = Object.values(json.resource.hyperlab_kvm_domain)[0] as Record<string, string>;
  expect(seed.meta_data).toContain(`instance-id: "${domain.seed_instance_id}"`);
  expect(seed.user_data).toMatch(/^#cloud-config\n/);
});
