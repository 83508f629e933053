// A real cloud-init guest deployed as a KvmGuest by `cdktf deploy` on the pinned
// engine: a Debian 12 guest (tools/guest-image/build-cloud.sh) with two NICs on two
// bridges must take the user, the SSH key, the hostname, both static addresses and
// exactly one default route (via the first NIC's gateway); the deploy returns only
// once its SSH port answers (waitFor); the first NIC answers on its IPv6 address
// too. Then the key changes and the second NIC moves to a third bridge with a new
// address: the next deploy rewrites the seed (a new instance-id) and restarts the
// guest on the same disk, which must take them and answer on the new bridge; the
// old key no longer logs in, the old address no longer answers. Destroy leaves the
// host as it was.
//
// The bridges are isolated (no uplink), with the host as gateway on each; packets go
// only to the guest's own addresses.
import { chmodSync, copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { engineEnv, run, tofu } from "../support/engine";
import { difference, hostState, HostState } from "../support/residue";
import { readAsCloudInit } from "../support/synth";
import { CLOUD_GUEST, CLOUD_IPV6, CLOUD_NETS, CLOUD_USER } from "./apps/cloud-lab";

jest.setTimeout(25 * 60 * 1000);

const ROOT = join(__dirname, "..", "..");
const IMAGE_DIR = join(process.env.HYPERLAB_CACHE ?? join(process.env.HOME ?? "/root", ".cache", "hyperlab"), "cloud-guest");
const POOL_DIR = "/var/lib/hyperlab/hlci-pool";
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

  const pubKey = (key: string) => readFileSync(`${key}.pub`, "utf8").trim();
  const cdktf = (verb: "synth" | "deploy" | "destroy", key: string, secondNet: 1 | 2) =>
    run(join(ROOT, "node_modules", ".bin", "cdktf"), [verb, ...(verb === "synth" ? [] : ["cloud-lab", "--auto-approve"]), "--no-color"], {
      cwd: work, env: { ...engineEnv(), CI: "1", HL_CI_POOL_DIR: POOL_DIR, HL_CI_IMAGE_DIR: IMAGE_DIR, HL_CI_BOOT_DIR: work, HL_CI_KEY: pubKey(key), HL_CI_SECOND_NET: String(secondNet) },
    });
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
  const seedInstanceId = () => {
    const json = JSON.parse(readFileSync(join(stackDir(), "cdk.tf.json"), "utf8"));
    const [seed] = Object.values<any>(json.resource.hyperlab_kvm_seed);
    return readAsCloudInit(seed.meta_data)["instance-id"];
  };

  beforeAll(() => {
    const t = process.hrtime.bigint();
    const build = run("bash", [join(ROOT, "tools", "guest-image", "build-cloud.sh"), IMAGE_DIR]);
    console.log(`cloud guest image (${seconds(t)} s): ${build.stderr.trim()}`);
    before = hostState();
    work = mkdtempSync(join(tmpdir(), "hyperlab-cloud-init-"));
    // QEMU runs as libvirt-qemu, which cannot enter the cache under /root: the kernel
    // and initrd it boots go in the test's directory, open to it.
    chmodSync(work, 0o755);
    for (const f of ["vmlinuz", "initrd.img"]) copyFileSync(join(IMAGE_DIR, f), join(work, f));
    for (const i of [1, 2]) {
      const key = join(work, `key${i}`);
      run("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-C", `hyperlab-e2e-key${i}`, "-f", key]);
      keys.push(key);
    }
    const app = `${join(ROOT, "node_modules", ".bin", "tsx")} ${join(__dirname, "apps", "cloud-lab.ts")}`;
    writeFileSync(join(work, "cdktf.json"), JSON.stringify({ language: "typescript", app, output: "cdktf.out", sendCrashReports: "false" }));
  });

  afterAll(() => {
    try {
      if (deployed) cdktf("destroy", keys[1], 2);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  test("first deploy: it returns with SSH up; the key logs in, the hostname, both addresses, one default route", async () => {
    const start = process.hrtime.bigint();
    deployed = true;
    cdktf("deploy", keys[0], 1);
    console.log(`first deploy, to SSH answering (TCG boot included): ${seconds(start)} s`);
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

  test("a changed key, and the second NIC moved to another bridge with a new address: the next deploy restarts the guest with the new seed", async () => {
    expect(instanceIds).toHaveLength(1);
    const start = process.hrtime.bigint();
    const r = cdktf("deploy", keys[1], 2);
    console.log(`second deploy (new seed, a NIC moved, guest restarted on the same disk, to SSH answering): ${seconds(start)} s`);
    expect(r.stdout).toMatch(/Domain hlci-guest restarts/);
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

  test("destroy leaves the host as it was", () => {
    cdktf("destroy", keys[1], 2);
    deployed = false;
    expect(difference(before, hostState())).toEqual({});
  });
});
