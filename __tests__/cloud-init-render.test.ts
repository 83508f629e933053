// Issue 30: each cloud-init document of a KVM guest is rendered once per guest
// (it was 7 YAML renders: the seed's user data, meta data and network config,
// and the instance id, which metaData and seedInstanceId each computed again),
// and written without the yaml library where the document's shape allows, to
// the byte what the library writes.
import { stringify } from "yaml";
import { BridgedNetwork, KvmGuest } from "../constructs";
import { plainYaml, renderCount } from "../constructs/guests/cloud-init";
import { synth } from "./support/synth";

const library = (doc: unknown) => stringify(doc, { lineWidth: 0, version: "1.1", defaultStringType: "QUOTE_DOUBLE", defaultKeyType: "PLAIN" });

test("a KVM guest's seed renders its user data, network config and meta data once each", () => {
  let renders = 0;
  const json = synth((stack, host) => {
    const lan = new BridgedNetwork(stack, "lan", { host, bridgeName: "hlbr0", cidr: "10.40.0.0/24" });
    const before = renderCount.documents;
    new KvmGuest(stack, "vm", {
      host, name: "vm1", bootImage: "/srv/images/debian.qcow2",
      nics: [{ network: lan, address: "10.40.0.20", mac: "52:54:00:00:00:20" }],
      cloudInit: { user: "debian", sshKeys: ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExample user@host"] },
    });
    renders = renderCount.documents - before;
  });
  expect(renders).toBe(3);
  // And what it wrote is the seed, with the instance id in both places.
  const seed = Object.values(json.resource.hyperlab_kvm_seed)[0] as Record<string, string>;
  const domain = Object.values(json.resource.hyperlab_kvm_domain)[0] as Record<string, string>;
  expect(seed.meta_data).toContain(`instance-id: "${domain.seed_instance_id}"`);
  expect(seed.user_data).toMatch(/^#cloud-config\n/);
});

test("the direct writer writes what the yaml library writes, or leaves the document to it", () => {
  // A fixed pseudo-random sequence: the same documents every run.
  let state = 42;
  const rand = (n: number) => ((state = (state * 1103515245 + 12345) % 2 ** 31), state % n);
  const chars = ' !"#$%&\'()*+,-./09:;<=>?@AZ[\\]^_`az{|}~\n\téü\u0000';
  const str = () => Array.from({ length: rand(12) }, () => chars[rand(chars.length)]).join("");
  const keys = ["hostname", "set-name", "instance-id", "ssh_authorized_keys", "a", "n", "yes", "on", "Key", "x1", "a_b", "1a", "-x"];
  const value = (depth: number): unknown => {
    const r = rand(depth > 3 ? 5 : 8);
    if (r === 0) return str();
    if (r === 1) return ["yes", "no", "", "~", "null", "0b101", "2001-01-01", "52:54:00:12:34:56", "a: b", "#c", "- d"][rand(11)];
    if (r === 2) return rand(2) === 0;
    if (r === 3) return [0, 7, -3, 1.5, 2 ** 60][rand(5)];
    if (r === 4) return rand(20) === 0 ? null : str();
    if (r === 5 || r === 6) return Object.fromEntries(Array.from({ length: rand(4) }, () => [keys[rand(keys.length)], value(depth + 1)]));
    return Array.from({ length: rand(4) }, () => value(depth + 1));
  };
  let direct = 0;
  for (let i = 0; i < 3000; i++) {
    const doc = Object.fromEntries(Array.from({ length: 1 + rand(4) }, () => [keys[rand(keys.length)], value(0)]));
    const ours = plainYaml(doc);
    if (ours !== undefined) {
      direct++;
      expect([doc, ours]).toEqual([doc, library(doc)]);
    }
  }
  // Most documents of cloud-init's shapes are written directly.
  expect(direct).toBeGreaterThan(300);
  const typical = { hostname: "vm1", preserve_hostname: false, users: [{ name: "debian", shell: "/bin/bash", ssh_authorized_keys: ["ssh-ed25519 AAAA x@y"] }],
    write_files: [{ path: "/home/debian/.ssh/authorized_keys", defer: true, content: "ssh-ed25519 AAAA x@y\n" }] };
  expect(plainYaml(typical)).toBe(library(typical));
});
