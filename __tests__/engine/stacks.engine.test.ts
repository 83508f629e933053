// Every stack under stacks/ against the pinned engine and the real provider
// schemas: init + validate, and a plan under the engine's own test framework
// with the guests' provider mocked (nothing is created).
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { App, TerraformStack } from "cdktf";
import { KvmGuest, ProxmoxNode } from "../../constructs";
import { DesktopLabStack } from "../../stacks/desktop-lab-stack";
import { LabStack } from "../../stacks/lab-stack";
import { LinuxLabStack } from "../../stacks/linux-lab-stack";
import { ProxmoxLabStack } from "../../stacks/proxmox-lab-stack";
import { tofu } from "../support/engine";

/** Each stack with the provider its guests need mocked and what the plan must show of them. */
const kvm = (json: any) => Object.entries<any>(json.resource.hyperlab_kvm_domain ?? {}).map(([key, d]) =>
  `hyperlab_kvm_domain.${key}.name == "${d.name}" && hyperlab_kvm_domain.${key}.vcpus == ${d.vcpus} && ` +
  `hyperlab_kvm_domain.${key}.memory_mib == ${d.memory_mib} && hyperlab_kvm_domain.${key}.nics[0].mac == "${d.nics[0].mac}"`);
const proxmox = (json: any) => [
  ...Object.entries<any>(json.resource.proxmox_vm_qemu ?? {}).map(([key, v]) =>
    `proxmox_vm_qemu.${key}.name == "${v.name}" && proxmox_vm_qemu.${key}.vmid == ${v.vmid} && proxmox_vm_qemu.${key}.memory == ${v.memory} && ` +
    `proxmox_vm_qemu.${key}.ipconfig0 == "${v.ipconfig0}" && proxmox_vm_qemu.${key}.network[0].bridge == "${v.network[0].bridge}" && ` +
    `proxmox_vm_qemu.${key}.boot == "${v.boot}" && ` +
    // Every disk planned in its slot with its type: none of the template's left out (telmate deletes those).
    v.disk.map((d: any, i: number) => `proxmox_vm_qemu.${key}.disk[${i}].slot == "${d.slot}" && proxmox_vm_qemu.${key}.disk[${i}].type == "${d.type}"`).join(" && ") +
    ` && length(proxmox_vm_qemu.${key}.disk) == ${v.disk.length} && ` +
    `proxmox_vm_qemu.${key}.target_node == "${v.target_node}" && proxmox_vm_qemu.${key}.pool == ${hcl(v.pool)} && ` +
    `proxmox_vm_qemu.${key}.tags == ${hcl(v.tags)} && proxmox_vm_qemu.${key}.bios == ${hcl(v.bios)} && ` +
    `proxmox_vm_qemu.${key}.machine == ${hcl(v.machine)} && proxmox_vm_qemu.${key}.cpu[0].type == ${hcl(v.cpu.type)} && ` +
    `proxmox_vm_qemu.${key}.agent_timeout == ${hcl(v.agent_timeout)} && proxmox_vm_qemu.${key}.define_connection_info == ${hcl(v.define_connection_info)} && ` +
    `proxmox_vm_qemu.${key}.cpu[0].sockets == ${hcl(v.cpu.sockets)} && ` +
    v.disk.map((d: any, i: number) => ["cache", "discard", "iothread"].map((a) => `proxmox_vm_qemu.${key}.disk[${i}].${a} == ${hcl(d[a])}`).join(" && ")).join(" && ") +
    (v.efidisk ? ` && proxmox_vm_qemu.${key}.efidisk[0].storage == "${v.efidisk[0].storage}" && proxmox_vm_qemu.${key}.efidisk[0].efitype == "${v.efidisk[0].efitype}"` : "") +
    (v.startup_shutdown ? ` && proxmox_vm_qemu.${key}.startup_shutdown[0].order == ${v.startup_shutdown.order}` : "") +
    ` && length(proxmox_vm_qemu.${key}.vga) == ${(v.vga ?? []).length} && length(proxmox_vm_qemu.${key}.serial) == ${(v.serial ?? []).length}` +
    // Issue 32's settings, each where the construct wrote it (telmate's defaults fill the others in).
    written(`proxmox_vm_qemu.${key}`, v, ["automatic_reboot", "skip_ipv6", "balloon", "protection", "kvm", "qemu_os", "ciupgrade", "clone_id", "clone",
      ...Object.keys(v).filter((a) => /^ipconfig\d+$/.test(a))]) +
    written(`proxmox_vm_qemu.${key}.cpu[0]`, v.cpu, ["numa", "vcores"]) +
    v.disk.map((d: any, i: number) => written(`proxmox_vm_qemu.${key}.disk[${i}]`, d, ["storage", "emulatessd"])).join("") +
    (v.network ?? []).map((n: any, i: number) => written(`proxmox_vm_qemu.${key}.network[${i}]`, n, ["mtu", "firewall"])).join("") +
    // The password is planned as the variable's value, never written in the JSON.
    (v.cipassword ? ` && nonsensitive(proxmox_vm_qemu.${key}.cipassword == var.${/^\$\{var\.(.+)\}$/.exec(v.cipassword)![1]})` : "")),
  ...Object.entries<any>(json.resource.proxmox_lxc ?? {}).map(([key, c]) =>
    `proxmox_lxc.${key}.hostname == "${c.hostname}" && proxmox_lxc.${key}.vmid == ${c.vmid} && proxmox_lxc.${key}.memory == ${c.memory} && ` +
    `proxmox_lxc.${key}.network[0].ip == "${c.network[0].ip}" && proxmox_lxc.${key}.unprivileged == ${c.unprivileged} && ` +
    `proxmox_lxc.${key}.target_node == "${c.target_node}" && proxmox_lxc.${key}.startup == ${hcl(c.startup)} && ` +
    `proxmox_lxc.${key}.pool == ${hcl(c.pool)} && proxmox_lxc.${key}.tags == ${hcl(c.tags)} && ` +
    (c.mountpoint ?? []).map((m: any, i: number) => `proxmox_lxc.${key}.mountpoint[${i}].mp == "${m.mp}" && proxmox_lxc.${key}.mountpoint[${i}].size == "${m.size}"`)
      .concat([`length(proxmox_lxc.${key}.mountpoint) == ${(c.mountpoint ?? []).length}`]).join(" && ") +
    written(`proxmox_lxc.${key}`, c, ["nameserver", "searchdomain", "protection"]) +
    c.network.map((n: any, i: number) => written(`proxmox_lxc.${key}.network[${i}]`, n, ["mtu", "firewall", "ip6", "gw"])).join("")),
];
/** " && ADDRESS.attr == value" for each of `attributes` that the construct wrote into `block`. */
const written = (address: string, block: any, attributes: string[]) =>
  attributes.filter((a) => block?.[a] !== undefined).map((a) => ` && ${address}.${a} == ${hcl(block[a])}`).join("");
/** A synthesized value as an HCL expression: a quoted string, or null where it was not written. */
const hcl = (value: unknown) => (value === undefined ? "null" : JSON.stringify(value));
const desktop = (json: any) => [
  ...Object.entries<any>(json.resource.hyperlab_virtualbox_vm ?? {}).map(([key, v]) =>
    `hyperlab_virtualbox_vm.${key}.name == "${v.name}" && hyperlab_virtualbox_vm.${key}.memory_mib == ${v.memory_mib} && ` +
    `hyperlab_virtualbox_vm.${key}.nics[0].adapter == "${v.nics[0].adapter}" && hyperlab_virtualbox_vm.${key}.nics[0].mac == "${v.nics[0].mac}"`),
  ...Object.entries<any>(json.resource.hyperlab_vmware_vm ?? {}).map(([key, v]) =>
    `hyperlab_vmware_vm.${key}.vmx_path == "${v.vmx_path}" && hyperlab_vmware_vm.${key}.memory_mib == ${v.memory_mib} && ` +
    `hyperlab_vmware_vm.${key}.nics[0].vnet == ${v.nics[0].vnet} && hyperlab_vmware_vm.${key}.nics[0].mac == "${v.nics[0].mac}"`),
  ...Object.entries<any>(json.resource.hyperlab_vmnet ?? {}).map(([key, v]) =>
    `hyperlab_vmnet.${key}.number == ${v.number} && hyperlab_vmnet.${key}.bridge_interface == "${v.bridge_interface}"`),
];
/** A Proxmox VM whose cloud-config is two snippets the node's hyperlab alias (over SSH) writes. */
function snippetStack(app: App): void {
  // A well-formed ed25519 host key (the provider parses it at validate): its wire form, base64.
  const wire = (b: Buffer) => Buffer.concat([Buffer.from([0, 0, 0, b.length]), b]);
  const hostKey = Buffer.concat([wire(Buffer.from("ssh-ed25519")), wire(Buffer.alloc(32, 7))]).toString("base64");
  const stack = new TerraformStack(app, "proxmox-snippets");
  const node = new ProxmoxNode(stack, "pve", {
    apiUrl: "https://pve1.example.org:8006/api2/json", nodeName: "pve1", tokenId: "hyperlab@pve!deploy",
    ssh: { host: "10.50.0.2", knownHosts: `10.50.0.2 ssh-ed25519 ${hostKey}`, privateKeyFile: "/root/.ssh/id_pve" },
  });
  new KvmGuest(stack, "web", {
    host: node, name: "web", proxmox: { clone: { template: "debian-12-ci" } },
    cloudInit: { user: "debian", packages: ["nginx"], vendorData: { timezone: "UTC" } },
  });
}
const snippets = (json: any) => [
  ...Object.entries<any>(json.resource.proxmox_vm_qemu).map(([key, v]) => `proxmox_vm_qemu.${key}.cicustom == "${v.cicustom}"`),
  ...Object.entries<any>(json.resource.hyperlab_host_file).map(([key, f]) =>
    // (sha256 is computed: a mocked provider makes it up)
    `hyperlab_host_file.${key}.path == "${f.path}" && hyperlab_host_file.${key}.mode == "0600" && ` +
    `hyperlab_host_file.${key}.owner == "${f.owner}" && sha256(hyperlab_host_file.${key}.content) == "${createHash("sha256").update(f.content).digest("hex")}"`),
];
const STACKS = [
  { name: "lab", make: (app: App) => new LabStack(app, "lab"), mock: "hyperlab", conditions: kvm },
  { name: "linux-lab", make: (app: App) => new LinuxLabStack(app, "linux-lab"), mock: "hyperlab", conditions: kvm },
  { name: "proxmox-lab", make: (app: App) => new ProxmoxLabStack(app, "proxmox-lab"), mock: "proxmox", conditions: proxmox },
  { name: "desktop-lab", make: (app: App) => new DesktopLabStack(app, "desktop-lab"), mock: "hyperlab", conditions: desktop },
  // Both providers mocked: the node's hyperlab alias would log in over SSH to plan.
  { name: "proxmox-snippets", make: snippetStack, mock: ["proxmox", "hyperlab.proxmox_snippets_pve"], conditions: snippets },
];

function synthToDisk(make: (app: App) => void): { outdir: string; dir: (stack: string) => string } {
  const outdir = mkdtempSync(join(tmpdir(), "hyperlab-synth-"));
  const app = new App({ outdir });
  make(app);
  app.synth();
  return { outdir, dir: (stack) => join(outdir, "stacks", stack) };
}

describe.each(STACKS)("stack $name", ({ name, make, mock, conditions }) => {
  let outdir: string;
  let dir: string;
  beforeAll(() => {
    const s = synthToDisk(make);
    outdir = s.outdir;
    dir = s.dir(name);
    tofu(dir, ["init", "-input=false", "-no-color"]);
  });
  afterAll(() => rmSync(outdir, { recursive: true, force: true }));

  test("passes validate on the pinned engine with the real providers", () => {
    const result = JSON.parse(tofu(dir, ["validate", "-json", "-no-color"]).stdout);
    expect(result.diagnostics).toEqual([]);
    expect(result.valid).toBe(true);
  });

  test("plans under `tofu test` with the guests' provider mocked, with the attributes it synthesized", () => {
    const json = JSON.parse(readFileSync(join(dir, "cdk.tf.json"), "utf8"));
    const asserts = conditions(json).map((condition) => `
  assert {
    condition     = ${condition}
    error_message = "a guest planned with other settings than synthesized"
  }`);
    expect(asserts.length).toBeGreaterThan(0);
    // Variables without a default (a sensitive password) get a test value, which the asserts compare with.
    const variables = Object.entries<any>(json.variable ?? {}).filter(([, v]) => v.default === undefined)
      .map(([name]) => `  ${name} = "test-value-of-${name}"`);
    const variablesBlock = variables.length ? `  variables {\n${variables.join("\n")}\n  }\n` : "";
    const mocks = [mock].flat().map((m) => {
      const [type, alias] = m.split(".");
      return alias ? `mock_provider "${type}" {\n  alias = "${alias}"\n}\n` : `mock_provider "${type}" {}\n`;
    }).join("\n");
    writeFileSync(join(dir, "plan.tftest.hcl"), `${mocks}\nrun "plan" {\n  command = plan\n${variablesBlock}${asserts.join("\n")}\n}\n`);
    const out = tofu(dir, ["test", "-no-color"]).stdout;
    expect(out).toMatch(/run "plan"\.\.\. pass/);
    expect(out).toMatch(/1 passed, 0 failed/);
  });
});
