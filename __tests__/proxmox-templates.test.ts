// Every string a construct writes into a telmate/proxmox resource (proxmox_vm_qemu,
// proxmox_lxc) or into the proxmox provider's block is a Terraform template. A
// whole Proxmox lab is built with `${`, `%{` and `${file(...)}` payloads put into
// every string prop of each of its constructs in turn (read from the sources, so a
// prop added later is swept too), joined to a valid value so they pass the
// validators that let such characters through. Each value is refused with the
// construct path, or written escaped: no string of those resources holds a live
// template but the variable the test joined on purpose.
import { join } from "node:path";
import { TerraformStack, TerraformVariable, Testing } from "cdktf";
import { Construct } from "constructs";
import * as hl from "../constructs";
import { constructSchemas, PropPath } from "./support/props-schema";
import { KEY, MARK, strings, withValue } from "./support/sweep";

const NODE = { apiUrl: "https://pve1.example.org:8006/api2/json", nodeName: "pve1", tokenId: "hyperlab@pve!deploy", insecureTls: false,
  parallelism: 2, vmidRange: { first: 20000, last: 20999 } };
const bridgeProps = (node: hl.ProxmoxNode) => ({ host: node, bridgeName: "vmbr0", cidr: "10.50.0.0/24", gateway: "10.50.0.1",
  ipv6Cidr: "fd50::/64", ipv6Gateway: "fd50::1", mtu: 1500, hasDhcp: false, vlanFiltering: true });
const cloudInit = { user: "debian", sshKeys: [KEY], nameservers: ["10.50.0.1"], searchDomains: ["lab.example"] };
const settings = { pool: "lab", tags: ["lab"], startup: { order: 1, delaySeconds: 5 } };
const cloneProps = (node: hl.ProxmoxNode, lan: hl.IBridgedNetwork) => ({
  host: node, name: "web", cpus: 2, memoryMiB: 1024, bootDiskSizeGiB: 20, disks: [{ sizeGiB: 4, storage: "local-lvm" }], machine: "q35", firmware: "efi",
  accelerator: "kvm",
  graphics: "vnc", shutdownTimeoutSeconds: 60, agent: true, startOnCreate: true, startOnBoot: true, description: "a guest",
  nics: [{ network: lan, address: "10.50.0.9", address6: "fd50::9", gateway: "10.50.0.1", mac: "52:54:00:00:50:09", vlan: 10, model: "virtio",
    proxmox: { mtu: 1400, firewall: true } }],
  cloudInit: { ...cloudInit, packageUpgrade: true }, waitFor: { agent: true, timeoutSeconds: 300, ipv6: true },
  proxmox: { clone: { template: "debian-12-ci", full: true }, storage: "local-lvm", scsihw: "virtio-scsi-single", vmid: 20100,
    diskFormat: "raw", bootDisk: "scsi0", keepTemplateDisks: ["scsi5"], cloudInitSlot: "ide0", cpuType: "host", sockets: 1,
    diskCache: "none", diskDiscard: true, diskIothread: true, efiStorage: "local-lvm", bootDiskStorage: "local-lvm", cloudInitStorage: "local-lvm",
    diskEmulateSsd: true, numa: true, vcpus: 2, balloonMiB: 512, protection: true, osType: "l26", automaticReboot: false, netBoot: "last", ...settings },
});
const isoProps = (node: hl.ProxmoxNode, lan: hl.IBridgedNetwork) => ({
  host: node, name: "inst", description: "an install", cloudInit,
  nics: [{ network: lan, address: "10.50.0.11", mac: "52:54:00:00:50:0b", proxmox: { ipv6: "auto" } }],
  proxmox: { iso: "local:iso/debian-12.iso", storage: "local-lvm", vmid: 20101, bootDisk: "virtio0", cloudInitSlot: "sata0", netBoot: "first", ...settings },
});
const containerProps = (node: hl.ProxmoxNode, lan: hl.IBridgedNetwork) => ({
  host: node, name: "db", memoryMiB: 256, cpus: 1, privileged: false, startOnCreate: true, startOnBoot: true,
  nics: [{ network: lan, address: "10.50.0.10", address6: "fd50::10", gateway: "10.50.0.1", mac: "52:54:00:00:50:0a", vlan: 10,
    proxmox: { mtu: 1400, firewall: true } }],
  proxmox: { ostemplate: "local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst", rootfs: { storage: "local-lvm", sizeGiB: 8 }, swapMiB: 256,
    features: { nesting: true, keyctl: false, fuse: false }, sshKeys: [KEY], vmid: 20200,
    mountPoints: [{ path: "/srv/data", sizeGiB: 4, storage: "local-lvm", backup: true }], nameservers: ["10.50.0.1"], searchDomains: ["lab.example"],
    protection: true, ...settings },
});

/** Which construct of the lab takes the props under test (the others keep theirs): its schema name and its baseline props. */
type Part = "node" | "bridge" | "clone" | "iso" | "container";
const PARTS: { part: Part; schema: string; baseline: (node: hl.ProxmoxNode, lan: hl.IBridgedNetwork) => any }[] = [
  { part: "node", schema: "ProxmoxNode", baseline: () => NODE },
  { part: "bridge", schema: "ExistingBridge", baseline: (node) => bridgeProps(node) },
  { part: "clone", schema: "KvmGuest", baseline: cloneProps },
  { part: "iso", schema: "KvmGuest", baseline: isoProps },
  { part: "container", schema: "LxcContainer", baseline: containerProps },
];

/**
 * The lab: a node, its vmbr0, a cloned VM, an installed VM and a container;
 * `change` turns the props of `part` into the ones under test. A guest under test
 * is built alone on the node (the other guests read nothing of its props), so a
 * refusal or a synth costs one guest.
 */
function lab(stack: Construct, part?: Part, change: (props: any) => any = (p) => p): void {
  const props = (which: Part, baseline: any) => (which === part ? change(baseline) : baseline);
  const node = new hl.ProxmoxNode(stack, "pve", props("node", NODE));
  const lan = hl.BridgedNetwork.fromExisting(stack, "vmbr0", props("bridge", bridgeProps(node)));
  const guests = { clone: () => new hl.KvmGuest(stack, "web", props("clone", cloneProps(node, lan))),
    iso: () => new hl.KvmGuest(stack, "inst", props("iso", isoProps(node, lan))),
    container: () => new hl.LxcContainer(stack, "db", props("container", containerProps(node, lan))) };
  for (const [which, make] of Object.entries(guests)) if (part === undefined || part === "node" || part === "bridge" || part === which) make();
}

/** The variable a payload is joined to in one of its forms: its token stays live on purpose. */
const variable = (stack: Construct) =>
  (stack.node.tryFindChild("v") as TerraformVariable | undefined) ?? new TerraformVariable(stack, "v", { type: "string" });
const VARIABLE = "${var.v}";

const PAYLOADS = [`\${${MARK}}`, `%{${MARK}}`, `\${file("/etc/${MARK}")}`];

/** The value at `path` in props, as withValue sets it (an array entry is the first that has the key). */
function valueAt(props: any, path: string): unknown {
  const [head, ...rest] = path.split(".");
  if (props === undefined || props === null) return undefined;
  if (head.endsWith("[]")) {
    const entry = (props[head.slice(0, -2)] ?? []).find((e: any) => e && rest[0] in e);
    return valueAt(entry, rest.join("."));
  }
  return rest.length ? valueAt(props[head], rest.join(".")) : props[head];
}

/**
 * The payloads joined to the valid value: after it (each), before it and after a
 * space (both kinds of template at once), and after a variable; as the prop's kind.
 */
function hostileValues(prop: PropPath, valid: unknown): ((stack: Construct) => unknown)[] {
  const text = prop.kind === "string[]" ? (Array.isArray(valid) ? String(valid[0] ?? "") : "") : typeof valid === "string" ? valid : "";
  const both = `${PAYLOADS[0]}${PAYLOADS[1]}`;
  const joined = [...PAYLOADS.map((p) => `${text}${p}`), `${both}${text}`, `${text} ${both}`];
  const asKind = (s: string) => (prop.kind === "string[]" ? [s, ...(Array.isArray(valid) ? valid.slice(1) : [])] : s);
  return [...joined.map((s) => () => asKind(s)), (stack) => asKind(`${text}${variable(stack).stringValue}${PAYLOADS.join("")}`)];
}

/** The strings of the telmate resources and of the proxmox provider's block. */
function telmateStrings(json: any): string[] {
  const resources = Object.entries<any>(json.resource ?? {}).filter(([type]) => type.startsWith("proxmox_")).map(([, r]) => r);
  return strings([resources, json.provider?.proxmox ?? []]);
}

/**
 * The `${` and `%{` the engine would evaluate: a single `$` or `%` before `{`
 * (a run of two or more is the escape, literal text), the variable left out.
 */
function liveOpeners(text: string): string[] {
  return [...text.split(VARIABLE).join("").matchAll(/(\$+|%+)\{/g)].filter((m) => m[1].length === 1).map((m) => `${m[0]}${text.slice(m.index! + 2, m.index! + 40)}`);
}

/** What went wrong building the lab with `value` at `path` of `part`, and whether the payload reached a telmate resource. */
function attempt(part: Part, path: string, value: (stack: Construct) => unknown): { problem?: string; reached: boolean } {
  const stack = new TerraformStack(Testing.app(), "test");
  // A refusal is kept by the construct and thrown at synth, with every other of the app (issue 31).
  let json: any;
  try {
    lab(stack, part, (props) => withValue(props, path, value(stack)));
    json = JSON.parse(Testing.synth(stack));
  } catch (err) {
    const e = err as Error;
    if (e.name !== "ValidationError" && e.name !== "ConfigurationError") return { problem: `crash: ${e.name}: ${e.message}`, reached: false };
    if (!e.message.startsWith("test/")) return { problem: `refusal without a construct path: ${e.message}`, reached: false };
    return { reached: false };
  }
  const written = telmateStrings(json);
  const live = written.flatMap(liveOpeners);
  return { problem: live.length ? `a live template in a telmate resource: ${live[0]}` : undefined, reached: written.some((s) => s.includes(MARK)) };
}

const schemas = constructSchemas(join(__dirname, ".."));
const textProps = (schema: string) => schemas.find((s) => s.name === schema)!.props.filter((p) => p.kind === "string" || p.kind === "string[]");

describe("template payloads in every string prop of a Proxmox lab", () => {
  test("the lab as it is synthesizes every telmate resource kind, with no live template in them", () => {
    const stack = new TerraformStack(Testing.app(), "test");
    lab(stack);
    const json = JSON.parse(Testing.synth(stack));
    expect(Object.keys(json.resource).filter((t) => t.startsWith("proxmox_")).sort()).toEqual(["proxmox_lxc", "proxmox_vm_qemu"]);
    expect(json.provider.proxmox).toHaveLength(1);
    expect(telmateStrings(json).flatMap(liveOpeners)).toEqual([]);
  });

  test("are refused with the construct path or written escaped", () => {
    const problems: string[] = [];
    const reached = new Set<string>();
    for (const { part, schema, baseline } of PARTS) {
      // Only the text props are read from it: the node and network references are not.
      const valid = baseline(undefined as unknown as hl.ProxmoxNode, undefined as unknown as hl.IBridgedNetwork);
      for (const prop of textProps(schema)) {
        hostileValues(prop, valueAt(valid, prop.path)).forEach((value, i) => {
          const found = attempt(part, prop.path, value);
          if (found.problem) problems.push(`${schema} (${part}) ${prop.path} #${i}: ${found.problem}`);
          if (found.reached) reached.add(`${schema}.${prop.path}`);
        });
      }
    }
    expect(problems).toEqual([]);
    // The props whose text reaches a telmate resource, escaped: so the sweep is not
    // vacuous. A prop added to this list later is one more place text is written.
    expect([...reached].sort()).toEqual([
      "KvmGuest.description", "LxcContainer.proxmox.mountPoints[].path", "LxcContainer.proxmox.sshKeys",
    ]);
  });

  test("a mount point path with a template arrives escaped, as written", () => {
    const stack = new TerraformStack(Testing.app(), "test");
    lab(stack, "container", (props) => withValue(props, "proxmox.mountPoints[].path", '/srv/data${file("/etc/shadow")}'));
    const [ct] = Object.values<any>(JSON.parse(Testing.synth(stack)).resource.proxmox_lxc);
    expect(ct.mountpoint[0].mp).toBe('/srv/data$${file("/etc/shadow")}');
  });
});
