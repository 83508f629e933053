// KVM guests on a host reached over SSH: the domain, its disks and its cloud-init
// seed are made by the agent on the host, through the host's libvirtd on its unix
// socket. The test host (support/ssh-hosts.ts) is a namespace of this machine, so
// its libvirtd is the machine's: the guests' files are in a directory both see, and
// the guests have no NIC (the host's bridges are in its network namespace, out of
// the machine's libvirtd's reach). Two defined only, one started (TCG, direct
// kernel boot); read back, drift repaired, destroyed to nothing.
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TerraformStack } from "cdktf";
import { HyperlabApp, KvmGuest, LinuxHost } from "../../constructs";
import { engineEnv, run } from "../support/engine";
import { remoteEngine } from "../support/remote-engine";
import { SshHost, SshHosts, startSshHosts } from "../support/ssh-hosts";

const STACK = "ssh-kvm";
const KEY_VARIABLE = "lab_ssh_key";
const GUESTS = ["hlsk-a", "hlsk-b"];
const STARTED = "hlsk-run"; // started too: the host's own kernel, booted directly (it stops at the root mount, running)
const virsh = (...args: string[]) => run("virsh", ["-q", "-c", "qemu:///system", ...args], { ok: [0, 1] });

let hosts: SshHosts;
let host: SshHost;
let project: string;
let dir: string;
let pool: string;
let applied = false;

const engine = (args: string[], ok: number[] = [0], extra: NodeJS.ProcessEnv = {}) => remoteEngine(hosts, dir, KEY_VARIABLE, args, ok, extra);

beforeAll(() => {
  hosts = startSshHosts(["a"]);
  host = hosts.hosts.a;
  project = mkdtempSync(join(tmpdir(), "hyperlab-ssh-kvm-"));
  pool = join(project, "pool"); // outside /var/lib/hyperlab, which is private to the host
  chmodSync(project, 0o711); // QEMU runs as its own user, and opens the disks under it
  run("qemu-img", ["create", "-q", "-f", "qcow2", join(project, "image.qcow2"), "16M"]);
  writeFileSync(join(project, "cdktf.json"), JSON.stringify({ app: "false", output: "cdktf.out" }));
  const saved = { ...process.env };
  Object.assign(process.env, engineEnv()); // the lock file's hosts
  const app = new HyperlabApp({ outdir: join(project, "cdktf.out") });
  const stack = new TerraformStack(app, STACK);
  const h = new LinuxHost(stack, "kvm2", {
    storagePoolPath: pool, ssh: { host: host.address, knownHosts: host.knownHostsLine, privateKeyVariable: KEY_VARIABLE, timeoutSeconds: 10 },
  });
  for (const name of GUESTS) {
    new KvmGuest(stack, name, {
      host: h, name, accelerator: "tcg", memoryMiB: 128, startOnCreate: false, startOnBoot: false, shutdownTimeoutSeconds: 0,
      bootImage: join(project, "image.qcow2"), disks: [{ sizeGiB: 1 }],
      cloudInit: { user: "lab", sshKeys: ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHyperlabSshKvmKeyForTests lab@ssh-kvm"] },
    });
  }
  const kernel = readdirSync("/boot").filter((f) => f.startsWith("vmlinuz-")).sort().pop();
  if (!kernel) throw new Error("no /boot/vmlinuz-*: install linux-image-amd64");
  new KvmGuest(stack, STARTED, {
    host: h, name: STARTED, accelerator: "tcg", memoryMiB: 128, startOnCreate: true, startOnBoot: false, shutdownTimeoutSeconds: 0,
    kernelBoot: { kernel: `/boot/${kernel}`, cmdline: "console=ttyS0 quiet" }, disks: [{ sizeGiB: 1 }],
  });
  app.synth();
  process.env = saved;
  dir = join(project, "cdktf.out", "stacks", STACK);
  engine(["init"]);
}, 120_000);

afterAll(() => {
  try {
    if (applied) engine(["destroy", "-auto-approve"], [0, 1]);
  } finally {
    virsh("destroy", STARTED);
    for (const name of [...GUESTS, STARTED]) virsh("undefine", name);
    hosts?.cleanup();
    if (project) rmSync(project, { recursive: true, force: true });
  }
}, 600_000);

test("the guests are defined on the host's libvirtd by its agent, with their disks and seeds", () => {
  applied = true;
  const log = join(project, "apply.log");
  engine(["apply", "-auto-approve"], [0], { TF_LOG: "debug", TF_LOG_PATH: log });
  for (const name of GUESTS) {
    expect(virsh("domstate", name).stdout.trim()).toBe("shut off");
    const xml = virsh("dumpxml", name).stdout;
    expect(xml).toContain(`<name>${name}</name>`);
    expect(xml).toContain(pool);
  }
  expect(virsh("domstate", STARTED).stdout.trim()).toBe("running");
  // A boot disk, a data disk and a seed per guest, in the guest's directory of the pool.
  for (const name of GUESTS) expect(readdirSync(join(pool, name)).length).toBe(3);
  // Every KVM call went through the agent on the host: its log lines name it.
  const agentApplies = readFileSync(log, "utf8").split("\n")
    .filter((l) => l.includes("agent call: ") && l.includes("method=ApplyResourceChange") && l.includes('hyperlab_host="ssh-kvm/kvm2 (root@10.199.0.1:22)"'));
  const resources = hosts.engineExec([engineEnv().TERRAFORM_BINARY_NAME!, "state", "list"], { cwd: dir, env: engineEnv() }).stdout.trim().split("\n");
  expect(resources.length).toBe(10); // per guest: domain, boot disk, data disk, seed; the started one: domain, data disk
  expect(agentApplies.length).toBe(resources.length);
  expect(engine(["plan", "-detailed-exitcode"]).status).toBe(0);
}, 600_000);

test("a guest undefined on the host, a data disk deleted and a guest powered off are drift that apply repairs", () => {
  virsh("destroy", STARTED);
  virsh("undefine", GUESTS[1]);
  const files = readdirSync(join(pool, GUESTS[0]));
  const disk = files.find((f) => /disk/.test(f));
  expect({ files, disk: disk !== undefined }).toMatchObject({ disk: true });
  rmSync(join(pool, GUESTS[0], disk!));
  const plan = engine(["plan", "-detailed-exitcode"], [2]).stdout;
  expect(plan).toMatch(/# hyperlab_kvm_domain\.hlsk-b_domain_\S+ will be created/);
  expect(plan).toMatch(/# hyperlab_kvm_volume\.hlsk-a_disk0_\S+ will be created/);
  expect(plan).toMatch(/# hyperlab_kvm_domain\.hlsk-run_domain_\S+ will be updated in-place/);
  engine(["apply", "-auto-approve"]);
  expect(virsh("domstate", GUESTS[1]).stdout.trim()).toBe("shut off");
  expect(virsh("domstate", STARTED).stdout.trim()).toBe("running");
  expect(existsSync(join(pool, GUESTS[0], disk!))).toBe(true);
  expect(engine(["plan", "-detailed-exitcode"]).status).toBe(0);
}, 600_000);

test("destroy leaves no guest and no file", () => {
  engine(["destroy", "-auto-approve"]);
  applied = false;
  for (const name of [...GUESTS, STARTED]) expect(virsh("domstate", name).status).not.toBe(0);
  for (const name of GUESTS) expect(existsSync(join(pool, name)) ? readdirSync(join(pool, name)) : []).toEqual([]);
}, 600_000);
