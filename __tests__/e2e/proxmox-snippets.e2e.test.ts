// A Proxmox VM's cloud-init snippets, written to the node over SSH: the node is an
// SSH test host (support/ssh-hosts.ts, a namespace of this machine with its own
// /var/lib/hyperlab), the snippet storage a directory in it. No Proxmox API runs
// here, so only the snippet files are applied (-target); the VM that names them
// is checked by synth (proxmox-snippets.test.ts).
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TerraformStack } from "cdktf";
import { HyperlabApp, KvmGuest, ProxmoxNode } from "../../constructs";
import { engineEnv } from "../support/engine";
import { onHost, remoteEngine } from "../support/remote-engine";
import { SshHost, SshHosts, startSshHosts } from "../support/ssh-hosts";

const STACK = "hlsn-snippets";
const KEY_VARIABLE = "pve_ssh_key";
// On the host: its private /var/lib/hyperlab (stateDir on this machine).
const STORAGE_DIR = "/var/lib/hyperlab/hlsn-vz";
const SNIPPETS = `${STORAGE_DIR}/snippets`;

let hosts: SshHosts;
let host: SshHost;
let project: string;
let dir: string;
let targets: string[] = [];
let applied = false;
let json: any;

const engine = (args: string[], ok: number[] = [0]) => remoteEngine(hosts, dir, KEY_VARIABLE, args, ok);
const targeted = () => targets.map((t) => `-target=${t}`);

beforeAll(() => {
  hosts = startSshHosts(["pve"]);
  host = hosts.hosts.pve;
  project = mkdtempSync(join(tmpdir(), "hyperlab-hlsn-snippets-"));
  writeFileSync(join(project, "cdktf.json"), JSON.stringify({ app: "false", output: "cdktf.out" }));
  const saved = { ...process.env };
  Object.assign(process.env, engineEnv());
  const app = new HyperlabApp({ outdir: join(project, "cdktf.out") });
  const stack = new TerraformStack(app, STACK);
  const node = new ProxmoxNode(stack, "pve", {
    apiUrl: "https://pve1.example.org:8006/api2/json", nodeName: "pve1", tokenId: "hyperlab@pve!deploy",
    ssh: { host: host.address, knownHosts: host.knownHostsLine, privateKeyVariable: KEY_VARIABLE, timeoutSeconds: 10 },
    snippets: { storage: "local", directory: STORAGE_DIR },
  });
  new KvmGuest(stack, "web", {
    host: node, name: "web", proxmox: { clone: { template: "debian-12-ci" } },
    cloudInit: { user: "debian", sshKeys: [hosts.clientKey.publicKey.trim().split(" ").slice(0, 2).join(" ")], packages: ["nginx"],
      vendorData: { timezone: "UTC" } },
  });
  app.synth();
  process.env = saved;
  dir = join(project, "cdktf.out", "stacks", STACK);
  json = JSON.parse(readFileSync(join(dir, "cdk.tf.json"), "utf8"));
  targets = Object.keys(json.resource.hyperlab_host_file).map((id) => `hyperlab_host_file.${id}`);
  engine(["init"]);
}, 120_000);

afterAll(() => {
  try {
    if (applied) engine(["destroy", "-auto-approve", ...targeted()], [0, 1]);
  } finally {
    hosts?.cleanup();
    if (project) rmSync(project, { recursive: true, force: true });
  }
}, 300_000);

const fileOf = (kind: string) => Object.values(json.resource.hyperlab_host_file).find((f: any) => f.path.includes(`-${kind}-`)) as any;

test("the snippets the VM's cicustom names are written on the node, over SSH, with their content, mode and mark", () => {
  applied = true;
  engine(["apply", "-auto-approve", ...targeted()]);
  const vm = Object.values(json.resource.proxmox_vm_qemu)[0] as any;
  for (const kind of ["user", "vendor"]) {
    const f = fileOf(kind);
    expect(vm.cicustom).toContain(`${kind}=local:snippets/${f.path.split("/").pop()}`);
    expect(onHost(host, ["cat", f.path])).toBe(f.content);
    expect(onHost(host, ["stat", "-c", "%a", f.path]).trim()).toBe("600");
    expect(onHost(host, ["python3", "-c", "import os, sys; sys.stdout.write(os.getxattr(sys.argv[1], 'user.hyperlab.owner').decode())", f.path]))
      .toBe(f.owner);
    // On the host's own /var/lib/hyperlab, not this machine's.
    expect(readFileSync(join(host.stateDir, f.path.slice("/var/lib/hyperlab/".length)), "utf8")).toBe(f.content);
  }
  // Nothing of it in this machine's own /var/lib/hyperlab: the agent on the node wrote them.
  expect(existsSync(STORAGE_DIR)).toBe(false);
  expect(engine(["plan", "-detailed-exitcode", ...targeted()]).status).toBe(0);
}, 300_000);

test("a snippet edited on the node by hand is drift, put back by apply", () => {
  const f = fileOf("user");
  onHost(host, ["sh", "-c", `printf '#cloud-config\\nhostname: "edited"\\n' > '${f.path}'`]);
  const plan = engine(["plan", "-detailed-exitcode", ...targeted()], [2]).stdout;
  expect(plan).toMatch(/hyperlab_host_file\.web_snippet-user_\S+ will be updated in-place/);
  expect(plan).toMatch(/~ sha256\s+= "[0-9a-f]{64}" -> "[0-9a-f]{64}"/);
  engine(["apply", "-auto-approve", ...targeted()]);
  expect(onHost(host, ["cat", f.path])).toBe(f.content);
}, 300_000);

test("destroy removes the snippets and leaves a user's file beside them", () => {
  onHost(host, ["sh", "-c", `printf 'mine\\n' > '${SNIPPETS}/user-file.yaml'`]);
  engine(["destroy", "-auto-approve", ...targeted()]);
  applied = false;
  expect(onHost(host, ["ls", "-A", SNIPPETS]).trim().split("\n")).toEqual(["user-file.yaml"]);
  expect(onHost(host, ["cat", `${SNIPPETS}/user-file.yaml`])).toBe("mine\n");
}, 300_000);
