// A KvmGuest's cloud-config on a ProxmoxNode: userData, vendorData and the typed
// cloudInit props become snippet files (hyperlab_host_file, written by the
// node's hyperlab agent over SSH) that the VM's cicustom names.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TerraformStack, Testing } from "cdktf";
import { Construct } from "constructs";
import { parse as parseYaml } from "yaml";
import { KvmGuest, ProxmoxNode, ProxmoxNodeProps } from "../constructs";
import { NODE } from "./support/proxmox";

const HOSTKEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExampleExampleExample";
const KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExample user@host";
const SSH = { host: "10.50.0.2", knownHosts: `10.50.0.2 ${HOSTKEY}`, privateKeyVariable: "pve_key" };

function synthNode(nodeProps: Partial<ProxmoxNodeProps>, build: (stack: Construct, node: ProxmoxNode) => void): any {
  const stack = new TerraformStack(Testing.app(), "test");
  build(stack, new ProxmoxNode(stack, "pve", { ...NODE, ...nodeProps }));
  return JSON.parse(Testing.synth(stack));
}

function errorNode(nodeProps: Partial<ProxmoxNodeProps>, build: (stack: Construct, node: ProxmoxNode) => void): string {
  try {
    synthNode(nodeProps, build);
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error("expected a refusal");
}

const web = (cloudInit: object) => (stack: Construct, node: ProxmoxNode) => new KvmGuest(stack, "web", {
  host: node, name: "web", proxmox: { clone: { template: "debian-12-ci" } }, cloudInit: { user: "debian", sshKeys: [KEY], ...cloudInit },
});

const files = (json: any) => json.resource.hyperlab_host_file ?? {};
const vmOf = (json: any) => Object.values(json.resource.proxmox_vm_qemu)[0] as any;

describe("snippets on a ProxmoxNode with ssh", () => {
  test("userData and vendorData become two files the node's provider alias writes, named in cicustom, and the VM depends on them", () => {
    const json = synthNode({ ssh: SSH }, web({ packages: ["nginx"], userData: { timezone: "UTC" }, vendorData: { locale: "C.UTF-8" } }));
    const f = files(json);
    expect(Object.keys(f)).toHaveLength(2);
    const byKind = Object.fromEntries(Object.entries(f).map(([id, r]: [string, any]) => [id.includes("snippet-user") ? "user" : "vendor", { id, ...r }]));
    // The node's own hyperlab provider configuration: an alias with its SSH settings.
    const aliases = json.provider.hyperlab.filter((p: any) => p.alias);
    expect(aliases).toHaveLength(1);
    expect(aliases[0]).toMatchObject({ alias: "test_pve", ssh: { host: "10.50.0.2", port: 22, user: "root", name: "test/pve" } });
    for (const kind of ["user", "vendor"]) {
      expect(byKind[kind].provider).toBe("hyperlab.test_pve");
      expect(byKind[kind].path).toMatch(new RegExp(`^/var/lib/vz/snippets/hyperlab-web-${kind}-[0-9a-f]{16}\\.yaml$`));
      expect(byKind[kind].mode).toBe("0600");
      expect(byKind[kind].lifecycle).toEqual({ create_before_destroy: true });
      expect(byKind[kind].owner).toMatch(new RegExp(`^test/[0-9a-f]+/snippet-${kind}$`));
    }
    const user = parseYaml(byKind.user.content, { version: "1.1" });
    expect(byKind.user.content.startsWith("#cloud-config\n")).toBe(true);
    expect(user).toMatchObject({ hostname: "web", packages: ["nginx"], timezone: "UTC", users: [{ name: "debian", ssh_authorized_keys: [KEY] }] });
    expect(byKind.user.content).toMatch(/\n# vendor-data sha256 [0-9a-f]{16}\n$/);
    expect(parseYaml(byKind.vendor.content, { version: "1.1" })).toEqual({ locale: "C.UTF-8" });
    const vm = vmOf(json);
    const name = (p: string) => p.split("/").pop();
    expect(vm.cicustom).toBe(`user=local:snippets/${name(byKind.user.path)},vendor=local:snippets/${name(byKind.vendor.path)}`);
    expect(vm.depends_on.sort()).toEqual([`hyperlab_host_file.${byKind.user.id}`, `hyperlab_host_file.${byKind.vendor.id}`].sort());
  });

  test("only userData: one user snippet; the storage and its directory as given", () => {
    const json = synthNode({ ssh: SSH, snippets: { storage: "snips", directory: "/mnt/pve/snips" } }, web({ userData: "#cloud-config\nlocale: C.UTF-8\n" }));
    const [file] = Object.values(files(json)) as any[];
    expect(Object.keys(files(json))).toHaveLength(1);
    expect(file.path).toMatch(/^\/mnt\/pve\/snips\/snippets\/hyperlab-web-user-[0-9a-f]{16}\.yaml$/);
    expect(vmOf(json).cicustom).toBe(`user=snips:snippets/${file.path.split("/").pop()}`);
  });

  test("an edit of the content changes the file's name, and so the VM's cicustom (an update in place, never a new VM)", () => {
    const a = synthNode({ ssh: SSH }, web({ userData: { timezone: "UTC" } }));
    const b = synthNode({ ssh: SSH }, web({ userData: { timezone: "Europe/Berlin" } }));
    const path = (j: any) => (Object.values(files(j))[0] as any).path;
    expect(path(a)).not.toBe(path(b));
    expect(vmOf(a).cicustom).not.toBe(vmOf(b).cicustom);
    expect(vmOf(a).vmid).toBe(vmOf(b).vmid);
    // A vendor edit also changes the user snippet (its digest comment), so Proxmox's instance-id changes.
    const v1 = synthNode({ ssh: SSH }, web({ vendorData: { locale: "C.UTF-8" } }));
    const v2 = synthNode({ ssh: SSH }, web({ vendorData: { locale: "en_US.UTF-8" } }));
    const user = (j: any) => (Object.entries(files(j)).find(([id]) => id.includes("snippet-user"))![1] as any).path;
    expect(user(v1)).not.toBe(user(v2));
  });

  test("without cloud-config props the VM has no cicustom and no file is written", () => {
    const json = synthNode({ ssh: SSH }, web({}));
    expect(json.resource.hyperlab_host_file).toBeUndefined();
    expect(vmOf(json).cicustom).toBeUndefined();
  });
});

describe("cloud-init's own schema check", () => {
  test("the user and vendor snippets pass `cloud-init schema`, and a broken one does not", () => {
    const json = synthNode({ ssh: SSH }, web({ packages: ["nginx"], runCommands: [{ argv: ["true"] }], userData: { timezone: "UTC" },
      vendorData: "#cloud-config\nlocale: C.UTF-8\nntp:\n  enabled: yes\n" }));
    const dir = mkdtempSync(join(tmpdir(), "hl-snippets-"));
    try {
      const check = (text: string) => {
        const file = join(dir, "snippet.yaml");
        writeFileSync(file, text);
        const run = spawnSync("cloud-init", ["schema", "--config-file", file], { encoding: "utf8" });
        if (run.error) throw run.error;
        return { status: run.status, out: `${run.stdout}${run.stderr}` };
      };
      for (const f of Object.values(files(json)) as any[]) expect({ path: f.path, ...check(f.content) }).toMatchObject({ status: 0 });
      expect(check("#cloud-config\npackages: 5\n").status).not.toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("refusals", () => {
  test.each(["userData", "vendorData", "packages"])("cloudInit.%s on a node without ssh is refused, with the reason", (prop) => {
    const values: Record<string, unknown> = { userData: { timezone: "UTC" }, vendorData: { locale: "C.UTF-8" }, packages: ["nginx"] };
    const error = errorNode({}, web({ [prop]: values[prop] }));
    expect(error).toBe(`test/web: cloudInit.${prop} on a Proxmox node needs the node's ssh settings: it reaches the VM as a cloud-init ` +
      "snippet file on the node's snippet storage (cicustom), which Proxmox's API cannot upload, so the hyperlab provider writes it " +
      'over SSH. Give the ProxmoxNode test/pve ssh (and snippets, when the storage is not "local" at /var/lib/vz)');
  });

  test.each([
    ["snippets without ssh", { snippets: { storage: "local" } }, "test/pve: snippets is set but the node has no ssh"],
    ["a bad storage id", { ssh: SSH, snippets: { storage: "1bad" } }, "test/pve: snippets.storage \"1bad\" is invalid"],
    ["a relative directory", { ssh: SSH, snippets: { directory: "var/lib/vz" } }, "test/pve: snippets.directory"],
    ["ssh without a host key", { ssh: { host: "10.50.0.2", privateKeyVariable: "k" } }, "test/pve: ssh needs exactly one of knownHosts and knownHostsFile"],
  ])("%s", (_what, props, message) => {
    expect(errorNode(props as Partial<ProxmoxNodeProps>, () => undefined)).toContain(message);
  });
});
