// The lock file synth writes from tools/provider-hashes.txt: every recorded
// platform's hash under every host given, in a fixed order; providers with no
// recorded build are named, not guessed.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { initialisedHost, providerLockFile, readProviderHashes, registryHosts, servedByMirror } from "../constructs/app/provider-locks";

const stack = { terraform: { required_providers: {
  libvirt: { source: "dmacvicar/libvirt", version: "0.8.3" },
  other: { source: "example/other", version: "1.0.0" },
} } };
const hashes = [
  { source: "dmacvicar/libvirt", version: "0.8.3", platform: "linux_arm64", hash: "h1:BBB=" },
  { source: "dmacvicar/libvirt", version: "0.8.3", platform: "linux_amd64", hash: "h1:AAA=" },
  { source: "dmacvicar/libvirt", version: "0.8.2", platform: "linux_amd64", hash: "h1:OLD=" },
];

test("each host gets the provider with every platform's hash, sorted", () => {
  const { text, unlocked } = providerLockFile(stack, hashes, ["b.example", "a.example"]);
  expect(text.split("\n").filter((l) => l.startsWith("provider "))).toEqual([
    'provider "a.example/dmacvicar/libvirt" {', 'provider "b.example/dmacvicar/libvirt" {',
  ]);
  expect(text).toContain('  version     = "0.8.3"\n  constraints = "0.8.3"\n  hashes = [\n    "h1:AAA=",\n    "h1:BBB=",\n  ]\n}');
  expect(text).not.toContain("h1:OLD=");
  expect(unlocked).toEqual(["example/other 1.0.0"]);
  expect(providerLockFile(stack, hashes, ["a.example", "b.example"]).text).toBe(text);
});

test("no hosts, no lock entries; hosts come only from the engine's environment", () => {
  expect(providerLockFile(stack, hashes, []).text).toBe("");
  expect(registryHosts({})).toEqual([]);
  expect(registryHosts({ HYPERLAB_REGISTRY_HOST: "x.example", HYPERLAB_CDKTF_REGISTRY_HOST: "x.example", HYPERLAB_TERRAFORM_REGISTRY_HOST: "bad host" })).toEqual(["x.example"]);
});

test("the committed record has a linux_amd64 h1: hash for every provider the mirror builds", () => {
  const recorded = readProviderHashes().filter((h) => h.platform === "linux_amd64").map((h) => `${h.source} ${h.version}`);
  expect(recorded).toEqual(["hyperlab/hyperlab 0.1.0", "telmate/proxmox 3.0.2-rc07"]);
  for (const h of readProviderHashes()) expect(h.hash).toMatch(/^h1:[A-Za-z0-9+/]{43}=$/);
});

test("linux_arm64 is recorded for the same providers (tools/record-platform-hashes.sh), so a release's lock holds there too", () => {
  const on = (platform: string) => readProviderHashes().filter((h) => h.platform === platform).map((h) => `${h.source} ${h.version}`);
  expect(on("linux_arm64")).toEqual(on("linux_amd64"));
});

test("lock entries only for the providers the prepared mirror serves, under the engine's host", () => {
  const mirror = mkdtempSync(join(tmpdir(), "hyperlab-mirror-"));
  try {
    mkdirSync(join(mirror, "reg.example", "hyperlab/hyperlab", "0.1.0", "linux_amd64"), { recursive: true });
    const recorded = [
      { source: "hyperlab/hyperlab", version: "0.1.0", platform: "linux_amd64", hash: "h1:AAA=" },
      { source: "hyperlab/hyperlab", version: "0.1.0", platform: "linux_arm64", hash: "h1:CCC=" },
      { source: "hyperlab/hyperlab", version: "0.0.9", platform: "linux_amd64", hash: "h1:DDD=" },
      { source: "telmate/proxmox", version: "3.0.2-rc07", platform: "linux_amd64", hash: "h1:BBB=" },
    ];
    const env = { HYPERLAB_MIRROR: mirror, HYPERLAB_REGISTRY_HOST: "reg.example" };
    expect(servedByMirror(recorded, env)).toEqual([recorded[0], recorded[1]]);
    expect(servedByMirror(recorded, { HYPERLAB_REGISTRY_HOST: "reg.example" })).toEqual([]);
    expect(servedByMirror(recorded, { ...env, HYPERLAB_REGISTRY_HOST: "other.example" })).toEqual([]);
  } finally {
    rmSync(mirror, { recursive: true, force: true });
  }
});

// cdktf-cli 0.21's lock file reader (bundle/bin/cmds/handlers.js, parseProviderLockFile):
// line by line, `provider "(.*)"` anywhere on a line opens an entry, then anchored
// `constraints = "..."` and `}` lines fill and close it. The engines' HCL ignores comments.
function cdktfReads(text: string): Record<string, string | undefined> {
  const providers: Record<string, string | undefined> = {};
  let open: string | undefined;
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (open) {
      const c = line.match(/^\s*constraints\s+=\s+"(.*)"/);
      if (c) providers[open] = c[1];
      else if (line.match(/^\s*}/)) open = undefined;
      continue;
    }
    const p = line.match(/provider "(.*)"/);
    if (p) { open = p[1]; providers[open] = undefined; }
  }
  return providers;
}

test("an initialised stack's lock names only its engine's address, and cdktf still finds its own", () => {
  const one = { terraform: { required_providers: { libvirt: { source: "dmacvicar/libvirt", version: "0.8.3" } } } };
  const { text } = providerLockFile(one, hashes, ["tofu.example"], "tf.example");
  // What the engine parses: one entry, its own.
  expect(text.split("\n").filter((l) => l.startsWith("provider "))).toEqual(['provider "tofu.example/dmacvicar/libvirt" {']);
  expect(cdktfReads(text)).toEqual({ "tf.example/dmacvicar/libvirt": "0.8.3" });
  // cdktf's own address among the hosts: no comment needed.
  expect(providerLockFile(one, hashes, ["tf.example"], "tf.example").text).not.toContain("# for cdktf");
  expect(cdktfReads(providerLockFile(one, hashes, ["tf.example"], "tf.example").text)).toEqual({ "tf.example/dmacvicar/libvirt": "0.8.3" });
  expect(cdktfReads(providerLockFile(one, hashes, ["tofu.example", "tf.example"], "tf.example").text))
    .toEqual({ "tf.example/dmacvicar/libvirt": "0.8.3", "tofu.example/dmacvicar/libvirt": "0.8.3" });
});

test("the engine that initialised a stack is told by where it installed the providers", () => {
  const dir = mkdtempSync(join(tmpdir(), "hyperlab-inited-"));
  try {
    expect(initialisedHost(dir, ["a.example", "b.example"], {})).toBeUndefined();
    mkdirSync(join(dir, ".terraform", "providers", "b.example"), { recursive: true });
    expect(initialisedHost(dir, ["a.example", "b.example"], {})).toBe("b.example");
    expect(initialisedHost(dir, ["a.example"], {})).toBeUndefined();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
