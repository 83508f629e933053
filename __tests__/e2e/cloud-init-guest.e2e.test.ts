// A real cloud-init guest deployed as a KvmGuest by `cdktf deploy` on the pinned
// engine: a Debian 12 guest (tools/guest-image/build-cloud.sh) with two NICs on two
// bridges must take the user, the SSH key, the hostname, both static addresses and
// exactly one default route (via the first NIC's gateway); the first NIC answers on
// its IPv6 address too. Its seed adds the test's own signed APT repository
// (__tests__/support/test-apt.ts, served on the first bridge's host address),
// installs lighttpd from it, writes a page and runs a command; the deploy returns
// only once SSH answers and cloud-init has finished (waitFor.cloudInit, through the
// guest agent), so the page is served from the moment the deploy returns. Then the
// key and the page change and the second NIC moves to a third bridge with a new
// address: the next deploy rewrites the seed (a new instance-id) and restarts the
// guest on the same disk, which must take them, serve the new page and answer on the
// new bridge; the old key no longer logs in, the old address no longer answers. A
// third deploy adds a command that fails: it fails, naming the guest and quoting
// cloud-init's error and the command's output. Destroy leaves the host as it was.
// Every seed the deploys write passes `cloud-init schema`.
//
// The bridges are isolated (no uplink), with the host as gateway on each; packets go
// only to the guest's own addresses.
import { chmodSync, copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { engineEnv, run, tofu } from "../support/engine";
import { difference, hostState, HostState } from "../support/residue";
import { cloudInitSchemaCheck, readAsCloudInit } from "../support/synth";
import { HttpServer, serveDirectory, TestAptRepository, testAptRepository } from "../support/test-apt";
import { CLOUD_FAILURE, CLOUD_GUEST, CLOUD_IPV6, CLOUD_NETS, CLOUD_PACKAGE, CLOUD_USER } from "./apps/cloud-lab";
import { buildGuestImage } from "../support/images";

jest.setTimeout(25 * 60 * 1000);

const ROOT = join(__dirname, "..", "..");
const CACHE = process.env.HYPERLAB_CACHE ?? join(process.env.HOME ?? "/root", ".cache", "hyperlab");
const IMAGE_DIR = join(CACHE, "cloud-guest");
const POOL_DIR = "/var/lib/hyperlab/hlcw-pool";
/** The test's APT repository, on the first bridge's host address (made by the deploy; the server binds before it). */
const REPO_PORT = 8937;
/** The page each deploy writes (writeFiles). */
const PAGES = ["<h1>hyperlab: first deploy</h1>\n", "<h1>hyperlab: second deploy, page edited</h1>\n"];
/** The second NIC after the change: on the third bridge, with its address. */
const MOVED = CLOUD_NETS[2].address;
const SSH_LOGIN_SECONDS = 120; // after the port answers, cloud-init may still be writing the key

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const seconds = (start: bigint) => Math.round(Number(process.hrtime.bigint() - start) / 1e8) / 10;

describe("a KvmGuest with a cloud-init seed, in a real Debian guest", () => {
  let work: string;
  let before: HostState;
  let deployed = false;
  const keys: string[] = [];
  const instanceIds: string[] = [];
  let repo: TestAptRepository;
  let server: HttpServer | undefined;

  const pubKey = (key: string) => readFileSync(`${key}.pub`, "utf8").trim();
  const cdktf = (verb: "synth" | "deploy" | "destroy", key: string, secondNet: 1 | 2, page: string, fail = false) =>
    run(join(ROOT, "node_modules", ".bin", "cdktf"), [verb, ...(verb === "synth" ? [] : ["cloud-lab", "--auto-approve"]), "--no-color"], {
      cwd: work, ok: fail ? [0, 1] : [0],
      env: {
        ...engineEnv(), CI: "1", HL_CI_POOL_DIR: POOL_DIR, HL_CI_IMAGE_DIR: IMAGE_DIR, HL_CI_BOOT_DIR: work, HL_CI_KEY: pubKey(key),
        HL_CI_SECOND_NET: String(secondNet), HL_CI_REPO_URL: `http://${CLOUD_NETS[0].gateway}:${REPO_PORT}/`,
        HL_CI_REPO_KEY_FILE: join(work, "repo-key.asc"), HL_CI_PAGE: page, HL_CI_FAIL: fail ? "1" : "",
      },
    });
  /**
   * The page at path, fetched from the host over the first bridge, as curl's exit status,
   * body and error together, so a failed check shows which it was. A TCG guest on a loaded
   * host can answer late: a timeout or refused connection is tried again (curl's --retry),
   * an HTTP error is not.
   */
  const fetchPage = (address: string, path = "") => {
    const r = run("curl", ["-fsS", "--max-time", "30", "--retry", "4", "--retry-delay", "3", "--retry-connrefused", `http://${address}/${path}`], { ok: [0, 7, 22, 28] });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  /**
   * curl's messages for connections the guest refused or let time out, which curl then retried. The
   * deploy returns when cloud-init reports done; lighttpd, installed by cloud-init,
   * is started by a systemd job that can still be queued behind the boot at that
   * moment (seen in a cold run: refused once, served on curl's retry 3 s later).
   */
  const REFUSED_THEN_RETRIED = /^(curl: \((7|28)\) [^\n]*\n)*$/;
  /** The page at path was served: curl exited 0 with that body, having retried only refused or timed-out connections. */
  const expectServed = (address: string, path: string, body: string) => {
    const r = fetchPage(address, path);
    expect({ status: r.status, stdout: r.stdout }).toEqual({ status: 0, stdout: body });
    expect(r.stderr).toMatch(REFUSED_THEN_RETRIED);
    return r;
  };
  const stackDir = () => join(work, "cdktf.out", "stacks", "cloud-lab");
  const ssh = (key: string, address: string, command: string, ok = [0]) =>
    run("ssh", ["-i", key, "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "BatchMode=yes",
      "-o", "ConnectTimeout=5", "-o", "LogLevel=ERROR", `${CLOUD_USER}@${address}`, command], { ok });
  const pings = (address: string) => run("ping", ["-c", "2", "-W", "2", address], { ok: [0, 1, 2] }).status === 0;
  /** The port answered (the deploy waited for it); the key may take cloud-init a little longer. */
  const login = async (key: string, address: string) => {
    const start = process.hrtime.bigint();
    while (ssh(key, address, "true", [0, 255]).status !== 0) {
      if (seconds(start) > SSH_LOGIN_SECONDS) throw new Error(`no SSH login as ${CLOUD_USER}@${address} ${SSH_LOGIN_SECONDS} s after the deploy`);
      await sleep(3000);
    }
    return seconds(start);
  };
  const cloudInitDone = (key: string, address: string) => {
    const r = ssh(key, address, "cloud-init status --wait --long", [0, 1, 2]);
    console.log(`cloud-init: ${r.stdout.trim().replace(/\n/g, "; ")}`);
    return r.stdout;
  };
  const seed = () => {
    const json = JSON.parse(readFileSync(join(stackDir(), "cdk.tf.json"), "utf8"));
    const [only] = Object.values<any>(json.resource.hyperlab_kvm_seed);
    return only;
  };
  const seedInstanceId = () => readAsCloudInit(seed().meta_data)["instance-id"];
  /** The user-data the last synth wrote, as the guest reads it, must pass cloud-init's own schema check. */
  const expectSeedValid = () => {
    const userData = seed().user_data.replace(/\$\$\{/g, "${").replace(/%%\{/g, "%{");
    expect(userData).toContain("hyperlab-test");
    expect(cloudInitSchemaCheck(userData)).toBeUndefined();
  };

  beforeAll(() => {
    const t = process.hrtime.bigint();
    const build = buildGuestImage("build-cloud.sh", IMAGE_DIR);
    console.log(`cloud guest image (${seconds(t)} s): ${build.stderr.trim()}`);
    before = hostState();
    work = mkdtempSync(join(tmpdir(), "hyperlab-cloud-init-"));
    // QEMU runs as libvirt-qemu, which cannot enter the cache under /root: the kernel
    // and initrd it boots go in the test's directory, open to it.
    chmodSync(work, 0o755);
    const r = process.hrtime.bigint();
    repo = testAptRepository({ imageDir: IMAGE_DIR, packages: [CLOUD_PACKAGE], cacheRoot: CACHE, work });
    writeFileSync(join(work, "repo-key.asc"), repo.key);
    console.log(`test APT repository (${seconds(r)} s): ${[...repo.packages].map(([p, v]) => `${p} ${v}`).join(", ")}`);
    for (const f of ["vmlinuz", "initrd.img"]) copyFileSync(join(IMAGE_DIR, f), join(work, f));
    for (const i of [1, 2]) {
      const key = join(work, `key${i}`);
      run("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-C", `hyperlab-e2e-key${i}`, "-f", key]);
      keys.push(key);
    }
    const app = `${join(ROOT, "node_modules", ".bin", "tsx")} ${join(__dirname, "apps", "cloud-lab.ts")}`;
    writeFileSync(join(work, "cdktf.json"), JSON.stringify({ language: "typescript", app, output: "cdktf.out", sendCrashReports: "false" }));
  });

  beforeAll(async () => {
    server = await serveDirectory(repo.dir, CLOUD_NETS[0].gateway, REPO_PORT, join(work, "repo-requests.log"));
  });

  afterAll(() => {
    try {
      server?.stop();
      if (deployed) cdktf("destroy", keys[1], 2, PAGES[1]);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  test("first deploy: it returns once cloud-init has finished: lighttpd from the test's repository serves the page; the key logs in, the hostname, both addresses, one default route", async () => {
    const start = process.hrtime.bigint();
    deployed = true;
    cdktf("deploy", keys[0], 1, PAGES[0]);
    console.log(`first deploy, to SSH answering and cloud-init done (TCG boot, apt install included): ${seconds(start)} s`);
    // Served at once: the deploy waited for cloud-init, which installed, wrote and ran all.
    const page = expectServed(CLOUD_NETS[0].address, "", PAGES[0]);
    console.log(`deploy to serving: ${seconds(start)} s${page.stderr ? ` (curl retried: ${page.stderr.trim()})` : ""}`);
    expectServed(CLOUD_NETS[0].address, "version.txt", `${repo.packages.get(CLOUD_PACKAGE)}\n`);
    // The guest's apt fetched the signed index and the package from the test's server.
    const requests = server!.requests();
    expect(requests).toMatch(new RegExp(`^${CLOUD_NETS[0].address.replace(/\./g, "\\.")} GET /(\\./)?InRelease HTTP/1\\.1 200$`, "m"));
    expect(requests).toMatch(new RegExp(`GET /(\\./)?${CLOUD_PACKAGE}_[^ ]+\\.deb HTTP/1\\.1 200$`, "m"));
    expectSeedValid();
    instanceIds.push(seedInstanceId());
    console.log(`SSH login ${await login(keys[0], CLOUD_NETS[0].address)} s after the deploy returned`);
    expect(cloudInitDone(keys[0], CLOUD_NETS[0].address)).toMatch(/^status: done$/m);
    expect(ssh(keys[0], CLOUD_NETS[0].address, "hostname").stdout.trim()).toBe(CLOUD_GUEST);
    for (const n of CLOUD_NETS.slice(0, 2)) {
      expect(pings(n.address)).toBe(true);
      expect(ssh(keys[0], n.address, "hostname").stdout.trim()).toBe(CLOUD_GUEST);
    }
    const routes = ssh(keys[0], CLOUD_NETS[0].address, "ip route show default").stdout.trim().split("\n").filter(Boolean);
    expect(routes).toHaveLength(1);
    expect(routes[0]).toMatch(new RegExp(`^default via ${CLOUD_NETS[0].gateway.replace(/\./g, "\\.")} dev eth0\\b`));
    const addrs = JSON.parse(ssh(keys[0], CLOUD_NETS[0].address, "ip -j addr show").stdout) as any[];
    CLOUD_NETS.slice(0, 2).forEach((n, i) => {
      expect(addrs.find((a) => a.ifname === `eth${i}`)?.addr_info.map((a: any) => `${a.local}/${a.prefixlen}`)).toContain(`${n.address}/24`);
    });
    // Dual stack: the first NIC's static IPv6 address answers from the host, and SSH works over it.
    expect(addrs.find((a) => a.ifname === "eth0")?.addr_info.map((a: any) => `${a.local}/${a.prefixlen}`)).toContain(`${CLOUD_IPV6.address}/64`);
    expect(run("ping", ["-6", "-c", "2", "-W", "2", CLOUD_IPV6.address], { ok: [0, 1, 2] }).status).toBe(0);
    expect(ssh(keys[0], CLOUD_IPV6.address, "hostname").stdout.trim()).toBe(CLOUD_GUEST);
    expect(ssh(keys[0], CLOUD_NETS[0].address, "grep ^nameserver /etc/resolv.conf || true").stdout).toContain(CLOUD_NETS[0].gateway);
    expect(tofu(stackDir(), ["plan", "-detailed-exitcode", "-input=false", "-no-color"]).stdout).toContain("No changes.");
  });

  test("a changed key and page, and the second NIC moved to another bridge with a new address: the next deploy restarts the guest with the new seed", async () => {
    expect(instanceIds).toHaveLength(1);
    const start = process.hrtime.bigint();
    const r = cdktf("deploy", keys[1], 2, PAGES[1]);
    console.log(`second deploy (new seed, a NIC moved, guest restarted on the same disk, to SSH answering and cloud-init done): ${seconds(start)} s`);
    expect(r.stdout).toMatch(/Domain hlcw-guest restarts/);
    expectServed(CLOUD_NETS[0].address, "", PAGES[1]);
    expectSeedValid();
    instanceIds.push(seedInstanceId());
    expect(instanceIds[1]).not.toBe(instanceIds[0]);
    await login(keys[1], MOVED);
    expect(cloudInitDone(keys[1], MOVED)).toMatch(/^status: done$/m);
    // cloud-init found the disk's earlier instance and took the seed as a new one.
    expect(ssh(keys[1], MOVED, "cat /var/lib/cloud/data/instance-id").stdout.trim()).toBe(instanceIds[1]);
    expect(ssh(keys[1], MOVED, "ls /var/lib/cloud/instances").stdout.split(/\s+/).filter(Boolean).sort()).toEqual([...instanceIds].sort());
    // The second NIC is on the third bridge now (the running guest's own interfaces), and answers there.
    expect(run("virsh", ["-q", "-c", "qemu:///system", "domiflist", CLOUD_GUEST]).stdout).toMatch(new RegExp(`bridge\\s+${CLOUD_NETS[2].bridge}\\s`));
    expect(pings(MOVED)).toBe(true);
    expect(pings(CLOUD_NETS[1].address)).toBe(false);
    const routes = ssh(keys[1], MOVED, "ip route show default").stdout.trim().split("\n").filter(Boolean);
    expect(routes).toHaveLength(1);
    // The old key no longer logs in: the seed's deferred write_files entry writes
    // authorized_keys whole in cloud-init's final stage, waited for above.
    expect(ssh(keys[0], CLOUD_NETS[0].address, "true", [0, 255]).status).toBe(255);
    expect(ssh(keys[1], CLOUD_NETS[0].address, "cat .ssh/authorized_keys").stdout.trim()).toBe(pubKey(keys[1]));
    expect(tofu(stackDir(), ["plan", "-detailed-exitcode", "-input=false", "-no-color"]).stdout).toContain("No changes.");
  });

  test("a runCommands entry that fails fails the deploy, naming the guest and quoting cloud-init's error and the command's output", () => {
    const start = process.hrtime.bigint();
    const r = cdktf("deploy", keys[1], 2, PAGES[1], true);
    console.log(`third deploy (a failing command, to cloud-init's error): ${seconds(start)} s`);
    expectSeedValid();
    // cdktf frames and wraps the diagnostic: compare it as words.
    const said = `${r.stdout}\n${r.stderr}`.replace(/[│╷╵]/g, " ").replace(/\s+/g, " ");
    expect(r.status).toBe(1);
    expect(said).toContain(`guest ${CLOUD_GUEST}: cloud-init finished with 1 error(s)`);
    expect(said).toContain("Runparts: 1 failures");
    expect(said).toContain(CLOUD_FAILURE);
  });

  test("destroy leaves the host as it was", () => {
    server?.stop();
    cdktf("destroy", keys[1], 2, PAGES[1]);
    deployed = false;
    expect(difference(before, hostState(), /hlcw/)).toEqual({});
  });
});
