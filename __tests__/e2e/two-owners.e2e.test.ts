// Two stacks on one host whose objects collide by configuration: the same
// bridge, container, KVM guest name and guest file paths, under two owner marks
// (owners-a/..., owners-b/...). Neither may change or remove the other's
// objects, by deploy, adopt or destroy, on any path: B deployed after A (create),
// B's state pointing at objects A made since (update, then delete), and B adopting
// what it finds. After each, A's objects are byte for byte what they were.
import { createHash } from "node:crypto";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { engineEnv, run, RunResult } from "../support/engine";
import { difference, hostState, HostState } from "../support/residue";

jest.setTimeout(20 * 60 * 1000);

const ROOT = join(__dirname, "..", "..");
const NS = `hlown-${process.pid}`;
const POOL_DIR = "/var/lib/hyperlab/hlown";
const LXC_PATH = "/var/lib/hyperlab/hlown-lxc";

interface Project {
  readonly work: string;
  readonly stack: string;
  cdktf(verb: "deploy" | "destroy", ok?: number[]): RunResult;
  cli(args: string[], ok?: number[]): RunResult;
}

function project(stack: string, image: string): Project {
  const work = mkdtempSync(join(tmpdir(), `hyperlab-${stack}-`));
  const app = `${join(ROOT, "node_modules", ".bin", "tsx")} ${join(__dirname, "apps", "owners-lab.ts")}`;
  writeFileSync(join(work, "cdktf.json"), JSON.stringify({ language: "typescript", app, output: "cdktf.out", sendCrashReports: "false" }));
  const env = () => ({
    ...engineEnv(), CI: "1", HL_E2E_STACK: stack, HL_E2E_NETNS: NS, HL_E2E_LXC_PATH: LXC_PATH, HL_E2E_POOL_DIR: POOL_DIR, HL_E2E_IMAGE: image,
  });
  return {
    work,
    stack,
    cdktf: (verb, ok = [0]) =>
      run(join(ROOT, "node_modules", ".bin", "cdktf"), [verb, stack, "--auto-approve", "--no-color"], { cwd: work, env: env(), ok }),
    cli: (args, ok = [0]) => run(join(ROOT, "node_modules", ".bin", "tsx"), [join(ROOT, "cli", "main.ts"), ...args, "--dir", work], { env: env(), ok }),
  };
}

const sha = (data: string | Buffer) => createHash("sha256").update(data).digest("hex");
const xattrs = (file: string) =>
  run("python3", ["-c", "import os,sys; p=sys.argv[1]; print(sorted((n, os.getxattr(p, n).decode()) for n in os.listxattr(p)))", file]).stdout.trim();

/** Everything about the stack-owned objects on the host that their owner would notice changed. */
function fingerprint(): Record<string, string> {
  const ip = (...args: string[]) => JSON.parse(run("ip", ["-n", NS, "-j", "-d", ...args]).stdout || "[]");
  const [bridge] = ip("link", "show", "dev", "hlown0");
  const [addr] = ip("address", "show", "dev", "hlown0");
  const files: Record<string, string> = {};
  for (const f of (readdirSync(POOL_DIR, { recursive: true }) as string[]).sort()) {
    const path = join(POOL_DIR, f);
    files[`file ${f}`] = `${statSync(path).isDirectory() ? "dir" : sha(readFileSync(path))} ${xattrs(path)}`;
  }
  const dhcpMark = `/run/hyperlab-dhcp-mark@netns=${NS}@hlown0`;
  return {
    bridge: JSON.stringify({ alias: bridge?.ifalias, mtu: bridge?.mtu, mac: bridge?.address, addrs: addr?.addr_info?.map((a: any) => `${a.local}/${a.prefixlen}`) }),
    nat: run("ip", ["netns", "exec", NS, "iptables-save"]).stdout.split("\n").filter((l) => l.includes("hyperlab:hlown0")).sort().join("\n"),
    dhcp: readFileSync(dhcpMark, "utf8"),
    container: sha(readFileSync(join(LXC_PATH, "hlown-ct", "config"))),
    domain: run("virsh", ["-q", "-c", "qemu:///system", "dumpxml", "--inactive", "hlown-vm"]).stdout,
    ...files,
  };
}

describe("two stacks whose objects collide by configuration: neither takes, changes or removes the other's", () => {
  let work: string;
  let before: HostState;
  let a: Project;
  let b: Project;

  beforeAll(() => {
    // The containers' directory is the user's, there before either stack (as /var/lib/lxc is).
    mkdirSync(LXC_PATH, { recursive: true });
    before = hostState();
    run("ip", ["netns", "add", NS]);
    work = mkdtempSync(join(tmpdir(), "hyperlab-owners-"));
    const image = join(work, "image.qcow2");
    run("qemu-img", ["create", "-q", "-f", "qcow2", image, "16M"]);
    a = project("owners-a", image);
    b = project("owners-b", image);
  });

  afterAll(() => {
    try {
      for (const p of [b, a]) p?.cdktf("destroy", [0, 1]);
    } finally {
      run("virsh", ["-q", "-c", "qemu:///system", "undefine", "hlown-vm"], { ok: [0, 1] });
      run("ip", ["netns", "exec", NS, "lxc-destroy", "-P", LXC_PATH, "-n", "hlown-ct", "-f"], { ok: [0, 1] });
      run("ip", ["netns", "delete", NS], { ok: [0, 1] });
      for (const dir of [POOL_DIR, LXC_PATH, work, a?.work, b?.work]) if (dir) rmSync(dir, { recursive: true, force: true });
    }
  });

  test("B deployed after A is refused, naming A's marks; B's adopt refuses them; B's destroy leaves them", () => {
    a.cdktf("deploy");
    const mine = fingerprint();
    expect(mine.bridge).toContain("hyperlab-owner=owners-a/");

    const deploy = b.cdktf("deploy", [1]);
    const said = deploy.stdout + deploy.stderr;
    for (const what of ["hlown0", "hlown-ct", "hlown-vm"]) expect(said).toContain(what);
    expect(said).toMatch(/owners-a\//);
    expect(fingerprint()).toEqual(mine);

    const adopt = b.cli(["adopt", "owners-b"], [2]);
    expect(adopt.stdout + adopt.stderr).toMatch(/refused/);
    expect(fingerprint()).toEqual(mine);

    b.cdktf("destroy");
    expect(fingerprint()).toEqual(mine);
    expect(a.cli(["drift", "owners-a"], [0, 2]).status).toBe(0);
  });

  test("B's state pointing at objects A made since: B's deploy refuses to change them, B's destroy leaves them", () => {
    a.cdktf("destroy");
    b.cdktf("deploy");
    // B's objects go, as by hand, while B's state keeps them; then A makes its own at the same names and paths.
    const state = join(b.work, "terraform.owners-b.tfstate");
    copyFileSync(state, `${state}.kept`);
    b.cdktf("destroy");
    copyFileSync(`${state}.kept`, state);
    a.cdktf("deploy");
    const mine = fingerprint();

    const drift = b.cli(["drift", "owners-b"], [2]);
    expect(drift.stdout).toMatch(/owners-a\//); // the mark each object carries, shown as drift
    const deploy = b.cdktf("deploy", [1]);
    expect(deploy.stdout + deploy.stderr).toMatch(/owners-a\//);
    expect(fingerprint()).toEqual(mine);

    const destroy = b.cdktf("destroy");
    expect(destroy.stdout + destroy.stderr).toMatch(/stays on the\s+host|left/);
    expect(fingerprint()).toEqual(mine);

    expect(a.cli(["drift", "owners-a"], [0, 2]).status).toBe(0);
    a.cdktf("destroy");
    expect(difference(before, hostState(), /hlown/)).toEqual({});
  });
});
