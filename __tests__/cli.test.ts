// The CLI's checks that need no engine: the project found from cdktf.json, a
// stack that needs a provider the mirror lacks, and which CDK library is chosen.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chooseCdkLibrary } from "../constructs/core/cdk-choice";
import { candidates, importVerdict } from "../cli/adopt";
import { findProject, synthesizedStack } from "../cli/project";
import { requireMirrored } from "../cli/stack-plan";

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), "hyperlab-cli-"))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

test("the project is the nearest folder above with a cdktf.json, its output resolved there", () => {
  writeFileSync(join(dir, "cdktf.json"), JSON.stringify({ app: "npx ts-node main.ts", output: "out" }));
  mkdirSync(join(dir, "src", "deep"), { recursive: true });
  expect(findProject(join(dir, "src", "deep"))).toEqual({ root: dir, app: "npx ts-node main.ts", outdir: join(dir, "out"), context: {} });
  expect(() => synthesizedStack(findProject(dir), "lab")).toThrow(`no stack "lab" in ${join(dir, "out")} (synth wrote no stacks)`);
});

test("no cdktf.json, or one without an app, is refused saying what to do", () => {
  expect(() => findProject(dir)).toThrow(`no cdktf.json in ${dir} or above it: run this in your cdktf project, or pass --dir PROJECT`);
  writeFileSync(join(dir, "cdktf.json"), "{}");
  expect(() => findProject(dir)).toThrow(/has no "app" command/);
});

test("a stack needing a provider the prepared mirror lacks is refused in one line", () => {
  mkdirSync(join(dir, "reg.example", "hyperlab", "hyperlab", "0.1.0"), { recursive: true });
  const env = { HYPERLAB_MIRROR: dir, HYPERLAB_REGISTRY_HOST: "reg.example" };
  const stack = (source: string, version: string) => ({ terraform: { required_providers: { p: { source, version } } } });
  expect(() => requireMirrored("lab", stack("hyperlab/hyperlab", "0.1.0"), env)).not.toThrow();
  expect(() => requireMirrored("pve", stack("telmate/proxmox", "3.0.2-rc07"), env)).toThrow(
    `stack pve needs provider telmate/proxmox 3.0.2-rc07, which the prepared mirror (${dir}) does not have: run \`hyperlab engine\` without --no-proxmox`);
  expect(() => requireMirrored("lab", stack("hyperlab/hyperlab", "0.2.0"), env)).toThrow(/needs provider hyperlab\/hyperlab 0.2.0/);
});

test("the CDK library: forced by HYPERLAB_CDK_LIBRARY, else the project's, else the first installed", () => {
  const all = () => true;
  expect(chooseCdkLibrary({ HYPERLAB_CDK_LIBRARY: "cdktn" }, dir, all)).toBe("cdktn");
  expect(() => chooseCdkLibrary({ HYPERLAB_CDK_LIBRARY: "cdk" }, dir, all)).toThrow('HYPERLAB_CDK_LIBRARY is "cdk"; use one of cdktf, cdktn');
  writeFileSync(join(dir, "package.json"), JSON.stringify({ dependencies: { cdktn: "0.24.0" } }));
  expect(chooseCdkLibrary({}, join(dir), all)).toBe("cdktn");
  writeFileSync(join(dir, "package.json"), JSON.stringify({ devDependencies: { cdktf: "0.21.0" } }));
  expect(chooseCdkLibrary({}, dir, all)).toBe("cdktf");
  writeFileSync(join(dir, "package.json"), JSON.stringify({ dependencies: {} }));
  expect(chooseCdkLibrary({}, dir, (name) => name === "cdktn")).toBe("cdktn");
  expect(() => chooseCdkLibrary({}, dir, () => false)).toThrow(/needs cdktf or cdktn \(CDK Terrain\) in your project/);
});

test("adopt's candidates: the stack's marked resources the state lacks, with their import IDs", () => {
  const synthesized = {
    resource: {
      hyperlab_bridge: { lan: { "//": { metadata: { path: "lab/lan/bridge" } }, netns: "ns1", name: "hlbr0", mark: "lab/c1" } },
      hyperlab_tap: { tap: { netns: "", name: "hltap0", mark: "lab/c2" } },
      hyperlab_lxc_container: { ct: { netns: "ns1", name: "web", lxc_path: "/srv/lxc", mark: "lab/c3" } },
      hyperlab_kvm_domain: { vm: { uri: "qemu:///system", name: "vm1", owner: "lab/c4" } },
      hyperlab_kvm_volume: { disk: { path: "${hyperlab_kvm_domain.vm.name}.qcow2", owner: "lab/c5" } },
      hyperlab_nat: { nat: { bridge: "hlbr0" } },
      hyperlab_host_file: { snip: { path: "/var/lib/vz/snippets/hyperlab-web-user-0123.yaml", owner: "lab/c6" } },
    },
  };
  expect(candidates(synthesized, new Set(["hyperlab_tap.tap"]))).toEqual([
    { address: "hyperlab_bridge.lan", path: "lab/lan/bridge", mark: "lab/c1", id: "ns1/hlbr0" },
    { address: "hyperlab_host_file.snip", path: "hyperlab_host_file.snip", mark: "lab/c6", id: "/var/lib/vz/snippets/hyperlab-web-user-0123.yaml" },
    { address: "hyperlab_kvm_domain.vm", path: "hyperlab_kvm_domain.vm", mark: "lab/c4", id: "qemu:///system vm1" },
    { address: "hyperlab_kvm_volume.disk", path: "hyperlab_kvm_volume.disk", mark: "lab/c5", id: undefined },
    { address: "hyperlab_lxc_container.ct", path: "hyperlab_lxc_container.ct", mark: "lab/c3", id: "ns1/web:/srv/lxc" },
  ]);
});

test("adopt imports only what carries the stack's mark, read from found_mark (an import leaves the mark attribute null)", () => {
  const c = { address: "hyperlab_bridge.lan", path: "lab/lan/bridge", mark: "lab/c1", id: "ns1/hlbr0" };
  expect(importVerdict(c, "hyperlab_bridge", { name: "hlbr0", mark: null, found_mark: "lab/c1" })).toEqual(
    { address: c.address, path: c.path, verdict: "import", id: c.id });
  expect(importVerdict(c, "hyperlab_bridge", { name: "hlbr0", mark: null, found_mark: "other/c9" })).toEqual({ address: c.address, path: c.path,
    verdict: "refused", why: "ns1/hlbr0 is marked as other/c9's, not this resource's (lab/c1)" });
  expect(importVerdict(c, "hyperlab_bridge", { name: "hlbr0", mark: null, found_mark: "" })).toEqual({ address: c.address, path: c.path,
    verdict: "refused", why: "ns1/hlbr0 carries no hyperlab mark: it is not this stack's" });
  // a kind whose provider has no found_mark yet gives the mark it found in its own attribute
  const vm = { address: "hyperlab_kvm_domain.vm", path: "lab/vm", mark: "lab/c4", id: "qemu:///system vm1" };
  expect(importVerdict(vm, "hyperlab_kvm_domain", { owner: "lab/c4" }).verdict).toBe("import");
  expect(importVerdict(vm, "hyperlab_kvm_domain", { owner: null, found_mark: "" }).verdict).toBe("refused");
});

test("leases: the lease file of a bridge's server, read as dnsmasq writes it, by address", () => {
  const { leaseFile, leases, parseLeases } = require("../cli/leases");
  expect(leaseFile("hlbr0", "lab", dir)).toBe(join(dir, "netns=lab@hlbr0.leases"));
  expect(leaseFile("hlbr0", "", dir)).toBe(join(dir, "root@hlbr0.leases"));
  expect(() => leaseFile("br0;x")).toThrow('"br0;x" is not a bridge name');
  const text = "1796613622 82:A5:18:31:46:B7 10.77.0.106 gamma 01:82:a5:18:31:46:b7\n0 52:54:00:00:77:0a 10.77.0.20 * *\nduid 00:01\n5 x fd42::5 v6 00\n";
  expect(parseLeases(text)).toEqual([
    { mac: "52:54:00:00:77:0a", address: "10.77.0.20", hostname: "", expires: "never" },
    { mac: "82:a5:18:31:46:b7", address: "10.77.0.106", hostname: "gamma", expires: "2026-12-07T03:20:22Z" },
  ]);
  expect(() => leases("hlbr0", { netns: "lab", dir })).toThrow(`no lease file ${join(dir, "netns=lab@hlbr0.leases")}: no DHCP server of hyperlab runs on bridge hlbr0 in namespace lab`);
  writeFileSync(join(dir, "netns=lab@hlbr0.leases"), text);
  const log = jest.spyOn(console, "log").mockImplementation(() => undefined);
  expect(leases("hlbr0", { netns: "lab", dir })).toBe(0);
  expect(log.mock.calls.map((c) => c[0])).toEqual([
    "ADDRESS      MAC                HOSTNAME  EXPIRES",
    "10.77.0.20   52:54:00:00:77:0a  -         never",
    "10.77.0.106  82:a5:18:31:46:b7  gamma     2026-12-07T03:20:22Z"]);
  log.mockRestore();
});
